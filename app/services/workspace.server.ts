import type { CurrentUser } from "./auth.server";
import type { OpeningScope, ScopedOpening } from "~/models/opening-scope.server";
import { parseForm, type FieldErrors } from "../utils/forms.server";
import { chinaToday, EDITOR_FIELD_ORDER, employerChoiceSchema, OPENING_FLAGS, openingFormSchema, partnerChoiceSchema, type OpeningFormData } from "~/validation/opening";

// Shared by the staff and employer workspaces: which organisations a signed-in user acts for,
// and the editor's form values. Routes call requireRole first, then these.

type Side = "staff" | "employer";

const KIND: Record<Side, "partner" | "employer"> = { staff: "partner", employer: "employer" };

/** The organisations a user acts for on this side, as a scope for the opening models. */
export function scopeFor(user: CurrentUser, side: Side): OpeningScope {
  return {
    kind: KIND[side],
    organisationIds: user.memberships.filter((m) => m.kind === KIND[side]).map((m) => m.organisation_id),
  };
}

/**
 * The organisation a workspace page shows: the one named by `?org=` if the user belongs to it,
 * otherwise their first. Naming an organisation they don't belong to is 404, like any id in a URL.
 */
export function chosenOrganisation(user: CurrentUser, side: Side, request: Request) {
  const options = user.memberships.filter((m) => m.kind === KIND[side]);
  const param = new URL(request.url).searchParams.get("org");
  const chosen = param === null ? options[0] : options.find((m) => String(m.organisation_id) === param);
  if (!chosen) throw new Response("Not Found", { status: 404 });
  return { chosen, options };
}

/** Parses a route's numeric id parameter; anything else is 404. */
export function idParam(value: string | undefined): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw new Response("Not Found", { status: 404 });
  return Number(value);
}

/** What a new opening's form starts with. */
export const NEW_OPENING_VALUES: Record<string, string> = {
  work_arrangement: "remote",
  employment_form: "flexible",
  schedule: "flexible",
  pay_unit: "hour",
};

/** "3500" fen → "35", "35" fen → "0.35": the way people type yuan. */
function yuan(minor: number): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents ? `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}` : String(whole);
}

/** A saved opening as the editor's form values. */
export function openingFormValues(opening: ScopedOpening, side: Side): Record<string, string> {
  const values: Record<string, string> = {};
  const text = {
    title_zh: opening.title_zh,
    title_en: opening.title_en,
    summary_zh: opening.summary_zh,
    summary_en: opening.summary_en,
    description_zh: opening.description_zh,
    description_en: opening.description_en,
    how_to_apply_zh: opening.how_to_apply_zh,
    how_to_apply_en: opening.how_to_apply_en,
    work_arrangement: opening.work_arrangement,
    province: opening.province,
    city: opening.city,
    employment_form: opening.employment_form,
    schedule: opening.schedule,
    pay_unit: opening.pay_unit,
    deadline: opening.deadline,
  };
  for (const [key, value] of Object.entries(text)) if (value) values[key] = value;
  values.hours_min = String(opening.hours_min);
  values.hours_max = String(opening.hours_max);
  values.pay_min = yuan(opening.pay_min_minor);
  values.pay_max = yuan(opening.pay_max_minor);
  values.screen_reader_tools = opening.screen_reader_tools.join(", ");
  for (const flag of OPENING_FLAGS) if (opening[flag]) values[flag] = "on";
  if (side === "staff") values.employerId = String(opening.employer_id);
  else values.partnerId = String(opening.partner_id);
  return values;
}

/** Errors in the order their fields appear on the page, so the summary reads top to bottom. */
function inPageOrder(errors: FieldErrors): FieldErrors {
  const order: readonly string[] = EDITOR_FIELD_ORDER;
  return Object.fromEntries(
    Object.entries(errors).sort(([a], [b]) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999)),
  );
}

/** A validated editor form, or its errors with everything that was typed. */
export type EditorSubmission =
  | { ok: true; fields: OpeningFormData; employerId?: number; partnerId?: number; intent: "save" | "preview"; values: Record<string, string> }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Validates the editor form. Staff name the employer; employers name the reviewing partner unless
 * it is already settled (`partnerSettled`). Every error is reported at once, with what was typed.
 */
export function parseEditorForm(
  formData: FormData,
  { side, currentDeadline = null, partnerSettled = false }: { side: Side; currentDeadline?: string | null; partnerSettled?: boolean },
): EditorSubmission {
  const fields = parseForm(formData, openingFormSchema({ today: chinaToday(), currentDeadline }), { omit: ["intent"] });
  const organisation =
    side === "staff"
      ? parseForm(formData, employerChoiceSchema)
      : partnerSettled
        ? ({ ok: true, data: {} } as const)
        : parseForm(formData, partnerChoiceSchema);
  const intent = formData.get("intent") === "preview" ? "preview" : "save";
  // Everything typed, to show again if saving fails later (for example a stale choice of employer).
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && key !== "intent") values[key] = value;
  if (fields.ok && organisation.ok) {
    const data = organisation.data as { employerId?: number; partnerId?: number };
    return { ok: true, fields: fields.data, employerId: data.employerId, partnerId: data.partnerId, intent, values };
  }
  const errors = { ...(fields.ok ? {} : fields.errors), ...(organisation.ok ? {} : organisation.errors) };
  return { ok: false, errors: inPageOrder(errors), values };
}

import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Labelled } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { OpeningTitle } from "~/components/workspace";
import { getOpeningBasics, newApplicationKey } from "~/models/application.server";
import {
  getAssistedApplicationSentBy,
  getConsentingSeeker,
  listConsentingSeekers,
} from "~/models/assisted-application.server";
import { getPublishedOpening } from "~/models/opening.server";
import { getPartnerOrganisation } from "~/models/organisation.server";
import { sendAssistedApplication } from "~/services/assisted-apply.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { chosenOrganisation, idParam } from "~/services/workspace.server";
import { assistedApplySchema } from "~/validation/application";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "apply", "workspace"] };

// GET/POST /staff/apply/:id: partner staff apply for a public opening on behalf of a job seeker who
// has given *their* partner permission (account → "Help with applying"). The list offers only those
// people; anyone else's id, a withdrawn permission or another partner's is refused with 404. The
// application records who sent it for which partner; the seeker is told at once (in the portal and
// by email). Staff can never share the seeker's accommodation passport: only the seeker can.

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The partner this page acts for (?org= when the person works for several) and the public opening. */
async function load(request: Request, idValue: string | undefined) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const db = getDb();
  const opening = await getPublishedOpening(db, { id: idParam(idValue) });
  const partner = await getPartnerOrganisation(db, { id: chosen.organisation_id });
  if (!partner) throw new Response("Not Found", { status: 404 });
  return { user, chosen, options, opening, partner, db };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, options, opening, partner, db } = await load(request, params.id);
  if (!opening) throw new Response("Not Found", { status: 404 });
  const sentId = new URL(request.url).searchParams.get("sent");
  const sent = sentId && /^\d{1,9}$/.test(sentId) ? await getAssistedApplicationSentBy(db, { id: Number(sentId), staffUserId: user.id }) : undefined;
  const seekers = sent ? [] : await listConsentingSeekers(db, { partnerId: partner.id });
  return json({
    opening: { id: opening.id, title_zh: opening.title_zh, title_en: opening.title_en },
    partner: { id: partner.id, name_zh: partner.name_zh, name_en: partner.name_en },
    orgQuery: options.length > 1 ? `?org=${partner.id}` : "",
    seekers: seekers.map((s) => ({ id: s.id, name: s.display_name, email: s.email })),
    key: newApplicationKey(),
    sent: sent ? { reference: sent.reference ?? "", name: sent.seeker_name } : null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, opening, partner, db } = await load(request, params.id);
  const formData = await request.formData();
  const key = String(formData.get("key") ?? "");
  if (!KEY.test(key)) throw new Response("Bad Request", { status: 400 });
  const parsed = parseForm(formData, assistedApplySchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const { seeker: seekerId, contactName, contactPhone, experience, message } = parsed.data;
  // Only people who currently allow this partner to apply for them; anyone else's id reveals nothing.
  const seeker = await getConsentingSeeker(db, { partnerId: partner.id, seekerUserId: seekerId });
  if (!seeker) throw new Response("Not Found", { status: 404 });
  const values = Object.fromEntries(["seeker", "contactName", "contactPhone", "experience", "message"].map((k) => [k, String(formData.get(k) ?? "")]));
  const openingId = idParam(params.id);
  if (!opening) {
    if (!(await getOpeningBasics(db, { id: openingId }))) throw new Response("Not Found", { status: 404 });
    // Closed or unpublished since the form was opened: say so, and keep what was typed.
    return formErrors(context, { errors: { message: "assisted.errors.closed" }, values }, 409);
  }
  const result = await sendAssistedApplication(db, {
    openingId,
    seeker,
    staff: user,
    partner,
    opening,
    key,
    fields: { contactName: contactName || seeker.display_name, contactPhone, experience, message },
    origin: getEnv().publicUrl,
  });
  if (result.outcome === "no_consent") throw new Response("Not Found", { status: 404 });
  if (result.outcome === "exists") return formErrors(context, { errors: { seeker: "assisted.errors.exists" }, values }, 409);
  const here = new URL(request.url);
  here.searchParams.set("sent", String(result.id));
  return redirect(`${here.pathname}${here.search}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, metaT(matches)(data?.sent ? "assisted.sentTitle" : "assisted.staffTitle"));

export default function StaffApplyForSeeker() {
  const { opening, partner, orgQuery, seekers, key, sent } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const partnerName = pickText(locale, partner.name_zh, partner.name_en)?.text ?? "";
  const values = result?.values ?? {};
  const self = `/staff/apply/${opening.id}${orgQuery}`;

  if (sent) {
    return (
      <div className="narrow">
        <h1>{t("assisted.sentTitle")}</h1>
        <div className="status-panel status-panel--valid" role="status">
          <p>{t("assisted.sentBody", { name: sent.name, reference: sent.reference })}</p>
        </div>
        <p>
          {t("apply.forOpening")}
          <strong>
            <OpeningTitle opening={opening} />
          </strong>
        </p>
        <p>
          <Link to={self}>{t("assisted.another")}</Link>
        </p>
        <p>
          <Link to={`/openings/${opening.id}`}>{t("assisted.backToOpening")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/openings/${opening.id}`}>{t("assisted.backToOpening")}</Link>
      </p>
      <h1>{t("assisted.staffTitle")}</h1>
      <p className="lead">
        {t("apply.forOpening")}
        <strong>
          <OpeningTitle opening={opening} />
        </strong>
      </p>
      <p>
        <Labelled text={t("assisted.staffLead", { partner: partnerName })} />
        {t("assisted.passportNote")}
      </p>
      {seekers.length === 0 ? (
        <p>{t("assisted.noSeekers", { partner: partnerName })}</p>
      ) : (
        <PostForm errors={result?.errors} action={self}>
          <input type="hidden" name="key" value={key} />
          <NativeSelect
            id="seeker"
            name="seeker"
            label={t("assisted.seekerLabel")}
            defaultValue={values.seeker ?? ""}
            options={[{ value: "", label: t("assisted.seekerPlaceholder") }, ...seekers.map((s) => ({ value: String(s.id), label: t("assisted.seekerOption", { name: s.name, email: s.email }) }))]}
            errorMessage={result?.errors.seeker ? translateKey(t, result.errors.seeker) : undefined}
          />
          <TextField
            id="contactName"
            name="contactName"
            label={t("assisted.contactNameLabel")}
            description={t("assisted.contactNameHint")}
            defaultValue={values.contactName}
            autoComplete="off"
          />
          <TextField id="contactPhone" name="contactPhone" type="tel" label={t("assisted.phoneLabel")} defaultValue={values.contactPhone} autoComplete="off" inputMode="tel" />
          <TextArea id="experience" name="experience" label={t("assisted.experienceLabel")} defaultValue={values.experience} rows={5} />
          <TextArea id="message" name="message" label={t("assisted.messageLabel")} description={t("assisted.messageHint")} defaultValue={values.message} rows={6} />
          <Button type="submit">{t("assisted.submit")}</Button>
        </PostForm>
      )}
    </div>
  );
}

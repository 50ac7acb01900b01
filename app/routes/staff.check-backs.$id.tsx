import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ProblemSummary, useProblemMessages } from "~/components/certification";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { CHECK_BACK_MONTHS, chinaToday, getHireForCheckBack, recordCheckBack, type CheckBackError } from "~/models/check-back.server";
import { addMonths } from "~/models/certification.server";
import { requireRole } from "~/utils/auth.server";
import { textValues, type FormProblem } from "~/utils/certification-forms.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/utils/use-locale";
import { idParam } from "~/utils/workspace.server";
import { CHECK_BACK_OUTCOMES } from "../../db/schema";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /staff/check-backs/:id — the 6-month check-back on one hire: staff of the partner that
// posted the opening record whether the person is still employed there (or could not be reached),
// and when they asked. Anyone else, and any application not marked hired, gets 404.

async function load(request: Request, idText: string | undefined) {
  const user = await requireRole(request, "staff");
  const id = idParam(idText);
  const partnerIds = user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id);
  const hire = await getHireForCheckBack(getDb(), { applicationId: id, partnerIds });
  if (!hire) throw new Response("Not Found", { status: 404 });
  return { user, id, partnerIds, hire };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { hire } = await load(request, params.id);
  return json({
    hire,
    dueFrom: addMonths(hire.hired_on, CHECK_BACK_MONTHS),
    today: chinaToday(),
    done: new URL(request.url).searchParams.has("done"),
  });
}

type ActionData = { problems: FormProblem[]; values: Record<string, string> };

const ERROR_FIELD: Record<Exclude<CheckBackError, "notFound">, FormProblem> = {
  tooEarly: { field: "checked_on", key: "checkBacks.errors.tooEarly" },
  inFuture: { field: "checked_on", key: "checkBacks.errors.inFuture" },
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, id, partnerIds } = await load(request, params.id);
  const formData = await request.formData();
  const values = textValues(formData);
  const outcome = CHECK_BACK_OUTCOMES.find((o) => o === formData.get("outcome"));
  const checkedOn = String(formData.get("checked_on") ?? "").trim();
  const problems: FormProblem[] = [];
  if (!outcome) problems.push({ field: "outcome", key: "checkBacks.errors.outcomeRequired" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checkedOn) || Number.isNaN(Date.parse(checkedOn))) problems.push({ field: "checked_on", key: "checkBacks.errors.dateInvalid" });
  const fail = (list: FormProblem[]) => {
    context.form.hasErrors = true;
    return json<ActionData>({ problems: list, values }, { status: 400 });
  };
  if (problems.length > 0 || !outcome) return fail(problems);
  const result = await recordCheckBack(getDb(), { applicationId: id, partnerIds, actorUserId: user.id, outcome, checkedOn, today: chinaToday() });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return fail([ERROR_FIELD[result.error]]);
  }
  return redirect(`/staff/check-backs/${id}?done`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("checkBacks.form.title", { name: data?.hire.contact_name || data?.hire.reference || "" }));

export default function CheckBack() {
  const { hire, dueFrom, today, done } = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const messages = useProblemMessages(result?.problems);
  const name = hire.contact_name || hire.reference || String(hire.id);
  return (
    <>
      <p className="back-link">
        <Link to="/staff/check-backs">{t("checkBacks.form.back")}</Link>
      </p>
      <h1>{t("checkBacks.form.title", { name })}</h1>
      <DoneMessage message={done ? t("checkBacks.form.done") : null} />
      <dl className="facts">
        <div>
          <dt>{t("checkBacks.form.reference")}</dt>
          <dd>{hire.reference}</dd>
        </div>
        {hire.contact_phone ? (
          <div>
            <dt>{t("checkBacks.form.phone")}</dt>
            <dd>{hire.contact_phone}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("checkBacks.form.opening")}</dt>
          <dd>
            {pickText(locale, hire.title_zh, hire.title_en)?.text} · {pickText(locale, hire.employer_name_zh, hire.employer_name_en)?.text}
          </dd>
        </div>
        <div>
          <dt>{t("checkBacks.form.hiredOn")}</dt>
          <dd>{formatDate(t, hire.hired_on)}</dd>
        </div>
        <div>
          <dt>{t("checkBacks.form.dueFrom")}</dt>
          <dd>{formatDate(t, dueFrom)}</dd>
        </div>
        {hire.outcome && hire.checked_on ? (
          <div>
            <dt>{t("checkBacks.form.lastCheck")}</dt>
            <dd>
              {t(`checkBacks.last.${hire.outcome}`, { date: formatDate(t, hire.checked_on) })}
              {hire.recorded_by ? ` · ${t("checkBacks.form.recordedBy", { name: hire.recorded_by })}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <p>{t("checkBacks.form.privacy")}</p>
      {dueFrom > today ? (
        <p className="notice">{t("checkBacks.form.notYet", { date: formatDate(t, dueFrom) })}</p>
      ) : (
        <AriaForm method="post" action={`/staff/check-backs/${hire.id}`} className="form" validationBehavior="aria" validationErrors={messages}>
          <ProblemSummary problems={result?.problems} />
          <h2 id="record-heading">{t("checkBacks.form.recordHeading")}</h2>
          <RadioGroup
            name="outcome"
            label={t("checkBacks.form.outcomeLabel", { name })}
            defaultValue={result?.values.outcome ?? undefined}
            options={CHECK_BACK_OUTCOMES.map((outcome, index) => ({ value: outcome, label: t(`checkBacks.outcomes.${outcome}`), id: index === 0 ? "outcome" : undefined }))}
          />
          <TextField
            id="checked_on"
            name="checked_on"
            label={t("checkBacks.form.checkedOnLabel")}
            description={t("checkBacks.form.checkedOnHint")}
            defaultValue={result?.values.checked_on ?? today}
          />
          <Button type="submit">{t("checkBacks.form.submit")}</Button>
        </AriaForm>
      )}
    </>
  );
}

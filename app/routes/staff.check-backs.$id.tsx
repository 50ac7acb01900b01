import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { CHECK_BACK_MONTHS, chinaToday, getHireForCheckBack, recordCheckBack, type CheckBackError } from "~/models/check-back.server";
import { addMonths } from "~/models/certification-policy.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, submittedValues } from "~/utils/forms.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { idParam } from "~/services/workspace.server";
import { checkBackSchema } from "~/validation/certification";
import { CHECK_BACK_OUTCOMES } from "~/domain/application";

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

const ERROR_KEY: Record<Exclude<CheckBackError, "notFound">, string> = {
  tooEarly: "checkBacks.errors.tooEarly",
  inFuture: "checkBacks.errors.inFuture",
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, id, partnerIds } = await load(request, params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, checkBackSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const { outcome, checked_on: checkedOn } = parsed.data;
  const result = await recordCheckBack(getDb(), { applicationId: id, partnerIds, actorUserId: user.id, outcome, checkedOn, today: chinaToday() });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(context, { errors: { checked_on: ERROR_KEY[result.error] }, values: submittedValues(formData, []) });
  }
  return redirect(`/staff/check-backs/${id}?done`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("checkBacks.form.title", { name: data?.hire.contact_name || data?.hire.reference || "" }));

export default function CheckBack() {
  const { hire, dueFrom, today, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const locale = useLocale();
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
        <PostForm action={`/staff/check-backs/${hire.id}`} errors={result?.errors}>
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
        </PostForm>
      )}
    </>
  );
}

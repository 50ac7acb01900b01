import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningTitle } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { Honeypot, PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { getPublishedOpening } from "~/models/opening.server";
import { createReport } from "~/models/report.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { getLocale } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { idParam } from "~/services/workspace.server";
import { reportSchema } from "~/validation/opening";
import { REPORT_REASONS } from "~/domain/opening";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "auth", "workspace"] };

// GET/POST /openings/:id/report: anyone, signed in or not, reports a public opening. No CAPTCHA:
// a honeypot and a per-address limit keep the queue clean. The reason is required; details and a
// contact address (only to hear the outcome) are optional.

async function publicOpening(idValue: string | undefined) {
  const opening = await getPublishedOpening(getDb(), { id: idParam(idValue) });
  if (!opening) throw new Response("Not Found", { status: 404 });
  return opening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const opening = await publicOpening(params.id);
  return json({
    opening: { id: opening.id, title_zh: opening.title_zh, title_en: opening.title_en },
    sent: new URL(request.url).searchParams.has("sent"),
    // A link may choose the reason ("someone claimed to recruit for this employer", from the
    // employer page's recruiter check); anything else is ignored.
    reason: REPORT_REASONS.find((reason) => reason === new URL(request.url).searchParams.get("reason")) ?? null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const opening = await publicOpening(params.id);
  const formData = await request.formData();
  // Bots fill in every field; answer as if the report went through.
  if (formData.get("website")) return redirect(`/openings/${opening.id}/report?sent`, 303);
  const limited = await checkRateLimits(context, [{ key: `report:ip:${context.clientIp}`, limit: LIMITS.reportIp }], {
    field: "reason",
    message: "report.errors.rateLimited",
    values: {
      reason: String(formData.get("reason") ?? ""),
      details: String(formData.get("details") ?? ""),
      contactEmail: String(formData.get("contactEmail") ?? ""),
    },
  });
  if (limited) return limited;
  const parsed = parseForm(formData, reportSchema, { omit: ["website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  await createReport(getDb(), { openingId: opening.id, ...parsed.data, locale: await getLocale(request) });
  return redirect(`/openings/${opening.id}/report?sent`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.sent ? "report.sentTitle" : "report.title"));

export default function ReportOpening() {
  const { opening, sent, reason } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  if (sent) {
    return (
      <div className="narrow">
        <h1>{t("report.sentTitle")}</h1>
        <p role="status">{t("report.sentBody")}</p>
        <p>
          <Link to={`/openings/${opening.id}`}>{t("report.backToOpening")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/openings/${opening.id}`}>{t("report.backToOpening")}</Link>
      </p>
      <h1>{t("report.title")}</h1>
      <p className="lead">{t("report.lead")}</p>
      <p>
        {t("report.aboutOpening")}
        <strong>
          <OpeningTitle opening={opening} />
        </strong>
      </p>
      <PostForm errors={result?.errors} action={`/openings/${opening.id}/report`}>
        <RadioGroup
          name="reason"
          label={t("report.reasonLabel")}
          defaultValue={result?.values.reason ?? reason ?? undefined}
          options={REPORT_REASONS.map((reason, index) => ({
            value: reason,
            label: t(`report.reasons.${reason}`),
            id: index === 0 ? "reason" : undefined,
          }))}
        />
        <TextArea id="details" name="details" label={t("report.detailsLabel")} description={t("report.detailsHint")} defaultValue={result?.values.details} rows={5} />
        <TextField
          id="contactEmail"
          name="contactEmail"
          type="email"
          label={t("report.contactLabel")}
          description={t("report.contactHint")}
          defaultValue={result?.values.contactEmail}
          autoComplete="email"
          inputMode="email"
        />
        <Honeypot label={t("auth.honeypot")} />
        <Button type="submit">{t("report.submit")}</Button>
      </PostForm>
    </div>
  );
}

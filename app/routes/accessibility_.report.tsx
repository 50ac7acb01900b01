import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/hooks/use-easy-read";
import { Button } from "~/components/ui/button";
import { Honeypot, PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { createAccessibilityFeedback } from "~/models/accessibility-feedback.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { getLocale } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { accessibilityFeedbackSchema } from "~/validation/accessibility-feedback";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "about", "auth"] };

// GET/POST /accessibility/report: anyone tells us about a barrier on the portal, with no account and
// no CAPTCHA (a honeypot and a per-address limit). Partner staff and admins read the reports at
// /staff/barriers.

export async function loader({ request }: LoaderFunctionArgs) {
  return json({ sent: new URL(request.url).searchParams.has("sent") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  // Bots fill in every field; answer as if the report went through.
  if (formData.get("website")) return redirect("/accessibility/report?sent", 303);
  const values = {
    problem: String(formData.get("problem") ?? ""),
    page: String(formData.get("page") ?? ""),
    assistiveTechnology: String(formData.get("assistiveTechnology") ?? ""),
    contactEmail: String(formData.get("contactEmail") ?? ""),
  };
  const limited = await checkRateLimits(context, [{ key: `barrier:ip:${context.clientIp}`, limit: LIMITS.barrierIp }], {
    field: "problem",
    message: "barrier.errors.rateLimited",
    values,
  });
  if (limited) return limited;
  const parsed = parseForm(formData, accessibilityFeedbackSchema, { omit: ["website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  await createAccessibilityFeedback(getDb(), { ...parsed.data, locale: await getLocale(request) });
  return redirect("/accessibility/report?sent", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.sent ? "barrier.sentTitle" : "barrier.title"));

export default function ReportBarrier() {
  const { sent } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const easyRead = useEasyRead();
  if (sent) {
    return (
      <div className="narrow">
        <h1>{t("barrier.sentTitle")}</h1>
        <p role="status">{t("barrier.sentBody")}</p>
        <p>
          <Link to="/accessibility">{t("barrier.backToStatement")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/accessibility">{t("barrier.backToStatement")}</Link>
      </p>
      <h1>{t("barrier.title")}</h1>
      <p className="lead">{easyRead ? t("easyRead.reportLead") : t("barrier.lead")}</p>
      <PostForm errors={result?.errors} action="/accessibility/report">
        <TextField
          id="problem"
          name="problem"
          label={t("barrier.problemLabel")}
          description={t("barrier.problemHint")}
          defaultValue={result?.values.problem}
          rows={5}
        />
        <TextField id="page" name="page" label={t("barrier.pageLabel")} description={t("barrier.pageHint")} defaultValue={result?.values.page} />
        <TextField
          id="assistiveTechnology"
          name="assistiveTechnology"
          label={t("barrier.technologyLabel")}
          description={t("barrier.technologyHint")}
          defaultValue={result?.values.assistiveTechnology}
        />
        <TextField
          id="contactEmail"
          name="contactEmail"
          type="email"
          label={t("barrier.contactLabel")}
          description={t("barrier.contactHint")}
          defaultValue={result?.values.contactEmail}
          autoComplete="email"
          inputMode="email"
        />
        <Honeypot label={t("auth.honeypot")} />
        <Button type="submit">{t("barrier.submit")}</Button>
      </PostForm>
    </div>
  );
}

import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { CheckboxGroup } from "~/components/ui/checkbox-group";
import { PostForm } from "~/components/ui/form";
import { TextArea } from "~/components/ui/text-area";
import { getActiveConsent, getPassport, PASSPORT_PURPOSE } from "~/models/passport.server";
import { deletePassportAndLog, savePassportAndLog } from "~/services/consents.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";
import { PASSPORT_CONSENT_VERSION, passportSchema } from "~/validation/application";
import { PASSPORT_NEEDS } from "~/domain/application";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "apply", "workspace"] };

// GET/POST /account/passport: the accommodation passport. Sensitive personal information (PIPL
// Art. 28–30, GDPR Art. 9): saved only with a separate, unticked consent recorded with the
// version of its text, encrypted at rest, and deleted (consent withdrawn) in one step.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [passport, consent] = await Promise.all([getPassport(db, { userId: user.id }), getActiveConsent(db, { userId: user.id, purpose: PASSPORT_PURPOSE })]);
  const search = new URL(request.url).searchParams;
  return json({
    passport: passport?.content ?? null,
    consent: consent && passport ? { givenAt: consent.given_at, version: consent.text_version } : null,
    notice: search.has("saved") ? ("saved" as const) : search.has("deleted") ? ("deleted" as const) : null,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    await deletePassportAndLog(db, { userId: user.id });
    return redirect("/account/passport?deleted", 303);
  }
  const parsed = parseForm(formData, passportSchema);
  if (!parsed.ok) {
    // "needs" may be several values; keep them all so the ticks survive the error.
    return formErrors(context, { errors: parsed.errors, values: { ...parsed.values, needs: formData.getAll("needs").map(String).join(",") } });
  }
  const { needs, details, disability } = parsed.data;
  // The log says a passport was saved, never what it says.
  await savePassportAndLog(db, { userId: user.id, content: { needs, details, disability }, consentVersion: PASSPORT_CONSENT_VERSION });
  return redirect("/account/passport?saved", 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("passport.title"));

export default function Passport() {
  const { passport, consent, notice } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const values = result?.values;
  const needs = values ? (values.needs ? values.needs.split(",") : []) : (passport?.needs ?? []);
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account">{t("profile.backToAccount")}</Link>
      </p>
      <h1>{t("passport.title")}</h1>
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(notice === "saved" ? "passport.saved" : "passport.deleted")}
        </p>
      ) : null}
      <p className="lead">{t("passport.lead")}</p>
      <PostForm errors={result?.errors} action="/account/passport">
        <CheckboxGroup
          id="needs"
          name="needs"
          label={t("passport.needsLabel")}
          defaultValue={needs}
          options={PASSPORT_NEEDS.map((need) => ({ value: need, label: t(`passport.needs.${need}`) }))}
        />
        <TextArea
          id="details"
          name="details"
          label={t("passport.detailsLabel")}
          description={t("passport.detailsHint")}
          defaultValue={values?.details ?? passport?.details ?? ""}
          rows={5}
        />
        <TextArea
          id="disability"
          name="disability"
          label={t("passport.disabilityLabel")}
          description={t("passport.disabilityHint")}
          defaultValue={values?.disability ?? passport?.disability ?? ""}
          rows={2}
        />
        <h2>{t("passport.consentHeading")}</h2>
        {consent ? <p>{t("passport.consentGiven", { date: formatDate(t, consent.givenAt), version: consent.version })}</p> : null}
        <p className="field__hint" id="consent-hint">
          {t("passport.consentHint")}
        </p>
        {/* Never ticked in advance, not even when consent was given before: each save is a fresh, explicit choice. */}
        {/* The error is described by the checkbox too, so a screen reader says it with the checkbox, as it does for text fields. */}
        <Checkbox
          id="consent"
          name="consent"
          label={t("passport.consentLabel")}
          isInvalid={Boolean(result?.errors.consent)}
          aria-describedby={result?.errors.consent ? "consent-hint consent-error" : "consent-hint"}
        />
        {result?.errors.consent ? (
          <p className="field__error" id="consent-error">
            {t("passport.errors.consentRequired")}
          </p>
        ) : null}
        <Button type="submit">{t("passport.save")}</Button>
      </PostForm>
      {passport ? (
        <>
          <h2>{t("passport.deleteHeading")}</h2>
          <p>{t("passport.deleteBody")}</p>
          <form method="post" action="/account/passport">
            <input type="hidden" name="intent" value="delete" />
            <Button type="submit" variant="secondary" className="button--warning">
              {t("passport.deleteButton")}
            </Button>
          </form>
        </>
      ) : null}
    </div>
  );
}

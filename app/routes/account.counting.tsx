import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { DISABILITY_CATEGORIES } from "~/domain/account";
import { getDisabilityCategory } from "~/models/disability-category.server";
import { requireUser } from "~/services/auth.server";
import { deleteDisabilityCategoryAndLog, saveDisabilityCategoryAndLog } from "~/services/consents.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { COUNTING_CONSENT_VERSION, countingSchema } from "~/validation/profile";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account"] };

// GET/POST /account/counting: a seeker may say their disability category so that outcomes can be
// counted by it (issue 19, item 6). Sensitive personal information: its own unticked consent,
// recorded with the version of its text; only the person sees their own category here; statistics
// count groups of 5 or more; withdrawing deletes it at once. Any signed-in person may use it. A
// category partner staff recorded with the consent the person gave on paper or by phone shows here
// with who recorded it, and is withdrawn or replaced here like one the person saved.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await getDisabilityCategory(getDb(), { userId: user.id });
  const search = new URL(request.url).searchParams;
  return json(
    {
      current: current
        ? {
            category: current.category,
            givenAt: current.givenAt,
            version: current.consentVersion,
            offline: current.how === "online" ? null : { how: current.how, by: current.recordedByName, partner: current.partner },
          }
        : null,
      notice: search.has("saved") ? ("saved" as const) : search.has("deleted") ? ("deleted" as const) : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    await deleteDisabilityCategoryAndLog(db, { userId: user.id });
    return redirect("/account/counting?deleted", 303);
  }
  const parsed = parseForm(formData, countingSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  await saveDisabilityCategoryAndLog(db, { userId: user.id, category: parsed.data.category, consentVersion: COUNTING_CONSENT_VERSION });
  return redirect("/account/counting?saved", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("counting.title"));

export default function Counting() {
  const { current, notice } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const offline = current?.offline;
  const partner = offline?.partner ? (pickText(locale, offline.partner.name_zh, offline.partner.name_en)?.text ?? "—") : "—";
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account">{t("profile.backToAccount")}</Link>
      </p>
      <h1>{t("counting.title")}</h1>
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(notice === "saved" ? "counting.saved" : "counting.deleted")}
        </p>
      ) : null}
      <p className="lead">{t("counting.lead")}</p>
      <p>{t("counting.howUsed")}</p>
      {current && offline ? (
        <>
          {/* Recorded by partner staff from a signed form or a phone call: who, and that they can see it. */}
          <p>
            {t("counting.currentOffline", {
              how: t(`counting.hows.${offline.how}`),
              partner,
              name: offline.by ?? "—",
              date: formatDate(t, current.givenAt),
              version: current.version,
              category: t(`enums.disabilityCategory.${current.category}`),
            })}
          </p>
          <p>{t("counting.offlineSeen", { partner })}</p>
        </>
      ) : current ? (
        <p>
          {t("counting.current", { date: formatDate(t, current.givenAt), version: current.version, category: t(`enums.disabilityCategory.${current.category}`) })}
        </p>
      ) : null}
      <PostForm errors={result?.errors} action="/account/counting">
        <RadioGroup
          id="category"
          name="category"
          label={t("counting.categoryLabel")}
          defaultValue={result?.values.category ?? current?.category}
          options={DISABILITY_CATEGORIES.map((value) => ({ value, label: t(`enums.disabilityCategory.${value}`) }))}
        />
        <h2>{t("counting.consentHeading")}</h2>
        <p className="field__hint" id="consent-hint">
          {t("counting.consentHint")}
        </p>
        {/* Never ticked in advance, not even when consent was given before: each save is a fresh, explicit choice. */}
        <Checkbox
          id="consent"
          name="consent"
          label={t("counting.consentLabel")}
          isInvalid={Boolean(result?.errors.consent)}
          aria-describedby={result?.errors.consent ? "consent-hint consent-error" : "consent-hint"}
        />
        {result?.errors.consent ? (
          <p className="field__error" id="consent-error">
            {t("counting.errors.consentRequired")}
          </p>
        ) : null}
        <Button type="submit">{t("counting.save")}</Button>
      </PostForm>
      {current ? (
        <>
          <h2>{t("counting.deleteHeading")}</h2>
          <p>{t("counting.deleteBody")}</p>
          <form method="post" action="/account/counting">
            <input type="hidden" name="intent" value="delete" />
            <Button type="submit" variant="secondary" className="button--warning">
              {t("counting.deleteButton")}
            </Button>
          </form>
        </>
      ) : null}
    </div>
  );
}

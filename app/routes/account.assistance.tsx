import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { listOwnAssistConsents } from "~/models/assisted-application.server";
import { grantAssistance, withdrawAssistance } from "~/services/consents.server";
import { listPartnerChoices } from "~/models/opening-choices.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { formatDate } from "~/utils/format";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { ASSIST_CONSENT_VERSION, assistConsentSchema } from "~/validation/application";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "apply", "workspace"] };

// GET/POST /account/assistance: the seeker names the partner organisations whose staff may send
// applications for them. Each permission is a separate, unticked consent recorded with the version
// of its text; withdrawing it ends it at once (every assisted submission checks it).

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [partners, consents] = await Promise.all([listPartnerChoices(db), listOwnAssistConsents(db, { userId: user.id })]);
  const search = new URL(request.url).searchParams;
  return json({
    partners,
    consents: consents.map((c) => ({ id: c.id, partnerId: c.partner_id, givenAt: c.given_at, version: c.text_version, how: c.recorded_how, recordedBy: c.recorded_by_name, hasScan: c.has_scan, name_zh: c.name_zh, name_en: c.name_en })),
    notice: search.has("granted") ? ("granted" as const) : search.has("withdrawn") ? ("withdrawn" as const) : null,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "withdraw") {
    const consentId = Number(formData.get("consent"));
    const withdrawn = Number.isInteger(consentId) ? await withdrawAssistance(db, { userId: user.id, consentId }) : null;
    // Someone else's consent, or one already withdrawn, is as good as missing.
    if (!withdrawn) throw new Response("Not Found", { status: 404 });
    return redirect("/account/assistance?withdrawn", 303);
  }
  const parsed = parseForm(formData, assistConsentSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const granted = await grantAssistance(db, { userId: user.id, partnerId: parsed.data.partner, textVersion: ASSIST_CONSENT_VERSION });
  if (!granted.ok) return formErrors(context, { errors: { partner: "assisted.errors.partnerRequired" }, values: { partner: String(parsed.data.partner) } });
  return redirect("/account/assistance?granted", 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("assisted.title"));

export default function Assistance() {
  const { partners, consents, notice } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const name = (p: { name_zh: string | null; name_en: string | null }) => pickText(locale, p.name_zh, p.name_en);
  const available = partners.filter((p) => !consents.some((c) => c.partnerId === p.id));
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account">{t("profile.backToAccount")}</Link>
      </p>
      <h1>{t("assisted.title")}</h1>
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(notice === "granted" ? "assisted.granted" : "assisted.withdrawn")}
        </p>
      ) : null}
      <p className="lead">{t("assisted.lead")}</p>

      <h2>{t("assisted.currentHeading")}</h2>
      {consents.length === 0 ? (
        <p>{t("assisted.none")}</p>
      ) : (
        <ul className="session-list">
          {consents.map((c) => {
            const partner = name(c);
            return (
              <li key={c.id} className="session">
                <p className="session__device">
                  <strong>
                    <LocalizedText value={partner} />
                  </strong>
                </p>
                <p className="session__meta">{t("assisted.since", { date: formatDate(t, c.givenAt), version: c.version })}</p>
                {/* A permission staff recorded from paper, a call or a visit says so, and who recorded it. */}
                {c.how !== "online" ? (
                  <p className="session__meta">{t("assisted.recordedOffline", { how: t(`caseload.hows.${c.how}`), name: c.recordedBy ?? "—" })}</p>
                ) : null}
                {c.hasScan ? (
                  <p className="session__meta">
                    {/* A plain link to a file: the browser opens or downloads it, no script needed. */}
                    <a href={`/account/consents/${c.id}/scan`}>{t("assisted.scanLink")}</a>
                  </p>
                ) : null}
                <form method="post" action="/account/assistance">
                  <input type="hidden" name="intent" value="withdraw" />
                  <input type="hidden" name="consent" value={c.id} />
                  <Button type="submit" variant="secondary" className="button--warning">
                    {t("assisted.withdrawButton", { partner: partner?.text ?? "" })}
                  </Button>
                </form>
              </li>
            );
          })}
        </ul>
      )}

      {available.length > 0 ? (
        <>
          <h2>{t("assisted.grantHeading")}</h2>
          <PostForm errors={result?.errors} action="/account/assistance">
            <NativeSelect
              id="partner"
              name="partner"
              label={t("assisted.partnerLabel")}
              defaultValue={result?.values.partner ?? ""}
              options={[{ value: "", label: t("assisted.partnerPlaceholder") }, ...available.map((p) => ({ value: String(p.id), label: name(p)?.text ?? "" }))]}
              errorMessage={result?.errors.partner ? translateKey(t, result.errors.partner) : undefined}
            />
            <p className="field__hint" id="assist-consent-hint">
              {t("assisted.consentHint")}
            </p>
            {/* Never ticked in advance: each permission is a fresh, explicit choice. */}
            <Checkbox
              id="consent"
              name="consent"
              label={t("assisted.consentLabel")}
              isInvalid={Boolean(result?.errors.consent)}
              aria-describedby="assist-consent-hint"
            />
            {result?.errors.consent ? <p className="field__error">{t("assisted.errors.consentRequired")}</p> : null}
            <Button type="submit">{t("assisted.grant")}</Button>
          </PostForm>
        </>
      ) : null}
    </div>
  );
}

import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { AccessProfileDetails } from "~/components/access-profile";
import { CertificationBadge } from "~/components/certification-badge";
import { LocalizedText } from "~/components/localized-text";
import { Location } from "~/components/location";
import { getPublishedOpening } from "~/models/opening.server";
import { getDb } from "~/utils/db.server";
import { formatDate, formatHours, formatPay } from "~/utils/format";
import { buildJobPosting, jsonLdScriptContent } from "~/utils/job-posting";
import { pickText } from "~/utils/localized";
import { localeFromMatches, pageTitle } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import { useLocale } from "~/utils/use-locale";

export const handle: RouteHandle = { hydrate: false };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  const opening = id === null ? undefined : await getPublishedOpening(getDb(), { id });
  // Drafts, closed and expired openings are indistinguishable from ones that never existed.
  if (!opening) throw new Response("Not Found", { status: 404 });
  // The absolute address, for the JobPosting's url (search engines want one).
  const url = `${new URL(request.url).origin}/openings/${opening.id}`;
  return json({ opening, url });
}

// Feed readers find the openings feed from any opening they are reading.
export const links: LinksFunction = () => [{ rel: "alternate", type: "application/atom+xml", href: "/openings.atom" }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const title = pickText(localeFromMatches(matches), data.opening.title_zh, data.opening.title_en);
  return pageTitle(matches, title?.text ?? "");
};

export default function OpeningDetail() {
  const { opening, url } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const nonce = useNonce();
  const pick = (zh: string | null, en: string | null) => pickText(locale, zh, en);
  const pay = formatPay(t, {
    min: opening.pay_min_minor,
    max: opening.pay_max_minor,
    unit: opening.pay_unit,
    currency: opening.pay_currency,
  });

  return (
    <article className="opening">
      <p className="back-link">
        <Link to="/openings">{t("opening.backToList")}</Link>
      </p>
      <LocalizedText as="h1" value={pick(opening.title_zh, opening.title_en)} />
      <p className="opening__employer">
        <LocalizedText value={pick(opening.employer_name_zh, opening.employer_name_en)} />
        {" · "}
        <span className="badge badge--verified">{t("common.verifiedEmployer")}</span>
      </p>
      <p className="opening__certification">
        <CertificationBadge number={opening.certificate_number} level={opening.certificate_level} showNone />
      </p>

      {opening.summary_zh || opening.summary_en ? (
        <section aria-labelledby="summary-heading" className="summary-box">
          <h2 id="summary-heading">{t("opening.summaryHeading")}</h2>
          <LocalizedText as="p" value={pick(opening.summary_zh, opening.summary_en)} />
        </section>
      ) : null}

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("opening.keyFacts")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("opening.location")}</dt>
            <dd>
              <Location
                arrangement={opening.work_arrangement}
                remoteAnywhere={opening.remote_anywhere}
                province={opening.province}
                city={opening.city}
              />
            </dd>
          </div>
          <div>
            <dt>{t("opening.form")}</dt>
            <dd>{t(`enums.employmentForm.${opening.employment_form}`)}</dd>
          </div>
          <div>
            <dt>{t("opening.hours")}</dt>
            <dd>{formatHours(t, { min: opening.hours_min, max: opening.hours_max })}</dd>
          </div>
          <div>
            <dt>{t("opening.pay")}</dt>
            <dd>{pay}</dd>
          </div>
          <div>
            <dt>{t("opening.deadline")}</dt>
            <dd>{opening.deadline ? formatDate(t, opening.deadline) : t("card.noDeadline")}</dd>
          </div>
          <div>
            <dt>{t("opening.postedBy")}</dt>
            <dd>
              <LocalizedText value={pick(opening.partner_name_zh, opening.partner_name_en)} />
            </dd>
          </div>
          {opening.published_at ? (
            <div>
              <dt>{t("opening.published")}</dt>
              <dd>{formatDate(t, opening.published_at)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("opening.accessProfileHeading")}</h2>
        <p>{t("opening.accessProfileLead")}</p>
        <AccessProfileDetails profile={opening} pay={pay} />
      </section>

      {opening.description_zh || opening.description_en ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t("opening.descriptionHeading")}</h2>
          <LocalizedText as="p" className="prose" value={pick(opening.description_zh, opening.description_en)} />
        </section>
      ) : null}

      <section aria-labelledby="apply-heading" className="apply-box">
        <h2 id="apply-heading">{t("opening.howToApplyHeading")}</h2>
        <LocalizedText
          as="p"
          value={pick(opening.how_to_apply_zh, opening.how_to_apply_en)}
          fallback={<p>{t("opening.howToApplyDefault")}</p>}
        />
        <p className="warning-text">{t("opening.noFees")}</p>
      </section>
      {/* schema.org JobPosting for search engines; the escaping keeps any text from closing the tag. */}
      <script
        type="application/ld+json"
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(buildJobPosting(opening, { locale, url })) }}
      />
    </article>
  );
}

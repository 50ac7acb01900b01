import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OpeningDetailView } from "~/domain/opening-views";
import { formatDate, formatHours, formatPay } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { AccessProfileDetails } from "./access-profile";
import { CertificationBadge } from "./certification-badge";
import { LocalizedText } from "./localized-text";
import { Location } from "./location";
import { NAME_SLOT, NameInText } from "./name-in-text";
import { telHref } from "./organisation-contact";

/** An opening as the detail page's loader sends it to the browser. */
export type OpeningViewData = SerializeFrom<OpeningDetailView>;

/**
 * An opening exactly as a job seeker sees it: the public detail page and the editor's preview
 * both render this, so the preview cannot drift from the real page.
 */
export function OpeningView({
  opening,
  backLink = { to: "/openings", label: null },
  employerVerified = true,
  children,
}: {
  opening: OpeningViewData;
  /** The link above the title; the public page goes back to the list, the preview to the editor. */
  backLink?: { to: string; label: string | null };
  /** Public openings always come from verified employers; a preview may not. */
  employerVerified?: boolean;
  /** Extra content at the end of the article (the report link on the public page). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
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
        <Link to={backLink.to}>{backLink.label ?? t("opening.backToList")}</Link>
      </p>
      <LocalizedText as="h1" value={pick(opening.title_zh, opening.title_en)} />
      {/* The plain-language summary comes first, before any other detail (easy read). */}
      {opening.summary_zh || opening.summary_en ? (
        <section aria-labelledby="summary-heading" className="summary-box">
          <h2 id="summary-heading">{t("opening.summaryHeading")}</h2>
          <LocalizedText as="p" value={pick(opening.summary_zh, opening.summary_en)} />
        </section>
      ) : null}
      <p className="opening__employer">
        {/* Only a verified employer has a public page; a preview's may not yet. */}
        {employerVerified ? (
          <Link to={`/employers/${opening.employer_slug}`}>
            <LocalizedText value={pick(opening.employer_name_zh, opening.employer_name_en)} />
          </Link>
        ) : (
          <LocalizedText value={pick(opening.employer_name_zh, opening.employer_name_en)} />
        )}
        {employerVerified ? (
          <>
            {" · "}
            <span className="badge badge--verified">{t("common.verifiedEmployer")}</span>
          </>
        ) : null}
      </p>
      <p className="opening__certification">
        <CertificationBadge number={opening.certificate_number} level={opening.certificate_level} showNone />
      </p>

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
              <Link to={`/partners/${opening.partner_slug}`}>
                <LocalizedText value={pick(opening.partner_name_zh, opening.partner_name_en)} />
              </Link>
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
          fallback={
            <p>
              {t("opening.howToApplyDefault")}
              <LocalizedText value={pick(opening.partner_name_zh, opening.partner_name_en)} />
              {t("opening.howToApplyDefaultEnd")}
            </p>
          }
        />
        <p className="warning-text">{t("opening.noFees")}</p>
      </section>

      <section aria-labelledby="contact-heading" className="contact-box">
        <h2 id="contact-heading">{t("opening.contactHeading")}</h2>
        <p>
          <NameInText text={t("opening.contactLead", { partner: NAME_SLOT })} name={pick(opening.partner_name_zh, opening.partner_name_en)} />
        </p>
        {opening.partner_phone || opening.partner_email ? (
          <dl className="facts">
            {opening.partner_phone ? (
              <div>
                <dt>{t("opening.contactPhone")}</dt>
                <dd>
                  <a href={telHref(opening.partner_phone)}>{opening.partner_phone}</a>
                </dd>
              </div>
            ) : null}
            {opening.partner_email ? (
              <div>
                <dt>{t("opening.contactEmail")}</dt>
                <dd>
                  <a href={`mailto:${opening.partner_email}`}>{opening.partner_email}</a>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>{t("opening.contactNone")}</p>
        )}
        {opening.partner_contacts_are_examples ? <p className="field__hint">{t("opening.contactsAreExamples")}</p> : null}
        <p>
          <Link to={`/partners/${opening.partner_slug}`}>{t("opening.contactMore")}</Link>
        </p>
      </section>
      {children}
    </article>
  );
}

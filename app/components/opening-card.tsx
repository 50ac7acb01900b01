import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { openingPathFrom } from "~/domain/opening";
import type { OpeningSummaryView } from "~/domain/opening-views";
import { formatDate, formatHours, formatPay } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { CertificationBadge } from "./certification-badge";
import { LocalizedText } from "./localized-text";
import { Location } from "./location";

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** One opening in a list: its title as a link, employer, the key facts and access highlights. */
export function OpeningCard({
  opening,
  headingLevel = 3,
  searchQuery = "",
}: {
  opening: Jsonified<OpeningSummaryView>;
  headingLevel?: 2 | 3;
  /** The search this card is a result of (canonical query string), so the opening's back link returns to it. */
  searchQuery?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = pickText(locale, opening.title_zh, opening.title_en);
  const summary = pickText(locale, opening.summary_zh, opening.summary_en);
  const employer = pickText(locale, opening.employer_name_zh, opening.employer_name_en);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const highlights = [
    opening.text_only_possible ? t("card.textOnly") : null,
    opening.screen_reader_tested ? t("card.screenReader") : null,
    opening.sign_language_support ? t("card.signLanguage") : null,
  ].filter((item): item is string => item !== null);

  return (
    <article className="opening-card">
      <Heading className="opening-card__title">
        <Link to={openingPathFrom(opening.id, searchQuery)} prefetch="intent">
          <LocalizedText value={title} />
        </Link>
      </Heading>
      <p className="opening-card__employer">
        <LocalizedText value={employer} />
      </p>
      {opening.certificate_number ? (
        <p className="opening-card__certification">
          <CertificationBadge number={opening.certificate_number} level={opening.certificate_level} />
        </p>
      ) : null}
      <ul className="opening-card__facts">
        <li>
          {/* "Remote, anywhere in China" already says remote; on-site and hybrid name the arrangement first. */}
          {opening.work_arrangement === "remote" ? null : `${t(`enums.workArrangement.${opening.work_arrangement}`)} · `}
          <Location
            arrangement={opening.work_arrangement}
            remoteAnywhere={opening.remote_anywhere}
            province={opening.province}
            city={opening.city}
          />
        </li>
        <li>{t(`enums.employmentForm.${opening.employment_form}`)}</li>
        <li>{formatHours(t, { min: opening.hours_min, max: opening.hours_max })}</li>
        <li>
          {formatPay(t, {
            min: opening.pay_min_minor,
            max: opening.pay_max_minor,
            unit: opening.pay_unit,
            currency: opening.pay_currency,
          })}
        </li>
        <li>{opening.deadline ? t("card.deadline", { date: formatDate(t, opening.deadline) }) : t("card.noDeadline")}</li>
      </ul>
      {summary ? <LocalizedText as="p" className="opening-card__summary" value={summary} /> : null}
      {highlights.length > 0 ? (
        <ul className="tags" aria-label={t("card.highlights")}>
          {highlights.map((item) => (
            <li key={item} className="tag">
              {item}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

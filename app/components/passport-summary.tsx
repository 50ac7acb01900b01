import { useTranslation } from "react-i18next";
import type { PassportContent } from "~/validation/application";
import { FreeText } from "./localized-text";

/** Exactly what a passport says: the ticked needs, the details and the disability status (if given). */
export function PassportSummary({ content, headingLevel = 3 }: { content: PassportContent; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="passport-summary">
      <Heading>{t("passport.needsHeading")}</Heading>
      {content.needs.length > 0 ? (
        <ul className="bullets">
          {content.needs.map((need) => (
            <li key={need}>{t(`passport.needs.${need}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("passport.noneGiven")}</p>
      )}
      <Heading>{t("passport.detailsHeading")}</Heading>
      {content.details ? <FreeText as="p" className="pre-wrap" text={content.details} /> : <p>{t("passport.noneGiven")}</p>}
      <Heading>{t("passport.disabilityHeading")}</Heading>
      {content.disability ? <FreeText as="p" className="pre-wrap" text={content.disability} /> : <p>{t("passport.disabilityNotGiven")}</p>}
    </div>
  );
}

import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PartnerType } from "~/domain/organisation";
import { useLocale } from "~/hooks/use-locale";
import { pickText } from "~/utils/localized";
import { LocalizedText } from "./localized-text";
import { Place } from "./place";

type Partner = SerializeFrom<{
  id: number;
  slug: string;
  partner_type: PartnerType | null;
  name_zh: string | null;
  name_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  province: string | null;
  city: string | null;
}>;

/** The verified partners, each name a link to its page with a person to contact (home page and /partners). */
export function PartnerList({ partners, headingLevel = 3 }: { partners: Partner[]; headingLevel?: 2 | 3 }) {
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="partner-list">
      {partners.map((partner) => (
        <li key={partner.id} className="partner">
          <Heading className="partner__name">
            <Link to={`/partners/${partner.slug}`}>
              <LocalizedText value={pickText(locale, partner.name_zh, partner.name_en)} />
            </Link>
          </Heading>
          <p className="partner__meta">
            <PartnerKindAndPlace partner={partner} />
          </p>
          <LocalizedText as="p" value={pickText(locale, partner.description_zh, partner.description_en)} />
        </li>
      ))}
    </ul>
  );
}

/** "残疾人就业服务中心 · 北京 海淀区": a partner's kind and where it is, each when known. */
export function PartnerKindAndPlace({ partner }: { partner: { partner_type: PartnerType | null; province: string | null; city: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      {partner.partner_type ? t(`enums.partnerType.${partner.partner_type}`) : null}
      {partner.partner_type && partner.province ? " · " : null}
      {partner.province ? <Place province={partner.province} city={partner.city} /> : null}
    </>
  );
}

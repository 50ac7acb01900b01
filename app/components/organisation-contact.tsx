import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { OrganisationContact } from "~/domain/organisation";
import { useLocale } from "~/hooks/use-locale";
import { pickText } from "~/utils/localized";
import { LocalizedText } from "./localized-text";

/** `tel:` wants digits and a leading +, not the spaces and dashes people write. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * How to reach an organisation, as its public page shows it: address, hours, phone, email, WeChat,
 * the ways that need no phone call, and its own note. Says so plainly when there is nothing, and
 * marks the demo's made-up details as examples.
 */
export function OrganisationContactDetails({ contact, website }: { contact: OrganisationContact; website: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const address = pickText(locale, contact.address_zh, contact.address_en);
  const hours = pickText(locale, contact.hours_zh, contact.hours_en);
  const note = pickText(locale, contact.contact_note_zh, contact.contact_note_en);
  const any = address || hours || contact.phone || contact.contact_email || contact.wechat_account || contact.contact_options.length > 0 || note;
  if (!any) {
    return (
      <p>
        {t("partnerPage.noContact")} <Link to="/help">{t("partnerPage.helpLink")}</Link>
      </p>
    );
  }
  return (
    <>
      {contact.contacts_are_examples ? (
        <p className="notice">
          <strong>{t("partnerPage.examples")}</strong>
        </p>
      ) : null}
      <p>{t("partnerPage.contactLead")}</p>
      <dl className="facts">
        {contact.phone ? (
          <div>
            <dt>{t("partnerPage.phone")}</dt>
            <dd>
              <a href={telHref(contact.phone)}>{contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {contact.contact_email ? (
          <div>
            <dt>{t("partnerPage.email")}</dt>
            <dd>
              <a href={`mailto:${contact.contact_email}`}>{contact.contact_email}</a>
            </dd>
          </div>
        ) : null}
        {contact.wechat_account ? (
          <div>
            <dt>{t("partnerPage.wechat")}</dt>
            <dd>{contact.wechat_account}</dd>
          </div>
        ) : null}
        {address ? (
          <div>
            <dt>{t("partnerPage.address")}</dt>
            <LocalizedText as="dd" value={address} />
          </div>
        ) : null}
        {hours ? (
          <div>
            <dt>{t("partnerPage.hours")}</dt>
            <LocalizedText as="dd" value={hours} />
          </div>
        ) : null}
        {website ? (
          <div>
            <dt>{t("partnerPage.website")}</dt>
            <dd>
              <a href={website}>{website}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {contact.contact_options.length > 0 ? (
        <>
          <h3>{t("partnerPage.otherWays")}</h3>
          <ul>
            {contact.contact_options.map((option) => (
              <li key={option}>{t(`enums.contactOption.${option}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {note ? <LocalizedText as="p" value={note} /> : null}
    </>
  );
}

import type { Kysely } from "kysely";
import { createNotification, listInboxReaders, type NotificationKind } from "~/models/application.server";
import type { Database } from "../../db/schema";
import type { ApplicationStatus } from "~/domain/application";
import { emailT, messagePerson } from "./emails.server";
import { asLocale } from "../utils/i18n";

// Every change to an application is told to the seeker twice: a line in their notifications list,
// and a short email through the outbox, in their own language. Neither ever carries the passport.

/** What a notice needs to know about the application and its seeker. */
export type NoticeSubject = {
  id: number;
  seeker_user_id: number;
  reference: string | null;
  title_zh: string | null;
  title_en: string | null;
  seeker_email: string | null;
  seeker_mobile?: string | null;
  seeker_notify_by_sms?: boolean;
  seeker_locale: string | null;
};

/** Tells the seeker that something happened to their application (in-app and by email). */
export async function noticeToSeeker(
  db: Kysely<Database>,
  {
    application,
    kind,
    status,
    origin,
    helper,
  }: {
    application: NoticeSubject;
    kind: NotificationKind;
    status?: ApplicationStatus;
    origin: string;
    /** For an assisted application: who sent it, for which partner (both names of the partner). */
    helper?: { name: string; partner_zh: string | null; partner_en: string | null };
  },
) {
  const locale = asLocale(application.seeker_locale);
  const t = emailT(locale);
  const title = (locale === "en" ? application.title_en ?? application.title_zh : application.title_zh ?? application.title_en) ?? "";
  const params: Record<string, string> = { reference: application.reference ?? "", title_zh: application.title_zh ?? "", title_en: application.title_en ?? "" };
  if (status) params.status = status;
  if (helper) Object.assign(params, { helper: helper.name, partner_zh: helper.partner_zh ?? "", partner_en: helper.partner_en ?? "" });
  await createNotification(db, { userId: application.seeker_user_id, applicationId: application.id, kind, params });
  const values = {
    title,
    reference: application.reference ?? "",
    status: status ? t(`applications.status.${status}`) : "",
    link: `${origin}/account/applications/${application.id}`,
    name: helper?.name ?? "",
    partner: (helper ? (locale === "en" ? helper.partner_en ?? helper.partner_zh : helper.partner_zh ?? helper.partner_en) : null) ?? "",
  };
  const seeker = {
    email: application.seeker_email,
    mobile: application.seeker_mobile,
    notify_by_sms: application.seeker_notify_by_sms,
    preferred_locale: application.seeker_locale,
  };
  await messagePerson(db, seeker, {
    subject: t(`notifications.email.${kind}Subject`, values),
    bodyText: t(`notifications.email.${kind}Body`, values),
  }, { optional: true });
}

/**
 * Tells everyone who can read the opening's inbox (the employer's members and the posting partner's
 * staff) that the seeker sent a message: one email each through the outbox, in their own language,
 * with a link to the application. The message itself and the passport are never in the email.
 */
export async function noticeToOrganisation(
  db: Kysely<Database>,
  {
    application,
    origin,
  }: {
    application: { id: number; reference: string | null; title_zh: string | null; title_en: string | null; employer_id: number; partner_id: number };
    origin: string;
  },
) {
  const readers = await listInboxReaders(db, { organisationIds: [application.employer_id, application.partner_id] });
  for (const reader of readers) {
    const locale = asLocale(reader.preferred_locale);
    const t = emailT(locale);
    const values = {
      title: (locale === "en" ? application.title_en ?? application.title_zh : application.title_zh ?? application.title_en) ?? "",
      reference: application.reference ?? "",
      link: `${origin}/inbox/applications/${application.id}`,
    };
    await messagePerson(db, reader, {
      subject: t("notifications.email.organisationMessageSubject", values),
      bodyText: t("notifications.email.organisationMessageBody", values),
    }, { optional: true });
  }
}

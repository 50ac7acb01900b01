import type { Kysely } from "kysely";
import { createNotification, type NotificationKind } from "~/models/application.server";
import { enqueueEmail } from "~/models/outbox.server";
import type { ApplicationStatus, Database } from "../../db/schema";
import { emailT } from "./emails.server";
import { asLocale } from "./i18n";

// Every change to an application is told to the seeker twice: a line in their notifications list,
// and a short email through the outbox, in their own language. Neither ever carries the passport.

/** What a notice needs to know about the application and its seeker. */
export type NoticeSubject = {
  id: number;
  seeker_user_id: number;
  reference: string | null;
  title_zh: string | null;
  title_en: string | null;
  seeker_email: string;
  seeker_locale: string | null;
};

/** Tells the seeker that something happened to their application (in-app and by email). */
export async function noticeToSeeker(
  db: Kysely<Database>,
  { application, kind, status, origin }: { application: NoticeSubject; kind: NotificationKind; status?: ApplicationStatus; origin: string },
) {
  const locale = asLocale(application.seeker_locale);
  const t = emailT(locale);
  const title = (locale === "en" ? application.title_en ?? application.title_zh : application.title_zh ?? application.title_en) ?? "";
  const params: Record<string, string> = { reference: application.reference ?? "", title_zh: application.title_zh ?? "", title_en: application.title_en ?? "" };
  if (status) params.status = status;
  await createNotification(db, { userId: application.seeker_user_id, applicationId: application.id, kind, params });
  const values = {
    title,
    reference: application.reference ?? "",
    status: status ? t(`applications.status.${status}`) : "",
    link: `${origin}/account/applications/${application.id}`,
  };
  await enqueueEmail(db, {
    to: application.seeker_email,
    subject: t(`notifications.email.${kind}Subject`, values),
    bodyText: t(`notifications.email.${kind}Body`, values),
  });
}

import type { AppLoadContext } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import type { Kysely } from "kysely";
import { createEmailVerification } from "~/models/email-verification.server";
import { claimExpiryReminders } from "~/models/certificate.server";
import { createInvitation, type Invitee } from "~/models/invitation.server";
import { enqueueEmail, enqueueSms } from "~/models/outbox.server";
import { listMemberAddresses } from "~/models/organisation.server";
import { normaliseEmail } from "~/models/user.server";
import type { Database } from "../../db/schema";
import type { MembershipRole, OrganisationKind } from "~/domain/organisation";
import { getDb } from "../utils/db.server";
import { resources } from "~/locales/resources.server";
import { asLocale, DEFAULT_LOCALE, i18nConfig, SUPPORTED_LOCALES, type Locale } from "../utils/i18n";
import { i18next } from "../utils/i18next.server";
import { checkRateLimits, LIMITS } from "./rate-limits.server";

// Every email the portal writes, besides the password reset, is composed here: the model makes the
// token, this file words the message, and the outbox sends it. A person without an email address
// (an account opened with a mobile number), or who chose text messages, gets a short text message
// instead or as well ({@link messagePerson}).

type Db = Kysely<Database>;

/** Who an account message goes to, and in which of the two languages. */
export type Recipient = {
  email: string | null;
  mobile?: string | null;
  notify_by_sms?: boolean;
  display_name?: string;
  preferred_locale: string | null;
};

/** The text message for an email: the portal's name, the subject and the first link of the body. */
export function smsText(t: TFunction, { subject, bodyText }: { subject: string; bodyText: string }): string {
  const link = /https?:\/\/\S+/.exec(bodyText)?.[0];
  return t("sms.message", { subject, link: link ?? "" }).trim();
}

/**
 * Sends one message to a person through the outbox: an email to their address if they have one,
 * and a text message to their mobile number when they chose text messages, or, for a message about
 * their account's security, whenever they have no address. `optional` marks alerts and application
 * notices, which they can also read on the site: those go by text only by choice. `sms` replaces the
 * usual text message (the subject and a link) where the person must learn more from the text itself.
 */
export async function messagePerson(
  db: Db,
  person: Recipient,
  { sms, ...message }: { subject: string; bodyText: string; headers?: Record<string, string>; sms?: string },
  { optional = false }: { optional?: boolean } = {},
) {
  if (person.email) await enqueueEmail(db, { to: person.email, ...message });
  if (person.mobile && (person.notify_by_sms || (!person.email && !optional))) {
    await enqueueSms(db, { to: person.mobile, text: sms ?? smsText(emailT(asLocale(person.preferred_locale)), message) });
  }
}

/** Queues a confirmation link for the user's address, in their own language. */
export async function sendVerificationEmail(
  db: Db,
  { user, origin }: { user: { id: number; email: string | null; display_name: string; preferred_locale: string | null }; origin: string },
) {
  // An account opened with a mobile number has no address to confirm: the code proved the number.
  if (!user.email) return;
  const token = await createEmailVerification(db, { userId: user.id, email: user.email });
  const t = await i18next.getFixedT(asLocale(user.preferred_locale) ?? DEFAULT_LOCALE);
  const link = `${origin}/verify-email/${token}`;
  await enqueueEmail(db, {
    to: user.email,
    subject: t("verifyEmail.emailSubject"),
    bodyText: t("verifyEmail.emailBody", { name: user.display_name, link }),
  });
}

/**
 * Invites someone to an organisation, by email or, for a mobile number, by text message. We don't
 * know their language yet, so the message is in both: Chinese first, then English, each whole.
 */
export async function sendInvitation(
  db: Db,
  {
    actorUserId,
    organisation,
    to,
    role,
    origin,
    partner,
  }: {
    actorUserId: number;
    organisation: { id: number; name_zh: string | null; name_en: string | null; kind: OrganisationKind };
    /** An email address, or a mobile number (11 digits) that gets a text message instead. */
    to: Invitee;
    role: MembershipRole;
    origin: string;
    /** The partner whose staff added this employer and invite its owner. */
    partner?: { name_zh: string | null; name_en: string | null };
  },
) {
  const token = await createInvitation(db, { actorUserId, organisationId: organisation.id, role, ...to });
  const link = `${origin}/invite/${token}`;
  const parts = await Promise.all(
    SUPPORTED_LOCALES.map(async (locale) => {
      const t = await i18next.getFixedT(locale);
      const named = (o: { name_zh: string | null; name_en: string | null }) => (locale === "en" ? o.name_en ?? o.name_zh : o.name_zh ?? o.name_en) ?? "";
      const values = { organisation: named(organisation), role: t(`account.roles.${role}`), link, partner: partner ? named(partner) : "" };
      // Partner staff are invited by a platform admin; an employer's colleagues by its own manager;
      // the owner of an employer that partner staff added, by that partner.
      const body = partner
        ? t("invite.emailBodyOnBehalf", values)
        : organisation.kind === "employer"
          ? t("invite.emailBodyEmployer", values)
          : t("invite.emailBody", values);
      return { subject: t("invite.emailSubject", values), body, sms: t(partner ? "sms.inviteOnBehalf" : "sms.invite", values) };
    }),
  );
  if (to.mobile !== undefined) {
    // Nobody knows the language of a number yet: both, Chinese first, as in the email; the link once.
    await enqueueSms(db, { to: to.mobile, text: `${parts.map((p) => p.sms).join(" ")} ${link}` });
    return;
  }
  await enqueueEmail(db, {
    to: normaliseEmail(to.email),
    subject: parts.map((p) => p.subject).join(" / "),
    bodyText: parts.map((p) => p.body).join("\n\n————————————————\n\n"),
  });
}

/**
 * "Send it again": a fresh confirmation link for a user who has not confirmed yet, limited per
 * account and per IP. Returns the 429 response to answer with when over the limit, otherwise null.
 */
export async function resendVerificationEmail(
  context: AppLoadContext,
  { user, origin }: { user: { id: number; email: string | null; display_name: string; preferred_locale: string | null }; origin: string },
) {
  const limited = await checkRateLimits(context, [
    { key: `verify-email:account:${user.id}`, limit: LIMITS.verifyEmailAccount },
    { key: `verify-email:ip:${context.clientIp}`, limit: LIMITS.verifyEmailIp },
  ]);
  if (limited) return limited;
  await sendVerificationEmail(getDb(), { user, origin });
  return null;
}

// Emails are written in the recipient's language, not the language of the person whose action
// sent them, so they need a translator that works outside a request.
const emailI18n = createInstance();
void emailI18n.init({ ...i18nConfig, resources, lng: DEFAULT_LOCALE, initImmediate: false });

/** A translator for an email to someone who reads `locale` (the default language when unknown). */
export function emailT(locale: Locale | null | undefined): TFunction {
  return emailI18n.getFixedT(locale ?? DEFAULT_LOCALE);
}

/** Queues one email to every member of an employer, each in their own language, in the caller's transaction. */
export async function emailEmployerMembers(
  db: Db,
  { employerId, compose }: { employerId: number; compose: (t: TFunction) => { subject: string; bodyText: string } },
) {
  const members = await listMemberAddresses(db, { organisationId: employerId });
  for (const member of members) {
    await messagePerson(db, member, compose(emailT(asLocale(member.preferred_locale))));
  }
  return members.length;
}

/**
 * Queues the expiry reminders due `days` before expiry, each to the employer's owners and
 * managers in their own language, in the transaction that marks them sent: a reminder is queued
 * exactly once. Returns the certificate numbers reminded.
 */
export async function sendExpiryReminders(db: Db, { days, origin }: { days: 60 | 14; origin: string }): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const due = await claimExpiryReminders(trx, { days });
    for (const certificate of due) {
      for (const recipient of certificate.recipients) {
        const t = emailT(asLocale(recipient.preferred_locale));
        const values = {
          name: recipient.display_name,
          number: certificate.number,
          level: t(`certificate.levels.${certificate.level}`),
          date: certificate.expires_on,
          days,
          link: `${origin}/employer/certification`,
        };
        await messagePerson(trx, recipient, {
          subject: t("certification.reminder.subject", values),
          bodyText: t("certification.reminder.body", values),
        });
      }
    }
    return due.map((certificate) => certificate.number);
  });
}


/** The page to reset a password from, named in every "if this wasn't you" email. */
const resetLink = (origin: string) => `${origin}/forgot-password`;

/** Queues the one-time code for a privileged account's first passkey, to its confirmed address. */
export async function sendEmailCode(db: Db, { user, code }: { user: Recipient; code: string }) {
  const t = emailT(asLocale(user.preferred_locale));
  await messagePerson(db, user, {
    subject: t("security.code.emailSubject", { code }),
    bodyText: t("security.code.emailBody", { name: user.display_name, code }),
  });
}

/** What happened to an account that its owner is told about by email. */
export type AccountNotice =
  | { kind: "passkey-added" | "passkey-removed"; passkey: string }
  | { kind: "passkeys-cleared"; count: number; reason: "confirmed" | "reset" | "invitation" | "admin" }
  | { kind: "password-changed" };

/**
 * Tells the owner, in their language, that a passkey was added or removed, all were cleared or the
 * password changed: if it was not them, the email says how to take the account back.
 */
export async function sendAccountNotice(db: Db, { user, notice, origin }: { user: Recipient; notice: AccountNotice; origin: string }) {
  const t = emailT(asLocale(user.preferred_locale));
  const values = { name: user.display_name, link: resetLink(origin) };
  const [subject, bodyText] =
    notice.kind === "passkey-added"
      ? [t("security.notices.passkeyAddedSubject"), t("security.notices.passkeyAddedBody", { ...values, passkey: notice.passkey })]
      : notice.kind === "passkey-removed"
        ? [t("security.notices.passkeyRemovedSubject"), t("security.notices.passkeyRemovedBody", { ...values, passkey: notice.passkey })]
        : notice.kind === "passkeys-cleared"
          ? [
              t("security.notices.passkeysClearedSubject"),
              t("security.notices.passkeysClearedBody", { ...values, count: notice.count, reason: t(`security.notices.reasons.${notice.reason}`) }),
            ]
          : [t("security.password.emailSubject"), t("security.password.emailBody", values)];
  await messagePerson(db, user, { subject, bodyText });
}

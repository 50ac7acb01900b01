import { sql, type Kysely } from "kysely";
import { createAuthToken } from "../app/models/auth-token.server";
import { upsertOpeningByRef } from "../app/models/opening.server";
import { databaseFileStore, saveFile } from "../app/models/stored-file.server";
import { applicationReference } from "../app/models/application.server";
import { chinaToday } from "../app/models/check-back.server";
import { ASSIST_PURPOSE } from "../app/models/assisted-application.server";
import { PASSPORT_PURPOSE } from "../app/models/passport.server";
import { seal } from "../app/utils/passport-crypto.server";
import { eventNeedsContext, eventNeedsPurpose } from "../app/domain/event";
import { EVENT_NEEDS_CONSENT_VERSION } from "../app/validation/events";
import { seedEvents } from "./seed-data/events";
import { hashPassword } from "../app/utils/password.server";
import { ASSIST_CONSENT_VERSION, PASSPORT_CONSENT_VERSION, type PassportContent } from "../app/validation/application";
import { applicantPassport, seedApplicants, seedApplications, seedHireStories, seekerPassport } from "./seed-data/applications";
import type { Database } from "./schema";
import { CERTIFICATE_LEVELS } from "../app/domain/certification";
import { DISABILITY_STATISTICS_PURPOSE, type DisabilityCategory } from "../app/domain/account";
import { COUNTING_CONSENT_VERSION } from "../app/validation/profile";
import { randomBytes } from "node:crypto";
import { seedSavedOpenings, seedSavedSearches } from "./seed-data/saved";
import { pastApplicantNames, pastOpenings } from "./seed-data/outcomes";
import { DEMO_ACCOUNTS, DEMO_MOBILE_ACCOUNT, DEMO_OFFLINE_SEEKER, DEMO_PASSWORD } from "./seed-data/accounts";
import {
  demoLicencePdf,
  seedCertificates,
  seedCriteria,
  seedCriteriaVersions,
  seedOpenings,
  seedOrganisations,
  seedReports,
  seedRevisions,
  seedVerificationRequests,
} from "./seed-data";

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Demo sign-ins, one per role: defined in seed-data/accounts.ts, which the tests read too. */
export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/**
 * Colleagues at the demo partners, so the admin area shows teams rather than lone accounts. They
 * have no password: nobody can sign in as them.
 */
export const DEMO_COLLEAGUES = [
  { email: "li.jing@demo.accesswork.example", displayName: "李静", org: "mingtu-employment-centre", role: "manager", recruiterTitle: null },
  { email: "zhao.xiaofeng@demo.accesswork.example", displayName: "赵晓峰", org: "guangshan-hexiang-employment-centre", role: "staff", recruiterTitle: null },
  { email: "he.yun@demo.accesswork.example", displayName: "He Yun", org: "tingsong-at-training-centre", role: "manager", recruiterTitle: null },
  // Brightline's two recruiters, each listed on its public page by their own choice, so a seeker
  // contacted by one of them can check the name.
  { email: "wang.fang@demo.accesswork.example", displayName: "王芳", org: "brightline-annotation", role: "member", recruiterTitle: "招聘专员" },
  { email: "zhang.lei@demo.accesswork.example", displayName: "张磊", org: "brightline-annotation", role: "member", recruiterTitle: "标注项目主管（负责面试）" },
] as const;

/** An invitation waiting to be accepted, as the admin area lists it; its link was never sent. */
export const DEMO_PENDING_INVITATION = { email: "zhou.lan@demo.accesswork.example", org: "guangshan-hexiang-employment-centre", role: "staff" } as const;

/** True when no organisation exists yet: the signal to seed demo data on first start. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("organisation").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return row.n === 0;
}

/**
 * Writes the demo organisations and openings. Idempotent: organisations are keyed by slug and
 * openings by `external_ref`, so running it again updates in place. Dates are relative to now.
 */
export async function seedDemoData(db: Kysely<Database>, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const idBySlug = new Map<string, number>();
    for (const { contact, ...seedOrg } of seedOrganisations) {
      const org = { ...seedOrg, ...contact, contacts_are_examples: contact !== undefined };
      const verifiedAt = org.verification_status === "verified" ? now : null;
      const row = await trx
        .insertInto("organisation")
        .values({ ...org, verified_at: verifiedAt })
        .onConflict((oc) => oc.column("slug").doUpdateSet({ ...org, updated_at: sql`now()` }))
        .returning(["id"])
        .executeTakeFirstOrThrow();
      idBySlug.set(org.slug, row.id);
    }

    const openingIdByRef = new Map<string, number>();
    for (const seed of seedOpenings) {
      const { ref, employer, partner, deadline_in_days, posted_days_ago, submitted_days_ago, review_note, ...fields } = seed;
      const employerId = idBySlug.get(employer);
      const partnerId = idBySlug.get(partner);
      if (employerId === undefined || partnerId === undefined) {
        throw new Error(`Seed opening ${ref} names an unknown organisation (${employer} / ${partner})`);
      }
      const published = fields.status === "published" || fields.status === "closed";
      const row = await upsertOpeningByRef(trx, {
        ...fields,
        external_ref: ref,
        employer_id: employerId,
        partner_id: partnerId,
        deadline: deadline_in_days === null ? null : isoDate(new Date(now.getTime() + deadline_in_days * DAY_MS)),
        published_at: published ? new Date(now.getTime() - posted_days_ago * DAY_MS) : null,
        submitted_at: submitted_days_ago === undefined ? null : new Date(now.getTime() - submitted_days_ago * DAY_MS),
        review_note: review_note ?? null,
      });
      openingIdByRef.set(ref, row.id);
    }
    const versionIdByLabel = await seedCriteriaScheme(trx, now);
    for (const cert of seedCertificates) {
      const employerId = idBySlug.get(cert.employer);
      const reviewerId = idBySlug.get(cert.reviewer);
      if (employerId === undefined || reviewerId === undefined) {
        throw new Error(`Seed certificate ${cert.number} names an unknown organisation (${cert.employer} / ${cert.reviewer})`);
      }
      const issued = new Date(now.getTime() - cert.issued_days_ago * DAY_MS);
      const expires = new Date(issued.getTime() + cert.valid_days * DAY_MS);
      const values = {
        employer_id: employerId,
        reviewer_organisation_id: reviewerId,
        level: cert.level,
        status: cert.status,
        criteria_version: cert.criteria_version,
        criteria_version_id: versionIdByLabel.get(cert.criteria_version) ?? null,
        areas_met: cert.areas_met,
        issued_on: isoDate(issued),
        expires_on: isoDate(expires),
      };
      const row = await trx
        .insertInto("certificate")
        .values({ number: cert.number, ...values })
        .onConflict((oc) => oc.column("number").doUpdateSet({ ...values, updated_at: sql`now()` }))
        .returning(["id"])
        .executeTakeFirstOrThrow();
      // The history is rebuilt from the seed each time, so re-running never duplicates it.
      await trx.deleteFrom("certificate_event").where("certificate_id", "=", row.id).execute();
      const events: { at: Date; status: typeof cert.status; reason_zh: string | null; reason_en: string | null }[] = [
        { at: issued, status: "valid", reason_zh: null, reason_en: null },
      ];
      if (cert.status === "expired") events.push({ at: expires, status: "expired", reason_zh: null, reason_en: null });
      if (cert.status_change) {
        const { days_ago, reason_zh, reason_en } = cert.status_change;
        events.push({ at: new Date(now.getTime() - days_ago * DAY_MS), status: cert.status, reason_zh, reason_en });
      }
      const successor = cert.superseded_by ? seedCertificates.find((later) => later.number === cert.superseded_by) : undefined;
      if (cert.superseded_by && !successor) throw new Error(`Seed certificate ${cert.number} is superseded by an unknown one (${cert.superseded_by})`);
      // Superseded on the day its successor was issued.
      if (successor) events.push({ at: new Date(now.getTime() - successor.issued_days_ago * DAY_MS), status: "superseded", reason_zh: null, reason_en: null });
      await trx
        .insertInto("certificate_event")
        .values(events.map((event) => ({ certificate_id: row.id, ...event })))
        .execute();
    }
    // Once every certificate exists: each superseded one points at its successor.
    for (const cert of seedCertificates) {
      if (!cert.superseded_by) continue;
      const successor = await trx.selectFrom("certificate").select("id").where("number", "=", cert.superseded_by).executeTakeFirstOrThrow();
      await trx.updateTable("certificate").set({ superseded_by_id: successor.id }).where("number", "=", cert.number).execute();
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let adminId: number | null = null;
    for (const account of DEMO_ACCOUNTS) {
      const user = await trx
        .insertInto("app_user")
        .values({
          email: account.email,
          password_hash: passwordHash,
          display_name: account.displayName,
          preferred_locale: account.locale,
          is_platform_admin: account.admin,
          email_verified_at: now,
        })
        .onConflict((oc) => oc.column("email").doUpdateSet({ display_name: account.displayName, is_platform_admin: account.admin }))
        .returning(["id"])
        .executeTakeFirstOrThrow();
      if (account.admin) adminId = user.id;
      const orgId = account.org ? idBySlug.get(account.org) : undefined;
      if (account.org && account.role && orgId !== undefined) {
        await trx
          .insertInto("membership")
          .values({ user_id: user.id, organisation_id: orgId, role: account.role, listed_as_recruiter: account.recruiterTitle !== null, recruiter_title: account.recruiterTitle })
          .onConflict((oc) =>
            oc.columns(["user_id", "organisation_id"]).doUpdateSet({ role: account.role, listed_as_recruiter: account.recruiterTitle !== null, recruiter_title: account.recruiterTitle }),
          )
          .execute();
      }
    }
    await trx
      .insertInto("app_user")
      .values({
        email: null,
        mobile: DEMO_MOBILE_ACCOUNT.mobile,
        mobile_verified_at: now,
        notify_by_sms: true,
        password_hash: passwordHash,
        display_name: DEMO_MOBILE_ACCOUNT.displayName,
        preferred_locale: DEMO_MOBILE_ACCOUNT.locale,
      })
      .onConflict((oc) => oc.column("mobile").doUpdateSet({ display_name: DEMO_MOBILE_ACCOUNT.displayName }))
      .execute();
    for (const colleague of DEMO_COLLEAGUES) {
      const user = await trx
        .insertInto("app_user")
        .values({ email: colleague.email, password_hash: null, display_name: colleague.displayName, preferred_locale: "zh-CN", email_verified_at: now })
        .onConflict((oc) => oc.column("email").doUpdateSet({ display_name: colleague.displayName }))
        .returning(["id"])
        .executeTakeFirstOrThrow();
      const orgId = idBySlug.get(colleague.org);
      if (orgId === undefined) throw new Error(`Demo colleague ${colleague.email} names an unknown organisation`);
      await trx
        .insertInto("membership")
        .values({
          user_id: user.id,
          organisation_id: orgId,
          role: colleague.role,
          listed_as_recruiter: colleague.recruiterTitle !== null,
          recruiter_title: colleague.recruiterTitle,
        })
        .onConflict((oc) =>
          oc.columns(["user_id", "organisation_id"]).doUpdateSet({ role: colleague.role, listed_as_recruiter: colleague.recruiterTitle !== null, recruiter_title: colleague.recruiterTitle }),
        )
        .execute();
    }

    // One fresh pending invitation; a second run replaces it rather than adding another.
    const invitedOrgId = idBySlug.get(DEMO_PENDING_INVITATION.org);
    if (invitedOrgId === undefined) throw new Error("The demo invitation names an unknown organisation");
    await trx.deleteFrom("auth_token").where("purpose", "=", "invite").where("email", "=", DEMO_PENDING_INVITATION.email).execute();
    await createAuthToken(trx, {
      purpose: "invite",
      userId: null,
      email: DEMO_PENDING_INVITATION.email,
      ttlMinutes: 7 * 24 * 60,
      payload: { organisationId: invitedOrgId, role: DEMO_PENDING_INVITATION.role, invitedBy: adminId },
    });

    await seedPartnerWork(trx, { now, openingIdByRef });
    await seedSavedItems(trx, { now, openingIdByRef });
    for (const waiting of DEMO_WAITING_APPLICATIONS) await seedWaitingApplication(trx, { now, idBySlug, versionId: versionIdByLabel.get("2026.1"), waiting });
    await seedApplicationWork(trx, { now, openingIdByRef });
    await seedHires(trx, { now, openingIdByRef });
    await seedOfflineSeeker(trx, { now, idBySlug });
    await seedPastYear(trx, { now, idBySlug });
    await seedVerifications(trx, { now, idBySlug });
    await seedLiveEvents(trx, { now, idBySlug, openingIdByRef });
    return {
      organisations: seedOrganisations.length,
      openings: seedOpenings.length,
      certificates: seedCertificates.length,
      accounts: DEMO_ACCOUNTS.length,
    };
  });
}

/**
 * The demo's live recruitment events (db/seed-data/events.ts). Each is added only when its partner
 * has no event of that title yet, so a second run never duplicates one or undoes a registration.
 */
async function seedLiveEvents(
  trx: Kysely<Database>,
  { now, idBySlug, openingIdByRef }: { now: Date; idBySlug: Map<string, number>; openingIdByRef: Map<string, number> },
) {
  for (const seed of seedEvents) {
    const partnerId = idBySlug.get(seed.partner);
    if (partnerId === undefined) throw new Error(`Seed event "${seed.title_en}" names an unknown partner`);
    const existing = await trx.selectFrom("live_event").select("id").where("partner_id", "=", partnerId).where("title_zh", "=", seed.title_zh).executeTakeFirst();
    if (existing) continue;
    // At the China time of day given, or (the event on now) on the half hour, as an organiser would set it.
    const halfHour = 30 * 60_000;
    const around = now.getTime() + seed.starts_in_minutes * 60_000;
    const startsAt = seed.china_time
      ? new Date(`${new Date(around + 8 * 3_600_000).toISOString().slice(0, 10)}T${seed.china_time}:00+08:00`)
      : new Date(Math.floor(around / halfHour) * halfHour);
    const { id } = await trx
      .insertInto("live_event")
      .values({
        partner_id: partnerId,
        title_zh: seed.title_zh,
        title_en: seed.title_en,
        description_zh: seed.description_zh,
        description_en: seed.description_en,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + seed.minutes * 60_000),
        stream_url: seed.stream_url,
        replay_url: seed.replay_url,
        provisions: seed.provisions,
        qa_moderation: seed.qa_moderation,
        ...(seed.venue
          ? {
              attendance: "mixed" as const,
              venue_name_zh: seed.venue.name_zh,
              venue_name_en: seed.venue.name_en,
              venue_address_zh: seed.venue.address_zh,
              venue_address_en: seed.venue.address_en,
              venue_access_zh: seed.venue.access_zh,
              venue_access_en: seed.venue.access_en,
            }
          : {}),
        created_at: new Date(startsAt.getTime() - 14 * DAY_MS),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const employerIds = seed.employers.map((slug) => idBySlug.get(slug));
    const openingIds = seed.openings.map((ref) => openingIdByRef.get(ref));
    if (employerIds.includes(undefined) || openingIds.includes(undefined)) throw new Error(`Seed event "${seed.title_en}" names an unknown employer or opening`);
    if (employerIds.length > 0) await trx.insertInto("live_event_employer").values(employerIds.map((employer_id) => ({ event_id: id, employer_id: employer_id as number }))).execute();
    if (openingIds.length > 0) await trx.insertInto("live_event_opening").values(openingIds.map((opening_id) => ({ event_id: id, opening_id: opening_id as number }))).execute();
    for (const [index, caption] of seed.captions.entries()) {
      await trx
        .insertInto("live_event_update")
        .values({ event_id: id, kind: "caption", body: caption.text, opening_id: null, created_at: new Date(startsAt.getTime() + caption.minutes * 60_000 + index) })
        .execute();
    }
    if (seed.pinned) {
      const openingId = openingIdByRef.get(seed.pinned);
      if (openingId === undefined) throw new Error(`Seed event "${seed.title_en}" pins an unknown opening`);
      await trx.insertInto("live_event_update").values({ event_id: id, kind: "pin", body: null, opening_id: openingId, created_at: new Date(startsAt.getTime() + 3 * 60_000) }).execute();
    }
    for (const question of seed.questions) {
      const asker = await trx.selectFrom("app_user").select("id").where("mobile", "=", question.account).executeTakeFirstOrThrow();
      const askedAt = new Date(startsAt.getTime() + question.minutes * 60_000);
      const { id: questionId } = await trx
        .insertInto("live_event_question")
        .values({ event_id: id, user_id: asker.id, body: question.body, anonymous: question.anonymous, status: "published", moderated_at: askedAt, created_at: askedAt })
        .returning("id")
        .executeTakeFirstOrThrow();
      const answeredAt = new Date(askedAt.getTime() + 2 * 60_000);
      if (question.answer.by === "organiser") {
        await trx.insertInto("live_event_answer").values({ question_id: questionId, user_id: null, employer_id: null, body: question.answer.body, created_at: answeredAt }).execute();
      } else {
        const recruiter = await trx
          .selectFrom("app_user as u")
          .innerJoin("membership as m", "m.user_id", "u.id")
          .select(["u.id", "m.organisation_id"])
          .where("u.email", "=", question.answer.by)
          .where("m.listed_as_recruiter", "=", true)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("live_event_answer")
          .values({ question_id: questionId, user_id: recruiter.id, employer_id: recruiter.organisation_id, body: question.answer.body, created_at: answeredAt })
          .execute();
      }
    }
    for (const helper of seed.helpers) {
      const user = await trx.selectFrom("app_user").select("id").where("email", "=", helper.account).executeTakeFirstOrThrow();
      await trx.insertInto("live_event_helper").values({ event_id: id, user_id: user.id, role: helper.role, invited_by_user_id: null, created_at: new Date(startsAt.getTime() - 3 * DAY_MS) }).execute();
    }
    for (const registration of seed.registrations) {
      const user = await trx.selectFrom("app_user").select("id").where("mobile", "=", registration.account).executeTakeFirstOrThrow();
      const sealed = registration.needs ? seal(JSON.stringify(registration.needs), eventNeedsContext(id, user.id)) : null;
      await trx
        .insertInto("live_event_registration")
        .values({
          event_id: id,
          user_id: user.id,
          needs_key_id: sealed?.key_id ?? null,
          needs_iv: sealed?.iv ?? null,
          needs_auth_tag: sealed?.auth_tag ?? null,
          needs_ciphertext: sealed?.ciphertext ?? null,
          registered_at: new Date(now.getTime() - 2 * DAY_MS),
        })
        .execute();
      if (registration.needs) {
        await trx
          .insertInto("consent")
          .values({ user_id: user.id, purpose: eventNeedsPurpose(id), partner_id: partnerId, text_version: EVENT_NEEDS_CONSENT_VERSION, given_at: new Date(now.getTime() - 2 * DAY_MS) })
          .execute();
      }
    }
  }
}

/**
 * Employers waiting for a partner to check their licence, each with a generated PDF. Added only
 * when the employer has no request yet, so the seed stays idempotent and never undoes a decision
 * someone made in the demo.
 */
async function seedVerifications(trx: Kysely<Database>, { now, idBySlug }: { now: Date; idBySlug: Map<string, number> }) {
  for (const seed of seedVerificationRequests) {
    const employerId = idBySlug.get(seed.employer);
    const partnerId = idBySlug.get(seed.partner);
    if (employerId === undefined || partnerId === undefined) throw new Error(`Seed verification names an unknown organisation (${seed.employer})`);
    const existing = await trx.selectFrom("employer_verification").select("id").where("employer_id", "=", employerId).limit(1).execute();
    if (existing.length > 0) continue;
    const file = await saveFile(trx, databaseFileStore, {
      purpose: "business_licence",
      originalName: seed.file_name,
      contentType: "application/pdf",
      bytes: demoLicencePdf(seed.lines),
      uploadedByUserId: null,
    });
    await trx
      .insertInto("employer_verification")
      .values({
        employer_id: employerId,
        partner_id: partnerId,
        licence_file_id: file.id,
        credit_code: seed.credit_code,
        note: seed.note,
        submitted_at: new Date(now.getTime() - seed.days_ago * DAY_MS),
        status: seed.status,
        decided_at: seed.decided_days_ago === null ? null : new Date(now.getTime() - seed.decided_days_ago * DAY_MS),
      })
      .execute();
    // An approved request leaves the employer as the seed wrote it (verified, with its code).
    if (seed.status === "pending") await trx.updateTable("organisation").set({ verification_status: "pending" }).where("id", "=", employerId).execute();
  }
}

/**
 * The demo staff account's queue: reports from the public, and the history of the openings that
 * went through review. Added only where an opening has none yet, so running the seed again (or
 * after people have used the demo) never duplicates them.
 */
async function seedPartnerWork(
  trx: Kysely<Database>,
  { now, openingIdByRef }: { now: Date; openingIdByRef: Map<string, number> },
) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const accounts = await trx
    .selectFrom("app_user")
    .select(["id", "email"])
    .where("email", "in", DEMO_ACCOUNTS.map((account) => account.email))
    .execute();
  const userId = (email: string) => {
    const id = accounts.find((account) => account.email === email)?.id;
    if (id === undefined) throw new Error(`Seed history names an unknown demo account (${email})`);
    return id;
  };
  const openingId = (ref: string) => {
    const id = openingIdByRef.get(ref);
    if (id === undefined) throw new Error(`Seed data names an unknown opening (${ref})`);
    return id;
  };

  for (const ref of new Set(seedRevisions.map((revision) => revision.opening))) {
    const id = openingId(ref);
    const existing = await trx.selectFrom("opening_revision").select("id").where("opening_id", "=", id).limit(1).execute();
    if (existing.length > 0) continue;
    await trx
      .insertInto("opening_revision")
      .values(
        seedRevisions
          .filter((revision) => revision.opening === ref)
          .map((revision) => ({
            opening_id: id,
            at: ago(revision.days_ago),
            actor_user_id: userId(revision.actor),
            action: revision.action,
            reason: revision.reason ?? null,
          })),
      )
      .execute();
  }

  const staffId = userId("staff@demo.accesswork.example");
  for (const report of seedReports) {
    const id = openingId(report.opening);
    const existing = await trx.selectFrom("opening_report").select("id").where("opening_id", "=", id).limit(1).execute();
    if (existing.length > 0) continue;
    await trx
      .insertInto("opening_report")
      .values({
        opening_id: id,
        reason: report.reason,
        details: report.details,
        locale: report.locale,
        contact_email: report.contact_email,
        created_at: ago(report.days_ago),
        ...(report.decision
          ? {
              status: report.decision.status,
              decided_at: ago(report.decision.days_ago),
              decided_by_user_id: staffId,
              decision_reason: report.decision.reason,
            }
          : {}),
      })
      .execute();
  }
}

/** The demo seeker's saved openings and searches; only added while the seeker has none. */
async function seedSavedItems(trx: Kysely<Database>, { now, openingIdByRef }: { now: Date; openingIdByRef: Map<string, number> }) {
  const seeker = await trx.selectFrom("app_user").select("id").where("email", "=", "seeker@demo.accesswork.example").executeTakeFirstOrThrow();
  const hasSearches = await trx.selectFrom("saved_search").select("id").where("user_id", "=", seeker.id).limit(1).execute();
  if (hasSearches.length > 0) return;
  for (const [index, ref] of seedSavedOpenings.entries()) {
    const openingId = openingIdByRef.get(ref);
    if (openingId === undefined) throw new Error(`Seed saved opening names an unknown opening (${ref})`);
    await trx
      .insertInto("saved_opening")
      .values({ user_id: seeker.id, opening_id: openingId, saved_at: new Date(now.getTime() - (index + 1) * DAY_MS) })
      .onConflict((oc) => oc.columns(["user_id", "opening_id"]).doNothing())
      .execute();
  }
  for (const search of seedSavedSearches) {
    await trx
      .insertInto("saved_search")
      .values({
        user_id: seeker.id,
        name: search.name,
        query: search.query,
        feed_token: randomBytes(24).toString("base64url"),
        unsubscribe_token: randomBytes(24).toString("base64url"),
        last_digest_at: new Date(now.getTime() - search.last_digest_days_ago * DAY_MS),
      })
      .execute();
  }
}

/**
 * The certification criteria: each seeded version with the same criteria set. Versions are keyed by
 * label; one that already exists is left exactly as it is (published criteria never change).
 */
async function seedCriteriaScheme(trx: Kysely<Database>, now: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const version of seedCriteriaVersions) {
    const existing = await trx.selectFrom("criteria_version").select("id").where("label", "=", version.label).executeTakeFirst();
    if (existing) {
      ids.set(version.label, existing.id);
      continue;
    }
    // Retired first, so the one-published-version index never sees two at once.
    if (version.status === "published") {
      await trx.updateTable("criteria_version").set({ status: "retired" }).where("status", "=", "published").execute();
    }
    const row = await trx
      .insertInto("criteria_version")
      .values({ label: version.label, status: version.status, published_at: new Date(now.getTime() - version.published_days_ago * DAY_MS) })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("criterion")
      .values(seedCriteria.map((criterion, index) => ({ ...criterion, version_id: row.id, position: index })))
      .execute();
    ids.set(version.label, row.id);
  }
  return ids;
}

/** A minimal one-page PDF standing in for a scanned policy. */
const DEMO_EVIDENCE_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/**
 * Certification applications waiting for review in the demo, each sent to the partner the employer
 * chose (docs/decisions/012): one for the demo staff account's partner (明途) to take; an Inclusion
 * Leader application that the second partner's demo account (孙悦, 和祥) is reviewing, for 明途 to
 * give the second review and with outcomes counted from real check-backs; and one waiting for 和祥
 * to take, which 明途 may not see.
 */
export const DEMO_WAITING_APPLICATIONS = [
  { employer: "celadon-lane-ecommerce", short: "青瓷巷电商（示例）", level: "accessible_employer", partner: "mingtu-employment-centre", reviewer: null, submitted_days_ago: 3 },
  { employer: "anyu-customer-service", short: "安语云客服（示例）", level: "inclusion_leader", partner: "guangshan-hexiang-employment-centre", reviewer: "reviewer@demo.accesswork.example", submitted_days_ago: 6 },
  { employer: "qingqu-content", short: "清渠内容（示例）", level: "committed", partner: "guangshan-hexiang-employment-centre", reviewer: null, submitted_days_ago: 1 },
] as const;

/**
 * One application waiting for review, fully answered up to its level with written evidence, so
 * the review queues have real work. Added only if the employer has none yet.
 */
async function seedWaitingApplication(
  trx: Kysely<Database>,
  {
    now,
    idBySlug,
    versionId,
    waiting,
  }: { now: Date; idBySlug: Map<string, number>; versionId: number | undefined; waiting: (typeof DEMO_WAITING_APPLICATIONS)[number] },
) {
  const employerId = idBySlug.get(waiting.employer);
  const partnerId = idBySlug.get(waiting.partner);
  if (employerId === undefined || partnerId === undefined || versionId === undefined) {
    throw new Error(`A waiting demo application names an unknown employer, partner or version (${waiting.employer})`);
  }
  const existing = await trx.selectFrom("certification_application").select("id").where("employer_id", "=", employerId).executeTakeFirst();
  if (existing) return;
  const reviewer = waiting.reviewer ? await trx.selectFrom("app_user").select("id").where("email", "=", waiting.reviewer).executeTakeFirstOrThrow() : null;
  const submittedAt = new Date(now.getTime() - waiting.submitted_days_ago * DAY_MS);
  const application = await trx
    .insertInto("certification_application")
    .values({
      employer_id: employerId,
      version_id: versionId,
      target_level: waiting.level,
      status: "under_review",
      reviewing_partner_id: partnerId,
      reviewer_user_id: reviewer?.id ?? null,
      reviewer_organisation_id: reviewer ? partnerId : null,
      submitted_at: submittedAt,
      created_at: new Date(submittedAt.getTime() - 2 * DAY_MS),
      updated_at: submittedAt,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  const levels = CERTIFICATE_LEVELS.slice(0, CERTIFICATE_LEVELS.indexOf(waiting.level) + 1);
  const criteria = await trx
    .selectFrom("criterion")
    .select(["id", "code", "level"])
    .where("version_id", "=", versionId)
    .where("level", "in", levels)
    .execute();
  // One piece of evidence as an uploaded file, so the reviewer's download (and who may not) can be seen.
  const policy = await saveFile(trx, databaseFileStore, {
    purpose: "evidence",
    originalName: `${waiting.short.replace(/（示例）$/, "").replace(/电商$/, "")}-${waiting.level === "committed" ? "无障碍招聘流程" : "合理便利申请流程"}（示例）.pdf`,
    contentType: "application/pdf",
    bytes: DEMO_EVIDENCE_PDF,
    uploadedByUserId: null,
  });
  await trx
    .insertInto("certification_answer")
    .values(
      criteria.map((criterion) => ({
        evidence_file_id: criterion.code === (waiting.level === "committed" ? "R1" : "A1") ? policy.id : null,
        // And one as a link (to a reserved .example address), which reviewers follow through the portal.
        evidence_url: criterion.code === "R2" ? `https://${waiting.employer}.example/careers/accessible-applying` : null,
        application_id: application.id,
        criterion_id: criterion.id,
        // One honest "not yet" from the Accessible Employer applicant: its work tools have not been screen-reader tested.
        answer: criterion.code === "D2" && waiting.level === "accessible_employer" ? ("no" as const) : ("yes" as const),
        evidence_text:
          criterion.code === "D2" && waiting.level === "accessible_employer"
            ? null
            : `${waiting.short}对 ${criterion.code} 的说明：制度文件和执行记录见附件清单，可应审核人员要求提供原件。`,
      })),
    )
    .execute();
  await trx
    .insertInto("audit_log")
    .values([
      { at: new Date(submittedAt.getTime() - 2 * DAY_MS), actor_user_id: null, action: "certification.started", target_type: "certification_application", target_id: String(application.id), details: {} },
      { at: submittedAt, actor_user_id: null, action: "certification.submitted", target_type: "certification_application", target_id: String(application.id), details: {} },
      ...(reviewer
        ? [
            {
              at: new Date(submittedAt.getTime() + DAY_MS),
              actor_user_id: reviewer.id,
              action: "certification.assigned",
              target_type: "certification_application",
              target_id: String(application.id),
              details: {},
            },
          ]
        : []),
    ])
    .execute();
}

/**
 * A job seeker the demo staff member (王明, 明途) registered when she came into the office: her
 * account has her mobile number and no password yet (she claims it by signing up with that number),
 * her permission was signed on paper, and the caseload has a note with the next step (issue 19, item 5).
 */
async function seedOfflineSeeker(trx: Kysely<Database>, { now, idBySlug }: { now: Date; idBySlug: Map<string, number> }) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const partnerId = idBySlug.get(DEMO_ACCOUNTS[1].org);
  if (partnerId === undefined) throw new Error("The demo staff account's partner is not seeded");
  const staff = await trx.selectFrom("app_user").select("id").where("email", "=", DEMO_ACCOUNTS[1].email).executeTakeFirstOrThrow();
  const person = await trx
    .insertInto("app_user")
    .values({
      email: null,
      mobile: DEMO_OFFLINE_SEEKER.mobile,
      password_hash: null,
      display_name: DEMO_OFFLINE_SEEKER.displayName,
      preferred_work: DEMO_OFFLINE_SEEKER.preferredWork,
      preferred_locale: "zh-CN",
      notify_by_sms: true,
      registered_by_partner_id: partnerId,
      created_at: ago(12),
    })
    .onConflict((oc) => oc.column("mobile").doNothing())
    .returning(["id"])
    .executeTakeFirst();
  if (!person) return;
  // The signed form, scanned at the office (a stand-in PDF: the built-in fonts have no Chinese).
  const scan = await saveFile(trx, databaseFileStore, {
    purpose: "consent_scan",
    originalName: "张桂兰-代为申请同意书.pdf",
    contentType: "application/pdf",
    bytes: demoLicencePdf(
      ["Permission for staff to apply on her behalf", "Signed on paper at the employment centre", "Name: Zhang Guilan", "Filed in cabinet 2026-031"],
      "CONSENT FORM, SIGNED - DEMO ONLY",
    ),
    uploadedByUserId: staff.id,
  });
  await trx
    .insertInto("consent")
    .values({
      user_id: person.id,
      purpose: "assisted_application",
      scan_file_id: scan.id,
      text_version: "assist-2026-11",
      partner_id: partnerId,
      given_at: ago(12),
      recorded_how: "paper",
      recorded_by: staff.id,
      recorded_note: "纸质同意书存放在服务中心档案柜 2026-031 号（示例）",
    })
    .execute();
  await trx
    .insertInto("caseload_note")
    .values({
      partner_id: partnerId,
      seeker_user_id: person.id,
      author_user_id: staff.id,
      body: "来中心咨询居家工作。低视力，用手机放大功能和读屏，不方便长时间看小字。做过三年淘宝客服，打字快。希望每天工作不超过 6 小时。",
      next_step: "帮她挑两个可以用读屏的居家客服职位，电话里读给她听，她同意后代为申请",
      next_step_due: new Date(now.getTime() + 3 * DAY_MS).toISOString().slice(0, 10),
      created_at: ago(12),
    })
    .execute();
}

/**
 * People the demo Inclusion Leader employer (安语) hired through the portal, and the 6-month
 * check-backs its partner (明途) made, so the reviewer's outcome figures are counted from real
 * records: two still employed, one who left, one not reached, one due for a check-back in the demo
 * staff account's list, and one hired too recently. Added only for hires not seeded yet.
 */
async function seedHires(trx: Kysely<Database>, { now, openingIdByRef }: { now: Date; openingIdByRef: Map<string, number> }) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const staff = await trx.selectFrom("app_user").select("id").where("email", "=", DEMO_ACCOUNTS[1].email).executeTakeFirstOrThrow();
  for (const seed of seedHireStories) {
    const openingId = openingIdByRef.get(seed.opening);
    if (openingId === undefined) throw new Error(`A seeded hire names an unknown opening (${seed.opening})`);
    const person = await trx
      .insertInto("app_user")
      .values({ email: seed.email, password_hash: null, display_name: seed.name, preferred_locale: "zh-CN", email_verified_at: ago(seed.hired_days_ago + 20) })
      .onConflict((oc) => oc.column("email").doUpdateSet({ display_name: seed.name }))
      .returning(["id"])
      .executeTakeFirstOrThrow();
    const exists = await trx.selectFrom("application").select("id").where("seeker_user_id", "=", person.id).where("opening_id", "=", openingId).executeTakeFirst();
    if (exists) continue;
    const sent = ago(seed.hired_days_ago + 18);
    const row = await trx
      .insertInto("application")
      .values({
        opening_id: openingId,
        seeker_user_id: person.id,
        status: "hired",
        contact_name: seed.name,
        contact_phone: seed.phone,
        experience: seed.experience,
        message: seed.message,
        idempotency_key: `seed-hire-${seed.opening}-${person.id}`,
        created_at: sent,
        updated_at: ago(seed.hired_days_ago),
        submitted_at: sent,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await trx.updateTable("application").set({ reference: applicationReference(row.id, sent) }).where("id", "=", row.id).execute();
    const steps = [
      { at: sent, side: "seeker" as const, status: "submitted" as const, actor: person.id },
      { at: ago(seed.hired_days_ago + 16), side: "organisation" as const, status: "viewed" as const, actor: staff.id },
      { at: ago(seed.hired_days_ago + 10), side: "organisation" as const, status: "interview" as const, actor: staff.id },
      { at: ago(seed.hired_days_ago), side: "organisation" as const, status: "hired" as const, actor: staff.id },
    ];
    await trx
      .insertInto("application_event")
      .values(steps.map((step) => ({ application_id: row.id, at: step.at, actor_user_id: step.actor, side: step.side, kind: "status" as const, status: step.status })))
      .execute();
    if (seed.check_back) {
      // The date in China, as the hire date is read (check-back.server.ts): from 16:00 UTC the UTC
      // date is a day behind, and a check 6 months after the hire would count as too early.
      const checkedOn = chinaToday(ago(seed.hired_days_ago - seed.check_back.days_after_hire));
      const opening = await trx.selectFrom("opening").select("partner_id").where("id", "=", openingId).executeTakeFirstOrThrow();
      await trx
        .insertInto("employment_check_back")
        .values({
          application_id: row.id,
          outcome: seed.check_back.outcome,
          checked_on: checkedOn,
          partner_id: opening.partner_id,
          recorded_by_user_id: staff.id,
          recorded_at: ago(seed.hired_days_ago - seed.check_back.days_after_hire),
        })
        .execute();
      await trx
        .insertInto("audit_log")
        .values({
          at: ago(seed.hired_days_ago - seed.check_back.days_after_hire),
          actor_user_id: staff.id,
          action: "check_back.recorded",
          target_type: "application",
          target_id: String(row.id),
          details: { outcome: seed.check_back.outcome, checkedOn, openingId },
        })
        .execute();
    }
  }
}

/**
 * A year of the demo partners' work for the statistics pages: past openings, now closed, and for
 * each the people who applied, were viewed, interviewed, hired or not selected, with a 6-month
 * check-back on every hire that is old enough (so none is left "due" in the demo staff's list).
 * Dates are spread evenly over each opening's weeks of taking applications. Added only once.
 */
async function seedPastYear(trx: Kysely<Database>, { now, idBySlug }: { now: Date; idBySlug: Map<string, number> }) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const staff = await trx.selectFrom("app_user").select("id").where("email", "=", DEMO_ACCOUNTS[1].email).executeTakeFirstOrThrow();
  const mingtu = idBySlug.get(DEMO_ACCOUNTS[1].org);
  const people: number[] = [];
  for (const [i, name] of pastApplicantNames.entries()) {
    const email = `past-applicant-${String(i + 1).padStart(2, "0")}@demo.accesswork.example`;
    const row = await trx
      .insertInto("app_user")
      .values({ email, password_hash: null, display_name: name, preferred_locale: "zh-CN", email_verified_at: at(400) })
      .onConflict((oc) => oc.column("email").doUpdateSet({ display_name: name }))
      .returning("id")
      .executeTakeFirstOrThrow();
    people.push(row.id);
    // Three in four chose to be counted by disability category (/account/counting), with its consent.
    const category = PAST_APPLICANT_CATEGORIES[i % PAST_APPLICANT_CATEGORIES.length];
    if (category) {
      const counted = await trx
        .insertInto("disability_category")
        .values({ user_id: row.id, category, recorded_at: at(400) })
        .onConflict((oc) => oc.column("user_id").doNothing())
        .returning("user_id")
        .executeTakeFirst();
      if (counted) {
        await trx.insertInto("consent").values({ user_id: row.id, purpose: DISABILITY_STATISTICS_PURPOSE, text_version: COUNTING_CONSENT_VERSION, given_at: at(400) }).execute();
      }
    }
  }
  let next = 0;
  for (const past of pastOpenings) {
    const { ref, employer, partner, posted_days_ago, open_days, applicants, interviews, hires, still_employed, ...fields } = past;
    const employerId = idBySlug.get(employer);
    const partnerId = idBySlug.get(partner);
    if (employerId === undefined || partnerId === undefined) throw new Error(`Past opening ${ref} names an unknown organisation`);
    const opening = await upsertOpeningByRef(trx, {
      ...PAST_OPENING_PROFILE,
      screen_reader_tools: ["NVDA", "争渡读屏"],
      ...fields,
      remote_anywhere: fields.work_arrangement === "remote" && fields.province === null,
      external_ref: ref,
      employer_id: employerId,
      partner_id: partnerId,
      status: "closed",
      published_at: at(posted_days_ago),
      deadline: isoDate(at(posted_days_ago - open_days)),
    });
    const done = await trx.selectFrom("application").select("id").where("idempotency_key", "=", `seed-past-${ref}-0`).executeTakeFirst();
    if (done) continue;
    // Events by the posting partner's staff when that is the demo staff account's partner.
    const actor = partnerId === mingtu ? staff.id : null;
    for (let i = 0; i < applicants; i++) {
      const seeker = people[next++ % people.length] ?? people[0];
      if (seeker === undefined) throw new Error("no past applicants");
      const sentDaysAgo = posted_days_ago - (open_days * (i + 0.5)) / applicants;
      const steps: { daysAgo: number; status: "submitted" | "viewed" | "interview" | "hired" | "not_selected" }[] = [
        { daysAgo: sentDaysAgo, status: "submitted" as const },
        { daysAgo: sentDaysAgo - 2, status: "viewed" as const },
        ...(i < interviews ? [{ daysAgo: sentDaysAgo - 7, status: "interview" as const }] : []),
        { daysAgo: sentDaysAgo - (i < interviews ? 15 : 10), status: i < hires ? ("hired" as const) : ("not_selected" as const) },
      ].filter((step) => step.daysAgo > 0);
      const last = steps.at(-1)?.status ?? "submitted";
      const row = await trx
        .insertInto("application")
        .values({
          opening_id: opening.id,
          seeker_user_id: seeker,
          status: last,
          contact_name: pastApplicantNames[(next - 1) % pastApplicantNames.length] ?? "",
          experience: "做过相关工作，会用读屏软件和常用办公软件。",
          message: "您好，我对这个职位很感兴趣，希望有机会面试。",
          idempotency_key: `seed-past-${ref}-${i}`,
          created_at: at(sentDaysAgo),
          updated_at: at(steps.at(-1)?.daysAgo ?? sentDaysAgo),
          submitted_at: at(sentDaysAgo),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.updateTable("application").set({ reference: applicationReference(row.id, at(sentDaysAgo)) }).where("id", "=", row.id).execute();
      await trx
        .insertInto("application_event")
        .values(
          steps.map((step) => ({
            application_id: row.id,
            at: at(step.daysAgo),
            actor_user_id: step.status === "submitted" ? seeker : actor,
            side: step.status === "submitted" ? ("seeker" as const) : ("organisation" as const),
            kind: "status" as const,
            status: step.status,
          })),
        )
        .execute();
      // The check-back 6 months (and a few days) after the hire, once that day has come.
      const hired = steps.find((step) => step.status === "hired");
      if (hired) {
        const hiredOn = chinaToday(at(hired.daysAgo));
        const due = new Date(`${hiredOn}T00:00:00Z`);
        due.setUTCMonth(due.getUTCMonth() + 6);
        due.setUTCDate(due.getUTCDate() + 3);
        const checkedOn = isoDate(due);
        if (checkedOn <= chinaToday(now)) {
          await trx
            .insertInto("employment_check_back")
            .values({
              application_id: row.id,
              outcome: i < still_employed ? "employed" : "not_employed",
              checked_on: checkedOn,
              partner_id: partnerId,
              recorded_by_user_id: actor,
              recorded_at: due,
            })
            .execute();
        }
      }
    }
  }
}

/**
 * The disability categories the past applicants said, in turn (null: did not choose to be counted).
 * Physical, visual and hearing disabilities are the most common among registered disabled people.
 */
const PAST_APPLICANT_CATEGORIES: (DisabilityCategory | null)[] = ["physical", "visual", null, "hearing", "physical", "psychosocial", "visual", null, "physical", "hearing", "speech", null, "physical", "visual", "multiple", null];

/** The access profile every past opening shares (each sets its own place, form and pay). */
const PAST_OPENING_PROFILE = {
  description_zh: null,
  description_en: null,
  how_to_apply_zh: null,
  how_to_apply_en: null,
  hours_min: 10,
  hours_max: 40,
  schedule: "flexible",
  text_only_possible: true,
  phone_required: false,
  camera_required: false,
  sign_language_support: false,
  captioned_meetings: false,
  screen_reader_tested: true,
  assistive_devices_provided: false,
  step_free_workplace: true,
  quiet_space: false,
  training_provided: true,
  mentor_support: true,
  trial_period: false,
  social_insurance: false,
  medical_insurance: false,
  housing_fund: false,
} as const;

/**
 * The demo seeker's passport and applications in several states, and the demo employer's inbox
 * (two more applicants, one sharing a passport). Added only for people who have no applications
 * yet, so running the seed again never duplicates them.
 */
async function seedApplicationWork(trx: Kysely<Database>, { now, openingIdByRef }: { now: Date; openingIdByRef: Map<string, number> }) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const ids = new Map<string, number>();
  const seeker = await trx.selectFrom("app_user").select(["id"]).where("email", "=", DEMO_ACCOUNTS[0].email).executeTakeFirstOrThrow();
  ids.set("seeker", seeker.id);
  for (const applicant of seedApplicants) {
    const row = await trx
      .insertInto("app_user")
      .values({ email: applicant.email, password_hash: null, display_name: applicant.displayName, preferred_locale: applicant.locale, email_verified_at: now })
      .onConflict((oc) => oc.column("email").doUpdateSet({ display_name: applicant.displayName }))
      .returning(["id"])
      .executeTakeFirstOrThrow();
    ids.set(applicant.email, row.id);
  }
  const organisationSide = await trx.selectFrom("app_user").select(["id"]).where("email", "=", DEMO_ACCOUNTS[2].email).executeTakeFirstOrThrow();

  const passports: [string, PassportContent][] = [
    ["seeker", seekerPassport],
    [seedApplicants[1].email, applicantPassport],
  ];
  for (const [who, content] of passports) {
    const userId = ids.get(who);
    if (userId === undefined) continue;
    const existing = await trx.selectFrom("accommodation_passport").select("user_id").where("user_id", "=", userId).executeTakeFirst();
    if (existing) continue;
    await trx.insertInto("consent").values({ user_id: userId, purpose: PASSPORT_PURPOSE, text_version: PASSPORT_CONSENT_VERSION, given_at: ago(7) }).execute();
    await trx.insertInto("accommodation_passport").values({ user_id: userId, ...seal(JSON.stringify(content), `passport:${userId}`) }).execute();
  }

  // The demo seeker lets the demo staff's partner apply for them, so "Apply for a job seeker" has someone to list.
  const helperPartner = await trx.selectFrom("organisation").select(["id"]).where("slug", "=", DEMO_ACCOUNTS[1].org).executeTakeFirst();
  if (helperPartner) {
    const given = await trx
      .selectFrom("consent")
      .select("id")
      .where("user_id", "=", seeker.id)
      .where("purpose", "=", ASSIST_PURPOSE)
      .where("partner_id", "=", helperPartner.id)
      .executeTakeFirst();
    if (!given) {
      await trx.insertInto("consent").values({ user_id: seeker.id, purpose: ASSIST_PURPOSE, partner_id: helperPartner.id, text_version: ASSIST_CONSENT_VERSION, given_at: ago(10) }).execute();
    }
  }

  for (const seed of seedApplications) {
    const userId = ids.get(seed.applicant);
    const openingId = openingIdByRef.get(seed.opening);
    if (userId === undefined || openingId === undefined) throw new Error(`Seed application names an unknown person or opening (${seed.applicant} / ${seed.opening})`);
    const exists = await trx.selectFrom("application").select("id").where("seeker_user_id", "=", userId).where("opening_id", "=", openingId).executeTakeFirst();
    if (exists) continue;
    const name = seed.applicant === "seeker" ? DEMO_ACCOUNTS[0].displayName : (seedApplicants.find((a) => a.email === seed.applicant)?.displayName ?? "");
    const first = ago(seed.steps[0]?.days_ago ?? 0);
    const last = ago(seed.steps[seed.steps.length - 1]?.days_ago ?? 0);
    const row = await trx
      .insertInto("application")
      .values({
        opening_id: openingId,
        seeker_user_id: userId,
        status: seed.status,
        contact_name: name,
        contact_phone: seed.contact_phone,
        experience: seed.experience,
        message: seed.message,
        share_passport: seed.share_passport,
        idempotency_key: `seed-${seed.opening}-${userId}`,
        created_at: first,
        updated_at: last,
        submitted_at: first,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await trx.updateTable("application").set({ reference: applicationReference(row.id, first) }).where("id", "=", row.id).execute();
    await trx
      .insertInto("application_event")
      .values(
        seed.steps.map((step) => ({
          application_id: row.id,
          at: ago(step.days_ago),
          actor_user_id: step.by === "seeker" ? userId : organisationSide.id,
          side: step.by,
          kind: step.kind ?? (step.status ? ("status" as const) : ("message" as const)),
          status: step.status ?? null,
          message: step.message ?? null,
        })),
      )
      .execute();
    if (seed.applicant === "seeker") {
      const titles = await trx.selectFrom("opening").select(["title_zh", "title_en"]).where("id", "=", openingId).executeTakeFirstOrThrow();
      const changes = seed.steps.filter((step) => step.by === "organisation");
      for (const step of changes) {
        await trx
          .insertInto("notification")
          .values({
            user_id: userId,
            application_id: row.id,
            kind: step.status ? "status" : "message",
            params: { reference: applicationReference(row.id, first), title_zh: titles.title_zh ?? "", title_en: titles.title_en ?? "", ...(step.status ? { status: step.status } : {}) },
            created_at: ago(step.days_ago),
            // Older news has been read; the last week's is new.
            read_at: step.days_ago > 7 ? ago(step.days_ago) : null,
          })
          .execute();
      }
    }
  }
}

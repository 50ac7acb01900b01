import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// 1. Reapplying after withdrawing: one application (or draft) per person per opening is still the
//    rule, but a withdrawn one no longer counts, so a partial unique index replaces the constraint.
//    The form's idempotency key (still unique) keeps a double click or a resent POST to one.
// 2. Assisted applications: a seeker may give a partner organisation permission to apply for them
//    (a consent row naming the partner); the application and its first history entry record which
//    staff member sent it for which partner.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("application").dropConstraint("application_one_per_opening").execute();
  await sql`create unique index application_one_active_per_opening on application (opening_id, seeker_user_id) where status <> 'withdrawn'`.execute(db);

  await db.schema
    .alterTable("application")
    .addColumn("submitted_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("assisted_partner_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .execute();

  // Staff act for a partner: the history names both, whoever later leaves the organisation.
  await db.schema
    .alterTable("application_event")
    .addColumn("partner_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .execute();

  // A consent to a named partner (assisted applications); null for consents that name nobody.
  await db.schema
    .alterTable("consent")
    .addColumn("partner_id", "integer", (c) => c.references("organisation.id").onDelete("cascade"))
    .execute();
  // At most one current permission per person and partner, even when the form is sent twice.
  await sql`create unique index consent_one_active_per_partner on consent (user_id, purpose, partner_id) where withdrawn_at is null and partner_id is not null`.execute(db);
  await db.schema.createIndex("consent_partner_idx").on("consent").columns(["partner_id", "purpose"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("consent_partner_idx").execute();
  await db.schema.dropIndex("consent_one_active_per_partner").execute();
  await db.schema.alterTable("consent").dropColumn("partner_id").execute();
  await db.schema.alterTable("application_event").dropColumn("partner_id").execute();
  await db.schema.alterTable("application").dropColumn("assisted_partner_id").dropColumn("submitted_by_user_id").execute();
  await db.schema.dropIndex("application_one_active_per_opening").execute();
  await db.schema.alterTable("application").addUniqueConstraint("application_one_per_opening", ["opening_id", "seeker_user_id"]).execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// The accounts half of issue 16 (docs/decisions/016-account-proofs.md):
// - `session.proved_at`: when this session last proved who is using it (the password or a passkey at
//   sign-in, or again on the confirm page). Deleting the account, changing passkeys and ending other
//   sessions need a recent one. Existing sessions count from their start.
// - `session.email_code_at`: when this session typed the one-time code emailed to the account's
//   confirmed address; a staff, employer or admin account's first passkey needs it.
// - `email_code`: that code, only its hash, with its expiry and how many wrong tries it has had.
//   One live code per account: sending a new one replaces the old.
// - Passkeys on accounts whose address was never confirmed are removed: from now on a passkey needs
//   a confirmed address, and one added before may belong to whoever registered someone else's
//   address. Their owners add them again after confirming.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("session")
    .addColumn("proved_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("email_code_at", "timestamptz")
    .execute();
  await sql`update session set proved_at = created_at`.execute(db);

  await db.schema
    .createTable("email_code")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("app_user.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await sql`delete from passkey where user_id in (select id from app_user where email_verified_at is null)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("email_code").execute();
  await db.schema.alterTable("session").dropColumn("email_code_at").dropColumn("proved_at").execute();
}

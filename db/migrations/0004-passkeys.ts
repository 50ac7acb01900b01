import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// WebAuthn challenges are single-use, short-lived secrets issued by the server, exactly like the
// reset links already kept in auth_token. Two new purposes let the table hold them too (see
// docs/decisions/005-passkeys.md). Only a SHA-256 of each challenge is stored.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table auth_token drop constraint auth_token_purpose_check`.execute(db);
  await sql`
    alter table auth_token add constraint auth_token_purpose_check
    check (purpose in ('reset_password', 'verify_email', 'invite', 'passkey_registration', 'passkey_authentication'))
  `.execute(db);
  // Expired challenges are swept by purpose and age whenever a new one is issued.
  await db.schema.createIndex("auth_token_purpose_expires_idx").on("auth_token").columns(["purpose", "expires_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("auth_token_purpose_expires_idx").execute();
  await db.deleteFrom("auth_token").where("purpose", "in", ["passkey_registration", "passkey_authentication"]).execute();
  await sql`alter table auth_token drop constraint auth_token_purpose_check`.execute(db);
  await sql`alter table auth_token add constraint auth_token_purpose_check check (purpose in ('reset_password', 'verify_email', 'invite'))`.execute(db);
}

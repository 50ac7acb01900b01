import { sql, type Kysely } from "kysely";

// Partners and employers get public pages with a person behind them (issue 19): where the office
// is, when it is open, how to reach it (phone, email, WeChat official account) and which accessible
// ways of contact it offers (text messages, sign-language video, written replies, home visits).
// `contacts_are_examples` marks the demo's made-up details so the page can say so.
// Frozen in time: plain SQL, no application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation
    add column address_zh text,
    add column address_en text,
    add column hours_zh text,
    add column hours_en text,
    add column phone text,
    add column contact_email text,
    add column wechat_account text,
    add column contact_options text[] not null default '{}',
    add column contact_note_zh text,
    add column contact_note_en text,
    add column contacts_are_examples boolean not null default false`.execute(db);
  await sql`alter table organisation add constraint organisation_contact_options_check
    check (contact_options <@ array['text_messages', 'sign_language_video', 'written_replies', 'home_visits']::text[])`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation drop constraint organisation_contact_options_check`.execute(db);
  await sql`alter table organisation
    drop column address_zh, drop column address_en, drop column hours_zh, drop column hours_en,
    drop column phone, drop column contact_email, drop column wechat_account, drop column contact_options,
    drop column contact_note_zh, drop column contact_note_en, drop column contacts_are_examples`.execute(db);
}

import { sql, type Kysely } from "kysely";

// Cancelling an event (issue 20): the organiser's staff say why, in Chinese (required) and English
// (optional); the reason is told to everyone registered and shown on the event's page with when it
// was cancelled (live_event.cancelled_at, there since 0028). A cancelled event always has its
// Chinese reason; no page set cancelled_at before this, but a row cancelled by hand gets a plain one
// so the check can hold. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table live_event
      add column cancel_reason_zh text check (char_length(cancel_reason_zh) <= 500),
      add column cancel_reason_en text check (char_length(cancel_reason_en) <= 800)
  `.execute(db);
  await sql`update live_event set cancel_reason_zh = '主办方取消了这场招聘会。' where cancelled_at is not null`.execute(db);
  await sql`alter table live_event add constraint live_event_cancel_reason_given check (cancelled_at is null or cancel_reason_zh is not null)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table live_event
      drop constraint live_event_cancel_reason_given,
      drop column cancel_reason_zh,
      drop column cancel_reason_en
  `.execute(db);
}

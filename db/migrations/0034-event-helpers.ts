import { sql, type Kysely } from "kysely";

// People a partner invites to help run one event (issue 20, item 3: "a captioner (staff, or someone
// the partner invites)"): a captioner types caption lines; a moderator publishes or hides questions,
// hides answers and mutes participants. They need an account, and get the event's live console and
// nothing else of the partner's. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table live_event_helper (
      event_id integer not null references live_event(id) on delete cascade,
      user_id integer not null references app_user(id) on delete cascade,
      role text not null check (role in ('captioner', 'moderator')),
      invited_by_user_id integer references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (event_id, user_id)
    )`.execute(db);
  await sql`create index live_event_helper_user_idx on live_event_helper (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table live_event_helper`.execute(db);
}

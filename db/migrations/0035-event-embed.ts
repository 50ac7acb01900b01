import { sql, type Kysely } from "kysely";

// The stream embedded in an event's page (issue 20, item 3): an HLS address (.m3u8) played in the
// page's own video player, or a streaming service's embeddable player page, from a service the
// deployment allows (STREAM_EMBED_ORIGINS). The stream address (stream_url) stays the link to watch
// on the service itself. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event add column embed_url text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event drop column embed_url`.execute(db);
}

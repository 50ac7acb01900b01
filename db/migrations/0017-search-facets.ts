import { sql, type Kysely } from "kysely";

// The search filters that take a fixed set of values, as lexemes in one small generated vector
// with its own GIN index (docs/decisions/019-search-at-scale.md). A filter that few openings pass
// (a city, a rare form of work, four access needs at once) is then found through the index instead
// of by reading every opening; the filters' own conditions still apply, so this only speeds them up.
// The words mirror FILTER_CONDITIONS in app/models/opening.server.ts (a test checks that each gives
// the same openings). Frozen in time: plain SQL, no application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table opening add column facets tsvector generated always as (array_to_tsvector(array_remove(array[
      'arrangement:' || work_arrangement,
      'form:' || employment_form,
      case when text_only_possible then 'access:text_only' end,
      case when not phone_required then 'access:no_phone' end,
      case when not camera_required then 'access:no_camera' end,
      case when sign_language_support then 'access:sign_language' end,
      case when captioned_meetings then 'access:captions' end,
      case when screen_reader_tested then 'access:screen_reader' end,
      case when assistive_devices_provided then 'access:assistive_devices' end,
      case when work_arrangement = 'remote' or step_free_workplace then 'access:step_free' end,
      case when work_arrangement = 'remote' or quiet_space then 'access:quiet_space' end,
      case when training_provided then 'access:training' end,
      case when mentor_support then 'access:mentor' end,
      case when trial_period then 'access:trial' end,
      case when social_insurance then 'insurance:social' end,
      case when medical_insurance then 'insurance:medical' end,
      case when social_insurance and medical_insurance and housing_fund then 'insurance:full' end,
      case when work_arrangement = 'remote' and remote_anywhere then 'location:anywhere' end,
      'province:' || province,
      'city:' || province || '/' || city
    ], null))) stored
  `.execute(db);
  await sql`create index opening_facets_idx on opening using gin (facets)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table opening drop column facets`.execute(db);
}

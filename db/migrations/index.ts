import type { Migration } from "kysely";
import * as m0001 from "./0001-organisations-and-openings";
import * as m0002 from "./0002-accounts-and-security";
import * as m0003 from "./0003-certificates-and-ranking";
import * as m0004 from "./0004-passkeys";
import * as m0005 from "./0005-outbox-delivery";
import * as m0006 from "./0006-partner-workflow";
import * as m0007 from "./0007-stored-files";
import * as m0008 from "./0008-verification-and-import";
import * as m0009 from "./0009-applications-and-passport";
import * as m0010 from "./0010-certification-scheme";
import * as m0011 from "./0011-accessibility-feedback";
import * as m0012 from "./0012-saved-items";
import * as m0013 from "./0013-assisted-applications-and-reapply";
import * as m0014 from "./0014-check-backs-and-reviewing-partner";
import * as m0015 from "./0015-account-proofs";
import * as m0016 from "./0016-search-at-scale";
import * as m0017 from "./0017-search-facets";
import * as m0018 from "./0018-superseded-certificates";
import * as m0019 from "./0019-organisation-contacts";
import * as m0020 from "./0020-listed-recruiters";
import * as m0021 from "./0021-employer-sign-up";
import * as m0022 from "./0022-suspended-verification";
import * as m0023 from "./0023-evidence-opened";
import * as m0024 from "./0024-mobile-accounts";
import * as m0025 from "./0025-offline-seekers";
import * as m0026 from "./0026-disability-category";
import * as m0027 from "./0027-consent-scans";
import * as m0028 from "./0028-events";
import * as m0029 from "./0029-event-live-updates";
import * as m0030 from "./0030-event-questions";
import * as m0031 from "./0031-event-flags-and-mutes";
import * as m0032 from "./0032-event-attendance";
import * as m0033 from "./0033-application-source-event";
import * as m0034 from "./0034-event-helpers";
import * as m0035 from "./0035-event-embed";
import * as m0037 from "./0037-event-venue";
import * as m0036 from "./0036-event-cancel-reason";
import * as m0038 from "./0038-event-calendar-sequence";

/** Static, append-only list of migrations: the bundled server has no migrations folder to scan. */
export const migrations: Record<string, Migration> = {
  "0001-organisations-and-openings": m0001,
  "0002-accounts-and-security": m0002,
  "0003-certificates-and-ranking": m0003,
  "0004-passkeys": m0004,
  "0005-outbox-delivery": m0005,
  "0006-partner-workflow": m0006,
  "0007-stored-files": m0007,
  "0008-verification-and-import": m0008,
  "0009-applications-and-passport": m0009,
  "0010-certification-scheme": m0010,
  "0011-accessibility-feedback": m0011,
  "0012-saved-items": m0012,
  "0013-assisted-applications-and-reapply": m0013,
  "0014-check-backs-and-reviewing-partner": m0014,
  "0015-account-proofs": m0015,
  "0016-search-at-scale": m0016,
  "0017-search-facets": m0017,
  "0018-superseded-certificates": m0018,
  "0019-organisation-contacts": m0019,
  "0020-listed-recruiters": m0020,
  "0021-employer-sign-up": m0021,
  "0022-suspended-verification": m0022,
  "0023-evidence-opened": m0023,
  "0024-mobile-accounts": m0024,
  "0025-offline-seekers": m0025,
  "0026-disability-category": m0026,
  "0027-consent-scans": m0027,
  "0028-events": m0028,
  "0029-event-live-updates": m0029,
  "0030-event-questions": m0030,
  "0031-event-flags-and-mutes": m0031,
  "0032-event-attendance": m0032,
  "0033-application-source-event": m0033,
  "0034-event-helpers": m0034,
  "0035-event-embed": m0035,
  "0037-event-venue": m0037,
  "0036-event-cancel-reason": m0036,
  "0038-event-calendar-sequence": m0038,
};

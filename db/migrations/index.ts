import type { Migration } from "kysely";
import * as m0001 from "./0001-organisations-and-openings";

/** Static, append-only list of migrations: the bundled server has no migrations folder to scan. */
export const migrations: Record<string, Migration> = {
  "0001-organisations-and-openings": m0001,
};

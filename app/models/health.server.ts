import { sql, type Kysely } from "kysely";
import { databaseUnavailableReason, type UnavailableReason } from "../../db/errors";
import type { Database } from "../../db/schema";

/** "ok" when the database answers a trivial query, else why not ("refused", "timeout" …; "error" for anything else). */
export async function checkDatabase(db: Kysely<Database>): Promise<"ok" | UnavailableReason | "error"> {
  try {
    await sql`select 1`.execute(db);
    return "ok";
  } catch (error) {
    return databaseUnavailableReason(error) ?? "error";
  }
}

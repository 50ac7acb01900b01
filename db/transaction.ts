import type { Kysely } from "kysely";

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (a service composing several
 * writes into one user action), else a new one. A model write of several rows uses this, so it is
 * atomic on its own and also joins a service's transaction (Kysely cannot nest `transaction()`).
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

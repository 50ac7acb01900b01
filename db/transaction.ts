import type { Kysely, Transaction } from "kysely";

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (a service composing several
 * writes into one user action), else a new one. A model write of several rows uses this, so it is
 * atomic on its own and also joins a service's transaction (Kysely cannot nest `transaction()`).
 * `work` gets a `Transaction`, so helpers that must run inside one (row locks) can say so in their type.
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  // Kysely's `isTransaction` is true exactly when `db` is a Transaction.
  return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work);
}

// Which database errors mean "the database is not there right now" (restarting, unreachable,
// hanging, failing over) rather than "this query or this code is wrong". The first kind is an
// outage: pages answer 503 with Retry-After, the log says so once per interval, and the pool drops
// the connection that saw it. The second kind stays a bug: a 500 and a stack trace in the log.

/** Why the database is unavailable, in words an operator can act on. */
export type UnavailableReason = "refused" | "lost" | "timeout" | "shutdown" | "unavailable";

// SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const SQLSTATE_REASONS: Record<string, UnavailableReason> = {
  "57P01": "shutdown", // admin_shutdown: terminating connection due to administrator command
  "57P02": "shutdown", // crash_shutdown
  "57P03": "unavailable", // cannot_connect_now: the database system is starting up / shutting down
  "57014": "timeout", // query_canceled: canceling statement due to statement timeout
  "08000": "lost", // connection_exception
  "08003": "lost", // connection_does_not_exist
  "08006": "lost", // connection_failure
  "08001": "refused", // sqlclient_unable_to_establish_sqlconnection
  "08004": "refused", // sqlserver_rejected_establishment_of_sqlconnection
  "53300": "unavailable", // too_many_connections
  "25006": "unavailable", // read_only_sql_transaction: a standby after failover, not yet promoted
};

// Node's socket errors.
const ERRNO_REASONS: Record<string, UnavailableReason> = {
  ECONNREFUSED: "refused",
  ENOTFOUND: "refused",
  EAI_AGAIN: "refused",
  EHOSTUNREACH: "refused",
  ENETUNREACH: "refused",
  ECONNRESET: "lost",
  EPIPE: "lost",
  ETIMEDOUT: "timeout",
};

// What node-postgres and pg-pool say when the connection goes away or a timer runs out.
const MESSAGE_REASONS: [RegExp, UnavailableReason][] = [
  [/Connection terminated unexpectedly/i, "lost"],
  [/Connection terminated due to connection timeout/i, "timeout"],
  [/timeout exceeded when trying to connect/i, "timeout"],
  [/Query read timeout/i, "timeout"],
  [/Client has encountered a connection error and is not queryable/i, "lost"],
  [/Cannot use a pool after calling end on the pool/i, "unavailable"],
  [/the database system is (starting up|shutting down|in recovery mode)/i, "unavailable"],
];

/** The reason `error` means the database is unavailable, or null when it is some other failure. */
export function databaseUnavailableReason(error: unknown, depth = 0): UnavailableReason | null {
  if (depth > 4 || typeof error !== "object" || error === null) return null;
  const { code, message, errors, cause } = error as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === "string") {
    const reason = SQLSTATE_REASONS[code] ?? ERRNO_REASONS[code];
    if (reason) return reason;
  }
  if (typeof message === "string") {
    for (const [pattern, reason] of MESSAGE_REASONS) if (pattern.test(message)) return reason;
  }
  // Node wraps the attempts on several addresses (IPv4 and IPv6 for "localhost") in an AggregateError.
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const reason = databaseUnavailableReason(inner, depth + 1);
      if (reason) return reason;
    }
  }
  return cause === undefined ? null : databaseUnavailableReason(cause, depth + 1);
}

/** True when `error` means the database is unavailable (see {@link databaseUnavailableReason}). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}

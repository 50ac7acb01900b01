// What the portal does while its database is unavailable (docs/decisions/014-database-faults.md).
// One place turns an outage into an answer: every route's loader and action is wrapped once, when
// the server starts (withDatabaseOutages), so no route has to know. An error that means "the
// database is not there" (db/errors.ts) becomes a thrown 503 response with Retry-After: pages show
// the root ErrorBoundary's "briefly unavailable" page (with a POST's safe form values), JSON routes
// answer JSON and feeds plain text. Anything else stays a 500, a bug to fix.
//
// The log says "database unavailable" once per interval with a count, not a stack trace per request.
import type { ServerBuild } from "@remix-run/node";
import { databaseUnavailableReason, type UnavailableReason } from "../../db/errors";
import type { ReplicaEvent } from "../../db/read-replicas";

/** Seconds a client (or a load balancer) is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

/** What the 503 page gets in its error data: the person's own form values, never secrets. */
export type OutageData = { outage: true; typed: [string, string][] };

export type Throttle = { report: (reason: UnavailableReason | "error", message: string) => void };

/**
 * Logs the first failure, then at most one line per `intervalMs` with the number of failures since
 * the last line: a database down for a minute under load writes a handful of lines, not thousands
 * of stack traces.
 */
export function createOutageLog({
  intervalMs = 10_000,
  now = Date.now,
  log = console.error,
  subject = "database",
}: { intervalMs?: number; now?: () => number; log?: (line: string) => void; subject?: string } = {}): Throttle {
  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  let unreported = 0;
  return {
    report(reason, message) {
      unreported += 1;
      const at = now();
      if (at - lastLoggedAt < intervalMs) return;
      const since = Number.isFinite(lastLoggedAt) ? ` in the last ${Math.round((at - lastLoggedAt) / 1000)} s` : "";
      log(`[db] ${subject} unavailable (${reason}): ${unreported} failure${unreported === 1 ? "" : "s"}${since}; latest: ${message}`);
      lastLoggedAt = at;
      unreported = 0;
    },
  };
}

const outageLog = createOutageLog();

/** Logs a database error: an outage through the throttled log, anything else in full with `context`. */
export function reportDatabaseError(error: unknown, context: string) {
  const reason = databaseUnavailableReason(error);
  if (reason) outageLog.report(reason, error instanceof Error ? error.message : String(error));
  else console.error(context, error instanceof Error ? (error.stack ?? error.message) : error);
}

// A read replica's failures have a log of their own: the portal is not unavailable, its public
// reads have moved to the primary for a few seconds (docs/decisions/020-read-replicas.md).
const replicaLog = createOutageLog({ subject: "read replica" });

/** Logs a read replica failing (throttled like the outage log, never a stack trace) or answering again. */
export function reportReadReplicaEvent(event: ReplicaEvent) {
  if (event.kind === "up") {
    console.log(`[db] ${event.label} answers again: public reads go to it`);
    return;
  }
  const reason = databaseUnavailableReason(event.error) ?? "error";
  const message = event.error instanceof Error ? event.error.message : String(event.error);
  replicaLog.report(reason, `${event.label}: ${message}; public reads use the primary meanwhile`);
}

// Form fields never shown back: secrets, and the machinery of forms.
const SECRET_FIELD = /pass|token|csrf|secret|otp|code|key|credential|challenge|signature|assertion|attestation/i;
const MAX_TYPED_FIELDS = 60;

/** The form values of a POST that are safe to show back to the person who typed them. */
export function safeTypedValues(form: URLSearchParams | FormData): [string, string][] {
  const typed: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (name.startsWith("_") || name === "intent" || SECRET_FIELD.test(name)) continue;
    typed.push([name, value]);
    if (typed.length >= MAX_TYPED_FIELDS) break;
  }
  return typed;
}

const OUTAGE_HEADERS = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };

/** The 503 a route throws: data for a page's ErrorBoundary, or a whole answer for a resource route. */
export function outageResponse(kind: "page" | "json" | "text", typed: [string, string][] = []): Response {
  if (kind === "page") {
    const data: OutageData = { outage: true, typed };
    return Response.json(data, { status: 503, statusText: "Service Unavailable", headers: OUTAGE_HEADERS });
  }
  if (kind === "json") {
    return Response.json(
      { error: "unavailable", message: "The portal is briefly unavailable. Please try again in a minute. 网站暂时无法使用，请稍后再试。" },
      { status: 503, statusText: "Service Unavailable", headers: OUTAGE_HEADERS },
    );
  }
  return new Response("503 Service Unavailable: the portal is briefly unavailable, please try again in a minute.\n网站暂时无法使用，请稍后再试。\n", {
    status: 503,
    statusText: "Service Unavailable",
    headers: { ...OUTAGE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

type DataFunction = (args: { request: Request }) => unknown;

/** Reads a POST's urlencoded form from a copy taken before the action read the request. */
async function typedValuesOf(copy: Request | null): Promise<[string, string][]> {
  if (!copy) return [];
  try {
    return safeTypedValues(new URLSearchParams(await copy.text()));
  } catch {
    return [];
  }
}

function wrap(fn: DataFunction, kind: "page" | "json" | "text", isAction: boolean): DataFunction {
  return async (args) => {
    // Only small urlencoded forms are copied (the body is already read into memory and within its
    // limit); file uploads are streamed and not shown back.
    const copy = isAction && kind === "page" && (args.request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded") ? args.request.clone() : null;
    try {
      return await fn(args);
    } catch (error) {
      const reason = databaseUnavailableReason(error);
      if (!reason) throw error;
      outageLog.report(reason, error instanceof Error ? error.message : String(error));
      throw outageResponse(kind, await typedValuesOf(copy));
    }
  };
}

/** The kind of 503 a route answers: a page (it has a component), JSON (/api/…) or plain text (feeds, files). */
function kindOf(route: ServerBuild["routes"][string]): "page" | "json" | "text" {
  if (route.module.default) return "page";
  return (route.path ?? "").startsWith("api/") ? "json" : "text";
}

/** The build with every loader and action turning a database outage into a 503 (see the top of this file). */
export function withDatabaseOutages(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const kind = kindOf(route);
    const module = { ...route.module };
    if (module.loader) module.loader = wrap(module.loader as DataFunction, kind, false) as typeof module.loader;
    if (module.action) module.action = wrap(module.action as DataFunction, kind, true) as typeof module.action;
    routes[id] = { ...route, module };
  }
  return { ...build, routes };
}

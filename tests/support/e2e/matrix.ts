// The role-matrix runner of the authorisation specs (authorisation, partners-, applications- and
// certification-authorisation): who asks, what they must get, and one runner that asks and checks.
// Each spec keeps its own matrix (its ROUTES, who may do what); this file only runs it.
import { randomBytes } from "node:crypto";
import { expect, type APIRequest, type APIRequestContext } from "@playwright/test";
import type { DemoRole } from "../demo-accounts";
import { signInByPost } from "./sign-in";

export type Role = "visitor" | "seeker" | "staff" | "employer" | "admin";

/**
 * "sign-in" = 303 to /sign-in?redirectTo=<this path>. Otherwise the exact status: 200 for pages,
 * 403 for the wrong role, 404 for objects that are not yours, or an action's own status once past
 * its guard.
 */
export type Outcome = number | "sign-in";

export const ROLES: Role[] = ["visitor", "seeker", "staff", "employer", "admin"];

/** The same outcome for visitors and every role. */
export const everyone = (status: number): Record<Role, Outcome> => ({ visitor: status, seeker: status, staff: status, employer: status, admin: status });

/** One row of a matrix: a request, and the outcome each role must get. `Ids` are what the spec found or made first. */
export type RouteCase<Ids> = {
  method?: "GET" | "POST";
  path: string | ((ids: Ids) => string);
  /** Form fields for POST; an unknown intent is fine, the guard must answer before it is read. */
  form?: Record<string, string> | ((ids: Ids) => Record<string, string>);
  expect: Record<Role, Outcome>;
};

/** A made-up client address (IPv6 documentation range), so report and sign-in limits never touch other tests. */
export const testIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/**
 * A request context with its own client address, signed in (one POST, as the form does) as the
 * demo account of `who`; a visitor stays signed out. Pass `playwright.request`.
 */
export async function requestAs(request: APIRequest, baseURL: string | undefined, who: Role | DemoRole): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  if (who !== "visitor") await signInByPost(context, who);
  return context;
}

/** Signed-in contexts for every role of ROLES (see requestAs). */
export async function requestsByRole(request: APIRequest, baseURL: string | undefined): Promise<Map<Role, APIRequestContext>> {
  const contexts = new Map<Role, APIRequestContext>();
  for (const role of ROLES) contexts.set(role, await requestAs(request, baseURL, role));
  return contexts;
}

/** Sends every row of `routes` as `role` (through `request`) and checks each gets exactly its outcome. */
export async function expectMatrix<Ids>(request: APIRequestContext, role: Role, routes: RouteCase<Ids>[], ids: Ids) {
  for (const route of routes) {
    const method = route.method ?? "GET";
    const path = typeof route.path === "function" ? route.path(ids) : route.path;
    const form = (typeof route.form === "function" ? route.form(ids) : route.form) ?? {};
    const response = method === "GET" ? await request.get(path, { maxRedirects: 0 }) : await request.post(path, { form, maxRedirects: 0 });
    const expected = route.expect[role];
    const label = `${method} ${path} as ${role}`;
    if (expected === "sign-in") {
      expect(response.status(), label).toBe(303);
      const location = new URL(response.headers().location ?? "", "http://x");
      expect(location.pathname, label).toBe("/sign-in");
      expect(location.searchParams.get("redirectTo"), label).toBe(path);
    } else {
      expect(response.status(), label).toBe(expected);
    }
  }
}

/** The id of the first public opening found by `q` whose Chinese title is `title` (or the first at all). */
export async function publicId(request: APIRequestContext, q: string, title?: string) {
  const body = (await (await request.get(`/api/openings?q=${encodeURIComponent(q)}&perPage=50`)).json()) as { items: { id: number; title: { zh: string | null } }[] };
  const item = title ? body.items.find((candidate) => candidate.title.zh === title) : body.items[0];
  if (!item) throw new Error(`no public opening for ${q}`);
  return item.id;
}

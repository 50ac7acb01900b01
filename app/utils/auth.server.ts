import { redirect } from "@remix-run/node";
import { getUserById, listMemberships } from "~/models/user.server";
import { getSessionUserId } from "~/models/session.server";
import type { MembershipRole } from "../../db/schema";
import { getDb } from "./db.server";
import { readSessionToken } from "./session.server";

/** The signed-in person, with their organisations. */
export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** The signed-in user for this request, or null. Never throws for a missing or stale session. */
export async function getUser(request: Request) {
  const token = await readSessionToken(request);
  if (!token) return null;
  const db = getDb();
  const session = await getSessionUserId(db, { token });
  if (!session) return null;
  const user = await getUserById(db, { id: session.user_id });
  if (!user) return null;
  const memberships = await listMemberships(db, { userId: user.id });
  return { ...user, memberships, sessionToken: token };
}

/** Where to send a visitor to sign in and come back to this page. */
function signInRedirect(request: Request) {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return redirect(`/sign-in?${new URLSearchParams({ redirectTo: back }).toString()}`, 303);
}

/** The signed-in user; visitors are redirected to sign in with `redirectTo`. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw signInRedirect(request);
  return user;
}

/** Kinds of access a route can require. */
export type Role = "admin" | "staff" | "employer";

/** The signed-in user holding `role`: admins by flag, staff by a partner membership, employers by an employer one. 403 otherwise. */
export async function requireRole(request: Request, role: Role): Promise<CurrentUser> {
  const user = await requireUser(request);
  const allowed =
    role === "admin"
      ? user.is_platform_admin
      : user.memberships.some((m) => m.kind === (role === "staff" ? "partner" : "employer"));
  if (!allowed) throw new Response("Forbidden", { status: 403 });
  return user;
}

/**
 * The signed-in user as a member of this organisation (optionally with one of `roles`). Anyone
 * else gets 404, not 403, so that an id in a URL does not reveal whether the organisation exists.
 */
export async function requireOrgMember(
  request: Request,
  organisationId: number,
  roles?: readonly MembershipRole[],
): Promise<CurrentUser & { membership: CurrentUser["memberships"][number] }> {
  const user = await requireUser(request);
  const membership = user.memberships.find((m) => m.organisation_id === organisationId && (!roles || roles.includes(m.role)));
  if (!membership) throw new Response("Not Found", { status: 404 });
  return { ...user, membership };
}

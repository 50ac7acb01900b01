import { redirect } from "@remix-run/node";
import { hasPasskey } from "~/models/passkey.server";
import { getUserById, listMemberships } from "~/models/user.server";
import { getSessionUserId } from "~/models/session.server";
import type { MembershipRole } from "../../db/schema";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
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
  return { ...user, memberships, sessionToken: token, secondFactorAt: session.second_factor_at };
}

/** This request's path and query, to come back to after signing in or confirming with a passkey. */
function currentPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Where to send a visitor to sign in and come back to this page. */
function signInRedirect(request: Request) {
  return redirect(`/sign-in?${new URLSearchParams({ redirectTo: currentPath(request) }).toString()}`, 303);
}

/** What the second-factor rule looks at: the person's roles and their session. */
type SecondFactorSubject = Pick<CurrentUser, "is_platform_admin" | "memberships" | "secondFactorAt">;

/**
 * True when this session may not act as staff, employer member or admin yet: the setting requires
 * a second factor, the person holds such a role, and this session has not passed the passkey step.
 * Job seekers never need it.
 */
export function needsSecondFactor(user: SecondFactorSubject, required = getEnv().requireSecondFactor): boolean {
  if (!required || user.secondFactorAt) return false;
  return user.is_platform_admin || user.memberships.length > 0;
}

/** Where someone who owes the passkey step goes: confirm with their passkey, or add one first. */
export async function secondFactorPath(userId: number, redirectTo: string): Promise<string> {
  const query = new URLSearchParams({ redirectTo }).toString();
  return (await hasPasskey(getDb(), { userId })) ? `/sign-in/second-factor?${query}` : `/account/passkeys?${query}`;
}

/**
 * Where a password sign-in lands: `redirectTo`, or first the passkey step for staff, employer
 * members and admins when second factors are required (the guards would send them there anyway).
 */
export async function passwordSignInDestination(userId: number, redirectTo: string): Promise<string> {
  if (!getEnv().requireSecondFactor) return redirectTo;
  const db = getDb();
  const [user, memberships] = await Promise.all([getUserById(db, { id: userId }), listMemberships(db, { userId })]);
  if (!user || !needsSecondFactor({ is_platform_admin: user.is_platform_admin, memberships, secondFactorAt: null })) return redirectTo;
  return secondFactorPath(userId, redirectTo);
}

/** Throws the redirect to the passkey step when this session still owes it. */
async function requireSecondFactor(request: Request, user: CurrentUser) {
  if (needsSecondFactor(user)) throw redirect(await secondFactorPath(user.id, currentPath(request)), 303);
}

/**
 * The signed-in user, for the passkey pages. Someone who owes the second factor and already has a
 * passkey must use it first: otherwise a stolen password alone could add or remove passkeys. With
 * no passkey yet, they may add their first one (that is how they set up the second factor).
 */
export async function requireUserToManagePasskeys(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (needsSecondFactor(user) && (await hasPasskey(getDb(), { userId: user.id }))) {
    throw redirect(`/sign-in/second-factor?${new URLSearchParams({ redirectTo: currentPath(request) }).toString()}`, 303);
  }
  return user;
}

/** The signed-in user; visitors are redirected to sign in with `redirectTo`. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw signInRedirect(request);
  return user;
}

/** Kinds of access a route can require. */
export type Role = "admin" | "staff" | "employer";

/**
 * The signed-in user holding `role`: admins by flag, staff by a partner membership, employers by an
 * employer one. 403 otherwise. When second factors are required, a session that has not passed
 * the passkey step is sent to it (or to add a passkey), with `redirectTo` back here.
 */
export async function requireRole(request: Request, role: Role): Promise<CurrentUser> {
  const user = await requireUser(request);
  const allowed =
    role === "admin"
      ? user.is_platform_admin
      : user.memberships.some((m) => m.kind === (role === "staff" ? "partner" : "employer"));
  if (!allowed) throw new Response("Forbidden", { status: 403 });
  await requireSecondFactor(request, user);
  return user;
}

/**
 * The signed-in user if they are partner staff or a platform admin (for portal-wide queues such as
 * barrier reports); 403 for anyone else. The passkey step applies as in `requireRole`.
 */
export async function requireStaffOrAdmin(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!user.is_platform_admin && !user.memberships.some((m) => m.kind === "partner")) throw new Response("Forbidden", { status: 403 });
  await requireSecondFactor(request, user);
  return user;
}

/**
 * The signed-in user as a member of this organisation (optionally with one of `roles`). Anyone
 * else gets 404, not 403, so that an id in a URL does not reveal whether the organisation exists.
 * Members must have passed the passkey step when second factors are required (as `requireRole`).
 */
export async function requireOrgMember(
  request: Request,
  organisationId: number,
  roles?: readonly MembershipRole[],
): Promise<CurrentUser & { membership: CurrentUser["memberships"][number] }> {
  const user = await requireUser(request);
  const membership = user.memberships.find((m) => m.organisation_id === organisationId && (!roles || roles.includes(m.role)));
  if (!membership) throw new Response("Not Found", { status: 404 });
  await requireSecondFactor(request, user);
  return { ...user, membership };
}

/**
 * Checks that the signed-in `user` belongs to one of `organisationIds` (an opening's employer or
 * the partner that posted it), with the passkey step passed when required. Anyone else gets 404,
 * so an id in the URL reveals nothing. Call it after `requireUser` and loading the record.
 */
export async function requireMemberOfAny(request: Request, user: CurrentUser, organisationIds: readonly number[]): Promise<void> {
  if (!user.memberships.some((m) => organisationIds.includes(m.organisation_id))) throw new Response("Not Found", { status: 404 });
  await requireSecondFactor(request, user);
}

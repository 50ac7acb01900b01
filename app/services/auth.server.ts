import { redirect } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { hasPasskey } from "~/models/passkey.server";
import { hitRateLimit } from "~/models/rate-limit.server";
import { getUserById, listMemberships } from "~/models/user.server";
import { ABSOLUTE_HOURS, deleteSession, getSessionUserId } from "~/models/session.server";
import { TEAM_MANAGER_ROLES, type MembershipRole } from "~/domain/organisation";
import { getDb } from "../utils/db.server";
import { getEnv } from "../utils/env.server";
import { safeRedirectPath } from "../utils/redirect";
import { readSessionToken } from "./session.server";

/** The signed-in person, with their organisations. */
export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** Staff, employer members and admins: the accounts that hold other people's data. */
export function isPrivileged(user: { is_platform_admin: boolean; memberships: readonly unknown[] }): boolean {
  return user.is_platform_admin || user.memberships.length > 0;
}

/** When a session that began at `signedInAt` ends however active it is: 12 hours for privileged accounts, 30 days otherwise. */
export function sessionEndsAt(signedInAt: Date, privileged: boolean): Date {
  return new Date(signedInAt.getTime() + (privileged ? ABSOLUTE_HOURS.privileged : ABSOLUTE_HOURS.seeker) * 3_600_000);
}

/**
 * The signed-in user for this request, or null. Never throws for a missing or stale session. A
 * session past its absolute lifetime (counted from sign-in, by the person's roles now) is ended here.
 */
export async function getUser(request: Request) {
  const token = await readSessionToken(request);
  if (!token) return null;
  const db = getDb();
  const session = await getSessionUserId(db, { token });
  if (!session) return null;
  const user = await getUserById(db, { id: session.user_id });
  if (!user) return null;
  const memberships = await listMemberships(db, { userId: user.id });
  const endsAt = sessionEndsAt(new Date(session.created_at), isPrivileged({ is_platform_admin: user.is_platform_admin, memberships }));
  if (endsAt.getTime() <= Date.now()) {
    await deleteSession(db, { token });
    return null;
  }
  return {
    ...user,
    memberships,
    sessionToken: token,
    secondFactorAt: session.second_factor_at,
    provedAt: new Date(session.proved_at),
    emailCodeAt: session.email_code_at ? new Date(session.email_code_at) : null,
    sessionEndsAt: endsAt,
  };
}

/**
 * Refuses a signed-in person a page a guard keeps from them, and writes it to the audit log: at
 * most 30 entries an hour per person, so that a script probing ids cannot flood the log (the
 * rate-limit table counts them). Only guards call this, not every 404.
 */
async function refuse(request: Request, user: { id: number }, status: 403 | 404, guard: string): Promise<never> {
  const db = getDb();
  const counted = await hitRateLimit(db, { key: `audit-refusal:${user.id}`, limit: 30, windowSeconds: 3600 });
  if (counted.allowed) {
    await recordAudit(db, { actorUserId: user.id, action: "auth.refused", details: { guard, status, path: new URL(request.url).pathname } });
  }
  throw new Response(status === 403 ? "Forbidden" : "Not Found", { status });
}

/** How recent the last proof (password or passkey) must be before deleting the account, changing passkeys or ending other sessions. */
export const PROOF_MINUTES = 10;
/**
 * A form opened with a fresh proof may be sent up to this long after it: someone reading slowly or
 * typing with a switch must not be sent away from what they typed (WCAG 2.2.1 asks for 20 minutes
 * at least before any time limit without a way to extend it).
 */
export const PROOF_FORM_MINUTES = 30;

/**
 * Sends the person to confirm it is them (`/account/confirm`) when this session's last proof is
 * older than `minutes`, coming back to this page afterwards. Loaders use PROOF_MINUTES; actions
 * PROOF_FORM_MINUTES, so a form opened after a proof is never refused for slow typing.
 */
export function requireFreshProof(request: Request, user: Pick<CurrentUser, "provedAt">, minutes = PROOF_MINUTES): void {
  if (Date.now() - user.provedAt.getTime() <= minutes * 60_000) return;
  throw redirect(`/account/confirm?${new URLSearchParams({ redirectTo: currentPath(request) }).toString()}`, 303);
}

/** How long after typing the emailed code the first passkey may be added. */
export const EMAIL_CODE_VALID_MINUTES = 30;

/**
 * Why this person may not add a passkey now, or null if they may: "unconfirmed" until their email
 * address is confirmed (otherwise whoever registered someone else's address could keep a passkey
 * on it); "code" for a staff, employer or admin account's first passkey until this session has typed
 * the code emailed to that address (a stolen password alone must not set up the second factor).
 */
export async function passkeyAddBlock(user: CurrentUser): Promise<"unconfirmed" | "code" | null> {
  // A proven mobile number counts as confirmed: its code was typed before the account opened.
  if (!user.email_verified_at && !user.mobile_verified_at) return "unconfirmed";
  if (!isPrivileged(user)) return null;
  if (await hasPasskey(getDb(), { userId: user.id })) return null;
  const codeFresh = user.emailCodeAt !== null && Date.now() - user.emailCodeAt.getTime() <= EMAIL_CODE_VALID_MINUTES * 60_000;
  return codeFresh ? null : "code";
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
 * Where someone lands after signing in when no page sent them to sign in: the workspace they work
 * in (admin, then partner staff, then employer), or their own account for a job seeker.
 */
export async function landingPath(userId: number): Promise<string> {
  const db = getDb();
  const [user, memberships] = await Promise.all([getUserById(db, { id: userId }), listMemberships(db, { userId })]);
  if (user?.is_platform_admin) return "/admin";
  if (memberships.some((membership) => membership.kind === "partner")) return "/staff";
  if (memberships.some((membership) => membership.kind === "employer")) return "/employer";
  return "/account";
}

/** The page to go to after signing in: the same-site `redirectTo` the form carried, else the person's landing page. */
export async function afterSignIn(userId: number, redirectTo: string | null | undefined): Promise<string> {
  return redirectTo ? safeRedirectPath(redirectTo, "/account") : landingPath(userId);
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
export async function requireUserToManagePasskeys(request: Request, { proofMinutes = PROOF_MINUTES } = {}): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (needsSecondFactor(user) && (await hasPasskey(getDb(), { userId: user.id }))) {
    throw redirect(`/sign-in/second-factor?${new URLSearchParams({ redirectTo: currentPath(request) }).toString()}`, 303);
  }
  requireFreshProof(request, user, proofMinutes);
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
  if (!allowed) await refuse(request, user, 403, `role:${role}`);
  await requireSecondFactor(request, user);
  return user;
}

/**
 * The signed-in user if they are partner staff or a platform admin (for portal-wide queues such as
 * barrier reports); 403 for anyone else. The passkey step applies as in `requireRole`.
 */
export async function requireStaffOrAdmin(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!user.is_platform_admin && !user.memberships.some((m) => m.kind === "partner")) await refuse(request, user, 403, "staff-or-admin");
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
  if (!membership) return refuse(request, user, 404, "organisation-member");
  await requireSecondFactor(request, user);
  return { ...user, membership };
}

/**
 * Checks that an employer member may run its team (owner or manager); a recruiter gets 403, and the
 * refusal is audit-logged like every other. Call it after `requireRole(request, "employer")`.
 */
export async function requireTeamManager(request: Request, user: CurrentUser, membership: { role: MembershipRole }): Promise<void> {
  if (!(TEAM_MANAGER_ROLES as readonly MembershipRole[]).includes(membership.role)) await refuse(request, user, 403, "team-manager");
}

/**
 * Checks that the signed-in `user` belongs to one of `organisationIds` (an opening's employer or
 * the partner that posted it), with the passkey step passed when required. Anyone else gets 404,
 * so an id in the URL reveals nothing. Call it after `requireUser` and loading the record.
 */
export async function requireMemberOfAny(request: Request, user: CurrentUser, organisationIds: readonly number[]): Promise<void> {
  if (!user.memberships.some((m) => organisationIds.includes(m.organisation_id))) await refuse(request, user, 404, "member-of-any");
  await requireSecondFactor(request, user);
}

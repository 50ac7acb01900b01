// The shared vocabulary of the authorisation matrices (authorisation, partners-, applications- and
// certification-authorisation specs): who asks, what they must get, and how to find a public id.
import type { APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../../db/seed";

export type Role = "visitor" | "seeker" | "staff" | "employer" | "admin";

/**
 * "sign-in" = 303 to /sign-in?redirectTo=<this path>. Otherwise the exact status: 200 for pages,
 * 403 for the wrong role, 404 for objects that are not yours, or an action's own status once past
 * its guard.
 */
export type Outcome = number | "sign-in";

export const ROLES: Role[] = ["visitor", "seeker", "staff", "employer", "admin"];

/** The demo account each signed-in role uses. */
export const roleEmail: Record<Exclude<Role, "visitor">, string> = {
  seeker: DEMO_ACCOUNTS[0].email,
  staff: DEMO_ACCOUNTS[1].email,
  employer: DEMO_ACCOUNTS[2].email,
  admin: DEMO_ACCOUNTS[3].email,
};

/** The same outcome for visitors and every role. */
export const everyone = (status: number): Record<Role, Outcome> => ({ visitor: status, seeker: status, staff: status, employer: status, admin: status });

/** The id of the first public opening found by `q` whose Chinese title is `title` (or the first at all). */
export async function publicId(request: APIRequestContext, q: string, title?: string) {
  const body = (await (await request.get(`/api/openings?q=${encodeURIComponent(q)}&perPage=50`)).json()) as { items: { id: number; title: { zh: string | null } }[] };
  const item = title ? body.items.find((candidate) => candidate.title.zh === title) : body.items[0];
  if (!item) throw new Error(`no public opening for ${q}`);
  return item.id;
}

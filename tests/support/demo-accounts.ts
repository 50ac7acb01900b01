// The demo accounts and their password, for every test: the seed's own definitions
// (db/seed-data/accounts.ts), so a test signs in with exactly what the demo seed wrote. This is the
// only file under tests/ that may know the password (tests/unit/demo-password.test.ts checks that);
// everything else imports it from here.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed-data/accounts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

type SeededEmail = (typeof DEMO_ACCOUNTS)[number]["email"];
type LocalPart<E> = E extends `${infer Name}@${string}` ? Name : never;

/** A demo account by the first part of its address: "seeker", "staff", "employer", "admin", "new-employer", "reviewer". */
export type DemoRole = LocalPart<SeededEmail>;

/** What signing in needs. */
export type Credentials = { email: string; password: string };

/** Each demo account's sign-in, by role: `DEMO.staff.email`, `DEMO.admin.password`. */
export const DEMO = Object.fromEntries(
  DEMO_ACCOUNTS.map((account) => [account.email.slice(0, account.email.indexOf("@")), { email: account.email, password: DEMO_PASSWORD }]),
) as Record<DemoRole, Credentials>;

/** The seed's full record of a demo account (name, language, organisation), by role. */
export function demoAccount(role: DemoRole): (typeof DEMO_ACCOUNTS)[number] {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === DEMO[role].email);
  if (!account) throw new Error(`no demo account ${role}`);
  return account;
}

// Signing in, for every Playwright spec: one place, three ways. `signIn` fills the real form,
// `signInWithKeyboard` does the same by Tab and typing alone (Chinese page), and `signInByPost`
// sends the form's one POST for journeys where the sign-in page is not what is being tested.
// The account is a demo role ("staff", "admin"…, see tests/support/demo-accounts.ts) or any
// address, whose password is TEST_PASSWORD unless given.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, demoAccount, type Credentials, type DemoRole } from "../demo-accounts";
import { tabTo, TEST_PASSWORD } from "./fixtures";

/** Who signs in: a demo account by role, or an address with its password (TEST_PASSWORD when left out). */
export type Account = DemoRole | { email: string; password?: string };

/** The address and password of `account`. */
export function credentials(account: Account): Credentials {
  if (typeof account === "string") return DEMO[account];
  return { email: account.email, password: account.password ?? TEST_PASSWORD };
}

/** Signs in through the real form (in whatever language the page is in) and waits to leave /sign-in. */
export async function signIn(page: Page, account: Account) {
  const { email, password } = credentials(account);
  await page.goto("/sign-in");
  await page.getByLabel(/^(邮箱地址或手机号|Email address or mobile number)$/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).last().click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Where `account` lands when it signs in with no page to go back to: a demo admin in /admin, partner
 * staff in /staff, employer members in /employer, anyone else in /account.
 */
export function landingPath(account: Account): string {
  if (typeof account !== "string") return "/account";
  const { admin, role } = demoAccount(account);
  if (admin) return "/admin";
  if (role === "staff") return "/staff";
  if (role) return "/employer";
  return "/account";
}

/** Signs in through the real form (in Chinese) with Tab and the keyboard alone, and lands on the account's landing page. */
export async function signInWithKeyboard(page: Page, account: Account) {
  const { email, password } = credentials(account);
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("邮箱地址"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("密码", { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === landingPath(account));
}

/**
 * Signs in with the one POST the sign-in form sends, into `to`'s cookies (a page's browser, or a
 * request context), and checks it was accepted (303 to `redirectTo`).
 */
export async function signInByPost(to: Page | APIRequestContext, account: Account, redirectTo = "/account") {
  const { email, password } = credentials(account);
  const request = "request" in to ? to.request : to;
  const response = await request.post("/sign-in", { form: { login: email, password, redirectTo, website: "" }, maxRedirects: 0 });
  expect(response.status(), `sign in as ${email}`).toBe(303);
}

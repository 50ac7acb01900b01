import { expect, type Page } from "@playwright/test";
import { localeCookie } from "./fixtures";
import { signUpFresh } from "./paths";
import type { RouteEntry, SuiteLocale } from "./routes";
import { signInByPost } from "./sign-in";

/** Puts the page's browser in the entry's language and signs it in as the entry's role (one POST, as the form does). */
export async function prepareSession(page: Page, baseURL: string, entry: Pick<RouteEntry, "role">, locale: SuiteLocale) {
  await page.context().addCookies([localeCookie(baseURL, locale)]);
  if (entry.role === "visitor") return;
  if (entry.role === "fresh-seeker") {
    await signUpFresh(page);
    return;
  }
  await signInByPost(page, entry.role);
}

/** The entry's address: given, or found by following the first link in a list, as a visitor would. */
export async function resolvePath(page: Page, entry: Pick<RouteEntry, "path">): Promise<string> {
  if (typeof entry.path === "string") return entry.path;
  if (typeof entry.path === "function") return entry.path(page);
  await page.goto(entry.path.from);
  const href = await page.getByRole("list", { name: entry.path.list }).getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`no link in the list on ${entry.path.from}`);
  // `append` extends the link's path: a result's link carries its search in the query (?from=…).
  if (!entry.path.append) return href;
  const [path = "", query] = href.split("?");
  return `${path}${entry.path.append}${query ? `?${query}` : ""}`;
}

/** Brings the page into the entry's state; for "errors", submits the form empty and waits for the error summary. */
export async function reachState(page: Page, entry: RouteEntry) {
  if (entry.state?.kind !== "errors") return;
  await waitForHydration(page);
  await page.getByRole("button", { name: entry.state.submit }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
}

/**
 * Waits until React has hydrated the page. The suite changes the document (styles, attributes,
 * focus) and must not do so while React is still matching it with the server's HTML, or React
 * reports a hydration error that is the test's doing. Pages served without JavaScript have
 * nothing to wait for.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    if (!document.querySelector('script[type="module"]')) return true;
    const main = document.querySelector("main");
    return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
  });
}

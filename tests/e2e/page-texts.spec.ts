import { expect, signUp, test, uniqueEmail } from "../support/e2e/fixtures";

// A page carries only its own texts (docs/decisions/018): "common" and the areas its routes declare,
// in its language only. A client-side navigation to a page that needs more areas fetches them
// before that page renders, so no raw key ("help.title") is ever on screen or in the title.

test("a page carries only its language and its areas; a navigation fetches the rest first", async ({ page }) => {
  await signUp(page, uniqueEmail());
  // The new page's address shows as soon as its first bytes arrive; its <script> of texts is read
  // once the page has hydrated, so the whole document is there (a fast machine read it half-streamed).
  await page.waitForFunction(() => "__remixRouter" in window);
  const embedded = JSON.parse((await page.locator("#page-texts").textContent()) ?? "{}") as { areas: string[]; texts: Record<string, unknown> };
  expect(embedded.areas).toContain("common");
  expect(embedded.areas).not.toContain("about");
  expect(embedded.texts.help).toBeUndefined();
  // No e-mail texts, and not the other language.
  expect(JSON.stringify(embedded.texts)).not.toContain("emailBody");
  expect(JSON.stringify(embedded.texts)).not.toContain("Sign in");

  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/locales/")) fetched.push(request.url());
  });
  // A client-side navigation (no page load) to a page with areas /account did not need, now that
  // the page has hydrated (on a loaded machine the scripts may still be running when /account appears).
  await page.evaluate(() => (window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter.navigate("/help"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("帮助");
  await expect(page).toHaveTitle(/^帮助/);
  expect(fetched.length).toBe(1);
  expect(fetched[0]).toContain("/locales/zh-CN?");
  await expect(page.locator("main")).not.toContainText(/\bhelp\.[a-zA-Z]+/);
});

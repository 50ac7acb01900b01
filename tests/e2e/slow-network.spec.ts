import { expect, test, uniqueEmail, TEST_PASSWORD } from "../support/e2e/fixtures";

// On a slow connection the page's HTML arrives long before its JavaScript, and people start
// typing at once. Hydration must not wipe what they typed.

test("text typed before JavaScript arrives survives hydration and is sent", async ({ page }) => {
  let release: () => void = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/build/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });

  const email = uniqueEmail("slow");
  await page.goto("/sign-up", { waitUntil: "domcontentloaded" });
  await page.getByLabel("称呼").fill("慢网速的小周");
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);

  // Now the JavaScript arrives and React takes over the form.
  release();
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
  });
  // Give hydration's effects a moment to run, as a person pausing would.
  await page.waitForTimeout(300);

  await expect(page.getByLabel("称呼")).toHaveValue("慢网速的小周");
  await expect(page.getByLabel("邮箱地址")).toHaveValue(email);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("慢网速的小周", { exact: false }).first()).toBeVisible();
});

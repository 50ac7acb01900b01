import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, linkFromOutbox, LOCALES, tabTo, test, TEST_PASSWORD, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { freshMobile } from "../support/e2e/paths";
import { signIn, signInByPost } from "../support/e2e/sign-in";

// An employer runs its own team (issue 19, item 1): the owner invites a colleague by email (with
// JavaScript) or by mobile number (without), who joins from the link as a recruiter; a recruiter cannot manage the team; the owner makes them a
// manager, then removes them. Both runs change the demo employer's team, so they run one at a time.
test.describe.configure({ mode: "serial" });

async function visitor(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    const byMobile = !javaScriptEnabled;
    test(`the owner invites a recruiter, who joins by the ${byMobile ? "texted" : "emailed"} link; the owner changes their role and removes them, keyboard only`, async ({
      page,
      browser,
      baseURL,
    }) => {
      test.slow();
      // The demo employer account (Li Na, Brightline's owner) is English.
      await signIn(page, "employer");
      await page.goto("/employer");
      await tabTo(page, page.getByRole("link", { name: "Your team" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your team");
      await expect(page).toHaveTitle(/^Your team: Guangshan Brightline Annotation Co\./);
      const team = page.getByRole("list", { name: "Your team" });
      await expect(team.getByRole("listitem").filter({ hasText: "Li Na (you)" })).toContainText("Owner");
      await expect(team.getByRole("listitem").filter({ hasText: "王芳" })).toContainText("Recruiter");
      // Nobody changes their own role: Li Na's name is not a link; a colleague's is.
      await expect(team.getByRole("link", { name: "Li Na" })).toHaveCount(0);
      await expect(team.getByRole("link", { name: "王芳" })).toBeVisible();

      // An empty invitation explains both problems; what was typed is kept.
      await tabTo(page, page.getByRole("link", { name: "Invite a colleague" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite a colleague");
      await tabTo(page, page.getByLabel("Your colleague's email address or mobile number"));
      await page.keyboard.type("colleague at brightline");
      await tabTo(page, page.getByRole("button", { name: "Send the invitation" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^Error: Invite a colleague to Guangshan Brightline/);
      const summary = page.getByRole("alert");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText(["Enter an email address in the correct format, like name@example.com", "Choose a role"]);
      await expect(page.getByLabel("Your colleague's email address or mobile number")).toHaveValue("colleague at brightline");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // A number is typed as people write it (spaces, +86); the text goes to its 11 digits.
      const mobile = freshMobile();
      const typed = byMobile ? `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}` : uniqueEmail("recruiter");
      const shown = byMobile ? `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}` : typed;
      await page.getByLabel("Your colleague's email address or mobile number").fill(typed);
      await page.getByRole("radiogroup", { name: "Role" }).getByText(/^Recruiter:/).click();
      await page.getByRole("button", { name: "Send the invitation" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(`We've sent an invitation to ${shown}. They'll appear here once they open the link.`);
      await expect(page.getByRole("region", { name: "Invitations sent but not yet accepted" })).toContainText(shown);

      // The colleague opens the link on their own device and creates an account.
      const link = await linkFromOutbox(page, byMobile ? mobile : typed, "/invite/");
      const invitee = await visitor(browser, baseURL, javaScriptEnabled);
      await invitee.page.goto(link);
      await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText(/^加入光山明线/);
      await expect(invitee.page.getByText(/角色是“招聘人员”/)).toBeVisible();
      // They will sign in with what the invitation went to, shown and not editable.
      await expect(invitee.page.getByLabel(byMobile ? "手机号" : "邮箱地址")).toHaveValue(shown);
      await invitee.page.getByLabel("称呼").fill("新同事小周");
      await invitee.page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
      await invitee.page.getByRole("button", { name: "创建账户并加入" }).click();
      await expect(invitee.page).toHaveURL(/\/account\?joined=\d+$/);

      // A recruiter sees the team but cannot change it.
      await invitee.page.goto("/employer/team");
      await expect(invitee.page.getByText("只有负责人和管理员可以邀请或移除同事。需要改动时，请联系他们。")).toBeVisible();
      await expect(invitee.page.getByRole("link", { name: "邀请同事" })).toHaveCount(0);
      await expect(invitee.page.getByRole("link", { name: "王芳" })).toHaveCount(0);
      expect((await invitee.page.goto("/employer/team/invite"))?.status()).toBe(403);

      // The owner sees them joined, makes them a manager…
      await page.goto("/employer/team");
      await expect(page.getByRole("region", { name: "Invitations sent but not yet accepted" })).toHaveCount(0);
      await tabTo(page, page.getByRole("link", { name: "新同事小周" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team member: 新同事小周");
      await expect(page.getByRole("radio", { name: /^Recruiter:/ })).toBeChecked();
      await page.getByRole("radiogroup", { name: "Role" }).getByText(/^Manager:/).click();
      await tabTo(page, page.getByRole("button", { name: "Save the role" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("新同事小周 is now “Manager”.");
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await invitee.page.goto("/employer/team");
      await expect(invitee.page.getByRole("link", { name: "邀请同事" })).toBeVisible();
      // …who still cannot change the owner.
      const owner = await invitee.page.request.get(`/employer/team/${await ownerId(page)}`);
      expect(owner.status()).toBe(200);
      expect(await owner.text()).toContain("负责人是为单位注册账户的人，这里不能修改或移除。");

      // …then removes them: the account stays, the team page goes.
      await tabTo(page, page.getByRole("button", { name: "Remove 新同事小周 from the team" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/employer\/team\?removed=\d+$/);
      await expect(page.getByRole("main").getByRole("status")).toHaveText("新同事小周 is no longer in the team.");
      await expect(page.getByRole("list", { name: "Your team" }).getByText("新同事小周")).toHaveCount(0);
      expect((await invitee.page.goto("/employer/team"))?.status()).toBe(403);
      await invitee.context.close();
    });
  });
}

test("nobody changes their own role or the owner's, even by sending the form", async ({ page }) => {
  await signIn(page, "employer");
  await page.goto("/employer/team");
  const self = await ownerId(page);
  await page.goto(`/employer/team/${self}`);
  await expect(page.getByText("You can't change your own role or remove yourself. Ask another manager if you need to.")).toBeVisible();
  await expect(page.getByRole("button")).not.toContainText(["Save the role"]);
  const forged = await page.request.post(`/employer/team/${self}`, { form: { intent: "remove" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  // Someone outside the team is not found, whatever id is in the address.
  expect((await page.request.get("/employer/team/999999999")).status()).toBe(404);
});

for (const locale of LOCALES) {
  test(`the team pages pass axe in ${locale} at 320 and 1280 px, with and without errors`, async ({ page, setLocale }) => {
    await signInByPost(page, "employer");
    await setLocale(locale);
    const zh = locale === "zh-CN";
    const check = async () => {
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNoAxeViolations(page);
      }
    };
    await page.goto("/employer/team");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "团队成员" : "Your team");
    await check();
    await page.getByRole("list", { name: zh ? "团队成员" : "Your team" }).getByRole("link").first().click();
    await expect(page.getByRole("button", { name: zh ? "保存角色" : "Save the role" })).toBeVisible();
    await check();
    await page.goto(`/employer/team/${await ownerId(page)}`);
    await expect(page.getByText(zh ? /你不能修改自己的角色/ : /You can't change your own role/)).toBeVisible();
    await check();
    await page.goto("/employer/team/invite");
    await page.getByRole("button", { name: zh ? "发送邀请" : "Send the invitation" }).click();
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(
      zh ? ["请输入同事的邮箱地址或手机号", "请选择角色"] : ["Enter your colleague's email address or mobile number", "Choose a role"],
    );
    await check();
  });
}

/** The id of the employer's owner, from the team page (the owner's row is not a link to follow). */
async function ownerId(page: Page): Promise<number> {
  const id = Number(/data-user-id="(\d+)" data-role="owner"/.exec(await (await page.request.get("/employer/team")).text())?.[1]);
  expect(Number.isInteger(id) && id > 0).toBe(true);
  return id;
}

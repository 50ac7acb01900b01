import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  linkFromOutbox,
  LOCALES,
  signUp,
  tabTo,
  test as base,
  TEST_PASSWORD,
  uniqueEmail,
  VIEWPORTS,
} from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

// The admin signs in once per worker through the real form, and every test reuses that session:
// signing in for each test would run into the (real) limit of 10 sign-ins a minute per account.
const test = base.extend<object, { adminStorage: string }>({
  adminStorage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, locale: "zh-CN" });
      const page = await context.newPage();
      await signIn(page, "admin");
      const path = workerInfo.project.outputDir + `/admin-session-${workerInfo.workerIndex}.json`;
      await context.storageState({ path });
      await context.close();
      await use(path);
    },
    { scope: "worker" },
  ],
  storageState: async ({ adminStorage }, use) => use(adminStorage),
});

/** A made-up organisation name, unique to this test. */
const orgNames = () => {
  const tag = randomBytes(3).toString("hex");
  return { zh: `测试残疾人就业服务中心${tag}（示例）`, en: `Test Employment Centre ${tag} (demo)` };
};

/** A fresh browser with nobody signed in, as the invited person's own device. */
async function visitor(browser: Browser, baseURL: string | undefined, javaScriptEnabled = true) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/**
 * After a form comes back with errors: with JavaScript, wait until the error summary has taken
 * focus, which happens once React has hydrated; typing before that can be lost to hydration.
 */
async function settled(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) await expect(page.getByRole("alert")).toBeFocused();
}

/** Adds a partner organisation through the admin form and returns its page's path. */
async function createOrganisation(page: Page, names = orgNames()) {
  await page.goto("/admin/organisations/new");
  await page.getByLabel("中文名称").fill(names.zh);
  await page.getByLabel("英文名称").fill(names.en);
  await page.getByRole("radiogroup", { name: "机构类型" }).getByText("残疾人联合会").click();
  await page.getByRole("button", { name: "添加机构" }).click();
  await expect(page).toHaveURL(/\/admin\/organisations\/\d+\?created$/);
  return new URL(page.url()).pathname;
}

/** Sends an invitation from the organisation's page and returns the link from the demo outbox. */
async function invite(page: Page, orgPath: string, email: string, role: "工作人员" | "管理员" = "工作人员") {
  await page.goto(`${orgPath}/invite`);
  await page.getByLabel("工作人员的邮箱地址").fill(email);
  await page.getByRole("radiogroup", { name: "角色" }).getByText(new RegExp(`^${role}：`)).click();
  await page.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`邀请已发到 ${email}。`);
  return linkFromOutbox(page, email, "/invite/");
}

test.describe("who may see the admin area", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a visitor is sent to sign in and comes back; a job seeker gets 403, also for posts", async ({ page }) => {
    await page.goto("/admin/organisations/new");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Forganisations%2Fnew$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin$/);

    await signUp(page, uniqueEmail());
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("你没有权限查看这个页面");
    await expectNoAxeViolations(page);
    for (const path of ["/admin/organisations/1", "/admin/organisations/1/edit", "/admin/organisations/1/invite"]) {
      expect((await page.request.get(path)).status(), path).toBe(403);
    }
    const post = await page.request.post("/admin/organisations/new", { form: { nameZh: "冒充的机构", partnerType: "federation" }, maxRedirects: 0 });
    expect(post.status()).toBe(403);
    const invitePost = await page.request.post("/admin/organisations/1/invite", { form: { email: uniqueEmail(), role: "manager" }, maxRedirects: 0 });
    expect(invitePost.status()).toBe(403);
    // The account page offers no way in.
    await page.goto("/account");
    await expect(page.getByRole("link", { name: "进入平台管理" })).toHaveCount(0);
  });

  test("partner staff are not admins either", async ({ page }) => {
    await signIn(page, "staff");
    expect((await page.goto("/admin"))?.status()).toBe(403);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("add a partner, fix its details, invite staff who join by the emailed link, change their role, remove them", async ({
      page,
      browser,
      baseURL,
    }) => {
      // A whole journey through five pages and two browsers.
      test.slow();
      const names = orgNames();
      await page.goto("/account");
      await tabTo(page, page.getByRole("link", { name: "进入平台管理" }), 120);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("平台管理");
      // The seeded partners are listed with their teams.
      await expect(page.getByRole("link", { name: "明途残疾人就业服务中心（示例）" })).toBeVisible();

      // Add: an empty form explains both problems, keyboard only.
      await tabTo(page, page.getByRole("link", { name: "添加合作机构" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("添加合作机构");
      await tabTo(page, page.getByLabel("网站（选填）"));
      await page.keyboard.type("example dot org");
      await tabTo(page, page.getByRole("button", { name: "添加机构" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^错误：添加合作机构/);
      const summary = page.getByRole("alert");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText([
        "请至少填写一种语言的机构名称",
        "请选择机构类型",
        "请输入以 https:// 或 http:// 开头的完整网址，例如 https://example.org",
      ]);
      await expect(page.getByLabel("网站（选填）")).toHaveValue("example dot org");
      await settled(page, javaScriptEnabled);

      await page.getByLabel("中文名称").fill(names.zh);
      await page.getByLabel("英文名称").fill(names.en);
      await page.getByRole("radiogroup", { name: "机构类型" }).getByText("残疾人联合会").click();
      await page.getByLabel("省份（选填）").fill("河南");
      await page.getByLabel("城市或区县（选填）").fill("信阳");
      await page.getByLabel("网站（选填）").fill("https://example.org/test-centre");
      await page.getByRole("button", { name: "添加机构" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.zh);
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已添加这个机构。现在可以邀请它的工作人员。");
      const orgPath = new URL(page.url()).pathname;
      await expect(page.getByText("这个机构还没有工作人员。")).toBeVisible();
      // axe runs as a script in the page, so only where scripts run.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Edit: a bad website keeps everything else typed; then saved.
      await page.getByRole("link", { name: "修改机构信息" }).click();
      await expect(page.getByLabel("中文名称")).toHaveValue(names.zh);
      await page.getByLabel("城市或区县（选填）").fill("光山县");
      await page.getByLabel("网站（选填）").fill("ftp://example.org");
      await page.getByRole("button", { name: "保存修改" }).click();
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请输入以 https:// 或 http:// 开头的完整网址，例如 https://example.org"]);
      await settled(page, javaScriptEnabled);
      await expect(page.getByLabel("城市或区县（选填）")).toHaveValue("光山县");
      await page.getByLabel("网站（选填）").fill("");
      await page.getByRole("button", { name: "保存修改" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存机构信息。");
      await expect(page.getByRole("definition").filter({ hasText: "光山县" })).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: "未填写" })).toBeVisible();

      // Public contact details: a wrong phone number is explained and nothing typed is lost
      // (the ticked way of contact included); once saved, the public page shows them.
      await page.getByRole("link", { name: "修改机构信息" }).click();
      await page.getByLabel("地址（中文，选填）").fill("河南省信阳市光山县紫水路 1 号一楼，入口无台阶");
      await page.getByLabel("电话（选填）").fill("请打电话给我们");
      await page.getByLabel("电子邮箱（选填）").fill("desk@example.org");
      await page.getByLabel("微信公众号名称（选填）").fill("测试就业服务站");
      await page.getByRole("group", { name: "不用打电话也能联系的方式（选填）" }).getByText("可以预约手语视频通话").click();
      await page.getByRole("button", { name: "保存修改" }).click();
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请输入正确的电话号码，只用数字、空格、横线和括号，例如 010-6255 0101"]);
      await settled(page, javaScriptEnabled);
      await expect(page.getByLabel("电子邮箱（选填）")).toHaveValue("desk@example.org");
      await expect(page.getByLabel("可以预约手语视频通话")).toBeChecked();
      await expect(page.getByLabel("可以给上面的号码发短信")).not.toBeChecked();
      await page.getByLabel("电话（选填）").fill("0376-855 9999");
      await page.getByRole("button", { name: "保存修改" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存机构信息。");
      await page.getByRole("link", { name: "查看它的公开页面和联系方式" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.zh);
      const contact = page.getByRole("region", { name: "联系方式" });
      await expect(contact.getByRole("link", { name: "0376-855 9999" })).toHaveAttribute("href", "tel:03768559999");
      await expect(contact.getByRole("link", { name: "desk@example.org" })).toHaveAttribute("href", "mailto:desk@example.org");
      await expect(contact.getByText("测试就业服务站")).toBeVisible();
      await expect(contact.getByRole("listitem")).toHaveText(["可以预约手语视频通话"]);
      // Real details, not the demo's examples.
      await expect(contact.getByText(/虚构的示例/)).toHaveCount(0);
      await expect(page.getByText("这家机构现在没有公开的职位。")).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.goto(orgPath);

      // Invite: errors first, then a real invitation, listed as waiting.
      const staffEmail = uniqueEmail("staff");
      await page.getByRole("link", { name: "邀请工作人员" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`邀请工作人员加入${names.zh}`);
      await page.getByLabel("工作人员的邮箱地址").fill("not an address");
      await page.getByRole("button", { name: "发送邀请" }).click();
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请输入正确格式的邮箱地址，例如 name@example.com", "请选择一个角色"]);
      await settled(page, javaScriptEnabled);
      await expect(page.getByLabel("工作人员的邮箱地址")).toHaveValue("not an address");
      await page.getByLabel("工作人员的邮箱地址").fill(staffEmail);
      await page.getByRole("radiogroup", { name: "角色" }).getByText(/^工作人员：/).click();
      await page.getByRole("button", { name: "发送邀请" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(`邀请已发到 ${staffEmail}。`);
      await expect(page.getByRole("heading", { name: "等待接受的邀请" })).toBeVisible();
      await expect(page.getByText(staffEmail, { exact: true })).toBeVisible();

      // The invitee opens the link from their inbox on their own device and creates an account.
      const link = await linkFromOutbox(page, staffEmail, "/invite/");
      const invitee = await visitor(browser, baseURL, javaScriptEnabled);
      await invitee.page.goto(link);
      await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText(`加入${names.zh}`);
      await expect(invitee.page.getByText(`邀请发给：${staffEmail}`)).toBeVisible();
      await expect(invitee.page.getByLabel("邮箱地址")).toHaveValue(staffEmail);
      await invitee.page.getByLabel("称呼").fill("新同事小何");
      await invitee.page.getByLabel("密码", { exact: true }).fill("short");
      await invitee.page.getByRole("button", { name: "创建账户并加入" }).click();
      await expect(invitee.page).toHaveTitle(/^错误：/);
      await expect(invitee.page.getByRole("alert").getByRole("link")).toHaveText(["密码至少需要 8 个字符"]);
      await settled(invitee.page, javaScriptEnabled);
      await expect(invitee.page.getByLabel("称呼")).toHaveValue("新同事小何");
      await invitee.page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
      await invitee.page.getByRole("button", { name: "创建账户并加入" }).click();
      await expect(invitee.page).toHaveURL(/\/account\?joined=\d+$/);
      await expect(invitee.page.getByRole("main").getByRole("status")).toHaveText(`你已加入${names.zh}。`);
      await expect(invitee.page.getByRole("main").getByRole("listitem").filter({ hasText: names.zh })).toHaveText(`${names.zh} · 工作人员`);
      // The link proved the address, so it is confirmed already.
      await expect(invitee.page.getByText(`${staffEmail} 已确认。`)).toBeVisible();
      // Single use.
      expect((await invitee.page.goto(link))?.status()).toBe(410);
      await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText("这个邀请已经失效");

      // The admin sees the new member, no longer waiting, and makes them a manager.
      await page.goto(orgPath);
      await expect(page.getByRole("heading", { name: "等待接受的邀请" })).toHaveCount(0);
      await page.getByRole("link", { name: "新同事小何" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("新同事小何的角色");
      await expect(page.getByRole("radiogroup", { name: "角色" }).getByRole("radio", { name: /^工作人员：/ })).toBeChecked();
      await page.getByRole("radiogroup", { name: "角色" }).getByText(/^管理员：/).click();
      await page.getByRole("button", { name: "保存角色" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已把新同事小何的角色改为“管理员”。");
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await invitee.page.goto("/account");
      await expect(invitee.page.getByRole("main").getByRole("listitem").filter({ hasText: names.zh })).toHaveText(`${names.zh} · 管理员`);

      // Removed: the account stays, the membership goes.
      await page.getByRole("button", { name: "移除新同事小何" }).click();
      await expect(page).toHaveURL(new RegExp(`${orgPath}\\?removed=\\d+$`));
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已把新同事小何从机构中移除。");
      await expect(page.getByText("这个机构还没有工作人员。")).toBeVisible();
      await invitee.page.goto("/account");
      await expect(invitee.page.getByText("你还没有加入任何机构。")).toBeVisible();
      await invitee.context.close();
    });
  });
}

test("someone who already has an account signs in from the invitation and accepts it", async ({ page, browser, baseURL }) => {
  const orgPath = await createOrganisation(page);
  const email = uniqueEmail("seeker");
  const person = await visitor(browser, baseURL);
  await signUp(person.page, email);
  await person.context.clearCookies();

  const link = await invite(page, orgPath, email, "管理员");
  await person.page.goto(link);
  await expect(person.page.getByText(`${email} 已经有账户了。请先登录，登录后会回到这里接受邀请。`)).toBeVisible();
  await expectNoAxeViolations(person.page);
  await person.page.getByRole("link", { name: "登录后接受邀请" }).click();
  await person.page.getByLabel("邮箱地址").fill(email);
  await person.page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
  await person.page.getByRole("button", { name: "登录" }).click();
  await expect(person.page).toHaveURL(new RegExp(`${link}$`));
  await expectNoAxeViolations(person.page);
  await person.page.getByRole("button", { name: "接受邀请" }).click();
  await expect(person.page).toHaveURL(/\/account\?joined=\d+$/);
  await expect(person.page.getByRole("main").getByRole("listitem").filter({ hasText: "测试残疾人就业服务中心" })).toContainText("管理员");
  await person.context.close();
});

test("an invitation cannot be accepted from someone else's account", async ({ page, browser, baseURL }) => {
  const orgPath = await createOrganisation(page);
  const invited = uniqueEmail("invited");
  const link = await invite(page, orgPath, invited);
  const other = await visitor(browser, baseURL);
  await signUp(other.page, uniqueEmail("other"));
  await other.page.goto(link);
  await expect(other.page.getByText(new RegExp(`但这个邀请是发给 ${invited} 的`))).toBeVisible();
  await expect(other.page.getByRole("button", { name: "接受邀请" })).toHaveCount(0);
  await expectNoAxeViolations(other.page);
  // A hand-made accept is refused, and the invitation stays usable for its owner.
  const forced = await other.page.request.post(link, { form: { intent: "accept" }, maxRedirects: 0 });
  expect(forced.status()).toBe(303);
  await other.page.goto("/account");
  await expect(other.page.getByText("你还没有加入任何机构。")).toBeVisible();
  // Signing out from the invitation comes back to it, ready for the right person.
  await other.page.goto(link);
  await other.page.getByRole("main").getByRole("button", { name: "退出登录" }).click();
  await expect(other.page).toHaveURL(new RegExp(`${link}$`));
  await expect(other.page.getByRole("heading", { name: "创建账户并加入" })).toBeVisible();
  await other.context.close();
});

test("inviting someone who is already a member says so", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("link", { name: "明途残疾人就业服务中心（示例）" }).click();
  await page.getByRole("link", { name: "邀请工作人员" }).click();
  await page.getByLabel("工作人员的邮箱地址").fill("STAFF@demo.accesswork.example");
  await page.getByRole("radiogroup", { name: "角色" }).getByText(/^工作人员：/).click();
  await page.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["这个人已经在本机构了。要修改角色，请在工作人员列表里点他的名字。"]);
});

test("unknown organisations and members are 404, not errors", async ({ page }) => {
  for (const path of ["/admin/organisations/999999", "/admin/organisations/abc", "/admin/organisations/1/members/999999", "/admin/organisations/1/edit/x"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      /** Loads a page and checks its language, single h1, title and axe. */
      const check = async (page: Page, path: string, status = 200) => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(status);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page).toHaveTitle(/.+ - (无碍就业|AccessWork)$/);
        await expectNoAxeViolations(page);
      };
      /** Submits the form as it is and checks the error state. */
      const submitWithErrors = async (page: Page, button: string) => {
        await page.getByRole("button", { name: button }).click();
        await expect(page.getByRole("alert")).toBeVisible();
        await expect(page).toHaveTitle(locale === "en" ? /^Error: / : /^错误：/);
        await expectNoAxeViolations(page);
      };

      test("every admin page passes axe, with and without errors", async ({ page, setLocale, consoleProblems: _ }) => {
        // Eight pages and three error states, each scanned whole.
        test.slow();
        const en = locale === "en";
        await setLocale(locale);
        await check(page, "/admin");
        await check(page, "/admin/organisations/new");
        await submitWithErrors(page, en ? "Add organisation" : "添加机构");
        // A seeded organisation with staff and a waiting invitation, and each page that acts on it (read-only here).
        await page.goto("/admin");
        await page.getByRole("link", { name: en ? "Mingtu Disability Employment Service Centre (demo)" : "明途残疾人就业服务中心（示例）" }).click();
        await expect(page).toHaveURL(/\/admin\/organisations\/\d+$/);
        const mingtu = new URL(page.url()).pathname;
        await check(page, mingtu);
        await check(page, `${mingtu}/edit`);
        await page.getByLabel(en ? "Name in Chinese" : "中文名称").fill("");
        await page.getByLabel(en ? "Name in English" : "英文名称").fill("");
        await submitWithErrors(page, en ? "Save changes" : "保存修改");
        await check(page, `${mingtu}/invite`);
        await submitWithErrors(page, en ? "Send invitation" : "发送邀请");
        await page.goto(mingtu);
        await page.getByRole("link", { name: "王明" }).click();
        await expect(page).toHaveURL(/\/members\/\d+$/);
        await check(page, new URL(page.url()).pathname);
        await page.goto("/admin");
        await page.getByRole("link", { name: en ? "Hexiang County Employment Service Centre, Guangshan (demo)" : "光山县禾乡就业服务中心（示例）" }).click();
        await expect(page.getByRole("heading", { level: 2 })).toHaveText(
          en ? ["Details", "Staff", "Invitations waiting to be accepted"] : ["机构信息", "工作人员", "等待接受的邀请"],
        );
        await expectNoAxeViolations(page);
      });

      test("the invitation page passes axe as its recipient sees it, with errors and once dead", async ({ page, browser, baseURL, consoleProblems: _ }) => {
        const en = locale === "en";
        const link = await invite(page, await createOrganisation(page), uniqueEmail("axe"));
        const invitee = await visitor(browser, baseURL);
        await invitee.context.addCookies([{ name: "lng", value: Buffer.from(JSON.stringify(locale)).toString("base64"), url: baseURL ?? "" }]);
        await check(invitee.page, link);
        await submitWithErrors(invitee.page, en ? "Create account and join" : "创建账户并加入");
        await expect(invitee.page.getByRole("alert").getByRole("link")).toHaveCount(2);
        await check(invitee.page, `/invite/${randomBytes(32).toString("base64url")}`, 410);
        await invitee.context.close();
      });
    });
  }
}

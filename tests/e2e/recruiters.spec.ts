import { expect, expectNoAxeViolations, test } from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

// Verified recruiters (issue 19, item 3): an employer member lists themselves, by their own choice,
// on the employer's public page; a seeker contacted by someone checks the name there, and reports
// someone pretending. Both runs change the same demo member's listing, so they run one at a time.
test.describe.configure({ mode: "serial" });

const EMPLOYER_PAGE = "/employers/brightline-annotation";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a member lists themselves as a recruiter, a seeker checks names, and reports someone pretending", async ({ page, browser, baseURL }) => {
      // The demo employer account (Li Na) is English.
      await signIn(page, "employer");
      await page.goto("/employer");
      await expect(page.getByText("Your name is not listed.")).toBeVisible();
      await page.getByRole("link", { name: "Choose whether your name is listed" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("List me as a recruiter");
      await expect(page.getByText("The name shown is the one on your account: Li Na.")).toBeVisible();

      // A title that is too long is explained, and kept for fixing.
      const title = page.getByLabel("Job title (optional)");
      await page.getByRole("radiogroup", { name: "Show your name on the employer's public page?" }).getByText("Show my name").click();
      await title.fill("Recruitment and onboarding officer for annotators");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page).toHaveTitle(/^Error: /);
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["The job title must be 40 characters or fewer"]);
      if (javaScriptEnabled) await expect(page.getByRole("alert")).toBeFocused();
      await expect(title).toHaveValue("Recruitment and onboarding officer for annotators");
      await expect(page.getByRole("radio", { name: "Show my name" })).toBeChecked();
      await title.fill("Recruitment officer");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.goto("/employer");
      await expect(page.getByText("You are listed as a recruiter (Recruitment officer).")).toBeVisible();

      // A seeker, signed out on their own phone, checks the names they were given.
      const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "zh-CN", storageState: { cookies: [], origins: [] } });
      const seeker = await context.newPage();
      await seeker.goto(EMPLOYER_PAGE);
      const recruiters = seeker.getByRole("region", { name: "招聘人员" });
      await expect(recruiters.getByRole("listitem")).toContainText(["Li Na · Recruitment officer", "王芳 · 招聘专员", "张磊 · 标注项目主管（负责面试）"]);
      await recruiters.getByLabel("对方告诉你的名字").fill("LI  NA");
      await recruiters.getByRole("button", { name: "核对" }).click();
      await expect(recruiters.getByRole("status")).toContainText("LI  NA 是这家单位公开的招聘人员。");

      // Nothing typed: the error summary, and the title says so.
      await seeker.getByLabel("对方告诉你的名字").fill("");
      await seeker.getByRole("button", { name: "核对" }).click();
      await expect(seeker).toHaveTitle(/^错误：/);
      await expect(seeker.getByRole("alert").getByRole("link")).toHaveText(["请输入对方告诉你的名字"]);
      if (javaScriptEnabled) await expectNoAxeViolations(seeker);

      // Someone not listed: a warning, and a report with the reason already chosen.
      await seeker.getByLabel("对方告诉你的名字").fill("李四");
      await seeker.getByRole("button", { name: "核对" }).click();
      const warning = seeker.getByRole("region", { name: "招聘人员" }).getByRole("status");
      await expect(warning).toContainText("这家单位没有公开名叫“李四”的招聘人员。");
      if (javaScriptEnabled) await expectNoAxeViolations(seeker);
      await warning.getByRole("link", { name: "举报有人冒充这家单位招聘" }).click();
      await expect(seeker.getByRole("heading", { level: 1 })).toHaveText("举报这个职位");
      await expect(seeker.getByRole("radio", { name: "有人自称替这家单位招聘，但不在招聘人员名单上" })).toBeChecked();
      await context.close();

      // Withdrawn: the name leaves the public page at once.
      await page.goto("/employer/recruiter");
      await expect(title).toHaveValue("Recruitment officer");
      await page.getByRole("radiogroup", { name: "Show your name on the employer's public page?" }).getByText("Do not show it").click();
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
      await page.goto(EMPLOYER_PAGE);
      await expect(page.getByRole("region", { name: "Recruiters" }).getByRole("listitem")).toHaveCount(2);
    });
  });
}

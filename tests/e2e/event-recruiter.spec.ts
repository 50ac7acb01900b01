import { expect, expectNoAxeViolations, tabTo, test } from "../support/e2e/fixtures";
import { seededLiveEvent } from "../support/e2e/paths";
import { signInByPost } from "../support/e2e/sign-in";

// A verified recruiter in the live room (issue 20, item 3): the demo recruiter (刘敏) is listed on
// the public page of 北京指间语言服务有限公司, which takes part in the event on now. She answers a
// published question from the event's page, by keyboard alone, and every viewer sees the answer
// marked "已核实的招聘人员" with her employer and her name. The demo's own Q&A is there to follow.

const QUESTION = "我是聋人，面试可以全程用文字或者手语吗？";
const BADGE = "已核实的招聘人员 · 北京指间语言服务有限公司（示例）（刘敏）";

test.describe("a verified recruiter answers in the live room", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a visitor follows the demo's questions and answers, the recruiter's marked as verified", async ({ page }) => {
    await page.goto(await seededLiveEvent(page));
    const qa = page.getByRole("region", { name: "文字提问" });
    const camera = qa.getByRole("listitem").filter({ hasText: "请问远程手语翻译需要自己买专业的摄像头吗？" }).first();
    await expect(camera).toContainText("提问人：刘芳");
    await expect(camera).toContainText(BADGE);
    const deaf = qa.getByRole("listitem").filter({ hasText: QUESTION }).first();
    await expect(deaf).toContainText("提问人：匿名观众");
    await expect(deaf).toContainText("主办方 · 明途残疾人就业服务中心（示例）");
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`the recruiter answers by keyboard ${javaScriptEnabled ? "with" : "without"} JavaScript, and viewers see her badge`, async ({ browser, baseURL }) => {
      test.slow();
      const context = await browser.newContext({ baseURL, javaScriptEnabled, storageState: { cookies: [], origins: [] } });
      const recruiter = await context.newPage();
      const eventPath = await seededLiveEvent(recruiter);
      await signInByPost(recruiter, "recruiter");
      await recruiter.goto(eventPath);
      const asked = recruiter.getByRole("region", { name: "文字提问" }).getByRole("listitem").filter({ hasText: QUESTION }).first();
      const answer = `可以全程用文字面试，我们也有会手语的同事在场。${Date.now().toString(36)}`;
      await tabTo(recruiter, asked.getByLabel("以 北京指间语言服务有限公司（示例） 招聘人员的身份回答"), 160);
      await recruiter.keyboard.type(answer);
      await tabTo(recruiter, asked.getByRole("button", { name: "回答", exact: true }), 10);
      await recruiter.keyboard.press("Enter");
      await expect(recruiter.getByRole("status").filter({ hasText: "已发布你的回答。" })).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(recruiter);
      await context.close();

      // Any viewer: the answer under the question, with who gave it.
      const viewerContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
      const viewer = await viewerContext.newPage();
      await viewer.goto(eventPath);
      const given = viewer
        .getByRole("region", { name: "文字提问" })
        .getByRole("listitem")
        .filter({ hasText: QUESTION })
        .first()
        .getByRole("listitem")
        .filter({ hasText: answer });
      await expect(given).toContainText(BADGE);
      await viewerContext.close();
    });
  }
});

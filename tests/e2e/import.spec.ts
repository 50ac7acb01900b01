import { randomBytes } from "node:crypto";
import { axeAsSeenBy, expect, localeCookie, tabTo, test } from "../support/e2e/fixtures";
import { signInWithKeyboard } from "../support/e2e/sign-in";

// CSV import, keyboard only and without JavaScript: the template, a file in the wrong encoding,
// a file with good and bad rows (each problem shown with its spreadsheet line), importing the good
// rows as drafts, and the same file again adding nothing. axe runs on every state in both
// languages, in a JavaScript-enabled twin browser (axe needs JavaScript).

const HEADER = "row_id,employer,title_zh,description_zh,work_arrangement,employment_form,hours_min,hours_max,schedule,pay_min,pay_max,pay_unit,text_only_possible";

test.use({ javaScriptEnabled: false });

test("staff import openings from a CSV: wrong encoding, a per-row report, import, and no duplicates on a second upload", async ({ page, browser, baseURL, context }) => {
  test.setTimeout(300_000);
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const mark = randomBytes(3).toString("hex");
  const csv = [
    HEADER,
    `${mark}-1,brightline-annotation,远程图像标注员 ${mark},在家给图片画框，提供培训。,remote,piecework,8,30,flexible,0.3,0.5,piece,是`,
    `${mark}-2,no-such-employer,,,remote,flexible,十,20,flexible,25,40,hour,也许`,
    `${mark}-3,brightline-annotation,在线文字客服 ${mark},用文字回复顾客。,remote,flexible,10,20,flexible,25,40,hour,yes`,
  ].join("\r\n");

  // Sign in with the keyboard and reach the import page from the workspace.
  await signInWithKeyboard(page, "staff");
  await page.goto("/staff");
  await tabTo(page, page.getByRole("link", { name: "从表格导入职位" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/staff\/openings\/import$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("从表格导入职位");
  await axeAsSeenBy(browser, context, "/staff/openings/import", baseURL);
  // With no file chosen: the error summary.
  await axeAsSeenBy(browser, context, "/staff/openings/import", baseURL, /^(检查文件|Check the file)$/);

  // The template is UTF-8 with a byte order mark, headed by the machine column names.
  const template = await page.request.get("/staff/openings/import/template.csv");
  expect(template.status()).toBe(200);
  const bytes = Buffer.from(await template.body());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8").slice(1).startsWith("row_id,employer,title_zh,title_en")).toBe(true);

  // A file saved as GBK ("标题" is B1EA CCE2) is refused, saying how to save it.
  const file = page.getByLabel("CSV 文件");
  await tabTo(page, file);
  await file.setInputFiles({
    name: "岗位.csv",
    mimeType: "text/csv",
    buffer: Buffer.concat([Buffer.from(`${HEADER}\r\n1,brightline-annotation,`), Buffer.from([0xb1, 0xea, 0xcc, 0xe2]), Buffer.from(",x,remote,flexible,1,2,flexible,1,2,hour,\r\n")]),
  });
  await tabTo(page, page.getByRole("button", { name: "检查文件" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^错误：从表格导入职位/);
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([/文件不是 UTF-8 编码.*CSV UTF-8（逗号分隔）/]);

  // An empty file.
  await file.setInputFiles({ name: "空.csv", mimeType: "text/csv", buffer: Buffer.from("") });
  await tabTo(page, page.getByRole("button", { name: "检查文件" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["文件是空的。请按模板每行填写一个职位。"]);

  // Good and bad rows: the report names each problem with its line.
  await file.setInputFiles({ name: "岗位.csv", mimeType: "text/csv", buffer: Buffer.from(`\ufeff${csv}\r\n`) });
  await tabTo(page, page.getByRole("button", { name: "检查文件" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/staff\/openings\/import\/[0-9a-f-]{36}$/);
  const reportPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查导入结果");
  const summary = page.getByRole("region", { name: "汇总" });
  await expect(summary.getByRole("listitem")).toHaveText(["文件共 3 行", "2 行可以导入", "1 行有问题（不会导入）", "0 行以前导入过（跳过）"]);
  const bad = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^第 3 行/ }) });
  await expect(bad.getByRole("listitem")).toHaveText([
    "employer：无碍就业上没有名为“no-such-employer”的雇主。请填写雇主简称或统一社会信用代码",
    "title_zh：请至少用一种语言填写职位名称",
    "description_zh：请至少用一种语言填写职位详情",
    "hours_min：每周最少小时数请填整数，例如 10",
    "text_only_possible：请填“是”或“否”，不能填“也许”",
  ]);
  await expect(page.getByRole("heading", { name: `第 2 行：远程图像标注员 ${mark}` })).toBeVisible();
  await axeAsSeenBy(browser, context, reportPath, baseURL);

  // Import the two good rows.
  await tabTo(page, page.getByRole("button", { name: "把 2 个职位导入为草稿" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("已把 2 个职位导入为草稿。跳过以前导入过的 0 行。");
  await expect(page.getByRole("button", { name: /导入为草稿/ })).toHaveCount(0);
  await axeAsSeenBy(browser, context, new URL(page.url()).pathname + new URL(page.url()).search, baseURL);
  // They are drafts in the workspace.
  await page.goto("/staff");
  await expect(page.getByRole("link", { name: `远程图像标注员 ${mark}` })).toHaveCount(1);
  await expect(page.getByRole("link", { name: `在线文字客服 ${mark}` })).toHaveCount(1);

  // The same file again: both good rows were imported before, so nothing can be imported.
  await page.goto("/staff/openings/import");
  await file.setInputFiles({ name: "岗位.csv", mimeType: "text/csv", buffer: Buffer.from(`\ufeff${csv}\r\n`) });
  await tabTo(page, page.getByRole("button", { name: "检查文件" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "汇总" }).getByRole("listitem")).toHaveText([
    "文件共 3 行",
    "0 行可以导入",
    "1 行有问题（不会导入）",
    "2 行以前导入过（跳过）",
  ]);
  await expect(page.getByText("没有可以导入的行。请在表格中改正问题后重新上传。")).toBeVisible();
  await axeAsSeenBy(browser, context, new URL(page.url()).pathname, baseURL);
  await page.goto("/staff");
  await expect(page.getByRole("link", { name: `远程图像标注员 ${mark}` })).toHaveCount(1);
});

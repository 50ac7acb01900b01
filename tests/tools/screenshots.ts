// Takes screenshots of key pages in both languages at 320 px and 1280 px, for a person to look at.
// Usage: start the portal, then `npx tsx tests/tools/screenshots.ts [baseURL] [outDir]`.
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "tests/.artifacts/screens";
const paths = (process.env.SCREEN_PATHS ?? "/,/openings,/openings?q=客服,/openings?q=zzzqqq,/accessibility,/help,/nope").split(",");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
for (const locale of ["zh-CN", "en"]) {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    await context.addCookies([{ name: "lng", value: Buffer.from(JSON.stringify(locale)).toString("base64"), url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/openings`);
    const detail = await page.locator("main ul li a[href^='/openings/']").first().getAttribute("href");
    for (const path of [...paths, ...(detail ? [detail] : [])]) {
      await page.goto(base + path);
      const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      await page.screenshot({ path: `${out}/${name}-${locale}-${width}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots written to ${out}`);

import type { APIRequestContext } from "@playwright/test";
import { expect, LOCALES, localeCookie, test } from "../support/e2e/fixtures";

// What an opening says about applying never contradicts the apply button beside it (issue 19,
// item 2). An opening posted without its own "how to apply" text used to say that applying online
// was "coming soon", right above "sign in to apply"; now it says to apply online, or to contact the
// partner that posted it for help or to apply another way.

/** Every public opening's id, page by page through the API, as a client of it would. */
async function publicOpeningIds(request: APIRequestContext): Promise<number[]> {
  const ids: number[] = [];
  let next: string | null = "/api/openings?perPage=50";
  while (next) {
    const body = (await (await request.get(next)).json()) as { items: { id: number }[]; links: { next: string | null } };
    ids.push(...body.items.map((item) => item.id));
    next = body.links.next;
  }
  return ids;
}

const STANDARD_WORDING = { "zh-CN": "用下方的“申请”在线申请。", en: "Apply online with “Apply” below." } as const;

test("no public opening's page says online applying is not there yet, in either language", async ({ playwright, baseURL }) => {
  for (const locale of LOCALES) {
    const cookie = localeCookie(baseURL ?? "", locale);
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
    const ids = await publicOpeningIds(request);
    expect(ids.length, "public openings").toBeGreaterThan(50);
    let standard = 0;
    for (const id of ids) {
      const html = await (await request.get(`/openings/${id}`)).text();
      expect(html, `opening ${id} (${locale}) has its apply button`).toContain(`redirectTo=%2Fopenings%2F${id}%2Fapply`);
      expect(html, `opening ${id} (${locale})`).not.toMatch(/即将上线|coming soon|for now, contact/i);
      // Every opening shows whom to ask: its partner, linked to the partner's page with the contacts.
      expect(html, `opening ${id} (${locale}) says whom to ask`).toMatch(/id="contact-heading"[\s\S]*href="\/partners\/[a-z0-9-]+"/);
      if (html.includes(STANDARD_WORDING[locale])) standard++;
    }
    // The seed has an opening posted without its own text, so the standard wording is checked too.
    expect(standard, `openings with the standard wording (${locale})`).toBeGreaterThan(0);
    await request.dispose();
  }
});

test("an opening without its own text names the partner to contact, next to the button to apply", async ({ page }) => {
  await page.goto(`/openings?q=${encodeURIComponent("兼职按摩师")}`);
  await page.getByRole("link", { name: "兼职按摩师（晚班和周末）" }).click();
  const howToApply = page.getByRole("region", { name: "如何申请", exact: true });
  await expect(howToApply).toContainText("用下方的“申请”在线申请。申请时需要帮助，或想通过电话、当面申请的，请联系发布这个职位的");
  // The partner named there is the one the page gives as "posted by".
  const postedBy = (await page.locator("dt", { hasText: "发布机构" }).locator("xpath=following-sibling::dd").innerText()).trim();
  expect(postedBy.length).toBeGreaterThan(0);
  await expect(howToApply).toContainText(postedBy);
  await expect(page.getByRole("region", { name: "申请", exact: true }).getByRole("link", { name: "登录后申请" })).toBeVisible();
});

import { expect, expectNoAxeViolations, LOCALES, test } from "../support/e2e/fixtures";

// A person behind every opening (issue 19, item 2): partners and verified employers have public
// pages; every opening says whom to ask, with the partner's phone and email, and leads to both.

const TEXT = {
  "zh-CN": {
    postedBy: "发布机构",
    whoToAsk: "有问题找谁",
    allContacts: "全部联系方式和办公时间",
    contact: "联系方式",
    phone: "电话",
    examples: /虚构的?示例/,
    partnerOpenings: "这家机构发布的职位",
    employerAsk: "有问题问谁",
    employerOpenings: "正在招聘的职位",
    certification: "无障碍认证",
    creditCode: "统一社会信用代码",
    partners: "合作机构",
    footer: "联系合作机构",
    home: "所有合作机构的联系方式",
  },
  en: {
    postedBy: "Posted by",
    whoToAsk: "Who to ask",
    allContacts: "All contact details and opening hours",
    contact: "How to get in touch",
    phone: "Phone",
    examples: /made-up examples/,
    partnerOpenings: "Openings posted by this organisation",
    employerAsk: "Who to ask",
    employerOpenings: "Openings",
    certification: "Accessibility certification",
    creditCode: "Unified social credit code",
    partners: "Partner organisations",
    footer: "Contact a partner",
    home: "How to contact every partner",
  },
} as const;

/** The demo seed's partners (db/seed-data/organisations.ts); tests may add more without contacts. */
const SEEDED_PARTNERS = [
  "mingtu-employment-centre",
  "guangshan-hexiang-employment-centre",
  "qingyou-labour-services",
  "yunzhan-digital-park",
  "tingsong-at-training-centre",
  "shanhe-social-enterprise",
];

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test("from an opening, a seeker finds whom to ask, the partner's page and the employer's page", async ({ page, setLocale }) => {
      await setLocale(locale);
      const text = TEXT[locale];
      // Brightline's demo opening, which has a certificate: search for it as a visitor would.
      await page.goto("/employers/brightline-annotation");
      const employerName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      const firstOpening = page.getByRole("region", { name: text.employerOpenings }).getByRole("link").first();
      const title = (await firstOpening.innerText()).trim();
      await firstOpening.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

      // The certificate the opening shows (other tests may revoke or renew it meanwhile).
      const badge = page.locator(".opening__certification a");
      const certificate = (await badge.count()) > 0 ? await badge.getAttribute("href") : null;

      // Whom to ask: the partner that posted it, with a phone number to call or text.
      const postedBy = (await page.locator("dt", { hasText: text.postedBy }).locator("xpath=following-sibling::dd").innerText()).trim();
      const ask = page.getByRole("region", { name: text.whoToAsk });
      await expect(ask).toContainText(postedBy);
      await expect(ask.getByRole("link", { name: /^[\d -]+$/ })).toHaveAttribute("href", /^tel:\d+$/);
      await expect(ask.getByRole("link", { name: /@example\.org$/ })).toHaveAttribute("href", /^mailto:/);
      // The demo's contact details are made up, and the page says so.
      await expect(ask.getByText(text.examples)).toBeVisible();
      await expectNoAxeViolations(page);

      // The partner's page: the same organisation, its contacts, and this opening among its openings.
      await ask.getByRole("link", { name: text.allContacts }).click();
      await expect(page).toHaveURL(/\/partners\/[a-z0-9-]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(postedBy);
      const contact = page.getByRole("region", { name: text.contact });
      await expect(contact.locator("dt", { hasText: text.phone })).toBeVisible();
      await expect(contact.getByText(text.examples)).toBeVisible();
      await expect(page.getByRole("region", { name: text.partnerOpenings }).getByRole("link", { name: title })).toBeVisible();
      await expectNoAxeViolations(page);

      // Back on the opening, the employer's name leads to its page: verified, certified, whom to ask.
      await page.goBack();
      await page.getByRole("link", { name: employerName, exact: true }).click();
      await expect(page).toHaveURL(/\/employers\/brightline-annotation$/);
      // The same current certificate as the opening showed, or none on either.
      const certification = page.getByRole("region", { name: text.certification });
      if (certificate) await expect(certification.getByRole("link")).toHaveAttribute("href", certificate);
      else await expect(certification.getByRole("link")).toHaveCount(0);
      await expect(page.locator("dt", { hasText: text.creditCode }).locator("xpath=following-sibling::dd")).toHaveText("91411522MAR1TJCKBA");
      await expect(page.getByRole("region", { name: text.employerAsk }).getByRole("link", { name: postedBy })).toHaveAttribute("href", /^\/partners\//);
      await expectNoAxeViolations(page);
    });

    test("every partner is listed with a link to its page, from the home page and the footer", async ({ page, setLocale }) => {
      await setLocale(locale);
      const text = TEXT[locale];
      await page.goto("/");
      await page.getByRole("link", { name: text.home }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.partners);
      const links = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
      expect(await links.count()).toBeGreaterThanOrEqual(6);
      // Each partner's page answers; the demo's six partners each give a phone number and an email.
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs) {
        expect(href).toMatch(/^\/partners\/[a-z0-9-]+$/);
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      for (const slug of SEEDED_PARTNERS) {
        expect(hrefs).toContain(`/partners/${slug}`);
        const html = await (await page.request.get(`/partners/${slug}`)).text();
        expect(html, slug).toMatch(/href="tel:\d+"/);
        expect(html, slug).toMatch(/href="mailto:[^"]+@example\.org"/);
      }
      await page.getByRole("contentinfo").getByRole("link", { name: text.footer }).click();
      await expect(page).toHaveURL(/\/partners$/);
    });
  });
}

test("an employer that is not verified has no public page", async ({ page }) => {
  // 郑州速答 is waiting for its licence to be checked.
  expect((await page.goto("/employers/suda-online-services"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
});

import { createInstance } from "i18next";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { ErrorPage } from "~/components/error-page";
import { resources } from "~/locales/resources.server";
import { i18nConfig } from "~/utils/i18n";

async function render(kind: "notFound" | "server" | "forbidden" | "unavailable", lng: "zh-CN" | "en", typed: [string, string][] = []) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nConfig, resources, lng });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <ErrorPage kind={kind} typed={typed} />
    </I18nextProvider>,
  );
}

describe("error pages", () => {
  it("say what went wrong in Chinese and English, with a way on and no technical detail", async () => {
    const zh = await render("server", "zh-CN");
    expect(zh).toContain("<h1>抱歉，网站出了问题</h1>");
    expect(zh).toContain('href="/"');
    const en = await render("server", "en");
    expect(en).toContain("<h1>Sorry, something went wrong</h1>");
    expect(en).toContain("Nothing you typed has been lost");
    for (const html of [zh, en]) expect(html).not.toMatch(/Error:|stack|at \w+ \(/);
  });

  it("has a not-found page in both languages", async () => {
    expect(await render("notFound", "zh-CN")).toContain("找不到这个页面");
    expect(await render("notFound", "en")).toContain("Page not found");
  });

  it("says the portal is briefly unavailable, that nothing typed was lost, and shows the typed values back", async () => {
    const zh = await render("unavailable", "zh-CN", [["coverLetter", "我想申请 <b>这个</b> 职位"]]);
    expect(zh).toContain("<h1>无碍就业暂时无法使用</h1>");
    expect(zh).toContain("你填写的内容没有丢失");
    expect(zh).toContain("<dt>coverLetter</dt>");
    // Shown as text, never as markup.
    expect(zh).toContain("我想申请 &lt;b&gt;这个&lt;/b&gt; 职位");
    const en = await render("unavailable", "en");
    expect(en).toContain("<h1>AccessWork is briefly unavailable</h1>");
    expect(en).toContain("Nothing you typed was lost");
    expect(en).not.toContain("<dl>");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALWAYS, isPageArea } from "~/locales/areas";
import { pageTranslations } from "~/locales/resources.server";
import { declaredAreas, routeAreas, type RouteAreas } from "../support/i18n-areas";

// A browser gets only the text areas its page's routes declare (`handle.i18n`, plus "common"), so a
// key from an undeclared area would show raw (docs/decisions/018). For every route, the keys written
// out in it and in every module it imports for the browser, transitively, must be in the areas it,
// its parent layouts and "common" declare. Server-only texts (emails, feeds) never reach a page.

const analysis = routeAreas();
const isPage = (file: string) => /^export default /m.test(readFileSync(file, "utf8"));

describe("text areas of pages", () => {
  it("the root layout and its components use only the common area", async () => {
    const { rootNeeds } = await analysis;
    expect(Object.fromEntries(rootNeeds)).toEqual({});
  });

  it("every route declares the areas its keys are in", async () => {
    const { routes } = await analysis;
    const byFile = new Map(routes.map((route) => [route.file, route]));
    const missing: string[] = [];
    // Resource routes (no page, e.g. passkeys.register's JSON) render nothing; the keys they answer
    // with are shown by the page that called them, whose own components name those keys.
    for (const route of routes.filter((route) => isPage(route.file))) {
      const declared = new Set([...ALWAYS, ...declaredAreas(route.file), ...route.parents.flatMap((parent) => declaredAreas(parent))]);
      for (const area of route.needed.filter((area) => !declared.has(area as never))) {
        missing.push(`${route.file} needs "${area}" for ${(route.because.get(area) ?? []).slice(0, 3).join(", ")}`);
      }
      expect(byFile.get(route.file)).toBeDefined();
    }
    expect(missing).toEqual([]);
  });

  it("every page route declares its areas, and only areas that exist and a page may have", async () => {
    const { routes } = await analysis;
    const pages = routes.filter((route: RouteAreas) => isPage(route.file));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      expect(readFileSync(page.file, "utf8"), page.file).toMatch(/export const handle\b[^=]*=\s*\{[^}]*i18n:/);
      for (const area of declaredAreas(page.file)) expect(isPageArea(area), `${page.file}: "${area}"`).toBe(true);
    }
  });

  it("never sends emails or feed texts to a browser", () => {
    const json = pageTranslations("en", ["common", "search", "opening", "about", "auth", "account", "apply", "workspace", "certification", "admin", "emails" as never, "feeds" as never]);
    const texts = JSON.parse(json) as Record<string, Record<string, unknown>>;
    expect(texts.workflow?.email).toBeUndefined();
    expect(texts.feeds).toBeUndefined();
    expect((texts.security?.code as Record<string, unknown> | undefined)?.emailBody).toBeUndefined();
    expect(json).not.toContain("</");
  });
});

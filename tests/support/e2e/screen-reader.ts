import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

// @guidepup/virtual-screen-reader, run inside the page: its browser build is read from node_modules
// (never a CDN) and injected as a module that hands its `virtual` screen reader to the test.

const require = createRequire(import.meta.url);
let bundle: string | null = null;

/** The browser build, rewritten so that it exposes the screen reader on `window.__virtualScreenReader`. */
function browserBundle(): string {
  if (bundle) return bundle;
  const path = require.resolve("@guidepup/virtual-screen-reader/browser.js");
  const source = readFileSync(path, "utf8");
  // The module ends with `export{x as Virtual,y as virtual};` followed by licence comments.
  const exported = /export\s*\{\s*([\w$]+) as Virtual,\s*([\w$]+) as virtual\s*\};?/;
  const match = exported.exec(source);
  if (!match) throw new Error(`unexpected export shape in ${path}`);
  bundle = `${source.replace(exported, () => "")}\nwindow.__virtualScreenReader = ${match[2]};\n`;
  return bundle;
}

/** A select's options other than the chosen one: hidden where other tests add options while the reader reads. */
export const UNCHOSEN_OPTIONS = "main select option:not(:checked)";

/**
 * Everything the virtual screen reader says when it reads the page from the top, item by item
 * (its "next" command, like a down-arrow in browse mode), up to `max` items. `hide`: elements
 * other tests change while this runs, hidden from the reader first so a snapshot of the log stays
 * stable.
 */
export async function readWholePage(page: Page, { max = 800, hide }: { max?: number; hide?: string } = {}): Promise<string[]> {
  if (hide) await page.locator(hide).evaluateAll((found) => found.forEach((element) => element.setAttribute("aria-hidden", "true")));
  await page.addScriptTag({ content: browserBundle(), type: "module" });
  await page.waitForFunction(() => "__virtualScreenReader" in window);
  return page.evaluate(async (limit) => {
    type Reader = {
      start: (options: { container: Element; displayCursor?: boolean }) => Promise<void>;
      next: () => Promise<void>;
      lastSpokenPhrase: () => Promise<string>;
      spokenPhraseLog: () => Promise<string[]>;
      stop: () => Promise<void>;
    };
    const reader = (window as unknown as { __virtualScreenReader: Reader }).__virtualScreenReader;
    await reader.start({ container: document.body, displayCursor: false });
    for (let i = 0; i < limit; i++) {
      await reader.next();
      if ((await reader.lastSpokenPhrase()) === "end of document") break;
    }
    const log = await reader.spokenPhraseLog();
    await reader.stop();
    return log;
  }, max);
}

/** Stable text for a spoken-log snapshot: counts, dates and ids change as other tests add things. */
export const normalise = (log: string[]) =>
  `${log
    .map((line) =>
      line
        .replace(/(?<!level )\d+/g, "#")
        // The demo's events are seeded relative to the time of the run, so one may end after midnight
        // in China ("… 22:30 至 2026年12月8日 01:00"); read with its digits masked, that is the same page.
        .replace(/#:# 至 #年#月#日 #:#/g, "#:#–#:#"),
    )
    .join("\n")}\n`;

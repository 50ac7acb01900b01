import { expect, type CDPSession, type Page } from "@playwright/test";
import { AXE_TAGS, axeBuilder } from "../fixtures";

// The checks of the accessibility suite where axe is blind (ACCESSIBILITY.md section 2). Each runs
// on the page as it is, so one page load serves many checks.

/** One stop of a Tab walk: what a screen reader would say (role and name), and what went wrong there. */
export type TabStop = { label: string; problems: string[]; dynamic: boolean };

/** The most Tab presses a page may take before we call it a trap. */
const MAX_STOPS = 250;

/**
 * Marks the focused element, gives it a walk-wide identity, and reports where it is drawn and
 * what covers it. One round trip per stop.
 */
async function describeFocused(page: Page, dynamicSelectors: string[]) {
  return page.evaluate((dynamicSelectors) => {
    const el = document.activeElement as (HTMLElement & { __a11yWalkId?: number }) | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const w = window as unknown as { __a11yWalkNext?: number };
    if (el.__a11yWalkId === undefined) el.__a11yWalkId = w.__a11yWalkNext = (w.__a11yWalkNext ?? 0) + 1;
    document.querySelectorAll("[data-a11y-stop]").forEach((node) => node.removeAttribute("data-a11y-stop"));
    el.setAttribute("data-a11y-stop", "");
    // React Aria draws checkboxes and radios on the label around a visually hidden input.
    const hiddenInput = el.matches("input[type='checkbox'], input[type='radio']");
    const visual = hiddenInput ? (el.closest("label") ?? el) : el;
    const rect = visual.getBoundingClientRect();
    // A link that wraps onto two lines: its first line box, not the middle of its bounding box (a gap).
    const line = visual.getClientRects()[0] ?? rect;
    const x = Math.min(Math.max(line.left + line.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(line.top + line.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const inView = rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
    const covered = !hit || !(hit === el || el.contains(hit) || visual.contains(hit));
    const coveredBy = covered && hit ? `${hit.tagName.toLowerCase()}.${(hit as HTMLElement).className}` : null;
    return {
      id: String(el.__a11yWalkId),
      box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
      scroll: { x: window.scrollX, y: window.scrollY },
      inView,
      coveredBy: covered ? (coveredBy ?? "nothing") : null,
      dynamic: dynamicSelectors.length > 0 && Boolean(el.closest(dynamicSelectors.join(","))),
    };
  }, dynamicSelectors);
}

/** The first line of Playwright's aria snapshot of the focused element: role and accessible name. */
async function focusedLabel(page: Page): Promise<string> {
  const snapshot = await page.locator("[data-a11y-stop]").ariaSnapshot();
  const first = snapshot.split("\n")[0] ?? "";
  return first.replace(/^- /, "").replace(/:$/, "").trim();
}

/**
 * A screenshot of a box around the focused control, clamped to the viewport, straight from the
 * compositor (Playwright's own screenshot waits for fonts and restyles the page each time, which
 * is too slow for hundreds of stops). The text caret is hidden during walks (see focusTopOfPage).
 */
async function shot(page: Page, box: { x: number; y: number; width: number; height: number }, scroll: { x: number; y: number }): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const x = Math.max(0, Math.floor(box.x - 8));
  const y = Math.max(0, Math.floor(box.y - 8));
  const width = Math.max(1, Math.min(viewport.width - x, Math.ceil(box.width + 16)));
  const height = Math.max(1, Math.min(viewport.height - y, Math.ceil(box.height + 16)));
  const session = await cdp(page);
  // The protocol's clip is in document coordinates; the box is relative to the viewport.
  const clip = { x: x + scroll.x, y: y + scroll.y, width, height, scale: 1 };
  const { data } = await session.send("Page.captureScreenshot", { format: "png", clip, fromSurface: true });
  return data;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Starts keyboard navigation from the top of the document, as after a fresh load: a throwaway
 * element at the start of <body> takes focus, so the next Tab goes to the first stop.
 */
export async function focusTopOfPage(page: Page) {
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.id = "a11y-walk-start";
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
    // A blinking caret would make a focused field's pixels differ by chance.
    const caret = new CSSStyleSheet();
    caret.replaceSync("* { caret-color: transparent !important; }");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, caret];
  });
}

/**
 * Presses Tab from the top until focus leaves the page or comes back to the first stop.
 * At each stop: the focus indicator changes the pixels (when `pixels`), and the control is not
 * covered by other content. Fails on a trap (a stop repeats before the walk ends, or it never ends).
 */
export async function tabWalk(
  page: Page,
  {
    pixels,
    labels = true,
    dynamicLists = [],
    limit,
  }: { pixels: boolean; /** Read each stop's role and name. */ labels?: boolean; dynamicLists?: string[]; /** Check only the first stops. */ limit?: number },
): Promise<TabStop[]> {
  await focusTopOfPage(page);
  const stops: TabStop[] = [];
  const seen = new Set<string>();
  let first: string | null = null;
  let ended = false;
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press("Tab");
    if (i === 0) await page.evaluate(() => document.getElementById("a11y-walk-start")?.remove());
    const info = await describeFocused(page, dynamicLists);
    if (!info) {
      ended = true; // focus left the document: the end of the tab order
      break;
    }
    if (seen.has(info.id)) {
      if (info.id === first) ended = true; // wrapped round to the first stop
      else stops.push({ label: await focusedLabel(page), problems: ["focus trap: this stop came round again"], dynamic: false });
      break;
    }
    if (first === null) first = info.id;
    seen.add(info.id);
    const problems: string[] = [];
    if (!info.inView) problems.push("not scrolled into view");
    if (info.coveredBy) problems.push(`obscured by ${info.coveredBy}`);
    if (pixels && info.inView) {
      const focused = await shot(page, info.box, info.scroll);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      const blurred = await shot(page, info.box, info.scroll);
      await page.evaluate(() => document.querySelector<HTMLElement>("[data-a11y-stop]")?.focus({ preventScroll: true }));
      if (focused === blurred) problems.push("no visible focus indicator (focused and blurred pixels are the same)");
    }
    // The role and name are read for the snapshot, and otherwise only to name a problem.
    const label = labels || problems.length > 0 ? await focusedLabel(page) : "";
    stops.push({ label, problems, dynamic: info.dynamic });
    if (limit && stops.length >= limit) return stops;
  }
  expect.soft(ended, `Tab never left the page after ${stops.length} stops: a focus trap`).toBe(true);
  return stops;
}

/** The focus order as a reviewed, human-readable text snapshot; stops inside dynamic lists collapse to one line. */
export function focusOrderText(stops: TabStop[]): string {
  const lines: string[] = [];
  for (const stop of stops) {
    // Counts and page numbers change as other tests add openings; the shape of the page does not.
    const line = stop.dynamic ? "… items of a list that other tests change" : stop.label.replace(/\d+/g, "#");
    if (!(stop.dynamic && lines[lines.length - 1] === line)) lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

/** Fails with each stop's problems, named by the stop. */
export function expectNoStopProblems(stops: TabStop[], what: string) {
  const problems = stops.flatMap((stop, index) => stop.problems.map((p) => `stop ${index + 1} (${stop.label}): ${p}`));
  expect.soft(problems, what).toEqual([]);
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect.soft(widths.scroll, `${what}: page scrolls sideways (${widths.scroll} > ${widths.client})`).toBeLessThanOrEqual(widths.client);
}

/**
 * "Clipped", concretely:
 * 1. a visible element that hides its overflow (overflow hidden or clip on either axis) whose content
 *    is bigger than its box (scrollWidth > clientWidth or scrollHeight > clientHeight, by more than
 *    1 px), while it holds text; visually hidden helpers (1 px boxes) are not content;
 * 2. a line of visible text that crosses the left or right edge of the viewport.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const hides = (v: string) => v === "hidden" || v === "clip";
      if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
      if (!el.textContent?.trim()) continue;
      const overX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const overY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY) found.push(`${name(el)} cuts off its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const width = document.documentElement.clientWidth;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [aria-hidden='true'], .visually-hidden, .skip-link, .honeypot")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width === 0) continue;
        if (rect.left < -1 || rect.right > width + 1) {
          found.push(`text "${node.textContent.trim().slice(0, 30)}" in ${name(parent)} crosses the viewport edge (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width})`);
          break;
        }
      }
    }
    return found;
  });
}

/** WCAG 1.4.12's text-spacing values, applied as a user style sheet would (a constructed sheet: CSP allows it). */
export async function applyTextSpacing(page: Page, on: boolean) {
  await page.evaluate((enable) => {
    const w = window as unknown as { __textSpacing?: CSSStyleSheet };
    if (!w.__textSpacing) {
      w.__textSpacing = new CSSStyleSheet();
      w.__textSpacing.replaceSync(
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
      );
    }
    const sheet = w.__textSpacing;
    document.adoptedStyleSheets = enable ? [...document.adoptedStyleSheets.filter((s) => s !== sheet), sheet] : document.adoptedStyleSheets.filter((s) => s !== sheet);
  }, on);
}

/** 200% text: the root font size doubled, as the browser's text-size setting does. */
export async function applyDoubleText(page: Page, on: boolean) {
  await page.evaluate((enable) => {
    document.documentElement.style.fontSize = enable ? "200%" : "";
  }, on);
}

/** Primary controls smaller than 44×44 CSS px (WCAG 2.5.5 AAA): buttons, main navigation links and pagination. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "button, input[type='submit'], [role='button'], .site-header__nav a, .pagination a, a.button";
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest("[aria-hidden='true'], .honeypot")) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.width < 43.5 || rect.height < 43.5) small.push(`"${(el.textContent ?? "").trim().slice(0, 30)}" is ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    return small;
  });
}

/** Animations that run, and elements whose transitions or animations last longer than zero. */
export async function runningMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = document.getAnimations().map((a) => `animation running: ${a.constructor.name}`);
    const seconds = (list: string) => list.split(",").reduce((sum, v) => sum + (parseFloat(v) || 0), 0);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("*"))) {
      const style = getComputedStyle(el);
      if (seconds(style.transitionDuration) > 0) found.push(`${el.tagName.toLowerCase()}.${el.className}: transition ${style.transitionDuration}`);
      if (style.animationName !== "none" && seconds(style.animationDuration) > 0) found.push(`${el.tagName.toLowerCase()}.${el.className}: animation ${style.animationName}`);
    }
    return found;
  });
}

/** Runs axe with the given rules or tags and fails with a readable list. */
export async function expectAxe(page: Page, what: string, options: { rules?: string[]; tags?: string[] }) {
  let builder = axeBuilder(page);
  if (options.rules) builder = builder.withRules(options.rules);
  if (options.tags) builder = builder.withTags(options.tags);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")} ${n.any.map((a) => a.message).join("; ")}`).join("\n    ")}`,
  );
  expect.soft(summary, `${what} on ${page.url()}`).toEqual([]);
}

export { AXE_TAGS };

/** In forced colours: controls that lost every border, so their edges can no longer be seen. */
export async function borderlessControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(".button, .input, .choice__box, .tag, .badge, .chip, .error-summary"))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0) continue;
      const style = getComputedStyle(el);
      const sides = ["Top", "Right", "Bottom", "Left"] as const;
      const visible = sides.some((side) => {
        const w = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const s = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const c = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
        return w > 0 && s !== "none" && c !== "rgba(0, 0, 0, 0)" && c !== "transparent";
      });
      if (!visible) lost.push(`${el.tagName.toLowerCase()}.${el.className} has no visible border`);
    }
    return lost;
  });
}

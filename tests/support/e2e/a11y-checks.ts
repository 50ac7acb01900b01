import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type CDPSession, type Page } from "@playwright/test";
import { AXE_TAGS } from "./fixtures";

// The checks of the accessibility suite where axe is blind (docs/accessibility.md, "Layer 2"). Each runs
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
    document.getElementById("a11y-walk-start")?.remove();
    const el = document.activeElement as (HTMLElement & { __a11yWalkId?: number }) | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const w = window as unknown as { __a11yWalkNext?: number };
    if (el.__a11yWalkId === undefined) {
      el.__a11yWalkId = w.__a11yWalkNext = (w.__a11yWalkNext ?? 0) + 1;
      // So a stop can be named after the walk, when a problem is found only then.
      el.setAttribute("data-a11y-walk-id", String(el.__a11yWalkId));
    }
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
  return ariaLabelOf(page, "[data-a11y-stop]");
}

/** The first line of Playwright's aria snapshot of an element: role and accessible name. */
async function ariaLabelOf(page: Page, selector: string): Promise<string> {
  const snapshot = await page.locator(selector).ariaSnapshot();
  const first = snapshot.split("\n")[0] ?? "";
  return first.replace(/^- /, "").replace(/:$/, "").trim();
}

type Box = { x: number; y: number; width: number; height: number };

/** A box around the focused control (8 px on each side for an outline), in whole pixels, clamped to the viewport. */
function clipAround(page: Page, box: Box): Box {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const x = Math.min(Math.max(0, Math.floor(box.x - 8)), viewport.width - 1);
  const y = Math.min(Math.max(0, Math.floor(box.y - 8)), viewport.height - 1);
  const width = Math.max(1, Math.min(viewport.width - x, Math.ceil(box.width + 16)));
  const height = Math.max(1, Math.min(viewport.height - y, Math.ceil(box.height + 16)));
  return { x, y, width, height };
}

/**
 * A PNG of part of the viewport (`clip`, in viewport pixels; the whole viewport when left out),
 * straight from the compositor: Playwright's own screenshot waits for fonts and restyles the page
 * each time, which is too slow for hundreds of stops. The text caret is hidden during walks (see
 * focusTopOfPage).
 */
async function shot(page: Page, scroll: { x: number; y: number }, clip?: Box): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const area = clip ?? { x: 0, y: 0, width: viewport.width, height: viewport.height };
  const session = await cdp(page);
  // The protocol's clip is in document coordinates; ours are relative to the viewport.
  const { data } = await session.send("Page.captureScreenshot", {
    format: "png",
    clip: { x: area.x + scroll.x, y: area.y + scroll.y, width: area.width, height: area.height, scale: 1 },
    fromSurface: true,
    // Still a lossless PNG (the pixels compared are the same), encoded with less compression: the
    // full-viewport shots of a Tab walk took about a third less time.
    optimizeForSpeed: true,
  });
  return data;
}

/**
 * For each pair (a control's box focused; the same box in the unfocused page): whether any pixel
 * differs, and how many pixels changed with a contrast of at least 3:1 between their focused and
 * unfocused colour (WCAG's measure for a focus indicator, 1.4.11 and 2.4.13). Decoded and compared
 * in the page itself (createImageBitmap and a canvas), all at once after the walk: one round trip
 * instead of two per stop, and no PNG decoder in the test runner.
 */
async function focusChanges(page: Page, pairs: { focused: string; blurred: string; clip: Box }[]): Promise<{ differs: boolean; strong: number }[]> {
  if (pairs.length === 0) return [];
  // Many stops share one unfocused screenshot: each PNG crosses into the page once.
  const images = [...new Set(pairs.flatMap((pair) => [pair.focused, pair.blurred]))];
  const index = new Map(images.map((image, i) => [image, i]));
  const jobs = pairs.map((pair) => ({ focused: index.get(pair.focused) ?? -1, blurred: index.get(pair.blurred) ?? -1, clip: pair.clip }));
  return page.evaluate(async ({ images, jobs }) => {
    // Decoded all at once: the browser decodes in parallel.
    const bitmaps = await Promise.all(
      images.map((image) => createImageBitmap(new Blob([Uint8Array.from(atob(image), (c) => c.charCodeAt(0))], { type: "image/png" }))),
    );
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("no 2D canvas");
    const pixels = (bitmap: ImageBitmap, x: number, y: number, width: number, height: number) => {
      canvas.width = width;
      canvas.height = height;
      context.clearRect(0, 0, width, height);
      context.drawImage(bitmap, x, y, width, height, 0, 0, width, height);
      return context.getImageData(0, 0, width, height).data;
    };
    // WCAG's relative luminance of an sRGB colour, from 0 (black) to 1 (white); one table for the 256 channel values.
    const linear = Array.from({ length: 256 }, (_, value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const luminance = (d: Uint8ClampedArray, i: number) =>
      0.2126 * (linear[d[i] ?? 0] ?? 0) + 0.7152 * (linear[d[i + 1] ?? 0] ?? 0) + 0.0722 * (linear[d[i + 2] ?? 0] ?? 0);
    const results: { differs: boolean; strong: number }[] = [];
    for (const { focused, blurred, clip } of jobs) {
      const [focusedBitmap, blurredBitmap] = [bitmaps[focused], bitmaps[blurred]];
      if (!focusedBitmap || !blurredBitmap) throw new Error("a screenshot is missing");
      const a = pixels(focusedBitmap, 0, 0, clip.width, clip.height);
      const b = pixels(blurredBitmap, clip.x, clip.y, clip.width, clip.height);
      let differs = a.length !== b.length;
      let strong = 0;
      for (let i = 0; i < Math.min(a.length, b.length); i += 4) {
        if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2] && a[i + 3] === b[i + 3]) continue;
        differs = true;
        const [light, dark] = [luminance(a, i), luminance(b, i)].sort((x, y) => y - x) as [number, number];
        if ((light + 0.05) / (dark + 0.05) >= 3) strong++;
      }
      results.push({ differs, strong });
    }
    return results;
  }, { images, jobs });
}

/**
 * The fewest pixels a focus indicator must change at 3:1 or more: as many as a 1 px line round the
 * control, or round a 24×24 px target when the control is bigger (a checkbox's ring goes round its
 * box, not the whole row of its label).
 */
function strongPixelsNeeded(box: Box): number {
  return Math.min(Math.round(2 * (box.width + box.height)), 4 * 24);
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
 * At each stop: the focus indicator changes the pixels, enough of them at 3:1 (when `pixels`), and the control is not
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
  // Stops whose pixels are compared after the walk, with the unfocused page at the same scroll.
  const compare: { stop: number; id: string; focused: string; blurred: string; clip: Box; needed: number }[] = [];
  // The unfocused page, one screenshot per scroll position: with nothing focused, the page looks
  // the same whichever control had focus, so the stops drawn at one scroll position share it.
  const unfocused = new Map<string, string>();
  const seen = new Set<string>();
  let first: string | null = null;
  let ended = false;
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press("Tab");
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
      const clip = clipAround(page, info.box);
      const focused = await shot(page, info.scroll, clip);
      const at = `${info.scroll.x},${info.scroll.y}`;
      let blurred = unfocused.get(at);
      if (!blurred) {
        await page.evaluate(() => (document.activeElement as HTMLElement).blur());
        blurred = await shot(page, info.scroll);
        await page.evaluate(() => document.querySelector<HTMLElement>("[data-a11y-stop]")?.focus({ preventScroll: true }));
        unfocused.set(at, blurred);
      }
      compare.push({ stop: stops.length, id: info.id, focused, blurred, clip, needed: strongPixelsNeeded(info.box) });
    }
    // The role and name are read for the snapshot, and otherwise only to name a problem.
    const label = labels || problems.length > 0 ? await focusedLabel(page) : "";
    stops.push({ label, problems, dynamic: info.dynamic });
    if (limit && stops.length >= limit) {
      ended = true;
      break;
    }
  }
  const changes = await focusChanges(page, compare.map(({ focused, blurred, clip }) => ({ focused, blurred, clip })));
  for (const [index, pair] of compare.entries()) {
    const stop = stops[pair.stop];
    const change = changes[index];
    if (!stop || !change) continue;
    let problem: string | null = null;
    if (!change.differs) problem = "no visible focus indicator (focused and unfocused pixels are the same)";
    else if (change.strong < pair.needed) {
      problem = `focus indicator under 3:1: ${change.strong} pixels change with 3:1 contrast or more, at least ${pair.needed} needed`;
    }
    if (problem) {
      if (!stop.label) stop.label = await ariaLabelOf(page, `[data-a11y-walk-id="${pair.id}"]`);
      stop.problems.push(problem);
    }
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

/** How the page is shown while it is measured: as it is, at 200% text, or with WCAG 1.4.12's text spacing. */
export type TextMode = "as-is" | "200% text" | "text spacing";

/** What one text mode measured: clipped content (see below), and the page's and viewport's widths. */
export type ReflowResult = { mode: TextMode; clipped: string[]; scrollWidth: number; clientWidth: number };

/**
 * Measures the page in each text mode in turn, in one round trip, and puts it back as it was.
 * "200% text" doubles the root font size, as the browser's text-size setting does; "text spacing"
 * applies WCAG 1.4.12's values as a user style sheet would (a constructed sheet: CSP allows it).
 *
 * "Clipped", concretely:
 * 1. a visible element that hides its overflow (overflow hidden or clip on either axis) whose content
 *    is bigger than its box (scrollWidth > clientWidth or scrollHeight > clientHeight, by more than
 *    1 px), while it holds text; visually hidden helpers (1 px boxes) are not content;
 * 2. a line of visible text that crosses the left or right edge of the viewport.
 */
export async function measureReflow(page: Page, modes: TextMode[]): Promise<ReflowResult[]> {
  return page.evaluate((modes) => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`;
    const clipped = () => {
      const found: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
        const style = getComputedStyle(el);
        const hides = (v: string) => v === "hidden" || v === "clip";
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        if (style.display === "none" || style.visibility === "hidden") continue;
        if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
        if (!el.textContent?.trim()) continue;
        const overX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const overY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        if (overX || overY) found.push(`${name(el)} cuts off its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const width = document.documentElement.clientWidth;
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, [aria-hidden='true'], .visually-hidden, .skip-link, .honeypot")) continue;
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
    };
    const spacing = new CSSStyleSheet();
    spacing.replaceSync("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }");
    const sheets = document.adoptedStyleSheets;
    const results = [];
    for (const mode of modes) {
      if (mode === "200% text") document.documentElement.style.fontSize = "200%";
      if (mode === "text spacing") document.adoptedStyleSheets = [...sheets, spacing];
      results.push({ mode, clipped: clipped(), scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth });
      document.documentElement.style.fontSize = "";
      document.adoptedStyleSheets = sheets;
    }
    return results;
  }, modes);
}

/** Fails (softly) for each mode where text is clipped, and where asked, where the page scrolls sideways. */
export function expectNoReflowProblems(results: ReflowResult[], where: string, { sideways }: { sideways: TextMode[] }) {
  for (const result of results) {
    expect.soft(result.clipped, `clipped (${result.mode}, ${where})`).toEqual([]);
    if (sideways.includes(result.mode)) {
      expect.soft(result.scrollWidth, `${result.mode} at ${where}: page scrolls sideways (${result.scrollWidth} > ${result.clientWidth})`).toBeLessThanOrEqual(result.clientWidth);
    }
  }
}

/**
 * In one round trip: primary controls smaller than 44×44 CSS px (WCAG 2.5.5 AAA: buttons, main
 * navigation links and pagination), and motion that runs (animations, and elements whose
 * transitions or animations last longer than zero).
 */
export async function targetsAndMotion(page: Page): Promise<{ smallTargets: string[]; motion: string[] }> {
  return page.evaluate(() => {
    const selector = "button, input[type='submit'], [role='button'], .site-header__nav a, .pagination a, a.button";
    const smallTargets: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest("[aria-hidden='true'], .honeypot")) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.width < 43.5 || rect.height < 43.5) smallTargets.push(`"${(el.textContent ?? "").trim().slice(0, 30)}" is ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    const motion = document.getAnimations().map((a) => `animation running: ${a.constructor.name}`);
    const seconds = (list: string) => list.split(",").reduce((sum, v) => sum + (parseFloat(v) || 0), 0);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("*"))) {
      const style = getComputedStyle(el);
      if (seconds(style.transitionDuration) > 0) motion.push(`${el.tagName.toLowerCase()}.${el.className}: transition ${style.transitionDuration}`);
      if (style.animationName !== "none" && seconds(style.animationDuration) > 0) motion.push(`${el.tagName.toLowerCase()}.${el.className}: animation ${style.animationName}`);
    }
    return { smallTargets, motion };
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe with the given rules and fails with a readable list. axe is injected into the page once
 * and then run as often as needed (AxeBuilder injects it again for every run).
 */
export async function expectAxe(page: Page, what: string, { rules }: { rules: string[] }) {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (rules) => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[]; any: { message: string }[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const results = await axe.run(document, { runOnly: { type: "rule", values: rules }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), any: n.any.map((a) => ({ message: a.message })) })) }));
  }, rules);
  const summary = violations.map(
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

/**
 * Form fields whose border, the only thing that shows where to type or tick, has less than 3:1
 * contrast against the background behind the field (WCAG 1.4.11). Buttons are named by their
 * text, so their edges are not needed to identify them.
 */
export async function weakFieldBorders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    /** The first opaque background at or above the element, the page's white when none. */
    const backgroundBehind = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if ((colour[3] ?? 1) === 1 && colour.length >= 3) return colour;
      }
      return [255, 255, 255];
    };
    const weak: string[] = [];
    const fields = document.querySelectorAll<HTMLElement>(
      "input:not([type='hidden']):not([type='checkbox']):not([type='radio']):not([type='submit']), select, textarea, .choice__box",
    );
    for (const el of Array.from(fields)) {
      const rect = el.getBoundingClientRect();
      // Visually hidden inputs (React Aria's checkboxes draw .choice__box instead) have no border to see.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      const behind = luminance(backgroundBehind(el.parentElement));
      const best = Math.max(
        0,
        ...(["top", "right", "bottom", "left"] as const)
          .filter((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && style.getPropertyValue(`border-${side}-style`) !== "none")
          .map((side) => {
            const border = luminance(rgba(style.getPropertyValue(`border-${side}-color`)));
            return (Math.max(border, behind) + 0.05) / (Math.min(border, behind) + 0.05);
          }),
      );
      if (best < 3) weak.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}: border ${best.toFixed(2)}:1 against its background`);
    }
    return weak;
  });
}

/** The error summary takes focus after an invalid submit, and each of its links moves focus to its field. */
export async function checkErrorSummary(page: Page) {
  const summary = page.locator(".error-summary");
  await expect(summary, "the error summary takes focus").toBeFocused();
  await expect(summary).toHaveAttribute("role", "alert");
  const links = summary.getByRole("link");
  const count = await links.count();
  expect(count, "the error summary lists at least one error").toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const target = ((await link.getAttribute("href")) ?? "").replace(/^#/, "");
    await link.focus();
    await page.keyboard.press("Enter");
    const landed = await page.evaluate((id) => {
      const field = document.getElementById(id);
      const active = document.activeElement;
      return Boolean(field && active && (field === active || field.contains(active)));
    }, target);
    expect.soft(landed, `the error link to #${target} moves focus to its field`).toBe(true);
  }
  // Following the links leaves the summary in place, for the next error.
  await expect(summary.getByRole("link"), "the error summary stays after its links are followed").toHaveCount(count);
}

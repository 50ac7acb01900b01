// When a keyword names something a filter finds better (远程, 手语, captions…), the results page
// says so and links to the same search with the filter on and the word taken out (issue 19). A
// word finds the openings whose text uses it (or a synonym, or an access word the opening is
// marked with); "remote" found 16 openings in the demo where the Remote filter finds 44, because
// most remote openings never write the word. A filter finds every opening marked with it.

import type { WorkArrangement } from "~/domain/opening";
import type { AccessFilter, OpeningsSearch } from "~/domain/opening-filters";

type Target = { key: "arrangement"; value: WorkArrangement } | { key: "access"; value: AccessFilter };

/** Words (as people type them, in either language) and the filter value each stands for. */
const KEYWORD_FILTERS: { words: string[]; target: Target }[] = [
  { words: ["远程", "居家", "在家", "remote"], target: { key: "arrangement", value: "remote" } },
  { words: ["混合办公", "hybrid"], target: { key: "arrangement", value: "hybrid" } },
  { words: ["手语"], target: { key: "access", value: "sign_language" } },
  { words: ["字幕", "captions", "captioned"], target: { key: "access", value: "captions" } },
  { words: ["读屏", "屏幕阅读器", "nvda"], target: { key: "access", value: "screen_reader" } },
  { words: ["无障碍通道", "step-free"], target: { key: "access", value: "step_free" } },
];

/** A hint: the word as it was typed, the filter it stands for (and the text key of its name), and the query string that uses the filter instead. */
export type KeywordHint = { word: string; key: Target["key"]; value: string; labelKey: string; query: string };

const LATIN_WORD = /^[a-z-]+$/;

/** Where `word` occurs in `q` as the search would read it: anywhere in Chinese, as a whole word otherwise. */
function findWord(q: string, word: string): RegExpExecArray | null {
  const pattern = LATIN_WORD.test(word) ? `(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])` : word;
  return new RegExp(pattern, "iu").exec(q.normalize("NFKC"));
}

/** The hints for a search: one per filter its keywords name and it does not already use. */
export function keywordFilterHints(search: OpeningsSearch, currentQuery: string): KeywordHint[] {
  const q = search.q ?? "";
  if (!q) return [];
  const hints: KeywordHint[] = [];
  for (const { words, target } of KEYWORD_FILTERS) {
    const on = target.key === "arrangement" ? search.arrangements.includes(target.value) : search.access.includes(target.value);
    if (on) continue;
    for (const word of words) {
      const found = findWord(q, word);
      if (!found) continue;
      const params = new URLSearchParams(currentQuery);
      const rest = (q.normalize("NFKC").slice(0, found.index) + " " + q.normalize("NFKC").slice(found.index + found[0].length)).replace(/\s+/g, " ").trim();
      if (rest) params.set("q", rest);
      else params.delete("q");
      params.append(target.key, target.value);
      params.delete("page");
      const labelKey = target.key === "arrangement" ? `enums.workArrangement.${target.value}` : `filters.access.${target.value}`;
      hints.push({ word: found[0], key: target.key, value: target.value, labelKey, query: `?${params.toString()}` });
      break;
    }
  }
  return hints;
}

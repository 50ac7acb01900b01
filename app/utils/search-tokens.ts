// Tokenising happens here, in TypeScript, not in SQL: PostgreSQL's text-search parser keeps a
// run of Han characters as one lexeme (and depends on the database locale), so 2-character
// Chinese words would never match inside longer ones. We emit overlapping Han bigrams and
// lower-cased Latin words, and build tsvector/tsquery literals whose positions we control.
// A title that runs Latin letters or digits straight into Chinese ("AI对话评估员", "3D建模师")
// splits where the script changes: "ai" is one word and 对话评估员 gives its bigrams, so 对话 and
// "ai" both find it.

import { SEARCH_SYNONYMS } from "../domain/search-synonyms";

const SEGMENT = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const MAX_POSITION = 16383;
const MAX_QUERY_TERMS = 32;

type Segment = { han: boolean; tokens: string[]; text: string };

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const match of text.normalize("NFKC").matchAll(SEGMENT)) {
    const [, han, other] = match;
    if (han) {
      const chars = Array.from(han);
      if (chars.length === 1) out.push({ han: true, tokens: chars, text: han });
      else out.push({ han: true, tokens: chars.slice(0, -1).map((c, i) => c + chars[i + 1]), text: han });
    } else if (other) {
      out.push({ han: false, tokens: [other.toLowerCase()], text: other });
    }
  }
  return out;
}

/** Splits text into search lexemes: overlapping bigrams for Han runs, lower-cased words otherwise. */
export function tokenize(text: string): string[] {
  return segments(text).flatMap((segment) => segment.tokens);
}

/** A lexeme as a quoted tsvector or tsquery literal. */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;

/** Weighted fields, most important first; weight A ranks above D. */
export type WeightedText = { text: string | null | undefined; weight: "A" | "B" | "C" | "D" };

/** Builds a `tsvector` literal with explicit positions and weights for the given fields. */
export function toTsvectorLiteral(fields: WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of fields) {
    if (!field.text) continue;
    for (const lexeme of tokenize(field.text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(lexeme) ?? [];
      list.push(`${position}${field.weight}`);
      positions.set(lexeme, list);
    }
    // A gap between fields stops phrase matches from spanning two of them.
    position = Math.min(position + 10, MAX_POSITION);
  }
  return Array.from(positions, ([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(",")}`).join(" ");
}

/** One word of a query as tsquery: a Han phrase of bigrams, a lone Han character as a prefix, or a Latin word. */
function wordQuery(segment: Segment): string {
  const onlyToken = segment.tokens[0];
  if (segment.han && segment.tokens.length === 1 && onlyToken && Array.from(onlyToken).length === 1) {
    // A single Han character: match any bigram that starts with it.
    return `${quoteLexeme(onlyToken)}:*`;
  }
  return segment.tokens.map(quoteLexeme).join(" <-> ");
}

/** "Any of these words": a synonym group (app/domain/search-synonyms.ts) as one tsquery part. */
function anyOf(words: readonly string[]): string {
  return `(${words.map((word) => segments(word).map(wordQuery).join(" & ")).map((part) => (part.includes("<->") ? `(${part})` : part)).join(" | ")})`;
}

const GROUP_OF = new Map<string, readonly string[]>(SEARCH_SYNONYMS.flatMap((group) => group.map((word) => [word.normalize("NFKC").toLowerCase(), group] as const)));
// Longest first, so 听力残疾 is found before a shorter word inside it.
const LONG_HAN_SYNONYMS = [...GROUP_OF.keys()].filter((word) => Array.from(word).length > 1).sort((a, b) => b.length - a.length);

/** Splits a Han run at the synonyms inside it: each synonym becomes its group, the rest stay words. */
function hanParts(run: string): string[] {
  const whole = GROUP_OF.get(run);
  if (whole) return [anyOf(whole)];
  for (const word of LONG_HAN_SYNONYMS) {
    const at = run.indexOf(word);
    if (at < 0) continue;
    const group = GROUP_OF.get(word) ?? [word];
    const around = [run.slice(0, at), run.slice(at + word.length)].filter((rest) => rest.length > 0);
    return [anyOf(group), ...around.flatMap(hanParts)];
  }
  const [segment] = segments(run);
  return segment ? [wordQuery(segment)] : [];
}

/**
 * Builds a `tsquery` literal: every word must match; Han runs match as a phrase of bigrams,
 * so 客服 finds 在线客服 and 数据标注 needs its bigrams adjacent. A word with synonyms
 * (app/domain/search-synonyms.ts) matches any of them: 听障 finds 聋人 too. Returns null for no
 * usable terms.
 */
export function toTsqueryLiteral(query: string): string | null {
  const parts: string[] = [];
  let terms = 0;
  for (const segment of segments(query)) {
    if (terms >= MAX_QUERY_TERMS) break;
    terms += segment.tokens.length;
    const group = segment.han ? undefined : GROUP_OF.get(segment.tokens[0] ?? "");
    if (segment.han) parts.push(...hanParts(segment.text));
    else parts.push(group ? anyOf(group) : wordQuery(segment));
  }
  if (parts.length === 0) return null;
  return parts.map((part) => (parts.length > 1 && part.includes("<->") && !part.startsWith("(") ? `(${part})` : part)).join(" & ");
}

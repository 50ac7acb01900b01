/**
 * A LIKE/ILIKE pattern that finds `word` anywhere in a column, with `%`, `_` and `\` in the word
 * matched as themselves (the workspace searches; each word of a search must match somewhere).
 */
export function containsPattern(word: string): string {
  return `%${escapeLike(word)}%`;
}

/** `value` with LIKE's wildcards and escape character escaped, for a pattern built around it. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

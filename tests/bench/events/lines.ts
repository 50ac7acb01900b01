// What the captioner and the askers write, and how a viewer reads a caption back: each caption line
// carries its run ("A", "B") and its sequence number, so every viewer's stream can be checked line by
// line (none missing, none twice, in order). The texts are Chinese with some English, as real
// captions here are, so multi-byte characters split across TCP chunks are part of the test.

/** The run a line belongs to: "A" (one instance) or "B" (two instances). */
export type RunTag = "A" | "B";

export const CAPTION_PREFIX = "基准字幕";
export const QUESTION_PREFIX = "基准提问";

/** Caption number `seq` (from 1) of the run. */
export function captionText(tag: RunTag, seq: number): string {
  return `${CAPTION_PREFIX} ${tag}#${seq} benchmark line：主持人介绍远程客服岗位的工作时间和培训安排。`;
}

/** Question number `n` (from 1) of the run. */
export function questionText(tag: RunTag, n: number): string {
  return `${QUESTION_PREFIX} ${tag}#${n}：请问这个岗位可以全程远程吗？需要自己准备读屏软件吗？`;
}

const CAPTION = new RegExp(`^${CAPTION_PREFIX} ([AB])#(\\d+) `);

/** The run and sequence number of a bench caption; null for any other line (the seed's own captions). */
export function readCaption(text: string): { tag: RunTag; seq: number } | null {
  const match = CAPTION.exec(text);
  if (!match) return null;
  return { tag: match[1] === "A" ? "A" : "B", seq: Number(match[2]) };
}

/** SQL LIKE patterns for the run's captions and questions. */
export function likePatterns(tag: RunTag): { captions: string; questions: string } {
  return { captions: `${CAPTION_PREFIX} ${tag}#%`, questions: `${QUESTION_PREFIX} ${tag}#%` };
}

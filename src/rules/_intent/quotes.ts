// This module is browser compatible.

/**
 * Spans that are not the seller's words: quotations found in the text, and
 * the merge of such spans (with order data) into sorted, disjoint ones.
 *
 * @module
 */

import type { Segment } from "./segment.ts";

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "“": "”",
  "„": "“",
  "«": "»",
  "»": "«",
  "「": "」",
  "『": "』",
  "‚": "‘",
};

/** The longest quotation taken as someone else's words. */
const MAX_QUOTE = 300;

/**
 * Quotations in a text: text between matching double quotes (or `「」`)
 * within one line, at most a few hundred characters. Linear: each opening
 * quote looks ahead at most that far, and a search resumes after the close.
 *
 * @param text The text.
 * @returns The quoted spans (quotes included), sorted.
 */
export function findQuotes(text: string): Segment[] {
  const spans: Segment[] = [];
  const opening = /["“„«»「『‚]/g;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    let i = m.index;
    const close = QUOTE_PAIRS[m[0]]!;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j++) {
      const ch = text[j]!;
      if (ch === "\n") break;
      if (ch === close || (close === "“" && ch === "”")) {
        if (j > i + 1) spans.push({ start: i, end: j + 1 });
        i = j;
        opening.lastIndex = j + 1;
        break;
      }
    }
  }
  return spans;
}

/**
 * Merges sorted or unsorted spans into sorted, disjoint ones.
 *
 * @param spans Spans.
 * @returns Sorted disjoint spans.
 */
export function mergeSpans(spans: readonly Segment[]): Segment[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) =>
    a.start - b.start
  );
  const out: Segment[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last !== undefined && span.start <= last.end) {
      out[out.length - 1] = {
        start: last.start,
        end: Math.max(last.end, span.end),
      };
    } else out.push(span);
  }
  return out;
}

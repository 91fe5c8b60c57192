// This module is browser compatible.

/**
 * Discount codes in a text, in every language: a code word (letters, then
 * two or three digits: "MOUNT15", "montaje15", "BAKIM15") in the same
 * sentence as the percentage its digits name ("15%", "15 %", "%15",
 * "15％"). Such a code is a discount to redeem later, whatever words sell
 * it ("quote
 * MOUNT15 when booking and 15% comes off", "Uppge koden MONTERA15 … så blir
 * priset 15 % lägre"), unless the sentence speaks of the order's payment,
 * shipping, return or refund. Linear: each sentence is read once.
 *
 * @module
 */

import type { SentenceConcepts } from "./analysis_types.ts";
import { contextWords } from "./context_lists.ts";
import { inside } from "./hit_index.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

/**
 * A code word: three to fourteen Latin letters then two or three digits,
 * a whole word ("mount15", "pose15"), on the lower-cased text.
 */
const CODE =
  /(?<![\p{L}\p{M}\p{N}])[a-z]{3,14}([0-9]{2,3})(?![\p{L}\p{M}\p{N}])/gu;
/** A percentage of one or two digits, the sign before or after the number. */
const PERCENT = /(?<![0-9])([0-9]{1,2}) ?[%％]|[%％] ?([0-9]{1,2})(?![0-9])/gu;

/**
 * Whether `words` name the percentage `number` ("15%", "15 %", "%15"): a
 * code's digits that are its percentage ("MOUNT15 … 15% off") make it a
 * discount code, not a model number ("the TX100 keeps 80% of its charge").
 */
function namesPercent(words: string, number: string): boolean {
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(words); m !== null; m = PERCENT.exec(words)) {
    if (Number(m[1] ?? m[2]) === Number(number)) return true;
  }
  return false;
}

let orderCost: RegExp | undefined;
/**
 * Words of what the order costs, its payment, shipping, return or refund:
 * a code in their sentence is a reference of the order ("RMA482: the 20%
 * restocking fee is taken off your refund"), not a discount.
 */
function orderCostWords(): RegExp {
  return orderCost ??= new RegExp(contextWords(["orderCost"]).join("|"), "u");
}

/**
 * Adds `concept` to each sentence whose own words (outside `foreign`) hold
 * a code word and the percentage its digits name, and no word of what the
 * order costs, in the buyer's language.
 *
 * @param result The sentences' concepts; updated.
 * @param text The normalized (lower-case) text.
 * @param segmentation The text's sentences.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param concept The concept to add.
 * @param primary The buyer's language.
 *
 * @example
 * ```ts
 * import { markPromoCodes } from "./promo_codes.ts";
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "quote mount15 when booking and 15% comes off.";
 * const result = [{
 *   segment: { start: 0, end: text.length },
 *   own: new Map<string, Set<string>>(),
 *   all: new Map<string, Set<string>>(),
 * }];
 * markPromoCodes(result, text, segmentText(text), [], "promoCode", "en");
 * assert.ok(result[0]!.own.get("en")?.has("promoCode"));
 * ```
 */
export function markPromoCodes(
  result: readonly SentenceConcepts[],
  text: string,
  segmentation: Segmentation,
  foreign: readonly Segment[],
  concept: string,
  primary: string,
): void {
  const { sentences } = segmentation;
  const done = new Set<number>();
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m !== null; m = CODE.exec(text)) {
    const index = segmentIndex(sentences, m.index);
    if (done.has(index)) continue;
    if (inside(foreign, m.index, m.index + m[0].length)) continue;
    const sentence = sentences[index]!;
    const words = text.slice(sentence.start, sentence.end);
    if (!namesPercent(words, m[1]!) || orderCostWords().test(words)) continue;
    done.add(index);
    for (const which of ["all", "own"] as const) {
      const sets = result[index]![which] as Map<string, Set<string>>;
      let set = sets.get(primary);
      if (set === undefined) sets.set(primary, set = new Set());
      set.add(concept);
    }
  }
}

// This module is browser compatible.

/**
 * Repeating deliveries offered, in every language: a period ("every
 * month", "alle zwei Wochen", "cada mes", "毎月", "كل شهر") with a verb of
 * sending near it in the same clause ("we can send you a fresh bag every
 * month", "le podemos mandar un costal cada mes", "每个月固定给您寄一罐"),
 * where no carrier is named.
 * The words vary without end around two that do not: a subscription sold
 * however it is put. A sentence that names the buyer's own plan ("your
 * subscription", "Ihr Abo") speaks of the order. Linear: one scan for the
 * periods, which are rare, and a bounded window around each.
 *
 * @module
 */

import { CARRIER_BRANDS } from "../_links/hosts.ts";
import { contextWords, escapeRegExp } from "./context_lists.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

/** How far from a period its verb of sending may stand. */
const WINDOW = 60;

let carriers: ReadonlySet<string> | undefined;

// Carriers' brands that are also words of an offer ("we keep sending
// you…", "we bring you…").
const COMMON_WORDS: ReadonlySet<string> = new Set(["sending", "bring"]);

// Whether a carrier is named in a clause, by a word or two words run
// together ("DHL", "Royal Mail"): its round ("Royal Mail delivers to your
// village every two weeks") is no delivery the seller offers.
function namesCarrier(clause: string): boolean {
  carriers ??= new Set(
    CARRIER_BRANDS.filter((brand) => !COMMON_WORDS.has(brand)),
  );
  const words = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (carriers.has(word)) return true;
    // Two words of three letters or more ("ship a" is no "Shipa").
    const second = words[i + 1];
    if (
      second !== undefined && word.length >= 3 && second.length >= 3 &&
      carriers.has(word + second)
    ) return true;
  }
  return false;
}

interface RecurringPatterns {
  readonly period: RegExp;
  readonly send: RegExp;
  readonly plan: RegExp;
}

let patterns: RecurringPatterns | undefined;

// Words of spaced scripts start at a word's start; those of Japanese and
// Chinese anywhere.
function anyOf(field: "periods" | "sendVerbs" | "ownPlan", flags: string) {
  const words = contextWords([field], "words").map(escapeRegExp);
  const chars = contextWords([field], "chars").map(escapeRegExp);
  return new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${words.join("|")})|${chars.join("|")}`,
    flags,
  );
}

function recurringPatterns(): RecurringPatterns {
  patterns ??= {
    period: anyOf("periods", "gu"),
    send: anyOf("sendVerbs", "u"),
    plan: anyOf("ownPlan", "u"),
  };
  return patterns;
}

/**
 * The periods of a normalized (lower-case) text that a verb of sending
 * stands near in their clause, in a sentence that names no plan of the
 * buyer's own.
 *
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @returns The periods' spans, in text order.
 *
 * @example
 * ```ts
 * import { findRecurringOffers } from "./recurring.ts";
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "it ships today. we can also send you a fresh bag every month.";
 * const found = findRecurringOffers(text, segmentText(text));
 * assert.deepEqual(found.map((s) => text.slice(s.start, s.end)), ["every month"]);
 * ```
 */
export function findRecurringOffers(
  text: string,
  segmentation: Segmentation,
): Segment[] {
  const { period, send, plan } = recurringPatterns();
  const { sentences, clauses } = segmentation;
  const found: Segment[] = [];
  period.lastIndex = 0;
  for (let m = period.exec(text); m !== null; m = period.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentences[segmentIndex(sentences, start)];
    const clause = clauses[segmentIndex(clauses, start)];
    if (sentence === undefined || clause === undefined) continue;
    // In its clause: "change the filter every month; we send the
    // instructions in the box" sends nothing every month.
    const near = text.slice(
      Math.max(clause.start, start - WINDOW),
      Math.min(clause.end, end + WINDOW),
    );
    if (!send.test(near)) continue;
    if (namesCarrier(text.slice(clause.start, clause.end))) continue;
    if (plan.test(text.slice(sentence.start, sentence.end))) continue;
    found.push({ start, end });
  }
  return found;
}

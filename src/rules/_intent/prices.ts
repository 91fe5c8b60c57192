// This module is browser compatible.

/**
 * Prices in a text, in every language: an amount with a currency sign or
 * code before or after it ("£25", "9,90 €", "R$ 60", "¥500", "500円",
 * "80元", "60 zł", "149 kr", "150 درهم"). A price is language-general
 * evidence that something is sold: next to a cue of the seller's goods (an
 * extra, another form, an invitation, a suggestion) in a sentence that is
 * not about the ordered item, its refund or its shipping, it makes paid
 * cross-selling ("he can also descale your kettle for £15", "あと600円で
 * 壁掛けセットもお付けできます"), and so does a price that words right after
 * or before it mark as the price of something more ("25 € de plus", "por
 * solo 25 €", "12 € au lieu de 19 €"). Linear: one scan of the text with a
 * regular expression of bounded backtracking.
 *
 * @module
 */

import type { SentenceConcepts } from "./analysis_types.ts";
import { contextWords } from "./context_lists.ts";
import { inside } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

// An amount: digits with thousands or decimal separators.
const AMOUNT = "[0-9٠-٩](?:[0-9٠-٩]|[.,'’ ][0-9٠-٩]){0,12}";
// Currency signs and codes that stand before the amount.
const BEFORE = [
  "[£$€¥₹₺₩₱]",
  "r\\$",
  "us\\$",
  "a\\$",
  "c\\$",
  "rs\\.?",
  "inr",
  "eur",
  "usd",
  "gbp",
  "aed",
  "pln",
  "sek",
].join("|");
// Currency signs, codes and words that stand after the amount.
const AFTER = [
  "[£$€¥₹₺₩]",
  "eur(?:o|os)?",
  "usd",
  "gbp",
  "dollars?",
  "pounds?",
  "pln",
  "z[łl](?:ote|otych|oty)?",
  "sek",
  "kr(?:onor)?",
  "tl",
  "lira",
  "aed",
  "sar",
  "mxn",
  "brl",
  "reais",
  "pesos?",
  "rupees?",
  "円|元|块|塊|人民币|美元|美金|欧元|英镑|日元|港币|港元|韩元|台币|卢比",
  // With the accusative ending ("٥٠ درهمًا", "درهماً").
  "درهم(?:\u064B?ا\u064B?)?|دراهم|ريال(?:\u064B?ا\u064B?)?|د\\.إ",
  "रुपये|रुपए|रु",
].join("|");
// An amount, found first (a scan for digits is cheap), then a currency
// before or after it.
const AMOUNT_RUN = new RegExp(AMOUNT, "g");
const SIGN_BEFORE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(?:${BEFORE})\\s?$`,
  "u",
);
const SIGN_AFTER = new RegExp(
  `\\s?(?:${AFTER})(?![\\p{Script=Latin}])`,
  "uy",
);
// What may not stand right before an amount with its currency after it.
const GLUED = /[\p{Script=Latin}\p{N}.,]/u;
/** How many characters a currency before an amount may take. */
const SIGN_LENGTH = 5;

// "Can also", "could … too", in the languages of the context words: a
// price next to an offer to do or add more is for something beyond the
// order ("he can also descale your kettle for £15", "kan hij voor € 15 ook
// uw waterkoker ontkalken", "还可以顺便清洗油烟机，只需另付80元"), unlike
// "the price also covers the fitting". What the order costs, its payment,
// shipping, return or refund: a price close to these words is not for an
// extra ("return postage costs £3.99, or you can also drop it off", "you
// paid £20"). Built on first use.
// Words right after or before a price make it the price of something more
// ("25 € de plus", "por solo 25 €", "12 € au lieu de 19 €").
interface CostPatterns {
  readonly also: RegExp;
  readonly surchargeNear: RegExp | undefined;
  readonly offerWord: RegExp;
  readonly alsoWord: RegExp;
  readonly orderCost: RegExp;
  readonly extraAfter: RegExp | undefined;
  readonly extraBefore: RegExp | undefined;
}

let costWords: CostPatterns | undefined;

function costPatterns(): CostPatterns {
  if (costWords !== undefined) return costWords;
  const can = contextWords(["can"]).join("|");
  const also = contextWords(["also"]).join("|");
  const extra = contextWords(["extra"]).join("|");
  costWords = {
    extraAfter: extra === ""
      ? undefined
      : new RegExp(`^\\s*(?:${extra})(?!\\p{L})`, "u"),
    extraBefore: extra === ""
      ? undefined
      : new RegExp(`(?<!\\p{L})(?:${extra})\\s*$`, "u"),
    also: new RegExp(
      `(?<!\\p{L})(?:(?:${can})(?!\\p{L})[^.,;:!?]{0,30}?(?<!\\p{L})` +
        `(?:${also})|(?:${also})\\s+(?:${can}))(?!\\p{L})|` +
        contextWords(["canAlso"]).join("|"),
      "u",
    ),
    offerWord: new RegExp(`(?<!\\p{L})(?:${can}|${also})(?!\\p{L})`, "u"),
    alsoWord: new RegExp(`(?<!\\p{L})(?:${also})(?!\\p{L})`, "u"),
    surchargeNear: contextWords(["surcharge"]).length === 0
      ? undefined
      : new RegExp(contextWords(["surcharge"]).join("|"), "u"),
    orderCost: new RegExp(contextWords(["orderCost"]).join("|"), "u"),
  };
  return costWords;
}

/** How far before a price the words of what it is for may start. */
const COST_BEFORE = 32;
/** How far after a price the words of what it is for may end. */
const COST_AFTER = 24;
/** How far from a price a word that makes it an extra may reach. */
const EXTRA_REACH = 20;
/** How far past an extra word after a price its denial may end. */
const EXTRA_DENIED = 16;

/**
 * The prices in a normalized (lower-case) text, in text order.
 *
 * @param text The normalized text.
 * @returns The spans of the prices.
 *
 * @example
 * ```ts
 * import { findPrices } from "./prices.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "he can also descale it for £15, or 9,90 € with the filter";
 * assert.deepEqual(
 *   findPrices(text).map(({ start, end }) => text.slice(start, end)),
 *   ["£15", "9,90 €"],
 * );
 * assert.deepEqual(findPrices("order 304-1234567-7654321, 2 items"), []);
 * ```
 */
export function findPrices(text: string): Segment[] {
  const spans: Segment[] = [];
  for (const match of text.matchAll(AMOUNT_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = SIGN_BEFORE.exec(
      text.slice(Math.max(0, start - SIGN_LENGTH), start),
    );
    if (before !== null) {
      spans.push({ start: start - before[0].length, end });
      continue;
    }
    if (start > 0 && GLUED.test(text[start - 1]!)) continue;
    SIGN_AFTER.lastIndex = end;
    const after = SIGN_AFTER.exec(text);
    if (after !== null) spans.push({ start, end: end + after[0].length });
  }
  return spans;
}

/**
 * Adds the produced concept to each sentence that names a price in the
 * seller's own words (to its concepts in every language it holds), unless
 * a hit of a blocking concept (the ordered item, a refund) stands in that
 * sentence outside the price itself: a price there is what the order, its
 * refund or its shipping costs. Prices inside foreign spans (order data,
 * quotations) count only for the concepts of any words.
 *
 * @param result The concepts of each sentence; updated.
 * @param hits The hits, sorted by end.
 * @param cancelled Per hit, 1 when cancelled.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param option [blocking concepts, produced concept, concept produced
 *   with "can also" next to the price, concept produced with a word of an
 *   extra right after or before it (the third when not given)].
 * @param primary The buyer's language, whose concepts a sentence with no
 *   word of the lexicons gets.
 * @param prices The prices of the text, when the caller has them.
 */
export function markPrices(
  result: readonly SentenceConcepts[],
  hits: readonly ConceptHit[],
  cancelled: Uint8Array,
  text: string,
  segmentation: Segmentation,
  foreign: readonly Segment[],
  option: readonly [
    blocking: readonly string[],
    produced: string,
    extra?: string,
    surcharge?: string,
  ],
  primary?: string,
  prices: readonly Segment[] = findPrices(text),
): void {
  if (prices.length === 0) return;
  const [blocking, produced, extra, surcharge = extra] = option;
  const blocked = new Uint8Array(result.length);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !blocking.includes(hit.concept)) continue;
    if (inside(prices, hit.start, hit.end) || covers(hit, prices)) continue;
    blocked[segmentIndex(segmentation.sentences, hit.start)] = 1;
  }
  const { clauses, sentences } = segmentation;
  // Whether "can also", a surcharge word or a word of "can" or "also"
  // stands near, per stretch of text: prices that share their clauses
  // share the answers, so the text is scanned about once per pattern
  // however many prices it holds.
  const alsoNear = new Map<number, boolean>();
  const surchargeSeen = new Map<number, boolean>();
  const offerSeen = new Map<number, boolean>();
  const alsoSeen = new Map<number, boolean>();
  for (const price of prices) {
    const index = segmentIndex(sentences, price.start);
    if (blocked[index]) continue;
    // The price's clause and its neighbours in the sentence.
    const sentence = sentences[index]!;
    const clause = segmentIndex(clauses, price.start);
    const nearStart = Math.max(
      sentence.start,
      clauses[Math.max(0, clause - 1)]!.start,
    );
    const nearEnd = Math.min(
      sentence.end,
      clauses[Math.min(clauses.length - 1, clause + 1)]!.end,
    );
    // What the price is for stands close to it ("return postage costs
    // £3.99", "€ 20 betaald"), not further on ("for £19 our workshop can
    // also fit mudguards before shipping").
    const cost = text.slice(
      Math.max(sentence.start, price.start - COST_BEFORE),
      Math.min(sentence.end, price.end + COST_AFTER),
    );
    const {
      also,
      offerWord,
      alsoWord,
      surchargeNear,
      orderCost,
      extraAfter,
      extraBefore,
    } = costPatterns();
    if (orderCost.test(cost)) continue;
    const concepts = [produced];
    // An extra word right after the price may be denied ("set yine 120 TL
    // ve değişiklik için ek ücret yok"): the words of the order's own cost
    // reach that far.
    const after = text.slice(price.end, price.end + EXTRA_REACH);
    const extraFollows = extraAfter?.test(after) === true &&
      !orderCost.test(
        text.slice(
          price.end,
          Math.min(sentence.end, price.end + EXTRA_REACH + EXTRA_DENIED),
        ),
      );
    // A surcharge offered with "can" or "also" is an extra ("nos livreurs
    // peuvent monter le sommier pour 25 € de plus"); alone it is a
    // surcharge, which the decision weighs against a condition of the job
    // ("if the doors scrape, we shorten them for 20 € more").
    const surcharged = surcharge !== undefined &&
      (extraFollows ||
        (surchargeNear !== undefined &&
          foundInside(
            surchargeSeen,
            surchargeNear,
            text,
            nearStart,
            nearEnd,
          )) ||
        extraBefore?.test(
            text.slice(
              Math.max(sentence.start, price.start - EXTRA_REACH),
              price.start,
            ),
          ) === true);
    if (
      extra !== undefined &&
      foundInside(alsoNear, also, text, nearStart, nearEnd)
    ) concepts.push(extra);
    else if (
      extra !== undefined && surcharged &&
      foundInside(offerSeen, offerWord, text, nearStart, nearEnd)
    ) {
      // With "can" alone ("c'est possible, pour 2 € de plus") the extra is
      // still a surcharge too: an answer to what the buyer asked, where the
      // sentence before reports it.
      concepts.push(extra);
      if (!foundInside(alsoSeen, alsoWord, text, nearStart, nearEnd)) {
        concepts.push(surcharge!);
      }
    } else if (surcharged) concepts.push(surcharge!);
    addToSentence(
      result[index]!,
      concepts,
      !inside(foreign, price.start, price.end),
      primary,
    );
  }
}

/**
 * Adds concepts to a sentence in every language it holds: to its concepts
 * of any words, and to those of the seller's own words when `own`. A
 * sentence with no word of the lexicons still gets them, in the buyer's
 * language.
 *
 * @param sentence The sentence's concepts; updated.
 * @param concepts The concepts to add.
 * @param own Whether the words that produce them are the seller's own.
 * @param primary The buyer's language, if known.
 *
 * @example
 * ```ts
 * import { addToSentence } from "./prices.ts";
 * import assert from "node:assert/strict";
 *
 * const sentence = {
 *   segment: { start: 0, end: 10 },
 *   all: new Map<string, Set<string>>(),
 *   own: new Map<string, Set<string>>(),
 * };
 * addToSentence(sentence, ["price"], false, "en");
 * assert.deepEqual([...sentence.all.get("en")!], ["price"]);
 * assert.equal(sentence.own.size, 0);
 * ```
 */
export function addToSentence(
  sentence: SentenceConcepts,
  concepts: readonly string[],
  own: boolean,
  primary?: string,
): void {
  for (const which of own ? ["all", "own"] as const : ["all"] as const) {
    const sets = sentence[which] as Map<string, Set<string>>;
    if (primary !== undefined && !sets.has(primary)) {
      sets.set(primary, new Set());
    }
    for (const set of sets.values()) {
      for (const concept of concepts) set.add(concept);
    }
  }
}

// Whether a hit belongs to a price: it lies within one it overlaps ("€" of
// "9,90 €" as a reward word of a lexicon), or is the word right before it
// ("مقابل 120 درهم", "in exchange for").
function covers(hit: ConceptHit, prices: readonly Segment[]): boolean {
  const index = segmentIndex(prices, hit.start);
  for (let i = Math.max(0, index - 1); i <= index + 1; i++) {
    const price = prices[i];
    if (price === undefined) continue;
    if (hit.start < price.end && price.start < hit.end) {
      return hit.start >= price.start - 1 && hit.end <= price.end + 1;
    }
    if (hit.end <= price.start && price.start - hit.end <= 1) return true;
  }
  return false;
}

// Whether `pattern` matches text[start, end), remembered per stretch in
// `seen` (one map per pattern).
function foundInside(
  seen: Map<number, boolean>,
  pattern: RegExp,
  text: string,
  start: number,
  end: number,
): boolean {
  const key = start * (text.length + 1) + end;
  let found = seen.get(key);
  if (found === undefined) {
    found = pattern.test(text.slice(start, end));
    seen.set(key, found);
  }
  return found;
}

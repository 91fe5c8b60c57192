// This module is browser compatible.

/**
 * Businesses recommended by name: a sentence with a verb of recommending
 * (the `recommendVerbs` context words) that names a business, a run of
 * capitalized words holding a trade ("Yıldız Elektrik", "Óptica Visión
 * Clara") or right after one ("l'elettricista Ditta Ferraro"), refers the
 * buyer to a third party. It reads the original text, where the
 * capitals are, in the languages written in Latin letters.
 *
 * A trade after an indefinite article or the seller's possessive ("a
 * registered electrician", "unser Team") names no business; nor does a
 * name in order data (the product's title), Amazon, or a carrier.
 *
 * @module
 */

import { CARRIER_BRANDS } from "../_links/hosts.ts";
import { contextWords, escapeRegExp, languageWords } from "./context_lists.ts";
import type { Segment } from "./segment.ts";

interface Words {
  readonly verbs: readonly string[];
  /** Whether a text holds a word that starts with one of `verbs`. */
  readonly verb: RegExp;
  readonly trades: readonly string[];
  readonly unnamed: ReadonlySet<string>;
  readonly others: ReadonlySet<string>;
}

const WORDS = new Map<string, Words>();

function fold(word: string): string {
  return word.toLowerCase().replace(/[ıİ]/gu, "i").replace(/['’].*$/u, "");
}

// The part of a word after its last apostrophe, folded: the word after an
// elided article ("l'elettricista", "dell'ottico"); "" without one.
function elided(word: string): string {
  const at = Math.max(word.lastIndexOf("'"), word.lastIndexOf("’"));
  return at < 0 ? "" : fold(word.slice(at + 1));
}

// The words of `language` and English (for verbs and trades, which sellers
// borrow), or of every language; the unnamed words of `language` alone
// (English "a" is a Portuguese article).
function wordLists(language: string | undefined): Words {
  const key = language ?? "";
  let found = WORDS.get(key);
  if (found !== undefined) return found;
  const of = (field: "recommendVerbs" | "trades" | "unnamed", own: boolean) => {
    const languages = language === undefined
      ? undefined
      : own
      ? [language]
      : [language, "en"];
    const list = languages === undefined
      ? contextWords([field], "words")
      : languages.flatMap((one) => languageWords(one, [field])?.words ?? []);
    return list.map(fold);
  };
  const verbs = of("recommendVerbs", false);
  found = {
    verbs,
    verb: new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${verbs.map(escapeRegExp).join("|") || "(?!)"})`,
      "iu",
    ),
    trades: of("trades", false),
    unnamed: new Set(of("unnamed", true)),
    // Names that are no third party: Amazon, the carriers, and the
    // German forms of address that stand capitalized in any sentence.
    others: new Set([
      "amazon",
      ...CARRIER_BRANDS,
      "sie",
      "ihr",
      "ihre",
      "ihrem",
      "ihren",
      "ihrer",
      "ihres",
      "ihnen",
    ]),
  };
  WORDS.set(key, found);
  return found;
}

// Words, with where they start; "'" and "’" stay inside ("Elektrik'i").
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.&-]*/gu;
// What may join the words of one name ("Ditta Ferraro Impianti di Monza").
const JOINERS = new Set([
  "de",
  "di",
  "del",
  "della",
  "da",
  "do",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "y",
  "e",
  "&",
  "and",
  "und",
  "och",
  "en",
  "i",
]);
const CAPITAL = /^\p{Lu}/u;
// Where a sentence ends.
const SENTENCE_END = /[.!?\n。！？]+/gu;

function startsAny(word: string, stems: readonly string[]): boolean {
  return stems.some((stem) => word.startsWith(stem));
}

// Whether a word, or the word after its elided article, starts with one of
// `stems` ("Elektrik'i", "l'elettricista").
function tokenStarts(token: Token, stems: readonly string[]): boolean {
  return startsAny(token.folded, stems) ||
    (token.elided !== "" && startsAny(token.elided, stems));
}

/** A word of a sentence. */
interface Token {
  readonly text: string;
  readonly folded: string;
  /** The word after an elided article, folded ("" without one). */
  readonly elided: string;
  readonly start: number;
  readonly end: number;
}

function tokens(sentence: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0].replace(/[.'’-]+$/u, "");
    out.push({
      text,
      folded: fold(text),
      elided: elided(text),
      start: offset + m.index,
      end: offset + m.index + text.length,
    });
  }
  return out;
}

// The named businesses of one sentence's words.
function namedIn(list: readonly Token[], lists: Words): Segment[] {
  const found: Segment[] = [];
  for (let i = 0; i < list.length;) {
    if (!CAPITAL.test(list[i]!.text) || lists.others.has(list[i]!.folded)) {
      i++;
      continue;
    }
    // A run of capitalized words, joined by a few small words.
    let j = i + 1;
    let last = i;
    while (j < list.length) {
      const word = list[j]!;
      if (CAPITAL.test(word.text) && !lists.others.has(word.folded)) {
        last = j;
        j++;
      } else if (JOINERS.has(word.text) && j + 1 < list.length) j++;
      else break;
    }
    const run = list.slice(i, last + 1);
    const before = list[i - 1];
    const tradeBefore = before !== undefined &&
      tokenStarts(before, lists.trades);
    // Two capitalized words or more holding a trade ("Yıldız Elektrik"),
    // or a trade, then a name ("la tintoria Bianchi"); not where an
    // indefinite article or the seller's possessive comes first, nor one
    // capitalized word opening the sentence.
    const named = run.length >= 2
      ? tradeBefore || run.some((word) => tokenStarts(word, lists.trades))
      : tradeBefore && i > 1;
    const article = list[i - (tradeBefore ? 2 : 1)];
    if (
      named && !(article !== undefined && lists.unnamed.has(article.folded))
    ) {
      found.push({
        start: (tradeBefore ? before! : run[0]!).start,
        end: run[run.length - 1]!.end,
      });
    }
    i = last + 1;
  }
  return found;
}

/**
 * The sentences of `text` that recommend a business by name, as ranges of
 * the sentence; names inside `excluded` (order data) do not count.
 *
 * @param text The original text.
 * @param language The language of the text (`undefined`: any).
 * @param excluded Ranges of `text` that are not the seller's words.
 * @returns The sentences, in text order.
 *
 * @example
 * ```ts
 * import { findNamedReferrals } from "./named_referral.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "If you need new outlets, we recommend Harper Electrical in Leeds. Thanks!";
 * const [found] = findNamedReferrals(text, "en");
 * assert.equal(text.slice(found!.start, found!.end), "If you need new outlets, we recommend Harper Electrical in Leeds");
 * assert.deepEqual(findNamedReferrals("We recommend a registered Electrician.", "en"), []);
 * ```
 */
export function findNamedReferrals(
  text: string,
  language?: string,
  excluded: readonly Segment[] = [],
): Segment[] {
  const lists = wordLists(language);
  const found: Segment[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let from = 0;;) {
    const stop = SENTENCE_END.exec(text);
    const to = stop === null ? text.length : stop.index;
    // Only a sentence with a verb of recommending is read word by word.
    const sentence = text.slice(from, to);
    const list = lists.verb.test(sentence.replace(/[ıİ]/gu, "i"))
      ? tokens(sentence, from)
      : [];
    if (list.some((word) => tokenStarts(word, lists.verbs))) {
      const names = namedIn(list, lists).filter((name) =>
        !excluded.some((span) => span.start < name.end && name.start < span.end)
      );
      if (names.length > 0) found.push({ start: list[0]!.start, end: to });
    }
    if (stop === null) break;
    from = stop.index + stop[0].length;
  }
  return found;
}

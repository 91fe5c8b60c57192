// This module is browser compatible.

/**
 * What kind of sentence or clause a stretch of text is, where that changes
 * what a negation does: a question (a negative question asks, it denies
 * nothing), a purpose clause (the negation of the clause before it still
 * governs it) and an alternative (a request offered instead of what a
 * negation denied).
 *
 * @module
 */

import { contextWords } from "./context_lists.ts";
import type { Segment } from "./segment.ts";

/**
 * Connectors that open a purpose clause, which a negation of the clause
 * before it still governs ("Nie musi Pan wystawiać opinii, aby otrzymać
 * zwrot"): the `purpose` context words of every language.
 */
const PURPOSE = new RegExp(
  String.raw`^[\s"'«»„“(]*(?:${contextWords(["purpose"]).join("|")})` +
    String.raw`(?![\p{L}\p{M}])`,
  "u",
);
/** How far into a clause its purpose connector is looked for. */
const PURPOSE_WINDOW = 40;
/**
 * Words that make a request an alternative to what a negation denied
 * before it ("No review is needed, please just wait for the courier"):
 * "just", "only", "simply", the `alternative` context words of every
 * language.
 */
const ALTERNATIVE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${
    contextWords(["alternative"], "words").join("|")
  })(?![\p{L}\p{M}])|${contextWords(["alternative"], "chars").join("|")}`,
  "u",
);

/**
 * A bare "no" that opens a sentence, as the answer to the question before
 * it ("…to get the refund? No, it went out today."), the `noAnswer`
 * context words of every language: the word alone, before a mark or the
 * end ("No pressure", "不用太长" are no answer).
 */
const NO_ANSWER = new RegExp(
  String.raw`^[\s"'«»„“(¿¡]*(?:(?:${
    contextWords(["noAnswer"], "words").join("|")
  })(?=\s*(?:[.,!;:\u2013\u2014\u060C\u061B\u0964]|$))|(?:${
    contextWords(["noAnswer"], "chars").join("|")
  })(?=\s*(?:[，。！、；：,.!;:]|$)))`,
  "u",
);

/**
 * Words of need or condition that make a question ask whether something is
 * required ("Do I need to leave a review for the refund?", "Is a review
 * required?", "Muss ich …", "Faut-il …", "¿Hace falta …?", "需要…吗"): the
 * `need` context words of every language.
 */
const NEED = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${
    contextWords(["need"], "words").join("|")
  })(?![\p{L}\p{M}])|${contextWords(["need"], "chars").join("|")}`,
  "u",
);

/**
 * Whether a question asks whether something is needed or required (see
 * {@linkcode NEED}): only such a question does a bare "no" answer as a
 * denial ("Do you need to leave a review for the refund? No."), not an
 * offer or a request ("Can we send you a gift card for a review? No.
 * Just…").
 *
 * @param text The text (normalized, lower case).
 * @param sentence The question.
 * @returns Whether it asks about a need.
 *
 * @example
 * ```ts
 * import { asksNeed } from "./sentence_kinds.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "do i need to leave a review for the refund?";
 * assert.equal(asksNeed(text, { start: 0, end: text.length }), true);
 * assert.equal(asksNeed("want a gift card?", { start: 0, end: 17 }), false);
 * ```
 */
export function asksNeed(text: string, sentence: Segment): boolean {
  return NEED.test(text.slice(sentence.start, sentence.end));
}

/**
 * Whether `sentence` opens with a bare "no" (see {@linkcode NO_ANSWER}):
 * read after a question, the answer that denies it.
 *
 * @param text The text (normalized, lower case).
 * @param sentence The sentence.
 * @returns Whether it answers no.
 *
 * @example
 * ```ts
 * import { answersNo } from "./sentence_kinds.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "is a review needed? no, the refund is done.";
 * assert.equal(answersNo(text, { start: 19, end: text.length }), true);
 * assert.equal(answersNo("no pressure.", { start: 0, end: 12 }), false);
 * ```
 */
export function answersNo(text: string, sentence: Segment): boolean {
  const answer = text.slice(sentence.start, sentence.end);
  const no = NO_ANSWER.exec(answer);
  return no !== null && !BUT.test(answer.slice(no[0].length));
}

/**
 * "But" right after the answer (the `but` context words of every
 * language): "No, but we'd love one" takes the denial back.
 */
const BUT = new RegExp(
  String.raw`^[\s,.;:!\u2013\u2014\uFF0C\u3001\u3002\u060C]*(?:(?:${
    contextWords(["but"], "words").join("|")
  })(?![\p{L}\p{M}])|${contextWords(["but"], "chars").join("|")})`,
  "u",
);

// The question marks: Latin, full-width and Arabic.
const QUESTION_MARKS: ReadonlySet<string> = new Set(["?", "？", "؟"]);

// Where a sentence ends, white space after it aside.
function endOf(text: string, sentence: Segment): number {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether a sentence ends with a question mark (Latin, full-width or
 * Arabic), white space aside.
 *
 * @param text The text.
 * @param sentence The sentence.
 * @returns Whether it asks.
 */
export function isQuestion(text: string, sentence: Segment): boolean {
  return QUESTION_MARKS.has(text[endOf(text, sentence) - 1]!);
}

/**
 * Whether a sentence asks: ends with a question mark, or in Japanese or
 * Chinese with a question particle before the full stop ("お済みでしょう
 * か。", "评价过了吗。").
 *
 * @param text The text.
 * @param sentence The sentence.
 * @returns Whether it asks.
 */
export function asksQuestion(text: string, sentence: Segment): boolean {
  const end = endOf(text, sentence);
  if (QUESTION_MARKS.has(text[end - 1]!)) return true;
  const tail = text.slice(Math.max(sentence.start, end - 2), end);
  return tail === "か。" || tail === "吗。";
}

/**
 * Whether a clause opens with a connector of purpose ("so that", "um",
 * "aby", "ताकि").
 *
 * @param text The text.
 * @param clause The clause.
 * @returns Whether it is a purpose clause.
 */
export function opensPurpose(text: string, clause: Segment): boolean {
  const opening = text.slice(
    clause.start,
    Math.min(clause.end, clause.start + PURPOSE_WINDOW),
  );
  return PURPOSE.test(opening);
}

/**
 * Whether a clause holds a word that offers it as the alternative to what
 * a negation denied before it ("just", "nur", "只需").
 *
 * @param text The text.
 * @param clause The clause.
 * @returns Whether it offers an alternative.
 */
export function offersAlternative(text: string, clause: Segment): boolean {
  return ALTERNATIVE.test(text.slice(clause.start, clause.end));
}

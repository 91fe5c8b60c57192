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

import type { Segment } from "./segment.ts";

/**
 * Connectors that open a purpose clause, which a negation of the clause
 * before it still governs ("Nie musi Pan wystawiać opinii, aby otrzymać
 * zwrot").
 */
const PURPOSE =
  /^[\s"'«»„“(]*(?:so that|in order to|so as to|um|damit|so ?dass|pour|afin de|afin qu|pour qu|para|pra|a fim de|a fin de|per|affinch[eé]|al fine di|om|zodat|opdat|för att|så att|aby|żeby|ażeby|by|w celu|لكي|كي|من أجل|ताकि|जिससे|以便|为了)(?![\p{L}\p{M}])/u;
/** How far into a clause its purpose connector is looked for. */
const PURPOSE_WINDOW = 40;
/**
 * Words that make a request an alternative to what a negation denied
 * before it ("No review is needed, please just wait for the courier"):
 * "just", "only", "simply", in the languages of the lexicons.
 */
const ALTERNATIVE =
  /(?:^|[^\p{L}\p{M}])(?:just|simply|only|juste|simplement|seulement|uniquement|solo|soltanto|solamente|semplicemente|sólo|simplemente|únicamente|apenas|só|simplesmente|somente|nur|einfach|lediglich|bloß|alleen|gewoon|enkel|slechts|bara|endast|enbart|tylko|jedynie|po prostu|sadece|yalnızca|فقط|بس|सिर्फ़|सिर्फ|केवल|बस)(?![\p{L}\p{M}])|只需|只要|だけ/u;

/**
 * A bare "no" that opens a sentence, as the answer to the question before
 * it ("…to get the refund? No, it went out today."), in the languages of
 * the lexicons: the word alone, before a mark or the end ("No pressure",
 * "不用太长" are no answer).
 */
const NO_ANSWER =
  /^[\s"'«»„“(¿¡]*(?:(?:no|nope|not at all|absolutely not|certainly not|of course not|nein|keineswegs|überhaupt nicht|natürlich nicht|non|pas du tout|absolument pas|bien sûr que non|para nada|en absoluto|de ninguna manera|claro que no|affatto|per niente|assolutamente no|certo che no|não|de jeito nenhum|claro que não|nee|helemaal niet|zeker niet|nej|inte alls|absolut inte|nie|absolutnie|wcale nie|oczywiście, że nie|hayır|asla|kesinlikle hayır|لا|كلا|أبدا|أبداً|नहीं|जी नहीं|बिल्कुल नहीं)(?=\s*(?:[.,!;:\u2013\u2014\u060C\u061B\u0964]|$))|(?:不需要|不用|不必|无需|不会|不是|没有|完全不需要|いいえ|不要です|必要ありません|必要ございません)(?=\s*(?:[，。！、；：,.!;:]|$)))/u;

/**
 * Words of need or condition that make a question ask whether something is
 * required ("Do I need to leave a review for the refund?", "Is a review
 * required?", "Muss ich …", "Faut-il …", "¿Hace falta …?", "需要…吗"), in
 * the languages of the lexicons.
 */
const NEED =
  /(?:^|[^\p{L}\p{M}])(?:need|needs|needed|required|require|requires|necessary|have to|has to|must|depend|depends|mandatory|obligatory|müssen|muss|musst|nötig|notwendig|erforderlich|verpflichtend|voraussetzung|hängt|abhängig|faut-il|faut il|faut|nécessaire|obligatoire|requis|dépend|hace falta|necesario|necesaria|tengo que|tiene que|hay que|obligatorio|requisito|depende|serve|necessario|necessaria|obbligatorio|devo|deve|bisogna|dipende|preciso|precisa|necessário|necessária|tenho que|tem que|nodig|moet|moeten|verplicht|vereist|afhankelijk|behöver|behövs|måste|krävs|nödvändig|obligatorisk|beror|muszę|musi|trzeba|potrzebn\p{L}*|wymagan\p{L}*|konieczn\p{L}*|zależy|gerek\p{L}*|zorunda|zorunlu|şart|bağlı|يلزم|يجب|ضروري|مطلوب|شرط|يتوقف|ज़रूरी|जरूरी|आवश्यक|अनिवार्य|चाहिए|निर्भर)(?![\p{L}\p{M}])|需要|必须|必要|要不要|才能|得先|前提|取决|必須|なければ|要ります|条件/u;

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
 * "But" right after the answer: "No, but we'd love one" takes the denial
 * back.
 */
const BUT =
  /^[\s,.;:!\u2013\u2014\uFF0C\u3001\u3002\u060C]*(?:(?:but|aber|doch|mais|pero|ma|mas|maar|men|ale|ama|fakat|ancak|لكن|ولكن|لكنه|لكننا|लेकिन|पर)(?![\p{L}\p{M}])|但|不过|でも|ですが|けれど|しかし)/u;

/**
 * Whether a sentence ends with a question mark (Latin, full-width or
 * Arabic), white space aside.
 *
 * @param text The text.
 * @param sentence The sentence.
 * @returns Whether it asks.
 */
export function isQuestion(text: string, sentence: Segment): boolean {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
  const last = text[end - 1];
  return last === "?" || last === "？" || last === "؟";
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

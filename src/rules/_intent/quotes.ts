// This module is browser compatible.

/**
 * Spans that are not the seller's words: quotations found in the text, and
 * the merge of such spans (with order data) into sorted, disjoint ones.
 *
 * @module
 */

import { ORDER_ID_SOURCE } from "../../message_types/order_id.ts";
import {
  type ContextField,
  contextWords,
  escapeRegExp,
  languageWords,
} from "./context_lists.ts";
import { COMMA, type Segment } from "./segment.ts";
import { opensPurpose } from "./sentence_kinds.ts";
import { execNotAfter, LETTER_OR_MARK } from "../../text/not_after.ts";

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "“": "”",
  // Swedish and Finnish open and close with the same mark.
  "”": "”",
  "„": "“",
  "«": "»",
  "»": "«",
  "「": "」",
  "『": "』",
  "‚": "‘",
  "‘": "’",
  "'": "'",
};

/** A colon, and a space, right before a straight apostrophe. */
const AFTER_COLON = /[:：]\s?$/u;

/** The longest quotation taken as someone else's words. */
const MAX_QUOTE = 300;

/** The longest quotation that may be a control's label. */
const MAX_LABEL = 40;
/** How far from a label its control may stand (an article, a space). */
const CONTROL_WINDOW = 24;
/** Controls ("button", "Schaltfläche") and, without word breaks, "ボタン". */
const CONTROL_WORDS = contextWords(["controls"], "words").join("|");
const CONTROL_CHARS = contextWords(["controls"], "chars").join("|");
/** Verbs of using or finding a control ("click", "pulse"; "点击"). */
const USE_WORDS = contextWords(["controlUse"], "words").join("|");
const USE_CHARS = contextWords(["controlUse"], "chars").join("|");
/** A control named right before a label ("the button „…“", "زر «…»"). */
const CONTROL_BEFORE = new RegExp(
  String
    .raw`(?:(?:^|[^\p{L}\p{M}])(?:${CONTROL_WORDS})[\p{L}\p{M}]*|${CONTROL_CHARS})[\s:\uFF1A]*$`,
  "u",
);
/** A control named right after a label ("the "…" button", "「…」ボタン"). */
const CONTROL_AFTER = new RegExp(
  String.raw`^\s*(?:(?:${CONTROL_WORDS})|${CONTROL_CHARS})`,
  "u",
);

/**
 * Whether the quotation `start`…`end` is the label of a control the seller
 * points to ("the "Write a review" button", "die Schaltfläche
 * „Produktrezension schreiben“", "「レビューを書く」ボタン", "点一下“写商品评论”"):
 * short, with a control right before or after it or a verb of using one
 * right before it, in a sentence that tells the buyer to use or find the
 * control and denies nothing.
 */
function isControlLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTROL_WINDOW), start);
  if (
    !namesControl(text, start, end) && !USED_BEFORE.test(before) &&
    !(end - start - 2 <= MAX_LABEL && PLACED_BEFORE.test(before))
  ) return false;
  // A control is pointed to when its sentence tells the buyer to use or
  // find it ("click the "Write a review" button") and denies nothing ("your
  // refund does not depend on it"); a control only named ("you can ignore
  // the "Rate this seller" link") keeps its label a quotation.
  let from = start;
  const limit = Math.max(0, start - SENTENCE_REACH);
  while (from > limit && !SENTENCE_END.test(text[from - 1]!)) from--;
  const to = endMarkBefore(
    text,
    end,
    Math.min(text.length, end + SENTENCE_REACH),
  );
  const around = text.slice(from, start) + " " + text.slice(end, to);
  return CONTROL_USE.test(around) && !deniesBeyondCourtesy(around);
}

/**
 * Whether the quotation `start`…`end` is short and has a control named
 * right before or after it ("the "Write a review" button", "die
 * Schaltfläche „…“", "「…」ボタン"): a label, pointed to or only named.
 *
 * @param text The normalized text.
 * @param start Where the quotation starts (its opening mark).
 * @param end Where it ends (after its closing mark).
 * @returns Whether it is a control's label.
 *
 * @example
 * ```ts
 * import { namesControl } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(namesControl('the "write a review" button', 4, 20));
 * assert.ok(!namesControl('we said "write a review"', 8, 24));
 * ```
 */
export function namesControl(
  text: string,
  start: number,
  end: number,
): boolean {
  if (end - start - 2 > MAX_LABEL) return false;
  return CONTROL_AFTER.test(text.slice(end, end + CONTROL_WINDOW)) ||
    CONTROL_BEFORE.test(text.slice(Math.max(0, start - CONTROL_WINDOW), start));
}

/** A verb of using or finding a control ("click", "pulse", "点击"). */
const CONTROL_USE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${USE_WORDS})|${USE_CHARS}`,
  "u",
);

/**
 * A verb of using a control right before a label, with at most two short
 * words between ("click "Write a review"", "klicken Sie auf „…“", "点一下“…”"):
 * the label names the control.
 */
const USED_BEFORE = new RegExp(
  String
    .raw`(?:(?:^|[^\p{L}\p{M}])(?:${USE_WORDS})[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]{1,5}){0,2}|${USE_CHARS})[\s:\uFF1A]*$`,
  "u",
);

/**
 * A word that places a label in a menu or a page right before it ("under
 * "Your Orders"", "unter „…“"): the `controlPlace` context words.
 */
const PLACED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${
    contextWords(["controlPlace"], "words").join("|")
  })\s*$`,
  "u",
);

/** How far a control label's sentence is read for a denial, each way. */
const SENTENCE_REACH = 160;
/** The marks that end a sentence. */
export const SENTENCE_END = /[.!?\n\u3002\uFF01\uFF1F\u061F\u0964]/u;

/**
 * The first mark that ends a sentence from `from` on, before `limit`.
 *
 * @param text The text.
 * @param from Where to start looking.
 * @param limit Where to stop looking.
 * @returns The mark's index, or `limit` when there is none.
 *
 * @example
 * ```ts
 * import { endMarkBefore } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(endMarkBefore("one. two.", 0, 9), 3);
 * assert.equal(endMarkBefore("one. two.", 0, 2), 2);
 * ```
 */
export function endMarkBefore(
  text: string,
  from: number,
  limit: number,
): number {
  let at = from;
  while (at < limit && !SENTENCE_END.test(text[at]!)) at++;
  return at;
}

/**
 * Quotations in a text: text between matching double quotes (or `「」`)
 * within one line, at most a few hundred characters, but for the label of
 * a control the seller points to ("the "Write a review" button"), and the buyer's
 * questions that the seller reports ({@linkcode findReported}). Linear: each opening
 * quote looks ahead at most that far, and a search resumes after the close.
 *
 * @param text The text.
 * @returns The quoted spans (quotes included), sorted.
 */
export function findQuotes(text: string): Segment[] {
  // The buyer's reported questions are not the seller's words either.
  return [...findQuoted(text), ...findReported(text)].sort((a, b) =>
    a.start - b.start
  );
}

/**
 * The quotations of a text alone, without the buyer's reported questions:
 * text between matching quotation marks within one line, at most a few
 * hundred characters, but for the label of a control the seller points to.
 *
 * @param text The text.
 * @returns The quoted spans (quotes included), sorted.
 *
 * @example
 * ```ts
 * import { findQuoted } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(findQuoted('the card said "leave a review".'), [
 *   { start: 14, end: 30 },
 * ]);
 * ```
 */
export function findQuoted(text: string): Segment[] {
  const spans: Segment[] = [];
  const opening = /["“”„«»「『‚‘']/g;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    let i = m.index;
    // A straight apostrophe opens a quotation only right after a colon
    // ("You wrote: 'Do I get my money back?'"); elsewhere it elides.
    if (m[0] === "'" && !AFTER_COLON.test(text.slice(Math.max(0, i - 2), i))) {
      continue;
    }
    const close = QUOTE_PAIRS[m[0]]!;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j++) {
      const ch = text[j]!;
      if (ch === "\n") break;
      // A single closing quote is also an apostrophe: it closes only
      // before a non-letter ("‘Star Cards’ set", not "‘it’s").
      if (
        (close === "’" || close === "'") && ch === close &&
        j + 1 < text.length && /[\p{L}\p{M}]/u.test(text[j + 1]!)
      ) continue;
      if (ch === close || (close === "“" && ch === "”")) {
        // A control's label is the seller's pointer, not a quotation.
        if (j > i + 1 && !isControlLabel(text, i, j + 1)) {
          spans.push({ start: i, end: j + 1 });
        }
        i = j;
        opening.lastIndex = j + 1;
        break;
      }
    }
  }
  return spans;
}

/** The test that most `reportedAhead` words open with: no letter before. */
const WORD_START = String.raw`(?<![\p{L}\p{M}])`;

/**
 * The order a reported question was about, named between its verb and its
 * "whether" ("je vroeg bij bestelling 402-1234567-7654321 of").
 */
const ORDER_REF = String.raw`(?:(?: \p{L}+){1,3} ${ORDER_ID_SOURCE})?`;

const AHEAD_WORDS = contextWords(["reportedAhead"]).map((pattern) =>
  pattern.replaceAll("(?<order>)", ORDER_REF)
);
/**
 * The opening words of the buyer's question, reported by the seller: "you
 * asked whether", "Sie fragten, ob", "vous nous avez demandé si", "nos
 * preguntaste si", "ci ha chiesto se", "você perguntou se", "u vroeg of",
 * "du frågade om", "pytała Pani, czy", "आपने पूछा कि": the `reportedAhead`
 * context words of every language that open a word, with the order a
 * question was about (`(?<order>)`) filled in. Their test for a word's start
 * is made in code ({@linkcode execNotAfter}), so the engine can skip to
 * where their first letters stand.
 */
const REPORTED_AHEAD = new RegExp(
  AHEAD_WORDS.filter((pattern) => pattern.startsWith(WORD_START)).map((
    pattern,
  ) => pattern.slice(WORD_START.length)).join("|"),
  "gu",
);
/**
 * The other opening words, of scripts without word breaks or with their
 * own test ("سألتَ في رسالتك: هل", "您在留言中问到").
 */
const REPORTED_AHEAD_OTHER = new RegExp(
  AHEAD_WORDS.filter((pattern) => !pattern.startsWith(WORD_START)).join("|") ||
    "(?!)",
  "gu",
);

/** A marker of a reported question: where it starts, and its words. */
interface Marker {
  readonly index: number;
  readonly words: string;
}

/**
 * Finds reported-question openers from `from` on, `from` never going back:
 * the leftmost of both patterns (the word-opening ones first at the same
 * place), each pattern's next match kept until the search passes it, so
 * the text is read once per pattern.
 */
class AheadMarkers {
  #text: string;
  #next: (Marker | null | undefined)[] = [undefined, undefined];

  constructor(text: string) {
    this.#text = text;
  }

  next(from: number): Marker | null {
    let best: Marker | null = null;
    for (let k = 0; k < 2; k++) {
      let found = this.#next[k];
      if (found === undefined || (found !== null && found.index < from)) {
        const pattern = k === 0 ? REPORTED_AHEAD : REPORTED_AHEAD_OTHER;
        pattern.lastIndex = from;
        const m = k === 0
          ? execNotAfter(pattern, this.#text, LETTER_OR_MARK)
          : pattern.exec(this.#text);
        found = m === null ? null : { index: m.index, words: m[0] };
        this.#next[k] = found;
      }
      if (found !== null && (best === null || found.index < best.index)) {
        best = found;
      }
    }
    return best;
  }
}

/**
 * A reported question in a verb-final language, whose words come before
 * the marker: "…gerekip gerekmediğini sordunuz", "…か、とのお問い合わせ"
 * (the `reportedBehind` context words).
 */
const REPORTED_BEHIND = new RegExp(
  contextWords(["reportedBehind"]).join("|"),
  "gu",
);
/**
 * A reported question of the buyer, with the seller's answer after it.
 * One that holds a wish or plea of the seller's own (`wish`: "you asked
 * whether your parcel comes soon and we would love a review") is the
 * buyer's only if its answer speaks of what the wish is for ("No, we never
 * ask for reviews"), which the caller judges.
 */
export interface ReportedSpan extends Segment {
  /** The question and the rest of its sentence ("…, which would help us"). */
  readonly reach: Segment;
  /** The rest of the question's sentence and the next sentence. */
  readonly answer: Segment;
  /** Whether its reach holds one of the `sellerWish` context words. */
  readonly wish: boolean;
}

// Where the sentence that goes on after `end` ends (a question's clause
// may end before its sentence: "…, bevor die Rückerstattung da ist."), at
// most MAX_QUOTE characters on; `end` itself when none is found.
function sentenceEnd(text: string, end: number): number {
  const limit = Math.min(text.length, end + MAX_QUOTE);
  const to = endMarkBefore(text, end, limit);
  return to < limit ? to : end;
}

// A reported question from `start` to `end`, with its reach and answer.
function reportedSpan(text: string, start: number, end: number): ReportedSpan {
  const answer = answerAfter(text, end);
  const to = endMarkBefore(text, end, answer.end);
  const reach = { start, end: to };
  return {
    start,
    end,
    reach,
    answer,
    wish: SELLER_WISH.test(text.slice(start, to)),
  };
}

/**
 * The answer after a reported question that ends at `end`: the rest of its
 * sentence and the next sentence, at most {@linkcode ANSWER_REACH}
 * characters.
 */
function answerAfter(text: string, end: number): Segment {
  const limit = Math.min(text.length, end + ANSWER_REACH);
  const to = endMarkBefore(text, endMarkBefore(text, end, limit) + 1, limit);
  return { start: end, end: Math.min(to, limit) };
}

/**
 * The seller's own wish or plea ("we would love", "nos encantaría"): the
 * `sellerWish` context words.
 */
const SELLER_WISH = new RegExp(
  contextWords(["sellerWish"]).join("|"),
  "u",
);
/**
 * The seller welcoming what the buyer asked about ("we'd still love to read
 * it", "随时欢迎"): the `welcome` context words, from a word's start in the
 * languages with spaces, anywhere in Japanese and Chinese.
 */
const WELCOME = new RegExp(
  [
    String.raw`(?<![\p{L}\p{M}])(?:${
      contextWords(["welcome"], "words").map(escapeRegExp).join("|")
    })`,
    ...contextWords(["welcome"], "chars").map(escapeRegExp),
  ].join("|"),
  "u",
);
/**
 * An answer that leaves the choice to the buyer ("it's entirely up to
 * you"): the `freeChoice` context words. It answers a reported question as
 * a denial does.
 */
const FREE_CHOICE = new RegExp(
  contextWords(["freeChoice"]).join("|"),
  "u",
);
// Whether an opening of a reported question ends with the words of a
// context field.
function openingEnd(field: ContextField): RegExp {
  return new RegExp(
    String.raw`(?:${contextWords([field]).join("|")})$`,
    "u",
  );
}
/**
 * The words that end the opening of a question about something ("you
 * asked about", "عن"): the `reportedAbout` context words.
 */
const ABOUT = openingEnd("reportedAbout");
/**
 * The words that end the opening of a question of how to do something
 * ("you asked how"): the `reportedHow` context words.
 */
const HOW = openingEnd("reportedHow");
/**
 * A yes right after a reported question: the `yes` context words of every
 * language.
 */
const YES = new RegExp(
  String.raw`^[\s,;:.!?\u2013\u2014\uFF0C\u3001\u3002\u061B\u060C]*(?:${
    contextWords(["yes"]).join("|")
  })(?![\p{L}\p{M}])`,
  "u",
);
/** How far after a reported question its answer is looked for. */
const YES_WINDOW = 16;
/**
 * A denial in the seller's answer to a reported question ("…: no code is
 * needed", "Non è necessario", "Dat doen wij niet", "——不需要"): the
 * `denial` context words of every language, or a word ending in "n't"
 * (English "don't", a word's ending, not a word). Only a question the
 * seller denies is the buyer's alone: one the seller affirms ("…, and that
 * is exactly right") is the seller's offer too.
 */
const DENIAL = denialOf(
  contextWords(["denial"], "words"),
  contextWords(["denial"], "chars"),
);

// A denial: a word ending in "n't", one of `words` as a whole word, or one
// of `chars` anywhere.
function denialOf(words: readonly string[], chars: readonly string[]): RegExp {
  return new RegExp(
    [
      String.raw`\p{L}n['’]t(?![\p{L}\p{M}])`,
      String.raw`(?:^|[^\p{L}\p{M}])(?:${words.join("|")})(?![\p{L}\p{M}])`,
      ...chars,
    ].join("|"),
    "u",
  );
}

const DENIALS = new Map<string, RegExp>();

// The denial words of an answer in `language` and in English (which every
// language's messages borrow), but for English words that are everyday
// words of `language` (`notDenial`: Portuguese "no", "in the"); every
// language's without one.
function denialIn(language: string | undefined): RegExp {
  if (language === undefined) return DENIAL;
  let found = DENIALS.get(language);
  if (found !== undefined) return found;
  const own = languageWords(language, ["denial"]);
  if (own === undefined) return DENIAL;
  const not = new Set(languageWords(language, ["notDenial"])!.words);
  const words = languageWords("en", ["denial"])!.words.filter((word) =>
    !not.has(word)
  );
  if (own.segmentation === "words") words.push(...own.words);
  found = denialOf(words, own.segmentation === "chars" ? own.words : []);
  DENIALS.set(language, found);
  return found;
}
/** How far after a reported question its denial is looked for. */
const DENIAL_WINDOW = 60;
/** How long a sentence that answers a reported question may be. */
const ANSWER_REACH = 240;

// Whether the question ends its sentence at `end` and the next sentence,
// not opened by a yes, denies other than by a courtesy ("You asked whether
// a review earns a discount. Amazon's rules do not allow sellers to offer
// one"; not "… and don't worry about postage"). Reads at most ANSWER_REACH
// characters.
function deniedNext(
  text: string,
  end: number,
  language?: string,
): boolean {
  if (!SENTENCE_END.test(text[end] ?? "")) return false;
  let from = end + 1;
  while (from < text.length && /[\s.!?]/u.test(text[from]!)) from++;
  if (YES.test(text.slice(from, from + YES_WINDOW))) return false;
  // A courtesy denies nothing ("…, and don't worry about postage").
  const to = endMarkBefore(
    text,
    from,
    Math.min(text.length, from + ANSWER_REACH),
  );
  const answer = text.slice(from, to);
  return deniesBeyondCourtesy(answer, language) || leavesChoice(answer);
}

/**
 * Whether a sentence leaves a choice to the buyer ("whether you update your
 * review is entirely up to you"; the `freeChoice` context words) without a
 * wish or plea of the seller's own ("…, though we'd love it"), as an answer
 * to a reported question may ("that is entirely up to you").
 *
 * @param sentence The sentence or answer, normalized.
 * @returns Whether it leaves the choice to the buyer.
 *
 * @example
 * ```ts
 * import { leavesChoice } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(leavesChoice("whether you update it is entirely up to you."));
 * assert.ok(!leavesChoice("it's up to you, but we'd love an update."));
 * ```
 */
export function leavesChoice(sentence: string): boolean {
  return FREE_CHOICE.test(sentence) && !SELLER_WISH.test(sentence);
}

/** Courtesies that deny nothing ("don't worry", "keine Sorge", "别担心"). */
// The longest first: "sem pressa nenhuma" before "sem pressa".
const COURTESY = new RegExp(
  contextWords(["courtesy"]).sort((a, b) => b.length - a.length).join("|"),
  "gu",
);

/**
 * Whether `text` holds a denial other than a courtesy ("That card is not
 * from us", not "don't worry" or "we can't thank you enough"): the `denial`
 * context words of every language or a word ending in "n't", once the
 * `courtesy` context words are taken out.
 *
 * @param text A sentence.
 * @param language The language of its denial words (with English); every
 *   language's without it.
 * @returns Whether it denies.
 *
 * @example
 * ```ts
 * import { deniesBeyondCourtesy } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(deniesBeyondCourtesy("that card is not from us."));
 * assert.ok(!deniesBeyondCourtesy("don't worry about postage."));
 * ```
 */
export function deniesBeyondCourtesy(
  text: string,
  language?: string,
): boolean {
  return denialIn(language).test(text.replace(COURTESY, " "));
}
/**
 * The opening of a clause that a question goes on into after a comma: a
 * complementizer or a connector of purpose ("dass", "że", "so that",
 * "żeby"), the `complementizer` and `purpose` context words.
 */
const CONTINUED = new RegExp(
  String.raw`^\s*(?:${
    contextWords(["complementizer", "purpose"]).join("|")
  })(?![\p{L}\p{M}])`,
  "u",
);
/** A digit, either side of a decimal mark. */
const DIGIT = /\d/u;
/** How far after a comma {@linkcode CONTINUED} is looked for. */
const CONTINUED_WINDOW = 24;
/** The marks that end a clause. */
const CLAUSE_END =
  /[,;:.!?\n\u2013\u2014\uFF0C\u3001\uFF1B\u3002\uFF01\uFF1F\u061F\u060C\u061B\u0964]/u;

/**
 * Questions of the buyer that the seller reports ("you asked whether you
 * need a discount code"): from the opening words to the end of the
 * question's clause (past the commas of a phrase set off at its start; a
 * question about something ends at its first comma), past a decimal point
 * and into a clause it goes on into after a comma ("…, dass …", "…, żeby
 * …"), when the seller's
 * answer after it, in its sentence or the next, denies it or leaves it to
 * the buyer ("that is entirely up to you"); or in Turkish and Japanese from
 * the clause start to the closing words. Each is marked when it holds a
 * wish of the seller's own (`wish`), with the answer to judge it by.
 * Linear: each marker scans at most {@linkcode MAX_QUOTE} characters.
 *
 * @param text The normalized text.
 * @param language The buyer's language: its denial words and English ones
 *   answer (every language's without it).
 * @returns The reported spans, sorted.
 *
 * @example
 * ```ts
 * import { findReported } from "./quotes.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "you asked whether you need a code. no code is needed.";
 * const [question] = findReported(text);
 * assert.equal(text.slice(question!.start, question!.end),
 *   "you asked whether you need a code");
 * assert.equal(question!.wish, false);
 * ```
 */
export function findReported(
  text: string,
  language?: string,
): readonly ReportedSpan[] {
  // The review and marketing families ask in turn about the same text.
  if (lastReported?.text === text && lastReported.language === language) {
    return lastReported.spans;
  }
  const spans = scanReported(text, language);
  lastReported = { text, language, spans };
  return spans;
}

let lastReported:
  | { text: string; language: string | undefined; spans: ReportedSpan[] }
  | undefined;

function scanReported(text: string, language?: string): ReportedSpan[] {
  const spans: ReportedSpan[] = [];
  for (const { question, how } of aheadQuestions(text)) {
    if (answeredNo(text, question, language, how)) spans.push(question);
  }
  REPORTED_BEHIND.lastIndex = 0;
  // A scan back stops at the previous marker: each character is read once.
  let previous = 0;
  for (
    let m = REPORTED_BEHIND.exec(text);
    m !== null;
    m = REPORTED_BEHIND.exec(text)
  ) {
    let start = m.index;
    const limit = Math.max(previous, m.index - MAX_QUOTE);
    previous = m.index + m[0].length;
    while (start > limit && !CLAUSE_END.test(text[start - 1]!)) start--;
    while (start < m.index && /\s/u.test(text[start]!)) start++;
    const end = m.index + m[0].length;
    const question = reportedSpan(text, start, end);
    if (answeredNo(text, question, language)) spans.push(question);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A question reported ahead of its words, before its answer is read. */
interface AheadQuestion {
  readonly question: ReportedSpan;
  /** Whether it asks how to do something (answered as a yes is). */
  readonly how: boolean;
}

// The questions the `reportedAhead` words open, for the last text: the
// same for every language, so both families' calls share them.
let lastAhead: { text: string; questions: AheadQuestion[] } | undefined;

function aheadQuestions(text: string): AheadQuestion[] {
  if (lastAhead?.text === text) return lastAhead.questions;
  const questions: AheadQuestion[] = [];
  const markers = new AheadMarkers(text);
  for (let m = markers.next(0); m !== null;) {
    const from = m.index + m.words.length;
    let end = from;
    const limit = Math.min(text.length, from + MAX_QUOTE);
    // The question ends at its clause's end, past the commas of a phrase
    // set off at its start ("you asked whether, to get the refund, you must
    // review it first"; "pyta Pani, czy aby dostać zwrot, trzeba…"); a
    // question about something ("you asked about the refund") at once.
    const about = ABOUT.test(m.words);
    const opening = text.slice(from, from + 4).trimStart();
    let commas = about
      ? 0
      : COMMA.test(opening[0] ?? "")
      ? 2
      : opensPurpose(text, { start: from, end: limit })
      ? 1
      : 0;
    for (; end < limit; end++) {
      const char = text[end]!;
      if (!CLAUSE_END.test(char)) continue;
      // A decimal point or comma ("1.8 L", "2,5 kg") ends no clause.
      if (
        (char === "." || char === ",") && DIGIT.test(text[end - 1] ?? "") &&
        DIGIT.test(text[end + 1] ?? "")
      ) continue;
      if (!COMMA.test(char)) break;
      // A clause the question goes on into ("ob die Erstattung davon
      // abhängt, dass Sie…"; "gdzie wpisać kod, żeby dostać…").
      if (CONTINUED.test(text.slice(end + 1, end + 1 + CONTINUED_WINDOW))) {
        continue;
      }
      if (commas === 0) break;
      commas--;
    }
    questions.push({
      question: reportedSpan(text, m.index, end),
      how: HOW.test(m.words),
    });
    m = markers.next(Math.max(end, from));
  }
  lastAhead = { text, questions };
  return questions;
}

// Whether the seller's answer after a reported question denies it or
// leaves it to the buyer. A question the seller answers with yes is the
// seller's own offer ("you asked whether you may leave a review: yes,
// please do"), and a courtesy denies nothing ("… five stars. No rush at
// all!"); only one the seller denies is the buyer's alone. The next
// sentence answers a question that ends its own (its end is then its
// sentence's end) or one whose clause ends before it.
function answeredNo(
  text: string,
  question: ReportedSpan,
  language: string | undefined,
  how = false,
): boolean {
  const { end } = question;
  const window = text.slice(end, end + DENIAL_WINDOW);
  const answer = text.slice(end, question.answer.end);
  // An answer that welcomes the review denies only another part of the
  // question ("too late to review? Not at all, we'd still love to read it").
  // A yes that leaves the choice to the buyer grants what the buyer asked
  // about and asks for nothing ("you asked whether you can delete your
  // feedback: yes, you can, but that is entirely your decision"), unless
  // the seller wishes for something there.
  // The choice may be left in the sentence after the yes ("Ja, das geht
  // in Ihrem Konto. Das ist allein Ihre Entscheidung.").
  // A question of how to do something is answered as a yes is.
  if (how || YES.test(text.slice(end, end + YES_WINDOW))) {
    const granted = text.slice(end, answerAfter(text, question.answer.end).end);
    return leavesChoice(granted) && !WELCOME.test(granted);
  }
  return !WELCOME.test(answer) &&
    (deniesBeyondCourtesy(window, language) ||
      (FREE_CHOICE.test(window) && leavesChoice(answer)) ||
      deniedNext(text, sentenceEnd(text, end), language));
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

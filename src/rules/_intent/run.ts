// This module is browser compatible.

/**
 * Runs a concept rule over a lint context: normalized text, concept hits,
 * sentences, cancellation, then a decision per sentence and language.
 *
 * @module
 */

import type { RuleContext } from "../../lint/rule.ts";
import {
  analyzeConcepts,
  type AnalyzeOptions,
  answersNo,
  asksNeed,
  asksQuestion,
  findQuoted,
  findQuotes,
  findReported,
  isQuestion,
  leavesChoice,
  mergeSpans,
  type SentenceConcepts,
} from "./analyze.ts";
import type { Concepts } from "./decide.ts";
import type { ConceptMatcher } from "./concept_matcher.ts";
import type { ConceptHit, LexiconMatcher } from "./lexicon_matcher.ts";
import {
  type MatchText,
  matchTextOf,
  originalAt,
  segmentMessage,
} from "./normalized.ts";
import { isSellersQuote } from "./quote_owner.ts";
import type { Segment } from "./segment.ts";
import { withSplitWords } from "./split_words.ts";

const CAPITAL = /\p{Lu}/u;

// A rating asked for ("a 5-star review") is no need the buyer asked about.
const RATED = ["positive", "rating", "starRequest"];

function holdsAny(sentence: SentenceConcepts, concepts: readonly string[]) {
  for (const held of sentence.all.values()) {
    if (concepts.some((concept) => held.has(concept))) return true;
  }
  return false;
}

/**
 * The concept a sentence holds (in `seen`) when it is a question whether
 * something is needed that the next sentence answers with a bare "no": no
 * concept finding is made there, and the review model only warns.
 */
export const ANSWERED_NO = "answeredNo";

/** The most characters of a brief sentence (concept `brief` of the next). */
const BRIEF = 40;

/** A sentence a decision fired on. */
export interface ConceptFinding<F extends string> {
  /** What the decision found. */
  readonly finding: F;
  /** The language whose words made it. */
  readonly language: string;
  /** The concepts the sentence (and its neighbours) hold in that language. */
  readonly concepts: readonly string[];
  /** Whether it fires only with words of order data or quotations. */
  readonly fromData: boolean;
  /** The range in the original text. */
  readonly start: number;
  /** End of the range in the original text. */
  readonly end: number;
}

/**
 * What a concept rule's message shows of a finding: the sentence (cut to 80
 * characters) and the concepts it holds.
 *
 * @param text The original text.
 * @param finding The finding.
 * @returns The message data.
 */
export function findingData(
  text: string,
  finding: Pick<ConceptFinding<string>, "start" | "end" | "concepts">,
): { phrase: string; concepts: string } {
  const phrase = text.slice(finding.start, finding.end);
  return {
    phrase: phrase.length <= 80 ? phrase : `${phrase.slice(0, 77)}...`,
    concepts: finding.concepts.join(", "),
  };
}

/**
 * A decision over a sentence and its neighbours, in one language. When the
 * previous sentence is a question, `previous` also holds `question`;
 * `earlier` is the sentence before the previous one.
 */
export type Decide<F extends string> = (
  current: Concepts,
  next: Concepts,
  previous: Concepts,
  language: string,
  earlier: Concepts,
) => F | undefined;

const EMPTY: Concepts = new Set();

/**
 * `segment` of `text` without the white space at its ends.
 *
 * @param text The text.
 * @param segment A range of it.
 * @returns The trimmed range.
 */
export function trimmed(text: string, segment: Segment): Segment {
  let { start, end } = segment;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The languages whose lexicons judge a text: the buyer's and English (which
 * sellers write to buyers everywhere); all of them (`undefined`) when the
 * locale is unknown or the text holds no word of the buyer's language.
 *
 * @param locale The buyer's locale.
 * @param hits The text's concept hits.
 * @returns The languages, or `undefined` for all.
 */
export function languagesFor(
  locale: string | undefined,
  hits: readonly ConceptHit[],
): ReadonlySet<string> | undefined {
  const primary = primaryOf(locale);
  if (primary === undefined) return undefined;
  const own = hits.some((hit) =>
    hit.language === primary && hit.concept !== "negation"
  );
  return own ? new Set([primary, "en"]) : undefined;
}

/**
 * The primary language of a locale, lower case ("de-DE" → "de"), or
 * `undefined` when there is none.
 *
 * @param locale The locale.
 * @returns The language.
 *
 * @example
 * ```ts
 * import { primaryOf } from "./run.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(primaryOf("pt_BR"), "pt");
 * assert.equal(primaryOf(" "), undefined);
 * ```
 */
export function primaryOf(locale: string | undefined): string | undefined {
  if (locale === undefined || locale.trim() === "") return undefined;
  return locale.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** The hits a text is judged on, the languages that judge it, and how. */
interface JudgedHits {
  readonly hits: readonly ConceptHit[];
  readonly allowed: ReadonlySet<string> | undefined;
  readonly primary: string | undefined;
  /** Finds the hits of another text in the same languages. */
  readonly find: (text: string) => readonly ConceptHit[];
}

/**
 * The hits a text is judged on and the languages that judge it: with a
 * matcher that scans per language, the buyer's language and English first,
 * and every language only when the text holds no word of the buyer's.
 */
function judgedHits(
  matcher: LexiconMatcher | ConceptMatcher,
  text: string,
  locale: string | undefined,
): JudgedHits {
  const primary = primaryOf(locale);
  if (!("findIn" in matcher)) {
    const hits = matcher.find(text);
    const allowed = languagesFor(locale, hits);
    const find = (other: string) => matcher.find(other);
    return { hits, allowed, primary: allowed && primary, find };
  }
  if (primary !== undefined && matcher.has(primary)) {
    const languages = [primary, "en"];
    const hits = matcher.findIn(text, languages);
    const allowed = languagesFor(locale, hits);
    const find = (other: string) => matcher.findIn(other, languages);
    if (allowed !== undefined) return { hits, allowed, primary, find };
  }
  const find = (other: string) => matcher.findIn(other);
  return { hits: find(text), allowed: undefined, primary: undefined, find };
}

/**
 * A message's judged hits, with the terms split by a line break inside a
 * word ("Bewert\nung") read in the same languages. The review and marketing
 * families share a matcher: the last message's are kept, so the second
 * family scans neither the text nor its joined reading again.
 */
function messageHits(
  matcher: LexiconMatcher | ConceptMatcher,
  context: RuleContext<unknown>,
  match: MatchText,
): JudgedHits {
  const locale = context.message.locale;
  if (
    lastHits !== undefined && lastHits.matcher === matcher &&
    lastHits.original === context.text && lastHits.text === match.text &&
    lastHits.locale === locale
  ) return lastHits.judged;
  const judged = judgedHits(matcher, match.text, locale);
  const hits = withSplitWords(
    match.text,
    judged.hits,
    judged.find,
    (offset) => CAPITAL.test(originalAt(context.text, match, offset)),
  );
  const result = { ...judged, hits };
  lastHits = {
    matcher,
    original: context.text,
    text: match.text,
    locale,
    judged: result,
  };
  return result;
}

let lastHits: {
  matcher: LexiconMatcher | ConceptMatcher;
  original: string;
  text: string;
  locale: string | undefined;
  judged: JudgedHits;
} | undefined;

// `base` with the concepts of `from` that `taken` holds; a copy only when
// one is missing.
function withTaken(
  base: Concepts,
  from: Concepts,
  taken: ReadonlySet<string>,
): Concepts {
  if (taken.size === 0) return base;
  let merged: Set<string> | undefined;
  for (const concept of from) {
    if (!taken.has(concept) || base.has(concept)) continue;
    merged ??= new Set(base);
    merged.add(concept);
  }
  return merged ?? base;
}

/**
 * How a family tells the seller's voice inside a reported question of the
 * buyer: a question holding a wish of the seller's own (the `sellerWish`
 * context words) or a `voice` concept is the buyer's only where the
 * seller's answer after it holds a `subjects` concept (what the wish is
 * for: a review, an offer).
 */
export interface ReportedVoice {
  /** Concepts that are the seller's voice ("appeal"). */
  readonly voice?: readonly string[];
  /** Concepts of what a wish is for ("review", "offer"). */
  readonly subjects?: readonly string[];
}

/**
 * The spans of a message that are not the seller's own words, normalized:
 * order data, the buyer's reported questions and quotations, but for the
 * quotations the seller says ({@linkcode isSellersQuote}, in `language`)
 * that hold one of the `sellersQuotes` concepts among `hits`.
 */
export function foreignSpans(
  context: RuleContext<unknown>,
  match: MatchText,
  sellersQuotes: readonly string[] = [],
  hits: readonly ConceptHit[] = [],
  language?: string,
  reportedVoice: ReportedVoice = {},
): Segment[] {
  const spans: Segment[] = [];
  for (const span of context.message.dataSpans ?? []) {
    if (span.start >= context.text.length) continue;
    spans.push({
      start: match.fromOriginal(span.start),
      end: match.fromOriginal(Math.min(span.end, context.text.length)),
    });
  }
  // In a customization, the quoted text is the buyer's to print.
  if (
    sellersQuotes.length === 0 || context.message.type === CUSTOMIZATION
  ) spans.push(...findQuotes(match.text));
  else {
    const owning = new Set(sellersQuotes);
    // The quotations are sorted and disjoint: one pass over the hits,
    // sorted by start, for all of them.
    const byStart = hits.filter((hit) => owning.has(hit.concept)).sort((
      a,
      b,
    ) => a.start - b.start);
    let next = 0;
    for (const quote of findQuoted(match.text)) {
      while (next < byStart.length && byStart[next]!.start < quote.start) {
        next++;
      }
      let holds = false;
      for (
        let i = next;
        i < byStart.length && byStart[i]!.start < quote.end;
        i++
      ) {
        if (byStart[i]!.end <= quote.end) {
          holds = true;
          break;
        }
      }
      if (!holds || !isSellersQuote(match.text, quote, language)) {
        spans.push(quote);
      }
    }
    // A reported question holding a wish of the seller's own ("we would
    // love", or a `voice` concept such as an appeal: "which would help us
    // enormously") is the buyer's only if its answer speaks of what the
    // wish is for ("No, we never ask for reviews"), not of something else
    // ("No, it cannot come sooner").
    const subjects = new Set(reportedVoice.subjects);
    const voice = new Set(reportedVoice.voice);
    const holds = (concepts: Set<string>, span: Segment) =>
      hits.some((hit) =>
        concepts.has(hit.concept) && hit.start >= span.start &&
        hit.end <= span.end
      );
    for (const reported of findReported(match.text, language)) {
      if (
        !(reported.wish || holds(voice, reported.reach)) ||
        holds(subjects, reported.answer)
      ) spans.push({ start: reported.start, end: reported.end });
    }
  }
  return mergeSpans(spans);
}

/** The message type whose quotations are the buyer's text to print. */
const CUSTOMIZATION = "confirmCustomizationDetails";

/**
 * Finds the sentences a decision fires on.
 *
 * @param context The rule context.
 * @param matcher The family's lexicon matcher; with a
 *   {@linkcode ConceptMatcher}, only the judging languages are scanned.
 * @param analyze Cancellation rules.
 * @param decide The decision.
 * @param loanwords Concepts whose English words count in every language.
 * @param reports Concepts of the buyer's language that count in the
 *   English reading of its sentence (words that report the buyer's, what a
 *   job requires), the concepts that must be in that reading for them to
 *   count, and whether, given that reading, the sentence before lends them
 *   too.
 * @param seen When given, receives each sentence's concepts (in the
 *   judging languages, after cancellation), keyed by where the sentence
 *   starts in the normalized text.
 * @returns The findings, one per sentence at most, in text order.
 */
export function runConcepts<F extends string>(
  context: RuleContext<unknown>,
  matcher: LexiconMatcher | ConceptMatcher,
  analyze: Omit<AnalyzeOptions, "foreign" | "primary" | "text"> & {
    /**
     * Concepts that make a quotation nothing attributes the seller's own
     * words when it holds one ({@linkcode foreignSpans}).
     */
    readonly sellersQuotes?: readonly string[];
    /**
     * The seller's voice inside the buyer's reported questions, and what it
     * is about ({@linkcode ReportedVoice}).
     */
    readonly reportedVoice?: ReportedVoice;
    /**
     * Concepts that reach the sentence before or after across line and
     * paragraph breaks: where white space alone stands next to a sentence,
     * these concepts of the nearest sentence beyond it are its neighbour's.
     */
    readonly acrossBreaks?: readonly string[];
    /**
     * [concept, carried]: once a sentence holds the concept, every later
     * sentence of the message has the carried concept in the sentence
     * before it (the buyer's question named at the start frames the
     * answers that follow: `["buyerAsked", "answering"]`).
     */
    readonly carried?: readonly [string, string];
    /**
     * [concepts, produced]: a sentence holding one of the concepts that
     * leaves the choice to the buyer ({@linkcode leavesChoice}: "whether you
     * update your review is entirely up to you") holds the produced concept
     * in its decision too.
     */
    readonly choiceLeft?: readonly [readonly string[], string];
  },
  decide: Decide<F>,
  loanwords: readonly string[] = [],
  seen?: Map<number, ReadonlySet<string>>,
  [reports, reportedIn, lendsBefore]: readonly [
    readonly string[],
    readonly string[],
    ((concepts: Concepts) => boolean)?,
  ] = [[], []],
): ConceptFinding<F>[] {
  if (context.text === "") return [];
  const match = matchTextOf(context);
  const { hits, allowed, primary } = messageHits(matcher, context, match);
  if (hits.length === 0) return [];
  const segmentation = segmentMessage(context.text, match);
  const foreign = foreignSpans(
    context,
    match,
    analyze.sellersQuotes,
    hits,
    primary ?? primaryOf(context.message.locale),
    analyze.reportedVoice,
  );
  const sentences = analyzeConcepts(hits, segmentation, {
    ...analyze,
    foreign,
    primary,
    text: match.text,
  });
  // A question whether something is needed, which the next sentence
  // answers with a bare "no" ("Do you need to leave a review for the
  // refund? No."), voices the buyer's doubt and denies it. An offer or a
  // request asked and answered no ("Can we send you a gift card for a
  // review? No. Just…") is judged as any sentence; "No pressure" or "No?"
  // is no answer.
  // Decided once: both the concepts handed to the models and the decisions
  // read it.
  // Whether each sentence but the last is a question: read by the answer
  // after it and by the decision of the next sentence.
  const asks = sentences.map((sentence, i) =>
    i + 1 < sentences.length && isQuestion(match.text, sentence.segment)
  );
  // Whether each sentence asks, its particles read too ("お済みでしょうか。"):
  // read by the decision of the sentence itself.
  const questions = sentences.map((sentence) =>
    asksQuestion(match.text, sentence.segment)
  );
  // Whether each sentence is brief: a short sentence that only asks after
  // a review word ("Das würde uns sehr helfen.") speaks of it.
  const brief = sentences.map((sentence) => {
    const range = trimmed(match.text, sentence.segment);
    return range.end - range.start <= BRIEF;
  });
  const answeredNo = sentences.map((sentence, i) =>
    asks[i]! &&
    asksNeed(match.text, sentence.segment) &&
    answersNo(match.text, sentences[i + 1]!.segment) &&
    !holdsAny(sentence, RATED)
  );
  if (seen !== undefined) {
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const held = new Set<string>();
      for (const [language, concepts] of sentence.all) {
        if (allowed !== undefined && !allowed.has(language)) continue;
        for (const concept of concepts) held.add(concept);
      }
      if (answeredNo[i]) held.add(ANSWERED_NO);
      seen.set(sentence.segment.start, held);
    }
  }
  const findings: ConceptFinding<F>[] = [];
  const concepts = (
    sentence: SentenceConcepts | undefined,
    which: "own" | "all",
    language: string,
  ): Concepts => sentence?.[which].get(language) ?? EMPTY;
  const loan = new Set(loanwords);
  const reported = new Set(reports);
  // The concepts a language reads in a sentence: English nouns that other
  // languages borrow ("REVIEW", "feedback", "sale") count in a sentence of
  // any language; in English, the buyer's language reporting the buyer's
  // words ("je schreef dat" in "Je schreef dat in een review van een andere
  // koper staat…") reports the English words its phrase holds too: an
  // English review word inside a phrase of the buyer's language (another
  // customer's review) is read as that phrase, and the report is the
  // phrase's. An English sentence with no such phrase is reported by
  // nothing of another language ("Selon vous, a review on Amazon takes a
  // minute").
  // Each sentence is read as the current one, its neighbours' neighbour
  // and the one before the previous: its reading is kept per language.
  const loansKept = new Map<string, (Concepts | undefined)[]>();
  const withLoansAt = (
    i: number,
    which: "own" | "all",
    language: string,
  ): Concepts => {
    let kept = loansKept.get(language);
    if (kept === undefined) {
      loansKept.set(language, kept = new Array(sentences.length * 2));
    }
    const slot = i * 2 + (which === "own" ? 0 : 1);
    return kept[slot] ??= withLoans(sentences[i], which, language);
  };
  const withLoans = (
    sentence: SentenceConcepts | undefined,
    which: "own" | "all",
    language: string,
  ): Concepts => {
    const base = concepts(sentence, which, language);
    if (language !== "en") {
      return withTaken(base, concepts(sentence, which, "en"), loan);
    }
    if (
      reported.size === 0 || primary === undefined || primary === "en" ||
      !reportedIn.some((concept) => base.has(concept))
    ) return base;
    return withTaken(base, concepts(sentence, which, primary), reported);
  };
  // The neighbour of a sentence; where white space alone stands there (a
  // line or paragraph break), the `acrossBreaks` concepts of the nearest
  // sentence beyond it.
  const across = new Set(analyze.acrossBreaks ?? []);
  // Per sentence: 0 unknown, 1 white space only, 2 not.
  const blankAt = new Uint8Array(sentences.length);
  const blank = (j: number) => {
    if (blankAt[j] === 0) {
      const { start, end } = sentences[j]!.segment;
      blankAt[j] = match.text.slice(start, end).trim() === "" ? 1 : 2;
    }
    return blankAt[j] === 1;
  };
  const neighbour = (
    i: number,
    step: 1 | -1,
    which: "own" | "all",
    language: string,
  ): Concepts => {
    let j = i + step;
    if (j < 0 || j >= sentences.length) return EMPTY;
    if (across.size === 0 || !blank(j)) return withLoansAt(j, which, language);
    while (j >= 0 && j < sentences.length && blank(j)) j += step;
    if (j < 0 || j >= sentences.length) return EMPTY;
    const beyond = withLoansAt(j, which, language);
    return new Set([...beyond].filter((concept) => across.has(concept)));
  };
  // `base` with `concept` too, where `when` holds.
  const withAdded = (base: Concepts, concept: string, when: boolean) =>
    when && !base.has(concept) ? new Set([...base, concept]) : base;
  const afterQuestion = (i: number, base: Concepts): Concepts =>
    withAdded(base, "question", i > 0 && asks[i - 1]!);
  // The next sentence, with `question` where it asks one (the last one
  // too: "…in blue or green. Which colour would you like?").
  const beforeQuestion = (i: number, next: Concepts): Concepts => {
    const j = i + 1;
    if (j >= sentences.length || next.size === 0) return next;
    const question = j + 1 < sentences.length
      ? asks[j]!
      : isQuestion(match.text, sentences[j]!.segment);
    return withAdded(next, "question", question);
  };
  // The English reading of a sentence that holds what the reports need (a
  // price) takes them from the sentence before in the buyer's language too
  // where `lendsBefore` says so ("Vous aviez demandé si le prénom peut être
  // doré. C'est possible, pour 2 € de plus.").
  const reportsBefore = (
    i: number,
    which: "own" | "all",
    current: Concepts,
    before: Concepts,
  ): Concepts => {
    if (
      reported.size === 0 || primary === undefined || primary === "en" ||
      !reportedIn.some((concept) => current.has(concept)) ||
      lendsBefore?.(current) !== true
    ) return before;
    let j = i - 1;
    while (j >= 0 && blank(j)) j--;
    return j < 0
      ? before
      : withTaken(before, concepts(sentences[j], which, primary), reported);
  };
  // Whether each sentence leaves a choice to the buyer: read only for a
  // sentence that holds one of the `choiceLeft` concepts.
  const choices: (boolean | undefined)[] = [];
  const withChoice = (i: number, current: Concepts): Concepts => {
    const [choosing, left] = analyze.choiceLeft ?? [[], ""];
    if (!choosing.some((concept) => current.has(concept))) return current;
    const { start, end } = sentences[i]!.segment;
    const leaves = choices[i] ??= leavesChoice(match.text.slice(start, end));
    return withAdded(current, left, leaves);
  };
  // Whether a sentence before each holds the `carried` concept, in the
  // seller's own words of a language that judges.
  const [carrier, carried] = analyze.carried ?? ["", ""];
  const carriedTo = new Uint8Array(sentences.length);
  if (carrier !== "") {
    for (let i = 0, seenIt = false; i < sentences.length; i++) {
      if (seenIt) carriedTo[i] = 1;
      for (const [language, held] of sentences[i]!.own) {
        if (allowed !== undefined && !allowed.has(language)) continue;
        if (held.has(carrier)) seenIt = true;
      }
    }
  }
  const withCarried = (i: number, before: Concepts): Concepts =>
    withAdded(before, carried, carriedTo[i] === 1);
  for (let i = 0; i < sentences.length; i++) {
    if (answeredNo[i]) continue;
    const sentence = sentences[i]!;
    for (const language of sentence.all.keys()) {
      if (allowed !== undefined && !allowed.has(language)) continue;
      const judge = (which: "own" | "all") => {
        const current = withAdded(
          withChoice(i, withLoansAt(i, which, language)),
          "question",
          questions[i]!,
        );
        const before = neighbour(i, -1, which, language);
        return decide(
          current,
          withAdded(
            beforeQuestion(i, neighbour(i, 1, which, language)),
            "brief",
            i + 1 < sentences.length && brief[i + 1]!,
          ),
          withCarried(
            i,
            afterQuestion(
              i,
              language === "en"
                ? reportsBefore(i, which, current, before)
                : before,
            ),
          ),
          language,
          i >= 2 ? withLoansAt(i - 2, which, language) : EMPTY,
        );
      };
      const own = judge("own");
      const any = own ?? judge("all");
      if (any === undefined) continue;
      const range = trimmed(match.text, sentence.segment);
      const original = match.toOriginal(range.start, range.end);
      findings.push({
        finding: any,
        language,
        concepts: [...concepts(sentence, "all", language)].sort(),
        fromData: own === undefined,
        start: original.start,
        end: original.end,
      });
      break;
    }
  }
  return findings;
}

// This module is browser compatible.

/**
 * Compiles phrase tables and finds their phrases in a text (`compilePhrases`).
 *
 * @module
 */

import { foldText } from "./phrase_folding.ts";
import { type Needs, readNeeds } from "./phrase_needs.ts";
import {
  CJK,
  expand,
  MAX_GAPS,
  UNSPACED,
  WORD_CHAR,
} from "./phrase_notation.ts";
import {
  createFactorScanner,
  type FactorHits,
  type FactorScanner,
} from "./phrase_scanner.ts";
import {
  PHRASE_LANGUAGES,
  type PhraseMatch,
  type PhraseMatcher,
  type PhraseTable,
} from "./phrase_types.ts";

interface CompiledPattern {
  /** The pattern, expanded. */
  readonly expanded: string;
  /** The same, in a non-capturing group. */
  readonly source: string;
  readonly spaced: boolean;
}

/** What a pattern needs, as indices into the prefilter's factors. */
interface PatternFactors {
  /**
   * Sets of factors, one member of each of which it needs; the most
   * selective first.
   */
  readonly needs: readonly (readonly number[])[];
  /**
   * Whether it is searched per sentence: it needs some factors, and no
   * match crosses a sentence end.
   */
  readonly perSentence: boolean;
}

/**
 * What a matcher needs to tell which patterns to search where, and buffers
 * reused from text to text (a matcher finds in one text at a time).
 */
class Prefilter {
  readonly #scanner: FactorScanner;
  /** Per pattern. */
  readonly patterns: readonly PatternFactors[];
  // The patterns that need each factor; that need it most (in their first
  // set); that need nothing (always searched, in the whole text).
  readonly #needing: readonly (readonly number[])[];
  readonly #anchoring: readonly (readonly number[])[];
  readonly #unconditional: readonly number[];
  // Per pattern, the scan (its generation) that last looked at it; that
  // last wanted it searched per sentence.
  readonly #seen: Int32Array;
  readonly #wanted: Int32Array;
  // Per factor, the mark of the sentence it was last noted in.
  readonly #marks: Int32Array;
  #lastMark = 0;
  /** The sentences of the text being searched. */
  readonly sentenceBuffer: Sentences = new Sentences();

  constructor(patterns: readonly CompiledPattern[]) {
    const factors: string[] = [];
    const factorIndex = new Map<string, number>();
    const indexOf = (factor: string) => {
      let index = factorIndex.get(factor);
      if (index === undefined) {
        index = factors.length;
        factors.push(factor);
        factorIndex.set(factor, index);
      }
      return index;
    };
    const groups = new Map<string, Needs>();
    this.patterns = patterns.map((pattern): PatternFactors => {
      const { sets, crosses } = readNeeds(pattern.expanded, groups);
      return {
        needs: sets.map((set) => set.map(indexOf)),
        perSentence: !crosses && sets.length > 0,
      };
    });
    const needing: number[][] = factors.map(() => []);
    const anchoring: number[][] = factors.map(() => []);
    const unconditional: number[] = [];
    this.patterns.forEach(({ needs }, index) => {
      if (needs.length === 0) unconditional.push(index);
      for (const set of needs) {
        for (const factor of set) needing[factor]!.push(index);
      }
      for (const factor of needs[0] ?? []) anchoring[factor]!.push(index);
    });
    this.#needing = needing;
    this.#anchoring = anchoring;
    this.#unconditional = unconditional;
    this.#scanner = createFactorScanner(factors);
    this.#seen = new Int32Array(patterns.length);
    this.#wanted = new Int32Array(patterns.length);
    this.#marks = new Int32Array(factors.length);
  }

  /** Scans a text (as folded) for factors. */
  scan(text: string): FactorHits {
    return this.#scanner.scan(text);
  }

  /** The patterns whose needs the text meets, in order. */
  active(hits: FactorHits): number[] {
    const active = [...this.#unconditional];
    const seen = this.#seen;
    const stamp = hits.generation;
    // Generations start over (rarely): so do the stamps.
    if (stamp === 1) seen.fill(0);
    for (const factor of hits.found) {
      for (const pattern of this.#needing[factor]!) {
        if (seen[pattern] === stamp) continue;
        seen[pattern] = stamp;
        if (meets(this.patterns[pattern]!.needs, hits.stamps, stamp)) {
          active.push(pattern);
        }
      }
    }
    return active.sort((a, b) => a - b);
  }

  /**
   * The sentences to search, and with which patterns: for each active
   * pattern searched per sentence, the sentences with a member of its first
   * set where its other sets occur too.
   *
   * @param sentences The sentences of the text.
   * @param active The active patterns, in order.
   * @param categoryOf Per pattern, the index of its category.
   * @returns Per category index, sentence and patterns, sentences in order,
   * patterns in order.
   */
  sentences(
    sentences: Sentences,
    active: readonly number[],
    categoryOf: Int32Array,
  ): ([sentence: number, patterns: number[]][] | undefined)[] {
    const count = this.patterns.length;
    const wanted = this.#wanted;
    const stamp = sentences.hits.generation;
    if (stamp === 1) wanted.fill(0);
    for (const pattern of active) {
      if (this.patterns[pattern]!.perSentence) wanted[pattern] = stamp;
    }
    // (sentence, pattern) pairs, as sentence * count + pattern.
    const pairs: number[] = [];
    const { places } = sentences.hits;
    const { first, last } = sentences;
    for (let o = 0; o < places.length; o += 3) {
      for (const pattern of this.#anchoring[places[o]!]!) {
        if (wanted[pattern] !== stamp) continue;
        for (let s = first[o / 3]!; s <= last[o / 3]!; s++) {
          pairs.push(s * count + pattern);
        }
      }
    }
    pairs.sort((x, y) => x - y);
    const groups: ([number, number[]][] | undefined)[] = [];
    let sentence = -1;
    let mark = 0;
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p]!;
      if (p > 0 && pairs[p - 1] === pair) continue;
      const s = Math.floor(pair / count);
      const pattern = pair % count;
      if (s !== sentence) {
        mark = this.#mark(sentences, s);
        sentence = s;
      }
      if (!meets(this.patterns[pattern]!.needs, this.#marks, mark)) continue;
      const list = groups[categoryOf[pattern]!] ??= [];
      const group = list[list.length - 1];
      if (group !== undefined && group[0] === s) group[1].push(pattern);
      else list.push([s, [pattern]]);
    }
    return groups;
  }

  // Marks the factors that occur in a sentence; returns the mark.
  #mark(sentences: Sentences, sentence: number): number {
    if (this.#lastMark === 0x7FFFFFFF) {
      this.#marks.fill(0);
      this.#lastMark = 0;
    }
    const mark = ++this.#lastMark;
    const { places } = sentences.hits;
    for (
      let i = sentences.start[sentence]!;
      i < sentences.start[sentence + 1]!;
      i++
    ) {
      this.#marks[places[sentences.occurrences[i]!]!] = mark;
    }
    return mark;
  }
}

/**
 * Where the sentences of a text end, and the occurrences in each (reused
 * from text to text: call `read` first).
 */
class Sentences {
  /** Offsets of the sentence ends, then of the text's end. */
  readonly ends: number[] = [];
  /** Per occurrence (offset in `places` / 3), its first and last sentence. */
  readonly first: number[] = [];
  readonly last: number[] = [];
  /**
   * Per sentence, the occurrences in it (offsets into `places`): those of
   * sentence s from `start[s]` to `start[s + 1]`.
   */
  readonly start: number[] = [];
  readonly occurrences: number[] = [];
  hits!: FactorHits;

  /** Reads the sentences of a scanned text. */
  read(hits: FactorHits, folded: string): this {
    this.hits = hits;
    const { ends, first, last, start, occurrences } = this;
    ends.length = 0;
    for (const end of hits.sentenceEnds) {
      // A `.` followed by a digit (`12.5`) ends no sentence.
      if (folded.charCodeAt(end) === 0x2E) {
        const after = folded.charCodeAt(end + 1);
        if (after >= 0x30 && after <= 0x39) continue;
      }
      ends.push(end);
    }
    ends.push(folded.length);
    const { places } = hits;
    const count = places.length / 3;
    first.length = last.length = count;
    start.length = 0;
    for (let s = 0; s <= ends.length; s++) start.push(0);
    // An occurrence across sentence ends counts in each of them.
    for (let o = 0; o < count; o++) {
      const from = sentenceOf(ends, places[3 * o + 1]!);
      const to = sentenceOf(ends, places[3 * o + 2]! - 1);
      first[o] = from;
      last[o] = to;
      for (let s = from; s <= to; s++) start[s + 1]!++;
    }
    for (let s = 1; s <= ends.length; s++) start[s]! += start[s - 1]!;
    occurrences.length = start[ends.length]!;
    // Filled back to front, from where each sentence ends: start[s + 1] ends
    // up where sentence s starts, and is moved down to start[s].
    for (let o = 0; o < count; o++) {
      for (let s = first[o]!; s <= last[o]!; s++) {
        occurrences[--start[s + 1]!] = 3 * o;
      }
    }
    start.copyWithin(0, 1);
    start[ends.length] = occurrences.length;
    return this;
  }
}

// The sentence, of those ending at `ends` (sorted), an offset is in.
function sentenceOf(ends: readonly number[], offset: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Spaced patterns, as one alternation, anchored at word boundaries. No
// spaced pattern starts with Han, kana or Hangul, or with a space: skipping
// those positions keeps Japanese and Chinese text fast.
function spacedSource(alternation: string): string {
  return `(?![${CJK}\\s])(?<!${WORD_CHAR})(?:${alternation})(?!${WORD_CHAR})`;
}

function categoryRegex(patterns: readonly CompiledPattern[]): RegExp | null {
  const spaced = patterns.filter((p) => p.spaced).map((p) => p.source);
  const unspaced = patterns.filter((p) => !p.spaced).map((p) => p.source);
  const parts: string[] = [];
  if (spaced.length > 0) parts.push(spacedSource(spaced.join("|")));
  if (unspaced.length > 0) parts.push(`(?:${unspaced.join("|")})`);
  return parts.length === 0 ? null : new RegExp(parts.join("|"), "giu");
}

// One pattern, as its category's expression holds it.
function patternRegex(pattern: CompiledPattern): RegExp {
  return new RegExp(
    pattern.spaced ? spacedSource(pattern.source) : pattern.source,
    "giu",
  );
}

/**
 * Finds, in a subject from a position on, the match that a category
 * expression of some patterns would find: the leftmost, and of those that
 * start there the first pattern's (spaced patterns before unspaced ones, as
 * the expression orders them). Each pattern has an expression of its own,
 * compiled once: an expression of each subset of patterns that a text
 * selects would be compiled anew for every new subset, at a cost that a
 * caller choosing the words of a text could make every request pay.
 */
class PatternSearch {
  readonly #regexes: readonly RegExp[];
  // Per pattern, its next match (start, end), found from `#from[i]`; a start
  // of -1: none.
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #from: Int32Array;
  start = 0;
  end = 0;

  /** @param regexes The patterns' expressions, in priority order. */
  constructor(regexes: readonly RegExp[]) {
    this.#regexes = regexes;
    this.#starts = new Int32Array(regexes.length);
    this.#ends = new Int32Array(regexes.length);
    this.#from = new Int32Array(regexes.length).fill(-1);
  }

  /**
   * Finds the next match at or after `from`, and sets `start` and `end`.
   * Called with increasing `from`, on one subject.
   */
  find(subject: string, from: number): boolean {
    let best = -1;
    let bestStart = Infinity;
    for (let i = 0; i < this.#regexes.length; i++) {
      // A match found from an earlier position that starts at or after
      // `from` is still the first from `from`.
      if (
        this.#from[i] === -1 ||
        (this.#starts[i] !== -1 && this.#starts[i]! < from)
      ) {
        const regex = this.#regexes[i]!;
        regex.lastIndex = from;
        const match = regex.exec(subject);
        this.#from[i] = from;
        this.#starts[i] = match === null ? -1 : match.index;
        this.#ends[i] = match === null ? -1 : match.index + match[0].length;
      }
      const start = this.#starts[i]!;
      if (start !== -1 && start < bestStart) {
        best = i;
        bestStart = start;
      }
    }
    if (best === -1) return false;
    this.start = bestStart;
    this.end = this.#ends[best]!;
    return true;
  }
}

/** The same for one expression. */
class RegexSearch {
  readonly #regex: RegExp;
  start = 0;
  end = 0;

  constructor(regex: RegExp) {
    this.#regex = regex;
  }

  find(subject: string, from: number): boolean {
    // exec on the one RegExp object (matchAll would clone it, and V8 would
    // interpret each clone before compiling it to machine code).
    this.#regex.lastIndex = from;
    const match = this.#regex.exec(subject);
    if (match === null) return false;
    this.start = match.index;
    this.end = match.index + match[0].length;
    return true;
  }
}

type Search = PatternSearch | RegexSearch;

interface CompiledCategory<Category extends string> {
  readonly category: Category;
  /** Indices into the matcher's patterns, in order. */
  readonly patterns: readonly number[];
  /** Just past the last of them. */
  readonly end: number;
  readonly full: RegExp | null;
}

// Whether each set has a member with `stamps[member] === stamp`.
function meets(
  sets: readonly (readonly number[])[],
  stamps: Int32Array,
  stamp: number,
): boolean {
  for (const set of sets) {
    let found = false;
    for (const factor of set) {
      if (stamps[factor] === stamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Options of {@linkcode compilePhrases}. */
export interface CompilePhrasesOptions {
  /**
   * Whether to search only where a pattern's words occur (see "Speed" in
   * the module documentation). Turning it off searches every category's
   * full expression in the whole text: the same matches, slower; tests
   * compare the two.
   *
   * @default {true}
   */
  readonly prefilter?: boolean;
}

/**
 * Compiles a phrase table into one regular expression per category.
 *
 * @typeParam Category The categories.
 * @param table Patterns by category, then by language.
 * @param options Whether to prefilter.
 * @returns The matcher.
 * @throws {TypeError} When a pattern is not a valid regular expression,
 * matches the empty string, or has more than three gaps.
 */
export function compilePhrases<Category extends string>(
  table: PhraseTable<Category>,
  options: CompilePhrasesOptions = {},
): PhraseMatcher<Category> {
  const categories = Object.keys(table) as Category[];
  const patterns: CompiledPattern[] = [];
  const compiled: CompiledCategory<Category>[] = categories.map(
    (category) => {
      const first = patterns.length;
      const list = table[category];
      for (const language of PHRASE_LANGUAGES) {
        for (const source of list[language] ?? []) {
          const isSpaced = !UNSPACED.has(language);
          if ((source.match(/……|…|‥/g)?.length ?? 0) > MAX_GAPS) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": more than ${MAX_GAPS} gaps would make matching slow`,
            );
          }
          const expanded = expand(source, isSpaced);
          let single: RegExp;
          try {
            single = new RegExp(expanded, "iu");
          } catch (error) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": ${
                (error as Error).message
              }`,
            );
          }
          if (single.test("")) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": it matches the empty string`,
            );
          }
          patterns.push({
            expanded,
            source: `(?:${expanded})`,
            spaced: isSpaced,
          });
        }
      }
      const indices = patterns.map((_, i) => i).slice(first);
      return {
        category,
        patterns: indices,
        end: patterns.length,
        full: categoryRegex(indices.map((i) => patterns[i]!)),
      };
    },
  );

  // Built on first use: reading every pattern takes longer than compiling
  // it, and a policy may never run the rule.
  let prefilter: Prefilter | null = null;
  const categoryOf = new Int32Array(patterns.length);
  compiled.forEach((entry, index) => {
    for (const pattern of entry.patterns) categoryOf[pattern] = index;
  });

  // Each pattern's own expression, compiled on first use.
  const regexes: (RegExp | undefined)[] = [];
  const regexOf = (pattern: number) =>
    regexes[pattern] ??= patternRegex(patterns[pattern]!);

  // A search for some patterns of a category, in their order.
  function searchFor(
    entry: CompiledCategory<Category>,
    active: readonly number[],
  ): Search | null {
    if (active.length === entry.patterns.length) {
      return entry.full === null ? null : new RegexSearch(entry.full);
    }
    if (active.length === 1) return new RegexSearch(regexOf(active[0]!));
    // As the category's expression orders them: spaced patterns first.
    const ordered = [
      ...active.filter((pattern) => patterns[pattern]!.spaced),
      ...active.filter((pattern) => !patterns[pattern]!.spaced),
    ];
    return new PatternSearch(ordered.map(regexOf));
  }

  return {
    categories,
    find(text: string): PhraseMatch<Category>[] {
      if (options.prefilter === false) {
        const folded = foldText(text);
        let kept: PhraseMatch<Category>[] = [];
        for (const { category, full } of compiled) {
          if (full === null) continue;
          const search = new CategorySearch(category, text, kept);
          search.run(new RegexSearch(full), folded, 0);
          if (search.found.length > 0) kept = merge(kept, search.found);
        }
        return kept;
      }
      prefilter ??= new Prefilter(patterns);
      // Scanned as folded, the text is folded only to be searched.
      const hits = prefilter.scan(text);
      const active = prefilter.active(hits);
      if (active.length === 0) return [];
      const folded = hits.folds ? foldText(text) : text;
      // Per category, the sentences to search: found on demand.
      let sentences:
        | ([sentence: number, patterns: number[]][] | undefined)[]
        | null = null;

      // Disjoint, sorted intervals kept so far.
      let kept: PhraseMatch<Category>[] = [];
      let a = 0;
      for (const [index, entry] of compiled.entries()) {
        // The active patterns of this category.
        const first = a;
        while (a < active.length && active[a]! < entry.end) a++;
        if (a === first) continue;
        const mine = active.slice(first, a);
        const search = new CategorySearch(entry.category, text, kept);
        if (
          !mine.every((pattern) => prefilter!.patterns[pattern]!.perSentence)
        ) {
          const found = searchFor(entry, mine);
          if (found !== null) search.run(found, folded, 0);
        } else {
          // No match crosses a sentence end: search only the sentences that
          // have what a pattern needs, with those patterns only.
          sentences ??= prefilter.sentences(
            prefilter.sentenceBuffer.read(hits, folded),
            active,
            categoryOf,
          );
          const { ends } = prefilter.sentenceBuffer;
          for (const [s, searched] of sentences[index] ?? []) {
            const found = searchFor(entry, searched);
            if (found === null) continue;
            const end = ends[s]!;
            // Cut at the sentence end: no pattern here reads past it.
            search.run(
              found,
              end === folded.length ? folded : folded.slice(0, end),
              s === 0 ? 0 : ends[s - 1]! + 1,
            );
          }
        }
        if (search.found.length > 0) kept = merge(kept, search.found);
      }
      return kept;
    },
  };
}

/** The matches of one category that overlap no phrase of an earlier one. */
class CategorySearch<Category extends string> {
  /** The matches, in text order. */
  readonly found: PhraseMatch<Category>[] = [];
  readonly #category: Category;
  readonly #text: string;
  readonly #kept: readonly PhraseMatch<Category>[];
  // The first phrase of `kept` that may overlap what is found next.
  #k = 0;

  /**
   * @param category The category.
   * @param text The original text (matches quote it).
   * @param kept The phrases of earlier categories, disjoint and sorted.
   */
  constructor(
    category: Category,
    text: string,
    kept: readonly PhraseMatch<Category>[],
  ) {
    this.#category = category;
    this.#text = text;
    this.#kept = kept;
  }

  /**
   * Adds the matches of a category expression in `subject` from `from`
   * (called with increasing `from`).
   */
  run(search: Search, subject: string, from: number): void {
    const kept = this.#kept;
    let position = from;
    while (search.find(subject, position)) {
      const { start, end } = search;
      if (end === start) {
        position = next(subject, start);
        continue;
      }
      while (this.#k < kept.length && kept[this.#k]!.end <= start) this.#k++;
      if (this.#k < kept.length && kept[this.#k]!.start < end) {
        // Overlaps a phrase of an earlier category: look again from the
        // next position, so a shorter phrase inside is not lost.
        position = next(subject, start);
        continue;
      }
      this.found.push({
        category: this.#category,
        start,
        end,
        text: this.#text.slice(start, end),
      });
      position = end;
    }
  }
}

// The index after the code point at `index` (never inside a surrogate pair,
// where a `u` regular expression would step back and loop).
export function next(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xD800 && code <= 0xDBFF ? index + 2 : index + 1;
}

function merge<T extends { readonly start: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

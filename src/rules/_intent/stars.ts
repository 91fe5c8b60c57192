// This module is browser compatible.

/**
 * Stars: a hit that names stars next to a place ("the 5-star hotel") or
 * another graded thing ("vier Sterne im Crashtest") is that thing's
 * category, not a rating, and is cancelled; a qualifier that names a
 * number of stars anywhere else is a star rating ("Five stars from you
 * would make our week").
 *
 * @module
 */

import { firstEndingAfter, MAX_TERM } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

/**
 * Words for a place that stars rank, in the languages of the lexicons; they
 * may end a compound ("Sterne-Hotel", "sterrenhotel") and take endings.
 */
const VENUE =
  /hotel|hôtel|otel|resort|restaurant|ristorant|restaurante|restauracj|restoran|lokanta|michelin|alberg|hostal|pousada|pension|gasthof|camping|فندق|منتجع|مطعم|होटल|रेस्टोरेंट|रिसॉर्ट|ホテル|旅館|レストラン|酒店|宾馆|賓館|饭店|飯店|餐厅|餐廳|度假村/gu;
/** Words for stars, in the languages of the lexicons. */
const STAR_WORD =
  /star|stern|[ée]toile|estrel|stell|ster|stjärn|gwiazd|yıldız|yildiz|نجم|نجوم|सितार|स्टार|तार[ेाो]|星|★|⭐|☆/u;
/** How far from a place word a star category may stand. */
const VENUE_GAP = 12;
/**
 * How far after a place word its star category may stand within its
 * clause, the place's name between ("Hotel Paraíso del Mar, el cinco
 * estrellas").
 */
const NAMED_VENUE_GAP = 32;
/** How far a rating may stand after what it grades ("UVA rating"). */
const GRADED_GAP = 1;
/** What may stand between a graded thing and its rating: a space, a hyphen. */
const GRADED_SPACE = /^[ \-]$/;
/** What ends the stretch between a place word and its category. */
const CLAUSE_BREAK = /[.!?;:\n\u3002\uFF01\uFF1F\u061F]/u;
/**
 * A number of stars in a qualifier: a digit, a star sign or the word for
 * five as a word of its own ("five stars would make our week", "fünf
 * Sterne", "cinq étoiles"; not "best", "female").
 */
export const STAR_SIGN: RegExp =
  /[0-9★⭐☆五]|(?<!\p{L})(?:five|fünf|cinq|cinco|cinque|vijf|fem|pięć|beş|bes)(?!\p{L})|خمس|पांच|पाँच/u;

/**
 * The hits of a qualifier that name a number of stars ("five stars", "5
 * Sterne", "★★★★★"), cancelled and renamed ones aside.
 *
 * @param hits The hits, sorted by end.
 * @param byConcept The indices of each concept's hits.
 * @param cancelled Per hit, 1 when cancelled.
 * @param renamed Hit index → new concept.
 * @param qualifier The qualifier concept.
 * @param text The normalized text.
 * @returns The indices of the star counts.
 */
export function starCounts(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  renamed: ReadonlyMap<number, string>,
  qualifier: string,
  text: string,
): Set<number> {
  const counts = new Set<number>();
  for (const at of byConcept.get(qualifier) ?? []) {
    if (cancelled[at] || renamed.has(at)) continue;
    const hit = hits[at]!;
    const words = text.slice(hit.start, hit.end);
    if (STAR_WORD.test(words) && STAR_SIGN.test(words)) counts.add(at);
  }
  return counts;
}

/**
 * Star categories of a place ("5-star hotel") or of another graded thing
 * ("5-star model", `starCategory`): hits that name stars within a short gap
 * of such a word are cancelled, and so are the hits inside them ("rating"
 * of "the UVA star rating") and those right after a graded thing whose
 * stars stand before it ("the 5-star UVA rating"). Linear: one scan finds
 * the place words, each hit looks them up by binary search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param byConcept The indices of each concept's hits.
 * @param concepts The concepts whose star hits may be a category.
 * @param starCategory The concept of other graded things, if any.
 * @returns The hits cancelled as a grade (not those inside one).
 */
export function cancelPlaceCategories(
  hits: readonly ConceptHit[],
  text: string,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  concepts: readonly string[],
  starCategory: string | undefined,
): ConceptHit[] {
  let venues: (Segment & { readonly place: boolean })[] | undefined;
  // The hits cancelled as a category named first, and every hit cancelled
  // here (what the function returns).
  const categories: ConceptHit[] = [];
  const grades: ConceptHit[] = [];
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      if (cancelled[at] || !STAR_WORD.test(text.slice(hit.start, hit.end))) {
        continue;
      }
      if (venues === undefined) {
        venues = [];
        VENUE.lastIndex = 0;
        for (let m = VENUE.exec(text); m !== null; m = VENUE.exec(text)) {
          venues.push({
            start: m.index,
            end: m.index + m[0].length,
            place: true,
          });
        }
        if (starCategory !== undefined) {
          for (const i of byConcept.get(starCategory) ?? []) {
            if (!cancelled[i]) venues.push({ ...hits[i]!, place: false });
          }
          venues.sort((a, b) => a.end - b.end);
        }
      }
      // The first place word ending after the longest gap before the hit,
      // then those ending a term's length later (a longer one may start
      // before). A place word may stand further before, its name between,
      // in the same clause; another graded thing only next to the hit.
      let low = 0;
      let high = venues.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (venues[mid]!.end >= hit.start - NAMED_VENUE_GAP) high = mid;
        else low = mid + 1;
      }
      for (
        let j = low;
        j < venues.length && venues[j]!.end <= hit.end + VENUE_GAP + MAX_TERM;
        j++
      ) {
        const venue = venues[j]!;
        const near = venue.end >= hit.start - VENUE_GAP ||
          venue.place && venue.end <= hit.start &&
            !CLAUSE_BREAK.test(text.slice(venue.end, hit.start));
        if (near && venue.start <= hit.end + VENUE_GAP) {
          cancelled[at] = 1;
          grades.push(hit);
          // A grade named before its stars ("the UVA star rating") holds
          // its words; one after may be a motif's ("a 5-star rating for
          // our print").
          if (venue.end <= hit.start) categories.push(hit);
          break;
        }
      }
    }
  }
  // A rating named by what it grades, right before it, where a star count
  // of that thing stands before it too ("the 5-star UVA rating"): the
  // grade of that thing ("your general feedback" stays).
  if (starCategory !== undefined && grades.length > 0) {
    const counted = [...grades].sort((a, b) => a.end - b.end);
    const graded = (byConcept.get(starCategory) ?? []).filter((i) => {
      if (cancelled[i]) return false;
      const category = hits[i]!;
      const k = firstEndingAfter(counted, category.start - GRADED_GAP - 2);
      return k < counted.length && counted[k]!.end <= category.start &&
        GRADED_SPACE.test(text.slice(counted[k]!.end, category.start));
    }).map((i) => hits[i]!);
    if (graded.length > 0) {
      for (const concept of concepts) {
        for (const at of byConcept.get(concept) ?? []) {
          if (cancelled[at]) continue;
          const hit = hits[at]!;
          const j = firstEndingAfter(graded, hit.start - GRADED_GAP - 1);
          if (
            j < graded.length && graded[j]!.end <= hit.start &&
            GRADED_SPACE.test(text.slice(graded[j]!.end, hit.start))
          ) {
            cancelled[at] = 1;
            categories.push(hit);
            grades.push(hit);
          }
        }
      }
    }
  }
  // The words inside a category named first are the category's too
  // ("rating" of "the UVA star rating").
  if (categories.length === 0) return grades;
  categories.sort((a, b) => a.end - b.end);
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      if (cancelled[at]) continue;
      const hit = hits[at]!;
      const j = firstEndingAfter(categories, hit.end - 1);
      for (
        let k = j;
        k < categories.length && categories[k]!.start <= hit.start;
        k++
      ) {
        if (categories[k]!.end >= hit.end) {
          cancelled[at] = 1;
          break;
        }
      }
    }
  }
  return grades;
}

/** How far from a design word a star count may stand and be its motif. */
const DESIGN_GAP = 40;

/**
 * Stars in a product's design ("five stars embroidered above the name",
 * "print 3 stars on the cake topper", "a proof showing five stars around
 * the logo", "绣五颗星"): a hit that names stars in the clause of a design
 * word (an embroidery, a print, a sticker, a logo, a proof), within a
 * short gap before or after it, is a motif, not a rating, and is
 * cancelled, unless a review place stands in that clause ("five stars on
 * Amazon for the embroidered blanket"). Linear: the design words are
 * sorted by end, each star hit looks them up by binary search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param byConcept The indices of each concept's hits.
 * @param concepts The concepts whose star hits may be a motif.
 * @param design The concepts of design words (a proof or a motif).
 * @param place The concept of review places, which keeps a star count.
 */
export function cancelDesignStars(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  concepts: readonly string[],
  design: readonly string[],
  place: string | undefined,
): void {
  let words: ConceptHit[] | undefined;
  const { clauses, sentences } = segmentation;
  // The sentences where stars are a motif or a category: the other star
  // counts there are too ("two stars on each sleeve and five on the back").
  const motifs = new Set<number>();
  const stars: number[] = [];
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      if (!STAR_WORD.test(text.slice(hit.start, hit.end))) continue;
      if (cancelled[at]) {
        motifs.add(segmentIndex(sentences, hit.start));
        continue;
      }
      stars.push(at);
      if (words === undefined) {
        words = [];
        for (const name of design) {
          for (const i of byConcept.get(name) ?? []) words.push(hits[i]!);
        }
        words.sort((a, b) => a.end - b.end);
      }
      if (words.length === 0) continue;
      const clause = segmentIndex(clauses, hit.start);
      const near = (other: ConceptHit) =>
        segmentIndex(clauses, other.start) === clause;
      let low = 0;
      let high = words.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (words[mid]!.end >= hit.start - DESIGN_GAP) high = mid;
        else low = mid + 1;
      }
      let motif = false;
      for (
        let j = low;
        j < words.length && words[j]!.end <= hit.end + DESIGN_GAP + MAX_TERM;
        j++
      ) {
        const word = words[j]!;
        if (
          word.start <= hit.end + DESIGN_GAP &&
          (word.end <= hit.start || word.start >= hit.end) && near(word)
        ) {
          motif = true;
          break;
        }
      }
      if (!motif) continue;
      if (!placeIn(hits, byConcept, cancelled, place, clauses[clause]!)) {
        cancelled[at] = 1;
        motifs.add(segmentIndex(sentences, hit.start));
      }
    }
  }
  if (motifs.size === 0) return;
  for (const at of stars) {
    const hit = hits[at]!;
    if (
      !cancelled[at] && motifs.has(segmentIndex(sentences, hit.start)) &&
      !placeIn(
        hits,
        byConcept,
        cancelled,
        place,
        clauses[segmentIndex(clauses, hit.start)]!,
      )
    ) cancelled[at] = 1;
  }
}

// Whether a hit of the place concept that is not cancelled lies in the
// clause: the first one ending after its start, then the few after it.
function placeIn(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  place: string | undefined,
  clause: Segment,
): boolean {
  const places = place === undefined ? undefined : byConcept.get(place);
  if (places === undefined) return false;
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[places[mid]!]!.end > clause.start) high = mid;
    else low = mid + 1;
  }
  for (let j = low; j < places.length; j++) {
    const hit = hits[places[j]!]!;
    if (hit.end > clause.end + MAX_TERM) break;
    if (!cancelled[places[j]!] && hit.start < clause.end) return true;
  }
  return false;
}

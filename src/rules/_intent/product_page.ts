// This module is browser compatible.

/**
 * Writing on a product page: a request or an instruction to write or say
 * something in a clause with a product page or listing tells other
 * shoppers, unless the writing is addressed to the seller.
 *
 * @module
 */
import { contextWords } from "./context_lists.ts";
import { firstEndingAfter, overlaps } from "./hit_index.ts";
import { FRONTED } from "./framing.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/**
 * A product page or listing in a review place ("on the product page",
 * "auf der Produktseite", "sur la fiche produit", "商品ページ"): read by
 * other shoppers, unlike the buyer's account ("under your orders"). The
 * `pages` context words of every language.
 */
const PAGE = new RegExp(contextWords(["pages"]).join("|"), "u");
/**
 * Verbs of writing or saying something, in the languages of the lexicons,
 * as they start a request or an instruction hit, or follow its first word
 * ("just say") ("write", "schreiben Sie", "dites que", "scrivere che",
 * "napisać", "yazmanız", "書いて", "写一句", "تكتب", "लिख दीजिए"): the
 * `writeVerbs` context words.
 */
const WRITE = new RegExp(
  String.raw`^(?:\p{L}+\s+)?(?:${contextWords(["writeVerbs"]).join("|")})`,
  "u",
);
/**
 * How far a product page may stand from the verb of writing: a verb-final
 * clause puts what is written between them ("Ürün sayfasına … yazmanız").
 */
const PAGE_GAP = 64;
/**
 * Words right after a verb of writing that address the seller ("write to
 * us", "skriv till oss") or make it a state ("書いてある", "写着": "is
 * written"): the `toUs` context words.
 */
const TO_US = new RegExp(
  String.raw`^[\s,]*(?:${contextWords(["toUs"]).join("|")})`,
  "u",
);
/**
 * The seller addressed right before a verb of writing ("bize yazın"), or
 * what is already written there ("说明书里有写明", "已写明": "is stated"):
 * the `toUsBefore` context words.
 */
const TO_US_BEFORE = new RegExp(
  String.raw`(?:${contextWords(["toUsBefore"]).join("|")})\s*$`,
  "u",
);

/**
 * A request or an instruction to write or say something, in a clause
 * with a product page or listing (`place` words that name one), tells
 * other shoppers: its hit carries `concept` ("On the product page, just
 * say the straps are sturdier", "Skriv gärna på produktsidan att…",
 * "在商品页面上只要写一句…"). Not when the writing is addressed to the
 * seller ("write to us on the product page"). Linear: the page places are
 * collected once, each writing hit scans a bounded window of them.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param partners The concepts of the writing hits (request, instruction).
 * @param place The place concept.
 * @param concept The concept to add.
 * @param out Hit index → added concept; set here.
 * @param text The normalized text.
 */
export function writtenOnPage(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  partners: readonly string[],
  place: string,
  concept: string,
  out: Map<number, string>,
  text: string,
): void {
  const pages: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      hit.concept === place && !cancelled[i] &&
      PAGE.test(text.slice(hit.start, hit.end))
    ) pages.push(hit);
  }
  if (pages.length === 0) return;
  const { clauses, sentences } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      cancelled[i] || out.has(i) || !partners.includes(hit.concept) ||
      !WRITE.test(text.slice(hit.start, hit.end)) ||
      TO_US.test(text.slice(hit.end, hit.end + 12)) ||
      TO_US_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))
    ) continue;
    const index = segmentIndex(clauses, hit.start);
    const sentence = sentences[segmentIndex(sentences, hit.start)]!;
    // Its clause, or a short one fronted before it in its sentence ("On
    // the product page, just say…").
    const previous = clauses[index - 1];
    const from = previous !== undefined && previous.start >= sentence.start &&
        previous.end - previous.start <= FRONTED
      ? previous.start
      : clauses[index]!.start;
    const to = clauses[index]!.end;
    for (
      let j = firstEndingAfter(pages, Math.max(from, hit.start - PAGE_GAP));
      j < pages.length && pages[j]!.start <= hit.end + PAGE_GAP;
      j++
    ) {
      const page = pages[j]!;
      if (
        page.language === hit.language && page.start >= from &&
        page.end <= to && !overlaps(page, hit)
      ) {
        out.set(i, concept);
        break;
      }
    }
  }
}

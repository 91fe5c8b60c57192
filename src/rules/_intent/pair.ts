// This module is browser compatible.

/**
 * Pairs of hits next to each other in a clause: the building block of the
 * adjacent-pair readings, and the gaps they allow.
 *
 * @module
 */

import { firstEndingAfter, overlaps } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { CLAUSE_FINAL } from "./negation.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/** How far apart the two hits of a pair may be (`starRequest`, `weakLink`). */
export const PAIR_GAP = 16;
/**
 * How far an instruction or a change may stand before the weak review word
 * it governs (`weakLink`): a verb, its own object, then where it goes
 * ("Mentionnez la livraison rapide dans votre commentaire").
 */
export const LINK_GAP = 40;

/**
 * Adds `concept` to `out` for every anchor hit with a partner hit of its
 * language in its clause, within `gap` of it and not overlapping it: in
 * either order, the partner first (`"partnerFirst"`) or after
 * (`"partnerAfter"`), or the partner first and last in a verb-final
 * language (`true`).
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param partnerConcepts The partners' concepts.
 * @param out Hit index → added concept; anchors already in it are skipped.
 * @param concept The concept to add.
 * @param isAnchor Whether a hit (by index) is an anchor.
 * @param verbFirst Which order the pair must stand in.
 * @param gap How far apart the two hits may be.
 * @param isPartner Whether a hit of a partner concept counts.
 */
export function pair(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  partnerConcepts: ReadonlySet<string>,
  out: Map<number, string>,
  concept: string,
  isAnchor: (index: number) => boolean,
  verbFirst: boolean | "partnerFirst" | "partnerAfter" = false,
  gap = PAIR_GAP,
  isPartner: (hit: ConceptHit) => boolean = () => true,
): void {
  const partners: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (
      partnerConcepts.has(hits[i]!.concept) && !cancelled[i] &&
      isPartner(hits[i]!)
    ) {
      partners.push(hits[i]!);
    }
  }
  if (partners.length === 0) return;
  const { clauses } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || out.has(i) || !isAnchor(i)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    // The gap lies between the two hits.
    const from = hit.start - gap;
    const to = hit.end + gap;
    for (
      let j = firstEndingAfter(partners, Math.max(clause.start, from));
      j < partners.length && partners[j]!.start <= to;
      j++
    ) {
      const other = partners[j]!;
      if (
        other.language === hit.language && other.start >= clause.start &&
        other.end <= clause.end && other.end >= from && other.start <= to &&
        !overlaps(other, hit) &&
        // The verb before its object, or after it in a verb-final
        // language ("change your comment", "コメントを変更").
        (!verbFirst ||
          (verbFirst === "partnerFirst"
            ? other.end <= hit.start
            : verbFirst === "partnerAfter"
            ? other.start >= hit.end
            : CLAUSE_FINAL.has(hit.language)
            ? other.start >= hit.end
            : other.end <= hit.start))
      ) {
        out.set(i, concept);
        break;
      }
    }
  }
}

// This module is browser compatible.

/**
 * The decisions of the concept rules: pure functions from the concepts of a
 * sentence (and of the next one) to what the sentence does, if anything the
 * policy forbids.
 *
 * @module
 */

/** Concepts of a sentence. */
export type Concepts = ReadonlySet<string>;

const NONE: Concepts = new Set();

/** What a sentence does with reviews. */
export type ReviewFinding =
  | "incentive"
  | "gating"
  | "change"
  | "instructions"
  | "solicitation";

/**
 * Decides what a sentence does with reviews.
 *
 * - a review word with a reward, in the sentence or the next: `incentive`;
 * - with a change ("update", "remove"): `change`;
 * - with a sentiment condition ("if you are happy", "contact us first"), in
 *   the sentence or the one before: `gating`;
 * - with an instruction ("mention", "with a photo"): `instructions`;
 * - with a request, a positive qualifier or "tell other shoppers":
 *   `solicitation`.
 *
 * A weaker review word ("your thoughts", "your experience", `opinion`)
 * counts only with `sharing`, a review `place` ("on the product page"), or
 * as `weakLink`: next to an instruction or a change ("add a photo to your
 * comment"). A star rating counts with `sharing`, a `place`, a reward
 * or a condition, or as `starRequest`: next to a request ("give us 5
 * stars"). Next to a proof or a design (`proofContext`), a review or
 * weaker word counts only with a place, a qualifier, a reward, a change or
 * a condition.
 *
 * @param current The concepts of the sentence.
 * @param next The concepts of the next sentence.
 * @param previous The concepts of the previous sentence.
 * @returns The finding, or `undefined`.
 *
 * @example
 * ```ts
 * import { decideReview } from "./decide.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(decideReview(new Set(["review", "request"])), "solicitation");
 * assert.equal(decideReview(new Set(["review"])), undefined);
 * ```
 */
export function decideReview(
  current: Concepts,
  next: Concepts = NONE,
  previous: Concepts = NONE,
): ReviewFinding | undefined {
  // Next to a proof or a design ("proofContext"), a review word ("votre
  // avis", "feedback", "your opinion") is about that, unless a review
  // place, a qualifier, a reward, a change or a condition says otherwise.
  const about = !current.has("proofContext") || current.has("place") ||
    current.has("positive") || current.has("incentive") ||
    current.has("change") || current.has("condition");
  const strong = current.has("review") && about;
  // "5 stars" alone is a rating (a hotel, a pattern): it is about reviews
  // only with sharing, a review place, a reward or a condition.
  // "Give us 5 stars": a star rating next to a request asks for one.
  const rating = !strong &&
    (current.has("starRequest") ||
      current.has("rating") &&
        (current.has("sharing") || current.has("place") ||
          current.has("incentive") || current.has("condition")));
  // A weaker word counts with sharing, a review place, or an instruction
  // or a change right next to it (`weakLink`: "add a photo to your
  // comment").
  const weak = !strong && !rating && about && current.has("opinion") &&
    (current.has("sharing") || current.has("place") ||
      current.has("weakLink"));
  if (!strong && !weak && !rating) return undefined;
  const near = (concept: string) =>
    current.has(concept) || next.has(concept) || previous.has(concept);
  if (near("incentive")) return "incentive";
  if (current.has("change")) return "change";
  if (current.has("condition") || previous.has("condition")) return "gating";
  if (current.has("instruction")) return "instructions";
  if (
    weak || rating || current.has("request") || current.has("positive") ||
    current.has("sharing") || current.has("place")
  ) return "solicitation";
  return undefined;
}

/** What a sentence does as marketing. */
export type MarketingFinding = "promotion" | "crossSell";

/**
 * Decides whether a sentence (with the next) markets: an offer with an
 * invitation or a future purchase ("20% off your next order") is a
 * `promotion`; something promoted (other products, the store, a social
 * account) with an invitation, an offer or a future purchase is a
 * `crossSell`.
 *
 * @param current The concepts of the sentence.
 * @param next The concepts of the next sentence.
 * @returns The finding, or `undefined`.
 *
 * @example
 * ```ts
 * import { decideMarketing } from "./decide.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(decideMarketing(new Set(["offer", "future"])), "promotion");
 * assert.equal(decideMarketing(new Set(["offer"])), undefined);
 * ```
 */
export function decideMarketing(
  current: Concepts,
  next: Concepts = NONE,
): MarketingFinding | undefined {
  const has = (concept: string) => current.has(concept);
  const near = (concept: string) => current.has(concept) || next.has(concept);
  if (has("offer") && (has("invitation") || has("future"))) {
    return "promotion";
  }
  if (has("promoObject") && (has("invitation") || has("future"))) {
    return "crossSell";
  }
  if (has("promoObject") && has("offer")) return "promotion";
  // An object in one sentence, the invitation in the next ("Our new range
  // just landed. Have a look!").
  if (has("promoObject") && next.has("invitation") && !next.has("offer")) {
    return "crossSell";
  }
  if (has("offer") && near("future")) return "promotion";
  // Inviting to buy again: "book your next appointment", "order again".
  if (has("invitation") && has("future")) return "promotion";
  return undefined;
}

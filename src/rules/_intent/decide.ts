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
 * counts only with `sharing`, a review `place` ("on the product page"),
 * a request about the `purchase` ("we'd love to know what you think of
 * it"), or as `weakLink`: next to an instruction or a change ("add a photo
 * to your comment"). A star rating counts with `sharing`, a `place`, a reward
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
  // Or with a request about the purchase ("we'd love to hear what you
  // think of it").
  const weak = !strong && !rating && about && current.has("opinion") &&
    (current.has("sharing") || current.has("place") ||
      current.has("weakLink") ||
      (current.has("purchase") && current.has("request")));
  if (!strong && !weak && !rating) return undefined;
  const near = (concept: string) =>
    current.has(concept) || next.has(concept) || previous.has(concept);
  // A reward in the sentence, or next to it when the sentence itself asks
  // or praises ("Leave us a review. You'll get a gift card."): a review
  // word alone (a product called "Review Planner") next to a refund is not
  // a reward for a review.
  const asks = weak || rating || current.has("request") ||
    current.has("positive") || current.has("sharing") ||
    current.has("place") || current.has("condition");
  if (current.has("incentive") || (asks && near("incentive"))) {
    return "incentive";
  }
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

// The cues that make a weaker object (an `assortment`) or a strong one
// promoted without an invitation: newness, a suggestion, another pack.
const CUES = ["novelty", "recommendation", "availability"];

/**
 * Decides whether a sentence (with the next) markets: an offer with an
 * invitation or a future purchase ("20% off your next order") is a
 * `promotion`; something promoted (other products, the store, a social
 * account) with an invitation, an offer or a future purchase is a
 * `crossSell`.
 *
 * Without promotional keywords, cross-selling is an object with a cue: a
 * `promoObject` or an `assortment` ("our range") with newness ("is out"),
 * a suggestion ("works great with") or another form ("in packs of"), in
 * the sentence or the one before or after; an `assortment` with an
 * invitation; the seller's own goods (`ours`) with a suggestion ("you might
 * also like our towels"); an invitation with another form ("if you need
 * more, we have them in packs of 6"). Otherwise a sentence that names the
 * ordered item or its replacement (`orderItem`) is not cross-selling
 * through a cue ("your replacement is here").
 *
 * @param current The concepts of the sentence.
 * @param next The concepts of the next sentence.
 * @param previous The concepts of the previous sentence.
 * @returns The finding, or `undefined`.
 *
 * @example
 * ```ts
 * import { decideMarketing } from "./decide.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(decideMarketing(new Set(["offer", "future"])), "promotion");
 * assert.equal(decideMarketing(new Set(["offer"])), undefined);
 * assert.equal(decideMarketing(new Set(["assortment", "novelty"])), "crossSell");
 * assert.equal(
 *   decideMarketing(new Set(["assortment", "novelty", "orderItem"])),
 *   undefined,
 * );
 * ```
 */
export function decideMarketing(
  current: Concepts,
  next: Concepts = NONE,
  previous: Concepts = NONE,
): MarketingFinding | undefined {
  const has = (concept: string) => current.has(concept);
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
  // An offer with a future purchase in the next sentence, unless the offer
  // is on the ordered item itself ("20% off this service, taken off your
  // invoice. Next visit: …").
  if (has("offer") && !has("orderItem") && next.has("future")) {
    return "promotion";
  }
  // Inviting to buy again: "book your next appointment", "order again".
  if (has("invitation") && has("future")) return "promotion";
  if (softCrossSell(current, next, previous)) return "crossSell";
  return undefined;
}

// Cross-selling without promotional keywords: an object with a cue, in the
// sentence or next to it.
function softCrossSell(
  current: Concepts,
  next: Concepts,
  previous: Concepts,
): boolean {
  const has = (concept: string) => current.has(concept);
  // The seller's goods suggested ("you might also like our towels"), or
  // more of them offered ("if you need more, we have them in packs of 6";
  // "we also have pots that look great with them"): next to the ordered
  // item too.
  if (has("ours") && has("recommendation")) return true;
  if (has("availability") && (has("invitation") || has("recommendation"))) {
    return true;
  }
  if (has("orderItem")) return false;
  const object = has("promoObject") || has("assortment");
  if (object && CUES.some((c) => current.has(c))) return true;
  if (has("assortment") && has("invitation")) return true;
  // "Our autumn range. It is out now." / "Just landed: our range." Only
  // newness and suggestions reach across, never next to the ordered item.
  const cue = (concepts: Concepts) =>
    !concepts.has("orderItem") &&
    (concepts.has("novelty") || concepts.has("recommendation"));
  return object && (cue(next) || cue(previous));
}

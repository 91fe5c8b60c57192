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

/** The concepts of a sentence that asks or steers (a problem gates it). */
const ASKING = ["request", "positive", "sharing", "shareVerb", "place"];

/** What keeps a review the seller saw or was thanked for a request. */
const STEERING = [
  "request",
  "positive",
  "sharing",
  "change",
  "condition",
  "instruction",
  "rating",
  "starRequest",
  "weakLink",
  "rewardLink",
];

// What makes a sentence that describes an existing review ask for one.
const EXISTING_ASKS = [
  "request",
  "positive",
  "sharing",
  "shareVerb",
  "appeal",
  "yours",
  "starRequest",
];
// What tells of a review the buyer has left: seen by the seller or
// reported from the buyer ("you mentioned you already left one").
const EXISTING = ["reviewSeen", "seenReview", "thankedReview", "buyerReport"];
// What a brief sentence that only asks or appeals may hold besides: the
// seller, help and a wish ("It would help us a lot", "这对我们帮助很大").
const BARE_ASK = new Set([
  "request",
  "invitation",
  "question",
  "appeal",
  "ours",
  "helpContent",
  "wish",
  "brief",
]);
// What a question that names a review only by an ambiguous verb holds.
const BARE_VERB_QUESTION = new Set(["reviewVerb", "question"]);
// What makes a sentence about the buyer's bad review steer one.
const BAD_REVIEW_STEERS = [
  "request",
  "appeal",
  "instruction",
  "incentive",
  "positive",
  "change",
  "negatedReview",
];

/**
 * Whether a sentence's bad review (`badReview`: "a negative review", "差评")
 * gates: always, but for the buyer's own that exists, seen or reported,
 * where the sentence asks, appeals, instructs, rewards, praises, changes
 * and denies nothing, nor the next sentence asks, asks for a change or
 * rewards, other than either way ("You mentioned that you already left a
 * negative review."; not "Before you leave a negative review, contact us",
 * nor "no need for a bad review", nor "We saw your negative review. We will
 * refund you once it is removed").
 */
function badReviewGates(sentence: Concepts, after: Concepts): boolean {
  return sentence.has("badReview") &&
    (!EXISTING.some((concept) => sentence.has(concept)) ||
      BAD_REVIEW_STEERS.some((concept) => sentence.has(concept)) ||
      !after.has("unconditional") &&
        (after.has("request") || after.has("change") ||
          after.has("changeIt") || after.has("incentive")));
}

// What makes a sentence that names a graded thing's stars ask for a review.
const GRADE_ASKS = [
  "request",
  "appeal",
  "instruction",
  "incentive",
  "place",
  "sharing",
  "shareVerb",
  "change",
  "starRequest",
  "yours",
];

/** What makes another customer's review (`othersReview`) count. */
const OTHERS_COUNT = [
  "request",
  "place",
  "yours",
  "appeal",
  "positive",
  "sharing",
  "toldSharing",
  "change",
  "incentive",
  "rating",
  "starRequest",
  "weakLink",
  "rewardLink",
];

/**
 * A change asked of the review that a sentence before names ("I saw the
 * feedback you left. Would you be happy to delete it?"): a request with a
 * change whose object is a pronoun (`changeIt`), and no change the seller
 * makes. The review before must stand: not denied, and not next to a proof.
 * An opinion the seller saw the buyer leave counts ("Hemos visto que dejó
 * una opinión negativa. ¿Le importaría retirarla?"). The review may stand
 * one sentence further back, past a sentence that names no review and asks
 * for no change of its own, where it is a review word or one the seller saw
 * ("We saw your 2-star review. The new charger went out today. Could you
 * update it?"; not "the Five Star Diner").
 */
function anaphoricChange(
  current: Concepts,
  previous: Concepts,
  earlier: Concepts,
): boolean {
  if (!current.has("changeIt") || current.has("ourChange")) return false;
  if (!current.has("request") && !current.has("condition")) return false;
  return namesReview(previous) ||
    !REVIEW_NAMED.some((concept) => previous.has(concept)) &&
      !previous.has("changeIt") && namesReview(earlier) &&
      (earlier.has("review") || earlier.has("reviewSeen"));
}

// What names a review in a sentence before a change asked of "it".
const REVIEW_NAMED = ["review", "reviewVerb", "rating", "opinion"];

function namesReview(sentence: Concepts): boolean {
  return (sentence.has("review") || sentence.has("rating") ||
    sentence.has("opinion") && sentence.has("reviewSeen")) &&
    !sentence.has("negatedReview") && !sentence.has("proofContext");
}

/**
 * Decides what a sentence does with reviews.
 *
 * - a review word with a reward, in the sentence or the next: `incentive`;
 * - with a change ("update", "remove"): `change`, unless the seller makes
 *   it (`ourChange`: "your feedback helped us revise the size chart") and
 *   nothing asks or gates, or the sentence leaves it to the buyer
 *   (`leftToBuyer`: "whether you update it is entirely up to you") and
 *   nothing praises, gates, rewards or appeals;
 * - with a sentiment condition ("if you are happy", "contact us first"), in
 *   the sentence or the one before: `gating`;
 * - with an instruction ("mention", "with a photo"): `instructions`;
 * - with a request, a positive qualifier or "tell other shoppers":
 *   `solicitation`.
 *
 * An ambiguous review verb (`reviewVerb`: "review", "bewerten", "評価")
 * counts as a review word only with a place, a qualifier or a star
 * rating, `sharing` or the `purchase` as its object.
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
 * @param _language The language (unused: the same decision for every one).
 * @param earlier The concepts of the sentence before the previous one.
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
  _language?: string,
  earlier: Concepts = NONE,
): ReviewFinding | undefined {
  // A review word that a negation denies ("No review is needed, the refund
  // is on its way").
  const denied = current.has("negatedReview");
  // A problem ("if anything is wrong", `problemIf`) gates a review the
  // sentence asks for or steers, not one it denies ("No need to leave a
  // review; just tell us if the parcel does not arrive"). A sentiment ("if
  // you are happy"), a bad review or an order ("contact us first") gates
  // either way. And a problem gates only in a sentence that asks ("If
  // anything is wrong, write to us; otherwise we'd love a review"), not one
  // that merely names a review ("Thanks for your review; if there is any
  // problem, contact us").
  const asking = ASKING.some((concept) => current.has(concept));
  const problem = !denied && asking;
  const condition = current.has("condition") ||
    badReviewGates(current, next) ||
    problem && current.has("problemIf");
  // A condition in the sentence before steers the review of this one only
  // if this one does not deny it ("If anything is wrong, write to us. No
  // review is needed for the replacement").
  const conditionBefore = !denied &&
      (previous.has("condition") || badReviewGates(previous, current)) ||
    problem && previous.has("problemIf");
  // Next to a proof or a design ("proofContext"), a review word ("votre
  // avis", "feedback", "your opinion") is about that, unless a review
  // place, a qualifier or a reward says otherwise. A change or a condition
  // does not: a draft is there to be corrected, and asked about before it
  // is produced ("our draft helps us correct it", "write us your opinion
  // on the colour before we produce it").
  const about = !current.has("proofContext") || current.has("place") ||
    current.has("positive") || current.has("incentive");
  // An ambiguous verb ("review", "bewerten", "évaluer", "評価"; `reviewVerb`)
  // is about a review only with evidence: a review place, a qualifier or a
  // star rating, other shoppers, or the purchase as what is judged ("please
  // review the proof" is not, "please rate the product on Amazon" is).
  // A bare verb of sharing ("partagez", "分享") shares a review word, but
  // alone asks for nothing public ("share a screenshot with us").
  // A review someone else wrote, reported ("you mentioned that another
  // customer's review says the lid leaks", `othersReview` with
  // `buyerReport`), is not asked of the buyer: it exists, what it says is
  // reported, not dictated, and its authors are not shoppers to tell. It
  // counts as a review word, and its authors as an audience, where nothing
  // reports it ("other customers' reviews helped us grow"), or where the
  // sentence also asks, appeals, names a review place or the buyer's own
  // review ("yours"), praises, rewards, rates, tells others or asks
  // for a change, or next to a review or opinion word of the buyer's own.
  const others = current.has("othersReview") &&
    (!current.has("buyerReport") ||
      OTHERS_COUNT.some((concept) =>
        current.has(concept) &&
        // A review place with what the reviews there say ("you wrote that
        // the reviews on the product page say it runs small") is where
        // they stand.
        (concept !== "place" || !current.has("reviewSays"))
      ) ||
      current.has("review") || current.has("reviewVerb") ||
      current.has("opinion"));
  const shares = current.has("sharing") || current.has("shareVerb") ||
    others;
  // A review still to come ("you haven't rated the lamp yet", `pending`):
  // the seller waits for the buyer's, which tells the verb's sense too.
  const pending = current.has("pendingReview");
  const verb = current.has("reviewVerb") &&
    (current.has("place") || current.has("positive") ||
      current.has("rating") || current.has("starRequest") ||
      shares || current.has("purchase") || pending);
  const strong = (current.has("review") || verb || others) && about;
  // "5 stars" alone is a rating (a hotel, a pattern): it is about reviews
  // only with sharing, a review place, a reward or a condition.
  // "Give us 5 stars": a star rating next to a request asks for one.
  const rating = !strong &&
    (current.has("starRequest") ||
      current.has("rating") &&
        (shares || current.has("place") ||
          current.has("incentive") || condition));
  // A weaker word counts with sharing, a review place, or an instruction
  // or a change right next to it (`weakLink`: "add a photo to your
  // comment").
  // Or with a request about the purchase ("we'd love to hear what you
  // think of it"), not a wish that it is good ("we hope your experience
  // with it is great", `wellWish`).
  // Or with a reward right before it, in exchange for it (`rewardLink`:
  // "in return for a few words about it"), or with an emotional appeal
  // (`appeal`: "a few words from you would mean a lot to a small business").
  const weak = !strong && !rating && about && current.has("opinion") &&
    (shares || current.has("place") || current.has("appeal") ||
      current.has("weakLink") || current.has("rewardLink") ||
      (current.has("purchase") && current.has("request") &&
        !current.has("wellWish")));
  // Other shoppers as whom the buyer is told to tell (`toldSharing`:
  // "tell other customers how the jacket fits"), with no review word.
  // Or a bare verb of sharing with a review place ("share it with other
  // parents on Amazon").
  const told = !strong && !weak && !rating && about &&
    (current.has("toldSharing") ||
      current.has("shareVerb") && current.has("place"));
  // A question about a review word, then a sentence that only asks
  // ("您已经评价过台灯了吗？这对我们帮助很大。", "Heeft u ons al beoordeeld?
  // Dat zou ons enorm helpen."), or a review word, then an appeal ("You
  // haven't rated it yet. It would mean a lot to us."): what it asks for is
  // the review. So is an ambiguous verb that is all a question holds
  // ("Haben Sie uns schon bewertet? Das würde uns sehr helfen.").
  const bareVerb = current.has("reviewVerb") && current.has("question") &&
    [...current].every((concept) => BARE_VERB_QUESTION.has(concept));
  // A review still to come, then a sentence that only asks or invites
  // ("Vous n'avez pas encore donné votre avis. N'hésitez pas à le faire."),
  // asks for it as well.
  const asksAfter = next.has("request") ||
    (pending && next.has("invitation"));
  // Only asks: every concept of the next sentence is a bare ask, and the
  // sentence is brief but after a review still to come.
  const onlyAsks = (next.has("brief") || pending) &&
    [...next].every((concept) => BARE_ASK.has(concept));
  const askedAfter = (strong || bareVerb && about) && !denied && onlyAsks &&
    (next.has("appeal") || (current.has("question") || pending) && asksAfter);
  if (!strong && !weak && !rating && !told && !askedAfter) {
    return anaphoricChange(current, previous, earlier) ? "change" : undefined;
  }
  // The seller says it asks for no review (`negatedRequest` with the review
  // denied: "we will never ask you to change or remove your rating"): a
  // change it names is not asked of the buyer, unless praise, a star rating
  // or a condition stands ("if you are not satisfied, write to us first and
  // not a review").
  if (
    denied && current.has("negatedRequest") && !current.has("positive") &&
    !current.has("rating") && !condition
  ) return undefined;
  // Nor one that says it asks for none and leaves the review to the buyer
  // ("We will never ask you to change a review, and whatever you write is
  // entirely up to you"), unless it praises, gates, rewards or appeals.
  const leftToBuyer = current.has("leftToBuyer") &&
    !current.has("positive") && !condition && !current.has("incentive") &&
    !current.has("appeal");
  if (current.has("negatedRequest") && leftToBuyer) return undefined;
  // The buyer's review, read or seen by the seller ("we read your review
  // and refund the shipping"), in a sentence that neither asks, praises,
  // gates, instructs nor asks for a change: it exists, and a refund next to
  // it is a remedy. Thanked for (`thankedReview`: "thanks for your
  // feedback, we corrected the product page") it exists too, unless a
  // reward may be that thanks ("as a thank you for your review, a gift
  // card"), and the other shoppers it helped are no audience told to
  // read one ("thanks to your feedback, the next customer gets a corrected
  // manual"), where nothing asks, praises or names a review place.
  if (
    (current.has("seenReview") ||
      current.has("thankedReview") && !current.has("incentive")) &&
    !condition &&
    !STEERING.some((concept) =>
      current.has(concept) &&
      (concept !== "sharing" || !current.has("thankedReview") ||
        current.has("place") || current.has("appeal"))
    )
  ) return undefined;
  // A sentence that names a graded thing's stars ("5 stars in the crash
  // test, the top mark of their rating") reports a grade where it asks,
  // appeals, instructs, rewards, places, shares and changes nothing.
  if (
    current.has("graded") &&
    !GRADE_ASKS.some((concept) => current.has(concept)) && !condition
  ) return undefined;
  const near = (concept: string) =>
    current.has(concept) || next.has(concept) || previous.has(concept);
  // A reward in the sentence, or next to it when the sentence itself asks
  // or praises ("Leave us a review. You'll get a gift card."): a review
  // word alone (a product called "Review Planner") next to a refund is not
  // a reward for a review.
  const asks = weak || rating || told || current.has("request") ||
    current.has("positive") || current.has("sharing") ||
    current.has("place") || condition;
  // A denied review word is not what a reward is for, nor asked for ("no
  // review to leave"); a change, a condition or an instruction still counts
  // ("don't leave a bad review, contact us first").
  // A reward that comes whatever the buyer does (`unconditional`: "That
  // review is yours, and the replacement ships either way") is for no
  // review, where the review is the buyer's own that exists and the
  // sentence asks, instructs, appeals for and thanks for nothing
  // ("regardless of your rating, a gift card for every review" and "thanks
  // for your review, a gift card is on its way regardless" still reward
  // one).
  const unconditional = current.has("unconditional") && !asks &&
    !current.has("instruction") && !current.has("appeal") &&
    !current.has("thankedReview") && !current.has("reviewThanked") &&
    (current.has("yours") ||
      EXISTING.some((concept) => current.has(concept)));
  if (
    !denied && !unconditional &&
    (current.has("incentive") || (asks && near("incentive")))
  ) {
    return "incentive";
  }
  // A change the seller makes after the feedback ("your feedback on the
  // size chart helped us revise it", `ourChange`) is not asked of a review,
  // unless the sentence asks or gates too.
  // Nor is a change next to a denied review that nothing asks or wishes
  // for ("We will never ask you to change your feedback").
  // Nor is a change the sentence leaves to the buyer (`leftToBuyer`:
  // "whether you update your review is entirely up to you"), unless it
  // praises, gates, rewards or appeals too.
  if (
    current.has("change") && !leftToBuyer &&
    (!current.has("ourChange") || current.has("request") ||
      condition) &&
    (!denied || current.has("request") || current.has("positive") ||
      condition)
  ) return "change";
  if (condition || conditionBefore) return "gating";
  // What an existing review says ("评论中提到…", `reviewSays`) is reported,
  // not dictated, where nothing asks.
  const reported = current.has("reviewSays") && !weak && !rating && !told &&
    !EXISTING_ASKS.some((concept) => current.has(concept));
  if (current.has("instruction") && !told && !reported) {
    return "instructions";
  }
  // "Nothing to do: no form, no review to leave." A qualifier, other
  // shoppers or a star rating that the negation leaves standing still ask;
  // so does a review place, unless the negation denies the request too
  // (`negatedRequest`: "You don't have to leave a review on Amazon"), not
  // only something said of the review ("a review on Amazon takes no more
  // than a minute").
  if (
    denied && !current.has("positive") && !current.has("sharing") &&
    !current.has("rating") &&
    (!current.has("place") || current.has("negatedRequest"))
  ) return undefined;
  // A review described by what it says (`reviewSays`: "you quoted a review
  // on the listing that said the seal leaks") exists: named with the place
  // where it stands, it is reported, unless the sentence asks, praises,
  // shares, appeals, rates or names the buyer's own review.
  if (reported) return undefined;
  if (
    askedAfter || weak || rating || told || current.has("request") ||
    current.has("positive") || shares || current.has("place") ||
    current.has("appeal")
  ) return "solicitation";
  return undefined;
}

/** What a sentence does as marketing. */
export type MarketingFinding = "promotion" | "crossSell";

// The cues that make a weaker object (an `assortment`) or a strong one
// promoted without an invitation: newness, a suggestion, another pack.
const CUES = ["novelty", "recommendation", "availability"];
// What offers more than the job requires, next to a price.
const OFFERED_MORE = [
  "availability",
  "assortment",
  "invitation",
  "recommendation",
  "novelty",
  "promoObject",
  "ours",
];
// What makes another business the seller works with a referral.
const REFERRED = [
  "recommendation",
  "referral",
  "invitation",
  "price",
  "offer",
  "incentive",
  "promoObject",
  "availability",
];
// What a price makes paid cross-selling: something offered or suggested
// (not the seller's own alone: "our labour is £40 an hour").
const PRICED = [...CUES, "invitation", "assortment", "promoObject"];

/**
 * Decides whether a sentence (with the next) markets: an offer with an
 * invitation or a future purchase ("20% off your next order") is a
 * `promotion`; something promoted (other products, the store, a social
 * account) with an invitation, an offer or a future purchase is a
 * `crossSell`; so is an account named by its handle (`handle`:
 * "@shop.name") with a channel, an invitation or the seller's own. Another
 * business the seller works with (`thirdParty`), recommended, invited to,
 * priced or offered, is a `crossSell` (a referral) where the sentence names
 * neither the ordered item nor help content. An
 * offer with a time limit (`urgency`: "this week", "until
 * Sunday") is a `promotion` too, unless the sentence names the ordered item.
 * So is this order's number made the voucher of a later purchase
 * (`orderCode` with `future` or `nextPurchase`) next to an amount
 * (`amount`: a percentage or a price), however the cut is worded, or of a
 * next purchase with a reward or at the seller's shop ("the shipping is on
 * us"), an offer on a later purchase named by "next" and its object
 * (`nextPurchase`), a friend referred (`friend`) with an offer, with an
 * amount and a later purchase or a reward, or with a reward on a purchase
 * of the seller's goods or a later one, and a referral in its own words
 * (`referral`: "mentions your name") with a price cut, an amount or a
 * reward. So are a reward on a later purchase from the seller (`incentive`
 * with `future` and `ours`: "if you reorder from us, we add a bag of chews
 * as a thank-you"), a reward on the next purchase from the seller
 * (`incentive` with `nextPurchase` and `ours`, `future` or an invitation:
 * "your next order from us ships free"), a friend told to quote
 * this order's number (`friend` with `orderCode`) and a friend rewarded by
 * the seller or through the buyer (`friend` and `incentive` with `ours` or
 * `referral`). A referral in its own words with a
 * recommendation ("I recommend Studio Lírio; the brides we send there love
 * it", or invited to) is a `crossSell`, and so is another business with
 * one.
 *
 * Without promotional keywords, cross-selling is an object with a cue: a
 * `promoObject` or an `assortment` ("our range") with newness ("is out"),
 * a suggestion ("works great with") or another form ("in packs of"), in
 * the sentence or the one before or after; an `assortment` with an
 * invitation; the seller's own goods (`ours`) with a suggestion ("you might
 * also like our towels"), next to the ordered item only with an
 * invitation, an object or another form (not "our bracket fits your TV
 * model"); an invitation or a suggestion with another form ("if you need
 * more, we have them in packs of 6"), but not with help content ("if you
 * need more help, we also have a phone line"); another form with newness
 * ("from next week also with lavender"); another form with a price
 * (`pricedOffer`: "we can also service your boiler for a small fee", not a
 * discount given for a delay); the seller's own
 * goods with newness and an invitation ("our duvets are back in stock,
 * should you need one"), or back for a season without one (`oursNew`, not
 * a restock, `restock`: "our Christmas chocolate is back for the
 * holidays").
 * A price in the seller's words (`price`, any language: "for £15",
 * "600円") with something offered or suggested, or with "can also"
 * (`pricedExtra`: "he can also descale your kettle for £15"), is paid
 * cross-selling, unless the sentence names the ordered item, a refund, a
 * payment or shipping. The seller's goods (`ours`) with a suggestion or
 * newness in the sentence before or after cross-sell too, unless that
 * sentence names the ordered item or help content.
 * Another size, colour or form offered for an exchange of the order
 * (`exchange` in the sentence, or with the ordered item in the sentence
 * before or after when no `assortment` is offered: "size M is in stock too,
 * so the exchange can happen at once") is not cross-selling, unless
 * something is promoted, suggested, new or priced there, or it answers a
 * question ("Need more? We also have 6-packs."). Another size or colour
 * (`variant`) next to an exchange, also one named in the next paragraph, is
 * that size or colour of the ordered item, even in the same colour or back
 * in stock ("Größe L ist in derselben Farbe wieder auf Lager. So klappt der
 * Umtausch: …"), unless it is new, promoted, priced, invited to or the
 * seller's goods are suggested. Otherwise a sentence that names the ordered
 * item or its replacement (`orderItem`) is not cross-selling through a cue
 * ("your replacement is here").
 *
 * A language whose lexicon lists help content (`helpContent`) also reads
 * an invitation right before the seller's own goods (`oursInvited`) as
 * cross-selling ("have a look at our frying pans"), unless the sentence
 * names help content ("have a look at our setup guide") or the ordered
 * item (`ownGoodsInvited`). Another form (`availability`) right after a
 * question ("Need more filters? We also have them in a 6-pack.")
 * cross-sells too; the previous sentence then holds `question`.
 *
 * @param current The concepts of the sentence.
 * @param next The concepts of the next sentence.
 * @param previous The concepts of the previous sentence.
 * @param options What the language's lexicon allows.
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
  options: MarketingOptions = {},
): MarketingFinding | undefined {
  // The seller's website named alone (`promoSite` without another
  // `promoObject`) may be the place of help; everywhere else it is a
  // promoted object like any.
  const siteOnly = current.has("promoSite") && !current.has("promoObject");
  current = withSiteAsObject(current);
  next = withSiteAsObject(next);
  previous = withSiteAsObject(previous);
  const has = (concept: string) => current.has(concept);
  if (has("offer") && (has("invitation") || has("future"))) {
    return "promotion";
  }
  // A delivery that repeats, offered ("we can send you a new cartridge
  // automatically every month"; "dilerseniz düzenli teslimat sistemimize
  // katılabilirsiniz"): a subscription sold, unless the buyer asked for it.
  if (
    has("recurring") && !has("buyerAsked") && !previous.has("buyerAsked")
  ) return "crossSell";
  // This order's number made the voucher of a later purchase, with an
  // amount ("next time, mention this order number and we take 15% off",
  // "na próxima compra é só informar este número de pedido que abatemos
  // R$ 15"): a price cut however it is worded.
  // A later purchase named by "next" and its object ("20% off your next
  // periodic maintenance", "o 50 zł mniej za kolejną usługę") counts with
  // a price cut or this order made a voucher only: alone, "your next
  // service is due in a year" is care of the ordered item.
  const later = has("future") || has("nextPurchase");
  if (has("offer") && has("nextPurchase")) return "promotion";
  if (has("orderCode") && has("amount") && later) return "promotion";
  // This order's number made the voucher of a next purchase with a reward
  // or at the seller's shop, a perk without an amount ("en su próxima
  // compra en nuestra tienda no pagará gastos de envío: basta con que nos
  // mencione este número de pedido", "次回当店でお買い物の際、この注文番号を
  // お知らせいただければ送料を当店で負担").
  if (
    has("orderCode") && has("nextPurchase") &&
    (has("incentive") || has("ours"))
  ) return "promotion";
  // A perk for referring someone: a friend, a neighbour or a colleague
  // with a price cut ("if a friend books with us and mentions your name,
  // both of you get $20 off"), or with an amount and a later purchase
  // ("दोस्त … अगली ख़रीद पर ₹150 कम"); a friend told to quote this order's
  // number ("se algum amigo seu informar o número deste pedido quando
  // comprar com a gente…"), rewarded by the seller or through the buyer
  // ("si une amie commande chez nous, le déplacement lui sera offert"), or
  // rewarded on a purchase of the seller's goods or a later one ("tell a
  // friend about our patterns: on her first purchase we give back half").
  if (
    has("friend") &&
    (has("offer") || has("orderCode") ||
      (has("amount") && (later || has("incentive"))) ||
      (has("incentive") &&
        (has("ours") || has("referral") ||
          (has("purchaseNoun") && later))))
  ) return "promotion";
  // A referral in its own words with a price cut, an amount or a reward
  // ("have them quote your order and they'll save $8", "se alguém comprar
  // falando o seu nome, vocês dois ganham R$ 20 de volta").
  if (
    has("referral") &&
    (has("offer") || has("amount") || has("incentive"))
  ) return "promotion";
  // The shop recommended to others, asked for without a reward, in the
  // sentence or the next ("we'd be grateful if you told your friends about
  // our little shop", "अपने दोस्तों को भी हमारे बारे में बताइए"; "We draaien
  // op mond-tot-mondreclame. Ken je iemand…? Noem ons dan even."): word of
  // mouth solicited.
  const asks = (concepts: Concepts) =>
    concepts.has("request") || concepts.has("wish") ||
    concepts.has("invitation") || concepts.has("appeal") ||
    concepts.has("condition") || concepts.has("friend");
  if (has("referral") && (asks(current) || asks(next))) return "crossSell";
  // A reward on a later purchase from the seller ("if you reorder from us
  // later, we'll add a free bag of chews as a thank-you"), or on the next
  // one with a later time or an invitation ("your next order ships free"),
  // not on the upcoming order alone.
  if (
    has("incentive") && !has("orderItem") &&
    ((later && has("ours")) ||
      (has("nextPurchase") && (has("future") || has("invitation"))))
  ) return "promotion";
  // Goods offered for pre-order ("volume 2 is open for pre-order with us,
  // have a look"), with an invitation, an offer, a later purchase, newness
  // or another product line: not the ordered item's own pre-order status
  // ("the edition you asked about can be pre-ordered only").
  if (
    has("preorder") && !has("thanked") && !has("orderItem") &&
    (has("invitation") || has("offer") || has("future") ||
      has("novelty") || has("assortment"))
  ) return "crossSell";
  // The seller's site as the place of the ordered item's help content
  // ("the manual is also in the Help section of our website, if needed") is
  // help, unless goods or a channel are named with it, or something is new,
  // in other forms or on offer there.
  const helpPlace = siteOnly && has("helpContent") && has("orderItem") &&
    !has("offer") && !has("assortment") && !has("novelty") &&
    !has("availability");
  if (
    has("promoObject") && (has("invitation") || has("future")) && !helpPlace
  ) return "crossSell";
  // An account named by its handle, with a channel, an invitation or the
  // seller's own ("neue Schnitte zeigen wir auf Instagram unter
  // @naehwerk.lotte", "follow @sportprint_hub").
  if (
    has("handle") &&
    (has("promoObject") || has("invitation") || has("ours"))
  ) return "crossSell";
  if (has("promoObject") && has("offer")) return "promotion";
  // An offer with a time limit ("this week 20% off all lamps", "15% off
  // until Sunday"), unless it is on the ordered item ("the discount on your
  // order is refunded this week").
  if (has("offer") && has("urgency") && !has("orderItem")) return "promotion";
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
  // Inviting to buy again: "book your next appointment", "order again";
  // not the same item ordered again as the way to swap the order ("cancel
  // the order and order it again in navy").
  if (has("invitation") && has("future") && !has("exchange")) {
    return "promotion";
  }
  // What other buyers add ("customers who bought this grinder often also
  // pick up the burr kit").
  if (has("buyers") && has("alsoBuy")) return "crossSell";
  // The seller's other goods taken along too, whoever takes them ("många
  // valpägare tar också med vår tuggpinne": the owners are no word for
  // buyers), unless the ordered item, an exchange or help content is what
  // the sentence is about.
  if (
    has("ours") && has("alsoBuy") && has("assortment") &&
    !has("orderItem") && !has("exchange") && !has("helpContent")
  ) return "crossSell";
  // Another business the seller works with or vouches for, recommended,
  // invited to, priced or offered to a need (`thirdParty`: "for sockets we
  // recommend Ruiz Electrics, who we work with"), in a sentence that names
  // neither the ordered item nor help content: a referral.
  if (
    has("thirdParty") && !has("orderItem") && !has("helpContent") &&
    !has("exchange") && REFERRED.some((concept) => current.has(concept))
  ) return "crossSell";
  // A mailing of the seller's the buyer is put on ("reply yes and we'll
  // send you our seasonal letter with the new vintages").
  if (
    has("mailing") &&
    (has("ours") || has("request") || has("novelty") || has("future") ||
      has("invitation") || has("promoObject"))
  ) return "crossSell";
  // A business recommended with the people the seller sends there ("I
  // recommend Studio Lírio; the brides we send there love it").
  if (
    has("referral") && (has("recommendation") || has("invitation")) &&
    !has("orderItem")
  ) return "crossSell";
  if (softCrossSell(current, next, previous, options, siteOnly)) {
    return "crossSell";
  }
  // "Have a look at our frying pans", not "at our setup guide".
  if (
    options.ownGoodsInvited && has("oursInvited") &&
    !has("helpContent") && !has("orderItem") && !has("thanked")
  ) return "crossSell";
  return undefined;
}

/**
 * A sentence's concepts with the seller's website (`promoSite`) read as a
 * promoted object, as the decisions and the marketing model read it.
 *
 * @param concepts The concepts.
 * @returns The same set, or a copy with `promoObject` added.
 *
 * @example
 * ```ts
 * import { withSiteAsObject } from "./decide.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(withSiteAsObject(new Set(["promoSite"])).has("promoObject"));
 * ```
 */
export function withSiteAsObject(concepts: Concepts): Concepts {
  return concepts.has("promoSite") && !concepts.has("promoObject")
    ? new Set([...concepts, "promoObject"])
    : concepts;
}

/** What a language's lexicon allows {@linkcode decideMarketing} to read. */
export interface MarketingOptions {
  /**
   * Whether an invitation to the seller's own goods alone is cross-selling
   * (the lexicon lists help content, which it is not).
   */
  readonly ownGoodsInvited?: boolean;
}

// A question before another form that may ask for a need ("Need more?"),
// not one about the ordered item or its design ("Which font do you prefer
// for the engraving? We can also add the date.").
function asksNeed(previous: Concepts): boolean {
  return previous.has("question") && !previous.has("orderItem") &&
    !previous.has("design");
}

// Cross-selling without promotional keywords: an object with a cue, in the
// sentence or next to it.
function softCrossSell(
  current: Concepts,
  next: Concepts,
  previous: Concepts,
  options: MarketingOptions,
  siteOnly: boolean,
): boolean {
  const has = (concept: string) => current.has(concept);
  // Work left to the buyer's decision before it is done or charged ("if
  // the valves are old and leak, he can change them, 35 € each; he asks
  // you first"; "if you need it carried upstairs, that costs $350 and is
  // done only if you authorise it") is a cost disclosed, not a sale:
  // unless goods are promoted, something is new, another line is offered
  // or the seller's goods are suggested. An extra on top or another form
  // (`pricedExtra`, `availability`: "he can also service your boiler for
  // £60, it's your decision") is disclosed only where the job requires it
  // and nothing invites to it.
  const more = has("pricedExtra") || has("availability");
  if (
    has("consent") && !has("promoObject") && !has("novelty") &&
    !has("assortment") && !(has("ours") && has("recommendation")) &&
    (!more ||
      ((has("required") || has("jobCondition")) && !has("invitation")))
  ) return false;
  // An option the buyer asked about or wrote in the order note
  // (`buyerAsked` in the sentence or the one before, `answering` in one
  // before that, for no extra offered as more: "you asked about gold
  // foil: that is £6 more per card",
  // "您在备注里提到想加一只猫，每只另付 50 元") answers the buyer, unless goods
  // are promoted, something is new, another line is offered or the
  // seller's goods are suggested.
  if (
    (has("buyerAsked") || previous.has("buyerAsked") ||
      (previous.has("answering") &&
        (!has("pricedExtra") || has("pricedSurcharge")))) &&
    !has("promoObject") && !has("novelty") && !has("assortment") &&
    !has("alsoBuy") && !(has("ours") && has("recommendation"))
  ) return false;
  // A choice of the ordered item that the next sentence asks the buyer to
  // make (`variant` in a question: "We also have the stars in blue and
  // green at no extra cost. Which colour would you like?") is an option of
  // the order, not where something is promoted, new, another line, priced
  // or the seller's goods suggested.
  if (
    next.has("question") && next.has("variant") &&
    (has("availability") || has("variant")) &&
    !has("promoObject") && !has("novelty") && !has("assortment") &&
    !has("price") && !has("pricedExtra") && !has("invitation") &&
    !(has("ours") && has("recommendation"))
  ) return false;
  // Another size or colour offered next to an exchange of the order
  // (`variant`, with `exchange` in the sentence or the one before or after)
  // is that size or colour of the ordered item, even in the same colour or
  // back in stock ("Größe L ist in derselben Farbe wieder auf Lager. So
  // klappt der Umtausch: …"), not where something is promoted, new, priced,
  // limited in time or invited to, or the seller's goods are suggested.
  if (
    has("variant") &&
    (has("exchange") || next.has("exchange") || previous.has("exchange")) &&
    !previous.has("question") && !has("promoObject") &&
    !has("invitation") && !has("price") && !has("pricedExtra") &&
    !has("urgency") && !(has("novelty") && !has("restock")) &&
    !(has("ours") && has("recommendation"))
  ) return false;
  // Another size, colour or form offered for an exchange of the order, in
  // the sentence or (without another product line, `assortment`) next to a
  // sentence that swaps the order ("size M is in stock too, so the exchange
  // can happen at once"; "We have it in navy. Reply and we change your
  // order."), is for the order; not where something is promoted, suggested,
  // new or priced.
  const swapsOrder = (concepts: Concepts) =>
    concepts.has("exchange") && concepts.has("orderItem");
  if (
    (has("exchange") ||
      (!has("assortment") && (swapsOrder(next) || swapsOrder(previous)))) &&
    !previous.has("question") &&
    !has("promoObject") && !has("recommendation") && !has("novelty") &&
    !has("price") && !has("pricedExtra")
  ) return false;
  // The seller's goods suggested ("you might also like our towels"), or
  // more of them offered ("if you need more, we have them in packs of 6";
  // "we also have pots that look great with them"): next to the ordered
  // item too.
  // Next to the ordered item, a suggestion of the seller's goods is about
  // that item ("our bracket fits your TV model") unless something else is
  // invited or promoted ("we also make tablecloths matching the napkins you
  // ordered"). Another pack offered is cross-selling unless it is help
  // ("if you need more help, we also have a phone line").
  const item = has("orderItem");
  const object = has("promoObject") || has("assortment");
  // Help content suggested is not goods ("our manual is worth a look").
  const aside = item || has("helpContent");
  if (
    has("ours") && has("recommendation") &&
    (!aside || has("invitation") && !has("helpContent") ||
      has("availability") || (object && !has("helpContent")))
  ) return true;
  // Another form at a price ("for a small fee"), not a reward the seller
  // gives ("we also offer you a 10% discount for the delay": an offer word
  // that is also an `incentive` of the review lexicon is compensation);
  // `pricedOffer` marks an offer word that is not.
  const priced = has("pricedOffer");
  // Something more offered free of charge to a need ("if you need it, he
  // can also change the hose, free of charge": a reward word that is no
  // offer) is a service, not a sale.
  const free = has("incentive") && !has("offer");
  // After a question ("Need more? We also have packs of 6"; not one about
  // the order or its design), unless what
  // the seller can also do is change something of the order ("…? We can
  // also change the delivery to your home address") or is done free of
  // charge ("…? We can also engrave the bottom, at no extra cost"). To a
  // need, a change may be the buyer's ("when you need to change the
  // filter, we stock the cartridges").
  // Another form at a price under a condition of the job ("if a small part
  // such as a valve is missing, he can fit it for a surcharge") is a cost
  // of the job disclosed, as a surcharge is, not where the condition is
  // the buyer's wish or an invitation.
  const jobPriced = priced && has("jobCondition") && !has("wish") &&
    !has("invitation");
  if (
    has("availability") && !has("helpContent") &&
    ((has("invitation") && !free) || has("recommendation") ||
      (!item &&
        ((asksNeed(previous) && !has("change") && !free) ||
          (priced && !jobPriced))))
  ) return true;
  if (item) return false;
  // Another form announced as new or coming ("from next week also with
  // lavender", "ab März auch in Grün"): newness with another form, in a
  // sentence that names neither the ordered item nor help content.
  if (
    has("novelty") && has("availability") && !has("helpContent") &&
    !has("thanked")
  ) return true;
  // A price for something the seller offers (`price`, in a sentence that
  // names neither the ordered item, a refund, a payment nor shipping): an
  // extra on the visit, another form, an invitation, a suggestion, or "can
  // also" next to it (`pricedExtra`: "he can also descale your kettle for
  // £15", "for an extra £6 we also sell a hanging kit", "あと600円で壁掛け
  // セットもお付けできます"). A price marked as an extra is one even next
  // to a word of help content ("he can also do the installation for £30",
  // "sono 35 € in più, montaggio compreso").
  // A price for what the job requires, with nothing more offered, is a
  // cost disclosed ("if the valve is stuck, the fitter will need to replace
  // it, and that costs £30 extra"), not an extra sold.
  // A surcharge offered unasked (`pricedSurcharge`: "for $250 extra we
  // include a one-hour class") is an extra sold; under a condition of the
  // job (`jobCondition`: "if the doors scrape over the new floor, we
  // shorten them for 20 € more each") it is a cost of the job disclosed,
  // not where the condition is the buyer's wish (`wish`: "if you also
  // want your phone protected, the licence is $15 more") or an invitation.
  const disclosed = has("required") &&
    !OFFERED_MORE.some((concept) => current.has(concept));
  const surcharged = has("pricedSurcharge") &&
    !(has("jobCondition") && !has("wish") && !has("invitation"));
  if (
    has("price") && !has("thanked") && !disclosed &&
    (has("pricedExtra") || surcharged ||
      (!has("helpContent") && PRICED.some((concept) => current.has(concept))))
  ) return true;
  // An offer to a need or a liking with the seller's own goods in the
  // sentence ("If you enjoy it, the habit module from us adds forty
  // templates"), where the lexicon can tell help content apart ("if you
  // need more help, our setup guide…").
  if (
    options.ownGoodsInvited && has("ours") && has("invitation") &&
    !has("helpContent") && !has("thanked")
  ) return true;
  // The seller's goods back or new, offered to a need ("our winter duvets
  // are back in stock, should you need one").
  if (
    has("ours") && has("novelty") && has("invitation") &&
    !has("helpContent") && !has("thanked")
  ) return true;
  // The seller's goods back for a season or just launched (`oursNew`: the
  // goods are what is new), announced without an invitation ("Notre chocolat de Noël est de retour pour les
  // fêtes"); not back in stock (`restock`: "Unsere Decken sind wieder
  // vorrätig" may be what the buyer waits for), nor the ordered item, help
  // content or the seller's people.
  if (has("oursNew") && !has("restock") && !has("helpContent")) return true;
  // A product document (`manual`, in a lexicon without help content)
  // available at the seller's site alone ("aynı kılavuz web sitemizde PDF
  // olarak da mevcut") is help; an invitation, newness, a suggestion or the
  // seller's range there is not.
  const documentAvailable = has("manual") && siteOnly &&
    !has("invitation") && !has("novelty") && !has("recommendation") &&
    !has("assortment");
  if (
    object && !has("helpContent") && !documentAvailable &&
    CUES.some((c) => current.has(c))
  ) return true;
  if (has("assortment") && has("invitation")) return true;
  // The seller's other goods presented next to help content ("the manual
  // on our website also lists the accessories from our range worth
  // adding", "in our shop you will find the instructions and our other
  // products, have a look"): help content shields the ordered item's
  // documents, not a line of the seller's goods suggested, bought too or
  // invited to. Help that covers the range is not that ("the FAQ for all
  // models in our range is on our support page").
  if (
    has("helpContent") && has("assortment") && has("ours") &&
    !has("exchange") && !has("thanked") &&
    (has("recommendation") || has("alsoBuy") ||
      (has("promoObject") && !siteOnly && has("invitation")))
  ) return true;
  // The seller's other goods at its store or brand page, pointed to or
  // suggested ("have a look at our brand page for everything we make").
  if (
    has("assortment") && has("storefront") && !has("helpContent") &&
    !has("orderItem") && !has("exchange") && !has("thanked") &&
    (has("invitation") || has("recommendation") || has("novelty") ||
      has("availability"))
  ) return true;
  // The seller's goods with a suggestion or newness in the sentence before
  // or after ("Our beeswax polish comes in two sizes. Most customers find
  // it keeps the top like new."), where neither names the ordered item nor
  // help content.
  const pitched = (concepts: Concepts) =>
    !concepts.has("orderItem") && !concepts.has("helpContent") &&
    (concepts.has("recommendation") || concepts.has("novelty"));
  if (
    has("ours") && !has("helpContent") && !has("thanked") &&
    (pitched(next) || pitched(previous))
  ) return true;
  // "Our autumn range. It is out now." / "Just landed: our range." Only
  // newness and suggestions reach across, never next to the ordered item.
  const cue = (concepts: Concepts) =>
    !concepts.has("orderItem") &&
    (concepts.has("novelty") || concepts.has("recommendation"));
  return object && (cue(next) || cue(previous));
}

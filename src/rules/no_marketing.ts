// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule, RuleContext } from "../lint/rule.ts";
import {
  decideMarketing,
  type MarketingFinding,
  type MarketingOptions,
  withSiteAsObject,
} from "./_intent/decide.ts";
import { conceptMatcher } from "./_intent/concept_matcher.ts";
import {
  type ConceptFinding,
  findingData,
  primaryOf,
  runConcepts,
} from "./_intent/run.ts";
import type { AnalyzeOptions } from "./_intent/analyze.ts";
import { findStorefrontLinks } from "./_intent/storefront.ts";
import { findNamedReferrals } from "./_intent/named_referral.ts";
import { findQuoted } from "./_intent/quotes.ts";
import { matchTextOf } from "./_intent/normalized.ts";
import { marketingModel } from "./_model/marketing.ts";
import {
  reportModelSentences,
  validateSentenceModelOptions,
} from "./_model/model_sentences.ts";

// Marketing is decided from concepts, per sentence and language, with the
// marketing lexicons (src/rules/_lexicons/marketing/): an offer ("20% off",
// "coupon", "sale") with an invitation ("use", "shop now", "have a look") or
// a future purchase ("your next order"), or something promoted ("our new
// collection", "our store", Instagram) with an invitation, an offer or a
// future purchase. Without promotional keywords, cross-selling is an object
// with a cue: the range or another product with newness ("our autumn range
// is out"), a suggestion ("works great with") or another pack ("we have them
// in packs of 6"), unless the sentence names the ordered item or its
// replacement. A price (in any language: "for £15", "600円") next to
// something offered or "can also" is paid cross-selling, unless the order,
// a refund, a payment or shipping is what it costs. An offer word alone ("the coupon you clipped", "no
// voucher is needed") is not marketing. Words that came from order data (a
// product title, the buyer's customization) or a quotation are the buyer's,
// not the seller's marketing: they give a warning that says so. Sentences
// the concepts leave alone go to the marketing sentence model
// (src/rules/_model/), which reports soft cross-selling the lexicons have no
// words for.

/** The concepts that make a promotion, each one negatable. */
// What a business recommended by name holds, as its message shows it.
const NAMED = ["recommendation", "business named"];

const PROMOTIONAL = [
  "offer",
  "invitation",
  "promoObject",
  "future",
  "assortment",
  "novelty",
  "recommendation",
  "availability",
  "buyers",
  "alsoBuy",
  "promoSite",
  "thirdParty",
  "mailing",
] as const;

/**
 * Concepts that tie a sentence to the order: where a sentence holds one,
 * the marketing sentence model only warns.
 */
export const ORDER_ANCHORS = ["orderItem", "helpContent", "purchase"] as const;

// Another size or colour next to an exchange of the order (`variant` with
// `exchange` in the sentence or the nearest one before or after): the
// ordered item in another size, where the model is least sure too.
const EXCHANGE_VARIANT = "exchangeVariant";

// The sentences of `seen` that hold concepts, in text order.
function heldSentences(
  seen: ReadonlyMap<number, ReadonlySet<string>>,
): [number, ReadonlySet<string>][] {
  return [...seen].sort((a, b) => a[0] - b[0])
    .filter(([, concepts]) => concepts.size > 0);
}

// Marks the sentences of `seen` (keyed by their start, in text order) that
// offer another size or colour next to an exchange.
function markExchangeVariants(seen: Map<number, ReadonlySet<string>>): void {
  if (![...seen.values()].some((concepts) => concepts.has("variant"))) return;
  const held = heldSentences(seen);
  held.forEach(([at, concepts], i) => {
    if (!concepts.has("variant")) return;
    if (
      concepts.has("exchange") || held[i - 1]?.[1].has("exchange") ||
      held[i + 1]?.[1].has("exchange")
    ) seen.set(at, new Set([...concepts, EXCHANGE_VARIANT]));
  });
}

// A sentence that answers the buyer's question (one holding `buyerAsked`
// or the next one that holds concepts) or offers a choice of the ordered
// item that the next sentence asks the buyer to make (`variant` asked in a
// question: "We also have it in blue at no extra cost. Which colour would
// you like?"): where the concepts found nothing to report, the model is
// least sure too.
const ANSWERED = "answered";
const QUESTION_MARK = /[?？؟]/u;

// Marks the sentences of `seen` (keyed by their start in `text`, the
// normalized text) that answer the buyer's question or offer a choice of
// the order.
function markAnswered(
  seen: Map<number, ReadonlySet<string>>,
  text: string,
): void {
  const held = heldSentences(seen);
  held.forEach(([at, concepts], i) => {
    const answering = concepts.has("buyerAsked") ||
      held[i - 1]?.[1].has("buyerAsked") === true;
    const next = held[i + 1];
    const choice = (concepts.has("variant") ||
      concepts.has("availability")) &&
      next !== undefined &&
      next[1].has("variant") &&
      QUESTION_MARK.test(text.slice(next[0], held[i + 2]?.[0]));
    if (answering || choice) {
      seen.set(at, new Set([...concepts, ANSWERED]));
    }
  });
}

/** How the marketing family reads its concepts: what other senses cancel, and what a negation denies. */
export const MARKETING_ANALYSIS: Omit<
  AnalyzeOptions,
  "foreign" | "primary" | "text"
> = {
  cancels: {
    marketingOther: [
      ...PROMOTIONAL,
      "ours",
      "urgency",
      // A reward word of the review lexicons in another sense ("gift
      // wrap", "papel de regalo"): a price next to it is no refund.
      "incentive",
    ],
    // "At our expense", "our mistake": the seller's, but no goods.
    oursOther: ["ours"],
  },
  follows: ["ours", "invitation", "oursInvited"],
  nextPurchase: ["nextWord", "purchaseNoun", "nextPurchase"],
  ownPeople: ["ours", "thanked"],
  restock: ["novelty", "restock"],
  oursNew: ["ours", "novelty", "oursNew"],
  forget: ["forget", "invitation"],
  renamedNextTo: ["availability", ["orderItem"], "itemAvailable"],
  // The seller's website named as a promoted object is the site
  // (`promoSite`), told apart from goods or channels promoted with it.
  contained: { promoObject: [["ownSite", "promoSite"]] },
  uncovered: ["offer", "incentive", "pricedOffer"],
  price: [
    ["orderItem", "incentive"],
    "price",
    "pricedExtra",
    "pricedSurcharge",
  ],
  amount: "amount",
  // "We can send you a fresh bag every month": a subscription sold.
  recurring: "recurring",
  // "Auf Instagram unter @naehwerk.lotte": an account named by its handle.
  handle: "handle",
  // "Je vroeg of het goud erbij kan": the seller reports the buyer's
  // question, which is the buyer's.
  reporting: ["buyerAsked"],
  partScoped: [["orderItem"], [...PROMOTIONAL, "urgency", "ours"]],
  negatable: PROMOTIONAL,
  // "We won't send you any promotions, discounts or news of other
  // products": the negation reaches every item of the list.
  listReach: PROMOTIONAL,
};

// A quotation that invites, suggests, looks to a next purchase or says what
// others buy too, and that nothing attributes or disowns, is the seller's
// own promotion ("Our motto: “Check out our new spring range!”"); a product's
// name with a sale word in it is not.
const MARKETING_RUN = {
  ...MARKETING_ANALYSIS,
  // What a seller's wish inside a reported question is for: an offer or
  // something promoted.
  reportedVoice: { subjects: ["offer", "promoObject", "assortment"] },
  sellersQuotes: ["invitation", "recommendation", "future", "alsoBuy"],
  // An exchange named in the next paragraph still frames another size
  // offered for it.
  acrossBreaks: ["exchange"],
  // The buyer's question named once frames the answers after it.
  carried: ["buyerAsked", "answering"] as const,
};

/**
 * The sentences of a lint context that the marketing concepts decide on,
 * with each sentence's concepts recorded in `seen` (keyed by where it
 * starts in the normalized text).
 *
 * @param context The rule context.
 * @param seen Receives each sentence's concepts.
 * @returns The findings, in text order.
 *
 * @example
 * ```ts ignore
 * const findings = findMarketing(context, new Map());
 * ```
 */
export function findMarketing(
  context: RuleContext<unknown>,
  seen?: Map<number, ReadonlySet<string>>,
): ConceptFinding<MarketingFinding>[] {
  const findings = runConcepts<MarketingFinding>(
    context,
    conceptMatcher(),
    MARKETING_RUN,
    (current, next, previous, language) =>
      decideMarketing(current, next, previous, marketingOptions(language)),
    ["offer", "promoObject", "promoSite"],
    seen,
    // The English reading of a price ("35 € extra") takes what the buyer's
    // language says the job requires ("muss … tauschen"), leaves to the
    // buyer ("nur mit Ihrer Zustimmung"), sets as a condition of the job
    // ("falls") or as the buyer's wish ("wenn Sie möchten"), or reports the
    // buyer asked for ("Sie hatten gefragt"), also in the sentence before
    // ("Vous aviez demandé si le prénom peut être doré. C'est possible,
    // pour 2 € de plus"), unless what is priced is offered as more ("Ci
    // aveva chiesto a che ora arriva. Alle 9; con 40 € in più può anche
    // pulire gli altri condizionatori").
    [
      ["required", "consent", "jobCondition", "wish", "buyerAsked"],
      ["price", "pricedExtra", "pricedSurcharge"],
      (concepts) =>
        !concepts.has("pricedExtra") || concepts.has("pricedSurcharge"),
    ],
  );
  // The model was trained with the seller's site as a promoted object.
  if (seen !== undefined) {
    for (const [at, concepts] of seen) seen.set(at, withSiteAsObject(concepts));
  }
  return findings;
}

// What a language's lexicon tells the decision, asked once per language.
const OPTIONS = new Map<string, MarketingOptions>();
function marketingOptions(language: string): MarketingOptions {
  let options = OPTIONS.get(language);
  if (options === undefined) {
    options = {
      ownGoodsInvited: conceptMatcher().defines(language, "helpContent"),
    };
    OPTIONS.set(language, options);
  }
  return options;
}

/** Options of the `no-marketing` rule. */
export interface NoMarketingOptions {
  /**
   * Whether sentences the concepts leave alone go to the rule's sentence
   * model; `false` keeps only the concepts' findings.
   *
   * @default {true}
   */
  readonly sentenceModel: boolean;
}

/**
 * Disallows marketing in buyer messages: coupons, discounts, sales and
 * deals offered to the buyer, cross-selling ("check out our new
 * collection", "visit our store", "our autumn range is out", "you might
 * also like our towels"), storefront and brand-store links, social
 * media, newsletters and referrals ("for flowers we recommend Petals,
 * friends of ours", "mention our name there"), price cuts on a later
 * purchase however they are worded ("20% off your next periodic
 * maintenance") and perks for referring a friend ("if a friend books and
 * mentions your name, you both get $15 off"), in every language with a
 * marketing lexicon; goods offered for pre-order and the seller's other goods pointed
 * to at its storefront ("have a look at our brand page for everything we
 * make"), also next to help content ("the manual on our website also lists
 * the accessories from our range worth adding"). Amazon's guidelines forbid
 * all of these; messages must be about the order. The ordered item's help
 * content at the seller's website alone is no marketing ("the manual for
 * your kettle is also in the Help section of our website"), nor is a price
 * the job requires ("if the valve is stuck, the fitter will need to replace
 * it, which costs £30 extra"), a surcharge under a condition of the job
 * ("if the doors scrape over the new floor, we shorten them for 20 € more
 * each"), an option the buyer asked about ("you asked about gold foil:
 * that is £6 more per card") or a cost left to the buyer's approval ("each
 * extra metre of pipe is R$ 60 and is fitted only with your approval"); a
 * surcharge offered unasked or to a wish ("for $250 extra we include a
 * one-hour class") is an extra sold. A sentence that is
 * marketing only through words from order data or a quotation gets a
 * warning, not an error, but for the seller's own promotion in quotation
 * marks: a quotation that stands alone, invites, suggests or looks to a next
 * purchase, and that nothing attributes to someone else or disowns ("Our
 * motto: “Check out our new spring range!”"). A sentence the concepts do
 * not decide on is scored by a sentence model (hashed words and the
 * concepts it holds, trained on labeled seller sentences in the 16
 * locales): soft cross-selling without
 * promotional keywords ("the matching pillowcases are in our listings too")
 * is reported as `modelled`.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Sorry for the delay of order 123-1234567-1234567. Use code SORRY10 at checkout for 10% off your next order!" },
 *   { policy: "spec-only", rules: { "no-marketing": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-marketing").length, 1);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: the 100% cotton shirt is out of stock. We offer a free of charge replacement in navy; no coupon or code is needed." },
 *   { policy: "spec-only", rules: { "no-marketing": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-marketing").length, 0);
 * ```
 */
export const noMarketing: Rule<NoMarketingOptions> = defineRule<
  NoMarketingOptions
>({
  id: "no-marketing",
  meta: {
    type: "problem",
    description:
      "Disallow marketing: offers, coupons, cross-selling, storefront links, social media, newsletters and referrals",
    defaultSeverity: "error",
    defaultOptions: { sentenceModel: true },
    validateOptions: validateSentenceModelOptions,
    messages: {
      promotion:
        'Remove "{{phrase}}" (seen: {{concepts}}): buyer messages must not advertise offers, discounts, coupons or sales. Set them up as Amazon promotions; keep the message to this order.',
      crossSell:
        'Remove "{{phrase}}" (seen: {{concepts}}): buyer messages must not promote other products, your store, social media or other sites. Write only about this order.',
      storefront:
        'Remove the storefront link "{{phrase}}": buyer messages must not advertise your Amazon store or other products.',
      modelled:
        'Remove or rewrite "{{phrase}}": it reads like marketing (other products, a new range, your store) to a model trained on seller messages, and buyer messages must be about this order.',
      modelledNearOrder:
        'Check "{{phrase}}": it reads like marketing (other products, a new range, your store) to a model trained on seller messages, though it also speaks of this order. Keep only what the buyer needs for this order.',
      modelledAnswer:
        'Check "{{phrase}}": it reads like marketing (other products, a new range, your store) to a model trained on seller messages, though it answers what the buyer asked or offers a choice of this order. Keep to what the buyer asked.',
      orderData:
        'Check "{{phrase}}" (seen: {{concepts}}): it reads like marketing, but the words came from order data or a quotation (a product title, the buyer\'s text), so it is not reported as an error.',
    },
  },
  check(context) {
    const covered: { start: number; end: number }[] = [];
    for (const link of findStorefrontLinks(context.text)) {
      covered.push(link);
      context.report({
        messageId: "storefront",
        start: link.start,
        end: link.end,
        data: { phrase: context.text.slice(link.start, link.end) },
      });
    }
    const seen = new Map<number, ReadonlySet<string>>();
    const findings = findMarketing(context, seen);
    for (const finding of findings) {
      covered.push(finding);
      context.report({
        messageId: finding.fromData ? "orderData" : finding.finding,
        severity: finding.fromData ? "warning" : undefined,
        start: finding.start,
        end: finding.end,
        data: findingData(context.text, finding),
      });
    }
    // A business recommended by name ("we recommend Harper Electrical"):
    // a referral, in the languages written in Latin letters.
    // Names in order data or quoted (the buyer's text) are not the seller's.
    const excluded = [
      ...(context.message.dataSpans ?? []),
      ...findQuoted(context.text),
    ];
    for (
      const sentence of findNamedReferrals(
        context.text,
        primaryOf(context.message.locale),
        excluded,
      )
    ) {
      if (
        covered.some((range) =>
          range.start < sentence.end && sentence.start < range.end
        )
      ) continue;
      covered.push(sentence);
      context.report({
        messageId: "crossSell",
        start: sentence.start,
        end: sentence.end,
        data: findingData(context.text, { ...sentence, concepts: NAMED }),
      });
    }
    // Marketing without the concepts above: a sentence the model counts.
    // It is an error only when the sentence does not speak of the order
    // (the ordered item, its help content, the purchase): where it does,
    // the model is least sure, and the seller gets a warning to check.
    if (context.options.sentenceModel) {
      markExchangeVariants(seen);
      markAnswered(seen, matchTextOf(context).text);
      reportModelSentences(context, marketingModel(), covered, seen, {
        unsureWith: [...ORDER_ANCHORS, EXCHANGE_VARIANT, ANSWERED],
        sure: "modelled",
        unsure: "modelledNearOrder",
        unsureBy: { [ANSWERED]: "modelledAnswer" },
      });
    }
  },
});

import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import { analyzeConcepts } from "../../../src/rules/_intent/analyze.ts";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";

// Sentences written for these tests: [locale, text, the finding expected of
// the rule (its message id), or undefined].
type Case = readonly [string, string, string | undefined];

function finding(
  ruleId: string,
  locale: string,
  text: string,
): string | undefined {
  const report = lintMessage({
    type: "unexpectedProblem",
    text,
    locale,
    amazonOrderId: "123-1234567-1234567",
  });
  return report.diagnostics.find((d) => d.ruleId === ruleId)?.messageId;
}

function check(ruleId: string, cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [locale, text, expected] of cases) {
    const actual = finding(ruleId, locale, text);
    if (actual !== expected) {
      wrong.push(`${locale} ${JSON.stringify(text)}: ${actual} != ${expected}`);
    }
  }
  assert.deepEqual(wrong, []);
}

const review = (cases: readonly Case[]) =>
  check("no-review-manipulation", cases);
const marketing = (cases: readonly Case[]) => check("no-marketing", cases);

Deno.test("a negated review word is no reward's object, nor asked for", () => {
  review([
    [
      "en-US",
      "No review is needed, the refund is already on its way.",
      undefined,
    ],
    [
      "de-DE",
      "Eine Bewertung ist nicht nötig, die Erstattung erfolgt automatisch.",
      undefined,
    ],
    [
      "es-ES",
      "No hace falta ninguna reseña, el reembolso ya está en camino.",
      undefined,
    ],
    // Still caught: a reward, a reminder, a negative question.
    ["en-US", "Leave a review and get a gift card.", "incentive"],
    ["en-US", "Don't forget to leave a review", "solicitation"],
    ["en-US", "Why not leave us a review?", "solicitation"],
    // A request in a later clause is not under the negation.
    [
      "de-DE",
      "Ohne Bewertungen können wir nicht wachsen, bitte nehmen Sie sich kurz Zeit.",
      "solicitation",
    ],
  ]);
});

Deno.test("a sentence-final negation in a verb-final language closes an enumeration", () => {
  review([
    [
      "ja-JP",
      "ギフト券のご案内や、レビューのお願いなど、特別なお手続きは一切ございません。",
      undefined,
    ],
    // Not across a condition: "nothing would make us happier".
    [
      "ja-JP",
      "ご感想を他のお客様と共有していただければ、これ以上の喜びはありません。",
      "solicitation",
    ],
    [
      "ja-JP",
      "レビューを書いていただければ、ギフト券を差し上げます。",
      "incentive",
    ],
  ]);
});

Deno.test("a proof keeps its review words when a change or a condition stands by", () => {
  review([
    [
      "en-US",
      "Your proof is attached. Please send your feedback before we print, so we can change the font.",
      undefined,
    ],
    [
      "de-DE",
      "Der Entwurf ist angehängt. Ihr Feedback hilft uns, ihn zu korrigieren.",
      undefined,
    ],
    // A review place still says it is a review.
    [
      "en-US",
      "Your proof is attached. Please change your feedback on Amazon.",
      "change",
    ],
  ]);
});

Deno.test("an instruction reaches a weak review word past its own object", () => {
  review([
    [
      "fr-FR",
      "Mentionnez la livraison rapide dans votre commentaire, s'il vous plaît.",
      "instructions",
    ],
    [
      "es-ES",
      "Mencione la entrega rápida en su comentario, por favor.",
      "instructions",
    ],
  ]);
});

Deno.test("feedback on whether something holds is not a review", () => {
  review([
    [
      "en-US",
      "Could you give us feedback on whether the spare part fits?",
      undefined,
    ],
    ["pl-PL", "Prosimy o opinię, czy część pasuje.", undefined],
    ["en-US", "Please give us your feedback on Amazon.", "solicitation"],
  ]);
});

Deno.test("an ambiguous review verb needs evidence beyond a request", () => {
  review([
    ["en-US", "Please evaluate the two colour options.", undefined],
    ["en-US", "Please evaluate the product on Amazon.", "solicitation"],
  ]);
  const verb = new Set(["reviewVerb", "request"]);
  assert.equal(decideReview(verb), undefined);
  assert.equal(decideReview(new Set([...verb, "purchase"])), "solicitation");
  assert.equal(decideReview(new Set([...verb, "sharing"])), "solicitation");
  assert.equal(decideReview(new Set([...verb, "incentive"])), undefined);
});

Deno.test("suggestions and other packs of the ordered item itself are no cross-selling", () => {
  marketing([
    [
      "en-US",
      "Our wall bracket works great with the TV you ordered.",
      undefined,
    ],
    [
      "en-US",
      "If you need more help with your order, we also have a phone line.",
      undefined,
    ],
    ["en-US", "You might also like our bamboo towels.", "crossSell"],
  ]);
});

Deno.test("another pack right after a question cross-sells", () => {
  marketing([
    ["en-US", "Need more filters? We also have them in a 6-pack.", "crossSell"],
    [
      "en-US",
      "Did the part arrive damaged? We also have a replacement ready for your order.",
      undefined,
    ],
  ]);
});

Deno.test("an invitation to the seller's goods cross-sells, to help content not", () => {
  marketing([
    ["en-US", "Have a look at our frying pans.", "crossSell"],
    ["en-US", "Have a look at our returns page.", undefined],
    ["en-US", "Take a look at our setup guide.", undefined],
    ["en-US", "Have a look at our FAQ.", undefined],
  ]);
  const invited = new Set(["ours", "invitation", "oursInvited"]);
  // Only where the lexicon lists help content.
  assert.equal(decideMarketing(invited), undefined);
  assert.equal(
    decideMarketing(invited, undefined, undefined, { ownGoodsInvited: true }),
    "crossSell",
  );
});

// Minimal lexicons for the engine's own rules, in several scripts.
function lexicon(
  language: string,
  segmentation: "words" | "chars",
  concepts: Readonly<Record<string, readonly string[] | undefined>>,
): Lexicon<string> {
  return { language, segmentation, concepts };
}

function conceptsOf(
  lexicons: Lexicon<string>[],
  text: string,
  primary?: string,
): string[][] {
  const matcher = createLexiconMatcher(lexicons);
  return analyzeConcepts(matcher.find(text), segmentText(text), {
    cancels: { reviewOther: ["review"] },
    negatable: ["request", "incentive"],
    primary,
    text,
  }).map((sentence) =>
    [...sentence.all.values()].flatMap((set) => [...set]).sort()
  );
}

Deno.test("a notNegation term keeps a look-alike from negating", () => {
  const tr = lexicon("tr", "words", {
    review: ["yorum*"],
    request: ["rica ederiz"],
    negation: ["*maz", "değil"],
    notNegation: ["paslanmaz"],
  });
  const zh = lexicon("zh", "chars", {
    review: ["好评"],
    request: ["请"],
    negation: ["不"],
    notNegation: ["不锈"],
  });
  const hi = lexicon("hi", "words", {
    review: ["रिव्यू"],
    request: ["ज़रूर दें"],
    negation: ["न"],
    notNegation: ["ऐसा न हो"],
  });
  assert.deepEqual(
    conceptsOf([tr], "paslanmaz tencere için yorum rica ederiz"),
    [["request", "review"]],
  );
  assert.deepEqual(conceptsOf([zh], "不锈钢锅请给好评"), [[
    "request",
    "review",
  ]]);
  assert.deepEqual(
    conceptsOf([hi], "ऐसा न हो कि भूल जाएं, रिव्यू ज़रूर दें"),
    [["request", "review"]],
  );
  // The negation itself still negates.
  const { notNegation: _, ...noCover } = tr.concepts;
  assert.deepEqual(
    conceptsOf(
      [lexicon("tr", "words", { ...noCover })],
      "paslanmaz tencere için yorum rica ederiz",
    ),
    [["review"]],
  );
});

Deno.test("another language's other sense does not read the word before a hit", () => {
  const hi = lexicon("hi", "words", {
    review: ["review"],
    request: ["zaroor dena"],
  });
  const en = lexicon("en", "words", { reviewOther: ["to review"] });
  assert.deepEqual(
    conceptsOf([hi, en], "accha laga ho to review zaroor dena", "hi"),
    [["request", "review"]],
  );
  // In its own language it still cancels.
  const enReview = lexicon("en", "words", {
    review: ["review"],
    request: ["please"],
    reviewOther: ["to review"],
  });
  assert.deepEqual(conceptsOf([enReview], "please take time to review"), [[
    "request",
  ]]);
});

Deno.test("an offer with a time limit is a promotion, on the ordered item not", () => {
  marketing([
    ["en-US", "This week 20% off all lamps.", "promotion"],
    ["en-GB", "Every cushion is 15% off until Sunday.", "promotion"],
    ["en-US", "Our winter sale ends Friday, so don't wait.", "promotion"],
    // Only a warning: the marketing sentence model counts it next to the
    // ordered item.
    [
      "en-US",
      "We took 10% off your order this week as an apology.",
      "modelledNearOrder",
    ],
    ["en-US", "Your refund should reach you this week.", undefined],
    [
      "en-GB",
      "Only limited time slots are left for delivery this week.",
      undefined,
    ],
  ]);
  assert.equal(decideMarketing(new Set(["offer", "urgency"])), "promotion");
  assert.equal(
    decideMarketing(new Set(["offer", "urgency", "orderItem"])),
    undefined,
  );
  // Without the optional concept an offer alone stays clean.
  assert.equal(decideMarketing(new Set(["offer"])), undefined);
});

Deno.test("running out answered by another pack cross-sells, help content not", () => {
  marketing([
    ["en-US", "If you run out, we sell refills too.", "crossSell"],
    [
      "en-GB",
      "If you get through a lot of glue, our value pack saves you money.",
      "crossSell",
    ],
    [
      "en-US",
      "If you enjoy it, the desk lamp from us is worth a try.",
      "crossSell",
    ],
    [
      "en-US",
      "The manual is on our website and worth a look before first use.",
      undefined,
    ],
    [
      "en-US",
      "If you run out of patience with the courier, call us and we'll sort it.",
      undefined,
    ],
    [
      "en-US",
      "If you need more time to return it, our team can extend the window.",
      undefined,
    ],
  ]);
  assert.equal(
    decideMarketing(
      new Set(["ours", "recommendation", "promoObject", "helpContent"]),
    ),
    undefined,
  );
  assert.equal(
    decideMarketing(new Set(["assortment", "recommendation", "helpContent"])),
    undefined,
  );
});

Deno.test("other shoppers deciding make a weaker review word a request", () => {
  review([
    [
      "en-GB",
      "Fellow gardeners browsing the listing would love to know what you thought.",
      "solicitation",
    ],
    [
      "en-US",
      "People deciding whether to buy it would value a few words from you.",
      "solicitation",
    ],
    [
      "en-US",
      "Please let us know how it worked out with the courier.",
      undefined,
    ],
  ]);
});

Deno.test("an add-on to the visit and what other buyers add cross-sell", () => {
  marketing([
    [
      "en-US",
      "We also offer gutter cleaning for $80 if you'd like to add it.",
      "crossSell",
    ],
    [
      "en-GB",
      "Many customers also add a matching lid for the pot.",
      "crossSell",
    ],
    [
      "en-US",
      "If you'd like to add a gift note, reply with the text and we will print it.",
      undefined,
    ],
    ["en-US", "We also offer free returns within 30 days.", undefined],
    [
      "en-US",
      "Ask the technician about our yearly maintenance plan on the day.",
      "crossSell",
    ],
    [
      "en-US",
      "The service plan you bought covers the repair, so there is nothing to pay.",
      undefined,
    ],
  ]);
  review([
    [
      "en-GB",
      "Readers browsing the listing would value your take on the second book.",
      "solicitation",
    ],
    [
      "en-US",
      "Thank you for your input on the engraving font; we will use the serif one.",
      undefined,
    ],
  ]);
});

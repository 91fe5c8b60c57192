import assert from "node:assert/strict";
import { bareContext } from "./_context.ts";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { runConcepts } from "../../../src/rules/_intent/run.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { analyzeConcepts } from "../../../src/rules/_intent/analyze.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { MARKETING_ANALYSIS } from "../../../src/rules/no_marketing.ts";
import { REVIEW_ANALYSIS } from "../../../src/rules/no_review_manipulation.ts";

// The engine's judgement of negated lists, of negations inside other senses
// and of soft cross-selling offered to a need or at a price, through small
// lexicons written for these tests, in several languages.

const context = (text: string, locale: string) => bareContext(text, locale);

const REVIEW: Lexicon<string>[] = [
  {
    language: "en",
    segmentation: "words",
    concepts: {
      review: ["review*", "rating"],
      request: [
        "please",
        "just",
        "write",
        "leave",
        "give",
        "rate",
        "would make our week",
      ],
      positive: ["five star*", "5 star*"],
      negation: ["no", "not", "do not", "don't", "won't"],
      notNegation: ["don't worry"],
    },
  },
  {
    language: "fr",
    segmentation: "words",
    concepts: {
      review: ["avis", "note"],
      request: ["écrire", "donner", "laissez", "nous ferait plaisir"],
      positive: ["cinq étoiles"],
      negation: ["pas", "n'avez pas"],
    },
  },
  {
    language: "sv",
    segmentation: "words",
    concepts: {
      review: ["omdöme", "betyg"],
      request: ["skriva", "ge"],
      negation: ["inte", "varken"],
    },
  },
  {
    language: "tr",
    segmentation: "words",
    concepts: {
      review: ["yorum", "yildiz ver"],
      reviewOther: ["yildiz vermeniz gerekmiyor"],
      request: ["yazmaniz", "vermeniz"],
      negation: ["gerekmiyor"],
    },
  },
];
const REVIEW_MATCHER = createLexiconMatcher(REVIEW);

function review(
  text: string,
  locale: string,
  analysis: Parameters<typeof runConcepts>[2] = REVIEW_ANALYSIS,
): string[] {
  return runConcepts(
    context(text, locale),
    REVIEW_MATCHER,
    analysis,
    decideReview,
  ).map((f) => f.finding);
}

Deno.test("runConcepts() lets a negation reach the later items of a list it opens", () => {
  const table: [string, string, string[]][] = [
    [
      "en-US",
      "You do not need to fill in a form, answer a survey, write a review, or give a rating.",
      [],
    ],
    [
      "en-US",
      "We won't ask you to complete a form, post a photo, leave a review or rate us.",
      [],
    ],
    [
      "fr-FR",
      "Vous n'avez pas besoin de remplir un formulaire, d'écrire un avis ou de donner une note.",
      [],
    ],
    [
      "sv-SE",
      "Du behöver varken fylla i ett formulär, skriva ett omdöme eller ge betyg.",
      [],
    ],
    // Without the negation, the list asks.
    [
      "en-US",
      "You need to fill in a form, answer a survey, write a review, or give a rating.",
      ["solicitation"],
    ],
    [
      "fr-FR",
      "Merci de remplir un formulaire, d'écrire un avis ou de donner une note.",
      ["solicitation"],
    ],
    // A turn ends the list: the request stands on its own.
    [
      "en-US",
      "Nothing is needed from you, but please leave a review or a rating.",
      [
        "solicitation",
      ],
    ],
    ["en-US", "No paperwork needed at all, just leave a review or a rating.", [
      "solicitation",
    ]],
    // A negation that reassures, or with too little after it, opens no list.
    ["en-US", "Don't worry about the form, leave a review or a rating.", [
      "solicitation",
    ]],
    ["fr-FR", "Pas de souci, laissez un avis ou une note.", ["solicitation"]],
    // Items are short: a long clause is not one.
    [
      "en-US",
      "There is no form to fill in, and once you have used the kettle for a few weeks we hope you will write a review or give a rating.",
      ["solicitation"],
    ],
  ];
  for (const [locale, text, expected] of table) {
    assert.deepEqual(review(text, locale), expected, text);
  }
});

Deno.test("runConcepts() reads stars counted in words next to a request as a rating asked for", () => {
  const table: [string, string, string[]][] = [
    ["en-US", "If we've earned it, five stars would make our week!", [
      "solicitation",
    ]],
    ["en-US", "Five stars would make our week!", ["solicitation"]],
    ["en-US", "5 stars would make our week!", ["solicitation"]],
    ["fr-FR", "Cinq étoiles nous ferait plaisir.", ["solicitation"]],
    // Stars without a request are a grade, not a rating asked for.
    ["en-US", "The five-star pattern is printed on the cover.", []],
    ["fr-FR", "Le motif cinq étoiles est imprimé.", []],
  ];
  for (const [locale, text, expected] of table) {
    assert.deepEqual(review(text, locale), expected, text);
  }
});

Deno.test("runConcepts() keeps a negation that another sense of a word holds", () => {
  // "yıldız vermeniz gerekmiyor" (no need to give stars) is another sense
  // of "yıldız ver", and its negation still closes the sentence (here
  // without the proof context another sense also sets).
  const analysis = { ...REVIEW_ANALYSIS, context: undefined };
  assert.deepEqual(
    review(
      "Form doldurmaniz, yorum yazmaniz veya yildiz vermeniz gerekmiyor.",
      "tr-TR",
      analysis,
    ),
    [],
  );
  assert.deepEqual(review("Yorum yazmaniz rica olunur.", "tr-TR", analysis), [
    "solicitation",
  ]);
});

Deno.test("analyzeConcepts() stays linear on long negated lists", () => {
  const unit = "no form, write a review, or give a rating, ";
  const time = (copies: number): number => {
    const text = unit.repeat(copies) + ".";
    const hits = REVIEW_MATCHER.find(text);
    const segmentation = segmentText(text);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      analyzeConcepts(hits, segmentation, {
        ...REVIEW_ANALYSIS,
        primary: "en",
        text,
      });
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  time(100);
  const small = time(200);
  const large = time(3200);
  // 16 times the text: linear is about 16 times the time, quadratic 256.
  assert.ok(large < small * 16 * 5 + 20, `${small} ms, then ${large} ms`);
});

const MARKETING: Lexicon<string>[] = [
  {
    language: "en",
    segmentation: "words",
    concepts: {
      invitation: ["should you need", "if you want one"],
      offer: ["small fee"],
      availability: ["can also service", "we also have"],
      novelty: ["back in stock"],
      ours: ["our"],
      orderItem: ["your replacement"],
      helpContent: ["phone line"],
      marketingOther: ["our technician"],
      negation: ["no", "not"],
    },
  },
  {
    language: "de",
    segmentation: "words",
    concepts: {
      invitation: ["falls sie", "bei bedarf"],
      offer: ["kleine gebühr", "aufpreis"],
      availability: ["können auch", "haben auch"],
      novelty: ["wieder vorrätig"],
      ours: ["unser*"],
      orderItem: ["ihr ersatz*"],
      negation: ["nicht", "kein*"],
    },
  },
];
const MARKETING_MATCHER = createLexiconMatcher(MARKETING);

function marketing(text: string, locale: string): string[] {
  return runConcepts(
    context(text, locale),
    MARKETING_MATCHER,
    MARKETING_ANALYSIS,
    (current, next, previous) => decideMarketing(current, next, previous),
  ).map((f) => f.finding);
}

Deno.test("runConcepts() judges another form at a price and the seller's goods back for a need", () => {
  const table: [string, string, string[]][] = [
    ["en-GB", "He can also service your boiler for a small fee.", [
      "crossSell",
    ]],
    [
      "de-DE",
      "Wir können auch Ihre Heizung warten, gegen eine kleine Gebühr.",
      [
        "crossSell",
      ],
    ],
    ["en-GB", "Our duvets are back in stock, should you need one.", [
      "crossSell",
    ]],
    ["de-DE", "Unsere Decken sind wieder vorrätig, falls Sie eine brauchen.", [
      "crossSell",
    ]],
    // Without the price or the need, nothing is offered for sale.
    ["en-GB", "He can also service your boiler if the part is faulty.", []],
    ["de-DE", "Unsere Decken sind wieder vorrätig.", []],
    // The ordered item, help, the seller's people.
    ["en-GB", "Your replacement is back in stock, should you need one.", []],
    ["en-GB", "We also have a phone line for a small fee.", []],
    ["en-GB", "Our technician is back in stock, should you need one.", []],
  ];
  for (const [locale, text, expected] of table) {
    assert.deepEqual(marketing(text, locale), expected, text);
  }
});

Deno.test("decideMarketing() reads another form with a price, and the seller's goods back for a need", () => {
  const set = (...concepts: string[]) => new Set(concepts);
  const table: [string[], string | undefined][] = [
    [["availability", "offer", "pricedOffer"], "crossSell"],
    // An offer word that is also a reward (no `pricedOffer`) is not a price.
    [["availability", "offer"], undefined],
    [["availability", "offer", "pricedOffer", "orderItem"], undefined],
    [["availability", "offer", "pricedOffer", "helpContent"], undefined],
    [["ours", "novelty", "invitation"], "crossSell"],
    [["ours", "novelty", "invitation", "orderItem"], undefined],
    [["ours", "novelty", "invitation", "helpContent"], undefined],
    [["ours", "novelty"], undefined],
    [["ours", "novelty", "oursNew", "restock"], undefined],
    // Back for a season, not in stock: announced goods.
    [["ours", "novelty", "oursNew"], "crossSell"],
  ];
  for (const [current, expected] of table) {
    assert.equal(decideMarketing(set(...current)), expected, `${current}`);
  }
});

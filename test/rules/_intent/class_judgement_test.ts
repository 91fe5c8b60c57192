import assert from "node:assert/strict";
import { analyzeConcepts } from "../../../src/rules/_intent/analyze.ts";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { REVIEW_ANALYSIS } from "../../../src/rules/no_review_manipulation.ts";
import { MARKETING_ANALYSIS } from "../../../src/rules/no_marketing.ts";

// Small lexicons of languages whose "don't forget" may close the clause
// with its negation; the verbs of forgetting are a concept of their own.
const GERMAN: Lexicon<string> = {
  language: "de",
  segmentation: "words",
  concepts: {
    review: ["bewertung*"],
    request: ["bitte", "hinterlass*"],
    incentive: ["gutschein*"],
    promoObject: ["unseren shop"],
    forget: ["vergess*", "vergiss"],
    negation: ["nicht", "kein*", "nie"],
  },
};
const DUTCH: Lexicon<string> = {
  language: "nl",
  segmentation: "words",
  concepts: {
    review: ["beoordeling*", "recensie*"],
    request: ["graag", "achter te laten"],
    forget: ["vergeet", "vergeten"],
    negation: ["niet", "geen", "nooit"],
  },
};
const ENGLISH: Lexicon<string> = {
  language: "en",
  segmentation: "words",
  concepts: {
    review: ["review*", "rating"],
    request: ["please", "would make our week", "fingers crossed", "share"],
    place: ["on the listing"],
    sharing: ["other dog owners", "other customers"],
    instruction: ["a picture of"],
    condition: ["if you are not happy"],
    positive: ["5 star*", "five star*", "good"],
    starCategory: ["model*", "energy", "crash test", "package"],
    negation: ["no", "not"],
  },
};
const MATCHER = createLexiconMatcher([GERMAN, DUTCH, ENGLISH]);

function review(text: string, language: string): string | undefined {
  const sentences = analyzeConcepts(MATCHER.find(text), segmentText(text), {
    ...REVIEW_ANALYSIS,
    primary: language,
    text,
  });
  const of = (i: number) => sentences[i]?.own.get(language) ?? new Set();
  for (let i = 0; i < sentences.length; i++) {
    const found = decideReview(of(i), of(i + 1), of(i - 1));
    if (found !== undefined) return found;
  }
  return undefined;
}

function marketing(text: string, language: string): string | undefined {
  const sentences = analyzeConcepts(MATCHER.find(text), segmentText(text), {
    ...MARKETING_ANALYSIS,
    primary: language,
    text,
  });
  return decideMarketing(sentences[0]!.own.get(language) ?? new Set());
}

Deno.test("analyzeConcepts() gives a closing negation to the verb of forgetting it belongs to", () => {
  // The negation closes the clause, after the object: "don't forget the review".
  assert.equal(
    review("vergessen sie die bewertung nicht!", "de"),
    "solicitation",
  );
  assert.equal(review("vergeet de beoordeling niet!", "nl"), "solicitation");
  // Right after the verb, or right before it.
  assert.equal(
    review("vergiss nicht, uns eine bewertung zu schreiben.", "de"),
    "solicitation",
  );
  assert.equal(
    review("die bewertung bitte nicht vergessen.", "de"),
    "solicitation",
  );
  assert.equal(
    review("vergeet niet een recensie achter te laten.", "nl"),
    "solicitation",
  );
  // In the marketing family the verb invites.
  assert.equal(
    marketing("vergessen sie unseren shop nicht!", "de"),
    "crossSell",
  );
});

Deno.test("analyzeConcepts() leaves other negations and a verb of forgetting alone", () => {
  // Without "don't forget", the closing negation still denies.
  assert.equal(review("eine bewertung brauchen wir nicht.", "de"), undefined);
  assert.equal(review("een recensie is niet nodig.", "nl"), undefined);
  // A verb of forgetting without a negation asks nothing.
  assert.equal(review("wir haben die bewertung vergessen.", "de"), undefined);
  // A negation in another clause is not the verb's.
  assert.equal(
    review(
      "vergessen sie den termin; eine bewertung brauchen wir nicht.",
      "de",
    ),
    undefined,
  );
  assert.equal(marketing("unseren shop vergessen wir.", "de"), undefined);
});

Deno.test("analyzeConcepts() reads a star count next to a graded thing as its grade", () => {
  // A star count alone is a rating: with a review place it asks.
  assert.equal(
    review("five stars from you on the listing would make our week.", "en"),
    "solicitation",
  );
  assert.equal(
    review("fingers crossed for five stars from you!", "en"),
    "solicitation",
  );
  // Next to a head noun it grades (after it or before it), it is no rating.
  assert.equal(
    review("if you are not happy with the 3-star model, please swap it.", "en"),
    undefined,
  );
  assert.equal(
    review("please choose the 5-star energy model on the listing.", "en"),
    undefined,
  );
  assert.equal(review("please note: crash test 5 stars.", "en"), undefined);
  // A review word is still one.
  assert.equal(review("please leave a 5-star review.", "en"), "solicitation");
});

Deno.test("analyzeConcepts() reads other shoppers at a review place as told from further away", () => {
  // What is told stands between the request and the shoppers on Amazon.
  assert.equal(
    review(
      "please share a picture of him wearing it with other dog owners on the listing.",
      "en",
    ),
    "solicitation",
  );
  // Other shoppers who reported something, and a request after them.
  assert.equal(
    review(
      "other customers on the listing had the same fuse, please check yours.",
      "en",
    ),
    undefined,
  );
  // Far from a review place, only right after the request.
  assert.equal(
    review(
      "please share a picture of him wearing it with other dog owners at the park.",
      "en",
    ),
    undefined,
  );
});

Deno.test("decideMarketing() reads an offer to a need next to the seller's goods as cross-selling where help content is known", () => {
  const own = { ownGoodsInvited: true };
  const none = new Set<string>();
  assert.equal(
    decideMarketing(new Set(["ours", "invitation"]), none, none, own),
    "crossSell",
  );
  // Help content, the ordered item, or a language that cannot tell help
  // content apart.
  assert.equal(
    decideMarketing(
      new Set(["ours", "invitation", "helpContent"]),
      none,
      none,
      own,
    ),
    undefined,
  );
  assert.equal(
    decideMarketing(
      new Set(["ours", "invitation", "orderItem"]),
      none,
      none,
      own,
    ),
    undefined,
  );
  assert.equal(decideMarketing(new Set(["ours", "invitation"])), undefined);
});

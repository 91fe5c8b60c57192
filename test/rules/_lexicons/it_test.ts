import assert from "node:assert/strict";
import {
  createLexiconMatcher,
  type LexiconMatcher,
} from "../../../src/rules/_intent/lexicon_matcher.ts";
import type {
  Lexicon,
  MarketingConcept,
  ReviewConcept,
} from "../../../src/rules/_lexicons/types.ts";
import { REVIEW_IT } from "../../../src/rules/_lexicons/review/it.ts";
import { MARKETING_IT } from "../../../src/rules/_lexicons/marketing/it.ts";

const REVIEW_CONCEPTS: readonly ReviewConcept[] = [
  "review",
  "reviewOther",
  "request",
  "positive",
  "condition",
  "incentive",
  "change",
  "instruction",
  "sharing",
  "opinion",
  "place",
];
const MARKETING_CONCEPTS: readonly MarketingConcept[] = [
  "promoObject",
  "offer",
  "invitation",
  "future",
];

function assertShape(
  lexicon: Lexicon<string>,
  concepts: readonly string[],
): void {
  assert.equal(lexicon.language, "it");
  assert.equal(lexicon.segmentation, "words");
  for (const concept of [...concepts, "negation"]) {
    const terms = lexicon.concepts[concept] ?? [];
    assert.ok(terms.length > 0, `${concept} has no terms`);
    const seen = new Set<string>();
    for (const term of terms) {
      assert.equal(term, term.toLowerCase(), `"${term}" is not lower case`);
      assert.equal(term, term.trim(), `"${term}" has outer spaces`);
      assert.ok(term.replace(/\*/g, "").length > 0, `"${term}" is empty`);
      assert.ok(
        !term.slice(1, -1).includes("*"),
        `"${term}" has a * inside`,
      );
      assert.ok(!seen.has(term), `"${term}" twice in ${concept}`);
      seen.add(term);
    }
  }
  for (const concept of Object.keys(lexicon.concepts)) {
    assert.ok(
      concepts.includes(concept) || concept === "negation",
      `unknown concept ${concept}`,
    );
  }
}

const matchers = new Map<Lexicon<string>, LexiconMatcher>();

// The concepts a text holds, with another sense of a review word cancelling
// the review word it covers, as the rules do.
function conceptsOf(lexicon: Lexicon<string>, text: string): Set<string> {
  let matcher = matchers.get(lexicon);
  if (matcher === undefined) {
    matchers.set(lexicon, matcher = createLexiconMatcher([lexicon]));
  }
  const hits = matcher.find(text.toLowerCase());
  const others = hits.filter((hit) => hit.concept === "reviewOther");
  const found = new Set<string>();
  for (const hit of hits) {
    if (hit.concept === "reviewOther") continue;
    const cancelled = ["review", "opinion", "positive"].includes(hit.concept) &&
      others.some((other) =>
        other.start < hit.end && hit.start < other.end &&
        other.end - other.start >= hit.end - hit.start
      );
    if (!cancelled) found.add(hit.concept);
  }
  return found;
}

type Case = readonly [text: string, has: string, lacks?: string];

function check(lexicon: Lexicon<string>, cases: readonly Case[]): void {
  for (const [text, has, lacks = ""] of cases) {
    const found = conceptsOf(lexicon, text);
    for (const concept of has.split(" ").filter(Boolean)) {
      assert.ok(
        found.has(concept),
        `${JSON.stringify(text)}: no ${concept} in [${[...found]}]`,
      );
    }
    for (const concept of lacks.split(" ").filter(Boolean)) {
      assert.ok(
        !found.has(concept),
        `${JSON.stringify(text)}: unexpected ${concept} in [${[...found]}]`,
      );
    }
  }
}

Deno.test("it lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertShape(REVIEW_IT, REVIEW_CONCEPTS);
  assertShape(MARKETING_IT, MARKETING_CONCEPTS);
});

Deno.test("it review lexicon: the words carry their concepts", () => {
  check(REVIEW_IT, [
    ["Potrebbe lasciarci una recensione?", "review request"],
    ["Ci farebbe piacere una sua valutazione", "review request"],
    ["Lasciaci un feedback, per favore", "review request"],
    ["Una recensione positiva ci aiuterebbe", "review positive request"],
    ["Se è soddisfatto, lasci una recensione", "condition review request"],
    ["Prima di lasciare una valutazione, ci contatti", "condition review"],
    [
      "In cambio della recensione le inviamo un buono regalo",
      "incentive review",
    ],
    [
      "Le rimborseremo la spedizione dopo la sua recensione",
      "incentive review",
    ],
    ["Potrebbe modificare o rimuovere la sua recensione?", "change review"],
    [
      "Nella recensione menzioni la velocità di spedizione",
      "instruction review",
    ],
    ["Aggiunga una foto alla recensione", "instruction review"],
    ["La sua esperienza aiuterà altri clienti", "opinion sharing"],
    ["Cosa ne pensa? Lo scriva sulla pagina del prodotto", "opinion place"],
    [
      "Non è necessario lasciare alcuna recensione",
      "negation request",
      "review",
    ],
    ["Non esiti a lasciarci una recensione", "request review"],
  ]);
});

Deno.test("it review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_IT, [
    ["Per domande o commenti ci scriva", "", "review"],
    ["Il reso è in fase di valutazione", "", "review"],
    ["Dopo la valutazione del danno la rimborseremo", "incentive", "review"],
    ["Siamo vicini a un hotel a 5 stelle", "", "review"],
    ["Ci dia il suo parere sulla bozza", "", "review opinion"],
  ]);
});

Deno.test("it marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_IT, [
    ["Scopra la nostra nuova collezione", "invitation promoObject"],
    [
      "Approfitti del 20% di sconto sul prossimo acquisto",
      "invitation offer future",
    ],
    ["Seguici su Instagram", "invitation promoObject"],
    ["Dia un'occhiata al nostro negozio", "invitation promoObject"],
    ["Sapeva che offriamo anche il montaggio?", "invitation promoObject"],
    ["Codice sconto valido fino al 31", "offer future"],
    ["Nessun codice sconto è necessario", "negation offer"],
    ["In occasione della consegna", "", "offer"],
  ]);
});

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
import { REVIEW_FR } from "../../../src/rules/_lexicons/review/fr.ts";
import { MARKETING_FR } from "../../../src/rules/_lexicons/marketing/fr.ts";

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
  assert.equal(lexicon.language, "fr");
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

Deno.test("fr lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertShape(REVIEW_FR, REVIEW_CONCEPTS);
  assertShape(MARKETING_FR, MARKETING_CONCEPTS);
});

Deno.test("fr review lexicon: the words carry their concepts", () => {
  check(REVIEW_FR, [
    ["Pourriez-vous laisser un avis sur le produit ?", "review request"],
    ["Une évaluation de votre part serait la bienvenue.", "review request"],
    ["Merci de noter l'article une fois reçu.", "review request"],
    ["Un petit commentaire nous ferait plaisir", "review request"],
    ["Un avis positif nous aiderait beaucoup", "review positive request"],
    ["Une belle note sur Amazon, ce serait top", "review positive place"],
    ["Si vous êtes satisfaite, laissez une note", "condition review request"],
    ["Avant de laisser un commentaire, contactez-nous", "condition review"],
    ["En échange de votre avis, une carte cadeau offerte", "incentive review"],
    ["Nous vous rembourserons après votre évaluation", "incentive review"],
    ["Pourriez-vous modifier ou supprimer votre évaluation ?", "change review"],
    [
      "Dans votre avis, mentionnez la rapidité de la livraison",
      "instruction review",
    ],
    ["Ajoutez une photo dans votre avis", "instruction review"],
    ["Votre expérience aidera d'autres clients", "opinion sharing"],
    ["Un commentaire aidera les autres acheteurs", "opinion sharing", "review"],
    ["Laissez-nous 5 étoiles", "review request"],
    ["Merci de confirmer le nombre d'étoiles", "opinion request", "review"],
    ["Publiez votre ressenti sur la page produit", "opinion place"],
    ["Vous n'êtes pas obligé de laisser un avis", "negation review"],
    ["N'hésitez pas à nous laisser un avis", "request review"],
    ["Une critique élogieuse sur Amazon", "positive place"],
  ]);
});

Deno.test("fr review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_FR, [
    ["Le transporteur a laissé un avis de passage", "", "review"],
    ["Si vous changez d'avis, le retour est gratuit", "", "review"],
    ["Veuillez noter que la livraison aura lieu lundi", "", "review"],
    ["Avez-vous des questions ou commentaires ?", "", "review"],
    [
      "Votre avis sur la maquette nous permet de lancer la gravure",
      "",
      "review",
    ],
    ["La chambre est réservée dans un hôtel 5 étoiles", "", "review"],
    [
      "Après évaluation du colis, nous vous rembourserons",
      "incentive",
      "review",
    ],
    ["Prenez note de votre numéro de suivi", "", "review"],
    ["Nous ne vous demandons aucun avis", "", "review"],
    ["Ne laissez pas d'avis négatif, contactez-nous", "review condition"],
  ]);
});

Deno.test("fr marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_FR, [
    ["Découvrez notre nouvelle collection", "invitation promoObject"],
    [
      "Profitez de -20% sur votre prochaine commande",
      "invitation offer future",
    ],
    ["Suivez-nous sur Instagram", "invitation promoObject"],
    ["Code promo valable sur votre prochaine commande", "offer future"],
    [
      "Saviez-vous que nous proposons aussi des housses ?",
      "invitation promoObject",
    ],
    ["Jetez un œil à notre boutique", "invitation promoObject"],
    ["Ventes flash sur nos best-sellers", "offer promoObject"],
    ["Aucun code promo n'est nécessaire", "negation offer"],
    ["Suivez votre colis sur le site du transporteur", "", "invitation"],
    ["Nous avons créé une nouvelle commande de remplacement", "", "future"],
  ]);
});

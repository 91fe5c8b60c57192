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
import { REVIEW_ES } from "../../../src/rules/_lexicons/review/es.ts";
import { MARKETING_ES } from "../../../src/rules/_lexicons/marketing/es.ts";

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
  assert.equal(lexicon.language, "es");
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

Deno.test("es lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertShape(REVIEW_ES, REVIEW_CONCEPTS);
  assertShape(MARKETING_ES, MARKETING_CONCEPTS);
});

Deno.test("es review lexicon: the words carry their concepts", () => {
  check(REVIEW_ES, [
    ["¿Podría dejarnos una reseña del producto?", "review request"],
    ["Porfa, califícanos en Amazon", "review request place"],
    ["Os agradeceríamos una valoración", "review request"],
    ["Déjenos su opinión, nos ayuda mucho", "review request"],
    [
      "Una reseña de 5 estrellas positiva nos encantaría",
      "review positive request",
    ],
    ["Si está satisfecho, deje una valoración", "condition review request"],
    ["Si te gustó, califícanos; si no, escríbenos primero", "condition review"],
    ["Antes de calificar, contáctenos", "condition review"],
    ["A cambio de su reseña le regalamos un cupón", "incentive review"],
    ["Le reembolsamos el pedido por su calificación", "incentive review"],
    ["¿Podría cambiar o borrar su reseña negativa?", "change review"],
    ["En su reseña mencione lo rápido que llegó", "instruction review"],
    ["Suba una foto con su valoración", "instruction review"],
    ["Tu opinión ayudará a otros compradores", "opinion sharing"],
    ["Cuéntenos qué le pareció en la página del producto", "opinion place"],
    ["No es necesario dejar ninguna reseña", "negation request", "review"],
    ["No dude en dejarnos una reseña", "request review"],
  ]);
});

Deno.test("es review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_ES, [
    ["Si cambia de opinión, puede devolverlo", "", "review opinion"],
    ["Si tiene preguntas o comentarios, escríbanos", "", "review"],
    ["El hotel de 5 estrellas está en la costa", "", "review"],
    [
      "Tras la evaluación del producto devuelto le reembolsamos",
      "incentive",
      "review",
    ],
    ["Revise la prueba y díganos su opinión o cambios", "", "opinion review"],
    ["El mantel lleva estrellas bordadas", "", "review"],
  ]);
});

Deno.test("es marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_ES, [
    ["Descubra nuestra nueva colección", "invitation promoObject"],
    [
      "Aproveche un 15% de descuento en su próxima compra",
      "invitation offer future",
    ],
    ["Síguenos en TikTok", "invitation promoObject"],
    [
      "Checa nuestra tienda, hay ofertas del Buen Fin",
      "invitation promoObject offer",
    ],
    ["Echad un vistazo a las rebajas", "invitation offer"],
    ["¿Sabía que también vendemos fundas?", "invitation promoObject"],
    ["Cupón válido hasta el domingo", "offer future"],
    ["Sin cupón ni código", "negation offer"],
    ["Si tiene alguna consulta, escríbanos", "", "invitation"],
  ]);
});

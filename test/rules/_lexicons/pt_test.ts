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
import { REVIEW_PT } from "../../../src/rules/_lexicons/review/pt.ts";
import { MARKETING_PT } from "../../../src/rules/_lexicons/marketing/pt.ts";

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
  assert.equal(lexicon.language, "pt");
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

Deno.test("pt lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertShape(REVIEW_PT, REVIEW_CONCEPTS);
  assertShape(MARKETING_PT, MARKETING_CONCEPTS);
});

Deno.test("pt review lexicon: the words carry their concepts", () => {
  check(REVIEW_PT, [
    ["Você poderia deixar uma avaliação do produto?", "review request"],
    ["Avalie a gente na Amazon, pfv", "review request place"],
    ["Deixe sua opinião, ajuda muito", "review request"],
    ["Uma avaliação positiva faz toda a diferença", "review positive request"],
    ["Se gostou, deixa 5 estrelas", "condition review request"],
    ["Antes de avaliar, fale conosco primeiro", "condition review"],
    ["Em troca da avaliação mandamos um brinde", "incentive review"],
    ["Devolvemos R$ 20 via Pix pela sua avaliação", "incentive review"],
    ["Poderia alterar ou excluir sua avaliação?", "change review"],
    ["Na avaliação, mencione a entrega rápida", "instruction review"],
    ["Mande um print da sua avaliação publicada", "instruction review"],
    ["Sua experiência vai ajudar outros compradores", "opinion sharing"],
    [
      "Poderia confirmar quantas estrelas quer na toalha?",
      "opinion request",
      "review",
    ],
    ["Conte o que achou na página do produto", "opinion place"],
    [
      "Não é obrigatório deixar avaliação nenhuma",
      "negation request",
      "review",
    ],
    ["Não deixe de avaliar o produto", "request review"],
  ]);
});

Deno.test("pt review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_PT, [
    ["A nota fiscal segue em anexo", "", "review"],
    ["Se tiver dúvidas ou comentários, fale com a gente", "", "review"],
    ["O produto devolvido está em avaliação", "", "review"],
    ["Se mudar de opinião, pode devolver", "", "opinion review"],
    ["O hotel 5 estrelas fica na praia", "", "review"],
  ]);
});

Deno.test("pt marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_PT, [
    ["Conheça nossa nova coleção", "invitation promoObject"],
    ["Aproveite 10% OFF na próxima compra", "invitation offer future"],
    ["Siga-nos no Instagram", "invitation promoObject"],
    [
      "Confira a queima de estoque da nossa loja",
      "invitation offer promoObject",
    ],
    ["Você sabia que também vendemos capinhas?", "invitation promoObject"],
    ["Cupom válido até domingo", "offer future"],
    ["Não precisa de cupom", "negation offer"],
    ["Siga as instruções do manual", "", "invitation"],
  ]);
});

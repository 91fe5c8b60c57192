import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
} from "./_lexicon_cases.ts";
import { REVIEW_PT } from "../../../src/rules/_lexicons/review/pt.ts";
import { MARKETING_PT } from "../../../src/rules/_lexicons/marketing/pt.ts";

Deno.test("pt lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_PT, "pt", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_PT, "pt", MARKETING_CONCEPTS);
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

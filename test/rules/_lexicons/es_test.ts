import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
} from "./_lexicon_cases.ts";
import { REVIEW_ES } from "../../../src/rules/_lexicons/review/es.ts";
import { MARKETING_ES } from "../../../src/rules/_lexicons/marketing/es.ts";

Deno.test("es lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_ES, "es", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_ES, "es", MARKETING_CONCEPTS);
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

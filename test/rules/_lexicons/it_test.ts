import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
} from "./_lexicon_cases.ts";
import { REVIEW_IT } from "../../../src/rules/_lexicons/review/it.ts";
import { MARKETING_IT } from "../../../src/rules/_lexicons/marketing/it.ts";

Deno.test("it lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_IT, "it", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_IT, "it", MARKETING_CONCEPTS);
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

import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// A review noun that is the handling of a claim, a request or a case ("the
// assessment of your return request"), after a preposition or a German
// genitive, with a possessive between and the claim as the head of a
// compound; next to them, review requests that name a claim or a request
// and still ask.

const CASES: readonly ErrorCase[] = [
  {
    locale: "de-DE",
    text:
      "Die Bewertung Ihres Rücksendeantrags ist abgeschlossen: Sie erhalten eine volle Erstattung.",
  },
  {
    locale: "de-DE",
    text:
      "Die Bewertung Ihres Antrags ist abgeschlossen: Sie erhalten eine volle Erstattung.",
  },
  {
    locale: "nl-NL",
    text:
      "De beoordeling van uw retouraanvraag is afgerond: u krijgt het volledige bedrag terug.",
  },
  {
    locale: "es-ES",
    text:
      "La valoración de su solicitud de devolución ha terminado: le reembolsamos el importe completo.",
  },
  {
    locale: "it-IT",
    text:
      "La valutazione della sua richiesta di reso è conclusa: riceverà il rimborso completo.",
  },
  {
    locale: "de-DE",
    text:
      "Wir würden uns sehr über eine Bewertung Ihrer Reklamationsbearbeitung auf Amazon freuen.",
    rule: "no-review-manipulation",
  },
  {
    locale: "it-IT",
    text:
      "Ci farebbe piacere una sua valutazione della gestione della richiesta su Amazon.",
    rule: "no-review-manipulation",
  },
  {
    locale: "nl-NL",
    text:
      "Wilt u een beoordeling van uw aanvraagervaring achterlaten op Amazon?",
    rule: "no-review-manipulation",
  },
];

testErrorCases("the assessment of a claim", CASES);

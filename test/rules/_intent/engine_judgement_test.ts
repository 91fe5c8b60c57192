import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";

// Sentences written for these tests, in the buyer's language; each case is
// [locale, text, the review finding expected or undefined].
type Case = readonly [string, string, string | undefined];

function reviewFinding(locale: string, text: string): string | undefined {
  const report = lintMessage({
    type: "unexpectedProblem",
    text,
    locale,
    amazonOrderId: "123-1234567-1234567",
  });
  const found = report.diagnostics.find((d) =>
    d.ruleId === "no-review-manipulation"
  );
  return found?.messageId;
}

function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [locale, text, expected] of cases) {
    const actual = reviewFinding(locale, text);
    if (actual !== expected) {
      wrong.push(`${locale} ${JSON.stringify(text)}: ${actual} != ${expected}`);
    }
  }
  assert.deepEqual(wrong, []);
}

Deno.test("a negation cancels only hits of its own language (and English loanwords)", () => {
  check([
    // Portuguese "no" is "in the", not the Spanish or English negation.
    [
      "pt-BR",
      "Deixe uma avaliação no produto e receba um vale-presente.",
      "incentive",
    ],
    [
      "pt-BR",
      "Avalie a compra no site e ganhe um cupom de desconto.",
      "incentive",
    ],
    // English "non" of "non-stick" is not the French or Italian negation.
    ["fr-FR", "Our non-stick pan: please leave a review.", "solicitation"],
    ["it-IT", "Our non-stick pan: please leave a review.", "solicitation"],
  ]);
});

Deno.test("a clause-final negation scopes over its clause in verb-final languages", () => {
  check([
    [
      "tr-TR",
      "İade almak için ürüne olumlu yorum yazmanız kesinlikle gerekli değil.",
      undefined,
    ],
    [
      "tr-TR",
      "Hediye çeki için değerlendirme yapmanızı istemiyoruz.",
      undefined,
    ],
    ["hi-IN", "रिफंड के लिए आपको रिव्यू लिखने की कोई ज़रूरत नहीं है।", undefined],
    ["hi-IN", "गिफ्ट कार्ड के बदले रिव्यू देने की बिल्कुल भी आवश्यकता नहीं है।", undefined],
    [
      "ja-JP",
      "返金のためにレビューを書いていただく必要はまったくありません。",
      undefined,
    ],
    [
      "ja-JP",
      "ギフト券と引き換えにレビューをお願いすることは決してありません。",
      undefined,
    ],
    // Without the negation they are still found.
    [
      "tr-TR",
      "Hediye çeki için değerlendirme yapmanızı rica ediyoruz.",
      "incentive",
    ],
    ["ja-JP", "返金のためにレビューを書いてください。", "incentive"],
  ]);
});

Deno.test("a negation between a reward and a review word denies the link", () => {
  check([
    [
      "fr-FR",
      "Le remboursement ne dépend en aucun cas d'une évaluation.",
      undefined,
    ],
    [
      "fr-FR",
      "Le remboursement dépend d'une évaluation positive.",
      "incentive",
    ],
  ]);
});

Deno.test("a negation never cancels a real solicitation", () => {
  check([
    ["en-US", "Don't forget to leave a review!", "solicitation"],
    ["en-US", "Wouldn't you like to leave 5 stars?", "solicitation"],
    ["de-DE", "Vergessen Sie nicht, eine Bewertung abzugeben!", "solicitation"],
    ["de-DE", "Möchten Sie uns nicht 5 Sterne geben?", "solicitation"],
    ["fr-FR", "N'oubliez pas de laisser un avis !", "solicitation"],
    ["fr-FR", "Ne voudriez-vous pas nous laisser 5 étoiles ?", "solicitation"],
  ]);
});

Deno.test("a negation opening a sentence scopes over a following purpose clause", () => {
  check([
    ["pl-PL", "Nie musi Pan wystawiać opinii, aby otrzymać zwrot.", undefined],
    [
      "fr-FR",
      "Vous n'avez pas besoin de laisser un avis, pour obtenir le remboursement.",
      undefined,
    ],
    [
      "de-DE",
      "Sie müssen keine Bewertung schreiben, um die Erstattung zu erhalten.",
      undefined,
    ],
    [
      "es-ES",
      "No es necesario dejar una reseña, para obtener el reembolso.",
      undefined,
    ],
    [
      "it-IT",
      "Non deve lasciare una recensione, per ricevere il rimborso.",
      undefined,
    ],
    [
      "en-US",
      "You don't have to write a review, so that you get the refund.",
      undefined,
    ],
    // A purpose clause after a clause without negation still counts.
    [
      "de-DE",
      "Schreiben Sie eine Bewertung, um die Erstattung zu erhalten.",
      "incentive",
    ],
  ]);
});

Deno.test("a star rating next to a request is a solicitation in every language", () => {
  check([
    ["en-US", "Please give us 5 stars.", "solicitation"],
    ["nl-NL", "Geef ons 5 sterren.", "solicitation"],
    ["ja-JP", "星5をお願いします。", "solicitation"],
    ["en-US", "Wouldn't you like to leave 5 stars?", "solicitation"],
    // A five-star hotel or day is no rating asked for.
    ["en-US", "Have a 5 star day!", undefined],
  ]);
});

Deno.test("a weak review word with an instruction or a change next to it counts", () => {
  check([
    ["fr-FR", "Ajoutez une photo à votre commentaire.", "instructions"],
    ["en-US", "Please change your comment.", "change"],
    ["en-US", "Could you add a photo to your comment?", "instructions"],
    // Not when they are only in the same sentence.
    [
      "en-US",
      "We are sorry about your experience and will update you tomorrow.",
      undefined,
    ],
    [
      "en-US",
      "Sorry for your experience, we will change the address.",
      undefined,
    ],
    ["en-US", "Could you send us a photo of the damage?", undefined],
    [
      "de-DE",
      "Wir ändern die Adresse gerne, danke für Ihre Meinung.",
      undefined,
    ],
    [
      "es-ES",
      "Lamentamos su experiencia, vamos a cambiar el producto.",
      undefined,
    ],
  ]);
});

Deno.test("a proof or design cancels a weak review word nearby, not a strong one", () => {
  check([
    [
      "en-US",
      "Your proof is attached. Please share your opinion with us.",
      undefined,
    ],
    ["en-US", "Please share your opinion on the mock-up with us.", undefined],
    [
      "fr-FR",
      "Voici la maquette de la gravure. Partagez votre avis avec nous.",
      undefined,
    ],
    ["pl-PL", "W załączniku projekt. Prosimy o opinię.", undefined],
    // Without the proof, or with a review place, it is a solicitation.
    ["fr-FR", "Partagez votre avis avec nous.", "solicitation"],
    ["pl-PL", "Prosimy o opinię.", "solicitation"],
    [
      "en-US",
      "Your proof is attached. Please leave a review on Amazon.",
      "solicitation",
    ],
    [
      "fr-FR",
      "Voici la maquette. Laissez votre avis sur Amazon.",
      "solicitation",
    ],
  ]);
});

Deno.test("a negation's own phrase holds no request, and a colon stops a negation's purpose clause", () => {
  check([
    // "देना" inside "से कोई लेना-देना नहीं" ("has nothing to do with").
    [
      "hi-IN",
      "₹2,490 का रिफ़ंड जाँच के बाद जारी होगा, और इसका किसी रेटिंग से कोई लेना-देना नहीं है।",
      undefined,
    ],
    // Past "していただいた" is what the buyer did, not a request.
    [
      "ja-JP",
      "前回いただいたフィードバック（蛇口の写真）をもとに確認したところ、別の型番が適合します。",
      undefined,
    ],
    // Someone else's assessment with the photos it needs is no review.
    [
      "es-ES",
      "Nuestro técnico necesita hacer una valoración previa con unas fotos del balcón.",
      undefined,
    ],
    ["pt-BR", "Fizemos uma avaliação da imagem antes de imprimir.", undefined],
  ]);
});

import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";

// Sentences written for these tests, in the buyer's language; each case is
// [locale, text, the finding expected ("rule/messageId") or undefined]. They
// pin how far a negation, an instruction, a reward, an ordered item or a
// request reaches in a sentence.
type Case = readonly [string, string, string | undefined];

const RULES = new Set(["no-review-manipulation", "no-marketing"]);

function finding(locale: string, text: string): string | undefined {
  const report = lintMessage({
    type: "unexpectedProblem",
    text,
    locale,
    amazonOrderId: "123-1234567-1234567",
  });
  const found = report.diagnostics.find((d) =>
    RULES.has(d.ruleId) && d.severity === "error"
  );
  return found === undefined ? undefined : `${found.ruleId}/${found.messageId}`;
}

function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [locale, text, expected] of cases) {
    const actual = finding(locale, text);
    if (actual !== expected) {
      wrong.push(`${locale} ${JSON.stringify(text)}: ${actual} != ${expected}`);
    }
  }
  assert.deepEqual(wrong, []);
}

const REVIEW = "no-review-manipulation";
const MARKETING = "no-marketing";

Deno.test("a review place does not undo a negation that denies the request", () => {
  check([
    [
      "en-US",
      "You don't have to leave a review on Amazon for the refund.",
      undefined,
    ],
    [
      "it-IT",
      "Per la garanzia non deve scrivere alcun commento su Amazon.",
      undefined,
    ],
    [
      "fr-FR",
      "Vous n'avez pas besoin de laisser un avis sur Amazon pour être remboursé.",
      undefined,
    ],
    [
      "es-ES",
      "No tiene que dejar ninguna reseña en Amazon para el reembolso.",
      undefined,
    ],
    // A negation of something said of the review still asks.
    [
      "en-US",
      "A review on Amazon takes no more than a minute.",
      `${REVIEW}/solicitation`,
    ],
    [
      "es-ES",
      "Una reseña en Amazon no le lleva más de un minuto.",
      `${REVIEW}/solicitation`,
    ],
    ["en-US", "Please leave a review on Amazon.", `${REVIEW}/solicitation`],
  ]);
});

Deno.test("a reward given in exchange for a few words is an incentive", () => {
  check([
    [
      "it-IT",
      "In cambio di qualche riga sul prodotto le regaliamo la custodia.",
      `${REVIEW}/incentive`,
    ],
    [
      "es-ES",
      "Como agradecimiento por su opinión, el próximo cartucho le sale gratis.",
      `${REVIEW}/incentive`,
    ],
    [
      "en-US",
      "In return for a few words about the product, we will send you a free case.",
      `${REVIEW}/incentive`,
    ],
    [
      "de-DE",
      "Als Dank für ein paar Worte zum Produkt schenken wir Ihnen die Hülle.",
      `${REVIEW}/incentive`,
    ],
    [
      "fr-FR",
      "En échange de quelques mots sur le produit, nous vous offrons l'étui.",
      `${REVIEW}/incentive`,
    ],
    // A reward apart from an opinion is not given for it.
    [
      "en-US",
      "Thank you for your opinion, we have refunded the shipping.",
      undefined,
    ],
    ["de-DE", "Als Dank für Ihre Geduld legen wir eine Probe bei.", undefined],
    [
      "it-IT",
      "Le rimborsiamo la spedizione; la sua opinione sul colore ci aiuta.",
      undefined,
    ],
    [
      "es-ES",
      "Le devolvemos el importe del envío; su opinión sobre el color nos ayuda.",
      undefined,
    ],
    // Lines of a layout are not a few lines of a review.
    ["ar-AE", "النص طويل، ونقترح تقسيمه على سطرين ليقرأ بوضوح.", undefined],
  ]);
});

Deno.test("the ordered item in one part of a sentence does not cover the next part", () => {
  check([
    [
      "en-US",
      "Your order ships tomorrow; we also make matching pillow cases.",
      `${MARKETING}/crossSell`,
    ],
    [
      "de-DE",
      "Ihre Bestellung geht morgen raus; wir haben auch passende Kissenbezüge.",
      `${MARKETING}/crossSell`,
    ],
    [
      "es-ES",
      "Su pedido sale mañana; también tenemos fundas de almohada a juego.",
      `${MARKETING}/crossSell`,
    ],
    [
      "en-US",
      "Your replacement ships tomorrow; it is the same model as before.",
      undefined,
    ],
    [
      "de-DE",
      "Ihr Ersatzgerät geht morgen raus; es ist dasselbe Modell wie vorher.",
      undefined,
    ],
  ]);
});

Deno.test("a proof word in what the buyer is told to write is no proof context", () => {
  check([
    [
      "es-ES",
      "Cuando deje la reseña, cuente que el grabado llegó en dos días.",
      `${REVIEW}/instructions`,
    ],
    [
      "fr-FR",
      "Quand vous laisserez votre avis, dites que la gravure est arrivée en deux jours.",
      `${REVIEW}/instructions`,
    ],
    [
      "en-US",
      "When you write your review, mention that the engraving arrived in two days.",
      `${REVIEW}/instructions`,
    ],
    // A proof word that the review word is about keeps its context.
    [
      "sv-SE",
      "Kan du beskriva din upplevelse med produkten närmare så att vi kan hitta felet?",
      undefined,
    ],
    [
      "tr-TR",
      "Gravür metni hakkındaki yorumunuzu cuma gününe kadar iletir misiniz?",
      undefined,
    ],
  ]);
});

Deno.test("apologies and a review already read ask for nothing", () => {
  check([
    [
      "pt-BR",
      "Vimos a sua avaliação e pedimos desculpas pelo atraso.",
      undefined,
    ],
    [
      "es-ES",
      "Hemos leído su reseña y le pedimos disculpas por las molestias.",
      undefined,
    ],
    [
      "it-IT",
      "Abbiamo letto la sua recensione e le chiediamo scusa per il ritardo.",
      undefined,
    ],
    [
      "de-DE",
      "Wir haben Ihre Bewertung gelesen und bitten um Verständnis für die Verzögerung.",
      undefined,
    ],
    [
      "nl-NL",
      "We hebben uw recensie gelezen en bieden onze excuses aan; we vragen om uw begrip.",
      undefined,
    ],
    [
      "pl-PL",
      "Przeczytaliśmy Pana opinię i prosimy o wyrozumiałość w związku z opóźnieniem.",
      undefined,
    ],
    ["tr-TR", "Yorumunuzu okuduk, gecikme için özür dileriz.", undefined],
    [
      "en-US",
      "Please accept our apologies, we saw your review and fixed the listing.",
      undefined,
    ],
    // A refund next to a review the seller has read is a remedy.
    [
      "it-IT",
      "Abbiamo letto la sua recensione e le rimborsiamo la spedizione.",
      undefined,
    ],
    ["en-US", "We read your review and have refunded the shipping.", undefined],
    [
      "de-DE",
      "Wir haben Ihre Bewertung gelesen und erstatten Ihnen die Versandkosten.",
      undefined,
    ],
    [
      "fr-FR",
      "Nous avons lu votre avis et vous remboursons les frais de port.",
      undefined,
    ],
    // Unless the sentence asks for something.
    [
      "en-US",
      "We read your review: please update it and we will refund you.",
      `${REVIEW}/incentive`,
    ],
    [
      "fr-FR",
      "Nous avons lu votre avis : laissez-en un autre et recevez un bon d'achat.",
      `${REVIEW}/incentive`,
    ],
    [
      "it-IT",
      "Le chiediamo di lasciare una recensione.",
      `${REVIEW}/solicitation`,
    ],
    [
      "pt-BR",
      "Pedimos que deixe uma avaliação na Amazon.",
      `${REVIEW}/solicitation`,
    ],
  ]);
});

Deno.test("a negation that closes a clause in German, Dutch and Swedish reaches the reward", () => {
  check([
    [
      "de-DE",
      "Einen Gutschein gegen eine Bewertung bieten wir grundsätzlich nicht an.",
      undefined,
    ],
    [
      "sv-SE",
      "Ett presentkort mot en recension erbjuder vi aldrig.",
      undefined,
    ],
    [
      "nl-NL",
      "Een cadeaubon voor een recensie bieden wij in geen geval aan.",
      undefined,
    ],
    // Without the negation the reward stands.
    [
      "de-DE",
      "Einen Gutschein gegen eine Bewertung bieten wir Ihnen gerne an.",
      `${REVIEW}/incentive`,
    ],
    [
      "sv-SE",
      "En recension mot ett presentkort erbjuder vi gärna.",
      `${REVIEW}/incentive`,
    ],
  ]);
});

Deno.test("a negation in what the buyer is told to write does not cancel the instruction", () => {
  check([
    ["zh-CN", "写评价时请提一下完全没有异味。", `${REVIEW}/instructions`],
    ["hi-IN", "रिव्यू में लिखिए कि कोई गंध नहीं थी।", `${REVIEW}/instructions`],
    [
      "ar-AE",
      "عند كتابة التقييم، نرجو أن تذكر أنه لم تكن هناك أي رائحة.",
      `${REVIEW}/instructions`,
    ],
    // Asked not to mention something in a review, the buyer is still told
    // what to write: the negation belongs to the request ("请不要").
    ["zh-CN", "写评价时请不要提退款。", `${REVIEW}/solicitation`],
    // The seller who does not ask denies it.
    ["zh-CN", "我们不会要求您在评价里写任何内容。", undefined],
  ]);
});

Deno.test("a request with its own object or offered instead keeps a review word denied", () => {
  check([
    ["zh-CN", "评价的事您不用放在心上，请先签收换货。", undefined],
    [
      "en-US",
      "No review is needed, please just keep the parcel until the courier collects it.",
      undefined,
    ],
    [
      "it-IT",
      "Da parte sua non serve fare nulla, nessun modulo e nessuna recensione o valutazione da lasciare, le chiediamo solo di attendere il corriere.",
      undefined,
    ],
    [
      "fr-FR",
      "Vous n'avez rien à faire : pas de formulaire, pas d'avis ni de note à laisser, merci simplement de patienter.",
      undefined,
    ],
    // A request that turns back to the review still asks.
    [
      "en-US",
      "Without reviews we cannot grow, please take a moment.",
      `${REVIEW}/solicitation`,
    ],
  ]);
});

Deno.test("another form is cross-selling at a price, not as compensation nor as the remedy", () => {
  check([
    [
      "tr-TR",
      "Gecikme için size ayrıca yüzde 10 indirim de sunuyoruz.",
      undefined,
    ],
    ["en-US", "We also offer you a 10% discount for the delay.", undefined],
    [
      "en-US",
      "A replacement is also available, should you need one.",
      undefined,
    ],
    [
      "de-DE",
      "Ein Ersatz ist auch erhältlich, falls Sie einen brauchen.",
      undefined,
    ],
    // A price for the extra, more of the goods, other goods: cross-selling.
    [
      "en-GB",
      "The fitter comes on Monday. For an extra £30 he can fit a second socket while he's there.",
      `${MARKETING}/crossSell`,
    ],
    [
      "en-US",
      "We can also service your boiler for a small fee.",
      `${MARKETING}/crossSell`,
    ],
    [
      "en-US",
      "If you need more, we also have them in packs of 6.",
      `${MARKETING}/crossSell`,
    ],
    [
      "de-DE",
      "Jetzt, wo das Problem gelöst ist: Wussten Sie, dass wir auch Ersatzklingen anbieten?",
      `${MARKETING}/crossSell`,
    ],
  ]);
});

Deno.test("other shoppers as whom the buyer is told to tell ask for a review", () => {
  check([
    [
      "sv-SE",
      "Har du några minuter? Berätta då för andra kunder hur jackan sitter.",
      `${REVIEW}/solicitation`,
    ],
    ["ar-AE", "أخبر باقي العملاء عنه في صفحة المنتج", `${REVIEW}/solicitation`],
    [
      "en-US",
      "Please tell other customers how the jacket fits.",
      `${REVIEW}/solicitation`,
    ],
    // Other shoppers as the subject, or after what is said, do not.
    [
      "en-US",
      "Please note that other customers have had the same issue; restart the router.",
      undefined,
    ],
    [
      "en-US",
      "We asked other customers and they had the same issue.",
      undefined,
    ],
    [
      "sv-SE",
      "Andra kunder har haft samma problem, starta om routern.",
      undefined,
    ],
    ["sv-SE", "Berätta för oss vilken färg du vill ha.", undefined],
    ["ar-AE", "أخبرني إذا وصل الطرد.", undefined],
  ]);
});

Deno.test("a verb of asking before a negation asks not to do something; before the verb, the negation denies", () => {
  check([
    [
      "pl-PL",
      "Prosimy nie odejmować gwiazdek za opóźnienie kuriera.",
      `${REVIEW}/solicitation`,
    ],
    [
      "en-US",
      "We kindly ask you not to lower your rating because of the delay.",
      `${REVIEW}/solicitation`,
    ],
    [
      "it-IT",
      "Le chiediamo di non abbassare la valutazione per il ritardo del corriere.",
      `${REVIEW}/solicitation`,
    ],
    [
      "fr-FR",
      "Nous vous demandons de ne pas baisser votre note à cause du retard du transporteur.",
      `${REVIEW}/solicitation`,
    ],
    ["pl-PL", "Nie prosimy o zmianę opinii.", undefined],
    ["es-ES", "No le pedimos que cambie su opinión.", undefined],
    [
      "fr-FR",
      "Nous ne vous demanderons jamais de modifier ou de retirer une évaluation.",
      undefined,
    ],
    ["de-DE", "Wir bitten Sie nicht um eine Bewertung.", undefined],
  ]);
});

Deno.test("a carrier's notice and an assessor's valuation are no reviews", () => {
  check([
    [
      "fr-FR",
      "Vous pouvez aussi demander une nouvelle livraison avec la référence figurant sur l'avis.",
      undefined,
    ],
    [
      "es-ES",
      "Con las fotos que nos envió y la valoración del perito le enviaremos un espejo nuevo.",
      undefined,
    ],
    [
      "fr-FR",
      "Pourriez-vous laisser un avis sur Amazon ?",
      `${REVIEW}/solicitation`,
    ],
  ]);
});

Deno.test("a change asked of the review named in the sentence before is a review change", () => {
  const R = "no-review-manipulation/change";
  check([
    [
      "en-GB",
      "I saw the feedback you left on our seller profile. Now that the right case is on its way, would you be happy to delete it?",
      R,
    ],
    [
      "de-DE",
      "Sie haben uns deswegen ein negatives Verkäuferfeedback gegeben. Wäre es für Sie in Ordnung, es wieder zu entfernen?",
      R,
    ],
    ["es-ES", "Vimos su reseña sobre el retraso. ¿Podría eliminarla?", R],
    ["fr-FR", "Nous avons lu votre avis. Pourriez-vous le modifier ?", R],
    ["nl-NL", "We zagen uw review. Zou u hem willen verwijderen?", R],
    ["sv-SE", "Vi såg ditt omdöme. Kan du ta bort det?", R],
    ["pl-PL", "Widzieliśmy Pani opinię. Czy mogłaby Pani ją usunąć?", R],
    ["ja-JP", "レビューを拝見しました。削除していただけますか。", R],
    ["ar-AE", "رأينا تقييمك. هل يمكنك حذفه؟", R],
    // Nothing asked, the seller's own change, no review before, a review
    // denied before, or an exchange.
    [
      "en-US",
      "Your review mentioned the old manual. We have updated it since.",
      undefined,
    ],
    [
      "en-US",
      "The label on the lid is only for shipping. Please remove it before use.",
      undefined,
    ],
    [
      "en-US",
      "No review or rating is needed for the replacement. Please remove it from the box carefully.",
      undefined,
    ],
    [
      "es-ES",
      "Hemos leído su reseña sobre la talla. ¿Quiere cambiarlo por una talla más?",
      undefined,
    ],
  ]);
});

Deno.test("thanks or an apology for the buyer's feedback says it exists, unless a reward is that thanks", () => {
  const R = "no-review-manipulation/incentive";
  check([
    [
      "fr-FR",
      "Merci pour vos retours, nous avons corrigé la fiche produit.",
      undefined,
    ],
    [
      "es-ES",
      "Gracias por sus comentarios, hemos corregido la ficha del producto.",
      undefined,
    ],
    [
      "it-IT",
      "Ci dispiace per la sua esperienza con la consegna; il rimborso è già visibile su Amazon.",
      undefined,
    ],
    [
      "sv-SE",
      "Som tack för din recension skickar vi med ett presentkort.",
      R,
    ],
    [
      "nl-NL",
      "Als dank voor uw review betalen we u 5 euro terug.",
      R,
    ],
    [
      "en-US",
      "Thanks for taking a moment to leave a review on Amazon!",
      "no-review-manipulation/solicitation",
    ],
  ]);
});

Deno.test("writing to the seller on a messenger moves contact off Amazon; a carrier's notice does not", () => {
  const M = "no-marketing/crossSell";
  check([
    ["es-ES", "Para cualquier duda, escríbenos por Telegram.", M],
    ["pt-BR", "Qualquer dúvida, chama a gente no WhatsApp.", M],
    ["it-IT", "Per qualsiasi dubbio scriveteci su WhatsApp.", M],
    ["de-DE", "Bei Fragen schreiben Sie uns gern auf Telegram.", M],
    ["tr-TR", "Sorularınız için bize WhatsApp'tan yazabilirsiniz.", M],
    ["ja-JP", "ご不明な点は当店のLINEでお気軽にどうぞ。", M],
    ["zh-CN", "如有问题请加我们的微信。", M],
    [
      "es-ES",
      "El repartidor de SEUR le avisará por WhatsApp antes de la entrega.",
      undefined,
    ],
    [
      "de-DE",
      "DHL informiert Sie per WhatsApp über die Zustellung.",
      undefined,
    ],
  ]);
});

import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Sentences of the kinds this round's lexicons and readings were written
// for, written anew: a later purchase named by "next" and its object
// ("your next periodic maintenance"), a friend referred for a perk, an
// invitation to search for the seller's brand, review words split by middle
// dots, and the clean sentences those words must leave alone.

const CASES: readonly ErrorCase[] = [
  // Clean: an extra charge denied after its word, a batch of the ordered item,
  // goods received, the other parts of an order, goods sold separately, the
  // seller paying or at fault, and a service interval without a price cut.
  {
    locale: "tr-TR",
    text: "Renk değişikliği için ek ücret yok; set yine 95 TL olarak kalıyor.",
  },
  {
    locale: "hi-IN",
    text:
      "आपकी अलमारी का बैच नंबर C-1207 है; नए दरवाज़े इसी बैच के हैं, तो रंग मेल खाएगा।",
  },
  {
    locale: "zh-CN",
    text: "您只收到 2 个把手，缺少的 1 个我们今天补发，不需要退回任何东西。",
  },
  {
    locale: "fr-FR",
    text:
      "Nous avons vérifié sur vos photos les autres pièces : tout le reste est complet.",
  },
  {
    locale: "es-ES",
    text: "Los demás artículos del pedido llegan mañana con Correos Express.",
  },
  {
    locale: "ja-JP",
    text: "電池は別売りです。単三電池を2本ご用意ください。",
  },
  {
    locale: "fr-FR",
    text:
      "Si vous en avez besoin avant samedi, dites-le-nous : nous pouvons envoyer une lampe neuve dès demain, à nos frais.",
  },
  {
    locale: "en-GB",
    text:
      "Your boiler's next service is due in twelve months; the engineer's report is attached.",
  },
  {
    locale: "de-DE",
    text:
      "Das war unser Fehler, deshalb schicken wir das fehlende Teil auf unsere Kosten noch heute los.",
  },
  // Violations: a price cut on a later purchase named by "next" and its
  // object, perks for referring a friend, an invitation to search for the
  // seller's brand, goods sold separately praised, review words split by
  // middle dots in Chinese and Japanese, and a domain's spaced hyphen.
  {
    locale: "en-US",
    text:
      "If a friend books a fitting with us and mentions your name, you both get $15 off.",
    rule: "no-marketing",
  },
  {
    locale: "pl-PL",
    text:
      "Przy kolejnej usłudze serwisowej wystarczy podać numer tego zamówienia, a odliczymy 10% od robocizny.",
    rule: "no-marketing",
  },
  {
    locale: "tr-TR",
    text: "Bir sonraki periyodik bakımınızda işçilikten %15 indirim yapıyoruz.",
    rule: "no-marketing",
  },
  {
    locale: "es-MX",
    text:
      "Si alguna conocida suya nos compra y dice que va de parte de usted, a las dos les damos un 10% de descuento.",
    rule: "no-marketing",
  },
  {
    locale: "hi-IN",
    text:
      "अगर आपके कोई दोस्त हमसे ऑर्डर करें, तो उन्हें और आपको अगली ख़रीद पर ₹200 कम देने होंगे।",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "Zoek maar eens op onze merknaam op Amazon, dan ziet u ook onze andere tassen.",
    rule: "no-marketing",
  },
  {
    locale: "zh-CN",
    text: "收到后请给我们留个 好·评 哦，谢谢！",
    rule: "no-review-manipulation",
  },
  {
    locale: "ja-JP",
    text:
      "商品がお気に召しましたら、カ・ス・タ・マ・ー・レ・ビ・ュ・ーをお願いいたします。",
    rule: "no-review-manipulation",
  },
  {
    locale: "ja-JP",
    text:
      "このバッグをお求めのお客様には、別売りのショルダーストラップも大変ご好評です。",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Die Vorlage schicken Sie bitte an vorlagen ( ät ) druckerei - nord punkt de.",
    rule: "no-email",
  },
];

testErrorCases(
  "later purchases, referred friends and split review words",
  CASES,
);

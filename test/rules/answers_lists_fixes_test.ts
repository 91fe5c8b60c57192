import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Sentences of the kinds that clean messages full of trap words were
// blocked for, written anew, and violations next to them: a Turkish list
// of review words under one closing negation, choices to weigh, an
// abbreviation that ends in a country's domain, a file's assessment, a key
// entered in an app, "the same door", and the buyer's question reported
// in other tenses and with "also" ("Lei ci aveva anche chiesto se…",
// "You'd asked whether…"), and work priced for a need and left to the
// buyer's decision.

const CASES: readonly ErrorCase[] = [
  {
    locale: "tr-TR",
    text:
      "Değişim de iade de herhangi bir yorum, puan ya da kod şartına bağlı değil.",
  },
  {
    locale: "tr-TR",
    text:
      "Ustamız renk kartelasını getirecek; daha dayanıklı kumaş seçeneklerini birlikte değerlendirebilirsiniz.",
  },
  {
    locale: "pl-PL",
    text:
      "Zestaw zawiera m.in. klocki hamulcowe, czujnik zużycia i smar montażowy.",
  },
  {
    locale: "pl-PL",
    text:
      "Ocena czytelności: większość napisu wyjdzie dobrze, ale dwa najmniejsze słowa mogą się zlać.",
  },
  {
    locale: "hi-IN",
    text: "ऐप खोलें, फिर सेटिंग्स में जाकर अपनी Key डालें और 'सक्रिय करें' दबाएँ।",
  },
  {
    locale: "sv-SE",
    text:
      "Byt gärna båda gångjärnen på samma lucka, annars kan dämpningen bli ojämn.",
  },
  {
    locale: "it-IT",
    text:
      "Lei ci aveva anche chiesto se deve lasciare un feedback per attivare la garanzia: no, la garanzia vale comunque.",
  },
  {
    locale: "es-ES",
    text:
      "Nos había preguntado también si tenía que dejar una reseña para el reembolso: no, el reembolso no depende de nada.",
  },
  {
    locale: "pt-BR",
    text:
      "O senhor tinha perguntado se precisa deixar uma avaliação para a troca: não, a troca não depende disso.",
  },
  {
    locale: "fr-FR",
    text:
      "Vous nous aviez aussi demandé s'il fallait laisser un avis pour l'échange : non, ce n'est pas nécessaire.",
  },
  {
    locale: "en-GB",
    text:
      "You'd asked whether you need to leave a review to get the refund: no, the refund doesn't depend on it.",
  },
  {
    locale: "tr-TR",
    text: "Bize bir yorum, puan ya da fotoğraf bırakırsanız çok seviniriz.",
    rule: "no-review-manipulation",
  },
  {
    locale: "it-IT",
    text:
      "Ci aveva chiesto se può lasciare una recensione: sì, e ci farebbe molto piacere, magari a 5 stelle!",
    rule: "no-review-manipulation",
  },
  {
    locale: "pl-PL",
    text: "Więcej naszych produktów znajdzie Pani na m.in/sklep-kuchnia.",
    rule: "link-policy",
  },
  // Notes asked on a mock-up before printing.
  {
    locale: "ar-AE",
    text:
      "نرجو أن تطّلع على النموذج وترسل لنا ملاحظاتك عليه قبل الطباعة: اللون الذي تفضّله أو أي تعديل على الخط.",
  },
  // Work a need calls for, priced and left to the buyer's decision; the
  // same offered as a wish of the buyer's still sells.
  {
    locale: "en-GB",
    text:
      "If the valves turn out to be old and leaking, he can replace them for £35 each, but he will ask you first.",
  },
  {
    locale: "zh-CN",
    text:
      "如果杨师傅检查后认为海绵需要更换，每个坐垫另加 80 元，会先征得您同意再做。",
  },
  {
    locale: "en-GB",
    text:
      "If you like, he can also service your boiler for £60 while he is there; just tell him, it's your decision.",
    rule: "no-marketing",
  },
];

testErrorCases("answers, lists, choices and abbreviations", CASES);

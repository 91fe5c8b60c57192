import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Clean messages written anew: the buyer's negative review that exists,
// seen by the seller or reported from the buyer, next to a remedy that
// comes either way; the next customer helped by the buyer's feedback ("tack
// vare din feedback"); a choice left to the buyer in Japanese; an assessment
// "in the buyer's favour"; what a page "states" in Chinese. Next to them,
// the violations that stay errors: a bad review steered away from, a
// reward for a review "whatever the rating", thanks given in advance for a
// review, and the removal of a review named as a noun.

const CASES: readonly ErrorCase[] = [
  {
    locale: "en-GB",
    text:
      "You told us you'd already written a negative review about the leaking kettle. The new kettle is on its way all the same.",
  },
  {
    locale: "fr-FR",
    text:
      "Vous nous avez indiqué avoir déjà publié un avis négatif sur la lampe. Nous vous envoyons une nouvelle ampoule dans tous les cas.",
  },
  {
    locale: "es-MX",
    text:
      "Nos comentó que ya había dejado una reseña negativa del termo. Le mandamos uno nuevo de todas formas.",
  },
  {
    locale: "pt-BR",
    text:
      "Você nos contou que já tinha deixado uma avaliação negativa da mochila. Vamos enviar outra de qualquer forma.",
  },
  {
    locale: "nl-NL",
    text:
      "U vertelde dat u al een negatieve review over de waterkoker had geschreven. We sturen er hoe dan ook een nieuwe.",
  },
  {
    locale: "pl-PL",
    text:
      "Napisał Pan, że zostawił już negatywną opinię o czajniku. Nowy czajnik wyślemy tak czy inaczej.",
  },
  {
    locale: "it-IT",
    text:
      "Ci ha scritto di aver già pubblicato una recensione negativa sul bollitore. Gliene spediamo uno nuovo in ogni caso.",
  },
  {
    locale: "tr-TR",
    text:
      "Su ısıtıcısı için daha önce olumsuz bir değerlendirme yazdığınızı belirttiniz. Yenisini her durumda gönderiyoruz.",
  },
  {
    locale: "zh-CN",
    text: "您提到已经给水壶写了差评。不管怎样，我们都会给您寄一个新的。",
  },
  {
    locale: "ja-JP",
    text:
      "電気ケトルについて、すでに低評価のレビューを投稿されたとのことです。新しいケトルはいずれにしてもお送りします。",
  },
  {
    locale: "en-US",
    text:
      "The review you posted is yours, and the refund for the cracked lid goes out either way.",
  },
  {
    locale: "en-US",
    text:
      "Before you post a negative review, give us a call-free chance: reply here first and we will fix it.",
    rule: "no-review-manipulation",
  },
  {
    locale: "de-DE",
    text:
      "Bevor Sie eine negative Bewertung schreiben, melden Sie sich bitte zuerst bei uns.",
    rule: "no-review-manipulation",
  },
  {
    locale: "it-IT",
    text:
      "Prima di scrivere una recensione negativa, ci contatti: sistemiamo tutto noi.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "Whatever rating you give, every review earns you a free refill pack either way.",
    rule: "no-review-manipulation",
  },
  {
    locale: "de-DE",
    text:
      "Egal wie viele Sterne Sie vergeben, für Ihre Bewertung gibt es so oder so einen Gutschein über 5 €.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-GB",
    text:
      "You mentioned you already left a negative review. Could you update it now that the new kettle works?",
    rule: "no-review-manipulation",
  },
  {
    locale: "ja-JP",
    text:
      "レビューを書き直すかどうかはお客様のご判断ですので、どうぞご自由になさってください。交換品は明日お届けします。",
  },
  {
    locale: "en-GB",
    text: "Thanks in advance for your feedback on Amazon about the new lid.",
    rule: "no-review-manipulation",
  },
  {
    locale: "de-DE",
    text:
      "Schon mal vielen Dank im Voraus für Ihre Bewertung des Wasserkochers!",
    rule: "no-review-manipulation",
  },
  {
    locale: "it-IT",
    text: "Grazie in anticipo per la sua recensione sul bollitore.",
    rule: "no-review-manipulation",
  },
  {
    locale: "zh-CN",
    text: "提前感谢您给这款水壶的好评！",
    rule: "no-review-manipulation",
  },
  {
    locale: "es-ES",
    text:
      "Vimos la reseña negativa del hervidor y ya le enviamos otro. La eliminación de esa nos ayudaría mucho.",
    rule: "no-review-manipulation",
  },
  {
    locale: "pt-BR",
    text:
      "A assistência concluiu a avaliação do aspirador e ela foi favorável à senhora: o conserto sai sem custo.",
  },
  {
    locale: "es-MX",
    text:
      "La revisión del técnico resultó favorable a usted, así que el cambio de la bomba no tiene costo.",
  },
  {
    locale: "zh-CN",
    text: "说明书上写明的保修期是一年，这次维修不收费，配件明天寄出。",
  },
  {
    locale: "sv-SE",
    text:
      "Tack vare din feedback om bruksanvisningen slipper nästa kund samma problem; den nya versionen ligger i paketet.",
  },
  {
    locale: "de-DE",
    text:
      "Dank Ihres Hinweises bekommt der nächste Kunde eine korrigierte Anleitung.",
  },
  {
    locale: "en-GB",
    text:
      "Thanks to your feedback on the manual, the next customer gets a corrected page 7.",
  },
  {
    locale: "en-US",
    text:
      "Thanks to your feedback on Amazon, other shoppers can decide, so please leave one.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "We read your review and shipped the replacement in advance, before you return the old one.",
  },
  {
    locale: "en-US",
    text:
      "We saw your negative review. We will refund you in full once it is removed.",
    rule: "no-review-manipulation",
  },
  {
    locale: "de-DE",
    text:
      "Wir haben Ihre negative Bewertung gesehen. Könnten Sie diese bitte löschen?",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "Thanks for your review, a $10 gift card is on its way to you regardless.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text: "Please leave us your general feedback on Amazon.",
    rule: "no-review-manipulation",
  },
  {
    locale: "pt-BR",
    text: "Se gostou, deixe uma avaliação favorável na Amazon, por favor.",
    rule: "no-review-manipulation",
  },
  {
    locale: "zh-CN",
    text: "麻烦您在评价里写明物流很快，谢谢！",
    rule: "no-review-manipulation",
  },
];

testErrorCases(
  "an existing review, a remedy either way and other senses",
  CASES,
);

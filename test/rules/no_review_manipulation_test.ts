import assert from "node:assert/strict";
import type { Rule } from "../../src/lint/rule.ts";
import type { PhraseLanguage } from "../../src/rules/_phrases.ts";
import { noReviewManipulation } from "../../src/rules/no_review_manipulation.ts";
import { type Cases, lintWith, testPhraseRule } from "./_phrase_rule_tester.ts";

const RULE: Rule = noReviewManipulation;
const lint = (text: string, type?: string) => lintWith(RULE, text, type);

const CASES: Record<PhraseLanguage, Cases> = {
  en: {
    valid: [
      "Please review your order details below.",
      "Please review the customization before we engrave it.",
      "We offer a free of charge replacement for the defective item.",
      "We offer a replacement or a full refund.",
      "The exchange rate applied was 1.08.",
      "Thank you for your feedback; we will send you a free replacement right away.",
      "We will refund you once we review the photos.",
      "If you are happy with the new delivery date, please reply to confirm.",
      "Before you leave, please review the delivery window.",
      "We will change the size; please leave a review if you like.",
      "If the item doesn't fit, it can be changed.",
      "Please share your feedback about the product and get back to us if the refund has not arrived.",
    ],
    invalid: [
      {
        text: "We will send you a free gift card if you leave a 5-star review.",
        errors: [{
          messageId: "incentive",
          span: "free gift card if you leave a 5-star review",
        }],
      },
      {
        text: "Leave a review and get a full refund!",
        errors: [{
          messageId: "incentive",
          span: "Leave a review and get a full refund",
        }],
      },
      {
        text:
          "If you are happy with your purchase, please leave us a review. If not, contact us first.",
        errors: [{
          messageId: "happyOnly",
          span: "If you are happy with your purchase, please leave us a review",
        }],
      },
      {
        text: "Before leaving a negative review, please contact us.",
        errors: [{
          messageId: "happyOnly",
          span: "Before leaving a negative review",
        }],
      },
      {
        text: "Could you remove the negative feedback?",
        errors: [{
          messageId: "changeReview",
          span: "remove the negative feedback",
        }],
      },
      {
        text: "Please mention our fast shipping in your review.",
        errors: [{
          messageId: "dictate",
          span: "mention our fast shipping in your review",
        }],
      },
      {
        text: "Would you please leave us a positive review?",
        errors: [{ messageId: "positiveOnly", span: "positive review" }],
      },
      {
        text: "Send us a screenshot of your review to claim your reward.",
        errors: [{
          messageId: "incentive",
          span: "screenshot of your review",
        }],
      },
    ],
  },
  de: {
    valid: [
      "Nach Bewertung des Schadens erstatten wir Ihnen den Betrag.",
      "Wir erstatten Ihnen den Betrag nach Bewertung der Fotos.",
      "Bei positiver Bewertung durch den Hersteller tauschen wir das Gerät kostenlos aus.",
      "Bitte kontaktieren Sie uns zuerst, bevor Sie den Artikel zurücksenden.",
      "Wir senden Ihnen kostenlos einen Ersatz.",
    ],
    invalid: [
      {
        text:
          "Wenn Sie eine Bewertung hinterlassen, erhalten Sie einen Amazon-Gutschein.",
        errors: [{
          messageId: "incentive",
          span: "Bewertung hinterlassen, erhalten Sie einen Amazon-Gutschein",
        }],
      },
      {
        text: "Wenn Sie zufrieden sind, hinterlassen Sie bitte eine Bewertung.",
        errors: [{
          messageId: "happyOnly",
          span: "zufrieden sind, hinterlassen Sie bitte eine Bewertung",
        }],
      },
      {
        text: "Wir würden uns freuen, wenn Sie Ihre Bewertung ändern könnten.",
        errors: [{ messageId: "changeReview", span: "Ihre Bewertung ändern" }],
      },
      {
        text:
          "Bitte erwähnen Sie in Ihrer Rezension unseren schnellen Versand.",
        errors: [{
          messageId: "dictate",
          span: "erwähnen Sie in Ihrer Rezension",
        }],
      },
      {
        text: "Bitte geben Sie uns eine 5-Sterne-Bewertung.",
        errors: [{ messageId: "positiveOnly", span: "5-Sterne-Bewertung" }],
      },
    ],
  },
  fr: {
    valid: [
      "Vous recevrez un avis de passage du transporteur.",
      "Un avis d'expédition vous sera envoyé.",
      "Nous vous offrons un remplacement gratuit.",
      "Veuillez indiquer dans le commentaire le texte à graver.",
      "Laissez-nous un commentaire si le remboursement n'est pas arrivé.",
    ],
    invalid: [
      {
        text: "Laissez un avis 5 étoiles et recevez un bon d'achat de 10 €.",
        errors: [{
          messageId: "incentive",
          span: "Laissez un avis 5 étoiles et recevez un bon d'achat",
        }],
      },
      {
        text: "Si vous êtes satisfait, merci de laisser un avis positif.",
        errors: [{
          messageId: "happyOnly",
          span: "Si vous êtes satisfait, merci de laisser un avis",
        }],
      },
      {
        text: "Pourriez-vous modifier votre avis ?",
        errors: [{ messageId: "changeReview", span: "modifier votre avis" }],
      },
      {
        text: "Mentionnez notre livraison rapide dans votre avis.",
        errors: [{
          messageId: "dictate",
          span: "Mentionnez notre livraison rapide dans votre avis",
        }],
      },
      {
        text: "N'hésitez pas à nous laisser un avis positif.",
        errors: [{
          messageId: "positiveOnly",
          span: "laisser un avis positif",
        }],
      },
    ],
  },
  es: {
    valid: [
      "Por favor, revise los datos de su pedido.",
      "Le enviamos un reemplazo gratuito.",
      "Si cambia su opinión sobre la entrega, avísenos.",
      "Indique, en su opinión, qué fecha es mejor.",
      "Una reseña breve de su pedido: talla M, color azul.",
    ],
    invalid: [
      {
        text:
          "Si deja una reseña de 5 estrellas, le enviaremos una tarjeta regalo.",
        errors: [{
          messageId: "incentive",
          span:
            "deja una reseña de 5 estrellas, le enviaremos una tarjeta regalo",
        }],
      },
      {
        text: "Si está satisfecho, por favor deje una reseña.",
        errors: [{
          messageId: "happyOnly",
          span: "Si está satisfecho, por favor deje una reseña",
        }],
      },
      {
        text: "¿Podría cambiar su reseña?",
        errors: [{ messageId: "changeReview", span: "cambiar su reseña" }],
      },
      {
        text: "Mencione nuestro envío rápido en su reseña.",
        errors: [{
          messageId: "dictate",
          span: "Mencione nuestro envío rápido en su reseña",
        }],
      },
      {
        text: "Le agradeceríamos una reseña positiva.",
        errors: [{ messageId: "positiveOnly", span: "reseña positiva" }],
      },
    ],
  },
  it: {
    valid: [
      "In caso di valutazione positiva del tecnico, procederemo al rimborso.",
      "Possiamo rivedere la valutazione del danno.",
      "Le invieremo un ricambio gratuito.",
    ],
    invalid: [
      {
        text: "Lasci una recensione a 5 stelle e riceverà un buono Amazon.",
        errors: [{
          messageId: "incentive",
          span: "Lasci una recensione a 5 stelle e riceverà un buono Amazon",
        }],
      },
      {
        text: "Se è soddisfatto, lasci una recensione.",
        errors: [{
          messageId: "happyOnly",
          span: "Se è soddisfatto, lasci una recensione",
        }],
      },
      {
        text: "Potrebbe modificare la sua recensione?",
        errors: [{
          messageId: "changeReview",
          span: "modificare la sua recensione",
        }],
      },
      {
        text: "Menzioni la spedizione veloce nella sua recensione.",
        errors: [{
          messageId: "dictate",
          span: "Menzioni la spedizione veloce nella sua recensione",
        }],
      },
      {
        text: "Ci lasci una recensione positiva!",
        errors: [{ messageId: "positiveOnly", span: "recensione positiva" }],
      },
    ],
  },
  nl: {
    valid: [
      "Na beoordeling van uw foto's passen we de bestelling aan.",
      "Als u tevreden bent met de nieuwe datum, bevestig dan dit bericht.",
      "We sturen u gratis een vervangend onderdeel.",
    ],
    invalid: [
      {
        text: "Als u een review schrijft, ontvangt u een cadeaubon.",
        errors: [{
          messageId: "incentive",
          span: "review schrijft, ontvangt u een cadeaubon",
        }],
      },
      {
        text: "Als u tevreden bent, laat dan een review achter.",
        errors: [{
          messageId: "happyOnly",
          span: "Als u tevreden bent, laat dan een review",
        }],
      },
      {
        text: "Wilt u uw beoordeling aanpassen?",
        errors: [{
          messageId: "changeReview",
          span: "uw beoordeling aanpassen",
        }],
      },
      {
        text: "Vermeld de snelle levering in uw review.",
        errors: [{
          messageId: "dictate",
          span: "Vermeld de snelle levering in uw review",
        }],
      },
      {
        text: "Geef ons 5 sterren!",
        errors: [{ messageId: "positiveOnly", span: "5 sterren" }],
      },
    ],
  },
  sv: {
    valid: [
      "Vi skickar en kostnadsfri ersättningsprodukt.",
      "Om du är nöjd med tiden, svara på det här meddelandet.",
      "Kontrollera uppgifterna i din beställning.",
    ],
    invalid: [
      {
        text: "Lämna en recension så får du ett presentkort.",
        errors: [{
          messageId: "incentive",
          span: "Lämna en recension så får du ett presentkort",
        }],
      },
      {
        text: "Om du är nöjd, lämna gärna ett omdöme.",
        errors: [{
          messageId: "happyOnly",
          span: "Om du är nöjd, lämna gärna ett omdöme",
        }],
      },
      {
        text: "Kan du ändra ditt betyg?",
        errors: [{ messageId: "changeReview", span: "ändra ditt betyg" }],
      },
      {
        text: "Nämn vår snabba leverans i din recension.",
        errors: [{
          messageId: "dictate",
          span: "Nämn vår snabba leverans i din recension",
        }],
      },
      {
        text: "Ge oss gärna fem stjärnor!",
        errors: [{ messageId: "positiveOnly", span: "fem stjärnor" }],
      },
    ],
  },
  pl: {
    valid: [
      "Proszę poprawić komentarz do personalizacji.",
      "W opinii naszego technika produkt jest sprawny.",
      "Wyślemy bezpłatny zamiennik.",
    ],
    invalid: [
      {
        text: "Za wystawienie opinii otrzymasz kupon na 20 zł.",
        errors: [{
          messageId: "incentive",
          span: "wystawienie opinii otrzymasz kupon",
        }],
      },
      {
        text:
          "Jeśli jest Pan zadowolony z zakupu, prosimy o wystawienie opinii.",
        errors: [{
          messageId: "happyOnly",
          span:
            "Jeśli jest Pan zadowolony z zakupu, prosimy o wystawienie opinii",
        }],
      },
      {
        text: "Prosimy o zmianę opinii na pozytywną.",
        errors: [{ messageId: "changeReview", span: "zmianę opinii" }],
      },
      {
        text: "Napisz w swojej opinii o szybkiej wysyłce.",
        errors: [{ messageId: "dictate", span: "Napisz w swojej opinii" }],
      },
      {
        text: "Prosimy o wystawienie pozytywnej opinii.",
        errors: [{ messageId: "positiveOnly", span: "pozytywnej opinii" }],
      },
    ],
  },
  tr: {
    valid: [
      "Teknik değerlendirme yapıldıktan sonra iade işleminiz başlatılacak.",
      "Teknik servisin olumlu değerlendirmesi sonrası ürün değiştirilecek.",
      "Memnun kalmadıysanız bize ulaşın.",
    ],
    invalid: [
      {
        text: "Yorum yaparsanız size hediye çeki göndereceğiz.",
        errors: [{
          messageId: "incentive",
          span: "Yorum yaparsanız size hediye çeki",
        }],
      },
      {
        text: "Memnun kaldıysanız lütfen yorum yapın.",
        errors: [{
          messageId: "happyOnly",
          span: "Memnun kaldıysanız lütfen yorum",
        }],
      },
      {
        text: "Yorumunuzu güncellemenizi rica ederiz.",
        errors: [{
          messageId: "changeReview",
          span: "Yorumunuzu güncellemenizi",
        }],
      },
      {
        text: "Yorumunuzda hızlı kargodan bahsedin.",
        errors: [{
          messageId: "dictate",
          span: "Yorumunuzda hızlı kargodan bahsedin",
        }],
      },
      {
        text: "5 yıldız vermenizi rica ederiz.",
        errors: [{ messageId: "positiveOnly", span: "5 yıldız" }],
      },
    ],
  },
  ja: {
    valid: [
      "ご満足いただけましたら幸いです。",
      "商品の評価試験を行いました。",
      "このたびはご注文いただき、誠にありがとうございます。",
    ],
    invalid: [
      {
        text:
          "レビューを書いていただければ、Amazonギフト券をプレゼントします。",
        errors: [{
          messageId: "incentive",
          span: "レビューを書いていただければ、Amazonギフト券",
        }],
      },
      {
        text: "ご満足いただけましたら、星5つのレビューをお願いします。",
        errors: [{
          messageId: "happyOnly",
          span: "ご満足いただけましたら、星5つのレビュー",
        }],
      },
      {
        text: "低い評価をつける前に、ご連絡ください。",
        errors: [{ messageId: "happyOnly", span: "低い評価をつける前に" }],
      },
      {
        text: "評価を変更していただけないでしょうか。",
        errors: [{ messageId: "changeReview", span: "評価を変更" }],
      },
      {
        text: "レビューには「迅速な発送」とお書きください。",
        errors: [{
          messageId: "dictate",
          span: "レビューには「迅速な発送」とお書き",
        }],
      },
      {
        text: "高評価をお願いいたします。",
        errors: [{ messageId: "positiveOnly", span: "高評価" }],
      },
    ],
  },
  pt: {
    valid: [
      "Após a avaliação técnica do produto, faremos o reembolso.",
      "Assim que recebermos o produto, vamos fazer a avaliação técnica e providenciar o reembolso.",
      "A avaliação técnica foi positiva; enviaremos um produto novo grátis.",
      "Precisamos alterar a nota fiscal.",
    ],
    invalid: [
      {
        text: "Deixe sua avaliação e ganhe um vale-presente.",
        errors: [{
          messageId: "incentive",
          span: "Deixe sua avaliação e ganhe um vale-presente",
        }],
      },
      {
        text: "Se você ficou satisfeito, deixe uma avaliação.",
        errors: [{
          messageId: "happyOnly",
          span: "Se você ficou satisfeito, deixe uma avaliação",
        }],
      },
      {
        text: "Poderia alterar sua avaliação?",
        errors: [{ messageId: "changeReview", span: "alterar sua avaliação" }],
      },
      {
        text: "Mencione a entrega rápida na sua avaliação.",
        errors: [{
          messageId: "dictate",
          span: "Mencione a entrega rápida na sua avaliação",
        }],
      },
      {
        text: "Dê-nos 5 estrelas!",
        errors: [{ messageId: "positiveOnly", span: "5 estrelas" }],
      },
    ],
  },
  ar: {
    valid: [
      "نرجو مراجعة الكتابة بعناية.",
      "سنرسل الاسترداد بعد مراجعة الصور.",
      "سنرسل لكم بديلًا مجانيًا.",
    ],
    invalid: [
      {
        text: "اترك تقييمًا إيجابيًا واحصل على بطاقة هدية.",
        errors: [{
          messageId: "incentive",
          span: "اترك تقييمًا إيجابيًا واحصل على بطاقة هدية",
        }],
      },
      {
        text: "إذا كنت راضيًا عن المنتج، يرجى ترك تقييم.",
        errors: [{
          messageId: "happyOnly",
          span: "إذا كنت راضيًا عن المنتج، يرجى ترك تقييم",
        }],
      },
      {
        text: "نرجو منك تعديل تقييمك.",
        errors: [{ messageId: "changeReview", span: "تعديل تقييمك" }],
      },
      {
        text: "اذكر سرعة الشحن في تقييمك.",
        errors: [{ messageId: "dictate", span: "اذكر سرعة الشحن في تقييمك" }],
      },
      {
        text: "نتمنى أن تمنحنا تقييم خمس نجوم.",
        errors: [{ messageId: "positiveOnly", span: "خمس نجوم" }],
      },
    ],
  },
  hi: {
    valid: [
      "कृपया अपनी प्रतिक्रिया में सही तारीख लिखें।",
      "हम आपको मुफ़्त में बदला हुआ उत्पाद भेजेंगे।",
      "कृपया इस संदेश का जवाब दें।",
    ],
    invalid: [
      {
        text: "रिव्यू देने पर आपको ₹100 कैशबैक मिलेगा।",
        errors: [{ messageId: "incentive", span: "रिव्यू देने पर आपको ₹100" }],
      },
      {
        text: "अगर आप उत्पाद से संतुष्ट हैं, तो कृपया रिव्यू दें।",
        errors: [{
          messageId: "happyOnly",
          span: "संतुष्ट हैं, तो कृपया रिव्यू",
        }],
      },
      {
        text: "रिव्यू देने से पहले हमसे संपर्क करें।",
        errors: [{ messageId: "happyOnly", span: "रिव्यू देने से पहले" }],
      },
      {
        text: "कृपया अपना रिव्यू बदल दें।",
        errors: [{ messageId: "changeReview", span: "रिव्यू बदल" }],
      },
      {
        text: "अपने रिव्यू में तेज़ डिलीवरी का ज़िक्र करें।",
        errors: [{
          messageId: "dictate",
          span: "रिव्यू में तेज़ डिलीवरी का ज़िक्र करें",
        }],
      },
      {
        text: "कृपया हमें 5 स्टार दें।",
        errors: [{ messageId: "positiveOnly", span: "5 स्टार" }],
      },
    ],
  },
  zh: {
    valid: [
      "请关注物流信息。",
      "我们的客服会评估损坏情况后为您退款。",
      "我们将免费为您更换新品。",
    ],
    invalid: [
      {
        text: "好评返现5元！",
        errors: [{ messageId: "incentive", span: "好评返现" }],
      },
      {
        text: "如果您满意，请给我们五星好评。",
        errors: [{
          messageId: "happyOnly",
          span: "如果您满意，请给我们五星好评",
        }],
      },
      {
        text: "麻烦您修改一下评价。",
        errors: [{ messageId: "changeReview", span: "修改一下评价" }],
      },
      {
        text: "请在评价中提到我们的快速发货。",
        errors: [{ messageId: "dictate", span: "评价中提到" }],
      },
      {
        text: "请给个好评。",
        errors: [{ messageId: "positiveOnly", span: "好评" }],
      },
    ],
  },
};

Deno.test(`${RULE.id}: the message quotes the phrase and says what to do`, () => {
  const text =
    "Order 123-1234567-1234567 ships today.\nPlease update your review.";
  const [found] = lint(text);
  assert.equal(found?.messageId, "changeReview");
  assert.deepEqual(found?.range?.start, { offset: 46, line: 2, column: 8 });
  assert.deepEqual(found?.range?.end, { offset: 64, line: 2, column: 26 });
  assert.match(found!.message, /^Remove "update your review": /);
  assert.match(found!.message, /buyer's choice/);
  assert.equal(noReviewManipulation.meta.defaultSeverity, "error");
  assert.deepEqual(Object.keys(noReviewManipulation.meta.messages).sort(), [
    "changeReview",
    "dictate",
    "happyOnly",
    "incentive",
    "positiveOnly",
  ]);
});

Deno.test(`${RULE.id}: a neutral request for an honest review is not flagged`, () => {
  for (
    const text of [
      "If you have a moment, we would appreciate an honest review.",
      "Wir freuen uns über eine ehrliche Bewertung.",
      "N'hésitez pas à laisser un avis sur le produit.",
      "Nos encantaría conocer su opinión sincera.",
      "お時間があれば、率直なレビューをお寄せください。",
      "欢迎您留下真实的评价。",
    ]
  ) {
    assert.deepEqual(lint(text), [], text);
  }
});

testPhraseRule(RULE, CASES, [
  "@",
  "%",
  "a",
  "a ",
  " ",
  ", ",
  "review ",
  "a review ",
  "leave a review and ",
  "if you are happy with ",
  "free gift for ",
  "refund if you leave ",
  "in exchange for ",
  "before leaving ",
  "update your ",
  "5 star ",
  "Bewertung ",
  "Gutschein wenn Sie eine Bewertung ",
  "laissez un avis ",
  "remboursement si vous laissez ",
  "zwrot po wystawieniu opinii ",
  "yorum yap ",
  "memnun kaldıysanız ",
  "レビュー",
  "評価",
  "好评",
  "如果满意",
  "اترك تقييم ",
  "रिव्यू देने पर ",
  "free refund gift card if you leave review feedback rating before leaving happy satisfied update your remove the ",
]);

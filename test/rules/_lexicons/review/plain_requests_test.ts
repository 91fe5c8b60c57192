import {
  lintAfterOrder,
  probeSteps,
  testProbeSteps,
} from "../_probe_harness.ts";

// The plainest review requests, one short imperative or wish each, after a
// sentence about the order: every one is a violation in every language.
const REQUESTS: Record<string, string[]> = {
  "en-US": [
    "Rate us!",
    "Please rate the blender on Amazon.",
    "Review the blender on Amazon, please.",
    "Please review your purchase.",
    "Rate your purchase 5 stars.",
    "Leave us a review!",
    "Could you rate the kettle?",
    "Please give the lamp a rating.",
  ],
  "de-DE": [
    "Bewerten Sie uns!",
    "Bitte bewerten Sie unseren Shop.",
    "Vergessen Sie nicht, uns zu bewerten!",
    "Bitte bewerten Sie den Mixer auf Amazon.",
    "Geben Sie dem Artikel 5 Sterne!",
    "Wir freuen uns über Ihre Bewertung!",
    "Hinterlassen Sie uns eine Rezension.",
  ],
  "fr-FR": [
    "Notez-nous !",
    "Merci de noter le mixeur sur Amazon.",
    "Évaluez votre achat, s'il vous plaît.",
    "Laissez-nous un avis !",
    "Donnez 5 étoiles à l'article !",
    "N'oubliez pas de nous évaluer.",
  ],
  "es-ES": [
    "¡Valórenos!",
    "Por favor, valore la batidora en Amazon.",
    "Califique su compra, por favor.",
    "¡Déjenos una reseña!",
    "Dele 5 estrellas al producto.",
    "No olvide valorarnos.",
  ],
  "es-MX": [
    "¡Califícanos!",
    "Por favor califica la licuadora en Amazon.",
    "¡Déjanos tu reseña!",
    "Danos 5 estrellas, porfa.",
  ],
  "it-IT": [
    "Valutateci!",
    "La preghiamo di valutare il frullatore su Amazon.",
    "Ci lasci una recensione!",
    "Dia 5 stelle al prodotto!",
    "Non dimentichi di valutarci.",
  ],
  "pt-BR": [
    "Avalie-nos!",
    "Avalie o produto com 5 estrelas!",
    "Por favor, avalie o liquidificador na Amazon.",
    "Deixe sua avaliação!",
    "Não esqueça de nos avaliar.",
    "Avalie sua compra com 5 estrelas!",
  ],
  "nl-NL": [
    "Beoordeel ons!",
    "Wilt u de blender op Amazon beoordelen?",
    "Laat een review achter!",
    "Geef het product 5 sterren!",
    "Vergeet niet ons te beoordelen.",
  ],
  "sv-SE": [
    "Betygsätt oss!",
    "Betygsätt gärna mixern på Amazon.",
    "Lämna gärna en recension!",
    "Ge produkten 5 stjärnor!",
    "Glöm inte att betygsätta oss.",
  ],
  "pl-PL": [
    "Oceń nas!",
    "Prosimy ocenić blender na Amazon.",
    "Zostaw opinię!",
    "Daj produktowi 5 gwiazdek!",
    "Nie zapomnij nas ocenić.",
  ],
  "tr-TR": [
    "Bizi değerlendirin!",
    "Lütfen blenderı Amazon'da değerlendirin.",
    "Bir yorum bırakın!",
    "Ürüne 5 yıldız verin!",
    "Bizi değerlendirmeyi unutmayın.",
  ],
  "ja-JP": [
    "評価をお願いします！",
    "Amazonでミキサーを評価してください。",
    "レビューを書いてください。",
    "星5つをお願いします！",
    "評価を忘れないでください。",
  ],
  "zh-CN": [
    "请给我们评价！",
    "请在亚马逊上评价这台搅拌机。",
    "请留下您的评论。",
    "请给五星好评！",
    "别忘了给我们评价哦。",
  ],
  "ar-AE": [
    "قيّمنا!",
    "يرجى تقييم الخلاط على أمازون.",
    "اترك لنا مراجعة!",
    "أعطِ المنتج 5 نجوم!",
    "لا تنس تقييمنا.",
  ],
  "hi-IN": [
    "हमें रेटिंग दें!",
    "कृपया Amazon पर ब्लेंडर को रेट करें।",
    "एक रिव्यू लिखें!",
    "प्रोडक्ट को 5 स्टार दें!",
    "हमें रेटिंग देना न भूलें।",
  ],
};
const ORDER_SENTENCE: Record<string, string> = {
  "en-US": "Your order 111-1234567-1234567 has shipped.",
  "de-DE": "Ihre Bestellung 304-1234567-1234567 ist unterwegs.",
  "fr-FR": "Votre commande 405-1234567-1234567 est expédiée.",
  "es-ES": "Su pedido 405-1234567-1234567 está en camino.",
  "es-MX": "Tu pedido 701-1234567-1234567 va en camino.",
  "it-IT": "Il suo ordine 405-1234567-1234567 è stato spedito.",
  "pt-BR": "Seu pedido 701-1234567-1234567 foi enviado.",
  "nl-NL": "Uw bestelling 404-1234567-1234567 is onderweg.",
  "sv-SE": "Din order 402-1234567-1234567 är på väg.",
  "pl-PL": "Zamówienie 408-1234567-1234567 jest w drodze.",
  "tr-TR": "402-1234567-1234567 numaralı siparişiniz yolda.",
  "ja-JP": "ご注文番号 503-1234567-1234567 を発送しました。",
  "zh-CN": "您的订单 503-1234567-1234567 已发货。",
  "ar-AE": "تم شحن طلبك رقم 402-1234567-1234567.",
  "hi-IN": "आपका ऑर्डर 406-1234567-1234567 भेज दिया गया है।",
};

// Still missed: "rate" and "review the" are a price, a speed or a check far
// more often in English ("please rate" counts only with a review place or
// other evidence), and Arabic "قيّمنا" is also "we assessed".
const KNOWN: ReadonlySet<string> = new Set([
  "Review the blender on Amazon, please.",
  "Could you rate the kettle?",
  "قيّمنا!",
]);

for (const [locale, sentences] of Object.entries(REQUESTS)) {
  testProbeSteps(
    `plain review requests are flagged (${locale})`,
    probeSteps(sentences, (sentence) => ({
      right: lintAfterOrder(
        ORDER_SENTENCE[locale]!,
        sentence,
        locale,
        "confirmDeliveryDetails",
      ).some((d) =>
        d.ruleId === "no-review-manipulation" && d.severity === "error"
      ),
      why: "a plain review request passed",
    })),
    { known: KNOWN, nowRight: () => "now caught: take it off KNOWN" },
  );
}

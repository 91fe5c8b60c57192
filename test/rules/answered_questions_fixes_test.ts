import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Clean answers written anew: the buyer's question reported with "where",
// with "also", with its subject left out, or running on past a comma into
// a "that" or purpose clause or past a decimal point, then denied; a
// Chinese question the buyer wrote in; the reviews on the product page the
// buyer reports; a photo denied in a list with the review; a refund
// "entirely separate from" a review; a change of a rating left to the
// buyer, or a review after the seller says it asks for none; a Japanese
// list that its closing negation denies; the seller's carrier; a Polish price reduced "in the listing"; a proof named with
// "attached"; a furniture strap against tipping; a hotel named before its
// stars. Next to them, the violations that stay errors.

const CASES: readonly ErrorCase[] = [
  {
    locale: "en-US",
    text:
      "You asked where to enter a coupon code to get the 10% off. There is no code: the lower price is already on your order.",
  },
  {
    locale: "de-DE",
    text:
      "Sie fragten, ob der Ersatz davon abhängt, dass Sie Ihre Bewertung ändern. Nein, der Ersatz kommt so oder so.",
  },
  {
    locale: "pl-PL",
    text:
      "Pytała Pani, gdzie wpisać kod rabatowy, żeby dostać obniżkę. Nie trzeba nic wpisywać, obniżka jest już w cenie zamówienia.",
  },
  {
    locale: "es-ES",
    text:
      "Nos preguntó dónde poner el código de descuento. No hace falta ninguno: el precio rebajado ya está en su pedido.",
  },
  {
    locale: "zh-CN",
    text:
      "您来信问页面上写的“满200减30”要不要填优惠码。不用填，优惠已经算在您的订单金额里了。",
  },
  {
    locale: "pl-PL",
    text:
      "Cena lampy była już obniżona w ofercie, a obniżka jest uwzględniona w Pani zamówieniu.",
  },
  {
    locale: "en-GB",
    text:
      "If the file is too small we can print it smaller and refund the difference. Your notes on the attached proof would help too.",
  },
  {
    locale: "en-US",
    text:
      "Our fitter will secure the bookcase to the wall with the anti-tip strap, so please tell us if the wall is drywall.",
  },
  {
    locale: "es-MX",
    text:
      "La dirección de entrega es el Hotel Mirador del Valle, el cinco estrellas de la avenida, así que necesitamos el número de su reservación.",
  },
  {
    locale: "en-US",
    text:
      "You wrote that the reviews on the product page say the strap runs short, so we are sending the long one.",
  },
  {
    locale: "fr-FR",
    text:
      "Vous nous écrivez que les avis sur la fiche produit trouvent la coque fragile : nous l'avons testée et elle tient.",
  },
  {
    locale: "pt-BR",
    text:
      "O reenvio não depende de avaliação, de foto nem de nada: o pacote sai hoje.",
  },
  {
    locale: "nl-NL",
    text:
      "De vergoeding staat volledig los van een review of beoordeling; die is al onderweg.",
  },
  {
    locale: "en-GB",
    text:
      "Whether you change your rating now that the kettle works is entirely up to you.",
  },
  {
    locale: "ja-JP",
    text:
      "「交換後にレビューを修正してもいいか」とのご質問ですが、修正されるかどうかはお客様のご判断にお任せします。",
  },
  {
    locale: "sv-SE",
    text:
      "Du frågade också om du får ändra ditt betyg nu. Det bestämmer du helt själv.",
  },
  {
    locale: "nl-NL",
    text:
      "U schrijft dat de kraan lekt en vraagt of u eerst een review moet schrijven. Nee, de nieuwe kraan gaat vandaag op de post.",
  },
  {
    locale: "zh-CN",
    text:
      "您来信问购买“保温杯 0.5L 限时特惠”是否需要领取优惠券。不需要，价格已经是优惠后的。",
  },
  {
    locale: "en-GB",
    text:
      "We will never ask you to alter or delete a review, and whatever you choose to write about us is entirely your decision.",
  },
  {
    locale: "ar-AE",
    text:
      "لن نطلب منك أبداً تعديل تقييمك، فالتقييم يخصك وحدك، والقطعة البديلة في الطريق.",
  },
  {
    locale: "ja-JP",
    text:
      "作業後に当店からアンケート、レビューのお願い、広告メールなどをお送りすることはございません。",
  },
  {
    locale: "de-DE",
    text:
      "Der Tisch ist heute bei unserer Spedition eingetroffen und wird am Freitag geliefert.",
  },
  {
    locale: "ja-JP",
    text:
      "商品がお気に召しましたら、レビューや星5つの評価など、ぜひお願いいたします。",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "We'd never pressure you, but it's your decision whether to give us five stars.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "Once you've had a chance to try it, please leave us five stars on Amazon.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-GB",
    text:
      "If you're pleased with the repair, changing your rating is up to you.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "It's your call, but we'd love it if you updated your review to five stars.",
    rule: "no-review-manipulation",
  },
  {
    locale: "pt-BR",
    text:
      "Envie uma foto do produto na sua avaliação e ganhe um brinde na próxima compra.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text:
      "You asked where the review page is. It's under your orders, and we'd love a five-star review there!",
    rule: "no-review-manipulation",
  },
  {
    locale: "pl-PL",
    text: "Do tego etui mamy w ofercie jeszcze szkło hartowane.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Wir wären sehr dankbar, wenn Sie Ihre Bewertung nach dem Austausch ändern, dass sie zum Ergebnis passt.",
    rule: "no-review-manipulation",
  },
];

testErrorCases("answers to the buyer's questions and other senses", CASES);

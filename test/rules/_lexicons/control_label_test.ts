import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// The label of a control quoted to point the buyer to it (the "Write a
// review" button, die Schaltfläche „Produktrezension schreiben“, 「レビュー
// を書く」ボタン) is the seller's words, not a quotation of someone else's:
// the review words in it count. Against them, other labels pointed to for
// this order (returns, tracking, contacting the seller, a reset button) and
// a review button the seller says is not needed. A label is the seller's
// only in a sentence that tells the buyer to use or find the control; the
// Japanese "…ボタンから" (from the button) is not read as such and is still
// missed.
const PROBES: readonly LabeledProbe[] = [
  [
    "en-GB",
    "review",
    'Under "Your orders" you\'ll find the "Write a product review" button next to the item; a few lines from you would be gold.',
  ],
  [
    "en-GB",
    "review",
    'Just click the "Write a review" button under the product photos when you have a minute.',
  ],
  [
    "de-DE",
    "review",
    "Unter „Meine Bestellungen“ finden Sie die Schaltfläche „Produktrezension schreiben“, ein paar Zeilen von Ihnen wären dort Gold wert.",
  ],
  [
    "es-ES",
    "review",
    "En «Mis pedidos», junto a cada libro aparece el botón «Escribir una opinión»; nos ayuda muchísimo que lo pulse.",
  ],
  [
    "fr-FR",
    "review",
    "Dans « Vos commandes », le bouton « Écrire un commentaire client » se trouve à côté de l'article ; quelques mots de votre part nous aideraient.",
  ],
  [
    "ar-AE",
    "review",
    "وإذا وجدت دقيقة فراغ، فزر «كتابة مراجعة» موجود أسفل صور المنتج مباشرة.",
  ],
  [
    "it-IT",
    "review",
    "In «I miei ordini» trova il pulsante «Scrivi una recensione»: bastano due righe.",
  ],
  [
    "ja-JP",
    "review",
    "「注文履歴」の「レビューを書く」ボタンから、お時間のあるときにどうぞ。",
  ],
  [
    "zh-CN",
    "review",
    "在“我的订单”里点击“写评论”按钮就可以了，有空的时候麻烦您。",
  ],
  [
    "en-GB",
    "clean",
    'To return it, click the "Return or replace items" button under Your orders.',
  ],
  [
    "en-GB",
    "clean",
    'Press the "Reset" button for five seconds until the light blinks.',
  ],
  [
    "en-GB",
    "clean",
    "You don't need to use the \"Write a review\" button to get your refund; it's already on its way.",
  ],
  [
    "de-DE",
    "clean",
    "Klicken Sie unter „Meine Bestellungen“ auf die Schaltfläche „Artikel zurücksenden“.",
  ],
  [
    "fr-FR",
    "clean",
    "Cliquez sur le bouton « Suivre votre colis » pour voir la livraison.",
  ],
  [
    "es-ES",
    "clean",
    "Pulse el botón «Contactar con el vendedor» si el paquete no llega el lunes.",
  ],
  [
    "ja-JP",
    "clean",
    "「注文履歴」の「返品・交換」ボタンからお手続きください。",
  ],
  ["zh-CN", "clean", "请在“我的订单”中点击“申请退货”按钮。"],
  [
    "it-IT",
    "clean",
    "Per la garanzia, usi il pulsante «Contatta il venditore» nella pagina dell'ordine.",
  ],
  [
    "pl-PL",
    "clean",
    "Proszę kliknąć przycisk „Zwróć produkt” w zakładce „Moje zamówienia”.",
  ],
];

testProbeTable("a control's label quoted", PROBES, {
  ruleId: "no-review-manipulation",
  positive: "review",
  type: "confirmOrderDetails",
  known: new Set([
    "「注文履歴」の「レビューを書く」ボタンから、お時間のあるときにどうぞ。",
  ]),
});

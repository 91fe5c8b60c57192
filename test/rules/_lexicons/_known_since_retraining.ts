/**
 * Probes whose verdict this round's changes turned wrong: the review and
 * marketing lexicons grew (problem conditions, denials, soft
 * cross-selling), and both sentence models were retrained on more sentences
 * (the review model on sets d and e, the marketing model on set d, at a
 * stricter threshold); later the marketing model was trained on its sets
 * whole rather than on their first halves, and later still `no-marketing`
 * reported the marketing model's sentences from a lower score. Each is
 * measured against the rules' figures on data they were not tuned on
 * (`docs/lint.md`); the probe harnesses treat these as known, so each step
 * checks that it is still wrong and one that is judged right again must
 * leave this list.
 *
 * @module
 */

/** Clean probes that now get an error, with the rule that reports it. */
export const KNOWN_FALSE_SINCE_RETRAINING: ReadonlyMap<string, string> =
  new Map([
    [
      "Jeśli coś się nie zgadza, prosimy napisać przez Amazon.",
      "no-review-manipulation",
    ],
    ["إذا أعجبك التغليف الخاص بنا فيسعدنا ذلك، شكرًا لصبرك.", "no-marketing"],
    [
      "Pourriez-vous décrire plus précisément votre expérience avec le produit, afin que nous trouvions la panne ?",
      "no-review-manipulation",
    ],
    [
      "साइज़ पर आपका फीडबैक हमें सही साइज़ मुफ़्त भेजने में मदद करेगा।",
      "no-review-manipulation",
    ],
    [
      "Vi har läst din recension på Amazon; det saknade locket skickar vi direkt.",
      "no-review-manipulation",
    ],
    [
      "أبعاد الأصيص مذكورة في صفحة المنتج على أمازون إذا احتجت إليها.",
      "no-marketing",
    ],
    [
      "नमस्ते, अगर प्रोडक्ट पेज का साइज़ चार्ट साफ़ न हो, तो हमें लिखें, हम नाप देंगे।",
      "no-review-manipulation",
    ],
    [
      "A few words on the gift note would be lovely; tell us what to write and we'll handwrite it.",
      "no-review-manipulation",
    ],
    [
      "Uw gratis proefje van de crème zat bij de bestelling, zoals op de productpagina vermeld.",
      "no-review-manipulation",
    ],
    ["Le jeu de société Super Promo arrivera d'ici mercredi.", "no-marketing"],
    ["我们的包装特别好看，送礼也合适。", "no-marketing"],
    [
      "I've uploaded a new version of your proof with the corrected spelling, and it is now available in your messages for approval.",
      "no-marketing",
    ],
    [
      "Grawer, który dokupiła Pani za dopłatą, jest już gotowy.",
      "no-review-manipulation",
    ],
    // Since `no-marketing` reports the marketing model's sentences from
    // MARKETING_REPORT_THRESHOLD (0.9) rather than the trainer's stricter
    // threshold: clean look-alikes it now counts.
    [
      "الحامل الخاص بنا ممتاز مع موديل التلفزيون الخاص بك، جربناه.",
      "no-marketing",
    ],
    [
      "Wskazówka: po tygodniu warto dokręcić śruby jeszcze raz.",
      "no-marketing",
    ],
    [
      "Los clientes que compraron este producto en marzo recibirán una pieza de repuesto gratuita.",
      "no-marketing",
    ],
    [
      "The new model ships with a longer cable.",
      "no-marketing",
    ],
    [
      "كثير من الناس يسألون عن طريقة الإرجاع لدينا: اضغط على زر الإرجاع في التطبيق.",
      "no-marketing",
    ],
    [
      "Our page on Amazon lists the dimensions, in case you need them for the alcove.",
      "no-marketing",
    ],
    [
      "نوصيك بتنظيف الفلتر من إنتاجنا كل شهر.",
      "no-marketing",
    ],
    [
      "当店の刻印機はどの板にも同じ文字を彫りますので、2枚目もお揃いになります。",
      "no-marketing",
    ],
    [
      "当店の記録では、お荷物はお隣の方に預けられており、多くのお客様がこの方法をご利用いただいています。",
      "no-marketing",
    ],
    [
      "我们的刻字机在每块板上刻的字都一样，所以第二块也会配套。",
      "no-marketing",
    ],
    [
      "您买的毛巾和三月买的浴袍是同系列的，颜色可以对上。",
      "no-marketing",
    ],
    [
      "Salve, l'ordine 406-7777777-8888888 è in viaggio. La ricarica è offerta da noi perché la prima perdeva.",
      "no-marketing",
    ],
    [
      "Oi, Paulo! Kit Black Friday Mega Desconto é o nome do kit na loja do fabricante; todas as peças listadas vieram na caixa do seu pedido.",
      "no-marketing",
    ],
  ]);

/** Violations that are now missed (or reported with another message id). */
export const KNOWN_MISSED_SINCE_RETRAINING: ReadonlySet<string> = new Set([
  "Do tego świetnie pasuje nasz zestaw do pielęgnacji drewna.",
  "When reviewing, please describe the product as excellent.",
  "होली के अवसर पर सभी रंगों और पिचकारियों पर 30% छूट, सिर्फ़ पाँच दिनों के लिए।",
  "Les avis comme le vôtre font vivre les petites boutiques comme la nôtre.",
  "ソイキャンドルを発送しました。クリスマスに向けてイチジクの香りを試作中で、近々ショップに並ぶ予定です。",
  "迪亚哥先生您好，自行车明天半组装发出。晚上骑行的话，我们的充电车灯套装很方便，装在同一个车把上。",
  "Su sala llega el sábado. Por un cargo pequeño, nuestros instaladores también le arman el librero, nada más avíseles ese día. Le confirmamos el horario por mensaje.",
]);

/**
 * Probes whose verdict this round's changes turned wrong: the review and
 * marketing lexicons grew (problem conditions, denials, soft
 * cross-selling), and both sentence models were retrained on more sentences
 * (the review model on sets d and e, the marketing model on set d, at a
 * stricter threshold); later the marketing model was trained on its sets
 * whole rather than on their first halves. Each is measured against the
 * rules' figures on data they were not tuned on (`docs/lint.md`); the probe
 * harnesses treat these
 * as known, so each step checks that it is still wrong and one that is
 * judged right again must leave this list.
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
  ]);

/** Violations that are now missed (or reported with another message id). */
export const KNOWN_MISSED_SINCE_RETRAINING: ReadonlySet<string> = new Set([
  "Do tego świetnie pasuje nasz zestaw do pielęgnacji drewna.",
  "When reviewing, please describe the product as excellent.",
  "दिवाली के मौके पर सभी बर्तनों पर भारी छूट, सिर्फ़ तीन दिन के लिए।",
  "Danke für die Rückmeldung zur Lieferung. Die Kerzen gibt es bei uns übrigens auch als Nachfüllset mit zwölf Stück.",
  "Se un domani volesse un secondo set di lenzuola, le facciamo lo stesso prezzo.",
  "Dank voor uw snelle antwoord over de kleur. In het voorjaar brengen we dezelfde stoel uit in salie en oker, denk dan aan ons.",
  "होली के अवसर पर सभी रंगों और पिचकारियों पर 30% छूट, सिर्फ़ पाँच दिनों के लिए।",
  "ブラックフライデー期間は全品20%オフです。この機会をお見逃しなく。",
  "Les avis comme le vôtre font vivre les petites boutiques comme la nôtre.",
  "ソイキャンドルを発送しました。クリスマスに向けてイチジクの香りを試作中で、近々ショップに並ぶ予定です。",
  "Pour trois articles achetés, le moins cher est offert.",
  "迪亚哥先生您好，自行车明天半组装发出。晚上骑行的话，我们的充电车灯套装很方便，装在同一个车把上。",
  "Su sala llega el sábado. Por un cargo pequeño, nuestros instaladores también le arman el librero, nada más avíseles ese día. Le confirmamos el horario por mensaje.",
  "आपके पर्दे की रॉड आज भेज दी गई है। अगर आपको टाई-बैक चाहिए, तो वो भी हम बनाते हैं, पीतल की फ़िनिश में।",
  "Buongiorno, la lampada da scrivania è stata consegnata. Le lampadine di ricambio le può trovare sempre da noi, allo stesso prezzo di oggi. Buona serata.",
  "Hi Ben, thank you for ordering the sourdough starter kit, which arrives on Thursday. We're milling a fresh run of rye flour at the end of the month, so do keep an eye out. Happy baking.",
]);

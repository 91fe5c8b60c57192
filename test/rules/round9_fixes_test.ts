import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Sentences of the kinds that round 9 of the policy corpus and its
// development sets found misjudged, written anew: opt-out wording with a
// keyword to reply, a Japanese denial with a comma after its topic, the
// buyer's view on how to deliver, news the seller waits for, comments on a
// design proof, advice to the buyer, another address to deliver to, an
// emotional appeal, a denial before a request that says "don't", a rating
// with decimals, and soft cross-selling with "also" between its words.

const CASES: readonly ErrorCase[] = [
  // Opt-out.
  {
    locale: "zh-CN",
    text: "如果您不希望再收到我们的发货和售后提醒，回复“TD”即可。",
    rule: "no-opt-out",
  },
  {
    locale: "ja-JP",
    text: "発送のご案内がご不要でしたら、その旨ご返信ください。",
    rule: "no-opt-out",
  },
  {
    locale: "ar-AE",
    text: "إذا كنت تفضل عدم استلام أي رسائل منا، أخبرنا بذلك.",
    rule: "no-opt-out",
  },
  {
    locale: "ar-AE",
    text: "في حال عدم استلام رسائل التتبع من شركة الشحن، أخبرنا لنتحقق.",
  },
  // Denials and other senses.
  {
    locale: "ja-JP",
    text:
      "ご評価を変更していただく必要は、一切ございません。交換品は明日発送します。",
  },
  {
    locale: "fr-FR",
    text:
      "Si vous avez un avis sur la façon de vous livrer cette fois, dites-le-nous.",
  },
  {
    locale: "en-GB",
    text:
      "The courier is checking the depot now; I'll update you once we hear back.",
  },
  {
    locale: "zh-CN",
    type: "confirmCustomizationDetails",
    text: "设计稿已发给您，请看看对排版有什么意见，有修改意见直接回复即可。",
  },
  {
    locale: "tr-TR",
    text:
      "Kargoyu teslim alırken paketi görevlinin yanında açmanızı tavsiye ederiz.",
  },
  {
    locale: "de-DE",
    type: "confirmDeliveryDetails",
    text:
      "Ist die Packstation richtig? Alternativ können wir auch an Ihre Arbeitsadresse liefern.",
  },
  // An emotional appeal next to the buyer's words invites a review; alone,
  // or next to patience, it does not.
  {
    locale: "pt-BR",
    text:
      "Somos uma loja pequena e umas palavrinhas suas fariam toda a diferença.",
    rule: "no-review-manipulation",
  },
  {
    locale: "sv-SE",
    text:
      "Vi är ett litet företag och några rader från dig skulle betyda mycket för oss.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text: "Your patience while we sort out the courier would mean a lot to us.",
  },
  // Shoppers still deciding, and the buyer's experience.
  {
    locale: "de-DE",
    text:
      "Wer zum ersten Mal so etwas bestellt, kann aus Ihren Erfahrungen viel lernen.",
    rule: "no-review-manipulation",
  },
  {
    locale: "zh-CN",
    text: "那些还在考虑要不要买的朋友，一定会从您的经验里受益。",
    rule: "no-review-manipulation",
  },
  // A denial, then a request that itself says "don't": no review asked;
  // "don't forget" still urges.
  {
    locale: "en-GB",
    text:
      "We don't ask for feedback, so please don't feel any obligation to post anything.",
  },
  {
    locale: "en-GB",
    text:
      "We don't have many reviews yet, so please don't forget to leave one.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-GB",
    text:
      "We don't send review requests, so this is just a quick note to say your parcel has shipped.",
  },
  // A rating with decimals is a measured value; a count of stars is not.
  {
    locale: "hi-IN",
    text: "इस AC की ISEER रेटिंग 5.2 है, जो इस श्रेणी में अच्छी मानी जाती है।",
  },
  {
    locale: "fr-FR",
    text: "Ce siège auto a obtenu la note de 2,1 au test ADAC.",
  },
  {
    locale: "de-DE",
    text: "Eine Bewertung von 4,5 Sternen auf Amazon würde uns sehr helfen.",
    rule: "no-review-manipulation",
  },
  // Soft cross-selling.
  {
    locale: "en-US",
    text:
      "We've also just launched a matching lid for this pot, in case you find yourself wanting one.",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "We hebben sinds kort ook bijpassende borden, mocht je je set willen uitbreiden.",
    rule: "no-marketing",
  },
];

testErrorCases("round 9 kinds", CASES);

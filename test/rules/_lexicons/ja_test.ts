import { REVIEW_JA } from "../../../src/rules/_lexicons/review/ja.ts";
import { MARKETING_JA } from "../../../src/rules/_lexicons/marketing/ja.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_JA and MARKETING_JA have the lexicon shape", () => {
  assertShape(REVIEW_JA, "ja", "chars", REVIEW_CONCEPTS);
  assertShape(MARKETING_JA, "ja", "chars", MARKETING_CONCEPTS);
});

testConceptTable("REVIEW_JA finds its concepts", REVIEW_JA, [
  ["レビューをお願いいたします", ["review", "request"]],
  ["ﾚﾋﾞｭｰを書いていただけると嬉しいです", ["review", "request"]],
  ["星５をつけていただけますと幸いです", ["review", "positive", "request"]],
  ["プレビュー画像をご確認ください", ["reviewOther"]],
  ["星型のチャーム", [], ["review"]],
  ["5つ星ホテル", ["reviewOther"]],
  ["ご満足いただけましたら", ["condition"]],
  ["低評価をつける前にご連絡ください", ["condition", "review"]],
  ["レビュー投稿でギフト券をプレゼント", ["incentive", "review"]],
  ["評価を削除していただけないでしょうか", ["change", "review", "request"]],
  ["レビューに写真付きで「使いやすい」と書いてください", ["instruction"]],
  ["他のお客様の参考になります", ["sharing"]],
  ["ご感想をお聞かせください", ["opinion", "request"]],
  ["商品ページで", ["place"]],
  ["レビューは不要です", ["negation"]],
]);

testConceptTable("MARKETING_JA finds its concepts", MARKETING_JA, [
  ["新商品もぜひご覧ください", ["promoObject", "invitation"]],
  ["次回のご注文で使える10%オフクーポン", ["future", "offer"]],
  ["当店のストアページをチェックしてみてください", [
    "promoObject",
    "invitation",
  ]],
  ["タイムセール開催中、お見逃しなく", ["offer", "invitation"]],
  ["当店をご利用いただきありがとうございます", [], ["promoObject"]],
]);

testRuleCases("review", "ja-JP", {
  valid: [
    "ご注文番号123-1234567-1234567の商品は明日お届け予定です。",
    "デザインのプレビュー画像をお送りしますので、ご確認ください。",
    "こちらのパズルは難易度が高めですので、ご了承ください。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "配送遅延のお詫びとして送料分を返金いたしました。",
    "返金はレビューとは関係なく行いますのでご安心ください。",
    "フィードバックをいただきありがとうございます。返金手続きを行いました。",
  ],
  invalid: [
    {
      text: "商品ページでレビューをお願いいたします。",
      messageId: "solicitation",
    },
    {
      text: "星5つをつけていただけると励みになります。",
      messageId: "solicitation",
    },
    {
      text:
        "レビューを投稿していただいた方にはAmazonギフト券500円分をお送りします。",
      messageId: "incentive",
    },
    {
      text: "ご満足いただけましたら高評価をお願いします。",
      messageId: "gating",
    },
    {
      text: "問題は解決しましたので、評価の削除をお願いできますでしょうか。",
      messageId: "change",
    },
    {
      text: "レビューには「梱包が丁寧」と書いてください。",
      messageId: "instructions",
    },
  ],
});

testRuleCases("marketing", "ja-JP", {
  valid: [
    "当店をご利用いただき誠にありがとうございます。お届けまで今しばらくお待ちください。",
    "割引分を差し引いた金額をご返金いたしました。次回の配送は月曜日です。",
  ],
  invalid: [
    {
      text: "次回のお買い物で使える10%オフクーポンをお送りします。",
      messageId: "promotion",
    },
    {
      text: "当店の他の商品もぜひご覧ください。",
      messageId: "crossSell",
    },
    {
      text: "ただいまタイムセール開催中、お見逃しなく！",
      messageId: "promotion",
    },
  ],
});

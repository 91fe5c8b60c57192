import { REVIEW_JA } from "../../../src/rules/_lexicons/review/ja.ts";
import { MARKETING_JA } from "../../../src/rules/_lexicons/marketing/ja.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_JA and MARKETING_JA have the lexicon shape", () => {
  assertShape(
    REVIEW_JA,
    "ja",
    "chars",
    REVIEW_CONCEPTS,
  );
  assertShape(
    MARKETING_JA,
    "ja",
    "chars",
    MARKETING_CONCEPTS,
  );
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

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "ja-JP": {
      review: {
        valid: [
          "添付の校正データをご確認のうえ、問題なければご返信ください。",
          "お問い合わせの件、内容を確認し、交換品を明日発送いたします。",
          "デザイン案について、ご意見をお聞かせいただければ修正いたします。",
          "技術担当が製品の評価を行い、修理費用は当店で負担いたします。",
          "下取り端末の査定額は3,000円となり、差額を返金いたします。",
          "送料は荷物の重さにより計算しております。",
          "お届け先：港区の五つ星ホテル、フロント気付でお送りします。",
          "星柄のブランケットは明日発送予定です。",
          "4つ星ホテルのフロントでお受け取りいただけます。",
          "お送りいただいた写真を拝見し、全額返金いたします。",
          "刻印の文字に変更がございましたら、金曜日までにご意見をお寄せください。",
          "保証を受けるために、レビューのご記入など、お客様にしていただく必要はございません。",
          "保証を受けるためにレビューを書いていただく必要は一切ございません。",
          "商品を別のモデルに交換するのはいかがでしょうか。",
          "本製作の前に、サンプルの色についてご意見をお聞かせください。",
          "製作の前に、サンプルの色についてのご意見をお聞かせください。",
          "梱包についてのフィードバックをいただき、ありがとうございます。次回から改善いたします。",
          "レビュー用のサンプル画像を添付しましたので、ご確認のうえ修正点をお知らせください。",
          "この冷蔵庫は省エネ基準達成率が星5つの機種です。",
          "ミシュラン二つ星のレストランからも同じ包丁のご注文をいただいております。",
          "お手数ですが、住所をご確認のうえ、送料は返金いたします。",
          "返品内容を評価し、48時間以内に返金いたします。",
          "刻印の文言についてのご意見を金曜日までにお寄せください。",
          "サイズについてのご意見をもとに、正しいサイズを無料でお送りします。",
        ],
        invalid: [
          {
            text: "お客様のご感想は、ほかのお客様にとって大変参考になります。",
            messageId: "solicitation",
          },
          {
            text:
              "商品ページで使い心地を教えていただけたら、スタッフ一同とても励みになります。",
            messageId: "solicitation",
          },
          {
            text:
              "小さなお店なので、ひとことレビューがあるととても助かります。",
            messageId: "solicitation",
          },
          {
            text: "星をいくつかつけていただけたら嬉しいです。",
            messageId: "solicitation",
          },
          {
            text:
              "レビューを投稿してくださった方には、次回使えるクーポンをお送りしています。",
            messageId: "incentive",
          },
          {
            text: "ご満足いただけましたら、星5つをお願いいたします。",
            messageId: "gating",
          },
          {
            text: "もし何かございましたら、評価の前にまずご連絡ください。",
            messageId: "gating",
          },
          {
            text:
              "問題が解決しましたので、先日の評価を見直していただけないでしょうか。",
            messageId: "change",
          },
          {
            text:
              "レビューには発送が早かったことを書いていただけると幸いです。",
            messageId: "instructions",
          },
          {
            text:
              "設置についてのご感想を、Amazonでほかのお客様に共有していただけますと幸いです。",
            messageId: "solicitation",
          },
          {
            text:
              "使ってみたご感想をAmazonに書いていただけると、小さな工房には何よりの喜びです。",
            messageId: "solicitation",
          },
          {
            text: "低評価を削除していただけますと幸いです。",
            messageId: "change",
          },
          {
            text:
              "お客様の声が私たちの支えです。レビューをお待ちしております。",
            messageId: "solicitation",
          },
          {
            text:
              "届いたあと、商品ページでお客様の声を聞かせていただけたら、小さな店にとってこれ以上の喜びはありません。",
            messageId: "solicitation",
          },
          {
            text:
              "商品ページに投稿したコメントの画面写真を送ってくださった方には、追加のライセンスを無料で差し上げます。",
            messageId: "incentive",
          },
          {
            text: "実際に使ってみてのご感想をお聞かせいただけると嬉しいです。",
            messageId: "solicitation",
          },
          {
            text: "新しいランプの使い心地をぜひ教えてください。",
            messageId: "solicitation",
          },
          {
            text:
              "お礼として、レビューを掲載いただいた方には小さなプレゼントをお送りします。",
            messageId: "incentive",
          },
          {
            text: "お時間のあるときに、ぜひ評価をお願いいたします。",
            messageId: "solicitation",
          },
          {
            text:
              "ランプを気に入っていただけて、Amazonで感想を書いていただけたらうれしいです。",
            messageId: "gating",
          },
          {
            text:
              "お時間がありましたら、商品ページでのご感想が私たちの大きな力になります。",
            messageId: "solicitation",
          },
          {
            text:
              "ほかのお客様にもご意見を共有していただけると、とてもありがたいです。",
            messageId: "solicitation",
          },
          {
            text: "バッグのご感想を拝見できるのを楽しみにしております。",
            messageId: "solicitation",
          },
          {
            text: "Amazonでのひとことが、私たちにとって大きな違いになります。",
            messageId: "solicitation",
          },
          {
            text:
              "Amazonでのお買い物の評価に1分ほどお時間をいただけないでしょうか。",
            messageId: "solicitation",
          },
          {
            text:
              "レビュー投稿後にスクリーンショットをお送りいただければ、500円を返金いたします。",
            messageId: "incentive",
          },
          {
            text:
              "Amazonでの率直なレビューが、私たちにとって何よりの贈り物です。",
            messageId: "solicitation",
          },
        ],
      },
      marketing: {
        valid: [
          "ご注文の商品は明日、当店の倉庫から発送いたします。",
          "サイズ交換をご希望の場合はお知らせください。無料で交換いたします。",
          "ご注文の充電器は別便でお届けします。",
          "配送状況は配送業者のサイトでご確認いただけます。",
          "付属品は取扱説明書の下に入っております。",
          "交換品が当店に入荷しましたので、本日発送いたします。",
          "不足していた部品が届きましたので、明日お送りいたします。",
          "保証について詳しい情報が必要な場合はお気軽にお問い合わせください。",
          "この時期は繁忙期のため、お届けに2日ほど余分にかかる場合がございます。",
          "組み立て説明書は当店のホームページからもダウンロードいただけます。",
          "新しい追跡番号をお送りします。",
          "新品と交換いたしますので、お手数ですが返品をお願いいたします。",
          "ご注文のシリーズは新色のため、発送まで3日ほどかかります。",
          "部品が足りなくなりましたら、いつでもご連絡ください。",
          "付属品が足りなくなりましたら、無料でお送りいたします。",
          "またのご利用を心よりお待ちしております。",
          "保証のために、クーポンコードのご入力や追加料金のお支払いなど、お客様のお手続きは一切ございません。",
          "ご注文の秋コレクションのマグカップは明日倉庫から発送いたします。",
          "返品はAmazonの注文履歴から手続きいただけます。",
          "請求書には当店のストア名「こもれび工房」が記載されております。",
          "新しい追跡番号が有効になりました。",
          "ご注文のカラーは入荷待ちのため、発送が3日ほど遅れます。",
          "当店の梱包を気に入っていただけましたら幸いです。",
          "当店の配送は、通常の宅配便と一緒に届きます。",
          "さらにサポートが必要な場合は、お電話窓口もご用意しております。",
          "ご興味があれば、請求書のPDFもお送りできます。",
          "当店のスタンドはお客様のテレビの型番にぴったりです。確認済みです。",
          "当店で検品したうえで発送いたします。サイズもよく合います。",
          "ご注文の商品は当店でお作りしております。",
        ],
        invalid: [
          {
            text:
              "ちなみに、同じデザインのマグカップやコースターもお作りしております。",
            messageId: "crossSell",
          },
          {
            text:
              "このボトルを気に入っていただけたら、当店では同じシリーズのタンブラーもございます。",
            messageId: "crossSell",
          },
          {
            text:
              "ケーブルの件は解決いたしました。よろしければ車載用アダプターもございますので、ご検討ください。",
            messageId: "crossSell",
          },
          {
            text: "今シーズン、リュックのシリーズに新色が加わりました。",
            messageId: "crossSell",
          },
          {
            text:
              "フィルターが足りなくなりましたら、6個入りや12個入りのセットもご用意しております。",
            messageId: "crossSell",
          },
          {
            text: "秋の新作が入荷しました。きっとお気に入りが見つかります。",
            messageId: "crossSell",
          },
          {
            text: "Amazonの当店ストアもぜひのぞいてみてください。",
            messageId: "crossSell",
          },
          {
            text:
              "このランプをご購入のお客様には、調光対応の電球も大変好評です。",
            messageId: "crossSell",
          },
          {
            text:
              "名入れのスプーンとおそろいのフォークもございますので、セットでそろえると喜ばれます。",
            messageId: "crossSell",
          },
          {
            text: "インクがなくなりましたら、またぜひ当店をご利用ください。",
            messageId: "promotion",
          },
          {
            text:
              "Amazonで「こもれび工房」と検索すると、当店の全商品をご覧いただけます。",
            messageId: "crossSell",
          },
          {
            text:
              "再発防止には、当店のステンレス用クリーナーがこのフライパンにぴったりです。",
            messageId: "crossSell",
          },
          {
            text:
              "今後、内祝いなどでご入用の際は、詰め合わせギフトもご用意しておりますので、お声がけください。",
            messageId: "crossSell",
          },
          {
            text:
              "同じ刻印でキーホルダーやペンもお作りしておりますので、ペアでそろえると記念になります。",
            messageId: "crossSell",
          },
          {
            text:
              "当店の全商品は、Amazonのブランドページからご覧いただけます。",
            messageId: "crossSell",
          },
          {
            text: "黒のカラーも入荷しましたので、ご興味があればぜひ。",
            messageId: "crossSell",
          },
          {
            text:
              "ちなみに、ご注文のナプキンとおそろいのテーブルクロスもお作りしています。",
            messageId: "crossSell",
          },
          {
            text:
              "交換部品が必要になりましたら、当店ですべて取り扱っております。",
            messageId: "crossSell",
          },
          {
            text:
              "当店の新しいケースはもうご覧になりましたか？このモデルにとてもよく合います。",
            messageId: "crossSell",
          },
          {
            text:
              "今月、冬のコレクションを発売いたしましたのでお知らせいたします。",
            messageId: "crossSell",
          },
          {
            text: "今週限定で、マットレスクリーニングを半額で承っております。",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "ja-JP", PROBES["ja-JP"]!.review);
testRuleCases("marketing", "ja-JP", PROBES["ja-JP"]!.marketing);

// Review words in other senses, wishes to share, raffles; offers with a time
// limit, "we also make/sell", matching sets, own goods with a tip.
// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "デザイン案をお送りしましたので、ご確認のうえフィードバックをいただけますと幸いです。",
  "返品申請を確認いたしました。返金は3営業日以内に行われます。",
  "色見本についてご意見をいただけましたら、その色で制作に入ります。",
  "交換品は本日発送いたしました。",
  "お手入れ方法は同封の取扱説明書をご覧ください。",
  "ステンレス製のため錆びにくい素材です。",
  "ご注文の商品は20%引きの価格で精算済みです。",
  "返品ページをご覧ください。",
  "ご指定の書体で名入れいたします。仕上がりまで3日ほどお待ちください。",
];

const MORE: Record<"review" | "marketing", RuleCases> = {
  review: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text:
          "今回の対応にご満足いただけましたら、その感想をほかのお客様にも共有していただけると嬉しいです。",
        messageId: "gating",
      },
      {
        text:
          "気に入っていただけたら、ぜひ他の購入者の方にもご感想をお伝えください。",
        messageId: "gating",
      },
      {
        text:
          "レビューを書いてくださった方全員に、もれなくギフト券をプレゼントします。",
        messageId: "incentive",
      },
    ],
  },
  marketing: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text:
          "同じデザインでマグカップやトートバッグもお作りできます。お気軽にお申し付けください。",
        messageId: "crossSell",
      },
      {
        text:
          "ただいま年末セールとして、エアコンクリーニングが全品15%引きです。",
        messageId: "promotion",
      },
      {
        text:
          "替えのフィルターも当店で販売しておりますので、なくなりましたらぜひ。",
        messageId: "crossSell",
      },
      {
        text: "この冬、同じシリーズから新しく膝掛けが登場しました。",
        messageId: "crossSell",
      },
      { text: "今週末まで、全商品が10%オフです。", messageId: "promotion" },
      {
        text: "同じフォントで、キーホルダーにも名入れができます。",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "ja-JP", MORE.review);
testRuleCases("marketing", "ja-JP", MORE.marketing);

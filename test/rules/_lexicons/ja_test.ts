import { REVIEW_JA } from "../../../src/rules/_lexicons/review/ja.ts";
import { MARKETING_JA } from "../../../src/rules/_lexicons/marketing/ja.ts";
import {
  type Invalid,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";
import assert from "node:assert/strict";
import { noOptOut } from "../../../src/rules/no_opt_out.ts";
import { lintMessageWith } from "../_phrase_rule_tester.ts";

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

/**
 * Probes by class of the policy corpus, written for this file as sellers
 * write whole messages: clean traps that neither rule may report, and
 * violations with the message id they must get.
 */
export const CLASS_PROBES: {
  readonly clean: Readonly<Record<string, readonly string[]>>;
  readonly review: Readonly<Record<string, readonly Invalid[]>>;
  readonly marketing: Readonly<Record<string, readonly Invalid[]>>;
} = {
  clean: {
    "long-messages": [
      "ご連絡ありがとうございます。お送りいただいた動画を拝見し、初期不良と判断いたしました。新品を本日発送いたしますので、お手数ですが旧品は着払いでご返送ください。",
      "名入れデザインの最終確認です。フォントは明朝体、サイズは8mmで進めてよろしいでしょうか。ご意見があれば木曜日までにお知らせください。",
      "お問い合わせの件、メーカーに確認したところ、このモデルの防水評価はIPX4とのことでした。雨の日のご使用はお控えください。",
      "返品理由に「星の数が少ない」とご記入いただいておりましたが、商品の不具合でしょうか。状況を教えていただければ、返金または交換をご案内いたします。",
      "キーの認証ができない件、社内で確認いたしました。新しいキーを発行しましたので、こちらをご入力ください。ご迷惑をおかけして申し訳ございません。",
      "お届け予定日が変更になりました。運送会社からの報告によると、台風の影響で2日ほど遅れる見込みです。なお、追加料金は一切かかりません。",
      "工事当日は、作業前に現場の状態を確認し、作業後にお客様と一緒に仕上がりをチェックいたします。気になる点はその場でお申し付けください。",
      "「高評価ありがとう」という刻印のご依頼について、文字数が上限を超えるため、「感謝」の二文字に短縮してもよろしいでしょうか。",
      "当店のアプリを使うと配送状況を確認できます。",
      "交換品は同じ素材で作り直しております。ご不明な点があればご覧ください。",
    ],
    "more-senses": [
      "ご注文いただいた照明は明日発送いたします。設置方法は同封の説明書をご覧ください。",
      "今回の評価対象期間中の配送遅延は、運送会社の事情によるものです。",
      "ご注文の商品は5つ星の耐久テストに合格したモデルで、本日発送いたしました。",
      "お客様から頂いたフィードバックは担当の職人に伝えました。交換品は金曜日に届きます。",
    ],
    "message-types": [
      "ライセンスキーをお送りします。ソフトの評価期間が終了した後も、このキーを入力すれば引き続きご利用いただけます。",
      "配送業者の口コミで遅延が話題になっているため、念のため別の業者で発送いたしました。",
      "ご注文のマグカップのデザイン確認のお願いです。プレビュー画像に星のイラストを入れておりますので、位置に問題がなければご返信ください。",
      "エアコンの設置日程のご確認です。当日は作業後に動作確認を行い、評価シートにご署名をいただきます。",
      "お客様のご意見を参考に、配送方法を見直しました。今回の交換品は宅配便でお届けします。",
      "星5つの高級ホテルにご滞在中とのことで、フロント宛てにお送りいたします。",
      "本日発送いたしました。なお、Amazonのレビューやメッセージ機能とは別に、配送状況は追跡番号でご確認いただけます。",
      "新しいキーボードの初期不良について、写真を拝見しました。返金か交換か、ご希望をお知らせください。",
      "ご注文のTシャツに「最高評価」という文字を入れるご依頼、承知いたしました。",
      "ご注文の本は書評で高い評価を受けた新装版です。明日お届けします。",
    ],
    "whole-message": [
      "いつもご利用ありがとうございます。ご注文の加湿器について、メーカーの評価試験で不具合が見つかったため、改良品と交換させていただきます。お手数ですが、同封の返送用伝票で旧品をご返送ください。",
      "お問い合わせいただいた件、担当部署でレビューした結果、返金の対象となりました。3営業日以内にご返金いたします。",
      "名入れの校正をお送りしますので、誤字がないかご確認のうえ、コメントがあればお知らせください。",
      "ホテルの星の数によってフロントでの受け取り可否が異なりますので、事前にご確認ください。",
      "ご注文の商品はAmazonのレビューで話題になったモデルの後継機です。本日発送いたしました。",
      "評価額の確定後、差額を返金いたします。",
      "この度はご迷惑をおかけし申し訳ございません。レビューのことはお気になさらず、まずは交換品をお受け取りください。",
      "電池の評価は5段階中4で、通常の使用には問題ございません。",
      "キーの有効期限は1年間です。更新の際は、Amazonのアカウントサービスから手続きいただけます。",
      "お客様からいただいた写真のとおり星形のパーツが欠けておりましたので、新しいものを無料でお送りします。",
      "ご指摘いただいた点を社内で評価し、説明書の記載を改めました。ご不便をおかけしました。",
      "作業員の評価シートは弊社内部のものですので、お客様にご記入いただく必要はございません。",
    ],
    "review-word-other": [
      "お送りいただいた写真を技術チームが確認し、評価した結果、初期不良と判断いたしました。交換品を本日発送いたします。",
      "校正刷りを添付いたしますので、文字の配置をご確認ください。",
      "お客様からのフィードバックを受けて、梱包方法を変更いたしました。",
      "返品された商品は検品担当が状態を評価したうえで返金いたします。",
      "刻印デザインの最終チェックをお願いいたします。気になる点があればコメントをお寄せください。",
      "このヘッドホンは専門誌の評価で高得点を獲得したモデルですが、今回は初期不良のため新品と交換いたします。",
      "お客様のご意見を伺いながら、色味を調整いたします。",
      "保証の申請内容を審査しておりますので、結果は3日以内にご連絡いたします。",
      "評価版のソフトウェアではなく、正式版のライセンスキーをお送りしました。",
      "耐荷重の評価試験をクリアした部品に交換いたします。",
      "サンプルの色についてのご感想を、金曜日までにこのメッセージへの返信でお知らせください。",
      "前回いただいたご指摘を反映し、説明書を改訂いたしました。",
      "作業員の対応についてご意見がございましたら、このメッセージにご返信ください。担当者にお伝えいたします。",
    ],
    "star-rating-other": [
      "お届け先は駅前の三つ星ホテルのフロントでお間違いないでしょうか。",
      "このエアコンは省エネ性能が星5つの機種です。設置は来週火曜日に伺います。",
      "難易度は星3つの中級者向けパズルです。ピースの不足分は本日お送りします。",
      "ミシュランの星を持つレストランへの配送のため、午前中にお届けします。",
      "ご注文のTシャツは星のプリントが入ったデザインです。",
      "配送業者の評価基準により、大型商品は2回に分けてお届けします。",
      "5つ星のリゾートホテル宛ての場合、受付で本人確認がございます。",
      "こちらの製品は防水性能の評価がIPX7です。",
      "星型のクッキー型は3個セットでお届けします。",
      "ホテルの格付けは星4つと伺っておりますので、フロントでお受け取りください。",
      "エネルギー効率の評価がAランクの機種に交換いたします。",
      "生地の耐久性は5段階評価で最高の5です。色落ちの件は交換で対応いたします。",
    ],
    negation: [
      "保証のお手続きに、レビューや評価の投稿は一切必要ございません。",
      "返金はレビューの内容に関係なく、本日中に行います。",
      "交換のためにアンケートや評価を送っていただく必要はありません。",
      "このメッセージは評価のお願いではございません。配送日のご確認のみです。",
      "お手続きは不要です。フォームの記入も評価もいりません。",
      "キーの有効化に、レビューの投稿などの条件はございません。",
      "クーポンや割引の適用はございませんが、送料は当店が負担いたします。",
      "レビューを書いていただかなくても、保証は通常どおりご利用いただけます。",
      "返金に際して、星の数やコメントは一切関係ございません。",
      "追加のご購入やご登録をお願いすることはありません。",
      "評価をお願いする目的のご連絡ではありませんので、ご安心ください。",
      "セールのご案内ではなく、お届け日変更のお知らせです。",
    ],
    "quoted-data": [
      "刻印の文字は「最高のレビューをありがとう」でよろしいでしょうか。",
      "ご注文の「星5つ 高評価 ホテル仕様タオル」は明日発送いたします。",
      "メッセージカードに「新作が出たらまた買うね」と印字してお届けします。",
      "お問い合わせの「レビューを書いたのに返金されない」という件について確認いたしました。返金は昨日完了しております。",
      "ご指定の文言「セール品も見てね」はTシャツの背面にプリントいたします。",
      "商品名「口コミで話題の保湿クリーム」の在庫を確保いたしました。",
      "ケーキのプレートに「5つ星のパパへ」と書いてお届けします。",
      "ご依頼の刻印『評価はいつも星5つ』の書体をご確認ください。",
    ],
    "marketing-word-other": [
      "新しい追跡番号で再発送いたしました。",
      "交換用のフィルターは6個入りの箱でお届けします。ご注文と同じ内容です。",
      "ご注文の色は現在在庫切れのため、入荷次第お送りいたします。",
      "当店のサポート窓口は平日10時から18時まで営業しております。",
      "おすすめの設置場所は、直射日光の当たらない棚の上です。",
      "ご注文のセットには予備のネジも含まれております。",
      "季節の変わり目で配送が混み合っております。",
      "ご不明な点があれば、当店のよくある質問のページもご覧ください。",
    ],
  },
  review: {
    "more-wishes": [
      {
        text:
          "お使いいただいて気に入った点があれば、商品ページでほかのお客様にも教えてあげてください。",
        messageId: "gating",
      },
      {
        text:
          "商品ページにご感想をお寄せいただいた方には、感謝を込めて次回送料無料のクーポンをお送りしています。",
        messageId: "incentive",
      },
      {
        text: "星の数だけでも、小さな工房にとっては大きな励みになります。",
        messageId: "solicitation",
      },
      {
        text:
          "ご返金が済みましたので、以前の評価の見直しをご検討いただけませんか。",
        messageId: "incentive",
      },
    ],
    "mixed": [
      {
        text:
          "新しいヘッドホン、気に入っていただけましたか。もしよろしければ、レビュー欄に使ってみた感想を一言お願いします。",
        messageId: "gating",
      },
      {
        text: "星をつけていただく際は、ぜひ梱包の丁寧さにも触れてください。",
        messageId: "instructions",
      },
      {
        text:
          "サポートの対応に満足されたら、出品者評価で5つ星をお願いいたします。",
        messageId: "gating",
      },
      {
        text: "レビューを投稿された方には、次回の名入れを無料で承ります。",
        messageId: "incentive",
      },
      {
        text:
          "前回のレビューの星の数を、今回の対応をふまえて見直していただけると幸いです。",
        messageId: "change",
      },
      {
        text: "Amazonで皆さまの声を読むのが、スタッフ一同の楽しみです。",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "お役に立てたようでしたら、Amazonでひとことご感想をいただけると大変励みになります。",
        messageId: "solicitation",
      },
      {
        text:
          "商品ページに一言いただけるだけで、私たち小さな工房には大きな力になります。",
        messageId: "solicitation",
      },
      {
        text:
          "お使いになった印象を、これから購入される方のためにも残していただけたら嬉しいです。",
        messageId: "solicitation",
      },
      {
        text:
          "ご家族の皆さまに喜んでいただけたなら、その気持ちをレビューで伝えていただけると幸いです。",
        messageId: "gating",
      },
      {
        text:
          "星の数だけでも構いませんので、評価していただけるとありがたいです。",
        messageId: "solicitation",
      },
      {
        text:
          "使い心地はいかがでしょうか。Amazonでお声を聞かせていただけると嬉しいです。",
        messageId: "solicitation",
      },
      {
        text:
          "ご満足いただけた場合は、購入者レビューに一筆いただけますと幸いです。",
        messageId: "gating",
      },
      {
        text:
          "このたびの修理対応について、評価欄で率直なご意見をお寄せいただけると今後の励みになります。",
        messageId: "solicitation",
      },
      {
        text:
          "お客様の一言レビューが、購入を迷っているお客様の背中を押します。",
        messageId: "solicitation",
      },
      {
        text: "もしよろしければ、ストア評価のほうもよろしくお願いいたします。",
        messageId: "solicitation",
      },
      {
        text:
          "お届けした加湿器、気に入っていただけましたか？よろしければ商品ページで感想を教えてください。",
        messageId: "gating",
      },
      {
        text:
          "素敵な一日のお供になれたなら、ぜひその思い出をAmazonのレビューでシェアしてください。",
        messageId: "solicitation",
      },
      {
        text:
          "キーは問題なくご利用いただけましたでしょうか。ソフトの使い勝手について、Amazonで一言いただけると開発の励みになります。",
        messageId: "solicitation",
      },
    ],
    "review-instructions": [
      {
        text:
          "レビューを書かれる際は、においが全くなかった点にも触れていただけると嬉しいです。",
        messageId: "instructions",
      },
      {
        text:
          "Amazonでは写真付きのレビューがほかのお客様の参考になりますので、ぜひ写真も添えてください。",
        messageId: "instructions",
      },
      {
        text:
          "感想を投稿される場合は、組み立てが10分で終わったことを書いていただけますか。",
        messageId: "instructions",
      },
      {
        text:
          "口コミには「説明書がわかりやすい」と一言添えていただけると助かります。",
        messageId: "instructions",
      },
      {
        text: "レビューのタイトルは「大満足」にしていただけると嬉しいです。",
        messageId: "instructions",
      },
      {
        text:
          "商品ページのレビューで、サポートの対応が早かったことを伝えていただけませんか。",
        messageId: "instructions",
      },
      {
        text:
          "動画付きでレビューしていただくと、ほかの方にとてもわかりやすくなります。",
        messageId: "instructions",
      },
      {
        text:
          "評価を書くときは、色味が写真どおりだったことを強調してください。",
        messageId: "instructions",
      },
      {
        text:
          "レビューでは電池の持ちについて具体的に書いていただけると幸いです。",
        messageId: "instructions",
      },
      {
        text:
          "Amazonのレビューに設置後のお部屋の写真を一枚載せていただけると、とても助かります。",
        messageId: "instructions",
      },
      {
        text:
          "レビューを書くなら、交換の件は書かずに商品の良さだけを書いてください。",
        messageId: "instructions",
      },
      {
        text:
          "クリーニングについての口コミでは、作業後に薬剤のにおいが残らなかったこともぜひ書き添えてください。",
        messageId: "instructions",
      },
    ],
    "review-incentive": [
      {
        text:
          "商品ページで感想をシェアしてくださったお客様には、次回の送料を無料にしております。",
        messageId: "incentive",
      },
      {
        text:
          "レビュー投稿の画面を返信でお送りいただくと、500円分のAmazonギフト券をお届けします。",
        messageId: "incentive",
      },
      {
        text:
          "評価をつけてくださった方の中から抽選で10名様に替えフィルターを差し上げます。",
        messageId: "incentive",
      },
      {
        text:
          "ご感想をAmazonに書いていただいたお礼に、延長保証を1年追加いたします。",
        messageId: "incentive",
      },
      {
        text:
          "星5のレビューをいただけましたら、今回の送料は全額お返しいたします。",
        messageId: "incentive",
      },
      {
        text:
          "レビューを書いていただいた方限定で、名入れ料金を半額にしております。",
        messageId: "incentive",
      },
      {
        text:
          "Amazonに口コミを載せてくださったら、お好きな色のケースをもう一つお送りします。",
        messageId: "incentive",
      },
      {
        text:
          "購入者レビューを書いてくれた人には、次回使えるポイントを付与します。",
        messageId: "incentive",
      },
      {
        text:
          "レビューをご投稿いただいたお客様へ、感謝の気持ちとしてサンプルセットをご用意しました。",
        messageId: "incentive",
      },
      {
        text:
          "評価をいただいた後にご連絡いただければ、差額分をキャッシュバックいたします。",
        messageId: "incentive",
      },
      {
        text:
          "体験を商品ページで共有してくださった方全員に、特製ステッカーをお付けします。",
        messageId: "incentive",
      },
      {
        text:
          "ソフトを使ってみた感想をAmazonに投稿していただくと、追加のライセンスキーが無料で届きます。",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text:
          "交換品で問題が解決しましたら、先日の星1の評価を更新していただけないでしょうか。",
        messageId: "change",
      },
      {
        text:
          "返金が完了しましたので、低い評価を見直していただけると大変ありがたいです。",
        messageId: "incentive",
      },
      {
        text:
          "ご不便をおかけした件は解決済みですので、レビューの内容を修正していただけませんか。",
        messageId: "change",
      },
      {
        text:
          "新しい部品で直ったようでしたら、評価を書き直していただけると幸いです。",
        messageId: "change",
      },
      {
        text:
          "問題は解決いたしましたので、投稿されたコメントを削除していただけますと助かります。",
        messageId: "change",
      },
      {
        text:
          "先日のレビューは配送業者の問題でしたので、取り下げをご検討いただけますか。",
        messageId: "change",
      },
      {
        text:
          "返金処理が終わりましたので、評価を星5に変えていただけないでしょうか。",
        messageId: "incentive",
      },
      {
        text:
          "ご指摘の不具合は修理で直りましたので、その旨をレビューに追記していただけると嬉しいです。",
        messageId: "change",
      },
      {
        text:
          "出品者評価の件ですが、対応が完了しましたので、評価の変更をお願いできますでしょうか。",
        messageId: "change",
      },
      {
        text:
          "以前の評価はアカウントからいつでも編集できますので、よろしければお願いいたします。",
        messageId: "change",
      },
      {
        text:
          "解決後のご感想に書き換えていただけると、ほかのお客様の誤解も防げます。",
        messageId: "change",
      },
      {
        text: "低評価を取り消していただくことは可能でしょうか。",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "more-soft": [
      {
        text:
          "キーボードの設定が終わりましたら、同じシリーズのマウスもぜひお試しください。",
        messageId: "crossSell",
      },
      {
        text:
          "替えのパッドが必要になった際は、当店で5枚入りも販売しております。",
        messageId: "crossSell",
      },
      {
        text: "作業の日に、ご希望であればベランダの洗浄も追加で承れます。",
        messageId: "crossSell",
      },
      {
        text:
          "このたびの不具合は解決しました。なお、延長保証プランもご用意しておりますので、ご検討ください。",
        messageId: "crossSell",
      },
    ],
    "mixed": [
      {
        text:
          "ちなみに、同じ窯で焼いた小皿も出品しておりますので、よろしければご覧ください。",
        messageId: "crossSell",
      },
      {
        text:
          "お掃除の日に、ご希望があれば換気扇のクリーニングも一緒に承っております。",
        messageId: "crossSell",
      },
      {
        text:
          "インクが少なくなってきたら、互換インクのお得なセットもございます。",
        messageId: "crossSell",
      },
      {
        text: "このペンをお使いのお客様には、替え芯の10本パックが人気です。",
        messageId: "crossSell",
      },
      {
        text:
          "Amazonで当店の名前を検索していただくと、季節の雑貨もご覧いただけます。",
        messageId: "crossSell",
      },
    ],
    "marketing-soft": [
      {
        text:
          "ひとつアドバイスですが、当店の保湿クリームを使うと革が柔らかく保てます。",
        messageId: "crossSell",
      },
      {
        text:
          "スマートフォン用のライセンスも取り扱っておりますので、必要でしたらお知らせください。",
        messageId: "crossSell",
      },
      {
        text:
          "キッチン用にもう少し必要でしたら、同じタオルの色違いもございます。",
        messageId: "crossSell",
      },
      {
        text:
          "訪問の際、ついでにエアコンの点検も承れますので、お申し付けください。",
        messageId: "crossSell",
      },
      {
        text:
          "不具合の件は解決しました。ちなみに、このモデル専用の保護ケースも当店で扱っております。",
        messageId: "crossSell",
      },
      {
        text: "お手入れには専用ブラシがおすすめで、当店でも販売しております。",
        messageId: "crossSell",
      },
      {
        text:
          "同じ職人が作ったお箸もございますので、贈り物にいかがでしょうか。",
        messageId: "crossSell",
      },
      {
        text: "替え刃は3枚セットでもご用意しております。",
        messageId: "crossSell",
      },
      {
        text:
          "ほかにもキャンプ用品を多数取りそろえておりますので、ご覧いただければ幸いです。",
        messageId: "crossSell",
      },
      {
        text: "この生地は人気で、同じ素材のクッションカバーもお作りできます。",
        messageId: "crossSell",
      },
      {
        text:
          "電池の持ちが気になる場合は、当店の大容量バッテリーに買い替えられるお客様も多いです。",
        messageId: "crossSell",
      },
      {
        text: "作業の際、ご希望があれば窓の清掃も追加で承ります。",
        messageId: "crossSell",
      },
      {
        text:
          "設定が完了しましたら、家族用の追加ライセンスもございますのでお気軽にどうぞ。",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "ja-JP", {
  valid: Object.values(CLASS_PROBES.clean).flat(),
  invalid: Object.values(CLASS_PROBES.review).flat(),
});
testRuleCases("marketing", "ja-JP", {
  valid: Object.values(CLASS_PROBES.clean).flat(),
  invalid: Object.values(CLASS_PROBES.marketing).flat(),
});

Deno.test("no-opt-out (ja-JP): opt-out wording, not stopping a delivery", () => {
  const lint = (text: string) =>
    lintMessageWith(noOptOut, {
      type: "unexpectedProblem",
      text,
      locale: "ja-JP",
    });
  for (
    const text of [
      "今後このようなご連絡が不要でしたら、その旨ご返信ください。",
      "当店からのメッセージを受け取りたくない場合は、「停止」とご返信ください。",
    ]
  ) {
    assert.ok(lint(text).length > 0, text);
  }
  for (
    const text of [
      "お届け先の変更をご希望の場合は、配送停止の手続きをいたします。",
      "ご不要になった旧製品は回収いたします。",
    ]
  ) {
    assert.deepEqual(lint(text), [], text);
  }
});

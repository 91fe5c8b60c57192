import { MARKETING_TR } from "../../../src/rules/_lexicons/marketing/tr.ts";
import { REVIEW_TR } from "../../../src/rules/_lexicons/review/tr.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("tr lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_TR, "tr", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_TR, "tr", MARKETING_CONCEPTS);
});

Deno.test("tr lexicons: terms are written with the dotless i folded", () => {
  for (const lexicon of [REVIEW_TR, MARKETING_TR]) {
    for (const terms of Object.values(lexicon.concepts)) {
      for (const term of terms ?? []) {
        if (term.includes("ı")) throw new Error(`"${term}" has a dotless i`);
      }
    }
  }
});

testRuleCases("review", "tr-TR", {
  valid: [
    "Talebinizi değerlendirip en kısa sürede size dönüş yapacağız.",
    "Geri bildiriminiz için teşekkür ederiz, yeni ürün yarın kargoda.",
    "İadeniz üç iş günü içinde hesabınıza yansıyacaktır.",
    "Tişörtün arkasına altın renkli yıldız baskı yapılacak.",
    "Puan kazanmak için herhangi bir şey yapmanıza gerek yok.",
  ],
  invalid: [
    {
      text: "Ürünümüz hakkında bir yorum bırakırsanız çok seviniriz.",
      messageId: "solicitation",
    },
    {
      text: "Memnun kaldıysanız bize 5 yıldız verir misiniz?",
      messageId: "gating",
    },
    {
      text: "Yorumunuz karşılığında size hediye çeki göndereceğiz.",
      messageId: "incentive",
    },
    {
      text: "Sorun çözüldüğüne göre yorumunuzu güncelleyebilir misiniz?",
      messageId: "change",
    },
    {
      text: "Yorumunuzda hızlı kargodan bahsetmeyi unutmayın.",
      messageId: "instructions",
    },
    {
      text: "Deneyiminizi diğer müşterilerle paylaşın!",
      messageId: "solicitation",
    },
    {
      text: "LUTFEN URUNU DEGERLENDIRIN.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "tr-TR", {
  valid: [
    "Kargonuzu kargo firmasının sitesinden takip edebilirsiniz.",
    "Değişim için herhangi bir indirim kodu gerekmez.",
    "Yeni ürününüz ücretsiz olarak yarın kargoya verilecek.",
  ],
  invalid: [
    {
      text: "Yeni koleksiyonumuza mutlaka göz atın!",
      messageId: "crossSell",
    },
    {
      text: "Bir sonraki alışverişinizde geçerli %15 indirim kodunuz: KIS15",
      messageId: "promotion",
    },
    {
      text: "Yılbaşı kampanyamız başladı, tüm ürünlerde %20 indirim!",
      messageId: "promotion",
    },
  ],
});

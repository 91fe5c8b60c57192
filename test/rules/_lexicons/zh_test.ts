import { REVIEW_ZH } from "../../../src/rules/_lexicons/review/zh.ts";
import { MARKETING_ZH } from "../../../src/rules/_lexicons/marketing/zh.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_ZH and MARKETING_ZH have the lexicon shape", () => {
  assertShape(REVIEW_ZH, "zh", "chars", REVIEW_CONCEPTS);
  assertShape(MARKETING_ZH, "zh", "chars", MARKETING_CONCEPTS);
});

testConceptTable("REVIEW_ZH finds its concepts", REVIEW_ZH, [
  ["亲，麻烦给个好评哦", ["request", "review"]],
  ["给个五星吧", ["review", "positive", "request"]],
  ["收到后给个好pin", ["review"]],
  ["五星级酒店", ["reviewOther"]],
  ["如有问题请及时反馈给我们", ["reviewOther"]],
  ["如果满意请给五星好评", ["condition", "review"]],
  ["不满意请先联系我们", ["condition"]],
  ["好评返现5元", ["review", "incentive"]],
  ["麻烦把差评改成好评", ["change", "review"]],
  ["评价中提到包装很好，最好带图", ["instruction", "review"]],
  ["分享给其他买家", ["sharing"]],
  ["说说您的使用感受", ["opinion"]],
  ["在商品页面留下", ["place"]],
  ["无需评价", ["negation"]],
  ["非常感谢您的支持", [], ["negation"]],
]);

testConceptTable("MARKETING_ZH finds its concepts", MARKETING_ZH, [
  ["欢迎进店逛逛我们的新品", ["invitation", "promoObject"]],
  ["下次购买可享9折优惠", ["future", "offer"]],
  ["双十一大促，千万不要错过", ["offer", "invitation"]],
  ["我们还提供安装、清洗等服务，欢迎咨询", ["promoObject", "invitation"]],
  ["感谢您在本店购买", [], ["promoObject"]],
]);

testRuleCases("review", "zh-CN", {
  valid: [
    "您好，订单 123-1234567-1234567 已发货，预计三天内送达。",
    "如有任何问题，请及时反馈给我们，我们会尽快处理。",
    "这是五星级酒店同款的毛巾，请放心使用。",
    "退款已处理，金额将原路退回。",
    "退款与评价无关，请放心。",
    "我们已收到您的反馈，退款将在三个工作日内到账。",
  ],
  invalid: [
    { text: "亲，收到货后麻烦给个五星好评哦！", messageId: "solicitation" },
    { text: "好评返现5元，截图发给我们即可。", messageId: "incentive" },
    {
      text: "如果满意请给好评，不满意请先联系我们。",
      messageId: "gating",
    },
    { text: "问题已解决，麻烦把差评删除一下。", messageId: "change" },
    {
      text: "评价时请提到我们的包装很用心。",
      messageId: "instructions",
    },
  ],
});

testRuleCases("marketing", "zh-CN", {
  valid: [
    "感谢您在本店购买，包裹已于今天发出。",
    "请查看附件中的安装说明。",
    "感谢您的购买，欢迎再次光临！",
  ],
  invalid: [
    {
      text: "下次购买可享9折优惠，欢迎再次光临！",
      messageId: "promotion",
    },
    { text: "欢迎进店逛逛我们的新品。", messageId: "crossSell" },
    {
      text: "现在升级到专业版限时五折。",
      messageId: "promotion",
    },
  ],
});

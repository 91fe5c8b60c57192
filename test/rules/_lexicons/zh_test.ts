import { REVIEW_ZH } from "../../../src/rules/_lexicons/review/zh.ts";
import { MARKETING_ZH } from "../../../src/rules/_lexicons/marketing/zh.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_ZH and MARKETING_ZH have the lexicon shape", () => {
  assertShape(
    REVIEW_ZH,
    "zh",
    "chars",
    REVIEW_CONCEPTS,
  );
  assertShape(
    MARKETING_ZH,
    "zh",
    "chars",
    MARKETING_CONCEPTS,
  );
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

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "zh-CN": {
      review: {
        valid: [
          "请查看附件中的校样，确认无误后回复我们。",
          "我们已经审核了您的索赔申请，明天为您补发新零件。",
          "设计稿已发送，您对字体的意见可以帮助我们在印刷前调整。",
          "技术人员正在评估您吸尘器的保修情况，48小时内回复。",
          "回收手机的评估价为3000元，差额将退还给您。",
          "运费按包裹重量计算。",
          "收货地址：三亚湾五星级酒店前台代收。",
          "星星图案的毯子明天发货。",
          "请送到四星级酒店的前台。",
          "看了您发来的照片，我们将全额退款。",
          "刻字内容如需修改，请在周五前告诉我们您的意见。",
          "收到您的反馈后，我们马上为您换货。",
          "申请保修不需要写评价，也不需要做任何操作。",
          "给您换成其他型号的产品可以吗？",
          "正式生产前，请告诉我们您对样品颜色的意见。",
          "在生产之前，请告诉我们您对样品颜色的意见。",
          "感谢您对包装的反馈，下次发货我们会加固。",
          "请您审阅附件中的设计稿，有需要修改的地方请告诉我们。",
          "这台冰箱是一级能效，能效标识上是五颗星。",
          "米其林二星餐厅也订了同款菜刀。",
          "请核对地址，确认后我们会退还运费。",
          "我们会评估退货情况，48小时内退款。",
          "请在周五前告诉我们您对刻字内容的意见。",
          "根据您对尺码的反馈，我们会免费寄送正确的尺码。",
        ],
        invalid: [
          {
            text: "您的使用感受对其他买家非常有参考价值。",
            messageId: "solicitation",
          },
          {
            text:
              "如果能在商品页面说说您的使用体验，我们全体员工都会很受鼓舞。",
            messageId: "solicitation",
          },
          {
            text: "我们是小店，您的一句评价对我们帮助很大。",
            messageId: "solicitation",
          },
          { text: "能给我们点几颗星就太开心了。", messageId: "solicitation" },
          {
            text: "晒图评价的顾客可以获得下次购物优惠券。",
            messageId: "incentive",
          },
          { text: "如果满意，请给我们五星好评。", messageId: "gating" },
          {
            text: "如有任何问题，请在评价之前先联系我们。",
            messageId: "gating",
          },
          {
            text: "问题已经解决，能否麻烦您修改一下之前的评价？",
            messageId: "change",
          },
          { text: "评价时请提一下发货很快。", messageId: "instructions" },
          {
            text: "欢迎在亚马逊上和其他顾客分享您对安装服务的感受。",
            messageId: "solicitation",
          },
          { text: "期待看到您的评价！", messageId: "solicitation" },
          { text: "我们已经补发了，请删除差评。", messageId: "change" },
          {
            text: "一个小小的好评就是对我们最大的支持。",
            messageId: "solicitation",
          },
          {
            text: "很想知道这款台灯您用得怎么样，期待您的感受。",
            messageId: "solicitation",
          },
          {
            text: "宝贝用了之后，希望听听您的想法。",
            messageId: "solicitation",
          },
          {
            text: "为了感谢您，评价发布后我们会送您一份小礼物。",
            messageId: "incentive",
          },
          { text: "有空的时候别忘了给我们评个分。", messageId: "solicitation" },
          {
            text: "希望您喜欢这盏台灯，愿意的话在亚马逊上写几句。",
            messageId: "gating",
          },
          {
            text: "有空的话，在商品页面留下您的感受对我们帮助很大。",
            messageId: "solicitation",
          },
          {
            text: "如果您愿意和其他顾客分享您的看法，我们会非常感激。",
            messageId: "solicitation",
          },
          { text: "很期待看到您对这款包的感受。", messageId: "solicitation" },
          {
            text: "您在亚马逊上的几句话，对我们意义重大。",
            messageId: "solicitation",
          },
          {
            text: "能否花一分钟在亚马逊上评价一下您的购买？",
            messageId: "solicitation",
          },
          {
            text: "发布评价后把截图发给我们，我们返您20元。",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "您的订单明天从我们的仓库发出。",
          "如需换尺码，请告诉我们，免费为您更换。",
          "您购买的充电器将单独发货。",
          "物流信息可在快递公司官网查询。",
          "配件放在说明书下面。",
          "您的补发件已到我们店里，今天寄出。",
          "缺少的零件已经到货，明天给您寄出。",
          "如需更多保修信息，欢迎咨询。",
          "这段时间是旺季，配送可能会晚两天。",
          "安装说明书可以在我们的官网下载。",
          "新的快递单号已发给您。",
          "该型号已停产，我们可以全额退款或以同样价格换一款类似型号。",
          "零件不够的话，请随时联系我们补发。",
          "您订购的秋季系列马克杯明天从仓库发出。",
          "退货请在亚马逊的我的订单里申请。",
          "发票上写的是我们亚马逊店铺的名字“木语工坊”。",
          "新的物流单号已经生效。",
          "补发的零件现在有货了，明天给您寄出。",
          "如果您喜欢这个颜色，我们的客服可以帮您换尺码。",
          "我们的师傅会把安装配件和说明书一起带过去，搭配使用更方便。",
          "需要的话，可以把套装拆开分两次寄给您。",
          "需要更多帮助的话，我们还有电话客服。",
          "需要的话，我们也有电子发票，可以发给您。",
          "我们的支架和您的电视型号很配，我们测试过。",
          "我们的包装特别好看，送礼也合适。",
          "以后需要发票的话，请联系我们。",
          "我们也做了检查，配件都齐全。",
        ],
        invalid: [
          {
            text: "顺便说一下，同款图案的马克杯和杯垫我们也有做。",
            messageId: "crossSell",
          },
          {
            text: "如果您喜欢这个保温杯，本店还有同系列的随行杯。",
            messageId: "crossSell",
          },
          {
            text:
              "数据线的问题已经解决了。需要的话，我们还有车载充电器，可以看看。",
            messageId: "crossSell",
          },
          { text: "本季背包系列推出了新颜色。", messageId: "crossSell" },
          {
            text: "滤芯用完的话，我们有6只装和12只装的套装。",
            messageId: "crossSell",
          },
          {
            text: "秋季新品已经到货，一定有您喜欢的。",
            messageId: "crossSell",
          },
          {
            text: "有空来我们的亚马逊店铺逛逛，经常上新。",
            messageId: "crossSell",
          },
          {
            text: "买这款台灯的顾客，很多也会一起买我们的调光灯泡。",
            messageId: "crossSell",
          },
          {
            text: "搭配同款叉子一起买，送人更有面子。",
            messageId: "crossSell",
          },
          { text: "墨水用完了，记得再来本店购买。", messageId: "promotion" },
          {
            text: "在亚马逊搜索“木语工坊”，可以看到我们所有的商品。",
            messageId: "crossSell",
          },
          {
            text:
              "为了避免再次发生，推荐使用我们的不锈钢清洁剂，和这口锅特别配。",
            messageId: "crossSell",
          },
          {
            text: "以后如果有回礼需要，我们也有礼盒套装，随时找我们。",
            messageId: "crossSell",
          },
          {
            text:
              "另外这款手链我们家还有配套的戒指，可以刻同样的字，凑成一套送人很有心意。",
            messageId: "crossSell",
          },
          {
            text: "以后公司过节需要的话，我们也做茶叶礼盒，可以印公司名字。",
            messageId: "crossSell",
          },
          {
            text: "下次预约保洁服务时输入优惠码即可享受九折。",
            messageId: "promotion",
          },
          {
            text: "我们所有的商品都可以在亚马逊的品牌页面看到。",
            messageId: "crossSell",
          },
          {
            text: "黑色款现在也有货了，感兴趣的话可以看看。",
            messageId: "crossSell",
          },
          {
            text: "顺便说一下，和您买的餐巾配套的桌布我们也有做。",
            messageId: "crossSell",
          },
          { text: "以后需要配件的话，我们店里都有。", messageId: "crossSell" },
          {
            text: "看过我们的新款手机壳吗？配这个型号特别好看。",
            messageId: "crossSell",
          },
          {
            text: "告诉您一下，我们这个月推出了冬季系列。",
            messageId: "crossSell",
          },
          {
            text: "本周特惠：床垫清洗半价，预约时说一声就行。",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "zh-CN", PROBES["zh-CN"]!.review);
testRuleCases("marketing", "zh-CN", PROBES["zh-CN"]!.marketing);

// Review words in other senses, wishes to share, raffles; offers with a time
// limit, "we also make/sell", matching sets, own goods with a tip.
// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "请您确认设计稿，有任何修改意见请反馈给我们。",
  "我们已审核您的退款申请，退款将在三天内到账。",
  "您的订单已经八折结算，差价已退回。",
  "请查看我们的退货页面，上面有详细步骤。",
  "不锈钢锅身请勿使用钢丝球清洁。",
  "样稿已发您邮箱，请评估一下两种颜色哪个更合适。",
  "如果替换件还有问题，请告诉我们，我们会继续处理。",
  "您购买的型号目前只有黑色有货，请确认是否改为黑色。",
  "售后服务热线为工作日九点到六点。",
  "这个颜色样本请您给个反馈，我们再开始刺绣。",
  "以后有需要请随时联系我们。",
  "建议充满电后再使用，效果最好。",
];

const MORE: Record<"review" | "marketing", RuleCases> = {
  review: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text: "如果您对这次的处理满意，希望您能把感受分享给其他买家。",
        messageId: "gating",
      },
      {
        text: "如果这次服务让您满意，欢迎把您的体验告诉更多顾客。",
        messageId: "gating",
      },
      {
        text: "要是喜欢这款杯子，也欢迎让其他朋友在亚马逊上看到您的看法。",
        messageId: "gating",
      },
      {
        text: "不锈钢保温杯用着满意的话，麻烦给个五星好评。",
        messageId: "gating",
      },
    ],
  },
  marketing: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text: "店里还有各种款式的抱枕和桌布，有需要随时来看看。",
        messageId: "crossSell",
      },
      {
        text: "我们还有配套的收纳盒，以后需要可以再来店里。",
        messageId: "crossSell",
      },
      {
        text: "本店同时经营厨房小电器，欢迎有空再来逛。",
        messageId: "crossSell",
      },
      { text: "双十二期间全场窗帘八折，欢迎预约。", messageId: "promotion" },
      { text: "现在预约清洗服务一律九折，欢迎来电。", messageId: "promotion" },
      {
        text: "配套的替换滤芯我们也有卖，用完了可以直接在店里下单。",
        messageId: "crossSell",
      },
      {
        text: "今年秋天我们上了新款的羊毛围巾，和您买的手套是一个系列。",
        messageId: "crossSell",
      },
      { text: "本周末前下单，全场窗帘一律八折。", messageId: "promotion" },
      {
        text: "本店还有各类办公软件授权，以后有需要欢迎再来。",
        messageId: "promotion",
      },
      {
        text: "我们家自己做的护理油和这款皮包搭配效果最好，店里就有。",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "zh-CN", MORE.review);
testRuleCases("marketing", "zh-CN", MORE.marketing);

import { REVIEW_ZH } from "../../../src/rules/_lexicons/review/zh.ts";
import { MARKETING_ZH } from "../../../src/rules/_lexicons/marketing/zh.ts";
import {
  type Invalid,
  MARKETING_CONCEPTS,
  type Probes,
  REVIEW_CONCEPTS,
  type RuleCases,
  testClassProbes,
  testOptOutProbes,
  testProbes,
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
      "感谢联系。看了您发来的视频，确认是出厂故障。新品今天寄出，麻烦您把旧件到付寄回。",
      "刻字设计最终确认：字体用宋体，大小8毫米，可以吗？有意见请在周四前告诉我们。",
      "您咨询的问题我们问了厂家，这款的防水等级是IPX4，雨天请避免使用。",
      "退货原因里您写了“星星数量少”，请问是商品有问题吗？告诉我们具体情况，我们会安排退款或换货。",
      "激活码无法验证的问题我们内部查过了，已经给您重新生成了新的激活码，请输入这个。给您添麻烦了。",
      "预计送达日期有变，快递公司说受台风影响会晚两天左右，不会收取任何额外费用。",
      "施工当天，师傅开工前会检查现场情况，完工后和您一起验收，有任何问题请当场提出。",
      "关于刻“感谢好评”字样的要求，字数超出上限，能否缩短为“感谢”两个字？",
      "如果需要，我们也可以加上发票抬头。",
      "如果需要发票，请告诉我们，也可以加上公司名称。",
    ],
    "more-senses": [
      "您订购的灯明天发货，安装方法请参考随附的说明书。",
      "这次评估期间的配送延误是快递公司的原因造成的。",
      "您订购的商品通过了五星耐用测试，今天已发货。",
      "您的反馈我们已经转告给负责的师傅，换货周五送到。",
    ],
    "message-types": [
      "激活码已发送。软件试用期结束后，输入此激活码即可继续使用。",
      "快递公司的口碑最近不太好，为保险起见我们换了另一家快递发货。",
      "关于马克杯的设计确认：效果图上加了星星图案，如果位置没问题请回复我们。",
      "空调安装时间确认：安装完成后师傅会测试运行，并请您在验收单上签字。",
      "参考了您的意见，我们调整了发货方式，这次的换货会用顺丰发出。",
      "您住在五星级酒店的话，我们会寄到前台。",
      "今天已发货。另外，除了亚马逊的评论和消息功能，您也可以用快递单号查询物流。",
      "关于新键盘的故障，照片已经收到，请告诉我们您希望退款还是换货。",
      "T恤上印“最高评价”四个字的要求我们已经收到。",
      "您订购的这本书是获得书评界好评的新版，明天送达。",
    ],
    "whole-message": [
      "您好，关于您的加湿器，厂家在评估测试中发现了问题，我们会为您更换改良款，请用随附的退货单寄回旧机。",
      "您咨询的问题，相关部门审核后确认可以退款，三个工作日内到账。",
      "刻字校样已发送，请确认有无错字，有意见请告诉我们。",
      "不同星级的酒店前台代收规定不同，请您提前确认。",
      "您购买的是亚马逊上评价很高那款的升级版，今天已经发货。",
      "估价确认后，差额会退还给您。",
      "电池的评级是五级中的四级，日常使用完全没有问题。",
      "激活码有效期一年，续期可以在亚马逊账户里办理。",
      "照片里星形配件确实缺了一角，我们会免费补寄新的。",
      "我们内部评估了您指出的问题，已修改说明书，给您带来不便非常抱歉。",
      "师傅的评分表是我们内部使用的，不需要您填写。",
    ],
    "review-word-other": [
      "我们的技术人员已经对您发来的照片进行了评估，确认是出厂缺陷，今天为您补发新品。",
      "附件是刻字的校样，请您核对字体和位置后回复我们。",
      "根据您上次的反馈，我们已经改进了包装方式。",
      "退回的商品经质检评估后，我们会在三个工作日内为您退款。",
      "设计稿已经发到您的邮箱，如有修改意见请直接回复本消息。",
      "这款耳机曾获得专业媒体的高分评测，这次的问题我们会为您免费更换。",
      "我们会在审核完您的保修申请后尽快与您联系。",
      "您收到的是正式版激活码，不是评估版，可以放心使用。",
      "更换的零件已通过承重评估测试。",
      "请在周五前告诉我们您对样品颜色的意见，我们再安排生产。",
      "安装师傅的服务如有任何问题，欢迎直接回复本消息告诉我们，我们会转告负责人。",
      "我们已根据您的建议修订了说明书，新版随补发件一起寄出。",
    ],
    "star-rating-other": [
      "请问收货地址是火车站旁边那家五星级酒店的前台吗？",
      "这台空调是一级能效、五星节能认证的型号，安装师傅下周二上门。",
      "这款拼图的难度是三星，适合中级玩家，缺少的拼块今天为您补寄。",
      "由于收货地址是米其林星级餐厅，快递会在上午送达。",
      "您订购的T恤是星星印花款，明天发货。",
      "四星级酒店的前台可以代收包裹，请您提前告知前台。",
      "五星级度假村的包裹需要在服务台出示身份证领取。",
      "该产品的防水等级评定为IPX7。",
      "星形饼干模具一套三个，会和订单一起寄出。",
      "面料耐磨等级为五级满分，掉色的问题我们会为您换货。",
      "我们已为您更换为能效评级A级的机型。",
      "快递公司的服务星级与配送时间无关，大件会分两次送达。",
    ],
    "negation": [
      "办理保修不需要您写评价或打分。",
      "退款与评价内容无关，今天内就会到账。",
      "换货不需要填写问卷，也不需要给好评。",
      "这条消息不是请您评价，只是确认送货时间。",
      "无需任何操作：不用填表，也不用留评价。",
      "激活码的使用没有任何附加条件，不需要写评论。",
      "本次没有优惠券或折扣，运费由我们承担。",
      "即使不写评价，也完全不影响您的保修服务。",
      "退款与星级和留言没有任何关系。",
      "我们不会要求您追加购买或注册会员。",
      "这不是促销信息，而是配送日期变更的通知。",
      "您无需删除或修改任何评价，退款已经处理好了。",
    ],
    "quoted-data": [
      "刻字内容是“谢谢你的五星好评”，请确认是否正确。",
      "您订购的“五星好评酒店同款毛巾”明天发货。",
      "贺卡上将印上“新品上市再来买”这句话。",
      "关于您提到的“写了评价却没有返现”的问题，我们已核实，退款昨天已完成。",
      "您指定的文字“记得看看我们的新品”会印在T恤背面。",
      "商品名称“网红好评保湿霜”的库存已为您锁定。",
      "蛋糕牌上会写“给五星老爸”。",
      "请确认刻字“永远五星”的字体。",
    ],
    "marketing-word-other": [
      "我们已用新的快递单号为您重新发货。",
      "替换滤芯是六个装一盒，与您的订单内容一致。",
      "您选的颜色目前缺货，到货后立即为您发出。",
      "我们的客服时间是工作日上午十点到下午六点。",
      "建议将设备放在阳光照不到的架子上。",
      "您购买的套装里包含备用螺丝。",
      "换季期间快递较忙，可能会晚一两天送达。",
      "如有疑问，也可以查看我们店铺的常见问题页面。",
    ],
  },
  review: {
    "more-wishes": [
      {
        text: "用着有觉得好的地方，欢迎在商品页面告诉其他顾客。",
        messageId: "gating",
      },
      {
        text:
          "在商品页面发表感想的顾客，我们会送上一张下次免运费的券作为感谢。",
        messageId: "incentive",
      },
      {
        text: "哪怕只打个星，对我们小作坊也是很大的鼓励。",
        messageId: "solicitation",
      },
      {
        text: "退款已经完成，能不能考虑重新看一下之前的评分？",
        messageId: "incentive",
      },
    ],
    "mixed": [
      {
        text: "新耳机还喜欢吗？喜欢的话，麻烦在评价区写一句使用感受。",
        messageId: "gating",
      },
      {
        text: "打星的时候，请顺便提一下包装很用心。",
        messageId: "instructions",
      },
      {
        text: "如果对客服的处理满意，请在卖家评价里给五星。",
        messageId: "gating",
      },
      { text: "发表评价的顾客，下次刻字免费。", messageId: "incentive" },
      {
        text: "能否结合这次的处理，重新调整一下上次评价的星数？",
        messageId: "change",
      },
      {
        text: "在亚马逊上看到大家的留言，是我们团队最开心的事。",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "如果这次的处理对您有帮助，麻烦在亚马逊上留下几句感受，对我们是很大的鼓励。",
        messageId: "solicitation",
      },
      {
        text: "您在商品页面上的一句话，对我们小店来说意义重大。",
        messageId: "solicitation",
      },
      {
        text: "希望您能把使用感受分享给还在犹豫的买家。",
        messageId: "solicitation",
      },
      {
        text: "如果全家人都喜欢，欢迎通过评价把这份心情告诉更多人。",
        messageId: "gating",
      },
      { text: "只打个星也可以，非常感谢您的支持。", messageId: "solicitation" },
      {
        text: "用得怎么样？期待在亚马逊上看到您的声音。",
        messageId: "solicitation",
      },
      { text: "如果您满意，能否在买家评论里写上几句？", messageId: "gating" },
      {
        text: "关于这次维修服务，欢迎在评分栏里留下您真实的意见。",
        messageId: "solicitation",
      },
      {
        text: "您的一条短评，能帮助其他顾客做出选择。",
        messageId: "solicitation",
      },
      {
        text: "方便的话，也请给我们的店铺打个分，谢谢！",
        messageId: "solicitation",
      },
      {
        text: "加湿器还喜欢吗？喜欢的话，可以在商品页面说说您的感受。",
        messageId: "gating",
      },
      { text: "期待看到您在亚马逊上晒单。", messageId: "solicitation" },
      {
        text:
          "激活码可以正常使用吗？如果能在亚马逊上聊聊软件好不好用，我们开发团队会非常开心。",
        messageId: "solicitation",
      },
    ],
    "review-instructions": [
      {
        text: "在亚马逊上带图的评价对其他顾客很有参考价值，请记得附上照片。",
        messageId: "instructions",
      },
      {
        text: "如果发表评论，请写上组装只用了十分钟。",
        messageId: "instructions",
      },
      {
        text: "评论里可以加一句“说明书很清楚”，谢谢。",
        messageId: "instructions",
      },
      { text: "评价的标题可以写“非常满意”吗？", messageId: "instructions" },
      {
        text: "请在商品页面的评价里说一下客服回复很快。",
        messageId: "instructions",
      },
      {
        text: "评价的时候配个视频，其他买家会更直观。",
        messageId: "instructions",
      },
      {
        text: "写评价时请重点说颜色和图片一模一样。",
        messageId: "instructions",
      },
      { text: "评论里最好具体写写电池的续航。", messageId: "instructions" },
      {
        text: "在亚马逊评价里放一张安装后的照片就更好了。",
        messageId: "instructions",
      },
      {
        text: "写评价的话，换货的事就别提了，只写产品的优点就好。",
        messageId: "instructions",
      },
    ],
    "review-incentive": [
      {
        text: "在商品页面分享使用感受的顾客，下次购买免运费。",
        messageId: "incentive",
      },
      {
        text: "把评价截图回复给我们，即送50元亚马逊礼品卡。",
        messageId: "incentive",
      },
      {
        text: "给我们打分的顾客将有机会抽取替换滤芯。",
        messageId: "incentive",
      },
      {
        text: "作为您在亚马逊写下感受的谢礼，我们会为您延长一年保修。",
        messageId: "incentive",
      },
      {
        text: "留下五星评价后，这次的运费全额退还给您。",
        messageId: "incentive",
      },
      { text: "写评价的顾客可以享受刻字费半价。", messageId: "incentive" },
      {
        text: "在亚马逊晒单后，我们再送您一个任选颜色的手机壳。",
        messageId: "incentive",
      },
      {
        text: "发表买家评论即可获得积分，下次购物可抵现。",
        messageId: "incentive",
      },
      {
        text: "为感谢留评的顾客，我们准备了一份小样套装。",
        messageId: "incentive",
      },
      { text: "评价后联系我们，差价部分给您返现。", messageId: "incentive" },
      {
        text: "在商品页面分享体验的顾客，每人都会收到一张定制贴纸。",
        messageId: "solicitation",
      },
      {
        text: "试用后在亚马逊发表感想，就能免费获得一个额外的激活码。",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text: "换货后问题解决的话，能否把之前的一星评价更新一下？",
        messageId: "change",
      },
      {
        text: "退款已经完成，麻烦您重新考虑一下之前的差评。",
        messageId: "incentive",
      },
      {
        text: "给您带来的不便已经处理好了，能否修改一下评价内容？",
        messageId: "change",
      },
      {
        text: "新零件装好后如果正常了，麻烦您重新写一下评价。",
        messageId: "change",
      },
      { text: "问题已经解决，能否删除之前发表的评论？", messageId: "change" },
      {
        text: "上次的评价是快递公司的问题，能否考虑撤回？",
        messageId: "change",
      },
      { text: "退款已处理，能否把评价改成五星？", messageId: "incentive" },
      {
        text: "故障已经修好了，麻烦在评论里补充说明一下。",
        messageId: "instructions",
      },
      {
        text: "关于卖家反馈的事，问题已经处理完毕，可以请您更改一下评分吗？",
        messageId: "change",
      },
      {
        text: "之前的评价随时可以在账户里编辑，方便的话麻烦您改一下。",
        messageId: "change",
      },
      {
        text: "如果能把评价改成问题解决后的感受，也能避免其他顾客误会。",
        messageId: "change",
      },
      { text: "请问可以把差评撤掉吗？", messageId: "change" },
    ],
  },
  marketing: {
    "more-soft": [
      {
        text: "跟您买的沙发同款面料的靠垫，我们也可以做，有需要随时问我们。",
        messageId: "crossSell",
      },
      {
        text: "键盘设置好以后，也欢迎试试同系列的鼠标。",
        messageId: "crossSell",
      },
      {
        text: "替换垫片用完的话，本店还有五片装的在卖。",
        messageId: "crossSell",
      },
      {
        text: "这次的问题已经解决了。另外我们还有延保服务，可以考虑一下。",
        messageId: "crossSell",
      },
    ],
    "mixed": [
      {
        text: "顺便说一下，同一窑烧的小碟子我们也在卖，有兴趣可以看看。",
        messageId: "crossSell",
      },
      {
        text: "保洁当天如有需要，抽油烟机清洗也可以一起做。",
        messageId: "crossSell",
      },
      {
        text: "墨水快用完的时候，我们有更划算的兼容墨水套装。",
        messageId: "promotion",
      },
      {
        text: "用这款笔的顾客，很多都会买十支装的替换笔芯。",
        messageId: "crossSell",
      },
      {
        text: "在亚马逊搜索我们的店名，还能看到各种季节杂货。",
        messageId: "crossSell",
      },
    ],
    "marketing-soft": [
      {
        text: "小建议：配合我们店的护理膏使用，皮面能一直保持柔软。",
        messageId: "crossSell",
      },
      {
        text: "我们也有手机版的授权码，有需要可以告诉我们。",
        messageId: "crossSell",
      },
      {
        text: "厨房如果还需要，同款毛巾还有其他颜色。",
        messageId: "crossSell",
      },
      {
        text: "上门时顺便也可以帮您检修空调，有需要请吩咐。",
        messageId: "crossSell",
      },
      {
        text: "故障已经解决。顺便一提，本店也有这款型号专用的保护壳。",
        messageId: "crossSell",
      },
      { text: "日常清洁推荐用专用刷子，本店也有售。", messageId: "crossSell" },
      { text: "店里还有很多露营装备，欢迎来逛逛。", messageId: "crossSell" },
      {
        text: "这款面料很受欢迎，我们也可以做同材质的抱枕套。",
        messageId: "crossSell",
      },
      {
        text: "如果担心续航，不少顾客会换成我们店的大容量电池。",
        messageId: "crossSell",
      },
      {
        text: "服务当天如有需要，还可以加做窗户清洁。",
        messageId: "crossSell",
      },
      {
        text: "设置完成后，如需家庭版授权，我们也有提供，欢迎咨询。",
        messageId: "crossSell",
      },
    ],
  },
};

testClassProbes("zh-CN", CLASS_PROBES);
testOptOutProbes("zh-CN", {
  optOut: [
    "如不想再收到此类消息，请回复“退订”。",
    "不希望再收到我们的通知的话，回复TD即可。",
  ],
  clean: [
    "如需暂停配送，请回复本消息告诉我们。",
    "订阅服务的激活码已发送，请查收。",
  ],
});

/**
 * Probes of the weak classes, written for this file in the ways sellers
 * write (other verbs, nouns, registers and message types than the tables
 * above): violations that either rule must flag, clean traps neither may
 * flag. WEAK_CLASS_PROBES_KNOWN lists the probes the rules still fail.
 */
const WEAK_CLASS_PROBES: Probes = {
  "marketing-soft": {
    violations: [
      "这个季节我们刚上了一批羊毛围巾，颜色跟您买的手套很配。",
      "如果家里还有别的刀需要磨，我们也提供上门磨刀服务。",
      "问题处理好了。您要是喜欢这个牌子的茶，我们店里还有乌龙和普洱可以选。",
      "不少买了这款床垫的顾客，还会配一个我们自己做的乳胶枕。",
      "冬天快到了，我们家的加厚款羽绒被已经可以下单了。",
      "备用电池用得快的话，我们这边也有四节装的，一次买齐更省心。",
      "除了手机壳，我们也做同图案的平板保护套。",
      "地板装好以后，如果还需要踢脚线，师傅可以一起帮您装，价格另算。",
      "您订的是小号花盆，其实中号和大号我们也都有，摆在一起更好看。",
      "我们新开发的竹制餐具系列，和您买的木碗是一个风格。",
    ],
    clean: [],
  },
  "marketing-promo": {
    violations: [
      "本周全场满199减30，欢迎选购。",
      "关注我们的店铺，第一时间收到新品优惠信息。",
      "凭这条消息回购，可享八折。",
      "年货节期间，店内所有茶具七五折，仅限三天。",
      "下单时输入优惠码SPRING，立减20元。",
      "老顾客专享：第二件半价，活动到周日截止。",
      "加入我们的会员群，每月都有专属折扣。",
      "清仓特卖进行中，库存有限，先到先得。",
      "再次购买时报上订单号，我们给您包邮。",
    ],
    clean: [],
  },
  "review-instructions": {
    violations: [
      "写评论的时候，麻烦提一下我们发货很快。",
      "评价里请不要提到延迟发货的事。",
      "如果您打分，请在评论中说明是正品。",
      "给商品打分时，记得拍一张实物和包装的合照放进去。",
      "在评论里写上您的身高体重和尺码，其他买家会很需要。",
      "评论内容可以参考我们附上的这段话。",
      "请给这次的购买打个分，并写上“物流很快”。",
      "给这次购物评个分吧，顺便说说包装怎么样。",
      "留评时只选五颗星，文字写“质量很好”就行。",
    ],
    clean: [],
  },
  "review-wish": {
    violations: [
      "要是能在亚马逊上看到您对这把椅子的评价，我们会特别高兴。",
      "您的一条好评，对我们这样的小店来说就是最大的肯定。",
      "真心希望其他买家也能读到您这样的感受。",
      "如果您愿意在商品页面说上几句，那就太好了。",
      "每一条真实的评价，都是我们坚持下去的动力。",
      "能收到您的五星，是我们全体员工最大的心愿。",
      "您的评论会帮到很多还在犹豫的人。",
      "假如这次的服务让您满意，评价区里的一句话就是对我们最好的鼓励。",
    ],
    clean: [],
  },
  "review-incentive": {
    violations: [
      "写完评价后私信我们，有一份小心意等着您。",
      "晒图的顾客，我们都会寄一包试吃装表示感谢。",
      "发表评论的朋友，下次下单时可以找客服领一个惊喜。",
      "留下评价的买家，保修期自动延长到两年。",
      "评价截图发给我们，就把运费原路退给您。",
      "给我们打分后，可以免费升级为顺丰快递。",
      "在亚马逊写下使用心得的顾客，能参加我们的月度抽奖。",
      "为了答谢写评论的顾客，我们会多寄一套替换滤网。",
    ],
    clean: [],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "收货地址是五星级宾馆的话，请写上前台代收。",
      "包裹会送到四星酒店的大堂，请到礼宾台领取。",
      "这款登山鞋的防滑等级是三星，适合一般山路。",
      "您购买的是三星牌的充电器，不是原装的苹果充电器。",
      "米其林一星餐厅的后厨只在上午收货。",
      "这本练习册按难度分为一星到五星，您收到的是三星难度。",
      "酒店的星级不影响配送，快递员会送到前台。",
      "这款冰箱的能效标识是五颗星，属于最省电的一档。",
      "这台空调的能效等级为一级，是评级最高的一档，安装师傅周三上门。",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "您的退款申请已通过审核，款项会原路退回。",
      "我们评估了维修费用，比直接换新还贵，所以直接给您换新。",
      "师傅上门后会先评估墙体承重，再决定用哪种支架。",
      "请看一下附件里的印刷稿，确认名字的拼写没有问题。",
      "您在退货单上写的意见我们已经看到了，会转给仓库。",
      "关于您反映的异味问题，质检部门正在评定原因。",
      "我们会根据您的反馈重新安排送货时间。",
      "定制课程里的一对一点评环节改到周六进行，费用不变。",
      "您对颜色的评价我们记下了，这批生产时会调整色调。",
      "这批货的评审结果下周出来，届时再安排发货。",
    ],
  },
  "needed-link": {
    violations: [],
    clean: [
      "请在 https://www.sf-express.com/cn/sc/ 输入运单号预约派送时间。",
      "激活码请在 https://account.microsoft.com/redeem 页面兑换。",
      "厂家保修需要在 https://www.dyson.cn/register 登记产品序列号。",
      "请访问快递公司的预约页面 https://www.deppon.com/booking 选择上门时间。",
      "下载客户端请前往 https://www.adobe.com/cn/download ，然后输入激活码。",
      "保修登记请扫描说明书背面的二维码，或访问品牌官网 https://www.midea.com/cn/warranty 。",
      "您可以在 https://www.kuaidi100.com 查询物流进度。",
      "软件的使用教程在官网 https://support.example-soft.com/zh/guide ，激活步骤也在里面。",
    ],
  },
  "marketing-word-other": {
    violations: [],
    clean: [
      "我们也提供上门取件服务，退货时不用自己寄。",
      "仅限本订单使用的激活码，请勿转发给他人。",
      "替换的滤芯是两节装的，今天给您补发。",
      "如果您愿意等待，我们会在下周一补发。",
      "电池是四节装的，和订单页面上写的一致。",
      "师傅上门时可以一起帮您把旧机拆下来带走。",
      "活动期间快递量大，配送可能晚一两天。",
      "您收到的说明书里有厂家官网的链接，可以下载电子版。",
    ],
  },
  "product-name": {
    violations: [],
    clean: [
      "您订购的“好评如潮”系列茶叶罐今天寄出。",
      "“超值特惠装”洗衣液少发了一瓶，我们已经补发。",
      "“星级酒店同款”浴巾的颜色是灰色，请确认。",
      "您购买的“点评本”A5笔记本明天送达。",
      "您订的“分享装”零食礼盒下周一发货。",
      "“五星大厨”不粘锅的手柄螺丝已随包裹补寄。",
      "“限时特卖”标签纸（500张）缺货，预计三天后补发。",
      "“给个好评”搞笑T恤的尺码是XL，对吗？",
      "“新品推荐”亚克力台牌已经刻好了，明天寄出。",
    ],
  },
  "mixed": {
    violations: [
      "天气转凉了，我们店的秋冬款针织开衫刚到货，和您买的围巾是一个色系。",
      "如果您家里的其他窗帘也需要清洗，师傅可以上门一起处理。",
      "这款咖啡豆如果合您口味，我们还有深烘和中烘两种可以选择。",
      "不少客人买了这个烤箱，还会顺手带一套我们的烘焙模具。",
      "写评价时能不能顺便说一下我们回复消息很快？",
      "您在亚马逊上的一句好话，对我们来说比什么都珍贵。",
      "在商品页面留评的顾客，我们会额外赠送一包替换刷头。",
      "国庆期间，店内所有床品八五折，只限七天。",
      "留下买家评论后截图给客服，可领取一张下次购物可用的五元券。",
      "如果您愿意在亚马逊上给我们打个分，那就太感谢了。",
      "您好，您的台灯已经发出。顺便告诉您，我们刚上架了同系列的落地灯，放在客厅里很有氛围。",
      "换货已经安排好了。您要是还缺收纳盒，我们店有大中小三个尺寸，一套买更划算。",
      "空调清洗预约在周六上午。如果卧室的空调也想一起洗，师傅当天可以加一台，另收80元。",
      "感谢耐心等待。收到后如果满意，请在亚马逊上写下您的真实体验。",
      "评价的时候附上一张孩子使用的照片，会给其他家长很大参考。",
      "在亚马逊留下评价并发截图给我们的顾客，下次购买立减十元。",
      "您的一句好评，能让更多人看到我们用心做的产品。",
      "双十二当天全店满100减20，记得来看看。",
      "东西用着顺手的话，麻烦到亚马逊上替我们说句话。",
      "您给的星星越多，我们的小店就越有希望被更多人看到。",
      "评价里写一下这件外套真的很保暖就行，其他随意。",
      "晒出宝宝穿着的照片并发表评价的亲，我们会把差价退给您。",
      "真希望大家都能看到您对这款茶具的喜爱。",
      "中秋节的新款月饼礼盒已经开始预订了，送人很有面子。",
      "这把椅子配上我们店的同色脚凳，整套更舒服。",
      "评论时勾选五星，再夸两句物流，就帮了我们大忙。",
      "亲，记得给这次购物打个分呀。",
      "店庆三天，所有商品第二件一元。",
    ],
    clean: [
      "您买的是四星级酒店同款枕头，今天发货。",
      "我们也提供免费的上门安装服务，师傅明天下午到。",
      "这批货的质量评估已经完成，没有问题，明天发出。",
      "退款已原路退回，您的心意我们收到了，谢谢理解。",
      "如果您愿意，也可以选择退货退款。",
      "替换配件是三件装，和原包装一样。",
      "您订购的套装有三种颜色可以选，请告诉我们您要哪一种。",
      "师傅上门时可以一起帮您检查一下水管，不另外收费。",
      "这款空调能效五星，安装师傅周四上门。",
      "按照说明书的步骤操作，效果比之前好很多。",
      "我们新开发了一个查询物流的方法：直接回复订单号即可。",
      "国庆期间快递停运三天，您的包裹会在8号发出。",
      "您好，您的订单已发出，快递单号是SF1234567890，预计周三送达。",
      "收货地址是希尔顿五星级酒店，请问是否需要写上房间号？",
      "您反馈的噪音问题，我们的工程师评估后认为需要更换电机，新电机下周寄出。",
      "设计稿已按您的意见修改，请确认字体大小是否合适。",
      "根据国家标准，这款插座的安全评级为A级。",
      "您购买的“星空”系列床单，颜色以实物为准。",
      "如果您还需要发票，请告诉我们抬头和税号。",
      "滤芯建议每三个月更换一次，到时候按说明书操作即可。",
      "由于春节期间物流停运，发货会推迟到初八。",
      "我们的客服会在一个工作日内回复您的消息。",
      "这次的补发件是两只装，其中一只是备用的。",
      "您在退货原因里写的“评价不符”是指哪方面？请具体说明。",
      "外套的保暖等级是五星，适合零下十度左右穿。",
      "您提到的茶具裂纹，我们评估后决定直接给您换新。",
      "宝宝衣服的照片我们收到了，确实是做工问题，马上给您补发。",
      "中秋节期间快递会延迟一到两天，请您谅解。",
      "您的脚凳和椅子是分开发货的，脚凳明天到。",
      "您在问答里的提问我们已经回复了，尺寸是45厘米。",
      "快递员评分系统是快递公司内部的，和您无关。",
      "这次的月饼礼盒是您订购的款式，今天从工厂发出。",
    ],
  },
  "order-options": {
    violations: [],
    clean: [
      "如果您想改成顺丰，需要另收10元运费，您看可以吗？",
      "如果还缺什么配件，请告诉我们，我们马上补发。",
      "假期期间的订单会在8号统一发货。",
      "退款只限原支付方式退回。",
      "我们店有七天无理由退货，您可以放心。",
      "您要是还需要发票，我们可以一起开。",
      "优惠券是下单时自动使用的，退款会扣除优惠部分。",
      "如有其他问题，欢迎咨询。",
      "顺便说一下，您的发票已经开好了，随包裹寄出。",
      "新上架的批次已经检查过了，您这单的质量没有问题。",
      "台灯配上随附的暖光灯泡使用即可，不需要另外购买。",
      "您要的同色款明天补发，颜色和第一件完全一样。",
      "第二件商品在另一个包裹里，预计周五到。",
      "客服小王会给您打个电话，说句话就能确认地址。",
      "店庆期间客服时间调整为早九点到晚九点。",
      "您的评价我们看到了，关于漏水问题，新的配件今天寄出。",
      "刻字内容“五星上将”已确认，下周一发货。",
      "请在门口的五星级物业前台签收包裹。",
      "这是品牌官网的说明书下载地址，打开后输入型号即可。",
      "感谢您的反馈，我们已把包装改成加厚纸箱。",
      "双十一期间快递量大，可能会延迟一两天。",
      "黑五期间仓库爆单，您的订单会晚两天发出。",
      "年货节期间物流停运，发货会推迟到初八。",
      "这张优惠券只限本订单使用，已经自动抵扣。",
      "请用几句话描述一下产品出现的问题，方便我们判断。",
      "麻烦您说句话确认一下收货地址是否正确。",
      "我们店有现货，补发的商品今天就能寄出。",
      "如果还缺零件，请拍照发给我们，我们马上补寄。",
      "请把旧的滤网配上新的密封圈一起装回去。",
      "您的心意我们领了，但退款是您应得的，请放心收下。",
      "为表示感谢您的耐心，这次运费由我们承担。",
      "给您带来的不便，我们深表歉意，这是我们改进的动力。",
      "春节期间仓库休息，订单会在初八发出。",
      "这张优惠券只限本订单使用，退款时会一并退回。",
      "请问您的产品收到后，使用起来有没有什么问题？",
      "安装师傅会带上配件，顺便告诉您一下，师傅的电话是138xxxx。",
    ],
  },
};

const WEAK_CLASS_PROBES_KNOWN: readonly string[] = [
  "如果家里还有别的刀需要磨，我们也提供上门磨刀服务。",
];

testProbes("zh-CN", WEAK_CLASS_PROBES, WEAK_CLASS_PROBES_KNOWN);

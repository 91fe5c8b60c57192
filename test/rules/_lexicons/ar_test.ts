import { REVIEW_AR } from "../../../src/rules/_lexicons/review/ar.ts";
import { MARKETING_AR } from "../../../src/rules/_lexicons/marketing/ar.ts";
import {
  MARKETING_CONCEPTS,
  OPTIONAL_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";

// The concepts a lexicon must fill: the family's, and the optional ones it
// has.
const withOptional = (lexicon: Lexicon<string>, base: readonly string[]) => [
  ...base,
  ...OPTIONAL_CONCEPTS.filter((concept) => concept in lexicon.concepts),
];

Deno.test("REVIEW_AR and MARKETING_AR have the lexicon shape", () => {
  assertShape(
    REVIEW_AR,
    "ar",
    "words",
    withOptional(REVIEW_AR, REVIEW_CONCEPTS),
  );
  assertShape(
    MARKETING_AR,
    "ar",
    "words",
    withOptional(MARKETING_AR, MARKETING_CONCEPTS),
  );
});

testConceptTable("REVIEW_AR finds its concepts", REVIEW_AR, [
  ["نرجو أن تترك لنا تقييمك", ["request", "review"]],
  ["وبتقييمك للمنتج", ["review"]],
  ["اكتب مراجعه عن المنتج", ["review", "request"]],
  ["سيبلنا ريفيو حلو", ["request", "review", "positive"]],
  ["عطنا خمس نجوم", ["review"]],
  ["ارجو مراجعة تفاصيل الطلب", ["reviewOther"]],
  ["الطلب قيد المراجعة", ["reviewOther"]],
  ["فندق خمس نجوم", ["reviewOther"]],
  ["تقييم إيجابي", ["review", "positive"]],
  ["تقييم ايجابى", ["review", "positive"]],
  ["اذا كنت راضيا عن المنتج", ["condition"]],
  ["لو مش عاجبك المنتج كلمنا الأول", ["condition"]],
  ["سنرسل لك بطاقة هدية", ["incentive"]],
  ["مقابل تقييمك نرد لك المبلغ", ["incentive", "review"]],
  ["ممكن تعدل تقييمك", ["change", "review"]],
  ["احذف التعليق", ["change", "review"]],
  ["اذكر اسم المتجر مع صورة", ["instruction"]],
  ["شارك تجربتك مع العملاء الآخرين", ["sharing", "opinion"]],
  ["ما رأيك في التصميم؟", ["reviewOther"]],
  ["في صفحة المنتج", ["place"]],
  ["لا نطلب منك أي تقييم", ["negation", "review"]],
  ["مب لازم تكتب شي", ["negation"]],
]);

testConceptTable("MARKETING_AR finds its concepts", MARKETING_AR, [
  ["تصفحوا مجموعتنا الجديدة", ["invitation", "promoObject"]],
  ["خصم 20% على طلبك القادم", ["offer", "future"]],
  ["استخدم كود الخصم", ["invitation", "offer"]],
  ["تابعونا على انستغرام", ["invitation", "promoObject"]],
  ["لا تفوتوا عروض الجمعة البيضاء", ["invitation", "offer"]],
  ["نشوفك تاني المرة الجاية", ["future"]],
  ["ونقدم أيضًا خدمات الصيانة", ["promoObject"]],
  ["تم خصم المبلغ من بطاقتك", [], ["offer"]],
  ["وبخصم خاص لعملائنا", ["offer"]],
]);

testRuleCases("review", "ar-AE", {
  valid: [
    "شكرًا لطلبك رقم 123-1234567-1234567. يرجى مراجعة تفاصيل الطلب والرد علينا.",
    "نرجو مراجعة التصميم المرفق وتأكيد الاسم قبل الطباعة.",
    "هذا المكيف حاصل على تصنيف خمس نجوم لكفاءة الطاقة.",
    "لا نطلب منك أي تقييم، فقط أخبرنا إذا وصل المنتج سليمًا.",
    "تم استرداد المبلغ إلى بطاقتك، ونعتذر عن التأخير.",
    "سيصلك الطلب غدًا، ويسعدنا الرد على أي استفسار.",
    "الاسترداد لا يرتبط بأي تقييم، وسيصلك المبلغ خلال أيام.",
  ],
  invalid: [
    {
      text: "نرجو منك ترك تقييم للمنتج على أمازون.",
      messageId: "solicitation",
    },
    { text: "ياريت تسيبلنا ريفيو حلو يا فندم", messageId: "solicitation" },
    { text: "عطنا خمس نجوم الله يسلمك", messageId: "solicitation" },
    {
      text: "اترك تقييمًا إيجابيًا وسنرسل لك بطاقة هدية بقيمة 50 درهم.",
      messageId: "incentive",
    },
    {
      text: "إذا كنت راضيًا عن المنتج اترك لنا تقييم، وإذا لا تواصل معنا أولاً.",
      messageId: "gating",
    },
    {
      text: "بعد ما حلينا المشكلة ممكن تعدل تقييمك؟",
      messageId: "change",
    },
    {
      text: "في تقييمك اذكر أن الشحن كان سريعًا وأرفق صورة للمنتج.",
      messageId: "instructions",
    },
    {
      text: "نتمنى أن تشارك تجربتك مع المشترين الآخرين.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "ar-AE", {
  valid: [
    "تم خصم المبلغ من بطاقتك، وسيصلك الطلب يوم الأحد.",
    "نرجو الاطلاع على دليل الاستخدام المرفق مع المنتج.",
    "لا حاجة لأي كوبون، الشحن مشمول في الطلب.",
    "تم خصم قيمة الشحن من المبلغ المسترد، وسيصل طلبك القادم في موعده.",
  ],
  invalid: [
    {
      text: "احصل على خصم 15% على طلبك القادم باستخدام الكود SAVE15.",
      messageId: "promotion",
    },
    {
      text: "تصفحوا مجموعتنا الجديدة في متجرنا على أمازون!",
      messageId: "crossSell",
    },
    { text: "تابعونا على انستقرام لمعرفة جديدنا.", messageId: "crossSell" },
    {
      text: "لا تفوت عروض الجمعة البيضاء، تخفيضات تصل إلى 50%!",
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
    "ar-AE": {
      review: {
        valid: [
          "يرجى مراجعة البروفة المرفقة وتأكيد النص قبل الطباعة.",
          "راجعنا طلب الاسترجاع الخاص بك وسنرسل القطعة البديلة غدًا.",
          "أرسلنا لك التصميم المبدئي، وملاحظاتك على الخط تساعدنا قبل التنفيذ.",
          "الفني يقوم بتقييم حالة المكنسة وسنرد عليك خلال 48 ساعة.",
          "بعد تقييم الجهاز المستعمل أصبحت قيمته 300 درهم وسنعيد لك الفرق.",
          "تم حساب رسوم الشحن حسب وزن الطرد.",
          "عنوان التوصيل: فندق خمس نجوم، الاستقبال، دبي مارينا.",
          "البطانية بنقشة النجوم ستُشحن غدًا.",
          "التسليم في فندق أربع نجوم عند مكتب الاستقبال.",
          "بعد الاطلاع على الصور التي أرسلتها سنرد لك المبلغ كاملًا.",
          "إذا أردت تعديل نص الإهداء، أرسل لنا رأيك قبل يوم الجمعة.",
          "لا تحتاج إلى كتابة تقييم أو أي شيء آخر لتفعيل الضمان.",
          "ما رأيك أن نستبدل المنتج بموديل آخر؟",
          "أرسل لنا رأيك في لون العينة قبل تصنيع المنتج النهائي.",
          "قبل التصنيع، أرسل لنا رأيك في لون العينة.",
          "شكرًا على ملاحظاتك حول التغليف، سنحسنه في الشحنات القادمة.",
          "يرجى مراجعة التصميم المرفق وإخبارنا إذا كان هناك أي تعديل.",
          "الثلاجة حاصلة على تصنيف كفاءة الطاقة خمس نجوم كما في الإعلان.",
          "مطعم حاصل على نجمتي ميشلان طلب نفس موديل السكين.",
          "يرجى مراجعة العنوان وتأكيده، وسنعيد لك رسوم الشحن.",
          "سنقوم بتقييم طلب الإرجاع وإعادة المبلغ خلال 48 ساعة.",
          "نرجو إرسال رأيك في نص الحفر قبل يوم الجمعة.",
          "ملاحظاتك على المقاس تساعدنا نرسل لك المقاس الصحيح مجانًا.",
        ],
        invalid: [
          {
            text: "انطباعك سيفيد المشترين الآخرين كثيرًا.",
            messageId: "solicitation",
          },
          {
            text: "كلمتين منك عن المنتج على أمازون تفرق معنا كثيرًا كمتجر صغير.",
            messageId: "solicitation",
          },
          {
            text: "نتمنى أن تشاركنا تجربتك في صفحة المنتج.",
            messageId: "solicitation",
          },
          { text: "تقييمك يعني لنا الكثير.", messageId: "solicitation" },
          {
            text: "كل تقييم مهم جدًا لمشروع عائلي صغير مثلنا.",
            messageId: "solicitation",
          },
          { text: "يسعدنا كثيرًا أن نقرأ تقييمك.", messageId: "solicitation" },
          {
            text: "لو عندك دقيقة، ممكن تعطينا كم نجمة؟",
            messageId: "solicitation",
          },
          {
            text: "كشكر على مشاركة تجربتك على أمازون، سنرسل لك غطاءً هدية.",
            messageId: "incentive",
          },
          {
            text:
              "العملاء الذين يقيّموننا يحصلون على هدية صغيرة في الطلب القادم.",
            messageId: "incentive",
          },
          {
            text: "إذا واجهتك أي مشكلة، راسلنا قبل التقييم.",
            messageId: "gating",
          },
          {
            text:
              "بعد حل المشكلة، هل يمكن إعادة النظر في التقييم الذي أعطيتنا إياه؟",
            messageId: "change",
          },
          {
            text: "عند التقييم، اذكر أن الشحن كان سريعًا.",
            messageId: "instructions",
          },
          {
            text: "رأيك في التركيب يفيد العملاء الآخرين كثيرًا.",
            messageId: "solicitation",
          },
          { text: "إذا أعجبك المنتج، أعطنا خمس نجوم!", messageId: "gating" },
          {
            text: "نرجو حذف التقييم السلبي بعد أن حللنا المشكلة.",
            messageId: "change",
          },
          {
            text: "يسعدنا أن نعرف رأيك في المنتج بعد التجربة.",
            messageId: "solicitation",
          },
          {
            text: "نحب نسمع انطباعك عن منتجك الجديد.",
            messageId: "solicitation",
          },
          {
            text: "كشكر لك على وقتك، سنرسل لك هدية صغيرة بعد نشر تقييمك.",
            messageId: "incentive",
          },
          {
            text: "لا تنسَ تقييمنا عندما يكون لديك وقت، يساعدنا كثيرًا.",
            messageId: "solicitation",
          },
          {
            text: "نتمنى أن يعجبك المصباح لدرجة أنك تحب تكتب عنه على أمازون.",
            messageId: "solicitation",
          },
          {
            text: "لو عندك دقيقة، انطباعك في صفحة المنتج يفرق معنا كثيرًا.",
            messageId: "solicitation",
          },
          {
            text: "سيكون لطفًا منك أن تشارك رأيك مع العملاء الآخرين.",
            messageId: "solicitation",
          },
          {
            text: "متشوقون لقراءة رأيك في الحقيبة.",
            messageId: "solicitation",
          },
          {
            text: "سطرين منك على أمازون يصنعون فرقًا كبيرًا لنا.",
            messageId: "solicitation",
          },
          {
            text: "هل تمانع أن تخصص دقيقة لتقييم مشترياتك على أمازون؟",
            messageId: "solicitation",
          },
          {
            text: "بعد نشر تقييمك، أرسل لنا لقطة شاشة وسنعيد لك 20 درهمًا.",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "طلبك سيخرج من مستودعنا في الشارقة صباح الغد.",
          "إذا احتجت مقاسًا آخر، راسلنا وسنستبدله مجانًا.",
          "الشاحن الذي طلبته سيصل في طرد منفصل.",
          "يمكنك تتبع الشحنة في موقع شركة الشحن.",
          "الملحقات موجودة في العلبة الصغيرة تحت دليل الاستخدام.",
          "وصلت القطعة البديلة إلى متجرنا وسنشحنها اليوم.",
          "وصلت الأجزاء الناقصة، وسنرسلها لك غدًا.",
          "إذا احتجت مزيدًا من المعلومات عن الضمان، تواصل معنا.",
          "بسبب ضغط الموسم قد يتأخر التوصيل يومين.",
          "دليل التركيب متوفر على موقعنا بصيغة PDF.",
          "هذا الموديل توقف إنتاجه؛ نقدم لك استردادًا كاملًا أو موديلًا مشابهًا بنفس السعر.",
          "إذا احتجت براغي إضافية، سنرسلها لك مجانًا في ظرف منفصل.",
          "كوب مجموعة الخريف الذي طلبته سيخرج من المستودع غدًا.",
          "للإرجاع، ادخل إلى طلباتي في أمازون واختر السبب.",
          "يظهر في الفاتورة اسم متجرنا على أمازون: دار الورد.",
          "رقم التتبع الجديد أصبح فعالًا.",
          "إذا أعجبك التغليف الخاص بنا فيسعدنا ذلك، شكرًا لصبرك.",
          "لتكملة الإرجاع، سيتواصل معك مندوب الشحن الخاص بنا.",
          "إذا احتجت مساعدة إضافية، لدينا أيضًا خدمة عملاء عبر الهاتف.",
          "إذا كنت مهتمًا، نرسل لك الفاتورة أيضًا بصيغة PDF.",
          "الحامل الخاص بنا ممتاز مع موديل التلفزيون الخاص بك، جربناه.",
          "المقاس الذي طلبته يناسب المواصفات التي أرسلتها لشركتنا.",
          "هل رأيت رسالتنا السابقة حول موعد التوصيل؟",
        ],
        invalid: [
          {
            text:
              "بالمناسبة، أطلقنا تشكيلة جديدة من أغطية الجوال الجلدية تناسب جوالك تمامًا.",
            messageId: "crossSell",
          },
          {
            text:
              "إذا أعجبك هذا الترمس، ستجد في متجرنا أكوابًا وقوارير بنفس الستايل.",
            messageId: "crossSell",
          },
          {
            text:
              "تم حل مشكلة الكيبل؛ وإذا كنت مهتمًا، لدينا أيضًا شواحن للسيارة.",
            messageId: "crossSell",
          },
          {
            text: "هذا الموسم أضفنا ألوانًا جديدة لكل مجموعة الحقائب.",
            messageId: "crossSell",
          },
          {
            text: "إذا احتجت فلاتر إضافية، عندنا عبوات من 6 و12 قطعة.",
            messageId: "crossSell",
          },
          {
            text: "وصلت مجموعتنا الشتوية، أكيد ستجد فيها ما يعجبك.",
            messageId: "crossSell",
          },
          {
            text:
              "تفضل بزيارة متجرنا على أمازون في أي وقت، نضيف منتجات جديدة باستمرار.",
            messageId: "crossSell",
          },
          {
            text:
              "كثير من العملاء الذين يشترون هذا المصباح يأخذون معه لمباتنا القابلة للتعتيم.",
            messageId: "crossSell",
          },
          {
            text: "لتكمل الطقم، ننصحك بحامل الجدار المطابق.",
            messageId: "crossSell",
          },
          { text: "عندما ينفد الحبر، تذكّرنا.", messageId: "promotion" },
          {
            text: "ابحث عن «دار الورد» في أمازون لتشاهد كل منتجاتنا.",
            messageId: "crossSell",
          },
          {
            text:
              "حتى لا تتكرر المشكلة، منظف الستانلس الخاص بنا ممتاز مع هذا النوع من المقالي.",
            messageId: "crossSell",
          },
          {
            text:
              "وبالمناسبة، نصنع أيضًا مباخر ومسكات بنفس النقش تكمل الطقم بشكل جميل.",
            messageId: "crossSell",
          },
          {
            text:
              "وإذا احتجتم أشياء أخرى للمناسبة، عندنا علب وأكياس توزيعات بنفس التصميم.",
            messageId: "crossSell",
          },
          {
            text: "تقدر تشوف كل منتجاتنا في صفحة علامتنا التجارية على أمازون.",
            messageId: "crossSell",
          },
          {
            text: "اللون الأسود متوفر الآن أيضًا، إذا كنت مهتمًا.",
            messageId: "crossSell",
          },
          {
            text:
              "بالمناسبة، نصنع أيضًا مفارش طاولة تناسب المناديل التي طلبتها.",
            messageId: "crossSell",
          },
          {
            text: "إذا احتجت يومًا قطع غيار، فكلها متوفرة في متجرنا.",
            messageId: "crossSell",
          },
          {
            text: "هل شاهدت أغطيتنا الجديدة؟ شكلها رائع مع هذا الموديل.",
            messageId: "crossSell",
          },
          {
            text: "نود أن نخبرك أننا أطلقنا هذا الشهر تشكيلة الشتاء.",
            messageId: "crossSell",
          },
          {
            text: "وبمناسبة الجمعة البيضاء، تنظيف المراتب بنصف السعر مع موعدك.",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "ar-AE", PROBES["ar-AE"]!.review);
testRuleCases("marketing", "ar-AE", PROBES["ar-AE"]!.marketing);

// Review words in other senses, wishes to share, raffles; offers with a time
// limit, "we also make/sell", matching sets, own goods with a tip.
// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "راجعنا طلب الاسترداد الخاص بك وسيصلك المبلغ خلال ثلاثة أيام.",
  "يرجى مراجعة التصميم المرفق وإرسال ملاحظاتك قبل الطباعة.",
  "الخصم المطبق على طلبك يظهر في الفاتورة.",
  "سيصل طلبك البديل هذا الأسبوع.",
  "يمكنك الاطلاع على دليل الاستخدام وصفحة الأسئلة الشائعة.",
  "الفندق ذو الخمس نجوم هو عنوان التسليم، يرجى التأكيد.",
  "الفولاذ المقاوم للصدأ لا يحتاج إلى عناية خاصة.",
  "يمكنك الاستفادة من الضمان لمدة سنتين.",
  "إذا احتجت أي مساعدة في التركيب فنحن هنا.",
  "سنطبع الاسم بنفس الخط الذي اخترته.",
];

const MORE: Record<"review" | "marketing", RuleCases> = {
  review: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text: "إذا أعجبك المنتج فسيسعدنا أن تشارك تجربتك مع المشترين الآخرين.",
        messageId: "gating",
      },
      {
        text: "لو نال الحل رضاك، شارك رأيك مع باقي العملاء.",
        messageId: "solicitation",
      },
      {
        text:
          "كل من يكتب تقييمًا على أمازون يدخل السحب الشهري على قسيمة شرائية.",
        messageId: "incentive",
      },
      {
        text:
          "إذا أعجبتك السماعات اللاسلكية فنرجو تقييمها بخمس نجوم على أمازون.",
        messageId: "solicitation",
      },
      {
        text: "لو كتبتِ رأيك في المنتج بعد التجربة لاستفادت منه أمهات كثيرات.",
        messageId: "solicitation",
      },
    ],
  },
  marketing: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text: "خصم 15% على جميع المفارش حتى نهاية الأسبوع.",
        messageId: "promotion",
      },
      {
        text: "العرض ساري حتى نهاية الشهر على كل منتجات التنظيف.",
        messageId: "promotion",
      },
      {
        text: "لدينا أيضًا أغطية وسائد بنفس التصميم إذا رغبت.",
        messageId: "crossSell",
      },
      {
        text: "أضفنا هذا الموسم ألوانًا جديدة إلى نفس المجموعة.",
        messageId: "crossSell",
      },
      {
        text: "هذا الشتاء أضفنا إلى نفس المجموعة وسائد ومفارش.",
        messageId: "crossSell",
      },
      {
        text: "بنفس الخط نصنع أيضًا ميداليات ومخدات مطبوعة.",
        messageId: "crossSell",
      },
      {
        text:
          "لدينا أيضًا برامج محاسبة وتحرير صور، وإذا احتجت أيًا منها فراسلنا.",
        messageId: "crossSell",
      },
      {
        text:
          "زيت العناية الذي نحضّره بأنفسنا يناسب هذا الجلد تمامًا، وتجده في متجرنا.",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "ar-AE", MORE.review);
testRuleCases("marketing", "ar-AE", MORE.marketing);

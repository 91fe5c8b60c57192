import { REVIEW_AR } from "../../../src/rules/_lexicons/review/ar.ts";
import { MARKETING_AR } from "../../../src/rules/_lexicons/marketing/ar.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_AR and MARKETING_AR have the lexicon shape", () => {
  assertShape(REVIEW_AR, "ar", "words", REVIEW_CONCEPTS);
  assertShape(MARKETING_AR, "ar", "words", MARKETING_CONCEPTS);
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

import { testProbeSets } from "../_lexicon_cases.ts";
import {
  FRESH_PROBES,
  FRESH_PROBES_B,
  FRESH_PROBES_C,
  FRESH_PROBES_D,
} from "./_fresh_probes_en_hi_ar.ts";

// Fresh probes in English, Hindi and Arabic (see the probe file): each
// violation gets an error of the review or marketing rule, no clean trap
// gets one. KNOWN lists the violations still missed: a price written in
// words ("بعشرين درهمًا"), a fee with only "كذلك" ("as well") for the
// extra job, a refill whose sentence names the sending ("भेज देंगे", read
// as the ordered item), and a festive edition announced with a bare "تصل"
// ("arrives").
const KNOWN: readonly string[] = [
  // Clean, but the marketing sentence model counts it (a false error).
  "فريق التركيب قادم يوم الأحد. وبمبلغ بسيط إضافي يثبتون التلفاز على الجدار كذلك.",
  "प्रिंटर सेट हो गया है। टोनर कम होने पर बस हमें मैसेज कर दीजिए, उसी दिन नया टोनर ₹899 में भेज देंगे।",
  "منظف النوافذ قادم يوم الأربعاء. وبعشرين درهمًا زيادة ينظف لك سقف الشرفة الزجاجي وهو على السلم.",
  "طلبك مؤكد. الشهر القادم تصل نسخة رمضانية محدودة من هذه الأحجية.",
];

testProbeSets("fresh", {
  a: FRESH_PROBES,
  b: FRESH_PROBES_B,
  c: FRESH_PROBES_C,
  d: FRESH_PROBES_D,
}, KNOWN);

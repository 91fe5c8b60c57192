import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Setup and care instructions of devices, written anew: a firmware, app or
// software update (no review is changed) and a score the device computes
// (a sleep or heart-rate rating: no review); a Gulf Arabic "ما" that
// negates the request ("ما نطلب منك أي تقييم"). Next to them, requests to
// change a review after an update, and review requests, which stay errors.

const CASES: readonly ErrorCase[] = [
  {
    locale: "en-GB",
    text:
      "Please install the firmware update first; after that, the app's rating of your sleep is more accurate.",
  },
  {
    locale: "ja-JP",
    text: "アプリの更新後は、睡眠の評価がより正確になります。",
  },
  {
    locale: "zh-CN",
    text: "请先完成固件更新，更新后睡眠评分会更准确。",
  },
  {
    locale: "nl-NL",
    text:
      "Installeer eerst de firmware-update; daarna is de beoordeling van uw slaap in de app nauwkeuriger.",
  },
  {
    locale: "sv-SE",
    text:
      "Installera firmwareuppdateringen först, sedan blir appens bedömning av din sömn mer exakt.",
  },
  {
    locale: "es-ES",
    text:
      "Instale primero la actualización del firmware; después la valoración del sueño en la app es más precisa.",
  },
  {
    locale: "pl-PL",
    text:
      "Najpierw proszę zainstalować aktualizację oprogramowania, wtedy ocena snu w aplikacji będzie dokładniejsza.",
  },
  {
    locale: "en-US",
    text:
      "Now that the firmware update fixed it, could you update your review?",
    rule: "no-review-manipulation",
  },
  {
    locale: "zh-CN",
    text: "固件更新后问题已经解决了，麻烦您把评价改成五星。",
    rule: "no-review-manipulation",
  },
  {
    locale: "sv-SE",
    text:
      "Efter programuppdateringen fungerar allt, så uppdatera gärna ditt omdöme.",
    rule: "no-review-manipulation",
  },
  {
    locale: "ar-AE",
    text:
      "وبخصوص سؤالك: لا، ما نطلب منك أي تقييم ولا أي شي مقابل التعويض، التعويض حقك على هالطلب.",
  },
  {
    locale: "ar-AE",
    text: "ما نطلب منك تقييم عشان الاسترجاع، المبلغ راح يرجع لك خلال ثلاث أيام.",
  },
  {
    locale: "ar-AE",
    text: "إذا عجبك المنتج لا تنسى تعطينا تقييم خمس نجوم، وما نطلب غير كذا.",
    rule: "no-review-manipulation",
  },
  {
    locale: "ar-AE",
    text: "نطلب منك تقييم المنتج على أمازون مقابل استرجاع عشرين درهم.",
    rule: "no-review-manipulation",
  },
];

testErrorCases("device updates and scores in instructions", CASES);

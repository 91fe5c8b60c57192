import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// A question about the buyer's review, then a sentence that only asks
// ("… It would help us a lot"), asks for the review; a review word of
// someone else's finding, a bare request about the order after it, and a
// seller's own assessment in a perfect do not.

const errorsOf = (locale: string, type: string, text: string) =>
  lintMessage({ type, text, locale }).diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => d.ruleId);

const ASKED: [string, string][] = [
  [
    "nl-NL",
    "Beste klant, heeft u ons al beoordeeld? Dat zou ons enorm helpen.",
  ],
  ["zh-CN", "您好，您已经评价过台灯了吗？这对我们帮助很大。"],
  ["ja-JP", "ランプのレビューはもうお済みでしょうか。大変助かります。"],
  [
    "sv-SE",
    "Hej, har du hunnit betygsätta lampan än? Det skulle hjälpa oss mycket.",
  ],
  ["ar-AE", "مرحباً، هل قمت بتقييم المصباح بعد؟ سيساعدنا ذلك كثيراً."],
];

Deno.test("no-review-manipulation: a question about the review, then a bare ask, solicits it", () => {
  const missed = ASKED.filter(([locale, text]) =>
    !errorsOf(locale, "unexpectedProblem", text).includes(
      "no-review-manipulation",
    )
  );
  assert.deepEqual(missed, []);
});

const CLEAN: [string, string, string][] = [
  [
    "pl-PL",
    "confirmServiceDetails",
    "Nasz technik przyjedzie w poniedziałek. Na miejscu oceni, czy wystarczy wymiana termostatu. Po jego ocenie od razu poda koszt. Prosimy o zapewnienie dostępu do gniazdka.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "Beste mevrouw Smit, onze technische dienst heeft de foto's en het filmpje van uw robotmaaier tot 600 m², met app beoordeeld. Na die review denken we dat de draad onderbroken is.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "Guten Tag, unser Technikteam hat die Fotos und das Video Ihres Mähroboters bewertet und schickt Ihnen heute einen neuen Draht.",
  ],
  [
    "en-GB",
    "unexpectedProblem",
    "Did the technician's assessment arrive? Please check your inbox.",
  ],
];

Deno.test("no-review-manipulation: a finding, an assessment in a perfect and a request about the order stay clean", () => {
  const flagged = CLEAN.filter(([locale, type, text]) =>
    errorsOf(locale, type, text).length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("no-review-manipulation: photos posted on the product page for a longer warranty are an incentive", () => {
  assert.ok(
    errorsOf(
      "es-MX",
      "confirmServiceDetails",
      "Le confirmamos la cita. Además, si después publica fotos del portón funcionando en la página del producto, le extendemos la garantía de 1 a 2 años.",
    ).includes("no-review-manipulation"),
  );
  assert.deepEqual(
    errorsOf(
      "es-ES",
      "unexpectedProblem",
      "Hola, por el retraso le extendemos la garantía de 1 a 2 años sin coste.",
    ),
    [],
  );
});

Deno.test("no-marketing: the shop recommended to friends in Arabic, and the buyer's own set made whole in Hindi", () => {
  assert.ok(
    errorsOf(
      "ar-AE",
      "unexpectedProblem",
      "مرحباً، نأسف لتأخر طلبكم. وإذا نالت تصاميمنا إعجابكم فلا تترددوا في ترشيحنا لصديقاتكم وأهلكم.",
    ).includes("no-marketing"),
  );
  assert.deepEqual(
    errorsOf(
      "hi-IN",
      "unexpectedProblem",
      "नमस्ते, टूटी प्लेट का रिप्लेसमेंट कल भेजेंगे। हमारा मकसद सिर्फ़ आपका सेट पूरा करना है।",
    ),
    [],
  );
});

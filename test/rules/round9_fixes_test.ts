import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// Sentences of the kinds that round 9 of the policy corpus found
// misjudged, written anew: opt-out wording with a keyword to reply, a
// Japanese denial with a comma after its topic, the buyer's view on how to
// deliver, news the seller waits for, comments on a design proof, advice
// to the buyer, another address to deliver to, and soft cross-selling with
// "also" between its words.

interface Case {
  readonly locale: string;
  readonly type?: string;
  readonly text: string;
  /** The rule that must give an error, or `undefined` for none at all. */
  readonly rule?: string;
}

const CASES: readonly Case[] = [
  // Opt-out.
  {
    locale: "zh-CN",
    text: "如果您不希望再收到我们的发货和售后提醒，回复“TD”即可。",
    rule: "no-opt-out",
  },
  {
    locale: "ja-JP",
    text: "発送のご案内がご不要でしたら、その旨ご返信ください。",
    rule: "no-opt-out",
  },
  {
    locale: "ar-AE",
    text: "إذا كنت تفضل عدم استلام أي رسائل منا، أخبرنا بذلك.",
    rule: "no-opt-out",
  },
  {
    locale: "ar-AE",
    text: "في حال عدم استلام رسائل التتبع من شركة الشحن، أخبرنا لنتحقق.",
  },
  // Denials and other senses.
  {
    locale: "ja-JP",
    text:
      "ご評価を変更していただく必要は、一切ございません。交換品は明日発送します。",
  },
  {
    locale: "fr-FR",
    text:
      "Si vous avez un avis sur la façon de vous livrer cette fois, dites-le-nous.",
  },
  {
    locale: "en-GB",
    text:
      "The courier is checking the depot now; I'll update you once we hear back.",
  },
  {
    locale: "zh-CN",
    type: "confirmCustomizationDetails",
    text: "设计稿已发给您，请看看对排版有什么意见，有修改意见直接回复即可。",
  },
  {
    locale: "tr-TR",
    text:
      "Kargoyu teslim alırken paketi görevlinin yanında açmanızı tavsiye ederiz.",
  },
  {
    locale: "de-DE",
    type: "confirmDeliveryDetails",
    text:
      "Ist die Packstation richtig? Alternativ können wir auch an Ihre Arbeitsadresse liefern.",
  },
  // Soft cross-selling.
  {
    locale: "en-US",
    text:
      "We've also just launched a matching lid for this pot, in case you find yourself wanting one.",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "We hebben sinds kort ook bijpassende borden, mocht je je set willen uitbreiden.",
    rule: "no-marketing",
  },
];

for (const { locale, type, text, rule } of CASES) {
  Deno.test(`round 9 kinds (${locale}): ${rule ?? "clean"}: ${text}`, () => {
    const errors = lintMessage({
      type: type ?? "unexpectedProblem",
      locale,
      text: `${text}\n\nOrder 123-1234567-1234567.`,
      amazonOrderId: "123-1234567-1234567",
    }).diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
    if (rule === undefined) assert.deepEqual(errors, []);
    else assert.ok(errors.includes(rule), errors.join(", ") || "no error");
  });
}

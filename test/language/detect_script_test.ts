import assert from "node:assert/strict";
import { detectScript, type Script } from "../../src/language/detect_script.ts";

const CASES: readonly {
  text: string;
  dominant: Script | undefined;
  counts: Partial<Record<Script, number>>;
}[] = [
  { text: "Danke schön", dominant: "Latin", counts: { Latin: 10 } },
  { text: "ご注文ありがとう", dominant: "Kana", counts: { Han: 2, Kana: 6 } },
  { text: "ラーメン", dominant: "Kana", counts: { Kana: 4 } },
  { text: "感谢您的订单", dominant: "Han", counts: { Han: 6 } },
  { text: "주문 감사합니다", dominant: "Hangul", counts: { Hangul: 7 } },
  { text: "شكرا لطلبك", dominant: "Arabic", counts: { Arabic: 9 } },
  {
    text: "आपके ऑर्डर के लिए धन्यवाद",
    dominant: "Devanagari",
    counts: { Devanagari: 15 },
  },
  { text: "תודה רבה", dominant: "Hebrew", counts: { Hebrew: 7 } },
  { text: "Спасибо за заказ", dominant: "Cyrillic", counts: { Cyrillic: 14 } },
  { text: "Ευχαριστώ", dominant: "Greek", counts: { Greek: 9 } },
  { text: "ขอบคุณ", dominant: "Thai", counts: { Thai: 5 } },
  { text: "ধন্যবাদ", dominant: "Other", counts: { Other: 5 } },
  { text: "123 !?", dominant: undefined, counts: {} },
];

for (const { text, dominant, counts } of CASES) {
  Deno.test(`detectScript() finds ${dominant ?? "no"} letters in "${text}"`, () => {
    const profile = detectScript(text);
    assert.equal(profile.dominant, dominant);
    for (const [script, count] of Object.entries(counts)) {
      assert.equal(profile.counts[script as Script], count, script);
    }
    const total = Object.values(profile.counts).reduce((a, b) => a + b, 0);
    assert.equal(profile.letters, total);
  });
}

Deno.test("detectScript() counts a mixed Japanese and English text per script", () => {
  const profile = detectScript("Trail Runner のご注文");
  assert.equal(profile.counts.Latin, 11);
  assert.equal(profile.counts.Kana, 2);
  assert.equal(profile.counts.Han, 2);
  assert.equal(profile.dominant, "Latin");
});

import assert from "node:assert/strict";
import {
  mainScript,
  primaryLanguage,
  rankByScript,
  scriptShare,
} from "../../src/language/_languages.ts";
import { detectScript } from "../../src/language/detect_script.ts";

const TAGS: readonly [string, string][] = [
  ["de-DE", "de"],
  ["pt_BR", "pt"],
  ["zh-Hant-TW", "zh"],
  ["EN", "en"],
  ["no", "nb"],
  ["iw-IL", "he"],
];
for (const [tag, language] of TAGS) {
  Deno.test(`primaryLanguage() reads "${tag}" as "${language}"`, () => {
    assert.equal(primaryLanguage(tag), language);
  });
}

Deno.test("scriptShare() weighs Han and Kana double against Latin", () => {
  const profile = detectScript("ご注文 Boots");
  assert.equal(scriptShare(profile, ["Han", "Kana"]), 6 / 11);
});

Deno.test("mainScript() takes Han and Kana together", () => {
  assert.equal(mainScript(detectScript("日本語の文章です abc")), "Kana");
  assert.equal(mainScript(detectScript("中文文本 abc")), "Han");
  assert.equal(mainScript(detectScript("")), undefined);
});

Deno.test("rankByScript() decides single-script candidates and defers Latin", () => {
  const arabic = detectScript("شكرا لطلبك");
  assert.deepEqual(rankByScript(arabic, "Arabic", ["en", "ar"]), [
    { language: "ar", score: 1 },
  ]);
  const latin = detectScript("Danke schön");
  assert.equal(rankByScript(latin, "Latin", ["en", "de"]), undefined);
  assert.deepEqual(rankByScript(latin, "Latin", ["de", "ja"]), [
    { language: "de", score: 1 },
  ]);
});

/**
 * The ported franc (`_franc_lite.ts`, over the generated subset of franc's
 * data) against the real npm `franc`: identical languages, in identical
 * order, with identical scores (compared with `Object.is`, not a tolerance),
 * on a sample of the evaluation set (raw and cleaned), odd strings and
 * random strings, for every candidate list `checkLanguage` can hand the
 * default detector, and end to end through `checkLanguage`.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { francAll as realFrancAll } from "franc";
import {
  FRANC_LITE_LANGUAGES,
  francAll,
} from "../../src/language/_franc_lite.ts";
import {
  createFrancDetector,
  type FrancAll,
} from "../../src/language/_franc.ts";
import { francDetector } from "../../src/language/franc_detector.ts";
import {
  DETECTION_CANDIDATES,
  FRANC_CODES,
  LANGUAGE_SCRIPTS,
} from "../../src/language/_languages.ts";
import { checkLanguage } from "../../src/language/check_language.ts";
import { cleanTextForDetection } from "../../src/language/clean_text_for_detection.ts";
import type {
  LanguageDetector,
  LanguageGuess,
} from "../../src/language/language_detector.ts";
import {
  detectorCandidateLists,
  neededFrancCodes,
} from "../../scripts/build_language_data.ts";
import {
  BUCKETS,
  EVAL_LANGUAGES,
  loadSet,
} from "../../bench/language/eval_set.ts";

/** The default detector as it was, over the real franc. */
const reference = createFrancDetector(realFrancAll as FrancAll);
/** The reference with the default detector's verifier, for checkLanguage. */
const referenceWithVerifier: LanguageDetector = Object.assign(
  (text: string, candidates: readonly string[]) => reference(text, candidates),
  { calibration: francDetector.calibration, verify: francDetector.verify },
);

const PER_GROUP = 25;

/** 25 texts per language and bucket (1,500), spread over the set. */
function sample(): string[] {
  const set = loadSet();
  const texts: string[] = [];
  for (const lang of EVAL_LANGUAGES) {
    for (const bucket of BUCKETS) {
      const group = set.filter((t) => t.lang === lang && t.bucket === bucket);
      const step = Math.max(1, Math.floor(group.length / PER_GROUP));
      for (let i = 0; i < group.length && i / step < PER_GROUP; i += step) {
        texts.push(group[i].text);
      }
    }
  }
  return texts;
}

const SURROGATE_AT_LIMIT = "a".repeat(2047) + "😀" + " und weiter";

/** Short, empty, mixed-script and otherwise odd strings. */
const ODD: readonly string[] = [
  "",
  " ",
  "a",
  "ab",
  "abc",
  "\n\t \u00a0",
  "123 456 !!!",
  "!!!???...",
  "😀😀😀 🎉",
  "İSTANBUL'DA KARGO TESLİM EDİLDİ",
  "Straße ß ﬁ ﬂ",
  "e\u0301te\u0301 cafe\u0301",
  "ＡＢＣ ｆｕｌｌ ｗｉｄｔｈ",
  "Привет hello",
  "Спасибо thanks!",
  "Спасибо за заказ, thanks for order",
  "Ваш з\u0483аказ your order here",
  // Latin and Cyrillic letters tie (Latin is the main script), but franc
  // also counts the Cyrillic combining marks: it ranks Cyrillic languages.
  "Ваш\u0483\u0483 заказ your orde",
  "Спасибо за заказ\u0483\u0483, thanks for order",
  "Хвала на поруџбини\u0483, thank you for ordering",
  "شكرا thanks",
  "شكرا لطلبك، thank you ١٢٣",
  "धन्यवाद thanks",
  "धन्यवाद आपका ऑर्डर thanks for order",
  "感谢 thanks",
  "ご注文 thank you",
  "שלום hello",
  "Γεια σας hello",
  "สวัสดี hello",
  "안녕하세요 hello",
  "\u0000\u0001 control \u0007",
  "zero\u200bwidth\u200djoiner",
  "line\u2028separator\u2029paragraph",
  "\ud800 lone \udc00 surrogates",
  "ÀÉÎÕÜ àéîõü ÇÑ çñ",
  "the the the the the the the the",
  "a".repeat(3000),
  SURROGATE_AT_LIMIT,
  "Vielen Dank für Ihre Bestellung. ".repeat(100),
];

/**
 * The distinct `only` lists (franc codes) the detector passes to franc for
 * the candidate lists; with `all`, also each kept code alone and all of them.
 */
function onlyLists(all: boolean): string[][] {
  const lists = new Map<string, string[]>();
  const add = (codes: string[]) => lists.set(codes.join(","), codes);
  for (const list of detectorCandidateLists()) {
    // The detector passes franc the candidates of the text's main script.
    for (const script of new Set(list.map((l) => LANGUAGE_SCRIPTS[l]?.[0]))) {
      const codes = list.filter((l) =>
        FRANC_CODES[l] !== undefined && LANGUAGE_SCRIPTS[l]?.[0] === script
      ).map((l) => FRANC_CODES[l]);
      if (codes.length >= 2) add(codes);
    }
  }
  if (all) {
    for (const code of FRANC_LITE_LANGUAGES) add([code]);
    add([...FRANC_LITE_LANGUAGES]);
  }
  return [...lists.values()];
}

function sameTuples(
  actual: readonly [string, number][],
  expected: readonly [string, number][],
  what: string,
): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    assert.equal(actual[i][0], expected[i][0], `${what}: language #${i}`);
    assert.ok(
      Object.is(actual[i][1], expected[i][1]),
      `${what}: score of ${expected[i][0]} ${actual[i][1]} !== ${
        expected[i][1]
      }`,
    );
  }
}

function sameGuesses(
  actual: readonly LanguageGuess[],
  expected: readonly LanguageGuess[],
  what: string,
): void {
  assert.deepEqual(
    actual.map((g) => g.language),
    expected.map((g) => g.language),
    what,
  );
  for (let i = 0; i < expected.length; i++) {
    assert.ok(
      Object.is(actual[i].score, expected[i].score),
      `${what}: score of ${expected[i].language}`,
    );
  }
}

const TEXTS = sample();
const CLEANED = TEXTS.map((text) => cleanTextForDetection(text));
const CANDIDATE_ONLY = onlyLists(false);
const ONLY = onlyLists(true);
const LISTS = detectorCandidateLists();

Deno.test("the sample covers every language and bucket of the evaluation set", () => {
  assert.equal(TEXTS.length, EVAL_LANGUAGES.length * BUCKETS.length * 25);
});

Deno.test("the generated models are exactly those the candidate lists need", () => {
  assert.deepEqual(
    [...FRANC_LITE_LANGUAGES].sort(),
    [...neededFrancCodes()].sort(),
  );
  for (const language of DETECTION_CANDIDATES) {
    const code = FRANC_CODES[language];
    const script = LANGUAGE_SCRIPTS[language][0];
    if (script !== "Han" && script !== "Kana") {
      assert.ok(FRANC_LITE_LANGUAGES.has(code), language);
    }
  }
});

Deno.test("francAll() equals npm franc's on the sample, raw and cleaned, for every candidate list", () => {
  let compared = 0;
  for (const texts of [TEXTS, CLEANED]) {
    for (const text of texts) {
      for (const only of CANDIDATE_ONLY) {
        const options = { only, minLength: 1 };
        sameTuples(
          francAll(text, options),
          realFrancAll(text, options),
          `${only.join(",")}: ${text.slice(0, 60)}`,
        );
        compared++;
      }
    }
  }
  assert.ok(
    compared >= 3000 * CANDIDATE_ONLY.length,
    `${compared} comparisons`,
  );
});

Deno.test("francAll() equals npm franc's on odd strings, with and without minLength", () => {
  for (const text of ODD) {
    for (const only of ONLY) {
      for (const minLength of [undefined, 0, 1, 10, 20]) {
        const options = minLength === undefined
          ? { only }
          : { only, minLength };
        sameTuples(
          francAll(text, options),
          realFrancAll(text, options),
          `${only.join(",")} minLength ${minLength}: ${
            JSON.stringify(text.slice(0, 40))
          }`,
        );
      }
    }
  }
});

Deno.test("francAll() without `only` answers like npm franc for scripts of one language", () => {
  for (
    const text of [
      "感谢您的订购",
      "ご注文ありがとうございます",
      "안녕하세요",
      "123",
      "",
    ]
  ) {
    sameTuples(francAll(text), realFrancAll(text), text);
  }
});

Deno.test("francAll() equals npm franc's on random mixed-script strings", () => {
  const alphabet = fc.constantFrom(
    ..."aeiou ntrsldhgkAEBßçñøåäöüéèêàìòùıİğşł"
      .split(""),
    ..."абвгдежзийклмнопрстуфхцчшщъыьэюяё".split(""),
    ..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي،".split(""),
    ..."अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह्ािीुूेैोौं".split(""),
    ..."的一是不了人我在有他这中大来上国个到说们为ごありがとうござい".split(""),
    ..."0123456789!?.,;:'\"()-_\n\t\u00a0😀".split(""),
  );
  const text = fc.array(alphabet, { maxLength: 120 }).map((chars) =>
    chars.join("")
  );
  const only = fc.subarray([...FRANC_LITE_LANGUAGES], { minLength: 1 });
  fc.assert(
    fc.property(text, only, fc.integer({ min: 0, max: 12 }), (t, o, min) => {
      sameTuples(
        francAll(t, { only: o, minLength: min }),
        realFrancAll(t, { only: o, minLength: min }),
        `${o.join(",")}: ${JSON.stringify(t)}`,
      );
    }),
    { numRuns: 2000, seed: 20260801 },
  );
});

Deno.test("francDetector equals the npm franc detector for every candidate list checkLanguage uses", () => {
  // checkLanguage hands the detector cleaned text (and its sentences); raw
  // text is compared with the default candidates.
  let compared = 0;
  for (
    const [texts, lists] of [[CLEANED, LISTS], [ODD, LISTS], [TEXTS, [
      DETECTION_CANDIDATES,
    ]]] as const
  ) {
    for (const text of texts) {
      for (const list of lists) {
        sameGuesses(
          francDetector(text, list),
          reference(text, list),
          `${list.join(",")}: ${text.slice(0, 60)}`,
        );
        compared++;
      }
    }
  }
  assert.ok(compared > 1500 * LISTS.length, `${compared} comparisons`);
});

Deno.test("checkLanguage() gives the same verdicts with francDetector as with npm franc", () => {
  const expected = [
    ...DETECTION_CANDIDATES,
    "fa",
    "ur",
    "mr",
    "ne",
    "ru",
    "sr",
  ];
  const texts = [...TEXTS.filter((_, i) => i % 3 === 0), ...ODD];
  for (const text of texts) {
    for (const language of expected) {
      assert.deepEqual(
        checkLanguage(text, language),
        checkLanguage(text, language, { detector: referenceWithVerifier }),
        `${language}: ${text.slice(0, 60)}`,
      );
    }
  }
});

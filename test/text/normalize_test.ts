import assert from "node:assert/strict";
import { normalizeText } from "../../src/text/normalize.ts";

/** [original, normalized] pairs, by transformation. */
const TABLE: Readonly<Record<string, readonly (readonly [string, string])[]>> =
  {
    "invisible characters": [
      ["re\u200Bview", "review"],
      ["re\u00ADview", "review"],
      ["re\u2060view", "review"],
      ["\uFEFFreview", "review"],
      ["re\u202Eweiv\u202C", "review"],
      ["re\u2066view\u2069", "review"],
      ["re\u200Eview\u200F", "review"],
      ["re\u{E0041}\u{E0042}view", "review"],
      ["re\u200C\u200Dview", "review"],
      ["re\uFE0Fview", "review"],
      [
        "\u0645\u0640\u0640\u0640\u0631\u062D\u0628\u0627",
        "\u0645\u0631\u062D\u0628\u0627",
      ],
      ["\u0915\u094D\u200D\u0937", "\u0915\u094D\u0937"],
      [
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
        "\u0645\u06CC\u062E\u0648\u0627\u0647\u0645",
      ],
    ],
    "NFKC and enclosed letters": [
      ["ＲＥＶＩＥＷ", "review"],
      ["𝐫𝐞𝐯𝐢𝐞𝐰", "review"],
      ["𝓻𝓮𝓿𝓲𝓮𝔀", "review"],
      ["ⓡⓔⓥⓘⓔⓦ", "review"],
      ["🆁🅴🆅🅸🅴🆆", "review"],
      ["🅡🅔🅥🅘🅔🅦", "review"],
      ["⒭⒠⒱⒤⒠⒲", "review"],
      ["🇷🇪🇻🇮🇪🇼", "review"],
      ["ﬁve stars", "five stars"],
      ["cafe\u0301", "café"],
      ["１２３", "123"],
      ["ﾚﾋﾞｭｰ", "レビュー"],
      ["ご注文（１個）", "ご注文(1個)"],
      ["wait…", "wait..."],
      ["a\u00A0b", "a b"],
    ],
    "confusables": [
      ["r\u0435vi\u0435w", "review"],
      ["\u0455\u0435ll\u0435r", "seller"],
      ["\u0440\u0430\u0443", "pay"],
      ["leave \u0430 review", "leave a review"],
      ["\u0391\u039C\u0391\u0396\u039F\u039D", "amazon"],
      ["\u0280\u1D07\u1D20\u026A\u1D07\u1D21", "review"],
      ["\u0456nfo", "info"],
      ["\u0406NFO", "info"],
      // Genuine Cyrillic and Greek words stay.
      ["Привет, он сказал", "привет, он сказал"],
      ["Отзыв о товаре", "отзыв о товаре"],
      ["Καλημέρα σας", "καλημέρα σασ"],
      ["\u041D\u0410 \u0434\u043E\u043C\u0435", "на доме"],
    ],
    "spaced letters": [
      ["r e v i e w", "review"],
      ["r.e.v.i.e.w", "review"],
      ["r-e-v-i-e-w", "review"],
      ["r_e_v_i_e_w", "review"],
      ["r  e  v  i  e  w", "review"],
      ["R E V I E W", "review"],
      ["leave a R E V I E W", "leave a review"],
      ["s t a r  r a t i n g", "star  rating"],
      ["5 s t a r", "5 star"],
      ["i n c e l e m e", "inceleme"],
      ["五 星 好 评", "五星好评"],
      // Ordinary short words stay apart.
      ["y o a", "y o a"],
      ["e.g. this", "e.g. this"],
      ["to i w domu", "to i w domu"],
      ["a b c", "a b c"],
    ],
    "leetspeak": [
      ["r3vi3w", "review"],
      ["5e11er", "seller"],
      ["he1p", "help"],
      ["fr1end", "friend"],
      ["ema1l", "email"],
      ["p@y", "pay"],
      ["u$e", "use"],
      ["b0x3s", "boxes"],
      // Prices, times, dates, ids and codes stay.
      ["$5.99", "$5.99"],
      ["12:30", "12:30"],
      ["10am", "10am"],
      ["2024-05-01", "2024-05-01"],
      ["123-1234567-1234567", "123-1234567-1234567"],
      ["1st 2nd 3rd 4th", "1st 2nd 3rd 4th"],
      ["4k mp3 b2b h264 i7", "4k mp3 b2b h264 i7"],
      ["help@shop.example", "help@shop.example"],
      ["B08XYZ2K9Q", "b08xyz2k9q"],
    ],
    "HTML entities": [
      ["a &amp; b", "a & b"],
      ["help&#64;shop.example", "help@shop.example"],
      ["help&#x40;shop.example", "help@shop.example"],
      ["help&commat;shop&period;example", "help@shop.example"],
      ["&AMP;", "&"],
      ["&lt;b&gt;", "<b>"],
      ["&#114;eview", "review"],
      ["&#x200B;", ""],
      ["&foo; &#; &#0; &#x110000; &amp", "&foo; &#; &#0; &#x110000; &amp"],
    ],
    "case": [
      ["İNCELEME", "inceleme"],
      ["DEĞERLENDİRME", "değerlendirme"],
      ["YILDIZ", "yildiz"],
      ["yıldız", "yildiz"],
      ["BEWERTUNG Straße", "bewertung straße"],
      ["ΟΔΟΣ", "οδοσ"],
      ["ÉVALUATION", "évaluation"],
    ],
  };

for (const [name, rows] of Object.entries(TABLE)) {
  Deno.test(`normalizeText() handles ${name}`, () => {
    for (const [original, expected] of rows) {
      const normalized = normalizeText(original);
      assert.equal(normalized.text, expected, JSON.stringify(original));
      // The whole normalized text maps inside the original.
      const whole = normalized.toOriginal(0, normalized.text.length);
      assert.ok(whole.start >= 0 && whole.end <= original.length);
    }
  });
}

/** Where a disguised "review" is, in several scripts and disguises. */
const SPANS: readonly (readonly [string, string])[] = [
  ["Please leave a r\u200Bev\u00ADiew today", "r\u200Bev\u00ADiew"],
  ["Bitte eine R E V I E W schreiben", "R E V I E W"],
  ["Merci pour votre r3vi3w !", "r3vi3w"],
  ["Gracias, ＲＥＶＩＥＷ por favor", "ＲＥＶＩＥＷ"],
  ["Grazie: 𝐫𝐞𝐯𝐢𝐞𝐰 &amp; altro", "𝐫𝐞𝐯𝐢𝐞𝐰"],
  ["Obrigado r\u0435vi\u0435w!", "r\u0435vi\u0435w"],
  ["ご注文 &#114;eview です", "&#114;eview"],
];

Deno.test("normalizeText() maps a match back to exactly the original characters", () => {
  for (const [original, disguised] of SPANS) {
    const normalized = normalizeText(original);
    const at = normalized.text.indexOf("review");
    assert.ok(at >= 0, normalized.text);
    const range = normalized.toOriginal(at, at + 6);
    assert.equal(original.slice(range.start, range.end), disguised);
  }
});

Deno.test("normalizeText() maps Turkish matches across the dotted capital", () => {
  const original = "Lütfen DEĞERLENDİRME yapın";
  const normalized = normalizeText(original);
  const at = normalized.text.indexOf("değerlendirme");
  const range = normalized.toOriginal(at, at + "değerlendirme".length);
  assert.equal(original.slice(range.start, range.end), "DEĞERLENDİRME");
});

Deno.test("normalizeText() maps empty ranges to points and clamps", () => {
  const original = "\u200Bab\u200B";
  const normalized = normalizeText(original);
  assert.equal(normalized.text, "ab");
  assert.deepEqual(normalized.toOriginal(0, 2), { start: 1, end: 3 });
  assert.deepEqual(normalized.toOriginal(1, 1), { start: 2, end: 2 });
  assert.deepEqual(normalized.toOriginal(2, 2), { start: 3, end: 3 });
  assert.deepEqual(normalized.toOriginal(-5, 99), { start: 1, end: 3 });
  assert.deepEqual(normalizeText("").toOriginal(0, 0), { start: 0, end: 0 });
});

Deno.test("normalizeText() finds the normalized offset of an original one", () => {
  const original = "Hi &amp; r e v i e w for order 123";
  const normalized = normalizeText(original);
  assert.equal(normalized.text, "hi & review for order 123");
  assert.equal(normalized.fromOriginal(0), 0);
  assert.equal(normalized.fromOriginal(3), 3); // the entity
  assert.equal(normalized.fromOriginal(4), 4); // inside it: the next unit
  assert.equal(
    normalized.fromOriginal(original.indexOf("order")),
    normalized.text.indexOf("order"),
  );
  assert.equal(
    normalized.fromOriginal(original.length),
    normalized.text.length,
  );
  // Identity texts map one to one.
  const plain = normalizeText("plain text");
  assert.equal(plain.fromOriginal(5), 5);
  assert.deepEqual(plain.toOriginal(0, 5), { start: 0, end: 5 });
});

Deno.test("normalizeText() never splits a surrogate pair", () => {
  const original = "a😀b";
  const normalized = normalizeText(original);
  assert.equal(normalized.text, original);
  assert.deepEqual(normalized.toOriginal(1, 2), { start: 1, end: 3 });
  assert.deepEqual(normalized.toOriginal(2, 3), { start: 1, end: 3 });
  assert.deepEqual(normalized.toOriginal(2, 2), { start: 1, end: 1 });
});

Deno.test("normalizeText() rejects a value that is not a string", () => {
  assert.throws(() => normalizeText(42 as unknown as string), TypeError);
});

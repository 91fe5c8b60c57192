import assert from "node:assert/strict";
import fc from "fast-check";
import {
  compilePhrases,
  foldText,
  PHRASE_LANGUAGES,
  type PhraseTable,
  quotePhrase,
  reportPhrases,
  WORD_CHAR,
} from "../../src/rules/_phrases.ts";

function find<C extends string>(table: PhraseTable<C>, text: string) {
  return compilePhrases(table).find(text).map((m) => [m.category, m.text]);
}

function spans(table: PhraseTable<string>, text: string): string[] {
  return compilePhrases(table).find(text).map((m) =>
    text.slice(m.start, m.end)
  );
}

Deno.test("PHRASE_LANGUAGES lists the 14 languages the rules cover", () => {
  assert.deepEqual(
    [...PHRASE_LANGUAGES].sort(),
    [
      "ar",
      "de",
      "en",
      "es",
      "fr",
      "hi",
      "it",
      "ja",
      "nl",
      "pl",
      "pt",
      "sv",
      "tr",
      "zh",
    ],
  );
});

Deno.test("compilePhrases() anchors spaced languages at Unicode word boundaries", async (t) => {
  await t.step("Latin letters with diacritics", () => {
    const table = { a: { de: ["bewertung"], fr: ["caf"] } };
    assert.deepEqual(spans(table, "Eine Bewertung."), ["Bewertung"]);
    assert.deepEqual(spans(table, "Bewertungen, Kundenbewertung"), []);
    assert.deepEqual(spans(table, "un café"), []);
    assert.deepEqual(spans(table, "éBewertung Bewertungé"), []);
  });
  await t.step("Cyrillic", () => {
    const table = { a: { en: ["скидк"] } };
    assert.deepEqual(spans(table, "скидка"), []);
    assert.deepEqual(spans(table, "(скидк)"), ["скидк"]);
  });
  await t.step("Arabic: a proclitic is part of the word", () => {
    const table = { a: { ar: ["خصم"] } };
    assert.deepEqual(spans(table, "الخصم"), []);
    assert.deepEqual(spans(table, "خصم، كبير"), ["خصم"]);
  });
  await t.step(
    "Devanagari: a vowel sign (combining mark) continues the word",
    () => {
      const table = { a: { hi: ["कर"] } };
      assert.deepEqual(spans(table, "करें"), []);
      assert.deepEqual(spans(table, "कर दो"), ["कर"]);
      assert.deepEqual(spans(table, "कर।"), ["कर"]);
    },
  );
  await t.step("digits count as word characters", () => {
    assert.deepEqual(spans({ a: { en: ["n11"] } }, "n110 n11"), ["n11"]);
  });
  await t.step("Han, kana and Hangul do not", () => {
    const table = { a: { en: ["instagram"] } };
    assert.deepEqual(spans(table, "Instagramでフォロー"), ["Instagram"]);
    assert.deepEqual(spans(table, "关注Instagram账号"), ["Instagram"]);
    assert.equal(new RegExp(WORD_CHAR, "u").test("で"), false);
    assert.equal(new RegExp(WORD_CHAR, "u").test("é"), true);
    assert.equal(new RegExp(WORD_CHAR, "u").test("।"), false);
    assert.equal(new RegExp(WORD_CHAR, "u").test("،"), false);
  });
});

Deno.test("compilePhrases() does not anchor Japanese and Chinese phrases", () => {
  assert.deepEqual(
    spans({ a: { ja: ["クーポン"] } }, "割引クーポン券"),
    ["クーポン"],
  );
  assert.deepEqual(spans({ a: { zh: ["好评"] } }, "五星好评返现"), ["好评"]);
  // A space in an unspaced pattern is optional whitespace.
  assert.deepEqual(
    spans({ a: { ja: ["5 つ星"] } }, "5つ星と5 つ星"),
    ["5つ星", "5 つ星"],
  );
});

Deno.test("compilePhrases() matches case-insensitively, Turkish İ and ı included", () => {
  assert.deepEqual(spans({ a: { en: ["coupon"] } }, "COUPON Coupon"), [
    "COUPON",
    "Coupon",
  ]);
  assert.deepEqual(spans({ a: { tr: ["indirim"] } }, "İNDİRİM"), ["İNDİRİM"]);
  assert.deepEqual(
    spans({ a: { tr: ["çıkmak"] } }, "ÇIKMAK çıkmak"),
    ["ÇIKMAK", "çıkmak"],
  );
  assert.deepEqual(spans({ a: { de: ["straße"] } }, "STRASSE STRAẞE"), [
    "STRAẞE",
  ]);
});

Deno.test("compilePhrases() reports UTF-16 offsets into the original text", () => {
  const matcher = compilePhrases({ a: { en: ["coupon", "don't"] } });
  const text = "😀😀 ＣＯＵＰＯＮ, don’t!";
  const found = matcher.find(text);
  assert.deepEqual(found, [
    { category: "a", start: 5, end: 11, text: "ＣＯＵＰＯＮ" },
    { category: "a", start: 13, end: 18, text: "don’t" },
  ]);
  for (const match of found) {
    assert.equal(text.slice(match.start, match.end), match.text);
  }
});

Deno.test("compilePhrases() folds digits and percent signs of other scripts", () => {
  const table = { a: { ar: [String.raw`\d{1,3} ?%`] } };
  assert.deepEqual(spans(table, "خصم ٢٠٪ الآن"), ["٢٠٪"]);
  assert.deepEqual(spans(table, "२५ %"), ["२५ %"]);
  assert.deepEqual(spans(table, "２０％"), ["２０％"]);
});

Deno.test("compilePhrases() matches a decomposed nukta pattern in precomposed text", () => {
  const table = { a: { hi: ["फ़ीडबैक"] } };
  assert.deepEqual(spans(table, "फ़ीडबैक"), ["फ़ीडबैक"]);
  assert.deepEqual(spans(table, "\u095Eीडबैक"), ["\u095Eीडबैक"]);
});

Deno.test("compilePhrases() gaps stay within a sentence and between whole words", async (t) => {
  const table = {
    a: { en: ["leave … review", "give ‥ stars", "if …… happy"] },
  };
  await t.step("a space and the gap markers", () => {
    assert.deepEqual(spans(table, "Please leave us a short review."), [
      "leave us a short review",
    ]);
    assert.deepEqual(spans(table, "leave review"), ["leave review"]);
    assert.deepEqual(spans(table, "leave, review"), ["leave, review"]);
    assert.deepEqual(spans(table, "give  them five stars"), [
      "give  them five stars",
    ]);
  });
  await t.step("the shortest phrase wins", () => {
    assert.deepEqual(spans(table, "leave a review, a review"), [
      "leave a review",
    ]);
  });
  await t.step("not across a sentence end", () => {
    for (
      const text of [
        "Please leave. A review",
        "leave it! review",
        "leave it?\nreview",
        "leave it。review",
        "leave it؟ review",
        "leave it। review",
      ]
    ) {
      assert.deepEqual(spans(table, text), [], text);
    }
  });
  await t.step("not inside a word", () => {
    assert.deepEqual(spans(table, "leave the previews"), []);
    assert.deepEqual(spans(table, "leaves a review"), []);
  });
  await t.step("not beyond the gap's length", () => {
    const few = `give ${"x ".repeat(12)}stars`;
    assert.deepEqual(spans(table, few), [few]);
    assert.deepEqual(spans(table, `give ${"x ".repeat(13)}stars`), []);
    const short = `leave ${"ab ".repeat(14)}review`;
    assert.deepEqual(spans(table, short), [short]);
    assert.deepEqual(spans(table, `leave ${"ab ".repeat(16)}review`), []);
    const long = `if ${"abc ".repeat(22)}happy`;
    assert.deepEqual(spans(table, long), [long]);
    assert.deepEqual(spans(table, `if ${"abc ".repeat(23)}happy`), []);
  });
  await t.step("in Japanese and Chinese, any characters", () => {
    const cjk = { a: { ja: ["レビュー…返金"], zh: ["如果…满意"] } };
    assert.deepEqual(spans(cjk, "レビューを書けば返金"), [
      "レビューを書けば返金",
    ]);
    assert.deepEqual(spans(cjk, "レビュー。返金"), []);
    assert.deepEqual(spans(cjk, "如果您对商品满意"), ["如果您对商品满意"]);
    assert.deepEqual(spans(cjk, `如果${"很".repeat(16)}满意`), []);
  });
});

Deno.test("compilePhrases() supports an optional space with ' ?'", () => {
  assert.deepEqual(
    spans({ a: { en: [String.raw`\d+ ?% off`] } }, "20% off or 20 % off"),
    ["20% off", "20 % off"],
  );
});

Deno.test("compilePhrases() gives earlier categories priority on overlaps", () => {
  const table = {
    first: { en: ["alpha beta"] },
    second: { en: ["beta gamma delta", "delta", "alpha"] },
  };
  assert.deepEqual(find(table, "alpha beta gamma delta"), [
    ["first", "alpha beta"],
    ["second", "delta"],
  ]);
  assert.deepEqual(compilePhrases(table).categories, ["first", "second"]);
  // Within a category, matches are leftmost and do not overlap.
  assert.deepEqual(find({ a: { en: ["ab cd", "cd ef"] } }, "ab cd ef"), [
    ["a", "ab cd"],
  ]);
});

Deno.test("compilePhrases() returns matches in text order", () => {
  const found = compilePhrases({
    a: { en: ["zeta"] },
    b: { en: ["alpha", "omega"] },
  }).find("omega zeta alpha zeta");
  assert.deepEqual(found.map((m) => m.text), [
    "omega",
    "zeta",
    "alpha",
    "zeta",
  ]);
  assert.deepEqual(found.map((m) => m.category), ["b", "a", "b", "a"]);
});

Deno.test("compilePhrases() rejects broken patterns", () => {
  assert.throws(
    () => compilePhrases({ coupon: { de: ["(unclosed"] } }),
    (error: unknown) =>
      error instanceof TypeError &&
      /coupon\/de phrase "\(unclosed"/.test(error.message),
  );
  assert.throws(
    () => compilePhrases({ a: { en: ["(?:x)?"] } }),
    /matches the empty string/,
  );
  assert.throws(
    () => compilePhrases({ a: { hi: [String.raw`क\p{M}`] } }),
    /inside a class/,
  );
  assert.throws(
    () => compilePhrases({ a: { en: ["a … b … c … d … e"] } }),
    /more than 3 gaps/,
  );
});

Deno.test("compilePhrases() accepts categories without patterns", () => {
  assert.deepEqual(compilePhrases({ a: {}, b: { en: ["x"] } }).find("x"), [
    { category: "b", start: 0, end: 1, text: "x" },
  ]);
});

Deno.test("foldText() keeps the length and folds what it promises", () => {
  assert.equal(foldText("İSTANBUL"), "iSTANBUL");
  assert.equal(foldText("ＡＢＣ１２３％"), "ABC123%");
  assert.equal(foldText("don’t ‘x’ ʼ"), "don't 'x' '");
  assert.equal(foldText("a‐b‑c–d−e"), "a-b-c-d-e");
  assert.equal(foldText("٠١٢٣٤٥٦٧٨٩ ۴ ४२ ٪"), "0123456789 4 42 %");
  assert.equal(foldText("日本語 😀 é"), "日本語 😀 é");
  const samples = [
    "İıÇŞĞÜÖ",
    "ＦｕｌｌＷｉｄｔｈ！",
    "😀👍🏽🇩🇪",
    "مرحبًا ٪٣",
    "नमस्ते ५",
    "e\u0301",
  ];
  for (const sample of samples) {
    assert.equal(foldText(sample).length, sample.length, sample);
  }
});

Deno.test("quotePhrase() flattens whitespace and shortens long phrases", () => {
  assert.equal(
    quotePhrase("check  out\n our\u00a0store"),
    "check out our store",
  );
  const long = "x".repeat(70);
  assert.equal(quotePhrase(long), `${"x".repeat(59)}…`);
  assert.equal(Array.from(quotePhrase(long)).length, 60);
  // Never cuts a surrogate pair.
  const emoji = "😀".repeat(70);
  assert.equal(quotePhrase(emoji), `${"😀".repeat(59)}…`);
  assert.equal(quotePhrase("x".repeat(60)), "x".repeat(60));
});

Deno.test("reportPhrases() reports each match with its category and phrase", () => {
  const matcher = compilePhrases({
    coupon: { en: ["coupon"] },
    social: { en: ["follow us"] },
  });
  const reports: unknown[] = [];
  const context = {
    text: "Follow   us for a coupon.",
    report(descriptor: unknown) {
      reports.push(descriptor);
    },
  };
  reportPhrases(context, matcher);
  assert.deepEqual(reports, [
    {
      messageId: "social",
      data: { phrase: "Follow us" },
      start: 0,
      end: 11,
    },
    { messageId: "coupon", data: { phrase: "coupon" }, start: 18, end: 24 },
  ]);
  reports.length = 0;
  reportPhrases({ ...context, text: "" }, matcher);
  assert.deepEqual(reports, []);
});

Deno.test("compilePhrases() stays linear on 100 KB of adversarial text", () => {
  const size = 100_000;
  const fill = (s: string) =>
    s.repeat(Math.ceil(size / s.length)).slice(0, size);
  const matcher = compilePhrases({
    gaps: { en: ["a … b … c …… d", "a ‥ a ‥ a ‥ a"] },
    letters: { de: [String.raw`\p{L}{0,12}gutschein\p{L}{0,6}`] },
    handle: { en: [String.raw`@[\p{L}_][\p{L}\p{N}_]{1,29}`] },
    cjk: { ja: ["レ…ビ…ュ……X"], zh: ["如果…满意…好评"] },
  });
  matcher.find("warm up ü 日本");
  for (
    const text of [
      "a ",
      "a b ",
      "a b c ",
      "a, ",
      "@",
      "@a",
      "a",
      "gutschei",
      "レビュー",
      "如果满意",
      " ",
    ].map(fill)
  ) {
    const start = performance.now();
    matcher.find(text);
    const elapsed = performance.now() - start;
    assert.ok(
      elapsed < 1000, // loose on purpose: a quadratic scan of 100 KB takes minutes
      `${JSON.stringify(text.slice(0, 12))}… took ${elapsed.toFixed(0)} ms`,
    );
  }
});

// Patterns of every kind the prefilter reads: literal words, gaps, classes,
// optional parts, lookarounds, letters before a word, `.` in a decimal and
// in a domain, `?` in a pattern, no literal word at all; in spaced and
// unspaced languages, over categories that overlap. The first category has
// only patterns searched sentence by sentence, the second some that cross
// sentence ends, the third some that need no word.
const PREFILTERED: PhraseTable<"first" | "second" | "third"> = {
  first: {
    en: [
      "leave … review",
      String.raw`\d{1,3}(?:[.,]\d{1,2})? ?% off`,
      String.raw`bol\.com`,
      "follow us(?: on (?:insta-?gram|x))?",
      String.raw`(?:5|five)[-\s]?stars?`,
      "don't ‥ sale(?! of)",
    ],
    de: [String.raw`\p{L}{0,12}gutschein\p{L}{0,4}`],
    tr: ["çıkmak", "indirim"],
    ar: [String.raw`(?:[وفبلك]?(?:ال)?)خصم[\p{L}\p{M}]{0,4}`],
    hi: ["फ़ीडबैक"],
    ja: ["レビュー…返金", "(?:星|★)(?:5|五)"],
    zh: ["(?<!取消)(?:订阅|訂閱)", "好评"],
  },
  second: {
    en: [
      "review",
      "alpha beta",
      "beta gamma",
      "(?:sales?|deals?) (?:ends|now)",
      "refunds? … (?:if|when) ‥ review",
      String.raw`(?:kupon|sale)\p{L}{0,3}`,
      String.raw`@[\p{L}_][\p{L}\p{N}_]{1,29}(?:\.[\p{L}\p{N}_]{1,29})?`,
    ],
    de: [String.raw`sind sie zufrieden\? …… bewertung`],
    ja: ["返金", "クーポン"],
  },
  third: {
    en: [
      "gamma delta",
      "(?:5|five) out of (?:5|five)",
      "off",
      "n11",
      String.raw`\d{3}-\d{4}`,
    ],
    fr: ["avis(?! de passage)"],
  },
};

const FRAGMENTS = [
  "leave",
  "a",
  "short",
  "review",
  "Review",
  "REVIEW",
  "12.5",
  "20",
  "%",
  "off",
  "bol.com",
  "follow",
  "us",
  "on",
  "instagram",
  "5",
  "five",
  "-",
  "stars",
  "@shop",
  ".de",
  "n11",
  "555-1234",
  "don't",
  "don’t",
  "sale",
  "sales",
  "of",
  "Kundengutschein",
  "sind",
  "Sie",
  "zufrieden?",
  "Bewertung",
  "ÇIKMAK",
  "İNDİRİM",
  "indirim",
  "الخصم",
  "فيدبैक",
  "फ़ीडबैक",
  "\u095Eीडबैक",
  "レビュー",
  "を書けば",
  "返金",
  "クーポン",
  "星5",
  "★五",
  "取消订阅",
  "订阅",
  "好评",
  "alpha",
  "beta",
  "gamma",
  "delta",
  "ends",
  "now",
  "refunds",
  "if",
  "ſale",
  "\u212Aupon",
  "ＳＡＬＥ",
  "٢٠٪",
  "out",
  "avis",
  "de passage",
];
const SEPARATORS = [
  " ",
  "  ",
  "\n",
  ". ",
  ".",
  "! ",
  "? ",
  "。",
  "، ",
  "؟",
  "।",
  ", ",
  "",
];

Deno.test("compilePhrases() finds the same phrases with and without its prefilter", () => {
  const prefiltered = compilePhrases(PREFILTERED);
  const full = compilePhrases(PREFILTERED, { prefilter: false });
  const text = fc.array(
    fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)),
    { maxLength: 24 },
  ).map((parts) => parts.map(([word, separator]) => word + separator).join(""));
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(prefiltered.find(t), full.find(t), JSON.stringify(t));
    }),
    { numRuns: 2000 },
  );
});

Deno.test("compilePhrases() prefilter: what it skips cannot match", async (t) => {
  const both = (table: PhraseTable<string>, text: string) => {
    const found = spans(table, text);
    assert.deepEqual(
      compilePhrases(table, { prefilter: false }).find(text).map((m) =>
        text.slice(m.start, m.end)
      ),
      found,
    );
    return found;
  };
  await t.step("a pattern with no literal word is searched everywhere", () => {
    const table = { a: { en: [String.raw`\d{3}-\d{4}`] } };
    assert.deepEqual(both(table, "Call 555-1234."), ["555-1234"]);
  });
  await t.step("case folding: long s, Kelvin sign, full-width", () => {
    const table = { a: { en: ["sale", "kupon"] } };
    assert.deepEqual(both(table, "ſale \u212Aupon ＳＡＬＥ"), [
      "ſale",
      "\u212Aupon",
      "ＳＡＬＥ",
    ]);
  });
  await t.step("a phrase across a line break", () => {
    const table = { a: { en: ["follow us"] } };
    assert.deepEqual(both(table, "Please follow\nus!"), ["follow\nus"]);
  });
  await t.step("a decimal point, a domain, a question mark", () => {
    const table = {
      a: {
        en: [String.raw`\d{1,3}(?:[.,]\d{1,2})? ?% off`, String.raw`bol\.com`],
        de: [String.raw`sind sie zufrieden\? …… bewertung`],
      },
    };
    assert.deepEqual(
      both(
        table,
        "Save 12.5% off. Shop at bol.com. Sind Sie zufrieden? Eine Bewertung!",
      ),
      ["12.5% off", "bol.com", "Sind Sie zufrieden? Eine Bewertung"],
    );
  });
  await t.step("the words of a phrase in two sentences", () => {
    const table = { a: { en: ["refund … review"] } };
    assert.deepEqual(both(table, "A refund. A review."), []);
    assert.deepEqual(both(table, "A refund for a review."), [
      "refund for a review",
    ]);
  });
  await t.step(
    "priority among patterns, some of whose words are missing",
    () => {
      const table = {
        first: { en: ["alpha beta"] },
        second: { en: ["beta gamma", "gamma"] },
      };
      assert.deepEqual(both(table, "beta gamma. alpha beta gamma"), [
        "beta gamma",
        "alpha beta",
        "gamma",
      ]);
    },
  );
  await t.step("the same matcher, text after text", () => {
    const matcher = compilePhrases(PREFILTERED);
    const texts = ["leave a review", "ſale", "レビューを書けば返金", "nothing"];
    const first = texts.map((text) => matcher.find(text));
    assert.deepEqual(texts.map((text) => matcher.find(text)), first);
    assert.deepEqual(
      texts.map((text) => compilePhrases(PREFILTERED).find(text)),
      first,
    );
  });
});

Deno.test("compilePhrases() compiles no new expression for a new choice of words in a text", () => {
  // Eight patterns, each with a word of its own, in one category and in
  // sentences of their own: a text picks any of 255 subsets of them.
  const words = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
  ];
  const table = { a: { en: words.map((word) => `${word} ‥ offer`) } };
  const matcher = compilePhrases(table);
  matcher.find("warm up: alpha offer.");
  const Original = globalThis.RegExp;
  let compiled = 0;
  globalThis.RegExp = class extends Original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      compiled++;
    }
  } as RegExpConstructor;
  try {
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 2 }), (picked) => {
        const text = picked.map((word) => `${word} special offer`).join(
          ", ",
        );
        assert.equal(matcher.find(text).length, picked.length, text);
      }),
      { numRuns: 300 },
    );
  } finally {
    globalThis.RegExp = Original;
  }
  // At most one expression per pattern, whatever the texts.
  assert.ok(compiled <= words.length, `${compiled} expressions compiled`);
});

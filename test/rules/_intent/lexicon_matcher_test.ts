import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { REVIEW_LEXICONS } from "../../../src/rules/_lexicons/review/mod.ts";
import { MARKETING_LEXICONS } from "../../../src/rules/_lexicons/marketing/mod.ts";

const WORDS: Lexicon<string> = {
  language: "en",
  segmentation: "words",
  concepts: {
    review: ["review*", "*bewertung", "5 star"],
    request: ["please", "could you"],
    offer: ["% off", "$*"],
  },
};
const CHARS: Lexicon<string> = {
  language: "ja",
  segmentation: "chars",
  concepts: { review: ["レビュー", "評価"] },
};

function found(text: string, lexicons = [WORDS, CHARS]): string[] {
  return createLexiconMatcher(lexicons).find(text).map((hit) =>
    `${hit.concept}:${text.slice(hit.start, hit.end)}`
  );
}

Deno.test("createLexiconMatcher() matches whole words unless a wildcard opens or closes the term", () => {
  assert.deepEqual(found("please leave reviews"), [
    "request:please",
    "review:review",
  ]);
  assert.deepEqual(found("preview"), []);
  assert.deepEqual(found("unpleased"), []);
  assert.deepEqual(found("produktbewertung"), ["review:bewertung"]);
  assert.deepEqual(found("bewertungen"), []);
});

Deno.test("createLexiconMatcher() lets any run of spaces or punctuation join the words of a term", () => {
  assert.deepEqual(found("a 5-star one"), ["review:5-star"]);
  assert.deepEqual(found("a 5 -- star one"), ["review:5 -- star"]);
  assert.deepEqual(found("could\n you"), ["request:could\n you"]);
  assert.deepEqual(found("a 5 stars"), []);
});

Deno.test("createLexiconMatcher() does not join the words of a term across a clause mark", () => {
  const lexicon: Lexicon<string> = {
    language: "en",
    segmentation: "words",
    concepts: { other: ["review it", "czy wiesz, że"], review: ["review*"] },
  };
  // "A review, it would help": the comma ends the clause.
  for (
    const text of [
      "a review, it helps",
      "a review. it helps",
      "a review ; it",
      "a review: it",
      "a review! it",
    ]
  ) {
    assert.deepEqual(found(text, [lexicon]), ["review:review"], text);
  }
  assert.deepEqual(found("please review it", [lexicon]), [
    "review:review",
    "other:review it",
  ]);
  // A line break may wrap a sentence; a term with a comma matches one.
  assert.deepEqual(found("review\n it", [lexicon]), [
    "review:review",
    "other:review\n it",
  ]);
  assert.deepEqual(found("czy wiesz , że", [lexicon]), [
    "other:czy wiesz , że",
  ]);
  assert.deepEqual(found("czy wiesz że", [lexicon]), []);
  // Arabic and full-width commas too.
  assert.deepEqual(found("review، it", [lexicon]), ["review:review"]);
});

Deno.test("createLexiconMatcher() keeps meaningful symbols and matches them without boundaries", () => {
  assert.deepEqual(found("20% off now"), ["offer:% off"]);
  assert.deepEqual(found("only $10"), ["offer:$"]);
});

Deno.test("createLexiconMatcher() matches chars lexicons anywhere, also next to Latin words", () => {
  assert.deepEqual(found("ぜひレビューを"), ["review:レビュー"]);
  assert.deepEqual(found("review評価"), ["review:review", "review:評価"]);
});

Deno.test("createLexiconMatcher() reports overlapping terms of several concepts", () => {
  const lexicon: Lexicon<string> = {
    language: "en",
    segmentation: "words",
    concepts: { a: ["review the"], b: ["review*"], c: ["the proof"] },
  };
  assert.deepEqual(found("review the proof", [lexicon]), [
    "b:review",
    "a:review the",
    "c:the proof",
  ]);
});

Deno.test("createLexiconMatcher() finds the same hits on astral characters and surrogates", () => {
  assert.deepEqual(found("😀review😀"), ["review:review"]);
  assert.deepEqual(found("\uD800review"), ["review:review"]);
});

Deno.test("createLexiconMatcher() builds nothing until first used", () => {
  let read = 0;
  const lexicon = {
    language: "en",
    segmentation: "words" as const,
    get concepts() {
      read++;
      return { review: ["review"] };
    },
  };
  const matcher = createLexiconMatcher([lexicon]);
  assert.equal(read, 0);
  matcher.find("review");
  matcher.find("review");
  assert.equal(read, 1);
});

Deno.test("registered lexicons are lower case, without duplicates, with a known segmentation", () => {
  for (const lexicon of [...REVIEW_LEXICONS, ...MARKETING_LEXICONS]) {
    assert.ok(["words", "chars"].includes(lexicon.segmentation));
    for (const [concept, terms] of Object.entries(lexicon.concepts)) {
      const label = `${lexicon.language}/${concept}`;
      assert.ok((terms ?? []).length > 0, label);
      for (const term of terms ?? []) {
        assert.equal(term, term.toLowerCase(), `${label}: ${term}`);
        assert.notEqual(term.replaceAll("*", "").trim(), "", label);
      }
    }
  }
  for (
    const lexicon of [
      ...REVIEW_LEXICONS.slice(0, 2),
      ...MARKETING_LEXICONS.slice(0, 2),
    ]
  ) {
    for (const [concept, terms] of Object.entries(lexicon.concepts)) {
      assert.equal(
        new Set(terms).size,
        terms!.length,
        `${lexicon.language}/${concept}`,
      );
    }
  }
});

Deno.test("createLexiconMatcher() is linear on 64k of adversarial text", () => {
  const matcher = createLexiconMatcher([
    ...REVIEW_LEXICONS,
    ...MARKETING_LEXICONS,
  ]);
  const size = 64_000;
  const fill = (s: string) =>
    s.repeat(Math.ceil(size / s.length)).slice(0, size);
  const time = (text: string) => {
    matcher.find(text);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      matcher.find(text);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[1]!;
  };
  const baseline = time(
    fill("the parcel arrives on friday and the driver calls first. "),
  );
  for (
    const piece of [
      "a",
      "re",
      "review ",
      "5 star ",
      "r e v i e w ",
      "%",
      "$1 ",
      "please leave a review ",
      "レビュー",
    ]
  ) {
    const elapsed = time(fill(piece));
    assert.ok(
      elapsed < Math.max(300, baseline * 30),
      `${JSON.stringify(piece)}: ${elapsed.toFixed(1)} ms, baseline ${
        baseline.toFixed(1)
      } ms`,
    );
  }
});

Deno.test("find() looks through Arabic vowel marks in the text and in the terms", () => {
  const matcher = createLexiconMatcher([{
    language: "ar",
    segmentation: "words",
    concepts: { request: ["لا تنس", "لا تفوّت"], review: ["تقييم*"] },
  }]);
  const concepts = (text: string) =>
    matcher.find(text).map((hit) =>
      `${hit.concept}:${text.slice(hit.start, hit.end)}`
    );
  // A mark after the term's last letter does not make it a longer word.
  assert.deepEqual(concepts("لا تنسَ التقييم"), ["request:لا تنس"]);
  assert.deepEqual(concepts("لا تنسَ تقييمًا"), [
    "request:لا تنس",
    "review:تقييم",
  ]);
  // Marks inside a word, in the text or in the term, do not hide it.
  assert.deepEqual(concepts("لا تفوت العرض"), ["request:لا تفوت"]);
  assert.deepEqual(concepts("لا تُفوِّت العرض"), ["request:لا تُفوِّت"]);
  // A mark never joins a letter of another word: still whole words only.
  assert.deepEqual(concepts("لا تنسى"), []);
  assert.deepEqual(concepts("مُتقييم"), []);
});

Deno.test("createLexiconMatcher() finds what each of its terms finds alone, on astral terms too", () => {
  // Terms that share prefixes and suffixes, so the failure links matter,
  // and symbols above the Basic Multilingual Plane, in terms and around.
  const terms = [
    "review",
    "view",
    "reviews*",
    "*iew",
    "star rating",
    "a rating",
    "🎁 gift",
    "gift 🎁",
    "𝒢ift",
    "free",
    "*free",
    "carefree",
  ];
  const words = ["review", "view", "star", "a", "rating", "gift", "🎁", "𝒢ift"];
  const extra = ["free", "carefree", "🙂", "re", ",", " ", "-", "€", "x"];
  const pool = [...words, ...extra];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const lexicon = (list: string[]): Lexicon<string> => ({
    language: "en",
    segmentation: "words",
    concepts: { c: list },
  });
  const whole = createLexiconMatcher([lexicon(terms)]);
  const alone = terms.map((term) => createLexiconMatcher([lexicon([term])]));
  const key = (hit: { start: number; end: number }) =>
    `${hit.start}-${hit.end}`;
  for (let round = 0; round < 300; round++) {
    let text = "";
    const length = 1 + random(12);
    for (let k = 0; k < length; k++) {
      text += pool[random(pool.length)]! + (random(3) === 0 ? "" : " ");
    }
    const expected = new Set(alone.flatMap((m) => m.find(text).map(key)));
    const actual = new Set(whole.find(text).map(key));
    assert.deepEqual([...actual].sort(), [...expected].sort(), text);
  }
});

Deno.test("createLexiconMatcher() finds every term of a large lexicon, where states have many transitions", () => {
  // Ten thousand terms over 56 letters that share a thousand beginnings:
  // most states lie past the first ones, and many have more than a few
  // transitions to search.
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const letters = [
    ..."abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ",
  ];
  const letter = () => letters[random(letters.length)]!;
  const beginnings = Array.from({ length: 1000 }, () => letter() + letter());
  const word = () => {
    let w = beginnings[random(beginnings.length)]!;
    for (let k = 1 + random(4); k > 0; k--) w += letter();
    return w;
  };
  const terms = [...new Set(Array.from({ length: 10000 }, word))];
  const prefixes = terms.filter((_, i) => i % 5 === 0).map((t) => `${t}*`);
  const all = [...terms, ...prefixes];
  const concepts = Object.fromEntries(all.map((term) => [term, [term]]));
  const matcher = createLexiconMatcher([
    { language: "en", segmentation: "words", concepts },
  ]);
  const known = new Set(terms);
  for (let round = 0; round < 200; round++) {
    const words = Array.from(
      { length: 1 + random(20) },
      () => random(2) === 0 ? terms[random(terms.length)]! : word(),
    );
    const text = words.join(" ");
    const expected: string[] = [];
    let start = 0;
    for (const w of words) {
      if (known.has(w)) expected.push(`${start}-${start + w.length}:${w}`);
      for (const prefix of prefixes) {
        const stem = prefix.slice(0, -1);
        if (w.startsWith(stem)) {
          expected.push(`${start}-${start + stem.length}:${prefix}`);
        }
      }
      start += w.length + 1;
    }
    const actual = matcher.find(text).map((hit) =>
      `${hit.start}-${hit.end}:${hit.concept}`
    );
    assert.deepEqual(actual.sort(), expected.sort(), text);
  }
});

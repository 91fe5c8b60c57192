import assert from "node:assert/strict";
import { CONTEXT_WORDS } from "../../../../src/rules/_lexicons/context/mod.ts";
import { REVIEW_LEXICONS } from "../../../../src/rules/_lexicons/review/mod.ts";

const FIELDS = [
  "controls",
  "controlUse",
  "controlPlace",
  "can",
  "also",
  "canAlso",
  "surcharge",
  "orderCost",
  "extra",
  "owners",
  "assessing",
  "shows",
  "pronouns",
  "perfectAux",
  "ownSubjects",
  "buyerSubjects",
  "and",
  "periods",
  "sendVerbs",
  "ownPlan",
  "notYet",
  "recommendVerbs",
  "trades",
  "unnamed",
  "records",
  "claims",
  "availability",
  "measures",
  "settings",
  "that",
  "purpose",
  "alternative",
  "noAnswer",
  "need",
  "but",
  "yes",
  "denial",
  "notDenial",
  "welcome",
  "noNeed",
  "asking",
  "quantityOf",
  "whether",
  "whetherAbout",
  "people",
  "peopleHeads",
  "listJoin",
  "listing",
  "ownerLink",
  "complementizer",
  "determiners",
  "objectPronouns",
  "objectAdverbs",
  "nounDeterminers",
  "onto",
  "papers",
  "of",
  "ofArticles",
  "genitives",
  "ofQualifiers",
  "qualifiers",
  "formIn",
  "forms",
  "noteOf",
  "noteTo",
  "noteRecipients",
  "fields",
  "fieldOf",
  "fieldArticles",
  "boundArticle",
  "fieldInside",
  "writing",
  "writingSome",
  "noteWords",
  "thanks",
  "restock",
  "price",
  "priceParts",
  "listBreak",
  "ownerNext",
  "accordingTo",
  "assessedNext",
  "resultNext",
  "clitics",
  "sources",
  "sellersOwn",
  "strongSources",
  "proofing",
  "courtesy",
  "pages",
  "writeVerbs",
  "toUs",
  "toUsBefore",
  "reportedAhead",
  "reportedBehind",
  "reportedAbout",
  "reportedHow",
  "sellerWish",
  "freeChoice",
] as const;

Deno.test("CONTEXT_WORDS has a file for every language of the lexicons", () => {
  assert.deepEqual(
    Object.keys(CONTEXT_WORDS).sort(),
    REVIEW_LEXICONS.map((lexicon) => lexicon.language).sort(),
  );
});

Deno.test("CONTEXT_WORDS: fields are known, lists hold words, without repeats", () => {
  const known = new Set<string>(["segmentation", ...FIELDS]);
  for (const [language, words] of Object.entries(CONTEXT_WORDS)) {
    for (const key of Object.keys(words)) {
      assert.ok(known.has(key), `${language}.${key}`);
    }
    // The fields every language with spaces has words for.
    if (words.segmentation === "words") {
      for (
        const field of ["owners", "orderCost", "records", "shows"] as const
      ) {
        assert.ok((words[field]?.length ?? 0) > 0, `${language}.${field}`);
      }
    }
    assert.equal(
      words.segmentation,
      language === "ja" || language === "zh" ? "chars" : "words",
      language,
    );
    for (const field of FIELDS) {
      const list = words[field];
      if (list === undefined) continue;
      // An empty list is left out instead.
      assert.ok(list.length > 0, `${language}.${field}`);
      assert.equal(new Set(list).size, list.length, `${language}.${field}`);
    }
  }
});

Deno.test("CONTEXT_WORDS: words are in normalized form (lower case, NFKC, trimmed)", () => {
  for (const [language, words] of Object.entries(CONTEXT_WORDS)) {
    for (const field of FIELDS) {
      for (const word of words[field] ?? []) {
        const where = `${language}.${field}: ${word}`;
        assert.notEqual(word, "", where);
        assert.equal(word, word.trim(), where);
        assert.equal(word, word.normalize("NFKC"), where);
        // Regular-expression escapes (`\p{L}`) aside, no upper case.
        const text = word.replace(/\\p\{\w+\}/g, "");
        assert.equal(text, text.toLowerCase(), where);
        assert.doesNotThrow(() => new RegExp(word, "u"), where);
      }
    }
  }
});

Deno.test("CONTEXT_WORDS: plain-text fields hold no regular-expression syntax", () => {
  for (const [language, words] of Object.entries(CONTEXT_WORDS)) {
    for (const field of ["owners", "assessing", "pronouns", "that"] as const) {
      for (const word of words[field] ?? []) {
        assert.doesNotMatch(word, /[.*+?^${}()|[\]\\]/, `${language}: ${word}`);
      }
    }
    // Only an elided form ends in an apostrophe, and only in "that".
    for (const word of words.that ?? []) {
      assert.ok(!word.includes("'") || /^\p{L}+'$/u.test(word), word);
    }
  }
});

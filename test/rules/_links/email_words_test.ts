import assert from "node:assert/strict";
import {
  AT_WORDS_CJK,
  AT_WORDS_STRONG,
  AT_WORDS_WEAK,
  DOT_WORDS_CJK,
  DOT_WORDS_STRONG,
  DOT_WORDS_WEAK,
  MAIL_DOMAINS,
  SPELLED_TLDS,
} from "../../../src/rules/_links/email_words.ts";
import { TLDS } from "../../../src/rules/_links/tlds.ts";

Deno.test("email words are lower case, unique and without regex syntax", () => {
  const all = [
    ...AT_WORDS_STRONG,
    ...AT_WORDS_WEAK,
    ...AT_WORDS_CJK,
    ...DOT_WORDS_STRONG,
    ...DOT_WORDS_WEAK,
    ...DOT_WORDS_CJK,
  ];
  assert.equal(new Set(all).size, all.length);
  for (const word of all) {
    assert.equal(word, word.toLowerCase(), word);
    assert.equal(/[|()[\]{}*+?\\^$]/.test(word), false, word);
  }
});

Deno.test("spelled top-level domains and mail domains end in known domains", () => {
  for (const tld of Object.values(SPELLED_TLDS)) assert.ok(TLDS.has(tld), tld);
  for (const domain of MAIL_DOMAINS) {
    assert.ok(TLDS.has(domain.split(".").at(-1)!), domain);
  }
});

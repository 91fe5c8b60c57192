import assert from "node:assert/strict";
import { FILE_LIKE_TLDS, TLDS } from "../../../src/rules/_links/tlds.ts";

Deno.test("TLDS holds every market's country code and common generic domains", () => {
  for (
    const tld of [
      "de",
      "uk",
      "fr",
      "es",
      "it",
      "nl",
      "se",
      "pl",
      "tr",
      "ae",
      "sa",
      "in",
      "jp",
      "cn",
      "br",
      "mx",
      "com",
      "shop",
      "store",
      "online",
      "xyz",
    ]
  ) {
    assert.ok(TLDS.has(tld), tld);
  }
  for (const word of ["pdf", "jpg", "docx", "exe", "txt", "js"]) {
    assert.equal(TLDS.has(word), false, word);
  }
  for (const tld of FILE_LIKE_TLDS) assert.equal(tld, tld.toLowerCase());
});

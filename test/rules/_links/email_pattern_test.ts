import assert from "node:assert/strict";
import {
  ADDRESS,
  DOT,
  words,
} from "../../../src/rules/_links/email_pattern.ts";

Deno.test("words: longest first, regex characters escaped, spaces loose", () => {
  const pattern = new RegExp(
    `^(?:${words(["at", "at the rate", "a.t"])})`,
    "u",
  );
  assert.equal(pattern.exec("at  the rate x")?.[0], "at  the rate");
  assert.equal(pattern.exec("a.t")?.[0], "a.t");
  assert.equal(pattern.exec("axt"), null);
});

Deno.test("DOT: a dot however it is written, not a sentence's end", () => {
  const dot = new RegExp(`^${DOT}$`, "iu");
  for (
    const written of [".", " . ", " punkt ", " (dot) ", "[.]", "-nokta-", "。"]
  ) {
    assert.ok(dot.test(written), JSON.stringify(written));
  }
  assert.equal(dot.test(". "), false);
});

Deno.test("ADDRESS: a whole address with its at and dots spelled out", () => {
  for (
    const text of [
      "soporte arroba tienda punto es",
      "info (at) shop (dot) de",
      "anna@example.com",
    ]
  ) {
    ADDRESS.lastIndex = 0;
    assert.equal(ADDRESS.exec(text)?.[0], text);
  }
  ADDRESS.lastIndex = 0;
  assert.equal(ADDRESS.exec("see you at noon"), null);
});

import assert from "node:assert/strict";
import { distinctiveWords } from "../../src/language/_function_words.ts";

Deno.test("distinctiveWords() counts words only one of two languages has", () => {
  assert.deepEqual(
    // "o" is also Spanish ("or"), so it counts for neither.
    distinctiveWords("O pacote não chegou com os documentos", "pt", "es"),
    [3, 0],
  );
  assert.deepEqual(
    distinctiveWords("El paquete no llegó con los documentos", "pt", "es"),
    [0, 3],
  );
});

Deno.test("distinctiveWords() knows no list for non-Latin languages", () => {
  assert.equal(distinctiveWords("whatever", "ja", "en"), undefined);
});

import assert from "node:assert/strict";
import { decodeEntity } from "../../src/text/_entities.ts";

Deno.test("decodeEntity() decodes named and numeric references and says where they end", () => {
  assert.deepEqual(decodeEntity("a &amp; b", 2), { value: "&", end: 7 });
  assert.deepEqual(decodeEntity("&#64;x", 0), { value: "@", end: 5 });
  assert.deepEqual(decodeEntity("&#x40;", 0), { value: "@", end: 6 });
});

Deno.test("decodeEntity() leaves a lone ampersand and unknown names alone", () => {
  assert.equal(decodeEntity("& b", 0), undefined);
  assert.equal(decodeEntity("&notanentityname;", 0), undefined);
});

Deno.test("decodeEntity() reads a numeric reference without its semicolon before a letter", () => {
  // Browsers show "info&#64shop" as "info@shop".
  assert.deepEqual(decodeEntity("&#64shop", 0), { value: "@", end: 4 });
  assert.deepEqual(decodeEntity("&#x40shop", 0), { value: "@", end: 5 });
  // A digit, or a hexadecimal letter after a hexadecimal number, would be
  // part of the number: no reference ends there.
  assert.equal(decodeEntity("&#x40af", 0)?.value, "\u40AF");
});

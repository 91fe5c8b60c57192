import assert from "node:assert/strict";
import { readCharacterReference } from "../../src/text/entities.ts";

Deno.test("readCharacterReference() reads numeric and named references", () => {
  assert.deepEqual(readCharacterReference("info&#64;shop", 4), {
    value: "@",
    end: 9,
  });
  assert.deepEqual(readCharacterReference("a&commat;b", 1), {
    value: "@",
    end: 9,
  });
  assert.deepEqual(readCharacterReference("a&#x2E;b", 1), {
    value: ".",
    end: 7,
  });
});

Deno.test("readCharacterReference() answers undefined where no reference starts", () => {
  assert.equal(readCharacterReference("fish & chips", 5), undefined);
  assert.equal(readCharacterReference("a&unknownname;", 1), undefined);
  // Not at an ampersand at all.
  assert.equal(readCharacterReference("&#64;", 1), undefined);
});

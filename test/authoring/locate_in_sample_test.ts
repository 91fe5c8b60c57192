import assert from "node:assert/strict";
import {
  jsonStrings,
  locateInSample,
} from "../../src/authoring/locate_in_sample.ts";

Deno.test("jsonStrings() decodes escapes and tells keys from values, with each character's place in the text", () => {
  const text = '{ "a\\"b" : "x\\ny\\u00e9z", "n": 1 }';
  const strings = jsonStrings(text);
  assert.deepEqual(strings.map((s) => [s.key, s.value]), [
    [true, 'a"b'],
    [false, "x\ny\u00e9z"],
    [true, "n"],
  ]);
  const value = strings[1]!;
  // "z" is written after the six characters of \u00e9.
  assert.equal(text[value.offsets[4]!], "z");
  assert.equal(text[value.offsets[5]!], '"');
});

Deno.test("locateInSample() finds the value the rendered text holds at the finding, not the first one with the same words", () => {
  const sample = JSON.stringify({
    note: "shop@example.com is ours",
    sellerName: "Mail shop@example.com",
  });
  const text = "Hi. Mail shop@example.com. Bye";
  const start = text.indexOf("shop@");
  const range = locateInSample(sample, text, { start, end: start + 16 })!;
  assert.equal(sample.slice(range.start, range.end), "shop@example.com");
  assert.ok(range.start > sample.indexOf("sellerName"), String(range.start));
});

Deno.test("locateInSample() maps through escapes and skips keys; gives null for words the sample does not hold", () => {
  const sample = '{"mail@x.io": "é\\u00e9 write mail@x.io"}';
  const text = "éé write mail@x.io";
  const start = text.indexOf("mail");
  const range = locateInSample(sample, text, { start, end: text.length })!;
  assert.equal(sample.slice(range.start, range.end), "mail@x.io");
  assert.ok(range.start > sample.indexOf(":"));
  assert.equal(
    locateInSample(sample, "December 9, 2026", { start: 0, end: 8 }),
    null,
  );
  assert.equal(locateInSample(sample, text, { start, end: start }), null);
});

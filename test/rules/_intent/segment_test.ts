import assert from "node:assert/strict";
import {
  segmentIndex,
  segmentText,
} from "../../../src/rules/_intent/segment.ts";

function sentences(text: string): string[] {
  return segmentText(text).sentences.map((s) =>
    text.slice(s.start, s.end).trim()
  );
}

Deno.test("segmentText() splits sentences at end marks of every script and at line breaks", () => {
  assert.deepEqual(sentences("One. Two! Three? Four"), [
    "One.",
    "Two!",
    "Three?",
    "Four",
  ]);
  assert.deepEqual(sentences("一つ。二つ！三つ？"), [
    "一つ。",
    "二つ！",
    "三つ？",
  ]);
  assert.deepEqual(sentences("هل وصل؟ نعم"), ["هل وصل؟", "نعم"]);
  assert.deepEqual(sentences("पहला। दूसरा"), ["पहला।", "दूसरा"]);
  assert.deepEqual(sentences("line one\nline two"), ["line one", "line two"]);
});

Deno.test("segmentText() ends a sentence after the closing quotation marks of its end mark", () => {
  assert.deepEqual(
    sentences('It said "the lid leaks." That was the old lid. Next'),
    ['It said "the lid leaks."', "That was the old lid.", "Next"],
  );
  assert.deepEqual(sentences("Er schrieb „passt nicht.“ Wir tauschen."), [
    "Er schrieb „passt nicht.“",
    "Wir tauschen.",
  ]);
  assert.deepEqual(sentences("Il a écrit «\u202Ftrop petit.\u202F» Puis"), [
    "Il a écrit «\u202Ftrop petit.\u202F»",
    "Puis",
  ]);
  assert.deepEqual(sentences("「小さい。」と書かれていました。次"), [
    "「小さい。」",
    "と書かれていました。",
    "次",
  ]);
  assert.deepEqual(sentences('Say "hi!" Then go. "v3.5" stays'), [
    'Say "hi!"',
    "Then go.",
    '"v3.5" stays',
  ]);
});

Deno.test("segmentText() keeps dots of hosts, numbers and abbreviations inside a sentence", () => {
  assert.deepEqual(sentences("See amazon.de for 3.5 kg, e.g. today."), [
    "See amazon.de for 3.5 kg, e.g. today.",
  ]);
  assert.deepEqual(sentences("Bitte z. B. morgen. Danke"), [
    "Bitte z. B. morgen.",
    "Danke",
  ]);
  assert.deepEqual(sentences("Order No. 5 ships."), ["Order No. 5 ships."]);
});

Deno.test("segmentText() splits clauses at commas, semicolons and colons, not inside numbers", () => {
  const text = "If happy, leave one; if not: write. Then 1,5 kg";
  const clauses = segmentText(text).clauses.map((c) =>
    text.slice(c.start, c.end).trim()
  );
  assert.deepEqual(clauses, [
    "If happy,",
    "leave one;",
    "if not:",
    "write.",
    "Then 1,5 kg",
  ]);
});

Deno.test("segmentText() covers the text without gaps, also the empty text", () => {
  for (const text of ["", "a", "a. b", "...", "\n\n", "x;y,z"]) {
    const { sentences: list } = segmentText(text);
    assert.equal(list[0]!.start, 0);
    assert.equal(list.at(-1)!.end, text.length);
    for (let i = 1; i < list.length; i++) {
      assert.equal(list[i]!.start, list[i - 1]!.end);
    }
  }
});

Deno.test("segmentIndex() finds the segment of an offset", () => {
  const { sentences: list } = segmentText("One. Two. Three.");
  assert.equal(segmentIndex(list, 0), 0);
  assert.equal(segmentIndex(list, 5), 1);
  assert.equal(segmentIndex(list, 15), 2);
});

Deno.test("segmentText() is linear on 64k of end marks and clause marks", () => {
  const size = 64_000;
  for (const piece of [".", ". ", "a. ", ",", "\n", "。"]) {
    const text = piece.repeat(size / piece.length);
    const start = performance.now();
    segmentText(text);
    assert.ok(performance.now() - start < 500, JSON.stringify(piece));
  }
});

Deno.test("segmentText() keeps a German or Polish 'whether' clause with its correlative", () => {
  const clausesOf = (text: string) =>
    segmentText(text).clauses.map((c) => text.slice(c.start, c.end).trim());
  assert.deepEqual(
    clausesOf("Unabhängig davon, ob Sie bewerten, kommt der Ersatz."),
    ["Unabhängig davon, ob Sie bewerten,", "kommt der Ersatz."],
  );
  assert.deepEqual(
    clausesOf("Bez względu na to, czy wystawi Pan opinię, zwrot."),
    [
      "Bez względu na to, czy wystawi Pan opinię,",
      "zwrot.",
    ],
  );
  // Another word before the comma, or another word after it: two clauses.
  assert.deepEqual(clausesOf("Das ist es, ob gut oder schlecht."), [
    "Das ist es,",
    "ob gut oder schlecht.",
  ]);
  assert.deepEqual(clausesOf("Egal, obwohl."), ["Egal,", "obwohl."]);
});

Deno.test("segmentText() keeps a Chinese list joined by 、 in one clause, and splits Japanese clauses at it", () => {
  const clauses = (text: string) =>
    segmentText(text).clauses.map((c) => text.slice(c.start, c.end));
  assert.deepEqual(clauses("我们不会发送任何促销、优惠或其他商品信息。"), [
    "我们不会发送任何促销、优惠或其他商品信息。",
  ]);
  assert.deepEqual(clauses("クーポンのご入力や、レビューは不要です。"), [
    "クーポンのご入力や、",
    "レビューは不要です。",
  ]);
});

Deno.test("segmentText(): in Japanese a comma right after the topic ends no clause", () => {
  const text = "修正していただく必要は、まったくございません。";
  assert.equal(segmentText(text).clauses.length, 1);
  const twoClauses = "届きましたら、ご確認ください。";
  assert.equal(segmentText(twoClauses).clauses.length, 2);
});

Deno.test("segmentText(): a line break the caller reads as a wrap continues the sentence", () => {
  const text = "please leave\nthe parcel here.\nthanks";
  const wrapped = (offset: number) => offset === text.indexOf("\n");
  assert.deepEqual(
    segmentText(text, { goesOn: wrapped }).sentences.map(({ start, end }) =>
      text.slice(start, end)
    ),
    ["please leave\nthe parcel here.", "\n", "thanks"],
  );
  // By default every line break ends a sentence.
  assert.equal(segmentText(text).sentences.length, 4);
});

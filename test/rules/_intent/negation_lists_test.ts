import assert from "node:assert/strict";
import {
  enumerations,
  listChains,
  negatedListItem,
} from "../../../src/rules/_intent/negation_lists.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder } from "./_concept_hits.ts";

const find = hitFinder({ en: { negation: ["not", "don't"] } });

Deno.test("listChains() joins the short comma-separated items of a list with a joining word", () => {
  const list =
    "You do not need to fill in a form, answer a survey, write a review or give a rating.";
  assert.deepEqual([...listChains(list, segmentText(list))], [0, 0, 0]);
  // Two lists in two sentences.
  const two = "A form, a survey or a call. Thanks, see you and bye.";
  assert.deepEqual([...listChains(two, segmentText(two))], [0, 0, 2, 2]);
});

Deno.test("listChains() leaves out clauses with no joining word, a turn or a long item", () => {
  for (
    const text of [
      "We checked the box, the label, the seal.",
      "You don't need a form, but please leave a review or a rating.",
      `No form, ${"a very long item that goes on and on ".repeat(2)}or more.`,
    ]
  ) {
    assert.ok(listChains(text, segmentText(text)).every((c) => c === -1), text);
  }
});

Deno.test("negatedListItem() reaches an item from a negation with three words after it", () => {
  const text =
    "You do not need to fill in a form, answer a survey, write a review or give a rating.";
  const segmentation = segmentText(text);
  const lists = listChains(text, segmentation);
  const negations = find(text);
  assert.equal(
    negatedListItem(text, segmentation.clauses, lists, negations, 2),
    true,
  );
  // "Don't worry" is a reassurance, not the first item of a list.
  const worry =
    "Don't worry, answer a survey, write a review or give a rating.";
  const worrySegments = segmentText(worry);
  assert.equal(
    negatedListItem(
      worry,
      worrySegments.clauses,
      listChains(worry, worrySegments),
      find(worry),
      2,
    ),
    false,
  );
  // A clause in no list.
  assert.equal(
    negatedListItem(
      text,
      segmentation.clauses,
      new Int32Array(3).fill(-1),
      negations,
      2,
    ),
    false,
  );
});

Deno.test("enumerations() marks the listing clauses before a sentence's last clause", () => {
  const listed =
    "クーポンコードのご入力や、レビューのご投稿など、お手続きは一切ございません";
  assert.deepEqual([...enumerations(listed, segmentText(listed))], [1, 1, 0]);
  // A condition does not list.
  const condition = "参考になれば、レビューは必要ありません";
  assert.deepEqual([...enumerations(condition, segmentText(condition))], [
    0,
    0,
  ]);
  // A clause that lists before one that does not is cut off.
  const cut = "ご入力や、参考になれば、必要ありません";
  assert.deepEqual([...enumerations(cut, segmentText(cut))], [0, 0, 0]);
});

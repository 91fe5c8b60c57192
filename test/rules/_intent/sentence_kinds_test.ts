import assert from "node:assert/strict";
import {
  answersNo,
  asksNeed,
  asksQuestion,
  isQuestion,
  offersAlternative,
  opensPurpose,
} from "../../../src/rules/_intent/sentence_kinds.ts";

function whole(text: string) {
  return { start: 0, end: text.length };
}

Deno.test("isQuestion() reads a Latin, full-width or Arabic question mark at the end", () => {
  for (
    const text of ["Wouldn't you like to?", "いかがですか？  ", "هل أعجبك؟\n"]
  ) {
    assert.equal(isQuestion(text, whole(text)), true, text);
  }
  assert.equal(isQuestion("Why? Because.", whole("Why? Because.")), false);
  assert.equal(isQuestion("Why? Because.", { start: 0, end: 4 }), true);
  assert.equal(isQuestion("   ", whole("   ")), false);
});

Deno.test("asksQuestion() also reads a Japanese or Chinese question particle before the full stop", () => {
  for (
    const text of ["お済みでしょうか。", "评价过了吗。", "Have you rated it?"]
  ) {
    assert.equal(asksQuestion(text, whole(text)), true, text);
  }
  for (
    const text of ["明日発送します。", "我们明天发货。", "It ships today."]
  ) {
    assert.equal(asksQuestion(text, whole(text)), false, text);
  }
});

Deno.test("opensPurpose() finds a purpose connector at a clause's start only", () => {
  const text = "Nie musi Pan wystawiać opinii, aby otrzymać zwrot";
  const comma = text.indexOf(",") + 1;
  assert.equal(opensPurpose(text, { start: comma, end: text.length }), true);
  assert.equal(opensPurpose(text, { start: 0, end: comma }), false);
  const english = ' "so that you get a refund';
  assert.equal(opensPurpose(english, whole(english)), true);
  // "per" opens one in Italian, "perfect" opens none.
  assert.equal(opensPurpose("perfect fit", whole("perfect fit")), false);
});

Deno.test("offersAlternative() finds a word of an alternative anywhere in the clause", () => {
  const text = "No review is needed, please just wait for the courier";
  const comma = text.indexOf(",") + 1;
  assert.equal(
    offersAlternative(text, { start: comma, end: text.length }),
    true,
  );
  assert.equal(offersAlternative(text, { start: 0, end: comma }), false);
  assert.equal(
    offersAlternative(
      "配達をお待ちいただくだけです",
      whole("配達をお待ちいただくだけです"),
    ),
    true,
  );
  assert.equal(
    offersAlternative("adjust the strap", whole("adjust the strap")),
    false,
  );
});

Deno.test("answersNo() reads a bare no at a sentence's start, in the lexicons' languages", () => {
  for (
    const text of [
      " no.",
      "no, it went out today.",
      "not at all, it ships today.",
      "nein, der ersatz ist unterwegs.",
      "non, c'est déjà fait.",
      "no, ya está en camino.",
      "não, já foi enviado.",
      "nee.",
      "nej, det behövs inte.",
      "nie, zwrot już wysłaliśmy.",
      // As the normalized text holds it: Turkish "ı" folds to "i".
      "hayir, gerek yok.",
      "لا، البديل في الطريق.",
      "नहीं, रिफंड हो चुका है।",
      "不需要，退款已经到账。",
      "いいえ、必要ございません。",
    ]
  ) {
    assert.equal(answersNo(text, whole(text)), true, text);
  }
  for (
    const text of [
      "no pressure, of course.",
      "no worries if not.",
      "不用太长，几句话就好。",
      "no, but we would love one!",
      "nein, aber wir freuen uns darüber.",
      "不需要，但我们会非常感激！",
      "no?",
      "nobody asked.",
      "none of it is needed.",
      "the answer is no.",
    ]
  ) {
    assert.equal(answersNo(text, whole(text)), false, text);
  }
});

Deno.test("asksNeed() reads a question whether something is needed", () => {
  for (
    const text of [
      "do i need to leave a review for the refund?",
      "is a review required first?",
      "muss ich dafür eine bewertung abgeben?",
      "faut-il laisser un avis ?",
      "¿hace falta dejar una reseña?",
      "需要先给评价才能退款吗？",
      "レビューを書く必要はありますか？",
    ]
  ) {
    assert.equal(asksNeed(text, whole(text)), true, text);
  }
  for (
    const text of [
      "can we send you a gift card for a review?",
      "möchten sie 15 % rabatt?",
      "would you leave us five stars?",
    ]
  ) {
    assert.equal(asksNeed(text, whole(text)), false, text);
  }
});

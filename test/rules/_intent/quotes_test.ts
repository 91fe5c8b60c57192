import assert from "node:assert/strict";
import {
  findQuoted,
  findQuotes,
  findReported,
  mergeSpans,
} from "../../../src/rules/_intent/quotes.ts";

// The reported questions of `text`, as text.
function reported(text: string): string[] {
  return findReported(text).map(({ start, end }) => text.slice(start, end));
}

function quoted(text: string): string[] {
  return findQuotes(text).map(({ start, end }) => text.slice(start, end));
}

Deno.test("findQuotes() finds text between matching quotes of each script", () => {
  assert.deepEqual(quoted('He wrote "five stars" and «cinq étoiles».'), [
    '"five stars"',
    "«cinq étoiles»",
  ]);
  assert.deepEqual(quoted("„Sehr gut“ und 「最高」 und “great”"), [
    "„Sehr gut“",
    "「最高」",
    "“great”",
  ]);
});

Deno.test("findQuotes(): Swedish quotes open and close with the same mark", () => {
  assert.deepEqual(
    quoted("Du frågade: ”Måste jag lämna ett omdöme?” Nej, absolut inte."),
    ["”Måste jag lämna ett omdöme?”"],
  );
  // An English pair still closes on its own mark.
  assert.deepEqual(quoted("“great” and ”bra”"), ["“great”", "”bra”"]);
});

Deno.test("findQuotes() ignores empty quotes, quotes across a line break and overlong ones", () => {
  assert.deepEqual(quoted('an "" empty one'), []);
  assert.deepEqual(quoted('"open\nclosed"'), []);
  assert.deepEqual(quoted(`"${"x".repeat(400)}"`), []);
  // An unmatched quote does not swallow the next pair.
  assert.deepEqual(quoted('5" screen, "great" price'), ['" screen, "']);
});

Deno.test("mergeSpans() sorts spans, drops empty ones and merges touching ones", () => {
  assert.deepEqual(
    mergeSpans([
      { start: 10, end: 12 },
      { start: 0, end: 4 },
      { start: 3, end: 6 },
      { start: 6, end: 8 },
      { start: 20, end: 20 },
    ]),
    [{ start: 0, end: 8 }, { start: 10, end: 12 }],
  );
  assert.deepEqual(mergeSpans([]), []);
});

Deno.test("findQuotes(): single curly quotes, not an apostrophe inside them", () => {
  const text = "Your set ‘Star Cards – 5 stars’ (120 cards) ships today.";
  const [span] = findQuotes(text);
  assert.equal(text.slice(span!.start, span!.end), "‘Star Cards – 5 stars’");
  const apostrophe = "The label ‘it’s fragile’ is on the box.";
  const [quoted] = findQuotes(apostrophe);
  assert.equal(
    apostrophe.slice(quoted!.start, quoted!.end),
    "‘it’s fragile’",
  );
});

Deno.test("findQuotes(): the buyer's question reported with an adverb", () => {
  // The rules search the normalized text, which is lower case.
  const text =
    "you also asked whether you have to leave a review first: you don't.";
  const spans = findQuotes(text);
  assert.ok(
    spans.some((span) =>
      text.slice(span.start, span.end).includes("leave a review")
    ),
  );
  const german =
    "sie hatten gefragt, ob sie erst eine bewertung abgeben müssen: nein.";
  assert.ok(
    findQuotes(german).some((span) =>
      german.slice(span.start, span.end).includes("bewertung")
    ),
  );
});

Deno.test("findReported() finds the buyer's question reported in the present tense", () => {
  assert.deepEqual(
    reported("vous nous demandez s'il faut un code promo : non, aucun."),
    ["vous nous demandez s'il faut un code promo "],
  );
  assert.deepEqual(
    reported("nos pregunta si necesita un cupón. no hace falta."),
    ["nos pregunta si necesita un cupón"],
  );
  assert.deepEqual(
    reported("سألتنا إن كنت تحتاج إلى كوبون: لا حاجة لأي كود"),
    ["سألتنا إن كنت تحتاج إلى كوبون"],
  );
  // Without its "whether", "if" or "about", it reports no question.
  assert.deepEqual(reported("you asked for a refund, and it is done."), []);
  assert.deepEqual(reported("as you asked, we sent a new one."), []);
  // A question answered with yes is the seller's own offer.
  assert.deepEqual(
    reported("you ask whether you need a code: yes, use it."),
    [],
  );
});

Deno.test("findQuotes(): the label of a control the seller points to is no quotation", () => {
  const quoted = (text: string) =>
    findQuotes(text).map(({ start, end }) => text.slice(start, end));
  assert.deepEqual(
    quoted('click the "write a review" button under your orders.'),
    [],
  );
  assert.deepEqual(
    quoted("die schaltfläche „produktrezension schreiben“ finden sie dort."),
    [],
  );
  assert.deepEqual(quoted("「レビューを書く」ボタンを押してください。"), []);
  // A verb of using a control right before the label names the control.
  assert.deepEqual(
    quoted('then click "write a review", it takes a minute.'),
    [],
  );
  assert.deepEqual(quoted("在“我的订单”里找到书桌，点一下“写商品评论”就行。"), [
    "“我的订单”",
  ]);
  // A control only named, or said not to be needed, keeps its label a
  // quotation.
  assert.equal(
    quoted('you can ignore the "rate this seller" link in the email.').length,
    1,
  );
  assert.equal(
    quoted(
      'click the "write a review" button only if you like: your refund does not depend on it.',
    ).length,
    1,
  );
  // A label placed in a menu ("under …") is a control's where the sentence
  // tells the buyer to use one, and a quotation elsewhere.
  assert.deepEqual(
    quoted("unter „verkäufer bewerten“ sind es nur zwei klicks."),
    [],
  );
  assert.deepEqual(
    quoted("einlösen können sie ihn in der app unter „gutschein einlösen“."),
    ["„gutschein einlösen“"],
  );
  // A request asked as a negative question denies nothing.
  assert.deepEqual(
    quoted("「商品レビューを書く」ボタンを一度押していただけませんか。"),
    [],
  );
  assert.deepEqual(
    quoted('won\'t you click the "write a review" button once it arrives?'),
    [],
  );
  // A quotation with no control next to it is someone else's words.
  assert.deepEqual(
    quoted('you wrote "the lid leaks" in your message.'),
    ['"the lid leaks"'],
  );
  // Too long for a label.
  const long =
    '"write a review and tell everyone how much you love the product" button';
  assert.equal(quoted(long).length, 1);
});

Deno.test("findReported(): a question of its own runs past commas inside it, to the seller's words", () => {
  // A phrase set off by commas inside the buyer's question.
  assert.deepEqual(
    reported(
      "ci ha chiesto se, per avere il rimborso, deve prima scrivere una recensione. non serve.",
    ),
    [
      "ci ha chiesto se, per avere il rimborso, deve prima scrivere una recensione",
    ],
  );
  assert.deepEqual(
    reported(
      "pyta pan, czy żeby dostać zwrot, trzeba najpierw dodać opinię. nie trzeba.",
    ),
    ["pyta pan, czy żeby dostać zwrot, trzeba najpierw dodać opinię"],
  );
  // Without a phrase set off at its start, it ends at its first comma.
  assert.deepEqual(
    reported(
      "sie fragten, ob eine bewertung nötig ist, das ist nicht der fall.",
    ),
    ["sie fragten, ob eine bewertung nötig ist"],
  );
  // Only a question the seller denies is the buyer's alone: one affirmed,
  // or left unanswered, is read as the seller's words.
  assert.deepEqual(
    reported(
      "you asked whether, to get the gift card, you need a 5-star review, and that is exactly right!",
    ),
    [],
  );
  assert.deepEqual(
    reported("sie fragten, ob die decke waschbar ist, bitte bewerten sie uns."),
    [],
  );
  assert.deepEqual(
    reported(
      "zu ihrer frage, ob es für eine bewertung einen rabatt gibt: nein.",
    ),
    ["zu ihrer frage, ob es für eine bewertung einen rabatt gibt"],
  );
  // The order the question was about, named between.
  assert.deepEqual(
    reported(
      "je vroeg bij bestelling 402-1234567-7654321 of je korting krijgt voor een review. nee.",
    ),
    [
      "je vroeg bij bestelling 402-1234567-7654321 of je korting krijgt voor een review",
    ],
  );
  assert.deepEqual(
    reported("you asked if it has shipped, it has, leave us five stars."),
    [],
  );
  // "您在…中如有任何问题" (any problem) and "您在购买前如需咨询" ask nothing.
  assert.deepEqual(
    reported(
      "您在使用过程中如有任何问题，欢迎联系我们，满意的话请给五星好评。",
    ),
    [],
  );
  // A question about something ends at its first comma.
  assert.deepEqual(
    reported("you asked about a review, but none is needed."),
    ["you asked about a review"],
  );
  // Where the buyer asked, and an answer after a colon.
  assert.deepEqual(
    reported("您在留言中问到，是否需要先写评价才能退款——不需要。"),
    ["您在留言中问到，是否需要先写评价才能退款"],
  );
  assert.deepEqual(
    reported("سألتَ في رسالتك: هل يلزمك ترك تقييم؟ لا."),
    ["سألتَ في رسالتك: هل يلزمك ترك تقييم"],
  );
});

Deno.test("findReported(): a question that holds the seller's own wish is marked, with its answer", () => {
  const wishes = (text: string) =>
    findReported(text).map(({ wish, answer }) => [
      wish,
      text.slice(answer.start, answer.end).trim(),
    ]);
  assert.deepEqual(
    wishes(
      "you asked whether your parcel could come faster and we would love a 5-star review once it does. no, sadly not.",
    ),
    [[true, ". no, sadly not"]],
  );
  // The seller's comment after it, in its sentence, counts too.
  assert.deepEqual(
    wishes(
      "sie wollten wissen, ob sie uns eine bewertung hinterlassen würden, was uns sehr helfen würde. nein, leider nicht.",
    ),
    [[true, ", was uns sehr helfen würde. nein, leider nicht"]],
  );
  assert.deepEqual(
    wishes("nos preguntaste si llega pronto y nos encantaría una reseña. no."),
    [[true, ". no"]],
  );
  // Without the wish, the same question is the buyer's alone.
  assert.deepEqual(
    wishes("you asked whether your parcel could come faster. no, sadly not."),
    [[false, ". no, sadly not"]],
  );
});

Deno.test("findReported(): an answer that leaves the choice to the buyer answers as a denial does", () => {
  assert.deepEqual(
    reported(
      "sie wollten wissen, ob sie eine bewertung abgeben dürfen, bevor die rückerstattung da ist. das steht ihnen völlig frei.",
    ),
    ["sie wollten wissen, ob sie eine bewertung abgeben dürfen"],
  );
  assert.deepEqual(
    reported(
      "you asked whether you may leave a review before the refund. that is entirely up to you.",
    ),
    ["you asked whether you may leave a review before the refund"],
  );
  // Left to the buyer with a wish of the seller's own, it is no answer.
  assert.deepEqual(
    reported(
      "you asked whether you may leave a review before the refund. that is up to you, though we would love one!",
    ),
    [],
  );
  // Neither denied nor left to the buyer, it stays the seller's words.
  assert.deepEqual(
    reported(
      "you asked whether you may leave a review before the refund. that would be lovely.",
    ),
    [],
  );
});

Deno.test("findReported(): a question that ends its sentence is the buyer's when the next sentence denies", () => {
  const text =
    "you asked whether a review gets you a discount. amazon's rules do not allow sellers to offer one.";
  assert.deepEqual(
    findReported(text).map(({ start, end }) => ({ start, end })),
    [{ start: 0, end: 46 }],
  );
  // Answered yes, or not denied, it stays the seller's words.
  assert.deepEqual(
    findReported(
      "you asked whether a review gets you a discount. yes, we give one that isn't small.",
    ),
    [],
  );
  assert.deepEqual(
    findReported(
      "you asked whether a review gets you a discount. sure, ten percent off.",
    ),
    [],
  );
});

Deno.test("findReported(): a courtesy or a yes after the question is no denial", () => {
  // A courtesy right after the question, in the sentence or the next.
  assert.deepEqual(
    reported(
      "you asked whether you could leave us five stars: no rush at all!",
    ),
    [],
  );
  assert.deepEqual(
    reported("sie fragten, ob sie uns fünf sterne geben dürfen. keine eile!"),
    [],
  );
  // With a denial beside it, the question is the buyer's.
  assert.deepEqual(
    reported(
      "you asked whether a review is needed: no, and no rush with the return.",
    ),
    ["you asked whether a review is needed"],
  );
  // Where the question comes before the words that report it, the answer
  // decides too.
  assert.deepEqual(
    reported(
      "レビューを書いてもよいかとのお問い合わせをいただきました。ぜひお願いします!",
    ),
    [],
  );
  assert.deepEqual(
    reported(
      "yorum yapmam gerekip gerekmediğini sordunuz. tabii ki, çok seviniriz!",
    ),
    [],
  );
  assert.deepEqual(
    reported(
      "yorum yapmaniz gerekip gerekmediğini sordunuz. hayir, gerekmiyor.",
    ),
    ["yorum yapmaniz gerekip gerekmediğini sordunuz"],
  );
});

Deno.test("findReported(): the answer's denial words are the buyer's language's and English", () => {
  // Portuguese "no" is "in the", not the English or Spanish no.
  const site =
    "você perguntou se podia nos avaliar com 5 estrelas. vai ser ótimo ver isso no site!";
  assert.deepEqual(findReported(site, "pt"), []);
  assert.equal(findReported(site).length, 1);
  assert.equal(
    findReported(
      "você perguntou se precisa de uma avaliação. não, de jeito nenhum.",
      "pt",
    ).length,
    1,
  );
  // Chinese "不" in a Japanese word ("不明点") denies nothing in Japanese.
  assert.deepEqual(
    findReported(
      "レビューを書いてもよいかとのお問い合わせですが、ぜひ!不明点があればご連絡ください。",
      "ja",
    ),
    [],
  );
  // English answers count in every language.
  assert.equal(
    findReported(
      "você perguntou se precisa de uma avaliação. no, not at all.",
      "pt",
    ).length,
    1,
  );
});

Deno.test("findReported(): an answer that welcomes the review denies only another part of the question", () => {
  assert.deepEqual(
    reported(
      "you asked whether it's too late to leave a review. not at all, we'd still love to read it!",
    ),
    [],
  );
  assert.deepEqual(
    reported("您问现在写评价是不是太晚了。一点也不晚，随时欢迎您来写。"),
    [],
  );
  // A denial with an everyday closing stays the buyer's question.
  assert.deepEqual(
    reported(
      "you asked whether a review is needed. no, it is not, and we are happy to help with anything else.",
    ),
    ["you asked whether a review is needed"],
  );
});

Deno.test('findReported(): Arabic "your question whether" reports a question too', () => {
  assert.deepEqual(
    reported(
      "أما سؤالك عمّا إذا كان عليك كتابة تقييم حتى يتم الاسترداد، فالجواب: لا، إطلاقاً.",
    ),
    ["سؤالك عمّا إذا كان عليك كتابة تقييم حتى يتم الاسترداد"],
  );
  assert.deepEqual(
    reported("سؤالك عما إذا كان بإمكانك كتابة تقييم: بالطبع، يسعدنا ذلك!"),
    [],
  );
});

Deno.test("findReported(): a yes that leaves the choice to the buyer grants the question, a how-question too", () => {
  assert.deepEqual(
    reported(
      "you asked whether you can delete your feedback. yes, you can remove it from your account, but that is completely your decision.",
    ),
    ["you asked whether you can delete your feedback"],
  );
  // The choice may be left in the sentence after the yes.
  assert.deepEqual(
    reported(
      "sie fragten, ob sie ihr feedback löschen können. ja, das geht in ihrem konto. das ist allein ihre entscheidung.",
    ),
    ["sie fragten, ob sie ihr feedback löschen können"],
  );
  // A yes with the seller's own wish is the seller's offer.
  assert.deepEqual(
    reported(
      "you asked whether you can still leave a review. yes, it's up to you, and we'd love one!",
    ),
    [],
  );
  // "Of course not" is no yes.
  assert.deepEqual(
    reported("you asked whether you must review it first. of course not."),
    ["you asked whether you must review it first"],
  );
  // A question of how, answered by leaving the choice to the buyer.
  assert.deepEqual(
    reported(
      "you asked how to edit your review: you can change it under your orders if you ever wish. it's entirely up to you.",
    ),
    ["you asked how to edit your review"],
  );
  assert.deepEqual(
    reported("you asked how to leave a review. just click the button!"),
    [],
  );
});

Deno.test("findQuoted(): straight apostrophes quote only right after a colon", () => {
  const text =
    "u schreef ook: 'ik heb al een recensie geschreven. krijg ik mijn geld terug?' ja. it's the 'best' one and l'ami.";
  assert.deepEqual(
    findQuoted(text).map((span) => text.slice(span.start, span.end)),
    ["'ik heb al een recensie geschreven. krijg ik mijn geld terug?'"],
  );
});

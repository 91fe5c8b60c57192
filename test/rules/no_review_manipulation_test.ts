import assert from "node:assert/strict";
import type { AnyRule } from "../../src/lint/rule.ts";
import { noReviewManipulation } from "../../src/rules/no_review_manipulation.ts";
import { lintMessage, type LintOptions } from "../../src/lint/lint_message.ts";
import {
  type ConceptCases,
  type ErrorRow,
  lintMessageWith,
  lintWith,
  messageIdsOf,
  testConceptRule,
  wrongFirstErrors,
} from "./_phrase_rule_tester.ts";

const RULE: AnyRule = noReviewManipulation;
const lint = (text: string, type?: string) => lintWith(RULE, text, type);

const CASES: Record<string, ConceptCases> = {
  en: {
    valid: [
      "Please review your order details below.",
      "Please review the customization before we engrave it.",
      "We offer a free of charge replacement for the defective item.",
      "We offer a replacement or a full refund.",
      "The exchange rate applied was 1.08.",
      "Thank you for your feedback; we will send you a free replacement right away.",
      "We will refund you once we review the photos.",
      "If you are happy with the new delivery date, please reply to confirm.",
      "Before you leave, please review the delivery window.",
      "If the item doesn't fit, it can be changed.",
      "Our team reviewed your claim and issued the refund today.",
      "The heater has a power rating of 2000 W; please check your socket.",
      "The lamp carries an IP44 rating, so it is fine for the bathroom.",
      "We booked the installer at the five-star hotel you named.",
      "The courier could not find the original one-star motel, so he will call you.",
      "The print shows gold stars on a navy background, as you chose.",
      "Your file is under review by our print team and will be ready on Monday.",
      "Please send us your feedback on the design proof by Friday.",
      "Please let us know if you have any questions or feedback about the delivery.",
      "No review is needed to get the replacement; it ships today.",
      "Please confirm the colour of the stars on the banner.",
      "Thanks for the quick feedback, please confirm the size.",
      "Your refund does not depend on any review.",
      "You don't need to send it back, fill out any form or leave feedback for this to go through.",
      "No need to leave a review, write to us if the parcel does not arrive.",
      "Thank you for your review; if there is any problem, contact us.",
    ],
    invalid: [
      {
        text:
          "When it arrives, could you spare a moment to leave us a review on Amazon?",
        messageId: "solicitation",
      },
      {
        text: "Once you have tried it, please write a short product review.",
        messageId: "solicitation",
      },
      {
        text: "We would be grateful for some seller feedback after delivery.",
        messageId: "solicitation",
      },
      {
        text: "A 5-star rating would make our day!",
        messageId: "solicitation",
      },
      {
        text:
          "Your honest opinion on the product page would help other shoppers decide.",
        messageId: "solicitation",
      },
      {
        text: "Other buyers would love to hear your thoughts on the blender.",
        messageId: "solicitation",
      },
      {
        text: "Don't forget to rate us once the parcel is in!",
        messageId: "solicitation",
      },
      {
        text: "Please give us 5 stars when it arrives!",
        messageId: "solicitation",
      },
      {
        text: "We will send you a free gift card if you leave a 5-star review.",
        messageId: "incentive",
      },
      {
        text: "Leave a review and get a full refund!",
        messageId: "incentive",
      },
      {
        text:
          "Post your review with a photo. As a little thank-you we will send you a $10 voucher.",
        messageId: "incentive",
      },
      {
        text:
          "If you are happy with your purchase, please leave us a review. If not, contact us first.",
        messageId: "gating",
      },
      {
        text: "Before leaving a negative review, please contact us.",
        messageId: "gating",
      },
      {
        text: "Could you remove the negative feedback?",
        messageId: "change",
      },
      {
        text:
          "Now that the replacement is there, would you consider updating your review?",
        messageId: "change",
      },
      {
        text:
          "It works now, so would you consider going back to your earlier one-star and updating it?",
        messageId: "change",
      },
      {
        text: "Please mention our fast shipping in your review.",
        messageId: "instructions",
      },
    ],
  },
  de: {
    valid: [
      "Bitte prüfen Sie die Angaben zu Ihrer Bestellung.",
      "Unser Techniker muss den Schaden vor Ort bewerten, bevor wir entscheiden.",
      "Danke für Ihr Feedback, wir schicken Ihnen sofort Ersatz.",
      "Die Erstattung ist bereits veranlasst.",
      "Das Motiv mit Sternen und Mond ist in Arbeit.",
      "Wir haben Sie im Sternehotel am Marktplatz eingetragen.",
      "Für den Ersatz ist keine Bewertung nötig.",
      "Bitte geben Sie uns Ihr Feedback zum Entwurf bis Freitag.",
      "Wenn Sie zufrieden mit dem Liefertermin sind, bestätigen Sie ihn bitte.",
      "Bitte bestätigen Sie die Farbe der Sterne auf der Decke.",
    ],
    invalid: [
      {
        text: "Wir würden uns sehr über eine Bewertung auf Amazon freuen.",
        messageId: "solicitation",
      },
      {
        text: "Bitte bewerten Sie uns nach Erhalt als Verkäufer.",
        messageId: "solicitation",
      },
      {
        text:
          "Ein paar Worte von Ihnen auf der Produktseite würden anderen Käufern sehr helfen.",
        messageId: "solicitation",
      },
      {
        text: "Über eine 5-Sterne-Rezension freuen wir uns riesig!",
        messageId: "solicitation",
      },
      {
        text: "Bitte geben Sie uns 5 Sterne, wenn alles passt.",
        messageId: "gating",
      },
      {
        text: "Für eine Bewertung erhalten Sie einen Gutschein über 10 €.",
        messageId: "incentive",
      },
      {
        text:
          "Wenn Sie zufrieden sind, hinterlassen Sie bitte eine Bewertung. Falls nicht, melden Sie sich zuerst bei uns.",
        messageId: "gating",
      },
      {
        text:
          "Könnten Sie Ihre Rezension jetzt, da der Ersatz da ist, noch einmal überdenken und ändern?",
        messageId: "change",
      },
      {
        text:
          "Bitte erwähnen Sie in Ihrer Bewertung unseren schnellen Versand.",
        messageId: "instructions",
      },
    ],
  },
};

Deno.test(`${RULE.id}: the finding covers the sentence, names the concepts and points to Request a Review`, () => {
  const text =
    "Order 123-1234567-1234567 ships today.\nPlease update your review.";
  const [found] = lint(text);
  assert.equal(found?.messageId, "change");
  assert.deepEqual(found?.range?.start, { offset: 39, line: 2, column: 1 });
  assert.deepEqual(found?.range?.end, { offset: 65, line: 2, column: 27 });
  assert.match(found!.message, /^Remove "Please update your review\.".*change/);
  const [solicitation] = lint("Please leave us a review.");
  assert.match(solicitation!.message, /Request a Review/);
  assert.match(solicitation!.message, /Solicitations API/);
  assert.match(solicitation!.message, /seen: request, review/);
  assert.equal(noReviewManipulation.meta.defaultSeverity, "error");
  assert.deepEqual(Object.keys(noReviewManipulation.meta.messages).sort(), [
    "change",
    "doubted",
    "gating",
    "incentive",
    "instructions",
    "modelled",
    "modelledDenied",
    "modelledOthers",
    "modelledPage",
    "modelledWish",
    "solicitation",
  ]);
});

Deno.test(`${RULE.id}: the model's reading of a size chart on the product page is only a warning`, () => {
  const severities = (locale: string, text: string) =>
    lintMessageWith(RULE, { type: "unexpectedProblem", text, locale })
      .map((d) => `${d.severity} ${d.messageId}`);
  // A clean sentence the model counts (a known false error without the
  // page's document): a warning that says why it is only one.
  assert.deepEqual(
    severities(
      "ja-JP",
      "サイズ表は商品ページの「商品の説明」欄に掲載しております。",
    ),
    ["warning modelledPage"],
  );
  // Asked for, or told what to write about the size, it is still an error.
  assert.deepEqual(
    severities(
      "en-US",
      "Please leave a review on the product page saying the size chart was right.",
    ).map((found) => found.split(" ")[0]),
    ["error"],
  );
});

Deno.test(`${RULE.id}: a negation over the concept cancels it`, () => {
  for (
    const text of [
      "You do not need to leave a review to get the replacement.",
      "There is no gift card or voucher for reviews.",
      "Sie müssen keine Bewertung abgeben, der Ersatz kommt so oder so.",
    ]
  ) {
    assert.deepEqual(lint(text), [], text);
  }
  // Without the negation the same sentence is a finding.
  assert.equal(
    lint("You need to leave a review to get the replacement.")
      .length,
    1,
  );
});

Deno.test(`${RULE.id}: the buyer's words (order data and quotations) are not the seller's`, () => {
  const title = "Leave a Review Please - Funny 5-Star Doormat";
  const text = `We shipped your ${title} today.`;
  const start = text.indexOf(title);
  assert.deepEqual(
    lintMessageWith(RULE, {
      type: "confirmDeliveryDetails",
      text,
      dataSpans: [{ start, end: start + title.length }],
    }),
    [],
  );
  assert.equal(lint(text).length, 1);
  assert.deepEqual(
    lint('You asked us to engrave "please leave a 5 star review" on the sign.'),
    [],
  );
});

Deno.test(`${RULE.id}: disguised words are found after normalization`, () => {
  for (
    const text of [
      "Please leave your r e v i e w on Amazon.",
      "Please leave a quick r\u200Bev\u200Biew on Amazon.",
      "If you like it, a quick r3vi3w would help us a lot.",
      "Please leave a 5-star r\u0435vi\u0435w.", // Cyrillic е
      "Please leave a \uFF52\uFF45\uFF56\uFF49\uFF45\uFF57.", // full width
    ]
  ) {
    assert.equal(lint(text).length, 1, text);
  }
});

Deno.test(`${RULE.id}: a German buyer addressed in English is judged in English`, () => {
  const found = lintMessageWith(RULE, {
    type: "unexpectedProblem",
    text: "Please leave us a review once it arrives.",
    locale: "de-DE",
  });
  assert.equal(found.length, 1);
});

testConceptRule(RULE, CASES, [
  "@",
  "%",
  "a",
  "a ",
  " ",
  ", ",
  "review ",
  "r e v i e w ",
  "a review ",
  "leave a review and ",
  "if you are happy with ",
  "free gift for ",
  "refund if you leave ",
  "no ",
  "not review ",
  '"review ',
  "Bewertung ",
  "Gutschein wenn Sie eine Bewertung ",
  "free refund gift card if you leave review feedback rating before leaving happy satisfied update your remove the ",
]);

// Judged by class: review words in other senses, stars as a category of a
// place, and wishes without an imperative.
Deno.test(`${RULE.id}: judges review words in other senses, star categories and wishes`, () => {
  const table: ErrorRow[] = [
    ["en-US", "Please review the attached proof before we print.", undefined],
    [
      "en-US",
      "We have reviewed your claim and a new unit ships today.",
      undefined,
    ],
    ["en-US", "Could you give us feedback on the draft design?", undefined],
    [
      "en-US",
      "Please tell us your opinion on which font we should engrave.",
      undefined,
    ],
    [
      "en-US",
      "The adapter has a rating of 3 A, so please keep using it.",
      undefined,
    ],
    [
      "en-US",
      "Please check our shipping rate for islands before you reply.",
      undefined,
    ],
    [
      "en-US",
      "Please share your thoughts on the layout of the sign.",
      // Clean: a known false error of the review sentence model.
      "modelled",
    ],
    [
      "en-US",
      "We'd love your feedback on the two design options before we engrave.",
      undefined,
    ],
    [
      "en-US",
      "Please deliver to the 4-star Hotel Adlon, front desk.",
      undefined,
    ],
    [
      "en-US",
      "The parcel goes to the 5-star hotel lobby on Monday.",
      undefined,
    ],
    ["en-US", "Our chef trained at a 3-star Michelin restaurant.", undefined],
    [
      "en-US",
      "Thanks for ordering the Review Journal. The refund for the postage is on its way.",
      undefined,
    ],
    [
      "en-US",
      "Please share your thoughts on the proof by Friday.",
      // Clean: a known false error of the review sentence model.
      "modelled",
    ],
    [
      "en-US",
      "Please let us know your thoughts on whether the item should be replaced.",
      undefined,
    ],
    [
      "en-US",
      "Please let us know your comments and we'll go ahead with it.",
      undefined,
    ],
    [
      "en-US",
      "We value your feedback and have passed it to the warehouse.",
      undefined,
    ],
    [
      "en-US",
      "We have passed on your feedback about the late delivery.",
      undefined,
    ],
    [
      "en-US",
      "Honest reviews make a huge difference to a family shop like ours.",
      "solicitation",
    ],
    ["en-US", "We'd love to hear what you think of it.", "solicitation"],
    [
      "en-US",
      "It would mean a lot if you shared your experience.",
      "solicitation",
    ],
    [
      "en-US",
      "Your thoughts would really help other shoppers.",
      "solicitation",
    ],
    ["en-US", "Don't hesitate to leave a review.", "solicitation"],
    ["en-US", "A quick rating would make our day.", "solicitation"],
    [
      "en-US",
      "We would be thrilled to hear how you like your new lamp.",
      "solicitation",
    ],
    [
      "en-US",
      "Your honest impressions could help someone else decide.",
      "solicitation",
    ],
    ["en-US", "Please leave a review. You'll get a gift card.", "incentive"],
    ["fr-FR", "S'il vous plaît, laissez-nous un avis.", "solicitation"],
    [
      "pt-BR",
      "Entrega na recepção do hotel 5 estrelas, por favor confirme.",
      undefined,
    ],
    ["zh-CN", "请确认送货地址：三星级宾馆前台。", undefined],
    [
      "en-US",
      "Please rate our hotel towels 5 stars on Amazon.",
      "solicitation",
    ],
  ];
  assert.deepEqual(wrongFirstErrors(RULE, table), []);
});

// Judged by class, in several languages: stars in a product's design, a
// change the seller made, a star wish further away, and a weak review word
// fronted before the instruction that goes in it.
Deno.test(`${RULE.id}: design stars, the seller's changes, wishes and fronted review words`, () => {
  const table: ErrorRow[] = [
    [
      "en-GB",
      "If the proof with four stars around the logo looks right, reply OK and we start.",
      undefined,
    ],
    [
      "en-US",
      "Would you like the 5 stars stitched in white or in gold?",
      undefined,
    ],
    ["en-US", "Shall we engrave five stars below the date?", undefined],
    [
      "en-GB",
      "Please confirm: the topper gets 5 stars and the number 40.",
      undefined,
    ],
    [
      "en-US",
      "Please leave five stars on Amazon for the engraved tumbler.",
      "solicitation",
    ],
    [
      "en-GB",
      "Your comments about the fitting guide helped us rewrite it.",
      undefined,
    ],
    [
      "en-US",
      "Thanks to your feedback, we have updated the care label.",
      undefined,
    ],
    [
      "en-US",
      "Now that the new kettle works, please update your review.",
      "change",
    ],
    ["en-GB", "We hope the fix is worth five stars to you.", "solicitation"],
    [
      "de-DE",
      "Wir hoffen, die Reparatur ist Ihnen 5 Sterne wert.",
      "solicitation",
    ],
    [
      "pt-BR",
      "No seu comentário, mencione a entrega rápida.",
      "instructions",
    ],
    [
      "pt-BR",
      "Obrigado pelo seu comentário, conte como podemos ajudar.",
      undefined,
    ],
    [
      "en-GB",
      "In your review, mention how fast the parcel came.",
      "instructions",
    ],
  ];
  assert.deepEqual(wrongFirstErrors(RULE, table), []);
});

Deno.test(`${RULE.id}: the sentenceModel option turns the sentence model off`, () => {
  const ids = (options?: LintOptions) =>
    messageIdsOf(RULE.id, {
      type: "unexpectedProblem",
      text: "Please share your thoughts on the proof by Friday.",
      locale: "en-US",
    }, options);
  // A known false error of the model, gone with the option.
  assert.deepEqual(ids(), ["modelled"]);
  assert.deepEqual(
    ids({ rules: { [RULE.id]: ["error", { sentenceModel: false }] } }),
    [],
  );
});

Deno.test(`${RULE.id}: a wish that the buyer's experience is good asks for nothing by itself`, () => {
  const severities = (locale: string, text: string) =>
    lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .filter((d) => d.ruleId === RULE.id).map((d) => d.severity ?? "error");
  assert.ok(
    !severities("en-US", "We hope your experience with the product is great.")
      .includes("error"),
  );
  assert.ok(
    !severities("ar-AE", "نتمنى أن تكون تجربتك مع المنتج رائعة").includes(
      "error",
    ),
  );
  // A review place still asks.
  assert.deepEqual(
    severities(
      "en-US",
      "We hope your experience was great and that you'll share it on Amazon.",
    ),
    ["error"],
  );
});

Deno.test(`${RULE.id}: the model's second opinion makes a doubted solicitation a warning`, () => {
  const found = (text: string, locale: string, options?: LintOptions) =>
    lintMessage({ type: "unexpectedProblem", text, locale }, options)
      .diagnostics.filter((d) => d.ruleId === RULE.id)
      .map((d) => `${d.severity}:${d.messageId}`);
  // A denial the concepts saw but did not let reach ("ne dépend en rien
  // des évaluations"), in a sentence the model scores low.
  const denial =
    "Le remplacement de votre bouilloire ne dépend en rien des évaluations laissées sur le site.";
  assert.deepEqual(found(denial, "fr-FR"), ["warning:doubted"]);
  const [doubted] = lintMessage({
    type: "unexpectedProblem",
    text: denial,
    locale: "fr-FR",
  }).diagnostics.filter((d) => d.ruleId === RULE.id);
  assert.match(doubted!.message, /^Check ".*" \(seen: .*negatedReview.*\)/);
  assert.match(doubted!.message, /If it asks for one, remove it/);
  // Without the model, the concepts' finding stands as an error.
  assert.deepEqual(
    found(denial, "fr-FR", {
      rules: { [RULE.id]: ["error", { sentenceModel: false }] },
    }),
    ["error:solicitation"],
  );
  // Without a denial, however low the model scores it, a request stays an
  // error: padded with order words, plain, or of the graver kinds.
  for (
    const [locale, text] of [
      [
        "en-US",
        "Please confirm the delivery address for the replacement parcel and the return label, and leave a review.",
      ],
      ["en-US", "Please leave us a review once your order arrives."],
      [
        "en-US",
        "We don't have many reviews yet, so please don't forget to leave one.",
      ],
      ["fr-FR", "Merci de laisser un avis sur Amazon une fois le colis reçu."],
      [
        "en-US",
        "When you review it, please describe the product as excellent.",
      ],
    ]
  ) {
    assert.ok(found(text!, locale!).some((f) => f.startsWith("error:")), text);
  }
});

Deno.test(`${RULE.id}: the second opinion doubts an instruction only when the model reads it as plainly no request`, () => {
  const found = (text: string, locale: string) =>
    lintMessage({ type: "unexpectedProblem", text, locale })
      .diagnostics.filter((d) => d.ruleId === RULE.id)
      .map((d) => `${d.severity}:${d.messageId}`);
  // "No review is needed, only a photo": a denial, and the model scores
  // the sentence near zero.
  assert.deepEqual(
    found(
      "We don't need a review at all, just a photo of the damaged box for the carrier claim.",
      "en-US",
    ),
    ["warning:doubted"],
  );
  assert.deepEqual(
    found(
      "我们不需要任何评价，只需要一张外箱破损的照片，方便向物流索赔。",
      "zh-CN",
    ),
    ["warning:doubted"],
  );
  // What to write in the feedback, with a negation of something else in
  // it ("not ours"): the model is less sure, and it stays an error.
  assert.deepEqual(
    found(
      "No feedback do vendedor, deixe claro que o atraso foi da transportadora e não nosso.",
      "pt-BR",
    ),
    ["error:instructions"],
  );
});

Deno.test(`${RULE.id}: a question whether a review is needed, answered no, asks nothing; a reward or rating asked that way still counts`, () => {
  const errors = (locale: string, text: string) =>
    lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .filter((d) => d.ruleId === RULE.id && d.severity === "error")
      .map((d) => d.messageId);
  for (
    const [locale, text] of [
      [
        "en-US",
        "Do you need to leave a review to get the refund? No. It went out this morning.",
      ],
      [
        "de-DE",
        "Müssen Sie dafür eine Bewertung abgeben? Nein, der Ersatz ist schon unterwegs.",
      ],
      ["zh-CN", "需要先给评价才能退款吗？不需要，退款已经到账。"],
    ]
  ) {
    assert.deepEqual(errors(locale!, text!), [], text);
  }
  for (
    const [locale, text] of [
      // "No, but…" takes the denial back.
      [
        "en-US",
        "Do you have to leave a review to get the gift card? No, but we would really appreciate one!",
      ],
      ["zh-CN", "需要给评价才能拿到红包吗？不需要，但我们会非常感激！"],
      // A rating asked for is no need of the buyer's.
      [
        "en-US",
        "Do you need to be happy before you leave us a 5-star review? No. If anything is wrong, message us first.",
      ],
      // An offer asked and answered no is still an offer.
      [
        "en-US",
        "Can we send you a $20 gift card for a review? No. Just email us a screenshot of it.",
      ],
    ]
  ) {
    assert.ok(errors(locale!, text!).length > 0, text);
  }
});

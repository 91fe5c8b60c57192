import assert from "node:assert/strict";
import { isSellersQuote } from "../../../src/rules/_intent/quote_owner.ts";
import { findQuoted } from "../../../src/rules/_intent/quotes.ts";

// Whether the first quotation of a (lower-case) text is the seller's.
function sellers(text: string, language = "en"): boolean {
  const [quote] = findQuoted(text);
  assert.ok(quote !== undefined, text);
  return isSellersQuote(text, quote, language);
}

Deno.test("isSellersQuote(): a quotation nothing attributes is the seller's", () => {
  for (
    const text of [
      "“please leave a review on the product page”, it helps us a lot.",
      'your parcel left today. as we always say: "a quick review makes our day".',
      "ihr paket ist unterwegs. „bitte bewerten sie uns“ – mehr wünschen wir uns nicht.",
      "our motto hasn't changed: “happy? tell the world in a review!”",
    ]
  ) assert.ok(sellers(text), text);
});

Deno.test("isSellersQuote(): a source next to a quotation makes it someone else's", () => {
  for (
    const text of [
      "you found a card saying “leave 5 stars and get a gift” in the parcel.",
      "“write a review for a full refund” messages are sent by impostors.",
      "you asked: “do i have to leave a review?” the refund is already on its way.",
      "la carte « laissez un avis » trouvée dans le colis vient d'un autre vendeur.",
      "包裹里的卡片上写着“好评返现”，请直接丢弃。",
      "the “write a review” button on your order page is added by amazon.",
    ]
  ) assert.ok(!sellers(text), text);
});

Deno.test("isSellersQuote(): a quotation inside a sentence about something else is named, not said", () => {
  for (
    const text of [
      "the error “your review could not be submitted” comes from amazon.",
      "the cushion “leave a 5-star review, grandpa!” ships today.",
      "please confirm the embroidery “rate us five stars, mom!”.",
    ]
  ) assert.ok(!sellers(text), text);
});

Deno.test("isSellersQuote(): a denial in the next sentence disowns it, a courtesy before it does not", () => {
  assert.ok(
    !sellers("“leave a review, get a voucher”. that offer is not ours."),
  );
  assert.ok(
    sellers("no pressure at all. “a review on amazon would help us a lot”."),
  );
});

Deno.test("isSellersQuote(): a line ending in a colon introduces the quotation below it", () => {
  assert.equal(
    sellers(
      "napisał pan:\n\n„czy muszę wystawić opinię?”\n\ntak, zwrócimy.",
      "pl",
    ),
    false,
  );
  assert.equal(
    sellers("you wrote:\n\n“do i need to leave a review?”\n\nno.", "en"),
    false,
  );
  // Without the introduction it stands alone: the seller's words.
  assert.equal(
    sellers("thanks.\n\n“a review would help us a lot”\n\nbest wishes.", "en"),
    true,
  );
});

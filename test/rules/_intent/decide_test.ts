import assert from "node:assert/strict";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";

const set = (...concepts: string[]) => new Set(concepts);

Deno.test("decideReview() decides from co-occurring concepts", () => {
  const table: [string[], string[], string[], string | undefined][] = [
    // current, next, previous, expected
    [["review"], [], [], undefined],
    [["request"], [], [], undefined],
    [["review", "request"], [], [], "solicitation"],
    [["review", "positive"], [], [], "solicitation"],
    [["review", "sharing"], [], [], "solicitation"],
    [["review", "place"], [], [], "solicitation"],
    [["opinion"], [], [], undefined],
    [["opinion", "request"], [], [], undefined],
    [["opinion", "sharing"], [], [], "solicitation"],
    [["opinion", "place"], [], [], "solicitation"],
    [["rating"], [], [], undefined],
    [["rating", "positive"], [], [], undefined],
    [["rating", "request"], [], [], undefined],
    [["rating", "place"], [], [], "solicitation"],
    [["rating", "incentive"], [], [], "incentive"],
    [["review", "incentive"], [], [], "incentive"],
    [["review", "request"], ["incentive"], [], "incentive"],
    [["review", "request"], [], ["incentive"], "incentive"],
    [["incentive"], ["review"], [], undefined],
    [["review", "condition"], [], [], "gating"],
    [["review", "request"], [], ["condition"], "gating"],
    [["review", "change"], [], [], "change"],
    [["review", "change", "condition"], [], [], "change"],
    [["review", "instruction"], [], [], "instructions"],
    [["reviewOther", "request"], [], [], undefined],
  ];
  for (const [current, next, previous, expected] of table) {
    assert.equal(
      decideReview(set(...current), set(...next), set(...previous)),
      expected,
      JSON.stringify([current, next, previous]),
    );
  }
});

Deno.test("decideMarketing() decides from co-occurring concepts", () => {
  const table: [string[], string[], string | undefined][] = [
    [["offer"], [], undefined],
    [["promoObject"], [], undefined],
    [["invitation"], [], undefined],
    [["future"], [], undefined],
    [["offer", "invitation"], [], "promotion"],
    [["offer", "future"], [], "promotion"],
    // This order's number as the voucher of a later purchase, with an
    // amount; without the later purchase or the amount it is a reference.
    [["orderCode", "amount", "future"], [], "promotion"],
    // A time limit alone may be the order's own ("call the courier this
    // week; the £20 refund follows").
    [["orderCode", "amount", "urgency"], [], undefined],
    [["orderCode", "amount"], [], undefined],
    [["orderCode", "future"], [], undefined],
    // A later purchase named by "next" and its object counts with a price
    // cut or this order made a voucher, never alone.
    [["offer", "nextPurchase"], [], "promotion"],
    [["orderCode", "amount", "nextPurchase"], [], "promotion"],
    [["nextPurchase"], [], undefined],
    [["nextPurchase", "amount"], [], undefined],
    // This order's number as the voucher of a next purchase with a reward
    // or at the seller's shop, without an amount ("the shipping is on us").
    [["orderCode", "nextPurchase", "incentive"], [], "promotion"],
    [["orderCode", "nextPurchase", "ours"], [], "promotion"],
    [["orderCode", "nextPurchase"], [], undefined],
    [["orderCode", "future", "ours"], [], undefined],
    // A friend referred, with a price cut, or an amount and a later
    // purchase; a friend with an amount alone is no perk ("your friend
    // paid €20 for the gift").
    [["friend", "offer"], [], "promotion"],
    [["friend", "amount", "nextPurchase"], [], "promotion"],
    [["friend", "amount", "future"], [], "promotion"],
    [["friend", "amount"], [], undefined],
    [["friend"], [], undefined],
    // A friend with an amount and a reward ("a friend who mentions you
    // gets 10 € back"), a referral with any price cut.
    [["friend", "amount", "incentive"], [], "promotion"],
    [["referral", "amount"], [], "promotion"],
    [["referral", "offer"], [], "promotion"],
    [["referral"], [], undefined],
    // An account named by its handle, with a channel, an invitation or the
    // seller's own; a handle alone (the buyer's text) is none.
    [["handle", "promoObject"], [], "crossSell"],
    [["handle", "invitation"], [], "crossSell"],
    [["handle", "ours"], [], "crossSell"],
    [["handle"], [], undefined],
    // A reward on a friend's purchase of the seller's goods or a later one;
    // a refund of a friend's gift purchase is none.
    [["friend", "incentive", "purchaseNoun", "ours"], [], "promotion"],
    [["friend", "incentive", "purchaseNoun", "future"], [], "promotion"],
    [["friend", "incentive", "purchaseNoun"], [], undefined],
    // Work a need calls for, priced and left to the buyer before it is
    // done, is disclosed; another form invited to or goods promoted with
    // it sell.
    [["price", "availability", "consent", "jobCondition"], [], undefined],
    [["price", "pricedExtra", "consent", "required"], [], undefined],
    [["price", "availability"], [], "crossSell"],
    [["price", "availability", "consent"], [], "crossSell"],
    // Left to the buyer, a price disclosed also to the buyer's need; an
    // extra on top still sells when invited to.
    [["price", "consent", "invitation"], [], undefined],
    [["price", "pricedExtra", "consent", "invitation"], [], "crossSell"],
    // A surcharge offered unasked sells; under a condition of the job it
    // is a cost of the job, not under the buyer's wish.
    [["price", "pricedSurcharge"], [], "crossSell"],
    [["price", "pricedSurcharge", "jobCondition"], [], undefined],
    [["price", "pricedSurcharge", "jobCondition", "wish"], [], "crossSell"],
    [
      ["price", "pricedSurcharge", "jobCondition", "invitation"],
      [],
      "crossSell",
    ],
    // An option the buyer asked about, priced, answers the buyer; the
    // seller's new line does not.
    [["price", "pricedExtra", "buyerAsked"], [], undefined],
    [
      ["price", "pricedExtra", "buyerAsked", "novelty", "assortment"],
      [],
      "crossSell",
    ],
    [
      ["price", "availability", "consent", "jobCondition", "invitation"],
      [],
      "crossSell",
    ],
    [
      ["price", "availability", "consent", "jobCondition", "promoObject"],
      [],
      "crossSell",
    ],
    [["offer"], ["future"], "promotion"],
    [["offer"], ["invitation"], undefined],
    [["promoObject", "invitation"], [], "crossSell"],
    [["promoObject", "future"], [], "crossSell"],
    [["promoObject", "offer"], [], "promotion"],
    [["promoObject"], ["invitation"], "crossSell"],
    [["invitation", "future"], [], "promotion"],
  ];
  for (const [current, next, expected] of table) {
    assert.equal(
      decideMarketing(set(...current), set(...next)),
      expected,
      JSON.stringify([current, next]),
    );
  }
});

Deno.test("decideReview(): an appeal next to a review word asks for it", () => {
  // "A review from someone like you is exactly what this listing needs."
  assert.equal(decideReview(set("review", "appeal")), "solicitation");
  assert.equal(decideReview(set("review")), undefined);
  // Thanked for, the review exists.
  assert.equal(
    decideReview(set("review", "appeal", "thankedReview")),
    undefined,
  );
});

Deno.test("decideReview(): a review described by what it says is reported, not asked for", () => {
  // "You quoted a review on the listing that said the seal leaks."
  assert.equal(
    decideReview(set("buyerReport", "review", "place")),
    "solicitation",
  );
  assert.equal(
    decideReview(set("buyerReport", "review", "place", "reviewSays")),
    undefined,
  );
  // Asking, praising, sharing, an appeal or the buyer's own review still
  // ask ("… a review on the listing saying it fits would help others").
  for (
    const extra of ["request", "positive", "sharing", "appeal", "yours"]
  ) {
    assert.equal(
      decideReview(set("review", "place", "reviewSays", extra)),
      "solicitation",
      extra,
    );
  }
  // A reward stays a reward.
  assert.equal(
    decideReview(set("review", "reviewSays", "incentive")),
    "incentive",
  );
});

Deno.test("decideReview(): a problem gates a review that is asked for, not one that is denied or only named", () => {
  const s = (...concepts: string[]) => new Set(concepts);
  assert.equal(decideReview(s("review", "request", "problemIf")), "gating");
  // "No need to leave a review; just tell us if the parcel does not arrive."
  assert.equal(
    decideReview(s("review", "request", "problemIf", "negatedReview")),
    undefined,
  );
  // "Thanks for your review; if there is any problem, contact us."
  assert.equal(decideReview(s("review", "problemIf")), undefined);
  // A sentiment condition gates either way.
  assert.equal(
    decideReview(s("review", "condition", "negatedReview")),
    "gating",
  );
  // A condition in the sentence before does not steer a denied review.
  assert.equal(
    decideReview(s("review", "negatedReview"), new Set(), s("condition")),
    undefined,
  );
  assert.equal(
    decideReview(s("review", "request"), new Set(), s("problemIf")),
    "gating",
  );
});

Deno.test("decideReview(): a bare verb of sharing is public only with a review word or place", () => {
  const s = (...concepts: string[]) => new Set(concepts);
  // "Share a screenshot of the error with us."
  assert.equal(decideReview(s("shareVerb", "request")), undefined);
  // "Share your impressions" / "share it with other parents on Amazon".
  assert.equal(
    decideReview(s("shareVerb", "opinion", "request")),
    "solicitation",
  );
  assert.equal(
    decideReview(s("shareVerb", "place", "request")),
    "solicitation",
  );
});

Deno.test("decideReview(): a request the seller denies asks for no change", () => {
  const s = (...concepts: string[]) => new Set(concepts);
  // "We will never ask you to change or remove your rating."
  assert.equal(
    decideReview(s("review", "change", "negatedReview", "negatedRequest")),
    undefined,
  );
  assert.equal(
    decideReview(s("review", "change", "negatedReview")),
    undefined,
  );
  // "A review update would be great" stays a change.
  assert.equal(
    decideReview(s("review", "change", "negatedReview", "positive")),
    "change",
  );
  // "If you are not satisfied, write to us first and not a review."
  assert.equal(
    decideReview(
      s("review", "condition", "negatedReview", "negatedRequest"),
    ),
    "gating",
  );
});

Deno.test("decideMarketing(): another form after a question cross-sells, a change of the order does not", () => {
  assert.equal(
    decideMarketing(set("availability"), set(), set("question")),
    "crossSell",
  );
  assert.equal(
    decideMarketing(set("availability", "change"), set(), set("question")),
    undefined,
  );
});

Deno.test("decideMarketing(): the seller's site as the place of the ordered item's help is no cross-selling", () => {
  // "The manual is in the box; you will also find it in the Help section
  // of our website, if needed."
  const help = ["promoSite", "invitation", "helpContent", "orderItem"];
  assert.equal(decideMarketing(new Set(help)), undefined);
  // Other forms or new goods there are still promoted.
  assert.equal(
    decideMarketing(new Set([...help, "availability"])),
    "crossSell",
  );
  assert.equal(decideMarketing(new Set([...help, "novelty"])), "crossSell");
  // Goods or a channel named with the site ("the manual and our
  // bestsellers are on our website").
  assert.equal(
    decideMarketing(new Set([...help, "promoObject"])),
    "crossSell",
  );
  // Help content that is not the ordered item's ("we post tutorials on our
  // social accounts, follow us").
  assert.equal(
    decideMarketing(new Set(["promoObject", "invitation", "helpContent"])),
    "crossSell",
  );
});

Deno.test("decideMarketing(): a product document available at the seller's site alone is help", () => {
  // "Aynı kılavuz web sitemizde PDF olarak da mevcut." (a lexicon without
  // help content words)
  const document = ["promoSite", "ours", "availability", "manual"];
  assert.equal(decideMarketing(new Set(document)), undefined);
  // Not with goods next to it, nor with an invitation.
  assert.equal(
    decideMarketing(new Set([...document, "promoObject"])),
    "crossSell",
  );
  assert.equal(
    decideMarketing(new Set([...document, "recommendation"])),
    "crossSell",
  );
  // The seller's range recommended next to help content: "The manual on
  // our website also lists the accessories from our range worth adding."
  assert.equal(
    decideMarketing(
      new Set([
        "promoSite",
        "helpContent",
        "assortment",
        "ours",
        "recommendation",
      ]),
    ),
    "crossSell",
  );
  // Help content that covers the range: "The FAQ for all models in our
  // range is also available on our support page."
  assert.equal(
    decideMarketing(
      new Set([
        "helpContent",
        "assortment",
        "ours",
        "promoObject",
        "availability",
      ]),
    ),
    undefined,
  );
});

Deno.test("decideMarketing(): what other buyers also buy cross-sells, either part alone does not", () => {
  assert.equal(decideMarketing(new Set(["buyers", "alsoBuy"])), "crossSell");
  assert.equal(
    decideMarketing(new Set(["buyers", "alsoBuy", "orderItem"])),
    "crossSell",
  );
  assert.equal(decideMarketing(new Set(["buyers"])), undefined);
  assert.equal(decideMarketing(new Set(["alsoBuy"])), undefined);
});

Deno.test("decideMarketing(): another size or colour offered for an exchange is for the order", () => {
  // "Size M is in stock too, so the exchange can happen at once."
  assert.equal(decideMarketing(set("availability", "exchange")), undefined);
  assert.equal(decideMarketing(set("availability", "invitation")), "crossSell");
  // "We have it in navy too. Reply and we change your order."
  assert.equal(
    decideMarketing(
      set("availability", "invitation"),
      set("exchange", "orderItem"),
    ),
    undefined,
  );
  assert.equal(
    decideMarketing(
      set("availability", "invitation"),
      set(),
      set("exchange", "orderItem"),
    ),
    undefined,
  );
  // Another product line next to it is not the order's ("We have matching
  // covers in a 4-pack. Exchanging your order is free.").
  assert.equal(
    decideMarketing(
      set("assortment", "availability"),
      set("exchange", "orderItem"),
    ),
    "crossSell",
  );
  // An exchange next to it that is not of the order ("Exchanges are free")
  // clears nothing.
  assert.equal(
    decideMarketing(set("assortment", "invitation"), set("exchange")),
    "crossSell",
  );
  // Something promoted, suggested, new or priced still cross-sells.
  for (const extra of ["promoObject", "recommendation", "novelty", "price"]) {
    assert.equal(
      decideMarketing(set("assortment", "availability", extra, "exchange")),
      "crossSell",
      extra,
    );
  }
});

Deno.test("decideMarketing(): another size next to an exchange is that size of the order", () => {
  // "Größe L ist in derselben Farbe bei uns wieder auf Lager. So klappt der
  // Umtausch: …"
  const offered = set("variant", "assortment", "ours", "novelty", "restock");
  assert.equal(decideMarketing(offered), "crossSell");
  assert.equal(decideMarketing(offered, set("exchange")), undefined);
  assert.equal(decideMarketing(offered, set(), set("exchange")), undefined);
  // "Rozmiar M w tym samym kolorze też mamy na stanie, więc wymiana …"
  assert.equal(
    decideMarketing(
      set(
        "variant",
        "exchange",
        "assortment",
        "recommendation",
        "availability",
      ),
    ),
    undefined,
  );
  // Without a size, "in the same colour" next to an exchange is still
  // another line of goods.
  assert.equal(
    decideMarketing(
      set("assortment", "ours", "novelty", "restock"),
      set("exchange"),
    ),
    "crossSell",
  );
  // New (not back), promoted, priced, limited in time, invited to, or the
  // seller's goods suggested: cross-selling.
  for (
    const extra of [
      ["promoObject"],
      ["novelty"],
      ["price"],
      ["urgency"],
      ["invitation"],
      ["ours", "recommendation"],
    ]
  ) {
    assert.equal(
      decideMarketing(
        set("variant", "assortment", "availability", ...extra),
        set("exchange"),
      ),
      "crossSell",
      extra.join(),
    );
  }
});

Deno.test("decideMarketing(): the seller's other goods taken along too cross-sell, next to the order they do not", () => {
  // "Många valpägare tar också med vår tuggpinne i samma leverans."
  assert.equal(
    decideMarketing(set("ours", "alsoBuy", "assortment")),
    "crossSell",
  );
  assert.equal(
    decideMarketing(set("ours", "alsoBuy", "assortment", "orderItem")),
    undefined,
  );
  assert.equal(decideMarketing(set("ours", "alsoBuy")), undefined);
});

Deno.test("decideReview(): a change asked of the review two sentences back", () => {
  const review = set("review", "reviewSeen");
  const fixed = set("orderItem");
  const asked = set("changeIt", "request");
  // "We saw your 2-star review. The new charger went out today. Could you
  // update it?"
  assert.equal(decideReview(asked, set(), fixed, "en", review), "change");
  // A sentence between that names another review word or a change of its
  // own leaves "it" to that sentence.
  assert.equal(
    decideReview(asked, set(), set("opinion"), "en", review),
    undefined,
  );
  assert.equal(
    decideReview(asked, set(), set("changeIt"), "en", review),
    undefined,
  );
  // Stars two sentences back are a rating only where they are a review:
  // "the Five Star Diner" is no review the buyer left.
  assert.equal(
    decideReview(asked, set(), fixed, "en", set("rating")),
    undefined,
  );
  // Denied or next to a proof, the review two back is no review to change.
  assert.equal(
    decideReview(asked, set(), fixed, "en", set("review", "negatedReview")),
    undefined,
  );
  // Without a request, "it" is only named.
  assert.equal(
    decideReview(set("changeIt"), set(), fixed, "en", review),
    undefined,
  );
});

Deno.test("decideMarketing(): another form after a question about the order or its design, or free, is no cross-selling", () => {
  // "Which font do you prefer? We can also add the date."
  assert.equal(
    decideMarketing(set("availability"), set(), set("question", "design")),
    undefined,
  );
  assert.equal(
    decideMarketing(set("availability"), set(), set("question", "orderItem")),
    undefined,
  );
  // "…? We can also engrave the bottom, at no extra charge."
  assert.equal(
    decideMarketing(set("availability", "incentive"), set(), set("question")),
    undefined,
  );
  // "Need more? We also have them in packs of 6."
  assert.equal(
    decideMarketing(set("availability"), set(), set("question")),
    "crossSell",
  );
});

Deno.test("decideMarketing(): another business the seller works with, recommended or priced, is a referral", () => {
  // "For sockets we recommend Ruiz Electrics, who we work with."
  assert.equal(
    decideMarketing(set("thirdParty", "recommendation")),
    "crossSell",
  );
  assert.equal(decideMarketing(set("thirdParty", "offer")), "crossSell");
  // "The courier we work with delivers your order on Tuesday."
  assert.equal(
    decideMarketing(set("thirdParty", "invitation", "orderItem")),
    undefined,
  );
  // Named alone, nothing is referred.
  assert.equal(decideMarketing(set("thirdParty")), undefined);
});

Deno.test("decideMarketing(): a price for what the job requires is a cost disclosed, an extra offered is not", () => {
  // "If the valve is stuck, the fitter will need to replace it, and that
  // costs £30 extra."
  assert.equal(
    decideMarketing(set("price", "pricedExtra", "required")),
    undefined,
  );
  // "He can also service your boiler for £30 extra": something more.
  assert.equal(
    decideMarketing(set("price", "pricedExtra", "required", "availability")),
    "crossSell",
  );
  assert.equal(decideMarketing(set("price", "pricedExtra")), "crossSell");
});

/**
 * The private parts of the client's Solicitations API: the URL, Amazon's
 * words for an order that does not take a solicitation, and the guard
 * window. The methods themselves are tested in solicitations_test.ts.
 */
import assert from "node:assert/strict";
import {
  SOLICITATION_GUARD_MS,
  SOLICITATION_LIMITS,
  SOLICITATION_UNAVAILABLE,
  solicitationUrl,
} from "../../src/sp_api/_solicitations.ts";

Deno.test("solicitationUrl() encodes the order and passes one marketplaceIds value", () => {
  assert.equal(
    solicitationUrl(
      "https://sellingpartnerapi-eu.amazon.com",
      "302 1/2",
      "/solicitations/productReviewAndSellerFeedback",
      "A1PA6795UKMFR9",
    ),
    "https://sellingpartnerapi-eu.amazon.com/solicitations/v1/orders/302%201%2F2/solicitations/productReviewAndSellerFeedback?marketplaceIds=A1PA6795UKMFR9",
  );
  assert.equal(
    solicitationUrl("http://127.0.0.1:4010", "1-2-3", "", "ATVPDKIKX0DER"),
    "http://127.0.0.1:4010/solicitations/v1/orders/1-2-3?marketplaceIds=ATVPDKIKX0DER",
  );
});

Deno.test("SOLICITATION_UNAVAILABLE tells Amazon's refusals of the order from refused credentials", () => {
  for (
    const refusal of [
      "The requested solicitation is not available for this amazonOrderId.",
      "You can\u2019t use this feature to request a review outside the 5-30 day range after the order delivery date.",
      "You can't use this feature to request a review outside the 5-30 day range after the order delivery date.",
    ]
  ) {
    assert.ok(SOLICITATION_UNAVAILABLE.test(refusal), refusal);
  }
  for (
    const denial of [
      "Access to requested resource is denied.",
      "The access token you provided has expired.",
      "Unauthorized",
    ]
  ) {
    assert.ok(!SOLICITATION_UNAVAILABLE.test(denial), denial);
  }
});

Deno.test("the solicitation guard window covers Amazon's review window, at Amazon's plan", () => {
  assert.equal(SOLICITATION_GUARD_MS, 30 * 24 * 60 * 60 * 1000);
  assert.deepEqual(SOLICITATION_LIMITS, { rate: 1, burst: 5 });
});

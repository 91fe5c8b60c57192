/**
 * Deprecated message types (`negativeFeedbackRemoval`, `amazonMotors`): the
 * lint warns, and a send goes out only to an order that still lists the
 * type, as for every type.
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { answerOf, makeApp, ORDER, post, US } from "./_app.ts";

Deno.test("lint warns about a deprecated type but does not block it", () => {
  const report = lintMessage({ type: "negativeFeedbackRemoval" });
  assert.equal(report.ok, true);
  const finding = report.diagnostics.find((d) => d.ruleId === "message-shape");
  assert.equal(finding?.severity, "warning");
  assert.match(finding!.message, /getMessagingActionsForOrder/);
});

Deno.test("POST /messages sends a deprecated type to an order that lists it, and refuses it otherwise", async () => {
  const listed = makeApp({}, {
    orders: { [ORDER]: { types: ["negativeFeedbackRemoval"] } },
  });
  const sent = await post(listed.app, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "negativeFeedbackRemoval",
  });
  const sentAnswer = await answerOf(sent);
  assert.equal(sent.status, 201, JSON.stringify(sentAnswer));
  assert.equal(sentAnswer.status, "sent");
  assert.equal(listed.sandbox.sent.length, 1);

  const unlisted = makeApp({}, {
    orders: { [ORDER]: { types: ["unexpectedProblem"] } },
  });
  const refused = await post(unlisted.app, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "negativeFeedbackRemoval",
  });
  const refusedAnswer = await answerOf(refused);
  assert.equal(refused.status, 409, JSON.stringify(refusedAnswer));
  assert.equal(refusedAnswer.status, "unavailable");
  assert.equal(unlisted.sandbox.sent.length, 0);
});

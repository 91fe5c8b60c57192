import assert from "node:assert/strict";
import { BuyerMessagesError } from "../../src/errors.ts";
import { OutboxStateError } from "../../src/outbox/errors.ts";

Deno.test("OutboxStateError carries its code and the message's status", () => {
  const error = new OutboxStateError(
    "conflict",
    'Message "01" is sent: only a queued message can be cancelled',
    "sent",
  );
  assert.ok(error instanceof BuyerMessagesError);
  assert.equal(error.name, "OutboxStateError");
  assert.equal(error.code, "conflict");
  assert.equal(error.status, "sent");
  assert.equal(
    new OutboxStateError("not_found", "No message").status,
    undefined,
  );
});

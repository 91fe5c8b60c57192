import assert from "node:assert/strict";
import { OUTBOX_FINAL_STATUSES } from "../../src/outbox/types.ts";

Deno.test("the final statuses are the ones nothing leaves by itself", () => {
  assert.deepEqual([...OUTBOX_FINAL_STATUSES].sort(), [
    "cancelled",
    "failed",
    "sent",
    "unavailable",
    "unknown",
  ]);
  assert.ok(Object.isFrozen(OUTBOX_FINAL_STATUSES));
});

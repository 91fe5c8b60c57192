import assert from "node:assert/strict";
import {
  defineMessageType,
  ORDER_PATH,
} from "../../src/message_types/message_type.ts";

Deno.test("defineMessageType() derives the path from the id and freezes the result", () => {
  const type = defineMessageType({
    id: "demo",
    operationId: "createDemo",
    description: "A demo type.",
  });
  assert.equal(type.path, `${ORDER_PATH}/messages/demo`);
  assert.equal(type.method, "POST");
  assert.equal(type.text, null);
  assert.ok(Object.isFrozen(type));
  assert.throws(() => {
    (type as { id: string }).id = "other";
  }, TypeError);
});

Deno.test("defineMessageType() keeps the fields given", () => {
  const type = defineMessageType({
    id: "demo",
    operationId: "createDemo",
    description: "A demo type.",
    text: { min: 1, max: 10 },
    critical: true,
  });
  assert.deepEqual(type.text, { min: 1, max: 10 });
  assert.equal(type.critical, true);
});

import assert from "node:assert/strict";
import {
  defineMessageType,
  getMessageType,
  isMessageTypeId,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../../src/message_types/mod.ts";

Deno.test("getMessageType() returns the descriptor for an action name", () => {
  assert.equal(getMessageType("warranty"), MESSAGE_TYPES.warranty);
});

Deno.test("getMessageType() rejects operationIds and unknown names with RangeError", () => {
  assert.throws(() => getMessageType("createWarranty"), {
    name: "RangeError",
    message:
      /Cannot find message type "createWarranty": known types are "confirmCustomizationDetails"/,
  });
  assert.throws(() => getMessageType("__proto__"), RangeError);
  assert.throws(() => getMessageType("toString"), RangeError);
});

Deno.test("isMessageTypeId() accepts only catalog ids", () => {
  assert.equal(isMessageTypeId("invoice"), true);
  assert.equal(isMessageTypeId("hasOwnProperty"), false);
  assert.equal(isMessageTypeId(42), false);
});

Deno.test("MESSAGE_TYPES descriptors are frozen and self-consistent", () => {
  for (const id of MESSAGE_TYPE_IDS) {
    const type = MESSAGE_TYPES[id];
    assert.equal(type.id, id);
    assert.ok(Object.isFrozen(type), id);
    assert.ok(type.description.length > 20, id);
    assert.ok(type.path.endsWith(`/messages/${id}`), id);
    if (type.text !== null) assert.ok(type.text.min <= type.text.max, id);
    if (type.attachments !== null) {
      assert.ok(type.attachments.min <= type.attachments.max, id);
    }
  }
});

Deno.test("defineMessageType() fills in defaults", () => {
  const type = defineMessageType({
    id: "x",
    operationId: "createX",
    description: "An example type.",
  });
  assert.equal(type.hasBody, true);
  assert.deepEqual(type.extraFields, []);
  assert.equal(type.critical, false);
});

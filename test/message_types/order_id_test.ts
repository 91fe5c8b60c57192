import assert from "node:assert/strict";
import {
  ORDER_ID_PATTERN,
  ORDER_ID_SOURCE,
} from "../../src/message_types/order_id.ts";

Deno.test("ORDER_ID_PATTERN matches a whole 3-7-7 id only", () => {
  assert.ok(ORDER_ID_PATTERN.test("123-1234567-1234567"));
  for (
    const id of [
      "123-1234567-123456",
      "1234-1234567-1234567",
      "123-1234567-1234567 ",
      "123_1234567_1234567",
      "abc-1234567-1234567",
    ]
  ) {
    assert.ok(!ORDER_ID_PATTERN.test(id), id);
  }
});

Deno.test("ORDER_ID_SOURCE finds ids inside text", () => {
  const inText = new RegExp(`(?<!\\d)${ORDER_ID_SOURCE}(?!\\d)`, "g");
  assert.deepEqual(
    "Order 123-1234567-1234567, not 9123-1234567-1234567.".match(inText),
    ["123-1234567-1234567"],
  );
});

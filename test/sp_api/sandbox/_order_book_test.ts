import assert from "node:assert/strict";
import { createOrderBook } from "../../../src/sp_api/sandbox/_order_book.ts";
import type { MessageTypeId } from "../../../src/message_types/mod.ts";

Deno.test("createOrderBook() answers configured orders, the static order and unknown orders", () => {
  const book = createOrderBook(true);
  const order = { types: ["invoice"] as MessageTypeId[], locale: "fr-FR" };
  book.set("111-2223334-4445556", order);
  order.locale = "de-DE"; // the book keeps its own copy
  assert.deepEqual(book.get("111-2223334-4445556"), {
    types: ["invoice"],
    locale: "fr-FR",
  });
  assert.equal(book.get("123-1234567-1234567")?.types?.length, 11);
  assert.deepEqual(book.get("999-0000000-0000000"), {});
  assert.equal(createOrderBook(false).get("999-0000000-0000000"), undefined);
});

Deno.test("createOrderBook() refuses unknown message types with RangeError", () => {
  const book = createOrderBook(true);
  assert.throws(
    () => book.set("1", { types: ["createWarranty" as MessageTypeId] }),
    {
      name: "RangeError",
      message:
        'Cannot configure sandbox order "1": unknown message type "createWarranty"',
    },
  );
  assert.deepEqual(book.get("1"), {});
});

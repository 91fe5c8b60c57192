import assert from "node:assert/strict";
import * as v from "valibot";
import {
  attachmentSchema,
  bodySchema,
} from "../../src/message_types/_schema.ts";
import { MESSAGE_TYPES } from "../../src/message_types/mod.ts";

Deno.test("bodySchema() is cached per descriptor", () => {
  assert.equal(
    bodySchema(MESSAGE_TYPES.warranty),
    bodySchema(MESSAGE_TYPES.warranty),
  );
  assert.notEqual(
    bodySchema(MESSAGE_TYPES.warranty),
    bodySchema(MESSAGE_TYPES.invoice),
  );
});

Deno.test("bodySchema() derives its fields from the descriptor", () => {
  const schema = bodySchema(MESSAGE_TYPES.warranty) as v.ObjectSchema<
    v.ObjectEntries,
    undefined
  >;
  assert.deepEqual(Object.keys(schema.entries).sort(), [
    "attachments",
    "coverageEndDate",
    "coverageStartDate",
  ]);
  const text = bodySchema(MESSAGE_TYPES.unexpectedProblem) as v.ObjectSchema<
    v.ObjectEntries,
    undefined
  >;
  assert.deepEqual(Object.keys(text.entries), ["text"]);
});

Deno.test("attachmentSchema rejects empty and unknown fields", () => {
  assert.equal(
    v.safeParse(attachmentSchema, {
      uploadDestinationId: "a",
      fileName: "b.pdf",
    }).success,
    true,
  );
  assert.equal(
    v.safeParse(attachmentSchema, {
      uploadDestinationId: "",
      fileName: "b.pdf",
    }).success,
    false,
  );
  assert.equal(
    v.safeParse(attachmentSchema, {
      uploadDestinationId: "a",
      fileName: "b",
      url: "x",
    }).success,
    false,
  );
});

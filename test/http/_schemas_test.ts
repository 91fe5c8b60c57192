import assert from "node:assert/strict";
import * as v from "valibot";
import {
  errorAnswerSchema,
  messageTypesQuerySchema,
  ORDER_ID_PATTERN,
  sendMessageRequestSchema,
  sentAnswerSchema,
  validate,
  validateSendMessageRequest,
} from "../../src/http/_schemas.ts";
import { composed } from "./_app.ts";

function paths(input: unknown): string[] {
  const result = validateSendMessageRequest(input);
  return result.success ? [] : result.issues.map((issue) => issue.path);
}

Deno.test("validate() accepts a complete send request", () => {
  const result = validate(
    sendMessageRequestSchema,
    composed({
      locale: "de_at",
      dryRun: true,
      template: "unexpectedProblem",
    }),
  );
  assert.equal(result.success, true);
});

Deno.test("validate() names unknown, missing and malformed fields by path", () => {
  const result = validate(sendMessageRequestSchema, {
    amazonOrderId: "123-123",
    type: "createWarranty",
    colour: "red",
  });
  assert.equal(result.success, false);
  if (result.success) return;
  assert.deepEqual(result.issues.map((i) => i.path), [
    "amazonOrderId",
    "colour",
    "marketplaceId",
    "type",
  ]);
  const byPath = Object.fromEntries(
    result.issues.map((i) => [i.path, i.message]),
  );
  assert.equal(byPath.colour, 'Field "colour" is not allowed');
  assert.equal(byPath.marketplaceId, 'Field "marketplaceId" is required');
  assert.match(byPath.type, /unexpectedProblem/);
});

Deno.test("validate() refuses bodies that are not objects", () => {
  for (const input of [null, [], "text", 42, true]) {
    assert.deepEqual(paths(input), [""], JSON.stringify(input));
  }
});

Deno.test("validate() checks ids, marketplaces, locales, data and attachments", () => {
  assert.deepEqual(paths(composed({ amazonOrderId: " 123-1234567-1234567" })), [
    "amazonOrderId",
  ]);
  assert.deepEqual(paths(composed({ marketplaceId: "XX" })), ["marketplaceId"]);
  assert.deepEqual(paths(composed({ locale: "not a locale" })), ["locale"]);
  assert.deepEqual(paths(composed({ data: ["a"] })), ["data"]);
  assert.deepEqual(paths(composed({ data: [], type: "x" })), ["data", "type"]);
  assert.deepEqual(paths(composed({ data: null })), ["data"]);
  assert.deepEqual(paths(composed({ template: "../etc/passwd" })), [
    "template",
  ]);
  assert.deepEqual(paths(composed({ dryRun: "yes" })), ["dryRun"]);
  assert.deepEqual(
    paths(
      composed({
        attachments: [{ uploadDestinationId: "", fileName: "a.pdf", extra: 1 }],
      }),
    ),
    ["attachments.0.extra", "attachments.0.uploadDestinationId"],
  );
  assert.deepEqual(paths(composed({ __proto__: { x: 1 } })), []);
  assert.deepEqual(
    paths(JSON.parse('{"__proto__": {"x": 1}}')).includes("__proto__"),
    true,
  );
});

Deno.test("ORDER_ID_PATTERN matches 3-7-7 digits only", () => {
  assert.ok(ORDER_ID_PATTERN.test("123-1234567-1234567"));
  for (
    const id of [
      "123-1234567-123456",
      "1231234567-1234567",
      "abc-1234567-1234567",
      "123-1234567-1234567\n",
    ]
  ) {
    assert.ok(!ORDER_ID_PATTERN.test(id), id);
  }
});

Deno.test("messageTypesQuerySchema and the answer schemas describe what the app sends", () => {
  assert.ok(v.is(messageTypesQuerySchema, { marketplaceId: "ATVPDKIKX0DER" }));
  assert.ok(
    v.is(errorAnswerSchema, {
      requestId: "r",
      error: { code: "internal", message: "y" },
    }),
  );
  assert.ok(
    !v.is(errorAnswerSchema, {
      requestId: "r",
      error: { code: "x", message: "y" },
    }),
  );
  assert.ok(!v.is(sentAnswerSchema, { status: "valid", requestId: "r" }));
});

Deno.test("validateSendMessageRequest() takes allowDuplicate as a boolean only", () => {
  const ok = validateSendMessageRequest(composed({ allowDuplicate: true }));
  assert.ok(ok.success && ok.output.allowDuplicate === true);
  assert.deepEqual(paths(composed({ allowDuplicate: "true" })), [
    "allowDuplicate",
  ]);
  assert.deepEqual(paths(composed({ allowDuplicate: 1 })), ["allowDuplicate"]);
});

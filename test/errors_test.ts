import assert from "node:assert/strict";
import { BuyerMessagesError, TemplateError } from "../src/errors.ts";

Deno.test("TemplateError carries its details and is a BuyerMessagesError", () => {
  const cause = new Error("inner");
  const error = new TemplateError("Cannot render", {
    code: "missing-variable",
    template: "unexpectedProblem",
    locale: "de-DE",
    variable: "productTitle",
    location: { line: 3, column: 7 },
  }, { cause });
  assert.ok(error instanceof BuyerMessagesError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "TemplateError");
  assert.equal(error.code, "missing-variable");
  assert.equal(error.variable, "productTitle");
  assert.deepEqual(error.location, { line: 3, column: 7 });
  assert.equal(error.helper, undefined);
  assert.equal(error.cause, cause);
});

Deno.test("BuyerMessagesError has its own name", () => {
  assert.equal(new BuyerMessagesError("x").name, "BuyerMessagesError");
});

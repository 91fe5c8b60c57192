import assert from "node:assert/strict";
import { defineRule } from "../../src/lint/define_rule.ts";

const meta = {
  type: "problem" as const,
  description: "d",
  defaultSeverity: "error" as const,
  messages: { x: "X" },
};

Deno.test("defineRule() freezes the rule", () => {
  const rule = defineRule({ id: "my-rule", meta, check() {} });
  assert.ok(Object.isFrozen(rule));
  assert.ok(Object.isFrozen(rule.meta));
});

Deno.test("defineRule() rejects ids that are not kebab-case and rules without messages", () => {
  for (const id of ["MyRule", "my_rule", "-x", "x-", ""]) {
    assert.throws(() => defineRule({ id, meta, check() {} }), TypeError, id);
  }
  assert.throws(
    () => defineRule({ id: "ok", meta: { ...meta, messages: {} }, check() {} }),
    /messages is empty/,
  );
});

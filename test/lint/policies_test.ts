import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import {
  RECOMMENDED_POLICY,
  resolvePolicy,
  SPEC_ONLY_POLICY,
} from "../../src/lint/policies.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";

const rules = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

Deno.test("RECOMMENDED_POLICY turns on every built-in rule at its default severity", () => {
  for (const rule of ALL_RULES) {
    assert.equal(
      RECOMMENDED_POLICY.rules[rule.id],
      rule.meta.defaultSeverity,
      rule.id,
    );
  }
  assert.deepEqual(
    Object.keys(RECOMMENDED_POLICY.rules).sort(),
    ALL_RULES.map((r) => r.id).sort(),
  );
});

Deno.test("SPEC_ONLY_POLICY runs only what the spec states", () => {
  const active = resolvePolicy(rules, "spec-only", undefined).map((a) =>
    a.rule.id
  );
  assert.deepEqual(active.sort(), Object.keys(SPEC_ONLY_POLICY.rules).sort());
  assert.ok(!active.includes("no-emoji"));
});

Deno.test("resolvePolicy() applies overrides, keeps options, accepts warn", () => {
  const active = resolvePolicy(rules, "recommended", {
    "no-emoji": "off",
    "no-phone": ["error", { allowAfter: ["warranty"] }],
    "no-html": "warn",
  });
  assert.ok(!active.some((a) => a.rule.id === "no-emoji"));
  const phone = active.find((a) => a.rule.id === "no-phone")!;
  assert.equal(phone.severity, "error");
  assert.deepEqual(phone.options, { allowAfter: ["warranty"] });
  assert.equal(
    active.find((a) => a.rule.id === "no-html")!.severity,
    "warning",
  );
  const link = active.find((a) => a.rule.id === "link-policy")!;
  assert.deepEqual(link.options, { allowedDomains: [], allowAmazon: true });
});

Deno.test("resolvePolicy() rejects unknown rules, settings and options with TypeError", () => {
  assert.throws(
    () => resolvePolicy(rules, "recommended", { "no-spam": "error" }),
    {
      name: "TypeError",
      message: /Cannot configure rule "no-spam": no such rule/,
    },
  );
  assert.throws(
    () => resolvePolicy(rules, "recommended", { "no-html": "loud" as never }),
    /setting "loud"/,
  );
  assert.throws(
    () =>
      resolvePolicy(rules, "recommended", {
        "link-policy": ["error", { allowDomains: [] }],
      }),
    /unknown option "allowDomains"; known options are "allowedDomains", "allowAmazon"/,
  );
  assert.throws(
    () =>
      resolvePolicy(rules, "recommended", {
        "link-policy": ["error", { allowedDomains: ["not a domain"] }],
      }),
    /allowedDomains" must be a list of domain names/,
  );
  assert.throws(
    () =>
      resolvePolicy(rules, "recommended", {
        "no-html": ["error", [] as never],
      }),
    /options must be an object/,
  );
  assert.throws(
    () => lintMessage({ type: "x" }, { policy: 3 as never }),
    TypeError,
  );
});

import assert from "node:assert/strict";
import {
  ALL_RULES,
  createLinter,
  defineRule,
  linkPolicy,
  lintMessage,
  noEmail,
  noMarketing,
  orderId,
} from "../../mod.ts";

const LATE =
  "Order 123-1234567-1234567 is late: write to help@shop.example or see https://shop.example. Our new range is out, have a look around our shop!";

Deno.test("createLinter() runs only the rules it is given", () => {
  const linter = createLinter({ rules: [noEmail, linkPolicy] });
  const report = linter.lint({
    type: "unexpectedProblem",
    text: LATE,
    locale: "en-US",
    amazonOrderId: "123-1234567-1234567",
  });
  assert.deepEqual(
    [...new Set(report.diagnostics.map((d) => d.ruleId))].sort(),
    ["link-policy", "no-email"],
  );
  const all = lintMessage({
    type: "unexpectedProblem",
    text: LATE,
    locale: "en-US",
    amazonOrderId: "123-1234567-1234567",
  });
  assert.ok(all.diagnostics.some((d) => d.ruleId === "no-marketing"));
  assert.deepEqual(linter.rules.map((rule) => rule.id), [
    "no-email",
    "link-policy",
  ]);
});

Deno.test("createLinter() with every rule lints as lintMessage does", () => {
  const linter = createLinter({ rules: ALL_RULES });
  for (
    const text of [
      LATE,
      "Hello, your parcel for order 123-1234567-1234567 ships on Monday.",
      "Please leave us a 5-star review!",
    ]
  ) {
    const message = {
      type: "unexpectedProblem",
      text,
      locale: "en-US",
      amazonOrderId: "123-1234567-1234567",
    };
    assert.deepEqual(linter.lint(message), lintMessage(message));
    for (const policy of ["spec-only", "recommended"] as const) {
      assert.deepEqual(
        linter.lint(message, { policy }),
        lintMessage(message, { policy }),
      );
    }
  }
});

Deno.test("createLinter()'s spec-only policy keeps only its own rules", () => {
  const linter = createLinter({ rules: [noEmail, noMarketing] });
  const report = linter.lint({ type: "unexpectedProblem", text: LATE }, {
    policy: "spec-only",
  });
  assert.deepEqual(
    [...new Set(report.diagnostics.map((d) => d.ruleId))],
    ["no-email"],
  );
});

Deno.test("createLinter() refuses overrides of rules it does not have, naming them", () => {
  const linter = createLinter({ rules: [noEmail] });
  assert.throws(
    () =>
      linter.lint({ type: "unexpectedProblem", text: "x" }, {
        rules: { "no-marketing": "off" },
      }),
    (error: unknown) =>
      error instanceof TypeError && /"no-marketing"/.test(error.message) &&
      /"no-email"/.test(error.message),
  );
});

Deno.test("createLinter() refuses two rules with one id and bad arguments", () => {
  assert.throws(
    () => createLinter({ rules: [orderId, orderId] }),
    /two rules have the id "order-id"/,
  );
  assert.throws(
    () => createLinter(null as never),
    /expected \{ rules: \[\.\.\.\] \}/,
  );
  const linter = createLinter({ rules: [orderId] });
  assert.throws(
    () => linter.lint({ type: "unexpectedProblem", text: "x" }, 5 as never),
    /options must be an object/,
  );
});

Deno.test("a linter resolves an options object once, and a new object again", () => {
  let validated = 0;
  const counting = defineRule<{ limit: number }>({
    id: "counting",
    meta: {
      type: "suggestion",
      description: "Counts how often its options are validated.",
      defaultSeverity: "warning",
      messages: { seen: "seen" },
      defaultOptions: { limit: 1 },
      validateOptions() {
        validated++;
        return [];
      },
    },
    check() {},
  });
  const linter = createLinter({ rules: [noEmail, counting] });
  const options = { rules: { counting: ["warning", { limit: 2 }] } } as const;
  const message = { type: "unexpectedProblem", text: "hello" };
  linter.lint(message, options);
  linter.lint(message, options);
  linter.lint(message, options);
  assert.equal(validated, 1);
  linter.lint(message, { ...options });
  assert.equal(validated, 2);
  linter.lint(message);
  linter.lint(message);
  assert.equal(validated, 3);
});

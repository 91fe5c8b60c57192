import assert from "node:assert/strict";
import { defineRule } from "../../src/lint/define_rule.ts";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { createComposer } from "../../src/compose/create_composer.ts";
import { SUPPORTED_LOCALES } from "../../src/compose/select_locale.ts";
import {
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../../src/message_types/mod.ts";

Deno.test("lintMessage() reports rule, severity, message and range", () => {
  const report = lintMessage({
    type: "unexpectedProblem",
    text: "Order 123-1234567-1234567:\nwrite to a@b.com <b>now</b>",
  });
  assert.equal(report.ok, false);
  assert.equal(report.errorCount, 3);
  assert.equal(report.warningCount, 0);
  const [email] = report.diagnostics;
  assert.deepEqual(email, {
    ruleId: "no-email",
    severity: "error",
    messageId: "email",
    message:
      'Remove the email address "a@b.com": buyers must reply through Amazon\'s messaging, so ask them to reply to this message',
    range: {
      start: { offset: 36, line: 2, column: 10 },
      end: { offset: 43, line: 2, column: 17 },
    },
  });
  assert.deepEqual(report.diagnostics.map((d) => d.ruleId), [
    "no-email",
    "no-html",
    "no-html",
  ]);
});

Deno.test("lintMessage() is ok with warnings only", () => {
  const report = lintMessage({
    type: "unexpectedProblem",
    text: "Your order ships Monday.",
  });
  assert.equal(report.ok, true);
  assert.equal(report.warningCount, 1);
  assert.equal(report.diagnostics[0]?.ruleId, "order-id");
});

Deno.test("lintMessage() runs plugin rules when a policy turns them on", () => {
  const rule = defineRule({
    id: "no-shouting",
    meta: {
      type: "suggestion",
      description: "d",
      defaultSeverity: "warning",
      messages: { loud: "Too loud: {{word}}" },
    },
    check(context) {
      for (const m of context.text.matchAll(/\b[A-Z]{4,}\b/g)) {
        context.report({
          messageId: "loud",
          data: { word: m[0] },
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  });
  const off = lintMessage({ type: "unexpectedProblem", text: "URGENT" }, {
    plugins: [rule],
  });
  assert.ok(!off.diagnostics.some((d) => d.ruleId === "no-shouting"));
  const on = lintMessage({ type: "unexpectedProblem", text: "URGENT" }, {
    plugins: [rule],
    rules: { "no-shouting": "warning" },
  });
  assert.equal(
    on.diagnostics.find((d) => d.ruleId === "no-shouting")?.message,
    "Too loud: URGENT",
  );
  assert.throws(
    () => lintMessage({ type: "x" }, { plugins: [{ ...rule, id: "no-html" }] }),
    /has the id of another rule/,
  );
});

Deno.test("lintMessage() lets a user force one severity on a graded rule", () => {
  const text = "Order 999-7654321-7654321 is late.";
  const graded = lintMessage({
    type: "unexpectedProblem",
    text,
    amazonOrderId: "123-1234567-1234567",
  });
  assert.equal(
    graded.diagnostics.find((d) => d.ruleId === "order-id")?.severity,
    "error",
  );
  const forced = lintMessage(
    { type: "unexpectedProblem", text, amazonOrderId: "123-1234567-1234567" },
    { rules: { "order-id": "warning" } },
  );
  assert.equal(
    forced.diagnostics.find((d) => d.ruleId === "order-id")?.severity,
    "warning",
  );
});

Deno.test("lintMessage() rejects a message that is not an object", () => {
  assert.throws(() => lintMessage(null as never), TypeError);
});

Deno.test("lintMessage() stays linear on 100 KB of adversarial text", () => {
  const inputs = [
    "@".repeat(100_000),
    "<".repeat(100_000),
    "<a".repeat(50_000),
    "a.".repeat(50_000),
    "a".repeat(100_000),
    "1".repeat(100_000),
    "1 ".repeat(50_000),
    "a@".repeat(50_000),
    "&#".repeat(50_000),
    "x at y ".repeat(14_000),
    ":-".repeat(50_000),
    "\n ".repeat(50_000),
    "www.".repeat(25_000),
    "http://".repeat(14_000),
  ];
  for (const text of inputs) {
    const started = performance.now();
    lintMessage({ type: "unexpectedProblem", text });
    const elapsed = performance.now() - started;
    // A quadratic scan of 100 KB takes minutes; linear ones take milliseconds.
    assert.ok(
      elapsed < 2000,
      `${JSON.stringify(text.slice(0, 8))}… took ${elapsed.toFixed(0)} ms`,
    );
  }
});

// A plugin rule that records what its context holds.
function probe(seen: { text: string; checked: number; full?: string }[]) {
  return defineRule({
    id: "probe",
    meta: {
      type: "suggestion",
      description: "Records the context",
      defaultSeverity: "error",
      messages: { seen: "seen" },
    },
    check(context) {
      seen.push({
        text: context.text,
        checked: context.checkedLength,
        full: context.message.text,
      });
    },
  });
}

function lintWithProbe(message: Parameters<typeof lintMessage>[0]) {
  const seen: { text: string; checked: number; full?: string }[] = [];
  const report = lintMessage(message, {
    plugins: [probe(seen)],
    rules: { probe: "error" },
  });
  return { report, seen: seen[0]! };
}

Deno.test("lintMessage() gives rules the whole text when it is within its limit", () => {
  const text = "Order 123-1234567-1234567 is late. ".repeat(57);
  assert.equal(text.length, 1995);
  const { seen } = lintWithProbe({ type: "unexpectedProblem", text });
  assert.equal(seen.text, text);
  assert.equal(seen.checked, text.length);
});

Deno.test("lintMessage() checks only the first limit code units of a longer text, and text-length says so", () => {
  const text = `${"a".repeat(1990)}<b>late</b> ${"x@y.com <i> ".repeat(5000)}`;
  const { report, seen } = lintWithProbe({ type: "unexpectedProblem", text });
  assert.equal(seen.checked, 2000);
  assert.equal(seen.text, text.slice(0, 2000));
  assert.equal(seen.full, text);
  // Only the tag that ends within the first 2000 code units is reported.
  const html = report.diagnostics.filter((d) => d.ruleId === "no-html");
  assert.deepEqual(html.map((d) => d.range?.start.offset), [1990]);
  assert.ok(!report.diagnostics.some((d) => d.ruleId === "no-email"));
  const tooLong = report.diagnostics.find((d) => d.ruleId === "text-length");
  assert.equal(tooLong?.messageId, "tooLong");
  assert.match(
    tooLong?.message ?? "",
    /allows 2000: shorten it by \d+ .*the other rules checked only the first 2000 characters$/,
  );
  assert.equal(tooLong?.range?.end.offset, text.length);
});

Deno.test("lintMessage() checks the limit of the message type", () => {
  const text = "x".repeat(1000);
  const { report, seen } = lintWithProbe({ type: "digitalAccessKey", text });
  assert.equal(seen.checked, 400);
  assert.match(
    report.diagnostics.find((d) => d.ruleId === "text-length")?.message ?? "",
    /checked only the first 400 characters/,
  );
});

Deno.test("lintMessage() does not cut a surrogate pair at the limit", () => {
  const text = `${"x".repeat(1999)}😀 and more`;
  const { report, seen } = lintWithProbe({ type: "unexpectedProblem", text });
  assert.equal(seen.checked, 1999);
  assert.equal(seen.text, "x".repeat(1999));
  assert.ok(
    !report.diagnostics.some((d) => d.ruleId === "no-control-characters"),
  );
});

Deno.test("lintMessage() bounds the work on a type without text, and says how much it checked", () => {
  for (const type of ["warranty", "noSuchType"]) {
    const text = "Ihre Garantie. ".repeat(4000);
    const { report, seen } = lintWithProbe({
      type,
      text,
      attachments: [{ uploadDestinationId: "d1", fileName: "w.pdf" }],
    });
    assert.equal(seen.checked, 2000, type);
    assert.equal(seen.text.length, 2000, type);
    const unchecked = report.diagnostics.find((d) =>
      d.ruleId === "text-length"
    );
    assert.equal(unchecked?.messageId, "unchecked", type);
    assert.equal(unchecked?.severity, "warning", type);
    assert.equal(
      unchecked?.message,
      "The text has 60000 characters: the rules checked only the first 2000",
    );
  }
});

Deno.test("lintMessage() finds no error in any default template rendered with its sample data", async () => {
  const composer = createComposer();
  for (const type of MESSAGE_TYPE_IDS) {
    if (MESSAGE_TYPES[type].text === null) continue;
    const data = JSON.parse(
      await Deno.readTextFile(
        new URL(`../../templates/${type}/sample.json`, import.meta.url),
      ),
    );
    for (const locale of SUPPORTED_LOCALES) {
      const message = composer.compose({ type, locale, data });
      const report = lintMessage({
        type,
        text: message.text,
        locale,
        amazonOrderId: data.amazonOrderId,
        template: { id: message.template, locale: message.locale },
        dataSpans: message.dataSpans,
      });
      assert.deepEqual(
        report.diagnostics.map((d) =>
          `${d.ruleId}/${d.messageId}: ${d.message}`
        ),
        [],
        `${type}/${locale}`,
      );
    }
  }
});

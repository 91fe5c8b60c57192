/**
 * The lint engine gives rules the normalized text once per lint, maps
 * normalized ranges back with `reportNormalized`, and gives data spans in
 * normalized offsets.
 */
import assert from "node:assert/strict";
import { defineRule } from "../../src/lint/define_rule.ts";
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { AnyRule, RuleContext } from "../../src/lint/rule.ts";
import type { NormalizedText } from "../../src/text/normalize.ts";

function wordRule(id: string, word: string): AnyRule {
  return defineRule({
    id,
    meta: {
      type: "problem",
      description: `Disallow "${word}"`,
      defaultSeverity: "error",
      messages: { found: "Found {{word}}", whole: "Whole message" },
    },
    check(context) {
      const normalized = context.normalized!;
      let at = normalized.text.indexOf(word);
      while (at >= 0) {
        context.reportNormalized!({
          messageId: "found",
          data: { word },
          start: at,
          end: at + word.length,
        });
        at = normalized.text.indexOf(word, at + 1);
      }
    },
  });
}

function lint(text: string, rules: readonly AnyRule[]) {
  return lintMessage(
    { type: "unexpectedProblem", text },
    {
      policy: "spec-only",
      plugins: rules,
      rules: Object.fromEntries(rules.map((rule) => [rule.id, "error"])),
    },
  );
}

Deno.test("lintMessage() reports a match on the normalized text at the original characters", () => {
  const texts = [
    "Please leave a r e v i e w.",
    "Please leave a r3vi3w.",
    "Please leave a r\u0435vi\u0435w.",
    "Please leave a ＲＥＶＩＥＷ.",
    "Please leave a re\u200Bview.",
    "Please leave a &#114;eview.",
    "Please leave a 𝐫𝐞𝐯𝐢𝐞𝐰.",
  ];
  for (const text of texts) {
    const report = lint(text, [wordRule("no-review-word", "review")]);
    const found = report.diagnostics.filter((d) =>
      d.ruleId === "no-review-word"
    );
    assert.equal(found.length, 1, text);
    const range = found[0]!.range!;
    const disguised = text.slice(range.start.offset, range.end.offset);
    assert.equal(disguised, text.slice(15, text.length - 1), text);
    assert.equal(range.start.column, 16);
  }
});

Deno.test("lintMessage() normalizes once per lint and shares it between rules", () => {
  const seen: NormalizedText[] = [];
  const spy = (id: string): AnyRule =>
    defineRule({
      id,
      meta: {
        type: "problem",
        description: "Spy",
        defaultSeverity: "error",
        messages: { x: "x" },
      },
      check(context) {
        seen.push(context.normalized!, context.normalized!);
      },
    });
  lint("Hello R E V I E W", [spy("spy-one"), spy("spy-two")]);
  assert.equal(seen.length, 4);
  assert.ok(seen.every((normalized) => normalized === seen[0]));
  assert.equal(seen[0]!.text, "hello review");
});

Deno.test("lintMessage() normalizes only the checked window of a long text", () => {
  let normalizedLength = -1;
  const rule = defineRule({
    id: "window-spy",
    meta: {
      type: "problem",
      description: "Spy",
      defaultSeverity: "error",
      messages: { x: "x" },
    },
    check(context) {
      normalizedLength = context.normalized!.text.length;
    },
  });
  lint("a".repeat(5000), [rule]);
  assert.equal(normalizedLength, 2000);
});

Deno.test("lintMessage() gives data spans in normalized offsets", () => {
  let spans: unknown;
  let normalized = "";
  const rule = defineRule({
    id: "span-spy",
    meta: {
      type: "problem",
      description: "Spy",
      defaultSeverity: "error",
      messages: { x: "x" },
    },
    check(context: RuleContext) {
      spans = context.normalizedDataSpans;
      normalized = context.normalized!.text;
    },
  });
  const text = "Hi &amp; \u200BBob, your ＴＶ is here.";
  const bob = text.indexOf("Bob");
  const tv = text.indexOf("ＴＶ");
  lintMessage(
    {
      type: "unexpectedProblem",
      text,
      dataSpans: [{ start: tv, end: tv + 2 }, { start: bob, end: bob + 3 }],
    },
    { policy: "spec-only", plugins: [rule], rules: { "span-spy": "error" } },
  );
  assert.equal(normalized, "hi & bob, your tv is here.");
  assert.deepEqual(spans, [
    { start: normalized.indexOf("bob"), end: normalized.indexOf("bob") + 3 },
    { start: normalized.indexOf("tv"), end: normalized.indexOf("tv") + 2 },
  ]);
});

Deno.test("lintMessage() passes whole-message reports through reportNormalized", () => {
  const rule = defineRule({
    id: "whole-spy",
    meta: {
      type: "problem",
      description: "Spy",
      defaultSeverity: "error",
      messages: { x: "Whole" },
    },
    check(context) {
      context.reportNormalized!({ messageId: "x" });
    },
  });
  const report = lint("Hello", [rule]);
  assert.equal(report.diagnostics[0]?.range, null);
});

import assert from "node:assert/strict";
import { lintTemplate } from "../../src/lint/lint_template.ts";

const sampleData = {
  amazonOrderId: "123-1234567-1234567",
  name: "Ann",
  day: "2026-12-04",
};
const base = { type: "unexpectedProblem", locale: "en-US", sampleData };

Deno.test("lintTemplate() places findings in the template's own words at their source line", () => {
  const report = lintTemplate(
    "Hello {{name}},\n\norder {{amazonOrderId}} ships {{formatDate day}}.\nSee www.myshop.com <b>now</b>",
    base,
  );
  assert.equal(report.ok, false);
  const link = report.diagnostics.find((d) => d.ruleId === "link-policy")!;
  assert.equal(link.origin, "template");
  assert.deepEqual(link.templateRange?.start, {
    offset: 71,
    line: 4,
    column: 5,
  });
  assert.deepEqual(link.templateRange?.end, {
    offset: 85,
    line: 4,
    column: 19,
  });
  const tags = report.diagnostics.filter((d) => d.ruleId === "no-html");
  assert.deepEqual(tags.map((d) => d.templateRange?.start.column), [20, 26]);
  assert.match(
    report.text!,
    /^Hello Ann,\n\norder 123-1234567-1234567 ships December 4, 2026\./,
  );
});

Deno.test("lintTemplate() marks findings inside sample data as such", () => {
  const report = lintTemplate("Order {{amazonOrderId}} for {{name}}.", {
    ...base,
    sampleData: { ...sampleData, name: "ann@example.com" },
  });
  const email = report.diagnostics.find((d) => d.ruleId === "no-email")!;
  assert.equal(email.origin, "data");
  assert.equal(email.templateRange, null);
  assert.deepEqual(email.range?.start, { offset: 30, line: 1, column: 31 });
});

Deno.test("lintTemplate() finds repeated words in the right literal", () => {
  const report = lintTemplate(
    "Order {{amazonOrderId}}: hello\n{{name}}: hello <i>",
    base,
  );
  const tag = report.diagnostics.find((d) => d.ruleId === "no-html")!;
  assert.deepEqual(tag.templateRange?.start, {
    offset: 47,
    line: 2,
    column: 17,
  });
});

Deno.test("lintTemplate() reports syntax errors, unknown helpers and missing sample data", () => {
  const syntax = lintTemplate("Order {{#if x}}", base);
  assert.deepEqual(syntax.diagnostics.map((d) => d.ruleId), [
    "template-syntax",
  ]);
  assert.equal(syntax.text, null);

  const helper = lintTemplate("Order {{amazonOrderId}} {{shout name}}", base);
  assert.equal(helper.diagnostics[0]?.ruleId, "template-helper");
  assert.deepEqual(helper.diagnostics[0]?.templateRange?.start, {
    offset: 24,
    line: 1,
    column: 25,
  });
  assert.match(helper.diagnostics[0]!.message, /Helper "shout" does not exist/);

  const missing = lintTemplate("Order {{amazonOrderId}}\n{{missing}}", base);
  assert.equal(missing.diagnostics[0]?.ruleId, "template-variable");
  assert.equal(missing.diagnostics[0]?.templateRange?.start.line, 2);
  assert.match(
    missing.diagnostics[0]!.message,
    /"missing" is not in the sample data/,
  );
});

Deno.test("lintTemplate() accepts custom helpers and lint options", () => {
  const report = lintTemplate("Order {{amazonOrderId}}: {{shout name}} :-)", {
    ...base,
    helpers: { shout: (value: unknown) => String(value).toUpperCase() },
    lint: { rules: { "no-emoji": "off" } },
  });
  assert.equal(report.ok, true);
  assert.equal(report.text, "Order 123-1234567-1234567: ANN :-)");
});

Deno.test("lintTemplate() rejects a type without text", () => {
  assert.throws(
    () => lintTemplate("x", { ...base, type: "warranty" }),
    RangeError,
  );
});

Deno.test("lintTemplate() checks the template's own words against its locale, not the data", () => {
  const german =
    "Guten Tag,\n\nleider verzögert sich der Versand Ihrer Bestellung {{amazonOrderId}}. Wir bitten um Entschuldigung und melden uns, sobald das Paket unterwegs ist.";
  const english =
    "Hello,\n\nunfortunately the shipment of your order {{amazonOrderId}} is delayed. We apologize and will let you know as soon as the parcel is on its way.";
  assert.equal(lintTemplate(german, { ...base, locale: "de-DE" }).ok, true);
  const wrong = lintTemplate(english, { ...base, locale: "de-DE" });
  const found = wrong.diagnostics.find((d) => d.ruleId === "language-match")!;
  assert.equal(found.messageId, "templateLanguage");
  assert.equal(found.severity, "error");
  assert.match(
    found.message,
    /read as English, but it is the "de-DE" template: translate it into German/,
  );
  assert.deepEqual(found.templateRange?.start, {
    offset: 0,
    line: 1,
    column: 1,
  });
  // English product data inside a German template is fine.
  const withData = lintTemplate(german + " {{name}}", {
    ...base,
    locale: "de-DE",
    sampleData: {
      ...sampleData,
      name: "Trail Runner 2 Waterproof Hiking Boots for men and women, size 44",
    },
  });
  assert.ok(!withData.diagnostics.some((d) => d.ruleId === "language-match"));
  // Turning the rule off turns the check off.
  const off = lintTemplate(english, {
    ...base,
    locale: "de-DE",
    lint: { rules: { "language-match": "off" } },
  });
  assert.ok(!off.diagnostics.some((d) => d.ruleId === "language-match"));
});

import assert from "node:assert/strict";
import { lintDraft, sampleOfDraft } from "../../src/studio/lint_draft.ts";

const PATH = "unexpectedProblem/en-US.hbs";
const SAMPLE = JSON.stringify({
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind",
});

Deno.test("lintDraft() places a finding of the template's own words in the template, with its safe fix", () => {
  const source =
    "Order {{amazonOrderId}} is late.\n\n\n\nSorry, {{sellerName}}";
  const result = lintDraft(PATH, source, SAMPLE);
  const finding = result.findings.find((f) => f.ruleId === "line-breaks");
  assert.ok(finding, JSON.stringify(result.findings));
  assert.equal(finding.origin, "template");
  assert.equal(finding.dataRange, null);
  assert.ok(finding.range !== null);
  assert.match(source.slice(finding.range.start, finding.range.end), /^\n+$/);
  assert.ok(finding.fix !== null, "line breaks have a safe fix");
  const fixed = source.slice(0, finding.fix.start) + finding.fix.text +
    source.slice(finding.fix.end);
  const again = lintDraft(PATH, fixed, SAMPLE);
  assert.ok(!again.findings.some((f) => f.ruleId === "line-breaks"));
  assert.equal(result.errorCount + result.warningCount, result.findings.length);
});

Deno.test("lintDraft() places a finding in inserted data in the sample JSON text, escapes included", () => {
  const sample = '{"amazonOrderId":"123-1234567-1234567",' +
    '"sellerName":"Caf\\u00e9 \\"N\\" shop@example.com"}';
  const source = "Order {{amazonOrderId}} is late. {{sellerName}}";
  const result = lintDraft(PATH, source, sample);
  const finding = result.findings.find((f) => f.ruleId === "no-email");
  assert.ok(finding, JSON.stringify(result.findings));
  assert.equal(finding.origin, "data");
  assert.equal(finding.range, null);
  assert.equal(finding.fix, null);
  assert.ok(finding.dataRange !== null);
  assert.equal(
    sample.slice(finding.dataRange.start, finding.dataRange.end),
    "shop@example.com",
  );
});

Deno.test("lintDraft() names a missing sample and a missing variable and still lints the rest", () => {
  const noSample = lintDraft(PATH, "Write to a@b.example", null);
  assert.ok(noSample.findings.some((f) => f.ruleId === "template-sample"));

  const missing = lintDraft(
    PATH,
    "Order {{amazonOrderId}} for {{buyerNam}}: write to help@shop.example",
    SAMPLE,
  );
  const ids = missing.findings.map((f) => f.ruleId);
  assert.ok(ids.includes("template-variable"), ids.join());
  assert.ok(ids.includes("no-email"), ids.join());
  assert.ok(missing.errorCount >= 2);
});

Deno.test("sampleOfDraft() reads the sample next to the template and explains a missing one", () => {
  const ok = sampleOfDraft(SAMPLE, "confirmOrderDetails/de-DE.hbs");
  assert.equal(ok.ok, true);
  const none = sampleOfDraft(null, "confirmOrderDetails/de-DE.hbs");
  assert.equal(none.ok, false);
  assert.ok(
    !none.ok &&
      none.problem.message.includes("confirmOrderDetails/sample.json"),
  );
  const bad = sampleOfDraft("{ not json", "confirmOrderDetails/de-DE.hbs");
  assert.equal(bad.ok, false);
});

import assert from "node:assert/strict";
import fc from "fast-check";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { MESSAGE_TYPE_IDS } from "../../src/message_types/mod.ts";

// Text drawn from all of Unicode, plus fragments that the rules look for, so
// that random inputs reach the interesting paths.
const fragment = fc.constantFrom(
  "@",
  "(at)",
  " at ",
  " dot ",
  ".com",
  "<b>",
  "</",
  "&amp;",
  "&#",
  "https://",
  "www.",
  "bit.ly/",
  ":-)",
  "😀",
  "👨‍👩‍👧",
  "\u200d",
  "\ufe0f",
  "+49 30 1234 5678",
  "123-1234567-1234567",
  "\n",
  "\r\n",
  "\n\n\n",
  "%",
  "coupon",
  "review",
  "5-star",
  "unsubscribe",
  "Bewertung",
  "レビュー",
  "\ud800",
  "\udc00",
  "\u0000",
);
const text = fc.array(
  fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fragment,
  ),
  {
    maxLength: 40,
  },
).map((parts) => parts.join(""));

Deno.test("lintMessage() never throws and returns well-formed ranges on random Unicode", () => {
  fc.assert(
    fc.property(
      text,
      fc.constantFrom(...MESSAGE_TYPE_IDS),
      fc.constantFrom("en-US", "de-DE", "ja-JP", "xx"),
      (t, type, locale) => {
        const report = lintMessage({
          type,
          text: t,
          locale,
          amazonOrderId: "123-1234567-1234567",
        });
        assert.equal(
          report.errorCount + report.warningCount,
          report.diagnostics.length,
        );
        assert.equal(report.ok, report.errorCount === 0);
        for (const d of report.diagnostics) {
          assert.ok(d.severity === "error" || d.severity === "warning");
          assert.ok(
            d.message.length > 0 && !d.message.includes("{{"),
            d.message,
          );
          if (d.range === null) continue;
          const { start, end } = d.range;
          assert.ok(
            0 <= start.offset && start.offset <= end.offset &&
              end.offset <= t.length,
            JSON.stringify(d),
          );
          assert.ok(
            start.line >= 1 && start.column >= 1 && end.line >= start.line,
          );
          // Lines and columns agree with the offsets.
          const before = t.slice(0, start.offset).split(/\r\n|\r|\n/);
          assert.equal(start.line, before.length);
          assert.equal(start.column, before.at(-1)!.length + 1);
        }
      },
    ),
    { numRuns: 400, seed: 20261126 },
  );
});

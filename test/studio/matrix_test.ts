import assert from "node:assert/strict";
import {
  buildMatrix,
  type MatrixEntry,
  templateVariables,
} from "../../src/studio/matrix.ts";

function entry(
  type: string,
  locale: string,
  source: string,
  counts: Partial<MatrixEntry> = {},
): MatrixEntry {
  return {
    type,
    locale,
    path: `${type}/${locale}.hbs`,
    source,
    text: source.replace(/\{\{[^}]*\}\}/g, "x"),
    errorCount: 0,
    warningCount: 0,
    limit: 2000,
    ...counts,
  };
}

Deno.test("templateVariables() reads plain paths, helper arguments, hash values, sub-expressions and block parameters", () => {
  assert.deepEqual(
    templateVariables(
      "{{a}} {{formatDate b}} {{formatMoney c currency=d}} {{x (lookup e f)}} {{#if g}}{{h.i}}{{else}}{{this.j}}{{/if}} {{@index}}",
    ),
    ["a", "b", "c", "d", "e", "f", "g", "h.i", "j"],
  );
  assert.deepEqual(templateVariables("no variables"), []);
  assert.deepEqual(templateVariables("{{#if}} broken"), []);
});

Deno.test("buildMatrix() gives every type × locale a cell: status, length against the limit, variables missing against en-US", () => {
  const matrix = buildMatrix([
    entry("warranty", "en-US", "{{a}} {{b}}"),
    entry("warranty", "de-DE", "{{a}}", { warningCount: 2 }),
    entry("warranty", "fr-FR", "{{a}} {{b}} {{c}}", {
      errorCount: 1,
      text: null,
    }),
    entry("unexpectedProblem", "en-US", "{{z}}", { limit: 800 }),
  ]);
  assert.deepEqual(matrix.types, ["unexpectedProblem", "warranty"]);
  assert.deepEqual(matrix.locales, ["de-DE", "en-US", "fr-FR"]);
  assert.equal(matrix.cells.length, 6);
  const cell = (type: string, locale: string) =>
    matrix.cells.find((c) => c.type === type && c.locale === locale)!;
  assert.deepEqual(cell("warranty", "de-DE"), {
    type: "warranty",
    locale: "de-DE",
    path: "warranty/de-DE.hbs",
    status: "warnings",
    length: 1,
    limit: 2000,
    missingVariables: ["b"],
  });
  assert.equal(cell("warranty", "en-US").status, "clean");
  assert.equal(cell("warranty", "en-US").length, 3);
  assert.equal(cell("warranty", "fr-FR").status, "errors");
  assert.equal(cell("warranty", "fr-FR").length, null);
  assert.deepEqual(cell("warranty", "fr-FR").missingVariables, []);
  const missing = cell("unexpectedProblem", "de-DE");
  assert.equal(missing.status, "missing");
  assert.equal(missing.path, null);
  assert.equal(missing.limit, 800);
  assert.deepEqual(missing.missingVariables, ["z"]);
});

Deno.test("buildMatrix() compares with the reference locale given, and with nothing when a type lacks it", () => {
  const matrix = buildMatrix([
    entry("warranty", "de-DE", "{{a}}"),
    entry("warranty", "en-GB", "{{a}} {{b}}"),
  ], "en-GB");
  assert.equal(matrix.referenceLocale, "en-GB");
  assert.deepEqual(matrix.cells[0]!.missingVariables, ["b"]);
  const none = buildMatrix([entry("warranty", "de-DE", "{{a}}")]);
  assert.deepEqual(none.cells[0]!.missingVariables, []);
});

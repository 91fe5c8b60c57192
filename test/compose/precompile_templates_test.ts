import assert from "node:assert/strict";
import {
  parseTemplatePath,
  precompileTemplates,
} from "../../src/compose/precompile_templates.ts";

Deno.test("precompileTemplates() writes a module with metadata and no runtime code generation", () => {
  const source = precompileTemplates([
    {
      path: "unexpectedProblem/en-US.hbs",
      source:
        "Hi {{name}},\n{{#if x}}{{formatDate d}}{{/if}} {{#each items}}{{title}}{{/each}}",
    },
  ]);
  assert.match(source, /"id":"unexpectedProblem"/);
  assert.match(source, /"variables":\["name","x","d","items"\]/);
  assert.match(source, /"literals":\[\{"text":"Hi ","line":1,"column":1\}/);
  assert.doesNotMatch(source, /new Function|\beval\(/);
});

Deno.test("precompileTemplates() reports syntax errors with the file", () => {
  assert.throws(
    () =>
      precompileTemplates([{
        path: "unexpectedProblem/en-US.hbs",
        source: "Hi {{#if x}}",
      }]),
    {
      name: "SyntaxError",
      message: /Cannot parse template "unexpectedProblem\/en-US.hbs"/,
    },
  );
});

Deno.test("precompileTemplates() rejects duplicate templates", () => {
  assert.throws(
    () =>
      precompileTemplates([
        { path: "unexpectedProblem/en-US.hbs", source: "a" },
        { path: "unexpectedProblem/en_us.hbs", source: "b" },
      ]),
    { name: "TypeError", message: /already defined/ },
  );
});

Deno.test("parseTemplatePath() reads type, variant and locale", () => {
  assert.deepEqual(
    parseTemplatePath("confirmOrderDetails/size-check/pt_br.hbs"),
    {
      id: "confirmOrderDetails/size-check",
      type: "confirmOrderDetails",
      locale: "pt-BR",
    },
  );
});

Deno.test("parseTemplatePath() rejects paths that name no text type or locale", () => {
  for (
    const [path, message] of [
      ["unexpectedProblem.hbs", /expected "<type>\/<locale>.hbs"/],
      ["nope/en-US.hbs", /"nope" is not a message type/],
      ["warranty/en-US.hbs", /takes no text/],
      ["unexpectedProblem/toolonglanguage.hbs", /not a BCP 47 locale/],
      ["unexpectedProblem/en-US.txt", /expected/],
      ["a/b/c/en-US.hbs", /expected/],
    ] as const
  ) {
    assert.throws(() => parseTemplatePath(path), {
      name: "RangeError",
      message,
    }, path);
  }
});

Deno.test("precompileTemplates() refuses the control character the renderer marks values with", () => {
  assert.throws(
    () =>
      precompileTemplates([{
        path: "unexpectedProblem/en-US.hbs",
        source: "Hi {{name}},\nyour order\u0001 ships",
      }]),
    {
      name: "SyntaxError",
      message:
        /Cannot compile template "unexpectedProblem\/en-US.hbs": the control character U\+0001 at line 1, column 12/,
    },
  );
});

import assert from "node:assert/strict";
import Handlebars from "handlebars";
import {
  DATA_HELPER,
  transformTemplate,
} from "../../src/compose/_transform.ts";

function transform(source: string, helpers: string[] = ["formatDate"]) {
  const ast = Handlebars.parse(source);
  const result = transformTemplate(ast, helpers);
  return { ast, ...result };
}

Deno.test("transformTemplate() collects root variables, not helpers or scoped paths", () => {
  const { variables } = transform(
    "{{a}} {{b.c}} {{formatDate d}} {{#if e}}{{f}}{{/if}} {{#each g}}{{h}}{{@index}}{{../i}}{{/each}} {{#each j as |k|}}{{k.l}}{{/each}}",
  );
  assert.deepEqual(variables, ["a", "b.c", "d", "e", "f", "g", "j"]);
});

Deno.test("transformTemplate() records literal runs with 1-based positions", () => {
  const { literals } = transform("Hello {{a}},\nbye {{b}}.");
  assert.deepEqual(literals, [
    { text: "Hello ", line: 1, column: 1 },
    { text: ",\nbye ", line: 1, column: 12 },
    { text: ".", line: 2, column: 10 },
  ]);
});

Deno.test("transformTemplate() routes every output expression through the data helper", () => {
  const { ast } = transform("{{a}} {{formatDate d}} {{this}}");
  const mustaches =
    (ast.body as { type: string; path?: { original: string } }[])
      .filter((node) => node.type === "MustacheStatement");
  assert.equal(mustaches.length, 3);
  for (const node of mustaches) assert.equal(node.path?.original, DATA_HELPER);
});

Deno.test("transformTemplate() gives each expression the literal length since the previous one, where only literal text lies between", () => {
  const { ast } = transform(
    "Hi {{a}}, {{! note }}{{b}}{{#if c}} x {{d}} {{e}}{{/if}} {{f}}",
  );
  const gaps: (number | undefined)[] = [];
  // deno-lint-ignore no-explicit-any
  function walk(node: any) {
    if (node === null || typeof node !== "object") return;
    if (
      node.type === "MustacheStatement" && node.path.original === DATA_HELPER
    ) {
      const gap = node.hash.pairs.find((p: { key: string }) => p.key === "gap");
      gaps.push(gap?.value.value);
    }
    for (const value of Object.values(node)) walk(value);
  }
  walk(ast);
  // a: 3 characters from the start; b: ", " (the comment adds nothing);
  // d: first in its block, so marked instead; e: " "; f: after a block.
  assert.deepEqual(gaps, [3, 2, undefined, 1, undefined]);
});

import assert from "node:assert/strict";
import { serialize } from "node:v8";
import { renderTemplate } from "../../src/compose/_render.ts";
import { TemplateError } from "../../src/errors.ts";
import { loadTemplates } from "./_util.ts";

const [template] = await loadTemplates([
  {
    path: "unexpectedProblem/en-US.hbs",
    source: "\n\n  Order {{id}} for {{who}}.  \n\n",
  },
]);
const [broken] = await loadTemplates([
  { path: "unexpectedProblem/en-US.hbs", source: "{{missingHelper x}}" },
]);

Deno.test("renderTemplate() trims the text and shifts data spans with it", () => {
  const result = renderTemplate(template!, { id: "1", who: "Ann" }, {
    locale: "en-US",
    timeZone: "UTC",
  });
  assert.equal(result.text, "Order 1 for Ann.");
  assert.deepEqual(result.dataSpans, [{ start: 6, end: 7 }, {
    start: 12,
    end: 15,
  }]);
});

Deno.test("renderTemplate() drops empty data spans", () => {
  const result = renderTemplate(template!, { id: "", who: "Ann" }, {
    locale: "en-US",
    timeZone: "UTC",
  });
  assert.equal(result.text, "Order  for Ann.");
  assert.deepEqual(result.dataSpans, [{ start: 11, end: 14 }]);
});

Deno.test("renderTemplate() reports unknown helpers as typed errors", () => {
  assert.throws(
    () =>
      renderTemplate(broken!, { x: 1 }, { locale: "en-US", timeZone: "UTC" }),
    (error: unknown) => {
      assert.ok(error instanceof TemplateError);
      assert.equal(error.code, "helper");
      assert.equal(error.helper, "missingHelper");
      return true;
    },
  );
});

Deno.test("renderTemplate() keeps its data helper even when a custom one has the same name", () => {
  const result = renderTemplate(template!, { id: 1, who: "x" }, {
    locale: "en-US",
    timeZone: "UTC",
    helpers: { __data: () => "hijacked" },
  });
  assert.equal(result.text, "Order 1 for x.");
});

Deno.test("renderTemplate() wraps errors thrown by custom helpers", async () => {
  const [custom] = await loadTemplates([
    { path: "unexpectedProblem/en-US.hbs", source: "{{explode id}}" },
  ]);
  assert.throws(
    () =>
      renderTemplate(custom!, { id: 1 }, {
        locale: "en-US",
        timeZone: "UTC",
        helpers: {
          explode: () => {
            throw new Error("boom");
          },
        },
      }),
    {
      name: "TemplateError",
      message: /Cannot render template "unexpectedProblem" \(en-US\): boom/,
    },
  );
});

/**
 * Whether V8 holds a string one byte per character. Its serializer writes
 * the string as it is stored: after the two header bytes (and padding
 * zeros that align two-byte text), tag `"` (0x22) for one-byte, `c` (0x63)
 * for two-byte.
 */
function isOneByte(text: string): boolean {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++;
  const tag = bytes[at];
  assert.ok(tag === 0x22 || tag === 0x63, `unexpected tag ${tag}`);
  return tag === 0x22;
}

Deno.test("isOneByte() tells one-byte from two-byte strings", () => {
  assert.equal(isOneByte("Order 1 for Ann."), true);
  assert.equal(isOneByte("Bestellung für Jürgen"), true);
  assert.equal(isOneByte("Order € 1"), false);
  assert.equal(isOneByte("€".repeat(200)), false);
  assert.equal(isOneByte("é".repeat(200)), true);
  // A Latin-1 string cut from a two-byte one stays two-byte.
  assert.equal(isOneByte("a\uE000bcdefghijklmnop".slice(2)), false);
});

Deno.test("renderTemplate() gives one-byte text when every character fits in Latin-1", async () => {
  const [long] = await loadTemplates([{
    path: "unexpectedProblem/de-DE.hbs",
    source: [
      "Guten Tag {{name}},",
      "{{#if late}}Ihre Bestellung {{id}} kommt später.{{/if}}",
      "{{#each items}}- {{this}}\n{{/each}}",
      "Grüße, {{seller}}",
    ].join("\n"),
  }]);
  const data = {
    name: "Jürgen",
    late: true,
    id: "123-1234567-1234567",
    items: ["Schuhe", "Größe 42"],
    seller: "Nordwind",
  };
  const result = renderTemplate(long!, data, {
    locale: "de-DE",
    timeZone: "UTC",
  });
  assert.equal(isOneByte(result.text), true);
  assert.deepEqual(
    result.dataSpans.map((s) => result.text.slice(s.start, s.end)),
    ["Jürgen", "123-1234567-1234567", "Schuhe", "Größe 42", "Nordwind"],
  );
  const euro = renderTemplate(template!, { id: "€1", who: "Ann" }, {
    locale: "en-US",
    timeZone: "UTC",
  });
  assert.equal(isOneByte(euro.text), false);
  assert.equal(euro.text, "Order €1 for Ann.");
});

Deno.test("renderTemplate() places data spans when a block helper drops or repeats its body", async () => {
  const [blocks] = await loadTemplates([{
    path: "unexpectedProblem/en-US.hbs",
    source:
      "A {{#skip}}{{x}} gone{{/skip}}B {{#twice}}[{{y}}]{{/twice}} {{z}}.",
  }], ["skip", "twice"]);
  const result = renderTemplate(blocks!, { x: "X", y: "Y", z: "Z" }, {
    locale: "en-US",
    timeZone: "UTC",
    helpers: {
      skip: () => "",
      twice: (...args: unknown[]) => {
        const options = args.at(-1) as { fn: (c: unknown) => string };
        const self = (options as unknown as { data: { root: unknown } }).data
          .root;
        return options.fn(self) + options.fn(self);
      },
    },
  });
  assert.equal(result.text, "A B [Y][Y] Z.");
  assert.deepEqual(
    result.dataSpans.map((s) => result.text.slice(s.start, s.end)),
    ["Y", "Y", "Z"],
  );
});

Deno.test("renderTemplate() leaves no mark in the text and keeps Handlebars' lookup", async () => {
  const [lookup] = await loadTemplates([{
    path: "unexpectedProblem/en-US.hbs",
    source: "{{lookup sizes size}} / {{#with order}}{{id}}{{/with}}",
  }]);
  const result = renderTemplate(
    lookup!,
    { sizes: { m: "Medium\u0001" }, size: "m", order: { id: "1\u00012" } },
    { locale: "en-US", timeZone: "UTC" },
  );
  assert.equal(result.text, "Medium / 12");
  assert.deepEqual(
    result.dataSpans.map((s) => result.text.slice(s.start, s.end)),
    ["Medium", "12"],
  );
});

Deno.test("renderTemplate() places data spans across blocks, else branches, comments and whitespace control", async () => {
  const [mixed] = await loadTemplates([{
    path: "unexpectedProblem/en-US.hbs",
    source: [
      "{{! a comment }}Hi {{name}}, {{!-- another --}}order {{id}}:",
      "{{#each items}}",
      "  * {{title}} ({{formatNumber qty}})",
      "{{/each}}",
      "{{#if gift}}gift{{else}}no gift for {{name}}{{/if}} {{~ tail ~}} !",
      "{{#with seller}}{{#if name}}{{name}}{{/if}}{{/with}} {{formatDate day}}",
    ].join("\n"),
  }]);
  const result = renderTemplate(mixed!, {
    name: "Ann",
    id: "1\u0001",
    items: [{ title: "Boots", qty: 2 }, { title: "Laces", qty: 1000 }],
    gift: false,
    tail: "T",
    seller: { name: "Nordwind" },
    day: "2026-12-09",
  }, { locale: "en-US", timeZone: "UTC" });
  assert.equal(
    result.text,
    "Hi Ann, order 1:\n  * Boots (2)\n  * Laces (1,000)\nno gift for AnnT!\nNordwind December 9, 2026",
  );
  assert.deepEqual(
    result.dataSpans.map((s) => result.text.slice(s.start, s.end)),
    [
      "Ann",
      "1",
      "Boots",
      "2",
      "Laces",
      "1,000",
      "Ann",
      "T",
      "Nordwind",
      "December 9, 2026",
    ],
  );
  assert.equal(isOneByte(result.text), true);
});

Deno.test("renderTemplate() keeps inline partials and its spans when a helper renders another template", async () => {
  // Sorted by path: de-DE first.
  const [inner, outer] = await loadTemplates([
    {
      path: "unexpectedProblem/en-US.hbs",
      source: '{{#*inline "p"}}[{{x}}]{{/inline}}A {{> p}} {{nested}} B {{y}}',
    },
    { path: "unexpectedProblem/de-DE.hbs", source: "in {{x}} {{x}}" },
  ], ["nested"]);
  const options = { locale: "en-US", timeZone: "UTC" };
  const result = renderTemplate(outer!, { x: "X", y: "Y" }, {
    ...options,
    helpers: {
      nested: () => renderTemplate(inner!, { x: "Z" }, options).text,
    },
  });
  assert.equal(result.text, "A [X] in Z Z B Y");
  assert.deepEqual(
    result.dataSpans.map((s) => result.text.slice(s.start, s.end)),
    ["in Z Z", "Y"],
  );
});

// Three nested loops over the same array: n³ block runs and characters.
const NESTED_EACH =
  "Items: {{#each a}}{{#each @root.a}}{{#each @root.a}}x{{this}}{{/each}}{{/each}}{{/each}}";

Deno.test("renderTemplate() stops nested each over large arrays early with an output-budget TemplateError", async () => {
  const [nested] = await loadTemplates([
    { path: "unexpectedProblem/en-US.hbs", source: NESTED_EACH },
  ]);
  const a = Array.from({ length: 200 }, (_, i) => i);
  const started = performance.now();
  assert.throws(
    () => renderTemplate(nested!, { a }, { locale: "en-US", timeZone: "UTC" }),
    (error: unknown) => {
      assert.ok(error instanceof TemplateError);
      assert.equal(error.code, "output-budget");
      assert.equal(error.template, "unexpectedProblem");
      assert.equal(error.locale, "en-US");
      assert.match(
        error.message,
        /^Cannot render template "unexpectedProblem" \(en-US\): output budget exceeded: /,
      );
      return true;
    },
  );
  // Unbounded, this render writes 8 million values and takes seconds.
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});

Deno.test("renderTemplate() stops a render whose text passes the length budget, in a loop or from one value", async () => {
  // Sorted by path: de-DE first.
  const [single, looped] = await loadTemplates([
    {
      path: "unexpectedProblem/en-US.hbs",
      source: "{{#each a}}{{@root.big}} {{/each}}",
    },
    { path: "unexpectedProblem/de-DE.hbs", source: "Hallo {{big}}" },
  ]);
  const options = { locale: "en-US", timeZone: "UTC" };
  const lengthError = {
    name: "TemplateError",
    code: "output-budget",
    message:
      /output budget exceeded: the text passed 100000 characters \(a message holds at most 2000\)/,
  };
  const big = "y".repeat(5000);
  // 30 items of 5001 characters: stopped at the 20th.
  assert.throws(
    () => renderTemplate(looped!, { a: Array(30).fill(0), big }, options),
    lengthError,
  );
  assert.throws(
    () =>
      renderTemplate(single!, { big: "z".repeat(100_001) }, {
        ...options,
        locale: "de-DE",
      }),
    lengthError,
  );
  // Just under: 19 items of 5001 characters render.
  const fits = renderTemplate(looped!, { a: Array(19).fill(0), big }, options);
  assert.equal(fits.text.length, 19 * 5001 - 1);
});

Deno.test("renderTemplate() renders loops up to the budget: 300 x 300 nested runs", async () => {
  const [nested] = await loadTemplates([
    {
      path: "unexpectedProblem/en-US.hbs",
      source: "{{#each a}}{{#each @root.a}}.{{/each}}{{/each}}",
    },
  ]);
  const a = Array.from({ length: 300 }, (_, i) => i);
  const result = renderTemplate(nested!, { a }, {
    locale: "en-US",
    timeZone: "UTC",
  });
  assert.equal(result.text.length, 300 * 300);
});

Deno.test("renderTemplate() keeps the budget when a block helper swallows the error of a run past it", async () => {
  const [swallowing] = await loadTemplates([
    {
      path: "unexpectedProblem/en-US.hbs",
      source:
        "Hi {{#quiet}}{{#each a}}{{#each @root.a}}.{{/each}}{{/each}}{{/quiet}}",
    },
  ], ["quiet"]);
  let swallowed = 0;
  const quiet = function (
    this: unknown,
    options: { fn: (context: unknown) => string },
  ) {
    try {
      return options.fn(this);
    } catch {
      swallowed++;
      return "";
    }
  };
  assert.throws(
    () =>
      renderTemplate(swallowing!, {
        a: Array.from({ length: 400 }, (_, i) => i),
      }, {
        locale: "en-US",
        timeZone: "UTC",
        helpers: { quiet: quiet as never },
      }),
    { name: "TemplateError", code: "output-budget" },
  );
  assert.equal(swallowed, 1);
});

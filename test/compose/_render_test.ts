import assert from "node:assert/strict";
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

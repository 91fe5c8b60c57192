import assert from "node:assert/strict";
import { createTemplateComposer } from "../../src/compose/create_template_composer.ts";
import {
  DEFAULT_TEMPLATES,
  UNEXPECTED_PROBLEM_TEMPLATES,
} from "../../src/default_templates/mod.ts";
import { loadTemplates } from "./_util.ts";

const DATA = {
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Hiking Boots",
  newShipDate: "2026-12-09",
};

Deno.test("createTemplateComposer() knows only the template sets it is given", () => {
  const composer = createTemplateComposer({
    templates: [UNEXPECTED_PROBLEM_TEMPLATES],
  });
  assert.deepEqual(composer.templateIds(), ["unexpectedProblem"]);
  assert.equal(composer.locales("unexpectedProblem").length, 16);
  assert.throws(
    () =>
      composer.compose({
        type: "confirmDeliveryDetails",
        locale: "en-US",
        data: DATA,
      }),
    {
      name: "TemplateError",
      message: /no template "confirmDeliveryDetails" exists/,
    },
  );
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "fr-CA",
    data: DATA,
  });
  assert.equal(message.locale, "fr-FR");
});

Deno.test("createTemplateComposer() takes sets and single entries in any mix, the later winning", async () => {
  const [override] = await loadTemplates([{
    path: "unexpectedProblem/en-US.hbs",
    source: "Order {{amazonOrderId}} is late.",
  }]);
  const composer = createTemplateComposer({
    templates: [...DEFAULT_TEMPLATES, override!],
  });
  assert.equal(composer.templateIds().length, DEFAULT_TEMPLATES.length);
  assert.equal(
    composer.compose({ type: "unexpectedProblem", locale: "en-US", data: DATA })
      .text,
    "Order 123-1234567-1234567 is late.",
  );
  assert.notEqual(
    composer.compose({ type: "unexpectedProblem", locale: "en-GB", data: DATA })
      .text,
    "Order 123-1234567-1234567 is late.",
  );
});

Deno.test("createTemplateComposer() rejects missing templates and malformed sets", () => {
  assert.throws(
    // @ts-expect-error: templates are required
    () => createTemplateComposer({}),
    { name: "TypeError", message: /expected \{ templates: \[\.\.\.\] \}/ },
  );
  assert.throws(
    () =>
      createTemplateComposer({
        templates: [[{ id: "x" }]] as never,
      }),
    { name: "TypeError", message: /must be template sets or the entries/ },
  );
  assert.equal(
    createTemplateComposer({ templates: [] }).templateIds().length,
    0,
  );
});

Deno.test("createTemplateComposer() compose() throws an output-budget TemplateError quickly for nested each over large arrays", async () => {
  const templates = await loadTemplates([{
    path: "unexpectedProblem/en-US.hbs",
    source:
      "Items: {{#each a}}{{#each @root.a}}{{#each @root.a}}x{{/each}}{{/each}}{{/each}}",
  }]);
  const composer = createTemplateComposer({ templates });
  const a = Array.from({ length: 200 }, (_, i) => i);
  const started = performance.now();
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "de-DE",
        data: { a },
      }),
    {
      name: "TemplateError",
      code: "output-budget",
      template: "unexpectedProblem",
      locale: "en-US",
      message:
        /^Cannot render template "unexpectedProblem" \(en-US\): output budget exceeded: block bodies such as "\{\{#each\}\}" items ran more than 100000 times; check for loops/,
    },
  );
  // Unbounded, this compose writes 8 million characters in seconds.
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});

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

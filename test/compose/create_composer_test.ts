import assert from "node:assert/strict";
import { createComposer } from "../../src/compose/create_composer.ts";
import { TemplateError } from "../../src/errors.ts";
import { loadTemplates } from "./_util.ts";

const templates = await loadTemplates([
  {
    path: "unexpectedProblem/en-US.hbs",
    source:
      "Hello,\n\nOrder {{amazonOrderId}} ({{product.title}}) ships {{formatDate date}}.\n",
  },
  {
    path: "unexpectedProblem/de-DE.hbs",
    source: "Bestellung {{amazonOrderId}} kommt am {{formatDate date}}.",
  },
  {
    path: "unexpectedProblem/delay/en-GB.hbs",
    source:
      "{{#each items}}- {{this}}\n{{/each}}Order {{amazonOrderId}}{{#if note}}: {{note}}{{/if}}",
  },
  {
    path: "confirmOrderDetails/en-US.hbs",
    source: "Order {{amazonOrderId}}: {{shout name}} {{today}}",
  },
], ["today"]);

const data = {
  amazonOrderId: "123-1234567-1234567",
  product: { title: "Boots & Laces <XL>" },
  date: "2026-12-09",
};

Deno.test("createComposer() renders plain text without HTML escaping", () => {
  const composer = createComposer({ templates });
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data,
  });
  assert.equal(
    message.text,
    "Hello,\n\nOrder 123-1234567-1234567 (Boots & Laces <XL>) ships December 9, 2026.",
  );
  assert.equal(message.locale, "en-US");
  assert.equal(message.localeMatch, "exact");
  assert.equal(message.template, "unexpectedProblem");
});

Deno.test("createComposer() reports which spans came from data", () => {
  const composer = createComposer({ templates });
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data,
  });
  assert.deepEqual(
    message.dataSpans.map((span) => message.text.slice(span.start, span.end)),
    ["123-1234567-1234567", "Boots & Laces <XL>", "December 9, 2026"],
  );
});

Deno.test("createComposer() strips the renderer's marks that data smuggles in", () => {
  const composer = createComposer({ templates });
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data: { ...data, product: { title: "A\u0001B\u0001C\u0001" } },
  });
  assert.match(message.text, /\(ABC\)/);
  assert.deepEqual(
    message.dataSpans.map((span) => message.text.slice(span.start, span.end)),
    ["123-1234567-1234567", "ABC", "December 9, 2026"],
  );
});

Deno.test("createComposer() keeps private-use characters that data holds", () => {
  const composer = createComposer({ templates });
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data: { ...data, product: { title: "A\uE001B\uE000C" } },
  });
  assert.match(message.text, /\(A\uE001B\uE000C\)/);
  assert.equal(message.dataSpans.length, 3);
});

Deno.test("createComposer() falls back to the language and then the default locale", () => {
  const composer = createComposer({ templates });
  assert.equal(
    composer.compose({ type: "unexpectedProblem", locale: "de_AT", data })
      .locale,
    "de-DE",
  );
  const korean = composer.compose({
    type: "unexpectedProblem",
    locale: "ko-KR",
    data,
  });
  assert.equal(korean.locale, "en-US");
  assert.equal(korean.localeMatch, "default");
  assert.equal(korean.requestedLocale, "ko-KR");
  assert.match(
    composer.compose({ type: "unexpectedProblem", locale: "de-DE", data }).text,
    /9\. Dezember 2026/,
  );
});

Deno.test("createComposer() raises a typed error naming a missing variable and its line", () => {
  const composer = createComposer({ templates });
  const { product: _, ...rest } = data;
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: rest,
      }),
    (error: unknown) => {
      assert.ok(error instanceof TemplateError);
      assert.equal(error.code, "missing-variable");
      assert.equal(error.variable, "product");
      assert.equal(error.template, "unexpectedProblem");
      assert.deepEqual(error.location, { line: 3, column: 26 });
      assert.match(
        error.message,
        /variable "product" is missing at line 3, column 26/,
      );
      return true;
    },
  );
});

Deno.test("createComposer() names the missing segment of a nested variable", () => {
  const composer = createComposer({ templates });
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: { ...data, product: {} },
      }),
    { name: "TemplateError", message: /variable "product\.title" is missing/ },
  );
});

Deno.test("createComposer() treats a null value as missing", () => {
  const composer = createComposer({ templates });
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: { ...data, amazonOrderId: null },
      }),
    { name: "TemplateError", message: /"amazonOrderId" is missing/ },
  );
});

Deno.test("createComposer() rejects objects rendered as text", () => {
  const composer = createComposer({ templates });
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: { ...data, amazonOrderId: { id: 1 } },
      }),
    { name: "TemplateError", message: /"amazonOrderId" is an object/ },
  );
});

Deno.test("createComposer() turns helper failures into typed errors", () => {
  const composer = createComposer({ templates });
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: { ...data, date: "soon" },
      }),
    (error: unknown) => {
      assert.ok(error instanceof TemplateError);
      assert.equal(error.code, "helper");
      assert.equal(error.helper, "formatDate");
      assert.match(error.message, /expects an ISO 8601 date .* got "soon"/);
      return true;
    },
  );
});

Deno.test("createComposer() renders variants, blocks and optional fields", () => {
  const composer = createComposer({ templates });
  const base = { amazonOrderId: "123-1234567-1234567", items: ["A", "B"] };
  const plain = composer.compose({
    type: "unexpectedProblem",
    template: "unexpectedProblem/delay",
    locale: "en-AU",
    data: base,
  });
  assert.equal(plain.text, "- A\n- B\nOrder 123-1234567-1234567");
  assert.equal(plain.locale, "en-GB");
  const noted = composer.compose({
    type: "unexpectedProblem",
    template: "unexpectedProblem/delay",
    locale: "en-GB",
    data: { ...base, note: "sorry" },
  });
  assert.ok(noted.text.endsWith(": sorry"));
  assert.deepEqual(composer.templateIds("unexpectedProblem"), [
    "unexpectedProblem",
    "unexpectedProblem/delay",
  ]);
});

Deno.test("createComposer() calls custom helpers, with and without arguments", () => {
  const composer = createComposer({
    templates,
    helpers: {
      shout: (value: unknown) => String(value).toUpperCase(),
      today: () => "today",
    },
  });
  const message = composer.compose({
    type: "confirmOrderDetails",
    locale: "en-US",
    data: { amazonOrderId: "123-1234567-1234567", name: "ann" },
  });
  assert.equal(message.text, "Order 123-1234567-1234567: ANN today");
});

Deno.test("createComposer() rejects bad requests with clear errors", () => {
  const composer = createComposer({ templates });
  assert.throws(
    () => composer.compose({ type: "nope", locale: "en-US", data }),
    RangeError,
  );
  assert.throws(
    () => composer.compose({ type: "warranty", locale: "en-US", data }),
    {
      name: "RangeError",
      message: /takes no text/,
    },
  );
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "xx_yy_zz_12345",
        data,
      }),
    RangeError,
  );
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        locale: "en-US",
        data: null as never,
      }),
    TypeError,
  );
  assert.throws(
    () =>
      composer.compose({
        type: "confirmDeliveryDetails",
        locale: "en-US",
        data,
      }),
    {
      name: "TemplateError",
      message: /no template "confirmDeliveryDetails" exists/,
    },
  );
  assert.throws(
    () =>
      composer.compose({
        type: "unexpectedProblem",
        template: "confirmOrderDetails",
        locale: "en-US",
        data,
      }),
    { name: "RangeError", message: /written for another type/ },
  );
  assert.throws(() => createComposer({ timeZone: "Mars/Olympus" }), RangeError);
  assert.throws(() => createComposer({ templates: [{} as never] }), TypeError);
});

Deno.test("createComposer() formats dates in the configured time zone", () => {
  const composer = createComposer({ templates, timeZone: "Asia/Tokyo" });
  const message = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data: { ...data, date: "2026-12-09T20:00:00Z" },
  });
  assert.match(message.text, /December 10, 2026/);
  // A date without a time is a calendar date, never shifted by the zone.
  const calendar = composer.compose({
    type: "unexpectedProblem",
    locale: "en-US",
    data,
  });
  assert.match(calendar.text, /December 9, 2026/);
});

Deno.test("createComposer() remembers negotiations per template, locale and marketplace", async () => {
  const english = await loadTemplates([
    { path: "unexpectedProblem/en-US.hbs", source: "US {{amazonOrderId}}" },
    { path: "unexpectedProblem/en-GB.hbs", source: "GB {{amazonOrderId}}" },
    { path: "unexpectedProblem/en-AU.hbs", source: "AU {{amazonOrderId}}" },
  ]);
  const composer = createComposer({ templates: english });
  const compose = (marketplaceId?: string) =>
    composer.compose({
      type: "unexpectedProblem",
      locale: "en-NZ",
      marketplaceId,
      data,
    }).locale;
  assert.equal(compose(), "en-GB");
  assert.equal(compose("A39IBJ37TRP1C6"), "en-AU");
  assert.equal(compose(), "en-GB");
  assert.equal(compose("A39IBJ37TRP1C6"), "en-AU");
});

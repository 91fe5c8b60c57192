import assert from "node:assert/strict";
import { createComposer } from "../../src/compose/create_composer.ts";
import { SUPPORTED_LOCALES } from "../../src/compose/select_locale.ts";
import {
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../../src/message_types/mod.ts";

const composer = createComposer();
const TEXT_TYPES = MESSAGE_TYPE_IDS.filter((id) =>
  MESSAGE_TYPES[id].text !== null
);
const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

async function sample(type: string): Promise<Record<string, unknown>> {
  return JSON.parse(
    await Deno.readTextFile(
      new URL(`../../templates/${type}/sample.json`, import.meta.url),
    ),
  );
}

Deno.test("default templates exist for every text type in every supported locale", () => {
  for (const type of TEXT_TYPES) {
    assert.deepEqual(
      composer.locales(type),
      [...SUPPORTED_LOCALES].sort(),
      type,
    );
  }
});

Deno.test("default templates render their sample data within the type's limit, with the order id", async () => {
  for (const type of TEXT_TYPES) {
    const data = await sample(type);
    assert.match(
      String(data.amazonOrderId),
      ORDER_ID,
      `${type} sample order id`,
    );
    for (const locale of SUPPORTED_LOCALES) {
      const message = composer.compose({ type, locale, data });
      const where = `${type}/${locale}`;
      assert.equal(message.locale, locale, where);
      assert.ok(message.text.length >= MESSAGE_TYPES[type].text!.min, where);
      assert.ok(
        message.text.length <= MESSAGE_TYPES[type].text!.max,
        `${where} renders ${message.text.length} characters`,
      );
      assert.ok(
        message.text.includes(String(data.amazonOrderId)),
        `${where} lacks the order id`,
      );
      assert.doesNotMatch(message.text, /\n{3,}/, where);
      assert.doesNotMatch(message.text, /https?:|www\.|@/i, where);
    }
  }
});

Deno.test("default templates read only variables their sample data provides, and use all of them", async () => {
  for (const type of TEXT_TYPES) {
    const keys = Object.keys(await sample(type)).sort();
    for (const locale of SUPPORTED_LOCALES) {
      const template = composer.getTemplate(type, locale)!;
      const roots = [...new Set(template.variables.map((v) => v.split(".")[0]))]
        .sort();
      assert.deepEqual(roots, keys, `${type}/${locale}`);
    }
  }
});

Deno.test("default templates keep their own words apart from the data", async () => {
  for (const type of TEXT_TYPES) {
    const data = await sample(type);
    for (const locale of SUPPORTED_LOCALES) {
      const message = composer.compose({ type, locale, data });
      const fromData = message.dataSpans.map((s) =>
        message.text.slice(s.start, s.end)
      );
      assert.ok(
        fromData.includes(String(data.amazonOrderId)),
        `${type}/${locale}`,
      );
      assert.ok(
        fromData.includes(String(data.sellerName)),
        `${type}/${locale}`,
      );
    }
  }
});

Deno.test("the generated template modules have no runtime code generation", async () => {
  const dir = new URL("../../src/default_templates/", import.meta.url);
  let modules = 0;
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.name.endsWith(".ts")) continue;
    const source = await Deno.readTextFile(new URL(entry.name, dir));
    assert.doesNotMatch(source, /new Function|\beval\(/, entry.name);
    modules++;
  }
  assert.equal(modules, TEXT_TYPES.length + 1);
});

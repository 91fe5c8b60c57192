/**
 * Compose: the library's precompiled rendering (`createComposer().compose`,
 * which runs templates precompiled at build time on `handlebars/runtime`)
 * against `Handlebars.compile` on every request and against a cached
 * `Handlebars.compile` function, per message, for templates that render to
 * about 200 and about 2000 characters, and a 20 000-character message that
 * inserts 190 variables (the data-span bookkeeping at its worst). All three
 * use the same helpers and options (`noEscape`, `strict`) and must produce
 * the same text.
 *
 * Run alone: `deno run --allow-read=. --allow-write=bench/.out bench/sections/compose.ts`
 * (prints JSON).
 *
 * @module
 */

import Handlebars from "handlebars";
import { serialize } from "node:v8";
import { createComposer } from "../../src/compose/create_composer.ts";
import { createHelpers } from "../../src/compose/_helpers.ts";
import { renderTemplate } from "../../src/compose/_render.ts";
import { negotiateLocale } from "../../src/compose/select_locale.ts";
import { precompileTemplates } from "../../src/compose/precompile_templates.ts";
import type { PrecompiledTemplate } from "../../src/compose/precompiled_template.ts";
import {
  type BenchTemplate,
  DATA,
  LOCALE,
  MESSAGE_TYPE,
  TEMPLATES,
} from "../report/fixtures.ts";
import { compare, type Measured, sinkValue } from "../report/measure.ts";

/** The timings of one template. */
export interface ComposeSize {
  /** "200", "2000" or "20000". */
  readonly size: string;
  /** Whether the template formats with the Intl helpers. */
  readonly helpers: boolean;
  /** Characters of the rendered message. */
  readonly chars: number;
  /**
   * Whether V8 stores the composed text one byte per character (its
   * serializer tags such strings `"`, two-byte ones `c`).
   */
  readonly oneByte: boolean;
  /** Precompiled (baseline), cached compile, compile per request. */
  readonly results: readonly Measured[];
}

/** What the compose section measured. */
export interface ComposeResult {
  readonly sizes: readonly ComposeSize[];
  /** `format()` with a formatter built per call (as the helpers do) vs a cached formatter. */
  readonly intl: readonly Measured[];
  readonly sink: number;
}

const OUT = new URL("../.out/compose/", import.meta.url);
const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Precompiles the bench templates into a module, as the build step does, and imports it. */
async function precompiled(): Promise<readonly PrecompiledTemplate[]> {
  const source = precompileTemplates(
    [...TEMPLATES, MANY].map((t) => ({
      path: `${MESSAGE_TYPE}/${variant(t)}/${LOCALE}.hbs`,
      source: t.source,
    })),
    {
      typesFrom: new URL(
        "../../src/compose/precompiled_template.ts",
        import.meta.url,
      ).href,
    },
  );
  await Deno.mkdir(OUT, { recursive: true });
  const file = new URL("templates.gen.ts", OUT);
  await Deno.writeTextFile(file, source);
  const module = await import(file.href);
  return module.templates as readonly PrecompiledTemplate[];
}

/** Variables in the 20 000-character template. */
const MANY_VARIABLES = 190;

/**
 * A 20 000-character message of 190 lines, each inserting one variable:
 * far beyond Amazon's limits, it shows how the per-variable work scales.
 */
const MANY: BenchTemplate = {
  size: "20000" as BenchTemplate["size"],
  helpers: false,
  source: Array.from(
    { length: MANY_VARIABLES },
    (_, i) =>
      `Line ${i}: {{item${i}}} is packed and ready; we will write again when the carrier collects it.\n`,
  ).join(""),
};

const MANY_DATA: Readonly<Record<string, unknown>> = Object.freeze(
  Object.fromEntries(
    Array.from(
      { length: MANY_VARIABLES },
      (_, i) => [`item${i}`, `Trail Runner ${i} Waterproof Hiking Boots`],
    ),
  ),
);

/** V8's serializer tags one-byte strings `"`, after the header (and any padding). */
function isOneByte(text: string): boolean {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++;
  return bytes[at] === 0x22;
}

function variant(template: BenchTemplate): string {
  return `size${template.size}${template.helpers ? "intl" : "vars"}`;
}

/** Measures the three ways to render, for each template. */
export async function runCompose(): Promise<ComposeResult> {
  const templates = await precompiled();
  const composer = createComposer({ templates });
  const handlebars = Handlebars.create();
  handlebars.registerHelper(createHelpers({ locale: LOCALE, timeZone: "UTC" }));
  const sizes: ComposeSize[] = [];
  let reference: string | undefined;
  for (const template of [...TEMPLATES, MANY]) {
    const id = `${MESSAGE_TYPE}/${variant(template)}`;
    const data = template === MANY ? MANY_DATA : DATA;
    const ours = () =>
      composer.compose({
        type: MESSAGE_TYPE,
        locale: LOCALE,
        data,
        template: id,
      })
        .text;
    const cachedFn = handlebars.compile(template.source, COMPILE_OPTIONS);
    const cached = () => cachedFn(data).trim();
    const perRequest = () =>
      handlebars.compile(template.source, COMPILE_OPTIONS)(data).trim();
    const text = ours();
    if (cached() !== text || perRequest() !== text) {
      throw new Error(
        `The three renderings of the ${template.size}-character template differ`,
      );
    }
    // With helpers or with variables only, a size renders the same text.
    if (template === MANY) {
      if (text.length < 20_000) {
        throw new Error(`The long template renders ${text.length} characters`);
      }
    } else if (template.helpers) reference = text;
    else if (text !== reference) {
      throw new Error(
        `The ${template.size}-character templates with and without helpers differ`,
      );
    }
    const entry = templates.find((t) => t.id === id)!;
    const renderOptions = { locale: LOCALE, timeZone: "UTC" };
    const results = compare([
      { name: "precompiled (createComposer().compose)", run: ours },
      { name: "Handlebars.compile, cached", run: cached },
      { name: "Handlebars.compile per request", run: perRequest },
      // Where the composer's time goes: rendering with data spans, and
      // locale negotiation (compose = negotiation + rendering + checks).
      {
        name: "part: renderTemplate (runtime + data spans)",
        run: () => renderTemplate(entry, data, renderOptions).text,
      },
      {
        name: "part: negotiateLocale",
        run: () => negotiateLocale(LOCALE, [LOCALE], { defaultLocale: LOCALE }),
      },
    ]);
    sizes.push({
      size: template.size,
      helpers: template.helpers,
      chars: text.length,
      oneByte: isOneByte(text),
      results,
    });
  }
  const date = new Date("2026-12-09T00:00:00Z");
  const options = { dateStyle: "long", timeZone: "UTC" } as const;
  const formatter = new Intl.DateTimeFormat(LOCALE, options);
  const intl = compare([
    {
      name: "Intl.DateTimeFormat cached, format()",
      run: () => formatter.format(date),
    },
    {
      name: "new Intl.DateTimeFormat().format() (as the helpers do)",
      run: () => new Intl.DateTimeFormat(LOCALE, options).format(date),
    },
  ]);
  return { sizes, intl, sink: sinkValue() };
}

if (import.meta.main) console.log(JSON.stringify(await runCompose()));

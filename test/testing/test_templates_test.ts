import assert from "node:assert/strict";
import * as nodeFs from "node:fs/promises";
import {
  TemplateCheckError,
  testTemplates,
  type TestTemplatesOptions,
} from "../../src/testing/mod.ts";

const EN_US = `Hello,

We're sorry to let you know that your order {{amazonOrderId}} ({{productTitle}}) has been delayed by an unexpected problem.
We now expect to ship it on {{formatDate newShipDate}}.

If you have any questions, please reply to this message.

Thank you for your patience,
{{sellerName}}`;

const DE_DE = `Guten Tag,

leider müssen wir Ihnen mitteilen, dass sich Ihre Bestellung {{amazonOrderId}} ({{productTitle}}) aufgrund eines unerwarteten Problems verzögert.
Wir werden sie voraussichtlich am {{formatDate newShipDate}} versenden.

Wenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.

Vielen Dank für Ihr Verständnis und freundliche Grüße
{{sellerName}}`;

const SAMPLE = {
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Hiking Boots",
  newShipDate: "2026-12-09",
};

interface Outcome {
  readonly name: string;
  readonly error: unknown;
}

/** Writes `files` (path → text) below a new temporary folder. */
async function folderWith(files: Record<string, string>): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "test_templates_" });
  for (const [path, text] of Object.entries(files)) {
    const full = `${root}/${path}`;
    await Deno.mkdir(full.slice(0, full.lastIndexOf("/")), { recursive: true });
    await Deno.writeTextFile(full, text);
  }
  return root;
}

/**
 * Registers the folder's tests with a fake `test` function, runs them in
 * order and returns each outcome (`error: undefined` when it passed).
 */
async function run(
  folder: string,
  options: Omit<TestTemplatesOptions, "test"> = {},
): Promise<{ names: string[]; outcomes: Outcome[] }> {
  const registered: { name: string; fn: () => Promise<void> }[] = [];
  const names = await testTemplates(folder, {
    ...options,
    test: (name, fn) => registered.push({ name, fn }),
  });
  const outcomes: Outcome[] = [];
  for (const { name, fn } of registered) {
    try {
      await fn();
      outcomes.push({ name, error: undefined });
    } catch (error) {
      outcomes.push({ name, error });
    }
  }
  return { names, outcomes };
}

function failure(outcomes: Outcome[], name: string): TemplateCheckError {
  const outcome = outcomes.find((o) => o.name === name);
  assert.ok(outcome, `no test named "${name}"`);
  assert.ok(
    outcome.error instanceof TemplateCheckError,
    `"${name}" should fail with a TemplateCheckError, got ${outcome.error}`,
  );
  return outcome.error;
}

function passed(outcomes: Outcome[]): string[] {
  return outcomes.filter((o) => o.error === undefined).map((o) => o.name);
}

Deno.test("testTemplates() registers one passing test per template and locale of a clean folder", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE,
  });
  try {
    const { names, outcomes } = await run(folder);
    const expected = [
      `${folder}/unexpectedProblem/de-DE.hbs`,
      `${folder}/unexpectedProblem/en-US.hbs`,
    ];
    assert.deepEqual(names, expected);
    assert.deepEqual(outcomes.map((o) => o.name), expected);
    assert.deepEqual(
      outcomes.map((o) => o.error),
      [undefined, undefined],
      String(outcomes.find((o) => o.error)?.error),
    );
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() fails the test of a template with a policy violation, naming the file, line and rule", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE.replace(
      "Wenn Sie Fragen haben",
      "Schreiben Sie an support@example.com. Wenn Sie Fragen haben",
    ),
  });
  try {
    const { outcomes } = await run(folder);
    assert.deepEqual(passed(outcomes), [
      `${folder}/unexpectedProblem/en-US.hbs`,
    ]);
    const error = failure(outcomes, `${folder}/unexpectedProblem/de-DE.hbs`);
    assert.equal(error.path, `${folder}/unexpectedProblem/de-DE.hbs`);
    assert.match(
      error.message,
      /^Template ".*\/unexpectedProblem\/de-DE\.hbs" fails/,
    );
    const email = error.problems.find((p) => p.includes("no-email"));
    assert.ok(email, error.message);
    assert.match(email, /^6:\d+ error no-email: /);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() fails on a variable missing from the sample data, naming every one and the sample", async () => {
  const { productTitle: _, sellerName: __, ...sample } = SAMPLE;
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(sample),
    "unexpectedProblem/en-US.hbs": EN_US,
  });
  try {
    const { outcomes } = await run(folder);
    const error = failure(outcomes, `${folder}/unexpectedProblem/en-US.hbs`);
    assert.deepEqual(error.problems, [
      `Variables "productTitle", "sellerName" not in the sample data "${folder}/unexpectedProblem/sample.json": add them or fix the template`,
    ]);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() fails a locale whose variables differ from the reference locale's, and only that one", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE.replace(" ({{productTitle}})", ""),
  });
  try {
    const { outcomes } = await run(folder);
    assert.deepEqual(passed(outcomes), [
      `${folder}/unexpectedProblem/en-US.hbs`,
    ]);
    const error = failure(outcomes, `${folder}/unexpectedProblem/de-DE.hbs`);
    assert.deepEqual(error.problems, [
      `Variable "productTitle" of the reference template "${folder}/unexpectedProblem/en-US.hbs" is not used: every locale says the same`,
    ]);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() compares with the given reference locale, and names extra variables", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE.replace(" ({{productTitle}})", ""),
  });
  try {
    const { outcomes } = await run(folder, { referenceLocale: "de_de" });
    assert.deepEqual(passed(outcomes), [
      `${folder}/unexpectedProblem/de-DE.hbs`,
    ]);
    const error = failure(outcomes, `${folder}/unexpectedProblem/en-US.hbs`);
    assert.deepEqual(error.problems, [
      `Variable "productTitle" is not in the reference template "${folder}/unexpectedProblem/de-DE.hbs": every locale says the same`,
    ]);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() fails a text over the type's limit even when the policy turns text-length off", async () => {
  const long = "Your access key is {{accessKey}}. " +
    "Please keep this key safe and use it to activate your product. ".repeat(7);
  const folder = await folderWith({
    "digitalAccessKey/sample.json": JSON.stringify({ accessKey: "ABCD-1234" }),
    "digitalAccessKey/en-US.hbs": long,
  });
  try {
    const off = await run(folder, {
      lint: { rules: { "text-length": "off" } },
    });
    const error = failure(off.outcomes, `${folder}/digitalAccessKey/en-US.hbs`);
    assert.equal(error.problems.length, 1, error.message);
    assert.match(
      error.problems[0]!,
      /^The rendered sample has 4\d\d characters but "digitalAccessKey" allows 400: shorten it by \d+$/,
    );
    // With the rule on, its finding says it once.
    const on = await run(folder);
    const again = failure(on.outcomes, `${folder}/digitalAccessKey/en-US.hbs`);
    assert.equal(again.problems.length, 1, again.message);
    assert.match(again.problems[0]!, /error text-length: /);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() names a missing sample.json and a missing reference template", async () => {
  const folder = await folderWith({
    "unexpectedProblem/en-US.hbs": EN_US,
    "confirmDeliveryDetails/sample.json": "{}",
    "confirmDeliveryDetails/de-DE.hbs":
      "Guten Tag, bitte bestätigen Sie uns Ihre Lieferadresse, damit wir Ihre Bestellung pünktlich zustellen können. Vielen Dank.",
  });
  try {
    const { outcomes } = await run(folder);
    const unsampled = failure(
      outcomes,
      `${folder}/unexpectedProblem/en-US.hbs`,
    );
    assert.deepEqual(unsampled.problems, [
      `Sample data is missing: add "${folder}/unexpectedProblem/sample.json" with the variables the template uses`,
    ]);
    const unreferenced = failure(
      outcomes,
      `${folder}/confirmDeliveryDetails/de-DE.hbs`,
    );
    assert.deepEqual(unreferenced.problems, [
      `The reference template "${folder}/confirmDeliveryDetails/en-US.hbs" is missing: add it, or set "referenceLocale" to a locale every template has, so the variables can be compared`,
    ]);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() fails a template file not named by a canonical locale tag, as the command line does", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/EN_us.hbs": EN_US,
    "unexpectedProblem/klingon.hbs": EN_US,
    "unexpectedProblem/de-XX.hbs": DE_DE,
  });
  try {
    const { outcomes } = await run(folder);
    assert.deepEqual(passed(outcomes), [
      `${folder}/unexpectedProblem/en-US.hbs`,
    ]);
    const problemsOf = (name: string) =>
      failure(outcomes, `${folder}/unexpectedProblem/${name}`).problems;
    // The name is all that is said of a misnamed file.
    assert.deepEqual(problemsOf("EN_us.hbs"), [
      'File name "EN_us.hbs" is not the canonical BCP 47 tag (did you mean "en-US.hbs"?)',
    ]);
    assert.deepEqual(problemsOf("klingon.hbs"), [
      'File name "klingon.hbs" is not a locale: "klingon" is no known language; name templates by BCP 47 tag, such as "en-US.hbs"',
    ]);
    assert.deepEqual(problemsOf("de-XX.hbs"), [
      'File name "de-XX.hbs" is not a locale: "XX" is no known region; name templates by BCP 47 tag, such as "en-US.hbs"',
    ]);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() still lints the rest of a template after a missing variable, as the command line does", async () => {
  const { sellerName: _, ...sample } = SAMPLE;
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(sample),
    "unexpectedProblem/en-US.hbs": EN_US.replace(
      "{{sellerName}}",
      "{{sellerName}}\nsupport@example.com",
    ),
  });
  try {
    const { outcomes } = await run(folder);
    const error = failure(outcomes, `${folder}/unexpectedProblem/en-US.hbs`);
    assert.equal(error.problems.length, 2, error.message);
    assert.equal(
      error.problems[0],
      `Variable "sellerName" not in the sample data "${folder}/unexpectedProblem/sample.json": add it or fix the template`,
    );
    // Rendered with a stand-in for the missing name, the text after it is
    // linted too, and its finding is placed in the template.
    assert.match(error.problems[1]!, /^10:1 error no-email: /);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() reads the folder with node:fs/promises as well as with Deno", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE.replace(" ({{productTitle}})", ""),
  });
  try {
    const viaDeno = await run(folder, { fs: Deno });
    const viaNode = await run(folder, { fs: nodeFs });
    assert.deepEqual(viaNode.names, viaDeno.names);
    assert.deepEqual(passed(viaNode.outcomes), passed(viaDeno.outcomes));
    assert.deepEqual(
      failure(viaNode.outcomes, `${folder}/unexpectedProblem/de-DE.hbs`)
        .problems,
      failure(viaDeno.outcomes, `${folder}/unexpectedProblem/de-DE.hbs`)
        .problems,
    );
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

Deno.test("testTemplates() refuses a folder without templates, or one it cannot read, before registering anything", async () => {
  const empty = await Deno.makeTempDir({ prefix: "test_templates_" });
  try {
    const registered: string[] = [];
    const test = (name: string) => registered.push(name);
    await assert.rejects(
      testTemplates(empty, { test }),
      new TypeError(
        `Cannot test templates in "${empty}": it holds no templates (<type>/<locale>.hbs files)`,
      ),
    );
    await assert.rejects(
      testTemplates(`${empty}/absent`, { test }),
      (error: unknown) =>
        error instanceof TypeError &&
        error.message.startsWith(
          `Cannot read template folder "${empty}/absent": `,
        ),
    );
    assert.deepEqual(registered, []);
  } finally {
    await Deno.remove(empty, { recursive: true });
  }
});

Deno.test("testTemplates() passes every shipped template", async () => {
  const { outcomes } = await run("templates");
  assert.ok(outcomes.length >= 90, `only ${outcomes.length} templates`);
  const failed = outcomes.filter((o) => o.error !== undefined);
  assert.deepEqual(failed.map((o) => String(o.error)), []);
});

Deno.test("testTemplates() registers with Deno.test by default: a real deno test run reports each template", async () => {
  const folder = await folderWith({
    "unexpectedProblem/sample.json": JSON.stringify(SAMPLE),
    "unexpectedProblem/en-US.hbs": EN_US,
    "unexpectedProblem/de-DE.hbs": DE_DE.replace(" ({{productTitle}})", ""),
  });
  try {
    const mod = new URL("../../src/testing/mod.ts", import.meta.url);
    const config = new URL("../../deno.json", import.meta.url);
    await Deno.writeTextFile(
      `${folder}/templates_test.ts`,
      `import { testTemplates } from ${JSON.stringify(mod.href)};\n` +
        `await testTemplates(${JSON.stringify(folder)});\n`,
    );
    const output = await new Deno.Command(Deno.execPath(), {
      args: [
        "test",
        "--no-check",
        "--config",
        config.pathname,
        `--allow-read=${folder}`,
        `${folder}/templates_test.ts`,
      ],
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const out = new TextDecoder().decode(output.stdout) +
      new TextDecoder().decode(output.stderr);
    assert.equal(output.code, 1, out);
    assert.match(out, /unexpectedProblem\/en-US\.hbs \.\.\. ok/);
    assert.match(out, /unexpectedProblem\/de-DE\.hbs \.\.\. FAILED/);
    assert.match(
      out,
      /TemplateCheckError: Template ".*\/unexpectedProblem\/de-DE\.hbs" fails 1 check:\n\s+- Variable "productTitle" of the reference template/,
    );
    assert.match(out, /1 passed \| 1 failed/);
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});

import assert from "node:assert/strict";
import {
  checkLocaleFileName,
  fileFinding,
  findTemplateFiles,
  type FoundTemplate,
  isFileFinding,
  joinPath,
  lintTemplateFile,
  missingSample,
  parseSample,
  sampleLoader,
  type TemplateFolderReader,
  type TemplateSample,
} from "../../src/authoring/template_folder.ts";

/**
 * A template folder in memory (path → text), read through the reader
 * interface only: the walk needs no file system.
 */
function memoryReader(
  files: Readonly<Record<string, string>>,
): TemplateFolderReader & { readonly reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    list(path) {
      const prefix = `${path}/`;
      const names = new Map<string, boolean>();
      for (const file of Object.keys(files)) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...rest] = file.slice(prefix.length).split("/");
        names.set(name!, rest.length > 0 || names.get(name!) === true);
      }
      if (names.size === 0) {
        return Promise.reject(new Error(`no folder "${path}"`));
      }
      // Unsorted on purpose: the walk sorts.
      return Promise.resolve(
        [...names].reverse().map(([name, isDirectory]) => ({
          name,
          isFile: !isDirectory,
          isDirectory,
        })),
      );
    },
    read(path) {
      reads.push(path);
      const text = files[path];
      return text === undefined
        ? Promise.reject(new Error(`no file "${path}"`))
        : Promise.resolve(text);
    },
  };
}

const SAMPLE = JSON.stringify({
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind",
});

Deno.test("joinPath() joins with one slash", () => {
  assert.equal(joinPath("a", "b"), "a/b");
  assert.equal(joinPath("a/", "b"), "a/b");
});

Deno.test("findTemplateFiles() walks through the reader, sorted, each template with the nearest sample.json", async () => {
  const reader = memoryReader({
    "t/sample.json": SAMPLE,
    "t/unexpectedProblem/en-US.hbs": "a",
    "t/unexpectedProblem/short/de-DE.hbs": "b",
    "t/confirmOrderDetails/sample.json": SAMPLE,
    "t/confirmOrderDetails/en-US.hbs": "c",
    "t/notes.txt": "not a template",
  });
  const found = await findTemplateFiles("t", reader);
  assert.deepEqual(found, [
    {
      path: "confirmOrderDetails/en-US.hbs",
      source: "c",
      sample: "t/confirmOrderDetails/sample.json",
    },
    {
      path: "unexpectedProblem/en-US.hbs",
      source: "a",
      sample: "t/sample.json",
    },
    {
      path: "unexpectedProblem/short/de-DE.hbs",
      source: "b",
      sample: "t/sample.json",
    },
  ]);
  // Only templates are read; samples are the caller's to read.
  assert.ok(reader.reads.every((path) => path.endsWith(".hbs")));
  assert.deepEqual(
    await findTemplateFiles("t", memoryReader({ "t/x": "" })),
    [],
  );
  await assert.rejects(
    findTemplateFiles("absent", reader),
    /no folder "absent"/,
  );
});

Deno.test("checkLocaleFileName() accepts canonical tags of known languages", () => {
  for (const name of ["en-US.hbs", "de.hbs", "zh-Hans-CN.hbs", "pt-BR.hbs"]) {
    assert.equal(checkLocaleFileName(name), undefined, name);
  }
});

Deno.test("checkLocaleFileName() suggests the canonical tag and refuses names that are no locale", () => {
  assert.match(checkLocaleFileName("EN_us.hbs")!, /did you mean "en-US\.hbs"/);
  assert.match(checkLocaleFileName("de_de.hbs")!, /did you mean "de-DE\.hbs"/);
  assert.match(
    checkLocaleFileName("klingon.hbs")!,
    /"klingon\.hbs" is not a locale: "klingon" is no known language/,
  );
  assert.match(checkLocaleFileName("de-XX.hbs")!, /"XX" is no known region/);
  assert.match(checkLocaleFileName("not a locale.hbs")!, /is not a locale/);
});

Deno.test("parseSample() takes a JSON object and names what else it got", () => {
  const file = { path: "x/sample.json", source: '{"a":1}' };
  assert.deepEqual(parseSample(file), { ok: true, file, data: { a: 1 } });
  const broken = parseSample({ ...file, source: "{" }, "t/x/sample.json");
  assert.equal(broken.ok, false);
  assert.match(
    !broken.ok ? broken.problem.message : "",
    /^Sample data "t\/x\/sample\.json" is not valid JSON: /,
  );
  const list = parseSample({ ...file, source: "[]" });
  assert.deepEqual(
    !list.ok &&
      [list.problem.ruleId, list.problem.messageId, list.problem.message],
    ["template-sample", "invalidSample", "Sample data must hold a JSON object"],
  );
});

Deno.test("sampleLoader() reads each sample.json once and names a missing or unreadable one", async () => {
  const reader = memoryReader({ "t/a/sample.json": SAMPLE });
  const sampleOf = sampleLoader("t", reader.read);
  const template = (path: string, sample?: string): FoundTemplate => ({
    path,
    source: "",
    sample,
  });
  const first = await sampleOf(template("a/en-US.hbs", "t/a/sample.json"));
  const second = await sampleOf(template("a/de-DE.hbs", "t/a/sample.json"));
  assert.equal(first, second);
  assert.deepEqual(reader.reads, ["t/a/sample.json"]);
  assert.deepEqual(first.ok && first.file, {
    path: "a/sample.json",
    source: SAMPLE,
  });
  const missing = await sampleOf(template("b/v/en-US.hbs"));
  assert.equal(
    !missing.ok && missing.problem.message,
    'Sample data is missing: add "t/b/v/sample.json" with the variables the template uses',
  );
  // Without a folder, the path is named below it (as the studio shows it).
  const bare = missingSample("b/v/en-US.hbs");
  assert.equal(
    !bare.ok && bare.problem.message,
    'Sample data is missing: add "b/v/sample.json" with the variables the template uses',
  );
  const unreadable = await sampleOf(template("c/en-US.hbs", "t/c/sample.json"));
  assert.deepEqual(
    !unreadable.ok && [unreadable.problem.messageId, unreadable.file],
    ["unreadableSample", undefined],
  );
  assert.match(
    !unreadable.ok ? unreadable.problem.message : "",
    /^Sample data "t\/c\/sample\.json" cannot be read: no file/,
  );
});

const OK_SAMPLE: TemplateSample = {
  ok: true,
  file: { path: "unexpectedProblem/sample.json", source: SAMPLE },
  data: JSON.parse(SAMPLE),
};

function ids(found: readonly { ruleId: string }[]): string[] {
  return found.map((d) => d.ruleId);
}

Deno.test("lintTemplateFile() reports a misnamed file or a path of no text type, and nothing else of it", () => {
  const source = "Order {{amazonOrderId}}: mail a@b.com";
  const misnamed = lintTemplateFile(
    { path: "unexpectedProblem/EN_us.hbs", source },
    OK_SAMPLE,
  );
  assert.deepEqual(ids(misnamed.diagnostics), ["template-file-name"]);
  assert.match(misnamed.diagnostics[0]!.message, /did you mean "en-US\.hbs"/);
  assert.equal(misnamed.text, null);
  assert.deepEqual(
    ids(
      lintTemplateFile(
        { path: "unexpectedProblem/klingon.hbs", source },
        OK_SAMPLE,
      )
        .diagnostics,
    ),
    ["template-file-name"],
  );
  const badPath = lintTemplateFile(
    { path: "nope/en-US.hbs", source },
    OK_SAMPLE,
  );
  assert.deepEqual(ids(badPath.diagnostics), ["template-path"]);
  assert.match(badPath.diagnostics[0]!.message, /"nope" is not a message type/);
  assert.ok(
    [...misnamed.diagnostics, ...badPath.diagnostics].every(isFileFinding),
  );
});

Deno.test("lintTemplateFile() reports each missing variable where it is used and lints the rest with stand-ins", () => {
  const report = lintTemplateFile({
    path: "unexpectedProblem/en-US.hbs",
    source:
      "Order {{amazonOrderId}} from {{shopName}} is late.\nMail a@b.com by {{formatDate shipDate}}.",
  }, OK_SAMPLE);
  assert.deepEqual(
    report.diagnostics.map((d) => [d.ruleId, d.templateRange?.start.line]),
    [["template-variable", 1], ["template-helper", 2], ["no-email", 2]],
  );
  assert.match(report.diagnostics[0]!.message, /Variable "shopName"/);
  assert.match(report.text ?? "", /from shopName is late/);
  assert.ok(!report.diagnostics.some(isFileFinding));
});

Deno.test("lintTemplateFile() without sample data says so once instead of naming every variable", () => {
  const problem = fileFinding("template-sample", "missingSample", "No sample");
  const report = lintTemplateFile({
    path: "unexpectedProblem/en-US.hbs",
    source: "Order {{amazonOrderId}} from {{shopName}}: mail a@b.com",
  }, { ok: false, file: undefined, problem });
  assert.equal(report.diagnostics[0], problem);
  assert.ok(isFileFinding(problem));
  assert.deepEqual(
    ids(report.diagnostics).filter((id) => id.startsWith("template-")),
    ["template-sample"],
  );
  assert.ok(ids(report.diagnostics).includes("no-email"));
});

Deno.test("lintTemplateFile() passes the lint policy and extra helpers on", () => {
  const file = {
    path: "unexpectedProblem/en-US.hbs",
    source: "Order {{amazonOrderId}}: {{shout sellerName}} at a@b.com",
  };
  const unknown = lintTemplateFile(file, OK_SAMPLE);
  assert.deepEqual(ids(unknown.diagnostics), ["template-helper"]);
  const known = lintTemplateFile(file, OK_SAMPLE, {
    helpers: { shout: (s) => String(s).toUpperCase() },
    lint: { rules: { "no-email": "off" } },
  });
  assert.deepEqual(
    ids(known.diagnostics).filter((id) => id !== "order-id"),
    [],
  );
  assert.match(known.text ?? "", /NORTHWIND at a@b\.com/);
});

Deno.test("lintTemplateFile() reports a template that runs away on its sample as an output-budget finding, quickly", () => {
  const started = performance.now();
  const report = lintTemplateFile(
    {
      path: "unexpectedProblem/en-US.hbs",
      source:
        "Order {{amazonOrderId}}: {{#each a}}{{#each @root.a}}{{#each @root.a}}{{this}} {{/each}}{{/each}}{{/each}}",
    },
    {
      ok: true,
      file: { path: "unexpectedProblem/sample.json", source: "{}" },
      data: {
        amazonOrderId: "123-1234567-1234567",
        a: Array.from({ length: 150 }, (_, i) => i),
      },
    },
  );
  const ms = performance.now() - started;
  assert.equal(report.text, null);
  const budget = report.diagnostics.filter((d) =>
    d.messageId === "output-budget"
  );
  assert.equal(budget.length, 1);
  assert.equal(budget[0]!.severity, "error");
  assert.match(
    budget[0]!.message,
    /^Cannot render template "unexpectedProblem" \(en-US\): output budget exceeded: /,
  );
  // Unbounded, the render alone writes 3.4 million values.
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

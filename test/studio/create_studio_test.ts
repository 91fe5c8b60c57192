import assert from "node:assert/strict";
import { createStudio } from "../../src/studio/create_studio.ts";
import type { StudioFile } from "../../src/studio/types.ts";

const EN = "unexpectedProblem/en-US.hbs";
const FILES: StudioFile[] = [
  { path: EN, source: "Order {{amazonOrderId}} is late. {{sellerName}}" },
  {
    path: "unexpectedProblem/sample.json",
    source: '{"amazonOrderId":"123-1234567-1234567","sellerName":"Sam"}',
  },
];

Deno.test("createStudio() refuses files that are not { path, source } and a save that is not a function", () => {
  assert.throws(
    () => createStudio({ files: "templates" as never }),
    /"files" must give an array of \{ path, source \}/,
  );
  assert.throws(
    () => createStudio({ files: [], save: "yes" as never }),
    /"save" must be a function/,
  );
});

Deno.test("createStudio() without save is read-only: saving answers 403 and the page has no Save button", async () => {
  const studio = createStudio({ files: FILES });
  assert.equal(studio.readOnly, true);
  const refused = await studio.save({ path: EN, source: "x" });
  assert.equal(refused.status, 403);
  assert.deepEqual(refused.body, {
    error: {
      code: "read_only",
      message: "The studio is read-only here: templates cannot be saved",
    },
  });
  const page = studio.page();
  assert.match(page.headers.get("content-security-policy")!, /'none'/);
  assert.doesNotMatch(await page.text(), /id="save"/);
});

Deno.test("createStudio() saves through save() after checking the path, and answers its error as 403", async () => {
  const saved: [string, string][] = [];
  const studio = createStudio({
    files: FILES,
    save: (path, source) => {
      if (source === "fail") {
        return Promise.reject(new Error("Cannot save: disk says no"));
      }
      saved.push([path, source]);
      return Promise.resolve();
    },
  });
  assert.equal((await studio.save({ path: EN, source: "Hi" })).status, 200);
  assert.deepEqual(saved, [[EN, "Hi"]]);
  const bad = await studio.save({ path: "../x/en-US.hbs", source: "Hi" });
  assert.equal(bad.status, 400);
  const failed = await studio.save({ path: EN, source: "fail" });
  assert.equal(failed.status, 403);
  assert.match(JSON.stringify(failed.body), /disk says no/);
  assert.equal(saved.length, 1);
  assert.match(await studio.page().text(), /id="save"/);
  assert.doesNotMatch(
    await studio.page({ readOnly: true }).text(),
    /id="save"/,
  );
});

Deno.test("createStudio() reads files given as a function on every call, and says when there are no templates", async () => {
  let files: StudioFile[] = [];
  const studio = createStudio({ files: () => Promise.resolve(files) });
  const none = await studio.matrix();
  assert.equal(none.status, 404);
  assert.match(JSON.stringify(none.body), /holds no templates/);
  files = FILES;
  const matrix = await studio.matrix();
  assert.equal(matrix.status, 200);
  assert.deepEqual(matrix.body.types, ["unexpectedProblem"]);
});

Deno.test("createStudio() places a finding of the sample data in the sample text as written, escapes included", async () => {
  const sample = '{"amazonOrderId":"123-1234567-1234567",' +
    '"sellerName":"Caf\\u00e9 \\"Sam\\", mail sam@example.com"}';
  const answer = await createStudio({ files: FILES }).lint({
    path: EN,
    source: FILES[0]!.source,
    sample,
  });
  const findings = answer.body.findings as {
    ruleId: string;
    origin: string;
    dataRange: { start: number; end: number } | null;
  }[];
  const email = findings.find((f) => f.ruleId === "no-email")!;
  assert.equal(email.origin, "data");
  assert.equal(
    sample.slice(email.dataRange!.start, email.dataRange!.end),
    "sam@example.com",
  );
});

Deno.test("studio.fetch() answers an unknown route 404 and a wrong method 405 with Allow", async () => {
  const studio = createStudio({ files: FILES });
  const missing = await studio.fetch(new Request("http://x/api/nothing"));
  assert.equal(missing.status, 404);
  const wrong = await studio.fetch(
    new Request("http://x/api/lint", { method: "GET" }),
  );
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get("allow"), "POST");
  const notJson = await studio.fetch(
    new Request("http://x/api/lint", { method: "POST", body: "{" }),
  );
  assert.equal(notJson.status, 400);
  assert.match(await notJson.text(), /not valid JSON/);
});

Deno.test("createStudio() previews a draft that does not compile as its error, never as another locale's text", async () => {
  const studio = createStudio({
    files: [
      ...FILES,
      {
        path: "unexpectedProblem/en-GB.hbs",
        source: "British {{amazonOrderId}}",
      },
    ],
  });
  const preview = await studio.preview({
    path: EN,
    source: "Order {{#if}",
    sample: '{"amazonOrderId":"123-1234567-1234567"}',
    buyerLocale: "en-US",
  });
  assert.equal(preview.status, 200);
  assert.equal(preview.body.text, undefined);
  assert.match(
    preview.body.error as string,
    /Cannot parse template "unexpectedProblem\/en-US\.hbs"/,
  );
  // A draft that compiles is previewed, its siblings still the fallback.
  const fine = await studio.preview({
    path: EN,
    source: "Draft {{amazonOrderId}}",
    sample: '{"amazonOrderId":"123-1234567-1234567"}',
    buyerLocale: "en-GB",
  });
  assert.deepEqual(fine.body, {
    locale: "en-GB",
    text: "British 123-1234567-1234567",
  });
  const draft = await studio.preview({
    path: EN,
    source: "Draft {{amazonOrderId}}",
    sample: '{"amazonOrderId":"123-1234567-1234567"}',
  });
  assert.deepEqual(draft.body, {
    locale: "en-US",
    text: "Draft 123-1234567-1234567",
  });
});

Deno.test("createStudio() lint names a missing sample as the command line does", async () => {
  const studio = createStudio({ files: FILES });
  const answer = await studio.lint({ path: EN, source: "Hi", sample: null });
  const findings = answer.body.findings as {
    ruleId: string;
    message: string;
  }[];
  assert.deepEqual(
    findings.filter((f) => f.ruleId === "template-sample").map((f) =>
      f.message
    ),
    [
      'Sample data is missing: add "unexpectedProblem/sample.json" with the variables the template uses',
    ],
  );
});

Deno.test("createStudio() lint and preview stop a draft that runs away on its sample at the output budget", async () => {
  const studio = createStudio({ files: FILES });
  const source =
    "Order {{amazonOrderId}}: {{#each a}}{{#each @root.a}}{{#each @root.a}}{{this}} {{/each}}{{/each}}{{/each}}";
  const sample = JSON.stringify({
    amazonOrderId: "123-1234567-1234567",
    a: Array.from({ length: 150 }, (_, i) => i),
  });
  const started = performance.now();
  const lint = await studio.lint({ path: EN, source, sample });
  assert.equal(lint.status, 200);
  assert.equal(lint.body.text, null);
  const findings = lint.body.findings as {
    severity: string;
    message: string;
  }[];
  const budget = findings.filter((f) =>
    f.message.includes("output budget exceeded")
  );
  assert.equal(budget.length, 1);
  assert.equal(budget[0]!.severity, "error");
  assert.match(
    budget[0]!.message,
    /^Cannot render template "unexpectedProblem" \(en-US\): output budget exceeded: /,
  );
  const preview = await studio.preview({ path: EN, source, sample });
  assert.equal(preview.status, 200);
  assert.equal(preview.body.text, undefined);
  assert.match(preview.body.error as string, /output budget exceeded/);
  // Unbounded, each of them renders 3.4 million values.
  const ms = performance.now() - started;
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

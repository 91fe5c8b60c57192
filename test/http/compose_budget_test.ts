/**
 * POST /messages with a template that runs away on the request data: the
 * composer stops it at its output budget, the endpoint answers 400 with
 * where and what, and keeps answering.
 */
import assert from "node:assert/strict";
import { createTemplateComposer } from "../../src/compose/create_template_composer.ts";
import { compileTemplate } from "../../src/precompile.ts";
import { answerOf, composed, makeApp, post } from "./_app.ts";

const NESTED = compileTemplate({
  path: "unexpectedProblem/en-US.hbs",
  source:
    "Order {{amazonOrderId}}: {{#each a}}{{#each @root.a}}{{#each @root.a}}{{this}} {{/each}}{{/each}}{{/each}}",
});

Deno.test("POST /messages answers 400 naming the template and the output budget for nested each over large data, and keeps serving", async () => {
  const { app, sandbox } = makeApp({
    composer: createTemplateComposer({ templates: [NESTED] }),
  });
  const a = Array.from({ length: 150 }, (_, i) => i);
  const started = performance.now();
  const response = await post(
    app,
    composed({ data: { amazonOrderId: "123-1234567-1234567", a } }),
  );
  const ms = performance.now() - started;
  assert.equal(response.status, 400);
  const body = await answerOf(response);
  const error = body.error as {
    code: string;
    message: string;
    issues: { path: string; message: string }[];
  };
  assert.equal(error.code, "invalid_request");
  assert.deepEqual(error.issues.map((i) => i.path), ["data"]);
  assert.match(
    error.issues[0]!.message,
    /^Cannot render template "unexpectedProblem" \(en-US\): output budget exceeded: /,
  );
  assert.equal(sandbox.sent.length, 0);
  // Unbounded, the compose alone writes 3.4 million values.
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  const health = await app.fetch(new Request("http://localhost/healthz"));
  assert.equal(health.status, 200);
  await health.body?.cancel();
});

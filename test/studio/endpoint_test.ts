// The studio on the endpoint: createMessagingApp({ studio }) serves the page
// at GET /studio and the read-only API below /studio/api/ behind the keys.
import assert from "node:assert/strict";
import type { StudioFinding } from "../../src/studio/lint_draft.ts";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createStudio } from "../../src/studio/create_studio.ts";
import { studioFiles } from "./_files.ts";

const KEY = "studio-key-0123456789abcdef0123456789abcdef";
const files = await studioFiles();

function appWith(studio = true) {
  return createMessagingApp({
    client: {
      auth: { accessToken: "Atza|test" },
      fetch: createSandbox().fetch,
    },
    apiKeys: [KEY],
    ...(studio ? { studio: createStudio({ files }) } : {}),
  });
}

const withKey = { authorization: `Bearer ${KEY}` };

function post(body: unknown, headers = withKey) {
  return {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

type Finding = StudioFinding;

Deno.test("createMessagingApp() serves no studio unless given one", async () => {
  const app = appWith(false);
  assert.equal((await app.request("/studio")).status, 404);
  assert.equal(
    (await app.request("/studio/api/matrix", { headers: withKey })).status,
    404,
  );
});

Deno.test("createMessagingApp() refuses a studio that is not one", () => {
  assert.throws(
    () =>
      createMessagingApp({
        client: { auth: { accessToken: "Atza|test" } },
        apiKeys: [KEY],
        studio: {} as never,
      }),
    /"studio" must be what createStudio\(\) returns/,
  );
});

Deno.test("GET /studio serves the page shell without a key: no data, no save, a labelled key input, its own CSP", async () => {
  const response = await appWith().request("/studio");
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type")!, /^text\/html/);
  assert.match(
    response.headers.get("content-security-policy")!,
    /default-src 'none'.*connect-src 'self'.*frame-ancestors 'none'/,
  );
  assert.ok(response.headers.get("x-request-id"));
  const html = await response.text();
  assert.match(html, /<label for="apiKey">API key<\/label>/);
  assert.doesNotMatch(html, /id="save"/);
  assert.doesNotMatch(html, /unexpectedProblem|Northwind/);
  assert.ok(!html.includes(KEY));
});

Deno.test("the studio API answers 401 without a valid key, on every route", async () => {
  const app = appWith();
  const calls: [string, RequestInit][] = [
    ["/studio/api/matrix", {}],
    ["/studio/api/template?path=unexpectedProblem/en-US.hbs", {}],
    ["/studio/api/lint", post({}, {} as typeof withKey)],
    ["/studio/api/preview", post({}, {} as typeof withKey)],
    ["/studio/api/template", { method: "PUT", body: "{}" }],
    ["/studio/api/matrix", { headers: { authorization: "Bearer wrong" } }],
  ];
  for (const [path, init] of calls) {
    const response = await app.request(path, init);
    assert.equal(response.status, 401, path);
    const body = await response.json();
    assert.equal(body.error.code, "unauthorized");
    assert.match(response.headers.get("www-authenticate")!, /^Bearer/);
  }
});

Deno.test("with the key, the studio API answers the matrix, a template with its sample, and its lint with a finding placed in the sample data", async () => {
  const app = appWith();
  const matrix = await app.request("/studio/api/matrix", { headers: withKey });
  assert.equal(matrix.status, 200);
  const m = await matrix.json();
  assert.deepEqual(m.types, ["unexpectedProblem"]);
  assert.ok(m.locales.includes("de-DE") && m.locales.includes("en-US"));
  const en = m.cells.find((c: { locale: string }) => c.locale === "en-US");
  assert.equal(en.path, "unexpectedProblem/en-US.hbs");
  // The sample's email address is an error of every template that shows it.
  assert.equal(en.status, "errors");

  const template = await app.request(
    "/studio/api/template?path=unexpectedProblem/en-US.hbs",
    { headers: withKey },
  );
  assert.equal(template.status, 200);
  const t = await template.json();
  assert.equal(
    t.source,
    files.find((f) => f.path === "unexpectedProblem/en-US.hbs")!.source,
  );
  assert.equal(t.readOnly, true);

  const lint = await app.request(
    "/studio/api/lint",
    post({
      path: t.path,
      source: t.source,
      sample: t.sample,
    }),
  );
  assert.equal(lint.status, 200);
  const findings = (await lint.json()).findings as Finding[];
  const email = findings.find((f) => f.ruleId === "no-email")!;
  assert.equal(email.origin, "data");
  assert.equal(email.severity, "error");
  assert.equal(email.range, null);
  assert.equal(
    t.sample.slice(email.dataRange!.start, email.dataRange!.end),
    "shop@example.com",
  );

  const preview = await app.request(
    "/studio/api/preview",
    post({
      path: t.path,
      source: t.source,
      sample: t.sample,
      buyerLocale: "de-AT",
    }),
  );
  const p = await preview.json();
  assert.equal(p.locale, "de-DE");
  assert.match(p.text, /9\. Dezember 2026/);
});

Deno.test("the studio on the endpoint is read-only: a save answers 405 with a clear body and changes nothing", async () => {
  const app = appWith();
  const response = await app.request("/studio/api/template", {
    method: "PUT",
    headers: { ...withKey, "content-type": "application/json" },
    body: JSON.stringify({
      path: "unexpectedProblem/en-US.hbs",
      source: "Changed",
    }),
  });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get("allow"), "GET");
  const body = await response.json();
  assert.equal(body.error.code, "read_only");
  assert.match(body.error.message, /read-only.*cannot be saved/);
  const t = await (await app.request(
    "/studio/api/template?path=unexpectedProblem/en-US.hbs",
    { headers: withKey },
  )).json();
  assert.notEqual(t.source, "Changed");
});

Deno.test("the studio API answers bad input 4xx with a message that says what is wrong", async () => {
  const app = appWith();
  const cases: [string, RequestInit, number, RegExp][] = [
    [
      "/studio/api/template",
      { headers: withKey },
      400,
      /Template path null is not "<type>\/<locale>\.hbs"/,
    ],
    [
      "/studio/api/template?path=../etc/passwd",
      { headers: withKey },
      400,
      /is not "<type>\/<locale>\.hbs" inside the folder/,
    ],
    [
      "/studio/api/template?path=unexpectedProblem/en-AU.hbs",
      { headers: withKey },
      404,
      /does not exist/,
    ],
    [
      "/studio/api/template?path=unexpectedProblem/EN_us.hbs",
      { headers: withKey },
      400,
      /did you mean "en-US\.hbs"/,
    ],
    [
      "/studio/api/lint",
      post({ path: "unexpectedProblem/en-US.hbs", source: 1 }),
      400,
      /"source" must be a string/,
    ],
    ["/studio/api/lint", post([1]), 400, /must be a JSON object/],
    [
      "/studio/api/lint",
      { method: "POST", headers: withKey, body: "{}" },
      415,
      /content-type|JSON/i,
    ],
  ];
  for (const [path, init, status, message] of cases) {
    const response = await app.request(path, init);
    const body = await response.json();
    assert.equal(response.status, status, `${path}: ${JSON.stringify(body)}`);
    assert.match(body.error.message, message, path);
    assert.ok(body.requestId);
  }
});

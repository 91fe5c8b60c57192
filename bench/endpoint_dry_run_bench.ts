/**
 * `deno bench` for the per-request cost of the endpoint: a dry run of
 * `POST /messages` through the app's `fetch` (in process, no sockets: the
 * request is built, authenticated, read, validated, composed, linted and
 * answered as JSON) against its baseline, `compose` + `lintMessage` called
 * directly on the same input with the same lint options. The ratio of the
 * two is what the HTTP layer costs on top of the work itself. The request
 * declares its `content-length`, as clients' requests reach `Deno.serve`;
 * a third case sends the body without one (chunked), which the endpoint
 * reads chunk by chunk under its size limit. Each
 * iteration runs a batch of {@linkcode BATCH} calls, so that garbage
 * collection pauses spread evenly over both instead of landing as outliers
 * in one.
 *
 * Run: `deno bench --allow-read bench/endpoint_dry_run_bench.ts`
 *
 * @module
 */

import { createComposer } from "../src/compose/create_composer.ts";
import { lintMessage, type LintOptions } from "../src/lint/lint_message.ts";
import { createSandbox } from "../src/sp_api/sandbox/mod.ts";
import { createMessagingApp } from "../src/http/mod.ts";

const KEY = "bench-key-0123456789abcdef0123456789abcdef";
const ORDER = "123-1234567-1234567";
const MARKETPLACE = "A1PA6795UKMFR9";
const DATA = {
  amazonOrderId: ORDER,
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Waterproof Hiking Boots",
  newShipDate: "2026-12-09",
};
const BODY = JSON.stringify({
  amazonOrderId: ORDER,
  marketplaceId: MARKETPLACE,
  type: "unexpectedProblem",
  data: DATA,
  dryRun: true,
});
const CHUNKED = {
  "content-type": "application/json",
  authorization: `Bearer ${KEY}`,
};
const HEADERS = {
  ...CHUNKED,
  "content-length": String(new TextEncoder().encode(BODY).byteLength),
};

/** Calls per bench iteration. */
const BATCH = 20;

const composer = createComposer();
const lint: LintOptions = {};
const sandbox = createSandbox({
  rateLimit: false,
  orders: { [ORDER]: { locale: "de-DE" } },
});
const app = createMessagingApp({
  client: {
    auth: { accessToken: "Atza|bench" },
    fetch: sandbox.fetch,
    rateLimit: { rate: 1_000_000, burst: 1_000_000 },
  },
  composer,
  lint,
  apiKeys: [KEY],
  cacheTtlMs: 3_600_000,
});

function dryRun(headers: Record<string, string> = HEADERS): Promise<Response> {
  return app.fetch(
    new Request("http://localhost/messages", {
      method: "POST",
      headers,
      body: BODY,
    }),
  );
}

// Check once that both do the same work: a valid dry run in German.
const check = await dryRun();
const answer = await check.json();
if (check.status !== 200 || answer.status !== "valid") {
  throw new Error(`The dry run is not valid: ${JSON.stringify(answer)}`);
}
const direct = composer.compose({
  type: "unexpectedProblem",
  locale: "de-DE",
  data: DATA,
  marketplaceId: MARKETPLACE,
});
if (direct.text !== answer.text) {
  throw new Error("The baseline composes another text than the endpoint");
}

Deno.bench({
  name: `baseline: compose + lintMessage (x${BATCH})`,
  group: "dry run",
  baseline: true,
  fn() {
    for (let i = 0; i < BATCH; i++) baseline();
  },
});

Deno.bench({
  name: `app.fetch: POST /messages dry run (x${BATCH})`,
  group: "dry run",
  async fn() {
    for (let i = 0; i < BATCH; i++) {
      const response = await dryRun();
      if (response.status !== 200) throw new Error("unreachable");
      await response.text();
    }
  },
});

Deno.bench({
  name: `app.fetch: POST /messages dry run, chunked body (x${BATCH})`,
  group: "dry run",
  async fn() {
    for (let i = 0; i < BATCH; i++) {
      const response = await dryRun(CHUNKED);
      if (response.status !== 200) throw new Error("unreachable");
      await response.text();
    }
  },
});

function baseline(): void {
  const composed = composer.compose({
    type: "unexpectedProblem",
    locale: "de-DE",
    data: DATA,
    marketplaceId: MARKETPLACE,
  });
  const report = lintMessage({
    type: "unexpectedProblem",
    amazonOrderId: ORDER,
    marketplaceId: MARKETPLACE,
    text: composed.text,
    locale: "de-DE",
    template: { id: composed.template, locale: composed.locale },
    dataSpans: composed.dataSpans,
  }, lint);
  if (!report.ok) throw new Error("unreachable");
}

if (sandbox.sent.length !== 0) throw new Error("a dry run sent a message");

/**
 * The Cloudflare Worker as it ships: `scripts/build_worker.ts` bundles
 * `examples/cloudflare-worker/worker.ts` with esbuild into a temp folder, and
 * the bundle runs in workerd through Miniflare. Checks the answers, that the
 * bundle generates no code at run time, and its size (split into parts);
 * its start-up time is measured in `bench/endpoint_worker_startup.ts`. Bounded: every wait has a deadline, and Miniflare is disposed.
 */
import assert from "node:assert/strict";
import { Miniflare } from "miniflare";
import {
  type Bundle,
  bundleWorker,
  describeBundle,
  stopEsbuild,
} from "../../scripts/build_worker.ts";
import { DATA, KEY, ORDER, OTHER_ORDER, US } from "./_app.ts";
import { deadline } from "../_timing.ts";

const COMPATIBILITY_DATE = "2025-09-01";
const LIMIT_BYTES = 3 * 1024 * 1024;
/** The Worker's size budget: gzip -9, in bytes (1 kB = 1,000 bytes). */
const BUDGET_BYTES = 120_000;

let built: Promise<{ bundle: Bundle; dir: string; path: string }> | undefined;

/** Bundles once per test file, into a fresh temp folder. */
function build() {
  built ??= (async () => {
    try {
      const bundle = await deadline(bundleWorker(), 60_000, "bundling");
      const dir = await Deno.makeTempDir({ prefix: "buyer-messages-worker-" });
      globalThis.addEventListener("unload", () => {
        try {
          Deno.removeSync(dir, { recursive: true });
        } catch {
          // Already gone.
        }
      });
      const path = `${dir}/worker.js`;
      await Deno.writeTextFile(path, bundle.code);
      return { bundle, dir, path };
    } finally {
      await stopEsbuild();
    }
  })();
  return built;
}

function start(
  path: string,
  dir: string,
  bindings: Record<string, string>,
): Miniflare {
  return new Miniflare({
    modules: true,
    scriptPath: path,
    modulesRoot: dir,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings,
  });
}

async function call(
  mf: Miniflare,
  path: string,
  init: { method?: string; body?: unknown; key?: string | null } = {},
): Promise<
  { status: number; body: Record<string, unknown>; headers: Headers }
> {
  const headers: Record<string, string> = {};
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? KEY}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await deadline(
    mf.dispatchFetch(`http://localhost${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      ...(init.body === undefined ? {} : {
        body: typeof init.body === "string"
          ? init.body
          : JSON.stringify(init.body),
      }),
    }),
    10_000,
    `${path}`,
  );
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text),
    headers: new Headers(response.headers as unknown as HeadersInit),
  };
}

Deno.test({
  name: "worker bundle contains no code generation and fits the size limit",
  async fn() {
    const { bundle } = await build();
    assert.ok(!bundle.code.includes("new Function"), "new Function");
    assert.ok(!/\beval\(/.test(bundle.code), "eval(");
    assert.ok(
      bundle.gzipBytes <= LIMIT_BYTES,
      `gzip ${bundle.gzipBytes} bytes > 3 MB`,
    );
    const parts = Object.keys(bundle.parts);
    for (const part of ["templates", "hono", "app: endpoint", "app: core"]) {
      assert.ok(parts.includes(part), part);
    }
    console.log(describeBundle("worker", bundle));
    console.log(
      bundle.gzipBytes <= BUDGET_BYTES
        ? `within the budget of ${BUDGET_BYTES / 1000} kB gzip`
        : `OVER the budget of ${BUDGET_BYTES / 1000} kB gzip by ${
          ((bundle.gzipBytes - BUDGET_BYTES) / 1000).toFixed(1)
        } kB`,
    );
  },
});

Deno.test({
  name:
    "worker bundle answers in workerd: sent, valid, rejected, unavailable, bad request",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { dir, path } = await build();
    const mf = start(path, dir, {
      BUILTIN_SANDBOX: "true",
      API_KEYS: KEY,
      SANDBOX_ORDERS: JSON.stringify({ [OTHER_ORDER]: { types: ["invoice"] } }),
    });
    try {
      const message = {
        amazonOrderId: ORDER,
        marketplaceId: US,
        type: "unexpectedProblem",
        data: DATA,
      };
      const sent = await call(mf, "/messages", { body: message });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(sent.body.status, "sent");
      assert.equal(
        sent.headers.get("x-amzn-RequestId"),
        sent.body.amazonRequestId,
      );

      const valid = await call(mf, "/messages", {
        body: { ...message, dryRun: true, locale: "it-IT" },
      });
      assert.equal(valid.status, 200);
      assert.equal(valid.body.status, "valid");
      assert.equal(valid.body.locale, "it-IT");

      const rejected = await call(mf, "/messages", {
        body: {
          amazonOrderId: ORDER,
          marketplaceId: US,
          type: "unexpectedProblem",
          text: "Order 123-1234567-1234567 is late: mail help@shop.example",
        },
      });
      assert.equal(rejected.status, 422);
      assert.equal(rejected.body.status, "rejected");

      const unavailable = await call(mf, "/messages", {
        body: { ...message, amazonOrderId: OTHER_ORDER },
      });
      assert.equal(unavailable.status, 409);
      assert.deepEqual(unavailable.body.available, ["invoice"]);

      const bad = await call(mf, "/messages", {
        body: { ...message, type: "CreateWarranty", colour: "red" },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(
        (bad.body.error as { issues: { path: string }[] }).issues.map((i) =>
          i.path
        ),
        ["colour", "type"],
      );

      const malformed = await call(mf, "/messages", { body: "{nope" });
      assert.equal(malformed.status, 400);
      const unauthorized = await call(mf, "/messages", {
        body: message,
        key: "wrong",
      });
      assert.equal(unauthorized.status, 401);
      const types = await call(
        mf,
        `/orders/${ORDER}/message-types?marketplaceId=${US}`,
      );
      assert.equal(types.status, 200);
      const health = await call(mf, "/healthz", { key: null });
      assert.equal(health.status, 200);
      const openapi = await call(mf, "/openapi.json", { key: null });
      assert.equal(openapi.body.openapi, "3.1.0");
    } finally {
      await mf.dispose();
    }
  },
});

Deno.test({
  name:
    "worker bundle refuses to serve without API keys, saying nothing secret",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { dir, path } = await build();
    const mf = start(path, dir, {
      LWA_CLIENT_ID: "amzn1.application-oa2-client.x",
      LWA_CLIENT_SECRET: "worker-secret-value",
      LWA_REFRESH_TOKEN: "Atzr|worker-refresh-value",
    });
    try {
      const answer = await call(mf, "/healthz", { key: null });
      assert.equal(answer.status, 503);
      assert.equal(
        (answer.body.error as { code: string }).code,
        "misconfigured",
      );
      assert.ok(!JSON.stringify(answer.body).includes("worker-secret-value"));
    } finally {
      await mf.dispose();
    }
  },
});

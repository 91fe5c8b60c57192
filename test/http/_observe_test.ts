import assert from "node:assert/strict";
import { Hono } from "hono";
import type { AppEnv } from "../../src/http/_app_context.ts";
import { callHook, observe } from "../../src/http/_observe.ts";
import type { AppLogEntry, AppMetric } from "../../src/http/_observe.ts";

function app(
  onLog?: (entry: AppLogEntry) => void,
  onMetric?: (metric: AppMetric) => void,
) {
  let now = 1_000;
  const hono = new Hono<AppEnv>();
  hono.use(async (c, next) => {
    c.set("requestId", "req-1");
    await next();
  });
  hono.use(observe({
    clock: { now: () => now, sleep: () => Promise.resolve() },
    onLog,
    onMetric,
    scrub: (text) => text.replaceAll("s3cret", "[REDACTED]"),
  }));
  hono.get("/ok", (c) => {
    now += 7;
    c.set("route", "/ok");
    c.set("answer", {
      status: 201,
      outcome: "sent",
      body: {},
      amazonRequestId: "amzn-1",
    });
    return c.json({}, 201);
  });
  hono.get("/bug", (c) => {
    c.set("route", "/bug");
    c.set("answer", {
      status: 500,
      outcome: "internal",
      body: {},
      error: new RangeError("token s3cret broke"),
    });
    return c.json({}, 500);
  });
  return hono;
}

Deno.test("observe() logs one entry and one duration per request, from the recorded answer", async () => {
  const logs: AppLogEntry[] = [];
  const metrics: AppMetric[] = [];
  const hono = app((e) => logs.push(e), (m) => metrics.push(m));
  await hono.request("/ok");
  assert.deepEqual(logs, [{
    level: "info",
    message: "GET /ok 201 sent",
    requestId: "req-1",
    method: "GET",
    route: "/ok",
    status: 201,
    outcome: "sent",
    durationMs: 7,
    amazonRequestId: "amzn-1",
  }]);
  assert.deepEqual(metrics, [{
    name: "http.request.duration",
    value: 7,
    unit: "ms",
    tags: { method: "GET", route: "/ok", status: "201", outcome: "sent" },
  }]);
});

Deno.test("observe() logs errors by name and scrubbed message, at level error", async () => {
  const logs: AppLogEntry[] = [];
  await app((e) => logs.push(e)).request("/bug");
  assert.equal(logs[0].level, "error");
  assert.deepEqual(logs[0].error, {
    name: "RangeError",
    message: "token [REDACTED] broke",
  });
});

Deno.test("observe() names an unmatched route '*' and survives throwing hooks", async () => {
  const logs: AppLogEntry[] = [];
  const hono = app((e) => {
    logs.push(e);
    throw new Error("logger down");
  }, () => Promise.reject(new Error("metrics down")) as never);
  const response = await hono.request("/nowhere");
  assert.equal(response.status, 404);
  assert.equal(logs[0].route, "*");
  assert.equal(logs[0].status, 404);
});

Deno.test("callHook() ignores a missing hook, thrown errors and rejections", async () => {
  callHook(undefined, 1);
  callHook(() => {
    throw new Error("no");
  }, 1);
  callHook(() => Promise.reject(new Error("no")) as never, 1);
  const seen: number[] = [];
  callHook((n: number) => seen.push(n), 2);
  await Promise.resolve();
  assert.deepEqual(seen, [2]);
});

/**
 * No request can stall the endpoint: while four 64 kB dry runs of
 * adversarial text are in flight on the local server (a subprocess), a
 * health check still answers within 100 ms, or, on a machine where the four
 * dry runs themselves take longer (they run one after another on the
 * event loop), within the time of those four measured alone in the same
 * run plus 50 ms, and never later than 1 s.
 */
import assert from "node:assert/strict";
import { ORDER, US } from "./_app.ts";
import { startLocalServer } from "./_local_server.ts";

const BODY_BYTES = 64 * 1024;
const IN_FLIGHT = 4;
/** The health check's budget when the queued dry runs are fast. */
const HEALTH_MS = 100;
/** Never later than this, however slow the machine. */
const STALL_MS = 1000;

/** Texts that once made the lint's regular expressions backtrack. */
const PATTERNS: Readonly<Record<string, string>> = {
  "a-": "a-",
  "a.": "a.",
  "dotless ı": "ı",
  "CJK": "日本語の",
  "digits": "1.2-",
  "unclosed <!--": "<!--a",
  "email-like": "a.b@",
  "url-like": "http://a",
};

function body(unit: string): string {
  const shell = JSON.stringify({
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text: "",
    dryRun: true,
  });
  const room = BODY_BYTES - new TextEncoder().encode(shell).byteLength - 16;
  const unitBytes = new TextEncoder().encode(JSON.stringify(unit).slice(1, -1))
    .byteLength;
  const text = unit.repeat(Math.floor(room / unitBytes));
  return JSON.stringify({
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text,
    dryRun: true,
  });
}

Deno.test("GET /healthz answers within 100 ms while four 64 kB adversarial dry runs are in flight", async () => {
  const server = await startLocalServer();
  const { base } = server;
  try {
    // Warm up: the first requests load the routes, compose and lint.
    for (let i = 0; i < 2; i++) {
      await (await fetch(`${base}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body("warm up "),
      })).body?.cancel();
      await (await fetch(`${base}/healthz`)).body?.cancel();
    }
    const slow: string[] = [];
    for (const [name, unit] of Object.entries(PATTERNS)) {
      const payload = body(unit);
      assert.ok(new TextEncoder().encode(payload).byteLength <= BODY_BYTES);
      // Baseline: one dry run alone, median of 3.
      const alone: number[] = [];
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        await (await fetch(`${base}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: payload,
        })).body?.cancel();
        alone.push(performance.now() - started);
      }
      alone.sort((a, b) => a - b);
      const budget = Math.min(
        STALL_MS,
        Math.max(HEALTH_MS, IN_FLIGHT * alone[1]! + 50),
      );
      const latencies: number[] = [];
      for (let round = 0; round < 3; round++) {
        const posts = Array.from(
          { length: IN_FLIGHT },
          () =>
            fetch(`${base}/messages`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: payload,
            }).then(async (response) => {
              await response.body?.cancel();
              return response.status;
            }),
        );
        // Let the bodies reach the server before asking.
        await new Promise((resolve) => setTimeout(resolve, 5));
        const started = performance.now();
        const health = await fetch(`${base}/healthz`);
        await health.body?.cancel();
        latencies.push(performance.now() - started);
        assert.equal(health.status, 200);
        for (const status of await Promise.all(posts)) {
          assert.ok([200, 422].includes(status), `${name}: ${status}`);
        }
      }
      latencies.sort((a, b) => a - b);
      if (latencies[1]! > budget) {
        slow.push(
          `${name}: ${
            latencies.map((ms) => ms.toFixed(0)).join(", ")
          } ms (budget ${budget.toFixed(0)} ms)`,
        );
      }
    }
    assert.deepEqual(
      slow,
      [],
      "health checks over budget (median of 3)",
    );
  } finally {
    await server.stop();
  }
});

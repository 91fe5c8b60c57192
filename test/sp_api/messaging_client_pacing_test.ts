/**
 * Bulk sends against Amazon's own bucket, on a fake clock: Amazon counts a
 * request when it arrives, and a bucket that starts full starts refilling
 * from the first arrival, not from when the client took its first token.
 * First requests open connections (slow), queued ones reuse them (fast).
 */
import assert from "node:assert/strict";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { QuotaExceededError } from "../../src/sp_api/errors.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import { createFakeClock, type FakeClock } from "./_fake_clock.ts";

interface Amazon {
  readonly fetch: FetchLike;
  /** Arrival times of the sends Amazon refused. */
  readonly refused: number[];
  /** Arrival times of the sends Amazon took. */
  readonly taken: number[];
}

/**
 * Amazon's side: a token bucket of its own (full at the start, a refused
 * request takes nothing), reached after `latency(n)` ms for the n-th request
 * (1-based), answering after 1 ms more.
 */
function fakeAmazon(
  clock: FakeClock,
  plan: { rate: number; burst: number },
  latency: (n: number) => number,
): Amazon {
  let tokens = plan.burst;
  let last = clock.now();
  let count = 0;
  const refused: number[] = [];
  const taken: number[] = [];
  const fetch: FetchLike = async () => {
    const n = ++count;
    await clock.sleep(latency(n));
    const now = clock.now();
    tokens = Math.min(plan.burst, tokens + ((now - last) * plan.rate) / 1000);
    last = now;
    const ok = tokens >= 1;
    if (ok) tokens -= 1;
    (ok ? taken : refused).push(now);
    await clock.sleep(1);
    return ok
      ? new Response("{}", {
        status: 201,
        headers: { "content-type": "application/json" },
      })
      : new Response(
        JSON.stringify({
          errors: [{
            code: "QuotaExceeded",
            message: "You exceeded your quota",
          }],
        }),
        { status: 429, headers: { "content-type": "application/json" } },
      );
  };
  return { fetch, refused, taken };
}

async function bulkSend(
  options: {
    latency: (n: number) => number;
    messages?: number;
    concurrency?: number;
    rate?: number;
    burst?: number;
  },
): Promise<{ amazon: Amazon; elapsed: number; failures: unknown[] }> {
  const clock = createFakeClock(1_000_000);
  const plan = { rate: options.rate ?? 10, burst: options.burst ?? 10 };
  const amazon = fakeAmazon(clock, plan, options.latency);
  const client = createMessagingClient({
    auth: { accessToken: "Atza|pacing" },
    fetch: amazon.fetch,
    clock,
    rateLimit: plan,
    retry: { limit: 0 },
  });
  const messages = options.messages ?? 60;
  let next = 0;
  const failures: unknown[] = [];
  const start = clock.now();
  await Promise.all(
    Array.from({ length: options.concurrency ?? 5 }, async () => {
      while (next < messages) {
        const i = next++;
        try {
          await client.createUnexpectedProblem(
            `902-${1_000_000 + i}-${2_000_000 + i}`,
            {
              marketplaceId: "ATVPDKIKX0DER",
              body: { text: `Your parcel is delayed (message ${i + 1}).` },
            },
          );
        } catch (error) {
          failures.push(error);
        }
      }
    }),
  );
  return { amazon, elapsed: clock.now() - start, failures };
}

Deno.test("a bulk send whose first requests open slow connections gets no 429", async () => {
  // The first five requests (five new connections) take 60 ms to reach
  // Amazon, well over the 25 ms margin; the rest take 1 ms.
  const { amazon, elapsed, failures } = await bulkSend({
    latency: (n) => (n <= 5 ? 60 : 1),
  });
  assert.deepEqual(amazon.refused, []);
  assert.equal(failures.length, 0);
  assert.equal(amazon.taken.length, 60);
  // Amazon's bucket, from its first arrival, allows 50 more in 5 s; the
  // cold start costs one slow answer, not a 429 and a retry.
  const sinceFirst = amazon.taken[59] - amazon.taken[0];
  assert.ok(sinceFirst >= 5000, `${sinceFirst} ms`);
  assert.ok(elapsed <= 5000 * 1.05, `${elapsed} ms`);
});

Deno.test("a bulk send at Amazon's default plan gets no 429 over a slow first round trip", async () => {
  // Three new connections to a far region: 300 ms each.
  const { amazon, failures } = await bulkSend({
    latency: (n) => (n <= 3 ? 300 : 2),
    messages: 12,
    concurrency: 3,
    rate: 1,
    burst: 5,
  });
  assert.deepEqual(amazon.refused, []);
  assert.equal(
    failures.filter((f) => f instanceof QuotaExceededError).length,
    0,
  );
});

Deno.test("a bulk send on equally fast connections is paced to Amazon's minimum", async () => {
  const { amazon, elapsed } = await bulkSend({ latency: () => 1 });
  assert.deepEqual(amazon.refused, []);
  // Burst at once, then one per 100 ms: 5 s, plus a few ms of latency and
  // the margin.
  assert.ok(elapsed >= 5000 && elapsed <= 5000 + 60, `${elapsed} ms`);
});

Deno.test("a queue does not hang when the first requests fail without an answer", async () => {
  const clock = createFakeClock();
  let count = 0;
  const fetch: FetchLike = async () => {
    const n = ++count;
    await clock.sleep(30);
    if (n <= 2) throw new TypeError("connection reset");
    return new Response("{}", {
      status: 201,
      headers: { "content-type": "application/json" },
    });
  };
  const client = createMessagingClient({
    auth: { accessToken: "Atza|pacing" },
    fetch,
    clock,
    rateLimit: { rate: 10, burst: 2 },
  });
  const results = await Promise.allSettled(
    Array.from(
      { length: 5 },
      (_, i) =>
        client.createUnexpectedProblem(`902-${1_000_000 + i}-2000000`, {
          marketplaceId: "ATVPDKIKX0DER",
          body: { text: "Your parcel is delayed." },
        }),
    ),
  );
  assert.deepEqual(results.map((r) => r.status), [
    "rejected",
    "rejected",
    "fulfilled",
    "fulfilled",
    "fulfilled",
  ]);
  // Queued from the failure at 30 ms: 100 + 30 + 25, then 100 ms apart.
  assert.equal(clock.now(), 300 + 30 + 25 + 30);
});

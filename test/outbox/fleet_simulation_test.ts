/**
 * A fleet on a fake clock: 10,000 messages for 20 sellers, drained by 8
 * isolates (each with its own clients and outbox instance) that share one
 * set of stores, against a sandbox that enforces Amazon's 1 request per
 * second with a burst of 5 per seller and operation. The drain must take
 * no more than 1.05 × Amazon's minimum for a seller's backlog, with no 429
 * and no message sent twice.
 */
import assert from "node:assert/strict";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import type { MessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createMemoryRateLimitStore } from "../../src/sp_api/memory_rate_limit_store.ts";
import { createMemoryDuplicateGuardStore } from "../../src/sp_api/duplicate_guard_store.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";

const SELLERS = 20;
const PER_SELLER = 500;
const ISOLATES = 8;
const RATE = { rate: 1, burst: 5 };

Deno.test({
  name:
    "fleet: 10,000 messages, 20 sellers, 8 isolates, one store: Amazon's minimum time, no 429, no duplicate",
  sanitizeOps: false,
}, async () => {
  const clock = createFakeClock(Date.UTC(2026, 11, 4));
  const sellers = Array.from(
    { length: SELLERS },
    (_, i) => `seller-${String(i).padStart(2, "0")}`,
  );
  const sandbox = createSandbox({
    clock,
    rateLimit: RATE,
    sellers: Object.fromEntries(sellers.map((s) => [`Atzr|${s}`, s])),
  });
  // The stores every isolate shares.
  const outboxStore = createMemoryOutboxStore();
  const rateStore = createMemoryRateLimitStore();
  const guardStore = createMemoryDuplicateGuardStore({ clock });

  const isolates = Array.from({ length: ISOLATES }, (_, index) => {
    const clients = new Map<string, MessagingClient>();
    return createOutbox({
      store: outboxStore,
      clock,
      owner: `isolate-${index}`,
      client: (seller) => {
        let client = clients.get(seller);
        if (client === undefined) {
          client = createMessagingClient({
            auth: {
              clientId: "amzn1.application-oa2-client.fleet",
              clientSecret: `fleet-secret-${seller}`,
              refreshToken: `Atzr|${seller}`,
            },
            fetch: sandbox.fetch,
            clock,
            // Real I/O inside the sandbox must not let a timeout fire on
            // the fake clock.
            timeoutMs: Infinity,
            rateLimit: { ...RATE, store: rateStore, spaceFromAnswers: true },
            duplicateGuard: { store: guardStore },
          });
          clients.set(seller, client);
        }
        return client;
      },
    });
  });

  for (let n = 0; n < PER_SELLER; n++) {
    for (const [s, seller] of sellers.entries()) {
      // Queued through any isolate.
      await isolates[(n + s) % ISOLATES].enqueue({
        seller,
        request: {
          kind: "message",
          type: "unexpectedProblem",
          amazonOrderId: `${String(100 + s)}-${String(1_000_000 + n)}-0000001`,
          marketplaceId: "ATVPDKIKX0DER",
          body: { text: `Your parcel ${n} is delayed by two days.` },
        },
      });
    }
  }

  const start = clock.now();
  const stop = new AbortController();
  const running = isolates.map((outbox) => outbox.run({ signal: stop.signal }));
  const total = SELLERS * PER_SELLER;
  while (sandbox.sent.length < total) {
    await clock.sleep(5_000);
    assert.ok(clock.now() - start < 3_600_000, "the fleet did not finish");
  }
  const elapsed = Math.max(...sandbox.sent.map((m) => m.time)) - start;
  stop.abort();
  await Promise.all(running);

  const minimum = ((PER_SELLER - RATE.burst) / RATE.rate) * 1000;
  assert.ok(
    elapsed <= minimum * 1.05,
    `${elapsed} ms for a minimum of ${minimum} ms`,
  );
  const throttled = sandbox.requests.filter((r) => r.status === 429).length;
  assert.equal(throttled, 0);
  const pairs = new Set(
    sandbox.sent.map((m) => `${m.seller} ${m.amazonOrderId} ${m.type}`),
  );
  assert.equal(pairs.size, total, "no message twice");
  for (const seller of sellers) {
    const page = await isolates[0].list({ seller, limit: 1000 });
    assert.equal(page.records.length, PER_SELLER);
    assert.ok(page.records.every((r) => r.status === "sent"));
  }
  // Every isolate took part.
  console.log(
    `fleet: ${total} messages in ${
      (elapsed / 1000).toFixed(1)
    } s of fake time (minimum ${minimum / 1000} s, ${
      (elapsed / minimum).toFixed(3)
    }×), 0 × 429`,
  );
});

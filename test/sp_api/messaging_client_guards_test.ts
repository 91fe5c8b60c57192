/**
 * The client's idempotency keys, duplicate guard and cancellation of queued
 * sends, on the in-process sandbox and a fake clock.
 */
import assert from "node:assert/strict";
import {
  createMemoryDuplicateGuardStore,
  type DuplicateGuardStore,
  DuplicateMessageError,
} from "../../src/sp_api/duplicate_guard_store.ts";
import {
  MessageTypeUnavailableError,
  QuotaExceededError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import {
  createMemoryIdempotencyStore,
  IdempotencyKeyInFlightError,
  IdempotencyKeyReusedError,
} from "../../src/sp_api/idempotency_store.ts";
import {
  createMessagingClient,
  type MessagingClientOptions,
} from "../../src/sp_api/messaging_client.ts";
import {
  createSandbox,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "./_fake_clock.ts";

const US = "ATVPDKIKX0DER";
const ORDER = "902-3159896-1390916";
const OTHER_ORDER = "111-2223334-4445556";
const TEXT = "Your parcel was damaged in transit; a replacement ships today.";

function setup(
  options: {
    sandbox?: SandboxOptions;
    client?: Partial<MessagingClientOptions>;
  } = {},
) {
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock, ...options.sandbox });
  const client = createMessagingClient({
    auth: { accessToken: "Atza|guards-test" },
    fetch: sandbox.fetch,
    clock,
    ...options.client,
  });
  return { clock, sandbox, client };
}

function textOptions(text = TEXT, extra: Record<string, unknown> = {}) {
  return { marketplaceId: US, body: { text }, ...extra };
}

// --- Duplicate guard -------------------------------------------------------

Deno.test("createMessagingClient() refuses the same message to the same order twice", async () => {
  const { client, sandbox } = setup();
  await client.createUnexpectedProblem(ORDER, textOptions());
  const error = await client.createUnexpectedProblem(ORDER, textOptions())
    .catch((e) => e);
  assert.ok(error instanceof DuplicateMessageError);
  assert.equal(error.type, "unexpectedProblem");
  assert.equal(error.amazonOrderId, ORDER);
  assert.equal(error.windowMs, 86_400_000);
  assert.match(error.message, /less than 24 h ago/);
  assert.match(error.message, /"allowDuplicate: true"/);
  assert.ok(!error.message.includes(TEXT), "the text is not in the error");
  assert.equal(sandbox.sent.length, 1);
  // Another text, order or type is another message.
  await client.createUnexpectedProblem(ORDER, textOptions(`${TEXT} Sorry.`));
  await client.createUnexpectedProblem(OTHER_ORDER, textOptions());
  await client.createConfirmDeliveryDetails(ORDER, textOptions());
  assert.equal(sandbox.sent.length, 4);
});

Deno.test("createMessagingClient() sends a repeated message with allowDuplicate", async () => {
  const { client, sandbox } = setup();
  await client.createUnexpectedProblem(ORDER, textOptions());
  await client.createUnexpectedProblem(
    ORDER,
    textOptions(TEXT, { allowDuplicate: true }),
  );
  await client.sendMessage(
    "unexpectedProblem",
    ORDER,
    textOptions(TEXT, { allowDuplicate: true }),
  );
  assert.equal(sandbox.sent.length, 3);
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, textOptions()),
    DuplicateMessageError,
  );
  await assert.rejects(
    client.createUnexpectedProblem(
      ORDER,
      textOptions(TEXT, { allowDuplicate: "yes" }),
    ),
    TypeError,
  );
});

Deno.test("createMessagingClient() sends one of 50 identical concurrent messages", async () => {
  const { client, sandbox } = setup({
    client: { rateLimit: { rate: 10, burst: 10 } },
  });
  const results = await Promise.allSettled(
    Array.from(
      { length: 50 },
      () => client.createUnexpectedProblem(ORDER, textOptions()),
    ),
  );
  assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
  const refused = results.filter((r) =>
    r.status === "rejected" && r.reason instanceof DuplicateMessageError
  );
  assert.equal(refused.length, 49);
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingClient() keys attachment-only messages by their upload ids", async () => {
  const { client, sandbox } = setup({
    sandbox: {
      orders: { [ORDER]: { types: ["invoice", "negativeFeedbackRemoval"] } },
    },
  });
  const body = {
    attachments: [{ uploadDestinationId: "u-1", fileName: "invoice.pdf" }],
  };
  await client.sendInvoice(ORDER, { marketplaceId: US, body });
  // Another file name for the same upload is the same message.
  await assert.rejects(
    client.sendInvoice(ORDER, {
      marketplaceId: US,
      body: {
        attachments: [{ uploadDestinationId: "u-1", fileName: "copy.pdf" }],
      },
    }),
    DuplicateMessageError,
  );
  await client.sendInvoice(ORDER, {
    marketplaceId: US,
    body: {
      attachments: [{ uploadDestinationId: "u-2", fileName: "invoice.pdf" }],
    },
  });
  // A body-less type: the second one is a duplicate.
  await client.createNegativeFeedbackRemoval(ORDER, { marketplaceId: US });
  await assert.rejects(
    client.createNegativeFeedbackRemoval(ORDER, { marketplaceId: US }),
    DuplicateMessageError,
  );
  assert.equal(sandbox.sent.length, 3);
});

Deno.test("createMessagingClient() releases the guard when the send certainly did not reach Amazon", async () => {
  const { client, sandbox } = setup({
    sandbox: {
      orders: { [ORDER]: { types: ["invoice"] } },
      rateLimit: { rate: 1, burst: 1 },
    },
    client: { rateLimit: { rate: 100, burst: 100 }, retry: 0 },
  });
  // Refused by the eligibility check.
  await assert.rejects(
    client.sendMessage("unexpectedProblem", ORDER, textOptions()),
    MessageTypeUnavailableError,
  );
  // Refused by Amazon (403 "Invalid amazonOrderId and template combination").
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, textOptions()),
    MessageTypeUnavailableError,
  );
  // Throttled by Amazon (429).
  await client.createConfirmDeliveryDetails(OTHER_ORDER, textOptions("A"));
  await assert.rejects(
    client.createConfirmDeliveryDetails(OTHER_ORDER, textOptions("B")),
    QuotaExceededError,
  );
  // Cancelled before it left.
  const aborted = new AbortController();
  aborted.abort(new DOMException("gave up", "AbortError"));
  await assert.rejects(
    client.createConfirmDeliveryDetails(
      OTHER_ORDER,
      textOptions("C", { signal: aborted.signal }),
    ),
    { name: "AbortError" },
  );
  assert.equal(sandbox.sent.length, 1);
  // None of them is held against a retry.
  sandbox.setOrder(ORDER, { types: ["unexpectedProblem"] });
  sandbox.reset();
  await client.sendMessage("unexpectedProblem", ORDER, textOptions());
  await client.createConfirmDeliveryDetails(OTHER_ORDER, textOptions("B"));
  await client.createConfirmDeliveryDetails(OTHER_ORDER, textOptions("C"));
  // Sent now, so held.
  await assert.rejects(
    client.createConfirmDeliveryDetails(OTHER_ORDER, textOptions("C")),
    DuplicateMessageError,
  );
});

Deno.test("createMessagingClient() keeps the guard after an unknown outcome", async () => {
  const { client, sandbox } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, textOptions()),
    UnknownOutcomeError,
  );
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, textOptions()),
    DuplicateMessageError,
  );
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingClient() forgets a message after the window, and windowMs 0 turns the guard off", async () => {
  const { client, sandbox, clock } = setup({
    client: { duplicateGuard: { windowMs: 60_000 } },
  });
  await client.createUnexpectedProblem(ORDER, textOptions());
  clock.advance(59_999);
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, textOptions()),
    DuplicateMessageError,
  );
  clock.advance(1);
  await client.createUnexpectedProblem(ORDER, textOptions());
  assert.equal(sandbox.sent.length, 2);

  const off = setup({ client: { duplicateGuard: { windowMs: 0 } } });
  await off.client.createUnexpectedProblem(ORDER, textOptions());
  await off.client.createUnexpectedProblem(ORDER, textOptions());
  assert.equal(off.sandbox.sent.length, 2);
  assert.throws(
    () => setup({ client: { duplicateGuard: { windowMs: -1 } } }),
    RangeError,
  );
  assert.throws(
    () => setup({ client: { duplicateGuard: { store: {} as never } } }),
    TypeError,
  );
});

Deno.test("createMessagingClient() keys the guard by seller and keeps no text in it", async () => {
  const keys: string[] = [];
  const memory = createMemoryDuplicateGuardStore();
  const store: DuplicateGuardStore = {
    claim: (key, ttlMs) => {
      keys.push(key);
      return memory.claim(key, ttlMs);
    },
    release: (key) => memory.release(key),
  };
  const sandbox = createSandbox();
  const seller = (identity: string) =>
    createMessagingClient({
      auth: { accessToken: `Atza|${identity}` },
      fetch: sandbox.fetch,
      rateLimit: { identity },
      duplicateGuard: { store },
    });
  await seller("seller-a").createUnexpectedProblem(ORDER, textOptions());
  await seller("seller-b").createUnexpectedProblem(ORDER, textOptions());
  await assert.rejects(
    seller("seller-a").createUnexpectedProblem(ORDER, textOptions()),
    DuplicateMessageError,
  );
  assert.equal(sandbox.sent.length, 2);
  assert.equal(new Set(keys).size, 2);
  for (const key of keys) {
    assert.match(key, /^duplicate [0-9a-f]{64}$/);
    assert.ok(!key.includes(ORDER));
  }
});

// --- Idempotency keys ------------------------------------------------------

Deno.test("createMessagingClient() answers the first result for a repeated idempotency key", async () => {
  const { client, sandbox } = setup();
  const options = textOptions(TEXT, { idempotencyKey: "notice-1001" });
  const first = await client.createUnexpectedProblem(ORDER, options);
  const again = await client.createUnexpectedProblem(ORDER, options);
  const viaSendMessage = await client.sendMessage(
    "unexpectedProblem",
    ORDER,
    { ...options, checkEligibility: false },
  );
  assert.deepEqual(again, first);
  assert.deepEqual(viaSendMessage, first);
  assert.equal(first.requestId, sandbox.sent[0].requestId);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() refuses an idempotency key reused for a different message", async () => {
  const { client, sandbox } = setup();
  await client.createUnexpectedProblem(
    ORDER,
    textOptions(TEXT, { idempotencyKey: "k-1" }),
  );
  for (
    const send of [
      () =>
        client.createUnexpectedProblem(
          ORDER,
          textOptions("Another text", { idempotencyKey: "k-1" }),
        ),
      () =>
        client.createUnexpectedProblem(
          OTHER_ORDER,
          textOptions(TEXT, { idempotencyKey: "k-1" }),
        ),
      () =>
        client.createConfirmDeliveryDetails(
          ORDER,
          textOptions(TEXT, { idempotencyKey: "k-1" }),
        ),
    ]
  ) {
    const error = await send().catch((e) => e);
    assert.ok(error instanceof IdempotencyKeyReusedError);
    assert.equal(error.idempotencyKey, "k-1");
    assert.match(error.message, /used for a different message/);
  }
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingClient() sends once for concurrent sends with one idempotency key", async () => {
  const { client, sandbox } = setup({
    client: { duplicateGuard: { windowMs: 0 } }, // the key alone must hold
  });
  const options = textOptions(TEXT, { idempotencyKey: "k-concurrent" });
  const results = await Promise.allSettled(
    Array.from(
      { length: 10 },
      () => client.createUnexpectedProblem(ORDER, options),
    ),
  );
  assert.equal(sandbox.sent.length, 1);
  // Each got the one result (first or replayed) or was told to retry.
  const requestIds = new Set(
    results.flatMap((r) => r.status === "fulfilled" ? [r.value.requestId] : []),
  );
  assert.deepEqual([...requestIds], [sandbox.sent[0].requestId]);
  const refused = results.filter((r) => r.status === "rejected");
  assert.ok(refused.length >= 1, "the others came while it ran");
  for (const result of refused) {
    assert.ok(
      (result as PromiseRejectedResult).reason instanceof
        IdempotencyKeyInFlightError,
    );
  }
  // Once it finished, the key answers its result.
  const later = await client.createUnexpectedProblem(ORDER, options);
  assert.equal(later.requestId, sandbox.sent[0].requestId);
});

Deno.test("createMessagingClient() replays an unknown outcome instead of sending again", async () => {
  const { client, sandbox } = setup({
    client: { duplicateGuard: { windowMs: 0 } },
  });
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const options = textOptions(TEXT, { idempotencyKey: "k-unknown" });
  const first = await client.createUnexpectedProblem(ORDER, options)
    .catch((e) => e);
  const again = await client.createUnexpectedProblem(ORDER, options)
    .catch((e) => e);
  assert.ok(first instanceof UnknownOutcomeError);
  assert.ok(again instanceof UnknownOutcomeError);
  assert.equal(again.message, first.message);
  assert.equal(again.status, 500);
  assert.equal(again.requestId, first.requestId);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() lets a refused send run again under the same key", async () => {
  const { client, sandbox } = setup({
    sandbox: { orders: { [ORDER]: { types: ["invoice"] } } },
  });
  const options = textOptions(TEXT, { idempotencyKey: "k-refused" });
  await assert.rejects(
    client.sendMessage("unexpectedProblem", ORDER, options),
    MessageTypeUnavailableError,
  );
  sandbox.setOrder(ORDER, { types: ["unexpectedProblem"] });
  await client.sendMessage("unexpectedProblem", ORDER, options);
  assert.equal(sandbox.sent.length, 1);
  // A validation error claims nothing either.
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, {
      marketplaceId: US,
      body: { text: "" },
      idempotencyKey: "k-invalid",
    }),
    { name: "MessageValidationError" },
  );
  await client.createUnexpectedProblem(
    ORDER,
    textOptions("Fixed", { idempotencyKey: "k-invalid" }),
  );
  assert.equal(sandbox.sent.length, 2);
  // The send that went through is kept under its key.
  await client.sendMessage("unexpectedProblem", ORDER, options);
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("createMessagingClient() scopes idempotency keys to the seller", async () => {
  const store = createMemoryIdempotencyStore();
  const sandbox = createSandbox();
  const seller = (identity: string) =>
    createMessagingClient({
      auth: { accessToken: `Atza|${identity}` },
      fetch: sandbox.fetch,
      rateLimit: { identity },
      idempotency: { store },
    });
  const options = textOptions(TEXT, { idempotencyKey: "shared-key" });
  const a = await seller("seller-a").createUnexpectedProblem(ORDER, options);
  const b = await seller("seller-b").createUnexpectedProblem(ORDER, options);
  assert.notEqual(a.requestId, b.requestId);
  assert.equal(sandbox.sent.length, 2);
  // The same seller through another client instance shares the key.
  const again = await seller("seller-a").createUnexpectedProblem(
    ORDER,
    options,
  );
  assert.deepEqual(again, a);
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("createMessagingClient() forgets idempotency keys after ttlMs (fake clock)", async () => {
  const { client, sandbox, clock } = setup({
    client: {
      idempotency: { ttlMs: 3_600_000 },
      duplicateGuard: { windowMs: 0 },
    },
  });
  const options = textOptions(TEXT, { idempotencyKey: "k-ttl" });
  await client.createUnexpectedProblem(ORDER, options);
  clock.advance(3_599_999);
  await client.createUnexpectedProblem(ORDER, options);
  assert.equal(sandbox.sent.length, 1);
  clock.advance(1);
  await client.createUnexpectedProblem(ORDER, options);
  assert.equal(sandbox.sent.length, 2);
  assert.throws(
    () => setup({ client: { idempotency: { ttlMs: 0 } } }),
    RangeError,
  );
});

Deno.test("createMessagingClient() checks the idempotency key", async () => {
  const { client, sandbox } = setup();
  for (const bad of ["", "two words", "x".repeat(256), 42]) {
    await assert.rejects(
      client.createUnexpectedProblem(
        ORDER,
        textOptions(TEXT, { idempotencyKey: bad }),
      ),
      (error: Error) =>
        error instanceof TypeError && /"idempotencyKey"/.test(error.message),
    );
  }
  assert.equal(sandbox.requests.length, 0);
});

// --- Cancellation ----------------------------------------------------------

Deno.test("createMessagingClient() never sends queued messages whose callers aborted (fake clock)", async () => {
  const { client, sandbox, clock } = setup({
    client: { rateLimit: { rate: 1, burst: 1 } },
  });
  // The seller identity is hashed once, on the first call: before the timer.
  await client.getAttributes(ORDER, { marketplaceId: US });
  clock.advance(1_000); // the getAttributes bucket is another one anyway
  const controllers = Array.from({ length: 10 }, () => new AbortController());
  clock.sleep(2_500).then(() =>
    controllers.forEach((c) =>
      c.abort(new DOMException("caller went away", "AbortError"))
    )
  );
  const results = await Promise.allSettled(
    controllers.map((controller, i) =>
      client.createUnexpectedProblem(
        ORDER,
        textOptions(`Message ${i}`, { signal: controller.signal }),
      )
    ),
  );
  // Tokens at 0, 1.025 s and 2.025 s; the abort at 2.5 s stops the rest.
  assert.deepEqual(
    results.map((r) => r.status),
    [...Array(3).fill("fulfilled"), ...Array(7).fill("rejected")],
  );
  for (const result of results.slice(3)) {
    assert.equal((result as PromiseRejectedResult).reason.name, "AbortError");
  }
  await clock.sleep(60_000);
  assert.equal(sandbox.sent.length, 3);
  assert.deepEqual(
    sandbox.sent.map((m) => (m.body as { text: string }).text),
    ["Message 0", "Message 1", "Message 2"],
  );
  // Their guard claims were released: the same texts can be sent later.
  await client.createUnexpectedProblem(ORDER, textOptions("Message 3"));
  assert.equal(sandbox.sent.length, 4);
  // A message already on the wire is not abandoned by the caller's abort:
  // it completes and its result is reported.
  sandbox.injectFault({
    kind: "latency",
    latencyMs: 5_000,
    operation: "createUnexpectedProblem",
  });
  const late = new AbortController();
  const started = clock.now();
  clock.sleep(2_000).then(() => late.abort());
  const result = await client.createUnexpectedProblem(
    ORDER,
    textOptions("Message 4", { signal: late.signal }),
  );
  assert.ok(late.signal.aborted);
  assert.ok(clock.now() - started >= 5_000);
  assert.equal(result.requestId, sandbox.sent[4].requestId);
});

/**
 * `handleSolicitation()` with a stub client: how each outcome of the two
 * Solicitations calls becomes an answer. The endpoint over the sandbox is
 * tested in solicitations_test.ts.
 */
import assert from "node:assert/strict";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";
import * as v from "valibot";
import {
  handleSolicitation,
  solicitationAnswerSchema,
  solicitationRequestSchema,
} from "../../src/http/_handle_solicitation.ts";
import type { AppContext } from "../../src/http/_app_context.ts";
import { DuplicateMessageError } from "../../src/sp_api/duplicate_guard_store.ts";
import {
  MessageTypeUnavailableError,
  QuotaExceededError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import type {
  SolicitationActions,
  SolicitationOptions,
  SolicitationResult,
} from "../../src/sp_api/messaging_client.ts";

const TYPE = "productReviewAndSellerFeedback";
const ORDER = "123-1234567-1234567";
const US = "ATVPDKIKX0DER";
const ASK = { amazonOrderId: ORDER, marketplaceId: US };

interface Stub {
  readonly context: AppContext;
  readonly sends: SolicitationOptions[];
}

function stub(
  types: readonly string[],
  send: () => Promise<SolicitationResult> = () =>
    Promise.resolve({ type: TYPE, amazonOrderId: ORDER, requestId: "r-send" }),
): Stub {
  const sends: SolicitationOptions[] = [];
  const client = {
    getSolicitationActionsForOrder: (
      _id: string,
      options: { signal?: AbortSignal },
    ): Promise<SolicitationActions> => {
      options.signal?.throwIfAborted();
      return Promise.resolve({ types, actions: [], requestId: "r-get" });
    },
    createProductReviewAndSellerFeedbackSolicitation: (
      _id: string,
      options: SolicitationOptions,
    ) => {
      sends.push(options);
      return send();
    },
  };
  // Only what the handler uses: the client and the clock.
  const context = {
    client,
    clock: { now: () => 0, sleep: () => Promise.resolve() },
  } as unknown as AppContext;
  return { context, sends };
}

Deno.test("handleSolicitation() sends once eligibility is confirmed, without a second check", async () => {
  const { context, sends } = stub([TYPE]);
  const answer = await handleSolicitation(context, ASK);
  assert.equal(answer.status, 201);
  assert.equal(answer.outcome, "sent");
  assert.equal(answer.amazonRequestId, "r-send");
  assert.deepEqual(answer.body, { status: "sent", ...ASK, type: TYPE });
  assert.ok(v.is(solicitationAnswerSchema, { ...answer.body, requestId: "x" }));
  assert.deepEqual(sends, [{ marketplaceId: US, checkEligibility: false }]);
});

Deno.test("handleSolicitation() passes allowDuplicate and the caller's signal on", async () => {
  const { context, sends } = stub([TYPE]);
  const signal = new AbortController().signal;
  await handleSolicitation(context, { ...ASK, allowDuplicate: true }, {
    signal,
  });
  assert.equal(sends[0].allowDuplicate, true);
  assert.equal(sends[0].signal, signal);
});

Deno.test("handleSolicitation() answers a dry run 200 valid and sends nothing", async () => {
  const { context, sends } = stub([TYPE]);
  const answer = await handleSolicitation(context, { ...ASK, dryRun: true });
  assert.equal(answer.status, 200);
  assert.equal(answer.outcome, "valid");
  assert.equal(answer.amazonRequestId, "r-get");
  assert.equal(sends.length, 0);
});

Deno.test("handleSolicitation() answers 409 unavailable with what the order lists instead", async () => {
  const { context, sends } = stub(["somethingNew"]);
  const answer = await handleSolicitation(context, ASK);
  assert.equal(answer.status, 409);
  assert.equal(answer.outcome, "unavailable");
  assert.deepEqual(answer.body.available, ["somethingNew"]);
  assert.equal(answer.body.type, TYPE);
  assert.equal(sends.length, 0);
});

Deno.test("handleSolicitation() maps the send's errors to answers", async () => {
  const cases: [Error, number, string][] = [
    [
      new DuplicateMessageError("Cannot send again", {
        type: TYPE,
        amazonOrderId: ORDER,
        windowMs: 1,
      }),
      409,
      "duplicate",
    ],
    [
      new MessageTypeUnavailableError("Refused", {
        type: TYPE,
        amazonOrderId: ORDER,
        status: 403,
      }),
      409,
      "unavailable",
    ],
    [
      new UnknownOutcomeError("Cannot tell", {
        operation: "createProductReviewAndSellerFeedbackSolicitation",
        type: TYPE,
        amazonOrderId: ORDER,
        status: 500,
      }),
      502,
      "unknown",
    ],
    [
      new QuotaExceededError("Throttled", { status: 429, attempts: 4 }),
      429,
      "throttled",
    ],
  ];
  for (const [error, status, outcome] of cases) {
    const { context } = stub([TYPE], () => Promise.reject(error));
    const answer = await handleSolicitation(context, ASK);
    assert.equal(answer.status, status, error.name);
    assert.equal(answer.outcome, outcome, error.name);
  }
});

Deno.test("handleSolicitation() answers 499 cancelled to a caller that went away, sending nothing", async () => {
  const controller = new AbortController();
  controller.abort();
  const { context, sends } = stub([TYPE]);
  const answer = await handleSolicitation(context, ASK, {
    signal: controller.signal,
  });
  assert.equal(answer.status, 499);
  assert.equal(answer.outcome, "cancelled");
  assert.equal(sends.length, 0);
});

Deno.test("handleSolicitation() validates the body before any call", async () => {
  const { context, sends } = stub([TYPE]);
  for (
    const body of [null, "x", [], {}, { ...ASK, extra: 1 }, {
      ...ASK,
      allowDuplicate: 1,
    }]
  ) {
    const answer = await handleSolicitation(context, body);
    assert.equal(answer.status, 400, JSON.stringify(body));
    assert.equal(answer.outcome, "invalid_request");
  }
  assert.equal(sends.length, 0);
  assert.ok(v.is(solicitationRequestSchema, { ...ASK, dryRun: false }));
});

Deno.test("a review request queued with deliveredAt waits for Amazon's window, then is sent through the outbox", async () => {
  const clock = createFakeClock(Date.UTC(2026, 11, 1));
  const delivered = clock.now();
  const order = "123-5555555-5555555";
  const sandbox = createSandbox({
    clock,
    orders: { [order]: { deliveredAt: delivered } },
  });
  const client = createMessagingClient({
    auth: { accessToken: "Atza|schedule" },
    fetch: sandbox.fetch,
    clock,
    timeoutMs: Infinity,
  });
  const outbox = createOutbox({
    store: createMemoryOutboxStore(),
    client,
    clock,
  });
  const app = createMessagingApp({
    client,
    outbox,
    clock,
    allowUnauthenticated: true,
  });
  const body = JSON.stringify({
    amazonOrderId: order,
    marketplaceId: "ATVPDKIKX0DER",
    deliveredAt: new Date(delivered).toISOString(),
  });
  const headers = { "content-type": "application/json" };
  // Sent at once before the window: refused, with when it opens.
  const early = await app.request("/solicitations", {
    method: "POST",
    headers,
    body,
  });
  assert.equal(early.status, 409);
  assert.match((await early.json()).message, /opens on 2026-12-06T00:00:00/);
  // Queued: 202, for the first day of the window.
  const response = await app.request("/solicitations", {
    method: "POST",
    headers: { ...headers, prefer: "respond-async" },
    body,
  });
  assert.equal(response.status, 202);
  const queued = await response.json();
  assert.equal(queued.notBefore, "2026-12-06T00:00:00.000Z");
  const first = await outbox.drainOnce();
  assert.equal(first.sent, 0);
  assert.equal(first.next, delivered + 5 * 86_400_000);
  assert.equal(sandbox.solicitations.length, 0);
  clock.advance(5 * 86_400_000 + 1_000);
  await outbox.drainOnce();
  const status = await (await app.request(`/messages/${queued.id}`)).json();
  assert.equal(status.status, "sent");
  assert.equal(status.solicitation, "productReviewAndSellerFeedback");
  assert.equal(sandbox.solicitations.length, 1);
});

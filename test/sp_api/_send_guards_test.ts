import assert from "node:assert/strict";
import { DuplicateMessageError } from "../../src/sp_api/duplicate_guard_store.ts";
import { UnknownOutcomeError } from "../../src/sp_api/errors.ts";
import {
  IdempotencyKeyReusedError,
} from "../../src/sp_api/idempotency_store.ts";
import {
  formatWindow,
  guardContent,
  type GuardedSend,
  replaySend,
  resolveDuplicateGuard,
  resolveIdempotency,
  withDuplicateGuard,
  withIdempotencyKey,
} from "../../src/sp_api/_send_guards.ts";
import { createFakeClock } from "./_fake_clock.ts";

const SEND: GuardedSend = {
  typeId: "unexpectedProblem",
  amazonOrderId: "111-2223334-4445556",
  marketplaceId: "ATVPDKIKX0DER",
  body: { text: "Your parcel is late." },
  allowDuplicate: false,
};
const RESULT = {
  type: "unexpectedProblem" as const,
  amazonOrderId: SEND.amazonOrderId,
  requestId: "rid-1",
};
const identity = () => Promise.resolve("seller");
const unknown = () =>
  new UnknownOutcomeError("Cannot tell", {
    operation: "createUnexpectedProblem",
    type: SEND.typeId,
    amazonOrderId: SEND.amazonOrderId,
    status: 503,
  });

Deno.test("resolveIdempotency() and resolveDuplicateGuard() default to memory stores and check their options", () => {
  const clock = createFakeClock();
  assert.equal(resolveIdempotency(undefined, clock).ttlMs, 86_400_000);
  assert.equal(resolveDuplicateGuard(undefined, clock).windowMs, 86_400_000);
  assert.equal(resolveDuplicateGuard({ windowMs: 0 }, clock).windowMs, 0);
  assert.throws(() => resolveIdempotency({ ttlMs: 0 }, clock), RangeError);
  assert.throws(
    () => resolveDuplicateGuard({ windowMs: -1 }, clock),
    RangeError,
  );
  assert.throws(
    () => resolveIdempotency({ store: { claim() {} } as never }, clock),
    TypeError,
  );
  assert.throws(() => resolveDuplicateGuard(5 as never, clock), TypeError);
});

Deno.test("guardContent() compares text, or upload ids without file names", () => {
  assert.deepEqual(guardContent({ text: "a", other: 1 }), { text: "a" });
  assert.deepEqual(
    guardContent({
      attachments: [{ uploadDestinationId: "u", fileName: "a.pdf" }],
    }),
    { attachments: ["u"] },
  );
  assert.equal(guardContent(undefined), null);
  assert.deepEqual(
    [formatWindow(7_200_000), formatWindow(300_000), formatWindow(1500)],
    ["2 h", "5 min", "1500 ms"],
  );
});

Deno.test("withDuplicateGuard() refuses a repeat, frees the claim after a known failure, keeps it after an unknown outcome", async () => {
  const guard = resolveDuplicateGuard(undefined, createFakeClock());
  const ok = () => Promise.resolve(RESULT);
  assert.deepEqual(await withDuplicateGuard(guard, identity, SEND, ok), RESULT);
  await assert.rejects(
    withDuplicateGuard(guard, identity, SEND, ok),
    DuplicateMessageError,
  );
  assert.deepEqual(
    await withDuplicateGuard(
      guard,
      identity,
      { ...SEND, allowDuplicate: true },
      ok,
    ),
    RESULT,
  );

  const other = { ...SEND, body: { text: "Another message." } };
  await assert.rejects(
    withDuplicateGuard(
      guard,
      identity,
      other,
      () => Promise.reject(new TypeError("refused")),
    ),
    TypeError,
  );
  assert.deepEqual(
    await withDuplicateGuard(guard, identity, other, ok),
    RESULT,
  );

  const third = { ...SEND, body: { text: "A third message." } };
  await assert.rejects(
    withDuplicateGuard(guard, identity, third, () => Promise.reject(unknown())),
    UnknownOutcomeError,
  );
  await assert.rejects(
    withDuplicateGuard(guard, identity, third, ok),
    DuplicateMessageError,
  );
});

Deno.test("withIdempotencyKey() replays the first outcome and refuses the key for another message", async () => {
  const idempotency = resolveIdempotency(undefined, createFakeClock());
  let runs = 0;
  const run = () => {
    runs++;
    return Promise.resolve(RESULT);
  };
  assert.deepEqual(
    await withIdempotencyKey(idempotency, identity, "k1", SEND, run),
    RESULT,
  );
  assert.deepEqual(
    await withIdempotencyKey(idempotency, identity, "k1", SEND, run),
    RESULT,
  );
  assert.equal(runs, 1);
  await assert.rejects(
    withIdempotencyKey(idempotency, identity, "k1", {
      ...SEND,
      body: { text: "x" },
    }, run),
    IdempotencyKeyReusedError,
  );

  await assert.rejects(
    withIdempotencyKey(
      idempotency,
      identity,
      "k2",
      SEND,
      () => Promise.reject(unknown()),
    ),
    UnknownOutcomeError,
  );
  await assert.rejects(
    withIdempotencyKey(idempotency, identity, "k2", SEND, run),
    { name: "UnknownOutcomeError", status: 503 },
  );

  // A failure that certainly did not reach Amazon is not kept.
  await assert.rejects(
    withIdempotencyKey(
      idempotency,
      identity,
      "k3",
      SEND,
      () => Promise.reject(new TypeError("no")),
    ),
    TypeError,
  );
  assert.deepEqual(
    await withIdempotencyKey(idempotency, identity, "k3", SEND, run),
    RESULT,
  );
  assert.equal(runs, 2);
});

Deno.test("replaySend() refuses records the client did not write", () => {
  assert.deepEqual(
    replaySend({ outcome: "sent", result: RESULT }, "What"),
    RESULT,
  );
  assert.throws(() => replaySend({ outcome: "other" }, "What"), {
    name: "TypeError",
    message:
      "What: the idempotency store holds a record this client did not write",
  });
});

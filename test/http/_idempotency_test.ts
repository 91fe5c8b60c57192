import assert from "node:assert/strict";
import type { Answer } from "../../src/http/_answer.ts";
import {
  callerScope,
  createHttpIdempotency,
  readIdempotencyKey,
  REPLAYED_HEADER,
  STORED_OUTCOMES,
} from "../../src/http/_idempotency.ts";
import { createMemoryIdempotencyStore } from "../../src/sp_api/idempotency_store.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";

function answer(status: number, outcome: string, extra = {}): Answer {
  return { status, outcome, body: { status: outcome, ...extra } };
}

function request(body: unknown = { text: "a" }, key = "k-1", scope = "s-1") {
  return { key, scope, method: "POST", path: "/messages", body };
}

Deno.test("readIdempotencyKey() takes 1 to 255 visible ASCII characters and names the header otherwise", () => {
  assert.deepEqual(readIdempotencyKey(new Headers()), {
    ok: true,
    key: undefined,
  });
  const uuid = crypto.randomUUID();
  assert.deepEqual(
    readIdempotencyKey(new Headers({ "idempotency-key": uuid })),
    { ok: true, key: uuid },
  );
  for (const bad of ["", "a b", "x".repeat(256), "caf\u00e9"]) {
    const result = readIdempotencyKey(
      new Headers({ "Idempotency-Key": bad }),
    );
    assert.ok(!result.ok, JSON.stringify(bad));
    assert.equal(result.answer.status, 400);
    const error = result.answer.body.error as {
      code: string;
      message: string;
      issues: { path: string }[];
    };
    assert.equal(error.code, "invalid_request");
    assert.match(error.message, /"Idempotency-Key" header/);
    assert.deepEqual(error.issues.map((i) => i.path), [
      "headers.Idempotency-Key",
    ]);
  }
});

Deno.test("callerScope() is a digest of the bearer key, never the key", () => {
  const key = "key-0123456789abcdef0123456789abcdef";
  const scope = callerScope(`Bearer ${key}`);
  assert.match(scope, /^key-[0-9a-f]{64}$/);
  assert.ok(!scope.includes(key));
  assert.equal(callerScope(`bearer  ${key} `), scope);
  assert.notEqual(callerScope(`Bearer ${key}x`), scope);
  assert.equal(callerScope(null), "anonymous");
  assert.equal(callerScope("Basic abc"), "anonymous");
});

Deno.test("createHttpIdempotency() runs a handler once per key and replays its answer", async () => {
  const idempotency = createHttpIdempotency({
    store: createMemoryIdempotencyStore(),
    ttlMs: 60_000,
  });
  let runs = 0;
  const handle = () => {
    runs++;
    return Promise.resolve({
      ...answer(201, "sent", { text: "a" }),
      headers: { "x-extra": "1" },
      amazonRequestId: "amzn-1",
    });
  };
  const first = await idempotency.run(request(), handle);
  assert.equal(first.outcome, "sent");
  assert.equal(first.headers?.[REPLAYED_HEADER], undefined);
  const again = await idempotency.run(
    // Key order and layout do not make another request.
    request(JSON.parse(JSON.stringify({ text: "a" }))),
    handle,
  );
  assert.equal(runs, 1);
  assert.equal(again.status, 201);
  assert.equal(again.outcome, "replayed");
  assert.deepEqual(again.body, first.body);
  assert.equal(again.amazonRequestId, "amzn-1");
  assert.deepEqual(again.headers, {
    "x-extra": "1",
    [REPLAYED_HEADER]: "true",
  });
});

Deno.test("createHttpIdempotency() answers 422 for another request and 409 while the first runs", async () => {
  const idempotency = createHttpIdempotency({
    store: createMemoryIdempotencyStore(),
    ttlMs: 60_000,
  });
  let finish: ((answer: Answer) => void) | undefined;
  const first = idempotency.run(
    request(),
    () => new Promise<Answer>((resolve) => finish = resolve),
  );
  // Wait until the first request runs (it holds the key then).
  while (finish === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const busy = await idempotency.run(request(), () => {
    throw new Error("must not run");
  });
  assert.equal(busy.status, 409);
  assert.equal(
    (busy.body.error as { code: string }).code,
    "idempotency_in_flight",
  );
  assert.equal(busy.headers?.["retry-after"], "1");
  const reused = await idempotency.run(request({ text: "b" }), () => {
    throw new Error("must not run");
  });
  assert.equal(reused.status, 422);
  assert.equal(
    (reused.body.error as { code: string }).code,
    "idempotency_key_reused",
  );
  finish!(answer(201, "sent"));
  assert.equal((await first).status, 201);
  const after = await idempotency.run(request({ text: "b" }), () => {
    throw new Error("must not run");
  });
  assert.equal(after.status, 422);
});

Deno.test("createHttpIdempotency() keeps final answers and forgets transient ones", async () => {
  const idempotency = createHttpIdempotency({
    store: createMemoryIdempotencyStore(),
    ttlMs: 60_000,
  });
  const kept = [
    answer(201, "sent"),
    answer(202, "queued"),
    answer(200, "valid"),
    answer(422, "rejected"),
    answer(409, "unavailable"),
    answer(502, "unknown"),
    answer(400, "amazon_rejected"),
    answer(404, "order_not_found"),
  ];
  const forgotten = [
    answer(429, "throttled"),
    answer(409, "duplicate"),
    answer(502, "upstream_error"),
    answer(502, "upstream_auth"),
    answer(504, "upstream_timeout"),
    answer(500, "internal"),
    answer(499, "cancelled"),
  ];
  assert.deepEqual(
    [...STORED_OUTCOMES].sort(),
    kept.map((a) => a.outcome).sort(),
  );
  for (const [i, first] of [...kept, ...forgotten].entries()) {
    let runs = 0;
    const handle = () => {
      runs++;
      return Promise.resolve(first);
    };
    await idempotency.run(request({ i }, `k-${i}`), handle);
    const second = await idempotency.run(request({ i }, `k-${i}`), handle);
    assert.equal(second.status, first.status);
    assert.equal(runs, kept.includes(first) ? 1 : 2, first.outcome);
  }
  // A handler that throws gives the key back too.
  let runs = 0;
  await assert.rejects(
    idempotency.run(request({ throws: true }, "k-throws"), () => {
      runs++;
      return Promise.reject(new Error("bug"));
    }),
  );
  await idempotency.run(request({ throws: true }, "k-throws"), () => {
    runs++;
    return Promise.resolve(answer(201, "sent"));
  });
  assert.equal(runs, 2);
});

Deno.test("createHttpIdempotency() scopes keys per caller and forgets them after ttlMs", async () => {
  const clock = createFakeClock();
  const idempotency = createHttpIdempotency({
    store: createMemoryIdempotencyStore({ clock }),
    ttlMs: 1000,
  });
  let runs = 0;
  const handle = () => Promise.resolve(answer(201, `sent`, { run: ++runs }));
  await idempotency.run(request({ text: "a" }, "k", "tenant-a"), handle);
  // Another tenant's same key is its own: another body is no reuse for it.
  const other = await idempotency.run(
    request({ text: "b" }, "k", "tenant-b"),
    handle,
  );
  assert.equal(other.body.run, 2);
  clock.advance(999);
  const replayed = await idempotency.run(
    request({ text: "a" }, "k", "tenant-a"),
    handle,
  );
  assert.equal(replayed.body.run, 1);
  clock.advance(1);
  const fresh = await idempotency.run(
    request({ text: "a" }, "k", "tenant-a"),
    handle,
  );
  assert.equal(fresh.body.run, 3);
});

Deno.test("createHttpIdempotency() still answers when the store fails to record", async () => {
  const memory = createMemoryIdempotencyStore();
  const idempotency = createHttpIdempotency({
    store: {
      claim: (key, fingerprint, ttlMs) => memory.claim(key, fingerprint, ttlMs),
      complete: () => Promise.reject(new Error("store down")),
      release: () => Promise.reject(new Error("store down")),
    },
    ttlMs: 1000,
  });
  const first = await idempotency.run(
    request(),
    () => Promise.resolve(answer(201, "sent")),
  );
  assert.equal(first.status, 201);
  // The key stays pending, so a retry cannot send a second time.
  const retry = await idempotency.run(request(), () => {
    throw new Error("must not run");
  });
  assert.equal(retry.status, 409);
});

Deno.test("createHttpIdempotency({ redact }) keeps only the redacted answer in the store", async () => {
  const store = createMemoryIdempotencyStore({ clock: createFakeClock() });
  const kept: unknown[] = [];
  const recording = {
    ...store,
    complete: (...args: Parameters<typeof store.complete>) => {
      kept.push(args[1].value);
      return store.complete(...args);
    },
  };
  const secret = "api-key-0123456789abcdef0123456789abcdef";
  const layer = createHttpIdempotency({
    store: recording,
    ttlMs: 60_000,
    redact: (first) => ({
      ...first,
      body: JSON.parse(
        JSON.stringify(first.body).replaceAll(secret, "[REDACTED]"),
      ),
    }),
  });
  const first = await layer.run(
    request(),
    () => Promise.resolve(answer(422, "rejected", { echo: secret })),
  );
  assert.equal((first.body as { echo: string }).echo, secret);
  assert.equal(kept.length, 1);
  assert.ok(!JSON.stringify(kept).includes(secret));
  const replay = await layer.run(
    request(),
    () => Promise.reject(new Error("not run twice")),
  );
  assert.equal((replay.body as { echo: string }).echo, "[REDACTED]");
});

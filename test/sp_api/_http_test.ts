import assert from "node:assert/strict";
import {
  abortable,
  anySignal,
  fetchWithTimeout,
  isRecord,
  parseErrors,
  parseJson,
  sha256Hex,
} from "../../src/sp_api/_http.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("fetchWithTimeout() returns the response with its body read", async () => {
  const clock = createFakeClock();
  const fetched = await fetchWithTimeout("https://example.test/", {}, {
    fetch: () => Promise.resolve(new Response("hello", { status: 201 })),
    clock,
    timeoutMs: 1000,
  });
  assert.equal(fetched.response.status, 201);
  assert.equal(fetched.text, "hello");
  assert.equal(fetched.bodyError, undefined);
  assert.equal(clock.pending, 0, "the timeout timer is cleared");
});

Deno.test("fetchWithTimeout() aborts with a TimeoutError, even if fetch ignores its signal", async () => {
  const clock = createFakeClock();
  let seen: AbortSignal | undefined;
  await assert.rejects(
    fetchWithTimeout("https://example.test/", {}, {
      fetch: (_input, init) => {
        seen = init?.signal ?? undefined;
        return new Promise(() => {}); // never settles
      },
      clock,
      timeoutMs: 1000,
    }),
    (error) =>
      error instanceof DOMException && error.name === "TimeoutError" &&
      error.message.includes("1000 ms"),
  );
  assert.equal(clock.now(), 1000);
  assert.equal(seen?.aborted, true);
});

Deno.test("fetchWithTimeout() rejects with the caller's abort reason", async () => {
  const clock = createFakeClock();
  const controller = new AbortController();
  const pending = fetchWithTimeout("https://example.test/", {}, {
    fetch: (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener(
          "abort",
          () => reject(init.signal?.reason),
        )
      ),
    clock,
    timeoutMs: 1000,
    signal: controller.signal,
  });
  const reason = new Error("caller stop");
  controller.abort(reason);
  await assert.rejects(pending, (error) => error === reason);
});

Deno.test("fetchWithTimeout() reports a body that cannot be read", async () => {
  const clock = createFakeClock();
  const body = new ReadableStream({
    pull(controller) {
      controller.error(new TypeError("connection reset"));
    },
  });
  const fetched = await fetchWithTimeout("https://example.test/", {}, {
    fetch: () => Promise.resolve(new Response(body, { status: 200 })),
    clock,
    timeoutMs: 1000,
  });
  assert.equal(fetched.text, undefined);
  assert.ok(fetched.bodyError instanceof TypeError);
});

Deno.test("anySignal() and abortable() combine and race signals", async () => {
  assert.equal(anySignal([undefined]), undefined);
  const a = new AbortController();
  assert.equal(anySignal([a.signal, undefined]), a.signal);
  const b = new AbortController();
  const both = anySignal([a.signal, b.signal])!;
  b.abort("b");
  assert.equal(both.aborted, true);
  assert.equal(both.reason, "b");
  assert.equal(await abortable(Promise.resolve(1), undefined), 1);
  await assert.rejects(
    abortable(new Promise(() => {}), b.signal),
    (e) => e === "b",
  );
  const c = new AbortController();
  const racing = abortable(new Promise(() => {}), c.signal);
  c.abort("c");
  await assert.rejects(racing, (e) => e === "c");
});

Deno.test("parseErrors() reads Amazon's error list and skips junk", () => {
  assert.deepEqual(parseErrors(undefined), []);
  assert.deepEqual(parseErrors({ errors: "x" }), []);
  assert.deepEqual(
    parseErrors({
      errors: [
        { code: "InvalidInput", message: "Invalid Input", details: "" },
        { code: "QuotaExceeded", message: "Slow down", details: "more" },
        { message: "no code" },
        null,
      ],
    }),
    [
      { code: "InvalidInput", message: "Invalid Input" },
      { code: "QuotaExceeded", message: "Slow down", details: "more" },
    ],
  );
});

Deno.test("parseJson(), isRecord() and sha256Hex() behave", async () => {
  assert.equal(parseJson(undefined), undefined);
  assert.equal(parseJson("  "), undefined);
  assert.equal(parseJson("{oops"), undefined);
  assert.deepEqual(parseJson('{"a":1}'), { a: 1 });
  assert.equal(isRecord([]), false);
  assert.equal(isRecord(null), false);
  assert.equal(isRecord({}), true);
  assert.equal(
    await sha256Hex("abc"),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
});

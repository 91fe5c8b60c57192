/**
 * The calls between a Worker's stores and a seller's object: what
 * `callObject` sends and how it reads answers and failures, what `readCall`
 * accepts, and that the two ends agree.
 */
import assert from "node:assert/strict";
import {
  answer,
  callObject,
  failure,
  readCall,
  RPC_METHODS,
  RPC_URL,
} from "../../../src/adapters/cloudflare/_rpc.ts";
import type { DurableObjectStubLike } from "../../../src/adapters/cloudflare/types.ts";

/** A stub that answers `response` and keeps the requests it got. */
function stubAnswering(response: () => Response) {
  const requests: Request[] = [];
  const stub: DurableObjectStubLike = {
    fetch(input, init) {
      requests.push(new Request(input, init));
      return Promise.resolve(response());
    },
  };
  return { stub, requests };
}

function post(body: string, url = RPC_URL): Request {
  return new Request(url, { method: "POST", body });
}

Deno.test("callObject() posts the call as JSON to /call and answers the result", async () => {
  const { stub, requests } = stubAnswering(() => answer({ n: 1 }));
  const result = await callObject(stub, {
    seller: "seller-a",
    method: "outbox.get",
    args: ["01", undefined],
  });
  assert.deepEqual(result, { n: 1 });
  assert.equal(requests.length, 1);
  const [request] = requests;
  assert.equal(request.method, "POST");
  assert.equal(request.url, RPC_URL);
  assert.equal(new URL(request.url).pathname, "/call");
  assert.equal(request.headers.get("content-type"), "application/json");
  // `undefined` arguments travel as `null`.
  assert.deepEqual(await request.json(), {
    seller: "seller-a",
    method: "outbox.get",
    args: ["01", null],
  });
});

Deno.test("callObject() answers undefined for an answer without a result, and keeps falsy results", async () => {
  assert.equal(
    await callObject(stubAnswering(() => answer(undefined)).stub, {
      method: "directory.find",
      args: ["x"],
    }),
    undefined,
  );
  for (const value of [false, 0, "", null]) {
    assert.equal(
      await callObject(stubAnswering(() => answer(value)).stub, {
        method: "outbox.insert",
        args: [],
      }),
      value,
    );
  }
});

Deno.test("callObject() throws the object's error message, naming the method and the seller", async () => {
  const { stub } = stubAnswering(() =>
    failure(500, new Error('This object holds the outbox of seller "a"'))
  );
  await assert.rejects(
    callObject(stub, { seller: "b", method: "outbox.insert", args: [] }),
    {
      name: "Error",
      message:
        'Durable Object call "outbox.insert" for seller "b" failed: This object holds the outbox of seller "a"',
    },
  );
  // Without a seller (the directory), the message names none.
  await assert.rejects(
    callObject(stub, { method: "directory.sellers", args: [] }),
    {
      message:
        'Durable Object call "directory.sellers" failed: This object holds the outbox of seller "a"',
    },
  );
});

Deno.test("callObject() throws the status when a failed answer is not the object's JSON", async () => {
  for (
    const make of [
      () => new Response("<html>Bad gateway</html>", { status: 502 }),
      () => new Response(null, { status: 503 }),
      () => Response.json({ result: 1 }, { status: 500 }),
    ]
  ) {
    const status = make().status;
    await assert.rejects(
      callObject(stubAnswering(make).stub, {
        seller: "s",
        method: "outbox.due",
        args: [],
      }),
      {
        message:
          `Durable Object call "outbox.due" for seller "s" failed: status ${status}`,
      },
    );
  }
});

Deno.test("callObject() throws on a 200 whose JSON is not an object", async () => {
  for (const body of ["null", "5", '"text"']) {
    await assert.rejects(
      callObject(stubAnswering(() => new Response(body)).stub, {
        method: "outbox.lanes",
        args: [],
      }),
      { message: 'Durable Object call "outbox.lanes" failed: status 200' },
      body,
    );
  }
});

Deno.test("callObject() lets a stub's own failure through", async () => {
  const stub: DurableObjectStubLike = {
    fetch: () => Promise.reject(new TypeError("Network connection lost.")),
  };
  await assert.rejects(
    callObject(stub, { method: "outbox.get", args: [] }),
    { name: "TypeError", message: "Network connection lost." },
  );
});

Deno.test("readCall() refuses anything but POST /call", async () => {
  assert.equal(
    await readCall(new Request(RPC_URL)),
    "expected POST /call",
  );
  assert.equal(
    await readCall(post("{}", "https://seller-outbox.invalid/other")),
    "expected POST /call",
  );
  assert.equal(
    await readCall(post("{}", "https://seller-outbox.invalid/call/more")),
    "expected POST /call",
  );
});

Deno.test("readCall() refuses a body that is not JSON or not a call", async () => {
  assert.equal(await readCall(post("{")), "the body is not JSON");
  assert.equal(await readCall(post("")), "the body is not JSON");
  const refused = "expected { seller?, method, args } with a known method";
  for (
    const body of [
      null,
      5,
      [],
      {},
      { method: "outbox.get" },
      { method: "outbox.get", args: {} },
      { method: "outbox.drop", args: [] },
      { method: "toString", args: [] },
      { method: 1, args: [] },
      { seller: 1, method: "outbox.get", args: [] },
      { seller: null, method: "outbox.get", args: [] },
    ]
  ) {
    assert.equal(
      await readCall(post(JSON.stringify(body))),
      refused,
      JSON.stringify(body),
    );
  }
});

Deno.test("readCall() reads every known method, with or without a seller", async () => {
  for (const method of RPC_METHODS) {
    assert.deepEqual(
      await readCall(post(JSON.stringify({ seller: "s", method, args: [1] }))),
      { seller: "s", method, args: [1] },
    );
  }
  const call = await readCall(
    post(JSON.stringify({ method: "directory.find", args: [] })),
  );
  assert.deepEqual(call, { method: "directory.find", args: [] });
  assert.equal(typeof call === "object" && "seller" in call, false);
});

Deno.test("RPC_METHODS lists each method once", () => {
  assert.equal(new Set(RPC_METHODS).size, RPC_METHODS.length);
  for (const method of RPC_METHODS) {
    assert.match(
      method,
      /^(outbox|rateLimit|idempotency|duplicateGuard|directory)\.[a-zA-Z]+$/,
    );
  }
});

Deno.test("answer() and failure() write what callObject() reads", async () => {
  assert.deepEqual(await answer(undefined).json(), {});
  assert.deepEqual(await answer(null).json(), { result: null });
  assert.deepEqual(await answer([1]).json(), { result: [1] });
  assert.equal(answer(1).status, 200);
  assert.equal(answer(1).headers.get("content-type"), "application/json");

  const refused = failure(400, "expected POST /call");
  assert.equal(refused.status, 400);
  assert.deepEqual(await refused.json(), {
    error: { name: "Error", message: "expected POST /call" },
  });
  const thrown = failure(500, new RangeError("ttl"));
  assert.equal(thrown.status, 500);
  assert.deepEqual(await thrown.json(), {
    error: { name: "RangeError", message: "ttl" },
  });
});

Deno.test("a call goes through callObject(), readCall() and answer() unchanged", async () => {
  const seen: unknown[] = [];
  const stub: DurableObjectStubLike = {
    async fetch(input, init) {
      const call = await readCall(new Request(input, init));
      if (typeof call === "string") return failure(400, call);
      seen.push(call);
      return answer({ echo: call.args });
    },
  };
  const args = [{ id: "01", nested: { at: 7 } }, "lane", 3, null, true];
  assert.deepEqual(
    await callObject(stub, { seller: "s", method: "outbox.replace", args }),
    { echo: args },
  );
  assert.deepEqual(seen, [{ seller: "s", method: "outbox.replace", args }]);
  await assert.rejects(
    callObject(stub, { method: "outbox.bogus", args: [] }),
    {
      message:
        'Durable Object call "outbox.bogus" failed: expected { seller?, method, args } with a known method',
    },
  );
});

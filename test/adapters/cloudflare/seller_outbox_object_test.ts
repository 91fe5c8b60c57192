/**
 * The seller's object without workerd: its class on a stand-in state (Node's
 * SQLite, an alarm that only records what was set), answering store calls
 * and scheduling and running its alarm. What needs the real runtime (alarms
 * that fire by themselves, restarts of workerd, the sandbox through
 * `outboundService`) is in `durable_object_test.ts`.
 */
import assert from "node:assert/strict";
import {
  callObject,
  RPC_METHODS,
  RPC_URL,
} from "../../../src/adapters/cloudflare/_rpc.ts";
import {
  defineSellerOutboxObject,
  type OutboxRecord,
  SellerOutboxObject,
  type SellerOutboxObjectOptions,
  type SqlStorageLike,
} from "../../../src/adapters/cloudflare/mod.ts";
import type { MessagingClient } from "../../../src/sp_api/messaging_client.ts";
import { queuedRecord } from "../../outbox/_store_contract.ts";
import { openNodeSql } from "./_node_sqlite.ts";
import { fakeState } from "./_fake_namespace.ts";

const LANE = "seller-a createUnexpectedProblem";
/** Far enough ahead that the real clock never reaches it in a test. */
const LATER = Date.now() + 86_400_000;

/** A client that records the orders it sends, each after `gate()`. */
function fakeClient(gate: () => Promise<void> = () => Promise.resolve()) {
  const sent: string[] = [];
  const client = {
    async sendMessage(_type: string, amazonOrderId: string) {
      await gate();
      sent.push(amazonOrderId);
      return { requestId: `r-${sent.length}` };
    },
  } as unknown as MessagingClient;
  return { client, sent };
}

/** One object of a class made with `options`, on a fresh database. */
function open(
  options: SellerOutboxObjectOptions = {},
  fails: (query: string) => boolean = () => false,
) {
  const node = openNodeSql();
  const close = node.close;
  // The storage, failing the statements `fails` picks.
  const sql: SqlStorageLike = {
    exec(query, ...bindings) {
      if (fails(query)) throw new Error("SQLITE_IOERR: disk I/O error");
      return node.sql.exec(query, ...bindings);
    },
  };
  const Class = defineSellerOutboxObject({ onError: () => {}, ...options });
  const state = fakeState(sql);
  const instance = new Class(state, {});
  const stub = {
    fetch: (input: string, init?: RequestInit) =>
      instance.fetch(new Request(input, init)),
  };
  const call = (method: string, args: unknown[], seller = "seller-a") =>
    callObject(stub, { seller, method, args });
  const insert = (record: OutboxRecord) => call("outbox.insert", [record]);
  const status = (id: string) =>
    sql.exec("SELECT status FROM outbox_records WHERE id = ?", id).toArray()[0]
      ?.status;
  return { sql, close, Class, state, instance, call, insert, status };
}

/** A record for order `n` of seller-a. */
function record(id: string, overrides: Partial<OutboxRecord> = {}) {
  const base = queuedRecord(id, overrides);
  return {
    ...base,
    request: { ...base.request, amazonOrderId: `123-0000000-00000${id}` },
  } as OutboxRecord;
}

Deno.test("defineSellerOutboxObject() refuses timings that are not positive integers, naming them", () => {
  for (
    const name of [
      "leaseMs",
      "retryDelayMs",
      "maxAttempts",
      "drainBudgetMs",
      "pollMs",
    ] as const
  ) {
    for (const value of [0, -1, 1.5, NaN, Infinity, "5"]) {
      assert.throws(
        () => defineSellerOutboxObject({ [name]: value as number }),
        {
          name: "RangeError",
          message:
            `Cannot define the seller outbox object: "${name}" must be a positive integer, got "${value}"`,
        },
      );
    }
    assert.equal(
      typeof defineSellerOutboxObject({ [name]: 1 }),
      "function",
    );
  }
  assert.equal(typeof SellerOutboxObject, "function");
});

Deno.test("fetch() answers 400 to what is not a call", async () => {
  const { instance, close } = open();
  try {
    for (
      const [request, why] of [
        [new Request(RPC_URL), "expected POST /call"],
        [
          new Request("https://x.invalid/other", {
            method: "POST",
            body: "{}",
          }),
          "expected POST /call",
        ],
        [
          new Request(RPC_URL, { method: "POST", body: "not json" }),
          "the body is not JSON",
        ],
        [
          new Request(RPC_URL, {
            method: "POST",
            body: JSON.stringify({ method: "outbox.drop", args: [] }),
          }),
          "expected { seller?, method, args } with a known method",
        ],
      ] as const
    ) {
      const response = await instance.fetch(request);
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        error: { name: "Error", message: why },
      });
    }
  } finally {
    close();
  }
});

Deno.test("fetch() answers every known method (none falls through to an unknown call)", async () => {
  const { instance, close } = open();
  try {
    for (const method of RPC_METHODS) {
      const response = await instance.fetch(
        new Request(RPC_URL, {
          method: "POST",
          body: JSON.stringify({ method, args: [] }),
        }),
      );
      const text = await response.text();
      assert.doesNotMatch(text, /Unknown call/, method);
    }
  } finally {
    close();
  }
});

Deno.test("an object holds the seller of its first call, also after a restart", async () => {
  const { sql, Class, call, insert, close } = open();
  try {
    assert.equal(await call("duplicateGuard.claim", ["d", 1000]), true);
    await assert.rejects(
      call("duplicateGuard.claim", ["d", 1000], "seller-b"),
      {
        message:
          'Durable Object call "duplicateGuard.claim" for seller "seller-b" failed: This object holds the outbox of seller "seller-a", not "seller-b"',
      },
    );
    // A record of another seller is refused even in seller-a's call.
    await assert.rejects(insert(record("01", { seller: "seller-b" })), {
      message: /holds the outbox of seller "seller-a", not "seller-b"/,
    });
    assert.equal(await insert(record("02")), true);

    const again = new Class(fakeState(sql), {});
    const response = await again.fetch(
      new Request(RPC_URL, {
        method: "POST",
        body: JSON.stringify({
          seller: "seller-b",
          method: "outbox.get",
          args: ["02"],
        }),
      }),
    );
    assert.equal(response.status, 500);
    assert.match(
      (await response.json()).error.message,
      /holds the outbox of seller "seller-a", not "seller-b"/,
    );
  } finally {
    close();
  }
});

Deno.test("the directory answers the first seller of an id, and every seller it has seen", async () => {
  const { instance, close } = open();
  try {
    const stub = {
      fetch: (input: string, init?: RequestInit) =>
        instance.fetch(new Request(input, init)),
    };
    const dir = (method: string, args: unknown[]) =>
      callObject(stub, { method, args });
    assert.equal(await dir("directory.find", ["01"]), undefined);
    assert.equal(await dir("directory.claim", ["01", "seller-a"]), "seller-a");
    assert.equal(await dir("directory.claim", ["01", "seller-b"]), "seller-a");
    assert.equal(await dir("directory.claim", ["02", "seller-b"]), "seller-b");
    assert.equal(await dir("directory.find", ["01"]), "seller-a");
    assert.deepEqual(
      (await dir("directory.sellers", []) as string[]).sort(),
      ["seller-a", "seller-b"],
    );
  } finally {
    close();
  }
});

Deno.test("queuing a record sets the alarm for its notBefore unless one is set earlier", async () => {
  const { state, insert, call, close } = open();
  try {
    assert.equal(state.alarm, null);
    await insert(record("01", { notBefore: LATER + 5000 }));
    assert.equal(state.alarm, LATER + 5000);
    await insert(record("02", { notBefore: LATER + 1000 }));
    assert.equal(state.alarm, LATER + 1000);
    await insert(record("03", { notBefore: LATER + 9000 }));
    assert.equal(state.alarm, LATER + 1000);
    // Records that are not queued set nothing.
    await insert(record("04", { status: "cancelled", notBefore: LATER }));
    await insert(
      record("05", { status: "sending", leaseUntil: LATER, notBefore: LATER }),
    );
    // A record refused as taken sets nothing either.
    assert.equal(await insert(record("01", { notBefore: LATER })), false);
    assert.deepEqual(state.alarmsSet, [LATER + 5000, LATER + 1000]);

    // A retry (replace to queued) sets it too.
    const entry = await call("outbox.get", ["04"]) as {
      record: OutboxRecord;
      version: string;
    };
    assert.equal(
      await call("outbox.replace", [entry, {
        ...entry.record,
        status: "queued",
        notBefore: LATER + 10,
      }]),
      true,
    );
    assert.equal(state.alarm, LATER + 10);
  } finally {
    close();
  }
});

Deno.test("a record due in the past sets the alarm to now, never to a time the runtime refuses", async () => {
  const { state, insert, close } = open();
  try {
    const before = Date.now();
    await insert(record("01", { notBefore: 0 }));
    const after = Date.now();
    assert.ok(
      state.alarm !== null && state.alarm >= before && state.alarm <= after,
      `alarm ${state.alarm} not in [${before}, ${after}]`,
    );
  } finally {
    close();
  }
});

Deno.test("an object that starts with work and no alarm sets one; an earlier alarm stays", async () => {
  const { sql, Class, insert, close } = open();
  try {
    await insert(record("01", { notBefore: LATER + 500 }));
    await insert(
      record("02", { status: "sending", leaseUntil: LATER + 200 }),
    );
    const state = fakeState(sql);
    new Class(state, {});
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(state.alarm, LATER + 200);

    const early = fakeState(sql);
    await early.storage.setAlarm(LATER + 100);
    new Class(early, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(early.alarmsSet, [LATER + 100]);
  } finally {
    close();
  }
});

Deno.test("alarm() with no seller yet does nothing", async () => {
  const { state, instance, close } = open();
  try {
    await instance.alarm();
    assert.deepEqual(state.alarmsSet, []);
    assert.equal(state.alarm, null);
  } finally {
    close();
  }
});

Deno.test("alarm() drains the seller's queue with its client and removes the alarm when nothing is left", async () => {
  const { client, sent } = fakeClient();
  const made: string[] = [];
  const { state, instance, insert, status, close } = open({
    clientFor: (seller) => {
      made.push(seller);
      return client;
    },
  });
  try {
    await insert(record("01"));
    await insert(record("02"));
    await instance.alarm();
    assert.deepEqual(sent.sort(), [
      "123-0000000-0000001",
      "123-0000000-0000002",
    ]);
    assert.deepEqual(made, ["seller-a"]);
    assert.equal(status("01"), "sent");
    assert.equal(status("02"), "sent");
    assert.equal(state.alarm, null);
  } finally {
    close();
  }
});

Deno.test("alarm() sets the next alarm for the earliest record still queued", async () => {
  const { client, sent } = fakeClient();
  const { state, instance, insert, status, close } = open({
    clientFor: () => client,
  });
  try {
    await insert(record("01"));
    await insert(record("02", { notBefore: LATER + 700 }));
    await insert(record("03", { notBefore: LATER + 300, seller: "seller-a" }));
    await instance.alarm();
    assert.deepEqual(sent, ["123-0000000-0000001"]);
    assert.equal(status("02"), "queued");
    assert.equal(state.alarm, LATER + 300);
  } finally {
    close();
  }
});

Deno.test("alarm() waits pollMs when messages are due but their lane is locked elsewhere", async () => {
  const { client, sent } = fakeClient();
  const pollMs = 60_000;
  const { state, instance, insert, call, close } = open({
    clientFor: () => client,
    pollMs,
  });
  try {
    await insert(record("01"));
    assert.equal(
      await call("outbox.lock", [LANE, "another drainer", LATER, Date.now()]),
      true,
    );
    const before = Date.now();
    await instance.alarm();
    const after = Date.now();
    assert.deepEqual(sent, []);
    assert.ok(
      state.alarm !== null && state.alarm >= before + pollMs &&
        state.alarm <= after + pollMs,
      `alarm ${state.alarm} not in [${before + pollMs}, ${after + pollMs}]`,
    );
  } finally {
    close();
  }
});

Deno.test("alarm() fails a message whose client cannot be made, and makes a new client next time", async () => {
  let calls = 0;
  const { client, sent } = fakeClient();
  const { state, instance, insert, status, close } = open({
    // A factory that answers a promise: a rejected one is not kept.
    clientFor: () => {
      calls++;
      return calls === 1
        ? Promise.reject(new Error("no credentials"))
        : Promise.resolve(client);
    },
  });
  try {
    await insert(record("01"));
    await instance.alarm();
    assert.equal(status("01"), "failed");
    assert.deepEqual(sent, []);
    assert.equal(state.alarm, null);
    // The failed client is not kept: the next drain makes a new one.
    await insert(record("02"));
    await instance.alarm();
    assert.equal(calls, 2);
    assert.deepEqual(sent, ["123-0000000-0000002"]);
    assert.equal(state.alarm, null);
  } finally {
    close();
  }
});

Deno.test("alarm() reports a drain that failed and tries again 5 × pollMs later", async () => {
  const errors: unknown[] = [];
  const pollMs = 60_000;
  let broken = false;
  const { client, sent } = fakeClient();
  const { state, instance, insert, status, close } = open(
    { clientFor: () => client, pollMs, onError: (error) => errors.push(error) },
    (query) => broken && query.includes("outbox_locks"),
  );
  try {
    await insert(record("01"));
    broken = true;
    const before = Date.now();
    await instance.alarm();
    const after = Date.now();
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /disk I\/O error/);
    assert.deepEqual(sent, []);
    assert.equal(status("01"), "queued");
    assert.ok(
      state.alarm !== null && state.alarm >= before + 5 * pollMs &&
        state.alarm <= after + 5 * pollMs,
      `alarm ${state.alarm} not in [${before + 5 * pollMs}, ${
        after + 5 * pollMs
      }]`,
    );
    broken = false;
    await instance.alarm();
    assert.deepEqual(sent, ["123-0000000-0000001"]);
    assert.equal(state.alarm, null);
  } finally {
    close();
  }
});

Deno.test("an alarm during a drain only keeps the alarm set ahead, and queuing sets nothing until the drain ends", async () => {
  let open_ = () => {};
  const gate = new Promise<void>((resolve) => open_ = resolve);
  let started = () => {};
  const sending = new Promise<void>((resolve) => started = resolve);
  const { client, sent } = fakeClient(() => {
    started();
    return gate;
  });
  const pollMs = 60_000;
  const { state, instance, insert, close } = open({
    clientFor: () => client,
    pollMs,
  });
  try {
    await insert(record("01"));
    const first = instance.alarm();
    await sending;
    // The drain's own heartbeat.
    assert.equal(state.alarmsSet.length, 2);
    const before = Date.now();
    await instance.alarm();
    const after = Date.now();
    assert.equal(state.alarmsSet.length, 3);
    assert.ok(
      state.alarm! >= before + 5 * pollMs && state.alarm! <= after + 5 * pollMs,
    );
    // Due before the heartbeat: would lower the alarm were no drain running.
    const soon = Date.now() + pollMs;
    await insert(record("02", { notBefore: soon }));
    assert.equal(state.alarmsSet.length, 3);
    open_();
    await first;
    assert.deepEqual(sent, ["123-0000000-0000001"]);
    // The drain's end sets the alarm for what was queued meanwhile.
    assert.equal(state.alarm, soon);
  } finally {
    close();
  }
});

Deno.test("alarm() stops sending once its budget is spent and leaves the alarm set for the rest", async () => {
  const { client, sent } = fakeClient(() =>
    new Promise((resolve) => setTimeout(resolve, 20))
  );
  const { state, instance, insert, status, close } = open({
    clientFor: () => client,
    drainBudgetMs: 1,
  });
  try {
    for (const id of ["01", "02", "03", "04"]) await insert(record(id));
    await instance.alarm();
    assert.ok(sent.length <= 1, `${sent.length} sent`);
    assert.equal(status("04"), "queued");
    assert.notEqual(state.alarm, null);
  } finally {
    close();
  }
});

import assert from "node:assert/strict";
import {
  createRecords,
  createResponder,
  type Writable,
} from "../../../src/sp_api/sandbox/_records.ts";
import type { SandboxRequestRecord } from "../../../src/sp_api/sandbox/types.ts";

function record(operation: string): Writable<SandboxRequestRecord> {
  return {
    method: "GET",
    url: "https://example.invalid/",
    operation,
    status: undefined,
    time: 0,
    requestId: "rid-1",
  };
}

Deno.test("createRecords() keeps at most maxRecords per list and clears all lists", () => {
  const records = createRecords(2);
  for (let i = 0; i < 3; i++) records.keep(records.requests, record(`op${i}`));
  assert.deepEqual(records.requests.map((r) => r.operation), ["op1", "op2"]);
  records.keep(records.uploads, {} as never);
  records.keep(records.sent, {} as never);
  records.clear();
  assert.deepEqual(
    [records.requests.length, records.uploads.length, records.sent.length],
    [0, 0, 0],
  );
});

Deno.test("createResponder() answers JSON with the request id and Amazon's rate-limit header where Amazon sends it", async () => {
  const { respond, fail } = createResponder({ rate: 5, burst: 15 });
  const ok = record("getAttributes");
  const response = respond(ok, 200, { a: 1 });
  assert.equal(ok.status, 200);
  assert.equal(response.headers.get("x-amzn-RequestId"), "rid-1");
  assert.equal(response.headers.get("x-amzn-RateLimit-Limit"), "5");
  assert.deepEqual(await response.json(), { a: 1 });
  const limited = (status: number, operation = "getAttributes") =>
    respond(record(operation), status, {}).headers.get(
      "x-amzn-RateLimit-Limit",
    );
  assert.deepEqual(
    [400, 404, 403, 429, 500, 503].map((status) => limited(status)),
    ["5", "5", null, null, null, null],
  );
  assert.equal(limited(200, "lwaToken"), null);
  assert.equal(limited(200, "uploadContent"), null);
  assert.equal(respond(record("x"), 204, {}).body, null);
  const failed = fail(record("x"), 400, { code: "InvalidInput", message: "m" });
  assert.deepEqual(await failed.json(), {
    errors: [{ code: "InvalidInput", message: "m" }],
  });
  assert.equal(
    createResponder(false).respond(record("x"), 200, {}).headers.get(
      "x-amzn-RateLimit-Limit",
    ),
    null,
  );
});

import assert from "node:assert/strict";
import { readJsonBody } from "../../src/http/_read_json_body.ts";

function request(
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
): Request {
  return new Request("http://localhost/messages", {
    method: "POST",
    body,
    headers,
  });
}

async function codeOf(
  req: Request,
  max = 100,
): Promise<[number, string] | unknown> {
  const result = await readJsonBody(req, max);
  if (result.ok) return result.value;
  return [
    result.answer.status,
    (result.answer.body.error as { code: string }).code,
  ];
}

Deno.test("readJsonBody() parses JSON under the limit", async () => {
  assert.deepEqual(await codeOf(request('{"a":1}')), { a: 1 });
  assert.deepEqual(
    await codeOf(
      request("[1]", {
        "content-type": "application/vnd.api+json; charset=UTF-8",
      }),
    ),
    [1],
  );
  assert.deepEqual(await codeOf(request("\ufeff{}")), {});
});

Deno.test("readJsonBody() answers 415 for other media types, charsets and encodings", async () => {
  for (
    const headers of [
      {},
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "application/json; charset=latin1" },
      { "content-type": "application/json", "content-encoding": "gzip" },
      { "content-type": "application/jsonx" },
    ]
  ) {
    assert.deepEqual(
      await codeOf(request("{}", headers as Record<string, string>)),
      [415, "unsupported_media_type"],
      JSON.stringify(headers),
    );
  }
});

Deno.test("readJsonBody() answers 413 from content-length before reading", async () => {
  // A small body that declares itself large is refused unread.
  const req = request("{}", {
    "content-type": "application/json",
    "content-length": "1000",
  });
  assert.deepEqual(await codeOf(req), [413, "payload_too_large"]);
  assert.equal(req.bodyUsed, false);
  assert.deepEqual(await codeOf(request("x".repeat(101))), [
    413,
    "payload_too_large",
  ]);
  assert.deepEqual(
    await codeOf(request(`"${"x".repeat(98)}"`)),
    "x".repeat(98),
  );
});

Deno.test("readJsonBody() answers 413 for a chunked body that grows past the limit", async () => {
  let chunks = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      chunks++;
      controller.enqueue(new TextEncoder().encode(" ".repeat(40)));
      if (chunks > 1000) controller.close();
    },
  });
  assert.deepEqual(await codeOf(request(stream)), [413, "payload_too_large"]);
  assert.ok(chunks < 10, "stopped reading at the limit");
});

Deno.test("readJsonBody() answers 400 malformed_json for empty, non-UTF-8 and invalid bodies", async () => {
  for (
    const body of [
      null,
      "",
      "   ",
      "{bad",
      "{'a':1}",
      new Uint8Array([0x7b, 0xff, 0x7d]),
    ]
  ) {
    assert.deepEqual(
      await codeOf(request(body)),
      [400, "malformed_json"],
      String(body),
    );
  }
});

Deno.test("readJsonBody() answers 400 when the body stream fails", async () => {
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.error(new Error("connection reset"));
    },
  });
  assert.deepEqual(await codeOf(request(stream)), [400, "malformed_json"]);
});

import assert from "node:assert/strict";
import { MESSAGE_TYPES } from "../../../src/message_types/mod.ts";
import { contentMd5 } from "../../../src/sp_api/content_md5.ts";
import { createFaults } from "../../../src/sp_api/sandbox/_faults.ts";
import {
  createRecords,
  createResponder,
  type Writable,
} from "../../../src/sp_api/sandbox/_records.ts";
import {
  createSandboxUploads,
  isContentMd5,
} from "../../../src/sp_api/sandbox/_uploads.ts";
import type { SandboxRequestRecord } from "../../../src/sp_api/sandbox/types.ts";
import { createFakeClock } from "../_fake_clock.ts";

function record(operation: string): Writable<SandboxRequestRecord> {
  return {
    method: "POST",
    url: "https://example.invalid/",
    operation,
    status: undefined,
    time: 0,
    requestId: "rid",
  };
}

function setup() {
  const clock = createFakeClock(5);
  const responder = createResponder(false);
  const records = createRecords(Infinity);
  const uploads = createSandboxUploads({
    clock,
    uploadBase: new URL("https://uploads.example.invalid/bucket/"),
    records,
    responder,
    faults: createFaults(clock, responder),
  });
  return { records, uploads };
}

Deno.test("isContentMd5() accepts only the base64 of 16 bytes", () => {
  assert.equal(isContentMd5(contentMd5(new Uint8Array([1, 2, 3]))), true);
  assert.equal(isContentMd5("AAAAAAAAAAAAAAAAAAAAAA=="), true);
  assert.equal(isContentMd5("AAAAAAAAAAAAAAAAAAAAAAA="), false);
  assert.equal(isContentMd5("not a digest"), false);
});

Deno.test("createSandboxUploads() signs a destination and takes exactly the signed bytes", async () => {
  const { records, uploads } = setup();
  const bytes = new TextEncoder().encode("%PDF-1.7 sandbox");
  const md5 = contentMd5(bytes);
  const created = await uploads.createDestination(
    new URL(
      `https://x.invalid/?contentMD5=${
        encodeURIComponent(md5)
      }&contentType=application%2Fpdf`,
    ),
    {
      amazonOrderId: "111-2223334-4445556",
      type: "invoice",
      descriptor: MESSAGE_TYPES.invoice,
      marketplaceId: "ATVPDKIKX0DER",
    },
    record("createUploadDestinationForResource"),
    undefined,
  );
  assert.equal(created.status, 201);
  const { payload } = await created.json();
  const url = new URL(payload.url);
  assert.equal(uploads.isUploadUrl(url), true);
  assert.equal(
    uploads.isUploadUrl(new URL("https://x.invalid/bucket/")),
    false,
  );
  assert.deepEqual(records.uploads.map((u) => [u.type, u.time, u.bytes]), [
    ["invoice", 5, undefined],
  ]);

  const put = (
    target: URL,
    body: Uint8Array<ArrayBuffer>,
    type = "application/pdf",
  ) =>
    uploads.putContent(
      new Request(target, {
        method: "PUT",
        body,
        headers: { "content-type": type },
      }),
      target,
      record("uploadContent"),
      undefined,
    );
  const forged = new URL(url);
  forged.searchParams.set("X-Amz-Signature", "forged");
  assert.equal((await put(forged, bytes)).status, 403);
  assert.equal((await put(url, bytes, "text/plain")).status, 403);
  const wrong = await put(url, new TextEncoder().encode("other"));
  assert.equal(wrong.status, 400);
  assert.match(await wrong.text(), /<Code>BadDigest<\/Code>/);
  assert.equal((await put(url, bytes)).status, 200);
  assert.deepEqual(records.uploads[0].bytes, bytes);
});

Deno.test("createSandboxUploads() refuses types without attachments and bad digests", async () => {
  const { uploads } = setup();
  const create = async (type: "unexpectedProblem" | "invoice", md5: string) => {
    const response = await uploads.createDestination(
      new URL(`https://x.invalid/?contentMD5=${encodeURIComponent(md5)}`),
      {
        amazonOrderId: "1",
        type,
        descriptor: MESSAGE_TYPES[type],
        marketplaceId: "ATVPDKIKX0DER",
      },
      record("createUploadDestinationForResource"),
      undefined,
    );
    return [response.status, (await response.json()).errors?.[0]?.details];
  };
  const md5 = contentMd5(new Uint8Array(1));
  assert.deepEqual(await create("unexpectedProblem", md5), [400, "resource"]);
  assert.deepEqual(await create("invoice", "abc"), [400, "contentMD5"]);
});

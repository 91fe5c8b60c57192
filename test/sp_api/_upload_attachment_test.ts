import assert from "node:assert/strict";
import { contentMd5 } from "../../src/sp_api/content_md5.ts";
import { SpApiError } from "../../src/sp_api/errors.ts";
import { resolveClientOptions } from "../../src/sp_api/_client_options.ts";
import type { Answer, Call } from "../../src/sp_api/_request_pipeline.ts";
import { uploadAttachment } from "../../src/sp_api/_upload_attachment.ts";

const BYTES = new TextEncoder().encode("%PDF-1.7 upload test");
const OPTIONS = {
  marketplaceId: "ATVPDKIKX0DER",
  fileName: "invoice.pdf",
  bytes: BYTES,
  contentType: "application/pdf",
};

function context(destination: unknown) {
  const calls: Call[] = [];
  return {
    calls,
    context: {
      config: resolveClientOptions({ auth: { accessToken: "Atza|x" } }),
      signal: undefined,
      perform: (call: Call): Promise<Answer> => {
        calls.push(call);
        return Promise.resolve(
          calls.length === 1
            ? { status: 201, json: destination, requestId: "rid-1" }
            : { status: 200, json: undefined, requestId: undefined },
        );
      },
    },
  };
}

Deno.test("uploadAttachment() asks for a destination with the digest, then PUTs the bytes with its headers", async () => {
  const { calls, context: ctx } = context({
    payload: {
      uploadDestinationId: "amzn1.tortuga.4.x",
      url: "https://s3.invalid/u?X-Amz-Signature=s",
      headers: { "Content-MD5": contentMd5(BYTES), skipped: 1 },
    },
  });
  const attachment = await uploadAttachment(ctx, "1-2-3", "invoice", OPTIONS);
  assert.deepEqual(attachment, {
    uploadDestinationId: "amzn1.tortuga.4.x",
    fileName: "invoice.pdf",
  });
  assert.ok(Object.isFrozen(attachment));
  const destination = new URL(calls[0].url);
  assert.equal(
    destination.pathname,
    "/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/1-2-3/messages/invoice",
  );
  assert.equal(destination.searchParams.get("contentMD5"), contentMd5(BYTES));
  assert.deepEqual(calls[0].limits, { rate: 10, burst: 10 });
  assert.equal(calls[1].method, "PUT");
  assert.equal(calls[1].spApi, false);
  assert.deepEqual(calls[1].headers, { "Content-MD5": contentMd5(BYTES) });
  assert.equal(calls[1].body, BYTES);
});

Deno.test("uploadAttachment() refuses bad arguments before any request, and an answer without a destination", async () => {
  const { calls, context: ctx } = context({ payload: {} });
  await assert.rejects(
    uploadAttachment(ctx, "1-2-3", "unexpectedProblem", OPTIONS),
    RangeError,
  );
  await assert.rejects(
    uploadAttachment(ctx, "1-2-3", "invoice", { ...OPTIONS, fileName: " " }),
    TypeError,
  );
  await assert.rejects(
    uploadAttachment(ctx, "1-2-3", "invoice", { ...OPTIONS, contentType: "" }),
    TypeError,
  );
  assert.equal(calls.length, 0);
  await assert.rejects(
    uploadAttachment(ctx, "1-2-3", "invoice", OPTIONS),
    SpApiError,
  );
  assert.equal(calls.length, 1);
});

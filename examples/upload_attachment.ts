/**
 * Uploading a warranty document and sending it: the Uploads flow (content
 * MD5, upload destination, PUT of the bytes) runs against the built-in
 * sandbox, then the warranty message references the upload.
 *
 * Run: `deno run examples/upload_attachment.ts`
 *
 * @module
 */

import { createMessagingClient, lintMessage } from "../mod.ts";
import { createSandbox } from "../src/testing/mod.ts";

const orderId = "123-1234567-1234567";
const marketplaceId = "A1F83G8C2ARO7P"; // amazon.co.uk
const sandbox = createSandbox();
const client = createMessagingClient({
  auth: { accessToken: "Atza|example" },
  fetch: sandbox.fetch,
});

const bytes = new TextEncoder().encode(
  "%PDF-1.7\n% Warranty certificate for order 123-1234567-1234567\n",
);
const attachment = await client.uploadAttachment(orderId, "warranty", {
  marketplaceId,
  fileName: "warranty-certificate.pdf",
  bytes,
  contentType: "application/pdf",
});
const body = {
  attachments: [attachment],
  coverageStartDate: "2026-12-01T00:00:00Z",
  coverageEndDate: "2028-12-01T00:00:00Z",
};
const report = lintMessage({ type: "warranty", ...body });
if (!report.ok) {
  throw new Error(report.diagnostics.map((d) => d.message).join("\n"));
}
await client.createWarranty(orderId, { marketplaceId, body });
console.log(
  `uploaded ${attachment.fileName} as ${attachment.uploadDestinationId}; sent ${sandbox.sent.length} warranty message(s)`,
);

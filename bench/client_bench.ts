/**
 * Per-request overhead of the Messaging client over a bare `fetch` to the
 * same in-process sandbox: validation, rate limiter bookkeeping (with limits
 * set so high that it never waits), token lookup, headers, the timeout timer,
 * hooks and response parsing. `deno bench` prints the ratio against the
 * baseline of each group.
 *
 * Run: deno bench bench/client_bench.ts
 */
import { createMessagingClient } from "../src/sp_api/messaging_client.ts";
import { createSandbox } from "../src/sp_api/sandbox/mod.ts";

const ORDER = "902-3159896-1390916";
const US = "ATVPDKIKX0DER";
const TOKEN = "Atza|bench-token";
const TEXT =
  "Your parcel was damaged in transit. A replacement ships today and arrives on Thursday.";
const HOST = "https://sellingpartnerapi-na.amazon.com";

const sandbox = createSandbox({ rateLimit: false, maxRecords: 100 });
const client = createMessagingClient({
  auth: { accessToken: TOKEN },
  fetch: sandbox.fetch,
  rateLimit: { rate: 1e9, burst: 1e9 },
});

const sendUrl =
  `${HOST}/messaging/v1/orders/${ORDER}/messages/unexpectedProblem?marketplaceIds=${US}`;
const attributesUrl =
  `${HOST}/messaging/v1/orders/${ORDER}/attributes?marketplaceIds=${US}`;
const headers = {
  "x-amz-access-token": TOKEN,
  "user-agent": "bench",
  "accept": "application/json, application/hal+json",
};

Deno.bench("bare fetch: POST unexpectedProblem", {
  group: "send",
  baseline: true,
}, async () => {
  const response = await sandbox.fetch(sendUrl, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ text: TEXT }),
  });
  await response.text();
  if (response.status !== 201) throw new Error(`${response.status}`);
});

// A new text each time: the duplicate guard (whose cost is part of a send)
// refuses the same message twice.
let sent = 0;
Deno.bench("client.createUnexpectedProblem()", { group: "send" }, async () => {
  await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: `${TEXT} ${sent++}` },
  });
});

Deno.bench("bare fetch: GET attributes", {
  group: "get",
  baseline: true,
}, async () => {
  const response = await sandbox.fetch(attributesUrl, { headers });
  const json = await response.json();
  if (json.buyer.locale !== "en-US") throw new Error("bad locale");
});

Deno.bench("client.getAttributes()", { group: "get" }, async () => {
  await client.getAttributes(ORDER, { marketplaceId: US });
});

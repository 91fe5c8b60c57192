/**
 * Sends the job's messages with this library's client, over HTTP to the
 * loopback sandbox: LWA through the sandbox's token endpoint
 * (`createLwaAuth({ endpoint })`), Messaging through `endpoint`, the rate
 * limit told to the client (`rateLimit`), retries at their defaults.
 *
 * Client `ours-nopool` is the same with a `fetch` that never reuses a
 * connection (`Deno.createHttpClient({ poolMaxIdlePerHost: 0 })`): Deno's
 * `fetch` resends a request once, silently, when a reused keep-alive
 * connection closes before the answer (denoland/deno#32566), which turns a
 * connection dropped after Amazon took a message into a duplicate.
 *
 * Run by `bench/sections/send.ts` as
 * `deno run --allow-net=127.0.0.1 bench/send/run_ours.ts` with the job on
 * standard input.
 *
 * @module
 */

import { createLwaAuth } from "../../src/sp_api/lwa_auth.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import {
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import { runPool, type SendJob } from "./job.ts";

const job = JSON.parse(
  await new Response(Deno.stdin.readable).text(),
) as SendJob;
const httpClient = job.client === "ours-nopool"
  ? Deno.createHttpClient({ poolMaxIdlePerHost: 0 })
  : undefined;
const client = createMessagingClient({
  auth: createLwaAuth({
    ...job.credentials,
    endpoint: `${job.lwaOrigin ?? job.origin}/auth/o2/token`,
    ...(httpClient === undefined ? {} : {
      fetch: (input: Request | URL | string, init?: RequestInit) =>
        fetch(input, { ...init, client: httpClient } as RequestInit),
    }),
  }),
  endpoint: job.origin,
  rateLimit: { rate: job.rate, burst: job.burst },
  ...(httpClient === undefined ? {} : {
    fetch: (input: Request | URL | string, init?: RequestInit) =>
      fetch(input, { ...init, client: httpClient } as RequestInit),
  }),
});
const result = await runPool(
  job.messages,
  job.concurrency,
  async (message) => {
    await client.createUnexpectedProblem(message.orderId, {
      marketplaceId: job.marketplaceId,
      body: { text: message.text },
    });
  },
  (error) =>
    error instanceof UnknownOutcomeError
      ? "unknown outcome reported (not resent)"
      : error instanceof QuotaExceededError
      ? "429 surfaced"
      : error instanceof SpApiError
      ? `HTTP ${error.status}`
      : error instanceof Error
      ? error.name
      : "error",
);
httpClient?.close();
console.log(JSON.stringify({ client: job.client, ...result }));

// Sends the job's messages (JSON on standard input, as bench/send/job.ts
// describes) with one peer SP-API client under Node, against the loopback
// sandbox, and prints the outcome as JSON. bench/sections/send.ts copies this
// file next to the peers' node_modules (in a temporary folder) and runs it as
// `node --require ./loopback_only.cjs run_peer.mjs`.
//
// How each peer reaches 127.0.0.1 (and where it cannot):
// - amazon-sp-api: lib/Request.js builds `'https://' + this._api_endpoint`
//   with `port: 443` and hard-codes 'https://api.amazon.com/auth/o2/token'
//   in lib/SellingPartner.js; its one hook is `options.https_proxy_agent`,
//   passed as `agent` to every https.request (token requests included). We
//   pass an agent whose connections go to the loopback sandbox (plain HTTP
//   on the agent's socket). Its own LWA flow runs (JSON body).
// - @sp-api-sdk: the Messaging client is not on the registry we can reach
//   (404), so we drive the shared layer every @sp-api-sdk client is built
//   on, `createAxiosInstance` from @sp-api-sdk/common (token interceptor,
//   429 retry via axios-retry), with the request the generated
//   `MessagingApi.createUnexpectedProblem` sends (POST, JSON body,
//   `marketplaceIds` in the query) to the loopback base path, as a
//   generated client does after `client.basePath = ...`. @sp-api-sdk/auth
//   fixes its token URL (`axios.create({ baseURL:
//   'https://api.amazon.com/auth/' })`), so `auth` is an object whose
//   getAccessToken() returns a token from the sandbox's LWA endpoint.
// - @amazon-sp-api-release/amazon-sp-api-sdk-js: `new ApiClient(baseUrl)`
//   takes the loopback base URL; its LWA client posts to the fixed
//   'https://api.amazon.com/auth/o2/token' (src/messaging_v1/ApiClient.js,
//   LwaOAuthClient), so the sandbox's token is applied with
//   applyXAmzAccessTokenToRequest(). Its Bottleneck rate limiter is set to
//   the sandbox's plan with setCustomizedRateLimiterForOperation().

import https from "node:https";
import net from "node:net";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

async function readJob() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** An https agent whose connections all go to the loopback sandbox. */
class LoopbackAgent extends https.Agent {
  constructor(port) {
    super({ keepAlive: true });
    this.loopbackPort = port;
  }
  createConnection() {
    return net.connect({ host: "127.0.0.1", port: this.loopbackPort });
  }
}

function describeError(error) {
  const status = error?.response?.status ?? error?.status ??
    error?.statusCode;
  const code = error?.code ?? error?.cause?.code;
  return { status, code };
}

function amazonSpApi(job) {
  const SellingPartner = require("amazon-sp-api");
  const sp = new SellingPartner({
    region: "na",
    refresh_token: job.credentials.refreshToken,
    credentials: {
      SELLING_PARTNER_APP_CLIENT_ID: job.credentials.clientId,
      SELLING_PARTNER_APP_CLIENT_SECRET: job.credentials.clientSecret,
    },
    options: { https_proxy_agent: new LoopbackAgent(job.port) },
  });
  return {
    send: async (message) => {
      await sp.callAPI({
        operation: "createUnexpectedProblem",
        endpoint: "messaging",
        path: { amazonOrderId: message.orderId },
        query: { marketplaceIds: [job.marketplaceId] },
        body: { text: message.text },
        // Its throttling retry waits `restore_rate` seconds (default 1 s,
        // Amazon's real plan): tell it the scaled plan.
        options: { restore_rate: 1 / job.rate },
      });
    },
    classify: (error) => {
      const { code } = describeError(error);
      if (code === "QuotaExceeded") return "429 surfaced";
      if (code === "InternalFailure") return "HTTP 500";
      return code ? String(code) : "error";
    },
  };
}

async function spApiSdk(job) {
  const { createAxiosInstance } = await import("@sp-api-sdk/common");
  const { axios } = createAxiosInstance(
    {
      auth: { getAccessToken: () => Promise.resolve(job.accessToken) },
      region: "na",
      rateLimiting: { retry: true },
    },
    // The generated client's table, with the sandbox's (scaled) plan.
    [{
      method: "post",
      urlRegex: /^\/messaging\/v1\/orders\/[^/]*\/messages\/unexpectedProblem$/,
      rate: job.rate,
      burst: job.burst,
    }],
  );
  return {
    send: async (message) => {
      await axios.request({
        method: "POST",
        url: `${job.origin}/messaging/v1/orders/${
          encodeURIComponent(message.orderId)
        }/messages/unexpectedProblem?marketplaceIds=${job.marketplaceId}`,
        headers: { "Content-Type": "application/json" },
        data: JSON.stringify({ text: message.text }),
      });
    },
    classify: (error) => {
      const { status, code } = describeError(error);
      if (status === 429) return "429 surfaced";
      if (status) return `HTTP ${status}`;
      return code ? String(code) : "error";
    },
  };
}

async function amazonSdk(job) {
  const { MessagingSpApi, RateLimitConfiguration } = await import(
    "@amazon-sp-api-release/amazon-sp-api-sdk-js"
  );
  const client = new MessagingSpApi.ApiClient(job.origin);
  client.applyXAmzAccessTokenToRequest(job.accessToken);
  client.setCustomizedRateLimiterForOperation(
    "MessagingApi-createUnexpectedProblem",
    new RateLimitConfiguration(job.rate, job.burst),
  );
  const api = new MessagingSpApi.MessagingApi(client);
  return {
    send: async (message) => {
      await api.createUnexpectedProblem(
        message.orderId,
        [job.marketplaceId],
        MessagingSpApi.CreateUnexpectedProblemRequest.constructFromObject({
          text: message.text,
        }),
      );
    },
    classify: (error) => {
      const { status, code } = describeError(error);
      if (/dropped by Bottleneck/.test(error?.message ?? "")) {
        return "dropped by the SDK's rate limiter";
      }
      if (status === 429) return "429 surfaced";
      if (status) return `HTTP ${status}`;
      return code ? String(code) : "error";
    },
  };
}

const CLIENTS = {
  "amazon-sp-api": amazonSpApi,
  "sp-api-sdk": spApiSdk,
  "amazon-sdk": amazonSdk,
};

async function runPool(messages, concurrency, send, classify) {
  let next = 0;
  let ok = 0;
  const failures = {};
  const samples = [];
  const started = performance.now();
  const worker = async () => {
    while (next < messages.length) {
      const message = messages[next++];
      try {
        await send(message);
        ok++;
      } catch (error) {
        const kind = classify(error);
        failures[kind] = (failures[kind] ?? 0) + 1;
        if (samples.length < 3) {
          samples.push(`${kind}: ${error?.message ?? error}`.slice(0, 300));
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: performance.now() - started, ok, failures, samples };
}

const job = await readJob();
const make = CLIENTS[job.client];
if (make === undefined) throw new Error(`unknown client ${job.client}`);
const { send, classify } = await make(job);
const result = await runPool(job.messages, job.concurrency, send, classify);
console.log(JSON.stringify({ client: job.client, ...result }));
// Keep-alive sockets and rate-limiter timers must not hold the process.
process.exit(0);

/**
 * Every form of every secret (the LWA client secret and refresh token, the
 * access token and the endpoint's API key), fed through every way the
 * endpoint answers or logs a failure: LWA echoing the form body, SP-API
 * error answers echoing what they received (the token, and a message text
 * holding the API key), network errors, a failing composer. No answer body,
 * answer header or log entry may show any of them in any form.
 */
import assert from "node:assert/strict";
import { createRedactor } from "../../src/_redact.ts";
import { errorAnswer, redactAnswer } from "../../src/http/_answer.ts";
import {
  type AppLogEntry,
  createMessagingApp,
  type MessagingAppOptions,
} from "../../src/http/create_messaging_app.ts";
import { createComposer } from "../../src/compose/create_composer.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import {
  FORMS,
  type SecretForm,
  SECRETS,
  surfaceLeaks,
} from "../sp_api/_secret_forms.ts";

const ORDER = "123-1234567-1234567";
const US = "ATVPDKIKX0DER";
const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.example",
  clientSecret: SECRETS.clientSecret,
  refreshToken: SECRETS.refreshToken,
};
const TEXT =
  `Your parcel was delayed in transit. Reference ${SECRETS.apiKey} applies.`;

function json(status: number, body: unknown, headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

type Upstream = "lwa" | "400" | "403" | "404" | "429" | "500" | "throw";

/**
 * LWA and SP-API over the sandbox, except that `failing` (the token call, or
 * the calls of `method`) fails, echoing in `form` what it received: the
 * form body's secrets, the access token and the message text.
 */
function echoingFetch(
  form: SecretForm,
  failing: Upstream,
  method: "GET" | "POST",
): FetchLike {
  const sandbox = createSandbox();
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes("/auth/o2/token")) {
      if (failing !== "lwa") {
        return json(200, {
          access_token: SECRETS.accessToken,
          expires_in: 3600,
        });
      }
      const received = new URLSearchParams(String(init?.body ?? ""));
      const echo = `received ${form.encode(received.toString())} and ${
        form.encode(received.get("client_secret") ?? "")
      }`;
      return json(
        400,
        { error: "invalid_grant", error_description: echo },
        { "x-amzn-RequestId": form.encode(received.get("refresh_token")!) },
      );
    }
    if (failing === "lwa" || (init?.method ?? "GET") !== method) {
      return sandbox.fetch(input, init);
    }
    const token = new Headers(init?.headers).get("x-amz-access-token") ?? "";
    const sent = typeof init?.body === "string"
      ? (JSON.parse(init.body) as { text?: string }).text ?? ""
      : "";
    const echo = `token ${form.encode(token)} text ${form.encode(sent)}`;
    await Promise.resolve();
    if (failing === "throw") {
      throw new TypeError(`connection failed: ${echo}`, {
        cause: new Error(`socket: ${echo}`),
      });
    }
    const status = Number(failing);
    return json(status, {
      errors: [{
        code: status === 429 ? "QuotaExceeded" : `Code ${echo}`,
        message: `Message ${echo}`,
        details: `Details ${echo}`,
      }],
    }, {
      "x-amzn-RequestId": form.encode(token),
      "set-cookie": `session=${form.encode(token)}`,
    });
  };
}

interface Seen {
  readonly status: number;
  readonly body: string;
  readonly headers: string;
  readonly logs: string;
}

async function serve(
  options: Partial<MessagingAppOptions> & { fetch?: FetchLike },
  request: "types" | "send" | "compose",
): Promise<Seen> {
  const logs: AppLogEntry[] = [];
  const { fetch, ...appOptions } = options;
  const app = createMessagingApp({
    client: { auth: CREDENTIALS, fetch, retry: 0 },
    apiKeys: [SECRETS.apiKey],
    onLog: (entry) => logs.push(entry),
    ...appOptions,
  });
  const authorization = `Bearer ${SECRETS.apiKey}`;
  const response = request === "types"
    ? await app.request(
      `/orders/${ORDER}/message-types?marketplaceId=${US}`,
      { headers: { authorization } },
    )
    : await app.request("/messages", {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({
        amazonOrderId: ORDER,
        marketplaceId: US,
        type: "unexpectedProblem",
        ...(request === "send" ? { text: TEXT } : {
          data: {
            amazonOrderId: ORDER,
            sellerName: "Northwind Outfitters",
            productTitle: "Trail Runner 2 Hiking Boots",
            newShipDate: "2026-12-09",
          },
        }),
      }),
    });
  return {
    status: response.status,
    body: await response.text(),
    headers: JSON.stringify([...response.headers]),
    logs: JSON.stringify(logs),
  };
}

const SCENARIOS: Readonly<
  Record<string, { status: number; run: (form: SecretForm) => Promise<Seen> }>
> = {
  "LWA refuses, echoing the form body": {
    status: 502,
    run: (form) => serve({ fetch: echoingFetch(form, "lwa", "GET") }, "types"),
  },
  "actions 400 echoes the token": {
    status: 400,
    run: (form) => serve({ fetch: echoingFetch(form, "400", "GET") }, "types"),
  },
  "actions 403 echoes the token": {
    status: 502,
    run: (form) => serve({ fetch: echoingFetch(form, "403", "GET") }, "types"),
  },
  "actions 404 echoes the token": {
    status: 404,
    run: (form) => serve({ fetch: echoingFetch(form, "404", "GET") }, "types"),
  },
  "actions 429 echoes the token": {
    status: 429,
    run: (form) => serve({ fetch: echoingFetch(form, "429", "GET") }, "types"),
  },
  "actions 500 echoes the token": {
    status: 502,
    run: (form) => serve({ fetch: echoingFetch(form, "500", "GET") }, "types"),
  },
  "actions fetch throws with the token": {
    status: 502,
    run: (form) =>
      serve({ fetch: echoingFetch(form, "throw", "GET") }, "types"),
  },
  "send 400 echoes the token and the text (API key)": {
    status: 400,
    run: (form) => serve({ fetch: echoingFetch(form, "400", "POST") }, "send"),
  },
  "send 500 echoes the token and the text (API key)": {
    status: 502,
    run: (form) => serve({ fetch: echoingFetch(form, "500", "POST") }, "send"),
  },
  "send fetch throws with the token and the text (API key)": {
    status: 502,
    run: (form) =>
      serve({ fetch: echoingFetch(form, "throw", "POST") }, "send"),
  },
  "composer throws with the API key": {
    status: 500,
    run: (form) => {
      const composer = createComposer();
      return serve({
        fetch: createSandbox().fetch,
        composer: {
          ...composer,
          compose: () => {
            throw new Error(`template store said ${form.encode(TEXT)}`);
          },
        },
      }, "compose");
    },
  },
  "a client instance (the app knows only its API key), send 500": {
    status: 502,
    run: (form) =>
      serve({
        client: createMessagingClient({
          auth: CREDENTIALS,
          fetch: echoingFetch(form, "500", "POST"),
          retry: 0,
        }),
      }, "send"),
  },
};

/** Runs every scenario with every form; lists `scenario | form | surface: leaks`. */
export async function endpointLeaks(): Promise<string[]> {
  const leaks: string[] = [];
  for (const [scenario, { status, run }] of Object.entries(SCENARIOS)) {
    for (const form of FORMS) {
      const seen = await run(form);
      assert.equal(seen.status, status, `${scenario} | ${form.name}`);
      leaks.push(...surfaceLeaks(`${scenario} | ${form.name}`, {
        body: seen.body,
        headers: seen.headers,
        logs: seen.logs,
      }));
    }
  }
  return leaks;
}

Deno.test("no form of any secret shows in an answer or a log of the endpoint", async () => {
  const leaks = await endpointLeaks();
  assert.deepEqual(leaks, [], `${leaks.length} leaks:\n${leaks.join("\n")}`);
});

Deno.test("redacted error answers keep their codes and the useful text", async () => {
  const seen =
    await SCENARIOS["send 500 echoes the token and the text (API key)"]
      .run(FORMS[0]);
  const body = JSON.parse(seen.body);
  assert.equal(body.status, "unknown");
  assert.equal(body.error.code, "unknown_outcome");
  assert.match(body.error.message, /\[REDACTED\]/);
  assert.match(body.error.message, /Cannot tell whether message/);
  const throttled = JSON.parse(
    (await SCENARIOS["actions 429 echoes the token"].run(FORMS[0])).body,
  );
  assert.equal(throttled.error.code, "throttled");
  assert.equal(throttled.error.amazonCode, "QuotaExceeded");
});

Deno.test("redactAnswer() redacts error answers only, and copies only when needed", () => {
  const redactor = createRedactor();
  redactor.addPermanent(SECRETS.apiKey);
  const ok = {
    status: 201,
    outcome: "sent",
    body: { text: SECRETS.apiKey },
  };
  assert.equal(redactAnswer(ok, redactor), ok); // 2xx: never searched
  const clean = errorAnswer(400, "amazon_rejected", "Invalid input");
  assert.equal(redactAnswer(clean, redactor), clean);
  const leaky = errorAnswer(
    400,
    "amazon_rejected",
    `Echo ${encodeURIComponent(SECRETS.apiKey)}`,
    {
      amazonRequestId: `rid ${SECRETS.apiKey}`,
      headers: { "x-echo": SECRETS.apiKey },
      amazonCode: "InvalidInput",
    },
  );
  const redacted = redactAnswer(leaky, redactor);
  assert.deepEqual(redacted.body, {
    error: {
      code: "amazon_rejected",
      message: "Echo [REDACTED]",
      amazonCode: "InvalidInput",
    },
  });
  assert.deepEqual(redacted.headers, { "x-echo": "[REDACTED]" });
  assert.equal(redacted.amazonRequestId, "rid [REDACTED]");
  assert.equal(redacted.status, 400);
  assert.equal(redacted.outcome, "amazon_rejected");
});

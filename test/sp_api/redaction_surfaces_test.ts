/**
 * Every form of every secret, fed through every surface of the client: an
 * LWA answer that echoes the form body, SP-API error answers that echo the
 * access token, network errors whose messages and causes carry it. Whatever
 * a person or a logger can see of the resulting error (message, String,
 * JSON, stack, inspect, causes, fields, kept headers) and of the hooks must
 * show none of the secrets in any form.
 */
import assert from "node:assert/strict";
import { createLwaAuth } from "../../src/sp_api/lwa_auth.ts";
import {
  createMessagingClient,
  type MessagingClientOptions,
} from "../../src/sp_api/messaging_client.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import {
  errorSurfaces,
  FORMS,
  type SecretForm,
  SECRETS,
  surfaceLeaks,
} from "./_secret_forms.ts";

const ORDER = "123-1234567-1234567";
const US = "ATVPDKIKX0DER";
const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.example",
  clientSecret: SECRETS.clientSecret,
  refreshToken: SECRETS.refreshToken,
};

function json(status: number, body: unknown, headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** Echoes the values of the LWA form body, written in `form`, in a 400. */
async function lwaEcho(form: SecretForm, init?: RequestInit) {
  const received = new URLSearchParams(String(init?.body ?? ""));
  const echo = `received refresh_token=${
    form.encode(received.get("refresh_token") ?? "")
  } client_secret=${form.encode(received.get("client_secret") ?? "")}`;
  await Promise.resolve();
  return json(400, {
    error: "invalid_grant",
    error_description: echo,
  }, { "x-amzn-RequestId": form.encode(SECRETS.refreshToken), "x-echo": echo });
}

type SpApiAnswer = "400" | "403" | "429" | "500" | "throw";

/**
 * A fake LWA (issuing the access token) and SP-API that answers `answer`,
 * echoing the access token it received, written in `form`.
 */
function spApiEcho(form: SecretForm, answer: SpApiAnswer): FetchLike {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    await Promise.resolve();
    if (url.includes("/auth/o2/token")) {
      return json(200, {
        access_token: SECRETS.accessToken,
        expires_in: 3600,
        token_type: "bearer",
      });
    }
    const token = new Headers(init?.headers).get("x-amz-access-token") ?? "";
    const echo = `token ${form.encode(token)} refused`;
    if (answer === "throw") {
      throw new TypeError(`connection to ${url} failed: ${echo}`, {
        cause: new Error(`socket said ${echo}`, { cause: `raw ${echo}` }),
      });
    }
    const status = Number(answer);
    return json(status, {
      errors: [{
        code: status === 429 ? "QuotaExceeded" : `Code ${echo}`,
        message: `Message ${echo}`,
        details: `Details ${echo}`,
      }],
    }, {
      "x-amzn-RequestId": form.encode(token),
      "x-echo": echo,
      "set-cookie": `session=${form.encode(token)}`,
    });
  };
}

interface Outcome {
  readonly error: unknown;
  readonly hooks: unknown[];
}

async function run(
  options: Omit<MessagingClientOptions, "auth"> & {
    auth?: MessagingClientOptions["auth"];
  },
  send: boolean,
): Promise<Outcome> {
  const hooks: unknown[] = [];
  const client = createMessagingClient({
    auth: CREDENTIALS,
    retry: 0,
    onRequest: (event) => hooks.push(event),
    onResponse: (event) => hooks.push(event),
    ...options,
  });
  const error = await (send
    ? client.createUnexpectedProblem(ORDER, {
      marketplaceId: US,
      body: { text: "Your parcel was damaged; a replacement ships today." },
    })
    : client.getAttributes(ORDER, { marketplaceId: US })).then(
      () => assert.fail("expected an error"),
      (e) => e,
    );
  return { error, hooks };
}

const SCENARIOS: Readonly<
  Record<string, (form: SecretForm) => Promise<Outcome>>
> = {
  "LWA echoes the form body (createLwaAuth)": async (form) => {
    const auth = createLwaAuth({
      ...CREDENTIALS,
      fetch: (_input, init) => lwaEcho(form, init),
    });
    return { error: await auth().catch((e) => e), hooks: [] };
  },
  "LWA echoes the form body (client)": (form) =>
    run({ fetch: (_input, init) => lwaEcho(form, init) }, false),
  "LWA at lwaEndpoint echoes the form body (client)": (form) =>
    run({
      lwaEndpoint: "http://127.0.0.1:4011/auth/o2/token",
      fetch: (input, init) =>
        String(input) === "http://127.0.0.1:4011/auth/o2/token"
          ? lwaEcho(form, init)
          : Promise.resolve(json(599, { unexpected: String(input) })),
    }, false),
  "SP-API 400 echoes the token (LWA auth)": (form) =>
    run({ fetch: spApiEcho(form, "400") }, false),
  "SP-API 400 echoes the token (accessToken auth)": (form) =>
    run({
      auth: { accessToken: SECRETS.accessToken },
      fetch: spApiEcho(form, "400"),
    }, false),
  "SP-API 403 echoes the token": (form) =>
    run({ fetch: spApiEcho(form, "403") }, false),
  "SP-API 429 echoes the token": (form) =>
    run({ fetch: spApiEcho(form, "429") }, false),
  "SP-API 500 on a read echoes the token": (form) =>
    run({ fetch: spApiEcho(form, "500") }, false),
  "SP-API 500 on a send echoes the token": (form) =>
    run({ fetch: spApiEcho(form, "500") }, true),
  "fetch throws with the token (read)": (form) =>
    run({ fetch: spApiEcho(form, "throw") }, false),
  "fetch throws with the token (send)": (form) =>
    run({ fetch: spApiEcho(form, "throw") }, true),
};

/** Runs every scenario with every form; lists `scenario | form | surface: leaks`. */
export async function clientLeaks(): Promise<string[]> {
  const leaks: string[] = [];
  for (const [scenario, make] of Object.entries(SCENARIOS)) {
    for (const form of FORMS) {
      const { error, hooks } = await make(form);
      const surfaces = {
        ...await errorSurfaces(error),
        hooks: JSON.stringify(hooks),
      };
      leaks.push(...surfaceLeaks(`${scenario} | ${form.name}`, surfaces));
    }
  }
  return leaks;
}

Deno.test("no form of any secret shows on any surface of a client error", async () => {
  const leaks = await clientLeaks();
  assert.deepEqual(leaks, [], `${leaks.length} leaks:\n${leaks.join("\n")}`);
});

Deno.test("the redacted errors keep their class, fields and the useful headers", async () => {
  const form = FORMS[0];
  const { error } = await SCENARIOS["SP-API 429 echoes the token"](form);
  assert.equal((error as Error).name, "QuotaExceededError");
  const quota = error as { status: number; code: string; response?: Response };
  assert.equal(quota.status, 429);
  assert.equal(quota.code, "QuotaExceeded");
  assert.equal(quota.response?.status, 429);
  assert.equal(quota.response?.headers.get("set-cookie"), "[REDACTED]");
  assert.equal(quota.response?.headers.get("x-amzn-RequestId"), "[REDACTED]");
  assert.equal(
    quota.response?.headers.get("content-type"),
    "application/json",
  );
  const lwa = await SCENARIOS["LWA echoes the form body (client)"](form);
  assert.equal((lwa.error as Error).name, "AuthError");
  assert.equal((lwa.error as { error: string }).error, "invalid_grant");
  const elsewhere = await SCENARIOS[
    "LWA at lwaEndpoint echoes the form body (client)"
  ](form);
  assert.equal((elsewhere.error as Error).name, "AuthError");
  assert.equal((elsewhere.error as { error: string }).error, "invalid_grant");
  const thrown = await SCENARIOS["fetch throws with the token (read)"](form);
  assert.ok(thrown.error instanceof TypeError);
  assert.match((thrown.error as Error).message, /connection to .* failed/);
});

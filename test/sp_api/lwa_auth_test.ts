import assert from "node:assert/strict";
import { AuthError } from "../../src/sp_api/errors.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import { createLwaAuth, LWA_TOKEN_URL } from "../../src/sp_api/lwa_auth.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "./_fake_clock.ts";

const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.test-id",
  clientSecret: "amzn1.oa2-cs.v1.SUPER-SECRET-VALUE",
  refreshToken: "Atzr|REFRESH-TOKEN-SECRET",
};
const SECRETS = [CREDENTIALS.clientSecret, CREDENTIALS.refreshToken];

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

function tokenServer(
  answer: (n: number) => Response | Promise<Response>,
): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push({
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: await request.text(),
      });
      return answer(seen.length);
    },
  };
}

function tokenResponse(token: string, expiresIn = 3600): Response {
  return Response.json({
    access_token: token,
    refresh_token: CREDENTIALS.refreshToken,
    token_type: "bearer",
    expires_in: expiresIn,
  });
}

function assertNoSecrets(value: unknown, secrets = SECRETS): void {
  const shown = [
    String(value),
    JSON.stringify(value),
    Deno.inspect(value, { depth: 10, showHidden: true }),
    value instanceof Error ? String(value.stack) : "",
  ].join("\n");
  for (const secret of secrets) {
    assert.ok(!shown.includes(secret), `"${secret}" leaked in:\n${shown}`);
  }
}

Deno.test("createLwaAuth() posts a form-encoded refresh_token grant", async () => {
  const server = tokenServer(() => tokenResponse("Atza|one"));
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  assert.equal(await auth(), "Atza|one");
  const [request] = server.seen;
  assert.equal(request.url, LWA_TOKEN_URL);
  assert.equal(request.method, "POST");
  assert.match(
    request.headers.get("content-type")!,
    /^application\/x-www-form-urlencoded/,
  );
  assert.equal(
    request.headers.get("user-agent"),
    "sellerkit-buyer-messages/0.1.0 (Language=TypeScript)",
  );
  const form = new URLSearchParams(request.body);
  assert.deepEqual(Object.fromEntries(form), {
    grant_type: "refresh_token",
    refresh_token: CREDENTIALS.refreshToken,
    client_id: CREDENTIALS.clientId,
    client_secret: CREDENTIALS.clientSecret,
  });
});

Deno.test("createLwaAuth() caches the token until 60 s before it expires", async () => {
  const clock = createFakeClock(1_000_000);
  let n = 0;
  const server = tokenServer(() => tokenResponse(`Atza|token-${++n}`));
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch, clock });
  assert.equal(await auth(), "Atza|token-1");
  clock.advance(3_539_999);
  assert.equal(await auth(), "Atza|token-1");
  assert.equal(server.seen.length, 1);
  clock.advance(1);
  assert.equal(await auth(), "Atza|token-2");
  assert.equal(server.seen.length, 2);
});

Deno.test("createLwaAuth() shares one in-flight refresh among concurrent callers", async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => release = resolve);
  const server = tokenServer(async () => {
    await gate;
    return tokenResponse("Atza|shared");
  });
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  const callers = Array.from({ length: 25 }, () => auth());
  release();
  const tokens = await Promise.all(callers);
  assert.deepEqual(new Set(tokens), new Set(["Atza|shared"]));
  assert.equal(server.seen.length, 1);
});

Deno.test("createLwaAuth() retries on the next call after a failed refresh", async () => {
  const server = tokenServer((n) =>
    n === 1
      ? Response.json({ error: "server_error" }, { status: 500 })
      : tokenResponse("Atza|second")
  );
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  const [a, b] = await Promise.allSettled([auth(), auth()]);
  assert.equal(a.status, "rejected");
  assert.equal(b.status, "rejected");
  assert.equal(server.seen.length, 1);
  assert.equal(await auth(), "Atza|second");
});

Deno.test("createLwaAuth() throws AuthError with Amazon's error and description, never the secrets", async () => {
  for (
    const [status, error, description] of [
      [
        400,
        "invalid_grant",
        "The request has an invalid grant parameter : refresh_token",
      ],
      [401, "invalid_client", "Client authentication failed"],
    ] as const
  ) {
    const server = tokenServer(() =>
      Response.json({ error, error_description: description }, {
        status,
        headers: { "x-amzn-RequestId": "lwa-rid" },
      })
    );
    const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
    const thrown = await auth().catch((e) => e);
    assert.ok(thrown instanceof AuthError);
    assert.equal(thrown.status, status);
    assert.equal(thrown.error, error);
    assert.equal(thrown.code, error);
    assert.equal(thrown.errorDescription, description);
    assert.equal(thrown.requestId, "lwa-rid");
    assert.match(thrown.message, new RegExp(`${status} "${error}"`));
    assertNoSecrets(thrown);
  }
});

Deno.test("createLwaAuth() redacts secrets that Amazon echoes back", async () => {
  const server = tokenServer(() =>
    Response.json({
      error: "invalid_grant",
      error_description: `Unknown refresh token ${CREDENTIALS.refreshToken}`,
    }, { status: 400 })
  );
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  const thrown = await auth().catch((e) => e);
  assert.ok(thrown instanceof AuthError);
  assert.match(thrown.message, /\[REDACTED\]/);
  assertNoSecrets(thrown);
});

Deno.test("createLwaAuth() rejects an answer without an access token", async () => {
  const server = tokenServer(() => Response.json({ token_type: "bearer" }));
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  await assert.rejects(auth(), AuthError);
});

Deno.test("createLwaAuth() times out with a TimeoutError on the clock", async () => {
  const clock = createFakeClock();
  const auth = createLwaAuth({
    ...CREDENTIALS,
    fetch: () => new Promise(() => {}),
    clock,
    timeoutMs: 5000,
  });
  await assert.rejects(auth(), { name: "TimeoutError" });
  assert.equal(clock.now(), 5000);
});

Deno.test("createLwaAuth() redacts secrets from network errors", async () => {
  const auth = createLwaAuth({
    ...CREDENTIALS,
    fetch: () =>
      Promise.reject(
        new TypeError(`connect failed for body ${CREDENTIALS.clientSecret}`),
      ),
  });
  const thrown = await auth().catch((e) => e);
  assert.ok(thrown instanceof TypeError);
  assertNoSecrets(thrown);
});

Deno.test("createLwaAuth() invalidate() forgets only the matching token", async () => {
  let n = 0;
  const server = tokenServer(() => tokenResponse(`Atza|token-${++n}`));
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: server.fetch });
  assert.equal(await auth(), "Atza|token-1");
  auth.invalidate("Atza|some-older-token");
  assert.equal(await auth(), "Atza|token-1");
  auth.invalidate("Atza|token-1");
  assert.equal(await auth(), "Atza|token-2");
  auth.invalidate();
  assert.equal(await auth(), "Atza|token-3");
});

Deno.test("createLwaAuth() identity() is stable, distinct per seller and not a secret", async () => {
  const a = createLwaAuth(CREDENTIALS);
  const b = createLwaAuth(CREDENTIALS);
  const other = createLwaAuth({ ...CREDENTIALS, refreshToken: "Atzr|other" });
  const id = await a.identity();
  assert.match(id, /^lwa-[0-9a-f]{32}$/);
  assert.equal(await b.identity(), id);
  assert.notEqual(await other.identity(), id);
  assertNoSecrets(id);
  assertNoSecrets(a);
});

Deno.test("createLwaAuth() throws TypeError for missing credentials", () => {
  assert.throws(
    () => createLwaAuth({ ...CREDENTIALS, clientSecret: "" }),
    TypeError,
  );
  assert.throws(
    () => createLwaAuth({ ...CREDENTIALS, refreshToken: undefined! }),
    TypeError,
  );
  assert.throws(() => createLwaAuth(undefined!), TypeError);
});

Deno.test("createLwaAuth() works against the sandbox token endpoint", async () => {
  const sandbox = createSandbox({ credentials: CREDENTIALS });
  const auth = createLwaAuth({ ...CREDENTIALS, fetch: sandbox.fetch });
  assert.match(await auth(), /^Atza\|sandbox-/);
  const wrong = createLwaAuth({
    ...CREDENTIALS,
    clientSecret: "wrong-secret",
    fetch: sandbox.fetch,
  });
  const thrown = await wrong().catch((e) => e);
  assert.ok(thrown instanceof AuthError);
  assert.equal(thrown.error, "invalid_client");
  assertNoSecrets(thrown, ["wrong-secret", ...SECRETS]);
});

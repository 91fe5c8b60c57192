import assert from "node:assert/strict";
import { createRedactor } from "../../src/_redact.ts";
import {
  memoizeIdentity,
  resolveClientAuth,
} from "../../src/sp_api/_client_auth.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "./_fake_clock.ts";

const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.auth-test",
  clientSecret: "CLIENT-AUTH-TEST-SECRET",
  refreshToken: "Atzr|CLIENT-AUTH-TEST-REFRESH",
};

function context() {
  const sandbox = createSandbox({ credentials: CREDENTIALS });
  return {
    sandbox,
    redactor: createRedactor(),
    fetch: sandbox.fetch,
    clock: createFakeClock(),
    userAgent: "test",
    timeoutMs: 1000,
  };
}

Deno.test("resolveClientAuth() uses a fixed token with a digest identity and teaches the redactor", async () => {
  const ctx = context();
  const auth = resolveClientAuth({ accessToken: "Atza|FIXED-AUTH-TEST" }, ctx);
  assert.equal(await auth.token(), "Atza|FIXED-AUTH-TEST");
  const identity = await auth.identity();
  assert.match(identity, /^token-[0-9a-f]{32}$/);
  assert.equal(
    await resolveClientAuth({ accessToken: "Atza|FIXED-AUTH-TEST" }, ctx)
      .identity(),
    identity,
  );
  assert.equal(auth.invalidate, undefined);
  assert.equal(ctx.redactor.text("x Atza|FIXED-AUTH-TEST"), "x [REDACTED]");
});

Deno.test("resolveClientAuth() fetches LWA tokens, refreshes after invalidate, and hides the secrets", async () => {
  const ctx = context();
  const auth = resolveClientAuth(CREDENTIALS, ctx);
  const first = await auth.token();
  assert.equal(await auth.token(), first);
  auth.invalidate!(first);
  assert.notEqual(await auth.token(), first);
  assert.equal(ctx.sandbox.tokensIssued, 2);
  assert.ok(!(await auth.identity()).includes(CREDENTIALS.refreshToken));
  assert.equal(
    ctx.redactor.text(
      `${CREDENTIALS.clientSecret} ${CREDENTIALS.refreshToken}`,
    ),
    "[REDACTED] [REDACTED]",
  );
});

Deno.test("resolveClientAuth() passes a provider through, with its identity and invalidate when it has them", async () => {
  const ctx = context();
  const invalidated: string[] = [];
  const provider = Object.assign(() => Promise.resolve("Atza|p"), {
    identity: () => Promise.resolve("seller-7"),
    invalidate: (token: string) => invalidated.push(token),
  });
  const auth = resolveClientAuth(provider, ctx);
  assert.equal(await auth.token(), "Atza|p");
  assert.equal(await auth.identity(), "seller-7");
  auth.invalidate!("Atza|p");
  assert.deepEqual(invalidated, ["Atza|p"]);
  const bare = resolveClientAuth(() => Promise.resolve("Atza|q"), ctx);
  assert.match(await bare.identity(), /^provider-/);
  assert.equal(await bare.identity(), await bare.identity());
  assert.equal(bare.invalidate, undefined);
});

Deno.test("resolveClientAuth() refuses other shapes with TypeError", () => {
  const ctx = context();
  for (const value of [undefined, {}, { accessToken: "" }, "Atza|x"]) {
    assert.throws(
      () => resolveClientAuth(value as never, ctx),
      TypeError,
      String(value),
    );
  }
});

Deno.test("resolveClientAuth() sends LWA token requests to lwaEndpoint, and refuses it without LWA credentials", async () => {
  const ctx = context();
  const urls: string[] = [];
  const lwaEndpoint = "http://127.0.0.1:4011/mock/auth/o2/token";
  const auth = resolveClientAuth(CREDENTIALS, {
    ...ctx,
    lwaEndpoint,
    fetch: (input, init) => {
      urls.push(String(input));
      return ctx.sandbox.fetch(
        String(input).replace("/mock/", "/"),
        init,
      );
    },
  });
  assert.match(await auth.token(), /^Atza\|/);
  assert.deepEqual(urls, [lwaEndpoint]);
  const plain: string[] = [];
  await resolveClientAuth(CREDENTIALS, {
    ...ctx,
    fetch: (input, init) => {
      plain.push(String(input));
      return ctx.sandbox.fetch(input, init);
    },
  }).token();
  assert.deepEqual(plain, ["https://api.amazon.com/auth/o2/token"]);
  for (
    const value of [
      { accessToken: "Atza|FIXED-AUTH-TEST" },
      () => Promise.resolve("Atza|p"),
    ]
  ) {
    assert.throws(
      () => resolveClientAuth(value, { ...ctx, lwaEndpoint }),
      (error: unknown) =>
        error instanceof TypeError && /"lwaEndpoint"/.test(error.message) &&
        !error.message.includes("Atza|"),
    );
  }
});

Deno.test("memoizeIdentity() asks the auth once, unless rateLimit names the seller", async () => {
  let asked = 0;
  const auth = {
    token: () => Promise.resolve("t"),
    identity: () => Promise.resolve(`id-${++asked}`),
  };
  const identity = memoizeIdentity(auth, {});
  assert.deepEqual([await identity(), await identity()], ["id-1", "id-1"]);
  assert.equal(await memoizeIdentity(auth, { identity: "seller" })(), "seller");
  assert.equal(asked, 1);
});

import assert from "node:assert/strict";
import { createFaults } from "../../../src/sp_api/sandbox/_faults.ts";
import { createSandboxLwa } from "../../../src/sp_api/sandbox/_lwa.ts";
import {
  createResponder,
  type Writable,
} from "../../../src/sp_api/sandbox/_records.ts";
import type { SandboxRequestRecord } from "../../../src/sp_api/sandbox/types.ts";
import { createFakeClock } from "../_fake_clock.ts";

const CREDENTIALS = {
  clientId: "client-id",
  clientSecret: "client-secret",
  refreshToken: "Atzr|refresh",
};

function record(): Writable<SandboxRequestRecord> {
  return {
    method: "POST",
    url: "https://api.amazon.com/auth/o2/token",
    operation: "lwaToken",
    status: undefined,
    time: 0,
    requestId: "rid",
  };
}

function grant(fields: Record<string, string>): Request {
  return new Request("https://api.amazon.com/auth/o2/token", {
    method: "POST",
    body: new URLSearchParams(fields),
  });
}

Deno.test("createSandboxLwa() issues tokens for the configured credentials, with their expiry", async () => {
  const clock = createFakeClock(1000);
  const responder = createResponder(false);
  const lwa = createSandboxLwa({
    clock,
    credentials: CREDENTIALS,
    tokenLifetimeMs: 60_000,
    responder,
    faults: createFaults(clock, responder),
  });
  const response = await lwa.handle(
    grant({
      grant_type: "refresh_token",
      refresh_token: CREDENTIALS.refreshToken,
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
    }),
    record(),
    undefined,
  );
  const body = await response.json();
  assert.equal(response.status, 200);
  assert.equal(body.expires_in, 60);
  assert.equal(lwa.expiry(body.access_token), 61_000);
  assert.equal(lwa.issued, 1);
  assert.equal(lwa.expiry("Atza|never-issued"), undefined);
  lwa.expireAll();
  assert.equal(lwa.expiry(body.access_token), -Infinity);
  lwa.clear();
  assert.equal(lwa.issued, 0);
  assert.equal(lwa.expiry(body.access_token), undefined);
});

Deno.test("createSandboxLwa() refuses wrong clients, grants and methods like Amazon", async () => {
  const clock = createFakeClock();
  const responder = createResponder(false);
  const lwa = createSandboxLwa({
    clock,
    credentials: CREDENTIALS,
    tokenLifetimeMs: 60_000,
    responder,
    faults: createFaults(clock, responder),
  });
  const base = {
    grant_type: "refresh_token",
    refresh_token: CREDENTIALS.refreshToken,
    client_id: CREDENTIALS.clientId,
    client_secret: CREDENTIALS.clientSecret,
  };
  const error = async (request: Request) => {
    const response = await lwa.handle(request, record(), undefined);
    return [response.status, (await response.json()).error];
  };
  assert.deepEqual(await error(grant({ ...base, client_secret: "x" })), [
    401,
    "invalid_client",
  ]);
  assert.deepEqual(await error(grant({ ...base, refresh_token: "x" })), [
    400,
    "invalid_grant",
  ]);
  assert.deepEqual(await error(grant({ ...base, grant_type: "password" })), [
    400,
    "unsupported_grant_type",
  ]);
  assert.deepEqual(
    await error(new Request("https://api.amazon.com/auth/o2/token")),
    [405, "invalid_request"],
  );
  assert.equal(lwa.issued, 0);
});

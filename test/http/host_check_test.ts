import assert from "node:assert/strict";
import { createHostCheck } from "../../src/http/host_check.ts";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";

Deno.test("createHostCheck() answers only for the listed hosts, any port where none is given", () => {
  const check = createHostCheck([
    "127.0.0.1",
    "LOCALHOST",
    "[::1]",
    "a.example:8443",
  ]);
  for (
    const host of [
      "127.0.0.1",
      "127.0.0.1:8000",
      "localhost:1",
      "Localhost",
      "[::1]:8000",
      "a.example:8443",
    ]
  ) {
    assert.equal(check(host), true, host);
  }
  for (
    const host of [
      "",
      "evil.example",
      "evil.example:8000",
      "127.0.0.1.evil.example",
      "localhost.evil.example:8000",
      "127.0.0.2:8000",
      "a.example",
      "a.example:8444",
      "[::2]:8000",
      "localhost:8000/x",
      "user@localhost",
    ]
  ) {
    assert.equal(check(host), false, host);
  }
});

Deno.test("createHostCheck() refuses an empty list or an entry that is not a host", () => {
  for (const hosts of [[], ["http://localhost"], ["local host"], [42]]) {
    assert.throws(() => createHostCheck(hosts as string[]), TypeError);
  }
});

Deno.test("createMessagingApp({ allowedHosts }) answers 421 for any other Host, on every route", async () => {
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|example" },
      fetch: createSandbox().fetch,
    },
    allowUnauthenticated: true,
    allowedHosts: ["127.0.0.1", "localhost"],
  });
  for (const path of ["/healthz", "/messages", "/openapi.json", "/nope"]) {
    const response = await app.fetch(
      new Request(`http://127.0.0.1:8000${path}`, {
        headers: { host: "rebound.evil.example:8000" },
      }),
    );
    assert.equal(response.status, 421, path);
    const answer = await response.json();
    assert.equal(answer.error.code, "misdirected_request");
    assert.match(answer.error.message, /rebound\.evil\.example:8000/);
  }
  const ok = await app.fetch(new Request("http://localhost:8000/healthz"));
  assert.equal(ok.status, 200);
});

import assert from "node:assert/strict";
import { assertApiKeys, createApiKeyCheck } from "../../src/hono/_api_keys.ts";

Deno.test("createApiKeyCheck() accepts exactly the configured bearer keys", async () => {
  const check = createApiKeyCheck(["alpha-key-1", "beta-key-2"]);
  assert.equal(await check("Bearer alpha-key-1"), true);
  assert.equal(await check("bearer beta-key-2"), true);
  assert.equal(await check("BEARER  beta-key-2 "), true);
  for (
    const header of [
      null,
      "",
      "Bearer",
      "Bearer ",
      "alpha-key-1",
      "Basic alpha-key-1",
      "Bearer alpha-key-",
      "Bearer alpha-key-11",
      "Bearer ALPHA-KEY-1",
      "Bearer alpha-key-1 beta-key-2",
      "Bearer alpha-key-1\u0000",
    ]
  ) {
    assert.equal(await check(header), false, JSON.stringify(header));
  }
});

Deno.test("assertApiKeys() refuses keys that cannot travel in a header, without quoting them", () => {
  for (const key of ["", "has space", "tab\tkey", "ünïcode", 42]) {
    assert.throws(
      () => assertApiKeys([key]),
      (error: unknown) =>
        error instanceof TypeError &&
        (typeof key !== "string" || key === "" || !error.message.includes(key)),
    );
  }
  assertApiKeys(["Zx9-_.~!"]);
});

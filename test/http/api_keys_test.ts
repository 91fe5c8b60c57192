import assert from "node:assert/strict";
import { assertApiKeys, createApiKeyCheck } from "../../src/http/api_keys.ts";

Deno.test("createApiKeyCheck() accepts exactly the configured bearer keys", async () => {
  const check = createApiKeyCheck([
    "alpha-key-1-0123456789abcdef012345",
    "beta-key-2-0123456789abcdef0123456",
  ]);
  assert.equal(await check("Bearer alpha-key-1-0123456789abcdef012345"), true);
  assert.equal(await check("bearer beta-key-2-0123456789abcdef0123456"), true);
  assert.equal(
    await check("BEARER  beta-key-2-0123456789abcdef0123456 "),
    true,
  );
  for (
    const header of [
      null,
      "",
      "Bearer",
      "Bearer ",
      "alpha-key-1-0123456789abcdef012345",
      "Basic alpha-key-1-0123456789abcdef012345",
      "Bearer alpha-key-",
      "Bearer alpha-key-1-0123456789abcdef0123451",
      "Bearer ALPHA-KEY-1-0123456789ABCDEF012345",
      "Bearer alpha-key-1-0123456789abcdef012345 beta-key-2-0123456789abcdef0123456",
      "Bearer alpha-key-1-0123456789abcdef012345\u0000",
    ]
  ) {
    assert.equal(await check(header), false, JSON.stringify(header));
  }
});

Deno.test("assertApiKeys() refuses keys that cannot travel in a header, without quoting them", () => {
  for (
    const key of [
      "",
      "has space",
      "tab\tkey",
      "ünïcode",
      42,
    ]
  ) {
    assert.throws(
      () => assertApiKeys([key]),
      (error: unknown) =>
        error instanceof TypeError &&
        (typeof key !== "string" || key === "" || !error.message.includes(key)),
    );
  }
  assertApiKeys(["Zx9-_.~!".repeat(4)]);
});

Deno.test("assertApiKeys() refuses keys shorter than 32 characters, without quoting them", () => {
  for (const key of ["k", "short-key-1", "x".repeat(31)]) {
    assert.throws(
      () => assertApiKeys([key]),
      (error: unknown) =>
        error instanceof RangeError && /at least 32/.test(error.message) &&
        !error.message.includes(key),
    );
  }
  assertApiKeys(["x".repeat(32)]);
});

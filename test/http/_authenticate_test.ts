import assert from "node:assert/strict";
import { Hono } from "hono";
import type { AppEnv } from "../../src/http/_app_context.ts";
import { authenticate } from "../../src/http/_authenticate.ts";

const TOKEN_KEY = "token-key-0123456789abcdef0123456789";
const ASCII_KEY = "ascii|key%0123456789abcdef0123456789!";

function app(keys: string[]) {
  const hono = new Hono<AppEnv>();
  hono.onError((error) => {
    // bearerAuth answers by throwing an HTTPException that holds the answer.
    const held = (error as { getResponse?: () => Response }).getResponse;
    if (held === undefined) throw error;
    return held.call(error);
  });
  hono.get(
    "/",
    authenticate(keys, (c) =>
      c.json({ error: "unauthorized" }, 401, {
        "www-authenticate": 'Bearer realm="buyer-messages"',
      })),
    (c) => c.text("in"),
  );
  return hono;
}

for (
  const [name, keys, key] of [
    ["bearerAuth, for RFC 6750 keys", [TOKEN_KEY], TOKEN_KEY],
    ["its own header check, for other visible ASCII keys", [
      TOKEN_KEY,
      ASCII_KEY,
    ], ASCII_KEY],
  ] as const
) {
  Deno.test(`authenticate() through ${name} lets in the key and answers 401 otherwise`, async () => {
    const hono = app([...keys]);
    for (const header of [`Bearer ${key}`, `bearer ${key}`]) {
      const response = await hono.request("/", {
        headers: { authorization: header },
      });
      assert.equal(response.status, 200, header);
      assert.equal(await response.text(), "in");
    }
    for (
      const header of [
        undefined,
        "",
        "Bearer",
        `Basic ${key}`,
        `Bearer ${key}x`,
        `Bearer ${key.slice(0, -1)}`,
        `Bearer ${key} ${key}`,
        "Bearer not!a|token",
      ]
    ) {
      const response = await hono.request("/", {
        headers: header === undefined ? {} : { authorization: header },
      });
      assert.equal(response.status, 401, String(header));
      assert.equal(
        response.headers.get("www-authenticate"),
        'Bearer realm="buyer-messages"',
      );
      assert.deepEqual(await response.json(), { error: "unauthorized" });
    }
  });
}

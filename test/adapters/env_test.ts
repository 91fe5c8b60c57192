import assert from "node:assert/strict";
import { configFromEnv, ENV_VARIABLES } from "../../src/adapters/env.ts";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";

const CREDENTIALS = {
  LWA_CLIENT_ID: "amzn1.application-oa2-client.test",
  LWA_CLIENT_SECRET: "very-secret-client-secret",
  LWA_REFRESH_TOKEN: "Atzr|very-secret-refresh-token",
};
const SECRETS = [
  CREDENTIALS.LWA_CLIENT_SECRET,
  CREDENTIALS.LWA_REFRESH_TOKEN,
  "key-secret-0001-0123456789abcdef0123",
];

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof TypeError);
    for (const secret of SECRETS) assert.ok(!error.message.includes(secret));
    return error.message;
  }
  assert.fail("expected a TypeError");
}

Deno.test("configFromEnv() builds a client for Amazon from LWA credentials", () => {
  const config = configFromEnv({
    ...CREDENTIALS,
    SP_API_REGION: "eu",
    API_KEYS:
      "key-secret-0001-0123456789abcdef0123,\n key-secret-0002-0123456789abcdef0123",
    MAX_BODY_BYTES: "2048",
  });
  assert.equal(config.mode, "amazon");
  assert.equal(config.sandbox, undefined);
  assert.deepEqual(config.options.apiKeys, [
    "key-secret-0001-0123456789abcdef0123",
    "key-secret-0002-0123456789abcdef0123",
  ]);
  assert.equal(config.options.allowUnauthenticated, false);
  assert.equal(config.options.maxBodyBytes, 2048);
  const client = config.options.client as { region: string; auth: object };
  assert.equal(client.region, "eu");
  assert.match(config.summary, /Amazon SP-API, region eu, 2 API keys/);
  for (const secret of SECRETS) assert.ok(!config.summary.includes(secret));
  createMessagingApp(config.options);
});

Deno.test("configFromEnv() selects Amazon's sandbox hosts and a custom endpoint", () => {
  const config = configFromEnv({
    ...CREDENTIALS,
    SP_API_SANDBOX: "true",
    SP_API_ENDPOINT: "http://user:pw@127.0.0.1:4010/base",
    API_KEYS: "k-000000000000000000000000000000001",
  });
  assert.equal(config.mode, "amazon-sandbox");
  assert.equal((config.options.client as { sandbox: boolean }).sandbox, true);
  assert.ok(!config.summary.includes("pw"));
  assert.match(config.summary, /endpoint http:\/\/127\.0\.0\.1:4010/);
});

Deno.test("configFromEnv() points LWA token requests at LWA_ENDPOINT", () => {
  const config = configFromEnv({
    ...CREDENTIALS,
    SP_API_ENDPOINT: "http://127.0.0.1:4010",
    LWA_ENDPOINT: "http://user:pw@127.0.0.1:4011/auth/o2/token",
    API_KEYS: "k-000000000000000000000000000000001",
  });
  assert.equal(
    (config.options.client as { lwaEndpoint?: string }).lwaEndpoint,
    "http://user:pw@127.0.0.1:4011/auth/o2/token",
  );
  assert.match(config.summary, /LWA endpoint http:\/\/127\.0\.0\.1:4011,/);
  assert.ok(!config.summary.includes("pw"));
  for (const secret of SECRETS) assert.ok(!config.summary.includes(secret));
  createMessagingApp(config.options);
  const plain = configFromEnv({
    ...CREDENTIALS,
    API_KEYS: "k-000000000000000000000000000000001",
  });
  assert.equal("lwaEndpoint" in (plain.options.client as object), false);
  assert.ok(!plain.summary.includes("LWA endpoint"));
});

Deno.test("configFromEnv() runs the built-in sandbox with configured orders", async () => {
  const config = configFromEnv({
    BUILTIN_SANDBOX: "yes",
    ALLOW_UNAUTHENTICATED: "true",
    SANDBOX_ORDERS: JSON.stringify({
      "111-2223334-4445556": { types: ["invoice"], locale: "de-DE" },
    }),
  });
  assert.equal(config.mode, "builtin-sandbox");
  assert.equal(config.options.allowUnauthenticated, true);
  const app = createMessagingApp(config.options);
  const response = await app.request(
    "/orders/111-2223334-4445556/message-types?marketplaceId=A1PA6795UKMFR9",
  );
  assert.deepEqual((await response.json()).available, ["invoice"]);
  assert.equal(config.sandbox?.requests.length, 1);
});

Deno.test("configFromEnv() refuses to start without keys unless open on purpose", () => {
  assert.match(message(() => configFromEnv({ ...CREDENTIALS })), /API_KEYS/);
  assert.match(
    message(() =>
      configFromEnv({ ...CREDENTIALS, ALLOW_UNAUTHENTICATED: "false" })
    ),
    /API_KEYS/,
  );
  assert.equal(
    configFromEnv({ ...CREDENTIALS }, { requireApiKeys: false }).options
      .allowUnauthenticated,
    true,
  );
});

Deno.test("configFromEnv() refuses missing, partial or conflicting credentials", () => {
  assert.match(
    message(() =>
      configFromEnv({ API_KEYS: "k-1-000000000000000000000000000000" })
    ),
    /LWA_CLIENT_ID, LWA_CLIENT_SECRET and LWA_REFRESH_TOKEN/,
  );
  assert.match(
    message(() =>
      configFromEnv({
        LWA_CLIENT_ID: "x",
        LWA_CLIENT_SECRET: CREDENTIALS.LWA_CLIENT_SECRET,
        API_KEYS: "k-1-000000000000000000000000000000",
      })
    ),
    /set LWA_REFRESH_TOKEN too/,
  );
  assert.match(
    message(() =>
      configFromEnv({
        ...CREDENTIALS,
        BUILTIN_SANDBOX: "true",
        API_KEYS: "k-1-000000000000000000000000000000",
      })
    ),
    /not both/,
  );
  assert.equal(
    configFromEnv({}, {
      sandboxWithoutCredentials: true,
      requireApiKeys: false,
    }).mode,
    "builtin-sandbox",
  );
});

Deno.test("configFromEnv() refuses malformed values, naming the variable", () => {
  const base = {
    ...CREDENTIALS,
    API_KEYS: "k-1-000000000000000000000000000000",
  };
  assert.match(
    message(() => configFromEnv({ ...base, SP_API_REGION: "us" })),
    /SP_API_REGION/,
  );
  assert.match(
    message(() => configFromEnv({ ...base, SP_API_SANDBOX: "maybe" })),
    /SP_API_SANDBOX/,
  );
  assert.match(
    message(() => configFromEnv({ ...base, SP_API_ENDPOINT: "not a url" })),
    /SP_API_ENDPOINT/,
  );
  for (const value of ["not a url", "file:///etc/token"]) {
    assert.match(
      message(() => configFromEnv({ ...base, LWA_ENDPOINT: value })),
      /LWA_ENDPOINT/,
    );
  }
  assert.match(
    message(() => configFromEnv({ ...base, MAX_BODY_BYTES: "-1" })),
    /MAX_BODY_BYTES/,
  );
  for (
    const orders of [
      "nope",
      "[]",
      '{"x": 1}',
      '{"x": {"types": ["nope"]}}',
      '{"x": {"colour": 1}}',
    ]
  ) {
    assert.match(
      message(() =>
        configFromEnv({
          BUILTIN_SANDBOX: "true",
          ALLOW_UNAUTHENTICATED: "1",
          SANDBOX_ORDERS: orders,
        })
      ),
      /SANDBOX_ORDERS/,
    );
  }
  assert.throws(() => configFromEnv(null as never), TypeError);
});

Deno.test("configFromEnv() ignores bindings that are not strings and blank values", () => {
  const config = configFromEnv({
    ...CREDENTIALS,
    API_KEYS: "k-000000000000000000000000000000001",
    SP_API_REGION: "  ",
    KV: { get() {} },
    SP_API_SANDBOX: 1,
  });
  assert.equal(config.mode, "amazon");
  assert.equal(
    (config.options.client as { region?: string }).region,
    undefined,
  );
});

Deno.test("ENV_VARIABLES lists every variable configFromEnv reads", async () => {
  const source = await Deno.readTextFile(
    new URL("../../src/adapters/env.ts", import.meta.url),
  );
  const read = new Set(
    [...source.matchAll(/(?:text|flag)\(env, "([A-Z_]+)"\)/g)].map((m) => m[1]),
  );
  for (
    const name of ["LWA_CLIENT_ID", "LWA_CLIENT_SECRET", "LWA_REFRESH_TOKEN"]
  ) read.add(name);
  assert.deepEqual([...read].sort(), [...ENV_VARIABLES].sort());
});

Deno.test("configFromEnv() refuses API keys shorter than 32 characters, without quoting them", () => {
  const error = (() => {
    try {
      configFromEnv({
        BUILTIN_SANDBOX: "true",
        API_KEYS: `${"k".repeat(40)},short-key-1`,
      });
    } catch (error) {
      return error;
    }
  })();
  assert.ok(error instanceof RangeError);
  assert.match(error.message, /key 2 of API_KEYS has 11 characters/);
  assert.ok(!error.message.includes("short-key-1"));
});

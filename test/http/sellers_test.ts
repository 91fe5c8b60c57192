import assert from "node:assert/strict";
import { createSellerDirectory } from "../../src/http/sellers.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";

const KEY_A = "seller-a-key-0123456789abcdef0123456789";
const KEY_B = "seller-b-key-0123456789abcdef0123456789";

Deno.test("createSellerDirectory: keys map to sellers; clients are made once per seller", async () => {
  const sandbox = createSandbox();
  const sellers = createSellerDirectory([
    { id: "a", apiKeys: [KEY_A], auth: { accessToken: "Atza|a" } },
    {
      id: "b",
      apiKeys: [KEY_B],
      auth: { accessToken: "Atza|b" },
      region: "eu",
    },
  ], { fetch: sandbox.fetch });
  assert.equal(await sellers.sellerOf(KEY_A), "a");
  assert.equal(await sellers.sellerOf(KEY_B), "b");
  assert.equal(await sellers.sellerOf(KEY_A.slice(0, -1)), undefined);
  assert.equal(await sellers.sellerOf(""), undefined);
  const client = await sellers.clientOf("a");
  assert.equal(await sellers.clientOf("a"), client);
  assert.notEqual(await sellers.clientOf("b"), client);
  assert.throws(() => sellers.clientOf("c"), /No seller "c"/);
  // What the endpoint redacts: the keys and the credentials.
  assert.deepEqual(
    [...sellers.secrets!()].sort(),
    ["Atza|a", "Atza|b", KEY_A, KEY_B].sort(),
  );
});

Deno.test("createSellerDirectory: refuses bad ids, short or shared keys, without quoting them", () => {
  const auth = { accessToken: "Atza|x" };
  const cases: [unknown, RegExp][] = [
    [[], /at least one seller/],
    [[{ id: "two words", apiKeys: [KEY_A], auth }], /"sellers\[0\]\.id"/],
    [[{ id: "a", apiKeys: [], auth }], /needs at least one API key/],
    [[{ id: "a", apiKeys: ["short-key"], auth }], /at least 32 are needed/],
    [
      [{ id: "a", apiKeys: [KEY_A], auth }, {
        id: "a",
        apiKeys: [KEY_B],
        auth,
      }],
      /listed twice/,
    ],
    [
      [{ id: "a", apiKeys: [KEY_A], auth }, {
        id: "b",
        apiKeys: [KEY_A],
        auth,
      }],
      /also used by seller "a"/,
    ],
  ];
  for (const [sellers, message] of cases) {
    const error = (() => {
      try {
        createSellerDirectory(sellers as never);
      } catch (error) {
        return error as Error;
      }
    })();
    assert.match(error?.message ?? "", message);
    assert.ok(!error!.message.includes(KEY_A));
  }
});

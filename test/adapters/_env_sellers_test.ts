import assert from "node:assert/strict";
import { parseSellers } from "../../src/adapters/_env_sellers.ts";

const SECRET = "very-secret-client-secret";
const seller = {
  id: "seller-1",
  apiKeys: ["key-0123456789abcdef0123456789abcdef"],
  clientId: "amzn1.application-oa2-client.example",
  clientSecret: SECRET,
  refreshToken: "Atzr|refresh-secret",
};

Deno.test("parseSellers: reads each seller's id, keys, credentials and region", () => {
  const [parsed] = parseSellers(JSON.stringify([{ ...seller, region: "eu" }]));
  assert.deepEqual(parsed, {
    id: "seller-1",
    apiKeys: seller.apiKeys,
    auth: {
      clientId: seller.clientId,
      clientSecret: SECRET,
      refreshToken: seller.refreshToken,
    },
    region: "eu",
  });
});

Deno.test("parseSellers: says what is wrong and where, never a secret", () => {
  const cases: [string, RegExp][] = [
    ["{}", /must be a JSON array/],
    ["[", /must be a JSON array/],
    ["[42]", /"SELLERS\[0\]" must be an object/],
    [JSON.stringify([{ ...seller, id: 7 }]), /"SELLERS\[0\]"\.id/],
    [
      JSON.stringify([{ ...seller, clientSecret: "" }]),
      /\.clientSecret must be a non-empty string/,
    ],
    [JSON.stringify([{ ...seller, region: "moon" }]), /\.region must be/],
    [JSON.stringify([{ ...seller, apiKeys: "x" }]), /\.apiKeys must be/],
    [
      JSON.stringify([seller, { ...seller, token: SECRET }]),
      /"SELLERS\[1\]" has unknown field "token"/,
    ],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => parseSellers(value), (error: Error) => {
      assert.match(error.message, message);
      assert.ok(!error.message.includes(SECRET));
      assert.ok(!error.message.includes("refresh-secret"));
      return true;
    });
  }
});

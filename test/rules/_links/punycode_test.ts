import assert from "node:assert/strict";
import {
  decodeHost,
  decodePunycode,
} from "../../../src/rules/_links/punycode.ts";

Deno.test("decodePunycode() agrees with the URL parser's encoding", () => {
  for (
    const host of [
      "münchen.de",
      "аmazon.com",
      "bücher-läden.example",
      "日本.jp",
    ]
  ) {
    const encoded = new URL(`https://${host}`).hostname;
    assert.equal(decodeHost(encoded), host);
  }
});

Deno.test("decodePunycode() rejects what is not Punycode", () => {
  assert.equal(decodePunycode("!!"), undefined);
  assert.equal(decodePunycode("a".repeat(80)), undefined);
  assert.equal(decodeHost("www.example.com"), "www.example.com");
});

import assert from "node:assert/strict";
import { contentMd5 } from "../../src/sp_api/content_md5.ts";

const encode = (text: string) => new TextEncoder().encode(text);

Deno.test("contentMd5() is the base64 of the raw digest, not of the hex", () => {
  // RFC 1321 test suite, digests converted from hex to base64.
  const vectors: [string, string, string][] = [
    ["", "d41d8cd98f00b204e9800998ecf8427e", "1B2M2Y8AsgTpgAmY7PhCfg=="],
    ["a", "0cc175b9c0f1b6a831c399e269772661", "DMF1ucDxtqgxw5niaXcmYQ=="],
    ["abc", "900150983cd24fb0d6963f7d28e17f72", "kAFQmDzST7DWlj99KOF/cg=="],
    [
      "message digest",
      "f96b697d7cb7938d525a2f31aaf161d0",
      "+WtpfXy3k41SWi8xqvFh0A==",
    ],
    [
      "The quick brown fox jumps over the lazy dog",
      "9e107d9d372bb6826bd81d3542a419d6",
      "nhB9nTcrtoJr2B01QqQZ1g==",
    ],
  ];
  for (const [input, hex, base64] of vectors) {
    const bytes = Uint8Array.from(
      hex.match(/../g)!.map((pair) => parseInt(pair, 16)),
    );
    assert.equal(btoa(String.fromCharCode(...bytes)), base64, input);
    assert.equal(contentMd5(encode(input)), base64, input);
    assert.equal(contentMd5(encode(input)).length, 24);
  }
});

Deno.test("contentMd5() accepts an ArrayBuffer and binary data", () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.equal(contentMd5(bytes.buffer), contentMd5(bytes));
  // md5 of bytes 0..255 = e2c865db4162bed963bfaa9ef6ac18f0
  assert.equal(contentMd5(bytes), "4shl20Fivtljv6qe9qwY8A==");
});

Deno.test("contentMd5() throws TypeError for other inputs", () => {
  assert.throws(
    () => contentMd5("hello" as unknown as Uint8Array),
    TypeError,
  );
});

import assert from "node:assert/strict";
import { createRedactor, REDACTED } from "../../src/sp_api/_redact.ts";

Deno.test("createRedactor() replaces every known secret in text", () => {
  const redactor = createRedactor();
  redactor.addPermanent("client-secret-123");
  redactor.addToken("Atza|token-abc");
  redactor.addPermanent("abc"); // too short to be a secret: ignored
  assert.equal(
    redactor.text("a client-secret-123 b Atza|token-abc c abc"),
    `a ${REDACTED} b ${REDACTED} c abc`,
  );
});

Deno.test("createRedactor() keeps only the latest access tokens", () => {
  const redactor = createRedactor();
  for (let i = 0; i < 20; i++) redactor.addToken(`Atza|token-${i}-x`);
  assert.equal(redactor.text("Atza|token-19-x"), REDACTED);
  assert.equal(redactor.text("Atza|token-0-x"), "Atza|token-0-x");
});

Deno.test("createRedactor() redacts signatures and credentials in URLs", () => {
  const redactor = createRedactor();
  const url = redactor.url(
    "https://bucket.s3.amazonaws.com/id?X-Amz-Signature=abcdef&X-Amz-Credential=AKIA%2Fx&X-Amz-Security-Token=zzz&marketplaceIds=ATVPDKIKX0DER",
  );
  assert.equal(
    url,
    `https://bucket.s3.amazonaws.com/id?X-Amz-Signature=${REDACTED}&X-Amz-Credential=${REDACTED}&X-Amz-Security-Token=${REDACTED}&marketplaceIds=ATVPDKIKX0DER`,
  );
  assert.equal(redactor.url("not a url"), "not a url");
});

Deno.test("createRedactor() redacts secret headers", () => {
  const redactor = createRedactor();
  redactor.addPermanent("client-secret-123");
  const headers = redactor.headers(
    new Headers({
      "x-amz-access-token": "Atza|anything",
      "authorization": "Bearer x",
      "user-agent": "ua client-secret-123",
    }),
  );
  assert.deepEqual(headers, {
    "authorization": REDACTED,
    "user-agent": `ua ${REDACTED}`,
    "x-amz-access-token": REDACTED,
  });
});

Deno.test("createRedactor() copies errors (and causes) that show a secret", () => {
  const redactor = createRedactor();
  redactor.addToken("Atza|token-abc");
  const clean = new TypeError("fine");
  assert.equal(redactor.error(clean), clean);
  const leaky = new TypeError("bad token Atza|token-abc", {
    cause: new Error("cause Atza|token-abc"),
  });
  const copy = redactor.error(leaky) as Error;
  assert.notEqual(copy, leaky);
  assert.equal(copy.name, "TypeError");
  assert.equal(copy.message, `bad token ${REDACTED}`);
  assert.ok(!String(copy.stack).includes("Atza|token-abc"));
  assert.equal((copy.cause as Error).message, `cause ${REDACTED}`);
  const wrapsLeaky = new Error("outer", { cause: leaky });
  assert.notEqual(redactor.error(wrapsLeaky), wrapsLeaky);
  assert.equal(redactor.error("x Atza|token-abc"), `x ${REDACTED}`);
  assert.equal(redactor.error(42), 42);
});

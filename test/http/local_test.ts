/**
 * `examples/local/main.ts` as `deno task start` runs it, with the least
 * permissions (`--allow-net=127.0.0.1 --allow-env=PORT`): it binds
 * 127.0.0.1, prints a curl, and that request composes, lints and sends to
 * the built-in sandbox; it answers only loopback Host names.
 */
import assert from "node:assert/strict";
import { startLocalServer } from "./_local_server.ts";

Deno.test("examples/local/main.ts serves on loopback and prints a working curl", async () => {
  const server = await startLocalServer(60_000);
  try {
    assert.match(
      server.banner,
      /on http:\/\/127\.0\.0\.1:\d+: built-in sandbox/,
    );
    const curl = server.banner.match(/^curl .*$/m)![0];
    const url = curl.match(/-X POST (\S+)/)![1];
    const body = curl.match(/-d '([^']*)'/)![1];
    assert.ok(url.startsWith("http://127.0.0.1:"));
    assert.ok(!/authorization/i.test(curl), "no key needed locally");
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const answer = await response.json();
    assert.equal(response.status, 201, JSON.stringify(answer));
    assert.equal(answer.status, "sent");
    assert.equal(answer.locale, "de-DE");
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

/** The status of `GET /healthz` sent with this Host header. */
async function statusFor(port: number, host: string): Promise<number> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    await conn.write(
      new TextEncoder().encode(
        `GET /healthz HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`,
      ),
    );
    const buffer = new Uint8Array(1024);
    const read = await conn.read(buffer);
    const line = new TextDecoder().decode(buffer.subarray(0, read ?? 0));
    return Number(line.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);
  } finally {
    conn.close();
  }
}

Deno.test("examples/local/main.ts answers only loopback Host names (DNS rebinding)", async () => {
  const server = await startLocalServer(60_000);
  try {
    const { port } = server;
    assert.equal(await statusFor(port, `127.0.0.1:${port}`), 200);
    assert.equal(await statusFor(port, `localhost:${port}`), 200);
    assert.equal(await statusFor(port, `attacker.example:${port}`), 421);
    assert.equal(
      await statusFor(port, `127.0.0.1.attacker.example:${port}`),
      421,
    );
  } finally {
    await server.stop();
  }
});

/**
 * Bodies trickled in one-byte segments over real connections: the local
 * server (`examples/local/main.ts`, a subprocess) must hold memory in
 * proportion to the bytes it received, not to the buffers the runtime
 * handed them in. Linux only (reads the server's RSS with `ps`).
 */
import assert from "node:assert/strict";
import { startLocalServer } from "./_local_server.ts";

const CONNECTIONS = 8;
const SEGMENTS = 2_500;
const onLinux = Deno.build.os === "linux";

/** The resident set of a process, from `ps` (reading /proc needs --allow-all). */
async function rssBytes(pid: number): Promise<number> {
  const { stdout } = await new Deno.Command("ps", {
    args: ["-o", "rss=", "-p", String(pid)],
    stdout: "piped",
    stderr: "null",
  }).output();
  const kib = Number(new TextDecoder().decode(stdout).trim());
  assert.ok(Number.isFinite(kib) && kib > 0, "ps reports the RSS");
  return kib * 1024;
}

/** Sends one JSON body a byte per write and returns the status line. */
async function trickle(port: number): Promise<string> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  conn.setNoDelay(true);
  const encoder = new TextEncoder();
  const body = encoder.encode(
    JSON.stringify({ pad: "x".repeat(SEGMENTS - 10) }).padEnd(SEGMENTS, " "),
  );
  assert.equal(body.byteLength, SEGMENTS);
  try {
    await conn.write(encoder.encode(
      `POST /messages HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n` +
        `content-type: application/json\r\ncontent-length: ${body.byteLength}\r\n` +
        "connection: close\r\n\r\n",
    ));
    for (let i = 0; i < body.byteLength; i++) {
      await conn.write(body.subarray(i, i + 1));
      // A pause, so that the server reads each byte as its own chunk.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const buffer = new Uint8Array(4096);
    const read = await conn.read(buffer);
    return new TextDecoder().decode(buffer.subarray(0, read ?? 0)).split(
      "\r\n",
    )[0];
  } finally {
    conn.close();
  }
}

Deno.test({
  name:
    "8 connections trickling 2,500 one-byte segments grow the server's memory by less than 24 MiB",
  ignore: !onLinux,
  async fn() {
    const server = await startLocalServer();
    try {
      // Warm up: the first request loads the routes, compose and lint.
      assert.match(await trickle(server.port), / 400 /);
      const before = await rssBytes(server.child.pid);
      let peak = before;
      let sending = true;
      const sampler = (async () => {
        while (sending) {
          peak = Math.max(peak, await rssBytes(server.child.pid));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      let lines: string[];
      try {
        lines = await Promise.all(
          Array.from({ length: CONNECTIONS }, () => trickle(server.port)),
        );
      } finally {
        sending = false;
        await sampler;
      }
      peak = Math.max(peak, await rssBytes(server.child.pid));
      for (const line of lines) assert.match(line, /^HTTP\/1\.1 400 /);
      const grownMiB = (peak - before) / 2 ** 20;
      assert.ok(
        grownMiB < 24,
        `RSS grew by ${grownMiB.toFixed(1)} MiB while reading ${
          CONNECTIONS * SEGMENTS
        } bytes of bodies`,
      );
    } finally {
      await server.stop();
    }
  },
});

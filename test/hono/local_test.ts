/**
 * `examples/local/main.ts` as `deno task start` runs it, with the least
 * permissions (`--allow-net=127.0.0.1 --allow-env=PORT`): it binds
 * 127.0.0.1, prints a curl, and that request composes, lints and sends to
 * the built-in sandbox. Bounded: the server gets SIGTERM, SIGKILL after a
 * deadline.
 */
import assert from "node:assert/strict";

const MAIN = new URL("../../examples/local/main.ts", import.meta.url).pathname;

Deno.test("examples/local/main.ts serves on loopback and prints a working curl", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", "--allow-env=PORT", MAIN],
    env: { PORT: "0", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).spawn();
  const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  try {
    let output = "";
    while (!/^curl .*$/m.test(output)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`No curl printed: ${output}`);
      output += value;
    }
    assert.match(output, /on http:\/\/127\.0\.0\.1:\d+: built-in sandbox/);
    const curl = output.match(/^curl .*$/m)![0];
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
    child.kill("SIGTERM");
    assert.equal((await child.status).code, 0);
  } finally {
    clearTimeout(killer);
    try {
      child.kill("SIGKILL");
    } catch {
      // Already stopped.
    }
    await reader.cancel().catch(() => {});
    await child.stderr.cancel().catch(() => {});
  }
});

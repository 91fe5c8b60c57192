import assert from "node:assert/strict";
import { watch } from "../../src/cli/_watch.ts";
import { folder, run, SAMPLE } from "./_cli.ts";

const CLEAN = "Order {{amazonOrderId}} is late. We are sorry.";
const DIRTY = "Order {{amazonOrderId}} is late. Mail a@b.com";

// Resolves when `check` holds, polling every 20 ms; rejects after `ms`.
async function until(check: () => boolean, ms: number, what: string) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

Deno.test("watch() runs again after a change and ends when the signal aborts", async () => {
  const dir = await folder({ "unexpectedProblem/en-US.hbs": CLEAN });
  const controller = new AbortController();
  let runs = 0;
  let changes = 0;
  const done = watch(
    [dir],
    () => Promise.resolve(++runs),
    () => changes++,
    controller.signal,
  );
  try {
    await until(() => runs === 1, 5000, "the first run");
    await Deno.writeTextFile(`${dir}/unexpectedProblem/en-US.hbs`, DIRTY);
    await until(() => runs === 2, 10000, "a run after the template changed");
    await Deno.writeTextFile(`${dir}/unexpectedProblem/sample.json`, SAMPLE);
    await until(() => runs === 3, 10000, "a run after a sample appeared");
    assert.equal(changes, 2);
  } finally {
    controller.abort();
    assert.equal(await done, 3);
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint --watch prints new findings after an edit and returns when stopped", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": CLEAN,
  });
  const controller = new AbortController();
  let out = "";
  let err = "";
  const { main } = await import("../../src/cli/mod.ts");
  const done = main(["lint", dir, "--watch"], {
    write: (s) => out += s,
    error: (s) => err += s,
    signal: controller.signal,
  });
  try {
    await until(() => out.includes("no problems"), 10000, "the first lint");
    assert.match(err, /^watching "[^"]+" for changes\n$/);
    await Deno.writeTextFile(`${dir}/unexpectedProblem/en-US.hbs`, DIRTY);
    await until(() => out.includes("a@b.com"), 10000, "the second lint");
    assert.match(err, /change found, linting again\n/);
  } finally {
    controller.abort();
    assert.equal(await done, 1);
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the CLI in watch mode, as a process, re-lints an edited template and ends on SIGTERM", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": CLEAN,
  });
  const cli = new URL("../../src/cli/mod.ts", import.meta.url).pathname;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", cli, "lint", dir, "--watch"],
    cwd: new URL("../../", import.meta.url).pathname,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let out = "";
  let err = "";
  const decoder = new TextDecoder();
  const reading = Promise.all([
    (async () => {
      for await (const chunk of child.stdout) out += decoder.decode(chunk);
    })(),
    (async () => {
      for await (const chunk of child.stderr) err += decoder.decode(chunk);
    })(),
  ]);
  try {
    await until(
      () => out.includes("no problems"),
      60000,
      `the first lint (${err})`,
    );
    await Deno.writeTextFile(`${dir}/unexpectedProblem/en-US.hbs`, DIRTY);
    await until(
      () => out.includes("a@b.com"),
      30000,
      "the lint after the edit",
    );
    assert.match(out, /1 problem\(s\) \(1 error\(s\), 0 warning\(s\)\)/);
  } finally {
    child.kill("SIGTERM");
    const status = await child.status;
    await reading;
    await Deno.remove(dir, { recursive: true });
    assert.equal(status.signal, "SIGTERM");
    assert.doesNotMatch(err, /error/i);
  }
});

Deno.test("main() lint --watch keeps watching after an input error", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": CLEAN,
  });
  const controller = new AbortController();
  let out = "";
  let err = "";
  const { main } = await import("../../src/cli/mod.ts");
  const done = main(["lint", dir, "--watch"], {
    write: (s) => out += s,
    error: (s) => err += s,
    signal: controller.signal,
  });
  try {
    await until(() => out.includes("no problems"), 10000, "the first lint");
    await Deno.remove(`${dir}/unexpectedProblem/en-US.hbs`);
    await until(
      () => err.includes("it holds no templates"),
      10000,
      "the error",
    );
    await Deno.writeTextFile(`${dir}/unexpectedProblem/en-US.hbs`, DIRTY);
    await until(() => out.includes("a@b.com"), 10000, "the lint after the fix");
  } finally {
    controller.abort();
    assert.equal(await done, 1);
    await Deno.remove(dir, { recursive: true });
  }
  assert.equal((await run(["lint", "--watch", "--help"])).code, 0);
});

// The studio page in a real browser (test/studio/_browser_session.ts), in
// its own `deno test` process: playwright-core reads the home folder, the
// OS release and /proc when it loads, which this suite's permissions do
// not grant. Skipped, with a
// message, where no Chromium is installed.
import assert from "node:assert/strict";

const CHROMIUM = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";

function installed(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

const HAVE_CHROMIUM = installed(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(
    `Skipping the studio browser test: no Chromium at ${CHROMIUM} (install Debian's package with \`apt-get install -y chromium\`, or set CHROMIUM_PATH)`,
  );
}

Deno.test({
  name:
    "studio in Chromium: local (a violation's finding and highlight, a fix, Save, keystroke latency) and on the endpoint (key, a finding highlighted in the sample data)",
  ignore: !HAVE_CHROMIUM,
  async fn() {
    const session = new URL("./_browser_session.ts", import.meta.url);
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "test",
        // playwright-core probes /proc and the OS when it starts Chromium,
        // which Deno grants only with --allow-all.
        "--allow-all",
        session.pathname,
      ],
      env: { CHROMIUM_PATH: CHROMIUM, NO_COLOR: "1" },
    }).output();
    const out = new TextDecoder().decode(stdout);
    const err = new TextDecoder().decode(stderr);
    for (const line of out.split("\n")) {
      if (line.startsWith("studio: ")) console.log(line);
    }
    assert.equal(code, 0, `${out}\n${err}`);
    assert.match(out, /2 passed/);
    assert.match(out, /studio: screenshot at .*\.png/);
  },
});

// The studio page in a real browser: Debian's Chromium driven by
// playwright-core, against the studio server on a temp copy of a template
// folder. Run by browser_test.ts in its own process, with the permissions
// playwright-core needs (it reads the home folder, the OS and /proc).
import assert from "node:assert/strict";
import { createStudioHandler } from "../../scripts/studio.ts";

const CHROMIUM = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";
const TEMPLATES = new URL("../../templates/", import.meta.url);

// What the page-side functions use of the DOM: this file type-checks
// without the DOM library, and Playwright sends the functions as
// JavaScript, so the types are for the checker only.
interface Box {
  value: string;
  dispatchEvent(event: unknown): boolean;
}
interface PageGlobals {
  document: {
    body: { dataset: Record<string, string | undefined> };
    getElementById(id: string): Box;
    querySelector(selector: string): unknown;
  };
  Event: new (type: string) => unknown;
}

Deno.test({
  name:
    "studio in Chromium: typing a violation shows its finding and highlight, a fix applies, Save writes the file",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    // playwright-core looks for its caches under the home folder when it
    // loads, which needs --allow-sys: point them at a temp folder instead.
    const home = await Deno.makeTempDir({ prefix: "studio_playwright_" });
    for (
      const name of [
        "PLAYWRIGHT_BROWSERS_PATH",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME",
        "CHROME_CONFIG_HOME",
      ]
    ) {
      Deno.env.set(name, home);
    }
    const { chromium } = await import("playwright-core");
    const dir = await Deno.makeTempDir({ prefix: "studio_browser_" });
    await Deno.mkdir(`${dir}/unexpectedProblem`);
    for await (
      const entry of Deno.readDir(new URL("unexpectedProblem/", TEMPLATES))
    ) {
      await Deno.copyFile(
        new URL(`unexpectedProblem/${entry.name}`, TEMPLATES),
        `${dir}/unexpectedProblem/${entry.name}`,
      );
    }
    const file = `${dir}/unexpectedProblem/en-US.hbs`;
    const original = await Deno.readTextFile(file);
    const server = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen() {} },
      createStudioHandler({ dir }),
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 1000 },
      });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(
        `http://127.0.0.1:${server.addr.port}/#unexpectedProblem/en-US.hbs`,
      );
      const editor = page.getByRole("textbox", {
        name: "Template",
        exact: true,
      });
      await page.waitForFunction(() =>
        (globalThis as unknown as PageGlobals).document.body.dataset
          .lintSeq !== undefined
      );
      assert.equal(await editor.inputValue(), original);
      const findings = page.getByRole("list", { name: "Findings" });
      assert.equal(await findings.locator("li.error").count(), 0);
      // The matrix links every template of the folder.
      assert.equal(
        await page.locator("#matrix a[data-path]").count(),
        [...Deno.readDirSync(`${dir}/unexpectedProblem`)].filter((e) =>
          e.name.endsWith(".hbs")
        ).length,
      );

      // Type a violation, with the keyboard, at the end of the template.
      await editor.focus();
      await page.keyboard.press("Control+End");
      await page.keyboard.type("\n\n\n\nOr mail bob@example.com");
      const email = findings.locator("li", { hasText: "no-email" });
      await email.waitFor({ timeout: 10_000 });
      assert.match(
        await email.innerText(),
        /error\s+no-email: .*bob@example\.com/,
      );
      const mark = page.locator('#backdrop mark[data-rule="no-email"]');
      assert.equal(await mark.textContent(), "bob@example.com");

      // Keystroke to findings for a 2000-character template, in the page.
      const latencies = await page.evaluate(async () => {
        const { document, Event } = globalThis as unknown as PageGlobals;
        const box = document.getElementById("template");
        const base = box.value;
        const times = [];
        for (let i = 0; i < 5; i++) {
          const seq = document.body.dataset.lintSeq;
          box.value = (base + " Thanks again.".repeat(200)).slice(0, 1999) + i;
          const started = performance.now();
          box.dispatchEvent(new Event("input"));
          while (document.body.dataset.lintSeq === seq) {
            await new Promise((r) => setTimeout(r, 2));
          }
          times.push({
            total: performance.now() - started,
            lint: Number(document.body.dataset.lintMs),
            length: box.value.length,
          });
        }
        box.value = base;
        box.dispatchEvent(new Event("input"));
        return times;
      });
      assert.ok(latencies.every((t) => t.length === 2000));
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
      const total = median(latencies.map((t) => t.total));
      const lint = median(latencies.map((t) => t.lint));
      console.log(
        `studio: 2000-character template, keystroke to findings ${
          total.toFixed(0)
        } ms (median of 5, 40 ms debounce included), lint request ${
          lint.toFixed(0)
        } ms`,
      );
      assert.ok(total < 1500, `keystroke to findings took ${total} ms`);
      await page.waitForFunction(() => {
        const { document } = globalThis as unknown as PageGlobals;
        return document.getElementById("template").value.endsWith(
          "bob@example.com",
        ) &&
          document.querySelector(
              '#findings button[aria-label="Apply fix for line-breaks"]',
            ) !== null;
      });

      // Apply the safe fix of the four line breaks.
      const fix = page.getByRole("button", {
        name: "Apply fix for line-breaks",
      });
      await fix.click();
      await page.waitForFunction(() =>
        !(globalThis as unknown as PageGlobals).document.getElementById(
          "template",
        ).value.includes("\n\n\n")
      );
      await findings.locator("li", { hasText: "line-breaks" }).waitFor({
        state: "detached",
      });

      // Save, and find the file changed on disk.
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
      const saved = await Deno.readTextFile(file);
      assert.notEqual(saved, original);
      assert.ok(
        saved.endsWith("\n\nOr mail bob@example.com"),
        saved.slice(-60),
      );
      assert.ok(!saved.includes("\n\n\n"));

      const shot = `${await Deno.makeTempDir({
        prefix: "studio_screenshot_",
      })}/studio.png`;
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`studio: screenshot at ${shot}`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.shutdown();
      await Deno.remove(dir, { recursive: true });
      await Deno.remove(home, { recursive: true });
    }
  },
});

/**
 * Conformance of the client with the Messaging contract, checked by an
 * independent mock: Stoplight Prism validates every request against
 * `test/testdata/messaging-v1.json` and flags a bad one with an
 * `sl-violations` header. Prism is installed from the npm registry into a
 * cache directory under the temp dir on first use (needs node and npm), or
 * taken from `PRISM_BIN`. If it cannot be installed or started, the test
 * fails: it never passes silently.
 */
import assert from "node:assert/strict";
import { MessageValidationError } from "../../src/sp_api/errors.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";

const PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0";
const INSTALL_TIMEOUT_MS = 240_000;
const START_TIMEOUT_MS = 30_000;
const SPEC = new URL("../testdata/messaging-v1.json", import.meta.url);
const ORDER = "123-1234567-1234567";
const US = "ATVPDKIKX0DER";

function tempRoot(): string {
  return Deno.env.get("TMPDIR") ?? "/tmp";
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command to completion with a deadline, returning its output. */
async function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  const child = new Deno.Command(command, {
    args,
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    const { code, stdout, stderr } = await child.output();
    const decoder = new TextDecoder();
    return {
      code,
      output: `${decoder.decode(stdout)}\n${decoder.decode(stderr)}`.trim(),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Finds or installs Prism; returns the path of its executable. */
async function prismBinary(): Promise<string> {
  const fromEnv = Deno.env.get("PRISM_BIN");
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const dir = `${tempRoot()}/sellerkit-${PRISM_PACKAGE.replace(/[@/]/g, "_")}`;
  const bin = `${dir}/node_modules/.bin/prism`;
  if (await exists(bin)) return bin;
  const staging = await Deno.makeTempDir({
    dir: tempRoot(),
    prefix: "sellerkit-prism-install-",
  });
  let result: { code: number; output: string };
  try {
    result = await run("npm", [
      "install",
      "--prefix",
      staging,
      "--no-fund",
      "--no-audit",
      "--loglevel=error",
      "--fetch-retries=2",
      "--fetch-retry-maxtimeout=10000",
      PRISM_PACKAGE,
    ], INSTALL_TIMEOUT_MS);
  } catch (error) {
    await Deno.remove(staging, { recursive: true }).catch(() => {});
    throw new Error(
      `Cannot run the conformance test: "npm" could not be started to install ${PRISM_PACKAGE} (node and npm are required)`,
      { cause: error },
    );
  }
  if (
    result.code !== 0 || !(await exists(`${staging}/node_modules/.bin/prism`))
  ) {
    await Deno.remove(staging, { recursive: true }).catch(() => {});
    throw new Error(
      `Cannot run the conformance test: "npm install ${PRISM_PACKAGE}" failed with exit code ${result.code} (it needs the npm registry):\n${
        result.output.slice(-2000)
      }`,
    );
  }
  try {
    await Deno.rename(staging, dir);
  } catch {
    // Another run installed it first; use theirs.
    await Deno.remove(staging, { recursive: true }).catch(() => {});
  }
  return bin;
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly violations: string | null;
}

Deno.test("createMessagingClient() conforms to the Messaging spec, as checked by Prism", async (t) => {
  const started = performance.now();
  const bin = await prismBinary();
  const installed = performance.now();
  const port = freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(bin, {
      args: ["mock", "-h", "127.0.0.1", "-p", String(port), SPEC.pathname],
      stdout: "piped",
      stderr: "piped",
      stdin: "null",
    }).spawn();
  } catch (error) {
    throw new Error(
      `Cannot run the conformance test: Prism at "${bin}" could not be started (node is required)`,
      { cause: error },
    );
  }
  const stdout = new Response(child.stdout).text();
  const stderr = new Response(child.stderr).text();
  let exited = false;
  const status = child.status.then((s) => {
    exited = true;
    return s;
  });
  try {
    // Wait until Prism answers, failing fast if it dies.
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (exited) {
        throw new Error(
          `Cannot run the conformance test: Prism exited before listening:\n${await stdout}\n${await stderr}`,
        );
      }
      try {
        const probe = await fetch(
          `${base}/messaging/v1/orders/${ORDER}?marketplaceIds=${US}`,
          {
            headers: { accept: "application/hal+json" },
          },
        );
        await probe.body?.cancel();
        break;
      } catch {
        if (Date.now() > deadline) {
          throw new Error(
            `Cannot run the conformance test: Prism did not listen on ${base} within ${START_TIMEOUT_MS} ms`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const ready = performance.now();

    const exchanges: Exchange[] = [];
    const recording: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(response.url || String(input));
      exchanges.push({
        method: init?.method ?? "GET",
        path: url.pathname,
        status: response.status,
        violations: response.headers.get("sl-violations"),
      });
      return response;
    };
    const client = createMessagingClient({
      auth: { accessToken: "Atza|conformance" },
      endpoint: base,
      region: "na",
      fetch: recording,
      rateLimit: { rate: 1000, burst: 1000 },
      retry: 0,
      timeoutMs: 10_000,
    });
    const options = { marketplaceId: US };
    const text = { text: "Your parcel was damaged in transit." };
    const files = {
      attachments: [{
        uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279",
        fileName: "document.pdf",
      }],
    };

    await t.step(
      "every operation in the spec passes Prism's validation",
      async () => {
        const actions = await client.getMessagingActionsForOrder(
          ORDER,
          options,
        );
        assert.ok(actions.actions.length > 0);
        const attributes = await client.getAttributes(ORDER, options);
        assert.equal(attributes.locale, "en-US");
        await client.confirmCustomizationDetails(ORDER, {
          ...options,
          body: { text: "Please confirm the engraving.", ...files },
        });
        await client.createConfirmDeliveryDetails(ORDER, {
          ...options,
          body: text,
        });
        await client.createLegalDisclosure(ORDER, { ...options, body: files });
        await client.createNegativeFeedbackRemoval(ORDER, options);
        await client.createConfirmOrderDetails(ORDER, {
          ...options,
          body: text,
        });
        await client.createConfirmServiceDetails(ORDER, {
          ...options,
          body: text,
        });
        await client.createAmazonMotors(ORDER, { ...options, body: files });
        await client.createWarranty(ORDER, {
          ...options,
          body: {
            ...files,
            coverageStartDate: "2026-01-01T00:00:00Z",
            coverageEndDate: "2027-01-01T00:00:00.000+01:00",
          },
        });
        await client.createDigitalAccessKey(ORDER, {
          ...options,
          body: { text: "Your key is in the attachment.", ...files },
        });
        await client.createUnexpectedProblem(ORDER, { ...options, body: text });
        // sendMessage with its eligibility check: Prism's example lists
        // negativeFeedbackRemoval only (sent above already, so the repeat
        // is declared).
        await client.sendMessage("negativeFeedbackRemoval", ORDER, {
          ...options,
          allowDuplicate: true,
        });

        const spec = JSON.parse(await Deno.readTextFile(SPEC));
        const operations = Object.values(spec.paths).flatMap((methods) =>
          Object.keys(methods as object)
        ).length;
        assert.equal(operations, 12);
        const paths = new Set(exchanges.map((e) =>
          `${e.method} ${e.path}`
        ));
        assert.equal(paths.size, 12, [...paths].join("\n"));
        for (const exchange of exchanges) {
          assert.equal(
            exchange.violations,
            null,
            `${exchange.method} ${exchange.path}: ${exchange.violations}`,
          );
          assert.ok(
            exchange.status >= 200 && exchange.status < 300,
            `${exchange.method} ${exchange.path} answered ${exchange.status}`,
          );
        }
      },
    );

    await t.step(
      "invalid calls are rejected by the client before reaching Prism",
      async () => {
        const before = exchanges.length;
        await assert.rejects(
          client.createUnexpectedProblem("", { ...options, body: text }),
          TypeError,
        );
        await assert.rejects(
          client.getAttributes(ORDER, {
            marketplaceId: [US, "A2EUQ1WTGCTBG2"] as never,
          }),
          TypeError,
        );
        await assert.rejects(
          client.getAttributes(ORDER, {
            marketplaceId: `${US},A2EUQ1WTGCTBG2`,
          }),
          RangeError,
        );
        await assert.rejects(
          client.createUnexpectedProblem(ORDER, {
            ...options,
            body: { text: "" },
          }),
          MessageValidationError,
        );
        await assert.rejects(
          client.createConfirmOrderDetails(ORDER, {
            ...options,
            body: { text: "x".repeat(2001) },
          }),
          MessageValidationError,
        );
        await assert.rejects(
          client.createWarranty(ORDER, {
            ...options,
            body: { ...files, coverageStartDate: "next spring" },
          }),
          MessageValidationError,
        );
        await assert.rejects(
          client.createLegalDisclosure(ORDER, {
            ...options,
            body: { attachments: [{ uploadDestinationId: "x" }] } as never,
          }),
          MessageValidationError,
        );
        assert.equal(exchanges.length, before, "nothing reached Prism");
      },
    );

    await t.step(
      "Prism itself flags such requests, so a clean header means something",
      async () => {
        const empty = await fetch(
          `${base}/messaging/v1/orders/${ORDER}/messages/unexpectedProblem?marketplaceIds=${US}`,
          {
            method: "POST",
            headers: {
              "content-type": "application/json",
              accept: "application/hal+json",
            },
            body: JSON.stringify({ text: "" }),
          },
        );
        await empty.body?.cancel();
        assert.equal(empty.status, 400);
        assert.match(empty.headers.get("sl-violations") ?? "", /minLength/);
        const noMarketplace = await fetch(
          `${base}/messaging/v1/orders/${ORDER}/attributes`,
          { headers: { accept: "application/hal+json" } },
        );
        await noMarketplace.body?.cancel();
        assert.match(
          noMarketplace.headers.get("sl-violations") ?? "",
          /marketplaceids/i,
        );
      },
    );

    const finished = performance.now();
    console.log(
      `conformance: prism ${
        installed - started > 1000 ? "installed" : "found"
      } in ${Math.round(installed - started)} ms, started in ${
        Math.round(ready - installed)
      } ms, ${exchanges.length} calls in ${
        Math.round(finished - ready)
      } ms, total ${Math.round(finished - started)} ms`,
    );
  } finally {
    if (!exited) child.kill("SIGTERM");
    const killer = setTimeout(() => {
      if (!exited) child.kill("SIGKILL");
    }, 5000);
    await status;
    clearTimeout(killer);
    await stdout;
    await stderr;
  }
});

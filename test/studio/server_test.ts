// The studio's JSON API over HTTP on loopback, against a temp copy of
// template folders.
import assert from "node:assert/strict";
import type { StudioFinding } from "../../src/studio/lint_draft.ts";
import { createStudioHandler } from "../../scripts/studio.ts";

const TEMPLATES = new URL("../../templates/", import.meta.url);

async function copyType(type: string, to: string, skip: string[] = []) {
  await Deno.mkdir(`${to}/${type}`, { recursive: true });
  for await (const entry of Deno.readDir(new URL(`${type}/`, TEMPLATES))) {
    if (skip.includes(entry.name)) continue;
    await Deno.copyFile(
      new URL(`${type}/${entry.name}`, TEMPLATES),
      `${to}/${type}/${entry.name}`,
    );
  }
}

async function withStudio(
  fn: (base: string, dir: string) => Promise<void>,
  readOnly = false,
) {
  const dir = await Deno.makeTempDir({ prefix: "studio_" });
  await copyType("unexpectedProblem", dir);
  await copyType("confirmDeliveryDetails", dir, ["de-DE.hbs"]);
  // A German template that forgets the order id of the English one.
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/de-DE.hbs`,
    "Guten Tag,\n\nIhre Bestellung ({{productTitle}}) verzögert sich. Wir versenden sie voraussichtlich am {{formatDate newShipDate}}.\n\nVielen Dank für Ihre Geduld,\n{{sellerName}}",
  );
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createStudioHandler({ dir, readOnly }),
  );
  try {
    await fn(`http://127.0.0.1:${server.addr.port}`, dir);
  } finally {
    await server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
}

async function call(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

function errorOf(json: Record<string, unknown>): string {
  return (json.error as { message: string }).message;
}

type Finding = StudioFinding;

Deno.test("GET / serves the page; GET /api/matrix lists type × locale with status, length, limit and missing variables", async () => {
  await withStudio(async (base) => {
    const page = await fetch(`${base}/`);
    assert.match(page.headers.get("content-type")!, /text\/html/);
    assert.match(await page.text(), /Findings/);
    const { status, json } = await call("GET", `${base}/api/matrix`);
    assert.equal(status, 200);
    assert.deepEqual(json.types, [
      "confirmDeliveryDetails",
      "unexpectedProblem",
    ]);
    const cells = json.cells as Record<string, unknown>[];
    const cell = (type: string, locale: string) =>
      cells.find((c) => c.type === type && c.locale === locale)!;
    assert.equal(cell("confirmDeliveryDetails", "de-DE").status, "missing");
    assert.equal(cell("confirmDeliveryDetails", "de-DE").path, null);
    const en = cell("unexpectedProblem", "en-US");
    assert.equal(en.status, "clean");
    assert.equal(en.limit, 2000);
    assert.ok((en.length as number) > 100 && (en.length as number) < 2000);
    assert.deepEqual(cell("unexpectedProblem", "de-DE").missingVariables, [
      "amazonOrderId",
    ]);
    assert.deepEqual(cell("unexpectedProblem", "fr-FR").missingVariables, []);
  });
});

Deno.test("GET /api/template answers the source and its sample; refuses a bad or missing path", async () => {
  await withStudio(async (base, dir) => {
    const { status, json } = await call(
      "GET",
      `${base}/api/template?path=unexpectedProblem/en-US.hbs`,
    );
    assert.equal(status, 200);
    assert.equal(
      json.source,
      await Deno.readTextFile(`${dir}/unexpectedProblem/en-US.hbs`),
    );
    assert.match(json.sample as string, /"amazonOrderId"/);
    assert.equal(
      (await call("GET", `${base}/api/template?path=../etc/passwd`)).status,
      400,
    );
    assert.equal(
      (await call(
        "GET",
        `${base}/api/template?path=confirmDeliveryDetails/de-DE.hbs`,
      )).status,
      404,
    );
    const bad = await call(
      "GET",
      `${base}/api/template?path=unexpectedProblem/EN_us.hbs`,
    );
    assert.equal(bad.status, 400);
    assert.match(errorOf(bad.json), /did you mean "en-US\.hbs"/);
  });
});

Deno.test("POST /api/lint answers findings with rule id, severity, message, template range and safe fix", async () => {
  await withStudio(async (base) => {
    const sample = JSON.stringify({
      amazonOrderId: "123-1234567-1234567",
      sellerName: "Write to shop@example.com",
    });
    const source =
      "Order {{amazonOrderId}}: write to bob@example.com\n\n\n\nThanks, {{sellerName}}";
    const { status, json } = await call("POST", `${base}/api/lint`, {
      path: "unexpectedProblem/en-US.hbs",
      source,
      sample,
    });
    assert.equal(status, 200);
    const findings = json.findings as Finding[];
    const email = findings.find((f) =>
      f.ruleId === "no-email" && f.origin === "template"
    )!;
    assert.equal(email.severity, "error");
    assert.match(email.message, /bob@example\.com/);
    assert.equal(
      source.slice(email.range!.start, email.range!.end),
      "bob@example.com",
    );
    const fromData = findings.find((f) =>
      f.ruleId === "no-email" && f.origin === "data"
    )!;
    assert.equal(fromData.range, null);
    assert.equal(
      sample.slice(fromData.dataRange!.start, fromData.dataRange!.end),
      "shop@example.com",
    );
    const breaks = findings.find((f) => f.ruleId === "line-breaks")!;
    assert.deepEqual(breaks.fix, {
      start: source.indexOf("\n"),
      end: source.indexOf("\n") + 4,
      text: "\n\n",
    });
    assert.equal(email.fix, null);
    assert.equal(
      json.errorCount,
      findings.filter((f) => f.severity === "error").length,
    );
    assert.match(json.text as string, /Order 123-1234567-1234567/);
  });
});

Deno.test("POST /api/lint names a missing variable and still lints the rest; names broken sample JSON", async () => {
  await withStudio(async (base) => {
    const { json } = await call("POST", `${base}/api/lint`, {
      path: "unexpectedProblem/en-US.hbs",
      source: "Order {{nope}}: mail bob@example.com",
      sample: "{}",
    });
    const ids = (json.findings as Finding[]).map((f) => f.ruleId);
    assert.ok(ids.includes("template-variable"), ids.join());
    assert.ok(ids.includes("no-email"), ids.join());
    const broken = await call("POST", `${base}/api/lint`, {
      path: "unexpectedProblem/en-US.hbs",
      source: "Hello",
      sample: "{ not json",
    });
    const first = (broken.json.findings as Finding[])[0]!;
    assert.equal(first.ruleId, "template-sample");
    assert.match(first.message, /not valid JSON/);
    assert.equal(
      (await call("POST", `${base}/api/lint`, { path: 1, source: "" })).status,
      400,
    );
  });
});

Deno.test("POST /api/preview negotiates the buyer locale and formats dates in the time zone", async () => {
  await withStudio(async (base) => {
    const sample = JSON.stringify({
      amazonOrderId: "123-1234567-1234567",
      sellerName: "Northwind",
      productTitle: "Boots",
      newShipDate: "2026-12-09T23:30:00Z",
    });
    const ask = (buyerLocale: string, timeZone: string) =>
      call("POST", `${base}/api/preview`, {
        path: "unexpectedProblem/en-US.hbs",
        source: "Ships {{formatDate newShipDate}} for {{amazonOrderId}}",
        sample,
        buyerLocale,
        timeZone,
      });
    const de = await ask("de-AT", "Asia/Tokyo");
    assert.equal(de.json.locale, "de-DE");
    assert.match(de.json.text as string, /10\. Dezember 2026/);
    const en = await ask("en-US", "America/Los_Angeles");
    assert.equal(en.json.locale, "en-US");
    assert.equal(
      en.json.text,
      "Ships December 9, 2026 for 123-1234567-1234567",
    );
  });
});

Deno.test("PUT /api/template saves inside the folder only, with a valid file name, in local mode only", async () => {
  await withStudio(async (base, dir) => {
    const saved = await call("PUT", `${base}/api/template`, {
      path: "unexpectedProblem/en-US.hbs",
      source: "Saved {{amazonOrderId}}",
    });
    assert.equal(saved.status, 200);
    assert.equal(
      await Deno.readTextFile(`${dir}/unexpectedProblem/en-US.hbs`),
      "Saved {{amazonOrderId}}",
    );
    for (
      const path of [
        "../x/en-US.hbs",
        "unexpectedProblem/../../en-US.hbs",
        "/tmp/en-US.hbs",
        "unexpectedProblem/klingon.hbs",
        "unexpectedProblem/en_US.hbs",
        "unexpectedProblem/en-US.txt",
        "notAType/en-US.hbs",
      ]
    ) {
      const refused = await call("PUT", `${base}/api/template`, {
        path,
        source: "x",
      });
      assert.equal(refused.status, 400, path);
    }
    // A folder that is a link out of the template folder.
    const outside = await Deno.makeTempDir({ prefix: "studio_outside_" });
    try {
      // `ln`, as Deno.symlink() needs unscoped permissions.
      const ln = await new Deno.Command("ln", {
        args: ["-s", outside, `${dir}/confirmOrderDetails`],
      }).output();
      assert.ok(ln.success);
      const escaped = await call("PUT", `${base}/api/template`, {
        path: "confirmOrderDetails/en-US.hbs",
        source: "x",
      });
      assert.equal(escaped.status, 403);
      assert.deepEqual([...Deno.readDirSync(outside)], []);
    } finally {
      await Deno.remove(outside, { recursive: true });
    }
  });
  await withStudio(async (base, dir) => {
    const before = await Deno.readTextFile(
      `${dir}/unexpectedProblem/en-US.hbs`,
    );
    const refused = await call("PUT", `${base}/api/template`, {
      path: "unexpectedProblem/en-US.hbs",
      source: "x",
    });
    assert.equal(refused.status, 403);
    assert.match(errorOf(refused.json), /read-only/);
    assert.equal(
      await Deno.readTextFile(`${dir}/unexpectedProblem/en-US.hbs`),
      before,
    );
    assert.doesNotMatch(await (await fetch(`${base}/`)).text(), /id="save"/);
  }, true);
});

Deno.test("GET /api/matrix of a folder without templates says so", async () => {
  const dir = await Deno.makeTempDir({ prefix: "studio_empty_" });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createStudioHandler({ dir }),
  );
  try {
    const { status, json } = await call(
      "GET",
      `http://127.0.0.1:${server.addr.port}/api/matrix`,
    );
    assert.equal(status, 404);
    assert.match(errorOf(json), /holds no templates/);
  } finally {
    await server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PUT /api/template does not write through a template file that is a link out of the folder", async () => {
  await withStudio(async (base, dir) => {
    const outside = await Deno.makeTempDir({ prefix: "studio_outside_" });
    try {
      await Deno.writeTextFile(`${outside}/secret.txt`, "kept");
      const target = `${dir}/unexpectedProblem/en-US.hbs`;
      await Deno.remove(target);
      // `ln`, as Deno.symlink() needs unscoped permissions.
      const ln = await new Deno.Command("ln", {
        args: ["-s", `${outside}/secret.txt`, target],
      }).output();
      assert.ok(ln.success);
      const escaped = await call("PUT", `${base}/api/template`, {
        path: "unexpectedProblem/en-US.hbs",
        source: "overwritten",
      });
      assert.equal(escaped.status, 403);
      assert.match(errorOf(escaped.json), /a link out of the folder/);
      assert.equal(await Deno.readTextFile(`${outside}/secret.txt`), "kept");
      // A link to a missing file out of the folder would create it there.
      await Deno.remove(target);
      const dangling = await new Deno.Command("ln", {
        args: ["-s", `${outside}/new.hbs`, target],
      }).output();
      assert.ok(dangling.success);
      const created = await call("PUT", `${base}/api/template`, {
        path: "unexpectedProblem/en-US.hbs",
        source: "created",
      });
      assert.equal(created.status, 403);
      assert.deepEqual(
        [...Deno.readDirSync(outside)].map((e) => e.name),
        ["secret.txt"],
      );
      // A link that stays inside the folder is written as before.
      await Deno.remove(target);
      const inside = await new Deno.Command("ln", {
        args: ["-s", `${dir}/unexpectedProblem/de-DE.hbs`, target],
      }).output();
      assert.ok(inside.success);
      const saved = await call("PUT", `${base}/api/template`, {
        path: "unexpectedProblem/en-US.hbs",
        source: "Saved {{amazonOrderId}}",
      });
      assert.equal(saved.status, 200);
      assert.equal(
        await Deno.readTextFile(`${dir}/unexpectedProblem/de-DE.hbs`),
        "Saved {{amazonOrderId}}",
      );
    } finally {
      await Deno.remove(outside, { recursive: true });
    }
  });
});

/** A raw HTTP/1.1 request with the given Host header: its status line. */
async function statusWithHost(
  base: string,
  method: string,
  path: string,
  host: string,
  body = "",
): Promise<string> {
  const port = Number(new URL(base).port);
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    await conn.write(
      new TextEncoder().encode(
        `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${
          new TextEncoder().encode(body).length
        }\r\nConnection: close\r\n\r\n${body}`,
      ),
    );
    const chunks: Uint8Array[] = [];
    const buffer = new Uint8Array(4096);
    for (;;) {
      const n = await conn.read(buffer);
      if (n === null) break;
      chunks.push(buffer.slice(0, n));
    }
    const text = new TextDecoder().decode(
      new Uint8Array(chunks.flatMap((c) => [...c])),
    );
    return text.slice(0, text.indexOf("\r\n"));
  } finally {
    conn.close();
  }
}

Deno.test("the local studio answers only requests for a loopback host (no DNS rebinding)", async () => {
  await withStudio(async (base, dir) => {
    const port = new URL(base).port;
    const before = await Deno.readTextFile(
      `${dir}/unexpectedProblem/en-US.hbs`,
    );
    const save = JSON.stringify({
      path: "unexpectedProblem/en-US.hbs",
      source: "rebound",
    });
    for (const host of [`attacker.example:${port}`, "attacker.example"]) {
      assert.match(
        await statusWithHost(base, "GET", "/api/matrix", host),
        / 403 /,
        host,
      );
      assert.match(
        await statusWithHost(base, "PUT", "/api/template", host, save),
        / 403 /,
        host,
      );
    }
    assert.equal(
      await Deno.readTextFile(`${dir}/unexpectedProblem/en-US.hbs`),
      before,
    );
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      assert.match(
        await statusWithHost(base, "GET", "/api/matrix", host),
        / 200 /,
        host,
      );
    }
  });
});

/**
 * Property tests of the endpoint: random and malformed bodies, headers,
 * methods and ids never lead to a 5xx, every answer is JSON that matches its
 * documented schema, and nothing is ever sent (every generated body either
 * asks for a dry run or is invalid).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { MESSAGE_TYPE_IDS } from "../../src/message_types/mod.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import {
  createMessagingApp,
  type MessagingAppOptions,
} from "../../src/http/create_messaging_app.ts";
import { answerOf, DATA, DE, KEY, ORDER, type TestApp, US } from "./_app.ts";

/** An app whose client and sandbox do not rate limit: this is not about throttling. */
function fuzzApp(options: Partial<MessagingAppOptions> = {}): TestApp {
  const sandbox = createSandbox({ rateLimit: false });
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|fuzz" },
      fetch: sandbox.fetch,
      rateLimit: { rate: 1_000_000, burst: 1_000_000 },
    },
    apiKeys: [KEY],
    ...options,
  });
  return { app, sandbox };
}

const orderId = fc.oneof(
  fc.constant(ORDER),
  fc.constant("123-1234567-0000000"),
  fc.tuple(
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 0, max: 9_999_999 }),
    fc.integer({ min: 0, max: 9_999_999 }),
  ).map(([a, b, c]) =>
    `${String(a).padStart(3, "0")}-${String(b).padStart(7, "0")}-${
      String(c).padStart(7, "0")
    }`
  ),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.jsonValue(),
);

const nonBoolean = fc.jsonValue().filter((value) => typeof value !== "boolean");

const validOrder = fc.oneof(
  fc.constant(ORDER),
  fc.constant("123-1234567-0000000"),
  fc.integer({ min: 0, max: 9_999_999 }).map((n) =>
    `111-${String(n).padStart(7, "0")}-1234567`
  ),
);
const TEXT_TYPES = [
  "unexpectedProblem",
  "confirmDeliveryDetails",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "confirmCustomizationDetails",
  "digitalAccessKey",
] as const;
const ATTACHMENT_TYPES = [
  "invoice",
  "warranty",
  "legalDisclosure",
  "amazonMotors",
  "negativeFeedbackRemoval",
] as const;
const attachment = fc.record({
  uploadDestinationId: fc.string({ minLength: 1 }),
  fileName: fc.string({ minLength: 1 }),
});

/** Dry runs that pass validation: composed, literal text, attachments. */
const validBody = fc.oneof(
  fc.record({
    amazonOrderId: validOrder,
    marketplaceId: fc.constantFrom(US, DE),
    type: fc.constant("unexpectedProblem"),
    data: fc.constant(DATA),
    locale: fc.constantFrom("de-DE", "en-US", "ja-JP", "ko-KR", "fr-CA"),
    dryRun: fc.constant(true),
  }, {
    requiredKeys: ["amazonOrderId", "marketplaceId", "type", "data", "dryRun"],
  }),
  fc.record({
    amazonOrderId: validOrder,
    marketplaceId: fc.constantFrom(US, DE),
    type: fc.constantFrom(...TEXT_TYPES),
    text: fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.string({ unit: "binary", maxLength: 500 }),
      fc.constant(
        "Your order 123-1234567-1234567 ships on Monday. We apologize for the delay.",
      ),
      fc.constant("Order 123-1234567-1234567: write to help@shop.example <b>"),
    ),
    dryRun: fc.constant(true),
  }),
  fc.record({
    amazonOrderId: validOrder,
    marketplaceId: fc.constantFrom(US, DE),
    type: fc.constantFrom(...ATTACHMENT_TYPES),
    attachments: fc.array(attachment, { maxLength: 6 }),
    coverageStartDate: fc.constantFrom("2026-01-01T00:00:00Z", "tomorrow"),
    coverageEndDate: fc.constantFrom(
      "2027-01-01T00:00:00Z",
      "2020-01-01T00:00:00Z",
    ),
    dryRun: fc.constant(true),
  }, { requiredKeys: ["amazonOrderId", "marketplaceId", "type", "dryRun"] }),
);

const FIELDS = [
  "amazonOrderId",
  "marketplaceId",
  "type",
  "template",
  "data",
  "text",
  "attachments",
  "locale",
  "dryRun",
  "extra",
] as const;

/** Valid dry runs with up to two fields replaced or removed. */
const mutatedBody = fc.tuple(
  validBody,
  fc.array(
    fc.tuple(
      fc.constantFrom(...FIELDS),
      fc.option(fc.jsonValue(), { nil: undefined }),
    ),
    { maxLength: 2 },
  ),
).map(([base, mutations]) => {
  const value: Record<string, unknown> = { ...base };
  for (const [field, replacement] of mutations) {
    // dryRun stays true or becomes invalid: a mutation never makes a send.
    value[field] = field === "dryRun" &&
        (replacement === undefined || typeof replacement === "boolean")
      ? "yes"
      : replacement;
  }
  return value;
});

const randomBody = fc.record({
  amazonOrderId: orderId,
  marketplaceId: fc.oneof(
    fc.constantFrom(US, DE, "XX", ""),
    fc.string(),
    fc.jsonValue(),
  ),
  type: fc.oneof(
    fc.constantFrom(...MESSAGE_TYPE_IDS, "CreateWarranty", ""),
    fc.string(),
    fc.jsonValue(),
  ),
  template: fc.oneof(
    fc.constantFrom(
      "unexpectedProblem",
      "unexpectedProblem/x",
      "warranty",
      "../x",
    ),
    fc.string(),
    nonBoolean,
  ),
  data: fc.oneof(
    fc.constant(DATA),
    fc.dictionary(fc.string(), fc.jsonValue()),
    fc.jsonValue(),
  ),
  text: fc.oneof(
    fc.string(),
    fc.string({ unit: "binary", maxLength: 3000 }),
    fc.constant("Order 123-1234567-1234567: write to help@shop.example <b>"),
    fc.jsonValue(),
  ),
  attachments: fc.oneof(
    fc.array(
      fc.record({ uploadDestinationId: fc.string(), fileName: fc.string() }),
    ),
    fc.jsonValue(),
  ),
  coverageStartDate: fc.oneof(fc.string(), fc.constant("2026-01-01T00:00:00Z")),
  locale: fc.oneof(
    fc.constantFrom("de-DE", "en_us", "xx", "zh-Hans-CN", "a".repeat(100)),
    fc.string(),
  ),
  // Never `false` and never absent: every body is a dry run or invalid.
  dryRun: fc.oneof(fc.constant(true), nonBoolean),
  extra: fc.jsonValue(),
}, {
  requiredKeys: ["dryRun"],
});

const body = fc.oneof(mutatedBody, validBody, randomBody);

const rawBody = fc.oneof(
  body.map((value) => JSON.stringify(value)),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(""),
  fc.constant("[".repeat(5000)),
  fc.constant(`{"data":${"[".repeat(3000)}${"]".repeat(3000)}}`),
);

const headerValue = fc.string().map((value) =>
  value.replace(/[^\x20-\x7e]/g, "").trim()
);

const headers = fc.record({
  "content-type": fc.oneof(
    fc.constant("application/json"),
    fc.constant("application/json; charset=utf-8"),
    fc.constant("application/json; charset=utf-16"),
    fc.constant("text/plain"),
    headerValue,
  ),
  authorization: fc.oneof(
    fc.constant(`Bearer ${KEY}`),
    fc.constant(`Bearer ${KEY}`),
    fc.constant("Bearer nope"),
    headerValue,
  ),
  "x-request-id": headerValue,
  "content-encoding": fc.constantFrom("gzip", "identity", "br"),
}, { requiredKeys: [] });

/** A URL component of any JSON value (JSON text for non-strings, lone surrogates replaced). */
function segment(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return encodeURIComponent(text.toWellFormed());
}

const path = fc.oneof(
  fc.constant("/messages"),
  fc.constant("/messages"),
  fc.tuple(orderId, fc.oneof(fc.constantFrom(US, DE, ""), fc.string())).map((
    [id, marketplace],
  ) =>
    `/orders/${segment(id)}/message-types?marketplaceId=${segment(marketplace)}`
  ),
  fc.string({ unit: "binary" }).map((value) => `/${segment(value)}`),
  fc.constantFrom("/healthz", "/openapi.json", "/messages/", "//messages"),
);

const method = fc.oneof(
  fc.constant("POST"),
  fc.constant("POST"),
  fc.constantFrom("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
);

const seen = new Map<number, number>();

async function check(
  target: TestApp,
  request: Request,
  sentDryRun: boolean,
): Promise<void> {
  const response = await target.app.fetch(request);
  seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
  const route = new URL(request.url).pathname;
  assert.ok(
    response.status < 500,
    `${request.method} ${request.url} answered ${response.status}: ${await response
      .clone().text()}`,
  );
  if (request.method === "HEAD") {
    await response.body?.cancel();
    return;
  }
  if (route === "/openapi.json" && response.status === 200) {
    assert.equal((await response.json()).openapi, "3.1.0");
    return;
  }
  const answer = await answerOf(response);
  if (response.status < 300) {
    if (request.method === "POST" && route === "/messages") {
      assert.equal(response.status, 200);
      assert.equal(answer.status, "valid");
      assert.ok(sentDryRun);
    } else {
      assert.equal(request.method, "GET");
    }
  }
  assert.equal(target.sandbox.sent.length, 0, "nothing is ever sent");
}

Deno.test("fuzz: random bodies to POST /messages never 5xx and never send", async () => {
  const target = fuzzApp();
  await fc.assert(
    fc.asyncProperty(body, headers, async (value, extra) => {
      const request = new Request("http://localhost/messages", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${KEY}`,
          ...(extra["x-request-id"] === undefined
            ? {}
            : { "x-request-id": extra["x-request-id"] }),
        },
        body: JSON.stringify(value),
      });
      await check(
        target,
        request,
        (value as { dryRun?: unknown }).dryRun === true,
      );
    }),
    { numRuns: 400 },
  );
  assert.equal(target.sandbox.sent.length, 0);
  // The generators reach past validation, not only into 400s.
  for (const status of [200, 400, 409, 422]) {
    assert.ok((seen.get(status) ?? 0) > 0, `no ${status} in ${[...seen]}`);
  }
});

Deno.test("fuzz: random raw bodies, headers, methods and paths never 5xx", async () => {
  const target = fuzzApp();
  await fc.assert(
    fc.asyncProperty(
      method,
      path,
      headers,
      rawBody,
      async (verb, where, extra, raw) => {
        const hasBody = verb !== "GET" && verb !== "HEAD";
        const request = new Request(`http://localhost${where}`, {
          method: verb,
          headers: Object.fromEntries(
            Object.entries(extra).filter(([, value]) => value !== ""),
          ),
          ...(hasBody ? { body: raw as BodyInit } : {}),
        });
        const parsed = (() => {
          try {
            return JSON.parse(typeof raw === "string" ? raw : "");
          } catch {
            return undefined;
          }
        })();
        await check(target, request, parsed?.dryRun === true);
      },
    ),
    { numRuns: 400 },
  );
  assert.equal(target.sandbox.sent.length, 0);
});

Deno.test("fuzz: a body over the limit is 413 whatever it holds", async () => {
  const target = fuzzApp({ maxBodyBytes: 256 });
  await fc.assert(
    fc.asyncProperty(
      fc.string({ minLength: 257, maxLength: 2000 }).filter((s) =>
        new TextEncoder().encode(s).length > 256
      ),
      async (raw) => {
        const response = await target.app.fetch(
          new Request("http://localhost/messages", {
            method: "POST",
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${KEY}`,
            },
            body: raw,
          }),
        );
        assert.equal(response.status, 413);
        await answerOf(response);
      },
    ),
    { numRuns: 50 },
  );
});

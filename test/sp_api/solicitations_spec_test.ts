/**
 * The client's and the sandbox's Solicitations API against Amazon's model,
 * `test/testdata/solicitations-v1.json` (verbatim from
 * amzn/selling-partner-api-models): paths, methods and parameters of the
 * requests the client makes, the shapes and headers of the sandbox's
 * answers, the model's static sandbox cases, and the usage plan its
 * descriptions document.
 */
import assert from "node:assert/strict";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { SOLICITATION_LIMITS } from "../../src/sp_api/_solicitations.ts";

interface SpecSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SpecSchema>>;
  readonly items?: SpecSchema;
  readonly maxItems?: number;
}
interface SpecParameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly type?: string;
  readonly maxItems?: number;
}
interface SpecResponse {
  readonly schema?: SpecSchema;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly "x-amzn-api-sandbox"?: {
    readonly static: readonly {
      readonly request: {
        readonly parameters: Readonly<Record<string, { value: unknown }>>;
      };
      readonly response: unknown;
    }[];
  };
}
interface SpecOperation {
  readonly operationId: string;
  readonly description: string;
  readonly parameters: readonly SpecParameter[];
  readonly responses: Readonly<Record<string, SpecResponse>>;
}
interface Spec {
  readonly paths: Readonly<
    Record<string, Readonly<Record<string, SpecOperation>>>
  >;
  readonly definitions: Readonly<Record<string, SpecSchema>>;
}

const spec: Spec = JSON.parse(
  await Deno.readTextFile(
    new URL("../testdata/solicitations-v1.json", import.meta.url),
  ),
);
const US = "ATVPDKIKX0DER";
const ORDER = "902-3159896-1390916";

interface Operation extends SpecOperation {
  readonly path: string;
  readonly method: string;
}

function operations(): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      ...operation,
      path,
      method: method.toUpperCase(),
    }))
  );
}

function resolve(schema: SpecSchema): SpecSchema {
  return schema.$ref === undefined
    ? schema
    : spec.definitions[schema.$ref.replace("#/definitions/", "")];
}

/** The issues of `value` against a Swagger 2.0 schema (the subset the model uses). */
function issues(schema: SpecSchema, value: unknown, at = "body"): string[] {
  const s = resolve(schema);
  if (s.type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return [`${at}: expected an object`];
    }
    const record = value as Record<string, unknown>;
    return [
      ...(s.required ?? []).filter((name) => !(name in record)).map((name) =>
        `${at}.${name}: required`
      ),
      ...Object.entries(s.properties ?? {}).flatMap(([name, property]) =>
        name in record ? issues(property, record[name], `${at}.${name}`) : []
      ),
    ];
  }
  if (s.type === "array") {
    if (!Array.isArray(value)) return [`${at}: expected an array`];
    return value.flatMap((item, i) => issues(s.items!, item, `${at}.${i}`));
  }
  if (s.type === "string" && typeof value !== "string") {
    return [`${at}: expected a string`];
  }
  return [];
}

/** The usage plan a description's table documents. */
function usagePlan(description: string): { rate: number; burst: number } {
  const match =
    /\| Rate \(requests per second\) \| Burst \|\n\| -+ \| -+ \|\n\| ([\d.]+) \| (\d+) \|/
      .exec(description);
  assert.ok(match, "no usage plan table in the description");
  return { rate: Number(match[1]), burst: Number(match[2]) };
}

/** Finds the spec operation of a request by method and path template. */
function operationOf(method: string, url: URL): Operation | undefined {
  return operations().find((operation) =>
    operation.method === method &&
    new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(
      url.pathname,
    )
  );
}

function recording(inner: FetchLike): { fetch: FetchLike; seen: Request[] } {
  const seen: Request[] = [];
  return {
    seen,
    fetch: (input, init) => {
      const request = new Request(input, init);
      seen.push(request.clone());
      return inner(request);
    },
  };
}

Deno.test("the Solicitations model has exactly the two operations the client implements", () => {
  const client = createMessagingClient({
    auth: { accessToken: "Atza|spec" },
    fetch: createSandbox().fetch,
  });
  const found = operations().map((o) => [o.method, o.path, o.operationId]);
  assert.deepEqual(found, [
    [
      "GET",
      "/solicitations/v1/orders/{amazonOrderId}",
      "getSolicitationActionsForOrder",
    ],
    [
      "POST",
      "/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback",
      "createProductReviewAndSellerFeedbackSolicitation",
    ],
  ]);
  for (const operation of operations()) {
    const method = (client as unknown as Record<string, unknown>)[
      operation.operationId
    ];
    assert.equal(typeof method, "function", operation.operationId);
  }
});

Deno.test("the client's requests match the model's paths, methods and parameters", async () => {
  const sandbox = createSandbox();
  const { fetch, seen } = recording(sandbox.fetch);
  const client = createMessagingClient({
    auth: { accessToken: "Atza|spec" },
    fetch,
  });
  await client.getSolicitationActionsForOrder(ORDER, { marketplaceId: US });
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
  });
  assert.deepEqual(seen.map((r) => r.method), ["GET", "GET", "POST"]);
  for (const request of seen) {
    const url = new URL(request.url);
    const operation = operationOf(request.method, url);
    assert.ok(operation, `${request.method} ${url.pathname} is in the model`);
    const path = operation.path.split("/");
    const actual = url.pathname.split("/");
    for (const parameter of operation.parameters) {
      if (parameter.in === "path") {
        const index = path.indexOf(`{${parameter.name}}`);
        assert.equal(decodeURIComponent(actual[index]), ORDER);
      } else if (parameter.in === "query") {
        const values = url.searchParams.getAll(parameter.name)
          .flatMap((value) => value.split(","));
        if (parameter.required) assert.ok(values.length > 0, parameter.name);
        assert.ok(values.length <= (parameter.maxItems ?? Infinity));
        assert.deepEqual(values, [US]);
      }
    }
    const known = operation.parameters.filter((p) => p.in === "query")
      .map((p) => p.name);
    assert.deepEqual([...url.searchParams.keys()], known);
    // No operation of the model has a body parameter: none is sent.
    assert.ok(!operation.parameters.some((p) => p.in === "body"));
    assert.equal(await request.text(), "");
    assert.equal(request.headers.get("x-amz-access-token"), "Atza|spec");
    assert.match(request.headers.get("accept") ?? "", /application\/hal\+json/);
  }
});

Deno.test("the sandbox's answers have the model's shapes and headers", async () => {
  const sandbox = createSandbox({
    acceptUnknownOrders: false,
    orders: { [ORDER]: {} },
    rateLimit: { rate: 1, burst: 4 },
  });
  const headers = { "x-amz-access-token": "Atza|spec" };
  const get = spec.paths["/solicitations/v1/orders/{amazonOrderId}"].get;
  const post = spec.paths[
    "/solicitations/v1/orders/{amazonOrderId}/solicitations/productReviewAndSellerFeedback"
  ].post;
  const base =
    "https://sellingpartnerapi-na.amazon.com/solicitations/v1/orders";
  const postUrl = (order: string) =>
    `${base}/${order}/solicitations/productReviewAndSellerFeedback?marketplaceIds=${US}`;
  const cases: [SpecOperation, Promise<Response>, number][] = [
    [
      get,
      sandbox.fetch(`${base}/${ORDER}?marketplaceIds=${US}`, { headers }),
      200,
    ],
    [get, sandbox.fetch(`${base}/${ORDER}`, { headers }), 400],
    [
      get,
      sandbox.fetch(`${base}/999-9999999-9999999?marketplaceIds=${US}`, {
        headers,
      }),
      404,
    ],
    [get, sandbox.fetch(`${base}/${ORDER}?marketplaceIds=${US}`), 403],
    [
      get,
      sandbox.fetch(`${base}/${ORDER}?marketplaceIds=${US}`, { headers }),
      429,
    ],
    [post, sandbox.fetch(postUrl(ORDER), { method: "POST", headers }), 201],
    [post, sandbox.fetch(postUrl(ORDER), { method: "POST", headers }), 403],
    [
      post,
      sandbox.fetch(postUrl("999-9999999-9999999"), {
        method: "POST",
        headers,
      }),
      404,
    ],
  ];
  for (const [operation, pending, status] of cases) {
    const response = await pending;
    const what = `${operation.operationId} ${status}`;
    assert.equal(response.status, status, what);
    const documented = operation.responses[String(status)];
    assert.ok(documented?.schema, `${what} is documented`);
    const body = await response.json();
    assert.deepEqual(issues(documented.schema, body), [], what);
    if (status >= 400) assert.ok(body.errors.length > 0, what);
    assert.ok(response.headers.get("x-amzn-RequestId"), what);
    if (status < 300) {
      assert.ok("x-amzn-RateLimit-Limit" in (documented.headers ?? {}));
      assert.ok(response.headers.get("x-amzn-RateLimit-Limit"), what);
    }
  }
});

Deno.test("the sandbox answers the model's static sandbox cases as documented", async () => {
  const sandbox = createSandbox();
  let cases = 0;
  for (const operation of operations()) {
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const entry of response["x-amzn-api-sandbox"]?.static ?? []) {
        const parameters = entry.request.parameters;
        const order = String(parameters.amazonOrderId.value);
        const marketplaces = (parameters.marketplaceIds?.value as string[]) ??
          [US];
        const url = new URL(
          `https://sandbox.sellingpartnerapi-na.amazon.com${
            operation.path.replace("{amazonOrderId}", order)
          }`,
        );
        for (const id of marketplaces) {
          url.searchParams.append("marketplaceIds", id);
        }
        const answer = await sandbox.fetch(url, {
          method: operation.method,
          headers: { "x-amz-access-token": "Atza|spec" },
        });
        assert.equal(answer.status, Number(status), operation.operationId);
        const body = await answer.json();
        const expected = entry.response as Record<string, unknown>;
        // The model's static answers carry `_links` only; the sandbox may
        // add what the schema allows (`_embedded`).
        for (const [key, value] of Object.entries(expected)) {
          assert.deepEqual(body[key], value, `${operation.operationId} ${key}`);
        }
        if (Object.keys(expected).length === 0) assert.deepEqual(body, {});
        cases++;
      }
    }
  }
  assert.equal(cases, 2);
});

Deno.test("the client uses the usage plan the model documents for both operations", () => {
  for (const operation of operations()) {
    assert.deepEqual(
      usagePlan(operation.description),
      SOLICITATION_LIMITS,
      operation.operationId,
    );
  }
  // Guards the guard: a changed table must disagree.
  const changed = operations()[0].description.replace(
    "| 1 | 5 |",
    "| 2 | 10 |",
  );
  assert.notDeepEqual(usagePlan(changed), SOLICITATION_LIMITS);
  // And the shape check tells a missing required member.
  assert.deepEqual(
    issues(
      { $ref: "#/definitions/GetSolicitationActionsForOrderResponse" },
      { _links: { actions: [{ name: "x" }] } },
    ),
    ["body._links.self: required", "body._links.actions.0.href: required"],
  );
});

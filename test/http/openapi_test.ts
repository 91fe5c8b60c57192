import assert from "node:assert/strict";
import { buildOpenApiDocument } from "../../src/http/_openapi_document.ts";
import { createOpenApiDocument } from "../../src/http/openapi.ts";
import { openApiSchemas } from "../../scripts/build_openapi.ts";
import { MESSAGE_TYPE_IDS } from "../../src/message_types/mod.ts";
import { makeApp } from "./_app.ts";

type Schema = {
  type?: string;
  properties?: Record<string, Schema & { enum?: string[] }>;
  required?: string[];
  additionalProperties?: boolean;
};

Deno.test("createOpenApiDocument() describes the request from the validating schema", () => {
  const document = createOpenApiDocument();
  assert.equal(document.openapi, "3.1.0");
  const schemas = document.components.schemas as Record<string, Schema>;
  const request = schemas.SendMessageRequest;
  assert.equal(request.type, "object");
  assert.equal(request.additionalProperties, false);
  assert.deepEqual(request.required?.sort(), [
    "amazonOrderId",
    "marketplaceId",
    "type",
  ]);
  assert.deepEqual(request.properties?.type.enum, [...MESSAGE_TYPE_IDS]);
  assert.ok(request.properties?.marketplaceId.enum?.includes("ATVPDKIKX0DER"));
  for (
    const field of [
      "template",
      "data",
      "text",
      "attachments",
      "coverageStartDate",
      "coverageEndDate",
      "locale",
      "dryRun",
      "allowDuplicate",
    ]
  ) assert.ok(field in (request.properties ?? {}), field);
  assert.ok(!JSON.stringify(document).includes("$schema"));
});

Deno.test("createOpenApiDocument() documents every answer and resolves every $ref", () => {
  const document = createOpenApiDocument({
    title: "T",
    version: "9",
    servers: [{ url: "https://x.example" }],
  });
  assert.deepEqual(document.info.title, "T");
  assert.deepEqual(document.servers, [{ url: "https://x.example" }]);
  const text = JSON.stringify(document);
  for (
    const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/(\w+)"/g)
  ) {
    assert.ok(
      name in (document.components[kind] as Record<string, unknown>),
      `${kind}/${name}`,
    );
  }
  const paths = document.paths as Record<
    string,
    Record<string, { responses: Record<string, unknown> }>
  >;
  assert.deepEqual(Object.keys(paths).sort(), [
    "/healthz",
    "/messages",
    "/messages/{id}",
    "/messages/{id}/retry",
    "/openapi.json",
    "/orders/{amazonOrderId}/message-types",
    "/solicitations",
  ]);
  assert.ok(
    "429" in paths["/orders/{amazonOrderId}/message-types"].get.responses,
  );
});

Deno.test("createOpenApiDocument() is what GET /openapi.json serves, with the app's body limit", async () => {
  const { app } = makeApp({
    maxBodyBytes: 4096,
    openApi: { version: "1.2.3" },
  });
  const response = await app.request("/openapi.json");
  assert.equal(response.status, 200);
  assert.equal(
    response.headers.get("content-type"),
    "application/json; charset=utf-8",
  );
  const served = await response.json();
  assert.deepEqual(
    served,
    JSON.parse(
      JSON.stringify(
        createOpenApiDocument({ version: "1.2.3", maxBodyBytes: 4096 }),
      ),
    ),
  );
  assert.match(JSON.stringify(served.paths["/messages"]), /4096 bytes/);
});

Deno.test("createOpenApiDocument() documents the Idempotency-Key header, allowDuplicate and the repetition answers", () => {
  const document = createOpenApiDocument();
  const text = JSON.stringify(document);
  const schemas = document.components.schemas as Record<string, Schema>;
  assert.equal(
    schemas.SendMessageRequest.properties?.allowDuplicate.type,
    "boolean",
  );
  const parameters = document.components.parameters as Record<
    string,
    { name: string; in: string; required: boolean; schema: Schema }
  >;
  assert.deepEqual(
    [parameters.IdempotencyKey.name, parameters.IdempotencyKey.in],
    ["Idempotency-Key", "header"],
  );
  assert.equal(parameters.IdempotencyKey.required, false);
  const post = (document.paths["/messages"] as {
    post: {
      parameters: unknown[];
      responses: Record<
        string,
        { description: string; headers: Record<string, unknown> }
      >;
    };
  }).post;
  assert.deepEqual(post.parameters, [
    { $ref: "#/components/parameters/IdempotencyKey" },
    { $ref: "#/components/parameters/Prefer" },
  ]);
  assert.match(post.responses["409"].description, /`duplicate`/);
  assert.match(post.responses["409"].description, /`idempotency_in_flight`/);
  assert.ok("retry-after" in post.responses["409"].headers);
  assert.match(post.responses["422"].description, /`idempotency_key_reused`/);
  for (const status of ["200", "201", "409", "422", "502"]) {
    assert.ok(
      "idempotency-replayed" in post.responses[status].headers,
      status,
    );
  }
  for (
    const code of [
      "duplicate",
      "idempotency_in_flight",
      "idempotency_key_reused",
    ]
  ) assert.ok(text.includes(code), code);
});

Deno.test("createOpenApiDocument() documents the outbox: Prefer, the 202 and its headers, and the four routes", () => {
  const document = createOpenApiDocument();
  type Operation = {
    operationId: string;
    security?: unknown[];
    parameters?: ({ $ref: string } | { name: string; in: string })[];
    responses: Record<
      string,
      {
        headers: Record<string, { $ref: string }>;
        content: { "application/json": { schema: unknown } };
      }
    >;
  };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) =>
      [`${method.toUpperCase()} ${path}`, operation] as const
    )
  );
  assert.deepEqual(
    operations.map(([name, operation]) => [name, operation.operationId]),
    [
      ["POST /messages", "sendMessage"],
      ["GET /messages", "listQueuedMessages"],
      ["GET /messages/{id}", "getQueuedMessage"],
      ["DELETE /messages/{id}", "cancelQueuedMessage"],
      ["POST /messages/{id}/retry", "retryQueuedMessage"],
      ["GET /orders/{amazonOrderId}/message-types", "listMessageTypes"],
      ["POST /solicitations", "requestReview"],
      ["GET /healthz", "health"],
      ["GET /openapi.json", "openapi"],
    ],
  );
  const byName = Object.fromEntries(operations);
  const schemaOf = (name: string, status: string) =>
    byName[name].responses[status].content["application/json"].schema;
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const error = ref("ErrorAnswer");

  const send = byName["POST /messages"];
  assert.deepEqual(schemaOf("POST /messages", "202"), ref("QueuedAnswer"));
  assert.deepEqual(send.responses["202"].headers, {
    "x-request-id": { $ref: "#/components/headers/RequestId" },
    location: { $ref: "#/components/headers/Location" },
    "preference-applied": { $ref: "#/components/headers/PreferenceApplied" },
    "idempotency-replayed": {
      $ref: "#/components/headers/IdempotencyReplayed",
    },
  });
  const components = document.components as Record<
    string,
    Record<string, Record<string, unknown>>
  >;
  assert.deepEqual(
    [components.parameters.Prefer.name, components.parameters.Prefer.in],
    ["Prefer", "header"],
  );
  assert.equal(components.parameters.Prefer.required, false);
  assert.deepEqual(components.headers.PreferenceApplied.schema, {
    type: "string",
    enum: ["respond-async"],
  });

  // Every status each outbox route answers, with its schema.
  const expected: Record<string, Record<string, unknown>> = {
    "GET /messages": {
      "200": ref("OutboxList"),
      "400": error,
      "401": error,
      "404": error,
    },
    "GET /messages/{id}": {
      "200": ref("OutboxMessageAnswer"),
      "401": error,
      "404": error,
    },
    "DELETE /messages/{id}": {
      "200": ref("OutboxMessageAnswer"),
      "401": error,
      "404": error,
      "409": ref("OutboxConflictAnswer"),
    },
    "POST /messages/{id}/retry": {
      "202": ref("OutboxMessageAnswer"),
      "401": error,
      "404": error,
      "409": ref("OutboxConflictAnswer"),
    },
  };
  for (const [name, responses] of Object.entries(expected)) {
    const operation = byName[name];
    assert.deepEqual(operation.security, [{ bearerAuth: [] }], name);
    assert.deepEqual(
      Object.keys(operation.responses).sort(),
      Object.keys(responses).sort(),
      name,
    );
    for (const [status, schema] of Object.entries(responses)) {
      assert.deepEqual(schemaOf(name, status), schema, `${name} ${status}`);
    }
    if (name !== "GET /messages") {
      assert.deepEqual(operation.parameters, [{
        $ref: "#/components/parameters/OutboxId",
      }]);
    }
  }
  assert.deepEqual(
    byName["GET /messages"].parameters?.map((p) =>
      "name" in p ? [p.name, p.in] : p
    ),
    [["amazonOrderId", "query"], ["limit", "query"], ["cursor", "query"]],
  );
  assert.deepEqual(components.parameters.OutboxId.schema, {
    type: "string",
    pattern: "^[0-9A-Z]{26}$",
  });
  const schemas = document.components.schemas as Record<string, Schema>;
  assert.deepEqual(schemas.QueuedAnswer.required?.sort(), [
    "amazonOrderId",
    "diagnostics",
    "id",
    "marketplaceId",
    "requestId",
    "status",
    "type",
  ]);
  assert.deepEqual(
    schemas.OutboxMessage.properties?.status.enum,
    [
      "queued",
      "sending",
      "sent",
      "unavailable",
      "failed",
      "unknown",
      "cancelled",
    ],
  );
});

Deno.test("createOpenApiDocument() from the generated schemas is the document built live from the Valibot schemas", () => {
  const live = openApiSchemas();
  for (
    const options of [
      {},
      {
        title: "T",
        version: "9",
        servers: [{ url: "https://x.example", description: "x" }],
        maxBodyBytes: 4096,
      },
    ]
  ) {
    const generated = createOpenApiDocument(options);
    const expected = buildOpenApiDocument(live, options);
    // Same text, key order included: what GET /openapi.json serves.
    assert.equal(JSON.stringify(generated), JSON.stringify(expected));
    assert.deepEqual(generated, expected);
  }
});

Deno.test("createOpenApiDocument() answers a new document each time", () => {
  const first = createOpenApiDocument();
  const schemas = first.components.schemas as Record<string, Schema>;
  schemas.SendMessageRequest.properties = {};
  (first.paths["/orders/{amazonOrderId}/message-types"] as {
    get: { parameters: { schema: Schema }[] };
  }).get.parameters[0].schema.type = "number";
  assert.equal(
    JSON.stringify(createOpenApiDocument()),
    JSON.stringify(buildOpenApiDocument(openApiSchemas())),
  );
});

Deno.test("the hono entry point does not load the JSON schema converter", async () => {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", "src/http/mod.ts"],
    cwd: new URL("../../", import.meta.url).pathname,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  assert.equal(code, 0, decoder.decode(stderr));
  const info = JSON.parse(decoder.decode(stdout)) as {
    modules: { specifier: string }[];
    npmPackages?: Record<string, unknown>;
  };
  const loaded = [
    ...info.modules.map((m) => m.specifier),
    ...Object.keys(info.npmPackages ?? {}),
  ];
  assert.ok(
    loaded.some((s) => s.endsWith("/src/http/openapi.ts")),
    "openapi.ts is in the graph",
  );
  assert.deepEqual(loaded.filter((s) => s.includes("to-json-schema")), []);
});

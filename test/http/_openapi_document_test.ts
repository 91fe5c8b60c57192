import assert from "node:assert/strict";
import {
  buildOpenApiDocument,
  type OpenApiSchemas,
} from "../../src/http/_openapi_document.ts";

const NAMES = [
  "OrderId",
  "MarketplaceId",
  "SendMessageRequest",
  "SentAnswer",
  "ValidAnswer",
  "RejectedAnswer",
  "UnavailableAnswer",
  "UnknownAnswer",
  "ErrorAnswer",
  "MessageTypesAnswer",
  "HealthAnswer",
  "SolicitationRequest",
  "SolicitationAnswer",
  "QueuedAnswer",
  "OutboxMessage",
  "OutboxMessageAnswer",
  "OutboxList",
  "OutboxConflictAnswer",
] as const;

/** A marker schema per name, to see where each one lands. */
const MARKERS = Object.fromEntries(
  NAMES.map((name) => [name, { title: `marker ${name}` }]),
) as unknown as OpenApiSchemas;

Deno.test("buildOpenApiDocument() puts each given schema where the document names it", () => {
  const document = buildOpenApiDocument(MARKERS);
  const schemas = document.components.schemas as Record<string, unknown>;
  for (const name of NAMES.slice(2)) {
    assert.deepEqual(schemas[name], { title: `marker ${name}` }, name);
  }
  assert.deepEqual(Object.keys(schemas), NAMES.slice(2));
  const parameters =
    (document.paths["/orders/{amazonOrderId}/message-types"] as {
      get: { parameters: { name: string; schema: unknown }[] };
    }).get.parameters;
  assert.deepEqual(
    parameters.map((p) => [p.name, p.schema]),
    [
      ["amazonOrderId", { title: "marker OrderId" }],
      ["marketplaceId", { title: "marker MarketplaceId" }],
    ],
  );
});

Deno.test("buildOpenApiDocument() applies the title, version, servers and body limit", () => {
  const defaults = buildOpenApiDocument(MARKERS);
  assert.deepEqual(
    [defaults.info.title, defaults.info.version, defaults.servers],
    ["Buyer messages", "0.1.0", []],
  );
  assert.match(JSON.stringify(defaults.paths), /65536 bytes/);
  const servers = [{ url: "https://x.example" }];
  const custom = buildOpenApiDocument(MARKERS, {
    title: "T",
    version: "2",
    servers,
    maxBodyBytes: 100,
  });
  assert.deepEqual(
    [custom.info.title, custom.info.version, custom.servers],
    ["T", "2", servers],
  );
  assert.notEqual(custom.servers, servers);
  assert.match(JSON.stringify(custom.paths), /100 bytes/);
});

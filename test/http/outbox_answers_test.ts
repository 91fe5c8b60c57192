/**
 * The real answers of the outbox routes match what the contract documents:
 * each answer parses with its Valibot schema without losing a field (so no
 * field is undocumented), and its status is documented for its operation
 * in `GET /openapi.json` with that schema.
 */
import assert from "node:assert/strict";
import * as v from "valibot";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createOpenApiDocument } from "../../src/http/openapi.ts";
import {
  errorAnswerSchema,
  outboxConflictAnswerSchema,
  outboxListAnswerSchema,
  outboxMessageAnswerSchema,
  queuedAnswerSchema,
} from "../../src/http/_schemas.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { composed, KEY, ORDER } from "./_app.ts";

const SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  QueuedAnswer: queuedAnswerSchema,
  OutboxMessageAnswer: outboxMessageAnswerSchema,
  OutboxList: outboxListAnswerSchema,
  OutboxConflictAnswer: outboxConflictAnswerSchema,
  ErrorAnswer: errorAnswerSchema,
};

type Operation = {
  responses: Record<
    string,
    { content: { "application/json": { schema: Record<string, unknown> } } }
  >;
};
const PATHS = createOpenApiDocument().paths as Record<
  string,
  Record<string, Operation>
>;

/** The schema names the document gives an operation's status. */
function documented(method: string, path: string, status: number): string[] {
  const response = PATHS[path]?.[method]?.responses[String(status)];
  assert.ok(response, `${method.toUpperCase()} ${path} documents ${status}`);
  const schema = response.content["application/json"].schema;
  const refs = (schema.oneOf as { $ref: string }[] | undefined) ??
    [schema as { $ref: string }];
  return refs.map((ref) => ref.$ref.replace("#/components/schemas/", ""));
}

function setup() {
  const sandbox = createSandbox();
  const client = createMessagingClient({
    auth: { accessToken: "Atza|outbox-answers" },
    fetch: sandbox.fetch,
  });
  const outbox = createOutbox({ store: createMemoryOutboxStore(), client });
  const app = createMessagingApp({ client, apiKeys: [KEY], outbox });
  /**
   * Calls the app and checks the answer against `schema` and the document
   * (`route` is the documented path); answers the body.
   */
  async function call(
    method: string,
    path: string,
    route: string,
    expected: { status: number; schema: string },
    init: RequestInit = {},
  ): Promise<{ body: Record<string, unknown>; headers: Headers }> {
    const response = await app.request(path, {
      method,
      ...init,
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
        ...init.headers,
      },
    });
    const body = await response.json() as Record<string, unknown>;
    const where = `${method} ${path} -> ${response.status}`;
    assert.equal(
      response.status,
      expected.status,
      `${where}: ${JSON.stringify(body)}`,
    );
    assert.equal(body.requestId, response.headers.get("x-request-id"), where);
    assert.ok(
      documented(method.toLowerCase(), route, response.status).includes(
        expected.schema,
      ),
      `${where} is documented as ${expected.schema}`,
    );
    const result = v.safeParse(SCHEMAS[expected.schema], body);
    assert.ok(
      result.success,
      `${where} does not match ${expected.schema}: ${
        JSON.stringify(
          result.issues?.map((issue) => [
            issue.path?.map((item) => item.key).join("."),
            issue.message,
          ]),
        )
      }`,
    );
    // Nothing undocumented: the schema keeps every field of the answer.
    assert.deepEqual(result.output, body, where);
    return { body, headers: response.headers };
  }
  return { sandbox, outbox, call };
}

const ASYNC = { prefer: "respond-async" };
const QUEUED_ROUTE = "/messages/{id}";
const RETRY_ROUTE = "/messages/{id}/retry";

Deno.test("queued, status, list and cancel answers match their documented schemas", async () => {
  const { outbox, call } = setup();
  const ids: string[] = [];
  for (const productTitle of ["Boots", "Socks", "Tent"]) {
    const { body, headers } = await call(
      "POST",
      "/messages",
      "/messages",
      { status: 202, schema: "QueuedAnswer" },
      {
        headers: ASYNC,
        body: JSON.stringify(
          composed({ data: { ...composed().data as object, productTitle } }),
        ),
      },
    );
    assert.equal(body.status, "queued");
    assert.equal(typeof body.template, "string");
    assert.equal(headers.get("location"), `/messages/${body.id}`);
    assert.equal(headers.get("preference-applied"), "respond-async");
    ids.push(body.id as string);
  }
  // A literal text: no composition details.
  const literal = await call(
    "POST",
    "/messages",
    "/messages",
    { status: 202, schema: "QueuedAnswer" },
    {
      headers: ASYNC,
      body: JSON.stringify({
        ...composed({ data: undefined }),
        text: `Order ${ORDER} ships two days late. We apologize.`,
      }),
    },
  );
  assert.equal(literal.body.template, undefined);

  const queued = await call("GET", `/messages/${ids[0]}`, QUEUED_ROUTE, {
    status: 200,
    schema: "OutboxMessageAnswer",
  });
  assert.equal(queued.body.status, "queued");

  const first = await call(
    "GET",
    `/messages?amazonOrderId=${ORDER}&limit=2`,
    "/messages",
    { status: 200, schema: "OutboxList" },
  );
  assert.equal((first.body.messages as unknown[]).length, 2);
  assert.equal(typeof first.body.cursor, "string");
  const rest = await call(
    "GET",
    `/messages?amazonOrderId=${ORDER}&limit=2&cursor=${first.body.cursor}`,
    "/messages",
    { status: 200, schema: "OutboxList" },
  );
  assert.equal((rest.body.messages as unknown[]).length, 2);
  assert.equal(rest.body.cursor, undefined);

  const cancelled = await call(
    "DELETE",
    `/messages/${ids[0]}`,
    QUEUED_ROUTE,
    { status: 200, schema: "OutboxMessageAnswer" },
  );
  assert.equal(cancelled.body.status, "cancelled");

  await outbox.drainOnce();
  const sent = await call("GET", `/messages/${ids[1]}`, QUEUED_ROUTE, {
    status: 200,
    schema: "OutboxMessageAnswer",
  });
  assert.equal(sent.body.status, "sent");
  const history = sent.body.history as { amazonRequestId?: string }[];
  assert.equal(typeof history.at(-1)?.amazonRequestId, "string");

  const all = await call("GET", "/messages", "/messages", {
    status: 200,
    schema: "OutboxList",
  });
  assert.deepEqual(
    (all.body.messages as { status: string }[]).map((m) => m.status),
    ["sent", "sent", "sent", "cancelled"],
  );
});

Deno.test("conflict, retry and error answers match their documented schemas", async () => {
  const { sandbox, outbox, call } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const { body: { id } } = await call(
    "POST",
    "/messages",
    "/messages",
    { status: 202, schema: "QueuedAnswer" },
    { headers: ASYNC, body: JSON.stringify(composed()) },
  );
  await outbox.drainOnce();
  const unknown = await call("GET", `/messages/${id}`, QUEUED_ROUTE, {
    status: 200,
    schema: "OutboxMessageAnswer",
  });
  assert.equal(unknown.body.status, "unknown");
  const last = (unknown.body.history as { error?: { code: string } }[]).at(-1);
  assert.equal(typeof last?.error?.code, "string");

  const tooLate = await call("DELETE", `/messages/${id}`, QUEUED_ROUTE, {
    status: 409,
    schema: "OutboxConflictAnswer",
  });
  assert.equal(tooLate.body.status, "unknown");
  assert.equal((tooLate.body.error as { code: string }).code, "conflict");

  const retried = await call("POST", `/messages/${id}/retry`, RETRY_ROUTE, {
    status: 202,
    schema: "OutboxMessageAnswer",
  });
  assert.equal(retried.body.status, "queued");
  assert.equal(retried.body.attempts, 1);

  await outbox.drainOnce();
  const twice = await call("POST", `/messages/${id}/retry`, RETRY_ROUTE, {
    status: 409,
    schema: "OutboxConflictAnswer",
  });
  assert.equal(twice.body.status, "sent");

  const missing = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
  for (
    const [method, path, route] of [
      ["GET", `/messages/${missing}`, QUEUED_ROUTE],
      ["DELETE", `/messages/${missing}`, QUEUED_ROUTE],
      ["POST", `/messages/${missing}/retry`, RETRY_ROUTE],
      ["GET", "/messages/not-an-id", QUEUED_ROUTE],
    ]
  ) {
    const { body } = await call(method, path, route, {
      status: 404,
      schema: "ErrorAnswer",
    });
    assert.equal((body.error as { code: string }).code, "not_found");
  }
  const invalid = await call(
    "GET",
    "/messages?amazonOrderId=123&limit=1001&cursor=x",
    "/messages",
    { status: 400, schema: "ErrorAnswer" },
  );
  assert.deepEqual(
    (invalid.body.error as { issues: { path: string }[] }).issues.map((
      issue,
    ) => issue.path),
    ["amazonOrderId", "limit", "cursor"],
  );
  const unauthorized = await call(
    "GET",
    "/messages",
    "/messages",
    { status: 401, schema: "ErrorAnswer" },
    { headers: { authorization: "Bearer wrong-key-0123456789abcdef0123" } },
  );
  assert.equal(
    (unauthorized.body.error as { code: string }).code,
    "unauthorized",
  );
});

Deno.test("without an outbox, the outbox routes answer the documented 404", async () => {
  const sandbox = createSandbox();
  const app = createMessagingApp({
    client: { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch },
    apiKeys: [KEY],
  });
  const id = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
  for (
    const [method, path, route] of [
      ["GET", "/messages", "/messages"],
      ["GET", `/messages/${id}`, QUEUED_ROUTE],
      ["DELETE", `/messages/${id}`, QUEUED_ROUTE],
      ["POST", `/messages/${id}/retry`, RETRY_ROUTE],
    ]
  ) {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${KEY}` },
    });
    const body = await response.json();
    assert.equal(response.status, 404, path);
    assert.equal(body.error.code, "not_found");
    assert.match(body.error.message, /no outbox/);
    assert.deepEqual(
      documented(method.toLowerCase(), route, 404),
      ["ErrorAnswer"],
    );
    const result = v.safeParse(errorAnswerSchema, body);
    assert.ok(result.success, path);
    assert.deepEqual(result.output, body);
  }
});

/**
 * Shared helpers of the endpoint tests: an app over a fresh sandbox, and
 * requests with or without the API key.
 */
import * as v from "valibot";
import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import {
  createMessagingApp,
  type MessagingApp,
  type MessagingAppOptions,
} from "../../src/http/create_messaging_app.ts";
import {
  errorAnswerSchema,
  messageTypesAnswerSchema,
  rejectedAnswerSchema,
  sentAnswerSchema,
  unavailableAnswerSchema,
  unknownAnswerSchema,
  validAnswerSchema,
} from "../../src/http/_schemas.ts";

export const KEY = "test-key-0123456789abcdef0123456789abcdef";
export const ORDER = "123-1234567-1234567";
export const OTHER_ORDER = "111-2223334-4445556";
export const US = "ATVPDKIKX0DER";
export const DE = "A1PA6795UKMFR9";

/** Template data that the default unexpectedProblem templates need. */
export const DATA = Object.freeze({
  amazonOrderId: ORDER,
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Hiking Boots",
  newShipDate: "2026-12-09",
});

/** A composed unexpectedProblem for ORDER in the US. */
export function composed(extra: Record<string, unknown> = {}): Record<
  string,
  unknown
> {
  return {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    data: DATA,
    ...extra,
  };
}

export interface TestApp {
  readonly app: MessagingApp;
  readonly sandbox: Sandbox;
}

/** An app with one API key over a fresh sandbox. */
export function makeApp(
  options: Partial<MessagingAppOptions> = {},
  sandboxOptions: SandboxOptions = {},
): TestApp {
  const sandbox = createSandbox(sandboxOptions);
  const app = createMessagingApp({
    client: { auth: { accessToken: "Atza|test" }, fetch: sandbox.fetch },
    apiKeys: [KEY],
    ...options,
  });
  return { app, sandbox };
}

/** POSTs JSON (or a raw string) to /messages with the key. */
export function post(
  app: MessagingApp,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return app.fetch(
    new Request("http://localhost/messages", {
      method: "POST",
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** GETs a path with the key. */
export function get(app: MessagingApp, path: string): Promise<Response> {
  return app.fetch(
    new Request(`http://localhost${path}`, {
      headers: { authorization: `Bearer ${KEY}` },
    }),
  );
}

const SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  sent: sentAnswerSchema,
  valid: validAnswerSchema,
  rejected: rejectedAnswerSchema,
  unavailable: unavailableAnswerSchema,
  unknown: unknownAnswerSchema,
};

/**
 * Reads a JSON answer and checks it against its documented schema: the
 * `status` member picks the schema, otherwise it is an error answer (or a
 * message-types listing).
 */
export async function answerOf(
  response: Response,
): Promise<Record<string, unknown>> {
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) {
    throw new Error(`Expected JSON, got "${type}" (${response.status})`);
  }
  const body = await response.json() as Record<string, unknown>;
  const status = typeof body.status === "string" ? body.status : undefined;
  const schema = status !== undefined && status in SCHEMAS
    ? SCHEMAS[status]
    : "available" in body
    ? messageTypesAnswerSchema
    : status === "ok"
    ? undefined
    : errorAnswerSchema;
  if (schema !== undefined) {
    const result = v.safeParse(schema, body);
    if (!result.success) {
      throw new Error(
        `Answer ${response.status} does not match its schema: ${
          JSON.stringify(result.issues.map((i) => [
            i.path?.map((p) => p.key),
            i.message,
          ]))
        }\n${JSON.stringify(body)}`,
      );
    }
  }
  if (body.requestId !== response.headers.get("x-request-id")) {
    throw new Error("requestId and x-request-id differ");
  }
  return body;
}

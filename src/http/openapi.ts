// This module is browser compatible.

/**
 * The OpenAPI 3.1 document of the endpoint. Its JSON schemas are generated
 * at build time from the same Valibot schemas that validate requests (a
 * stale copy fails the tests), so the contract cannot drift from the code
 * and no schema converter ships. The app serves it at `GET /openapi.json`.
 *
 * @module
 */

import { buildOpenApiDocument } from "./_openapi_document.ts";
import { OPENAPI_SCHEMAS } from "./_openapi_schemas.gen.ts";

/**
 * A server of the OpenAPI document.
 *
 * @example A production server
 * ```ts
 * import { createOpenApiDocument, type OpenApiServer } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const server: OpenApiServer = { url: "https://messages.example.com", description: "production" };
 * assert.deepEqual(createOpenApiDocument({ servers: [server] }).servers, [server]);
 * ```
 */
export interface OpenApiServer {
  /** The base URL. */
  readonly url: string;
  /** What it is. */
  readonly description?: string;
}

/**
 * The descriptive parts of the OpenAPI document.
 *
 * @example Naming the API
 * ```ts
 * import { createOpenApiDocument, type OpenApiInfo } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const info: OpenApiInfo = { title: "Northwind buyer messages", version: "2.0.0" };
 * assert.equal(createOpenApiDocument(info).info.title, "Northwind buyer messages");
 * ```
 */
export interface OpenApiInfo {
  /**
   * The API title.
   *
   * @default {"Buyer messages"}
   */
  readonly title?: string;
  /**
   * The API version.
   *
   * @default {"0.1.0"}
   */
  readonly version?: string;
  /**
   * The servers the API is reached at.
   *
   * @default {[]}
   */
  readonly servers?: readonly OpenApiServer[];
}

/**
 * Options of {@linkcode createOpenApiDocument}.
 *
 * @example Documenting the body limit
 * ```ts
 * import { createOpenApiDocument, type CreateOpenApiDocumentOptions } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const options: CreateOpenApiDocumentOptions = { maxBodyBytes: 16384 };
 * const document = createOpenApiDocument(options);
 * assert.match(JSON.stringify(document.paths), /16384 bytes/);
 * ```
 */
export interface CreateOpenApiDocumentOptions extends OpenApiInfo {
  /**
   * The body limit to document for 413.
   *
   * @default {65536}
   */
  readonly maxBodyBytes?: number;
}

/**
 * An OpenAPI 3.1 document (the fields this library fills in).
 *
 * @example Reading the routes
 * ```ts
 * import { createOpenApiDocument, type OpenApiDocument } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const document: OpenApiDocument = createOpenApiDocument();
 * assert.ok("/messages" in document.paths);
 * ```
 */
export interface OpenApiDocument {
  /** The OpenAPI version, `3.1.0`. */
  readonly openapi: string;
  /** Title, version and description. */
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
  };
  /** Where the API is served. */
  readonly servers: readonly OpenApiServer[];
  /** The operations by path. */
  readonly paths: Readonly<Record<string, unknown>>;
  /** Schemas, headers and security schemes. */
  readonly components: Readonly<Record<string, unknown>>;
}

/**
 * Builds the OpenAPI 3.1 document of the endpoint, with the JSON schemas of
 * its Valibot schemas. Each call answers a new document.
 *
 * @param options Title, version, servers and the body limit.
 * @returns The document, ready for `JSON.stringify`.
 *
 * @example Listing what `POST /messages` answers
 * ```ts
 * import { createOpenApiDocument } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const document = createOpenApiDocument();
 * const post = (document.paths["/messages"] as { post: { responses: Record<string, unknown> } }).post;
 * assert.deepEqual(
 *   Object.keys(post.responses).sort(),
 *   ["200", "201", "202", "400", "401", "409", "413", "415", "422", "429", "502", "504"],
 * );
 * ```
 */
export function createOpenApiDocument(
  options: CreateOpenApiDocumentOptions = {},
): OpenApiDocument {
  // A copy, so that a caller who edits the document leaves the next one whole.
  return buildOpenApiDocument(structuredClone(OPENAPI_SCHEMAS), options);
}

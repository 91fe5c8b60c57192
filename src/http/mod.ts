// This module is browser compatible.

/**
 * The edge endpoint: compose, lint and send buyer messages over HTTP, as a
 * Hono app that runs unchanged on Cloudflare Workers, Deno Deploy, Node and
 * Bun. The core library never imports Hono; this entry point does.
 *
 * - {@linkcode createMessagingApp}: the app (`fetch`, `request`, `hono`).
 * - {@linkcode configFromEnv}: options from environment variables, for
 *   runtime entry points (the library itself reads no environment).
 * - {@linkcode createOpenApiDocument}: the HTTP contract as OpenAPI 3.1.
 * - The answer types ({@linkcode SendMessageAnswer} and friends).
 *
 * @example Dry-running a composed message against the sandbox
 * ```ts
 * import { createMessagingApp } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "123-1234567-1234567": { locale: "fr-FR" } } });
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   apiKeys: ["key-0123456789abcdef0123456789abcdef"],
 * });
 * const response = await app.fetch(
 *   new Request("http://localhost/messages", {
 *     method: "POST",
 *     headers: { authorization: "Bearer key-0123456789abcdef0123456789abcdef", "content-type": "application/json" },
 *     body: JSON.stringify({
 *       amazonOrderId: "123-1234567-1234567",
 *       marketplaceId: "A13V1IB3VIYZZH",
 *       type: "confirmOrderDetails",
 *       data: {
 *         amazonOrderId: "123-1234567-1234567",
 *         sellerName: "Northwind Outfitters",
 *         productTitle: "Trail Runner 2 Hiking Boots",
 *         details: ["Pointure : 42", "Couleur : bleu marine"],
 *       },
 *       dryRun: true,
 *     }),
 *   }),
 * );
 * const answer = await response.json();
 * assert.equal(response.status, 200);
 * assert.equal(answer.status, "valid");
 * assert.equal(answer.locale, "fr-FR");
 * assert.equal(sandbox.sent.length, 0);
 * ```
 *
 * @module
 */

export * from "./create_messaging_app.ts";
export * from "./sellers.ts";
export * from "../adapters/env.ts";
export * from "./openapi.ts";
export type * from "./answers.ts";
// The core's types that this module's signatures reach (the same bindings
// the root module exports, so importing both entry points is no conflict).
export type * from "../sp_api/mod.ts";
export type * from "../outbox/mod.ts";
// The sandbox's types that `EnvConfig.sandbox` reaches, as `./testing`
// exports them.
export type {
  Sandbox,
  SandboxFault,
  SandboxFaultKind,
  SandboxOrder,
  SandboxRequestRecord,
  SandboxUpload,
  SentMessage,
  SentSolicitation,
} from "../sp_api/sandbox/mod.ts";
export type {
  ComposedMessage,
  Composer,
  ComposeRequest,
  ComposerOptions,
  TextSpan,
} from "../compose/create_composer.ts";
export type * from "../compose/precompiled_template.ts";
export type { LocaleMatch } from "../compose/select_locale.ts";
export type { LintOptions, LintReport } from "../lint/lint_message.ts";
export type { Policy, RuleConfig } from "../lint/policies.ts";
export type * from "../lint/rule.ts";
export type * from "../message_types/message_type.ts";
// The template studio that `MessagingAppOptions.studio` takes (created by
// `createStudio()` of the `./precompile` entry).
export type * from "../studio/types.ts";

// This module is browser compatible.

/**
 * What the request handlers share: the composer, the lint options, the
 * client and its cached lookups. Types only.
 *
 * @module
 */

import type { Composer } from "../compose/create_composer.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import type { Clock } from "../sp_api/clock.ts";
import type { MessagingClient } from "../sp_api/messaging_client.ts";
import type { OrderLookups } from "./_order_lookups.ts";
import type { Answer } from "./_answer.ts";
import type { Context } from "hono";

/** The handlers' dependencies. */
export interface AppContext {
  /** Composes text from templates. */
  readonly composer: Composer;
  /** The lint policy and overrides. */
  readonly lint: LintOptions;
  /** The SP-API client (sends). */
  readonly client: MessagingClient;
  /** The client's reads, shared and cached. */
  readonly lookups: OrderLookups;
  /** The time source. */
  readonly clock: Clock;
  /** Counts something (a metric with tags). */
  count(name: string, tags: Readonly<Record<string, string>>): void;
}

/**
 * What the middleware of one request share through Hono's context
 * (`c.get`/`c.set`).
 */
export interface AppVariables {
  /** This endpoint's request id (Hono's `requestId` middleware). */
  requestId: string;
  /** The route pattern, such as `/messages`; unset when none matched. */
  route: string;
  /** The answer given, for the logs, metrics and idempotency. */
  answer: Answer;
  /** The parsed JSON body of `POST /messages`. */
  body: unknown;
  /** The `Idempotency-Key` of `POST /messages`, when one was sent. */
  idempotencyKey: string | undefined;
  /** The seller the API key acts for (`"default"` with one seller). */
  seller: string;
}

/** The Hono environment of the app. */
export interface AppEnv {
  /** See {@linkcode AppVariables}. */
  Variables: AppVariables;
}

/** Turns an answer into the response, and records it for the middleware. */
export type Reply = (c: Context<AppEnv>, answer: Answer) => Response;

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

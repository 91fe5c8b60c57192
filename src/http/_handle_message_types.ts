// This module is browser compatible.

/**
 * `GET /orders/{amazonOrderId}/message-types?marketplaceId=`: the message
 * types the order accepts now, with the templates of those that take text.
 *
 * @module
 */

import { MESSAGE_TYPES } from "../message_types/mod.ts";
import type { MessagingActions } from "../sp_api/messaging_client.ts";
import type { AppContext } from "./_app_context.ts";
import { type Answer, invalidRequest } from "./_answer.ts";
import {
  type Issue,
  marketplaceIdSchema,
  orderIdSchema,
  validate,
} from "./_schemas.ts";
import { upstreamFailure } from "./_upstream_failure.ts";
import * as v from "valibot";

const querySchema = v.object({ marketplaceId: marketplaceIdSchema });

/**
 * Handles the listing.
 *
 * @param context The composer and lookups.
 * @param amazonOrderId The path parameter, decoded.
 * @param query The query parameters.
 * @returns The answer.
 */
export async function handleMessageTypes(
  context: AppContext,
  amazonOrderId: string,
  query: Readonly<Record<string, string>>,
): Promise<Answer> {
  const issues: Issue[] = [];
  const id = v.safeParse(orderIdSchema, amazonOrderId);
  if (!id.success) {
    issues.push({ path: "amazonOrderId", message: id.issues[0].message });
  }
  const parsed = validate(querySchema, query);
  if (!parsed.success) {
    issues.push(...parsed.issues.map((issue) => ({
      path: issue.path === "marketplaceId"
        ? "marketplaceId"
        : `query.${issue.path}`,
      message: issue.path === "marketplaceId" &&
          query.marketplaceId === undefined
        ? 'Query parameter "marketplaceId" is required'
        : issue.message,
    })));
  }
  if (issues.length > 0 || !parsed.success) return invalidRequest(issues);
  const { marketplaceId } = parsed.output;
  let actions: MessagingActions;
  try {
    actions = await context.lookups.actions(amazonOrderId, marketplaceId);
  } catch (error) {
    return upstreamFailure(error, undefined, context.clock.now());
  }
  const templates: Record<string, string[]> = {};
  for (const type of actions.types) {
    if (MESSAGE_TYPES[type].text !== null) {
      templates[type] = context.composer.templateIds(type);
    }
  }
  return {
    status: 200,
    outcome: "listed",
    body: {
      amazonOrderId,
      marketplaceId,
      available: actions.types,
      templates,
    },
    ...(actions.requestId === undefined
      ? {}
      : { amazonRequestId: actions.requestId }),
  };
}

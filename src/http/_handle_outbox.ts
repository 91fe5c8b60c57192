// This module is browser compatible.

/**
 * The outbox routes: `GET /messages/{id}`, `GET /messages`,
 * `DELETE /messages/{id}` and `POST /messages/{id}/retry`, answered from a
 * seller's outbox records.
 *
 * @module
 */

import { OutboxStateError } from "../outbox/errors.ts";
import type { Outbox } from "../outbox/create_outbox.ts";
import type { OutboxEvent, OutboxRecord } from "../outbox/types.ts";
import { ORDER_ID_PATTERN } from "../message_types/order_id.ts";
import { type Answer, errorAnswer, invalidRequest } from "./_answer.ts";

const ID_PATTERN = /^[0-9A-Z]{26}$/;
const CURSOR_PATTERN = ID_PATTERN;

function iso(time: number): string {
  return new Date(time).toISOString();
}

function eventView(event: OutboxEvent): Record<string, unknown> {
  return {
    at: iso(event.at),
    status: event.status,
    ...(event.amazonRequestId === undefined
      ? {}
      : { amazonRequestId: event.amazonRequestId }),
    ...(event.error === undefined ? {} : { error: event.error }),
    ...(event.note === undefined ? {} : { note: event.note }),
  };
}

/**
 * How a record is shown: the message's own fields, its status and its
 * history, with times as ISO 8601.
 */
export function outboxView(record: OutboxRecord): Record<string, unknown> {
  const { request } = record;
  const text = request.body?.text;
  return {
    id: record.id,
    status: record.status,
    ...(request.kind === "message"
      ? { type: request.type }
      : { solicitation: request.type }),
    amazonOrderId: request.amazonOrderId,
    marketplaceId: request.marketplaceId,
    ...record.meta,
    ...(typeof text === "string" ? { text } : {}),
    createdAt: iso(record.createdAt),
    notBefore: iso(record.notBefore),
    attempts: record.attempt,
    history: record.history.map(eventView),
  };
}

function notFound(id: string): Answer {
  return errorAnswer(
    404,
    "not_found",
    `No queued message "${id.slice(0, 64)}" for this API key`,
  );
}

function stateAnswer(error: unknown, id: string): Answer {
  if (error instanceof OutboxStateError) {
    return error.code === "not_found"
      ? notFound(id)
      : errorAnswer(409, "conflict", error.message, {
        fields: { status: error.status },
      });
  }
  throw error;
}

/** `GET /messages/{id}`. */
export async function handleGetQueued(
  outbox: Outbox,
  seller: string,
  id: string,
): Promise<Answer> {
  const record = ID_PATTERN.test(id) ? await outbox.get(id, seller) : undefined;
  if (record === undefined) return notFound(id);
  return { status: 200, outcome: "ok", body: outboxView(record) };
}

/** `GET /messages?amazonOrderId=&limit=&cursor=`. */
export async function handleListQueued(
  outbox: Outbox,
  seller: string,
  query: Readonly<Record<string, string>>,
): Promise<Answer> {
  const issues = [];
  const { amazonOrderId, cursor } = query;
  if (amazonOrderId !== undefined && !ORDER_ID_PATTERN.test(amazonOrderId)) {
    issues.push({
      path: "amazonOrderId",
      message: "Must be an Amazon order id such as 123-1234567-1234567",
    });
  }
  const limit = query.limit === undefined ? 100 : Number(query.limit);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) {
    issues.push({
      path: "limit",
      message: "Must be an integer from 1 to 1000",
    });
  }
  if (cursor !== undefined && !CURSOR_PATTERN.test(cursor)) {
    issues.push({
      path: "cursor",
      message: "Must be the cursor of a previous page",
    });
  }
  if (issues.length > 0) return invalidRequest(issues);
  const page = await outbox.list({
    seller,
    limit,
    ...(amazonOrderId === undefined ? {} : { amazonOrderId }),
    ...(cursor === undefined ? {} : { cursor }),
  });
  return {
    status: 200,
    outcome: "ok",
    body: {
      messages: page.records.map(outboxView),
      ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
    },
  };
}

/** A change a person asks for: `DELETE /messages/{id}` or `POST /messages/{id}/retry`. */
async function handleChange(
  id: string,
  change: () => Promise<OutboxRecord>,
  answer: { readonly status: number; readonly outcome: string },
): Promise<Answer> {
  if (!ID_PATTERN.test(id)) return notFound(id);
  try {
    return { ...answer, body: outboxView(await change()) };
  } catch (error) {
    return stateAnswer(error, id);
  }
}

/** `DELETE /messages/{id}`: cancels a queued message. */
export function handleCancelQueued(
  outbox: Outbox,
  seller: string,
  id: string,
): Promise<Answer> {
  return handleChange(id, () => outbox.cancel(id, seller), {
    status: 200,
    outcome: "cancelled",
  });
}

/** `POST /messages/{id}/retry`: queues an `unknown` message again. */
export function handleRetryQueued(
  outbox: Outbox,
  seller: string,
  id: string,
): Promise<Answer> {
  return handleChange(id, () => outbox.retry(id, seller), {
    status: 202,
    outcome: "queued",
  });
}

/** The answer of an outbox route when the endpoint has no outbox. */
export function noOutbox(): Answer {
  return errorAnswer(
    404,
    "not_found",
    "This endpoint has no outbox: messages are sent at once, and there is nothing queued to show",
  );
}

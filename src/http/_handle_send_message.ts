// This module is browser compatible.

/**
 * `POST /messages`: validate the request, look up the order (which types it
 * accepts, the buyer's locale), compose, lint, and send unless the lint
 * found an error or it is a dry run.
 *
 * @module
 */

import type { ComposedMessage } from "../compose/create_composer.ts";
import { canonicalizeLocale } from "../compose/select_locale.ts";
import { TemplateError } from "../errors.ts";
import { lintMessage } from "../lint/lint_message.ts";
import type { LintMessage } from "../lint/rule.ts";
import { getMarketplace } from "../message_types/marketplaces.ts";
import { MESSAGE_TYPES, type MessageTypeId } from "../message_types/mod.ts";
import { validateMessageBody } from "../message_types/validate_body.ts";
import { DuplicateMessageError } from "../sp_api/duplicate_guard_store.ts";
import {
  MessageTypeUnavailableError,
  MessageValidationError,
  UnknownOutcomeError,
} from "../sp_api/errors.ts";
import type { OutboxRecord, OutboxRequest } from "../outbox/types.ts";
import type { AppContext } from "./_app_context.ts";
import {
  type Answer,
  errorAnswer,
  invalidRequest,
  queuedAnswer,
  unavailableAnswer,
} from "./_answer.ts";
import { type Issue, validateSendMessageRequest } from "./_schemas.ts";
import { upstreamFailure } from "./_upstream_failure.ts";

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

// The canonical forms of the locales seen last (buyers' locales repeat):
// building an `Intl.Locale` per request costs more than the lookup.
const canonical = new Map<string, string | undefined>();

function tryCanonical(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  if (canonical.has(locale)) return canonical.get(locale);
  let result: string | undefined;
  try {
    result = canonicalizeLocale(locale);
  } catch {
    result = undefined;
  }
  if (canonical.size >= 256) canonical.clear();
  if (locale.length <= 64) canonical.set(locale, result);
  return result;
}

function composeFailure(error: unknown): Answer | undefined {
  if (error instanceof TemplateError) {
    const path = error.code === "missing-variable" && error.variable
      ? `data.${error.variable}`
      : error.code === "helper" || error.code === "output-budget"
      ? "data"
      : "template";
    return invalidRequest([{ path, message: error.message }]);
  }
  if (error instanceof RangeError) {
    return invalidRequest([{ path: "template", message: error.message }]);
  }
  if (error instanceof TypeError) {
    return invalidRequest([{ path: "data", message: error.message }]);
  }
  return undefined;
}

/** Options of {@linkcode handleSendMessage}. */
export interface HandleSendMessageOptions {
  /**
   * The caller's request signal (aborted when the caller goes away). It
   * cancels this request's waits (for the shared lookups, for a rate-limit
   * token) so that a message nobody waits for any more is never sent; a
   * message already on its way to Amazon completes.
   */
  readonly signal?: AbortSignal;
  /**
   * Queues the message instead of sending it (`Prefer: respond-async`):
   * after the same checks, the message goes to the outbox and the answer
   * is 202 with its id.
   */
  readonly queue?: (
    request: OutboxRequest,
    meta: Readonly<Record<string, unknown>>,
  ) => Promise<OutboxRecord>;
}

/**
 * Waits for a promise that may be shared with other requests, giving up
 * when `signal` aborts: only this caller's wait ends, the work goes on.
 */
function waitFor<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal === undefined) return promise;
  promise.catch(() => {});
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() =>
      signal.removeEventListener("abort", onAbort)
    );
  });
}

/** The answer to a caller that went away before its message was sent. */
function cancelled(): Answer {
  return errorAnswer(
    499,
    "cancelled",
    "The caller closed the request before the message was sent: nothing was sent",
  );
}

/**
 * Handles a parsed `POST /messages` body.
 *
 * @param context The composer, lint options, client and lookups.
 * @param body The parsed JSON body.
 * @param options The caller's signal.
 * @returns The answer.
 */
export async function handleSendMessage(
  context: AppContext,
  body: unknown,
  options: HandleSendMessageOptions = {},
): Promise<Answer> {
  const signal = options.signal;
  const parsed = validateSendMessageRequest(body);
  if (!parsed.success) return invalidRequest(parsed.issues);
  const input = parsed.output;
  const type = MESSAGE_TYPES[input.type as MessageTypeId];
  const { amazonOrderId, marketplaceId } = input;
  const composing = input.template !== undefined || input.data !== undefined;

  const issues: Issue[] = [];
  if (composing && input.text !== undefined) {
    issues.push({
      path: "text",
      message: 'Give either "text" or "template" and "data", not both',
    });
  }
  let templateId: string | undefined;
  if (composing && type.text === null) {
    issues.push({
      path: input.template === undefined ? "data" : "template",
      message:
        `Message type "${type.id}" takes no text, so nothing can be composed: send its attachments only`,
    });
  } else if (composing) {
    templateId = input.template ?? type.id;
    const known = context.composer.templateIds(type.id);
    if (!known.includes(templateId)) {
      issues.push({
        path: input.template === undefined ? "type" : "template",
        message: known.length === 0
          ? `No template exists for message type "${type.id}"`
          : `Unknown template "${templateId}" for message type "${type.id}": known templates are ${
            quoted(known)
          }`,
      });
    }
  }
  if (issues.length > 0) return invalidRequest(issues);

  const target = { amazonOrderId, marketplaceId, type: type.id };
  const hasText = composing || input.text !== undefined;
  const needsLocale = input.locale === undefined && hasText;
  // A queued message is checked against the order when it is sent (Amazon
  // refuses a type the order does not accept, and it becomes
  // `unavailable`): Amazon's lookups are limited to one per second per
  // seller, which would make queueing as slow as sending.
  const checkNow = options.queue === undefined;
  let actions = checkNow
    ? context.lookups.cachedActions(amazonOrderId, marketplaceId)
    : undefined;
  let attributes = needsLocale
    ? context.lookups.cachedAttributes(amazonOrderId, marketplaceId)
    : undefined;
  if (
    (actions !== undefined || !checkNow) &&
    (!needsLocale || attributes !== undefined)
  ) {
    // Both answers are at hand: no wait, so nothing to give up on, unless
    // the caller is already gone.
    if (signal?.aborted) return cancelled();
  } else {
    try {
      // The lookups are shared between requests: a caller that goes away
      // stops waiting, the lookup goes on for the others.
      [actions, attributes] = await waitFor(
        Promise.all([
          checkNow
            ? context.lookups.actions(amazonOrderId, marketplaceId)
            : undefined,
          needsLocale
            ? context.lookups.attributes(amazonOrderId, marketplaceId)
            : undefined,
        ]),
        signal,
      );
    } catch (error) {
      if (signal?.aborted) return cancelled();
      return upstreamFailure(error, target, context.clock.now());
    }
  }
  if (
    actions !== undefined && !actions.types.includes(type.id as MessageTypeId)
  ) {
    return unavailableAnswer(
      target,
      actions.types,
      `Order "${amazonOrderId}" does not accept message type "${type.id}" now: ${
        actions.types.length === 0
          ? "it accepts no message types"
          : `it accepts ${quoted(actions.types)}`
      }`,
      actions.requestId,
    );
  }

  const buyerLocale = tryCanonical(input.locale) ??
    tryCanonical(attributes?.locale) ??
    getMarketplace(marketplaceId)?.locales[0] ?? "en-US";

  let composed: ComposedMessage | undefined;
  if (composing) {
    try {
      composed = context.composer.compose({
        type: type.id,
        locale: buyerLocale,
        data: input.data ?? {},
        template: templateId,
        marketplaceId,
      });
    } catch (error) {
      const answer = composeFailure(error);
      if (answer === undefined) throw error;
      return answer;
    }
  }
  const text = composed?.text ?? input.text;

  // The message's own fields: what the lint checks and Amazon's body holds.
  const fields: Pick<
    LintMessage,
    "text" | "attachments" | "coverageStartDate" | "coverageEndDate"
  > = {
    ...(text === undefined ? {} : { text }),
    ...(input.attachments === undefined
      ? {}
      : { attachments: input.attachments }),
    ...(input.coverageStartDate === undefined
      ? {}
      : { coverageStartDate: input.coverageStartDate }),
    ...(input.coverageEndDate === undefined
      ? {}
      : { coverageEndDate: input.coverageEndDate }),
  };
  const lintInput: LintMessage = {
    type: type.id,
    amazonOrderId,
    marketplaceId,
    ...fields,
    ...(text === undefined ? {} : { locale: buyerLocale }),
    ...(composed === undefined ? {} : {
      template: { id: composed.template, locale: composed.locale },
      dataSpans: composed.dataSpans,
    }),
  };
  const report = lintMessage(lintInput, context.lint);
  for (const diagnostic of report.diagnostics) {
    context.count("lint.findings", {
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity,
    });
  }

  const sendBody: Record<string, unknown> | undefined =
    type.hasBody || hasText || input.attachments !== undefined
      ? fields
      : undefined;
  const shape = validateMessageBody(type, sendBody);

  const message = {
    ...target,
    ...(composed !== undefined
      ? {
        locale: composed.locale,
        buyerLocale,
        template: composed.template,
        localeMatch: composed.localeMatch,
      }
      : text !== undefined
      ? { locale: buyerLocale, buyerLocale }
      : {}),
    ...(text === undefined ? {} : { text }),
  };

  if (!report.ok || !shape.success) {
    return {
      status: 422,
      outcome: "rejected",
      body: {
        status: "rejected",
        ...message,
        diagnostics: report.diagnostics,
        ...(shape.success ? {} : { issues: shape.issues }),
      },
    };
  }
  const warnings = report.diagnostics.filter((d) => d.severity === "warning");
  if (input.dryRun === true) {
    return {
      status: 200,
      outcome: "valid",
      body: { status: "valid", ...message, diagnostics: warnings },
    };
  }

  if (options.queue !== undefined) {
    // The record keeps the composition details; the text is in its body.
    const { text: _text, ...composition } = message;
    const record = await options.queue({
      kind: "message",
      type: type.id,
      amazonOrderId,
      marketplaceId,
      ...(sendBody === undefined ? {} : { body: sendBody }),
      ...(input.allowDuplicate === true ? { allowDuplicate: true } : {}),
    }, composition);
    return queuedAnswer(record.id, { ...message, diagnostics: warnings });
  }

  try {
    const result = await context.client.sendMessage(
      type.id as MessageTypeId,
      amazonOrderId,
      {
        marketplaceId,
        body: sendBody as never,
        checkEligibility: false,
        ...(input.allowDuplicate === true ? { allowDuplicate: true } : {}),
        ...(signal === undefined ? {} : { signal }),
      },
    );
    // What an order accepts can change once it got a message.
    context.lookups.forgetActions(amazonOrderId, marketplaceId);
    return {
      status: 201,
      outcome: "sent",
      body: { status: "sent", ...message, diagnostics: warnings },
      ...(result.requestId === undefined
        ? {}
        : { amazonRequestId: result.requestId }),
    };
  } catch (error) {
    if (error instanceof MessageTypeUnavailableError) {
      context.lookups.forgetActions(amazonOrderId, marketplaceId);
    }
    if (error instanceof DuplicateMessageError) {
      return errorAnswer(409, "duplicate", error.message);
    }
    if (
      signal?.aborted && !(error instanceof UnknownOutcomeError) &&
      (error === signal.reason ||
        (error instanceof Error && error.name === "AbortError"))
    ) {
      // Cancelled while waiting for its turn: it never left.
      return cancelled();
    }
    if (error instanceof MessageValidationError) {
      return {
        status: 422,
        outcome: "rejected",
        body: {
          status: "rejected",
          ...message,
          diagnostics: report.diagnostics,
          issues: error.issues,
        },
      };
    }
    return upstreamFailure(error, target, context.clock.now());
  }
}

// This module is browser compatible.

/**
 * The error classes that callers catch. Programming mistakes (a bad argument
 * type, an unknown id) are plain `TypeError`s and `RangeError`s instead.
 *
 * @module
 */

/**
 * The base class of every error this library raises on purpose, so callers
 * can tell them from bugs with one `instanceof`.
 *
 * @example Catching any library error
 * ```ts
 * import { BuyerMessagesError, createComposer } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const composer = createComposer();
 * assert.throws(
 *   () => composer.compose({ type: "unexpectedProblem", locale: "en-US", data: {} }),
 *   BuyerMessagesError,
 * );
 * ```
 */
export class BuyerMessagesError extends Error {
  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param options The underlying cause, if any.
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "BuyerMessagesError";
  }

  /**
   * What `JSON.stringify` writes for the error, for structured logs: its
   * `name`, `message` and own fields, and its `cause` the same way (an error
   * cause as `{ name, message, ... }`, followed up to 8 deep). The stack is
   * left out. The library's errors hold no secrets, so neither does this.
   *
   * @returns A plain record.
   *
   * @example Logging an error as JSON
   * ```ts
   * import { BuyerMessagesError } from "@sellerkit/buyer-messages";
   * import assert from "node:assert/strict";
   *
   * const error = new BuyerMessagesError("Cannot send", {
   *   cause: new TypeError("connection reset"),
   * });
   * assert.deepEqual(JSON.parse(JSON.stringify(error)), {
   *   name: "BuyerMessagesError",
   *   message: "Cannot send",
   *   cause: { name: "TypeError", message: "connection reset" },
   * });
   * ```
   */
  toJSON(): Record<string, unknown> {
    return errorRecord(this, 0);
  }
}

const MAX_CAUSE_DEPTH = 8;

function errorRecord(error: Error, depth: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    name: error.name,
    message: error.message,
  };
  for (const [key, value] of Object.entries(error)) {
    if (!(key in record)) record[key] = value;
  }
  const cause = error.cause;
  if (cause instanceof Error) {
    record.cause = depth < MAX_CAUSE_DEPTH
      ? errorRecord(cause, depth + 1)
      : { name: cause.name, message: cause.message };
  } else if (cause !== undefined) {
    record.cause = cause;
  }
  return record;
}

/**
 * What went wrong while rendering a template: `missing-variable`, `helper`
 * (a helper failed or is not defined), `render` (any other render failure),
 * `not-found` (no template for the type or locale), or `output-budget` (the
 * render wrote far more than a message can hold, or its blocks such as
 * `{{#each}}` ran too many times, as nested loops over large data do: it
 * was stopped early).
 */
export type TemplateErrorCode =
  | "missing-variable"
  | "helper"
  | "render"
  | "not-found"
  | "output-budget";

/** Where in a template source an error arose. */
export interface TemplateLocation {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/** The details a {@linkcode TemplateError} carries. */
export interface TemplateErrorDetails {
  /** What went wrong. */
  readonly code: TemplateErrorCode;
  /** The template id, such as `unexpectedProblem`. */
  readonly template: string;
  /** The template locale, when one was chosen. */
  readonly locale?: string;
  /** The variable that was missing, for `missing-variable`. */
  readonly variable?: string;
  /** The helper that failed, for `helper`. */
  readonly helper?: string;
  /** Where in the template source it happened, when known. */
  readonly location?: TemplateLocation;
}

/**
 * A template could not be rendered: a variable is missing, a helper got bad
 * data, no template exists for the type, or the render went past its output
 * budget (`output-budget`: far more text than a message holds, or too many
 * block runs, as nested `{{#each}}` over large data make).
 *
 * @example Reading what is missing
 * ```ts
 * import { createComposer, TemplateError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const composer = createComposer();
 * try {
 *   composer.compose({ type: "unexpectedProblem", locale: "en-US", data: {} });
 *   assert.fail("expected an error");
 * } catch (error) {
 *   assert.ok(error instanceof TemplateError);
 *   assert.equal(error.code, "missing-variable");
 *   assert.equal(error.template, "unexpectedProblem");
 * }
 * ```
 */
export class TemplateError extends BuyerMessagesError {
  /** What went wrong. */
  readonly code: TemplateErrorCode;
  /** The template id. */
  readonly template: string;
  /** The template locale, when one was chosen. */
  readonly locale: string | undefined;
  /** The missing variable, for `missing-variable`. */
  readonly variable: string | undefined;
  /** The failing helper, for `helper`. */
  readonly helper: string | undefined;
  /** Where in the template source it happened, when known. */
  readonly location: TemplateLocation | undefined;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param details Which template, variable or helper.
   * @param options The underlying cause, if any.
   */
  constructor(
    message: string,
    details: TemplateErrorDetails,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "TemplateError";
    this.code = details.code;
    this.template = details.template;
    this.locale = details.locale;
    this.variable = details.variable;
    this.helper = details.helper;
    this.location = details.location;
  }
}

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
}

/** What went wrong while rendering a template. */
export type TemplateErrorCode =
  | "missing-variable"
  | "helper"
  | "render"
  | "not-found";

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
 * data, or no template exists for the type.
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

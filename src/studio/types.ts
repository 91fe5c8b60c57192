// This module is browser compatible.

/**
 * The types of the template studio: its files and options, its page
 * options, and the studio itself with the answers of its JSON API. Types
 * only, so that the endpoint can take a studio without loading the
 * compiler.
 *
 * @module
 */

import type { LintOptions } from "../lint/lint_message.ts";

/** A file of a template folder: a template or a `sample.json`. */
export interface StudioFile {
  /** The path below the folder, `/`-separated: `<type>/<locale>.hbs`, `<type>/<variant>/<locale>.hbs` or `<type>/sample.json`. */
  readonly path: string;
  /** The file's text. */
  readonly source: string;
}

/**
 * Options of `createStudio()`.
 *
 * @example A read-only studio over two files
 * ```ts
 * import { createStudio, type StudioOptions } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const options: StudioOptions = {
 *   files: [
 *     { path: "unexpectedProblem/en-US.hbs", source: "Order {{amazonOrderId}} is late." },
 *     { path: "unexpectedProblem/sample.json", source: '{"amazonOrderId":"123-1234567-1234567"}' },
 *   ],
 * };
 * assert.equal(createStudio(options).readOnly, true);
 * ```
 */
export interface StudioOptions {
  /**
   * The files of the template folder (every template and `sample.json`),
   * or a function that reads them, called for every request so that
   * changes show.
   */
  readonly files:
    | readonly StudioFile[]
    | (() => Promise<readonly StudioFile[]>);
  /**
   * Saves a template source under its path. Without it the studio is
   * read-only: the page has no Save button and saving answers 403. An
   * error it throws is answered as 403 with the error's message.
   *
   * @default {undefined}
   */
  readonly save?: (path: string, source: string) => Promise<void>;
  /**
   * The lint policy and rule overrides, as the messages are linted with.
   *
   * @default {{}}
   */
  readonly lint?: LintOptions;
}

/**
 * An answer of the studio's JSON API: a status and a JSON body (an error is
 * `{ error: { code, message } }`).
 */
export interface StudioAnswer {
  /** The HTTP status. */
  readonly status: number;
  /** The JSON body. */
  readonly body: Readonly<Record<string, unknown>>;
  /** What happened, for logs: `ok` or an error code. */
  readonly outcome: string;
  /** Extra headers, such as `allow`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The studio: its page and the handlers of its JSON API, each taking the
 * parsed input and giving a {@linkcode StudioAnswer}, plus `fetch`, which
 * serves them all at `/` and `/api/...` as `deno task studio` does.
 */
export interface Studio {
  /** Whether saving is refused (no `save` was given). */
  readonly readOnly: boolean;
  /**
   * The page: one self-contained HTML document, with its content security
   * policy, that calls the API below its own path (`/studio` calls
   * `/studio/api/...`; `/` calls `/api/...`).
   */
  page(options?: StudioPageOptions): Response;
  /** `GET /api/matrix`: every type × locale with its status, length and limit, and the variables it lacks compared with `en-US`. */
  matrix(): Promise<StudioAnswer>;
  /** `GET /api/template?path=`: a template's source and its sample JSON text. */
  template(path: string | null): Promise<StudioAnswer>;
  /** `POST /api/lint` `{ path, source, sample }`: the findings of a draft. */
  lint(body: unknown): Promise<StudioAnswer>;
  /** `POST /api/preview` `{ path, source, sample, buyerLocale?, timeZone? }`: the negotiated locale and text. */
  preview(body: unknown): Promise<StudioAnswer>;
  /** `PUT /api/template` `{ path, source }`: saves, or answers 403 when read-only. */
  save(body: unknown): Promise<StudioAnswer>;
  /** Serves the page at `GET /` and the API at `/api/...` (no authentication: for loopback). */
  fetch(request: Request): Promise<Response>;
}

/** Options of the studio page. */
export interface StudioPageOptions {
  /**
   * Leave out the Save button.
   *
   * @default {false}
   */
  readonly readOnly?: boolean;
  /**
   * Ask for an API key (kept in the tab's `sessionStorage`, never in a URL)
   * and send it as `Authorization: Bearer` with every API call.
   *
   * @default {false}
   */
  readonly askKey?: boolean;
}

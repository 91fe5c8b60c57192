// This module is browser compatible.

/**
 * The shape of a link found in a text, shared by the searches of
 * `find_links.ts` and `spelled_hosts.ts`.
 *
 * @module
 */

/** How a link was written. */
export type LinkForm =
  | "scheme"
  | "www"
  | "bare"
  | "defanged"
  | "spelled"
  | "ip"
  | "data";

/** A link found in the text. */
export interface FoundLink {
  /** Start offset in the searched text. */
  readonly start: number;
  /** End offset in the searched text. */
  readonly end: number;
  /** The link as written. */
  readonly raw: string;
  /** How it was written. */
  readonly form: LinkForm;
  /** The scheme as meant (`https`, `http`...), or `""` when none. */
  readonly scheme: string;
  /** The host, lower case, `xn--` labels kept; `""` for `data:` URLs. */
  readonly host: string;
  /** The path, query and fragment (`"/"` when none). */
  readonly path: string;
}

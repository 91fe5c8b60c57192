// This module is browser compatible.

/**
 * HTML character references, decoded one at a time: for matchers that keep
 * their own view of a text (links, addresses) and must read `&#64;` or
 * `&commat;` as the `@` a buyer sees.
 *
 * @module
 */

import { decodeEntity as decode } from "./_entities.ts";

/** A character reference read from a text. */
export interface CharacterReference {
  /** The text it stands for. */
  readonly value: string;
  /** The offset just past the reference (after its `;`, when it has one). */
  readonly end: number;
}

/**
 * Reads the HTML character reference that starts with the `&` at `at`:
 * numeric (`&#64;`, `&#x40;`, the `;` optional) or named (`&commat;`,
 * `&period;`, `&amp;`). Reads at most a dozen code units.
 *
 * @param text The text.
 * @param at The offset of the `&`.
 * @returns What the reference stands for and where it ends, or `undefined`
 * when no reference starts there.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readCharacterReference } from "./entities.ts";
 *
 * assert.deepEqual(readCharacterReference("info&#64;shop", 4), { value: "@", end: 9 });
 * assert.equal(readCharacterReference("fish & chips", 5), undefined);
 * ```
 */
export function readCharacterReference(
  text: string,
  at: number,
): CharacterReference | undefined {
  if (text.charCodeAt(at) !== 0x26) return undefined;
  return decode(text, at);
}

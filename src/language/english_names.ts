// This module is browser compatible.

/**
 * English names of languages ("pt" → "Portuguese") for messages, through
 * `Intl.DisplayNames`, built on first use: creating it loads locale data,
 * which start-up should not pay for.
 *
 * @module
 */

let names: Intl.DisplayNames | null | undefined;

/**
 * The English name of a language code, or `undefined` where the runtime has
 * no display names or does not know the code's form.
 *
 * @param code An ISO 639-1 code.
 * @returns Its English name, or `undefined`.
 */
export function englishLanguageName(code: string): string | undefined {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(["en"], { type: "language" });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

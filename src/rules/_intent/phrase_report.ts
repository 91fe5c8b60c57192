// This module is browser compatible.

/**
 * Reports phrase matches as diagnostics.
 *
 * @module
 */

import type { PhraseMatcher } from "./phrase_types.ts";

/**
 * Shortens a matched phrase for a message: whitespace runs become one
 * space, and phrases longer than 60 characters are cut with `…`.
 *
 * @param phrase The matched text.
 * @returns The phrase to quote.
 */
export function quotePhrase(phrase: string): string {
  const flat = phrase.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length <= 60 ? flat : `${chars.slice(0, 59).join("")}…`;
}

/** The part of a rule's context that {@linkcode reportPhrases} uses. */
export interface PhraseReportContext {
  /** The text to search. */
  readonly text: string;
  /** Records a finding. */
  report(descriptor: {
    readonly messageId: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly start?: number;
    readonly end?: number;
  }): void;
}

/**
 * Reports every phrase a matcher finds in the context's text, with the
 * category as `messageId` and the phrase as `{{phrase}}`.
 *
 * @param context The rule's context.
 * @param matcher The compiled phrases.
 */
export function reportPhrases(
  context: PhraseReportContext,
  matcher: PhraseMatcher,
): void {
  if (context.text === "") return;
  for (const match of matcher.find(context.text)) {
    context.report({
      messageId: match.category,
      data: { phrase: quotePhrase(match.text) },
      start: match.start,
      end: match.end,
    });
  }
}

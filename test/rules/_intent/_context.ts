import type { RuleContext } from "../../../src/lint/rule.ts";

/**
 * A rule context for `text` as an `unexpectedProblem` message, built by
 * hand: no normalized text (rules normalize it themselves), options empty,
 * reports dropped.
 */
export function bareContext(
  text: string,
  locale?: string,
  dataSpans?: readonly { start: number; end: number }[],
): RuleContext<unknown> {
  return {
    message: { type: "unexpectedProblem", text, locale, dataSpans },
    text,
    checkedLength: text.length,
    messageType: undefined,
    options: {},
    report() {},
  };
}

import { lintMessage } from "../../src/lint/lint_message.ts";
import { testProbeSteps } from "./_lexicons/_probe_harness.ts";

/** A sentence to lint, and the rule that must give an error. */
export interface ErrorCase {
  readonly locale: string;
  /** The message type; `unexpectedProblem` when left out. */
  readonly type?: string;
  readonly text: string;
  /** The rule that must give an error, or `undefined` for none at all. */
  readonly rule?: string;
}

/**
 * One test step per case: the sentence, with the order named on its own
 * line after it, gives an error of `rule`, or no error at all.
 *
 * @param name The test's name.
 * @param cases The cases.
 */
export function testErrorCases(
  name: string,
  cases: readonly ErrorCase[],
): void {
  testProbeSteps(
    name,
    cases.map(({ locale, type, text, rule }) => ({
      name: `${locale}: ${rule ?? "clean"}: ${text}`,
      text,
      judge: () => {
        const errors = lintMessage({
          type: type ?? "unexpectedProblem",
          locale,
          text: `${text}\n\nOrder 123-1234567-1234567.`,
          amazonOrderId: "123-1234567-1234567",
        }).diagnostics.filter((d) => d.severity === "error")
          .map((d) => d.ruleId);
        return {
          right: rule === undefined
            ? errors.length === 0
            : errors.includes(rule),
          why: `errors: ${errors.join(", ") || "none"}`,
        };
      },
    })),
  );
}

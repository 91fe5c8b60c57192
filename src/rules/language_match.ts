// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { checkLanguage, type LanguageDetector } from "../language/mod.ts";
import { englishLanguageName } from "../language/english_names.ts";

/** Options of the `language-match` rule. */
export interface LanguageMatchOptions {
  /**
   * The detector for free text: a function from text and candidate
   * languages to ranked guesses. The default is small enough for edge
   * bundles; `eldDetector` from `@sellerkit/buyer-messages/detect-eld` is
   * more accurate on short text.
   *
   * @default {francDetector}
   */
  readonly detector: LanguageDetector | undefined;
}

/** The English name of a language code ("pt" → "Portuguese"), or the code. */
export function languageName(code: string): string {
  return englishLanguageName(code) ?? code;
}

function languageOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale.replaceAll("_", "-")).language;
  } catch {
    return undefined;
  }
}

/**
 * Requires the message to be in the buyer's language (the locale from
 * `GetAttributes`). A composed message is judged by the template it used: a
 * fallback to another language's template (a `ko-KR` buyer served by
 * `en-US`) is an error naming the missing template. Free text is judged by
 * a language detector, on the text without links, emails, numbers and order
 * ids; short texts are not judged, and weak evidence is only a warning.
 *
 * @example Incorrect: an English template for a Korean buyer
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   locale: "ko-KR",
 *   text: "Your order 123-1234567-1234567 will ship late.",
 *   template: { id: "unexpectedProblem", locale: "en-US" },
 * });
 * const found = report.diagnostics.find((d) => d.ruleId === "language-match");
 * assert.equal(found?.messageId, "templateFallback");
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   locale: "de-DE",
 *   text: "Guten Tag, leider verzögert sich der Versand Ihrer Bestellung 123-1234567-1234567 um einige Tage. Wir bitten um Entschuldigung.",
 * });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "language-match"), false);
 * ```
 */
export const languageMatch: Rule<LanguageMatchOptions> = defineRule<
  LanguageMatchOptions
>({
  id: "language-match",
  meta: {
    type: "problem",
    description: "Require the message to be in the buyer's language",
    defaultSeverity: "error",
    defaultOptions: { detector: undefined },
    messages: {
      templateFallback:
        'The buyer\'s language is "{{buyer}}" but the message uses the "{{templateLocale}}" template: add templates/{{template}}/{{buyer}}.hbs',
      mismatch:
        'The text reads as {{detected}}, but the buyer\'s language is {{buyerLanguage}} ("{{buyer}}"): write the message in {{buyerLanguage}}',
      badLocale:
        'The buyer locale "{{buyer}}" is not a BCP 47 tag: pass the locale GetAttributes returns',
    },
    validateOptions(options) {
      return options.detector === undefined ||
          typeof options.detector === "function"
        ? []
        : ['option "detector" must be a function'];
    },
  },
  check(context) {
    const { message } = context;
    if (message.locale === undefined || context.messageType?.text == null) {
      return;
    }
    const buyer = languageOf(message.locale);
    if (buyer === undefined) {
      context.report({
        messageId: "badLocale",
        data: { buyer: message.locale },
      });
      return;
    }
    if (message.template !== undefined) {
      if (languageOf(message.template.locale) !== buyer) {
        context.report({
          messageId: "templateFallback",
          data: {
            buyer: message.locale,
            templateLocale: message.template.locale,
            template: message.template.id,
          },
        });
      }
      return;
    }
    if (context.text === "") return;
    const result = checkLanguage(context.text, message.locale, {
      detector: context.options.detector,
      excludeSpans: Array.isArray(message.dataSpans)
        ? message.dataSpans
        : undefined,
    });
    if (result.verdict !== "mismatch") return;
    context.report({
      messageId: "mismatch",
      data: {
        detected: result.detected === undefined
          ? "another language"
          : languageName(result.detected),
        buyer: message.locale,
        buyerLanguage: languageName(buyer),
      },
      severity: result.strength === "strong" ? "error" : "warning",
    });
  },
});

// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

const LOCAL = /[\p{L}\p{N}._%+\-]/u;
const DOMAIN = /[\p{L}\p{N}.\-]/u;
const AT_SIGNS = /[@＠﹫]/g;

const AT_WORDS =
  "at|ät|arroba|arobase|chiocciola|chiocciolina|snabel-?a|małpa|malpa|apenstaartje|klammeraffe|kukac|atmark|アットマーク|アット|艾特";
const DOT_WORDS =
  "dot|punkt|point|punto|punt|ponto|kropka|nokta|prick|ドット|点|نقطة|डॉट";
const TLDS =
  "com|net|org|info|biz|io|co|shop|store|online|email|mail|eu|de|fr|es|it|nl|se|pl|tr|jp|cn|br|in|ae|sa|eg|uk|mx|ca|au|sg|za|be|ie|at|ch|dk|no|fi|pt|ru|us|me";

// "name (at) shop (dot) com", "name[at]shop.com", "name at shop dot com".
// Every repetition is bounded, and the lookbehind anchors starts at word
// boundaries, so the scan stays linear.
const OBFUSCATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]{1,64}` +
    String
      .raw`(?:\s{0,3}[\[({<]\s{0,3}(?:${AT_WORDS}|@)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:${AT_WORDS})\s{1,3})` +
    String.raw`[\p{L}\p{N}\-]{1,63}` +
    String
      .raw`(?:(?:\s{0,3}[\[({<]\s{0,3}(?:${DOT_WORDS}|\.)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:${DOT_WORDS})\s{1,3}|\.)[\p{L}\p{N}\-]{1,63}){0,2}` +
    String
      .raw`(?:\s{0,3}[\[({<]\s{0,3}(?:${DOT_WORDS}|\.)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:${DOT_WORDS})\s{1,3}|\.)(?:${TLDS})(?![\p{L}\p{N}])`,
  "giu",
);

function expand(text: string, at: number): [number, number] | undefined {
  let start = at;
  while (start > 0 && start > at - 64 && LOCAL.test(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < text.length && end < at + 256 && DOMAIN.test(text[end]!)) end++;
  // Trailing dots and hyphens end the sentence, not the domain.
  while (end > at + 1 && /[.\-]/.test(text[end - 1]!)) end--;
  const domain = text.slice(at + 1, end);
  if (
    start === at ||
    !/^[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}$/u.test(domain)
  ) {
    return undefined;
  }
  return [start, end];
}

/**
 * Disallows email addresses, including obfuscated ones such as
 * `name (at) shop (dot) com`, `name[at]shop.com` and localized words for
 * the at sign (`arroba`, `chiocciola`, `Punkt`). Buyers and sellers talk
 * through Amazon's messaging only.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Escríbanos a soporte arroba tienda punto es." });
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-email").length, 1);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "The courier arrives at 9:00. Reply to this message with questions." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-email"), false);
 * ```
 */
export const noEmail: Rule = defineRule({
  id: "no-email",
  meta: {
    type: "problem",
    description: "Disallow email addresses, including obfuscated ones",
    defaultSeverity: "error",
    messages: {
      email:
        'Remove the email address "{{email}}": buyers must reply through Amazon\'s messaging, so ask them to reply to this message',
      obfuscated:
        'Remove "{{email}}": it spells out an email address, which Amazon forbids however it is written',
    },
  },
  check(context) {
    const text = context.text;
    const found: [number, number][] = [];
    for (const match of text.matchAll(AT_SIGNS)) {
      const span = expand(text, match.index);
      if (span === undefined) continue;
      const last = found.at(-1);
      if (last !== undefined && span[0] < last[1]) continue;
      found.push(span);
      context.report({
        messageId: "email",
        data: { email: text.slice(span[0], span[1]) },
        start: span[0],
        end: span[1],
      });
    }
    // Both lists are in text order: one pass skips the obfuscated forms
    // that overlap an address.
    let k = 0;
    for (const match of text.matchAll(OBFUSCATED)) {
      const start = match.index;
      const end = start + match[0].length;
      while (k < found.length && found[k]![1] <= start) k++;
      if (k < found.length && found[k]![0] < end) continue;
      context.report({
        messageId: "obfuscated",
        data: { email: match[0] },
        start,
        end,
      });
    }
  },
});

// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

/** Options of the `link-policy` rule. */
export interface LinkPolicyOptions {
  /**
   * Extra domains links may point to (their subdomains included), for links
   * needed to complete the order, such as a carrier's booking page.
   *
   * @default {[]}
   */
  readonly allowedDomains: readonly string[];
  /**
   * Whether links to Amazon's own marketplaces are allowed.
   *
   * @default {true}
   */
  readonly allowAmazon: boolean;
}

/** Amazon's marketplace domains: links to these are Amazon's own pages. */
export const AMAZON_DOMAINS: readonly string[] = Object.freeze([
  "amazon.com",
  "amazon.ca",
  "amazon.com.mx",
  "amazon.com.br",
  "amazon.co.uk",
  "amazon.ie",
  "amazon.de",
  "amazon.fr",
  "amazon.it",
  "amazon.es",
  "amazon.nl",
  "amazon.se",
  "amazon.pl",
  "amazon.com.tr",
  "amazon.com.be",
  "amazon.ae",
  "amazon.sa",
  "amazon.eg",
  "amazon.in",
  "amazon.sg",
  "amazon.com.au",
  "amazon.co.jp",
  "amazon.co.za",
]);

const SHORTENERS = new Set([
  "bit.ly",
  "tinyurl.com",
  "goo.gl",
  "t.co",
  "ow.ly",
  "is.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "tiny.cc",
  "t.ly",
  "rb.gy",
  "amzn.to",
  "a.co",
  "s.id",
  "lnkd.in",
]);

const TLD =
  "com|net|org|info|biz|io|co|shop|store|online|app|eu|de|fr|es|it|nl|se|pl|tr|jp|cn|br|in|ae|sa|eg|uk|mx|ca|au|sg|za|be|ie|at|ch|dk|no|fi|pt|ru|us|me|ly|gl|to|gd|cc|at";
// Scheme links, www. links, and bare domains with a known top-level domain.
const LINK = new RegExp(
  String
    .raw`\b(?:https?|ftp)://[^\s<>"'()\[\]{}]{1,2000}|(?<![\p{L}\p{N}@.\-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}(?:${TLD})(?![\p{L}\p{N}\-@])(?:/[^\s<>"'()\[\]{}]{0,2000})?`,
  "giu",
);
const VAGUE =
  /(?:click here|click this link|this link|link below|hier klicken|klicken sie hier|cliquez ici|haga clic aquí|haz clic aquí|clicca qui|klik hier|klicka här|kliknij tutaj|buraya tıklayın|ここをクリック|clique aqui|انقر هنا|यहां क्लिक करें|यहाँ क्लिक करें|点击这里)\s*[:：]?\s*$/iu;

const TRAILING = ".,;:!?。、";

function hostOf(link: string): string {
  const withScheme = /^[a-z]+:\/\//i.test(link) ? link : `https://${link}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return "";
  }
}

function within(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\.+/, "");
  return host === d || host.endsWith(`.${d}`);
}

/**
 * Allows only purposeful links: `https` links to Amazon's own marketplaces
 * or to domains you allow. No other external links, no bare `www.` or
 * scheme-less links, no link shorteners, no plain `http`; a warning for
 * link text that says nothing, such as "click here".
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Track it at https://bit.ly/x1 or www.myshop.com" });
 * assert.deepEqual(
 *   report.diagnostics.filter((d) => d.ruleId === "link-policy").map((d) => d.messageId),
 *   ["shortener", "external"],
 * );
 * ```
 *
 * @example Correct, with a carrier's domain allowed
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "confirmDeliveryDetails", text: "Book a slot: https://www.dhl.de/booking or see https://www.amazon.de/gp/css/order-history" },
 *   { rules: { "link-policy": ["error", { allowedDomains: ["dhl.de"] }] } },
 * );
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "link-policy"), false);
 * ```
 */
export const linkPolicy: Rule<LinkPolicyOptions> = defineRule<
  LinkPolicyOptions
>({
  id: "link-policy",
  meta: {
    type: "problem",
    description: "Allow only https links to Amazon or to allowed domains",
    defaultSeverity: "error",
    defaultOptions: { allowedDomains: [], allowAmazon: true },
    messages: {
      external:
        'Remove the link "{{url}}": only links to Amazon or needed to complete the order are allowed (add its domain to allowedDomains if it is)',
      insecure: 'Use https for "{{url}}": plain http links are not allowed',
      bare: 'Write the link "{{url}}" in full with https://, or remove it',
      shortener:
        'Replace the shortened link "{{url}}" with the full address: shorteners hide where a link goes',
      vagueText:
        'Describe where the link "{{url}}" leads instead of "{{label}}"',
    },
    validateOptions(options) {
      const problems: string[] = [];
      if (
        !Array.isArray(options.allowedDomains) ||
        !options.allowedDomains.every((d) =>
          typeof d === "string" && /^[a-z0-9.\-]+\.[a-z]{2,}$/i.test(d)
        )
      ) {
        problems.push(
          'option "allowedDomains" must be an array of domain names such as "dhl.de"',
        );
      }
      if (typeof options.allowAmazon !== "boolean") {
        problems.push('option "allowAmazon" must be a boolean');
      }
      return problems;
    },
  },
  check(context) {
    const text = context.text;
    const { allowedDomains, allowAmazon } = context.options;
    for (const match of text.matchAll(LINK)) {
      // Sentence punctuation after a link is not part of it. (Trimmed in a
      // loop: `/[.,]+$/` would try every comma of a link full of them.)
      let length = match[0].length;
      while (length > 0 && TRAILING.includes(match[0][length - 1]!)) length--;
      const url = match[0].slice(0, length);
      const start = match.index;
      const end = start + url.length;
      const host = hostOf(url);
      const hasScheme = /^[a-z]+:\/\//i.test(url);
      const report = (messageId: string) =>
        context.report({ messageId, data: { url }, start, end });
      if (SHORTENERS.has(host)) {
        report("shortener");
        continue;
      }
      const amazon = allowAmazon && AMAZON_DOMAINS.some((d) => within(host, d));
      const allowed = amazon || allowedDomains.some((d) => within(host, d));
      if (!allowed) {
        report("external");
        continue;
      }
      if (!hasScheme) {
        report("bare");
        continue;
      }
      if (!/^https:/i.test(url)) {
        report("insecure");
        continue;
      }
      const label = VAGUE.exec(text.slice(Math.max(0, start - 40), start));
      if (label !== null) {
        context.report({
          messageId: "vagueText",
          data: { url, label: label[0].replace(/[\s:：]+$/u, "") },
          start,
          end,
          severity: "warning",
        });
      }
    }
  },
});

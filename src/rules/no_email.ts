// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import {
  AT_WORDS_CJK,
  AT_WORDS_STRONG,
  AT_WORDS_WEAK,
  DOT_WORDS_CJK,
  DOT_WORDS_STRONG,
  DOT_WORDS_WEAK,
  MAIL_DOMAINS,
  MAIL_PROVIDERS,
  MAIL_PROVIDERS_SPELLED,
  SPELLED_TLDS,
} from "./_links/email_words.ts";
import {
  anchoredMatches,
  asciiLower,
  isLabelChar,
  isLocalChar,
} from "./_links/anchored.ts";
import { hostSkeleton } from "./_links/amazon_lookalike.ts";
import { foldForMatching } from "./_links/fold.ts";
import { lookalikeSkeleton } from "./_links/lookalike_skeleton.ts";
import { isAmazonHost } from "./_links/purposes.ts";
import { TLDS } from "./_links/tlds.ts";

function words(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((word) =>
    word.replace(/[.*+?^${}()|[\]\\]/g, (c) => c === "\\" ? c : `\\${c}`)
      .replace(/\\\\\./g, "\\.").replace(/ /g, String.raw`\s{1,2}`)
  ).join("|");
}

// Letters of the scripts addresses are written in, and digits.
const A = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9`;
const LOCAL = String.raw`[${A}._%+\-]{1,64}`;
const LABEL = String.raw`[${A}](?:[${A}\-]{0,61}[${A}])?`;
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
const AT_ANY = `${words(AT_WORDS_STRONG)}|${words(AT_WORDS_WEAK)}|${
  words(AT_WORDS_CJK)
}`;
// The words written between hyphens or underscores, their own spaces too
// ("info-et-işareti-shop-nokta-com").
function hyphenated(list: readonly string[]): string {
  return words(list).replace(/\\s\{1,2\}/g, String.raw`[\-_]`);
}
const AT_HYPHENATED = `${hyphenated(AT_WORDS_STRONG)}|${
  hyphenated(AT_WORDS_WEAK)
}`;
// "@", spaced or not; "#" for "@" as some sellers write it
// ("kefu#163.com"); "@", "a" or a word in brackets; a word between spaces
// or hyphens; a word of a script without spaces.
const AT = String.raw`(?:\s{0,3}@\s{0,3}|#` +
  String.raw`|\s{0,3}${OPEN}\s{0,2}(?:@|a|${AT_ANY})\s{0,2}${CLOSE}\s{0,3}` +
  String.raw`|\s{1,3}(?:${words(AT_WORDS_STRONG)}|${
    words(AT_WORDS_WEAK)
  })\s{1,3}` +
  String.raw`|\s{0,2}[\-_](?:${AT_HYPHENATED})[\-_]\s{0,2}` +
  String.raw`|\s{0,3}(?:${words(AT_WORDS_CJK)})\s{0,3})`;
const DOT_WORDS_ALL = `${words(DOT_WORDS_STRONG)}|${words(DOT_WORDS_WEAK)}`;
// A dot with a space after it but none before ends a sentence.
const DOT = String
  .raw`(?:\s{1,3}[.·•∙⋅。]\s{0,3}|[.·•∙⋅。](?!\s)|[.。][ \t]{0,2}\r?\n[ \t]{0,2}` +
  String
    .raw`|\s{0,3}${OPEN}\s{0,2}(?:\.|${DOT_WORDS_ALL}|${
    words(DOT_WORDS_CJK)
  })\s{0,2}${CLOSE}\s{0,3}` +
  String.raw`|\s{1,3}(?:${DOT_WORDS_ALL})\s{1,3}` +
  String.raw`|\s{0,2}[\-_](?:${DOT_WORDS_ALL})[\-_]\s{0,2}` +
  String.raw`|\s{0,3}(?:${words(DOT_WORDS_CJK)})\s{0,3})`;
// Cyrillic or Greek look-alikes in a top-level domain ("соm") are read
// through their Latin skeleton.
const TLD = String.raw`(?:[a-z\p{Script=Cyrillic}\p{Script=Greek}]{2,12}|${
  Object.keys(SPELLED_TLDS).join("|")
})`;

// local AT label (DOT label){0,3} DOT tld, every part bounded; starts only
// where a word starts. Searched from its "at" (see anchoredMatches): linear.
// The anchor: "@", an "at" in brackets, between hyphens or spaces, or in
// a script without spaces; searched in the text with ASCII capitals
// lower-cased, without the slow `i` flag.
const AT_ANCHOR = new RegExp(
  String.raw`${OPEN}\s{0,2}(?:@|a|${AT_ANY})\s{0,2}${CLOSE}|@|#` +
    String.raw`|[\-_](?:${AT_HYPHENATED})[\-_]|${words(AT_WORDS_CJK)}|\s(?:${
      words(AT_WORDS_STRONG)
    }|${words(AT_WORDS_WEAK)})\s`,
  "g",
);
// "i n f o @ s h o p . d e": an address with its letters spaced out.
const SPACED = new RegExp(
  String.raw`(?<![${A}])(?:[${A}._\-] ){2,64}@(?: [${A}._\-](?![${A}])){3,255}`,
  "iuy",
);
const SPACED_ANCHOR = / @ /g;
function space(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" ||
    char === "\u00a0";
}
const ADDRESS = new RegExp(
  String
    .raw`(?<![${A}._%+\-])(${LOCAL})(${AT})(${LABEL}(?:${DOT}${LABEL}){0,3})(${DOT})(${TLD})(?![${A}\p{M}])`,
  "iuy",
);
// "name at gmail": a provider's name after an "at", without its domain (a
// name written in another script may have its domain spelled after it:
// "जीमेल डॉट कॉम").
const PROVIDER_ADDRESS = new RegExp(
  String.raw`(?<![${A}._%+\-])(${LOCAL})(${AT})(?:(${
    MAIL_PROVIDERS.join("|")
  })(?![${A}\p{M}'’]|${DOT}[a-z])|(${words(MAIL_PROVIDERS_SPELLED)})(?!\p{M}))`,
  "iuy",
);
const localChar = isLocalChar;
// A mail provider's domain on its own: "… then gmail.com". Searched from
// its first dot.
const DOT_ANCHOR = /\.(?=[a-z])/g;
const MAIL_DOMAIN = new RegExp(
  String.raw`(?<![${A}@.\-])(?:${
    MAIL_DOMAINS.map((d) => d.replace(/\./g, String.raw`\.`)).join("|")
  })(?![${A}\-]|\.[a-z])`,
  "iuy",
);
const labelChar = isLabelChar;
const MAIL_DOMAIN_SET: ReadonlySet<string> = new Set(MAIL_DOMAINS);

const AT_WEAK = new RegExp(
  String.raw`^\s*(?:${words(AT_WORDS_WEAK)})\s*$`,
  "iu",
);
const DOT_WEAK = new RegExp(
  String.raw`^\s*(?:${words(DOT_WORDS_WEAK)}|${words(DOT_WORDS_CJK)})\s*$`,
  "iu",
);
const DOT_SPLIT = new RegExp(DOT, "giu");
// A domain written with plain dots only.
const PLAIN_DOMAIN =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\-]+(?:\.[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\-]+)*$/u;
const SAFE_TLDS = new Set(["com", "net", "org", "info", "biz"]);
// Words before an English "at" (or Turkish "et") that make it a place, not
// an address: "look at shop.com", "your account at amazon.de".
const NOT_LOCAL = new Set(
  "look looking available buy bought order ordered orders shop shopping sold selling sell sells listed account us me him her them it this that here there home online store arrive arrives arrived delivered purchase purchased placed find found visit see seen register registered is are was were be been now only also sale deal deals price offer offers teşekkür rica kontrol yardım ve ile bir"
    .split(" "),
);

interface Found {
  start: number;
  end: number;
  messageId: "email" | "obfuscated" | "provider";
}

// Invisible characters: their presence inside an address is a disguise.
const HIDDEN = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

function address(
  match: RegExpMatchArray,
  text: string,
  hidden = false,
): Found | undefined {
  const [whole, local, at, domain, lastDot, tldWritten] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const start = match.index!;
  const end = start + whole.length;
  const tld = hostSkeleton(
    (SPELLED_TLDS[tldWritten] ?? tldWritten).toLowerCase(),
  );
  // A dot at the end of a line ("shop.\nde"): an address after an "@",
  // with its domain in lower case (a new line starts with a capital).
  if (/[.。][ \t]*\r?\n/.test(whole)) {
    if (
      !/@/.test(at) || tldWritten !== tldWritten.toLowerCase() ||
      !TLDS.has(tld)
    ) return undefined;
    return { start, end, messageId: "obfuscated" };
  }
  const plainAt = at === "@";
  const plainDots = lastDot === "." && PLAIN_DOMAIN.test(domain);
  if (plainAt && plainDots) {
    return /\p{L}/u.test(local) || /\p{L}/u.test(domain)
      ? { start, end, messageId: "email" }
      : undefined;
  }
  if (!TLDS.has(tld)) return undefined;
  const weakAt = AT_WEAK.test(at);
  if (weakAt) {
    // The rare path: split the domain at its separators.
    const dots = [...domain.matchAll(DOT_SPLIT)].map((m) => m[0]);
    dots.push(lastDot);
    const host = [...domain.split(DOT_SPLIT), tld].join(".").toLowerCase();
    // A mail provider's domain makes an address of any name ("12345678 at
    // qq dot com", "shop at gmail dot com").
    if (MAIL_DOMAIN_SET.has(host)) {
      return { start, end, messageId: "obfuscated" };
    }
    if (!/\p{L}/u.test(local) || NOT_LOCAL.has(local.toLowerCase())) {
      return undefined;
    }
    if (isAmazonHost(host)) return undefined;
    const weakDots = dots.some((dot) => DOT_WEAK.test(dot));
    const after = text.slice(end, end + 3);
    const endsHere = /^\s*(?:[.,;:!?)\]。、]|$)/u.test(after);
    if (weakDots && !SAFE_TLDS.has(tld) && !endsHere && !hidden) {
      return undefined;
    }
  }
  return { start, end, messageId: "obfuscated" };
}

/**
 * Disallows email addresses, however they are written: plain
 * (`name@shop.com`), with spaces (`info @ shop . de`), with the "@" and "."
 * in brackets or words in the 16 languages (`name (at) shop (dot) com`,
 * `soporte arroba tienda punto es`, `chiocciola`, `snabel-a`, `małpa`,
 * `klammeraffe`, `apenstaartje`, `arobase`, `アットマーク`, `艾特`, `圈a`,
 * `et işareti`, `एट द रेट`, `dot`, `punkt`, `nokta`, `ドット`, `点`,
 * `نقطة`, `डॉट`), in full-width or mathematical letters, with invisible
 * characters or soft hyphens inside, reversed behind a right-to-left
 * override, or as "name at gmail" with the provider named. A mail
 * provider's domain on its own (`gmail.com`) gives an address away too.
 * Buyers and sellers talk through Amazon's messaging only.
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
 * const report = lintMessage({ type: "unexpectedProblem", text: "The courier arrives at 9:00. Your account at Amazon.de shows the order." });
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
      provider:
        'Remove "{{email}}": it points the buyer to a mail address outside Amazon\'s messaging',
    },
  },
  check(context) {
    const view = foldForMatching(context.text);
    // Look-alike letters in the words of an address read as Latin (the
    // same length: offsets are the view's).
    const text = lookalikeSkeleton(view.text);
    const hiddenIn = (start: number, end: number): boolean => {
      if (view.identity) return false;
      const range = view.toOriginal(start, end);
      return HIDDEN.test(context.text.slice(range.start, range.end));
    };
    const lower = asciiLower(text);
    const found: Found[] = [];
    // One pass over the "at" anchors: a full address, or "name at gmail".
    for (
      const match of anchoredMatches(
        text,
        AT_ANCHOR,
        [ADDRESS, PROVIDER_ADDRESS],
        localChar,
        64,
        space,
        3,
        lower,
        undefined,
        true,
        (match, pattern) =>
          pattern === 0
            ? address(
              match,
              text,
              hiddenIn(match.index, match.index + match[0].length),
            ) !== undefined
            : !(AT_WEAK.test(match[2]!) &&
              NOT_LOCAL.has(match[1]!.toLowerCase())),
      )
    ) {
      if ((match as { pattern?: number }).pattern === 0) {
        found.push(
          address(
            match,
            text,
            hiddenIn(match.index, match.index + match[0].length),
          )!,
        );
        continue;
      }
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        messageId: "obfuscated",
      });
    }
    for (
      const match of anchoredMatches(
        text,
        DOT_ANCHOR,
        MAIL_DOMAIN,
        labelChar,
        63,
        undefined,
        0,
        lower,
      )
    ) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        messageId: "provider",
      });
    }
    for (const hit of text.matchAll(SPACED_ANCHOR)) {
      // Walk back over "x " pairs to where the spaced letters start.
      let start = hit.index;
      while (
        start >= 1 && start > hit.index - 130 &&
        isLocalChar(text[start - 1]!) &&
        (start === 1 || text[start - 2] === " ")
      ) {
        start -= 2;
      }
      // It stopped on the space before the first letter.
      start = Math.max(0, start) + (text[Math.max(0, start)] === " " ? 1 : 0);
      if (start >= hit.index) continue;
      SPACED.lastIndex = start;
      const match = SPACED.exec(text);
      if (match === null) continue;
      const spelled = match[0].replace(/ /g, "");
      if (!/@[^@]+\.\p{L}{2,}$/u.test(spelled)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        messageId: "obfuscated",
      });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const hit of found) {
      if (hit.start < lastEnd) continue;
      lastEnd = hit.end;
      const range = view.toOriginal(hit.start, hit.end);
      const written = context.text.slice(range.start, range.end);
      // Full-width letters, invisible characters, a reversed run: hidden.
      const messageId = hit.messageId === "email" &&
          written !== text.slice(hit.start, hit.end)
        ? "obfuscated"
        : hit.messageId;
      context.report({
        messageId,
        data: { email: written },
        start: range.start,
        end: range.end,
      });
    }
  },
});

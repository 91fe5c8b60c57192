// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

/** What is wrong with a character, as the rule's `messageId`. */
type Kind = "control" | "lineBreak" | "loneSurrogate" | "bidi" | "invisible";

// Bidirectional embeddings, overrides and isolates: they reorder what the
// buyer sees ("Trojan Source"). The marks U+200E, U+200F and U+061C are not
// among them: Arabic and Hebrew text uses them legitimately.
function isBidiControl(code: number): boolean {
  return (code >= 0x202A && code <= 0x202E) ||
    (code >= 0x2066 && code <= 0x2069);
}

// Characters that show nothing and can split or hide a word: soft hyphen,
// Mongolian vowel separator, zero width space, word joiner and the invisible
// operators, the deprecated format characters, zero width no-break space
// (a byte order mark), interlinear annotation characters, Hangul fillers.
// Zero width joiner and non-joiner (U+200D, U+200C) are not among them:
// Hindi, Persian and emoji sequences need them.
function isInvisible(code: number): boolean {
  return code === 0x00AD || code === 0x180E || code === 0x200B ||
    (code >= 0x2060 && code <= 0x2064) || (code >= 0x206A && code <= 0x206F) ||
    code === 0xFEFF || (code >= 0xFFF9 && code <= 0xFFFB) ||
    code === 0x3164 || code === 0xFFA0;
}

// Tag characters (U+E0001, U+E0020–U+E007F): invisible ASCII look-alikes
// that can smuggle text past a reader.
function isTag(codePoint: number): boolean {
  return codePoint === 0xE0001 ||
    (codePoint >= 0xE0020 && codePoint <= 0xE007F);
}

const NAMES: Readonly<Record<number, string>> = {
  0x0000: "NULL",
  0x0008: "BACKSPACE",
  0x000B: "LINE TABULATION",
  0x000C: "FORM FEED",
  0x000D: "CARRIAGE RETURN",
  0x001B: "ESCAPE",
  0x007F: "DELETE",
  0x0085: "NEXT LINE",
  0x00AD: "SOFT HYPHEN",
  0x180E: "MONGOLIAN VOWEL SEPARATOR",
  0x200B: "ZERO WIDTH SPACE",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202A: "LEFT-TO-RIGHT EMBEDDING",
  0x202B: "RIGHT-TO-LEFT EMBEDDING",
  0x202C: "POP DIRECTIONAL FORMATTING",
  0x202D: "LEFT-TO-RIGHT OVERRIDE",
  0x202E: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x3164: "HANGUL FILLER",
  0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
};

function describe(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const name = NAMES[code];
  return name === undefined ? `U+${hex}` : `U+${hex} (${name})`;
}

/**
 * Disallows characters that do not belong in a plain-text message, with
 * their ranges and a fix that removes them. Errors: C0 control characters
 * other than tab and line feed, DEL and the C1 controls (NUL included);
 * carriage returns that do not end a line as `\r\n`, and the Unicode line
 * and paragraph separators (the fix puts `\n` in their place); unpaired
 * UTF-16 surrogates (half an emoji: shown as "�", and not valid in the UTF-8
 * a request is sent as); bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reorder what the buyer sees. A
 * warning: invisible characters that can split or hide a word (soft hyphen,
 * zero width space, word joiner, a byte order mark anywhere, tag characters,
 * Hangul fillers). Tabs, `\r\n` line endings, the direction marks U+200E,
 * U+200F and U+061C, zero width (non-)joiners, variation selectors and
 * no-break spaces are fine: Arabic, Hebrew, Hindi, Persian, emoji and
 * French typography need them. A run of characters of one kind is one
 * finding.
 *
 * @example Incorrect: a right-to-left override that hides a word
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const text = "Order 123-1234567-1234567: your refund of \u202E01$\u202C is on its way.";
 * const report = lintMessage({ type: "unexpectedProblem", text });
 * const found = report.diagnostics.filter((d) => d.ruleId === "no-control-characters");
 * assert.deepEqual(found.map((d) => d.messageId), ["bidi", "bidi"]);
 * assert.equal(found[0]?.range?.start.offset, text.indexOf("\u202E"));
 * assert.equal(found[0]?.fix?.text, "");
 * ```
 *
 * @example Correct: Arabic with a right-to-left mark, Hindi with a joiner
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * for (const text of [
 *   "طلبك رقم \u200F123-1234567-1234567 في الطريق.",
 *   "आपका ऑर्डर 123-1234567-1234567 भेज दिया गया है। क्\u200Dष",
 *   "Line one\r\nLine two\tand a tab.",
 * ]) {
 *   const report = lintMessage({ type: "unexpectedProblem", text });
 *   assert.equal(report.diagnostics.some((d) => d.ruleId === "no-control-characters"), false);
 * }
 * ```
 */
export const noControlCharacters: Rule = defineRule({
  id: "no-control-characters",
  meta: {
    type: "problem",
    description:
      "Disallow control, bidirectional and invisible characters and unpaired surrogates",
    // Graded: invisible characters are reported as warnings.
    defaultSeverity: "error",
    fixable: true,
    messages: {
      control:
        "Remove the control character {{chars}}: messages are plain text, and a control character shows as a box or garbles the message",
      lineBreak:
        "Replace {{chars}} with a line break (\\n): only \\n and \\r\\n end a line wherever the buyer reads",
      loneSurrogate:
        'Remove the unpaired surrogate {{chars}}: it is half of a character (such as a cut emoji), which the buyer sees as "�"',
      bidi:
        "Remove the bidirectional control {{chars}}: it reorders how the text is shown and can hide what it says (the marks U+200E and U+200F are fine)",
      invisible:
        "Remove the invisible character {{chars}}: it can split or hide words, so the buyer and a filter read different text",
    },
  },
  check(context) {
    const text = context.text;
    let runKind: Kind | undefined;
    let runStart = 0;
    let runFirst = 0;
    let runCount = 0;
    function flush(end: number): void {
      if (runKind === undefined) return;
      const more = runCount > 1 ? ` and ${runCount - 1} more` : "";
      context.report({
        messageId: runKind,
        data: { chars: `${describe(runFirst)}${more}` },
        start: runStart,
        end,
        fix: { text: runKind === "lineBreak" ? "\n".repeat(runCount) : "" },
        ...(runKind === "invisible" ? { severity: "warning" as const } : {}),
      });
      runKind = undefined;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let kind: Kind | undefined;
      let codePoint = code;
      let size = 1;
      if (code < 0x20) {
        if (code === 0x0D) {
          if (text.charCodeAt(i + 1) !== 0x0A) kind = "lineBreak";
        } else if (code !== 0x09 && code !== 0x0A) kind = "control";
      } else if (code < 0x7F) {
        // Printable ASCII: the common case.
      } else if (code <= 0x9F) kind = "control";
      else if (code >= 0xD800 && code <= 0xDFFF) {
        const low = text.charCodeAt(i + 1);
        if (code <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF) {
          codePoint = ((code - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
          size = 2;
          if (isTag(codePoint)) kind = "invisible";
        } else kind = "loneSurrogate";
      } else if (isBidiControl(code)) kind = "bidi";
      else if (code === 0x2028 || code === 0x2029) kind = "lineBreak";
      else if (isInvisible(code)) kind = "invisible";
      if (kind !== runKind) {
        flush(i);
        if (kind !== undefined) {
          runKind = kind;
          runStart = i;
          runFirst = codePoint;
          runCount = 0;
        }
      }
      if (kind !== undefined) runCount++;
      i += size - 1;
    }
    flush(text.length);
  },
});

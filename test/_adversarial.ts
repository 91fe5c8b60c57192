/**
 * Texts that make careless regular expressions slow: long runs of what a
 * pattern's repetition accepts, followed by anything but what must come
 * next; unclosed constructs; every script the rules know. Shared by the
 * timing tests and the adversarial lint bench.
 */
import fc from "fast-check";

/** Units that are repeated to build an adversarial text, by name. */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  "hyphenated letters": "a-",
  "dotted letters": "a.",
  "a letter run": "ab",
  "Japanese": "日本語の文章です",
  "Chinese": "您的订单已发货",
  "Korean": "주문하신",
  "dotless i": "ı",
  "Turkish": "ıİşğ",
  "Arabic": "مرحبا بك ",
  "Arabic without spaces": "مرحبا",
  "Devanagari": "नमस्ते ",
  "Hindi with joiners": "क्\u200Dष",
  "digits with separators": "1,2.3-4/5:6 ",
  "a digit run": "1",
  "digits and spaces": "1 ",
  "an unclosed comment": "<!--",
  "an unclosed tag": "<a ",
  "an unclosed reference": "&#",
  "an unclosed (at": "(at",
  "a scheme": "http://",
  "www.": "www.",
  "at signs": "a@",
  "domain labels": "a.b-",
  "a link full of commas": `https://x${",".repeat(1990)}a `,
  "spaces": " ",
  "blank lines": "\n ",
  "control characters": "a\u0000\u202E\u200B\uD800\r",
  "emoji": "😀",
  "emails and spelled-out ones": "a@b.co x at y dot com ",
  "review incentives": "refund for a gift card if you leave a 5 star review ",
  "opt-out words": "unsubscribe stop receiving messages ",
  "mixed scripts": "aı日ب१-.@",
  "spaced letters": "a ",
  "spaced letters and dots": "a . ",
  "spaced hosts": "s h o p . c o m ",
  "right-to-left overrides": "\u202Ea",
  "overridden right-to-left letters": "\u202Eب",
  "hexadecimal groups": "a:",
  "colons": "1::",
  "dotted numbers": "10.",
  "references": "&#64;",
  "encoded at signs": "a%40",
  "spaced Han": "评 ",
  "dot words": "a dot de ",
  "decorative marks": "a\u0332",
  "letters between bars": "a|",
  "prices in one long clause": "のب€0",
  "prices with can also": "can also €5 ",
  "quoted requests in one long sentence": "“please leave a review” and ",
};

/** An ordinary message sentence, the baseline of the timing tests. */
export const BENIGN =
  "Hello, your order 123-1234567-1234567 left our warehouse today and should arrive on Thursday. ";

/**
 * Repeats `unit` to exactly `length` UTF-16 code units.
 *
 * @param unit What to repeat.
 * @param length The length of the result.
 * @returns The text.
 */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// Pieces of the alphabets that the rules' patterns repeat, separators, every
// script, and constructs that are never closed.
const PIECES = [
  "a",
  "Z",
  "é",
  "ı",
  "İ",
  "ß",
  "日",
  "の",
  "한",
  "ب",
  "ال",
  "न",
  "\u093C",
  "\u200D",
  "\u200C",
  "1",
  "0",
  "-",
  ".",
  ",",
  "/",
  ":",
  "_",
  "+",
  "%",
  "€",
  " ",
  "\n",
  "\t",
  "<!--",
  "<a ",
  "</",
  "&#",
  "&amp",
  "(at",
  "[at]",
  " at ",
  " dot ",
  "@",
  "http://",
  "https://",
  "www.",
  ".com",
  "review",
  "refund",
  "gift card",
  "unsubscribe",
  "レビュー",
  "退订",
  "😀",
  "\uD800",
  "\u202E",
  "\u0000",
] as const;

/**
 * A unit of 1 to 8 pieces of what the rules' patterns match (letters of
 * every script, digits, separators, unclosed constructs, phrase words),
 * repeated into a long adversarial text by the tests.
 */
export const adversarialUnit: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(""));

// This module is browser compatible.

/**
 * The pieces email addresses are matched with: the letters of their
 * scripts, "@" and "." however they are written, top-level domains spelled
 * out, and the address patterns built from them.
 *
 * @module
 */

import { isLabelChar, isLocalChar } from "./anchored.ts";
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
} from "./email_words.ts";

/**
 * Words as one pattern, the longest first where several match at one place;
 * a space stands for one or two white-space characters. Literal words are
 * written as a tree of their letters ("g(?:m(?:ail|x)|ooglemail)"), which
 * the engine reads letter by letter instead of trying every word in turn;
 * a list holding pattern escapes (a backslash) stays a plain alternation.
 */
export function words(list: readonly string[]): string {
  if (list.some((word) => word.includes("\\"))) {
    return [...list].sort((a, b) => b.length - a.length).map((word) =>
      word.replace(/[.*+?^${}()|[\]\\]/g, (c) => c === "\\" ? c : `\\${c}`)
        .replace(/\\\\\./g, "\\.").replace(/ /g, String.raw`\s{1,2}`)
    ).join("|");
  }
  return letterTree(list);
}

interface TreeNode {
  readonly next: Map<string, TreeNode>;
  end: boolean;
}

// The words as a tree of their characters, written as a pattern: at each
// node the longer words are tried before the word that ends there.
function letterTree(list: readonly string[]): string {
  const root: TreeNode = { next: new Map(), end: false };
  for (const word of list) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (child === undefined) {
        node.next.set(char, child = { next: new Map(), end: false });
      }
      node = child;
    }
    node.end = true;
  }
  const write = (node: TreeNode): string => {
    const branches = [...node.next].map(([char, child]) =>
      (char === " "
        ? String.raw`\s{1,2}`
        : char.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`)) +
      write(child)
    );
    if (branches.length === 0) return "";
    const body = branches.length === 1
      ? branches[0]!
      : `(?:${branches.join("|")})`;
    return node.end ? `(?:${body})?` : body;
  };
  return write(root);
}

// Letters of the scripts addresses are written in, and digits.
export const A = String
  .raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9`;
export const LOCAL = String.raw`[${A}._%+\-]{1,64}`;
const LABEL = String.raw`[${A}](?:[${A}\-]{0,61}[${A}])?`;
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
export const AT_ANY = `${words(AT_WORDS_STRONG)}|${words(AT_WORDS_WEAK)}|${
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
// A symbol written for "@" with a note to swap it ("kefu#163.com",
// "info★shop.jp (★を@に)").
const AT_SYMBOL = "[#★☆●○◆◇■□※*]";
// "@", spaced or not; a symbol for "@"; "@", "a" or a word in brackets; a word between spaces
// or hyphens; a word of a script without spaces.
const AT = String.raw`(?:\s{0,3}@\s{0,3}|${AT_SYMBOL}` +
  String.raw`|\s{0,3}${OPEN}\s{0,2}(?:@|a|${AT_ANY})\s{0,2}${CLOSE}\s{0,3}` +
  String.raw`|\s{1,3}(?:${words(AT_WORDS_STRONG)}|${
    words(AT_WORDS_WEAK)
  })\s{1,3}` +
  String.raw`|\s{0,2}[\-_](?:${AT_HYPHENATED})[\-_]\s{0,2}` +
  String.raw`|\s{0,3}(?:${words(AT_WORDS_CJK)})\s{0,3})`;
export const DOT_WORDS_ALL = `${words(DOT_WORDS_STRONG)}|${
  words(DOT_WORDS_WEAK)
}`;
// A dot with a space after it but none before ends a sentence.
export const DOT = String
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
// A top-level domain, its letters maybe written as digits ("c0m": the
// address checks its skeleton).
const TLD = String
  .raw`(?:[a-z\p{Script=Cyrillic}\p{Script=Greek}]{2,12}|(?=[0-9]{0,11}[a-z])[a-z0-9]{2,12}|${
  Object.keys(SPELLED_TLDS).join("|")
})`;

// local AT label (DOT label){0,3} DOT tld, every part bounded; starts only
// where a word starts. Searched from its "at" (see anchoredMatches): linear.
// The anchor: "@", an "at" in brackets, between hyphens or spaces, or in
// a script without spaces; searched in the text with ASCII capitals
// lower-cased, without the slow `i` flag.
export const AT_ANCHOR = new RegExp(
  String.raw`${OPEN}\s{0,2}(?:@|a|${AT_ANY})\s{0,2}${CLOSE}|@|${AT_SYMBOL}` +
    String.raw`|[\-_](?:${AT_HYPHENATED})[\-_]|${words(AT_WORDS_CJK)}|\s(?:${
      words(AT_WORDS_STRONG)
    }|${words(AT_WORDS_WEAK)})\s`,
  "g",
);
// "i n f o @ s h o p . d e": an address with its letters spaced out.
// The separators that may set the characters of an address apart: a
// space, a hyphen, an underscore, a bar, a slash, a middle dot, a bullet
// ("s u p p o r t @ …", "t-a-s-a-r-i-m-@-…").
const SPACERS = " \\-_|/·•";
const spacedPatterns = new Map<string, RegExp>();
/**
 * An address with its characters set apart by one `separator` each, from
 * its first character.
 */
export function spacedAddress(separator: string): RegExp {
  let pattern = spacedPatterns.get(separator);
  if (pattern === undefined) {
    const sep = separator.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");
    pattern = new RegExp(
      String
        .raw`(?<![${A}])(?:[${A}._\-]${sep}){2,64}@(?:${sep}[${A}._\-](?![${A}])){3,255}`,
      "iuy",
    );
    spacedPatterns.set(separator, pattern);
  }
  return pattern;
}
export const SPACED_ANCHOR = new RegExp(`([${SPACERS}])@\\1`, "g");
export function space(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" ||
    char === "\u00a0";
}
// A domain label after an "at", whose hyphen may be spaced out like the
// rest ("kleiderwerk - kiel punkt de").
const AT_LABEL = String.raw`${LABEL}(?: {1,2}- {1,2}${LABEL})?`;
export const ADDRESS = new RegExp(
  String
    .raw`(?<![${A}._%+\-])(${LOCAL})(${AT})(${AT_LABEL}(?:${DOT}${LABEL}){0,3})(${DOT})(${TLD})(?![${A}\p{M}])`,
  "iuy",
);
// The same with a plain "@" and plain dots only: tried where the longer
// reading fails ("x.y@shop.it . Rispondiamo": no "it . rispondiamo").
export const PLAIN_ADDRESS = new RegExp(
  String
    .raw`(?<![${A}._%+\-])(${LOCAL})(@)(${LABEL}(?:\.${LABEL}){0,3})(\.)(${TLD})(?![${A}\p{M}])`,
  "iuy",
);
// "name at gmail": a provider's name after an "at", without its domain (a
// name written in another script may have its domain spelled after it:
// "जीमेल डॉट कॉम").
export const PROVIDER_ADDRESS = new RegExp(
  String.raw`(?<![${A}._%+\-])(${LOCAL})(${AT})(?:(${
    MAIL_PROVIDERS.join("|")
  })(?![${A}\p{M}'’]|${DOT}[a-z])|(${words(MAIL_PROVIDERS_SPELLED)})(?!\p{M}))`,
  "iuy",
);
export const localChar = isLocalChar;
// A mail provider's domain on its own: "… then gmail.com". Searched from
// its first dot.
export const DOT_ANCHOR = /\.(?=[a-z])/g;
export const MAIL_DOMAIN = new RegExp(
  String.raw`(?<![${A}@.\-])(?:${
    MAIL_DOMAINS.map((d) => d.replace(/\./g, String.raw`\.`)).join("|")
  })(?![${A}\-]|\.[a-z])`,
  "iuy",
);
export const labelChar = isLabelChar;
export const MAIL_DOMAIN_SET: ReadonlySet<string> = new Set(MAIL_DOMAINS);

export const AT_WEAK = new RegExp(
  String.raw`^\s*(?:${words(AT_WORDS_WEAK)})\s*$`,
  "iu",
);
export const DOT_WEAK = new RegExp(
  String.raw`^\s*(?:${words(DOT_WORDS_WEAK)}|${words(DOT_WORDS_CJK)})\s*$`,
  "iu",
);
export const DOT_SPLIT = new RegExp(DOT, "giu");
// A domain written with plain dots only.
export const PLAIN_DOMAIN =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\-]+(?:\.[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\-]+)*$/u;
export const SAFE_TLDS = new Set(["com", "net", "org", "info", "biz"]);
// Words before an English "at" (or Turkish "et") that make it a place, not
// an address: "look at shop.com", "your account at amazon.de".
export const NOT_LOCAL = new Set(
  "look looking available buy bought order ordered orders shop shopping sold selling sell sells listed account us me him her them it this that here there home online store arrive arrives arrived delivered purchase purchased placed find found visit see seen register registered is are was were be been now only also sale deal deals price offer offers page pages site website portal form forms calendar link links app tool tracking booking schedule dashboard section teşekkür rica kontrol yardım ve ile bir"
    .split(" "),
);

/** An address-like run found in the text, in the view's offsets. */
export interface Found {
  start: number;
  end: number;
  messageId: "email" | "obfuscated" | "provider";
}

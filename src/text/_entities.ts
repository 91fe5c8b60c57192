// This module is browser compatible.

/**
 * HTML character references: named ones that disguise text (`&commat;`,
 * `&period;`) or that templates leave behind (`&amp;`), and numeric ones.
 *
 * @module
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  commat: "@",
  period: ".",
  colon: ":",
  semi: ";",
  comma: ",",
  sol: "/",
  bsol: "\\",
  hyphen: "\u2010",
  dash: "\u2010",
  ndash: "\u2013",
  mdash: "\u2014",
  minus: "\u2212",
  lpar: "(",
  rpar: ")",
  lsqb: "[",
  rsqb: "]",
  lbrack: "[",
  rbrack: "]",
  lcub: "{",
  rcub: "}",
  lbrace: "{",
  rbrace: "}",
  num: "#",
  dollar: "$",
  percnt: "%",
  excl: "!",
  quest: "?",
  ast: "*",
  midast: "*",
  plus: "+",
  equals: "=",
  lowbar: "_",
  verbar: "|",
  vert: "|",
  grave: "`",
  hat: "^",
  tilde: "~",
  shy: "\u00AD",
  zwj: "\u200D",
  zwnj: "\u200C",
  lrm: "\u200E",
  rlm: "\u200F",
  copy: "\u00A9",
  reg: "\u00AE",
  trade: "\u2122",
  hellip: "\u2026",
  laquo: "\u00AB",
  raquo: "\u00BB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  middot: "\u00B7",
  bull: "\u2022",
  deg: "\u00B0",
  euro: "\u20AC",
  pound: "\u00A3",
  yen: "\u00A5",
  cent: "\u00A2",
  times: "\u00D7",
  divide: "\u00F7",
  star: "\u2606",
  starf: "\u2605",
  check: "\u2713",
  NewLine: "\n",
  Tab: "\t",
};

/** The longest entity name in {@linkcode NAMED}. */
const LONGEST_NAME = 8;

/** A decoded character reference: its text and where it ends. */
export interface DecodedEntity {
  /** The decoded text. */
  readonly value: string;
  /** The offset just past the reference (after its `;`). */
  readonly end: number;
}

function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5A) ||
    (code >= 0x61 && code <= 0x7A);
}

/**
 * Decodes the character reference that starts with the `&` at `at`, or
 * returns `undefined`. Reads at most a dozen code units. Named references
 * need their `;`; numeric ones may omit it, as browsers accept.
 */
export function decodeEntity(
  text: string,
  at: number,
): DecodedEntity | undefined {
  let i = at + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    const hex = (text.charCodeAt(i) | 0x20) === 0x78; /* x */
    if (hex) i++;
    const digitsStart = i;
    let value = 0;
    while (i < text.length && i - digitsStart < 8) {
      const code = text.charCodeAt(i);
      let digit = -1;
      if (code >= 0x30 && code <= 0x39) digit = code - 0x30;
      else if (hex && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x66) {
        digit = (code | 0x20) - 0x61 + 10;
      }
      if (digit < 0) break;
      value = value * (hex ? 16 : 10) + digit;
      i++;
    }
    if (i === digitsStart || value === 0 || value > 0x10FFFF) return undefined;
    if (value >= 0xD800 && value <= 0xDFFF) return undefined;
    // A digit (or, after a hexadecimal one, a letter a-f) would have been
    // read as part of the number: what follows is another letter.
    const next = text.charCodeAt(i);
    if (
      (next >= 0x30 && next <= 0x39) ||
      (hex && (next | 0x20) >= 0x61 && (next | 0x20) <= 0x66)
    ) return undefined;
    if (text.charCodeAt(i) === 0x3B /* ; */) i++;
    return { value: String.fromCodePoint(value), end: i };
  }
  const nameStart = i;
  while (
    i < text.length && i - nameStart <= LONGEST_NAME &&
    isAlnum(text.charCodeAt(i))
  ) i++;
  if (text.charCodeAt(i) !== 0x3B || i === nameStart) return undefined;
  const name = text.slice(nameStart, i);
  const value = Object.hasOwn(NAMED, name)
    ? NAMED[name]
    : Object.hasOwn(NAMED, name.toLowerCase())
    ? NAMED[name.toLowerCase()]
    : undefined;
  return value === undefined ? undefined : { value, end: i + 1 };
}

// This module is browser compatible.

/**
 * The light text view that the link, email and phone rules match on: NFKC
 * for the characters it changes (full-width forms, mathematical and circled
 * letters, compatibility spaces), invisible characters removed (zero-width
 * characters, soft hyphen, word joiner, byte-order mark, bidi controls, tag
 * characters, variation selectors), the circled "ⓐ" read as "@" (but as
 * "a" among other circled letters: "ⓢⓗⓐⓡⓔ"), and a run
 * after a right-to-left override (U+202E) read in reverse, the order a buyer
 * sees it in. Letter case, "@", "$", digits and look-alike letters are
 * kept: the engine's shared normalization also folds leetspeak, spaced
 * letters and homoglyphs, which would rewrite local parts, hosts (a
 * Cyrillic "а" in a host is evidence, not noise) and phone numbers, so
 * addresses, links and numbers are matched on this lighter view.
 *
 * Every code unit of the view maps back to the code units of the original
 * that produced it, so ranges found in the view are reported on the
 * original.
 *
 * @module
 */

import { readCharacterReference } from "../../text/entities.ts";

/** A folded view of a text with a map back to the original. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** Whether the view is the original text itself (identity map). */
  readonly identity: boolean;
  /**
   * The original range `[start, end)` that produced the view's range
   * `[start, end)`.
   */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const RLO = 0x202e;

function invisible(code: number): boolean {
  return code === 0x00ad || code === 0x034f || code === 0x061c ||
    code === 0x0305 || (code >= 0x0332 && code <= 0x0338) || code === 0x0489 ||
    (code >= 0x20d0 && code <= 0x20f0) ||
    code === 0x180e || (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) || code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0000 && code <= 0xe007f);
}

// Code points NFKC may change that matter here; everything else (letters of
// living scripts, CJK ideographs, kana) is left as it is without asking.
function compatibility(code: number): boolean {
  return (code >= 0x00a0 && code <= 0x00bf) ||
    (code >= 0x2000 && code <= 0x24ff) || code === 0x3000 ||
    (code >= 0x3200 && code <= 0x33ff) || (code >= 0xfb00 && code <= 0xfb4f) ||
    (code >= 0xfe10 && code <= 0xfe6f) || (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x1d400 && code <= 0x1d7ff) ||
    (code >= 0x1f100 && code <= 0x1f1ff);
}

function identityView(text: string): FoldedText {
  return {
    text,
    identity: true,
    toOriginal: (start, end) => ({ start, end }),
  };
}

let lastInput: string | undefined;
let lastView: FoldedText | undefined;

/**
 * Folds a text for link, email and phone matching (see the module doc).
 * Linear in the text; the last result is cached, so the rules of one lint
 * share it.
 *
 * @param text The text to fold.
 * @returns The folded view with its map back to `text`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { foldForMatching } from "./fold.ts";
 *
 * const view = foldForMatching("ｉｎｆｏ＠ｓｈｏｐ．ｄｅ and x\u200b@y");
 * assert.equal(view.text, "info@shop.de and x@y");
 * assert.deepEqual(view.toOriginal(0, 12), { start: 0, end: 12 });
 * ```
 */
export function foldForMatching(text: string): FoldedText {
  if (text === lastInput && lastView !== undefined) return lastView;
  const view = fold(text);
  lastInput = text;
  lastView = view;
  return view;
}

function needsFolding(code: number): boolean {
  return code === 0x26 || code === 0x25 ||
    (code >= 0x80 &&
      (invisible(code) || compatibility(code) || code === 0x24d0 ||
        code === 0x24b6));
}

// Letters that NFKC leaves alone or widens into more than a letter:
// parenthesized (`⒤`, `🄘`), negative circled and squared (`🅘`, `🆁`).
function enclosedLetter(code: number): string {
  if (code >= 0x249c && code <= 0x24b5) {
    return String.fromCharCode(0x61 + code - 0x249c);
  }
  for (const base of [0x1f110, 0x1f150, 0x1f170]) {
    if (code >= base && code < base + 26) {
      return String.fromCharCode(0x41 + code - base);
    }
  }
  return "";
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a);
}

// Every code unit (or surrogate pair) that folding may change: character
// references, an encoded "@", ":", "/", ".", "-" or "_", the invisible characters, the compatibility blocks of `compatibility`, the
// mathematical letters, enclosed alphanumerics and tag characters.
const FOLDABLE =
  /&[#a-z]|%(?:40|3[aA]|2[dDeEfF]|5[fF])|[\u00a0-\u00bf\u0305\u0332-\u0338\u034f\u0489\u061c\u180e\u2000-\u24ff\u3000\u3200-\u33ff\ufb00-\ufb4f\ufe00-\ufe6f\ufeff\uff00-\uffef]|\ud835[\udc00-\udfff]|\ud83c[\udd00-\uddff]|\udb40[\udc00-\udc7f]/g;

// The character an escape of an address or a link at `at` encodes ("%40"
// is "@", "%2F" is "/"), or `undefined`.
function percentDecoded(text: string, at: number): string | undefined {
  if (at < 0 || text.charCodeAt(at) !== 0x25) return undefined;
  switch (text.slice(at + 1, at + 3).toUpperCase()) {
    case "40":
      return "@";
    case "3A":
      return ":";
    case "2F":
      return "/";
    case "2E":
      return ".";
    case "2D":
      return "-";
    case "5F":
      return "_";
  }
  return undefined;
}

function fold(text: string): FoldedText {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return identityView(text);
  // The view is a list of segments: runs copied as they are, and pieces
  // that replace an original range (or remove it).
  const outStarts: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  const copied: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  const piece = (value: string, start: number, end: number, copy: boolean) => {
    outStarts.push(length);
    origStarts.push(start);
    origEnds.push(end);
    copied.push(copy);
    parts.push(value);
    length += value.length;
  };
  let run = 0;
  FOLDABLE.lastIndex = 0;
  for (let hit = FOLDABLE.exec(text); hit !== null; hit = FOLDABLE.exec(text)) {
    const i = hit.index;
    if (i < run) continue;
    const code = text.codePointAt(i)!;
    if (code === 0x26 || code === 0x25) {
      // "&#64;", "&commat;" and an encoded "%40" between letters: an "@"
      // (or another character) as the buyer sees it. So are the encoded
      // ":", "/", ".", "-" and "_" of an address or a link
      // ("https%3A%2F%2Fshop%2Estore").
      let end = i + 3;
      let value = percentDecoded(text, i) ?? "";
      if (code === 0x26) {
        const reference = readCharacterReference(text, i);
        if (reference === undefined) continue;
        end = reference.end;
        value = [...reference.value].map((c) => {
          const point = c.codePointAt(0)!;
          return invisible(point) ? "" : foldChar(point);
        }).join("");
      } else if (
        i === 0 ||
        !(isAsciiAlnum(text.charCodeAt(i - 1)) ||
          percentDecoded(text, i - 3) !== undefined) ||
        !(isAsciiAlnum(text.charCodeAt(i + 3)) ||
          percentDecoded(text, i + 3) !== undefined)
      ) continue;
      if (run < i) piece(text.slice(run, i), run, i, true);
      if (value !== "") piece(value, i, end, false);
      run = end;
      FOLDABLE.lastIndex = end;
      continue;
    }
    const size = code > 0xffff ? 2 : 1;
    if (!needsFolding(code)) continue;
    const value = invisible(code)
      ? ""
      : (code === 0x24d0 || code === 0x24b6) && circledWord(text, i)
      ? "a"
      : foldChar(code);
    // A character NFKC keeps ("€", "½" kept whole) stays in the copied run.
    if (
      code !== RLO && value.length === size && value.codePointAt(0) === code
    ) {
      continue;
    }
    if (run < i) piece(text.slice(run, i), run, i, true);
    if (code === RLO) {
      // Read the overridden run in reverse, as it is displayed.
      let end = i + 1;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 0x202c || c === 0x2069 || c === 0x0a || c === 0x0d) break;
        end++;
      }
      const chars: [string, number, number][] = [];
      let j = i + 1;
      while (j < end) {
        const c = text.codePointAt(j)!;
        const s = c > 0xffff ? 2 : 1;
        if (!invisible(c)) {
          const value = (c === 0x24d0 || c === 0x24b6) && circledWord(text, j)
            ? "a"
            : foldChar(c);
          chars.push([value, j, j + s]);
        }
        j += s;
      }
      for (let k = chars.length - 1; k >= 0; k--) {
        const [value, a, b] = chars[k]!;
        piece(value, a, b, false);
      }
      run = end;
      FOLDABLE.lastIndex = end;
      continue;
    }
    if (value !== "") piece(value, i, i + size, false);
    run = i + size;
  }
  if (run === 0) return identityView(text);
  if (run < text.length) piece(text.slice(run), run, text.length, true);
  const folded = parts.join("");
  // The segment holding view offset `at` (the last one starting at or
  // before it).
  const segmentAt = (at: number): number => {
    let lo = 0;
    let hi = outStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: folded,
    identity: false,
    toOriginal(start, end) {
      if (outStarts.length === 0) return { start: 0, end: 0 };
      if (start >= folded.length) {
        return { start: text.length, end: text.length };
      }
      if (end <= start) {
        const k = segmentAt(start);
        const at = copied[k]
          ? origStarts[k]! + (start - outStarts[k]!)
          : origStarts[k]!;
        return { start: at, end: at };
      }
      let lo = Infinity;
      let hi = -Infinity;
      for (let k = segmentAt(start); k < outStarts.length; k++) {
        const segStart = outStarts[k]!;
        if (segStart >= end) break;
        const segEnd = segStart + parts[k]!.length;
        if (segEnd <= start) continue;
        let a = origStarts[k]!;
        let b = origEnds[k]!;
        if (copied[k]) {
          a += Math.max(0, start - segStart);
          b -= Math.max(0, segEnd - end);
        }
        if (a < lo) lo = a;
        if (b > hi) hi = b;
      }
      return { start: lo, end: hi };
    },
  };
}

// Whether the circled "ⓐ" at `at` stands in a word of circled letters
// ("ⓢⓗⓐⓡⓔ"), where it is the letter, not a stand-in for "@" (invisible
// characters between the letters skipped).
function circledWord(text: string, at: number): boolean {
  const circledAt = (k: number, step: number): boolean => {
    for (let n = 0; n < 4 && k >= 0 && k < text.length; n++, k += step) {
      const code = text.charCodeAt(k);
      if (code >= 0x24b6 && code <= 0x24e9) return true;
      if (!invisible(code)) return false;
    }
    return false;
  };
  return circledAt(at - 1, -1) || circledAt(at + 1, 1);
}

const FOLDED = new Map<number, string>();

function foldChar(code: number): string {
  if (code === 0x24d0 || code === 0x24b6) return "@";
  const enclosed = enclosedLetter(code);
  if (enclosed !== "") return enclosed;
  // Full-width ASCII and the ideographic space, without asking NFKC.
  if (code >= 0xff01 && code <= 0xff5e) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (code === 0x3000) return " ";
  if (!compatibility(code)) return String.fromCodePoint(code);
  let cached = FOLDED.get(code);
  if (cached === undefined) {
    cached = normalize(code);
    if (FOLDED.size < 4096) FOLDED.set(code, cached);
  }
  return cached;
}

function normalize(code: number): string {
  const ch = String.fromCodePoint(code);
  const normalized = ch.normalize("NFKC");
  // NFKC reads a no-break space as a space, "½" as "1⁄2": keep what is one
  // character one character when it widens to something unrelated.
  return normalized.length <= 2 || code >= 0x1d400 ? normalized : ch;
}

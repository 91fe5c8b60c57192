// This module is browser compatible.

/**
 * Every address-like run in a text: whole addresses however they are
 * written, mail domains on their own, spaced-out letters, and the hints of
 * `email_hints.ts`.
 *
 * @module
 */

import { hostSkeleton } from "./amazon_lookalike.ts";
import { anchoredMatches, asciiLower, isLocalChar } from "./anchored.ts";
import { atHints, providerHints, scriptDomainHints } from "./email_hints.ts";
import {
  ADDRESS,
  AT_ANCHOR,
  AT_ANY,
  AT_WEAK,
  DOT_ANCHOR,
  DOT_SPLIT,
  DOT_WEAK,
  DOT_WORDS_ALL,
  type Found,
  labelChar,
  localChar,
  MAIL_DOMAIN,
  MAIL_DOMAIN_SET,
  NOT_LOCAL,
  PLAIN_ADDRESS,
  PLAIN_DOMAIN,
  PROVIDER_ADDRESS,
  SAFE_TLDS,
  space,
  SPACED_ANCHOR,
  spacedAddress,
  words,
} from "./email_pattern.ts";
import { DOT_WORDS_CJK, SPELLED_TLDS } from "./email_words.ts";
import { isAmazonHost } from "./purposes.ts";
import { TLDS } from "./tlds.ts";

// Every address-like run in `text` (the folded view, or that view with a
// line break inside a word taken out).
export function findAddresses(
  text: string,
  hiddenIn: (start: number, end: number) => boolean,
): Found[] {
  const lower = asciiLower(text);
  const found: Found[] = [];
  // The address each kept whole-address match reads as: worked out once,
  // where the match is weighed.
  const addresses = new Map<RegExpExecArray, Found>();
  // One pass over the "at" anchors: a full address, or "name at gmail".
  for (
    const match of anchoredMatches(
      text,
      AT_ANCHOR,
      [ADDRESS, PROVIDER_ADDRESS, PLAIN_ADDRESS],
      localChar,
      64,
      space,
      3,
      lower,
      undefined,
      true,
      (match, pattern) => {
        if (pattern === 1) {
          return !(AT_WEAK.test(match[2]!) &&
            NOT_LOCAL.has(match[1]!.toLowerCase()));
        }
        const read = address(
          match,
          text,
          hiddenIn(match.index, match.index + match[0].length),
        );
        if (read !== undefined) addresses.set(match, read);
        return read !== undefined;
      },
    )
  ) {
    const read = addresses.get(match);
    if (read !== undefined) {
      found.push(read);
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
    // Walk back over "x " pairs (with the separator of the anchor) to
    // where the spaced letters start.
    const sep = hit[1]!;
    let start = hit.index;
    while (
      start >= 1 && start > hit.index - 130 && isLocalChar(text[start - 1]!)
    ) {
      // A letter after a separator: go on; after a space or a mark it is
      // the first one; after a letter it ends a word of its own ("to").
      if (start >= 2 && text[start - 2] === sep) start -= 2;
      else {
        if (start < 2 || !isLocalChar(text[start - 2]!)) start -= 1;
        break;
      }
    }
    // Stopped on a separator: the letters start after it.
    if (text[start] === sep) start++;
    if (start >= hit.index) continue;
    const spaced = spacedAddress(sep);
    spaced.lastIndex = start;
    const match = spaced.exec(text);
    if (match === null) continue;
    const spelled = match[0].replaceAll(sep, "");
    if (!/@[^@]+\.\p{L}{2,}$/u.test(spelled)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      messageId: "obfuscated",
    });
  }
  providerHints(text, lower, found);
  atHints(text, found);
  scriptDomainHints(text, found);
  return found;
}

// A line break inside a word ("アットマー\nク", "arr\noba", "bright\nlamps"):
// between two letters, the second not a capital.
export const SPLIT_WORD =
  /(?<=[\p{L}\p{M}])[ \t]{0,2}\r?\n[ \t]{0,2}(?=(?!\p{Lu})\p{L})/gu;

// Whether a line break inside a word at [start, end) may hide part of an
// address: an "@" near it, a dot inside a word near it, or the word it
// splits is an "at" or "dot" word ("arr\noba").
export function splitMatters(
  text: string,
  start: number,
  end: number,
): boolean {
  const near = text.slice(Math.max(0, start - 30), end + 30);
  if (/@|[\p{L}\d][ \t]{0,3}[.。][ \t]{0,3}\p{L}/u.test(near)) return true;
  let from = start;
  while (
    from > 0 && start - from < 20 && /[\p{L}\p{M}]/u.test(text[from - 1]!)
  ) {
    from--;
  }
  let to = end;
  while (to < text.length && to - end < 20 && /[\p{L}\p{M}]/u.test(text[to]!)) {
    to++;
  }
  return SPLIT_WORDS.test(
    (text.slice(from, start) + text.slice(end, to)).toLowerCase(),
  );
}
const SPLIT_WORDS = new RegExp(
  `${AT_ANY}|${DOT_WORDS_ALL}|${words(DOT_WORDS_CJK)}`,
  "u",
);

// Invisible characters: their presence inside an address is a disguise.
export const HIDDEN =
  /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

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
  // Digits for the letters of the top-level domain ("gm41l.c0m"): an
  // address only where they spell one.
  if (
    /[0-9]/.test(tldWritten) &&
    (!TLDS.has(tld) || (tldWritten.match(/\p{L}/gu)?.length ?? 0) < 2 ||
      !/\p{L}/u.test(domain))
  ) return undefined;
  const plainAt = at === "@";
  const plainDots = lastDot === "." && PLAIN_DOMAIN.test(domain);
  if (plainAt && plainDots) {
    return /\p{L}/u.test(local) || /\p{L}/u.test(domain)
      ? { start, end, messageId: "email" }
      : undefined;
  }
  if (!TLDS.has(tld)) return undefined;
  // A symbol for "@" needs a name with letters before it ("5*shop.com" is
  // no address).
  if (at.length === 1 && at !== "@" && !/\p{L}/u.test(local)) {
    return undefined;
  }
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

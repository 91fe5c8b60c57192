// This module is browser compatible.

/**
 * Address hints that are not a whole address: a user name next to a mail
 * provider, a provider's domain spelled out, a domain written in
 * Devanagari or Arabic letters, and "@" with a line break inside the
 * address or without a domain.
 *
 * @module
 */

import { isLabelChar, isLocalChar } from "./anchored.ts";
import {
  A,
  DOT,
  type Found,
  LOCAL,
  MAIL_DOMAIN_SET,
  words,
} from "./email_pattern.ts";
import {
  AT_PREPOSITIONS,
  AT_WORDS_STRONG,
  AT_WORDS_WEAK,
  MAIL_DOMAINS,
  MAIL_ONLY_PROVIDERS,
  MAIL_PROVIDERS_SPELLED,
  MAIL_WORDS,
  SPELLED_TLDS,
} from "./email_words.ts";
import { TLDS } from "./tlds.ts";
import { execNotAfter } from "../../text/not_after.ts";

// ---- A provider named next to a user name, or its domain spelled out.

const MAIL_ONLY: ReadonlySet<string> = new Set([
  ...MAIL_ONLY_PROVIDERS,
  ...MAIL_PROVIDERS_SPELLED,
]);
// The names of the mail providers, lower case ("gmail", "gmx").
const MAIL_NAMES: ReadonlySet<string> = new Set([
  ...MAIL_DOMAINS.map((domain) => domain.split(".")[0]!),
  ...MAIL_ONLY,
]);
// The first labels of the mail domains ("gmx" of "gmx.de"), the names that
// mean only mail, and those names in the markets' scripts. That no Latin
// letter, digit or address character stands before one is tested in code
// ({@linkcode execNotAfter}), so the engine skips to the names' letters.
const PROVIDER_WORD = new RegExp(
  String.raw`(?:${words([...MAIL_NAMES])})(?![\p{Script=Latin}\p{N}])`,
  "gu",
);
const NOT_BEFORE_PROVIDER = /[\p{Script=Latin}\p{N}@.\-_]/u;
// The domain's rest after a provider's name, its dots written any way.
const DOMAIN_TAIL = new RegExp(
  String.raw`(${DOT})([a-z]{2,6})(?:(${DOT})([a-z]{2,3}))?(?![${A}\p{M}])`,
  "iuy",
);
// What stands between a user name and the provider: spaces, a
// preposition or an "at" word, an opening bracket ("anna.k on Gmail",
// "lampenwelt.service bei GMX", "shop2024 (it's a Gmail address)").
// Articles between the preposition and the provider ("at the Gmail
// domain", "bei der GMX-Adresse").
const ARTICLES = "(?:the|der|die|dem|den|le|la|el|il|lo|het|o|do|da|al)";
const HANDLE_GAP = new RegExp(
  String.raw`(?:\s{1,3}(?:(?:${
    words([...AT_PREPOSITIONS, ...AT_WORDS_WEAK])
  })\s{1,3}(?:${ARTICLES}\s{1,3})?)?|\s{0,3}[(\[]\s{0,2}(?:(?:it'?s|it is|is)\s{1,2}an?\s{1,2})?)$`,
  "iu",
);
// What a provider's name says next: "Gmail: anna.k", "my Gmail is
// anna.k", "QQ邮箱：12345678".
const HANDLE_AFTER = new RegExp(
  String
    .raw`(?:[\s\-]{0,2}(?:e?-?mail|address|adress\p{L}{0,4}|adres\p{L}{0,4}|account|konto|id|アドレス|地址|账号|आईडी))?(?:\s{0,2}[:：=]\s{0,2}|\s{1,2}(?:is|ist|es|est|è|är|jest|to|é|wynosi)\s{1,2}|\s{0,2}(?:是|は|为|هو|है)\s{0,2})([${A}._%+\-]{2,64})(?![${A}@])`,
  "iuy",
);
// A mail word that introduces a name: "a correo a", "E-Mail an", "mail:".
const MAIL_LEAD = new RegExp(
  String
    .raw`(?:${MAIL_WORDS.source})\S{0,12}(?:\s{0,2}[:：]|\s{1,2}(?:is|es|est|ist|è|är|é|to|a|an|à|al|naar|till|do|para|per|için|é))\s{1,2}$`,
  "iu",
);

const FILE_NAME =
  /\.(?:pdf|jpe?g|png|gif|heic|webp|docx?|xlsx?|pptx?|odt|zip|rar|7z|txt|csv|mp[34]|mov|exe|apk)$/i;
// A user name: letters with a dot, underscore or digits inside, not a
// version number or an abbreviation ("v2.1", "e.g.", "z.B.").
function handleLike(name: string): boolean {
  const core = name.replace(/[.]+$/, "");
  // A file name ("invoice_2024.pdf in iCloud") is no user name.
  if (FILE_NAME.test(core)) return false;
  // "Office365", "Galaxy22": a product name has capitals and no dot or
  // underscore.
  const joined = /[._]\p{L}|\p{L}[._]/u.test(core);
  return (joined || (/\p{L}\d|\d\p{L}/u.test(core) && !/\p{Lu}/u.test(core))) &&
    (core.match(/\p{L}/gu)?.length ?? 0) >= 3 && !/^v?\d/i.test(core);
}

// Where a user name before a provider's name at `at` starts, or -1: a
// name that looks like one, or any name after a mail word ("un correo a
// ventasmx en Hotmail").
function handleBefore(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 24), at);
  const gap = HANDLE_GAP.exec(window);
  if (gap === null) return -1;
  const end = at - window.length + gap.index;
  let start = end;
  while (start > 0 && end - start < 64 && isLocalChar(text[start - 1]!)) {
    start--;
  }
  if (end - start < 2) return -1;
  const handle = text.slice(start, end);
  const lead = text.slice(Math.max(0, start - 40), start);
  return handleLike(handle) ||
      (/\p{L}{3}/u.test(handle) && MAIL_LEAD.test(lead))
    ? start
    : -1;
}

export function providerHints(
  text: string,
  lower: string,
  found: Found[],
): void {
  PROVIDER_WORD.lastIndex = 0;
  for (
    let hit = execNotAfter(PROVIDER_WORD, lower, NOT_BEFORE_PROVIDER);
    hit !== null;
    hit = execNotAfter(PROVIDER_WORD, lower, NOT_BEFORE_PROVIDER)
  ) {
    const name = hit[0];
    const at = hit.index;
    const after = at + name.length;
    // A user name before the provider's name, if any.
    let start = -1;
    // Its domain spelled out: "gmx punkt de", "orange (point) fr".
    DOMAIN_TAIL.lastIndex = after;
    const tail = DOMAIN_TAIL.exec(text);
    if (tail !== null) {
      const one = `${name}.${tail[2]!.toLowerCase()}`;
      const two = tail[4] === undefined
        ? undefined
        : `${one}.${tail[4].toLowerCase()}`;
      const end = two !== undefined && MAIL_DOMAIN_SET.has(two)
        ? after + tail[0].length
        : MAIL_DOMAIN_SET.has(one)
        ? after + tail[1]!.length + tail[2]!.length
        : -1;
      if (end > 0) {
        start = handleBefore(text, at);
        found.push({
          start: start < 0 ? at : start,
          end,
          messageId: "provider",
        });
        continue;
      }
    }
    if (!MAIL_ONLY.has(name)) continue;
    start = handleBefore(text, at);
    if (start >= 0) {
      found.push({ start, end: after, messageId: "provider" });
      continue;
    }
    HANDLE_AFTER.lastIndex = after;
    const next = HANDLE_AFTER.exec(text);
    if (
      next !== null &&
      (handleLike(next[1]!) ||
        (/邮箱$/.test(name) && /^\d{5,11}$/.test(next[1]!)))
    ) {
      found.push({
        start: at,
        end: after + next[0].length,
        messageId: "provider",
      });
    }
  }
}

// ---- A domain written in Devanagari or Arabic letters ("support एट
// रोशनी डॉट इन"): searched from its spelled dot, which is rare.
const SCRIPT_DOT = new RegExp(
  String.raw`\s(?:डॉट|डाट|डोट|बिंदु|دوت|نقطة)\s{1,3}(?:${
    Object.keys(SPELLED_TLDS).join("|")
  }|[a-z]{2,3})(?![\p{L}\p{M}])`,
  "giu",
);
// The user name in Latin letters, or written out in the script of the
// domain as well ("سيلز آت نخيل بيرفيومز دوت كوم"); the domain in one to
// three words of that script.
const DEVANAGARI_WORD = String.raw`[\p{Script=Devanagari}\p{M}]{2,20}`;
const ARABIC_WORD = String.raw`[\p{Script=Arabic}\p{M}]{2,20}`;
const SCRIPT_BEFORE = new RegExp(
  String
    .raw`(?<![${A}._%+\-])(${LOCAL}|(?<![\p{L}\p{M}])${DEVANAGARI_WORD}|(?<![\p{L}\p{M}])${ARABIC_WORD})\s{1,3}(?:${
    words(AT_WORDS_STRONG)
  }|${
    words(AT_WORDS_WEAK)
  })\s{1,3}(?:${DEVANAGARI_WORD}(?:\s${DEVANAGARI_WORD}){0,2}|${ARABIC_WORD}(?:\s${ARABIC_WORD}){0,2})$`,
  "iu",
);

const SCRIPT_END = /[\p{Script=Devanagari}\p{Script=Arabic}]\p{M}*$/u;

export function scriptDomainHints(text: string, found: Found[]): void {
  for (const hit of text.matchAll(SCRIPT_DOT)) {
    const window = text.slice(Math.max(0, hit.index - 120), hit.index);
    if (!SCRIPT_END.test(window)) continue;
    const before = SCRIPT_BEFORE.exec(window);
    if (before === null || !/\p{L}/u.test(before[1]!)) continue;
    found.push({
      start: hit.index - window.length + before.index,
      end: hit.index + hit[0].length,
      messageId: "obfuscated",
    });
  }
}

// ---- "@" with a line break inside the address, or without a domain.

const TLD_END = /\.([a-z]{2,12})$/i;
function lineBreakAt(text: string, i: number): number {
  // The length of a line break (with spaces around it) at `i`, or 0.
  const match = /^[ \t]{0,2}\r?\n[ \t]{0,2}/.exec(text.slice(i, i + 8));
  return match === null ? 0 : match[0].length;
}

export function atHints(text: string, found: Found[]): void {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    // Walk back over the name (spaces before the "@" allowed), across one
    // line break.
    let start = at;
    while (start > 0 && at - start < 3 && text[start - 1] === " ") start--;
    const spacedAt = start !== at;
    const nameEnd = start;
    let broken = false;
    while (start > 0 && at - start < 130) {
      const c = text[start - 1]!;
      if (isLocalChar(c)) {
        start--;
        continue;
      }
      // Across a line break only when the name after it is a stub: a
      // whole name starting a line is an address of its own, and the
      // line before it is the message ("Anna\nsupport@shop.com").
      if (!broken && c === "\n" && nameEnd - start < 3) {
        let k = start - 1;
        if (k > 0 && text[k - 1] === "\r") k--;
        while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\t")) k--;
        if (k > 0 && isLocalChar(text[k - 1]!)) {
          broken = true;
          start = k;
          continue;
        }
      }
      break;
    }
    if (start === nameEnd) continue;
    // Walk forward over the domain, its dots spaced or not, across one
    // line break.
    let end = at + 1;
    while (end < text.length && end - at < 4 && text[end] === " ") end++;
    let spaced = spacedAt || end !== at + 1;
    while (end < text.length && end - at < 260) {
      const c = text[end]!;
      if (isLabelChar(c) || c === ".") {
        end++;
        continue;
      }
      const dot = SPACED_DOT.exec(text.slice(end, end + 8));
      if (dot !== null && isLabelChar(text[end + dot[0].length] ?? "")) {
        spaced = true;
        end += dot[0].length;
        continue;
      }
      const gap = broken ? 0 : lineBreakAt(text, end);
      if (gap > 0 && end + gap < text.length && isLabelChar(text[end + gap]!)) {
        broken = true;
        end += gap;
        continue;
      }
      break;
    }
    const written = text.slice(start, end).replace(/[.]+$/, "");
    const joined = written.replace(/\s+/g, "");
    const [local, domain] = joined.split("@") as [string, string];
    if (!/\p{L}/u.test(local) || domain === undefined) continue;
    if (broken) {
      const tld = TLD_END.exec(domain)?.[1]?.toLowerCase();
      if (tld === undefined || !TLDS.has(tld)) continue;
      // A new line starting with a capital starts a sentence.
      if (/\n[ \t]*\p{Lu}/u.test(written)) continue;
    } else {
      // "name@provider" without a domain (spaced ones are left to the
      // address pattern).
      if (
        spaced || domain.includes(".") ||
        !/^\p{L}[\p{L}\d\-]{2,62}$/u.test(domain)
      ) {
        continue;
      }
      // "Delivered@Amazon" names the marketplace.
      if (!/\p{L}{2}/u.test(local) || /^amazon$/i.test(domain)) continue;
      // Two capitalized words joined by "@" name a service ("Extra@Home",
      // "Work@Home"), unless the second is a mail provider's.
      if (
        /^\p{Lu}/u.test(local) && /^\p{Lu}\p{Ll}/u.test(domain) &&
        !MAIL_NAMES.has(domain.toLowerCase())
      ) continue;
    }
    found.push({
      start,
      end: start + written.length,
      messageId: "obfuscated",
    });
  }
}

// A dot with spaces around it inside a domain ("shop . com").
const SPACED_DOT = /^[ \t]{1,3}\.[ \t]{0,3}/;

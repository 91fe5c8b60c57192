// This module is browser compatible.

/**
 * Finds hosts written with their dots spelled out or set apart: dot words
 * in the 16 languages (`shop dot com`, `tienda punto es`, `ドット`, `点`,
 * `نقطة`), bracketed dot words (`shop (dot) de`), spaced, middle or
 * ideographic dots (`shop . com`, `shop · com`, `shop。com`), a dot beside a
 * line break (`www\n.shop.cn`, `shop.\nde.`), `www` with spaces for
 * its dots (`www shop com`), and `www.` with a space after its dots
 * (`www. shop. de/ hilfe`). Cyrillic and Greek look-alikes count in Latin
 * words (`shop krоpka cоm`). Each search is one bounded regular
 * expression: linear in the text.
 *
 * @module
 */

import { lookalikeSkeleton } from "./lookalike_skeleton.ts";
import { anchoredMatches, asciiLower, isLabelChar } from "./anchored.ts";
import { SPELLED_TLDS } from "./email_words.ts";
import type { FoundLink } from "./found_link.ts";
import { TLDS } from "./tlds.ts";

// Letters and digits of a host label, and a label (as in find_links.ts).
const L = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9`;
const LABEL = String.raw`[${L}](?:[${L}\-]{0,61}[${L}])?`;

/** Words for "dot" in the 16 languages (a host's dots written out). */
const DOT_WORDS =
  "dot|punkt|point|punto|punt|ponto|kropka|nokta|prick|pisteen|piste|tecka|bodka|pont|τελεία|точка|ドット|てん|点|點|نقطة|دوت|डॉट|डाट|बिंदु";
const DOT_WORDS_CJK = "ドット|てん|点|點";
const SLASH_WORDS =
  "slash|schrägstrich|barra|ukośnik|eğik çizgi|slash|snedstreck|schuine streep|barre oblique|slesh|斜杠|斜線|スラッシュ|شرطة مائلة|شرطة|स्लैश";
// A slash written out or set apart by spaces ("shop punto es barra ayuda",
// "shop [.] com / help").
const SLASH_SEP = String
  .raw`(?:\s{1,3}(?:${SLASH_WORDS})\s{1,3}|\s{0,3}\/\s{0,3})`;
// Also dots set apart by spaces ("shop . com", "shop .com"), middle dots
// and bullets ("shop · com", "shop•com") and the ideographic full stop.
// A dot with a line break after it ("shop.\ncom") joins a host too, and
// then so does a plain dot ("www\n.shop.cn").
const SPELLED_SEP = String
  .raw`(?:\s{0,2}[\[({]\s?(?:\.|${DOT_WORDS})\s?[\])}]\s{0,2}|\s{1,3}(?:${DOT_WORDS})\s{1,3}|\s{0,3}(?:${DOT_WORDS_CJK})\s{0,3}|\s{0,2}[·•∙⋅]\s{0,2}|\s{1,2}\.\s{0,2}|\.[ \t]{0,2}\r?\n[ \t]{0,2}|\.(?=[^\s.])|。)`;
const SPELLED_ANCHOR = new RegExp(
  String
    .raw`${DOT_WORDS_CJK}|\s(?:${DOT_WORDS})\s|[\[({]\s?(?:\.|${DOT_WORDS})\s?[\])}]|[·•∙⋅。]|\s\.|\.[ \t]{0,2}\r?\n`,
  "g",
);
const CJK_DOTS = new Set(DOT_WORDS_CJK.split("|"));
function spaceOrOpen(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" ||
    char === "\u00a0" || char === "[" || char === "(";
}
// Generic top-level domains and the country codes of the markets with their
// letters set apart ("shop . c o m", "fietsdirect . n l", "jiajuhao 点 c n").
const SPACED_TLDS = [
  "c o m",
  "n e t",
  "o r g",
  ...["de", "nl", "fr", "it", "es", "pl", "se", "uk", "cn", "jp", "in"],
  ...["ae", "br", "mx", "tr", "eu"],
].map((tld) => tld.length === 2 ? `${tld[0]} ${tld[1]}` : tld).join("|");
const SPELLED_LINK = new RegExp(
  String
    .raw`(?<![${L}@_\-])(${LABEL})((?:${SPELLED_SEP}${LABEL}){0,3})${SPELLED_SEP}([a-z]{2,12}|(?:${SPACED_TLDS})(?![ \t][${L}](?![${L}]))|${
    Object.keys(SPELLED_TLDS).join("|")
  })(?![${L}\p{M}])` +
    String.raw`((?:${SLASH_SEP}[${L}\-]{1,40}){0,3})`,
  "iuy",
);
const SPELLED_SPLIT = new RegExp(SPELLED_SEP, "giu");
const SLASH_SPLIT = new RegExp(SLASH_SEP, "iu");

// Top-level domains that are also everyday words somewhere ("in", "de",
// "es", "it"...): spelled out, they count only where a host would end.
const WORDLIKE_TLDS = new Set(
  "in it is at be to no me us so do de es la se am as by ca co ma pa ne na et il nu om id ar ai er ag al ad cc tv eu ie ch pl mi si ni pe ge re ro sa sh st tr mo lu cat one now new top win fun best live life love here help how plus run buy show date free art bar pub page link zone team web"
    .split(" "),
);
// Country domains of the markets that a dot word may end a host with
// mid-sentence, for dot words that are no word in the languages where the
// domain is one ("dot de", "kropka pl", but not "punto es", "nokta de",
// "point de", "punt de": "the point is", Turkish "de", French "point de").
const MARKET_TLDS = "de uk fr es nl se pl tr br mx jp cn ae sa eg au ca sg eu";
const DOT_WORD_TLDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ["dot", MARKET_TLDS],
    ["kropka", MARKET_TLDS],
    ["ドット", MARKET_TLDS],
    ["डॉट", `${MARKET_TLDS} in`],
    ["دوت", MARKET_TLDS],
    ["نقطة", "ae sa eg"],
    ["nokta", "tr eu"],
    ["punkt", "de at ch pl eu"],
    ["punto", "it mx eu"],
    ["point", "fr"],
    ["punt", "nl be eu"],
    ["ponto", "br pt"],
    ["prick", "se eu"],
  ].map(([word, tlds]) => [word!, new Set(tlds!.split(" "))]),
);

function dotWordEndsHost(separator: string, tld: string): boolean {
  return DOT_WORD_TLDS.get(separator.trim().toLowerCase())?.has(tld) === true;
}

// The first two letters of a "www" written with spaces ("w w w . …").
const SPACED_WW = /(?:^|\s)w\s{1,2}w\s{1,2}$/i;
// A scheme or "www" written just before a spelled host: "https : // shop
// . de".
const SCHEME_BEFORE = /(?:(?:ht|hx)[tx]ps?\s?:\s?\/\s?\/|www\s?\.)\s?$/i;

const WWW_SPACED =
  /(?<![\p{L}\p{N}.])www[ \t]{1,2}([a-z0-9][a-z0-9\-]{1,62})[ \t]{1,2}([a-z]{2,6})(?![\p{L}\p{N}.])/gu;

// "www." with a space after it and its dots ("www. shop. de/ hilfe"): the
// spaced "www." makes the spaced dots a host's ("www.shop.de. Best regards"
// is a plain host, then a sentence).
const WWW_DOT_SPACED =
  /(?<![\p{L}\p{N}.])www\.[ \t]{1,2}([a-z0-9][a-z0-9\-]{0,62}(?:\.[ \t]{0,2}[a-z0-9][a-z0-9\-]{0,62}){0,3})\.[ \t]{0,2}([a-z]{2,12})(?![\p{L}\p{N}\-])((?:[ \t]{0,2}\/[ \t]{0,2}[a-z0-9\-_]{1,40}){0,3})/gu;

// Messengers' and networks' short hosts, whose first label is too short to
// tell from a word on its own.
const SHORT_HOSTS = new Set(["t.me", "wa.me", "m.me", "fb.me", "ig.me"]);

const SAFE_SPELLED_TLDS = new Set([
  "com",
  "net",
  "org",
  "info",
  "biz",
  "shop",
  "store",
  "online",
]);

/**
 * Finds the hosts written with spelled-out or spaced dots in a text, in the
 * order searched (the spaced `www` hosts first), overlaps kept: the caller
 * sorts and drops them. Each has the form `"spelled"`, no scheme, the host
 * with its dots put back and the path of any spelled slashes.
 *
 * @param text The text (folded for matching).
 * @param lower The text with ASCII capitals lower-cased, when the caller
 * has it already.
 * @returns The hosts found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findSpelledHosts } from "./spelled_hosts.ts";
 *
 * const links = findSpelledHosts(
 *   "Write to tienda punto es barra ayuda or www shop com today.",
 * );
 * assert.deepEqual(links.map((l) => [l.raw, l.host, l.path]), [
 *   ["www shop com", "www.shop.com", "/"],
 *   ["tienda punto es barra ayuda", "tienda.es", "/ayuda"],
 * ]);
 * ```
 */
export function findSpelledHosts(
  text: string,
  lower: string = asciiLower(text),
): FoundLink[] {
  const found: FoundLink[] = [];
  // "www shop com": a host with spaces for its dots after "www".
  if (lower.includes("www")) {
    for (const match of lower.matchAll(WWW_SPACED)) {
      const tld = match[2]!;
      if (!(SAFE_SPELLED_TLDS.has(tld) || DOT_WORD_TLDS.get("dot")!.has(tld))) {
        continue;
      }
      const start = match.index;
      found.push(
        spelledLink(
          text,
          start,
          start + match[0].length,
          `www.${match[1]!}.${tld}`,
          "/",
        ),
      );
    }
  }
  // "www. shop. de": a host with a space after "www." and its dots.
  if (lower.includes("www.")) {
    for (const match of lower.matchAll(WWW_DOT_SPACED)) {
      const tld = match[2]!;
      if (
        !(SAFE_SPELLED_TLDS.has(tld) || (tld.length === 2 && TLDS.has(tld)))
      ) continue;
      const labels = match[1]!.split(/\.[ \t]{0,2}/);
      found.push(
        spelledLink(
          text,
          match.index,
          match.index + match[0].length,
          ["www", ...labels, tld].join("."),
          spelledPath(match[3]!),
        ),
      );
    }
  }
  // Spelled hosts are searched with look-alike letters in Latin words read
  // as Latin ("shop krоpka cоm"); the host keeps the letters as written.
  const skeleton = lookalikeSkeleton(text);
  for (
    const match of anchoredMatches(
      skeleton,
      SPELLED_ANCHOR,
      SPELLED_LINK,
      isLabelChar,
      63,
      spaceOrOpen,
      4,
      skeleton === text ? lower : asciiLower(skeleton),
      (hit) => CJK_DOTS.has(hit[0]) || !/^\p{L}/u.test(hit[0]),
    )
  ) {
    const start = match.index;
    const first = text.slice(start, start + match[1]!.length);
    const middle = match[2]!;
    const middleStart = start + first.length;
    const tldWritten = match[3]!;
    const slashes = match[4]!;
    const tld = (SPELLED_TLDS[tldWritten] ?? tldWritten).toLowerCase()
      .replaceAll(" ", "");
    // Spelled out, only a country code or a common generic domain ends a
    // host: "the access point here" names no "here" domain.
    // A line that starts with a dot continues a host ("shop\n.store"):
    // any real domain ends it.
    const lineStartsWithDot = /\n[ \t]{0,2}\.\s*$/.test(
      skeleton.slice(
        start,
        start + match[0].length - tldWritten.length -
          match[4]!.length,
      ),
    );
    if (
      !/\p{L}/u.test(first) ||
      !(SAFE_SPELLED_TLDS.has(tld) || (tld.length === 2 && TLDS.has(tld)) ||
        (lineStartsWithDot && TLDS.has(tld)))
    ) {
      continue;
    }
    const labels = [first];
    let from = 0;
    for (const sep of middle.matchAll(SPELLED_SPLIT)) {
      if (sep.index > from) {
        labels.push(text.slice(middleStart + from, middleStart + sep.index));
      }
      from = sep.index + sep[0].length;
    }
    if (from < middle.length) {
      labels.push(text.slice(middleStart + from, middleStart + middle.length));
    }
    const after = text.slice(
      start + match[0].length,
      start + match[0].length + 4,
    );
    const endsHere = slashes !== "" || /^\s*(?:[.,;:!?)\]。、]|$)/u.test(after);
    const sepStart = start + first.length + middle.length;
    const separator = skeleton.slice(
      sepStart,
      start + match[0].length - tldWritten.length - slashes.length,
    );
    // A dot at the end of a line ends a sentence unless the domain after it
    // ends there too ("shop.\nde."; "compra.\ncom carinho" is Portuguese).
    if (
      /\.[ \t]*\r?\n/.test(separator) &&
      (tldWritten !== tldWritten.toLowerCase() || !endsHere)
    ) continue;
    // A dot word written as a name's word between a capitalized word and a
    // capital code ("Game Point BR") is part of the name; "Shop Dot Com" and
    // "SHOP DOT COM" are not.
    if (
      /^\s+\p{Lu}\p{Ll}+\s+$/u.test(separator) &&
      /^\p{Lu}/u.test(labels.at(-1) ?? "") && /^\p{Lu}+$/u.test(tldWritten)
    ) continue;
    // "w w w . shop . it": the last letter of a spaced "www" opens it.
    const spacedWww = /^w$/i.test(first)
      ? SPACED_WW.exec(text.slice(Math.max(0, start - 8), start))
      : null;
    if (
      !SAFE_SPELLED_TLDS.has(tld) && WORDLIKE_TLDS.has(tld) && !endsHere &&
      !/^www\d{0,3}$/i.test(first) && spacedWww === null &&
      !/[\[(。]/.test(separator) && separator !== "." &&
      !dotWordEndsHost(separator, tld) &&
      !SCHEME_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    ) {
      continue;
    }
    // "the point is": the words must not be the language's own; a
    // messenger's short host counts ("t . me / shop").
    if (
      labels.length === 1 && first.length < 3 &&
      !SHORT_HOSTS.has(`${first}.${tld}`.toLowerCase())
    ) continue;
    const end = start + match[0].length;
    // Labels joined by plain dots before the first spelled one
    // ("track.shop [.] com"): the host starts with them.
    let hostStart = start;
    // The spaced "www" starts the host and its range ("w w w . shop . it").
    if (spacedWww !== null) {
      hostStart = start - spacedWww[0].trimStart().length;
      labels[0] = "www";
    }
    for (
      let k = hostStart - 1;
      k > 0 && text[k] === "." && labels.length < 8;
    ) {
      let from = k;
      while (from > 0 && isLabelChar(text[from - 1]!) && k - from < 63) from--;
      if (from === k) break;
      labels.unshift(text.slice(from, k));
      hostStart = from;
      k = from - 1;
    }
    const host = [...labels, tld].join(".").toLowerCase();
    found.push(spelledLink(text, hostStart, end, host, spelledPath(slashes)));
  }
  return found;
}

// The path of the slashes written after a spelled host, spelled or set
// apart ("barra ayuda", " / hilfe"): "/" when there are none.
function spelledPath(slashes: string): string {
  return slashes === "" ? "/" : "/" +
    slashes.split(SLASH_SPLIT).filter((part) => part !== "").join("/");
}

// A host spelled with words or spaces for its dots ("www shop com",
// "tienda punto es"), found at [start, end) of the text.
function spelledLink(
  text: string,
  start: number,
  end: number,
  host: string,
  path: string,
): FoundLink {
  return {
    start,
    end,
    raw: text.slice(start, end),
    form: "spelled",
    scheme: "",
    host,
    path,
  };
}

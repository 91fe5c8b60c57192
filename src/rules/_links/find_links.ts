// This module is browser compatible.

/**
 * Finds links in a (folded) text: scheme links (also defanged, `hxxps://`),
 * `www.` and bare host names with a real top-level domain (also defanged:
 * `shop[.]com`, `shop(.)de`), hosts with the dots written out in words
 * (`shop dot com`, `tienda punto es`, `ドット`, `点`, `نقطة`) or split by a
 * line break beside a dot (`www\n.shop.cn`, `shop.\nde.`), IP addresses
 * with a path or port, and `data:` URLs. Cyrillic and Greek look-alikes
 * count in a scheme (`httрs://`), in the domain of a Latin host
 * (`shop.соm`) and in spelled-out dots (`krоpka`). Each search is one
 * bounded regular expression: linear in the text. The spelled-out and
 * spaced hosts are searched by `spelled_hosts.ts`; this module runs every
 * search and keeps the links in text order without overlaps.
 *
 * @module
 */

import { hostSkeleton } from "./amazon_lookalike.ts";
import { anchoredMatches, asciiLower, isLabelChar } from "./anchored.ts";
import type { FoundLink } from "./found_link.ts";
import { findSpelledHosts } from "./spelled_hosts.ts";
import { FILE_LIKE_TLDS, TLDS } from "./tlds.ts";

export type { FoundLink, LinkForm } from "./found_link.ts";

const L = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9`;
const LABEL = String.raw`[${L}](?:[${L}\-]{0,61}[${L}])?`;
const DEFANG_DOT = String
  .raw`\[\s?(?:\.|dot)\s?\]|\(\s?(?:\.|dot)\s?\)|\{\s?(?:\.|dot)\s?\}`;
// Characters a link's path may hold: not spaces, quotes, brackets, nor the
// punctuation and letters of scripts written without spaces.
const PATH_CHAR = String
  .raw`[^\s<>"'\x60()\[\]{}\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]`;
const PATH = String.raw`(?:${PATH_CHAR}|${DEFANG_DOT}){0,2000}`;
// Cyrillic and Greek look-alikes of the scheme's letters ("һ", "τ", "р",
// "ρ", "ѕ") are a disguise too.
const SCHEME = String
  .raw`(?:https?|[hһ][tτ][tτ][pрρ][sѕ]?|ftps?|hxxps?|hxps?|h\*\*ps?|h\[xx\]ps?|ttps?)(?:\[:\]|\s?:)\s?\/\s?\/`;
const SCHEME_LOOKALIKES: Readonly<Record<string, string>> = {
  "һ": "h",
  "τ": "t",
  "р": "p",
  "ρ": "p",
  "ѕ": "s",
};

// A scheme link (possibly defanged).
const SCHEME_LINK = new RegExp(
  String
    .raw`(?<![a-z0-9])${SCHEME}(?:\[[0-9a-f:.]{2,45}\]|${PATH_CHAR}|${DEFANG_DOT}){1,2000}`,
  "iuy",
);
// Anchors are searched in the text with ASCII capitals lower-cased, by
// case-sensitive expressions (much faster than `i` ones on long texts).
const SCHEME_ANCHOR =
  /(?:[hһ][tτx*\[]|tt|ft)[a-z*\[\]рѕρτ]{0,5}(?:\[:\]|\s?:)/g;
// A host written with dots (or defanged dots), with an optional www.
// Searched from its first dot (see anchoredMatches).
const HOST_ANCHOR = new RegExp(
  String.raw`(?:\.|${DEFANG_DOT})(?=[^\s.,;:!?'"()\[\]{}<>])`,
  "g",
);
const HOST_LINK = new RegExp(
  String
    .raw`(?<![${L}@._%+\-/\\]|(?<=[${L}]):)(?:${LABEL}(?:\.|${DEFANG_DOT})){1,6}[a-z\p{Script=Cyrillic}\p{Script=Greek}]{2,24}` +
    String.raw`(?![${L}\-]|\.[${L}])(?::\d{2,5})?(?:[/?#]${PATH})?`,
  "iuy",
);
const labelChar = isLabelChar;
const IP_LINK =
  /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)(?::\d{2,5})?(?:[/?#][^\s<>"'`()\[\]{}]{0,2000})?/gu;
// An IPv6 address on its own: two groups or more with a "::" (checked
// after the match), or eight groups. Searched only where a "::" or a run
// of eight groups is.
const IPV6_LINK =
  /(?<![\w:])(?:[0-9a-f]{1,4}:|:){2,7}(?::|[0-9a-f]{1,4})(?![\w:])/gi;
const IPV6_HINT = /:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:/;
// Words before a dotted number that make it a version, not an address.
const VERSION_BEFORE =
  /(?:version|versión|versione|versão|versie|wersja|sürüm|ver|v|fw|firmware|build|release|rev|バージョン|版本|إصدار|संस्करण)[\s:.]{0,3}$/iu;
// Whether dotted numbers on their own at `start` read as an IP address:
// not a version ("firmware 10.2.0.1"), sizes or a date ("36.38.40.42"),
// but a first part of two digits or more and a part that is 0 or above 99.
function bareAddress(raw: string, text: string, start: number): boolean {
  const parts = raw.split(".").map((part) => parseInt(part, 10));
  return parts[0]! >= 10 && parts.some((part) => part === 0 || part > 99) &&
    !VERSION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const DATA_LINK =
  /(?<![a-z0-9])(?:data:[a-z]{1,20}\/[a-z0-9.+\-]{1,60}(?:;[a-z0-9=\-]{1,40}){0,4},|javascript:|vbscript:)[^\s]{0,2000}/iuy;
const DATA_ANCHOR = /data:|javascript:|vbscript:/g;

function strip(raw: string): string {
  return raw.replace(
    /\[\s?(?:\.|dot)\s?\]|\(\s?(?:\.|dot)\s?\)|\{\s?(?:\.|dot)\s?\}/gi,
    ".",
  );
}

const TRAILING = ".,;:!?。、'\"";

function trimTrailing(text: string, start: number, end: number): number {
  while (end > start && TRAILING.includes(text[end - 1]!)) end--;
  return end;
}

function splitUrl(url: string): { host: string; path: string } {
  const match = /^([^/?#]*)(.*)$/su.exec(url)!;
  let host = match[1]!.toLowerCase();
  const at = host.lastIndexOf("@");
  if (at >= 0) host = host.slice(at + 1);
  host = host.replace(/:\d+$/, "").replace(/\.$/, "");
  let path = match[2]!;
  if (path === "") path = "/";
  try {
    const parsed = new URL(`https://${host}`);
    if (/^[a-z0-9.\-]+$/.test(parsed.hostname)) host = parsed.hostname;
  } catch {
    // Keep the host as written.
  }
  return { host, path };
}

// Words whose abbreviation takes "no" for "number": "Ref.no", "Tel.no".
const NUMBER_LABELS =
  /^(?:ref|art|tel|fax|item|part|inv|invoice|order|acc|account|reg|doc|case|serial|model|prod|cust|ticket|policy|vat|tax|id|po|lot|batch|rma|track|tracking|cert|lic|licence|license|sku)$/i;

// Abbreviations written like a bare host, as lower-case hosts.
const ABBREVIATIONS: ReadonlySet<string> = new Set(["m.in", "m.st"]);

function tldOk(host: string, raw: string, hasPathOrWww: boolean): boolean {
  const labels = host.split(".");
  const tld = labels[labels.length - 1]!.toLowerCase();
  const written = strip(raw).toLowerCase().split(".");
  const writtenLast = written[written.length - 1]!;
  if (/[^a-z0-9\-]/.test(writtenLast)) {
    // Look-alike letters in the domain of a Latin host ("shop.соm"); a
    // host in another script keeps its own domain.
    if (!/[a-z]/.test(written.slice(0, -1).join("."))) return false;
    const skeleton = hostSkeleton(writtenLast);
    return /^[a-z]+$/.test(skeleton) && TLDS.has(skeleton);
  }
  if (!TLDS.has(tld)) return false;
  if (!hasPathOrWww && FILE_LIKE_TLDS.has(tld)) return false;
  // "Org.nr: 556812-4472", "Ref.no 4471": a number's abbreviation, not a
  // host in Nauru or Norway, unless it has www, a scheme or a path.
  if (!hasPathOrWww && labels.length === 2) {
    if (tld === "nr") return false;
    if (tld === "no" && NUMBER_LABELS.test(labels[0]!)) return false;
    // Abbreviations whose last letters are a country's domain: pl "m.in."
    // ("między innymi"), "m.st." ("miasto stołeczne").
    if (ABBREVIATIONS.has(host)) return false;
  }
  // "delivered.Today": a sentence without its space, unless all capitals.
  const writtenTld = raw.slice(raw.length - tld.length);
  if (
    writtenTld !== writtenTld.toLowerCase() && raw !== raw.toUpperCase()
  ) {
    return false;
  }
  return true;
}

/**
 * Finds the links in a text, in text order, without overlaps.
 *
 * @param text The text (folded for matching).
 * @returns The links found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findLinks } from "./find_links.ts";
 *
 * const links = findLinks("See shop[.]com or tienda punto es, not invoice.pdf or z.B. this.");
 * assert.deepEqual(links.map((l) => [l.raw, l.form, l.host]), [
 *   ["shop[.]com", "defanged", "shop.com"],
 *   ["tienda punto es", "spelled", "tienda.es"],
 * ]);
 * ```
 */
export function findLinks(text: string): FoundLink[] {
  return find(text, true);
}

function find(text: string, spaced: boolean): FoundLink[] {
  const found: FoundLink[] = [];
  const lower = asciiLower(text);
  for (
    const match of anchoredMatches(
      text,
      SCHEME_ANCHOR,
      SCHEME_LINK,
      () => false,
      0,
      undefined,
      0,
      lower,
    )
  ) {
    const start = match.index;
    const end = trimTrailing(text, start, start + match[0].length);
    const raw = text.slice(start, end);
    const schemeMatch = /^([a-z*\[\]һτрρѕ]+)(?:\[:\]|\s?:)\s?\/\s?\//i
      .exec(raw)!;
    const writtenRaw = schemeMatch[1]!.toLowerCase();
    const written = writtenRaw.replace(
      /[һτрρѕ]/g,
      (c) => SCHEME_LOOKALIKES[c]!,
    );
    const scheme = /^(?:https?|ftps?)$/.test(written)
      ? written
      : written.endsWith("s")
      ? "https"
      : "http";
    const rest = raw.slice(schemeMatch[0].length);
    const { host, path } = splitUrl(strip(rest));
    if (host === "") continue;
    const defanged = scheme !== written || writtenRaw !== written ||
      strip(rest) !== rest || schemeMatch[0].length !== written.length + 3;
    const ip = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
    found.push({
      start,
      end,
      raw,
      form: defanged ? "defanged" : ip ? "ip" : "scheme",
      scheme,
      host,
      path,
    });
  }
  for (
    const match of anchoredMatches(
      text,
      DATA_ANCHOR,
      DATA_LINK,
      () => false,
      0,
      undefined,
      0,
      lower,
    )
  ) {
    const start = match.index;
    const end = trimTrailing(text, start, start + match[0].length);
    found.push({
      start,
      end,
      raw: text.slice(start, end),
      form: "data",
      scheme: match[0].slice(0, match[0].indexOf(":")).toLowerCase(),
      host: "",
      path: "/",
    });
  }
  for (
    const match of anchoredMatches(
      text,
      HOST_ANCHOR,
      HOST_LINK,
      labelChar,
      63,
      undefined,
      0,
      lower,
    )
  ) {
    const start = match.index;
    const end = trimTrailing(text, start, start + match[0].length);
    const raw = text.slice(start, end);
    const plain = strip(raw);
    const { host, path } = splitUrl(plain);
    const www = /^www\d{0,3}\./i.test(host);
    const hostWritten = /^[^/?#:]*/.exec(raw)![0];
    if (!tldOk(host, hostWritten, www || path !== "/")) continue;
    found.push({
      start,
      end,
      raw,
      form: plain !== raw ? "defanged" : www ? "www" : "bare",
      scheme: "",
      host,
      path,
    });
  }
  for (const match of text.matchAll(IP_LINK)) {
    const start = match.index;
    const end = trimTrailing(text, start, start + match[0].length);
    const raw = text.slice(start, end);
    const { host, path } = splitUrl(raw);
    // A bare address counts when it reads as one: not a version number
    // ("firmware 1.2.3.4"), and its first part has two digits or more.
    if (path === "/" && !/:\d/.test(raw) && !bareAddress(raw, text, start)) {
      continue;
    }
    found.push({ start, end, raw, form: "ip", scheme: "", host, path });
  }
  const ipv6 = text.includes("::") || IPV6_HINT.test(text)
    ? text.matchAll(IPV6_LINK)
    : [];
  for (const match of ipv6) {
    const start = match.index;
    const end = trimTrailing(text, start, start + match[0].length);
    const raw = text.slice(start, end);
    if (!raw.includes("::") && raw.split(":").length < 8) continue;
    found.push({
      start,
      end,
      raw,
      form: "ip",
      scheme: "",
      host: raw,
      path: "/",
    });
  }
  if (spaced) findSpacedLinks(text, found);
  found.push(...findSpelledHosts(text, lower));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundLink[] = [];
  for (const link of found) {
    const last = result.at(-1);
    if (last !== undefined && link.start < last.end) continue;
    result.push(link);
  }
  return result;
}

// A link with its characters set apart by single spaces ("s h o p . c o
// m", "h t t p s : / / …"): the run read without its spaces, searched like
// any text, each link found reported on the spaced characters. Each match
// consumes its run, and a shorter run fails within six characters: linear.
const SPACED_RUN = /(?<!\S)\S(?: \S){5,}(?![^\s.,;:!?)\]])/g;

function findSpacedLinks(text: string, found: FoundLink[]): void {
  for (const run of text.matchAll(SPACED_RUN)) {
    const joined = run[0].replace(/ /g, "");
    if (!/[.:]/.test(joined)) continue;
    const at = run.index;
    for (const link of find(joined, false)) {
      const start = at + 2 * link.start;
      const end = at + 2 * (link.end - 1) + 1;
      found.push({
        ...link,
        start,
        end,
        raw: text.slice(start, end),
        form: link.form === "data" ? "data" : "defanged",
      });
    }
  }
}

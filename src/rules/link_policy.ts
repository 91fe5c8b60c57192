// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { isAmazonLookalike } from "./_links/amazon_lookalike.ts";
import { findLinks, type FoundLink } from "./_links/find_links.ts";
import { foldForMatching } from "./_links/fold.ts";
import { AMAZON_MARKETPLACES, SHORTENERS, within } from "./_links/hosts.ts";
import { isMakerPage } from "./_links/maker_pages.ts";
import { decodeHost } from "./_links/punycode.ts";
import {
  amazonPage,
  isActivationPage,
  isAmazonHost,
  isCarrierHost,
  isCarrierLikePage,
  isDownloadPage,
  isKeyRedemptionHost,
  isMarketplaceName,
  isRegistrationPage,
  isWrittenActivationPage,
} from "./_links/purposes.ts";

/** Options of the `link-policy` rule. */
export interface LinkPolicyOptions {
  /**
   * Extra domains links may point to (their subdomains included), for links
   * needed to complete the order, such as a carrier's booking page: a list
   * for every message type, or lists by message type id
   * (`{ confirmDeliveryDetails: ["carrier.example"] }`).
   *
   * @default {[]}
   */
  readonly allowedDomains:
    | readonly string[]
    | Readonly<Record<string, readonly string[]>>;
  /**
   * Whether links to Amazon's own marketplaces are allowed.
   *
   * @default {true}
   */
  readonly allowAmazon: boolean;
}

/** Amazon's marketplace domains: links to these are Amazon's own pages. */
export const AMAZON_DOMAINS: readonly string[] = AMAZON_MARKETPLACES;

const VAGUE =
  /(?:click here|click this link|this link|link below|hier klicken|klicken sie hier|cliquez ici|haga clic aquí|haz clic aquí|clicca qui|klik hier|klicka här|kliknij tutaj|buraya tıklayın|ここをクリック|clique aqui|انقر هنا|यहां क्लिक करें|यहाँ क्लिक करें|点击这里)\s*[:：]?\s*$/iu;

// Message types whose purpose a link of each kind can serve. A type not
// listed here (or an unknown type) allows every kind.
const CARRIER_TYPES = new Set([
  "confirmDeliveryDetails",
  "unexpectedProblem",
  "confirmOrderDetails",
]);
const KEY_TYPES = new Set(["digitalAccessKey", "unexpectedProblem"]);
const REGISTRATION_TYPES = new Set([
  "confirmOrderDetails",
  "confirmServiceDetails",
  "unexpectedProblem",
  "warranty",
  "digitalAccessKey",
]);
const KNOWN_TYPES = new Set([
  "confirmCustomizationDetails",
  "confirmDeliveryDetails",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "unexpectedProblem",
  "digitalAccessKey",
  "warranty",
  "legalDisclosure",
  "negativeFeedbackRemoval",
  "amazonMotors",
  "invoice",
]);

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i;

function domainsFor(
  option: LinkPolicyOptions["allowedDomains"],
  type: string,
): readonly string[] {
  if (Array.isArray(option)) return option as readonly string[];
  const byType = option as Readonly<Record<string, readonly string[]>>;
  return [...(byType["*"] ?? []), ...(byType[type] ?? [])];
}

/**
 * Allows only links that serve the message's purpose. A link is judged by
 * its host, its path and the message type:
 *
 * - Amazon pages that complete an order (order details, messages, returns,
 *   help, your account) are allowed; Amazon storefronts, brand stores,
 *   seller pages (`?me=`), searches, deals and coupons are marketing
 *   (`marketing`); a product page gets a warning (`productPage`: it must be
 *   the ordered product), and links to several products are marketing;
 *   a redirect through Amazon to an outside site is an external link
 *   (`redirect`).
 * - Carriers' tracking and booking pages (national posts, parcel, freight
 *   and two-person carriers of the markets; an unlisted host whose name
 *   says parcel, freight, transport or logistics, or a carrier's brand
 *   with "my" before it or a word after a hyphen, on a tracking or booking
 *   page) are allowed in delivery messages
 *   (`confirmDeliveryDetails`, `unexpectedProblem`, `confirmOrderDetails`);
 *   key-redemption sites (Steam, Microsoft, PlayStation, Nintendo...) in
 *   `digitalAccessKey` and `unexpectedProblem`; in `digitalAccessKey`, also
 *   an `https` page on another host whose name or path says activation or
 *   redemption (the product's vendor, which the lint cannot verify: so never
 *   a download of an installer or archive, never a defanged link), and such
 *   a page written without a scheme when its host's first label is a word
 *   of redeeming or a segment of its path starts with one
 *   (`activate.vendor.io`, `vendor.com.tr/etkinlestir`: a warning to write
 *   it with `https://`);
 *   a manufacturer's registration or
 *   warranty page (its path says so, or the words before it do; never a
 *   sign-up for a newsletter, rewards, coupons or a discount) in
 *   `confirmOrderDetails`, `confirmServiceDetails`, `unexpectedProblem` and
 *   `warranty`. Elsewhere they are `notForType`.
 * - A marketplace named in running text (`Amazon.de`, `amazon.co.uk`) is
 *   not a link.
 * - Every other link is external: bare domains with any real top-level
 *   domain, defanged or spelled-out addresses (`shop[.]com`, `hxxps://`,
 *   `shop dot com`, `www shop com`: `disguised`), IP addresses, `data:`
 *   URLs, and hosts that imitate Amazon's (`amaz0n.de`, `amazon.de.example.com`, Punycode
 *   homoglyphs: `lookalike`). Link shorteners hide where a link goes.
 * - Plain `http` and scheme-less links to allowed pages, and link text that
 *   says nothing ("click here"), are warnings.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Track it at https://bit.ly/x1 or www.myshop.com" });
 * assert.deepEqual(
 *   report.diagnostics.filter((d) => d.ruleId === "link-policy").map((d) => d.messageId),
 *   ["shortener", "external"],
 * );
 * ```
 *
 * @example Correct: a carrier's page in a delivery message, Amazon's order page
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "confirmDeliveryDetails",
 *   text: "Book a slot: https://www.dhl.de/booking or see https://www.amazon.de/gp/css/order-history on Amazon.de",
 * });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "link-policy"), false);
 * ```
 */
export const linkPolicy: Rule<LinkPolicyOptions> = defineRule<
  LinkPolicyOptions
>({
  id: "link-policy",
  meta: {
    type: "problem",
    description: "Allow only links that serve the message's purpose",
    defaultSeverity: "error",
    defaultOptions: { allowedDomains: [], allowAmazon: true },
    messages: {
      external:
        'Remove the link "{{url}}": only links to Amazon or needed to complete the order are allowed (add its domain to allowedDomains if it is)',
      insecure: 'Use https for "{{url}}": plain http links are not allowed',
      bare: 'Write the link "{{url}}" in full with https://, or remove it',
      shortener:
        'Replace the shortened link "{{url}}" with the full address: shorteners hide where a link goes',
      vagueText:
        'Describe where the link "{{url}}" leads instead of "{{label}}"',
      marketing:
        'Remove the link "{{url}}": it leads to a storefront or promotion on Amazon, which is marketing',
      productPage:
        'Link "{{url}}" only if it is the product of this order: links to other products are advertising',
      redirect:
        'Remove the link "{{url}}": it goes through Amazon to an outside site ("{{target}}")',
      lookalike:
        'Remove the link "{{url}}": "{{host}}" imitates an Amazon domain',
      disguised:
        'Remove "{{url}}": it spells out the web address "{{host}}", an external link however it is written',
      notForType:
        'Remove the link "{{url}}": a {{purpose}} link is not needed in a "{{type}}" message',
      dataUrl:
        'Remove "{{url}}": data and script URLs are not allowed in messages',
    },
    validateOptions(options) {
      const problems: string[] = [];
      const domains = options.allowedDomains;
      const validList = (list: unknown) =>
        Array.isArray(list) &&
        list.every((d) => typeof d === "string" && DOMAIN.test(d));
      const valid = Array.isArray(domains)
        ? validList(domains)
        : domains !== null && typeof domains === "object" &&
          Object.entries(domains).every(([type, list]) =>
            (type === "*" || KNOWN_TYPES.has(type)) && validList(list)
          );
      if (!valid) {
        problems.push(
          'option "allowedDomains" must be a list of domain names such as "dhl.de", or lists by message type id such as { confirmDeliveryDetails: ["dhl.de"] }',
        );
      }
      if (typeof options.allowAmazon !== "boolean") {
        problems.push('option "allowAmazon" must be a boolean');
      }
      return problems;
    },
  },
  check(context) {
    const view = foldForMatching(context.text);
    const folded = view.text;
    const { allowAmazon } = context.options;
    const type = context.message.type;
    const knownType = KNOWN_TYPES.has(type);
    const allowedDomains = domainsFor(context.options.allowedDomains, type);
    const links = findLinks(folded);
    // Several different product pages in one message advertise.
    const asins = new Set<string>();
    for (const link of links) {
      if (link.host !== "" && isAmazonHost(link.host)) {
        const asin = amazonPage(link.path).asin;
        if (asin !== undefined) asins.add(asin);
      }
    }
    for (const link of links) {
      const range = view.toOriginal(link.start, link.end);
      const url = context.text.slice(range.start, range.end);
      const report = (
        messageId: string,
        data: Record<string, string> = {},
        severity?: "warning",
      ) =>
        context.report({
          messageId,
          data: { url, ...data },
          start: range.start,
          end: range.end,
          ...(severity === undefined ? {} : { severity }),
        });
      if (link.form === "data") {
        report("dataUrl");
        continue;
      }
      const host = decodeHost(link.host);
      const scheme = link.form === "spelled" ? "" : link.scheme;
      if (SHORTENERS.has(host.replace(/^www\./, ""))) {
        report("shortener");
        continue;
      }
      if (isAmazonLookalike(host)) {
        report("lookalike", { host });
        continue;
      }
      const amazon = isAmazonHost(host);
      const noPath = link.path === "/" || link.path === "";
      if (amazon) {
        // "Amazon.de", "amazon dot de": the marketplace's name, not a link.
        if (
          noPath && scheme === "" && link.form !== "www" &&
          isMarketplaceName(host)
        ) {
          continue;
        }
        if (!allowAmazon) {
          report("external");
          continue;
        }
        const page = amazonPage(link.path);
        if (page.page === "redirect") {
          report("redirect", { target: page.target ?? "?" });
          continue;
        }
        if (page.page === "marketing") {
          report("marketing");
          continue;
        }
        if (page.page === "product") {
          if (asins.size > 1) report("marketing");
          else report("productPage", {}, "warning");
          continue;
        }
        if (link.form === "defanged" || link.form === "spelled") {
          report("disguised", { host });
          continue;
        }
        finish(link, url, range.start);
        continue;
      }
      const purpose = allowedDomains.some((d) => within(host, d))
        ? "allowed"
        : purposeOf(link, host, folded, type);
      if (link.form === "defanged" || link.form === "spelled") {
        if (purpose === "allowed") continue;
        // A carrier's or maker's page the type needs, typed with spaces
        // ("www. dhl. de"): nothing is hidden; it should be written whole.
        if (purpose !== undefined && knownType && typeAllows(purpose, type)) {
          finish(link, url, range.start);
          continue;
        }
        report("disguised", { host });
        continue;
      }
      if (link.form === "ip" || purpose === undefined) {
        report("external");
        continue;
      }
      if (purpose !== "allowed" && knownType && !typeAllows(purpose, type)) {
        report("notForType", { purpose: PURPOSE_NAMES[purpose], type });
        continue;
      }
      finish(link, url, range.start);
    }

    function finish(link: FoundLink, url: string, start: number) {
      const end = start + url.length;
      if (link.scheme === "") {
        context.report({
          messageId: "bare",
          data: { url },
          start,
          end,
          severity: "warning",
        });
        return;
      }
      if (link.scheme !== "https") {
        context.report({
          messageId: "insecure",
          data: { url },
          start,
          end,
          severity: "warning",
        });
        return;
      }
      const label = VAGUE.exec(
        context.text.slice(Math.max(0, start - 40), start),
      );
      if (label !== null) {
        context.report({
          messageId: "vagueText",
          data: { url, label: label[0].replace(/[\s:：]+$/u, "") },
          start,
          end,
          severity: "warning",
        });
      }
    }
  },
});

const HANDS_ON =
  /[?&](?:[a-z_.]{0,20}(?:url|uri|q|u|to|target|dest|destination|redirect|goto|link|next|continue|return_?to))=(?:https?(?::|%3a)|%2f%2f|\/\/|www\.)/i;

type Purpose =
  | "allowed"
  | "carrier"
  | "key"
  | "activation"
  | "registration"
  | "maker";

const PURPOSE_NAMES: Readonly<Record<Exclude<Purpose, "allowed">, string>> = {
  carrier: "carrier tracking",
  key: "key redemption",
  activation: "product activation",
  registration: "product registration",
  maker: "the manufacturer's product page",
};

function typeAllows(purpose: Exclude<Purpose, "allowed">, type: string) {
  switch (purpose) {
    case "carrier":
      return CARRIER_TYPES.has(type);
    case "key":
      return KEY_TYPES.has(type);
    case "activation":
      return type === "digitalAccessKey";
    case "registration":
    case "maker":
      return REGISTRATION_TYPES.has(type);
  }
}

// What an outside link is for, or `undefined` when it serves no purpose
// the policy knows.
function purposeOf(
  link: FoundLink,
  host: string,
  text: string,
  type: string,
): Purpose | undefined {
  // A link that hands on to another site ("?url=https://…") serves that
  // site, whatever host it starts on.
  if (HANDS_ON.test(link.path)) return undefined;
  if (isCarrierHost(host)) return "carrier";
  if (isKeyRedemptionHost(host)) return "key";
  if (link.form === "spelled" || link.form === "defanged") return undefined;
  if (link.form === "ip") return undefined;
  // Without a scheme, only a path that itself names a warranty or product
  // registration ("brand.com/registrazione-garanzia") says what it is for.
  if (link.scheme === "" && isRegistrationPage(link.path, "")) {
    return "registration";
  }
  // In a key message, a page written without a scheme that names
  // activation in its host or path ("activate.vendor.io",
  // "vendor.com.tr/etkinlestir") is where the buyer types the key.
  if (
    link.scheme === "" && type === "digitalAccessKey" &&
    isWrittenActivationPage(host, link.path)
  ) return "activation";
  // In a key message, the vendor's download page ("vendor.com/download")
  // is where the buyer gets what the key unlocks.
  if (type === "digitalAccessKey" && isDownloadPage(host, link.path)) {
    return "activation";
  }
  if (link.scheme !== "https") return undefined;
  if (isCarrierLikePage(host, link.path)) return "carrier";
  // In a key message "register" is everywhere: there only the link itself
  // counts.
  const before = type === "digitalAccessKey"
    ? ""
    : text.slice(Math.max(0, link.start - 200), link.start);
  const rest = sentenceAfter(text, link.end);
  const after = type === "digitalAccessKey" ? "" : rest;
  if (isRegistrationPage(link.path, before, after)) return "registration";
  if (isActivationPage(host, link.path)) return "activation";
  // The manufacturer's manual, guide or support page, named as the
  // maker's: needed to use what was bought.
  if (isMakerPage(host, text, link.start, link.end, rest)) return "maker";
  return undefined;
}

// The rest of the sentence after offset `at`, at most 120 characters.
function sentenceAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 120);
  const stop = rest.search(/[.!?。！？\n](?:\s|$)|[。！？\n]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

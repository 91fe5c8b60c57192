// This module is browser compatible.

/**
 * What a link is for, judged by its host, its path and the words around it:
 * an Amazon page that completes an order, an Amazon storefront or promotion,
 * a redirect through Amazon, a carrier's tracking page, a key-redemption
 * page, a vendor's activation page or a manufacturer's registration page.
 *
 * @module
 */

import {
  AMAZON_MARKETPLACES,
  AMAZON_OWNED,
  AMAZON_REGIONAL,
  brandOf,
  CARRIER_BRANDS,
  CARRIER_DOMAINS,
  KEY_REDEMPTION_BRANDS,
  KEY_REDEMPTION_DOMAINS,
  within,
  withinAny,
} from "./hosts.ts";

/** What an Amazon page is for. */
export type AmazonPage = "order" | "marketing" | "product" | "redirect";

const CARRIERS: ReadonlySet<string> = new Set(CARRIER_DOMAINS);
const KEYS: ReadonlySet<string> = new Set(KEY_REDEMPTION_DOMAINS);
const CARRIER_NAMES: ReadonlySet<string> = new Set(CARRIER_BRANDS);
const KEY_NAMES: ReadonlySet<string> = new Set(KEY_REDEMPTION_BRANDS);
const MARKETPLACES: ReadonlySet<string> = new Set(AMAZON_MARKETPLACES);
const OWNED: ReadonlySet<string> = new Set(AMAZON_OWNED);
const REGIONAL: ReadonlySet<string> = new Set(AMAZON_REGIONAL);

/**
 * Whether a host is one of Amazon's marketplaces or Amazon's own sites.
 *
 * @param host A host name, lower case.
 * @returns Whether it is Amazon's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isAmazonHost } from "./purposes.ts";
 *
 * assert.equal(isAmazonHost("www.amazon.co.jp"), true);
 * assert.equal(isAmazonHost("amazon.co.jp.example.com"), false);
 * ```
 */
export function isAmazonHost(host: string): boolean {
  return withinAny(host, MARKETPLACES) || withinAny(host, OWNED);
}

/**
 * Whether a host is a marketplace's name itself (`amazon.de`,
 * `www.amazon.de`), as sellers write it in running text.
 *
 * @param host A host name, lower case.
 * @returns Whether it names a marketplace.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMarketplaceName } from "./purposes.ts";
 *
 * assert.equal(isMarketplaceName("amazon.com.mx"), true);
 * assert.equal(isMarketplaceName("smile.amazon.com"), false);
 * ```
 */
export function isMarketplaceName(host: string): boolean {
  const name = host.replace(/^www\./, "");
  return MARKETPLACES.has(name) || REGIONAL.has(name);
}

const REDIRECT_PATH = /\/(?:gp\/)?redirect(?:\.html)?(?:[/?]|$)/i;
const REDIRECT_PARAM =
  /[?&](?:location|url|u|redirect|redirect_?url|redirect_?uri|target|dest|destination|goto|link|next|continue|return_?to|returnurl|openid\.return_to)=([^&#]*)/gi;
const MARKETING_PATH =
  /^\/(?:[^/?#]+\/)?(?:stores|shops|shop|b|s|deals|coupons|promotions|events|brand|gp\/goldbox|gp\/coupons?|gp\/browse\.html|gp\/bestsellers|gp\/new-releases|gp\/promotions?|gp\/stores|gp\/prime|hz\/wishlist|wishlist|gp\/aag|gp\/vote|live|stores\/page)(?:[/?#]|$)/i;
const SELLER_PARAM = /[?&](?:me|seller|marketplaceid=[^&]*&me)=/i;
const PRODUCT_PATH =
  /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|o\/asin)\/([a-z0-9]{10})(?:[/?#]|$)/i;

/**
 * The host a redirect parameter points to outside Amazon, if any.
 *
 * @param path The path and query of an Amazon link.
 * @returns The outside target, or `undefined`.
 */
function redirectTarget(path: string): string | undefined {
  for (const match of path.matchAll(REDIRECT_PARAM)) {
    let value = match[1]!;
    try {
      value = decodeURIComponent(value);
    } catch {
      // Keep it encoded.
    }
    const host = /^(?:[a-z][a-z0-9+.\-]*:)?\/\/([^/?#:]+)/i.exec(value)?.[1] ??
      /^(?:www\.)?([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?:[/?#]|$)/i.exec(value)
        ?.[0];
    if (host === undefined) continue;
    const lower = host.toLowerCase().replace(/[/?#]$/, "");
    if (!isAmazonHost(lower)) return lower;
  }
  return undefined;
}

/**
 * Judges an Amazon link by its path: a page that completes an order (order
 * details, messages, returns, help, your account), a storefront or
 * promotion, a product page, or a redirect to an outside site.
 *
 * @param path The path and query.
 * @returns What the page is, and the outside host for a redirect.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { amazonPage } from "./purposes.ts";
 *
 * assert.equal(amazonPage("/gp/css/order-history").page, "order");
 * assert.equal(amazonPage("/s?me=A1B2C3").page, "marketing");
 * assert.equal(amazonPage("/gp/redirect.html?location=https://x.example").page, "redirect");
 * ```
 */
export function amazonPage(
  path: string,
): { page: AmazonPage; target?: string; asin?: string } {
  const target = redirectTarget(path);
  if (target !== undefined) return { page: "redirect", target };
  if (REDIRECT_PATH.test(path)) return { page: "redirect", target: "?" };
  if (MARKETING_PATH.test(path) || SELLER_PARAM.test(path)) {
    return { page: "marketing" };
  }
  const product = PRODUCT_PATH.exec(path);
  if (product !== null) {
    return { page: "product", asin: product[1]!.toUpperCase() };
  }
  return { page: "order" };
}

/**
 * Whether a host is a carrier's: a listed domain, or a carrier's brand
 * under a market's public suffix (`dhl.com.tr`, `inpost.es`).
 *
 * @param host A host name, lower case.
 * @returns Whether a carrier runs it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isCarrierHost } from "./purposes.ts";
 *
 * assert.equal(isCarrierHost("www.myhermes.de"), true);
 * ```
 */
export function isCarrierHost(host: string): boolean {
  return withinAny(host, CARRIERS) || CARRIER_NAMES.has(brandOf(host));
}

/**
 * Whether a host is a key-redemption site (game stores, software vendors):
 * a listed domain, or such a brand under a market's public suffix
 * (`kaspersky.co.uk`, `nintendo.com.br`).
 *
 * @param host A host name, lower case.
 * @returns Whether digital keys are redeemed there.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isKeyRedemptionHost } from "./purposes.ts";
 *
 * assert.equal(isKeyRedemptionHost("store.steampowered.com"), true);
 * ```
 */
export function isKeyRedemptionHost(host: string): boolean {
  return withinAny(host, KEYS) || KEY_NAMES.has(brandOf(host));
}

const ACTIVATION =
  /activ|aktiv|redeem|registerkey|register|registr|einl[oö]s|einloes|canje|resgat|riscatt|inwissel|aktyw|etkinle|kod-?kullan|license|licence|lizenz|licencia|licenza|licencja|lisans|serial|product-?key|keys?(?:[/.?#]|$)|(?:^|[/\-_.?=&])(?:attiv|ativa)/i;
// Files that install or run something: never an activation page.
const EXECUTABLE =
  /\.(?:exe|msi|apk|dmg|pkg|bat|cmd|scr|jar|zip|rar|7z)(?:[?#]|$)/i;

// An internationalized host name (non-ASCII letters or a punycode label)
// hides what it spells: never a vendor's or a carrier's page by its name.
const INTERNATIONALIZED = /[\u0080-\uffff]|(?:^|\.)xn--/;

// Whether a link may be a vendor's page at all: no installer or archive to
// run, no host whose internationalized name hides what it spells.
function mayBeVendorPage(host: string, path: string): boolean {
  return !EXECUTABLE.test(path) && !INTERNATIONALIZED.test(host);
}

/**
 * Whether a link looks like a vendor's activation page: its host's first
 * label or its path names activation, redemption or registration.
 *
 * @param host A host name, lower case.
 * @param path The path and query.
 * @returns Whether it is an activation page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isActivationPage } from "./purposes.ts";
 *
 * assert.equal(isActivationPage("activate.vendor.example", "/"), true);
 * assert.equal(isActivationPage("shop.example", "/sale"), false);
 * ```
 */
export function isActivationPage(host: string, path: string): boolean {
  if (!mayBeVendorPage(host, path)) return false;
  const first = host.split(".")[0]!;
  return ACTIVATION.test(first) || first === "setup" || ACTIVATION.test(path);
}

// Host labels that are a page for redeeming a key, whole ("activate",
// "redeem", "setup"), and words of redeeming in a path.
const ACTIVATION_LABEL =
  /^(?:my|account|activate|activation|activar|activer|attiva|ativar|activeren|aktivieren|aktivera|aktywuj|aktywacja|etkinlestir|etkinlestirme|redeem|redemption|register|registration|setup|canjear|canje|resgatar|riscatta|einloesen|einlösen|inwisselen)$/;
const ACTIVATION_PATH =
  /(?:^|[/\-_.?=&])(?:activ(?:at|e)|activar|activer|attiv|ativa|aktiv|aktyw|redeem|einl[oö]s|einloes|canje|resgat|riscatt|inwissel|etkinle|kod-?kullan)/i;

/**
 * Whether a link written without a scheme is a vendor's activation page:
 * stricter than {@linkcode isActivationPage}, since nothing but its name
 * vouches for it. Its host's first label (after "www.") is a word of
 * redeeming ("activate.vendor.io") or the buyer's account portal
 * ("my.vendor.it"), or a segment of its path starts with
 * one ("vendor.com.tr/etkinlestir"); a shop named after licences
 * ("lizenzpalast.shop") is not, nor is "vendor.com/interactive-games".
 *
 * @param host A host name, lower case.
 * @param path The path and query.
 * @returns Whether it is an activation page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isWrittenActivationPage } from "./purposes.ts";
 *
 * assert.equal(isWrittenActivationPage("activate.vendor.example", ""), true);
 * assert.equal(isWrittenActivationPage("lizenzpalast.shop", ""), false);
 * ```
 */
export function isWrittenActivationPage(host: string, path: string): boolean {
  if (!mayBeVendorPage(host, path)) return false;
  return ACTIVATION_LABEL.test(firstLabel(host)) || ACTIVATION_PATH.test(path);
}

// Host labels and path segments of a page to download software from.
const DOWNLOAD_LABEL = /^(?:download|downloads|dl)$/;
const DOWNLOAD_PATH =
  /(?:^|[/\-_.?=&])(?:download|descarga|telecharg|t%c3%a9l%c3%a9charg|herunterlad|scaric|baixar|pobierz|indir|ladda-?ner|downloaden)/i;

/**
 * Whether a link is a page to download software from: its host's first
 * label (after "www.") or a segment of its path names downloading. In a
 * key message that is where the buyer gets what the key unlocks.
 *
 * @param host A host name, lower case.
 * @param path The path and query.
 * @returns Whether it is a download page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isDownloadPage } from "./purposes.ts";
 *
 * assert.equal(isDownloadPage("vendor.example", "/download"), true);
 * assert.equal(isDownloadPage("download.vendor.example", ""), true);
 * assert.equal(isDownloadPage("vendor.example", "/setup.exe"), false);
 * assert.equal(isDownloadPage("shop.example", "/sale"), false);
 * ```
 */
export function isDownloadPage(host: string, path: string): boolean {
  if (!mayBeVendorPage(host, path)) return false;
  return DOWNLOAD_LABEL.test(firstLabel(host)) || DOWNLOAD_PATH.test(path);
}

// The first label of a host after "www." ("www.activate.vendor.io" →
// "activate").
function firstLabel(host: string): string {
  return host.replace(/^www\d{0,3}\./, "").split(".")[0]!;
}

const REGISTRATION_PATH =
  /regist|warrant|garant|garanz|gwaranc|hosho|baozhang|baoxiu|kayit|cadastr|enregistr|rejestr|inschrijv|product-?reg|produktreg|my-?products?|touroku|toroku|zhuce|mybosch|mymiele|support\/product/i;
const REGISTRATION_WORDS =
  /regist|warrant|garant|garanzi|gwaranc|kayıt|kaydı|cadastr|enregistr|rejestr|inschrijv|保証|保证|保修|质保|保固|登録|注册|註冊|ضمان|تسجيل|वारंटी|गारंटी|रजिस्ट्र|रजिस्टर|पंजीकरण/iu;

/**
 * Whether a link is for registering a product with its manufacturer (for
 * the warranty): its path names registration or a warranty, or the words
 * just before it do.
 *
 * @param path The link's path and query.
 * @param before Up to 200 characters of the text before the link.
 * @param after The rest of the link's sentence (for languages that name
 * the purpose after the link: "… から保証登録").
 * @returns Whether it is a registration page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isRegistrationPage } from "./purposes.ts";
 *
 * assert.equal(isRegistrationPage("/garantie", ""), true);
 * assert.equal(isRegistrationPage("/", "Registrieren Sie das Gerät für die Garantie unter"), true);
 * assert.equal(isRegistrationPage("/sale", "Our new collection:"), false);
 * ```
 */
export function isRegistrationPage(
  path: string,
  before: string,
  after = "",
): boolean {
  // Signing up for a newsletter, a club or offers is marketing, however
  // it is worded.
  if (
    SIGN_UP.test(path) || SIGN_UP.test(before.slice(-80)) || SIGN_UP.test(after)
  ) {
    return false;
  }
  return REGISTRATION_PATH.test(path) || REGISTRATION_WORDS.test(before) ||
    REGISTRATION_WORDS.test(after);
}

const SIGN_UP =
  /newsletter|nieuwsbrief|nyhetsbrev|bolet[ií]n|b[uü]lten|subscri|abonn|suscri|subskryp|prenumer|abone|loyal|reward|coupon|gutschein|discount|%\s?off|descuent|desconto|réduc|zniżk|sconto|rabat|korting|indirim|promo|メルマガ|ニュースレター|优惠|订阅|نشرة|اشتراك|न्यूज़लेटर|सदस्यता/iu;

// Words of a carrier's host name, and of a tracking or booking page.
const CARRIER_HOST =
  /post|parcel|paket|pakke|cargo|kargo|courier|corriere|kurier|kurye|kurir|express|logisti|lojisti|freight|fracht|frakt|spedi|transport|trasport|vervoer|nakliy|pallet|paqueter|butsuryu|takuhai|zustell|2-?mann|zweimann|deliver|livraison|envio|entrega|mensajer|colis|paczk|przesy|shipping/i;
const TRACKING_PAGE =
  /track|trace|verfolg|sendung|suivi|seguim|rastre|traccia|spedizion|[sś]ledz|takip|sporing|sp[aå]ra|volg|booking|termin|rdv|liefer|avis|prenot|agend|program|boka|bokning|reserv|yoyaku|appointment|schedul|slot|rendez|cita|appunt|afspraak|randevu|zustell|delivery|livraison|entrega|consegna|bezorg|leverans|dostaw|teslimat|追跡|查询|查詢|配達|配送|予約|预约|موعد|تتبع|शिपमेंट/iu;

// A brand label with "my" before it or words after a hyphen.
const BRANDED = /^(?:my)?([a-z0-9]{3,}?)(?:-[a-z0-9\-]+)?$/;

/**
 * Whether a link looks like a carrier's tracking or booking page that the
 * lists do not know: its host names a parcel service (post, parcel, cargo,
 * courier, express, logistics...) and its host or path names tracking or
 * booking a delivery.
 *
 * @param host A host name, lower case.
 * @param path The path and query.
 * @returns Whether it is such a page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isCarrierLikePage } from "./purposes.ts";
 *
 * assert.equal(isCarrierLikePage("www.nordexpress-logistics.eu", "/tracking"), true);
 * assert.equal(isCarrierLikePage("www.myshop.com", "/tracking"), false);
 * ```
 */
export function isCarrierLikePage(host: string, path: string): boolean {
  if (INTERNATIONALIZED.test(host)) return false;
  const name = host.split(".").slice(0, -1).join(".");
  const tracking = TRACKING_PAGE.test(name) || TRACKING_PAGE.test(path);
  if (!tracking) return false;
  if (CARRIER_HOST.test(name)) return true;
  // A carrier's own brand with "my" before it or a word after a hyphen
  // ("mydhl", "hermes-einrichtungsservice") on a tracking or booking page.
  const brand = BRANDED.exec(brandOf(host));
  return brand !== null && CARRIER_NAMES.has(brand[1]!);
}

/** Re-exported for the rule: whether a host is within a domain. */
export { within };

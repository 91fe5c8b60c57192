// This module is browser compatible.

/**
 * Hosts by purpose, for judging links by what they are for: Amazon's
 * marketplaces, carriers' tracking and booking pages, the pages where a
 * digital key is redeemed, and link shorteners. A host matches a domain when
 * it is the domain or one of its subdomains.
 *
 * @module
 */

/** Amazon's marketplace domains. */
export const AMAZON_MARKETPLACES: readonly string[] = Object.freeze([
  "amazon.com",
  "amazon.ca",
  "amazon.com.mx",
  "amazon.com.br",
  "amazon.co.uk",
  "amazon.ie",
  "amazon.de",
  "amazon.fr",
  "amazon.it",
  "amazon.es",
  "amazon.nl",
  "amazon.se",
  "amazon.pl",
  "amazon.com.tr",
  "amazon.com.be",
  "amazon.ae",
  "amazon.sa",
  "amazon.eg",
  "amazon.in",
  "amazon.sg",
  "amazon.com.au",
  "amazon.co.jp",
  "amazon.co.za",
  "amazon.cn",
]);

/**
 * Amazon's domains for countries that a marketplace serves (`amazon.at`
 * leads to `amazon.de`): sellers name them in running text as they name
 * the marketplaces.
 */
export const AMAZON_REGIONAL: readonly string[] = Object.freeze([
  "amazon.at",
  "amazon.ch",
  "amazon.be",
  "amazon.lu",
  "amazon.dk",
  "amazon.no",
  "amazon.fi",
  "amazon.pt",
]);

/** Other domains Amazon runs for buyers (Amazon's own pages). */
export const AMAZON_OWNED: readonly string[] = Object.freeze([
  ...AMAZON_REGIONAL,
  "aboutamazon.com",
  "amazon.jobs",
  "media-amazon.com",
  "ssl-images-amazon.com",
  "primevideo.com",
  "audible.com",
  "audible.de",
  "audible.co.uk",
  "audible.fr",
  "audible.it",
  "audible.es",
  "audible.co.jp",
  "audible.in",
  "audible.com.au",
  "audible.ca",
  "kindle.com",
  "amazonpay.com",
]);

/** Domains whose pages hold anyone's content: never Amazon's own pages. */
export const AMAZON_HOSTING: readonly string[] = Object.freeze([
  "amazonaws.com",
  "amazonaws.com.cn",
  "awsapps.com",
  "cloudfront.net",
]);

/** Link shorteners: they hide where a link goes. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "goo.gl",
  "t.co",
  "ow.ly",
  "is.gd",
  "v.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "tiny.cc",
  "t.ly",
  "rb.gy",
  "amzn.to",
  "amzn.eu",
  "amzn.asia",
  "a.co",
  "s.id",
  "lnkd.in",
  "shorturl.com",
  "tiny.one",
  "bl.ink",
  "soo.gd",
  "clck.ru",
  "u.to",
  "dwz.cn",
  "url.cn",
  "t.cn",
  "qr.net",
  "qrco.de",
  "linktr.ee",
  "wa.me",
  "m.me",
]);

/**
 * Carriers' tracking and delivery-booking domains in Amazon's markets.
 */
export const CARRIER_DOMAINS: readonly string[] = Object.freeze([
  // International
  "ups.com",
  "fedex.com",
  "dhl.com",
  "dhl.de",
  "dhl.co.uk",
  "dhl.fr",
  "dhl.es",
  "dhl.it",
  "dhl.nl",
  "dhl.se",
  "dhl.pl",
  "dhl.com.tr",
  "dhlparcel.nl",
  "dhlparcel.co.uk",
  "dhlparcel.es",
  "dhlparcel.be",
  "tnt.com",
  "dbschenker.com",
  "aramex.com",
  "geodis.com",
  "kuehne-nagel.com",
  "dsv.com",
  "parcelforce.com",
  "17track.net",
  "parcelsapp.com",
  "aftership.com",
  "ordertracker.com",
  // Germany, Austria
  "deutschepost.de",
  "dpd.de",
  "dpd.com",
  "gls-pakete.de",
  "gls-group.eu",
  "gls-group.com",
  "myhermes.de",
  "hermesworld.com",
  "hermes-europe.co.uk",
  "evri.com",
  "post.at",
  "go-express.de",
  "trans-o-flex.com",
  "rhenus.com",
  "hellmann.com",
  "emons.de",
  "cargoboard.com",
  // United Kingdom, Ireland
  "royalmail.com",
  "dpd.co.uk",
  "dpdlocal.co.uk",
  "yodel.co.uk",
  "gls-uk.com",
  "anpost.com",
  "fastway.ie",
  "dpd.ie",
  "xdp.co.uk",
  "tuffnells.co.uk",
  "apc-overnight.com",
  "arrowxl.co.uk",
  "panther.co.uk",
  // France, Belgium
  "laposte.fr",
  "colissimo.fr",
  "chronopost.fr",
  "dpd.fr",
  "gls-france.com",
  "colisprive.com",
  "colisprive.fr",
  "mondialrelay.fr",
  "relaiscolis.com",
  "geodis.fr",
  "bpost.be",
  "dpdgroup.com",
  // Spain, Portugal
  "correos.es",
  "correosexpress.com",
  "seur.com",
  "tip-sa.com",
  "ctt.es",
  "mrw.es",
  "nacex.es",
  "gls-spain.es",
  "envialia.com",
  "tipsa.com",
  "ctt.pt",
  "dpd.pt",
  "zeleris.com",
  // Italy
  "poste.it",
  "posteitaliane.it",
  "brt.it",
  "gls-italy.com",
  "sda.it",
  "nexive.it",
  "tntitaly.it",
  // Netherlands
  "postnl.nl",
  "postnl.com",
  "dpd.nl",
  "gls-info.nl",
  "trunkrs.nl",
  "budbee.com",
  // Nordics
  "postnord.se",
  "postnord.com",
  "postnord.dk",
  "bring.se",
  "bring.com",
  "bring.no",
  "instabox.se",
  "airmee.com",
  "schenker.se",
  "dbschenker.se",
  // Raben Group (Poland and Central Europe).
  "myraben.com",
  "posti.fi",
  // Poland
  "inpost.pl",
  "poczta-polska.pl",
  "pocztapolska.pl",
  "dpd.com.pl",
  "gls-poland.com",
  "dhl.com.pl",
  "fedex.pl",
  "orlenpaczka.pl",
  "paczkawruchu.pl",
  "pocztex.pl",
  // Türkiye
  "yurticikargo.com",
  "araskargo.com.tr",
  "mngkargo.com.tr",
  "ptt.gov.tr",
  "pttkargo.com.tr",
  "suratkargo.com.tr",
  "hepsijet.com",
  "ups.com.tr",
  "sendeo.com.tr",
  "kolaygelsin.com",
  // Middle East
  "smsaexpress.com",
  "emiratespost.ae",
  "epg.gov.ae",
  "naqel.com.sa",
  "splonline.com.sa",
  "spl.com.sa",
  "fetchr.us",
  "jtexpress.ae",
  "jtexpress.sa",
  "imile.com",
  "egyptpost.org",
  "bosta.co",
  // India
  "delhivery.com",
  "bluedart.com",
  "indiapost.gov.in",
  "dtdc.in",
  "dtdc.com",
  "ecomexpress.in",
  "xpressbees.com",
  "shadowfax.in",
  "ekartlogistics.com",
  "shiprocket.in",
  "gati.com",
  "tpcindia.com",
  // Japan
  "kuronekoyamato.co.jp",
  "yamato-hd.co.jp",
  "sagawa-exp.co.jp",
  "post.japanpost.jp",
  "japanpost.jp",
  "seino.co.jp",
  "fukutsu.co.jp",
  // China
  "sf-express.com",
  "sf-international.com",
  "jdl.com",
  "jd.com",
  "ems.com.cn",
  "chinapost.com.cn",
  "11183.com.cn",
  "yto.net.cn",
  "zto.com",
  "sto.cn",
  "yundaex.com",
  "cainiao.com",
  "kuaidi100.com",
  "yunexpress.com",
  "4px.com",
  // Brazil
  "correios.com.br",
  "jadlog.com.br",
  "loggi.com",
  "totalexpress.com.br",
  "braspress.com",
  "azulcargoexpress.com.br",
  "sequoialog.com.br",
  "jtexpress.com.br",
  // Mexico
  "estafeta.com",
  "correosdemexico.gob.mx",
  "paquetexpress.com.mx",
  "redpack.com.mx",
  "99minutos.com",
  "dhl.com.mx",
  "fedex.com.mx",
  // United States, Canada, Australia
  "usps.com",
  "canadapost.ca",
  "canadapost-postescanada.ca",
  "postescanada-canadapost.ca",
  "purolator.com",
  "canpar.com",
  "ontrac.com",
  "lasership.com",
  "auspost.com.au",
  "startrack.com.au",
  "sendle.com",
  "couriersplease.com.au",
  "aramex.com.au",
  "nzpost.co.nz",
  // Pickup networks, regional couriers and tracking pages
  "instabox.io",
  "paack.co",
  "packeta.com",
  "liefery.com",
  "tiramizoo.com",
  "dachser.com",
  "collectplus.co.uk",
  "whistl.co.uk",
  "ukmail.com",
  "thedx.co.uk",
  "redyser.com",
  "integra2.es",
  "milkman.it",
  "fercam.com",
  "raben-group.com",
  "geis.pl",
  "800best.com",
  "zjs.com.cn",
  "melhorrastreio.com.br",
  "linkcorreios.com.br",
  "kangu.com.br",
  "flashcourier.com.br",
  "directlog.com.br",
  "tresguerras.com.mx",
  "castores.com.mx",
  "ampm.com.mx",
  "sendex.mx",
  "dotzot.in",
  "zajel.com",
  "shipveho.com",
  // Freight and two-person delivery (furniture, appliances, pallets)
  "xpo.com",
  "odfl.com",
  "saia.com",
  "rlcarriers.com",
  "estes-express.com",
  "centraltransport.com",
  "sefl.com",
  "aaacooper.com",
  "averittexpress.com",
  "dohrn.com",
  "cevalogistics.com",
  "abf.com",
  "arcb.com",
  "yrc.com",
  "tforcefreight.com",
  "jbhunt.com",
  "pilotdelivers.com",
  "aitworldwide.com",
  "hellmann.net",
  "palletways.com",
  "pallex.co.uk",
  "dxdelivery.com",
  "parcel2go.com",
  "gefco.net",
  "heppner-group.com",
  "agediss.com",
  "ciblex.fr",
  "dynalogic.eu",
  "bartolini.it",
  "mybrt.it",
  "horoz.com.tr",
  "jamef.com.br",
  "rodonaves.com.br",
  "shreemaruti.com",
  "blazeflash.com",
  "spoton.co.in",
  "transcorp.ae",
  "ajex.sa",
  // Shipping platforms and couriers that book and track for sellers
  "envia.com",
  "melhorenvio.com.br",
  "pekaes.pl",
  "cycloon.eu",
  "redjepakketje.nl",
  "iloxx.de",
  "packlink.com",
  "axlehire.com",
  "earlybird.se",
  "deppon.com",
  "packagetrackr.com",
]);

/**
 * Carriers' brand names: a carrier's site under a market's public suffix
 * (`dhl.com.tr`, `gls-pakete.de`, `inpost.es`) is the carrier's, whichever
 * country it serves. Names that are also another firm's (`sto`, `ems`)
 * stay out: their domains are listed in {@linkcode CARRIER_DOMAINS}.
 */
export const CARRIER_BRANDS: readonly string[] = Object.freeze(
  ("dhl dhlparcel dpd dpdgroup dpdlocal gls gls-group gls-pakete gls-italy " +
    "gls-spain gls-france gls-poland gls-info ups fedex tnt hermes myhermes " +
    "hermesworld evri yodel royalmail parcelforce postnl postnord bring " +
    "budbee instabox airmee inpost paack packeta zasilkovna correos " +
    "correosexpress cttexpress seur mrw nacex sending brt sda poste " +
    "posteitaliane nexive colissimo chronopost laposte colisprive " +
    "mondialrelay relaiscolis bpost dbschenker schenker kuehne-nagel dachser " +
    "geodis rhenus aramex smsaexpress naqel emiratespost jtexpress imile " +
    "quiqup shipa delhivery bluedart dtdc xpressbees ecomexpress shadowfax " +
    "ekartlogistics trackon safexpress estafeta redpack paquetexpress " +
    "99minutos correios jadlog loggi totalexpress braspress yurticikargo " +
    "araskargo mngkargo pttkargo suratkargo hepsijet sendeo kolaygelsin " +
    "kuronekoyamato sagawa-exp japanpost nittsu seino fukutsu sf-express " +
    "zto yto yundaex deppon cainiao kuaidi100 yunexpress usps ontrac " +
    "lasership purolator canadapost intelcom auspost poczta-polska " +
    "pocztapolska pocztex orlenpaczka trunkrs homerr 17track aftership " +
    "parcelsapp trackingmore parcelmonitor ship24 bartolini mybrt " +
    "hellmann palletways pallex dynalogic heppner gefco agediss ciblex " +
    "horoz jamef rodonaves trackon xpo odfl saia rlcarriers tforcefreight " +
    "shreemaruti blazeflash arcospedizioni packlink iloxx").split(" "),
);

/**
 * Public suffixes of Amazon's markets (and the generic ones) under which a
 * brand name in {@linkcode CARRIER_BRANDS} or
 * {@linkcode KEY_REDEMPTION_BRANDS} is that brand's site. Two-label ones
 * first.
 */
export const MARKET_SUFFIXES: readonly string[] = Object.freeze(
  ("com.tr co.uk co.jp com.br com.mx co.in com.au com.cn com.pl com.sa " +
    "com.eg co.za com.sg com.be " +
    "com net org eu de at ch fr be es pt it nl se dk no fi pl tr br mx jp cn " +
    "in ae sa eg uk ie ca us au sg io co app").split(" "),
);

/** Pages where a digital key or download code is redeemed. */
export const KEY_REDEMPTION_DOMAINS: readonly string[] = Object.freeze([
  "steampowered.com",
  "steamcommunity.com",
  "microsoft.com",
  "xbox.com",
  "office.com",
  "microsoft365.com",
  "live.com",
  "playstation.com",
  "sonyentertainmentnetwork.com",
  "nintendo.com",
  "nintendo.de",
  "nintendo.co.uk",
  "nintendo.fr",
  "nintendo.es",
  "nintendo.it",
  "nintendo.nl",
  "nintendo.co.jp",
  "epicgames.com",
  "ea.com",
  "origin.com",
  "ubisoft.com",
  "ubi.com",
  "battle.net",
  "blizzard.com",
  "gog.com",
  "rockstargames.com",
  "adobe.com",
  "norton.com",
  "mcafee.com",
  "kaspersky.com",
  "kaspersky.de",
  "bitdefender.com",
  "bitdefender.de",
  "eset.com",
  "avast.com",
  "avg.com",
  "avira.com",
  "trendmicro.com",
  "malwarebytes.com",
  "f-secure.com",
  "gdata.de",
  "panda-security.com",
  "pandasecurity.com",
  "sophos.com",
  "webroot.com",
  "nordvpn.com",
  "expressvpn.com",
  "surfshark.com",
  "cyberghostvpn.com",
  "protonvpn.com",
  "apple.com",
  "play.google.com",
  "spotify.com",
  "netflix.com",
  "roblox.com",
  "minecraft.net",
  "riotgames.com",
  "leagueoflegends.com",
  "humblebundle.com",
  "fanatical.com",
  "gamesplanet.com",
  "corel.com",
  "parallels.com",
  "autodesk.com",
  "nero.com",
  "magix.com",
  "ashampoo.com",
  "wondershare.com",
  "acronis.com",
  "buhl.de",
  "lexware.de",
  "intuit.com",
  "turbotax.com",
  "hrblock.com",
  "rosettastone.com",
  "babbel.com",
  "duolingo.com",
  "audible.com",
  "kobo.com",
  "tolino.de",
  "stadia.com",
  "ubisoftconnect.com",
  // Gift cards, prepaid codes and subscriptions redeemed with a code
  "paysafecard.com",
  "neosurf.com",
  "gold.razer.com",
  "disneyplus.com",
  "paramountplus.com",
  "hulu.com",
  "max.com",
  "crunchyroll.com",
  "dazn.com",
  "deezer.com",
  "tidal.com",
  "storytel.com",
  "bookbeat.com",
  "nextory.com",
  "legimi.pl",
  "canalplus.com",
  "sky.de",
  "sky.it",
  "blutv.com",
  "twitch.tv",
  "jagex.com",
  "hoyoverse.com",
  "bethesda.net",
  "jetbrains.com",
  "busuu.com",
  "1password.com",
  "bitwarden.com",
  "dashlane.com",
  "nordpass.com",
  "ipvanish.com",
  "privateinternetaccess.com",
  "hotspotshield.com",
  "emsisoft.com",
  "drweb.com",
  "mks.com.pl",
  "wps.cn",
  "wps.com",
  // Map updates for car navigation, unlocked with a code
  "naviextras.com",
  "tomtom.com",
]);

/**
 * Brands of the sites where a digital key is redeemed or a subscription
 * activated, under any of {@linkcode MARKET_SUFFIXES}.
 */
export const KEY_REDEMPTION_BRANDS: readonly string[] = Object.freeze(
  ("steampowered steamcommunity microsoft xbox office microsoft365 " +
    "playstation nintendo epicgames ea ubisoft gog blizzard rockstargames " +
    "adobe norton mcafee kaspersky bitdefender eset avast avg avira " +
    "trendmicro malwarebytes f-secure gdata gdatasoftware panda-security " +
    "pandasecurity sophos webroot totalav nordvpn expressvpn surfshark " +
    "cyberghostvpn protonvpn cyberlink corel parallels autodesk nero magix " +
    "ashampoo wondershare acronis buhl lexware intuit turbotax hrblock " +
    "rosettastone babbel duolingo kobo tolino roblox minecraft riotgames " +
    "spotify netflix audible humblebundle fanatical gamesplanet paysafecard " +
    "disneyplus paramountplus crunchyroll dazn deezer storytel bookbeat " +
    "nextory canalplus blutv jagex hoyoverse bethesda jetbrains busuu " +
    "1password bitwarden dashlane nordpass ipvanish emsisoft drweb " +
    "naviextras tomtom").split(" "),
);

/**
 * The brand label of a host under one of {@linkcode MARKET_SUFFIXES}
 * (`"dhl"` for `www.dhl.com.tr`), or `""`.
 *
 * @param host A host name, lower case.
 * @returns The label before the suffix, or `""`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { brandOf } from "./hosts.ts";
 *
 * assert.equal(brandOf("www.dhl.com.tr"), "dhl");
 * assert.equal(brandOf("dhl.example"), "");
 * ```
 */
export function brandOf(host: string): string {
  const labels = host.split(".");
  if (labels.length < 2) return "";
  const two = labels.length >= 3 ? labels.slice(-2).join(".") : "";
  const size = two !== "" && SUFFIXES.has(two)
    ? 2
    : SUFFIXES.has(labels.at(-1)!)
    ? 1
    : 0;
  if (size === 0 || labels.length <= size) return "";
  return labels[labels.length - size - 1]!;
}

const SUFFIXES: ReadonlySet<string> = new Set(MARKET_SUFFIXES);

/**
 * Whether `host` is `domain` or one of its subdomains.
 *
 * @param host A host name, lower case.
 * @param domain A domain name.
 * @returns Whether the host is within the domain.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { within } from "./hosts.ts";
 *
 * assert.equal(within("www.dhl.de", "dhl.de"), true);
 * assert.equal(within("dhl.de.evil.com", "dhl.de"), false);
 * ```
 */
export function within(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\.+/, "");
  return host === d ||
    (host.length > d.length && host.endsWith(d) &&
      host[host.length - d.length - 1] === ".");
}

/**
 * Whether `host` is within any of `domains`.
 *
 * @param host A host name, lower case.
 * @param domains Domain names.
 * @returns Whether one of them holds the host.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CARRIER_DOMAINS, withinAny } from "./hosts.ts";
 *
 * assert.equal(withinAny("www.ups.com", CARRIER_DOMAINS), true);
 * ```
 */
export function withinAny(host: string, domains: Iterable<string>): boolean {
  // Walk the host's suffixes: a set lookup each, linear in the host.
  const set = domains instanceof Set ? domains as Set<string> : undefined;
  if (set !== undefined) {
    let rest = host;
    while (true) {
      if (set.has(rest)) return true;
      const dot = rest.indexOf(".");
      if (dot < 0) return false;
      rest = rest.slice(dot + 1);
    }
  }
  for (const domain of domains) if (within(host, domain)) return true;
  return false;
}

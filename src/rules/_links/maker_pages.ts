// This module is browser compatible.

/**
 * Whether a link is the manufacturer's own page for the product bought (a
 * manual, an installation or care guide, a support page), as the seller
 * names it: "the maker's manual (PDF): https://…", "Installationsanleitung
 * des Herstellers: https://…", "メーカー公式サイトのサポートページ". Such a
 * page is needed to use the order; the seller's own site is not, whatever
 * it holds, so a page the seller calls theirs ("on our website") or whose
 * brand signs the message is never the maker's.
 *
 * @module
 */

import { brandOf } from "./hosts.ts";

/**
 * Words that name the manufacturer, in the 16 languages: "manufacturer",
 * "Hersteller", "fabricant", "fabricante", "produttore", "fabrikant",
 * "tillverkare", "producent", "üretici", "メーカー", "制造商", "厂家",
 * "الشركة المصنعة", "निर्माता".
 */
const MAKER_WORDS =
  /manufacturer|\bmaker(?:'|’)s\b|\bthe maker\b|hersteller|fabricant|fabricante|produttore|fabbricante|casa madre|fabrikant|tillverkare|\bproducent|üretici|uretici|imalatçı|メーカー|製造元|制造商|生产商|厂家|厂商|品牌官网|الشركة المصن[ّ]?عة|المصن[ّ]?ع(?![\p{L}\p{N}])|निर्माता|मैन्युफैक्चरर/iu;

/**
 * Words that make a site the seller's own (or the seller the maker: "we
 * are the manufacturer"): "our website", "unsere
 * Website", "notre site", "nuestra web", "il nostro sito", "nosso site",
 * "onze website", "vår webbplats", "naszej stronie", "sitemiz", "当店",
 * "弊社", "我们的网站", "موقعنا", "हमारी वेबसाइट".
 */
const OWN_SITE =
  /\bwe are the (?:manufacturer|maker)|\bas the manufacturer|\bour own brand|wir sind (?:der |selbst )?hersteller|nous sommes (?:le |nous-mêmes )?fabricant|somos (?:el |los )?fabricantes?|siamo (?:noi )?(?:il |i )?produttor|wij zijn (?:zelf )?(?:de )?fabrikant|vi är (?:själva )?tillverkare|jesteśmy producentem|üreticisiyiz|当社がメーカー|弊社がメーカー|我们(?:就)?是(?:厂家|生产商|制造商)|نحن (?:الشركة )?المصن|हम (?:ही )?निर्माता|\bour (?:own )?(?:web ?site|site|shop|store|blog|page)|unser\p{L}* (?:eigene\p{L}* )?(?:website|webseite|seite|homepage|shop|blog)|(?:notre|nos) (?:propre )?(?:site|boutique|blog|page)|nuestr[ao]s? (?:propi[ao] )?(?:web|sitio|página|tienda|blog)|(?:il )?nostro (?:sito|negozio|blog)|(?:la )?nostra (?:pagina|bottega)|noss[ao] (?:próprio )?(?:site|loja|blog|página)|onze (?:eigen )?(?:website|site|webshop|winkel|blog)|vår (?:egen )?(?:webbplats|hemsida|sajt|butik|blogg)|vårt (?:eget )?(?:webbplats|hemsida)|nasz\p{L}* (?:własn\p{L}* )?(?:stron\p{L}*|sklep\p{L}*|blog\p{L}*)|sitemiz|web sitemiz|mağazamız|magazamiz|当店|弊社|自社|我们的?(?:网站|官网|官方网站|店铺|博客)|本店(?:官网|网站)|我店|本店|موقعنا|متجرنا|हमारी (?:वेबसाइट|साइट|दुकान)/iu;

/** How far before a link the words that name its maker may stand. */
const WINDOW = 240;
/** The end of a sentence. */
const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/gu;

// The link's own sentence and the one before it, of the text before it
// ("Le manuel est sur le site du fabricant. Manuel (PDF) : https://…").
function lastSentences(before: string): string {
  const ends = [...before.matchAll(SENTENCE_END)].map((m) =>
    m.index + m[0].length
  );
  return ends.length < 2 ? before : before.slice(ends[ends.length - 2]);
}
/** How much of the message's end is its sign-off. */
const SIGN_OFF = 160;

/**
 * Whether the link at `[start, end)` of `text` is a manufacturer's page for
 * the product: the words just before it (or the rest of its sentence,
 * `after`) name the manufacturer, none call the site the seller's own, and
 * the host's brand is not the name the message is signed with.
 *
 * @param host The link's host, lower case.
 * @param text The message text.
 * @param start Where the link starts in `text`.
 * @param end Where the link ends in `text`.
 * @param after The rest of the link's sentence.
 * @returns Whether it is the maker's page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMakerPage } from "./maker_pages.ts";
 *
 * const text = "The maker's manual: https://www.kettlex.com/manual.pdf\nBest, Oak Shop";
 * assert.equal(isMakerPage("www.kettlex.com", text, 20, 54, ""), true);
 * const own = "Our website has the manual: https://www.oakshop.com/manual\nBest, Oak Shop";
 * assert.equal(isMakerPage("www.oakshop.com", own, 28, 58, ""), false);
 * ```
 */
export function isMakerPage(
  host: string,
  text: string,
  start: number,
  end: number,
  after: string,
): boolean {
  const before = lastSentences(text.slice(Math.max(0, start - WINDOW), start));
  if (!MAKER_WORDS.test(before) && !MAKER_WORDS.test(after)) return false;
  if (OWN_SITE.test(before) || OWN_SITE.test(after)) return false;
  const brand = brandOf(host) || host.split(".").at(-2) || "";
  if (brand.length < 3) return true;
  // The sign-off, without the link itself.
  const signOff = text.slice(Math.max(end, text.length - SIGN_OFF))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
  return !signOff.includes(brand.replace(/[^\p{L}\p{N}]/gu, ""));
}

// This module is browser compatible.

/**
 * How sellers write "@" and "." in words, in the 16 languages, and the mail
 * providers whose names alone say "email address".
 *
 * @module
 */

/** Words for "@" that mean nothing else (spaced scripts). */
export const AT_WORDS_STRONG: readonly string[] = [
  "arroba",
  "arobase",
  "arobas",
  "a commercial",
  "chiocciola",
  "chiocciolina",
  "snabel-a",
  "snabela",
  "snabel a",
  "małpa",
  "małpka",
  "malpa",
  "malpka",
  "klammeraffe",
  "affenschwanz",
  "at-zeichen",
  "at zeichen",
  "apenstaartje",
  "apestaartje",
  "apenstaart",
  "apestaart",
  "at-teken",
  "kukac",
  "zavináč",
  "zavinac",
  "at işareti",
  "et işareti",
  "at isareti",
  "et isareti",
  "एट द रेट",
  "एट दी रेट",
  "ऐट द रेट",
  "एट रेट",
  "ऐट",
  "آت ساين",
  "علامة آت",
  "at sign",
  "at-sign",
  "at symbol",
  "atmark",
  "at mark",
];

/** Words for "@" that are also ordinary words ("at", Turkish "et"). */
export const AT_WORDS_WEAK: readonly string[] = [
  "at the rate of",
  "at the rate",
  "at d rate",
  "at",
  "et",
  "ät",
  "آت",
  "ات",
  "एट",
];

/** "@" in scripts written without spaces. */
export const AT_WORDS_CJK: readonly string[] = [
  "アットマーク",
  "アット",
  "あっとまーく",
  "あっと",
  "@マーク",
  "艾特",
  "圈圈a",
  "圈儿a",
  "圈a",
  "小老鼠",
  "at符号",
  "at号",
];

/** Words for "." that mean nothing else. */
export const DOT_WORDS_STRONG: readonly string[] = [
  "dot",
  "kropka",
  "nokta",
  "دوت",
  "डॉट",
  "डाट",
  "डोट",
  "tečka",
];

/** Words for "." that are also ordinary words ("point", "punto"). */
export const DOT_WORDS_WEAK: readonly string[] = [
  "period",
  "punkt",
  "point",
  "punto",
  "punt",
  "ponto",
  "prick",
  "pont",
  "piste",
  "نقطة",
  "बिंदु",
];

/** "." in scripts written without spaces. */
export const DOT_WORDS_CJK: readonly string[] = [
  "ドット",
  "てん",
  "点",
  "點",
];

/** Top-level domains spelled in another script. */
export const SPELLED_TLDS: Readonly<Record<string, string>> = {
  "कॉम": "com",
  "काम": "com",
  "كوم": "com",
  "コム": "com",
  "康姆": "com",
  "इन": "in",
  "नेट": "net",
  "نت": "net",
  "ネット": "net",
};

/**
 * Mail providers whose name after an "at" makes an address even without
 * its domain ("name at gmail").
 */
export const MAIL_PROVIDERS: readonly string[] = [
  "gmail",
  "googlemail",
  "yahoo",
  "hotmail",
  "outlook",
  "icloud",
  "aol",
  "protonmail",
  "proton",
  "gmx",
  "web\\.de",
  "t-online",
  "freenet",
  "libero",
  "virgilio",
  "tiscali",
  "wanadoo",
  "laposte",
  "qq",
  "163",
  "126",
  "sina",
  "sohu",
  "foxmail",
  "yandex",
  "rediffmail",
  "rediff",
  "seznam",
  "onet",
  "interia",
  "ziggo",
  "kpnmail",
  "hetnet",
  "docomo",
  "ezweb",
  "naver",
  "uol",
  "zoho",
  "yopmail",
  "bigpond",
];

/**
 * Mail providers' names written in the scripts of the markets ("जीमेल",
 * "جيميل", "ジーメール", "雅虎"): after an "at" word they give an address
 * away as the Latin names do.
 */
export const MAIL_PROVIDERS_SPELLED: readonly string[] = [
  "जीमेल",
  "जी मेल",
  "याहू",
  "हॉटमेल",
  "हाटमेल",
  "आउटलुक",
  "रेडिफमेल",
  "रेडिफ़मेल",
  "جيميل",
  "جي ميل",
  "جيمايل",
  "ياهو",
  "هوتميل",
  "هوتمايل",
  "أوتلوك",
  "اوتلوك",
  "ジーメール",
  "gメール",
  "ヤフー",
  "ホットメール",
  "アウトルック",
  "谷歌邮箱",
  "谷歌",
  "雅虎",
  "网易",
  "qq邮箱",
  "新浪",
  "搜狐",
];

/**
 * Mail domains: a mention of one (`gmail.com`) is an address being given,
 * however the rest of it is written.
 */
export const MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.co.uk",
  "hotmail.fr",
  "hotmail.de",
  "hotmail.es",
  "hotmail.it",
  "outlook.com",
  "outlook.de",
  "outlook.fr",
  "outlook.es",
  "outlook.jp",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.de",
  "yahoo.fr",
  "yahoo.es",
  "yahoo.it",
  "yahoo.co.jp",
  "yahoo.com.br",
  "yahoo.com.mx",
  "yahoo.in",
  "ymail.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "protonmail.com",
  "proton.me",
  "gmx.de",
  "gmx.net",
  "gmx.com",
  "web.de",
  "t-online.de",
  "freenet.de",
  "libero.it",
  "virgilio.it",
  "tiscali.it",
  "orange.fr",
  "wanadoo.fr",
  "laposte.net",
  "sfr.fr",
  "free.fr",
  "qq.com",
  "163.com",
  "126.com",
  "sina.com",
  "sohu.com",
  "foxmail.com",
  "yandex.ru",
  "yandex.com",
  "mail.ru",
  "rediffmail.com",
  "seznam.cz",
  "wp.pl",
  "onet.pl",
  "interia.pl",
  "o2.pl",
  "ziggo.nl",
  "kpnmail.nl",
  "telenet.be",
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "softbank.ne.jp",
  "naver.com",
  "uol.com.br",
  "bol.com.br",
  "terra.com.br",
  "bigpond.com",
  "zoho.com",
  "yopmail.com",
];

/**
 * Providers whose name means nothing but mail: a user name next to one
 * ("brightlamps2024 on Gmail", "Gmail: anna.k") is an address even without
 * an "at" or a domain.
 */
export const MAIL_ONLY_PROVIDERS: readonly string[] = [
  "gmail",
  "googlemail",
  "hotmail",
  "ymail",
  "yahoo",
  "gmx",
  "protonmail",
  "foxmail",
  "rediffmail",
  "yopmail",
  "qq邮箱",
  "163邮箱",
  "126邮箱",
];

/**
 * Words that put a user name "at" a provider in the 16 languages, other
 * than the words for "@" ("anna.k on Gmail", "bei GMX", "chez Orange",
 * "en Hotmail", "su Libero", "bij Ziggo", "på Gmail", "na WP", "no Gmail",
 * "على جيميل").
 */
export const AT_PREPOSITIONS: readonly string[] = [
  "on",
  "via",
  "bei",
  "auf",
  "chez",
  "sur",
  "en",
  "su",
  "presso",
  "bij",
  "op",
  "på",
  "hos",
  "na",
  "w",
  "no",
  "em",
  "على",
  "في",
  "عبر",
];

/**
 * Words that say "email" (and "address") in the 16 languages: a name next
 * to a provider after one of them is an address.
 */
export const MAIL_WORDS =
  /e-?mail|mail|correo|courriel|adress|adres|indirizzo|direcci|endere[cç]|e-?posta|poczt|mejl|epost|邮箱|邮件|郵箱|メール|アドレス|بريد|ايميل|إيميل|ईमेल|मेल/iu;

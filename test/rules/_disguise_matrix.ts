/**
 * A generated matrix of disguised policy violations and of clean controls
 * that use the same characters legitimately, for `scripts/eval_disguises.ts`
 * and `test/rules/disguise_matrix_test.ts`.
 *
 * Base payloads (an email address, an outside link, a review request), each
 * in a short realistic sentence in the 16 buyer locales, go through the
 * tricks sellers use to slip past a filter (spaced symbols, "@" and "." in
 * words, full-width and mathematical letters, invisible characters, a line
 * break inside, a right-to-left override, look-alike letters, leetspeak,
 * defanged and spelled-out dots, IP and `data:` links, redirects through
 * Amazon), alone and in pairs; each case names the rule that must fire.
 * Everything is deterministic: choices come from a generator seeded by the
 * case id, and a hash of the id puts each case in the tune or the report
 * half.
 *
 * @module
 */
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { LintOptions } from "../../src/lint/lint_message.ts";

/** What a generated case carries. */
export type Kind = "email" | "link" | "review" | "clean";

/** One generated case. */
export interface DisguiseCase {
  /** Unique, stable id: `kind/transform/locale[/n]`. */
  readonly id: string;
  readonly kind: Kind;
  /** The transform (or `a+b` for a pair); for controls, the control's name. */
  readonly transform: string;
  readonly locale: string;
  readonly type: string;
  readonly text: string;
  /** The rule that must report an error, or `undefined` for a control. */
  readonly rule: string | undefined;
  readonly half: "tune" | "report";
}

export const LOCALES = [
  "en-US",
  "en-GB",
  "de-DE",
  "fr-FR",
  "es-ES",
  "es-MX",
  "it-IT",
  "nl-NL",
  "sv-SE",
  "pl-PL",
  "tr-TR",
  "pt-BR",
  "ja-JP",
  "zh-CN",
  "ar-AE",
  "hi-IN",
] as const;
type Locale = typeof LOCALES[number];

// ---------------------------------------------------------------- helpers

/** FNV-1a over the UTF-16 units of `value`. */
export function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function rngFor(id: string): () => number {
  let state = hash(`seed:${id}`) || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function mapLetters(
  value: string,
  map: (c: string) => string,
): string {
  return [...value].map((c) => (/[a-z0-9]/i.test(c) ? map(c) : c)).join("");
}

function fullWidth(value: string): string {
  return [...value].map((c) => {
    const code = c.charCodeAt(0);
    return code >= 0x21 && code <= 0x7e && c.length === 1
      ? String.fromCharCode(code + 0xfee0)
      : c;
  }).join("");
}

function circled(value: string): string {
  return mapLetters(value, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x61) return String.fromCodePoint(0x24d0 + code - 0x61);
    if (code >= 0x41) return String.fromCodePoint(0x24b6 + code - 0x41);
    return code === 0x30 ? "⓪" : String.fromCodePoint(0x2460 + code - 0x31);
  });
}

function mathBold(value: string): string {
  return mapLetters(value, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x61) return String.fromCodePoint(0x1d41a + code - 0x61);
    if (code >= 0x41) return String.fromCodePoint(0x1d400 + code - 0x41);
    return String.fromCodePoint(0x1d7ce + code - 0x30);
  });
}

const CYRILLIC: Readonly<Record<string, string>> = {
  a: "\u0430",
  c: "\u0441",
  e: "\u0435",
  o: "\u043e",
  p: "\u0440",
  x: "\u0445",
  y: "\u0443",
  i: "\u0456",
  s: "\u0455",
  j: "\u0458",
  A: "\u0410",
  E: "\u0415",
  O: "\u041e",
};

/** One or two Latin letters of `value` (in `from`..`to`) to Cyrillic. */
function homoglyph(value: string, rng: () => number): string {
  const chars = [...value];
  const spots = chars.map((c, i) => (CYRILLIC[c] ? i : -1)).filter((i) =>
    i >= 0
  );
  if (spots.length === 0) return value;
  const first = pick(rng, spots);
  chars[first] = CYRILLIC[chars[first]!]!;
  if (spots.length > 2) {
    const second = pick(rng, spots);
    chars[second] = CYRILLIC[chars[second]!] ?? chars[second]!;
  }
  return chars.join("");
}

const GREEK: Readonly<Record<string, string>> = {
  o: "\u03bf",
  a: "\u03b1",
  i: "\u03b9",
  p: "\u03c1",
  v: "\u03bd",
  k: "\u03ba",
  u: "\u03c5",
  t: "\u03c4",
  e: "\u03b5",
};

/** One or two Latin letters of `value` to Greek look-alikes. */
function greek(value: string, rng: () => number): string {
  const chars = [...value];
  const spots = chars.map((c, i) => (GREEK[c] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return value;
  for (let k = 0; k < Math.min(2, spots.length); k++) {
    const i = pick(rng, spots);
    chars[i] = GREEK[chars[i]!] ?? chars[i]!;
  }
  return chars.join("");
}

const LEET: Readonly<Record<string, string>> = {
  e: "3",
  a: "4",
  o: "0",
  i: "1",
  s: "5",
  t: "7",
};

function leet(value: string, rng: () => number): string {
  const chars = [...value];
  const spots = chars.map((c, i) =>
    LEET[c.toLowerCase()] && i > 0 && i < chars.length - 1 ? i : -1
  ).filter((i) => i >= 0);
  if (spots.length === 0) return value;
  const count = Math.max(1, Math.round(spots.length * (0.5 + rng() / 2)));
  for (let k = 0; k < count; k++) {
    const i = pick(rng, spots);
    chars[i] = LEET[chars[i]!.toLowerCase()] ?? chars[i]!;
  }
  return chars.join("");
}

/** `mark` after some code points of `value` (never at the ends). */
function insert(value: string, mark: string, rng: () => number): string {
  const chars = [...value];
  let out = chars[0] ?? "";
  let inserted = false;
  for (let i = 1; i < chars.length; i++) {
    if (rng() < 0.4 || (!inserted && i === chars.length - 1)) {
      out += mark;
      inserted = true;
    }
    out += chars[i];
  }
  return out;
}

const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });

// The user-perceived characters of `value` set apart by `gap` (a Devanagari
// vowel sign stays with its consonant).
function between(value: string, gap: string): string {
  return [...GRAPHEMES.segment(value)].map((s) => s.segment).join(gap);
}

function reversed(value: string): string {
  return `\u202e${[...value].reverse().join("")}\u202c`;
}

// A line break inside: beside a symbol of an address or link ("@", ".",
// "/", ":") where it has one, else inside the word.
function lineBreak(value: string, rng: () => number): string {
  const chars = [...value];
  if (chars.length < 3) return value;
  const spots: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (/[@.:/]/.test(chars[i - 1]!) !== /[@.:/]/.test(chars[i]!)) {
      spots.push(i);
    }
  }
  const at = spots.length > 0
    ? pick(rng, spots)
    : 1 + Math.floor(rng() * (chars.length - 2));
  return chars.slice(0, at).join("") + "\n" + chars.slice(at).join("");
}

// Half-width katakana for the full-width kana of a review word.
function halfWidthKana(value: string): string {
  const map: Record<string, string> = {
    "レ": "ﾚ",
    "ビ": "ﾋﾞ",
    "ュ": "ｭ",
    "ー": "ｰ",
  };
  return [...value].map((c) => map[c] ?? c).join("");
}

// ---------------------------------------------------------------- data

interface LocaleData {
  readonly email: string;
  readonly link: string;
  readonly review: readonly (readonly [string, string])[];
  readonly at: readonly string[];
  readonly dot: readonly string[];
  readonly locals: readonly string[];
  readonly brands: readonly string[];
  readonly tlds: readonly string[];
  readonly path: string;
}

const DATA: Readonly<Record<Locale, LocaleData>> = {
  "en-US": {
    email:
      "If the parcel has not arrived by Friday, write to us at {} and we will help.",
    link: "You can also order the spare part directly on {} for less.",
    review: [
      [
        "Thank you for your order! Please leave us a 5-star {} on Amazon.",
        "review",
      ],
      [
        "Happy with the blender? We would love a positive {} from you.",
        "review",
      ],
    ],
    at: ["at"],
    dot: ["dot"],
    locals: ["support", "info", "orders", "help.desk"],
    brands: ["bestgadgets", "homestore", "kitchenpro"],
    tlds: ["com", "us", "net"],
    path: "/spare-parts",
  },
  "en-GB": {
    email: "For a quicker answer, please email {} with your order number.",
    link: "The same kettle is cheaper on our own shop {} this week.",
    review: [
      [
        "Cheers for shopping with us, please leave a 5 star {} on Amazon.",
        "review",
      ],
      ["If you are happy, a positive {} would mean the world to us.", "review"],
    ],
    at: ["at"],
    dot: ["dot"],
    locals: ["sales", "customer.care", "hello"],
    brands: ["britishtea", "gardenworld", "teashop"],
    tlds: ["co.uk", "uk", "com"],
    path: "/offers",
  },
  "de-DE": {
    email: "Bei Fragen schreiben Sie uns bitte an {}, wir helfen gern.",
    link: "Das Ersatzteil finden Sie günstiger direkt auf {}.",
    review: [
      [
        "Vielen Dank für Ihre Bestellung! Bitte hinterlassen Sie uns eine positive {}.",
        "Bewertung",
      ],
      ["Wir freuen uns über eine 5-Sterne-{} auf Amazon.", "Bewertung"],
    ],
    at: ["at", "Klammeraffe", "ät"],
    dot: ["punkt", "Punkt"],
    locals: ["kundenservice", "info", "bestellung"],
    brands: ["technikladen", "gartenhaus", "moebelwelt"],
    tlds: ["de", "com", "eu"],
    path: "/ersatzteile",
  },
  "fr-FR": {
    email: "Pour toute question, écrivez-nous à {} directement.",
    link: "Vous trouverez les accessoires moins chers sur {} dès maintenant.",
    review: [
      [
        "Merci pour votre commande ! Merci de nous laisser un {} positif sur Amazon.",
        "avis",
      ],
      ["Si vous êtes satisfait, laissez-nous un {} 5 étoiles.", "avis"],
    ],
    at: ["arobase", "at"],
    dot: ["point"],
    locals: ["service.client", "contact", "boutique"],
    brands: ["maboutique", "cuisinefrance", "jardinerie"],
    tlds: ["fr", "com"],
    path: "/promotions",
  },
  "es-ES": {
    email: "Si tiene alguna duda, escríbanos a {} y le responderemos.",
    link: "Puede comprar los recambios más baratos en {} ahora mismo.",
    review: [
      [
        "¡Gracias por su compra! Por favor, déjenos una {} de 5 estrellas.",
        "reseña",
      ],
      [
        "Si está contento, nos encantaría recibir una {} positiva.",
        "valoración",
      ],
    ],
    at: ["arroba"],
    dot: ["punto"],
    locals: ["atencion.cliente", "ventas", "soporte"],
    brands: ["tiendaespana", "cocinaplus", "mueblesol"],
    tlds: ["es", "com"],
    path: "/ofertas",
  },
  "es-MX": {
    email: "Cualquier duda, mándanos un correo a {} por favor.",
    link: "Encuentra más productos en nuestra tienda {} con envío gratis.",
    review: [
      [
        "¡Gracias por tu compra! Por favor déjanos una {} positiva en Amazon.",
        "reseña",
      ],
      ["Si te gustó, ayúdanos con una {} de cinco estrellas.", "calificación"],
    ],
    at: ["arroba"],
    dot: ["punto"],
    locals: ["ventas", "contacto", "soporte.mx"],
    brands: ["tiendamx", "electromex", "casalinda"],
    tlds: ["com.mx", "mx", "com"],
    path: "/promociones",
  },
  "it-IT": {
    email: "Per qualsiasi domanda scriveteci a {} senza problemi.",
    link: "Trovate i ricambi a prezzo migliore su {} da oggi.",
    review: [
      [
        "Grazie per il tuo ordine! Per favore lasciaci una {} positiva.",
        "recensione",
      ],
      [
        "Se sei soddisfatto, lasciaci una {} a 5 stelle su Amazon.",
        "recensione",
      ],
    ],
    at: ["chiocciola"],
    dot: ["punto"],
    locals: ["assistenza", "info", "ordini"],
    brands: ["negozioitalia", "cucinabella", "casaverde"],
    tlds: ["it", "com"],
    path: "/offerte",
  },
  "nl-NL": {
    email: "Heeft u vragen? Mail ons gerust via {} en wij helpen u.",
    link: "Onderdelen zijn goedkoper te bestellen via {} vanaf vandaag.",
    review: [
      [
        "Bedankt voor uw bestelling! Laat alstublieft een positieve {} achter.",
        "recensie",
      ],
      ["Bent u tevreden? Wij horen graag een {} met 5 sterren.", "beoordeling"],
    ],
    at: ["apenstaartje", "at"],
    dot: ["punt"],
    locals: ["klantenservice", "info", "bestellingen"],
    brands: ["winkelnl", "tuincentrum", "fietsshop"],
    tlds: ["nl", "com", "eu"],
    path: "/aanbiedingen",
  },
  "sv-SE": {
    email: "Har du frågor? Skicka ett mejl till {} så hjälper vi dig.",
    link: "Reservdelar hittar du billigare på {} just nu.",
    review: [
      [
        "Tack för din beställning! Lämna gärna en positiv {} på Amazon.",
        "recension",
      ],
      ["Är du nöjd? Ge oss gärna en {} med fem stjärnor.", "recension"],
    ],
    at: ["snabel-a", "snabel a"],
    dot: ["punkt"],
    locals: ["kundtjanst", "info", "order"],
    brands: ["butiksverige", "hemochtradgard", "koksbutiken"],
    tlds: ["se", "com"],
    path: "/erbjudanden",
  },
  "pl-PL": {
    email: "W razie pytań prosimy pisać na adres {} w każdej chwili.",
    link: "Części zamienne kupisz taniej na {} już dziś.",
    review: [
      ["Dziękujemy za zamówienie! Prosimy o pozytywną {} na Amazon.", "opinię"],
      ["Jeśli jesteś zadowolony, wystaw nam {} na 5 gwiazdek.", "opinię"],
    ],
    at: ["małpa", "malpa"],
    dot: ["kropka"],
    locals: ["sklep", "obsluga.klienta", "biuro"],
    brands: ["sklepik", "domiogrod", "agdserwis"],
    tlds: ["pl", "com.pl", "com"],
    path: "/promocje",
  },
  "tr-TR": {
    email: "Sorularınız için bize {} adresinden yazabilirsiniz.",
    link: "Yedek parçaları daha ucuza {} sitemizden alabilirsiniz.",
    review: [
      [
        "Siparişiniz için teşekkürler! Lütfen bize olumlu bir {} bırakın.",
        "yorum",
      ],
      ["Memnun kaldıysanız lütfen 5 yıldızlı bir {} yapın.", "değerlendirme"],
    ],
    at: ["et işareti", "at"],
    dot: ["nokta"],
    locals: ["destek", "bilgi", "siparis"],
    brands: ["magazam", "evdekor", "mutfaksepeti"],
    tlds: ["com.tr", "com", "tr"],
    path: "/kampanya",
  },
  "pt-BR": {
    email: "Em caso de dúvidas, escreva para {} que respondemos logo.",
    link: "Você encontra as peças mais baratas em {} hoje mesmo.",
    review: [
      [
        "Obrigado pela sua compra! Por favor, deixe uma {} positiva na Amazon.",
        "avaliação",
      ],
      ["Se gostou, deixe uma {} de 5 estrelas para nós.", "avaliação"],
    ],
    at: ["arroba"],
    dot: ["ponto"],
    locals: ["atendimento", "vendas", "suporte"],
    brands: ["lojabrasil", "casaeconforto", "eletrobr"],
    tlds: ["com.br", "br", "com"],
    path: "/ofertas",
  },
  "ja-JP": {
    email: "ご不明な点は {} までご連絡ください。",
    link: "交換部品は {} でもっと安く購入できます。",
    review: [
      ["ご注文ありがとうございます。ぜひ星5つの{}をお願いします。", "レビュー"],
      [
        "商品にご満足いただけましたら、高評価の{}を書いてください。",
        "レビュー",
      ],
    ],
    at: ["アットマーク", "アット"],
    dot: ["ドット"],
    locals: ["support", "info", "shop.jp"],
    brands: ["nihonshop", "kaden", "zakkaya"],
    tlds: ["jp", "co.jp", "com"],
    path: "/sale",
  },
  "zh-CN": {
    email: "如有任何问题请发邮件至 {} 联系我们。",
    link: "配件在我们的网站 {} 上更便宜。",
    review: [
      ["感谢您的购买！请给我们一个五星{}。", "好评"],
      ["如果您满意，请在亚马逊上给我们留下{}。", "好评"],
    ],
    at: ["艾特", "圈a"],
    dot: ["点"],
    locals: ["kefu", "service", "sales88"],
    brands: ["zhongshop", "jiadian", "meihao"],
    tlds: ["cn", "com", "com.cn"],
    path: "/youhui",
  },
  "ar-AE": {
    email: "إذا كان لديك أي سؤال، راسلنا على {} وسنساعدك.",
    link: "يمكنك شراء قطع الغيار بسعر أقل من موقعنا {} الآن.",
    review: [
      ["شكرا لطلبك! يرجى ترك {} إيجابي لنا على أمازون.", "تقييم"],
      ["إذا كنت راضيا، اترك لنا {} خمس نجوم من فضلك.", "تقييم"],
    ],
    at: ["آت", "at"],
    dot: ["نقطة", "دوت"],
    locals: ["support", "info", "sales.uae"],
    brands: ["dubaishop", "souqhome", "alnoor"],
    tlds: ["ae", "com"],
    path: "/offers",
  },
  "hi-IN": {
    email: "किसी भी सवाल के लिए हमें {} पर ईमेल करें।",
    link: "स्पेयर पार्ट्स हमारी वेबसाइट {} पर सस्ते मिलते हैं।",
    review: [
      ["आपके ऑर्डर के लिए धन्यवाद! कृपया हमें 5 स्टार {} दें।", "रिव्यू"],
      ["अगर आप खुश हैं तो कृपया एक अच्छा {} लिखें।", "रिव्यू"],
    ],
    at: ["एट द रेट", "एट"],
    dot: ["डॉट"],
    locals: ["support", "sales", "info.india"],
    brands: ["bharatstore", "desikart", "gharsaaman"],
    tlds: ["in", "co.in", "com"],
    path: "/offers",
  },
};

// ---------------------------------------------------------------- transforms

/** Character-level tricks, applied to the payload as a whole. */
type CharTransform = (value: string, rng: () => number) => string;

const MAPPINGS: Readonly<Record<string, CharTransform>> = {
  fullwidth: (v) => fullWidth(v),
  circled: (v) => circled(v),
  math: (v) => mathBold(v),
  homoglyph: (v, rng) => homoglyph(v, rng),
  greek: (v, rng) => greek(v, rng),
};
const INSERTIONS: Readonly<Record<string, CharTransform>> = {
  zwsp: (v, rng) => insert(v, "\u200b", rng),
  shy: (v, rng) => insert(v, "\u00ad", rng),
  wj: (v, rng) => insert(v, "\u2060", rng),
  linebreak: (v, rng) => lineBreak(v, rng),
};
const LAST: Readonly<Record<string, CharTransform>> = {
  rlo: (v) => reversed(v),
};
const CHAR_TRANSFORMS: Readonly<Record<string, CharTransform>> = {
  ...MAPPINGS,
  ...INSERTIONS,
  ...LAST,
};

/** The parts of an address or host from which structural forms are built. */
interface Address {
  readonly local: string;
  readonly labels: readonly string[];
}

type EmailForm = (a: Address, d: LocaleData, rng: () => number) => string;

const EMAIL_FORMS: Readonly<Record<string, EmailForm>> = {
  plain: (a) => `${a.local}@${a.labels.join(".")}`,
  "spaced-symbols": (a) => `${a.local} @ ${a.labels.join(" . ")}`,
  words: (a, d, rng) =>
    `${a.local} ${pick(rng, d.at)} ${a.labels.join(` ${pick(rng, d.dot)} `)}`,
  "words-bracketed": (a, d, rng) => {
    const [open, close] = pick(rng, [["(", ")"], ["[", "]"], ["{", "}"]]);
    return `${a.local} ${open}${pick(rng, d.at)}${close} ${
      a.labels.join(` ${open}${pick(rng, d.dot)}${close} `)
    }`;
  },
  "words-hyphenated": (a, d, rng) =>
    `${a.local}-${pick(rng, d.at).replace(/ /g, "-")}-${
      a.labels.join(`-${pick(rng, d.dot)}-`)
    }`,
  "en-words": (a) => `${a.local} (at) ${a.labels.join(" (dot) ")}`,
  "upper-words": (a) => `${a.local} AT ${a.labels.join(" DOT ")}`.toUpperCase(),
  "nbsp-spaced": (a) =>
    `${a.local}\u00a0@\u00a0${a.labels.join("\u00a0.\u00a0")}`,
  defanged: (a) => `${a.local}[@]${a.labels.join("[.]")}`,
  entity: (a) => `${a.local}&#64;${a.labels.join(".")}`,
  "spaced-letters": (a) => between(`${a.local}@${a.labels.join(".")}`, " "),
  // A symbol to swap for "@", with the note that says so.
  "symbol-swap": (a, _d, rng) => {
    const symbol = pick(rng, ["★", "#", "☆", "*", "●"]);
    return `${a.local}${symbol}${a.labels.join(".")} (${symbol} → @)`;
  },
  // "@" and a provider without its domain ("shop.help@hotmail").
  "at-provider": (a, _d, rng) =>
    `${handleOf(a, rng)}@${pick(rng, ["gmail", "hotmail", "yahoo"])}`,
};

/**
 * How each locale puts a user name at a mail provider without an "@" word
 * ("… on Gmail", "… bei GMX", "… chez Orange"), and its providers' domains.
 */
const PROVIDER_WAYS: Readonly<
  Record<Locale, { at: readonly string[]; domains: readonly string[] }>
> = {
  "en-US": { at: ["on", "at", "via"], domains: ["gmail.com", "yahoo.com"] },
  "en-GB": { at: ["on", "at"], domains: ["hotmail.co.uk", "gmail.com"] },
  "de-DE": { at: ["bei", "auf"], domains: ["gmx.de", "web.de"] },
  "fr-FR": { at: ["chez", "sur"], domains: ["orange.fr", "free.fr"] },
  "es-ES": { at: ["en"], domains: ["hotmail.es", "gmail.com"] },
  "es-MX": { at: ["en"], domains: ["hotmail.com", "yahoo.com.mx"] },
  "it-IT": { at: ["su", "presso"], domains: ["libero.it", "virgilio.it"] },
  "nl-NL": { at: ["bij", "op"], domains: ["ziggo.nl", "kpnmail.nl"] },
  "sv-SE": { at: ["på", "hos"], domains: ["gmail.com", "hotmail.com"] },
  "pl-PL": { at: ["na"], domains: ["wp.pl", "o2.pl", "interia.pl"] },
  "tr-TR": { at: [""], domains: ["gmail.com", "hotmail.com"] },
  "pt-BR": { at: ["no", "em"], domains: ["uol.com.br", "bol.com.br"] },
  "ja-JP": { at: [""], domains: ["yahoo.co.jp", "docomo.ne.jp"] },
  "zh-CN": { at: [""], domains: ["qq.com", "163.com"] },
  "ar-AE": { at: ["على", "في"], domains: ["gmail.com", "hotmail.com"] },
  "hi-IN": { at: [""], domains: ["rediffmail.com", "gmail.com"] },
};

// A user name as sellers make one: name and shop joined by a dot or an
// underscore, or the shop with a year.
function handleOf(a: Address, rng: () => number): string {
  const brand = a.labels[0]!;
  return pick(rng, [
    `${brand}.${a.local.replace(/\./g, "")}`,
    `${a.local.replace(/\./g, "")}_${brand}`,
    `${brand}2024`,
  ]);
}

type ProviderForm = (
  a: Address,
  locale: Locale,
  d: LocaleData,
  rng: () => number,
) => string;

/** Addresses given by a provider's name, without "@" or its own domain. */
const PROVIDER_FORMS: Readonly<Record<string, ProviderForm>> = {
  // "shop.help bei GMX": the provider's name after a preposition.
  "provider-named": (a, locale, _d, rng) => {
    const way = PROVIDER_WAYS[locale];
    // Chinese names the mailbox: "163邮箱".
    const name = pick(rng, way.domains).split(".")[0]! +
      (locale === "zh-CN" ? "邮箱" : "");
    const at = pick(rng, way.at);
    return `${handleOf(a, rng)} ${at === "" ? "" : `${at} `}${
      name[0]!.toUpperCase()
    }${name.slice(1)}`;
  },
  // "shop.help bei gmx punkt de": the provider's domain spelled out.
  "provider-domain-words": (a, locale, d, rng) => {
    const way = PROVIDER_WAYS[locale];
    const at = pick(rng, way.at);
    const dot = pick(rng, d.dot);
    return `${handleOf(a, rng)} ${at === "" ? "" : `${at} `}${
      pick(rng, way.domains).split(".").join(` ${dot} `)
    }`;
  },
  // "Gmail: shop.help": the provider first, then the user name.
  "provider-first": (a, _locale, _d, rng) =>
    `${pick(rng, ["Gmail", "Hotmail", "Yahoo"])}: ${handleOf(a, rng)}`,
};

interface Host {
  readonly brand: string;
  readonly tld: string;
  readonly path: string;
}

type LinkForm = (h: Host, d: LocaleData, rng: () => number) => string;

const RARE_TLDS = [
  "xyz",
  "shop",
  "store",
  "online",
  "site",
  "io",
  "app",
  "top",
  "club",
  "tech",
];

const LINK_FORMS: Readonly<Record<string, LinkForm>> = {
  scheme: (h) => `https://www.${h.brand}.${h.tld}${h.path}`,
  www: (h) => `www.${h.brand}.${h.tld}`,
  bare: (h) => `${h.brand}.${h.tld}`,
  "bare-rare-tld": (h, _d, rng) => `${h.brand}.${pick(rng, RARE_TLDS)}`,
  "spaced-dots": (h) => `www . ${h.brand} . ${h.tld.replace(/\./g, " . ")}`,
  "dot-word": (h, d, rng) => {
    const dot = pick(rng, d.dot);
    return `${h.brand} ${dot} ${h.tld.replace(/\./g, ` ${dot} `)}`;
  },
  "dot-word-www": (h, d, rng) => {
    const dot = pick(rng, d.dot);
    return `www ${dot} ${h.brand} ${dot} ${h.tld.replace(/\./g, ` ${dot} `)}`;
  },
  "bracket-dot": (h) => `${h.brand}[.]${h.tld.replace(/\./g, "[.]")}`,
  "paren-dot-word": (h) => `${h.brand}(dot)${h.tld.replace(/\./g, "(dot)")}`,
  hxxps: (h) => `hxxps://www[.]${h.brand}[.]${h.tld}${h.path}`,
  "spaced-letters": (h) => between(`www.${h.brand}.${h.tld}`, " "),
  upper: (h) => `WWW.${h.brand}.${h.tld}`.toUpperCase(),
  "scheme-spaced": (h) => `https : // www . ${h.brand} . ${h.tld}`,
};

/** Links that are a disguise on their own (no pairs). */
const SPECIAL_LINKS: Readonly<Record<string, (h: Host) => string>> = {
  "amazon-homoglyph": () => "https://www.\u0430mazon.de/gp/help/returns",
  "amazon-punycode": () =>
    `https://www.${new URL("https://\u0430mazon.de").hostname}/returns`,
  "idn-homoglyph": (h) =>
    `https://www.${homoglyph(h.brand, () => 0.3)}.${h.tld}${h.path}`,
  "idn-punycode": (h) =>
    `https://${
      new URL(`https://${h.brand}-m\u00e4rkt.${h.tld}`).hostname
    }${h.path}`,
  ipv4: () => "http://185.23.4.17/shop",
  "ipv4-bare": () => "185.23.4.17/shop/login",
  ipv6: () => "http://[2001:db8:85a3::8a2e:370:7334]/shop",
  "ip-decimal": () => "http://3105424401/shop",
  "ip-hex": () => "http://0xB9170411/shop",
  "data-url": () => "data:text/html;base64,PGgxPkhlbGxvPC9oMT4=",
  "redirect-location": (h) =>
    `https://www.amazon.de/gp/redirect.html?location=https%3A%2F%2Fwww.${h.brand}.${h.tld}`,
  "redirect-r": (h) =>
    `https://www.amazon.com/gp/r.html?U=https://www.${h.brand}.${h.tld}${h.path}`,
  "redirect-double-encoded": (h) =>
    `https://www.amazon.co.uk/gp/redirect.html?location=https%253A%252F%252F${h.brand}.${h.tld}`,
};

type ReviewForm = (word: string, rng: () => number, locale: Locale) => string;

const LATIN_LOCALES = new Set<Locale>(
  LOCALES.filter((l) => !["ja-JP", "zh-CN", "ar-AE", "hi-IN"].includes(l)),
);

const REVIEW_FORMS: Readonly<Record<string, ReviewForm | undefined>> = {
  plain: (w) => w,
  leet: (w, rng) => leet(w, rng),
  spaced: (w) => between(w, " "),
  dotted: (w) => between(w, "."),
  hyphenated: (w) => between(w, "-"),
  "upper-spaced": (w) => between(w.toUpperCase(), " "),
};

// ---------------------------------------------------------------- cases

function half(id: string): "tune" | "report" {
  return (hash(id) & 1) === 0 ? "tune" : "report";
}

function compose(names: readonly string[], value: string, rng: () => number) {
  let out = value;
  for (const name of names) out = CHAR_TRANSFORMS[name]!(out, rng);
  return out;
}

/** Pairs of character-level transforms that combine. */
function charPairs(): string[][] {
  const pairs: string[][] = [];
  for (const m of Object.keys(MAPPINGS)) {
    for (const i of Object.keys(INSERTIONS)) pairs.push([m, i]);
    pairs.push([m, "rlo"]);
  }
  const insertions = Object.keys(INSERTIONS);
  for (let a = 0; a < insertions.length; a++) {
    for (let b = a + 1; b < insertions.length; b++) {
      pairs.push([insertions[a]!, insertions[b]!]);
    }
    // A line break ends an override: the pair would show nothing hidden.
    if (insertions[a] !== "linebreak") pairs.push([insertions[a]!, "rlo"]);
  }
  return pairs;
}

// How many locales each pair is tried in (chosen by a seeded draw).
const PAIR_LOCALES = 5;

function pairLocales(id: string): Locale[] {
  const rng = rngFor(id);
  const all = [...LOCALES];
  const out: Locale[] = [];
  while (out.length < PAIR_LOCALES) {
    out.push(all.splice(Math.floor(rng() * all.length), 1)[0]!);
  }
  return out;
}

function caseOf(
  kind: Kind,
  transform: string,
  locale: Locale,
  text: string,
  rule: string | undefined,
  type = "unexpectedProblem",
): DisguiseCase {
  const id = `${kind}/${transform}/${locale}`;
  return { id, kind, transform, locale, type, text, rule, half: half(id) };
}

function emailCases(): DisguiseCase[] {
  const out: DisguiseCase[] = [];
  const make = (form: string, chars: readonly string[], locale: Locale) => {
    const transform = [
      form === "plain" && chars.length > 0 ? "" : form,
      ...chars,
    ]
      .filter((n) => n !== "").join("+");
    const id = `email/${transform}/${locale}`;
    const rng = rngFor(id);
    const d = DATA[locale];
    const address: Address = {
      local: pick(rng, d.locals),
      labels: [pick(rng, d.brands), ...pick(rng, d.tlds).split(".")],
    };
    const payload = compose(chars, EMAIL_FORMS[form]!(address, d, rng), rng);
    out.push(
      caseOf(
        "email",
        transform,
        locale,
        d.email.replace("{}", payload),
        "no-email",
      ),
    );
  };
  for (const locale of LOCALES) {
    for (const form of Object.keys(EMAIL_FORMS)) make(form, [], locale);
    for (const [form, build] of Object.entries(PROVIDER_FORMS)) {
      const id = `email/${form}/${locale}`;
      const rng = rngFor(id);
      const d = DATA[locale];
      const address: Address = {
        local: pick(rng, d.locals),
        labels: [pick(rng, d.brands)],
      };
      out.push(
        caseOf(
          "email",
          form,
          locale,
          d.email.replace("{}", build(address, locale, d, rng)),
          "no-email",
        ),
      );
    }
    for (const name of Object.keys(CHAR_TRANSFORMS)) {
      make("plain", [name], locale);
    }
  }
  // Pairs: a structural form with a character trick, and two character
  // tricks, each in a few locales.
  const structural = ["spaced-symbols", "words", "words-bracketed", "defanged"];
  const pairs: [string, string[]][] = [];
  for (const form of structural) {
    for (const name of Object.keys(CHAR_TRANSFORMS)) pairs.push([form, [name]]);
  }
  for (const pair of charPairs()) pairs.push(["plain", pair]);
  for (const [form, chars] of pairs) {
    for (const locale of pairLocales(`email/${form}/${chars.join("+")}`)) {
      make(form, chars, locale);
    }
  }
  return out;
}

function linkCases(): DisguiseCase[] {
  const out: DisguiseCase[] = [];
  const host = (d: LocaleData, rng: () => number): Host => ({
    brand: pick(rng, d.brands),
    tld: pick(rng, d.tlds),
    path: d.path,
  });
  const make = (form: string, chars: readonly string[], locale: Locale) => {
    const transform = [
      form === "scheme" && chars.length > 0 ? "" : form,
      ...chars,
    ]
      .filter((n) => n !== "").join("+");
    const id = `link/${transform}/${locale}`;
    const rng = rngFor(id);
    const d = DATA[locale];
    const h = host(d, rng);
    const base = LINK_FORMS[form]?.(h, d, rng) ?? SPECIAL_LINKS[form]!(h);
    const payload = compose(chars, base, rng);
    out.push(
      caseOf(
        "link",
        transform,
        locale,
        d.link.replace("{}", payload),
        "link-policy",
      ),
    );
  };
  for (const locale of LOCALES) {
    for (const form of Object.keys(LINK_FORMS)) make(form, [], locale);
    for (const form of Object.keys(SPECIAL_LINKS)) make(form, [], locale);
    for (const name of Object.keys(CHAR_TRANSFORMS)) {
      make("scheme", [name], locale);
    }
  }
  const structural = [
    "www",
    "bare",
    "bare-rare-tld",
    "dot-word",
    "spaced-dots",
    "bracket-dot",
    "hxxps",
  ];
  const pairs: [string, string[]][] = [];
  for (const form of structural) {
    for (const name of Object.keys(CHAR_TRANSFORMS)) pairs.push([form, [name]]);
  }
  for (const pair of charPairs()) pairs.push(["scheme", pair]);
  for (const [form, chars] of pairs) {
    for (const locale of pairLocales(`link/${form}/${chars.join("+")}`)) {
      make(form, chars, locale);
    }
  }
  return out;
}

function reviewCases(): DisguiseCase[] {
  const out: DisguiseCase[] = [];
  const make = (form: string, chars: readonly string[], locale: Locale) => {
    const latin = LATIN_LOCALES.has(locale);
    // Tricks that need Latin letters, and half-width kana for Japanese.
    const latinOnly = [
      "leet",
      "upper-spaced",
      "homoglyph",
      "greek",
      "circled",
      "math",
    ];
    if (!latin && [form, ...chars].some((n) => latinOnly.includes(n))) return;
    if (
      (form === "spaced" || form === "dotted" || form === "hyphenated") &&
      chars.includes("rlo")
    ) return;
    // Arabic letters read right to left already: an override shows a
    // reversed word as it is written, reversed, so it hides nothing.
    if (locale === "ar-AE" && chars.includes("rlo")) return;
    const transform = [
      form === "plain" && chars.length > 0 ? "" : form,
      ...chars,
    ]
      .filter((n) => n !== "").join("+");
    const id = `review/${transform}/${locale}`;
    const rng = rngFor(id);
    const [sentence, word] = pick(rng, DATA[locale].review);
    let payload = REVIEW_FORMS[form]!(word, rng, locale);
    for (const name of chars) {
      payload = name === "fullwidth" && locale === "ja-JP"
        ? halfWidthKana(payload)
        : CHAR_TRANSFORMS[name]!(payload, rng);
    }
    out.push(
      caseOf(
        "review",
        transform,
        locale,
        sentence.replace("{}", payload),
        "no-review-manipulation",
      ),
    );
  };
  for (const locale of LOCALES) {
    for (const form of Object.keys(REVIEW_FORMS)) make(form, [], locale);
    for (const name of Object.keys(CHAR_TRANSFORMS)) {
      if (
        name === "fullwidth" && !LATIN_LOCALES.has(locale) && locale !== "ja-JP"
      ) continue;
      make("plain", [name], locale);
    }
  }
  const pairs: [string, string[]][] = [
    ["leet", ["zwsp"]],
    ["leet", ["homoglyph"]],
    ["leet", ["shy"]],
    ["spaced", ["fullwidth"]],
    ["spaced", ["homoglyph"]],
    ["spaced", ["zwsp"]],
    ["dotted", ["homoglyph"]],
    ["dotted", ["fullwidth"]],
    ["hyphenated", ["math"]],
    ["hyphenated", ["zwsp"]],
  ];
  for (const pair of charPairs()) pairs.push(["plain", pair]);
  for (const [form, chars] of pairs) {
    for (const locale of pairLocales(`review/${form}/${chars.join("+")}`)) {
      make(form, chars, locale);
    }
  }
  return out;
}

/**
 * Clean messages that use the disguises' characters legitimately: none may
 * get an error from any rule (the order-id and language checks aside).
 */
const CONTROLS: readonly (readonly [string, Locale, string, string])[] = [
  [
    "hindi-zwj",
    "hi-IN",
    "unexpectedProblem",
    "आपका ऑर्डर कल भेज दिया गया है। क्\u200Dष और र्\u200D जैसे अक्षर ठीक से दिखेंगे। धन्यवाद।",
  ],
  [
    "hindi-zwnj",
    "hi-IN",
    "confirmDeliveryDetails",
    "कृपया डिलीवरी के समय घर पर रहें। पार्सल सोमवार को आएगा, क्\u200Cष धन्यवाद।",
  ],
  [
    "arabic-zwnj",
    "ar-AE",
    "unexpectedProblem",
    "نعتذر عن التأخير في شحن طلبك. سيصل الطرد خلال يومين إن شاء الله.\u200C شكرا لصبرك.",
  ],
  [
    "arabic-rtl-marks",
    "ar-AE",
    "confirmDeliveryDetails",
    "\u200Fسيتم توصيل طلبك يوم الأحد بين الساعة 9 و 12. يرجى التأكد من وجود شخص لاستلامه.\u200F",
  ],
  [
    "arabic-message",
    "ar-AE",
    "unexpectedProblem",
    "مرحبا، نود إبلاغك بأن المنتج الذي طلبته سيصل متأخرا بسبب الأحوال الجوية. نعتذر عن الإزعاج.",
  ],
  [
    "turkish-dotted-i",
    "tr-TR",
    "unexpectedProblem",
    "İADE işleminiz için İstanbul deposundan kargo gönderildi. İyi günler dileriz.",
  ],
  [
    "turkish-at-words",
    "tr-TR",
    "confirmDeliveryDetails",
    "Kargonuz yarın teslim edilecek. Lütfen saat 14.30'da evde olun; paket dikkatli taşınacak, at arabası değil kamyonla gelecek.",
  ],
  [
    "turkish-nokta",
    "tr-TR",
    "unexpectedProblem",
    "Ürün stokta kalmadı. Bu noktada size iki seçenek sunabiliriz: bekleme ya da iptal.",
  ],
  [
    "japanese-fullwidth-address",
    "ja-JP",
    "confirmDeliveryDetails",
    "お届け先は東京都港区南青山１－２－３、〒１０７－００６２でよろしいでしょうか。配達は１２月５日１４：００～１６：００の予定です。",
  ],
  [
    "japanese-fullwidth-digits",
    "ja-JP",
    "unexpectedProblem",
    "ご注文の商品（型番ＸＡ－２００）は在庫切れのため、発送が３日ほど遅れます。申し訳ございません。",
  ],
  [
    "chinese-spaced",
    "zh-CN",
    "unexpectedProblem",
    "您 好 ， 您 的 订 单 因 天 气 原 因 延 迟 发 货 ， 预 计 三 天 后 到 达 。 非 常 抱 歉 。",
  ],
  [
    "chinese-dot-word",
    "zh-CN",
    "confirmDeliveryDetails",
    "快递将于明天下午三点送达，请您留意电话。",
  ],
  [
    "carrier-tracking",
    "en-US",
    "confirmDeliveryDetails",
    "Your parcel is on its way. Track it here: https://www.ups.com/track?tracknum=1Z999AA10123456784",
  ],
  [
    "carrier-dhl",
    "de-DE",
    "confirmDeliveryDetails",
    "Ihre Sendung ist unterwegs. Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557",
  ],
  [
    "amazon-word",
    "de-DE",
    "unexpectedProblem",
    "Ihre Bestellung bei Amazon.de wurde leider beim Versand beschädigt. Wir senden Ihnen kostenlos einen Ersatz.",
  ],
  [
    "amazon-word-en",
    "en-GB",
    "unexpectedProblem",
    "We are sorry: your order on amazon.co.uk was delayed by the courier. A replacement ships today.",
  ],
  [
    "price",
    "en-US",
    "unexpectedProblem",
    "We refunded the shipping fee of $4.99 to your card. The rest of the order ships on Monday.",
  ],
  [
    "price-eu",
    "de-DE",
    "unexpectedProblem",
    "Wir haben Ihnen die Versandkosten von 4,99 € bzw. 4.99 EUR erstattet.",
  ],
  [
    "order-id",
    "en-US",
    "unexpectedProblem",
    "Your order 123-1234567-1234567 was split into two parcels; the second one arrives tomorrow.",
  ],
  [
    "time",
    "de-DE",
    "confirmDeliveryDetails",
    "Die Lieferung erfolgt am Montag ab 14.30 Uhr. Bitte seien Sie zu Hause.",
  ],
  [
    "model-number",
    "en-US",
    "unexpectedProblem",
    "The X-200 model you ordered is out of stock; we can ship the X-210 instead at the same price.",
  ],
  [
    "abbreviations-de",
    "de-DE",
    "unexpectedProblem",
    "Falls etwas fehlt, z.B. die Schrauben o.ä., melden Sie sich bitte. Die Lieferung erfolgt u.a. per DHL.",
  ],
  [
    "abbreviations-en",
    "en-US",
    "unexpectedProblem",
    "Your order, i.e. the lamp and bulbs, ships today, approx. 3 p.m. via U.S. Mail.",
  ],
  [
    "abbreviations-fr",
    "fr-FR",
    "unexpectedProblem",
    "Votre colis, c.-à-d. la lampe, sera livré vers 15 h, etc. Merci de votre patience.",
  ],
  [
    "polish-words",
    "pl-PL",
    "unexpectedProblem",
    "Przesyłka została nadana. Kropka nad i: paczkę dostarczy kurier w poniedziałek, w godz. 8-12.",
  ],
  [
    "polish-malpa",
    "pl-PL",
    "unexpectedProblem",
    "Zabawka w kształcie małpy jest chwilowo niedostępna, wyślemy ją w przyszłym tygodniu.",
  ],
  [
    "dutch-punt",
    "nl-NL",
    "unexpectedProblem",
    "Uw pakket is onderweg. Op dit punt kunnen wij de bezorgtijd niet wijzigen, excuses daarvoor.",
  ],
  [
    "spanish-punto",
    "es-ES",
    "unexpectedProblem",
    "Su pedido está en camino. En este punto no podemos cambiar la dirección de entrega, lo sentimos.",
  ],
  [
    "italian-punto",
    "it-IT",
    "unexpectedProblem",
    "Il suo ordine è in viaggio. A questo punto non possiamo più modificare l'indirizzo, ci scusi.",
  ],
  [
    "french-point",
    "fr-FR",
    "unexpectedProblem",
    "Votre colis arrive demain. Point important : le livreur passera entre 8 h et 12 h.",
  ],
  [
    "english-at",
    "en-US",
    "confirmDeliveryDetails",
    "The courier arrives at 9:00 at your door; please be at home at that time.",
  ],
  [
    "english-dot",
    "en-GB",
    "unexpectedProblem",
    "The courier will arrive on the dot at 10 am. Please look at the box for the label.",
  ],
  [
    "swedish-punkt",
    "sv-SE",
    "unexpectedProblem",
    "Ditt paket är på väg. På den punkten kan vi tyvärr inte ändra leveransdagen.",
  ],
  [
    "portuguese-ponto",
    "pt-BR",
    "unexpectedProblem",
    "Seu pedido já foi enviado. Neste ponto não é possível alterar o endereço de entrega.",
  ],
  [
    "file-name",
    "en-US",
    "unexpectedProblem",
    "Please find the assembly manual attached as manual_v2.pdf; the parts list is on page 3.",
  ],
  [
    "version",
    "en-US",
    "unexpectedProblem",
    "Please update the firmware to version 10.2.0.1 before first use; the guide is in the box.",
  ],
  [
    "dimensions",
    "de-DE",
    "unexpectedProblem",
    "Das Paket misst 40.5 x 30.2 x 10.0 cm und wiegt 2.5 kg.",
  ],
  [
    "spanish-arroba",
    "es-ES",
    "unexpectedProblem",
    "El paquete pesa una arroba aproximadamente, unos 11 kg, por eso lo entrega una empresa de transporte.",
  ],
  [
    "review-other-sense",
    "en-US",
    "confirmOrderDetails",
    "Please review the engraving text below and confirm it is correct before we start production.",
  ],
  [
    "german-bewertung-other",
    "de-DE",
    "unexpectedProblem",
    "Die Bewertung Ihres Rücksendeantrags ist abgeschlossen: Sie erhalten eine volle Erstattung.",
  ],
  [
    "hindi-message",
    "hi-IN",
    "unexpectedProblem",
    "नमस्ते, आपका पार्सल मौसम के कारण देर से पहुंचेगा। असुविधा के लिए हमें खेद है।",
  ],
  [
    "japanese-message",
    "ja-JP",
    "unexpectedProblem",
    "ご注文の商品は悪天候のため配送が遅れております。ご迷惑をおかけして申し訳ございません。",
  ],
  [
    "math-symbols",
    "en-US",
    "unexpectedProblem",
    "The box holds 2 × 3 items; the cable is ½ metre longer than listed. Sorry about that.",
  ],
  [
    "emoji-free-line-breaks",
    "en-GB",
    "unexpectedProblem",
    "Hello,\nyour order was delayed by the courier.\nIt will arrive on Tuesday.\nKind regards",
  ],
  [
    "dotted-initials",
    "en-US",
    "unexpectedProblem",
    "Your order was packed by J. R. Smith at our warehouse and leaves today by U.P.S. ground.",
  ],
  [
    "hyphenated-words",
    "de-DE",
    "unexpectedProblem",
    "Das Ersatz-Netzteil (Modell AB-12-C) wird am Montag per Express-Versand verschickt.",
  ],
  [
    "spaced-caps-heading",
    "en-US",
    "unexpectedProblem",
    "N O T I C E: your order ships on Monday instead of Friday because of a stock delay.",
  ],
  [
    "ipv-like-date",
    "de-DE",
    "unexpectedProblem",
    "Die Lieferung ist für den 12.12.2026 geplant, Paketnummer 36.38.40.42 laut Lieferschein.",
  ],
  [
    "tracking-id",
    "en-US",
    "confirmDeliveryDetails",
    "Your tracking number is 1Z999AA10123456784 with UPS; delivery is expected on Friday.",
  ],
  [
    "portuguese-com-line",
    "pt-BR",
    "unexpectedProblem",
    "Obrigado pela sua compra.\ncom carinho, equipe da loja",
  ],
  [
    "english-line-start",
    "en-GB",
    "unexpectedProblem",
    "Thank you for your patience.\nshop team",
  ],
  [
    "soft-hyphen-line",
    "de-DE",
    "unexpectedProblem",
    "Die Versand\u00ADkosten erstatten wir Ihnen.\nWir bitten um Entschuldigung.",
  ],
  [
    "circled-list",
    "en-US",
    "unexpectedProblem",
    "Steps: ⓐ open the box, ⓑ remove the foam, ⓒ plug in the cable.",
  ],
  [
    "account-at-amazon",
    "en-US",
    "unexpectedProblem",
    "You can see the refund in your account at amazon.com under Your Orders.",
  ],
  [
    "german-dot-line",
    "de-DE",
    "confirmDeliveryDetails",
    "Die Lieferung kommt am Montag.\nde facto ab 8 Uhr, bitte seien Sie da.",
  ],
  [
    "greek-word",
    "en-GB",
    "unexpectedProblem",
    "The lamp is the model Δέλτα 2.0; the bulb is included.",
  ],
  [
    "chinese-address",
    "zh-CN",
    "confirmDeliveryDetails",
    "请确认收货地址：上海市浦东新区世纪大道１００号，电话将提前联系您。",
  ],
];

function controlCases(): DisguiseCase[] {
  return CONTROLS.map(([name, locale, type, text]) => {
    const id = `clean/${name}/${locale}`;
    return {
      id,
      kind: "clean",
      transform: name,
      locale,
      type,
      text,
      rule: undefined,
      half: half(id),
    };
  });
}

/** Every generated case, in a stable order. */
export function generateCases(): DisguiseCase[] {
  return [...emailCases(), ...linkCases(), ...reviewCases(), ...controlCases()];
}

// ---------------------------------------------------------------- scoring

const OPTIONS: LintOptions = { rules: { "language-match": "off" } };
/** Rules a clean control may trip without it counting (not about disguises). */
const IGNORED_ON_CONTROLS = new Set(["order-id", "language-match"]);

/** The outcome of one case. */
export interface CaseResult {
  readonly item: DisguiseCase;
  /** For a violation: the rule fired; for a control: no error. */
  readonly pass: boolean;
  /** The rules that reported errors. */
  readonly errors: readonly string[];
  /** The ranges the expected rule reported its errors on. */
  readonly ranges: readonly { start: number; end: number }[];
}

/** Lints one case. */
export function runCase(item: DisguiseCase): CaseResult {
  const report = lintMessage(
    { type: item.type, text: item.text, locale: item.locale },
    OPTIONS,
  );
  const errors = [
    ...new Set(
      report.diagnostics.filter((d) => d.severity === "error").map((d) =>
        d.ruleId
      ),
    ),
  ];
  const pass = item.rule === undefined
    ? errors.every((rule) => IGNORED_ON_CONTROLS.has(rule))
    : errors.includes(item.rule);
  const ranges = report.diagnostics.filter((d) =>
    d.severity === "error" && d.ruleId === item.rule
  ).map((d) => ({
    start: d.range?.start.offset ?? -1,
    end: d.range?.end.offset ?? -1,
  }));
  return { item, pass, errors, ranges };
}

/** Counts per group: how many, and how many passed. */
export interface Tally {
  total: number;
  passed: number;
}

/** A tally of the results by a key. */
export function tally(
  results: readonly CaseResult[],
  key: (result: CaseResult) => string,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const result of results) {
    const k = key(result);
    const entry = out.get(k) ?? { total: 0, passed: 0 };
    entry.total++;
    if (result.pass) entry.passed++;
    out.set(k, entry);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A tally per transform: each case counts for every transform it applies
 * (a pair counts for both).
 */
export function tallyByTransform(
  results: readonly CaseResult[],
): Map<string, Tally> {
  const parts = new Map<string, Tally>();
  for (const r of results) {
    for (const name of r.item.transform.split("+")) {
      const entry = parts.get(name) ?? { total: 0, passed: 0 };
      entry.total++;
      if (r.pass) entry.passed++;
      parts.set(name, entry);
    }
  }
  return new Map([...parts].sort(([a], [b]) => a.localeCompare(b)));
}

/** `passed/total` as a percentage with one decimal. */
export function rate(entry: Tally): number {
  return entry.total === 0 ? 100 : (100 * entry.passed) / entry.total;
}

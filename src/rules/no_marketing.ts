// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { compilePhrases, type PhraseTable, reportPhrases } from "./_phrases.ts";

// A percentage: "20%", "20 %", "12,5 %" (Arabic-Indic digits and "٪" are
// folded to ASCII before matching).
const PCT = String.raw`\d{1,3}(?:[.,]\d{1,2})? ?%`;
// An amount of money: "$10", "€ 5", "10 EUR", "R$ 20".
const MONEY = String
  .raw`(?:(?:r\$|[$€£¥₹₺]) ?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})? ?(?:[$€£¥₹₺]|eur|euros?|usd|dollars?|pounds?|gbp|zł|pln|tl|kr|sek))`;
// Social platforms, after "follow us on".
const PLATFORM =
  "(?:face-?book|insta-?gram|tik-?tok|twitter|x|youtube|pinterest|snapchat|whats-?app|telegram|we-?chat|linked-?in|threads)";
const AR_PLATFORM =
  "(?:فيسبوك|فيس بوك|إنستغرام|انستغرام|انستقرام|إنستقرام|إنستجرام|انستجرام|تيك توك|تويتر|يوتيوب|سناب ?شات|واتساب|واتس ?اب|تيليجرام|تلغرام)";
// Arabic proclitics (و ف ب ل ك, ال) and enclitics/case endings.
const AR = "(?:[وفبلك]?(?:ال)?|[وف]?لل)";
const AS = String.raw`[\p{L}\p{M}]{0,4}`;
// Devanagari word tail (vowel signs are combining marks).
const HS = String.raw`[\p{L}\p{M}]{0,3}`;

type Category =
  | "coupon"
  | "discount"
  | "offer"
  | "crossSell"
  | "social"
  | "newsletter"
  | "referral";

const PHRASES: PhraseTable<Category> = {
  coupon: {
    en: [
      "(?:promo|promotional|promotion|discount|voucher|coupon|offer|savings?) codes?",
      "coupons?",
      "(?:discount|promo|promotional|shopping|cash) vouchers?",
      "voucher codes?",
      String
        .raw`(?:use|enter|apply|redeem) (?:the |our |this )?code[\s:]+["“]?[\p{L}\p{N}-]{3,20}["”]? (?:at checkout|to (?:save|get)|for (?:a |an )?(?:\d|extra|discount))`,
    ],
    de: [
      String
        .raw`\p{L}{0,12}(?:rabatt|aktions|promo|vorteils|gutschein)-?codes?`,
      String.raw`\p{L}{0,15}gutschein\p{L}{0,6}`,
    ],
    fr: [
      "codes? (?:promo|promotionnels?|de réduction|de remise|avantage|réduction)",
      "bons? (?:de réduction|d'achat|de remise)",
    ],
    es: [
      "cup[oó]n(?:es)?",
      "c[oó]digos? (?:de )?(?:descuento|promocional(?:es)?|promoci[oó]n|promo|cup[oó]n)",
      "(?:vales?|bonos?) (?:de )?descuento",
    ],
    it: [
      "codic[ei] (?:sconto|promozionali?|promo|coupon)",
      "buon[oi] (?:sconto|acquisto|spesa)",
    ],
    nl: [
      "(?:kortings|actie|promotie|promo)(?:codes?|bon(?:nen)?|coupons?)",
      "waardebon(?:nen)?",
      "coupon(?:code)?s?",
    ],
    sv: [
      "(?:rabatt|kampanj)kod(?:er|en|erna)?",
      "(?:rabatt)?kupong(?:er|en|erna)?",
      "värdebevis(?:et)?",
    ],
    pl: [
      String.raw`kupon\p{L}{0,3}`,
      String.raw`kod\p{L}{0,2} (?:rabatow|promocyjn)\p{L}{1,3}`,
      String.raw`(?:bon|talon|voucher)\p{L}{0,2} (?:rabatow|zakupow)\p{L}{1,3}`,
    ],
    tr: [
      String.raw`kupon\p{L}{0,6}`,
      String.raw`(?:indirim|promosyon|kampanya) kod\p{L}{0,4}`,
      String.raw`indirim çek\p{L}{0,4}`,
    ],
    ja: [
      "クーポン(?:コード)?",
      "(?:割引|プロモーション|プロモ|キャンペーン)コード",
      "(?:割引|優待)券",
    ],
    pt: [
      "cupo(?:m|ns)",
      "cup(?:ão|ões)",
      "c[oó]digos? (?:de )?(?:desconto|promocional|promo[çc][ãa]o|promo|cupom)",
      "vales?[- ](?:desconto|compras?)",
    ],
    ar: [
      `${AR}(?:كوبون|كوبونات|قسيمة|قسائم) (?:ال)?(?:خصم|شراء|تخفيض)${AS}`,
      `${AR}كوبون${AS}`,
      `${AR}(?:كود|رمز) (?:ال)?(?:خصم|تخفيض|ترويجي|ترويج|برومو)${AS}`,
      `${AR}برومو ?كود`,
    ],
    hi: [
      `कूपन(?: कोड)?${HS}`,
      "(?:डिस्काउंट|प्रोमो|छूट|प्रमोशनल) कोड",
      "डिस्काउंट वाउचर",
    ],
    zh: [
      "(?:优惠|優惠)(?:券|码|碼|劵)",
      "折扣(?:码|碼|券)",
      "(?:代金|抵用|现金|現金)券",
      "(?:促销|促銷)(?:码|碼)",
    ],
  },

  discount: {
    en: [
      `${PCT} off`,
      String.raw`\d{1,3} (?:percent|per cent) off`,
      `${MONEY} off`,
      `${PCT} (?:discount|savings?|reduction)`,
      `(?:discount|savings?|reduction) of (?:up to )?(?:${PCT}|${MONEY})`,
      `(?:save|saving) (?:up to |an extra )?(?:${PCT}|${MONEY})`,
      "(?:discount|savings?|money off|reduction) ‥ (?:on|off|for|with) (?:your|any|all|every) (?:next|future|further|another|second|repeat) (?:orders?|purchases?)",
      "(?:exclusive|special|loyalty|returning[- ]customer|repeat[- ]customer|vip|members?'?) discounts?",
    ],
    de: [
      `${PCT} (?:rabatt|nachlass|preisnachlass|ermäßigung|ersparnis)`,
      `(?:rabatt|nachlass|ermäßigung) (?:von|in höhe von) (?:bis zu )?(?:${PCT}|${MONEY})`,
      String
        .raw`(?:rabatt|nachlass|ermäßigung) ‥ auf (?:ihre|ihren|deine|deinen|jede|jeden|alle) (?:nächste|nächsten|weitere|weiteren|folgende|folgenden|zukünftige|zukünftigen) (?:bestellung|bestellungen|einkauf|einkäufe|kauf|käufe)`,
      `(?:spare|sparen sie|sparen) (?:bis zu )?(?:${PCT}|${MONEY})`,
      String
        .raw`(?:stammkunden|treue|sonder|exklusiv|kunden)rabatt\p{L}{0,2}`,
      String.raw`exklusive\p{L}{0,2} rabatt\p{L}{0,2}`,
    ],
    fr: [
      `${PCT} (?:de )?(?:réduction|remise|rabais|promo)`,
      `(?:réduction|remise|rabais) (?:de|d'|jusqu'à) ?(?:${PCT}|${MONEY})`,
      "(?:réduction|remise|rabais) ‥ sur (?:votre|vos|toute|toutes) (?:prochaine|prochaines|prochain|prochains|future|futures|futur|autres?) (?:commandes?|achats?)",
      `(?:économisez|économiser) (?:jusqu'à )?(?:${PCT}|${MONEY})`,
      `${PCT} sur (?:votre|vos) (?:prochaine|prochain) (?:commande|achat)`,
    ],
    es: [
      String.raw`${PCT} (?:de )?(?:descuento|dto\.?|rebaja)`,
      `(?:descuento|rebaja) (?:del|de un|de hasta|de) (?:${PCT}|${MONEY})`,
      "descuento ‥ (?:en|para) (?:su|tu|sus|tus) (?:pr[oó]xim[ao]s?|siguientes?|futur[ao]s?) (?:compras?|pedidos?|[oó]rdenes|orden)",
      `(?:ahorre|ahorra|ahorrar) (?:hasta )?(?:un )?(?:${PCT}|${MONEY})`,
    ],
    it: [
      `${PCT} (?:di )?sconto`,
      `sconto (?:del|di|fino al) (?:${PCT}|${MONEY})`,
      "sconto ‥ (?:sul|per il) (?:suo|tuo|vostro) (?:prossimo|successivo|futuro) (?:ordine|acquisto)",
      `(?:risparmia|risparmi|risparmiate) (?:fino al )?(?:${PCT}|${MONEY})`,
    ],
    nl: [
      `${PCT} korting`,
      `korting (?:van|tot) (?:${PCT}|${MONEY})`,
      "korting ‥ op (?:uw|je|jouw|al uw|elke|iedere) (?:volgende|nieuwe|toekomstige|eerstvolgende) (?:bestelling|aankoop|aankopen|bestellingen)",
      `(?:bespaar|bespaart) (?:tot )?(?:${PCT}|${MONEY})`,
      "(?:exclusieve|speciale|extra) korting",
    ],
    sv: [
      `${PCT} rabatt`,
      `rabatt (?:på|om) (?:${PCT}|${MONEY})`,
      "rabatt ‥ på (?:ditt|din|dina|ert|er) (?:nästa |framtida )?(?:köp|beställning|beställningar|order)",
      "rabatt ‥ på nästa (?:köp|beställning|order)",
      `spara (?:upp till )?(?:${PCT}|${MONEY})`,
      "(?:exklusiv|extra|special)rabatt",
    ],
    pl: [
      `${PCT} (?:zniżki|rabatu|taniej|upustu)`,
      String
        .raw`(?:zniżk|rabat|upust)\p{L}{0,3} (?:w wysokości |o |do )?(?:${PCT}|${MONEY})`,
      String
        .raw`(?:zniżk|rabat|upust)\p{L}{0,3} ‥ na (?:kolejn|następn|przyszł)\p{L}{1,3} (?:zamówieni|zakup)\p{L}{0,3}`,
      `(?:oszczędź|zaoszczędź) (?:do |nawet )?(?:${PCT}|${MONEY})`,
    ],
    tr: [
      String
        .raw`%\d{1,3}(?:'?\p{L}{1,4})? (?:varan |kadar |oranında )?indirim\p{L}{0,5}`,
      String.raw`${PCT} indirim\p{L}{0,5}`,
      String
        .raw`(?:bir )?sonraki (?:alışveriş|sipariş)\p{L}{0,6} ‥ indirim\p{L}{0,5}`,
      String
        .raw`indirim\p{L}{0,5} ‥ (?:bir )?sonraki (?:alışveriş|sipariş)\p{L}{0,6}`,
      String.raw`(?:özel|büyük|ekstra|sezon sonu|net) indirim\p{L}{0,5}`,
    ],
    ja: [
      String.raw`\d{1,3}(?:\.\d)? ?%(?:オフ|OFF|引き|割引)`,
      "[0-9一二三四五六七八九]割(?:引き?|オフ|OFF)",
      "次回(?:の)?(?:ご注文|ご購入|お買い物|購入|注文)…(?:割引|引き|オフ|OFF|値引)",
      "(?:特別|会員|リピーター)割引",
    ],
    pt: [
      `${PCT} (?:de )?(?:desconto|off)`,
      `desconto (?:de|de até|de at[eé]) (?:${PCT}|${MONEY})`,
      "desconto ‥ (?:na|em|para) (?:sua |tua )?(?:pr[oó]xim[ao]s?|futur[ao]s?) (?:compras?|pedidos?|encomendas?)",
      `(?:economize|poupe) (?:at[eé] )?(?:${PCT}|${MONEY})`,
    ],
    ar: [
      `${AR}(?:خصم|تخفيض)${AS} (?:بنسبة |يصل إلى |حتى |قدره |قيمته )?(?:${PCT}|${MONEY})`,
      `${PCT} (?:خصم|تخفيض)${AS}`,
      `${AR}(?:خصم|تخفيض)${AS} ‥ (?:على|في|عند) (?:طلب|مشتريات|شراء|طلبات)${AS} (?:ال)?(?:قادم|تالي|مقبل)${AS}`,
      `${AR}(?:خصم|تخفيض)${AS} (?:ال)?(?:خاص|حصري)${AS}`,
    ],
    hi: [
      `${PCT} (?:की )?(?:छूट|डिस्काउंट|ऑफ़|ऑफ)`,
      `(?:छूट|डिस्काउंट) ‥ ${PCT}`,
      `अगल${HS} (?:ऑर्डर|खरीद|खरीदारी)${HS} पर ‥ (?:छूट|डिस्काउंट)`,
      "(?:विशेष|खास|ख़ास|स्पेशल|एक्सक्लूसिव) (?:छूट|डिस्काउंट)",
    ],
    zh: [
      String.raw`\d{1,3} ?%(?:的)?(?:折扣|优惠|優惠|off)`,
      String.raw`打[0-9一二三四五六七八九](?:\.\d)?折`,
      String.raw`[0-9一二三四五六七八九](?:\.\d)?折(?:优惠|優惠)`,
      String.raw`满\d{1,5}减\d{1,5}`,
      "下次(?:购买|購買|购物|購物|下单|下單)…(?:折扣|优惠|優惠|折|减)",
      "(?:专属|專屬|会员|會員|特别|特別|独家|獨家)(?:折扣|优惠|優惠)",
    ],
  },

  offer: {
    en: [
      "(?:special|exclusive|limited[- ]time|limited|introductory|seasonal|holiday|exciting|amazing|great|hot|daily) (?:offers?|deals?(?! of)|promotions?)",
      "special prices?",
      "(?:summer|winter|spring|autumn|fall|holiday|christmas|xmas|easter|black friday|cyber monday|prime day|clearance|flash|warehouse|seasonal|annual|big|huge|mega|end[- ]of[- ]season|stock[- ]clearance|january|boxing day|super) sales?",
      "(?:black friday|cyber monday|prime day) (?:deals?|offers?|discounts?|specials?)",
      "(?:on sale (?:now|today|this week)|now on sale|sale (?:ends|starts|now on|is on))",
      "deals? of the (?:day|week)",
      "lightning deals?",
      "buy one,? get one(?: free)?",
      "bogo",
      "(?:free|complimentary|bonus) gifts?(?! ?cards?| vouchers?| ?wrap| box| message| receipt| note)",
      "free (?:shipping|delivery) (?:on|for|with) (?:your|all|any|every) (?:next|future|further|orders?)",
      "while (?:stocks|supplies) last",
      "don't miss (?:out|our|these|this (?:deal|offer|sale))",
      "(?:our|current|latest|new|ongoing|upcoming) (?:promotions?|offers|deals)",
    ],
    de: [
      String.raw`sonder(?:angebot|aktion)\p{L}{0,2}`,
      "angebote? des tages",
      String.raw`blitzangebot\p{L}{0,2}`,
      String
        .raw`(?:ausverkauf(?!t)|schlussverkauf|sommerschlussverkauf|winterschlussverkauf|räumungsverkauf|abverkauf)\p{L}{0,2}`,
      "(?:sommer|winter|oster|weihnachts|black-friday)-?sale",
      String.raw`exklusive\p{L}{0,2} (?:angebot|aktion)\p{L}{0,2}`,
      "(?:nur (?:für kurze zeit|solange der vorrat reicht)|solange der vorrat reicht)",
      String
        .raw`(?:zeitlich begrenzt|limitiert)\p{L}{0,2} (?:angebot|aktion)\p{L}{0,2}`,
      String.raw`(?:gratis|kostenlos)\p{L}{0,2}[-\s]geschenk\p{L}{0,2}`,
      "geschenk gratis",
      String.raw`(?:unsere|aktuelle|neue) (?:angebote|aktionen)`,
      String.raw`rabattaktion\p{L}{0,2}`,
    ],
    fr: [
      "offres? (?:spéciales?|exclusives?|promotionnelles?|limitées?|du jour|de bienvenue|à durée limitée)",
      "ventes? (?:flash|privées?)",
      "(?:nos|pendant les|aux|en) soldes",
      "soldes d'(?:été|hiver)",
      "bons? plans?",
      "cadeaux? (?:gratuits?|offerts?)",
      "(?:en|nos|notre|cette) promo(?:tion)?s?",
      "(?:profitez|bénéficiez) (?:de|d'une|d'un|des|du) ‥ (?:offres?|promotions?|promo|réductions?|remises?|soldes)",
    ],
    es: [
      "ofertas? (?:especial(?:es)?|exclusivas?|limitadas?|del d[ií]a|rel[aá]mpago|por tiempo limitado)",
      "(?:las|nuestras|en|de|sus) rebajas",
      "rebajas de (?:verano|invierno|enero)",
      "(?:nuestras|estas|grandes) ofertas",
      "(?:en|nuestra|nuestras|esta|gran) promoci[oó]n(?:es)?",
      "promociones",
      "ventas? flash",
      "liquidaci[oó]n (?:total|de (?:stock|existencias|temporada))",
      "regalos? (?:gratis|gratuitos?)",
      "(?:aproveche|aprovecha) ‥ (?:ofertas?|promoci[oó]n(?:es)?|descuentos?|rebajas)",
      "hasta agotar (?:existencias|stock)",
    ],
    it: [
      "offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae]|lampo|del giorno|a tempo limitato)",
      "(?:i|nostri|dei|ai|durante i) saldi",
      "saldi (?:estivi|invernali)",
      "(?:in|nostra|nostre|questa|le) promozion[ei]",
      "(?:le nostre|nuove|tante) offerte",
      "(?:regalo|omaggio) (?:gratuito|gratis|in omaggio)",
      "(?:un|in) omaggio",
      "(?:approfitta|approfitti|approfittate) ‥ (?:offert[ae]|promozion[ei]|scont[oi]|saldi)",
      "fino ad esaurimento scorte",
    ],
    nl: [
      "(?:speciale|exclusieve|tijdelijke|unieke) aanbieding(?:en)?",
      "(?:onze|deze) aanbiedingen",
      "aanbieding van de (?:dag|week)",
      "(?:zomer|winter|najaars|voorjaars)?(?:uitverkoop|opruiming)",
      "(?:zomer|winter)sale",
      "(?:een )?gratis (?:cadeau|cadeautje|geschenk)",
      "zolang de voorraad strekt",
    ],
    sv: [
      "special(?:erbjudande|pris)(?:n|t|et|na|er)?",
      "(?:exklusivt|tidsbegränsat|unikt) erbjudande",
      "(?:våra|aktuella|nya) erbjudanden",
      "(?:sommar|vinter|mellandags|jul|höst|vår)rea(?:n)?",
      "(?:på|vår|stora) rea(?:n)?",
      "reapris(?:er)?",
      "(?:gratis|kostnadsfri|kostnadsfria) (?:present|gåva)(?:er)?",
      "så långt lagret räcker",
      "kampanjpris(?:er)?",
    ],
    pl: [
      String.raw`wyprzedaż\p{L}{0,3}`,
      String
        .raw`(?:w|na|nasz\p{L}{0,3}|specjaln\p{L}{1,3}|now\p{L}{1,3}|aktualn\p{L}{1,3}) promocj\p{L}{1,2}`,
      String.raw`promocj\p{L}{1,2} (?:trwa|kończy|obowiązuje)`,
      String
        .raw`(?:ofert\p{L}{1,2} (?:specjaln|limitowan)\p{L}{1,3}|(?:specjaln|ekskluzywn)\p{L}{1,3} ofert\p{L}{1,2})`,
      String
        .raw`(?:darmow|bezpłatn)\p{L}{1,3} (?:prezent|upomin|gratis)\p{L}{0,4}`,
      String.raw`prezent\p{L}{0,3} gratis`,
      "do wyczerpania zapasów",
    ],
    tr: [
      String.raw`kampanya\p{L}{0,8}`,
      String.raw`(?:özel|büyük|kaçırılmayacak|günün|haftanın) fırsat\p{L}{0,6}`,
      String.raw`(?:ücretsiz|bedava) hediye\p{L}{0,4}`,
      "stoklarla sınırlı",
      String.raw`efsane (?:cuma|kasım) (?:indirim|fırsat|kampanya)\p{L}{0,6}`,
    ],
    ja: [
      "(?:タイム|期間限定|特別|大|年末|決算|在庫一掃|サマー|ウィンター|ブラックフライデー)セール",
      "セール(?:開催|実施|のお知らせ|情報|価格で|品)",
      "特売",
      "特価",
      "半額(?:セール|キャンペーン)",
      "(?:期間|数量)限定",
      "お買い得",
      "特別(?:価格|オファー|キャンペーン|ご優待)",
      "キャンペーン(?:中|実施|開催|のお知らせ)",
      "無料プレゼント",
      "プレゼント(?:いたします|します|中|キャンペーン)",
    ],
    pt: [
      "ofertas? (?:especial|especiais|exclusivas?|imperd[ií]ve(?:l|is)|rel[aâ]mpago|do dia|por tempo limitado|limitadas?)",
      "(?:nossas|grandes) (?:ofertas|promo[çc][õo]es)",
      "(?:em|nossa|esta|uma) promo[çc][ãa]o",
      "promo[çc][õo]es",
      "liquida[çc][ãa]o (?:total|de (?:ver[ãa]o|inverno|estoque))",
      "queima de estoque",
      "brindes?",
      "presentes? gr[aá]tis",
      "(?:aproveite|aproveitem) ‥ (?:ofertas?|promo[çc](?:[ãa]o|[õo]es)|descontos?|liquida[çc][ãa]o)",
      "enquanto durarem os estoques",
    ],
    ar: [
      `${AR}(?:عرض|عروض) (?:ال)?(?:خاص|حصري|محدود|اليوم|مميز)${AS}`,
      `${AR}عروضنا`,
      `${AR}(?:تخفيضات|تنزيلات)${AS}`,
      `${AR}(?:هدية|هدايا) (?:ال)?مجاني${AS}`,
      `${AR}(?:هدية|هدايا) مجان${AS}`,
      "لفترة محدودة",
      "حتى نفاد الكمية",
    ],
    hi: [
      "(?:विशेष|खास|ख़ास|स्पेशल|एक्सक्लूसिव|सीमित समय(?: का)?|धमाकेदार) (?:ऑफ़र|ऑफर|पेशकश|डील)",
      "(?:बड़ी|मेगा|फ्लैश|फ़्लैश|त्योहारी|दिवाली|सीज़न|सीजन|धमाका) सेल",
      "(?:मुफ़्त|मुफ्त|फ्री|फ़्री) (?:उपहार|गिफ्ट|गिफ़्ट)",
      "सेल (?:चल रही|शुरू)",
    ],
    zh: [
      "(?:限时|限時)(?:优惠|優惠|抢购|搶購|特价|特價|折扣)",
      "(?:促销|促銷)",
      "(?:特价|特價)",
      "大促",
      "(?:秒杀|秒殺)",
      "(?:买一送一|買一送一)",
      "(?:免费|免費)(?:赠品|贈品|礼品|禮品|礼物|禮物)",
      "(?:优惠|優惠)活(?:动|動)",
      "(?:清仓|清倉)",
      "(?:返现|返現)",
      "(?:黑色星期五|双十一|雙十一|双11|雙11)(?:活动|活動|大促|优惠|優惠|特价|特價|促销|促銷)",
    ],
  },

  crossSell: {
    en: [
      "(?:check out|take a look at|have a look at|browse|explore|discover|shop) ‥ (?:our|my) (?:other |new |latest |full |whole |entire )?(?:products|items|listings|range|collection|catalogue|catalog|store|shop|storefront|brand|selection|line)",
      "visit (?:our|my) (?:amazon |brand |online |web )?(?:store|shop|storefront|website|site|page|brand)",
      "(?:you|customers|buyers) (?:may|might|will|would) also (?:like|love|enjoy|be interested in)",
      "(?:customers|buyers) who bought (?:this|these|that)",
      "(?:our|my) other (?:products|items|listings)",
      "(?:other|more) (?:products|items) (?:from|in|by) (?:our|my) (?:store|shop|brand|range)",
      "complete the look",
      "new arrivals",
      "(?:our|the) (?:new|latest) (?:collection|arrivals|range)",
      "we also sell",
    ],
    de: [
      String
        .raw`besuchen sie (?:doch |auch |gerne ){0,3}unse\p{L}{1,3} (?:amazon-?)?(?:shop|store|online-?shop|webseite|website|homepage|markenshop|storefront|seite)`,
      String
        .raw`unse\p{L}{1,3} (?:anderen|weiteren|übrigen|sonstigen) (?:produkte|artikel|angebote)`,
      String
        .raw`weitere (?:produkte|artikel) (?:aus|in|von) unse\p{L}{1,3} (?:shop|sortiment|marke|store)`,
      String
        .raw`(?:das|dies|diese\p{L}?) (?:könnte|könnten) (?:ihnen|dir) (?:auch|ebenfalls) gefallen`,
      String
        .raw`(?:stöbern|schauen|sehen) sie (?:sich )?(?:doch |gerne |auch |einmal |mal ){0,3}(?:in|durch) unse\p{L}{1,3} (?:shop|sortiment|store|angebot)`,
      String
        .raw`werfen sie ‥ blick auf unse\p{L}{1,3} (?:anderen |weiteren )?(?:produkte|artikel|sortiment|shop)`,
      "unsere neuheiten",
    ],
    fr: [
      "visitez ‥ (?:notre|nos) (?:boutique|magasin|site|vitrine|page)",
      "(?:découvrez|consultez|parcourez|jetez un (?:œ|oe)il (?:à|sur)) ‥ (?:notre|nos) (?:autres |nouveaux |nouvelles )?(?:boutique|magasin|produits|articles|collections?|gamme|catalogue|nouveautés|vitrine)",
      "nos autres (?:produits|articles|références)",
      "vous (?:aimerez|pourriez aimer|apprécierez) (?:peut-être )?(?:aussi|également)",
      "(?:ceci|cela|ces articles|ces produits) (?:pourrai(?:en)?t|pourra) (?:aussi |également )?vous (?:plaire|intéresser)",
    ],
    es: [
      "(?:visite|visita|visiten|conozca|conoce|descubra|descubre|eche un vistazo a|echa un vistazo a|explore|explora) ‥ (?:nuestra|nuestras|nuestro|nuestros) (?:otr[oa]s )?(?:tienda|productos|art[ií]culos|cat[aá]logo|colecci[oó]n|gama|novedades|escaparate)",
      "nuestros otros (?:productos|art[ií]culos)",
      "tambi[eé]n (?:le|te) (?:puede|podr[ií]a|pueden|podr[ií]an) (?:gustar|interesar)",
      "(?:le|te) (?:puede|podr[ií]a|pueden|podr[ií]an) (?:gustar|interesar) tambi[eé]n",
      "nuestras novedades",
    ],
    it: [
      "(?:visita|visiti|visitate|scopri|scopra|scoprite|dai un'occhiata|dia un'occhiata|date un'occhiata) ‥ (?:il nostro|la nostra|i nostri|le nostre|al nostro|ai nostri|alla nostra|alle nostre) (?:altr[ie] )?(?:negozio|shop|store|prodotti|articoli|catalogo|collezione|gamma|novità|vetrina|sito)",
      "(?:i nostri altri|gli altri nostri|altri nostri) (?:prodotti|articoli)",
      "(?:potrebbe|potrebbero) (?:anche (?:piacerti|piacerle|interessarti|interessarle)|(?:piacerti|piacerle|interessarti|interessarle) anche)",
      "(?:le|ti) (?:potrebbe|potrebbero) (?:anche (?:piacere|interessare)|(?:piacere|interessare) anche)",
    ],
    nl: [
      "(?:bezoek|bekijk|ontdek|neem een kijkje (?:in|op|bij)) ‥ (?:onze|ons) (?:andere |overige |nieuwe )?(?:winkel|webshop|shop|store|website|producten|artikelen|collectie|assortiment|aanbod)",
      "onze (?:andere|overige) (?:producten|artikelen)",
      "(?:dit|deze) (?:vindt u|vind je) misschien ook (?:leuk|interessant)",
      "misschien (?:vindt u|vind je) (?:dit|deze|het) ook (?:leuk|interessant)",
    ],
    sv: [
      "(?:besök|kolla in|ta en titt på|upptäck|utforska|titta på) ‥ (?:vår|våra|vårt) (?:andra |övriga |nya )?(?:butik|webbutik|webbshop|produkter|sortiment|kollektion|hemsida|webbplats|varor)",
      "våra (?:andra|övriga) (?:produkter|varor|artiklar)",
      "du kanske (?:också|även) (?:gillar|tycker om|är intresserad av)",
    ],
    pl: [
      String
        .raw`(?:odwiedź|odwiedźcie|odwiedzić|zajrzyj|zajrzyjcie|sprawdź|sprawdźcie|zobacz|zobaczcie|poznaj|poznajcie) ‥ nasz\p{L}{0,3} (?:inn\p{L}{1,3} |pozostał\p{L}{1,3} |now\p{L}{1,3} )?(?:sklep|produkt|ofert|asortyment|kolekcj|katalog)\p{L}{0,4}`,
      "zapraszamy do (?:naszego )?sklepu",
      String
        .raw`zapraszamy do zapoznania się z ‥ (?:ofert|produkt|asortyment)\p{L}{0,4}`,
      String
        .raw`nasz\p{L}{0,3} (?:inn|pozostał)\p{L}{1,3} (?:produkt|artykuł|towar)\p{L}{0,4}`,
      "(?:może|mogą) (?:ci|panu|pani|państwu) się (?:też|również|także) spodobać",
    ],
    tr: [
      String
        .raw`mağazamız\p{L}{0,3} (?:ziyaret|göz at)\p{L}{0,8}(?: ed\p{L}{1,6})?`,
      String.raw`diğer ürünlerimiz\p{L}{0,4}`,
      String
        .raw`(?:bunlar\p{L}{0,2}|şunlar\p{L}{0,2}|bu ürünler\p{L}{0,2}) da (?:ilginizi çekebilir|beğenebilirsiniz)`,
      String.raw`ilginizi çekebilecek (?:diğer )?ürünler\p{L}{0,6}`,
      String.raw`yeni ürünlerimiz\p{L}{0,4}`,
      String.raw`ürün yelpazemiz\p{L}{0,4}`,
    ],
    ja: [
      "(?:当店|弊社|当ショップ|当ストア)の(?:他|ほか|その他)の(?:商品|製品)",
      "(?:他|ほか)の(?:商品|製品)もぜひ",
      "(?:ストア|ショップ|店舗)(?:ページ)?(?:を|も)(?:ぜひ)?(?:ご覧|覗いて|のぞいて|チェック)",
      "おすすめ(?:の)?商品",
      "関連商品",
      "新商品(?:の)?(?:ご案内|お知らせ|を発売|が入荷)",
    ],
    pt: [
      "(?:visite|conhe[çc]a|confira|d[eê] uma olhada (?:em|n[oa]s?)|explore|descubra) ‥ (?:nossa|nossas|nosso|nossos) (?:outr[oa]s )?(?:loja|produtos|itens|cat[aá]logo|cole[çc][ãa]o|linha|novidades|vitrine)",
      "nossos outros (?:produtos|itens)",
      "(?:voc[eê] )?tamb[eé]m (?:pode|poder[aá]) gostar",
      "nossas novidades",
      "nossos lan[çc]amentos",
    ],
    ar: [
      `${AR}(?:زيارة|زوروا|تصفح|تصفحوا|اكتشف|اكتشفوا|تسوق|تسوقوا) ‥ (?:متجرنا|منتجاتنا|موقعنا|تشكيلتنا)`,
      `${AR}منتجاتنا (?:ال)?(?:أخرى|اخرى|جديدة)`,
      "قد (?:يعجبك|تعجبك|يعجبكم|تعجبكم|يهمك|يهمكم) (?:أيضًا|أيضا|ايضا|ايضًا)",
    ],
    hi: [
      `हमार${HS} (?:अन्य|दूसरे|नए|नये) (?:उत्पाद|प्रोडक्ट|प्रॉडक्ट)${HS}`,
      `हमार${HS} (?:स्टोर|दुकान|वेबसाइट) ‥ (?:देखें|देखिए|पर जाएँ|पर जाएं|पर आएँ|पर आएं|विज़िट करें|विजिट करें)`,
      "आपको (?:यह|ये) भी पसंद (?:आ सकता|आ सकते|आएगा|आएँगे|आएंगे)",
    ],
    zh: [
      "(?:本店|我们的|我們的|我店)(?:其他|其它|更多)(?:产品|商品|產品)",
      "(?:欢迎|歡迎)(?:再次)?(?:光临|光臨|进店|進店|访问|訪問|逛逛)",
      "(?:进店|進店)(?:逛逛|看看|选购|選購)",
      "(?:可能|也许|也許|或许|或許)(?:还|還|也)(?:会|會)?喜欢",
      "猜你喜欢",
      "新品(?:上市|上架|推荐|推薦)",
    ],
  },

  social: {
    en: [
      `(?:follow|like|find|join|connect with|tag) us (?:on|at|via) ${PLATFORM}`,
      "follow us(?: (?:on|at))?",
      "like us on",
      "(?:find|join|connect with) us on",
      "subscribe to (?:our|my) (?:youtube )?channel",
      "face-?book",
      "insta-?gram",
      "tik-?tok",
      "twitter",
      "pinterest",
      "snapchat",
      "whats-?app",
      "we-?chat",
      "linked-?in",
      "(?:our|my) youtube(?: channel)?",
      "youtube[- ]?(?:channel|kanal|chaîne|canal|kanaal|kanalı)",
      "(?:our|my) (?:social media|socials)",
      "social media",
      String
        .raw`@[\p{L}_][\p{L}\p{N}_]{1,29}(?:\.[\p{L}\p{N}_]{1,29})?`,
    ],
    de: [
      `folg(?:en sie|e|t)? uns(?: (?:auf|bei) ${PLATFORM})?`,
      "(?:liken|abonnieren|besuchen) sie uns(?:ere\\p{L}?)? ‥ (?:auf|bei)",
      "sozialen? (?:medien|netzwerke\\p{L}?)",
    ],
    fr: [
      `suivez-nous(?: sur ${PLATFORM})?`,
      "(?:rejoignez|retrouvez)-nous sur",
      "(?:likez|aimez) notre page",
      "abonnez-vous à (?:notre|nos) (?:compte|page|chaîne|profil)",
      "réseaux sociaux",
    ],
    es: [
      `s[ií]g(?:ue|a|an)nos(?: en ${PLATFORM})?`,
      "(?:encu[eé]ntranos|encu[eé]ntrenos|[uú]nete a nosotros|[uú]nase a nosotros) en",
      "(?:dale|danos|denos) (?:like|me gusta)",
      `nuestra p[aá]gina de ${PLATFORM}`,
      "redes sociales",
    ],
    it: [
      `(?:seguici|seguiteci|ci segua)(?: su ${PLATFORM})?`,
      "(?:trovaci|trovateci|ci trovi) su",
      "metti(?:ci)? (?:un )?mi piace",
      "social network",
      "(?:sui|nei) (?:nostri )?(?:canali )?social",
    ],
    nl: [
      `volg ons (?:op|via)(?: ${PLATFORM})?`,
      "(?:volgt u ons|like ons|vind ons|vindt u ons) op",
      "sociale media",
    ],
    sv: [
      `följ oss(?: på ${PLATFORM})?`,
      "(?:gilla|hitta) oss på",
      "sociala medier",
    ],
    pl: [
      String
        .raw`(?:obserwuj|obserwujcie|śledź|śledźcie|polub|polubcie) nas(?: na ${PLATFORM}\p{L}{0,3})?`,
      "(?:face-?book|insta-?gram|tik-?tok|twitter|youtube)(?:u|ie|a|em|owy|owym|owej)",
      "(?:znajdziesz|znajdziecie) nas na",
      "dołącz(?:cie)? do nas na",
      String.raw`media\p{L}{0,2} społecznościow\p{L}{1,3}`,
    ],
    tr: [
      String
        .raw`bizi (?:${PLATFORM}'?\p{L}{0,3} )?(?:takip|beğen)\p{L}{0,8}(?: ed\p{L}{1,6})?`,
      String
        .raw`(?:hesabımız|sayfamız|kanalımız)\p{L}{0,3} (?:takip|beğen|abone)\p{L}{0,8}`,
      String.raw`sosyal medya\p{L}{0,8}`,
    ],
    ja: [
      "フォロー(?:してください|をお願い|お願いします|していただけ|よろしく)",
      "いいね(?:を|して|!|お願い)",
      "公式(?:アカウント|インスタ|ツイッター|Twitter|Instagram|LINE)",
      "(?<![A-Za-z])LINE(?:で|の)?(?:友だち|友達|公式)",
      "(?<![A-Za-z])SNS(?![A-Za-z])",
      "インスタ(?:グラム)?",
      "フェイスブック",
      "ツイッター",
      "ティックトック",
      "(?:ユーチューブ|YouTube)チャンネル",
    ],
    pt: [
      `siga-nos(?: (?:no|nas?|em) ${PLATFORM})?`,
      "nos siga",
      "siga a gente",
      "(?:curta|curtam) (?:a )?nossa p[aá]gina",
      "redes sociais",
      "nos acompanhe",
    ],
    ar: [
      `${AR}(?:تابعونا|تابعنا|تابعوا (?:حسابنا|صفحتنا|قناتنا))(?: (?:على|في|عبر) ${AR_PLATFORM})?`,
      `${AR}${AR_PLATFORM}`,
      "(?:وسائل|مواقع|منصات) التواصل (?:ال)?اجتماعي",
    ],
    hi: [
      "(?:हमें|हमको) ‥ (?:फ़ॉलो|फॉलो|फोलो|लाइक|सब्सक्राइब) करें",
      "(?:फ़ेसबुक|फेसबुक|इंस्टाग्राम|इन्स्टाग्राम|ट्विटर|यूट्यूब चैनल|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम)",
      "सोशल मीडिया",
    ],
    zh: [
      "(?:关注|關注)(?:(?:我们|我們|本店)(?:的)?(?:(?:微信)?(?:公众号|公眾號|微博|抖音|店铺|店鋪|官方账号|账号|帳號))?|(?:微信)?(?:公众号|公眾號|微博|抖音|店铺|店鋪|官方))",
      "(?:微信|公众号|公眾號|微博|抖音|小红书|小紅書|脸书|臉書)",
      "社交(?:媒体|媒體)",
    ],
  },

  newsletter: {
    en: [
      "news-?letters?",
      "(?:mailing|e-?mail|contact) lists?",
      "(?:sign up|subscribe|register|join|opt in|signup) (?:for|to) (?:our|my) ‥ (?:newsletter|updates|emails|e-mails|mailing list|email list|list|news|offers|club|program|programme)",
      "(?:loyalty|rewards|vip|membership) (?:program|programme|club|card|scheme)",
    ],
    de: [
      String.raw`newsletter\p{L}{0,2}`,
      String.raw`mailingliste\p{L}?`,
      String.raw`e-mail-verteiler\p{L}?`,
      String
        .raw`(?:kundenclub|treueprogramm|bonusprogramm|vorteilsclub)\p{L}{0,2}`,
    ],
    fr: [
      "lettres? d'information",
      "infolettres?",
      "listes? de diffusion",
      "(?:inscrivez-vous|abonnez-vous) à (?:notre|nos) (?:newsletter|lettre|liste|club|programme)",
      "(?:programme|carte) de fidélité",
    ],
    es: [
      "bolet[ií]n(?:es)? (?:de noticias|informativos?|de novedades)",
      "nuestro bolet[ií]n",
      "(?:suscr[ií]base|suscr[ií]bete|reg[ií]strese|reg[ií]strate|[uú]nase|[uú]nete) (?:a|en) nuestr[oa]s? (?:bolet[ií]n|newsletter|lista|club|programa)",
      "listas? de (?:correo|distribuci[oó]n|env[ií]o)",
      "programa de (?:fidelidad|puntos|lealtad)",
    ],
    it: [
      "(?:iscriviti|si iscriva|iscrivetevi) (?:alla|alle|al) (?:nostra|nostre|nostro) ‥ (?:newsletter|lista|mailing|club|programma)",
      "liste? (?:di distribuzione|email|e-mail)",
      "programma (?:fedeltà|punti)",
      "carta fedeltà",
    ],
    nl: [
      "nieuwsbrie(?:f|ven)",
      "mailinglijst(?:en)?",
      "(?:schrijf|meld) (?:u|je) (?:aan|in) voor (?:onze|ons) (?:nieuwsbrief|mailing|klantenclub)",
      "(?:klantenclub|spaarprogramma|loyaliteitsprogramma|klantenkaart)",
    ],
    sv: [
      "nyhetsbrev(?:et|en)?",
      "(?:e-post|mejl|mail|utskicks)lista(?:n)?",
      "(?:prenumerera|anmäl dig|registrera dig) (?:på|till|för) (?:vårt|våra|vår) ‥ (?:nyhetsbrev|utskick|lista|klubb|kundklubb)",
      "(?:kundklubb|lojalitetsprogram|bonusprogram)(?:en|met)?",
    ],
    pl: [
      String.raw`newsletter\p{L}{0,3}`,
      String.raw`biuletyn\p{L}{0,3}`,
      String
        .raw`zapisz(?:cie)? się ‥ (?:newsletter|listę|list|klub|program)\p{L}{0,3}`,
      String.raw`list\p{L}{1,2} mailingow\p{L}{1,3}`,
      String.raw`program\p{L}{0,2} lojalnościow\p{L}{1,3}`,
      String.raw`subskrybuj\p{L}{0,3}`,
    ],
    tr: [
      String.raw`(?:e-)?bülten\p{L}{0,6}`,
      String.raw`(?:e-posta|mail) list\p{L}{1,6}`,
      String.raw`abone ol\p{L}{0,6}`,
      String.raw`sadakat program\p{L}{0,6}`,
    ],
    ja: [
      "メール(?:マガジン|マガ)",
      "メルマガ",
      "ニュースレター",
      "会員登録",
      "メール配信(?:に|の|を)?(?:登録|ご登録|お申し込み)",
    ],
    pt: [
      "boletim informativo",
      "(?:inscreva-se|cadastre-se|assine) ‥ (?:nossa|nosso) (?:newsletter|lista|clube|programa|boletim)",
      "listas? de (?:e-mails?|emails?|transmiss[ãa]o|contatos)",
      "programa de fidelidade",
      "clube de vantagens",
    ],
    ar: [
      `${AR}(?:نشرت|نشرة)${AS} (?:ال)?(?:إخبارية|اخبارية|بريدية)`,
      `${AR}(?:قائمت|قائمة)${AS} (?:ال)?بريدية`,
      `(?:اشترك|اشتركوا|سجل|سجلوا) ‥ ${AR}(?:نشرتنا|قائمتنا|نشرة)`,
      `${AR}برنامج (?:ال)?ولاء`,
    ],
    hi: [
      "(?:न्यूज़लेटर|न्यूजलेटर)",
      "मेलिंग (?:लिस्ट|सूची)",
      "सब्सक्राइब (?:करें|कीजिए|करना)",
      "लॉयल्टी प्रोग्राम",
    ],
    zh: [
      "(?<!取消)(?:订阅|訂閱)(?:我们的|我們的)?(?:邮件|郵件|电子报|電子報|资讯|資訊|通讯|通訊|新闻|新聞)",
      "(?:邮件|郵件)列表",
      "(?:新闻通讯|新聞通訊|电子报|電子報)",
      "(?:注册|注冊|註冊|加入)(?:会员|會員)",
      "会员(?:计划|卡)",
    ],
  },

  referral: {
    en: [
      "refer (?:a|your) friends?",
      "referral (?:codes?|links?|program|programme|bonus|rewards?|scheme)",
      "tell (?:your )?(?:friends|family|colleagues|friends and family) about (?:us|our|this)",
      "recommend (?:us|our (?:store|shop|products)) to (?:your )?(?:friends|family|colleagues)",
      "(?:our|a) (?:partner|affiliate|sister) (?:store|shop|site|website|company|brand)",
      "(?:buy|order|purchase|shop) (?:it |them |this |again |more |future orders |in future )?directly (?:from|on|at|through|via) (?:us|our|my)",
      "(?:buy|order|purchase|shop) ‥ (?:on|at|from|through|via) (?:our|my) (?:own )?(?:website|web ?shop|web site)",
      "(?:cheaper|lower prices?|better prices?) ‥ (?:on|at|from) (?:our|my) (?:own )?(?:website|site|web ?shop)",
      "e-?bay",
      "etsy",
      "aliexpress",
      "walmart",
      "shopify",
      "temu",
      "shein",
      "cdiscount",
      "zalando",
      "rakuten",
      "trendyol",
      "hepsiburada",
      "flipkart",
      "meesho",
      "myntra",
      "snapdeal",
      "mercado ?(?:livre|libre)",
      "shopee",
      "magalu",
      String.raw`allegro\.pl`,
      String.raw`bol\.com`,
    ],
    de: [
      "freunde (?:werben|einladen)",
      "freundschaftswerbung",
      "empfehlen sie uns (?:gerne |doch )?(?:weiter|ihren freunden|an freunde)",
      "empfehlungs(?:code|link|programm|prämie)",
      String
        .raw`partner-?(?:shop|seite|website|unternehmen|firma)\p{L}{0,2}`,
      String
        .raw`(?:bestellen|kaufen) sie ‥ direkt (?:bei uns|über|in|auf)`,
      String
        .raw`(?:bestellen|kaufen) sie ‥ (?:in|über|auf) unse\p{L}{1,3} (?:eigenen )?(?:online-?shop|website|webseite|homepage)`,
      String
        .raw`günstiger (?:in|auf|über) unse\p{L}{1,3} (?:online-?shop|website|webseite|homepage)`,
    ],
    fr: [
      "parrainage",
      "parrainez",
      "code (?:de )?parrain(?:age)?",
      "recommandez-nous",
      "(?:recommandez|partagez)-nous à (?:vos )?(?:amis|proches)",
      "(?:commandez|achetez) ‥ directement (?:sur|chez|depuis) (?:notre|nous)",
      "(?:boutique|site|magasin) partenaire",
      "moins cher sur notre site",
    ],
    es: [
      "(?:recomi[eé]ndenos|recomi[eé]ndanos|recomi[eé]ndanos|comp[aá]rtenos|invite a|invita a) ‥ (?:amigos?|familiares|conocidos)",
      "programa de (?:referidos|recomendaci[oó]n|afiliados)",
      "c[oó]digos? de (?:referido|invitaci[oó]n|recomendaci[oó]n)",
      "(?:compre|compra|pida|pide|haga su pedido) ‥ directamente (?:en|desde|a trav[eé]s de) (?:nuestra|nuestro)",
      "tienda (?:asociada|amiga|colaboradora)",
      "m[aá]s barato en nuestra (?:web|p[aá]gina|tienda)",
    ],
    it: [
      "(?:presenta|invita|porta) un amico",
      "codic[ei] (?:di )?(?:invito|referral|presentazione)",
      "(?:consigliaci|consigliateci|ci consigli) (?:ai|a) (?:tuoi|suoi|vostri) (?:amici|conoscenti|familiari)",
      "(?:acquista|acquisti|ordina|ordini|compra|compri) ‥ direttamente (?:sul|dal|nel) (?:nostro|nostra)",
      "(?:negozio|sito) (?:partner|affiliato)",
    ],
    nl: [
      "vrienden (?:werven|uitnodigen|aanbrengen)",
      "(?:raad|beveel) (?:ons|onze (?:winkel|producten)) (?:ook )?aan",
      "verwijzingscode",
      "(?:bestel|koop) ‥ (?:direct|rechtstreeks) (?:via|op|bij) (?:onze|ons)",
      "partnerwinkel",
    ],
    sv: [
      "värva (?:en )?vän(?:ner)?",
      "tipsa (?:en vän|dina vänner|vänner)",
      "rekommendera oss (?:till|för) (?:dina )?(?:vänner|familj)",
      "värvnings(?:kod|bonus)",
      "(?:beställ|köp|handla) ‥ direkt (?:från|på|via|hos) (?:vår|oss)",
      "partnerbutik",
    ],
    pl: [
      "(?:poleć|polećcie|polecaj|polecajcie) nas",
      String.raw`program\p{L}{0,2} poleceń`,
      String.raw`kod\p{L}{0,2} polecając\p{L}{1,3}`,
      String.raw`zaproś\p{L}{0,3} znajom\p{L}{1,3}`,
      String
        .raw`(?:kup|kupuj|zamów|zamawiaj)\p{L}{0,3} ‥ bezpośrednio (?:w|na|przez|u) (?:nas|nasz)`,
      "na allegro",
    ],
    tr: [
      String.raw`arkadaş\p{L}{0,6} (?:davet|öner|tavsiye)\p{L}{0,8}`,
      String
        .raw`bizi (?:arkadaşlarınıza |çevrenize )?(?:tavsiye|öner)\p{L}{0,8}`,
      String.raw`(?:referans|davet|tavsiye) kod\p{L}{0,4}`,
      String
        .raw`(?:doğrudan|direkt) (?:web sitemiz|mağazamız|sitemiz)\p{L}{0,6}`,
      "n11",
    ],
    ja: [
      "(?:お友達|友達|友だち)(?:紹介|招待)",
      "(?:紹介|招待)(?:コード|キャンペーン)",
      "自社(?:サイト|ショップ|通販|EC)",
      "公式(?:オンライン)?(?:ショップ|ストア|通販)",
      "直接(?:ご)?(?:購入|注文)(?:いただ|でき|可能|ください)",
      "楽天(?:市場)?",
      "メルカリ",
      "ヤフオク",
      "(?:Yahoo!?|ヤフー)ショッピング",
    ],
    pt: [
      "(?:indique|indiquem) (?:um amigo|a gente|nossa loja|para (?:seus )?amigos)",
      "programa de indica[çc][ãa]o",
      "c[oó]digo de indica[çc][ãa]o",
      "recomende-nos",
      "(?:compre|comprem|pe[çc]a) ‥ diretamente (?:em|no|na|pelo|pela) (?:nosso|nossa)",
      "loja parceira",
    ],
    ar: [
      `${AR}(?:ادع|ادعُ|ادعو|ادعوا|شارك|شاركوا|انصح|انصحوا|رشح|رشحوا) ‥ ${AR}(?:أصدقاء|اصدقاء|صديق)${AS}`,
      `${AR}(?:رمز|كود|برنامج|رابط) (?:ال)?إحالة`,
      `(?:اشتر|اشترِ|اشتري|اطلب|اطلبوا|تسوق) ‥ مباشرة (?:من|عبر) (?:موقعنا|متجرنا)`,
      `${AR}متجرنا (?:ال)?إلكتروني`,
    ],
    hi: [
      "(?:दोस्तों|मित्रों|दोस्त) (?:को )?(?:रेफ़र|रेफर|आमंत्रित|इनवाइट)",
      "(?:रेफ़रल|रेफरल) (?:कोड|लिंक|प्रोग्राम)",
      "हमारी वेबसाइट (?:से|पर) (?:सीधे )?(?:खरीदें|ऑर्डर करें|खरीदारी करें)",
      "सीधे (?:हमसे|हमारी वेबसाइट से) (?:खरीदें|ऑर्डर)",
      "(?:फ़्लिपकार्ट|फ्लिपकार्ट|मीशो|मिंत्रा)",
    ],
    zh: [
      "(?:推荐|推薦|分享)给(?:您的)?(?:朋友|好友|亲友|親友)",
      "(?:邀请|邀請)(?:好友|朋友)",
      "(?:推荐码|推薦碼)",
      "(?:直接)?(?:在|到|从|從)(?:我们的|我們的)?(?:官网|官網|独立站|獨立站|网店|網店)(?:购买|購買|下单|下單)",
      "(?:淘宝|淘寶|天猫|天貓|京东|京東|拼多多|速卖通|速賣通)",
    ],
  },
};

const MATCHER = compilePhrases(PHRASES);

/**
 * Disallows marketing in buyer messages: coupons and promo codes,
 * discounts ("20% off"), sales, deals and free gifts, cross-selling ("check
 * out our other products", "visit our store"), social media ("follow us on
 * Instagram", `@handle`), newsletters and loyalty clubs, and referrals to
 * other sites, marketplaces or referral programs. Amazon's guidelines
 * forbid all of these; messages must be about the order. Phrases of every
 * supported language are checked in every message.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Sorry for the delay of order 123-1234567-1234567. Use code SORRY10 at checkout for 10% off, and follow us on Instagram!" },
 *   { policy: "spec-only", rules: { "no-marketing": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-marketing").length, 3);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: the 100% cotton shirt is out of stock. We offer a free of charge replacement in navy; please follow the instructions in the return label." },
 *   { policy: "spec-only", rules: { "no-marketing": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-marketing").length, 0);
 * ```
 */
export const noMarketing: Rule = defineRule({
  id: "no-marketing",
  meta: {
    type: "problem",
    description:
      "Disallow marketing: coupons, discounts, offers, cross-selling, social media, newsletters and referrals",
    defaultSeverity: "error",
    messages: {
      coupon:
        'Remove "{{phrase}}": buyer messages must not offer coupons or promo codes. Create coupons and promotions in Seller Central instead; Amazon shows them to buyers.',
      discount:
        'Remove "{{phrase}}": buyer messages must not advertise discounts. Set up discounts as Amazon promotions; to make up for a problem, issue a refund or concession through Amazon.',
      offer:
        'Remove "{{phrase}}": buyer messages must not advertise sales, deals, special offers or free gifts. Keep the message to what the buyer needs to know about this order.',
      crossSell:
        'Remove "{{phrase}}": buyer messages must not promote other products or your store. Write only about this order.',
      social:
        'Remove "{{phrase}}": buyer messages must not point buyers to social media, messaging apps or handles. Keep the conversation in Amazon\'s buyer-seller messaging.',
      newsletter:
        'Remove "{{phrase}}": buyer messages must not invite buyers to newsletters, mailing lists or loyalty clubs.',
      referral:
        'Remove "{{phrase}}": buyer messages must not refer buyers to other websites, marketplaces, partner shops or referral programs. Keep the sale and the conversation on Amazon.',
    },
  },
  check(context) {
    reportPhrases(context, MATCHER);
  },
});

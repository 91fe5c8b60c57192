// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { compilePhrases, type PhraseTable, reportPhrases } from "./_phrases.ts";

// A neutral request for a review is not what this rule is about (Amazon asks
// for reviews itself, and a seller may ask for an honest one): it flags
// rewards for reviews, asking for positive ones, asking only happy buyers,
// asking to change or remove one, and dictating its content. Words such as
// "review", "Bewertung", "avaliação" or "değerlendirme" also mean
// "check"/"assessment", so each pattern needs a second, manipulative part.

// English.
const REV_EN = "(?:reviews?|feedback|ratings?|testimonials?)";
// "review" as a noun: "a review", "your review", "reviews" (not "please
// review the details").
const REVN_EN = String
  .raw`(?:(?:a|an|the|your|us a|us an|our|my|this|that|some|any|honest|quick|short|product|customer|amazon|seller|positive|negative|good|bad|great|poor|low|neutral|critical|\d[-\s]?star|(?:one|two|three|four|five)[-\s]star) (?:[\p{L}\p{N}-]+ )?reviews?|reviews|ratings?|testimonials?|feedback)`;
const REQ_EN =
  "(?:leave|leaving|left|write|writing|wrote|post|posting|posted|give|giving|gave|submit|submitting|submitted|share|sharing|shared|add|adding|rate|rating)";
const REWARD_EN = String
  .raw`(?:(?:full |partial )?refunds?|reimburse(?:ment)?|refunded|gift ?cards?|gift vouchers?|vouchers?|coupons?|discounts?|free (?:gifts?|products?|items?|samples?|units?|accessor(?:y|ies)|cases?|upgrades?|shipping|replacements?|copy|copies)|freebies?|cash ?back|rewards?|bonus(?:es)?|money back|paypal|(?:[$€£] ?\d{1,5}|\d{1,5} ?(?:usd|eur|dollars|euros|pounds))|compensation|gifts?|prizes?|giveaways?|sweepstakes|raffle)`;
const POS_EN =
  "(?:positive|good|great|excellent|glowing|favou?rable|nice|perfect|top|high|highest|best|awesome|amazing|stellar|outstanding|5[-\\s]?stars?|five[-\\s]stars?|full[-\\s]stars?)";
const NEG_EN =
  "(?:negative|bad|low|poor|neutral|critical|unfavou?rable|[123][-\\s]?stars?|(?:one|two|three)[-\\s]stars?)";

// German.
const REV_DE = String
  .raw`(?:\p{L}{0,12}bewertung(?:en)?|rezension(?:en)?|feedback|sterne)`;
const REQ_DE = String
  .raw`(?:hinterlass\p{L}{0,3}|schreib\p{L}{0,3}|geschrieben|abgeben|abzugeben|abgegeben|geben|gegeben|verfass\p{L}{0,3}|post\p{L}{0,3}|veröffentlich\p{L}{0,3})`;
const REWARD_DE = String
  .raw`(?:\p{L}{0,12}gutschein\p{L}{0,4}|rückerstattung|(?:zurück)?erstatt\p{L}{0,3}|erstattung|kaufpreis\p{L}{0,2} zurück|geld zurück|rabatt\p{L}{0,2}|gratis\p{L}{0,6}|kostenlos\p{L}{0,3}|geschenk\p{L}{0,3}|prämie|belohnung|bonus|cashback|paypal|\d{1,5} ?(?:€|eur|euro)|€ ?\d{1,5})`;
const POS_DE = String
  .raw`(?:positive|gute|tolle|sehr gute|top|beste|hervorragende|ausgezeichnete|wohlwollende)\p{L}{0,2}`;

// French: "avis" but not "avis de passage", "avis d'expédition"...
const AVIS = String
  .raw`avis(?!\s+(?:de |d')\s?(?:passage|expédition|livraison|réception|instance|imposition|échéance|arrivée|envoi|paiement))`;
const REV_FR = `(?:${AVIS}|évaluations?|commentaires?|notes?|critiques?)`;
const REQ_FR = String
  .raw`(?:laiss\p{L}{1,4}|écri\p{L}{1,5}|publi\p{L}{1,5}|donn\p{L}{1,4}|post\p{L}{1,4}|mett\p{L}{1,4}|attribu\p{L}{1,4}|rédig\p{L}{1,5}|dépos\p{L}{1,4})`;
const REWARD_FR = String
  .raw`(?:rembours\p{L}{0,6}|bons? d'achat|cartes?[-\s]cadeaux?|chèques?[-\s]cadeaux?|codes? promo|réductions?|remises?|coupons?|(?:produit|article|cadeau|échantillon)s? (?:gratuits?|offerts?)|gratuit\p{L}{0,2}|cadeaux?|récompenses?|cashback|paypal|\d{1,5} ?(?:€|euros?)|€ ?\d{1,5})`;

// Spanish.
const REV_ES =
  "(?:reseñas?|opini[oó]n|opiniones|valoraci[oó]n(?:es)?|calificaci[oó]n(?:es)?|comentarios?|estrellas)";
const REQ_ES = String
  .raw`(?:dej\p{L}{1,5}|escrib\p{L}{1,5}|escrit\p{L}{1,2}|publi\p{L}{1,5}|dénos|denos|danos|dar(?:nos)?|dando|pon\p{L}{1,4}|otorg\p{L}{1,4})`;
const REWARD_ES = String
  .raw`(?:reembols\p{L}{1,4}|devoluci[oó]n del dinero|tarjetas? (?:de )?regalo|cheques? regalo|vales? (?:de )?(?:compra|descuento|regalo)|cupones|cup[oó]n|descuentos?|(?:producto|art[ií]culo|regalo|muestra)s? (?:gratis|gratuit[oa]s?)|gratis|gratuit[oa]s?|regalos?|recompensas?|premios?|bonos?|cashback|paypal|\d{1,5} ?(?:€|euros?|pesos|d[oó]lares)|[€$] ?\d{1,5})`;

// Italian.
const REV_IT =
  "(?:recension[ei]|valutazion[ei]|feedback|giudizi[oi]|stelle|commenti?)";
const REQ_IT = String
  .raw`(?:lasci\p{L}{0,4}|scriv\p{L}{1,4}|scritt\p{L}{1,2}|pubblic\p{L}{1,5}|dia|darci|darle|dare|mett\p{L}{1,4}|rilasci\p{L}{1,4})`;
const REWARD_IT = String
  .raw`(?:rimbors\p{L}{1,4}|buon[oi] (?:sconto|regalo|acquisto|amazon)|carta regalo|gift card|coupon|codic[ei] sconto|scont[oi]|(?:prodott[oi]|articol[oi]|regal[oi]|campion[ei]) (?:gratuit[oi]|gratis|in omaggio)|gratis|gratuit[oaie]|in omaggio|omaggi[oi]|regal[oi]|premi[oi]|ricompens[ae]|cashback|paypal|\d{1,5} ?(?:€|euro)|€ ?\d{1,5})`;

// Dutch.
const REV_NL =
  "(?:reviews?|recensies?|beoordeling(?:en)?|feedback|sterren|waardering(?:en)?)";
const REQ_NL =
  "(?:schrijf|schrijft|schrijven|geschreven|laat|laten|achterlaten|achterlaat|plaats|plaatst|plaatsen|geplaatst|geef|geeft|geven|gegeven)";
const REWARD_NL = String
  .raw`(?:terugbetal\p{L}{0,4}|geld terug|(?:cadeau|kado|tegoed|waarde)bon(?:nen)?|kortings?(?:code|bon)?|coupon|gratis|kosteloos|cadeau(?:tje)?|beloning|bonus|cashback|paypal|\d{1,5} ?(?:€|euro)|€ ?\d{1,5})`;

// Swedish.
const REV_SV =
  "(?:recension(?:er|en)?|omdöme(?:n|t|na)?|betyg(?:et)?|feedback|stjärnor)";
const REQ_SV =
  "(?:lämna|lämnar|lämnat|skriv|skriver|skriva|skrivit|ge|ger|gett|sätt|sätter|sätta|posta|postar)";
const REWARD_SV = String
  .raw`(?:återbetalning|pengarna tillbaka|presentkort(?:et)?|rabatt(?:kod)?|kupong|gratis|kostnadsfri\p{L}?|present|gåva|belöning|bonus|cashback|paypal|\d{1,5} ?(?:kr|sek|kronor)|ersättning)`;

// Polish.
const REV_PL = String
  .raw`(?:opini\p{L}{1,2}|recenzj\p{L}{1,2}|ocen\p{L}{1,3}|komentarz\p{L}{0,3}|gwiazd\p{L}{1,4}|feedback)`;
const REQ_PL = String
  .raw`(?:wystaw\p{L}{0,6}|napis\p{L}{0,6}|zostaw\p{L}{0,6}|pozostaw\p{L}{0,6}|dodaj\p{L}{0,4}|dodani\p{L}{0,2}|opublikuj\p{L}{0,4}|daj\p{L}{0,4}|przyzna\p{L}{0,4})`;
const REWARD_PL = String
  .raw`(?:zwrot\p{L}{0,3}|zwróci\p{L}{0,4}|kart\p{L}{1,2} podarunkow\p{L}{1,3}|bon\p{L}{0,2}|kupon\p{L}{0,3}|kod\p{L}{0,2} rabatow\p{L}{1,3}|rabat\p{L}{0,3}|zniżk\p{L}{1,3}|(?:darmow|bezpłatn)\p{L}{1,3}|gratis|prezent\p{L}{0,3}|nagrod\p{L}{1,3}|upomin\p{L}{1,3}|cashback|paypal|\d{1,5} ?(?:zł|pln))`;

// Turkish ("değerlendirme" is also a technical assessment).
const REV_TR = String
  .raw`(?:yorum\p{L}{0,8}|puan\p{L}{0,6}|yıldız\p{L}{0,5}|değerlendirmeniz\p{L}{0,3}|(?:olumlu|ürün|mağaza|satıcı) değerlendirme\p{L}{0,6}|geri bildirim\p{L}{0,6})`;
const REQ_TR = String
  .raw`(?:yap\p{L}{0,8}|bırak\p{L}{0,8}|yaz\p{L}{0,8}|ver\p{L}{0,8}|paylaş\p{L}{0,8}|ekle\p{L}{0,8})`;
const REWARD_TR = String
  .raw`(?:(?:para |ücret )?iade\p{L}{0,6}|geri ödeme\p{L}{0,4}|hediye\p{L}{0,6}(?: çek\p{L}{0,3}| kart\p{L}{0,4})?|kupon\p{L}{0,6}|indirim\p{L}{0,6}|ücretsiz|bedava|ödül\p{L}{0,4}|bonus|cashback|paypal|\d{1,5} ?(?:tl|₺)|₺ ?\d{1,5})`;

// Japanese.
const REV_JA = "(?:レビュー|評価|口コミ|クチコミ|フィードバック)";
const REWARD_JA =
  "(?:(?:Amazon|アマゾン)?ギフト(?:券|カード)|返金|プレゼント|クーポン|割引|無料|特典|謝礼|キャッシュバック|ポイント|値引き|粗品|おまけ|商品券)";

// Portuguese: "avaliação" is also a technical assessment.
const AVALIACAO = "avalia[çc](?:[ãa]o|[õo]es)(?! t[ée]cnica)";
const REV_PT =
  `(?:${AVALIACAO}|resenhas?|coment[áa]rios?|opini[ãa]o|opini[õo]es|reviews?|feedbacks?|notas?)`;
const REQ_PT = String
  .raw`(?:deix\p{L}{1,5}|escrev\p{L}{1,5}|escrit\p{L}{1,2}|publi\p{L}{1,5}|d[êe]-nos|dar|dando|der|post\p{L}{1,4}|registr\p{L}{1,5})`;
const REWARD_PT = String
  .raw`(?:reembols\p{L}{1,4}|dinheiro de volta|vale[-\s]presente|cart[ãa]o[-\s]presente|gift card|cupo(?:m|ns)|descontos?|gr[áa]tis|gratuit[oa]s?|brindes?|presentes?|pr[êe]mios?|recompensas?|cashback|pix|paypal|r\$ ?\d{1,5}|\d{1,5} ?reais)`;

// Arabic: proclitics, word tails (with vowel marks).
const AR = "(?:[وفبلك]?(?:ال)?|[وف]?لل)";
const AS = String.raw`[\p{L}\p{M}]{0,4}`;
const REV_AR = `${AR}(?:تقييم|مراجع[ةت]|تعليق|رأي|ملاحظات)${AS}`;
const REQ_AR =
  `${AR}(?:ترك|اترك|اتركوا|كتابة|اكتب|اكتبوا|إضافة|اضافة|أضف|نشر|انشر|منح|امنح|امنحونا|امنحنا|وضع|ضع|تقديم|قدم)${AS}`;
const REWARD_AR =
  `${AR}(?:استرداد|استرجاع|إرجاع المبلغ|بطاق[ةت] هدي[ةت]|قسيم[ةت]|كوبون|خصم|مجان|هدي[ةت]|هدايا|مكافأ[ةت]|جائز[ةت]|كاش ?باك)${AS}`;

// Hindi.
const HS = String.raw`[\p{L}\p{M}]{0,3}`;
const REV_HI = `(?:रिव्यू|रिव्यु|रीव्यू|समीक्षा|रेटिंग|फ़ीडबैक|फीडबैक|प्रतिक्रिया|स्टार)${HS}`;
const REQ_HI =
  "(?:दें|देने|दीजिए|दीजिये|देकर|दिया|लिखें|लिखने|लिखकर|लिखिए|छोड़ें|छोड़ने|डालें|डालने|पोस्ट)";
const REWARD_HI = String
  .raw`(?:रिफ़ंड|रिफंड|पैसे वापस|कैशबैक|गिफ़्ट कार्ड|गिफ्ट कार्ड|वाउचर|कूपन|छूट|डिस्काउंट|मुफ़्त|मुफ्त|फ्री|फ़्री|उपहार|गिफ्ट|गिफ़्ट|इनाम|₹ ?\d{1,5}|\d{1,5} ?(?:रुपये|रुपए))`;

// Chinese.
const REV_ZH =
  "(?:评价|評價|好评|好評|评论|評論|晒图|曬圖|五星|5星|评分|評分|留评|留評)";
const REWARD_ZH =
  "(?:返现|返現|红包|紅包|优惠券|優惠券|礼品卡|禮品卡|礼品|禮品|赠品|贈品|免单|免單|现金|現金|奖励|獎勵)";

type Category =
  | "incentive"
  | "happyOnly"
  | "changeReview"
  | "dictate"
  | "positiveOnly";

const PHRASES: PhraseTable<Category> = {
  incentive: {
    en: [
      `in (?:exchange|return) for ‥ ${REVN_EN}`,
      `${REWARD_EN} … (?:for|after|once|when|if|as soon as) (?:you )?${REQ_EN} ‥ ${REVN_EN}`,
      `${REWARD_EN} … for (?:a|an|your|each|every|any|the) ‥ ${REV_EN}`,
      String
        .raw`${REQ_EN} ‥ ${REVN_EN} ‥ (?:(?:get|receive|enjoy|send you|give you|be sent|be given) (?:[\p{L}\p{N}$€£-]+ ){0,2}${REWARD_EN}|earn|claim|qualify|be rewarded|win|get reimbursed|get refunded|refund you|reimburse you)`,
      `screenshots? ‥ ${REV_EN}`,
      `${REV_EN} screenshots?`,
    ],
    de: [
      `(?:im austausch (?:für|gegen)|als gegenleistung für|gegen) (?:eine|ihre|deine) ‥ ${REV_DE}`,
      `${REWARD_DE} … (?:wenn|sobald|falls|nachdem) ‥ ${REV_DE} ‥ ${REQ_DE}`,
      String
        .raw`${REWARD_DE} … für (?:eine|ihre|deine|jede) ‥ (?:\p{L}{0,12}bewertung|rezension)`,
      `${REV_DE} ‥ ${REQ_DE} … ${REWARD_DE}`,
    ],
    fr: [
      `en (?:échange|contrepartie|remerciement) (?:d'|de |du |des )(?:un |une |votre |vos )?(?:\\p{L}+ )?(?:${AVIS}|évaluations?|commentaires?|notes?)`,
      `${REWARD_FR} … (?:pour|contre) (?:un|une|votre|vos|chaque|tout|toute) ‥ (?:${AVIS}|évaluations?|commentaires?)`,
      `${REWARD_FR} … (?:si|après|dès que|lorsque|quand|une fois que|une fois) ‥ ${REQ_FR} ‥ ${REV_FR}`,
      `${REQ_FR} ‥ (?:${AVIS}|évaluations?) … ${REWARD_FR}`,
    ],
    es: [
      `a cambio de ‥ (?:reseñas?|opini[oó]n|opiniones|valoraci[oó]n(?:es)?|calificaci[oó]n(?:es)?|comentarios?)`,
      `${REWARD_ES} … (?:por|si|despu[eé]s de|tras|cuando|una vez|al) ‥ ${REQ_ES} ‥ ${REV_ES}`,
      `${REWARD_ES} … por (?:su|tu|cada|una) ‥ (?:reseñas?|valoraci[oó]n|opini[oó]n)`,
      `${REQ_ES} ‥ (?:reseñas?|valoraci[oó]n(?:es)?|calificaci[oó]n(?:es)?) … ${REWARD_ES}`,
    ],
    it: [
      `in cambio (?:di|della|del|dei|delle) ‥ (?:recension[ei]|valutazion[ei]|feedback|giudizi[oi])`,
      `${REWARD_IT} … (?:per|se|dopo|quando|una volta) ‥ ${REQ_IT} ‥ ${REV_IT}`,
      `${REWARD_IT} … per (?:la|una|sua|tua|ogni) ‥ (?:recension[ei]|valutazion[ei])`,
      `${REQ_IT} ‥ (?:recension[ei]|valutazion[ei]|feedback) … ${REWARD_IT}`,
    ],
    nl: [
      `in ruil voor (?:een|uw|je|jouw) ‥ ${REV_NL}`,
      `${REWARD_NL} … (?:als|wanneer|zodra|nadat) ‥ ${REV_NL} ‥ ${REQ_NL}`,
      `${REWARD_NL} … voor (?:een|uw|je|jouw|elke|iedere) ‥ (?:reviews?|recensies?)`,
      `${REQ_NL} ‥ (?:reviews?|recensies?|beoordeling(?:en)?) … ${REWARD_NL}`,
      `(?:reviews?|recensies?|beoordeling(?:en)?) ‥ ${REQ_NL} … ${REWARD_NL}`,
    ],
    sv: [
      `i utbyte mot (?:en|ett|din|ditt) ‥ ${REV_SV}`,
      `${REWARD_SV} … (?:för|om|när|efter) ‥ ${REQ_SV} ‥ ${REV_SV}`,
      `${REWARD_SV} … för (?:en|ett|din|ditt|varje) ‥ (?:recension|omdöme)`,
      `${REQ_SV} ‥ (?:recension(?:er|en)?|omdöme(?:n|t|na)?|betyg(?:et)?) … ${REWARD_SV}`,
    ],
    pl: [
      `w zamian za ‥ ${REV_PL}`,
      `${REWARD_PL} … za (?:wystawieni|napisani|dodani|zostawieni|pozostawieni)\\p{L}{1,2} ‥ ${REV_PL}`,
      `${REWARD_PL} … (?:po|jeśli|jeżeli|gdy|kiedy) ‥ ${REQ_PL} ‥ ${REV_PL}`,
      `${REQ_PL} ‥ ${REV_PL} … ${REWARD_PL}`,
    ],
    tr: [
      String
        .raw`(?:yorum|değerlendirme|puan)\p{L}{0,8} (?:karşılığında|karşılığı|karşılık)`,
      `${REV_TR} ${REQ_TR} … ${REWARD_TR}`,
      `${REV_TR} (?:için|karşılığında) … ${REWARD_TR}`,
    ],
    ja: [
      `(?:レビュー|口コミ|クチコミ|評価)(?:を)?(?:書いて|投稿|記入|いただ|頂|ご記入)…${REWARD_JA}`,
      "(?:レビュー|口コミ|クチコミ)(?:特典|キャンペーン|投稿で|を条件)",
      `${REWARD_JA}…(?:レビュー|口コミ|クチコミ)(?:を)?(?:書|投稿|記入|いただ|頂|お願い|条件)`,
      `${REV_JA}(?:と)?引き換え`,
      `${REV_JA}(?:の)?(?:お礼|謝礼)(?:として|に)`,
    ],
    pt: [
      `em troca (?:de|da|do) ‥ (?:${AVALIACAO}|resenhas?|coment[áa]rios?|opini[ãa]o|notas?|reviews?|feedbacks?)`,
      `${REWARD_PT} … (?:por|se|ap[óo]s|depois de|quando|assim que|ao) ‥ ${REQ_PT} ‥ ${REV_PT}`,
      `${REQ_PT} ‥ (?:${AVALIACAO}|resenhas?|reviews?) … ${REWARD_PT}`,
    ],
    ar: [
      `${AR}مقابل ‥ ${REV_AR}`,
      `${REWARD_AR} … ${REQ_AR} ‥ ${REV_AR}`,
      `${REQ_AR} ‥ ${REV_AR} … ${REWARD_AR}`,
    ],
    hi: [
      `${REV_HI} (?:के )?(?:बदले|एवज़ में|एवज में)`,
      `${REV_HI} ${REQ_HI} (?:पर|के बाद|से) … ${REWARD_HI}`,
      `${REWARD_HI} … ${REV_HI} ${REQ_HI}`,
    ],
    zh: [
      "(?:好评|好評)返(?:现|現|款)",
      `${REV_ZH}(?:后|後|即可|就|可|即|送|返)…${REWARD_ZH}`,
      "(?:返现|返現|红包|紅包|优惠券|優惠券|礼品卡|禮品卡|赠品|贈品|免单|免單|现金奖励|現金獎勵)…(?:评价|評價|好评|好評|评论|評論|晒图|曬圖)",
      "作(?:为|為)(?:评价|評價|好评|好評)的(?:回报|回報|奖励|獎勵|感谢|感謝)",
    ],
  },

  happyOnly: {
    en: [
      `if (?:you(?:'re| are| were| feel| felt)?|you have been|you've been) (?:(?:very |really |completely |fully |totally |100% )?(?:happy|satisfied|pleased|delighted|content|thrilled)|(?:like|love|enjoy|liked|loved|enjoyed)) …… ${REVN_EN}`,
      `(?:before|instead of|rather than|prior to) (?:you )?(?:leave|leaving|write|writing|post|posting|give|giving|submit|submitting|leaves) ‥ ${REVN_EN}`,
      "(?:before|instead of|rather than|prior to) (?:you )?rat(?:e|ing) (?:us|the (?:product|item|seller|order)|this|your (?:purchase|order))",
      `(?:don't|do not|please don't|never|avoid|refrain from) (?:leave|leaving|write|writing|post|posting|give|giving) ‥ ${NEG_EN} ${REV_EN}`,
      `(?:contact|message|write to|email|reach out to) us (?:first|before) ‥ (?:leave|leaving|write|writing|post|posting|giving|give|rate|rating)`,
      `(?:happy|satisfied|pleased) (?:customers|buyers) …… ${REVN_EN}`,
    ],
    de: [
      `(?:zufrieden|glücklich|begeistert) (?:sind|waren|bist|seid),? …… ${REV_DE}`,
      `(?:sind sie|bist du|seid ihr) (?:mit \\p{L}+ \\p{L}+ )?(?:zufrieden|glücklich|begeistert)\\? …… ${REV_DE}`,
      `gefällt (?:ihnen|dir) ‥ …… ${REV_DE}`,
      `(?:bevor|ehe|anstatt|statt) (?:sie|du) ‥ (?:\\p{L}+ )?(?:bewertung|rezension|feedback)`,
      String
        .raw`(?:keine|nicht) (?:negative|schlechte|neutrale)\p{L}{0,2} (?:bewertung|rezension|feedback)\p{L}{0,2}`,
      `(?:kontaktieren sie uns|melden sie sich|schreiben sie uns) (?:bitte )?(?:zuerst|vorher|zunächst) …… ${REV_DE}`,
      `(?:zufriedene|glückliche) (?:kunden|käufer) …… ${REV_DE}`,
    ],
    fr: [
      `si (?:vous (?:êtes|étiez)|tu es) (?:\\p{L}+ )?(?:satisfaite?s?|contente?s?|ravie?s?|heureux|heureuse) …… (?:${AVIS}|évaluations?|commentaires?|notes?|étoiles)`,
      `si (?:le produit|l'article|votre achat|votre commande) vous (?:plaît|a plu|convient) …… (?:${AVIS}|évaluations?|commentaires?|notes?|étoiles)`,
      `(?:avant|au lieu) de (?:nous )?(?:laisser|donner|écrire|publier|mettre|poster|attribuer|déposer) ‥ (?:${AVIS}|évaluations?|commentaires?|notes?)`,
      `(?:ne|n') ?(?:laissez|donnez|mettez|écrivez|publiez) pas ‥ (?:${AVIS}|évaluations?|commentaires?|notes?) (?:négati|neutre|mauvais)\\p{L}{0,3}`,
      `(?:clients|acheteurs) satisfaits …… ${REV_FR}`,
    ],
    es: [
      String
        .raw`si (?:est[aá]s?|qued[oó]|quedaste|ha quedado|has quedado|se siente|te sientes|se encuentra) (?:muy |totalmente )?(?:satisfech[oa]s?|content[oa]s?|feliz|encantad[oa]s?) …… ${REV_ES}`,
      `si (?:le|te) (?:gust[oó]|gusta|ha gustado|encant[oó]|encanta) …… ${REV_ES}`,
      `antes de (?:dejar|escribir|publicar|poner|dar) ‥ ${REV_ES}`,
      String
        .raw`(?:no|nunca) (?:deje|dejes|escriba|escribas|publique|publiques|ponga|pongas|d[eé]) ‥ (?:reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n|comentario)s? (?:negativ|mal)\p{L}{1,3}`,
      `(?:clientes|compradores) satisfechos …… ${REV_ES}`,
    ],
    it: [
      String
        .raw`se (?:è|sei|siete|è stat[oa]|sei stat[oa]) (?:\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]|felic[ei]) …… ${REV_IT}`,
      `se (?:le|ti|vi) (?:è piaciut[oa]|piace|sono piaciut[ie]) …… ${REV_IT}`,
      `prima di (?:lasciare|scrivere|pubblicare|dare|rilasciare) ‥ ${REV_IT}`,
      String
        .raw`non (?:lasci|lasciare|scriva|scrivere|dia|dare|pubblichi) ‥ (?:recension[ei]|valutazion[ei]|feedback|giudizi[oi]) (?:negativ|scars|brutt)\p{L}{1,2}`,
      `(?:clienti|acquirenti) soddisfatti …… ${REV_IT}`,
    ],
    nl: [
      String
        .raw`als (?:u|je|jij) (?:\p{L}+ )?(?:tevreden|blij|content|enthousiast) …… ${REV_NL}`,
      `(?:bevalt|beviel) (?:het|het product|het artikel|uw aankoop) …… ${REV_NL}`,
      `voordat (?:u|je) ‥ ${REV_NL}`,
      `(?:geen|niet) (?:negatieve|slechte|neutrale) ${REV_NL}`,
      `(?:tevreden|blije) klanten …… ${REV_NL}`,
    ],
    sv: [
      String
        .raw`om (?:du|ni) (?:är|var|blev) (?:\p{L}+ )?(?:nöjd|nöjda|glad|glada) …… ${REV_SV}`,
      `innan (?:du|ni) (?:lämnar|skriver|ger|sätter) ‥ ${REV_SV}`,
      String
        .raw`(?:inte|aldrig) (?:lämna|skriv|ge) ‥ (?:negativ|dålig)\p{L}{0,2} ${REV_SV}`,
      `nöjda kunder …… ${REV_SV}`,
    ],
    pl: [
      String
        .raw`(?:jeśli|jeżeli|gdy|o ile) ‥ zadowol\p{L}{1,4} …… ${REV_PL}`,
      String
        .raw`(?:przed|zanim) (?:wystawieniem|napisaniem|dodaniem|wystawisz|napiszesz|wystawi|wystawią|dodasz) ‥ ${REV_PL}`,
      String
        .raw`nie (?:wystawia|wystawi|pisa|pisz|dodawa|zostawia)\p{L}{0,3} ‥ (?:negatywn|neutraln|zł|słab)\p{L}{1,4} (?:opini|recenzj|ocen|komentarz)\p{L}{0,3}`,
      String.raw`zadowoleni klienci …… ${REV_PL}`,
    ],
    tr: [
      String
        .raw`(?:memnun|mutlu) (?:kaldıysanız|kaldıysan|iseniz|isen|olduysanız|olduysan|kalırsanız|kalırsan|olursanız),? …… ${REV_TR}`,
      `(?:beğendiyseniz|beğendiysen|beğenirseniz|hoşunuza gittiyse) …… ${REV_TR}`,
      String
        .raw`(?:olumsuz|kötü|negatif|düşük) (?:yorum|değerlendirme|puan)\p{L}{0,8} ‥ (?:önce|yerine)`,
      String
        .raw`(?:yorum|değerlendirme|puan)\p{L}{0,8} (?:yapmadan|bırakmadan|yazmadan|vermeden) önce`,
      String.raw`memnun (?:müşteri|alıcı)\p{L}{0,6} …… ${REV_TR}`,
    ],
    ja: [
      "(?:ご満足|満足|気に入って|お気に召し)(?:いただけ|頂け|いただい|頂い)?(?:ました|た|まし)?(?:ら|場合|なら)…(?:(?:星|★|☆)(?:5|五)つ?(?:の)?(?:レビュー|評価)?|レビュー|評価|口コミ|星)",
      "(?:ご?不満|問題|不具合)(?:が|の)?(?:ある|ございます|あった|ありましたら)?(?:場合|際|時)?(?:は)?…(?:評価|レビュー)(?:の|を|する|される|をする|を投稿する|を書く)?前に",
      "(?:評価|レビュー)(?:を|の)?(?:投稿|記入|書く|される|する)?(?:前|まえ)に…(?:ご?連絡|お問い合わせ)",
      "(?:低い|悪い|否定的な)(?:評価|レビュー)(?:を)?(?:つける|付ける|される|する)?(?:前|まえ)に",
    ],
    pt: [
      String
        .raw`se (?:voc[êe] )?(?:estiver|est[áa]|ficou|ficar|tiver ficado) (?:muito )?(?:satisfeit[oa]s?|content[ea]s?|feliz) …… ${REV_PT}`,
      `se (?:voc[êe] )?(?:gostou|gostar) …… ${REV_PT}`,
      `antes de (?:deixar|escrever|publicar|dar|postar|fazer) ‥ ${REV_PT}`,
      String
        .raw`(?:n[ãa]o|nunca) (?:deixe|escreva|d[êe]|publique) ‥ (?:avalia[çc][ãa]o|resenha|coment[áa]rio|nota)s? (?:negativ|ruim|baix)\p{L}{0,2}`,
      `clientes satisfeitos …… ${REV_PT}`,
    ],
    ar: [
      `(?:إذا|اذا|إن|ان|في حال|لو) (?:كنت|كنتم|كنتِ)? ?(?:راض|سعيد|سعداء|مسرور)${AS} …… ${REV_AR}`,
      `(?:إذا|اذا|إن|ان|لو) (?:أعجبك|أعجبكم|اعجبك|اعجبكم|نال إعجابك|نال اعجابك|نال إعجابكم)${AS} …… ${REV_AR}`,
      `قبل ${REQ_AR} ‥ ${REV_AR}`,
      `(?:لا|عدم) (?:تترك|تتركوا|تكتب|تكتبوا|ترك|كتابة)${AS} ‥ ${REV_AR} (?:ال)?(?:سلبي|سيئ|منخفض)${AS}`,
      `(?:العملاء|عملاؤنا) (?:ال)?(?:راضين|سعداء) …… ${REV_AR}`,
    ],
    hi: [
      `(?:संतुष्ट|खुश|ख़ुश|प्रसन्न) (?:हैं|है|हों|हो|थे)${HS},? …… ${REV_HI}`,
      `पसंद (?:आया|आई|आए|आये) (?:हो|है) …… ${REV_HI}`,
      `${REV_HI} ${REQ_HI} से पहले`,
      `(?:नकारात्मक|खराब|ख़राब|बुरा|बुरी|नेगेटिव) ${REV_HI} (?:न|ना|मत) ${REQ_HI}`,
    ],
    zh: [
      "(?:如果?|若)‥(?:满意|滿意|喜欢|喜歡)…(?:(?:五星|5星)?(?:好评|好評)|评价|評價|评论|評論|五星|5星)",
      "(?:评价|評價|差评|差評|留评|留評)(?:之)?前…(?:联系|聯繫|聯絡)",
      "(?:请勿|請勿|不要|别|別)(?:给|給|留)?(?:差评|差評|中评|中評|负面评价|負面評價|低分)",
      "(?:先|请先|請先)(?:联系|聯繫|聯絡)(?:我们|我們)…(?:差评|差評|评价|評價)",
    ],
  },

  changeReview: {
    en: [
      String
        .raw`(?:change|update|revise|edit|amend|remove|delete|withdraw|retract|take down|reconsider|modify|improve|raise|upgrade|adjust|correct|cancel) (?:your|the|this|that|their|his|her|its|any|our) (?:[\p{L}\p{N}-]+ ){0,2}${REV_EN}`,
      String
        .raw`(?:have|having|get|getting) (?:your|the|this|that) (?:[\p{L}\p{N}-]+ ){0,2}${REV_EN} (?:removed|deleted|changed|updated|revised|withdrawn|edited|amended|retracted|taken down)`,
      `${REVN_EN} (?:to be|be|being|could be|can be) (?:removed|deleted|changed|updated|revised|withdrawn|edited|amended|retracted|taken down)`,
      String
        .raw`(?:removal|revision|update|deletion|withdrawal|change) of (?:your|the|this|that) (?:[\p{L}\p{N}-]+ ){0,2}${REV_EN}`,
    ],
    de: [
      String
        .raw`(?:ihre|deine|ihr|dein|eure|euer)\p{L}{0,2} (?:\p{L}+ )?(?:\p{L}{0,12}bewertung|rezension|feedback)\p{L}{0,2} ‥ (?:zu )?(?:ändern|anzupassen|anpassen|aktualisieren|löschen|entfernen|zurückzuziehen|zurückziehen|überdenken|korrigieren|überarbeiten|revidieren)`,
      String
        .raw`(?:ändern|aktualisieren|löschen|entfernen|überdenken|korrigieren|überarbeiten) sie (?:bitte )?‥ (?:bewertung|rezension|feedback)`,
      String
        .raw`(?:änderung|löschung|entfernung|aktualisierung|anpassung|rücknahme) (?:ihrer|deiner|der) ‥ (?:bewertung|rezension|feedback)`,
    ],
    fr: [
      `(?:modifi|chang|supprim|retir|révis|reconsidér|corrig|effac|actualis)\\p{L}{1,5} ‥ (?:votre |vos |l'|le |la |cet |cette |ce )(?:\\p{L}+ )?(?:${AVIS}|évaluations?|commentaires? négatifs?)`,
      `(?:mettre|mettez) à jour ‥ (?:votre |vos |l'|le |la |cet |cette |ce )(?:\\p{L}+ )?(?:${AVIS}|évaluations?)`,
      `(?:suppression|modification|retrait|mise à jour) (?:de |d')(?:votre |vos |l'|cet |cette |ce )(?:\\p{L}+ )?(?:${AVIS}|évaluations?)`,
    ],
    es: [
      String
        .raw`(?:cambi|modifi|actualiz|actualic|elimin|borr|retir|quit|edit|reconsider|mejor)\p{L}{1,5} ‥ (?:su|tu|la|esta|esa|sus|tus|el) (?:\p{L}+ )?(?:reseñas?|valoraci[oó]n(?:es)?|calificaci[oó]n(?:es)?|comentarios? negativ\p{L}{1,2}|review)`,
    ],
    it: [
      String
        .raw`(?:modific|cambi|aggiorn|rimuov|elimin|cancell|ritir|rived|riconsider|corregg)\p{L}{1,5} ‥ (?:(?:la|il|i|le) )?(?:sua|suo|tua|tuo|vostr[ao]|sue|suoi) (?:\p{L}+ )?(?:recension[ei]|valutazion[ei]|feedback|giudizi[oi])`,
      String
        .raw`(?:modific|cambi|aggiorn|rimuov|elimin|cancell|ritir)\p{L}{1,5} ‥ (?:la|questa) (?:\p{L}+ )?(?:recension[ei]|feedback)`,
    ],
    nl: [
      String
        .raw`(?:wijzig|aanpass|verwijder|bijwerk|herzie|trek|intrek|update|pas)\p{L}{0,4} ‥ (?:uw|je|jouw) (?:\p{L}+ )?${REV_NL}`,
      String
        .raw`(?:uw|je|jouw) (?:\p{L}+ )?${REV_NL} ‥ (?:te )?(?:wijzigen|aanpassen|aan te passen|verwijderen|bijwerken|bij te werken|herzien|intrekken|in te trekken|updaten)`,
    ],
    sv: [
      String
        .raw`(?:ändra|uppdatera|ta bort|radera|redigera|justera|höja|återkalla|revidera)\p{L}{0,2} ‥ (?:din|ditt|dina|ert|er) (?:\p{L}+ )?${REV_SV}`,
    ],
    pl: [
      String
        .raw`(?:zmie[nń]\p{L}{0,4}|zmieni\p{L}{1,4}|zmian\p{L}{0,2}|usu[nń]\p{L}{0,4}|usunię\p{L}{1,4}|edyt\p{L}{1,5}|popraw\p{L}{1,5}|zaktualiz\p{L}{1,6}|aktualiz\p{L}{1,6}|wycofa\p{L}{0,4}|skoryg\p{L}{1,5}) ‥ (?:opini\p{L}{1,2}|recenzj\p{L}{1,2}|ocen\p{L}{1,2}|negatywn\p{L}{1,3} komentarz\p{L}{0,3}|komentarz\p{L}{0,3} negatywn\p{L}{1,3})`,
    ],
    tr: [
      String
        .raw`(?:yorum\p{L}{0,8}|puan\p{L}{0,6}|değerlendirmeniz\p{L}{0,3}|geri bildiriminiz\p{L}{0,3}) (?:\p{L}+ )?(?:değiştir|güncelle|sil|kaldır|düzelt|geri çek|düzenle|gözden geçir)\p{L}{0,8}`,
    ],
    ja: [
      "(?:評価|レビュー|口コミ|フィードバック)(?:を|の)?(?:削除|変更|修正|撤回|見直し|取り消し|取消|更新|書き換え|訂正)",
    ],
    pt: [
      String
        .raw`(?:alter|mud|modific|atualiz|remov|exclu|apag|retir|edit|revis|reconsider|corrig|melhor)\p{L}{1,5} ‥ (?:a |sua |essa |esta |tua |seu |o )?(?:\p{L}+ )?(?:${AVALIACAO}|resenha|coment[áa]rio negativo|review|feedback)`,
    ],
    ar: [
      `${AR}(?:تغيير|تعديل|تحديث|حذف|إزالة|ازالة|سحب|مسح|إلغاء|الغاء|غير|عدل|احذف|أزل)${AS} ‥ (?:${AR}(?:تقييم|تعليق)${AS}|${AR}مراجعت(?:ك|كم|كِ))`,
    ],
    hi: [
      `(?:रिव्यू|रिव्यु|रीव्यू|समीक्षा|रेटिंग|फ़ीडबैक|फीडबैक)${HS} (?:को )?(?:बदल|हटा|अपडेट|डिलीट|संशोधित|एडिट|वापस ले)${HS}`,
    ],
    zh: [
      "(?:修改|更改|删除|刪除|撤销|撤銷|撤回|追加|改成|改为|改為|更新)(?:一下)?(?:您的)?(?:评价|評價|差评|差評|评论|評論|好评|好評|评分|評分)",
      "(?:差评|差評|评价|評價)(?:改|删|刪)",
    ],
  },

  dictate: {
    en: [
      String
        .raw`(?:mention|say|write|include|state|note|talk about|highlight|describe|emphasi[sz]e|use the words?) …… in (?:your|the|a) (?:[\p{L}\p{N}-]+ ){0,2}${REV_EN}`,
      `in (?:your|the) ${REV_EN},? (?:please |kindly |could you |can you )?(?:mention|say|write|include|state|note|talk about|highlight|describe|use)`,
      `(?:sample|suggested|example|pre-?written|template|ready-made) (?:reviews?|texts? for (?:your|the|a) reviews?|feedback)`,
      "copy (?:and paste )?(?:this|the following|these|our) ‥ (?:text|review|words|feedback)",
      `${REQ_EN} ‥ ${REV_EN} (?:saying|that says|which says|stating|mentioning|that mentions)`,
    ],
    de: [
      String
        .raw`(?:erwähnen|schreiben|nennen|loben|betonen|hervorheben) sie ‥ in ihrer (?:\p{L}{0,12}bewertung|rezension)`,
      String
        .raw`in ihrer (?:\p{L}{0,12}bewertung|rezension|feedback)\p{L}{0,2} … (?:erwähnen|schreiben|nennen|erwähnt|loben|hervorheben|betonen)`,
      String
        .raw`(?:muster|vorlage|beispiel)(?:text|bewertung|rezension)\p{L}{0,2}`,
      String
        .raw`(?:vorgefertigte|vorformulierte)\p{L}{0,2} (?:bewertung|rezension|text)\p{L}{0,2}`,
    ],
    fr: [
      `(?:mentionn|précis|indiqu|écri|parl|soulign|cit)\\p{L}{1,5} …… dans (?:votre |vos |l'|le |la )(?:${AVIS}|évaluations?)`,
      `dans (?:votre|vos) (?:${AVIS}|évaluations?),? (?:merci de |veuillez |pourriez-vous |n'hésitez pas à )?(?:mentionn|précis|indiqu|écri|parl|soulign)\\p{L}{1,5}`,
      "(?:modèle|exemple) d'(?:avis|évaluation|commentaire)",
      "(?:avis|texte) (?:pré-?rédigé|type)",
    ],
    es: [
      String
        .raw`(?:mencion|escrib|dig|indiqu|inclu|destaqu|destac|habl)\p{L}{1,5} …… en (?:su|tu|la) (?:reseña|valoraci[oó]n)`,
      String
        .raw`en (?:su|tu) (?:reseña|valoraci[oó]n),? (?:por favor )?(?:mencion|escrib|dig|indiqu|inclu|destaqu|destac|habl)\p{L}{1,5}`,
      "(?:ejemplo|modelo|plantilla) de (?:reseña|opini[oó]n|valoraci[oó]n)",
    ],
    it: [
      String
        .raw`(?:menzion|scriv|cit|indic|parl|sottoline|evidenz|dic)\p{L}{1,5} …… nella (?:sua |tua |vostra )?(?:recensione|valutazione)`,
      String
        .raw`nella (?:sua |tua |vostra )?recensione,? (?:la preghiamo di |ti chiediamo di |per favore )?(?:menzion|scriv|cit|indic|parl|sottoline|evidenz)\p{L}{1,5}`,
      "(?:esempio|modello|bozza|testo) di recensione",
    ],
    nl: [
      String
        .raw`(?:vermeld|noem|schrijf|vertel)\p{L}{0,2} …… in (?:uw|je|jouw) (?:review|recensie|beoordeling)`,
      "in (?:uw|je|jouw) (?:review|recensie|beoordeling) ‥ (?:te )?(?:vermelden|noemen|schrijven)",
      "(?:voorbeeld|standaard)(?:review|recensie|tekst)",
    ],
    sv: [
      String
        .raw`(?:nämn|skriv|berätta om|nämna)\p{L}{0,2} …… i (?:din|ditt|er|ert) (?:recension|omdöme)`,
      String
        .raw`i (?:din|ditt) (?:recension|omdöme),? (?:gärna |vänligen )?(?:nämn|skriv|berätta)\p{L}{0,2}`,
      "(?:exempel|mall) (?:på|för) (?:recension|omdöme)",
    ],
    pl: [
      String
        .raw`(?:napisz|napisać|wspomnij|wspomnieć|wspomn\p{L}{1,4}|podkreśl\p{L}{0,3}|opisz|opisać) …… w (?:swojej |twojej |pana |pani |państwa )?(?:opinii|recenzji|komentarzu)`,
      String
        .raw`w (?:swojej |twojej |pana |pani |państwa )?(?:opinii|recenzji),? (?:prosimy )?(?:napisać|wspomnieć|napisz|wspomnij|podkreśl)\p{L}{0,3}`,
      String
        .raw`(?:przykładow|gotow|wzorow)\p{L}{0,3} (?:opini|recenzj|treść)\p{L}{0,3}`,
    ],
    tr: [
      String
        .raw`(?:yorum|değerlendirme)\p{L}{0,4}(?:da|de|ta|te) ‥ (?:bahsed|bahset|yaz|belirt|söz ed|vurgula)\p{L}{0,8}`,
      String.raw`örnek (?:yorum|değerlendirme)\p{L}{0,6}`,
      String
        .raw`(?:yorum|değerlendirme)\p{L}{0,4} (?:olarak|şöyle) ‥ yaz\p{L}{0,8}`,
    ],
    ja: [
      "(?:レビュー|口コミ|クチコミ|評価)(?:に|には|の中で|で)(?:は)?…(?:書いて|記載して|ご記入|お書き|触れて|言及|記入して)",
      "(?:レビュー|口コミ)(?:の)?(?:例文|文例|テンプレート|見本)",
      "(?:と|のように)(?:レビュー|口コミ)(?:に)?(?:書|記載|投稿)",
    ],
    pt: [
      String
        .raw`(?:mencion|escrev|diga|dizer|cit|destaqu|destac|fal)\p{L}{0,5} …… (?:na|em) (?:sua )?(?:avalia[çc][ãa]o|resenha|review)`,
      String
        .raw`(?:na|em) sua (?:avalia[çc][ãa]o|resenha|review),? (?:por favor )?(?:mencion|escrev|dig|cit|destaqu|destac|fal)\p{L}{1,5}`,
      "(?:modelo|exemplo) de (?:avalia[çc][ãa]o|resenha|coment[áa]rio)",
    ],
    ar: [
      `(?:اذكر|اذكروا|اكتب|اكتبوا|أشر|أشيروا|تحدث|تحدثوا)${AS} …… في (?:تقييمك|تقييمكم|مراجعتك|مراجعتكم|تعليقك|تعليقكم)`,
      `في (?:تقييمك|تقييمكم|مراجعتك|مراجعتكم|تعليقك|تعليقكم)${AS} ‥ (?:اذكر|اذكروا|اكتب|اكتبوا|أشر|أشيروا)`,
      `(?:نموذج|مثال) ${AR}(?:تقييم|مراجعة|تعليق)`,
    ],
    hi: [
      `(?:रिव्यू|रिव्यु|रीव्यू|समीक्षा|रेटिंग)${HS} में …… (?:लिखें|लिखिए|बताएँ|बताएं|उल्लेख करें|ज़िक्र करें|जिक्र करें|लिखना)`,
    ],
    zh: [
      "(?:评价|評價|评论|評論)(?:中|里|裡|时|時)…(?:提到|提及|写|寫|注明|說明|说明)",
      "(?:复制|複製|照抄)…(?:评价|評價|评论|評論)",
      "(?:评价|評價|评论|評論)(?:模板|范文|範文)",
    ],
  },

  positiveOnly: {
    en: [
      `${POS_EN} (?:product |seller |customer |amazon )?${REV_EN}`,
      String.raw`(?:5|five)[-\s]?stars?`,
      "(?:★|⭐){4,5}",
      "(?:full|top|maximum|max|highest) (?:stars|marks|rating|score)",
      "(?:5|five) out of (?:5|five)",
    ],
    de: [
      String
        .raw`${POS_DE} (?:rezension|kundenbewertung|produktbewertung|sternebewertung|feedback)\p{L}{0,2}`,
      String
        .raw`(?:uns |mir )?(?:eine |ihre )?${POS_DE} bewertung\p{L}{0,2} ‥ (?:zu )?${REQ_DE}`,
      String
        .raw`${REQ_DE} sie (?:uns )?(?:bitte )?(?:eine )?${POS_DE} bewertung\p{L}{0,2}`,
      String
        .raw`(?:5|fünf)[-\s]?sterne(?:-?(?:bewertung|rezension)(?:en)?)?`,
      String.raw`(?:5|fünf) von (?:5|fünf) sternen`,
      String.raw`volle\p{L}? (?:punktzahl|sterne\p{L}?)`,
      String.raw`bestnote\p{L}?`,
    ],
    fr: [
      `(?:${AVIS}|commentaires?|critiques?) (?:très )?(?:positi(?:f|ve)s?|élogieu(?:x|se|ses)|excellente?s?)`,
      `${REQ_FR} ‥ (?:${AVIS}|évaluations?|notes?) (?:très )?(?:positi(?:f|ve)s?|favorables?|excellente?s?|maximale?s?)`,
      "(?:bon|excellent|super|très bon)s? avis",
      "(?:5|cinq) étoiles",
      "(?:la )?note maximale",
    ],
    es: [
      `(?:reseñas?|opiniones|comentarios?) (?:muy )?(?:positiv[ao]s?|favorables?|excelentes?|buen[ao]s?)`,
      `${REQ_ES} ‥ (?:valoraci[oó]n|calificaci[oó]n|opini[oó]n)(?:es)? (?:muy )?(?:positiv[ao]s?|favorables?|excelentes?|buen[ao]s?|máxim[ao]s?)`,
      "(?:buen[ao]s?|excelentes?|mejores) (?:reseñas?|opiniones|comentarios)",
      "(?:5|cinco) estrellas",
      "(?:la )?(?:m[aá]xima|mejor) (?:puntuaci[oó]n|calificaci[oó]n|valoraci[oó]n|nota)",
    ],
    it: [
      String
        .raw`(?:recension[ei]|feedback|giudizi[oi]|commenti?) (?:molto )?(?:positiv[aeio]|favorevol[ei]|ottim[aeio]|eccellent[ei])`,
      `${REQ_IT} ‥ valutazion[ei] (?:molto )?(?:positiv[aeio]|favorevol[ei]|ottim[aeio]|eccellent[ei]|massim[aeio])`,
      "(?:buon[aeio]|ottim[aeio]|bell[aeio]|eccellent[ei]) (?:recension[ei]|feedback|giudizi[oi])",
      "(?:5|cinque) stelle",
      "(?:il )?massimo (?:dei voti|punteggio)",
      "punteggio (?:pieno|massimo)",
    ],
    nl: [
      "(?:positieve|goede|mooie|uitstekende|lovende) (?:reviews?|recensies?|feedback|waardering(?:en)?)",
      `${REQ_NL} ‥ (?:positieve|goede|mooie|lovende|uitstekende) beoordeling(?:en)?`,
      `(?:positieve|goede|mooie|lovende) beoordeling(?:en)? ‥ ${REQ_NL}`,
      "(?:5|vijf) sterren",
      "(?:de )?(?:maximale|hoogste|volle) (?:score|waardering|sterren)",
    ],
    sv: [
      "(?:positiv(?:t|a)?|bra|fin(?:t|a)?|högt|utmärkt|strålande) (?:recension(?:er)?|omdöme(?:n)?|betyg|feedback)",
      "toppbetyg(?:et)?",
      "(?:5|fem) stjärnor",
      "högsta betyg(?:et)?",
    ],
    pl: [
      String
        .raw`(?:pozytywn|dobr|pochlebn|świetn|maksymaln|najwyższ)\p{L}{1,3} (?:opini\p{L}{1,2}|recenzj\p{L}{1,2}|komentarz\p{L}{0,3})`,
      String
        .raw`${REQ_PL} ‥ (?:pozytywn|dobr|wysok|maksymaln|najwyższ)\p{L}{1,3} ocen\p{L}{1,2}`,
      String.raw`(?:5|pięć|pięciu) gwiazd\p{L}{0,3}`,
    ],
    tr: [
      String
        .raw`(?:olumlu|iyi|güzel|harika|mükemmel|tam) (?:bir )?(?:yorum|puan|geri bildirim)\p{L}{0,8}`,
      String
        .raw`(?:olumlu|iyi|güzel|harika|mükemmel) (?:bir )?değerlendirme\p{L}{0,6} ${REQ_TR}`,
      String.raw`(?:5|beş) yıldız\p{L}{0,5}`,
      String.raw`tam puan\p{L}{0,4}`,
    ],
    ja: [
      "高評価",
      "(?:星|☆|★)(?:5|五)(?:つ)?",
      "(?:5|五)つ星",
      "最高(?:の)?評価",
      "(?:良い|よい|いい|好意的な|ポジティブな)(?:評価|レビュー|口コミ)",
      "満点",
    ],
    pt: [
      String
        .raw`(?:resenhas?|coment[áa]rios?|reviews?|feedbacks?) (?:muito )?(?:positiv[oa]s?|excelentes?|favor[áa]ve(?:l|is))`,
      `${REQ_PT} ‥ (?:uma |sua )?(?:avalia[çc][ãa]o|nota) (?:muito )?(?:positiva|m[áa]xima|excelente|boa|[óo]tima)`,
      `(?:boa|[óo]tima|excelente) (?:resenha|review|${AVALIACAO})`,
      "(?:5|cinco) estrelas",
      "nota (?:m[áa]xima|10|dez|5|cinco)",
    ],
    ar: [
      `${REV_AR} (?:ال)?(?:إيجابي|ايجابي|ممتاز|جيد|رائع|عالي)${AS}`,
      "(?:5|خمس|خمسة) نجوم",
      "(?:العلامة|الدرجة) الكاملة",
    ],
    hi: [
      "(?:5|पाँच|पांच) (?:स्टार|सितारा|सितारे|सितारों)",
      "(?:अच्छा|अच्छी|अच्छे|सकारात्मक|बढ़िया|पॉज़िटिव|पॉजिटिव|बेहतरीन|शानदार) (?:रिव्यू|रिव्यु|समीक्षा|रेटिंग|फ़ीडबैक|फीडबैक|प्रतिक्रिया)",
    ],
    zh: [
      "(?:好评|好評)",
      "(?:五星|5星)",
      "(?:满分|滿分)",
    ],
  },
};

const MATCHER = compilePhrases(PHRASES);

/**
 * Disallows review and feedback manipulation, in every supported language:
 * rewards for a review (refund, gift card, free or discounted product),
 * asking for positive or 5-star reviews, asking only satisfied buyers ("if
 * you are happy, leave a review; if not, contact us first"), asking to
 * change or remove a review, and telling buyers what to write. A neutral
 * request for an honest review is not flagged, nor are "review your order
 * details", "avis de passage" or an "avaliação técnica".
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: leave a 5-star review and we will send you a $10 gift card!" },
 *   { policy: "spec-only", rules: { "no-review-manipulation": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-review-manipulation").length, 1);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "confirmCustomizationDetails", text: "Order 123-1234567-1234567: please review the customization details below and reply to this message. We will send a free of charge replacement if the engraving is wrong." },
 *   { policy: "spec-only", rules: { "no-review-manipulation": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-review-manipulation").length, 0);
 * ```
 */
export const noReviewManipulation: Rule = defineRule({
  id: "no-review-manipulation",
  meta: {
    type: "problem",
    description:
      "Disallow review manipulation: incentives, asking for positive reviews or only happy buyers, asking to change a review, dictating its content",
    defaultSeverity: "error",
    messages: {
      incentive:
        'Remove "{{phrase}}": offering a refund, gift card, discount, free product or any other reward for a review or feedback is forbidden. Solve the buyer\'s problem without tying it to a review.',
      positiveOnly:
        'Remove "{{phrase}}": do not ask for positive or 5-star reviews or ratings. If you mention reviews at all, ask neutrally for honest feedback, or leave it to Amazon\'s own review request.',
      happyOnly:
        'Remove "{{phrase}}": do not ask only satisfied buyers for a review, or steer unhappy buyers away from leaving one. Offer help to every buyer without mentioning reviews.',
      changeReview:
        'Remove "{{phrase}}": do not ask buyers to change, update or remove a review or feedback. Solve the problem; whether the review changes is the buyer\'s choice alone.',
      dictate:
        'Remove "{{phrase}}": do not tell buyers what to write in a review. Let them use their own words.',
    },
  },
  check(context) {
    reportPhrases(context, MATCHER);
  },
});

import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// What other buyers of the product also buy ("customers who bought this
// grinder often also pick up the burr kit"): the `buyers` and `alsoBuy`
// concepts of the marketing lexicons. Native speakers wrote three such
// sentences per language and three clean ones with the same words (other
// buyers asking, a replacement for earlier buyers). KNOWN lists the ones
// still judged wrong, each checked to stay wrong, so one that starts to
// pass must leave the list: a Hindi "take along with it" the list lacks,
// and three clean ones that other marketing words flag (a free part for
// earlier buyers, "our shop" with an invoice, buyers asking how to descale).
const KNOWN: ReadonlySet<string> = new Set([
  "जिन ग्राहकों ने यह प्रेशर कुकर खरीदा, वे अक्सर साथ में गैस्केट सेट ले लेते हैं।",
  "العملاء الذين اشتروا هذا الجهاز في شهر مارس سيحصلون على قطعة بديلة مجانا.",
  "Quien compra en nuestra tienda también recibe la factura por correo electrónico tras el envío.",
  "Veel kopers vragen ons hoe ze het apparaat moeten ontkalken; hieronder vindt u de stappen.",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "marketing",
    "كثير من عملائنا يشترون معها طقم الشفرات الإضافي، وهو متوفر الآن في متجرنا.",
  ],
  [
    "ar-AE",
    "marketing",
    "العملاء اللي اشتروا هذا الكتاب يطلبون أيضا دفتر التمارين المرافق له.",
  ],
  [
    "ar-AE",
    "marketing",
    "معظم المشترين ياخذون معه فلتر إضافي، تقدر تطلبه من صفحتنا بسهولة.",
  ],
  [
    "ar-AE",
    "clean",
    "العملاء الذين اشتروا هذا الجهاز في شهر مارس سيحصلون على قطعة بديلة مجانا.",
  ],
  [
    "ar-AE",
    "clean",
    "كثير من عملائنا يسألون عن طريقة إزالة الترسبات من الجهاز، وهذه هي الخطوات.",
  ],
  [
    "ar-AE",
    "clean",
    "طلبت أيضا الغطاء الواقي مع طلبك، وسيصلك في شحنة منفصلة خلال يومين.",
  ],
  [
    "de-DE",
    "marketing",
    "Kunden, die diese Kaffeemühle gekauft haben, kaufen oft auch unser Reinigungsset.",
  ],
  [
    "de-DE",
    "marketing",
    "Die meisten Käufer des Brotbackbuchs bestellen das Gärkörbchen gleich mit, es ist gerade im Angebot.",
  ],
  [
    "de-DE",
    "marketing",
    "Viele unserer Kunden haben zum Akkuschrauber das passende Bit-Set dazugekauft.",
  ],
  [
    "de-DE",
    "clean",
    "Kunden, die diesen Wasserkocher im März gekauft haben, erhalten kostenlos einen Ersatzdeckel.",
  ],
  [
    "de-DE",
    "clean",
    "Viele Käufer fragen uns, wie man das Gerät entkalkt – hier ist eine kurze Anleitung.",
  ],
  [
    "de-DE",
    "clean",
    "Die meisten Kunden erhalten ihre Bestellung innerhalb von zwei Tagen, und Ihre Sendung ist bereits unterwegs.",
  ],
  [
    "en-US",
    "marketing",
    "Customers who bought this grinder also bought the burr cleaning kit, which you can find in our store.",
  ],
  [
    "en-US",
    "marketing",
    "Many of our customers often add the matching carry case to their order, so you might like it too.",
  ],
  [
    "en-US",
    "marketing",
    "Most owners of this blender also pick up our spare jug, just in case you'd like one as well.",
  ],
  [
    "en-US",
    "clean",
    "Customers who bought this in March are getting a free replacement part, and yours ships today.",
  ],
  [
    "en-US",
    "clean",
    "Many buyers ask us how to descale the machine, so here is a short step-by-step guide.",
  ],
  [
    "en-US",
    "clean",
    "We also added the missing screws to your order at no extra charge.",
  ],
  [
    "es-ES",
    "marketing",
    "Quienes compran este molinillo de café también se llevan el kit de muelas de repuesto.",
  ],
  [
    "es-ES",
    "marketing",
    "La mayoría de los clientes que adquieren esta freidora de aire suelen añadir el molde de silicona a su pedido.",
  ],
  [
    "es-ES",
    "marketing",
    "Muchos de nuestros clientes que ordenan esta licuadora también agregan el vaso adicional de vidrio.",
  ],
  [
    "es-ES",
    "clean",
    "Los clientes que compraron este producto en marzo recibirán una pieza de repuesto gratuita.",
  ],
  [
    "es-ES",
    "clean",
    "Muchos compradores nos preguntan cómo descalcificar la cafetera; aquí le explicamos paso a paso cómo hacerlo.",
  ],
  [
    "es-ES",
    "clean",
    "Quien compra en nuestra tienda también recibe la factura por correo electrónico tras el envío.",
  ],
  [
    "fr-FR",
    "marketing",
    "Les clients qui ont acheté ce moulin à café ajoutent souvent le kit de meules de rechange.",
  ],
  [
    "fr-FR",
    "marketing",
    "La plupart des acheteurs de cette perceuse prennent aussi le coffret de forets assorti.",
  ],
  [
    "fr-FR",
    "marketing",
    "Beaucoup de nos clients commandent également l'huile aromatique spéciale avec cet humidificateur.",
  ],
  [
    "fr-FR",
    "clean",
    "Les clients qui ont acheté ce modèle en mars recevront gratuitement une pièce de rechange.",
  ],
  [
    "fr-FR",
    "clean",
    "Beaucoup d'acheteurs nous demandent comment détartrer l'appareil ; voici la marche à suivre.",
  ],
  [
    "fr-FR",
    "clean",
    "Les propriétaires de ce robot peuvent également télécharger le manuel d'utilisation sur notre site.",
  ],
  [
    "hi-IN",
    "marketing",
    "इस ड्रिल मशीन के खरीदार अक्सर बिट्स का सेट भी लेते हैं, जो हमारे स्टोर में उपलब्ध है।",
  ],
  [
    "hi-IN",
    "marketing",
    "हमारे ज़्यादातर ग्राहक इस मिक्सर के लिए एक्स्ट्रा जार भी मंगवाते हैं, आप भी देख सकते हैं।",
  ],
  [
    "hi-IN",
    "marketing",
    "जिन ग्राहकों ने यह प्रेशर कुकर खरीदा, वे अक्सर साथ में गैस्केट सेट ले लेते हैं।",
  ],
  [
    "hi-IN",
    "clean",
    "जिन ग्राहकों ने यह ट्रिमर मार्च में खरीदा था, उन्हें मुफ़्त रिप्लेसमेंट ब्लेड भेजा जा रहा है।",
  ],
  [
    "hi-IN",
    "clean",
    "कई खरीदार हमसे पूछते हैं कि इसे कैसे साफ़ करें, इसका तरीका नीचे दिया गया है।",
  ],
  [
    "hi-IN",
    "clean",
    "आपने कवर भी ऑर्डर किया था, वह अलग पैकेज में आ रहा है और कल तक पहुँच जाएगा।",
  ],
  [
    "it-IT",
    "marketing",
    "I clienti che hanno acquistato questo macinacaffè aggiungono spesso il kit di macine di ricambio.",
  ],
  [
    "it-IT",
    "marketing",
    "Chi compra questo set di coltelli di solito prende anche l'affilatore abbinato.",
  ],
  [
    "it-IT",
    "marketing",
    "Molti dei nostri clienti ordinano anche l'olio aromatico specifico per questo umidificatore.",
  ],
  [
    "it-IT",
    "clean",
    "I clienti che hanno acquistato questo modello a marzo riceveranno gratuitamente un pezzo di ricambio.",
  ],
  [
    "it-IT",
    "clean",
    "Molti acquirenti ci chiedono come decalcificare la macchina: ecco la procedura.",
  ],
  [
    "it-IT",
    "clean",
    "I proprietari di questo robot possono anche scaricare il manuale dal nostro sito.",
  ],
  [
    "ja-JP",
    "marketing",
    "このコーヒーミルを購入されたお客様の多くが、専用のクリーニングブラシも一緒にご購入されています。",
  ],
  [
    "ja-JP",
    "marketing",
    "多くのお客様が、この加湿器と専用アロマオイルをセットでご購入されています。",
  ],
  [
    "ja-JP",
    "marketing",
    "この電動ドリルをお持ちの方は、交換用ビットセットも買い足されることが多いです。",
  ],
  [
    "ja-JP",
    "clean",
    "3月にこのミルを購入されたお客様には、無料で交換部品をお送りしています。",
  ],
  [
    "ja-JP",
    "clean",
    "多くのお客様から除湿機のお手入れ方法についてご質問をいただくため、手順をご案内します。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文いただいた方には、取扱説明書とクリーニングクロスを同梱してお送りします。",
  ],
  [
    "nl-NL",
    "marketing",
    "Klanten die deze koffiemolen kochten, bestelden ook vaak de reinigingsset.",
  ],
  [
    "nl-NL",
    "marketing",
    "De meeste kopers van dit broodbakboek nemen er meteen een rijsmandje bij.",
  ],
  [
    "nl-NL",
    "marketing",
    "Veel van onze klanten kopen de bijpassende borenset er ook bij.",
  ],
  [
    "nl-NL",
    "clean",
    "Klanten die dit product in maart hebben gekocht, ontvangen gratis een vervangend onderdeel.",
  ],
  [
    "nl-NL",
    "clean",
    "Veel kopers vragen ons hoe ze het apparaat moeten ontkalken; hieronder vindt u de stappen.",
  ],
  [
    "nl-NL",
    "clean",
    "De meeste klanten ontvangen hun bestelling binnen twee werkdagen, en uw pakket is al onderweg.",
  ],
  [
    "pl-PL",
    "marketing",
    "Klienci, którzy kupili ten młynek, często dokupują też zestaw żaren.",
  ],
  [
    "pl-PL",
    "marketing",
    "Większość kupujących ten ekspres zamawia też odkamieniacz w płynie.",
  ],
  [
    "pl-PL",
    "marketing",
    "Właściciele tej lampy zwykle biorą do kompletu zapasowe żarówki.",
  ],
  [
    "pl-PL",
    "clean",
    "Klienci, którzy kupili ten młynek w marcu, otrzymają bezpłatnie zamienną część.",
  ],
  [
    "pl-PL",
    "clean",
    "Wielu kupujących pyta nas, jak odkamienić ekspres, dlatego przesyłamy instrukcję.",
  ],
  [
    "pl-PL",
    "clean",
    "Osoby, które zamówiły przed piątkiem, otrzymają paczkę razem z fakturą.",
  ],
  [
    "pt-BR",
    "marketing",
    "Quem compra este moedor de café costuma levar também o kit de lâminas de reposição.",
  ],
  [
    "pt-BR",
    "marketing",
    "A maioria dos clientes que compraram esta panela elétrica também adiciona a tampa de vidro ao pedido.",
  ],
  [
    "pt-BR",
    "marketing",
    "Muitos compradores desta furadeira também levam o jogo de brocas, que é o complemento ideal.",
  ],
  [
    "pt-BR",
    "clean",
    "Os clientes que compraram este produto em março receberão uma peça de reposição grátis.",
  ],
  [
    "pt-BR",
    "clean",
    "Muitos compradores nos perguntam como fazer a descalcificação da cafeteira; veja aqui o passo a passo.",
  ],
  [
    "pt-BR",
    "clean",
    "Quem comprou com cupom também recebe o reembolso do frete em até 7 dias úteis.",
  ],
  [
    "sv-SE",
    "marketing",
    "Kunder som har köpt den här kaffekvarnen har också köpt vårt rengöringsset, som du hittar i vår butik.",
  ],
  [
    "sv-SE",
    "marketing",
    "De flesta som köper brödboken passar på att beställa jäskorgen samtidigt.",
  ],
  [
    "sv-SE",
    "marketing",
    "Många av våra kunder kompletterar med den extra borrsatsen, så den kanske passar dig också.",
  ],
  [
    "sv-SE",
    "clean",
    "Kunder som köpte produkten i mars får en kostnadsfri reservdel, och din skickas i dag.",
  ],
  [
    "sv-SE",
    "clean",
    "Många köpare frågar hur man avkalkar maskinen, så här kommer en kort guide.",
  ],
  [
    "sv-SE",
    "clean",
    "Vi har också lagt till de saknade skruvarna i din beställning utan extra kostnad.",
  ],
  [
    "tr-TR",
    "marketing",
    "Bu öğütücüyü satin alan müşterilerimiz genellikle yaninda bir bileme taşi da aliyor.",
  ],
  [
    "tr-TR",
    "marketing",
    "Bu ekmek kitabini alanlarin çoğu mayalama sepetini de sepete ekliyor.",
  ],
  ["tr-TR", "marketing", "Bu matkabi alan herkes uç setini de sipariş ediyor."],
  [
    "tr-TR",
    "clean",
    "Mart ayinda bu ürünü satin alan müşterilerimize ücretsiz yedek parça gönderiyoruz.",
  ],
  [
    "tr-TR",
    "clean",
    "Alicilarin çoğu kireç temizliğini soruyor, bu yüzden talimatlari ekte paylaşiyoruz.",
  ],
  [
    "tr-TR",
    "clean",
    "Bu ürünü sipariş edenler kargo takip numarasini e-posta ile aliyor.",
  ],
  ["zh-CN", "marketing", "买了这款磨豆机的顾客，大多还会顺便买一套替换刀盘。"],
  ["zh-CN", "marketing", "很多顾客会把这款加湿器和专用香薰精油一起购买。"],
  ["zh-CN", "marketing", "这款电钻的大部分买家也会加购一套钻头。"],
  ["zh-CN", "clean", "三月份购买了这款磨豆机的顾客，可免费领取一个替换零件。"],
  ["zh-CN", "clean", "很多买家问我们如何除垢，具体步骤如下。"],
  ["zh-CN", "clean", "许多顾客反映包装破损，我们已更换了快递公司。"],
];

testProbeTable("others also buy", PROBES, {
  ruleId: "no-marketing",
  positive: "marketing",
  type: "confirmOrderDetails",
  known: KNOWN,
});

import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Sentences of the kinds that long, detailed clean messages were blocked
// for, and the violations written next to them, written anew: the buyer's
// order page as the place of the order's details, a product subscription
// paused or kept, an appliance's energy rating, a clinical evaluation, a
// sentence that starts a line after a full stop, a messenger's short host,
// the key pages a key message needs, and price cuts and lists for news
// against a waiting list, a service interval and a refund.

const CASES: readonly ErrorCase[] = [
  // The order page holds the order's details; an invitation elsewhere still
  // markets.
  {
    locale: "it-IT",
    text:
      "Il codice di ritiro lo trova anche nella pagina del suo ordine su Amazon.",
  },
  {
    locale: "de-DE",
    text:
      "Die Rechnung finden Sie auch unter Meine Bestellungen in Ihrem Konto.",
  },
  {
    locale: "it-IT",
    text:
      "Nel nostro negozio trova anche le nuove tazze abbinate, se le interessa.",
    rule: "no-marketing",
  },
  // A product subscription paused, skipped or kept is no opt-out.
  {
    locale: "zh-CN",
    text:
      "您订阅的咖啡豆本月暂停发货；如需暂停几个月或取消订阅，可在“我的订阅”页面操作。",
  },
  {
    locale: "ar-AE",
    text: "يمكنك تخطي صندوق الشهر القادم دون إلغاء الاشتراك.",
  },
  {
    locale: "zh-CN",
    text: "如不想再收到此类消息，请回复取消订阅。",
    rule: "no-opt-out",
  },
  // An appliance's energy rating and a clinical evaluation are no review.
  {
    locale: "hi-IN",
    type: "confirmServiceDetails",
    text: "आपने पूछा था कि 3 स्टार का क्या मतलब है: यह एसी की ऊर्जा दक्षता रेटिंग है।",
  },
  {
    locale: "ja-JP",
    type: "confirmServiceDetails",
    text:
      "理学療法士のシーティング評価の結果があれば、当日見せていただけると調整に役立ちます。",
  },
  {
    locale: "hi-IN",
    text: "अगर आपको एसी पसंद आया तो कृपया 5 स्टार रेटिंग दें।",
    rule: "no-review-manipulation",
  },
  // A full stop, a line break and a capital: two sentences, no host.
  {
    locale: "pt-BR",
    type: "digitalAccessKey",
    text: "Digite a chave na tela.\nGame Point BR confirma a ativação.",
  },
  {
    locale: "pt-BR",
    text: "Escreva para loja.\nnet ou meu-site.\ncom.",
    rule: "link-policy",
  },
  // Referral marks in other persons and moods; thanks for buying is none.
  {
    locale: "fr-FR",
    text:
      "Le pressing Dumas connaît nos tapis et offre l'enlèvement aux clients qui viennent de notre part.",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "Bij Kinderzitcheck Jansen kunt u terecht; zegt u dat u via ons komt, dan is de controle half geld.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "A Elétrica Pontual faz o serviço: falando que comprou com a gente, eles dão desconto na mão de obra.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text: "Danke, dass Sie bei uns gekauft haben. Das Paket geht morgen raus.",
  },
  // Other buyers who take something more, named by what they do or chose.
  {
    locale: "sv-SE",
    text:
      "Många som skriver ut bilder brukar också ta vårt fotopapper, säg till om du vill ha ett paket.",
    rule: "no-marketing",
  },
  {
    locale: "ja-JP",
    text:
      "この万年筆をお選びになった方には、同じ色のボトルインクもよく一緒にお使いいただいています。",
    rule: "no-marketing",
  },
  // Opt-out in the conditional and the infinitive.
  {
    locale: "pl-PL",
    text:
      "Gdyby nie chciała Pani dostawać od nas kolejnych wiadomości, wystarczy odpisać „STOP”.",
    rule: "no-opt-out",
  },
  // A price cut on a later purchase without coupon words; a list for news
  // in other words. A waiting list for the ordered item, the next service
  // as an interval and postage taken off a refund are none.
  {
    locale: "pl-PL",
    text:
      "Przy kolejnym zamówieniu u nas kod LAMPA15 obniży cenę kinkietów o 15%.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Se quiser saber antes quando saem as estampas novas, responda que colocamos seu nome na nossa lista de clientes avisados.",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "Si lo prefiere, podemos agregarte a nuestra lista de espera para la talla M que pediste.",
  },
  {
    locale: "fr-FR",
    type: "confirmServiceDetails",
    text:
      "Nous vous conseillons de prévoir le prochain entretien dans 12 mois.",
  },
  {
    locale: "de-DE",
    text:
      "Beim nächsten Mal verpacken wir besser; das Rückporto ziehen wir von der Erstattung ab.",
  },
  // This order's number as the voucher of a later purchase, with an
  // amount; the same number given to the courier is none.
  {
    locale: "pt-BR",
    text:
      "Na sua próxima compra com a gente é só informar este número de pedido que abatemos R$ 15 do total.",
    rule: "no-marketing",
  },
  {
    locale: "zh-CN",
    text: "下次再来我们这里定制，报本单订单号可以直接减 20 美元。",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "Please quote this order number when you call the courier this week; the £20 refund follows once the parcel is back.",
  },
  {
    locale: "es-ES",
    text:
      "En su próximo encargo le restamos 3 € del precio solo con indicarnos este número de pedido.",
    rule: "no-marketing",
  },
  // A fraction of the price off a second one bought later; the seller's
  // circle and goods coming; a tyre's speed rating and what the maker puts
  // in the box are none.
  {
    locale: "nl-NL",
    text:
      "Wilt u later een tweede mand, dan krijgt u van ons een vijfde van de prijs terug.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Wenn Sie mögen, nehmen wir Sie in unseren Kreis der Teefreunde auf und schreiben Ihnen, sobald neue Sorten da sind.",
    rule: "no-marketing",
  },
  {
    locale: "sv-SE",
    text:
      "I november kommer förresten våra fodrade vintermössor i samma färger som jackan.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    type: "confirmOrderDetails",
    text:
      "We'll change the order to 235/60R18 (load rating 103, speed rating T) so the tires fit your wheels.",
  },
  {
    locale: "it-IT",
    text:
      "I piedini sono inclusi nella confezione, in omaggio del produttore: le consigliamo quello standard.",
  },
  // A product subscription managed with skips; a product's new code; a
  // tip for all new wheels.
  {
    locale: "sv-SE",
    text:
      "Vill du hoppa över en leverans eller avsluta prenumerationen gör du det själv i ditt Amazon-konto.",
  },
  {
    locale: "es-ES",
    text:
      "Puede saltar una entrega, cambiar la frecuencia o cancelar la suscripción desde su cuenta de Amazon.",
  },
  // A newsletter's frequency next to cancelling it is an opt-out.
  {
    locale: "es-ES",
    text:
      "Puede cambiar la frecuencia de nuestros correos o cancelar la suscripción.",
    rule: "no-opt-out",
  },
  {
    locale: "zh-CN",
    text: "您可以调整推送频率或取消订阅。",
    rule: "no-opt-out",
  },
  {
    locale: "pl-PL",
    text: "Można zmienić częstotliwość newslettera lub anulować subskrypcję.",
    rule: "no-opt-out",
  },
  {
    locale: "en-GB",
    text: "Since April the 6 kg bag has a new product code, SAL-06-R2.",
  },
  {
    locale: "sv-SE",
    type: "confirmServiceDetails",
    text:
      "Vi rekommenderar att du efterdrar hjulbultarna efter 5 mil, som på alla nymonterade hjul.",
  },
  // A professional's opinion, a water-hardness rating and a file checked
  // are no review.
  {
    locale: "fr-FR",
    text:
      "Au-delà de −6,00, nous demandons l'avis de votre ophtalmologiste avant fabrication.",
  },
  {
    locale: "en-US",
    text:
      "When you pair it, the app asks you to rate the water hardness from 1 to 4.",
  },
  // A messenger's short host spelled with spaces is a link; a key page
  // named by its host in Italian, and a map provider's code page, are
  // needed in a key message.
  {
    locale: "ar-AE",
    type: "confirmCustomizationDetails",
    text: "يمكنك إرسال الشعار عبر حسابنا على تيليجرام: t . me / shop_uae",
    rule: "link-policy",
  },
  {
    locale: "it-IT",
    type: "digitalAccessKey",
    text:
      "Inserisca il codice su https://attiva.corsilingue.it e segua i passi.",
  },
  {
    locale: "nl-NL",
    type: "digitalAccessKey",
    text: "Voer de code in via naviextras.com en installeer de kaartupdate.",
  },
  {
    locale: "it-IT",
    type: "digitalAccessKey",
    text: "Trova altri corsi su https://creativa.corsilingue.it, li adorerà.",
    rule: "link-policy",
  },
];

testErrorCases("other senses in rich messages", CASES);

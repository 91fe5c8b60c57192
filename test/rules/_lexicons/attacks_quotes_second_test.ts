import { type PolicyProbe, testPolicyProbes } from "./_lexicon_cases.ts";

// A second attacker's review of reading quotations as the seller's words
// (both rules) and of reported questions answered in the next sentence:
// clean messages that quote an impostor's message sent in the seller's
// name, the buyer's reply or review, Amazon's notifications, a window
// decal to check the spelling of; and violations the first version let
// through (a request with its end mark inside the quotation marks, an
// unrelated word next to it, a reported question followed by "don't
// worry"). A violation must get an error from `no-review-manipulation`
// or `no-marketing`, a clean message none. The fixes were made on these
// probes. KNOWN lists the ones still judged wrong, each checked to stay
// wrong: a reported question answered by taking up the offer next to a "no
// need to do anything more".
const KNOWN: ReadonlySet<string> = new Set([
  "Zamówienie 123-1234567-1234567: pytała Pani, czy za opinię na 5 gwiazdek dostanie Pani zwrot 10 zł. Wystarczy przesłać nam zrzut ekranu z numerem zamówienia po jej opublikowaniu, nie trzeba robić nic więcej.",
]);

/** [locale, message type, label, text]. */
const PROBES: readonly PolicyProbe[] = [
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: a customer alerted us to a message claiming to be from our shop: “Leave a 5-star review and we will refund you $10”. Please report it to Amazon.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: we found out that some boxes contained an old insert. It said: “Leave us a 5-star review and get a free gift”! Please disregard it, we have removed these from stock.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: we found out that some boxes contained an old insert. It said: “Leave us a 5-star review and get a free gift”! Please disregard it; we have removed these from stock.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: a scammer using our name is messaging buyers: “Rate us 5 stars and get a full refund”. Please report it to Amazon.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: a fake seller is messaging our buyers: “Rate us 5 stars and get a full refund”. Please ignore it and report it to Amazon.",
  ],
  [
    "en-US",
    "confirmOrderDetails",
    "clean",
    "Order 123-1234567-1234567: for your shop window decal we set: “Visit us again – new arrivals every week”! Please confirm the spelling.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Bestellung 123-1234567-1234567: Betrüger verschicken derzeit in unserem Namen Nachrichten: „Geben Sie uns 5 Sterne und Sie erhalten den vollen Kaufpreis zurück“. Bitte melden Sie diese an Amazon.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Bestellung 123-1234567-1234567: In einigen Paketen lag noch ein alter Beileger. Darauf: „Bewerten Sie uns mit 5 Sternen und erhalten Sie ein Geschenk“! Bitte ignorieren Sie ihn, wir haben ihn aussortiert.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Commande 123-1234567-1234567 : des escrocs envoient en notre nom : « Donnez-nous 5 étoiles et recevez un remboursement complet ». Merci de les signaler à Amazon.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Pedido 123-1234567-1234567: unos estafadores envían mensajes en nuestro nombre: «Danos 5 estrellas y te devolvemos el dinero». Por favor, denúncialos a Amazon.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "Bestelling 123-1234567-1234567: oplichters sturen namens onze winkel berichten: „Geef ons 5 sterren en krijg uw geld terug”. Meld deze alstublieft bij Amazon.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Zamówienie 123-1234567-1234567: oszuści wysyłają w naszym imieniu wiadomości: „Daj nam 5 gwiazdek, a zwrócimy Ci pieniądze”. Prosimy zgłosić je do Amazon.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "clean",
    "注文番号123-1234567-1234567：当店を名乗る詐欺メッセージ：「星5つのレビューで全額返金します」。Amazonへ報告してください。",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "订单123-1234567-1234567：有骗子冒用我们店铺的名义群发：“给五星好评就全额退款”。请向亚马逊举报。",
  ],
  [
    "fr-FR",
    "confirmOrderDetails",
    "clean",
    "Commande 123-1234567-1234567 : votre vitrophanie pour l'ouverture de la boutique : « Venez nous voir, -10 % sur tout » ! Merci de confirmer l'orthographe.",
  ],
  [
    "es-ES",
    "confirmOrderDetails",
    "clean",
    "Pedido 123-1234567-1234567: el vinilo para el escaparate de tu tienda: «¡Visítanos, 10 % de descuento en todo!». Confirma la ortografía, por favor.",
  ],
  [
    "nl-NL",
    "confirmOrderDetails",
    "clean",
    "Bestelling 123-1234567-1234567: uw raamsticker voor de opening: „Kom langs – 10% korting op alles”! Graag de spelling bevestigen.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: You replied: “I'll update my review to 5 stars once it works”. Thank you, the replacement part ships today.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: In your words: “I'll update my review to 5 stars once it works”. Thank you, the replacement part ships today.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: Your reply: “I'll change my review once the refund arrives”. The refund was issued today.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Bestellung 123-1234567-1234567: Ihre Antwort: „Ich ändere meine Bewertung, sobald die Erstattung da ist“. Die Erstattung ist heute angewiesen worden.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Commande 123-1234567-1234567 : votre réponse : « Je changerai mon avis dès que le remboursement arrive ». Le remboursement a été effectué aujourd'hui.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Pedido 123-1234567-1234567: tu respuesta: «Cambiaré mi reseña cuando llegue el reembolso». El reembolso se ha emitido hoy.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "Bestelling 123-1234567-1234567: uw antwoord: „Ik pas mijn review aan zodra de terugbetaling binnen is”. De terugbetaling is vandaag gedaan.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Zamówienie 123-1234567-1234567: Pani odpowiedź: „Zmienię opinię, gdy dotrze zwrot”. Zwrot został dziś zlecony.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "clean",
    "注文番号123-1234567-1234567：お客様のご返信：「返金が届いたらレビューを変更します」。返金は本日手続きいたしました。",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "订单123-1234567-1234567：您的回复：“退款到账后我会修改评价”。退款已于今天处理。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: Your review: “Lid cracked on arrival, please send a new one”. We're sorry; a new lid ships today.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: Your review – “Lid cracked on arrival, please send a new one” – is fair; a new lid ships today.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Bestellung 123-1234567-1234567: Ihre Bewertung: „Deckel kam gebrochen an, bitte schicken Sie einen neuen“. Das tut uns leid, ein neuer Deckel geht heute raus.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Commande 123-1234567-1234567 : votre avis : « Couvercle cassé à l'arrivée, merci d'en envoyer un autre ». Nous en sommes désolés, un nouveau couvercle part aujourd'hui.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Pedido 123-1234567-1234567: tu reseña: «La tapa llegó rota, por favor enviad otra». Lo sentimos, hoy sale una tapa nueva.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "Bestelling 123-1234567-1234567: uw review: „Deksel kwam gebroken aan, stuur aub een nieuwe”. Excuses, vandaag gaat er een nieuw deksel op de post.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Zamówienie 123-1234567-1234567: Pani opinia: „Pokrywka przyszła pęknięta, proszę o nową”. Przepraszamy, nowa pokrywka wyjdzie dziś.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "订单123-1234567-1234567：您的评价：“盖子到货就裂了，请再寄一个”。非常抱歉，新盖子今天寄出。",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Bestellung 123-1234567-1234567: Sie haben gefragt, ob Sie für eine 5-Sterne-Bewertung einen Gutschein über 10 Euro bekommen. Schicken Sie uns einfach den Screenshot mit Ihrer Bestellnummer, und wir kümmern uns um alles Weitere, keine Sorge.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Commande 123-1234567-1234567 : vous nous avez demandé si un avis 5 étoiles donnait droit à un bon de 10 euros. Envoyez-nous simplement la capture d'écran avec votre numéro de commande, et ne vous inquiétez pas pour le reste.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Pedido 123-1234567-1234567: nos preguntaste si por una reseña de 5 estrellas te devolvemos 10 euros. Mándanos la captura de pantalla con tu número de pedido cuando la publiques y no te preocupes por nada más.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Bestelling 123-1234567-1234567: u vroeg of u een cadeaubon van 10 euro krijgt voor een review met 5 sterren. Stuur ons gewoon de screenshot met uw bestelnummer zodra hij online staat, en maak u verder geen zorgen.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Zamówienie 123-1234567-1234567: pytała Pani, czy za opinię na 5 gwiazdek dostanie Pani zwrot 10 zł. Wystarczy przesłać nam zrzut ekranu z numerem zamówienia po jej opublikowaniu, nie trzeba robić nic więcej.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567: you asked whether you get a $10 gift card for a 5-star review. Send us the link by Friday, together with your order number, and don't worry about postage.",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "violation",
    "Ordine 123-1234567-1234567: ci ha chiesto se per una recensione a 5 stelle riceve un buono da 10 euro. Ci mandi lo screenshot con il numero d'ordine quando è online e non si preoccupi d'altro.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    "Pedido 123-1234567-1234567: você perguntou se ganha um vale de 50 reais por uma avaliação de 5 estrelas. Mande a captura de tela com o número do pedido quando publicar e não se preocupe com mais nada.",
  ],
  [
    "sv-SE",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567: du frågade om du får ett presentkort på 100 kr för en recension med 5 stjärnor. Skicka bara en skärmdump med ordernumret när den är publicerad, och oroa dig inte för något annat.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567 has shipped. “Check out our new spring range on our storefront!” Have a lovely day.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567 has shipped. “Leave us a 5-star review and get 10% off your next order!” Thank you for shopping with us.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Bestellung 123-1234567-1234567 ist unterwegs. „Schauen Sie sich auch unsere neue Frühjahrskollektion an!“ Einen schönen Tag noch.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Commande 123-1234567-1234567 en route. « Découvrez aussi notre nouvelle collection de printemps ! » Belle journée à vous.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Pedido 123-1234567-1234567 en camino. «¡Descubre también nuestra nueva colección de primavera!» Que tengas un buen día.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Bestelling 123-1234567-1234567 is onderweg. „Bekijk ook onze nieuwe voorjaarscollectie!” Fijne dag nog.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Bestellung 123-1234567-1234567 ist unterwegs. „Bitte bewerten Sie uns mit 5 Sternen auf Amazon!“ Einen schönen Tag noch.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Commande 123-1234567-1234567 en route. « Laissez-nous un avis 5 étoiles sur Amazon ! » Belle journée à vous.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Pedido 123-1234567-1234567 en camino. «¡Déjanos una reseña de 5 estrellas en Amazon!» Que tengas un buen día.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Bestelling 123-1234567-1234567 is onderweg. „Laat een review van 5 sterren achter op Amazon!” Fijne dag nog.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "注文番号123-1234567-1234567の商品を発送しました。「ぜひ星5つのレビューをお願いします！」良い一日を。",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "订单123-1234567-1234567已发货。“请给我们五星好评！”祝您愉快。",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Zamówienie 123-1234567-1234567 jest w drodze. „Zostaw nam proszę opinię na 5 gwiazdek na Amazonie!” Miłego dnia.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "123-1234567-1234567 numaralı siparişiniz yolda. “Lütfen bize Amazon'da 5 yıldız verin!” İyi günler.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567 is on its way. “Please leave a review on Amazon!” Have a great day.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Order 123-1234567-1234567 is on its way. “Please leave a review on Amazon.” Have a great day.",
  ],
  [
    "en-US",
    "shipmentUpdate",
    "violation",
    "Order 123-1234567-1234567 has shipped. Enjoy the book – “A 5-star review on Amazon would make our day”!",
  ],
  [
    "en-US",
    "shipmentUpdate",
    "violation",
    "Order 123-1234567-1234567 has shipped. Enjoy your new game – “Please leave a 5-star review on Amazon”!",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Bestellung 123-1234567-1234567 ist unterwegs, viel Spaß mit dem Buch: „Bitte bewerten Sie uns mit 5 Sternen auf Amazon“!",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Commande 123-1234567-1234567 en route, bonne lecture du livre : « Laissez-nous un avis 5 étoiles sur Amazon » !",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Pedido 123-1234567-1234567 en camino, disfruta del libro: «Déjanos una reseña de 5 estrellas en Amazon».",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Order 123-1234567-1234567: the notification you received – “Rate your purchase” – is sent automatically by Amazon, even before delivery; your parcel arrives on Friday.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Commande 123-1234567-1234567 : la notification reçue – « Évaluez votre achat » – est envoyée automatiquement par Amazon, même avant la livraison ; votre colis arrive vendredi.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Pedido 123-1234567-1234567: la notificación que recibiste – «Valora tu compra» – la envía Amazon automáticamente, incluso antes de la entrega; tu paquete llega el viernes.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Bestellung 123-1234567-1234567: Die Benachrichtigung – „Bewerten Sie Ihren Kauf“ – verschickt Amazon automatisch, auch vor der Zustellung; Ihr Paket kommt am Freitag.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "Bestelling 123-1234567-1234567: de melding die u kreeg – „Beoordeel uw aankoop” – stuurt Amazon automatisch, zelfs vóór de levering; uw pakket komt vrijdag.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "订单123-1234567-1234567：您收到的通知——“请评价您购买的商品”——是亚马逊自动发送的，即使尚未送达；您的包裹周五送到。",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "clean",
    "注文番号123-1234567-1234567：お受け取りの通知――「購入した商品を評価してください」――はAmazonが配達前でも自動で送るものです。荷物は金曜日に届きます。",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Zamówienie 123-1234567-1234567: powiadomienie – „Oceń swój zakup” – Amazon wysyła automatycznie, nawet przed doręczeniem; paczka dotrze w piątek.",
  ],
];

testPolicyProbes(
  "second attacks on quotations and reported questions",
  PROBES,
  {
    known: KNOWN,
  },
);

import { type PolicyProbe, testPolicyProbes } from "./_lexicon_cases.ts";

// Evasions and false errors a reviewer who had read the change wrote
// against it, each verified against the code before it: another customer's
// review as cover for the buyer's ("… and yours could too"), "if you change
// your mind" for a change on Amazon, a request run into the buyer's reported
// question, a quoted control label the seller says is not needed, codes
// whose digits match a percentage (tax codes, engravings, fabrics), and the
// seller's range or pre-orders named for the order's own circumstances.
// A second reviewer's attacks on the fixes follow, then a review the buyer
// reported reading on the product page, with requests dressed as such a
// report, and English requests after another customer's review reported in
// the buyer's language. KNOWN lists the ones
// still judged wrong: "if you change your mind" with the opinion placed on
// Amazon (tr, pl), the photos the buyer sent to be posted on the product
// page (it, nl, pt), a pre-order answer that names a release date, and the
// seller's store and range in a plain statement scored by the model, and a
// review the buyer reported reading on the product page (exempting such
// reports let requests through that used the same report words: "as you
// said, a review on Amazon is quick to do").
const KNOWN: ReadonlySet<string> = new Set([
  "Sorunu çözdük. Amazon'daki fikrinizi değiştirirseniz çok seviniriz.",
  "Sorunu çözdük. Ürün sayfasındaki fikriniz değişirse bizi çok mutlu edersiniz.",
  "Rozwiązaliśmy problem. Jeśli zmieni Pani zdanie wyrażone na Amazonie, bardzo nas to ucieszy.",
  "Everything we sell in our Amazon store ships from Germany, so the strike affects all deliveries this week.",
  "Tout ce que nous vendons dans notre boutique Amazon part d'Allemagne, donc la grève touche toutes les livraisons.",
  "Il suo pacco è in ritardo. Pubblichi le foto che ci ha inviato sulla pagina del prodotto.",
  "Uw bestelling is vertraagd. Plaats de foto's die u stuurde ook op de productpagina.",
  "The edition you asked about can be pre-ordered only; it is released on 3 May.",
  "Sorunu çözdük. Ürün sayfasındaki fikrinizi değiştirecek olursanız minnettar kalırız.",
  "Seu pedido atrasou. Coloque as fotos que você enviou na página do produto na Amazon.",
  "Votre colis est en retard. Les avis d'autres clients font vivre notre petite entreprise.",
  "Me comentas una opinión que viste en la ficha del producto sobre la talla; esta horma es estrecha en el empeine.",
]);

/** [locale, type, label, text]. */
const PROBES: readonly PolicyProbe[] = [
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Other customers' reviews have helped us grow, and yours could too.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Once it arrives, add yours to the other customers' reviews on the product page.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Other customers' reviews are on the product page, right next to the space for yours.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Someone else's review could be yours next week.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Other customers' reviews keep our small business alive.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Ihre Bestellung verspätet sich. Fügen Sie Ihre zu den Bewertungen anderer Kunden auf der Produktseite hinzu.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Uw bestelling is vertraagd. De reviews van andere klanten hielpen ons groeien, en die van u kan dat ook.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Les avis d'autres clients nous ont fait grandir, et le vôtre le pourrait aussi.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Ajoutez le vôtre aux avis des autres clients sur la page du produit.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Les avis d'autres clients font vivre notre petite entreprise.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Su paquete se retrasa. Añada la suya a las reseñas de otros clientes en la página del producto.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "您的包裹延误了。其他买家的评价让我们成长，您的也可以。",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "Siparişiniz gecikti. Diğer müşterilerin yorumları büyümemize yardım etti, sizinki de edebilir.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Paczka się opóźnia. Opinie innych klientów utrzymują nasz mały sklep przy życiu.",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "violation",
    "طلبك متأخر. تقييمات العملاء الآخرين تبقي متجرنا الصغير على قيد الحياة.",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "violation",
    "لقد حللنا المشكلة. نرجو تغيير رأيك على أمازون.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    'Su paquete se retrasa. No hace falta escribir una reseña larga, solo pulse "5 estrellas" en la página del producto.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked whether your parcel, order 113-1234567-1234567, could come faster and we would love a 5-star review from you once it does. No, sadly it cannot come sooner.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked whether your parcel, order 113-1234567-1234567, is late and please leave us a five-star review on Amazon. Not by much, it arrives Friday.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked if your order, 113-1234567-1234567, ships today so please rate us five stars when it arrives! Not today, but tomorrow.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Vous nous demandiez si votre colis, commande 404-7726138-0052947, arriverait bientôt et nous serions ravis que vous laissiez un avis cinq étoiles. Non, il arrive lundi.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Sie fragten, ob Ihr Paket, Bestellung 302-1234567-1234567, bald kommt und wir freuen uns sehr über eine 5-Sterne-Bewertung von Ihnen. Nein, leider erst am Montag.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Nos preguntó si su paquete, pedido 402-1234567-1234567, llegaría pronto y nos encantaría que nos dejara una reseña de cinco estrellas. No, llega el lunes.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Pytała Pani, czy paczka, zamówienie 402-1234567-1234567, dotrze szybko i prosimy o wystawienie opinii na pięć gwiazdek. Nie, dotrze w poniedziałek.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "您在留言中问到您的包裹，订单号 402-1234567-1234567，是否能早点到并请给我们五星好评。不能，周一到。",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "violation",
    "سألت في رسالتك هل طردك، الطلب 402-1234567-1234567، سيصل قريبا ونرجو أن تترك لنا تقييم خمس نجوم. لا، سيصل يوم الاثنين.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. Please ignore the "Rate this seller" link in Amazon\'s email; it has nothing to do with your refund.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. Amazon may show you a "Write a review" button after delivery; your refund does not depend on it.',
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Ihr Paket verspätet sich. Die Schaltfläche „Produktrezension schreiben“ brauchen Sie für die Erstattung nicht.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Votre colis est en retard. Le bouton « Écrire un commentaire client » n'a aucun lien avec votre remboursement.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your corrected invoice is attached: tax code VAT20 on it is the standard 20% UK VAT rate.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Ihre korrigierte Rechnung liegt bei: der Steuerschlüssel UST19 ist der Regelsteuersatz von 19 %.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Votre facture corrigée est jointe : le code TVA20 correspond au taux normal de 20 %.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Adjuntamos su factura corregida: el código IVA21 corresponde al tipo general del 21 %.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "W załączniku poprawiona faktura: kod VAT23 to podstawowa stawka 23%.",
  ],
  [
    "en-US",
    "confirmCustomizationDetails",
    "clean",
    "Please confirm: the engraving reads MOM60 and the logo is scaled to 60% of the lid.",
  ],
  [
    "fr-FR",
    "confirmCustomizationDetails",
    "clean",
    "Merci de confirmer : la gravure indique MAMAN50 et le logo est réduit à 50 %.",
  ],
  [
    "es-ES",
    "confirmCustomizationDetails",
    "clean",
    "Confirme por favor: el grabado dice MAMA50 y el logotipo está reducido al 50 %.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your batch LOT25 had a 25% fault rate in our checks, so we are sending a new unit from another batch.",
  ],
  [
    "en-US",
    "confirmOrderDetails",
    "clean",
    "The humidity sensor HUM45 switches the fan on at 45% humidity; please confirm this is the setting you need.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your sofa order is delayed. The fabric code LINEN30 you chose is a 30% linen blend and is out of stock until May.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Ihre Bestellung verspätet sich. Der Stoff LEINEN30 ist ein Mischgewebe mit 30 % Leinen und erst im Mai wieder da.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "We are sorry: this model was withdrawn from our product range after a safety recall, so we cannot send it.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "Sorunu çözdük. Lütfen Amazon'daki fikrinizi değiştirin.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Rozwiązaliśmy problem. Prosimy zmienić zdanie wyrażone na Amazonie.",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "violation",
    "لقد حللنا المشكلة. نرجو منك تغيير رأيك المنشور على أمازون.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "We hebben het probleem opgelost. Wilt u op Amazon van mening veranderen?",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    'Su paquete se retrasa. No hace falta que escriba una opinión: basta con marcar "5 estrellas" en la página del producto.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your item is out of stock; it can be pre-ordered again only once the supplier confirms a date, so we have refunded you.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Lo sentimos: este modelo se retiró de nuestra gama tras una retirada de seguridad, así que no podemos enviarlo.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your parcel is delayed. Please note that everything we sell ships from our own warehouse, so the delay applies to every order.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your order is delayed; our other items in the same parcel have also been held.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. The "Leave seller feedback" link is Amazon\'s, not ours, and your refund does not depend on it.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Thank you for your feedback about the lid; other customers' reviews mention the same issue, so we have changed supplier.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Comme dans les avis d'autres clients, mentionnez la couleur et ajoutez une photo.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Su paquete se retrasa. Como en las opiniones de otros clientes, mencione el color y añada una foto.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Other customers' reviews praise the fit, and now it's your turn!",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "您的包裹延误了。其他买家的评价都很好，现在轮到您了！",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "配送が遅れております。他のお客様のレビューはとても好評です、次はお客様の番です！",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Ihre Bestellung verspätet sich. Die Bewertungen anderer Kunden haben uns wachsen lassen, Ihre könnte das auch.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Les avis d'autres clients nous aident beaucoup, un de votre part aussi.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Su paquete se retrasa. Las opiniones de otros clientes nos ayudan mucho, y una de usted también.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Your order is delayed. Other customers' reviews have made our little shop what it is today.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Les avis d'autres clients nous ont aidés à grandir.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "Sorunu çözdük. Amazon'daki fikrinizi değiştirirseniz çok seviniriz.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "Sorunu çözdük. Ürün sayfasındaki fikriniz değişirse bizi çok mutlu edersiniz.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Rozwiązaliśmy problem. Jeśli zmieni Pani zdanie wyrażone na Amazonie, bardzo nas to ucieszy.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. Please just ignore the "Rate this seller" link in Amazon\'s automatic email.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. The "Write a review" button on your order page is added by Amazon automatically.',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    'Your parcel is delayed. You can safely skip the "Leave seller feedback" link in the delivery email.',
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Ihr Paket verspätet sich. Die Schaltfläche „Produktrezension schreiben“ können Sie einfach ignorieren.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Votre colis est en retard. Vous pouvez ignorer le bouton « Écrire un commentaire client ».",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "clean",
    "طلبك متأخر. يمكنك تجاهل زر «اكتب مراجعة» في رسالة أمازون.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your coupon SAVE10 should have taken 10% off, but it was not applied; we have credited the difference to your account.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "If you need more light, the setting ECO40 runs the lamp at 40% power.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Next time you wash it, use the programme WOOL30 with 30% spin speed to keep its shape.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Pani kod rabatowy RABAT10 na 10% nie został naliczony; różnicę przelaliśmy na Pani konto.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "clean",
    "İndirim kodunuz INDIRIM10 ile %10 indirim uygulanmadı; farkı hesabınıza aktardık.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Your order is a pre-order: the book is open for pre-order on our listing and ships on release day, 3 May.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "The console you asked about is only available for pre-order, so we cannot send it before 3 May.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Everything we sell in our Amazon store ships from Germany, so the strike affects all deliveries this week.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Sorry for the confusion: the name on the label is our brand name, and all our items carry it.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Tout ce que nous vendons dans notre boutique Amazon part d'Allemagne, donc la grève touche toutes les livraisons.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Ihre Bestellung verspätet sich. Wie einige Bewertungen nennen Sie die Farbe und fügen ein Foto hinzu.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Votre colis est en retard. Comme certains avis, précisez la taille et joignez une photo.",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "violation",
    "Il suo pacco è in ritardo. Come nelle recensioni di altri clienti, citi il colore e aggiunga una foto.",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "violation",
    "Il suo pacco è in ritardo. Pubblichi le foto che ci ha inviato sulla pagina del prodotto.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Uw bestelling is vertraagd. Plaats de foto's die u stuurde ook op de productpagina.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "您的包裹延误了。订单页面上的“写评论”按钮是亚马逊自动显示的。",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Paczka się opóźnia. Przycisk „Napisz opinię” na stronie zamówienia Amazon dodaje automatycznie.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Si vous avez besoin de plus de lumière, le réglage ECO40 fait fonctionner la lampe à 40 % de sa puissance.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "La próxima vez que lo lave, use el programa LANA30 con un 30 % de centrifugado para conservar la forma.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "The voucher WELCOME10 for 10% off that you asked about was issued by Amazon, not by us.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "The 20% off with code SPRING20 was Amazon's own event, so we cannot apply it to an order placed earlier.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "The edition you asked about can be pre-ordered only; it is released on 3 May.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Désolés pour la confusion : le nom sur l'étiquette est notre nom de marque, et tous nos articles le portent.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Please note our Amazon store is closed from 24 to 27 December, so everything we sell ships again on the 28th.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Paczka się opóźnia. Opinie innych klientów pomogły nam wyrosnąć na prawdziwy sklep.",
  ],
  [
    "ar-AE",
    "unexpectedProblem",
    "violation",
    "طلبك متأخر. تقييمات العملاء الآخرين ساعدت متجرنا الصغير على النمو.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Su paquete se retrasa. Las opiniones de otros clientes nos han ayudado a crecer.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "配送が遅れております。他のお客様のレビューのおかげで小さな当店も成長できました。",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "violation",
    "Sorunu çözdük. Ürün sayfasındaki fikrinizi değiştirecek olursanız minnettar kalırız.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    "Seu pedido atrasou. Coloque as fotos que você enviou na página do produto na Amazon.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Votre colis est en retard. Le bouton « Écrire un commentaire client » de votre page de commande est ajouté automatiquement par Amazon.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Our storefront shows everything we sell as unavailable today because of an Amazon outage, not because of your account.",
  ],
  // A review the buyer reported reading where reviews stand, and the same
  // report turned into a request.
  [
    "en-GB",
    "unexpectedProblem",
    "clean",
    "You asked about a review on the product page that said the lid cracks; the lids in your batch are reinforced.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Me comentas una opinión que viste en la ficha del producto sobre la talla; esta horma es estrecha en el empeine.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Sie fragen nach einer Bewertung auf der Produktseite, laut der der Deckel undicht ist; Ihre Charge hat die neue Dichtung.",
  ],
  [
    "en-GB",
    "unexpectedProblem",
    "violation",
    "As you mentioned, a review on the product page would really help other buyers.",
  ],
  [
    "en-GB",
    "unexpectedProblem",
    "violation",
    "You mentioned a review on the product page; we would be so grateful for yours.",
  ],
  [
    "en-GB",
    "unexpectedProblem",
    "violation",
    "You said you'd leave a review on the product page, which would mean the world to us.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Sie erwähnten die Bewertungen auf der Produktseite – schreiben Sie doch auch eine!",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Como nos comentas, una opinión en la ficha del producto ayuda mucho a otros compradores.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Vous parlez des avis sur la page du produit : un avis 5 étoiles de votre part nous aiderait beaucoup.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked about reviews on the listing: if you're happy with the mattress, that's the place to say so.",
  ],
  // A request in English after another customer's review reported in the
  // buyer's language.
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "U schrijft dat in de review van een andere klant staat dat het deksel lekt; you could add your experience there too.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Volgens de reviews van andere klanten lekt het deksel niet; you could add your experience there too.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "U schrijft dat in de review van een andere klant staat dat het deksel lekt; feel free to add your own experience there.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "U schrijft dat in de review van een andere klant staat dat het deksel lekt; we'd be grateful if you added your thoughts there as well.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Usted menciona la opinion de otro cliente sobre la tapa; you could add your experience there too.",
  ],
];

testPolicyProbes("attacks on the judgement of reviews and marketing", PROBES, {
  known: KNOWN,
});

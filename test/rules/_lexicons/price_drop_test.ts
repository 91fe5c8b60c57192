import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// A lower price on something to be booked or bought from the seller, told
// without promotional words ("if you book the fitting with us, the price
// drops by 15%", "bei uns buchen … zahlen Sie weniger"): the falling price is
// an `offer` of the marketing lexicons, booking or buying from the seller a
// `future` purchase. A native writer wrote five such sentences per language
// and five clean ones with the same words (part of this order's price
// refunded, a price that fell after the order, a coupon already used, a fee
// paid for this order's installation). KNOWN lists the ones still judged
// wrong, each checked to stay wrong, so one that starts to pass must leave
// the list: mostly a booking told in a word order the lexicons do not hold
// ("Si nos reservas también el montaje", "Om du bokar monteringen hos oss"),
// or a discount for returning customers with no purchase named.
const KNOWN: ReadonlySet<string> = new Set([
  "شكراً لطلبك! إذا حجزت التركيب عندنا، ينخفض السعر بنسبة 15%.",
  "عند طلب العبوات البديلة منّا مباشرة تدفع أقل بنسبة 10%، فقط اذكر كلمة THANKS10 عند الطلب.",
  "احجز الصيانة السنوية للمكيّف معنا وادفع 100 درهم أقل من السعر المعتاد.",
  "Quote CHEERS10 next time you order printer cartridges from us and you'll pay a tenth less.",
  "Loyal customers get their monogramming for a fifth less; just let us know the initials when you next order.",
  "Book your boiler service through us this month and it'll cost £20 less than usual.",
  "Thanks for your order! If you book the installation with us too, the price drops by 15%.",
  "¡Gracias por tu pedido! Si nos reservas también el montaje, te sale un 15 % más barato.",
  "Si nos pides los recambios directamente a nosotros, pagas un 10 % menos; basta con indicar la palabra GRACIAS10.",
  "Gracias por su compra. Si agenda la instalación con nosotros, le sale 15 % más económica.",
  "Al pedirnos los cartuchos de repuesto, paga 10 % menos; nada más mencione la clave GRACIAS10.",
  "Agende con nosotros el mantenimiento de su minisplit y le cobramos 300 pesos menos que la tarifa normal.",
  "En commandant vos recharges directement chez nous, vous payez 10 % de moins : indiquez simplement MERCI10.",
  "आपने जो 499 रुपये इंस्टॉलेशन शुल्क दिया है, उसमें इसी वॉशिंग मशीन के लिए टेक्नीशियन की विज़िट शामिल है; डिलीवरी पर कुछ और नहीं देना होगा।",
  "ご注文ありがとうございます。取り付け作業も当店でご予約いただくと、料金が15%お安くなります。",
  "自転車の年次点検を当店でご予約いただければ、通常料金より2,000円安く承ります。",
  "Plan de jaarlijkse onderhoudsbeurt van je cv-ketel bij ons in en je betaalt €20 minder dan normaal.",
  "Dziękujemy za zamówienie! Jeśli zamówisz u nas także montaż, cena spadnie o 15%.",
  "Zamawiając wkłady bezpośrednio u nas, płacisz o 10% mniej – wystarczy podać hasło DZIEKI10.",
  "Obrigado pela compra! Se você agendar a instalação com a gente, o valor cai 15%.",
  "Pedindo os refis direto com a gente, você paga 10% a menos; é só informar a palavra OBRIGADO10.",
  "Agende com a gente a limpeza anual do ar-condicionado e pague R$ 60 a menos do que a tabela normal.",
  "Tack för din beställning! Om du bokar monteringen hos oss blir priset 15 % lägre.",
  "Beställer du refillerna direkt från oss betalar du 10 % mindre – ange bara ordet TACK10.",
  "För återkommande kunder kostar graveringen en femtedel mindre vid nästa beställning hos oss.",
  "Siparişiniz için teşekkürler! Kurulumu da bizden ayarlarsanız fiyat %15 düşüyor.",
  "感谢您的订购！如果在我们店预约上门安装，费用可以便宜15%。",
  "直接在我们店购买替换滤芯，只需付九成的价钱，下单时备注口令THANKS10即可。",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "marketing",
    "شكراً لطلبك! إذا حجزت التركيب عندنا، ينخفض السعر بنسبة 15%.",
  ],
  [
    "ar-AE",
    "clean",
    "بسبب الخدش الموجود على سطح الطاولة، أعدنا إليك 15% من ثمن المنتج، وسيظهر المبلغ في بطاقتك خلال أيام.",
  ],
  [
    "ar-AE",
    "marketing",
    "عند طلب العبوات البديلة منّا مباشرة تدفع أقل بنسبة 10%، فقط اذكر كلمة THANKS10 عند الطلب.",
  ],
  [
    "ar-AE",
    "clean",
    "انخفض سعر الغلاية بعد طلبك بأيام قليلة، لذلك أعدنا إليك فرق السعر البالغ 25 درهماً.",
  ],
  [
    "ar-AE",
    "marketing",
    "لعملائنا الدائمين، يصبح النقش أرخص بمقدار الخُمس عند طلبهم التالي من متجرنا.",
  ],
  [
    "ar-AE",
    "clean",
    "القسيمة التي استخدمتها خُصمت بالفعل من هذا الطلب، ولهذا تظهر الفاتورة أقل بـ 20 درهماً من السعر المعروض.",
  ],
  [
    "ar-AE",
    "marketing",
    "احجز الصيانة السنوية للمكيّف معنا وادفع 100 درهم أقل من السعر المعتاد.",
  ],
  [
    "ar-AE",
    "clean",
    "رسوم التركيب البالغة 150 درهماً التي دفعتها تغطي زيارة الفني لتركيب هذه الغسالة، ولن يُطلب منك أي مبلغ إضافي عند التسليم.",
  ],
  [
    "ar-AE",
    "marketing",
    "تم شحن طردك اليوم. إذا طلبت منّا أغطية الوسائد المطابقة قبل نهاية الشهر، فستكون أرخص بمقدار الربع.",
  ],
  [
    "ar-AE",
    "clean",
    "اخترت خيار الشحن العادي الأرخص لهذا الطلب، لذا سيصل خلال ثلاثة إلى خمسة أيام عمل.",
  ],
  [
    "de-DE",
    "marketing",
    "Vielen Dank für Ihre Bestellung! Wenn Sie die Montage gleich bei uns buchen, wird sie um 15 % günstiger.",
  ],
  [
    "de-DE",
    "clean",
    "Wegen des Kratzers am Gehäuse haben wir Ihnen 15 % des Kaufpreises erstattet; das Geld ist bereits unterwegs.",
  ],
  [
    "de-DE",
    "marketing",
    "Bestellen Sie Ihre Nachfüllpatronen direkt bei uns, zahlen Sie 10 % weniger – einfach das Stichwort DANKE10 angeben.",
  ],
  [
    "de-DE",
    "clean",
    "Kurz nach Ihrer Bestellung ist der Preis der Kaffeemühle gesunken, deshalb haben wir Ihnen die Differenz von 9 € zurücküberwiesen.",
  ],
  [
    "de-DE",
    "marketing",
    "Für Stammkunden kostet die Gravur ein Fünftel weniger, sobald Sie das nächste Mal bei uns bestellen.",
  ],
  [
    "de-DE",
    "clean",
    "Ihr Gutscheincode wurde bei dieser Bestellung bereits eingelöst, daher liegt der Rechnungsbetrag 5 € unter dem Listenpreis.",
  ],
  [
    "de-DE",
    "marketing",
    "Lassen Sie die Jahresinspektion Ihres Fahrrads bei uns machen, dann kostet sie 20 € weniger als sonst.",
  ],
  [
    "de-DE",
    "clean",
    "Die Aufbaugebühr von 39 €, die Sie bezahlt haben, deckt den Aufbau genau dieses Schranks ab; vor Ort fällt nichts weiter an.",
  ],
  [
    "de-DE",
    "marketing",
    "Ihr Paket ist heute rausgegangen. Die passenden Kissenbezüge bekommen Sie bei einer Nachbestellung bei uns ein Viertel billiger.",
  ],
  [
    "de-DE",
    "clean",
    "Sie haben für diese Bestellung den günstigeren Standardversand gewählt, deshalb dauert die Zustellung etwa vier Werktage.",
  ],
  [
    "en-GB",
    "marketing",
    "Cheers for your order. Should you book the fitting with us, it works out 15% cheaper than going elsewhere.",
  ],
  [
    "en-GB",
    "clean",
    "As the lid was missing, you pay 10% less: we've put the difference back on your card today.",
  ],
  [
    "en-GB",
    "marketing",
    "Quote CHEERS10 next time you order printer cartridges from us and you'll pay a tenth less.",
  ],
  [
    "en-GB",
    "clean",
    "The kettle's price fell the week after you bought it, so we've refunded you the £6 difference.",
  ],
  [
    "en-GB",
    "marketing",
    "Loyal customers get their monogramming for a fifth less; just let us know the initials when you next order.",
  ],
  [
    "en-GB",
    "clean",
    "Your voucher was already applied to this order, which is why the invoice shows £5 less than the listed price.",
  ],
  [
    "en-GB",
    "marketing",
    "Book your boiler service through us this month and it'll cost £20 less than usual.",
  ],
  [
    "en-GB",
    "clean",
    "The £30 installation charge on your receipt covers the engineer fitting this very cooker, so nothing more is due on the day.",
  ],
  [
    "en-GB",
    "marketing",
    "Your parcel's on its way. Order the matching pillowcases from us within a fortnight and they're a quarter cheaper.",
  ],
  [
    "en-GB",
    "clean",
    "You picked the cheaper standard delivery at checkout, so your order should arrive within three to five working days.",
  ],
  [
    "en-US",
    "marketing",
    "Thanks for your order! If you book the installation with us too, the price drops by 15%.",
  ],
  [
    "en-US",
    "clean",
    "We refunded 15% of the price because the frame arrived with a scratch; it should show on your card within a few days.",
  ],
  [
    "en-US",
    "marketing",
    "You'll pay 10% less when you order replacement filters straight from our store. Just mention THANKS10 when you place it.",
  ],
  [
    "en-US",
    "clean",
    "The blender's price dropped two days after you ordered, so we refunded the $12 difference to your original payment method.",
  ],
  [
    "en-US",
    "marketing",
    "For returning customers, engraving is a fifth cheaper, so just reply with the name you'd like on your next mug.",
  ],
  [
    "en-US",
    "clean",
    "The promo code you applied at checkout already took $8 off this order, so the total on your invoice is correct.",
  ],
  [
    "en-US",
    "marketing",
    "Book your annual bike tune-up with us before June and it costs $20 less than our standard rate.",
  ],
  [
    "en-US",
    "clean",
    "The $45 assembly fee you paid covers the technician's visit for this desk, so there's nothing else to pay on delivery.",
  ],
  [
    "en-US",
    "marketing",
    "Your package shipped today. Next time, grab the refill pack from us and it comes in $5 cheaper.",
  ],
  [
    "en-US",
    "clean",
    "You chose the cheaper economy shipping for this order, so delivery will take about five business days instead of two.",
  ],
  [
    "es-ES",
    "marketing",
    "¡Gracias por tu pedido! Si nos reservas también el montaje, te sale un 15 % más barato.",
  ],
  [
    "es-ES",
    "clean",
    "Como la cómoda llegó con un arañazo, te hemos devuelto el 15 % del importe; lo verás en tu tarjeta en unos días.",
  ],
  [
    "es-ES",
    "marketing",
    "Si nos pides los recambios directamente a nosotros, pagas un 10 % menos; basta con indicar la palabra GRACIAS10.",
  ],
  [
    "es-ES",
    "clean",
    "El precio de la freidora bajó justo después de tu compra, así que te hemos reembolsado los 8 € de diferencia.",
  ],
  [
    "es-ES",
    "marketing",
    "A los clientes que repiten, el grabado les sale una quinta parte más barato en su próximo pedido con nosotros.",
  ],
  [
    "es-ES",
    "clean",
    "El código promocional que usaste ya restó 5 € a este pedido, por eso la factura no coincide con el precio del anuncio.",
  ],
  [
    "es-ES",
    "marketing",
    "Reserva con nosotros la revisión anual de la caldera y te cuesta 20 € menos que la tarifa normal.",
  ],
  [
    "es-ES",
    "clean",
    "Los 35 € de montaje que abonaste cubren la instalación de este mismo armario, así que el día de la entrega no pagarás nada más.",
  ],
  [
    "es-ES",
    "marketing",
    "Tu paquete ya está en camino. Si nos encargas las fundas a juego este mes, te salen a mitad de precio.",
  ],
  [
    "es-ES",
    "clean",
    "Elegiste el envío económico para este pedido, por eso tardará entre tres y cinco días laborables en llegar.",
  ],
  [
    "es-MX",
    "marketing",
    "Gracias por su compra. Si agenda la instalación con nosotros, le sale 15 % más económica.",
  ],
  [
    "es-MX",
    "clean",
    "Le reembolsamos el 10 % del pago porque la caja llegó sin tapa; el dinero ya se regresó a su tarjeta.",
  ],
  [
    "es-MX",
    "marketing",
    "Al pedirnos los cartuchos de repuesto, paga 10 % menos; nada más mencione la clave GRACIAS10.",
  ],
  [
    "es-MX",
    "clean",
    "El precio de la licuadora bajó unos días después de su pedido, así que le devolvimos los 150 pesos de diferencia.",
  ],
  [
    "es-MX",
    "marketing",
    "A nuestros clientes frecuentes el grabado les sale una quinta parte más barato en su siguiente compra con nosotros.",
  ],
  [
    "es-MX",
    "clean",
    "Su cupón ya se aplicó a este pedido; por eso el total de su factura es 80 pesos menor que el precio publicado.",
  ],
  [
    "es-MX",
    "marketing",
    "Agende con nosotros el mantenimiento de su minisplit y le cobramos 300 pesos menos que la tarifa normal.",
  ],
  [
    "es-MX",
    "clean",
    "La cuota de instalación de 450 pesos que pagó cubre la visita del técnico para este calentador; no habrá cobros adicionales.",
  ],
  [
    "es-MX",
    "marketing",
    "Su paquete ya va en camino. Si nos pide las fundas que hacen juego antes de fin de mes, le quedan 25 % más baratas.",
  ],
  [
    "es-MX",
    "clean",
    "Usted eligió el envío estándar, que es más barato, por eso su pedido llegará en unos cinco días hábiles.",
  ],
  [
    "fr-FR",
    "marketing",
    "Merci pour votre commande ! Si vous réservez la pose chez nous, le tarif baisse de 15 %.",
  ],
  [
    "fr-FR",
    "clean",
    "Nous vous avons remboursé 15 % du prix en raison de la rayure sur le plateau ; le montant apparaîtra sur votre carte sous quelques jours.",
  ],
  [
    "fr-FR",
    "marketing",
    "En commandant vos recharges directement chez nous, vous payez 10 % de moins : indiquez simplement MERCI10.",
  ],
  [
    "fr-FR",
    "clean",
    "Le prix de la bouilloire a baissé peu après votre achat, nous vous avons donc reversé la différence de 7 €.",
  ],
  [
    "fr-FR",
    "marketing",
    "Pour nos clients fidèles, la gravure coûte un cinquième de moins lors de la prochaine commande passée chez nous.",
  ],
  [
    "fr-FR",
    "clean",
    "Le code promo que vous avez utilisé a déjà été déduit de cette commande, d'où un total inférieur de 5 € au prix affiché.",
  ],
  [
    "fr-FR",
    "marketing",
    "Confiez-nous l'entretien annuel de votre chaudière et vous le paierez 20 € de moins que le tarif habituel.",
  ],
  [
    "fr-FR",
    "clean",
    "Les 40 € de frais d'installation réglés couvrent le montage de cette armoire précise ; rien d'autre ne vous sera demandé à la livraison.",
  ],
  [
    "fr-FR",
    "marketing",
    "Votre colis est parti ce matin. Les housses assorties vous reviennent 25 % moins cher si vous les commandez chez nous ce mois-ci.",
  ],
  [
    "fr-FR",
    "clean",
    "Vous avez choisi la livraison économique pour cette commande, elle arrivera donc sous quatre à six jours ouvrés.",
  ],
  [
    "hi-IN",
    "marketing",
    "ऑर्डर के लिए धन्यवाद! अगर आप इंस्टॉलेशन भी हमसे बुक करते हैं, तो कीमत 15% कम हो जाती है।",
  ],
  [
    "hi-IN",
    "clean",
    "ढक्कन पर खरोंच होने की वजह से हमने कीमत का 15% वापस कर दिया है; रकम कुछ दिनों में आपके कार्ड में आ जाएगी।",
  ],
  [
    "hi-IN",
    "marketing",
    "रिफ़िल सीधे हमसे मँगवाने पर आपको 10% कम देना होगा, बस ऑर्डर करते समय THANKS10 लिख दीजिए।",
  ],
  [
    "hi-IN",
    "clean",
    "आपके ऑर्डर के कुछ दिन बाद मिक्सर की कीमत घट गई, इसलिए हमने 300 रुपये का अंतर आपको लौटा दिया है।",
  ],
  [
    "hi-IN",
    "marketing",
    "पुराने ग्राहकों के लिए अगली बार हमसे ऑर्डर करने पर नाम खुदवाना पाँचवाँ हिस्सा सस्ता पड़ता है।",
  ],
  [
    "hi-IN",
    "clean",
    "आपने जो कूपन इस्तेमाल किया था, वह इसी ऑर्डर में पहले ही घटा दिया गया है, इसलिए बिल में 200 रुपये कम दिख रहे हैं।",
  ],
  [
    "hi-IN",
    "marketing",
    "एसी की सालाना सर्विस हमारे साथ बुक कीजिए, सामान्य रेट से 500 रुपये कम लगेंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "आपने जो 499 रुपये इंस्टॉलेशन शुल्क दिया है, उसमें इसी वॉशिंग मशीन के लिए टेक्नीशियन की विज़िट शामिल है; डिलीवरी पर कुछ और नहीं देना होगा।",
  ],
  [
    "hi-IN",
    "marketing",
    "आपका पार्सल आज भेज दिया गया है। मैचिंग तकिया कवर इस महीने हमसे मँगवाएँ तो वे एक चौथाई सस्ते पड़ेंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "इस ऑर्डर के लिए आपने सस्ती स्टैंडर्ड डिलीवरी चुनी थी, इसलिए पार्सल पहुँचने में तीन से पाँच कामकाजी दिन लगेंगे।",
  ],
  [
    "it-IT",
    "marketing",
    "Grazie per l'ordine! Se prenota il montaggio con noi, il prezzo scende del 15%.",
  ],
  [
    "it-IT",
    "clean",
    "Per il graffio sul piano le abbiamo rimborsato il 15% del prezzo; l'importo tornerà sulla sua carta entro pochi giorni.",
  ],
  [
    "it-IT",
    "marketing",
    "Ordinando le ricariche direttamente da noi paga il 10% in meno: basta indicare la parola GRAZIE10.",
  ],
  [
    "it-IT",
    "clean",
    "Il prezzo del frullatore è calato subito dopo il suo acquisto, quindi le abbiamo restituito la differenza di 9 euro.",
  ],
  [
    "it-IT",
    "marketing",
    "Per i clienti abituali l'incisione costa un quinto in meno sul prossimo ordine fatto da noi.",
  ],
  [
    "it-IT",
    "clean",
    "Il buono che ha usato è già stato scalato da questo ordine, per questo in fattura trova 5 euro in meno rispetto al prezzo di listino.",
  ],
  [
    "it-IT",
    "marketing",
    "Prenoti con noi il tagliando della bici e le costa 20 euro in meno rispetto alla tariffa normale.",
  ],
  [
    "it-IT",
    "clean",
    "I 30 euro di installazione che ha pagato coprono l'intervento del tecnico per questa lavatrice; alla consegna non le verrà chiesto altro.",
  ],
  [
    "it-IT",
    "marketing",
    "Il suo pacco è partito oggi. Se ordina da noi le federe abbinate entro fine mese, le paga un quarto in meno.",
  ],
  [
    "it-IT",
    "clean",
    "Ha scelto la spedizione economica per questo ordine, per cui la consegna richiederà dai tre ai cinque giorni lavorativi.",
  ],
  [
    "ja-JP",
    "marketing",
    "ご注文ありがとうございます。取り付け作業も当店でご予約いただくと、料金が15%お安くなります。",
  ],
  [
    "ja-JP",
    "clean",
    "天板に傷があったため、商品代金の15%を返金いたしました。数日以内にカードへ反映されます。",
  ],
  [
    "ja-JP",
    "marketing",
    "交換用フィルターを当店から直接ご注文いただくと、合言葉「THANKS10」で10%安くお求めいただけます。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文後に電気ケトルの価格が下がったため、差額の800円をご返金いたしました。",
  ],
  [
    "ja-JP",
    "marketing",
    "リピーターのお客様は、次回当店でご注文の際、名入れ料金が2割安くなります。",
  ],
  [
    "ja-JP",
    "clean",
    "お使いいただいたクーポンは今回のご注文にすでに適用済みのため、請求額が表示価格より500円低くなっております。",
  ],
  [
    "ja-JP",
    "marketing",
    "自転車の年次点検を当店でご予約いただければ、通常料金より2,000円安く承ります。",
  ],
  [
    "ja-JP",
    "clean",
    "お支払いいただいた設置料4,000円は、今回の洗濯機の設置作業分です。お届け時に追加のお支払いはございません。",
  ],
  [
    "ja-JP",
    "marketing",
    "本日商品を発送いたしました。おそろいの枕カバーを今月中に当店でご注文いただくと、4分の1お安くなります。",
  ],
  [
    "ja-JP",
    "clean",
    "今回のご注文では送料の安い通常配送をお選びいただいたため、お届けまで3〜5営業日ほどかかります。",
  ],
  [
    "nl-NL",
    "marketing",
    "Bedankt voor je bestelling! Als je de montage bij ons boekt, betaal je er 15% minder voor.",
  ],
  [
    "nl-NL",
    "clean",
    "Vanwege de kras op het blad hebben we 15% van de prijs terugbetaald; het bedrag staat binnen een paar dagen weer op je rekening.",
  ],
  [
    "nl-NL",
    "marketing",
    "Bestel je de navulling rechtstreeks bij ons, dan ben je 10% goedkoper uit; noem gewoon het woord BEDANKT10.",
  ],
  [
    "nl-NL",
    "clean",
    "De prijs van de waterkoker is vlak na je bestelling gezakt, dus we hebben het verschil van €6 teruggestort.",
  ],
  [
    "nl-NL",
    "marketing",
    "Voor vaste klanten is de gravure een vijfde goedkoper bij de volgende bestelling bij ons.",
  ],
  [
    "nl-NL",
    "clean",
    "Je kortingscode is al verrekend met deze bestelling, daarom is het totaalbedrag op de factuur €5 lager dan de vermelde prijs.",
  ],
  [
    "nl-NL",
    "marketing",
    "Plan de jaarlijkse onderhoudsbeurt van je cv-ketel bij ons in en je betaalt €20 minder dan normaal.",
  ],
  [
    "nl-NL",
    "clean",
    "De €35 installatiekosten die je hebt betaald, dekken het plaatsen van deze vaatwasser; bij de bezorging hoef je niets meer te betalen.",
  ],
  [
    "nl-NL",
    "marketing",
    "Je pakket is vandaag verstuurd. De bijpassende kussenslopen zijn een kwart goedkoper als je ze deze maand bij ons nabestelt.",
  ],
  [
    "nl-NL",
    "clean",
    "Je hebt voor deze bestelling de goedkopere standaardverzending gekozen, dus de levering duurt ongeveer drie tot vijf werkdagen.",
  ],
  [
    "pl-PL",
    "marketing",
    "Dziękujemy za zamówienie! Jeśli zamówisz u nas także montaż, cena spadnie o 15%.",
  ],
  [
    "pl-PL",
    "clean",
    "Z powodu rysy na blacie zwróciliśmy 15% ceny; pieniądze pojawią się na karcie w ciągu kilku dni.",
  ],
  [
    "pl-PL",
    "marketing",
    "Zamawiając wkłady bezpośrednio u nas, płacisz o 10% mniej – wystarczy podać hasło DZIEKI10.",
  ],
  [
    "pl-PL",
    "clean",
    "Cena czajnika spadła kilka dni po Twoim zakupie, dlatego oddaliśmy Ci różnicę w wysokości 25 zł.",
  ],
  [
    "pl-PL",
    "marketing",
    "Stali klienci płacą za grawer o jedną piątą mniej przy kolejnym zamówieniu u nas.",
  ],
  [
    "pl-PL",
    "clean",
    "Kod rabatowy, którego użyłeś, został już odliczony od tego zamówienia, stąd kwota na fakturze jest niższa o 20 zł.",
  ],
  [
    "pl-PL",
    "marketing",
    "Umów u nas coroczny przegląd roweru, a zapłacisz 50 zł mniej niż zwykle.",
  ],
  [
    "pl-PL",
    "clean",
    "Opłata 120 zł za montaż, którą uiściłeś, obejmuje przyjazd technika do tej konkretnej pralki; przy dostawie nic więcej nie zapłacisz.",
  ],
  [
    "pl-PL",
    "marketing",
    "Twoja paczka została dziś nadana. Pasujące poszewki kupisz u nas o ćwierć taniej, jeśli zamówisz je do końca miesiąca.",
  ],
  [
    "pl-PL",
    "clean",
    "Przy tym zamówieniu wybrałeś tańszą dostawę standardową, więc przesyłka dotrze w ciągu trzech–pięciu dni roboczych.",
  ],
  [
    "pt-BR",
    "marketing",
    "Obrigado pela compra! Se você agendar a instalação com a gente, o valor cai 15%.",
  ],
  [
    "pt-BR",
    "clean",
    "Por causa do arranhão na tampa, devolvemos 15% do valor pago; o estorno aparece no seu cartão em alguns dias.",
  ],
  [
    "pt-BR",
    "marketing",
    "Pedindo os refis direto com a gente, você paga 10% a menos; é só informar a palavra OBRIGADO10.",
  ],
  [
    "pt-BR",
    "clean",
    "O preço da air fryer baixou logo depois do seu pedido, então estornamos os R$ 40 de diferença.",
  ],
  [
    "pt-BR",
    "marketing",
    "Para quem já é cliente, a gravação sai um quinto mais barata no próximo pedido feito com a gente.",
  ],
  [
    "pt-BR",
    "clean",
    "O cupom que você usou já foi abatido deste pedido, por isso a nota fiscal mostra R$ 25 a menos que o preço do anúncio.",
  ],
  [
    "pt-BR",
    "marketing",
    "Agende com a gente a limpeza anual do ar-condicionado e pague R$ 60 a menos do que a tabela normal.",
  ],
  [
    "pt-BR",
    "clean",
    "A taxa de instalação de R$ 120 que você pagou cobre a visita do técnico para este aquecedor; não haverá cobrança na entrega.",
  ],
  [
    "pt-BR",
    "marketing",
    "Seu pacote já foi despachado. As fronhas combinando saem 25% mais baratas se você encomendar com a gente até o fim do mês.",
  ],
  [
    "pt-BR",
    "clean",
    "Você escolheu o frete econômico neste pedido, por isso a entrega leva de cinco a sete dias úteis.",
  ],
  [
    "sv-SE",
    "marketing",
    "Tack för din beställning! Om du bokar monteringen hos oss blir priset 15 % lägre.",
  ],
  [
    "sv-SE",
    "clean",
    "Eftersom skivan kom med en repa har vi återbetalat 15 % av priset; pengarna syns på ditt kort inom några dagar.",
  ],
  [
    "sv-SE",
    "marketing",
    "Beställer du refillerna direkt från oss betalar du 10 % mindre – ange bara ordet TACK10.",
  ],
  [
    "sv-SE",
    "clean",
    "Priset på vattenkokaren sänktes strax efter ditt köp, så vi har betalat tillbaka mellanskillnaden på 60 kr.",
  ],
  [
    "sv-SE",
    "marketing",
    "För återkommande kunder kostar graveringen en femtedel mindre vid nästa beställning hos oss.",
  ],
  [
    "sv-SE",
    "clean",
    "Rabattkoden du använde är redan avdragen på den här ordern, därför är fakturabeloppet 50 kr lägre än listpriset.",
  ],
  [
    "sv-SE",
    "marketing",
    "Boka den årliga servicen av din cykel hos oss så kostar den 200 kr mindre än vanligt.",
  ],
  [
    "sv-SE",
    "clean",
    "Installationsavgiften på 395 kr som du betalat täcker teknikerns besök för just den här diskmaskinen; inget mer tillkommer vid leverans.",
  ],
  [
    "sv-SE",
    "marketing",
    "Ditt paket skickades i dag. De matchande örngotten blir en fjärdedel billigare om du beställer dem hos oss före månadens slut.",
  ],
  [
    "sv-SE",
    "clean",
    "Du valde det billigare standardfraktalternativet för den här ordern, så leveransen tar ungefär tre till fem arbetsdagar.",
  ],
  [
    "tr-TR",
    "marketing",
    "Siparişiniz için teşekkürler! Kurulumu da bizden ayarlarsanız fiyat %15 düşüyor.",
  ],
  [
    "tr-TR",
    "clean",
    "Tablada çizik olduğu için ürün bedelinin %15'ini iade ettik; tutar birkaç gün içinde kartınıza yansıyacak.",
  ],
  [
    "tr-TR",
    "marketing",
    "Yedek kartuşları doğrudan bizden sipariş ederseniz %10 daha az ödersiniz; sadece TESEKKURLER10 kelimesini belirtmeniz yeterli.",
  ],
  [
    "tr-TR",
    "clean",
    "Su ısıtıcısının fiyatı siparişinizden kısa süre sonra düştü, bu yüzden aradaki 150 TL farkı size iade ettik.",
  ],
  [
    "tr-TR",
    "marketing",
    "Sadık müşterilerimiz için isim kazıma, bizden verecekleri bir sonraki siparişte beşte bir daha ucuz.",
  ],
  [
    "tr-TR",
    "clean",
    "Kullandığınız kupon bu siparişten zaten düşüldü; bu nedenle faturadaki tutar ilan fiyatından 100 TL daha düşük.",
  ],
  [
    "tr-TR",
    "marketing",
    "Kombinizin yıllık bakımı için bizden randevu alın, normal ücretten 500 TL daha az ödeyin.",
  ],
  [
    "tr-TR",
    "clean",
    "Ödediğiniz 400 TL kurulum ücreti bu çamaşır makinesi için teknisyen ziyaretini kapsıyor; teslimatta ek bir ödeme yok.",
  ],
  [
    "tr-TR",
    "marketing",
    "Kargonuz bugün yola çıktı. Takım yastık kılıflarını ay sonuna kadar bizden sipariş ederseniz dörtte bir daha ucuza alırsınız.",
  ],
  [
    "tr-TR",
    "clean",
    "Bu sipariş için daha ucuz olan standart kargoyu seçtiniz, bu yüzden teslimat üç ila beş iş günü sürecek.",
  ],
  [
    "zh-CN",
    "marketing",
    "感谢您的订购！如果在我们店预约上门安装，费用可以便宜15%。",
  ],
  [
    "zh-CN",
    "clean",
    "由于桌面有划痕，我们已退还您货款的15%，款项将在几天内退回您的银行卡。",
  ],
  [
    "zh-CN",
    "marketing",
    "直接在我们店购买替换滤芯，只需付九成的价钱，下单时备注口令THANKS10即可。",
  ],
  ["zh-CN", "clean", "您下单后这款电热水壶降价了，我们已将30元差价退还给您。"],
  [
    "zh-CN",
    "marketing",
    "老顾客下次在本店下单时，刻字服务的价格可以便宜五分之一。",
  ],
  [
    "zh-CN",
    "clean",
    "您使用的优惠券已在本订单中抵扣，所以发票金额比标价少了20元。",
  ],
  ["zh-CN", "marketing", "在我们这里预约空调年度保养，比常规价格少花100元。"],
  [
    "zh-CN",
    "clean",
    "您支付的150元安装费包含了师傅上门安装这台洗衣机的费用，送货时无需再额外付款。",
  ],
  [
    "zh-CN",
    "marketing",
    "您的包裹今天已发出。本月内在我们店加购同款枕套，价格能便宜四分之一。",
  ],
  [
    "zh-CN",
    "clean",
    "本次订单您选择了较便宜的普通快递，所以大约需要三到五个工作日送达。",
  ],
];

testProbeTable(
  "a lower price on something to book or buy from the seller",
  PROBES,
  {
    ruleId: "no-marketing",
    positive: "marketing",
    type: "unexpectedProblem",
    known: KNOWN,
  },
);

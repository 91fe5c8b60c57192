import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// Referrals to another business for something beyond the order (a florist
// or carpenter "friends of ours", a partner shop, "mention our name") and
// newsletter or mailing-list invitations, against look-alikes (a partner
// carrier, installer or service centre doing part of this order, a care tip
// "we recommend", the buyer's name to engrave, a delivery list). A native
// writer wrote six of each per locale; the misses of the even pairs (01–02,
// 05–06, 09–10) were read, the lexicon additions came from another helper
// who saw none of them. KNOWN lists the ones still judged wrong, each
// checked to stay wrong: mostly a newsletter described without its name
// ("a seasonal letter with tips and our new products").
const KNOWN: ReadonlySet<string> = new Set([
  "Hallo Frau Klein, schön, dass Ihre Bestellung 202-5070454-7057233 gut angekommen ist! Einmal pro Saison verschicken wir einen kleinen Brief mit Pflegetipps und unseren neuen Produkten. Wenn Sie ihn erhalten möchten, antworten Sie einfach mit „Ja“ auf diese Nachricht.",
  "Bonjour Camille, ravis d'apprendre que votre commande 171-3728905-2639686 est bien arrivée. À chaque saison, nous envoyons une petite lettre avec des conseils d'entretien et nos nouveautés. Si vous souhaitez la recevoir, répondez simplement « oui » à ce message.",
  'नमस्ते अंजलि जी, यह जानकर खुशी हुई कि ऑर्डर 503-7582912-1403439 सही-सलामत पहुँच गया। हम हर मौसम में एक छोटा-सा पत्र भेजते हैं, जिसमें देखभाल के सुझाव और हमारे नए उत्पादों की जानकारी होती है। अगर आप इसे पाना चाहें, तो बस इस संदेश का जवाब "हाँ" में दें।',
  'नमस्ते, आपका ऑर्डर 702-6770238-5502215 आज डिलीवरी के लिए निकला है। चूँकि पिछली बार ड्राइवर को आपका फ़्लैट ढूँढने में दिक़्क़त हुई थी, उन्हें बता दीजिए कि पार्सल के लेबल पर हमारा नाम "मेहता सप्लाईज़" लिखा है, ताकि वे पार्सल तुरंत पहचान लें।',
  "山田様 このたびはご注文いただき、誠にありがとうございます。ご注文（注文番号：112-2134844-5557636）の花瓶は本日発送いたしましたので、木曜日にお届けの予定です。結婚式でお使いになるとのことでしたので、もしお花がまだお決まりでなければ、私どもの友人が横浜で営んでいる「花工房さくら」をおすすめいたします。とても素敵なテーブル装花を作ってくれます。",
  "Hallo, de 200 blanco kaarten uit bestelling 302-9920303-8528332 zijn vandaag verstuurd en komen woensdag aan. Wilt u ze laten bedrukken met uw logo? Drukkerij De Letterkast in Haarlem doet kleine oplagen; zeg dat wij u sturen en u betaalt geen opstartkosten.",
  "Hej och tack för din beställning 503-2094004-2384811. Soffan levereras av vår transportpartner, som ringer dig dagen innan för att boka en leveranstid. Se gärna till att någon är hemma och kan kvittera leveransen.",
  "您好，感谢您的订单 026-3995203-2718919。洗衣机有现货，我们已把您加入周二上午8点至12点的配送名单，司机出发前半小时会给您打电话，请保持手机畅通。届时合作网络的技术人员会上门完成安装、接通和现场试机，并把包装材料一并带走，这些服务都包含在您的订单中，无需另外付费。安装前请提前预留好进水口和插座位置。",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "violation",
    "مرحباً السيدة مريم، تم شحن طلبك رقم 112-5370264-4408465 اليوم ومن المتوقع أن يصلك يوم الخميس. وبما أن المزهريات لحفل زفاف، ننصحك بمحل «زهور الياسمين» في دبي، فأصحابه أصدقاء لنا ويصممون تنسيقات طاولات رائعة.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، شكراً لطلبك رقم 701-1984024-2669107. ستقوم شركة الشحن التي نتعامل معها بتوصيل الأريكة، وسيتواصل معك مندوبها قبل يوم من التسليم لتحديد موعد مناسب. يرجى التأكد من وجود أحد في المنزل لاستلامها.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحباً السيد أحمد، تم تغليف حوامل الرفوف في طلبك رقم 403-2767803-5914441 وستُشحن صباح الغد. وإذا كنت تفكر في تفصيل خزانة أو أثاث آخر حسب المقاس، فإن ورشة «النجار الماهر» تقدم عملاً متقناً، ويكفي أن تذكر اسم متجرنا لتحصل على خصم 10٪.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، تم تسليم سخان المياه في طلبك رقم 305-3162513-9666602 اليوم. وكما هو مشمول في مشترياتك، سيتصل بك شريك التركيب لدينا خلال يومي عمل لتحديد موعد الزيارة. إذا لم يصلك اتصال حتى يوم الخميس، يرجى الرد على هذه الرسالة.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحباً السيدة نورة، يسعدنا أن طلبك رقم 114-1392653-5310272 وصل بحالة جيدة. نرسل في كل موسم رسالة قصيرة تتضمن نصائح للعناية ومنتجاتنا الجديدة، فإذا رغبتِ في استلامها، يكفي أن تردي على هذه الرسالة بكلمة «نعم».",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، شكراً لشرائك لوح التقطيع من خشب الزيتون (الطلب رقم 404-6106203-7185862). ننصحك بمسحه بقطعة قماش مبللة بعد كل استخدام ودهنه بالزيت مرة واحدة في الشهر. يرجى عدم وضعه في غسالة الصحون لأن الحرارة قد تسبب تشقق الخشب.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحباً السيد خالد، تم شحن أغطية المقاعد في طلبك رقم 401-5240491-3931056 اليوم وستصلك يوم الخميس. وقبل تركيبها ننصحك بمغسلة «اللمعان» للسيارات في الشارقة، وهي شريكة لنا؛ أخبرهم أننا أرسلناك وستحصل على تنظيف داخلي بنصف السعر.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، نأسف لتوقف الخلاط في طلبك رقم 203-3266796-7530866 عن العمل. ما زال المنتج ضمن ضمان الشركة المصنعة، لذا سيتم إصلاحه مجاناً في مركز الخدمة المعتمد التابع لها. وقد رتبنا استلامه من عنوانك يوم الأربعاء.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحباً، الفلتر البديل الخاص بطلبك رقم 112-5601355-4376165 في الطريق وسيصلك يوم الاثنين. هل تود الانضمام إلى قائمتنا البريدية؟ نرسل للمشتركين إشعارات مبكرة بالطرازات الجديدة وتذكيرات بمواعيد الصيانة، ويكفي رد قصير منك.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً السيدة سارة، نحن نجهز النقش الخاص بطلبك رقم 407-4774205-3614368. هل يمكنك تأكيد أن الاسم المطلوب نقشه على ظهر الساعة هو «سارة المنصوري» تماماً؟ بعد تأكيدك سنشحن الساعة خلال يومي عمل.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحباً السيد عمر، تم شحن البدلة في طلبك رقم 702-9836934-3342037 صباح اليوم. وإذا احتجت إلى تفصيل ملابس أخرى، ننصحك بخياط «الأناقة» في أبوظبي، فصاحبه صديق لنا؛ قل له إننا أرسلناك وستحصل على خصم خاص.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، شكراً لطلبك رقم 111-7318040-7150052. الغسالة متوفرة، وقد أضفناك إلى قائمة التوصيل ليوم الثلاثاء بين الساعة 8 صباحاً و12 ظهراً. وسيقوم فني من شبكة شركائنا بتركيبها وتوصيلها وأخذ مواد التغليف، كما هو مشمول في طلبك.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo Frau Becker, Ihre Bestellung 404-9600015-7818667 wurde heute verschickt und sollte am Donnerstag bei Ihnen sein. Falls Sie für die Hochzeit noch Blumen brauchen: Wir empfehlen Ihnen Blumen Hartmann in Köln – gute Freunde von uns, die wunderschöne Tischgestecke machen.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag Herr Wolf, vielen Dank für Ihre Bestellung 702-9696558-1480743. Das Sofa wird von unserer Partnerspedition zugestellt, die sich zwei Tage vorher telefonisch bei Ihnen meldet, um ein Lieferfenster zu vereinbaren. Bitte sorgen Sie dafür, dass am Liefertag jemand zu Hause ist.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo Herr Schulz, die Regalhalterungen aus Bestellung 026-6890616-2481786 sind verpackt und gehen morgen raus. Wenn Sie noch Einbauschränke oder andere Möbel nach Maß brauchen, fragen Sie bei der Schreinerei Krause nach – sagen Sie einfach, dass Sie von uns kommen, dann bekommen Sie 10 % Rabatt.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag, Ihr Durchlauferhitzer aus Bestellung 404-5549577-6414481 wurde zugestellt. Wie in Ihrer Bestellung enthalten, ruft Sie unser Installationspartner innerhalb von zwei Werktagen an, um einen Termin für die Montage zu vereinbaren. Sollten Sie bis Freitag nichts gehört haben, melden Sie sich bitte hier.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo Frau Klein, schön, dass Ihre Bestellung 202-5070454-7057233 gut angekommen ist! Einmal pro Saison verschicken wir einen kleinen Brief mit Pflegetipps und unseren neuen Produkten. Wenn Sie ihn erhalten möchten, antworten Sie einfach mit „Ja“ auf diese Nachricht.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag, vielen Dank für den Kauf des Eichen-Schneidebretts (Bestellung 203-2523865-4021546). Wir empfehlen, es nach jedem Gebrauch mit einem feuchten Tuch abzuwischen und einmal im Monat einzuölen. Bitte nicht in die Spülmaschine geben, da das Holz sonst reißen kann.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, die 200 Blanko-Karten aus Bestellung 406-1026753-5073252 sind heute verschickt worden und kommen voraussichtlich am Mittwoch an. Wenn Sie die Karten bedrucken lassen möchten: Das Druckstudio Letterwerk in Hamburg ist unser Partnergeschäft, dort erhalten Sie als unser Kunde Sonderkonditionen.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag Herr Neumann, es tut uns leid, dass der Mixer aus Bestellung 701-8059540-4188311 nicht mehr funktioniert. Das Gerät hat noch Herstellergarantie, daher übernimmt der Kundendienst des Herstellers die Reparatur. Wir haben die kostenlose Abholung bei Ihnen für Mittwoch beauftragt.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, der Ersatzfilter zu Ihrer Bestellung 028-7605650-7978873 ist unterwegs und sollte am Montag ankommen. Möchten Sie in unseren E-Mail-Verteiler aufgenommen werden? Dort informieren wir über Wartungsintervalle und neue Modelle, bevor sie in den Shop kommen – eine kurze Antwort genügt.",
  ],
  [
    "de-DE",
    "clean",
    "Hallo Frau Lehmann, wir bereiten gerade die Gravur für Ihre Bestellung 026-6895248-9929809 vor. Bitte bestätigen Sie uns kurz, dass auf der Rückseite der Uhr genau „Anna Lehmann“ stehen soll. Nach Ihrer Bestätigung versenden wir die Uhr innerhalb von zwei Werktagen.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo Herr Yilmaz, Ihr Anzug aus Bestellung 026-2736387-5338573 wurde heute per DHL verschickt. Falls Sie noch weitere Kleidung ändern lassen möchten, empfehlen wir die Änderungsschneiderei Demir in Frankfurt – erwähnen Sie unseren Namen, dann bekommen Sie einen Sonderpreis.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag, vielen Dank für Ihre Bestellung 406-1683533-9038566. Die Waschmaschine ist vorrätig, und wir setzen Sie auf die Lieferliste für Dienstag zwischen 8 und 12 Uhr. Ein Techniker aus unserem Partnernetzwerk schließt das Gerät an und nimmt die Verpackung mit, wie in Ihrer Bestellung enthalten.",
  ],
  [
    "en-GB",
    "violation",
    "Hi James, the car seat covers from order 028-9529230-9115656 were dispatched today with Royal Mail Tracked 48. If you'd like the interior valeted before fitting them, our mates at Sparkle Hand Car Wash in Leeds do a brilliant job — tell them we sent you and they'll knock a fiver off.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, thanks for order 402-1499845-9026403. Your parcel goes out tomorrow with DPD, the courier company we work with, and you'll get a one-hour delivery slot by text on the morning of delivery. If the slot doesn't suit, you can rearrange it in the DPD app.",
  ],
  [
    "en-GB",
    "violation",
    "Good afternoon, the oak shelf brackets for order 302-5422103-7514475 are packed and leave our warehouse on Monday. If you'd like built-in wardrobes or other joinery done, we recommend Harris Joinery — friends of ours who do bespoke carpentry around Bristol and can quote for the whole room.",
  ],
  [
    "en-GB",
    "clean",
    "Hello Mrs Patel, your integrated dishwasher (order 026-7121537-8844809) was delivered this morning. As part of the installation service you paid for, our installation partner will ring you within 48 hours to book the fitting visit. Please keep the packaging until the engineer has been.",
  ],
  [
    "en-GB",
    "violation",
    "Hi Tom, glad to hear your order 028-1939304-6716456 arrived in one piece. Every season we put together a short letter with gardening tips and a look at our new products. Fancy receiving it? Just reply 'yes' to this message and we'll pop you on the list.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, thank you for buying the cast iron casserole dish (order 502-6036030-8394517). Before first use, we recommend washing it in warm soapy water and drying it thoroughly with a soft cloth. Avoid metal utensils so the enamel stays in good condition.",
  ],
  [
    "en-GB",
    "violation",
    "Hi Claire, sorry for the slight delay — order 401-8610924-6606834 (the vases) was dispatched today and should reach you by Thursday. If you need flowers to go with them, Petal & Thorn is our partner florist in Manchester; mention our shop name when ordering and they'll give you 10% off.",
  ],
  [
    "en-GB",
    "clean",
    "Hello Mr Hughes, thank you for letting us know the hairdryer from order 401-9674044-4898252 has stopped heating. As it is within the manufacturer's two-year guarantee, it needs to go to the manufacturer's service centre for repair; we've arranged a free collection from your address on Wednesday.",
  ],
  [
    "en-GB",
    "violation",
    "Hi, your replacement lid for order 402-3002161-2927432 has been posted and should arrive in two to three working days. We also keep a small mailing list for customers who'd like to hear about restocks and new colours before anyone else — would you like us to add you? Just let us know.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, your order 407-4955888-9436661 is out for delivery today. As you said the driver struggled to find your flat last time, just tell the driver our name, Fenwick Supplies, is on the parcel label so they can match it to your address quickly.",
  ],
  [
    "en-GB",
    "violation",
    "Hi Sophie, the cushion covers from order 402-9126437-7071796 are on their way via Evri. If you're redecorating the lounge, our partner shop Hallam Interiors has sofas and armchairs in the same fabric, and they offer our customers a discount on their furniture range.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, thank you for your order 407-9228425-7962373. The garden shed will come on a two-man vehicle, and we will add you to the delivery list for Tuesday the 14th. The driver will call about 30 minutes before arrival, so please make sure the side gate is open.",
  ],
  [
    "en-US",
    "violation",
    "Hi Sarah, your order 931-3740801-8055310 shipped today via UPS and should arrive by Thursday. Since you mentioned the table runners are for a wedding, we'd also recommend Bloom & Stem Florists in Portland — they're friends of ours and do beautiful centerpieces. Let us know if anything arrives damaged.",
  ],
  [
    "en-US",
    "clean",
    "Hello, thank you for order 701-3387332-4129957. Your sofa will be delivered by our partner carrier, Estes Home Delivery, who will contact you 24 hours ahead to confirm a delivery window. Please make sure someone 18 or older is home to sign for it.",
  ],
  [
    "en-US",
    "violation",
    "Hi Mark, the bookshelf hardware kit from order 403-1526598-3078045 is packed and leaves our warehouse tomorrow morning. If you're looking for matching furniture, our partner shop Oakline Furniture Co. carries solid wood bookcases in the same finish and gives our customers a discount.",
  ],
  [
    "en-US",
    "clean",
    "Hi, the water heater from order 406-9192244-5269822 has been delivered. As included in your purchase, our installation partner HomePro Services will call you within two business days to book the installation visit. If you haven't heard from them by Friday, just reply here and we'll follow up.",
  ],
  [
    "en-US",
    "violation",
    "Hi Jenna, just confirming that order 701-8271249-9274479 arrived safely — we hope the seeds are off to a good start! A few times a year we send out a seasonal letter with planting tips and our new products. If you'd like to get it, just reply yes and we'll add you.",
  ],
  [
    "en-US",
    "clean",
    "Hi, thanks for ordering the walnut cutting board (order 403-9307096-4187597). To keep it in good shape, we recommend wiping it with a damp cloth after each use and oiling it once a month. Please don't put it in the dishwasher, as the heat can crack the wood.",
  ],
  [
    "en-US",
    "violation",
    "Hello, your suit from order 113-6921653-6225089 shipped this morning with two-day delivery. If you need other alterations done, Tony's Tailoring on Main Street does great work — just mention our store name and they'll give you 15% off. Tracking details are on your order page.",
  ],
  [
    "en-US",
    "clean",
    "Hi David, sorry to hear the blender from order 203-3839612-7296868 stopped working. It's still under the two-year manufacturer's warranty, so the fastest fix is the Vitaline authorized service center; we've arranged a prepaid return label so you can send it to them at no cost.",
  ],
  [
    "en-US",
    "violation",
    "Hi, the replacement filter for order 028-8522746-4751983 is on its way and should arrive Monday. Would you like to join our mailing list? We share maintenance reminders and let subscribers know first when new models come in — just reply and we'll sign you up.",
  ],
  [
    "en-US",
    "clean",
    'Hi Emily, we\'re finishing the engraving for order 111-1787426-5302773. Before we start, could you confirm the name should read exactly "Emily R. Carter" on the back of the watch? Once you confirm, it will ship within two business days.',
  ],
  [
    "en-US",
    "violation",
    "Hi Rachel, the 200 blank greeting cards from order 403-7159120-3550184 shipped today and should arrive Wednesday. If you want them printed with your logo, Sharp Ink Print Studio downtown does small runs — tell them we sent you and they'll waive the setup fee.",
  ],
  [
    "en-US",
    "clean",
    "Hello, thank you for order 405-6537240-6881124. The washing machine is in stock, and we will add you to the delivery list for Tuesday, between 8 a.m. and 12 p.m. A technician from our partner network will connect it and remove the packaging, as included in your order.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, Lucía: tu pedido 502-6701801-4619958 ha salido hoy y llegará el jueves. Como nos comentabas que los jarrones son para una boda, te recomendamos Floristería Las Dalias, en Valencia: son amigos nuestros y hacen unos centros de mesa preciosos.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por tu pedido 408-1781472-5795765. El sofá lo entregará nuestra empresa de transporte colaboradora, que te llamará un día antes para acordar la franja horaria. Por favor, asegúrate de que haya alguien en casa para recibirlo.",
  ],
  [
    "es-ES",
    "violation",
    "Buenos días, los soportes de estantería del pedido 203-8218522-5119080 ya están embalados y salen mañana. Si quieres hacer armarios empotrados u otros muebles a medida, la Carpintería Hermanos Ruiz trabaja muy bien; diles que vas de nuestra parte y te harán un 10 % de descuento.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, tu termo eléctrico del pedido 112-7407282-2987408 ya se ha entregado. Tal como incluye tu compra, nuestro socio de instalación te llamará en un plazo de dos días laborables para concertar la visita de montaje. Si el viernes aún no te han llamado, escríbenos por aquí.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, Marta: nos alegra saber que el pedido 114-3235355-2119124 ha llegado bien. Cada temporada enviamos una carta con consejos de cuidado y nuestras novedades. Si te apetece recibirla, solo tienes que responder «sí» a este mensaje y te incluimos.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por comprar la tabla de cortar de olivo (pedido 407-3525559-5087130). Te recomendamos limpiarla con un paño húmedo después de cada uso y aplicarle aceite una vez al mes. No la metas en el lavavajillas, porque el calor puede agrietar la madera.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, Javier: las fundas de cojín del pedido 701-7581392-4345864 ya van de camino con Correos Express. Si estás renovando el salón, nuestra tienda asociada Muebles Alcázar tiene sofás y butacas a juego, y ofrece un descuento especial a nuestros clientes.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, Carlos: sentimos que la batidora del pedido 407-8038617-5603809 haya dejado de funcionar. Sigue en garantía del fabricante, así que la reparará su servicio técnico oficial; hemos programado la recogida gratuita en tu domicilio para el miércoles.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, el filtro de repuesto de tu pedido 502-7193529-3209317 ya está en camino y llegará el lunes. ¿Te gustaría entrar en nuestra lista de correo? Avisamos a los suscriptores antes que a nadie de los nuevos modelos y enviamos recordatorios de mantenimiento; basta con que nos contestes.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, tu pedido 171-8765627-5929881 está hoy en reparto. Como nos dijiste que el repartidor no encontraba tu portal la última vez, dile que en la etiqueta del paquete aparece nuestro nombre, Suministros Lozano, para que lo identifique enseguida.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, Pablo: las 200 tarjetas en blanco del pedido 401-5912138-7426991 salieron hoy y llegarán el miércoles. Si quieres imprimirlas con tu logotipo, te recomendamos el estudio de impresión Tinta Fina, de Sevilla; di que vienes de nuestra parte y no te cobrarán la preparación.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por tu pedido 402-9847090-2859659. La lavadora está en stock y te añadimos a la lista de entregas del martes, entre las 8 y las 12 h. Un técnico de nuestra red de colaboradores la conectará y se llevará el embalaje, tal como incluye tu pedido.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, Sr. Hernández. Sus fundas para asiento del pedido 028-1563874-2743447 ya se enviaron por Estafeta y deben llegar el jueves. Si quiere lavar el interior de su carro antes de ponerlas, le recomendamos Autolavado El Brillo en Guadalajara; son amigos nuestros y lo dejan como nuevo.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, gracias por su pedido 408-4246353-9995913. Su paquete sale mañana con DHL, la paquetería con la que trabajamos, y recibirá un mensaje con el número de guía para darle seguimiento. Si no va a estar en casa, puede elegir otro horario en la página de DHL.",
  ],
  [
    "es-MX",
    "violation",
    "Buenas tardes, las patas para mesa del pedido 026-5556834-2388591 ya están empacadas y salen mañana temprano. Si busca sillas o un trinchador que combinen, nuestra tienda socia Mueblería Los Pinos tiene modelos en el mismo acabado, y a nuestros clientes les hace precio especial.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, Sra. Ramírez. Su minisplit del pedido 028-5675852-2145715 se entregó hoy. Como su compra incluye instalación, un técnico de nuestra red de socios la contactará en las próximas 48 horas para agendar la visita. Por favor no saque el equipo de la caja hasta que llegue el técnico.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, Daniela, qué gusto que su pedido 402-5964755-9063838 llegó bien. Cada temporada mandamos una carta con consejos para el cuidado de sus plantas y nuestros productos nuevos. Si quiere recibirla, nada más contéstenos «sí» y la agregamos.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, gracias por comprar el comal de hierro fundido (pedido 302-2896668-5423760). Antes del primer uso le recomendamos lavarlo con agua tibia, secarlo muy bien con un trapo y untarle un poco de aceite. Así evitará que se oxide y le durará muchos años.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, Sr. Torres. Su traje del pedido 408-5939949-8422150 salió hoy con entrega en dos días. Si necesita arreglar otras prendas, la Sastrería Don Memo en la colonia Roma hace muy buen trabajo; mencione nuestro nombre y le hacen 15 % de descuento.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, lamentamos que la licuadora del pedido 026-8342578-4442249 haya dejado de funcionar. Todavía tiene garantía del fabricante, así que la reparación se hace en su centro de servicio autorizado; le mandamos una guía prepagada para que la envíe sin costo.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, la pieza de repuesto de su pedido 406-6745512-1632415 ya va en camino y llegará el lunes. ¿Le gustaría que lo agreguemos a nuestra lista de correo? Ahí avisamos primero de productos nuevos y ofertas de temporada; solo responda este mensaje y lo damos de alta.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, Sofía. Estamos por grabar la taza de su pedido 113-1476424-7278278. ¿Nos confirma que el nombre debe quedar exactamente como «Sofía Méndez», con acento? En cuanto nos confirme, la enviamos en un plazo de dos días hábiles.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, Gabriela. Los floreros de su pedido 407-4661853-4518649 salieron hoy y le llegan el miércoles. Si necesita arreglos florales para el evento, Florería Jacaranda es nuestra tienda aliada: dígales que va de nuestra parte y le dan un descuento.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, gracias por su pedido 702-3275210-5337948. El refrigerador ya está en bodega y lo agregamos a la lista de entregas del martes, entre 9 y 14 h. El chofer le llamará media hora antes de llegar; por favor tenga libre el acceso a su domicilio.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour Madame Laurent, votre commande 111-2365437-9764614 a été expédiée aujourd'hui et devrait arriver jeudi. Pour les fleurs du mariage, nous vous recommandons la boutique Au Jardin de Clara à Lyon : ce sont des amis et leurs compositions sont magnifiques.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour votre commande 171-3176396-2443158. Votre canapé sera livré par notre transporteur partenaire, qui vous contactera 48 heures à l'avance pour fixer un créneau de livraison. Merci de prévoir une personne présente pour réceptionner le colis.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour Monsieur Garnier, les équerres d'étagère de la commande 171-9693916-5484824 sont emballées et partiront demain matin. Pour des placards sur mesure ou d'autres travaux de menuiserie, la Menuiserie Dubois fait un excellent travail ; dites-leur que vous venez de notre part, ils vous feront 10 % de remise.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, votre chauffe-eau de la commande 407-5501590-7322703 a bien été livré. Comme prévu dans votre achat, notre partenaire d'installation vous appellera sous deux jours ouvrés pour convenir d'un rendez-vous de pose. Sans nouvelles d'ici vendredi, répondez simplement à ce message.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour Camille, ravis d'apprendre que votre commande 171-3728905-2639686 est bien arrivée. À chaque saison, nous envoyons une petite lettre avec des conseils d'entretien et nos nouveautés. Si vous souhaitez la recevoir, répondez simplement « oui » à ce message.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour l'achat de la planche à découper en noyer (commande 501-7464216-5780212). Nous vous recommandons de l'essuyer avec un chiffon humide après chaque utilisation et de la huiler une fois par mois. Évitez le lave-vaisselle : la chaleur pourrait fendre le bois.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, les 200 cartes vierges de la commande 404-6899676-9260227 sont parties aujourd'hui et arriveront mercredi. Si vous voulez les faire imprimer avec votre logo, l'atelier d'impression Encre & Papier à Nantes est notre boutique partenaire et propose des tarifs préférentiels à nos clients.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour Monsieur Petit, nous sommes désolés que le blender de la commande 702-2195871-7082740 ne fonctionne plus. Il est toujours sous garantie constructeur : la réparation sera prise en charge par le centre de service agréé du fabricant, et nous avons organisé l'enlèvement gratuit mercredi.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, le filtre de remplacement de votre commande 501-4546264-9175205 est en route et devrait arriver lundi. Souhaitez-vous rejoindre notre liste de diffusion ? Nous y partageons des rappels d'entretien et annonçons les nouveaux modèles en avant-première ; un simple mot en réponse suffit.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour Julie, nous préparons la gravure de votre commande 701-8118453-7282673. Pouvez-vous nous confirmer que le dos de la montre doit indiquer exactement « Julie Moreau » ? Dès votre confirmation, la montre sera expédiée sous deux jours ouvrés.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour Monsieur Lefèvre, votre costume de la commande 931-6582375-7222869 a été expédié ce matin en Colissimo. Pour vos autres retouches, nous vous conseillons l'atelier de nos amis, Retouches Nadia, rue de la Paix ; mentionnez notre nom et vous aurez 20 % de réduction.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour votre commande 401-2682460-4893712. Le lave-linge est en stock et nous vous ajoutons à la liste de livraison de mardi, entre 8 h et 12 h. Un technicien de notre réseau partenaire assurera le raccordement et reprendra les emballages, comme prévu dans votre commande.",
  ],
  [
    "hi-IN",
    "violation",
    'नमस्ते प्रिया जी, आपका ऑर्डर 408-3023339-9403560 आज भेज दिया गया है और गुरुवार तक पहुँच जाएगा। शादी के लिए अगर आपको फूलों की ज़रूरत हो, तो हम जयपुर की "गुलमोहर फ्लावर्स" की सलाह देंगे — वे हमारे दोस्त हैं और बहुत सुंदर सजावट करते हैं।',
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 305-3217714-8733113 के लिए धन्यवाद। आपका सोफ़ा हमारी साझेदार डिलीवरी कंपनी पहुँचाएगी, जो डिलीवरी से एक दिन पहले आपको फ़ोन करके समय तय करेगी। कृपया उस दिन घर पर किसी के रहने की व्यवस्था रखें।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते राहुल जी, ऑर्डर 203-7348495-2675905 के शेल्फ़ ब्रैकेट पैक हो चुके हैं और कल सुबह निकलेंगे। अगर आप अलमारी या कोई और फ़र्नीचर नाप से बनवाना चाहें, तो शर्मा फ़र्नीचर वर्कशॉप के कारीगर बहुत अच्छा काम करते हैं — हमारा नाम बताइए, 10% छूट मिल जाएगी।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 502-6549554-7700151 का वॉटर हीटर आज डिलीवर हो गया है। आपकी ख़रीद में शामिल इंस्टॉलेशन के लिए हमारा इंस्टॉलेशन पार्टनर दो कार्यदिवसों में आपको फ़ोन करके विज़िट का समय तय करेगा। शुक्रवार तक फ़ोन न आए तो कृपया यहीं जवाब दें।",
  ],
  [
    "hi-IN",
    "violation",
    'नमस्ते अंजलि जी, यह जानकर खुशी हुई कि ऑर्डर 503-7582912-1403439 सही-सलामत पहुँच गया। हम हर मौसम में एक छोटा-सा पत्र भेजते हैं, जिसमें देखभाल के सुझाव और हमारे नए उत्पादों की जानकारी होती है। अगर आप इसे पाना चाहें, तो बस इस संदेश का जवाब "हाँ" में दें।',
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, शीशम का चॉपिंग बोर्ड (ऑर्डर 408-2292958-3076774) ख़रीदने के लिए धन्यवाद। हमारी सलाह है कि हर इस्तेमाल के बाद इसे गीले कपड़े से पोंछें और महीने में एक बार तेल लगाएँ। इसे डिशवॉशर में न डालें, क्योंकि गर्मी से लकड़ी में दरार आ सकती है।",
  ],
  [
    "hi-IN",
    "violation",
    'नमस्ते विकास जी, ऑर्डर 501-6910100-4559580 के 200 सादे कार्ड आज भेज दिए गए हैं और बुधवार तक पहुँचेंगे। अगर आप इन पर अपना लोगो छपवाना चाहें, तो "छाप प्रिंटिंग स्टूडियो" हमारी पार्टनर दुकान है, जहाँ हमारे ग्राहकों को ख़ास रेट मिलता है।',
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, हमें खेद है कि ऑर्डर 405-9816586-3207589 का मिक्सर ग्राइंडर काम नहीं कर रहा। यह अभी निर्माता की वारंटी में है, इसलिए इसकी मरम्मत कंपनी के अधिकृत सर्विस सेंटर में मुफ़्त होगी। हमने बुधवार को आपके पते से पिकअप बुक कर दिया है।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 408-5403920-7283503 का रिप्लेसमेंट फ़िल्टर रास्ते में है और सोमवार तक पहुँच जाएगा। क्या आप हमारी मेलिंग लिस्ट से जुड़ना चाहेंगे? हम सदस्यों को नए मॉडलों की जानकारी सबसे पहले और रखरखाव के रिमाइंडर भेजते हैं — बस एक छोटा-सा जवाब काफ़ी है।",
  ],
  [
    "hi-IN",
    "clean",
    'नमस्ते, आपका ऑर्डर 702-6770238-5502215 आज डिलीवरी के लिए निकला है। चूँकि पिछली बार ड्राइवर को आपका फ़्लैट ढूँढने में दिक़्क़त हुई थी, उन्हें बता दीजिए कि पार्सल के लेबल पर हमारा नाम "मेहता सप्लाईज़" लिखा है, ताकि वे पार्सल तुरंत पहचान लें।',
  ],
  [
    "hi-IN",
    "violation",
    'नमस्ते अमित जी, ऑर्डर 405-5529373-7407032 का सूट आज भेज दिया गया है। अगर आपको और कपड़े सिलवाने या ठीक करवाने हों, तो करोल बाग़ में हमारे जान-पहचान वाले "न्यू स्टाइल टेलर्स" के पास जाइए — कहिएगा कि हमने भेजा है, सिलाई पर अच्छी छूट मिलेगी।',
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 111-8985627-8145175 के लिए धन्यवाद। वॉशिंग मशीन स्टॉक में है और हमने आपको मंगलवार सुबह 8 से 12 बजे की डिलीवरी लिस्ट में जोड़ दिया है। हमारे पार्टनर नेटवर्क का तकनीशियन मशीन लगाएगा और पैकिंग भी साथ ले जाएगा, जो आपके ऑर्डर में शामिल है।",
  ],
  [
    "it-IT",
    "violation",
    "Gentile Sig.ra Ricci, il suo ordine 501-8543135-3323852 è stato spedito oggi e arriverà giovedì. Se per il matrimonio le servono ancora dei fiori, le consigliamo il Fioraio Margherita a Bologna: sono nostri amici e preparano centrotavola bellissimi.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per l'ordine 702-8094767-1850981. Il pacco partirà domani con BRT, il corriere con cui lavoriamo, e riceverà un SMS con la fascia oraria di consegna. Se non è in casa, può spostare la consegna direttamente dal link nel messaggio.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno Sig. Conti, le staffe per mensole dell'ordine 503-6562449-3882927 sono imballate e partono domattina. Se le servono armadi su misura o altri lavori in legno, la Falegnameria Bianchi lavora benissimo: dica che la mandiamo noi e le faranno il 10% di sconto.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, lo scaldabagno dell'ordine 501-2729060-1573485 è stato consegnato. Come previsto dal suo acquisto, il nostro partner per l'installazione la chiamerà entro due giorni lavorativi per fissare l'appuntamento. Se entro venerdì non l'ha sentito, ci scriva pure qui.",
  ],
  [
    "it-IT",
    "violation",
    "Ciao Giulia, siamo contenti che l'ordine 403-4566592-8095363 sia arrivato senza problemi. Ogni stagione mandiamo una lettera con consigli di cura e le nostre novità. Se ti fa piacere riceverla, rispondi semplicemente «sì» a questo messaggio.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per aver acquistato il tagliere in ulivo (ordine 305-5454244-3899071). Le consigliamo di pulirlo con un panno umido dopo ogni utilizzo e di oliarlo una volta al mese. Eviti la lavastoviglie, perché il calore può crepare il legno.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno Sig. Marino, le fodere per cuscini dell'ordine 702-7230786-1578832 sono in viaggio con Poste Italiane. Se sta rinnovando il soggiorno, il nostro negozio partner Arredo Casa Milano ha divani e poltrone nello stesso tessuto, con uno sconto riservato ai nostri clienti.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, ci dispiace che il frullatore dell'ordine 026-7150414-5169131 non funzioni più. È ancora in garanzia del produttore, quindi la riparazione sarà eseguita dal centro assistenza autorizzato del marchio; abbiamo prenotato il ritiro gratuito a casa sua per mercoledì.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno, il filtro sostitutivo del suo ordine 501-6184302-3386882 è in viaggio e arriverà lunedì. Le farebbe piacere entrare nella nostra mailing list? Avvisiamo gli iscritti in anteprima sui nuovi modelli e mandiamo promemoria per la manutenzione: basta una risposta.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, il suo ordine 501-5781414-8785108 è in consegna oggi. Visto che l'ultima volta il corriere non trovava il suo interno, dica pure all'autista che sull'etichetta del pacco c'è il nostro nome, Forniture Galli, così lo riconosce subito.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno Sig. Greco, i coprisedili dell'ordine 112-4561404-8534351 sono stati spediti e arriveranno giovedì. Prima di montarli le consigliamo un lavaggio interni all'Autolavaggio Stella di Torino: dica che viene da parte nostra e le fanno il 20% di sconto.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per l'ordine 931-5671738-6347620. La lavatrice è disponibile e la inseriamo nella lista consegne di martedì, tra le 8 e le 12. Un tecnico della nostra rete di partner la collegherà e porterà via l'imballaggio, come previsto nell'ordine.",
  ],
  [
    "ja-JP",
    "violation",
    "山田様 このたびはご注文いただき、誠にありがとうございます。ご注文（注文番号：112-2134844-5557636）の花瓶は本日発送いたしましたので、木曜日にお届けの予定です。結婚式でお使いになるとのことでしたので、もしお花がまだお決まりでなければ、私どもの友人が横浜で営んでいる「花工房さくら」をおすすめいたします。とても素敵なテーブル装花を作ってくれます。",
  ],
  [
    "ja-JP",
    "clean",
    "佐藤様 このたびはご注文（注文番号：203-6557839-2448057）いただき、誠にありがとうございます。ソファは大型家具のため、当店の提携配送業者がお届けいたします。お部屋への搬入と開梱も配送員が行います。配送日の前日に配送業者よりお電話にてお届け時間帯のご相談をさせていただきますので、当日はご在宅いただけますようお願い申し上げます。",
  ],
  [
    "ja-JP",
    "violation",
    "鈴木様 ご注文（注文番号：171-8158118-7126427）の棚受け金具は梱包が完了し、明朝発送いたしますので、金曜日頃のお届けとなります。なお、造り付けの収納や家具のオーダーをご検討でしたら、お近くの「木村木工所」がおすすめです。当店の名前をお伝えいただければ一割引きで対応してもらえますので、ぜひお気軽にご相談ください。",
  ],
  [
    "ja-JP",
    "clean",
    "高橋様 ご注文（注文番号：405-1850655-3754488）の給湯器は、本日お届けが完了いたしました。設置まではお箱のまま保管をお願いいたします。ご購入内容に含まれております設置工事につきましては、当店の設置パートナーより二営業日以内にお電話し、訪問日時を調整させていただきます。金曜日までに連絡がない場合は、お手数ですがこちらへご返信ください。",
  ],
  [
    "ja-JP",
    "violation",
    "田中様 ご注文（注文番号：026-6469868-5550815）の種が無事に届いたとのこと、安心いたしました。発芽までは土を乾かさないようにしてください。当店では季節ごとに、育て方のコツや新商品をご紹介するささやかなお便りをお送りしております。ご希望でしたら、このメッセージに「はい」とご返信いただくだけで、次の季節の号からお届けいたします。",
  ],
  [
    "ja-JP",
    "clean",
    "伊藤様 このたびは、ひのきのまな板（注文番号：111-2502149-4654335）をお買い上げいただき、誠にありがとうございます。長くお使いいただくために、ご使用後は固く絞った布巾で拭き、風通しの良い場所で乾かすことをおすすめいたします。熱で木が割れるおそれがありますので、食洗機のご使用はお控えください。お使い始めの前に一度水で濡らしていただくと、汚れが染み込みにくくなります。",
  ],
  [
    "ja-JP",
    "violation",
    "渡辺様 ご注文（注文番号：202-5989064-5075788）の無地カード200枚は本日発送いたしましたので、水曜日にお届けの予定です。ロゴの印刷をご希望でしたら、当店の提携店である「印刷スタジオ アオバ」にて、当店のお客様向けの特別料金でご利用いただけます。少部数から対応していますので、お気軽にご相談ください。",
  ],
  [
    "ja-JP",
    "clean",
    "中村様 ご注文（注文番号：028-8083489-8908426）のミキサーが動かなくなったとのこと、ご不便をおかけして大変申し訳ございません。メーカー保証期間内でございますので、メーカーの修理センターにて無償で修理いたします。修理期間は通常一週間ほどです。水曜日にご自宅への集荷を手配いたしましたので、保証書と一緒にお手元にご準備をお願いいたします。",
  ],
  [
    "ja-JP",
    "violation",
    "小林様 ご注文（注文番号：404-4913062-1666576）の交換用フィルターは発送済みで、月曜日にお届けの予定です。交換の目安は約六か月です。よろしければ、当店のメーリングリストにご登録いただけませんでしょうか。新モデルの先行案内やお手入れ時期のお知らせをお送りしております。ご返信いただければ、こちらで登録いたします。",
  ],
  [
    "ja-JP",
    "clean",
    "加藤様 ご注文（注文番号：112-7492142-9635305）の名入れ加工の準備を進めております。刻印は仕上げ後に修正ができないため、念のため、時計の裏ぶたに刻印するお名前は「KATO HARUKA」でお間違いないか、ご確認いただけますでしょうか。ご確認をいただき次第、刻印を行い、二営業日以内に発送いたします。何卒よろしくお願いいたします。",
  ],
  [
    "ja-JP",
    "violation",
    "吉田様 ご注文（注文番号：404-9789998-6315345）のシートカバーは本日発送いたしました。取り付け前に車内をきれいにされたい場合は、知人が経営している「ピカピカ洗車センター」がおすすめです。当店からの紹介とお伝えいただければ、車内清掃を半額で行ってもらえます。ヤマト運輸でお届けしますので、到着まで今しばらくお待ちください。",
  ],
  [
    "ja-JP",
    "clean",
    "山本様 ご注文（注文番号：202-2566966-8291956）いただき、ありがとうございます。洗濯機は在庫がございますので、火曜日午前（8時〜12時）の配達リストにお客様を追加いたしました。当日は提携ネットワークの技術者が設置と接続を行い、梱包材もお引き取りいたします。こちらはご注文に含まれております。前日の夕方に到着予定時刻をご連絡いたします。",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo mevrouw De Vries, uw bestelling 302-8161091-7445124 is vandaag verzonden en komt donderdag aan. Heeft u voor de bruiloft nog bloemen nodig? Wij raden Bloemenhuis Tulp in Utrecht aan: goede vrienden van ons, en ze maken prachtige tafelstukken.",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, bedankt voor uw bestelling 701-9085206-8598051. De bank wordt bezorgd door onze vaste vervoerspartner, die u twee dagen van tevoren belt om een tijdvak af te spreken. Zorg er alstublieft voor dat er iemand thuis is om te tekenen.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo meneer Bakker, de plankdragers van bestelling 502-9837922-4403343 zijn ingepakt en gaan morgen de deur uit. Wilt u ook een inbouwkast of ander maatwerk laten maken? Timmerbedrijf Visser doet dat heel netjes; zeg dat u via ons komt, dan krijgt u 10% korting.",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, uw boiler uit bestelling 405-2526810-2995988 is afgeleverd. Zoals inbegrepen bij uw aankoop, neemt onze installatiepartner binnen twee werkdagen contact met u op om een afspraak voor de montage te plannen. Nog niets gehoord op vrijdag? Laat het ons hier weten.",
  ],
  [
    "nl-NL",
    "violation",
    "Hoi Sanne, fijn dat bestelling 405-9899099-6626546 goed is aangekomen! Elk seizoen sturen we een korte brief met verzorgingstips en onze nieuwe producten. Wil je die ontvangen? Antwoord dan gewoon met 'ja' op dit bericht.",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, bedankt voor de aankoop van de eikenhouten snijplank (bestelling 203-1001325-8362771). We raden aan hem na elk gebruik af te nemen met een vochtige doek en één keer per maand in te oliën. Niet in de vaatwasser, want door de hitte kan het hout scheuren.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo meneer Jansen, de kussenhoezen uit bestelling 403-9076681-1393039 zijn onderweg met PostNL. Bent u de woonkamer aan het opknappen? Onze partnerwinkel Woonhuis Hendriks heeft banken en fauteuils in dezelfde stof, met speciale korting voor onze klanten.",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag meneer Smit, vervelend dat de blender uit bestelling 503-8232450-7389964 niet meer werkt. Hij valt nog onder de fabrieksgarantie, dus de reparatie wordt uitgevoerd door het erkende servicecentrum van de fabrikant. We hebben gratis ophalen bij u thuis ingepland voor woensdag.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, het vervangende filter voor uw bestelling 701-2639392-5022664 is onderweg en komt maandag aan. Wilt u op onze mailinglijst? Abonnees horen als eerste over nieuwe modellen en krijgen onderhoudsherinneringen; een kort antwoordje is genoeg.",
  ],
  [
    "nl-NL",
    "clean",
    "Hoi Lotte, we maken de gravure voor bestelling 203-7283175-4139122 klaar. Kun je even bevestigen dat op de achterkant van het horloge precies 'Lotte Mulder' moet komen? Zodra je hebt bevestigd, versturen we het binnen twee werkdagen.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, de 200 blanco kaarten uit bestelling 302-9920303-8528332 zijn vandaag verstuurd en komen woensdag aan. Wilt u ze laten bedrukken met uw logo? Drukkerij De Letterkast in Haarlem doet kleine oplagen; zeg dat wij u sturen en u betaalt geen opstartkosten.",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, bedankt voor uw bestelling 702-1620777-7027406. De wasmachine is op voorraad en we zetten u op de bezorglijst voor dinsdag tussen 8 en 12 uur. Een monteur uit ons partnernetwerk sluit de machine aan en neemt het verpakkingsmateriaal mee, zoals bij uw bestelling inbegrepen.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry Pani Anno, zamówienie 112-7876860-9660299 zostało dziś wysłane i powinno dotrzeć w czwartek. Jeśli potrzebuje Pani jeszcze kwiatów na wesele, polecamy Kwiaciarnię Storczyk w Krakowie – to nasi znajomi i robią piękne stroiki na stoły.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za zamówienie 028-1666939-2394683. Paczka wyjedzie jutro z InPostem, firmą kurierską, z którą współpracujemy, a numer przesyłki otrzyma Pan SMS-em. W razie nieobecności można zmienić termin doręczenia w aplikacji przewoźnika.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry Panie Tomaszu, wsporniki półek z zamówienia 302-2892618-5488191 są już spakowane i wyjadą jutro rano. Jeśli planuje Pan szafę na wymiar albo inne meble, Zakład Stolarski Nowak robi to bardzo starannie – wystarczy powiedzieć, że przychodzi Pan od nas, a dostanie Pan 10% rabatu.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, podgrzewacz wody z zamówienia 405-5566112-9913324 został dostarczony. Zgodnie z zakupioną usługą nasz partner instalacyjny zadzwoni w ciągu dwóch dni roboczych, aby umówić termin montażu. Jeśli do piątku nikt się nie odezwie, prosimy o wiadomość tutaj.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry Pani Katarzyno, cieszymy się, że zamówienie 402-5341062-7054861 dotarło w dobrym stanie. Co sezon wysyłamy krótki list z poradami pielęgnacyjnymi i naszymi nowościami. Jeśli chciałaby go Pani otrzymywać, wystarczy odpisać „tak” na tę wiadomość.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za zakup deski do krojenia z drewna bukowego (zamówienie 501-2143639-6246117). Zalecamy przecieranie jej wilgotną ściereczką po każdym użyciu i olejowanie raz w miesiącu. Prosimy nie myć jej w zmywarce, bo wysoka temperatura może spowodować pękanie drewna.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry Panie Marku, poszewki na poduszki z zamówienia 402-2847737-2882133 są już w drodze. Jeśli urządza Pan salon, nasz sklep partnerski Meble Dębowy Dom ma sofy i fotele z tej samej tkaniny, a dla naszych klientów przygotował specjalny rabat.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, przykro nam, że blender z zamówienia 403-2195660-4584368 przestał działać. Urządzenie jest objęte gwarancją producenta, więc naprawą zajmie się autoryzowany serwis producenta. Zamówiliśmy już bezpłatny odbiór kurierem z Pana adresu na środę.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, filtr zamienny do zamówienia 111-4913494-5562551 jest w drodze i dotrze w poniedziałek. Czy chciałby Pan dołączyć do naszej listy mailingowej? Subskrybenci jako pierwsi dowiadują się o nowych modelach i dostają przypomnienia o konserwacji – wystarczy krótka odpowiedź.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry Pani Magdaleno, przygotowujemy grawer do zamówienia 702-3358222-2566040. Prosimy o potwierdzenie, że na kopercie zegarka ma się znaleźć dokładnie napis „Magdalena Wójcik”. Po potwierdzeniu wyślemy zegarek w ciągu dwóch dni roboczych.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, 200 czystych kartek z zamówienia 026-3676218-5078412 wysłaliśmy dzisiaj, dotrą w środę. Jeśli chce Pani nadrukować na nich logo, polecamy pracownię Druk i Papier w Poznaniu – proszę powołać się na nas, a nie naliczą opłaty za przygotowanie.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za zamówienie 702-9885237-2804283. Pralka jest na stanie i wpisujemy Pana na listę dostaw na wtorek, w godzinach 8–12. Technik z naszej sieci partnerskiej podłączy urządzenie i zabierze opakowanie, tak jak przewiduje zamówienie.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, Fernanda! Seu pedido 305-9575735-8691154 foi enviado hoje e deve chegar na quinta. Como você comentou que os vasos são para um casamento, recomendamos a Floricultura Ipê Roxo, em Curitiba: são amigos nossos e fazem arranjos lindos.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, obrigado pelo pedido 702-8631939-1906470. O sofá será entregue pela nossa transportadora parceira, que vai ligar com um dia de antecedência para combinar o horário. Por favor, garanta que haja alguém em casa para receber.",
  ],
  [
    "pt-BR",
    "violation",
    "Bom dia, Sr. Almeida! Os suportes de prateleira do pedido 202-1715626-7815076 já estão embalados e saem amanhã. Se precisar de armários planejados ou outros móveis sob medida, a Marcenaria Oliveira faz um ótimo trabalho — diga que foi indicado por nós e ganhe 10% de desconto.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá! O seu aquecedor do pedido 503-5021014-7182132 foi entregue hoje. Conforme incluído na compra, nosso parceiro de instalação vai entrar em contato em até dois dias úteis para agendar a visita. Se não receber a ligação até sexta, é só responder aqui.",
  ],
  [
    "pt-BR",
    "violation",
    'Oi, Juliana! Que bom que o pedido 305-8416937-9654274 chegou certinho. A cada estação a gente manda uma cartinha com dicas de cuidado e nossos produtos novos. Se quiser receber, é só responder "sim" a esta mensagem.',
  ],
  [
    "pt-BR",
    "clean",
    "Olá! Obrigado por comprar a tábua de corte de bambu (pedido 502-6414115-3228236). Recomendamos limpar com um pano úmido depois de cada uso e passar óleo mineral uma vez por mês. Não coloque na lava-louças, porque o calor pode rachar a madeira.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, Rafael! Os 200 cartões em branco do pedido 405-3805355-7995777 foram enviados hoje e chegam na quarta. Se quiser imprimir com a sua logo, a Gráfica Papel & Cor é nossa loja parceira e oferece condições especiais para os nossos clientes.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, Sr. Costa. Sentimos muito que o liquidificador do pedido 112-4392372-9618123 tenha parado de funcionar. Ele ainda está na garantia do fabricante, então o conserto será feito pela assistência técnica autorizada da marca; já agendamos a coleta gratuita para quarta-feira.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá! A peça de reposição do seu pedido 405-1924155-7394838 já está a caminho e chega na segunda. Quer entrar na nossa lista de e-mails? Avisamos primeiro sobre lançamentos e mandamos lembretes de manutenção — basta responder esta mensagem.",
  ],
  [
    "pt-BR",
    "clean",
    'Oi, Beatriz! Estamos preparando a gravação do seu pedido 702-9274247-6092134. Pode confirmar se no verso do relógio deve aparecer exatamente "Beatriz Souza"? Assim que você confirmar, enviamos em até dois dias úteis.',
  ],
  [
    "pt-BR",
    "violation",
    "Olá, Sr. Pereira! As capas de banco do pedido 402-4590883-5757167 saíram hoje pelos Correios. Antes de instalar, vale levar o carro ao Lava-Rápido Brilho Total, aqui em Campinas — é de um amigo nosso, e se falar nosso nome você ganha a lavagem interna com desconto.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, obrigado pelo pedido 502-8794285-4848028. A geladeira está em estoque e vamos incluir você na lista de entregas de terça-feira, entre 8h e 12h. O motorista liga meia hora antes de chegar; por favor, deixe o acesso livre.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Anna! Din beställning 113-1829308-9786914 skickades i dag och bör komma fram på torsdag. Om du behöver blommor till bröllopet rekommenderar vi Blomsterboden i Uppsala – de är vänner till oss och gör fantastiska bordsdekorationer.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej och tack för din beställning 503-2094004-2384811. Soffan levereras av vår transportpartner, som ringer dig dagen innan för att boka en leveranstid. Se gärna till att någon är hemma och kan kvittera leveransen.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Erik! Hyllkonsolerna i beställning 403-9690446-3626919 är packade och skickas i morgon bitti. Om du vill ha platsbyggda garderober eller andra snickerier gör Lindqvists Snickeri ett riktigt fint jobb – säg att du kommer från oss så får du 10 % rabatt.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Varmvattenberedaren i beställning 503-8827262-2863909 har levererats. Eftersom installation ingår i ditt köp ringer vår installationspartner dig inom två arbetsdagar för att boka tid för besöket. Om du inte hört något till fredag, svara bara här så följer vi upp.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Emma! Vad roligt att beställning 202-1373166-4707085 kom fram som den skulle. Varje säsong skickar vi ut ett litet brev med skötselråd och våra nya produkter. Vill du få det? Svara bara ”ja” på det här meddelandet så lägger vi till dig.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej och tack för att du köpte skärbrädan i ek (beställning 113-2691359-6341596). Vi rekommenderar att du torkar av den med en fuktig trasa efter varje användning och oljar in den en gång i månaden. Diska den inte i maskin, eftersom värmen kan få träet att spricka.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Johan! Kostymen i beställning 114-5741831-3897738 skickades i morse med PostNord. Om du har andra plagg som behöver sys om är Skrädderiet på Söder vår samarbetsbutik – nämn vårt namn så får du ändringen till rabatterat pris.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej Lars, tråkigt att mixern i beställning 702-3064327-1196374 har slutat fungera. Den omfattas fortfarande av tillverkarens garanti, så reparationen görs av tillverkarens auktoriserade servicecenter. Vi har bokat kostnadsfri hämtning hos dig på onsdag.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Ersättningsfiltret till din beställning 404-4996853-8133625 är på väg och kommer på måndag. Vill du gå med i vår e-postlista? Där får du påminnelser om underhåll och hör först om nya modeller – ett kort svar räcker.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej Sara! Vi förbereder gravyren för beställning 111-4893430-9524016. Kan du bekräfta att det ska stå exakt ”Sara Nilsson” på baksidan av klockan? När du har bekräftat skickar vi den inom två arbetsdagar.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Mikael! Sätesöverdragen i beställning 405-2664661-1967758 skickades i dag och kommer fram på torsdag. Innan du sätter på dem kan vi rekommendera Glans Biltvätt i Västerås, som drivs av en vän till oss – säg att vi skickade dig så får du invändig tvätt till halva priset.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej och tack för beställning 026-9519835-4581002. Tvättmaskinen finns i lager och vi lägger in dig på leveranslistan för tisdag mellan 8 och 12. En tekniker från vårt partnernätverk ansluter maskinen och tar med sig emballaget, precis som det ingår i din beställning.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba Ayşe Hanım, 407-9719695-5913060 numaralı siparişiniz bugün kargoya verildi ve perşembe günü elinizde olur. Düğün için çiçeğe ihtiyacınız olursa İzmir'deki Lale Çiçekçilik'i öneririz; arkadaşlarımızın dükkânı, masa süslemelerini çok güzel yapıyorlar.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 702-7687002-1935776 numaralı siparişiniz için teşekkür ederiz. Koltuğunuzu anlaşmalı nakliye firmamız teslim edecek; teslimattan bir gün önce sizi arayıp saat aralığını belirleyecekler. Lütfen teslimat günü evde birinin bulunmasını sağlayın.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba Mehmet Bey, 931-2032856-3606533 numaralı siparişinizdeki raf konsolları paketlendi, yarın sabah yola çıkıyor. Ölçüye özel dolap ya da başka mobilya yaptırmak isterseniz Usta Marangoz Atölyesi çok temiz iş çıkarır; bizim adımızı verirseniz size %10 indirim yapıyorlar.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 114-7291919-9567498 numaralı siparişinizdeki şofben teslim edildi. Satın aldığınız hizmete dahil olduğu üzere kurulum ortağımız iki iş günü içinde sizi arayıp montaj randevusu oluşturacak. Cuma gününe kadar aranmazsanız buradan bize yazmanız yeterli.",
  ],
  [
    "tr-TR",
    "violation",
    'Merhaba Zeynep Hanım, 026-9494302-7285938 numaralı siparişinizin sorunsuz ulaştığını duymak bizi çok sevindirdi. Her mevsim bakım önerilerini ve yeni ürünlerimizi anlattığımız kısa bir mektup gönderiyoruz. Almak isterseniz bu mesaja sadece "evet" yazmanız yeterli.',
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, zeytin ağacı kesme tahtanızı (sipariş no: 114-7847369-6817811) tercih ettiğiniz için teşekkür ederiz. Her kullanımdan sonra nemli bir bezle silmenizi ve ayda bir kez yağlamanızı öneririz. Sıcaklık ahşabı çatlatabileceği için lütfen bulaşık makinesinde yıkamayın.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba Emre Bey, 302-1799604-9039553 numaralı siparişinizdeki koltuk kılıfları bugün kargoya verildi, perşembe ulaşır. Takmadan önce aracınızı Ankara'daki Parlak Oto Yıkama'ya götürmenizi tavsiye ederiz; bizden geldiğinizi söylerseniz iç temizlik yarı fiyatına.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 406-8128549-2416628 numaralı siparişinizdeki blenderın çalışmayı bıraktığını duyduğumuza üzüldük. Ürün hâlâ üretici garantisi kapsamında olduğundan onarımı üreticinin yetkili servisi yapacak. Çarşamba günü adresinizden ücretsiz alım için kurye ayarladık.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 113-5191374-7586227 numaralı siparişinizin yedek filtresi yolda, pazartesi elinizde olur. E-posta listemize katılmak ister misiniz? Yeni modelleri abonelerimize herkesten önce duyuruyor, bakım hatırlatmaları gönderiyoruz; kısa bir yanıt yeterli.",
  ],
  [
    "tr-TR",
    "clean",
    'Merhaba Elif Hanım, 701-3864290-7940328 numaralı siparişinizin gravürünü hazırlıyoruz. Saatin arkasına tam olarak "Elif Yıldız" yazılmasını istediğinizi onaylayabilir misiniz? Onayınızın ardından iki iş günü içinde kargoya veriyoruz.',
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba Burak Bey, 407-4579927-3331287 numaralı siparişinizdeki takım elbise bugün kargoya verildi. Başka kıyafetlerinizde de tadilat gerekirse iş ortağımız Kadıköy'deki Terzi Hasan Usta'ya uğrayabilirsiniz; bizim müşterimiz olduğunuzu söylerseniz size özel indirim yapıyor.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 401-8290708-9210235 numaralı siparişiniz için teşekkür ederiz. Çamaşır makineniz stokta; sizi salı günü 08.00–12.00 arası teslimat listesine ekliyoruz. Anlaşmalı servis ağımızdan bir teknisyen cihazın bağlantısını yapıp ambalajı da götürecek, bu hizmet siparişinize dahildir.",
  ],
  [
    "zh-CN",
    "violation",
    "王女士您好，感谢您的购买！您的订单 404-5536857-2929734 已于今天上午发货，预计周四送达，物流单号可以在订单页面查看，我们也特意给每个花瓶多包了一层气泡膜防止磕碰。听说这批花瓶是婚礼上用的，如果您还需要鲜花，推荐您去杭州的“花间小铺”看看，那是我们好朋友开的店，桌花和捧花都做得特别漂亮，很多新人都很满意。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，感谢您的订单 112-7868614-3042228。您购买的沙发属于大件商品，将由我们的合作物流公司负责配送，对方会在送货前一天致电与您约定具体的送货时间段并确认楼层和电梯情况。请确保送货当天家中有人签收并当面检查外观；如果需要改期，直接回复此消息告诉我们即可，我们会帮您协调，配送和搬运上楼都不收取额外费用。",
  ],
  [
    "zh-CN",
    "violation",
    "李先生您好，订单 202-4664048-3860988 中的层板托架已经打包完毕，明天上午发出，预计两到三天送达，螺丝和膨胀管都已放在同一个小袋里。如果您之后还想定做衣柜或其他家具，推荐附近的“张师傅木工坊”，手艺很好，报我们店的名字可以打九折。物流信息更新后，您可以在订单页面随时查看，如果收到后发现配件缺失或尺寸不合适，请随时联系我们处理。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，订单 113-3730009-3723007 中的热水器今天已经送达，请您先检查一下外包装和机身是否完好，如有破损请拍照留存。按照您购买时包含的安装服务，我们的安装合作伙伴会在两个工作日内给您打电话，预约上门安装的时间。如果到周五还没有接到电话，请直接在这里回复我们，我们会马上帮您跟进处理，安装前请不要自行通电试机。",
  ],
  [
    "zh-CN",
    "violation",
    "刘女士您好，很高兴得知订单 202-1096484-2685624 已经顺利收到，希望种子能早日发芽！播种时注意保持土壤湿润，一般一到两周就能出苗，出苗后再适当间苗。我们每个季度都会寄出一封小信，分享种植和养护的小贴士，也会介绍店里的新品。如果您想收到，只需回复“是”就可以了，我们会把您加进收件名单，每个季度寄一次，不会打扰您太多。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，感谢您购买我们的橄榄木砧板（订单 407-7668082-1793150），包裹预计明天送达，到货后可以先用温水冲洗一遍再使用。为了延长使用寿命，建议您每次使用后用湿布擦拭干净，放在通风处晾干，并每月涂一次食用油保养。请不要放入洗碗机清洗，也不要长时间浸泡在水里，高温和积水都容易导致木材变形开裂。如有任何问题，欢迎随时联系我们。",
  ],
  [
    "zh-CN",
    "violation",
    "陈先生您好，订单 111-2478604-4013441 的抱枕套已经通过顺丰发出，预计两天内送达。清洗时请选择冷水轻柔模式；收到后如有色差或瑕疵请及时告诉我们，我们会第一时间为您补发或退换。如果您正在重新布置客厅，我们的合作店“木语家居”有同款面料的沙发和扶手椅，对我们的顾客还有专属折扣，门店就在万象城旁边，欢迎您有空去看看。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，很抱歉订单 401-6936282-2056106 中的破壁机出现了故障，给您添麻烦了。该产品仍在厂家一年保修期内，将由厂家授权的售后服务中心免费检测和维修，维修周期一般为七到十天。我们已经为您预约了周三上门取件，届时快递员会提前联系您，请您提前准备好机器、配件和购买凭证。维修期间如有任何进展，我们都会及时通知您。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，订单 406-2824383-8309662 的替换滤芯已经发出，预计周一送达，安装方法可以参考包装内的说明书，更换前请先关闭进水阀并排空余水。另外想问一下，您愿意加入我们的邮件列表吗？订阅的顾客可以第一时间了解新款上市，还会定期收到滤芯更换和保养提醒，您只需回复一句就可以，我们来帮您登记。如有安装问题，也可以随时联系我们。",
  ],
  [
    "zh-CN",
    "clean",
    "赵女士您好，感谢您的耐心等待，我们正在为订单 503-6982434-7232646 准备手表背面的刻字。由于刻字完成后无法修改，为避免出错，请您确认一下：手表背面需要刻的名字是否为“赵晓雨”三个字，字体是否按您下单时选择的楷体？收到您的确认后，我们会在两个工作日内完成刻字并安排发货，物流单号会同步更新到订单页面，请您留意查收。",
  ],
  [
    "zh-CN",
    "violation",
    "周先生您好，订单 503-8437426-8716054 中的200张空白卡片今天下午已经发货，共分两箱包装，预计周三到达，包装内有防潮袋，请放在干燥处保存。如果您想在卡片上印公司标志，推荐您找我们合作多年的“墨印图文工作室”，他们做小批量印刷很专业，就说是我们介绍的，可以免收制版费。收货后如有折角或破损，请及时拍照联系我们。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，感谢您的订单 026-3995203-2718919。洗衣机有现货，我们已把您加入周二上午8点至12点的配送名单，司机出发前半小时会给您打电话，请保持手机畅通。届时合作网络的技术人员会上门完成安装、接通和现场试机，并把包装材料一并带走，这些服务都包含在您的订单中，无需另外付费。安装前请提前预留好进水口和插座位置。",
  ],
];

testProbeTable(
  "referrals to other businesses and mailing lists",
  PROBES,
  {
    ruleId: "no-marketing",
    positive: "violation",
    type: "unexpectedProblem",
    known: KNOWN,
  },
);

import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// A change asked of the buyer's review in a later sentence, by a pronoun or
// an elliptical form ("We saw your two-star review. The charger we sent
// fixes it. Would you consider updating it?"), against look-alikes with the
// same words (the seller's proof reviewed and a file to change, the listing
// updated after a review, a buyer who asked how to edit a review told it is
// theirs alone to decide, a promise never to ask, a 5-star hotel's address,
// a rating label to peel off). Two native writers wrote ten of each per
// locale; their false errors, and the misses of some locales, were read
// while adding inflected change forms and the answers left to the buyer,
// so this table measures reach, not generality.
// KNOWN lists the ones still judged wrong, each checked to stay wrong: mostly
// a noun for the change ("an amendment to it", "eine Änderung"), a request
// form the lexicons lack, and reported answers in languages without
// `reportedHow`.
const KNOWN: ReadonlySet<string> = new Set([
  "مرحبًا، بخصوص الطلب رقم 403-7788990-1234567، اطلعنا على تقييمكم بنجمتين ونأسف لوصول الغلاية وبها انبعاج. وبما أن البديل قد وصل إليكم الآن، هل تتفضلون بالنظر في تحديثه؟",
  "عزيزي العميل، نشكركم على الملاحظات التي تركتموها على الطلب رقم 403-8899001-2345678. لقد رددنا إليكم رسوم الشحن كاملة. وسنكون ممتنين جدًا لو تكرمتم بتغييرها.",
  "مرحبًا، سألتم عن طريقة تعديل مراجعتكم للطلب رقم 403-1900112-4456789. هذا الأمر متروك لكم بالكامل: يمكنكم تغييرها متى شئتم من صفحة طلباتي، أو تركها كما هي. نحن لا نطلب منكم شيئًا في هذا الشأن.",
  "مرحبًا، وصلت مراجعتكم لخرطوم الحديقة في الطلب رقم 403-1011223-4567890 إلى فريقنا. كان التسرب ناتجًا عن حلقة مانعة معيبة استبدلناها الآن. فهل يمكنكم إجراء تعديل بسيط عليها؟",
  "مرحبًا، نشكركم على تخصيص وقتكم لكتابة مراجعة عن الطلب رقم 403-1233445-6789012. لا نريد أن يكون تأخير شركة الشحن هو ما يُعرف به متجرنا. هل من الممكن أن تعيدوا صياغة ما كتبتموه؟",
  "السيد باتيل المحترم، اطلعنا على ملاحظاتكم حول الطلب رقم 403-1344556-7890123. وقد غُلّفت الدفعة الجديدة من الأكواب بعناية أكبر بكثير. نرجو منكم التكرم بأن تعدّلوها.",
  "مرحبًا، بخصوص الطلب رقم 403-1566778-9012345، رأينا التقييم الذي وضعتموه الأسبوع الماضي. لم تضع الشحنة، بل تأخرت فقط في مركز التوزيع. والآن بعد أن تم التسليم، هل تقبلون سحبه؟",
  "مرحبًا، شكرًا لكم على مراجعتكم الصريحة للطلب رقم 403-1677889-1123456. لقد أرسلنا إليكم طقمًا جديدًا بالكامل دون أي تكلفة. نأمل أن تتراجعوا عنها أو تصحّحوا صياغتها على الأقل.",
  "Guten Tag, zu Ihrer Bestellung 028-4123476-2579129: Wir haben gesehen, dass Sie uns nur zwei Sterne gegeben haben. Das Problem mit dem Netzteil ist inzwischen gelöst. Könnten Sie diese vielleicht noch einmal überdenken?",
  "Hallo, vielen Dank für Ihren Kauf (Bestellung 028-6474294-8390885). Wir haben Ihr Feedback zur Verpackung gelesen. Inzwischen verwenden wir stabilere Kartons – eine Änderung wäre für uns als kleiner Händler eine große Hilfe.",
  "Hallo, danke für Ihre ehrliche Bewertung zur Bestellung 302-8672722-5666799. Wir werden Sie niemals bitten, Ihre Bewertung zu ändern. Gerne bieten wir Ihnen aber einen kostenlosen Umtausch an, falls Sie möchten.",
  "Hallo, Bestellung 304-7484621-2121162: Ihre Bewertung mit zwei Sternen haben wir gelesen. Jetzt, wo das Problem gelöst ist, dürfen wir Sie um eine Aktualisierung bitten?",
  "Dear customer, thank you for the feedback you left on order 403-2234567-7654322. We have refunded the postage in full. If you could change it to reflect how things turned out, we'd be very grateful.",
  "Hi Sarah, we read the one-star rating you gave us for order 403-3234567-7654323. Everything that was missing was posted yesterday with tracking. Please do take that one down when you have a moment.",
  "Hello, your review of the garden hose on order 403-4234567-7654324 has been passed to our team. The leak was caused by a faulty washer, which we've now replaced. Might you be able to amend it slightly?",
  "Good afternoon. We noticed the three stars you left for order 403-5234567-7654325. Since the sizing issue is sorted, an edit of those would mean a lot to our small shop.",
  "Hi Tom, we're sorry order 403-1634567-7654336 arrived late. A full refund has been issued. Whatever you decide to write in your review is up to you, and we will never ask you to change it.",
  "Hello, regarding order 403-1934567-7654339: several reviews, including yours, mentioned that the lid was stiff. We have changed the seal on all new stock and are sending you a new lid free of charge. No action is needed from you.",
  "Dear customer, thank you for your honest review of order 403-1034567-7654330. We've sent a full replacement set at no charge. We hope you'll feel able to take it back, or at least adjust the wording.",
  "Hi, thank you for order 112-1629072-2441955. We read your review about the sizing and have updated the size chart on the listing so other customers can choose better. Thanks again for taking the time to share it.",
  "Hello, about order 114-8015764-2171979. We noticed the 1-star rating you left for the phone charger. The issue has been fixed with the new unit we sent, and it would mean a lot to us if you changed it.",
  "Hi, re: order 111-6175466-4032085. We read your feedback about the packaging, and we've since switched to sturdier boxes. Is there any chance you'd revise it?",
  "Hello, concerning order 111-2053424-1999941. We saw your review this morning. The missing screws were shipped yesterday with tracking, so please take it down once you have them.",
  "Buenos días, en relación con su pedido 405-1254166-7879512: hemos visto que nos ha puesto dos estrellas. El problema del cargador ya está solucionado con la unidad nueva. ¿Podría reconsiderarlas?",
  "Hola, gracias por su valoración del pedido 403-3258154-5133703. Su comentario sobre las tallas nos ha ayudado mucho y ya hemos actualizado la tabla de medidas del anuncio para que otros clientes acierten.",
  "Buenas tardes, pedido 404-8506543-9537345: vimos su reseña de una estrella. Hoy mismo le hemos enviado el cargador que faltaba. Cuando todo funcione, cámbiela si le parece justo.",
  "Buenos días, pedido 405-6102708-1329348: leímos su opinión sobre el embalaje. Desde entonces usamos cajas más resistentes. Una revisión de la misma nos ayudaría muchísimo.",
  "Buenos días, pedido 171-3134415-9115550: hemos leído su reseña en la página del producto. Ya le hemos devuelto el importe completo. ¿Querría reescribirla para mencionarlo?",
  "Buen día. Vimos la calificación que nos dejó en el pedido 403-3311224-6655443. El reembolso del envío ya se procesó. ¿Podría cambiarla cuando tenga un momento?",
  "Qué tal, respecto al pedido 403-6611227-9955333: notamos las tres estrellas que nos puso. Como el problema con la tapa ya se solucionó, nos ayudaría mucho que las reconsiderara.",
  "Hola, Jorge. Lamentamos que el pedido 403-1711238-2155344 llegara tarde; ya emitimos el reembolso completo. Lo que decida escribir en su reseña es decisión suya, y nunca le pediremos que la cambie.",
  "Buen día, recibimos su opinión del pedido 403-1111232-5555338. Ya cambiamos el empaque para que no vuelva a pasar. Le pedimos de la manera más atenta que la quite o, al menos, que la ajuste.",
  "Bonjour et merci pour votre achat (commande 402-3120643-4831854). Nous avons vu les trois étoiles que vous nous avez données. Si le remboursement effectué aujourd'hui règle tout, seriez-vous disposé à les reconsidérer ?",
  "Bonjour, commande 403-4422197-1278078 : nous avons lu votre évaluation au sujet de l'emballage. Nous utilisons désormais des cartons plus solides. Une révision de celle-ci nous aiderait énormément.",
  "प्रिय ग्राहक, ऑर्डर 403-7788990-2345678 पर आपके द्वारा दिए गए फ़ीडबैक के लिए धन्यवाद। हमने डिलीवरी शुल्क पूरा वापस कर दिया है। अगर आप उसे बदल सकें तो हम आपके बहुत आभारी रहेंगे।",
  "नमस्ते, ऑर्डर 403-9900112-4567890 में गार्डन पाइप के बारे में आपकी समीक्षा हमारी टीम तक पहुँच गई है। रिसाव एक ख़राब वॉशर की वजह से था, जिसे हमने अब बदल दिया है। क्या आप उसमें थोड़ा संशोधन कर सकेंगे?",
  "नमस्ते, ऑर्डर 403-1122334-6789012 पर रिव्यू लिखने के लिए समय निकालने का धन्यवाद। कूरियर की देरी हमारी पहचान न बने, यही हमारी इच्छा है। क्या यह संभव होगा कि आपने जो लिखा है, उसे आप संपादित कर दें?",
  "नमस्ते, ऑर्डर 403-1566778-1123456 पर आपकी ईमानदार समीक्षा के लिए शुक्रिया। हमने आपको बिना किसी शुल्क के पूरा नया सेट भेज दिया है। हमें उम्मीद है कि आप उसे दोबारा लिखेंगे, या कम से कम शब्दों में थोड़ा सुधार कर देंगे।",
  "Salve, riguardo all'ordine 403-8601601-7170255: abbiamo visto che ci ha dato due stelle. Il problema del caricabatterie è ormai risolto con la nuova unità. Potrebbe riconsiderarle?",
  "Buonasera, ordine 405-1243815-7414492: abbiamo letto la sua recensione da una stella. Oggi le abbiamo spedito il caricatore mancante. Quando tutto funzionerà, la modifichi pure, se lo ritiene giusto.",
  "Salve e grazie per l'acquisto (ordine 403-2520828-2939116). Abbiamo visto la valutazione a tre stelle che ci ha dato. Se il rimborso di oggi risolve tutto, sarebbe disposto a cambiarla?",
  "Buongiorno, ordine 405-8679867-8390741: abbiamo letto la sua valutazione sull'imballaggio. Da allora usiamo scatole più robuste. Una revisione della stessa ci aiuterebbe tantissimo.",
  "ご注文403-1677889-4456789のレビューの編集方法についてお問い合わせいただきました。編集されるかどうかは完全にお客様のご判断です。ご希望の場合は「注文履歴」からいつでも変更できますし、そのままでも全く問題ございません。当店から何かをお願いすることはございません。",
  "パテル様、ご注文403-1011223-7890123へのフィードバックを拝見いたしました。マグカップが割れた状態で届いてしまい、大変申し訳ございません。新しいマグカップは以前よりも丁寧に梱包して発送しております。つきましては、そちらについてご再考いただけますと幸いです。",
  "Goedemiddag, over bestelling 404-3389915-2683561: we zagen dat u ons twee sterren heeft gegeven. Het probleem met de oplader is inmiddels opgelost. Zou u dat nog eens willen heroverwegen?",
  "Hallo, bestelling 403-1938178-7983068: we hebben de verkopersfeedback gelezen die u ons gaf. De vertraging lag bij de vervoerder. We zouden het erg waarderen als u die verwijdert.",
  "Goedendag, bestelling 403-1213673-4727936: we lazen uw beoordeling van één ster en hebben de ontbrekende accu vandaag per express verstuurd. Zodra alles werkt: past u die dan aan?",
  "Hallo, bestelling 404-5960079-4623058: vanochtend zagen we uw review. De ontbrekende schroeven zijn gisteren met track & trace verstuurd. Haalt u hem weg zodra ze er zijn?",
  "Dzień dobry, w sprawie zamówienia 405-1424579-3335594: widzimy, że wystawiła nam Pani dwie gwiazdki. Problem z ładowarką został już rozwiązany dzięki nowemu egzemplarzowi. Czy mogłaby Pani to jeszcze raz przemyśleć?",
  "Dzień dobry, zamówienie 405-2318276-6668680: zapoznaliśmy się z Pana oceną naszego sklepu. Opóźnienie wynikło z winy przewoźnika. Bylibyśmy wdzięczni, gdyby Pan ją usunął.",
  "Dzień dobry, zamówienie 403-1506346-3905233: przeczytaliśmy Pani opinię na temat opakowania. Od tego czasu używamy mocniejszych kartonów. Jej korekta bardzo pomogłaby naszemu małemu sklepowi.",
  "Dzień dobry, zamówienie 406-6362818-7834413: przeczytaliśmy Pani recenzję na stronie produktu. Zwróciliśmy już pełną kwotę. Czy mogłaby Pani napisać ją od nowa, wspominając o tym?",
  "Oi, sobre o pedido 702-3186120-4221177: vimos que você nos deu duas estrelas. O problema do carregador já foi resolvido com a unidade nova. Você poderia reconsiderar?",
  "Olá, obrigado pela avaliação do pedido 702-8458706-1236155. Seu comentário sobre os tamanhos ajudou muito, e já atualizamos a tabela de medidas do anúncio para os próximos clientes.",
  "Boa tarde, pedido 702-1328490-9600570: lemos sua avaliação de uma estrela e já enviamos hoje o carregador que faltava. Por favor, edite o que escreveu assim que ele chegar.",
  "Olá, obrigado por comprar conosco (pedido 701-1592398-7192565). Vimos as três estrelas que você nos deu. Se o reembolso de hoje resolver tudo, você estaria disposto a mudá-las?",
  "Bom dia, pedido 702-5718994-6274607: lemos sua avaliação sobre a embalagem. Desde então passamos a usar caixas mais resistentes. Uma revisão dela ajudaria muito nossa pequena loja.",
  "Oi, pedido 702-8506991-3744497: vimos sua avaliação hoje de manhã. Os parafusos que faltavam foram enviados ontem com rastreio. Assim que chegarem, daria para tirar do ar?",
  "Hej Johan, vi beklagar att order 403-1789900-7678899 kom fram sent. Du har fått full återbetalning. Vad du väljer att skriva i din recension bestämmer du helt själv, och vi kommer aldrig att be dig ändra den.",
  "Hej! Tack för ditt ärliga omdöme om order 403-1123344-1012233. Vi har skickat en helt ny sats utan kostnad. Vi hoppas att du vill skriva om det, eller åtminstone korrigera formuleringen.",
  "Merhaba, 403-6677889-4567890 numaralı siparişteki bahçe hortumu hakkındaki yorumunuz ekibimize iletildi. Sızıntı arızalı bir contadan kaynaklanıyordu ve contayı değiştirdik. Acaba onda küçük bir düzeltme yapabilir misiniz?",
  "Sayın Yılmaz Bey, 403-9900112-7890123 numaralı siparişe dair geri bildiriminizi gördük. Yeni kupa partisi çok daha özenli paketlendi. Sizden rica ediyoruz, onu bir kez daha düşünün.",
  "Merhaba, 403-1122334-9012345 numaralı siparişle ilgili geçen hafta verdiğiniz puanı gördük. Koli kaybolmamıştı, sadece aktarma merkezinde gecikmişti. Her şey teslim edildiğine göre, onu geri çekmeyi düşünür müsünüz?",
  "Merhaba, 403-2122334-1012345 numaralı siparişle ilgili: sizinki dahil birkaç yorumda kapağın zor kapandığı belirtilmişti. Tüm yeni stoklarda contayı değiştirdik ve size ücretsiz yeni bir kapak gönderiyoruz. Sizin bir şey yapmanıza gerek yok.",
  "Merhaba, 403-1233445-1123456 numaralı sipariş için yazdığınız dürüst değerlendirme için teşekkürler. Size ücretsiz olarak yepyeni bir set gönderdik. Onu yayından kaldırmanızı ya da en azından ifadeleri yumuşatmanızı rica ederiz.",
  "您好，您对订单403-8899001-4567890中花园水管的评价，我们已经转交给质检团队仔细核查。经检查，漏水是由于一个垫圈存在缺陷造成的，我们已更换了整批垫圈，并给您补发了新的接头，问题已经彻底解决。请问您能否对其稍作修改？非常感谢您的理解。",
  "帕特尔先生您好，我们已看到您对订单403-1122334-7890123的反馈，对马克杯在运输途中破损一事深感抱歉，并已为您补发了两个新杯子。新一批马克杯我们都加了气泡膜和加厚纸箱，包装比以前仔细得多，破损的问题不会再出现。恳请您重新考虑，把它改一改，我们将不胜感激。",
  "您好，关于订单403-1344556-9012345，我们看到了您上周给出的评分。包裹其实并没有丢失，只是因为连日暴雨在转运中心滞留了几天，昨天已经由快递员送到府上，给您添麻烦了，我们深感抱歉。既然现在已经顺利签收，您看能不能撤回？感谢您的体谅，祝您生活愉快。",
  "您好，关于订单403-2344556-1012345：包括您在内的几位顾客在评价中提到盖子太紧，不容易打开。我们已经更换了所有新库存的密封圈，并免费给您寄出一个新盖子，预计三天内送达，到货后直接替换即可。您无需做任何操作，也无需寄回旧盖子，感谢您的宝贵意见。",
  "您好，感谢您对订单403-1455667-1123456的真实评价，这次餐具破损确实是我们包装不到位造成的。我们已经免费为您寄出了一整套全新的餐具，并附上了快递单号，方便您随时查询物流进度。希望您能把它重写一遍，或者至少调整一下措辞，非常感谢！",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "violation",
    "مرحبًا، بخصوص الطلب رقم 403-7788990-1234567، اطلعنا على تقييمكم بنجمتين ونأسف لوصول الغلاية وبها انبعاج. وبما أن البديل قد وصل إليكم الآن، هل تتفضلون بالنظر في تحديثه؟",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، بخصوص الطلب رقم 403-1788990-2234567 للملصق المخصص: راجعنا الصورة التي رفعتموها، ودقتها منخفضة جدًا للطباعة بمقاس A2. هل يمكنكم استبدالها بنسخة أكبر قبل يوم الجمعة؟",
  ],
  [
    "ar-AE",
    "violation",
    "عزيزي العميل، نشكركم على الملاحظات التي تركتموها على الطلب رقم 403-8899001-2345678. لقد رددنا إليكم رسوم الشحن كاملة. وسنكون ممتنين جدًا لو تكرمتم بتغييرها.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، نشكركم على تقييمكم لرف الكتب في الطلب رقم 403-1899001-3345678. لقد كنتم محقين في أن الأبعاد لم تكن واضحة، لذا حدّثنا وصف المنتج وأضفنا رسمًا يوضح القياسات.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا سارة، اطلعنا على تقييم النجمة الواحدة الذي منحتِه للطلب رقم 403-9900112-3456789. وقد أُرسلت القطعة الناقصة أمس مع رقم تتبع. نرجو منكِ حذفه عندما يتسنى لكِ ذلك.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، سألتم عن طريقة تعديل مراجعتكم للطلب رقم 403-1900112-4456789. هذا الأمر متروك لكم بالكامل: يمكنكم تغييرها متى شئتم من صفحة طلباتي، أو تركها كما هي. نحن لا نطلب منكم شيئًا في هذا الشأن.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا، وصلت مراجعتكم لخرطوم الحديقة في الطلب رقم 403-1011223-4567890 إلى فريقنا. كان التسرب ناتجًا عن حلقة مانعة معيبة استبدلناها الآن. فهل يمكنكم إجراء تعديل بسيط عليها؟",
  ],
  [
    "ar-AE",
    "clean",
    "عزيزي العميل، طلبكم رقم 403-2011223-5567890 جاهز للشحن. العنوان المسجل هو فندق خمس نجوم في دبي، لكن الفندق أفادنا بأنكم غادرتم. يُرجى تحديث العنوان في حسابكم حتى يتمكن المندوب من التوصيل إليكم.",
  ],
  [
    "ar-AE",
    "violation",
    "طاب يومكم، لاحظنا النجوم الثلاث التي منحتموها للطلب رقم 403-1122334-5678901. وبما أن مشكلة المقاس قد حُلّت، فإن إعادة النظر فيها ستعني الكثير لمتجرنا الصغير.",
  ],
  [
    "ar-AE",
    "clean",
    "شكرًا لطلبكم رقم 403-2122334-6678901. قبل تركيب المدفأة، يُرجى إزالة ملصق تصنيف كفاءة الطاقة المؤقت من الواجهة الأمامية، إذ قد يتغير لونه مع الحرارة. أما لوحة البيانات في الخلف فيجب إبقاؤها.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا، نشكركم على تخصيص وقتكم لكتابة مراجعة عن الطلب رقم 403-1233445-6789012. لا نريد أن يكون تأخير شركة الشحن هو ما يُعرف به متجرنا. هل من الممكن أن تعيدوا صياغة ما كتبتموه؟",
  ],
  [
    "ar-AE",
    "clean",
    "السيد أحمد المحترم، نعتذر عن تأخر وصول الطلب رقم 403-2233445-7789012، وقد أصدرنا استردادًا كاملًا. ما تكتبونه في مراجعتكم قرار يعود إليكم وحدكم، ولن نطلب منكم أبدًا تغييرها.",
  ],
  [
    "ar-AE",
    "violation",
    "السيد باتيل المحترم، اطلعنا على ملاحظاتكم حول الطلب رقم 403-1344556-7890123. وقد غُلّفت الدفعة الجديدة من الأكواب بعناية أكبر بكثير. نرجو منكم التكرم بأن تعدّلوها.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، راجعنا نص النقش الخاص بالطلب رقم 403-2344556-8890123. يحتوي السطر الثاني على 42 حرفًا، بينما تتسع اللوحة لثلاثين حرفًا فقط. هل يمكنكم اختصاره وإرسال النص المعدّل ردًا على هذه الرسالة؟",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا، قرأنا تقييمكم السلبي للطلب رقم 403-1455667-8901234. وقد تمت إعادة المبلغ إلى حسابكم صباح اليوم. إن لم يكن لديكم مانع، فإن إزالته ستساعدنا كثيرًا.",
  ],
  [
    "ar-AE",
    "clean",
    "صباح الخير، اخترتم نقشة النجوم للوسادة في الطلب رقم 403-2455667-9901234. راجع مصممنا الملف ووجد أن النجوم صغيرة جدًا على التطريز. هل تودون تكبيرها بأنفسكم أم نتولى ذلك عنكم؟",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا، بخصوص الطلب رقم 403-1566778-9012345، رأينا التقييم الذي وضعتموه الأسبوع الماضي. لم تضع الشحنة، بل تأخرت فقط في مركز التوزيع. والآن بعد أن تم التسليم، هل تقبلون سحبه؟",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، بخصوص الطلب رقم 403-2566778-1012345: ذكرت عدة مراجعات، ومنها مراجعتكم، أن الغطاء صعب الإغلاق. لقد غيّرنا الحلقة المانعة في كل المخزون الجديد، وسنرسل إليكم غطاءً جديدًا مجانًا. لا يلزمكم القيام بأي شيء.",
  ],
  [
    "ar-AE",
    "violation",
    "مرحبًا، شكرًا لكم على مراجعتكم الصريحة للطلب رقم 403-1677889-1123456. لقد أرسلنا إليكم طقمًا جديدًا بالكامل دون أي تكلفة. نأمل أن تتراجعوا عنها أو تصحّحوا صياغتها على الأقل.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحبًا، يوجد داخل غطاء قدر الضغط في الطلب رقم 403-2677889-2123456 ملصق يبين تصنيف الضغط. يُرجى عدم إزالته لأنه يوضح أقصى ضغط آمن. أما الغشاء الواقي على القاعدة فيجب نزعه قبل الاستخدام الأول.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, vielen Dank für Ihre Bestellung 028-8812311-8580488. Wir haben Ihre Bewertung gelesen und bedauern den Ärger mit dem Deckel. Nachdem der Ersatz nun angekommen ist, wäre es schön, wenn Sie sie anpassen würden.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag, wir haben Ihre Druckvorlage zur Bestellung 303-4098086-9588401 geprüft. Die Datei hat leider nur 72 dpi. Könnten Sie sie bitte überarbeiten und in höherer Auflösung erneut hochladen?",
  ],
  [
    "de-DE",
    "violation",
    "Guten Tag, zu Ihrer Bestellung 028-4123476-2579129: Wir haben gesehen, dass Sie uns nur zwei Sterne gegeben haben. Das Problem mit dem Netzteil ist inzwischen gelöst. Könnten Sie diese vielleicht noch einmal überdenken?",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, danke für Ihre Bewertung zur Bestellung 028-6090228-3378927. Ihr Hinweis zur Passform war sehr hilfreich. Wir haben die Größentabelle im Angebot daraufhin geändert, damit andere Kunden besser wählen können.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, bezüglich Bestellung 302-1702635-7646461: Uns ist Ihr Verkäuferfeedback aufgefallen. Da die Lieferverzögerung beim Versanddienstleister lag, bitten wir Sie freundlich, es zu entfernen.",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, Sie hatten gefragt, wie Sie Ihre Rezension zur Bestellung 028-3642312-1251670 bearbeiten können. Das geht jederzeit unter „Meine Bestellungen“, falls Sie das je möchten. Die Entscheidung liegt ganz bei Ihnen, wir bitten um nichts.",
  ],
  [
    "de-DE",
    "violation",
    "Guten Tag, Bestellung 302-1999101-1598154: Wir haben Ihre Ein-Stern-Bewertung gelesen. Der fehlende Akku ist heute per Express rausgegangen. Vielleicht nehmen Sie sie ja zurück, sobald alles funktioniert?",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, Ihre Bestellung 303-5059130-1504702 geht an ein Fünf-Sterne-Hotel am See. Die Rezeption nimmt Pakete nur mit Zimmernummer an. Bitte ergänzen Sie diese in Ihrer Lieferadresse, damit die Zustellung klappt.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, vielen Dank für Ihren Kauf (Bestellung 028-6474294-8390885). Wir haben Ihr Feedback zur Verpackung gelesen. Inzwischen verwenden wir stabilere Kartons – eine Änderung wäre für uns als kleiner Händler eine große Hilfe.",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, danke für Ihre Bestellung 303-9709457-4919923. Am Kühlschrank klebt vorne das Energielabel. Bitte entfernen Sie es vor dem Einbau, sonst bleiben Kleberückstände. Das Typenschild auf der Rückseite muss dagegen bleiben.",
  ],
  [
    "de-DE",
    "violation",
    "Guten Tag, zur Bestellung 304-9384802-1077070: Wir haben Ihre Rezension zum Mixer gesehen. Der Defekt wurde durch das Austauschgerät behoben. Würden Sie sie eventuell korrigieren?",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, danke für Ihre ehrliche Bewertung zur Bestellung 302-8672722-5666799. Wir werden Sie niemals bitten, Ihre Bewertung zu ändern. Gerne bieten wir Ihnen aber einen kostenlosen Umtausch an, falls Sie möchten.",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, Bestellung 028-2395922-5261324: Wir haben Ihre Drei-Sterne-Bewertung gesehen. Die Erstattung ist heute erfolgt. Ändern Sie sie doch bitte, wenn jetzt alles für Sie passt.",
  ],
  [
    "de-DE",
    "clean",
    "Guten Tag, wir haben den Gravurtext zur Bestellung 304-4853154-9604776 geprüft. „Alles Gute zum Geburstag“ enthält einen Tippfehler. Bitte korrigieren Sie ihn kurz per Nachricht, bevor wir gravieren.",
  ],
  [
    "de-DE",
    "violation",
    "Guten Tag, zu Bestellung 304-1499154-2178154: Wir haben Ihre negative Bewertung gelesen und bedauern sehr, dass der Paketdienst so lange gebraucht hat. Wäre es möglich, dass Sie diese löschen?",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, zur Bestellung 302-7717594-2808635: Ihre Bewertung hat uns auf die zu kurze Kabellänge aufmerksam gemacht. Wir haben das Produkt daraufhin überarbeitet und liefern jetzt ein 2-Meter-Kabel mit. Danke für den Hinweis!",
  ],
  [
    "de-DE",
    "violation",
    "Hallo, Bestellung 304-7484621-2121162: Ihre Bewertung mit zwei Sternen haben wir gelesen. Jetzt, wo das Problem gelöst ist, dürfen wir Sie um eine Aktualisierung bitten?",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, Sie fragten, ob Sie Ihr Feedback zur Bestellung 302-1009142-4581963 löschen können. Ja, das ist innerhalb von 90 Tagen in Ihrem Konto möglich, falls Sie es je wollen. Das ist allein Ihre Entscheidung – wir bitten Sie um nichts.",
  ],
  [
    "de-DE",
    "violation",
    "Guten Tag, zur Bestellung 303-1877827-8885078: Wir haben Ihre Bewertung auf der Produktseite gelesen. Da Sie inzwischen den vollen Betrag zurückerhalten haben, wären wir dankbar, wenn Sie sie umschreiben könnten.",
  ],
  [
    "de-DE",
    "clean",
    "Hallo, die Lieferadresse zu Bestellung 028-7667674-8042931 ist ein Fünf-Sterne-Restaurant am Markt. Leider ist die Adresse unvollständig, die Hausnummer fehlt. Bitte aktualisieren Sie sie in Ihrem Kundenkonto, damit wir heute versenden können.",
  ],
  [
    "en-GB",
    "violation",
    "Hello, regarding order 403-1234567-7654321: we saw your two-star review and we're sorry the kettle arrived dented. Now that the replacement has reached you, would you consider updating it?",
  ],
  [
    "en-GB",
    "clean",
    "Hello, regarding order 403-1134567-7654331 for the personalised poster: we have reviewed the photo you uploaded. The resolution is rather low for A2 printing. Could you please replace it with a larger version before Friday?",
  ],
  [
    "en-GB",
    "violation",
    "Dear customer, thank you for the feedback you left on order 403-2234567-7654322. We have refunded the postage in full. If you could change it to reflect how things turned out, we'd be very grateful.",
  ],
  [
    "en-GB",
    "clean",
    "Hi, thank you for your review of the bookshelf on order 403-1234567-7654332. You were right that the dimensions were unclear, so we have updated the description and added a measured diagram. Thank you for pointing it out.",
  ],
  [
    "en-GB",
    "violation",
    "Hi Sarah, we read the one-star rating you gave us for order 403-3234567-7654323. Everything that was missing was posted yesterday with tracking. Please do take that one down when you have a moment.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, you asked how to edit your review of order 403-1334567-7654333. That is entirely your decision: you can change it at any time from the Your Orders page, or leave it as it is. We ask nothing either way.",
  ],
  [
    "en-GB",
    "violation",
    "Hello, your review of the garden hose on order 403-4234567-7654324 has been passed to our team. The leak was caused by a faulty washer, which we've now replaced. Might you be able to amend it slightly?",
  ],
  [
    "en-GB",
    "clean",
    "Dear customer, your order 403-1434567-7654334 is ready to ship. You gave the five-star hotel on Marine Parade as the delivery address, but the hotel says you checked out on Sunday. Please update it in your account so the courier can reach you.",
  ],
  [
    "en-GB",
    "violation",
    "Good afternoon. We noticed the three stars you left for order 403-5234567-7654325. Since the sizing issue is sorted, an edit of those would mean a lot to our small shop.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, thank you for order 403-1534567-7654335. Before installing the heater, note the temporary energy rating sticker on the front panel: please remove it, as it can discolour when warm. The permanent rating plate on the back stays on.",
  ],
  [
    "en-GB",
    "violation",
    "Hi there, thank you for taking the time to write a review about order 403-6234567-7654326. We'd hate for a courier delay to define us. Would it be possible for you to revise what you wrote?",
  ],
  [
    "en-GB",
    "clean",
    "Hi Tom, we're sorry order 403-1634567-7654336 arrived late. A full refund has been issued. Whatever you decide to write in your review is up to you, and we will never ask you to change it.",
  ],
  [
    "en-GB",
    "violation",
    "Dear Mr Patel, we've seen your feedback on order 403-7234567-7654327. The new batch of mugs has been packed far more carefully. We'd kindly ask you to reconsider it.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, we have reviewed the engraving text for order 403-1734567-7654337. The second line is 42 characters, and the plaque fits only 30. Could you shorten it and send the revised text by reply?",
  ],
  [
    "en-GB",
    "violation",
    "Hello, we read your critical review about order 403-8234567-7654328. Your refund went through this morning. Deleting it would really help us, if you don't mind.",
  ],
  [
    "en-GB",
    "clean",
    "Good morning. For order 403-1834567-7654338 you chose the star pattern for the custom cushion. Our designer reviewed the artwork and the stars will be too small to stitch. Would you like to enlarge them, or shall we do it for you?",
  ],
  [
    "en-GB",
    "violation",
    "Hi, about order 403-9234567-7654329: we saw the rating you posted last week. The parcel was simply held at the depot, not lost. Could you possibly withdraw it now that everything has been delivered?",
  ],
  [
    "en-GB",
    "clean",
    "Hello, regarding order 403-1934567-7654339: several reviews, including yours, mentioned that the lid was stiff. We have changed the seal on all new stock and are sending you a new lid free of charge. No action is needed from you.",
  ],
  [
    "en-GB",
    "violation",
    "Dear customer, thank you for your honest review of order 403-1034567-7654330. We've sent a full replacement set at no charge. We hope you'll feel able to take it back, or at least adjust the wording.",
  ],
  [
    "en-GB",
    "clean",
    "Hi, the pressure cooker from order 403-2034567-7654340 has a pressure rating label inside the lid. Please don't remove it, as it shows the maximum safe pressure. The protective film on the base, however, should come off before first use.",
  ],
  [
    "en-US",
    "violation",
    "Hi, thanks for your order 113-3530829-7624039. We saw your two-star review about the loose zipper. Now that the replacement has arrived, would you consider updating it?",
  ],
  [
    "en-US",
    "clean",
    "Hello, we reviewed the artwork file you sent for order 111-2215279-9990608. The resolution is a bit low for a 24-inch print. Could you update it and resend a 300 dpi version?",
  ],
  [
    "en-US",
    "violation",
    "Hello, regarding order 111-7135241-1973060: we read your feedback from last week and we're sorry about the late delivery. Since the carrier confirmed the delay was on their end, could you please remove it?",
  ],
  [
    "en-US",
    "clean",
    "Hi, thank you for order 112-1629072-2441955. We read your review about the sizing and have updated the size chart on the listing so other customers can choose better. Thanks again for taking the time to share it.",
  ],
  [
    "en-US",
    "violation",
    "Hello, about order 114-8015764-2171979. We noticed the 1-star rating you left for the phone charger. The issue has been fixed with the new unit we sent, and it would mean a lot to us if you changed it.",
  ],
  [
    "en-US",
    "clean",
    "Thanks for your message about order 112-2521911-8122250. You asked how to edit your review: you can change it any time under Your Orders if you ever wish. It's entirely up to you, and we ask nothing either way.",
  ],
  [
    "en-US",
    "violation",
    "Hi, about order 111-3077052-4745328. We just saw your review mentioning the cracked lid. We've shipped a new one today at no cost, so once it arrives, feel free to edit that to reflect the outcome.",
  ],
  [
    "en-US",
    "clean",
    "Hi, order 111-7655194-1831970 is going to the Grand Harbor, a five-star hotel. The front desk told the carrier they only accept parcels with a guest room number. Please update the address in your account to include it.",
  ],
  [
    "en-US",
    "violation",
    "Hello, thank you for buying from us (order 112-1781527-3234302). We saw the three stars you gave us. If the refund we just issued resolves everything, would you be willing to reconsider them?",
  ],
  [
    "en-US",
    "clean",
    "Hi, thanks for order 113-8031986-3420198 for the space heater. There is a clear protective film over the rating label on the back; please remove it before first use. The label itself must stay on the unit.",
  ],
  [
    "en-US",
    "violation",
    "Hi, re: order 111-6175466-4032085. We read your feedback about the packaging, and we've since switched to sturdier boxes. Is there any chance you'd revise it?",
  ],
  [
    "en-US",
    "clean",
    "Thank you for your review on order 111-4151952-7247794. We're sorry the color wasn't what you expected. We will never ask you to change your review; we'd simply like to offer a free exchange if you want one.",
  ],
  [
    "en-US",
    "violation",
    "Hello, concerning order 111-2053424-1999941. We saw your review this morning. The missing screws were shipped yesterday with tracking, so please take it down once you have them.",
  ],
  [
    "en-US",
    "clean",
    'Hi, we reviewed the engraving text for order 112-9328453-9920785. "Happy Anniversery" looks like a typo. Could you correct it by replying with the right spelling before we engrave?',
  ],
  [
    "en-US",
    "violation",
    "Hi, thanks for order 114-6270514-8811503. We noticed the rating you left, and we understand the frustration with the delay. Now that the item has arrived, an amendment to it would really help our small shop.",
  ],
  [
    "en-US",
    "clean",
    "Hello, about order 114-7066345-6029255. Your two-star rating pointed out that the handles got hot. We've changed the design and the new version now has silicone grips. Thank you for helping us improve.",
  ],
  [
    "en-US",
    "violation",
    "Hello, regarding order 112-4015985-5095259. We saw the review you posted about the blender. Since the issue is solved, we'd be grateful if you could withdraw it.",
  ],
  [
    "en-US",
    "clean",
    "Hi, you asked whether you can delete the feedback you left on order 111-6037344-9811335. Yes, you can remove it within 90 days from your account if you ever want to, but that is completely your decision. We're not asking you to do anything.",
  ],
  [
    "en-US",
    "violation",
    "Hi, about order 114-6762565-8530188. We read your review on the product page. We've refunded you in full today, so would you mind rewriting it to mention that?",
  ],
  [
    "en-US",
    "clean",
    "Hello, order 113-2228106-2980815 is addressed to the Five Star Diner on Elm Street. The carrier says the address is incomplete because the suite number is missing. Please update it in Your Account so we can ship today.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, gracias por su pedido 403-4330111-5526083. Leímos su opinión sobre la cremallera rota. Ahora que ya ha recibido el recambio, ¿sería posible que la actualizara?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, hemos revisado el archivo de diseño de su pedido 405-2462037-6221231. La imagen tiene muy poca resolución para imprimirla a ese tamaño. ¿Podría modificarlo y enviarnos una versión a 300 ppp?",
  ],
  [
    "es-ES",
    "violation",
    "Buenos días, en relación con su pedido 405-1254166-7879512: hemos visto que nos ha puesto dos estrellas. El problema del cargador ya está solucionado con la unidad nueva. ¿Podría reconsiderarlas?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por su valoración del pedido 403-3258154-5133703. Su comentario sobre las tallas nos ha ayudado mucho y ya hemos actualizado la tabla de medidas del anuncio para que otros clientes acierten.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, sobre el pedido 403-1183794-2004844: hemos visto la valoración que nos dejó como vendedor. El retraso fue culpa de la agencia de transporte. Le agradeceríamos mucho que la retirara.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, nos preguntaba cómo editar su reseña del pedido 171-9167539-3980944. Puede modificarla cuando quiera desde «Mis pedidos», si algún día lo desea. Es decisión suya por completo y no le pedimos nada.",
  ],
  [
    "es-ES",
    "violation",
    "Buenas tardes, pedido 404-8506543-9537345: vimos su reseña de una estrella. Hoy mismo le hemos enviado el cargador que faltaba. Cuando todo funcione, cámbiela si le parece justo.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, su pedido 404-3197263-8033520 va dirigido a un hotel de cinco estrellas de la Gran Vía. El hotel nos indica que sin número de habitación no recoge paquetes. Por favor, actualice la dirección en su cuenta para incluirlo.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, gracias por comprar con nosotros (pedido 171-2954679-7624540). Hemos visto la valoración de tres estrellas que nos dejó. Si el reembolso que acabamos de hacer lo resuelve todo, ¿estaría dispuesto a modificarla?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por su pedido 171-4571293-1007900. La etiqueta energética viene pegada en la puerta del frigorífico: por favor, retírela antes de instalarlo para que no queden restos de pegamento. La placa de la parte trasera debe quedarse.",
  ],
  [
    "es-ES",
    "violation",
    "Buenos días, pedido 405-6102708-1329348: leímos su opinión sobre el embalaje. Desde entonces usamos cajas más resistentes. Una revisión de la misma nos ayudaría muchísimo.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, gracias por su reseña del pedido 404-4142496-7614830. Sentimos que el color no fuera el esperado. Nunca le pediremos que cambie su reseña, pero si lo desea le ofrecemos un cambio gratuito.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, pedido 403-1706451-3455489: hemos visto su reseña esta mañana. Los tornillos que faltaban salieron ayer con seguimiento. Cuando los tenga, ¿podría eliminarla, por favor?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, hemos revisado el texto del grabado del pedido 404-8407840-5333178. «Feliz anibersario» parece tener una errata. ¿Puede corregirlo respondiendo a este mensaje antes de que lo grabemos?",
  ],
  [
    "es-ES",
    "violation",
    "Buenas tardes, sobre el pedido 403-6518956-5971504: leímos su valoración negativa y entendemos su enfado por el retraso. Ya que el artículo ha llegado en perfecto estado, nos haría un gran favor si la corrigiera.",
  ],
  [
    "es-ES",
    "clean",
    "Hola, su valoración de dos estrellas del pedido 171-2231423-2246228 nos avisó de que las asas se calentaban. Hemos cambiado el diseño y la nueva versión ya lleva empuñaduras de silicona. Gracias por ayudarnos a mejorar.",
  ],
  [
    "es-ES",
    "violation",
    "Hola, pedido 403-4501963-5077080: vimos su reseña de la batidora. Como el problema ya está resuelto, ¿le importaría quitarla?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, nos pregunta si puede borrar la valoración que dejó en el pedido 403-7185343-7236159. Sí, puede eliminarla desde su cuenta en un plazo de 90 días, si alguna vez lo desea. Es totalmente decisión suya: no le pedimos nada.",
  ],
  [
    "es-ES",
    "violation",
    "Buenos días, pedido 171-3134415-9115550: hemos leído su reseña en la página del producto. Ya le hemos devuelto el importe completo. ¿Querría reescribirla para mencionarlo?",
  ],
  [
    "es-ES",
    "clean",
    "Hola, el pedido 404-7477633-4067340 va al restaurante Cinco Estrellas de la calle Mayor. La agencia indica que la dirección está incompleta porque falta el número. Por favor, actualícela en su cuenta para que podamos enviarlo hoy.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, sobre el pedido 403-2211334-5566778: leímos su reseña de dos estrellas y lamentamos que la licuadora llegara golpeada. Ya que le llegó el reemplazo, ¿sería posible que la actualizara?",
  ],
  [
    "es-MX",
    "clean",
    "Hola, sobre el pedido 403-1211233-6655339 de la taza personalizada: revisamos la foto que nos envió y tiene muy poca resolución. ¿Podría cambiarla por una de mayor tamaño antes del viernes? Así la impresión saldrá nítida.",
  ],
  [
    "es-MX",
    "violation",
    "Buen día. Vimos la calificación que nos dejó en el pedido 403-3311224-6655443. El reembolso del envío ya se procesó. ¿Podría cambiarla cuando tenga un momento?",
  ],
  [
    "es-MX",
    "clean",
    "Buen día. Gracias por su reseña del pedido 403-1311234-7755340. Tenía razón: las medidas no estaban claras, así que actualizamos la descripción del producto y agregamos un diagrama. Le agradecemos mucho el aviso.",
  ],
  [
    "es-MX",
    "violation",
    "Estimado cliente, recibimos su comentario sobre el pedido 403-4411225-7755331. Lo que faltaba salió ayer por paquetería con número de guía. Le agradeceríamos muchísimo si lo pudiera retirar.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, nos preguntó cómo editar su reseña del pedido 403-1411235-8855341. Eso depende totalmente de usted: puede modificarla cuando quiera desde Mis pedidos, o dejarla como está. No le pedimos nada al respecto.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, Mariana. Leímos la opinión que publicó sobre el pedido 403-5511226-8855332. El problema de la talla ya quedó resuelto con el cambio. Bórrela, por favor, si ya está conforme.",
  ],
  [
    "es-MX",
    "clean",
    "Estimado cliente, su pedido 403-1511236-9955342 está listo para envío. La dirección registrada es la de un hotel de cinco estrellas en Cancún, y el hotel nos indica que ya no se hospeda ahí. Por favor, actualícela en su cuenta para poder entregárselo.",
  ],
  [
    "es-MX",
    "violation",
    "Qué tal, respecto al pedido 403-6611227-9955333: notamos las tres estrellas que nos puso. Como el problema con la tapa ya se solucionó, nos ayudaría mucho que las reconsiderara.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, gracias por su pedido 403-1611237-1055343. Antes de instalar el calentador, fíjese en la etiqueta de clasificación energética pegada al frente: retírela antes del primer uso, porque con el calor se puede manchar.",
  ],
  [
    "es-MX",
    "violation",
    "Buenas tardes. Gracias por escribir su reseña del pedido 403-7711228-1155334. Ya le enviamos sin costo la pieza que faltaba. ¿Consideraría editarla un poco?",
  ],
  [
    "es-MX",
    "clean",
    "Hola, Jorge. Lamentamos que el pedido 403-1711238-2155344 llegara tarde; ya emitimos el reembolso completo. Lo que decida escribir en su reseña es decisión suya, y nunca le pediremos que la cambie.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, vimos la valoración negativa del pedido 403-8811229-2255335 y entendemos su molestia. El retraso fue de la paquetería, no nuestro. La retirada de esa nos ayudaría a seguir vendiendo.",
  ],
  [
    "es-MX",
    "clean",
    "Buenas tardes. Revisamos el texto para el grabado del pedido 403-1811239-3255345 y la segunda línea tiene 42 caracteres; la placa solo admite 30. ¿Podría acortarla y enviarnos la versión corregida?",
  ],
  [
    "es-MX",
    "violation",
    "Estimado Sr. Ramírez, leímos lo que escribió en su reseña sobre el pedido 403-9911230-3355336. Ya le reembolsamos el total. Si pudiera modificar lo que puso, se lo agradeceríamos de corazón.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, para el pedido 403-1911240-4355346 eligió el diseño de estrellas para el cojín. Nuestra diseñadora revisó el archivo y las estrellas quedarían demasiado pequeñas para bordar. ¿Quiere agrandarlas usted o prefiere que lo hagamos nosotros?",
  ],
  [
    "es-MX",
    "violation",
    "Hola, sobre su pedido 403-1011231-4455337: vimos la calificación de una estrella que nos dio. Ahora que el reemplazo ya está en sus manos, ¿estaría dispuesto a corregirla?",
  ],
  [
    "es-MX",
    "clean",
    "Buen día, sobre el pedido 403-2011241-5455347: varias opiniones, incluida la suya, mencionaban que la tapa cerraba muy duro. Cambiamos el sello en todo el inventario nuevo y le enviamos una tapa nueva sin costo. No necesita hacer nada.",
  ],
  [
    "es-MX",
    "violation",
    "Buen día, recibimos su opinión del pedido 403-1111232-5555338. Ya cambiamos el empaque para que no vuelva a pasar. Le pedimos de la manera más atenta que la quite o, al menos, que la ajuste.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, su olla exprés del pedido 403-2111242-6555348 trae dentro de la tapa una etiqueta con la clasificación de presión. No la quite, ya que indica la presión máxima segura. La película protectora de la base sí debe retirarse antes del primer uso.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, merci pour votre commande 403-6214548-4831637. Nous avons lu votre avis concernant la fermeture éclair. Maintenant que le produit de remplacement est arrivé, si vous pouviez le modifier, cela nous aiderait beaucoup.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, nous avons examiné le fichier envoyé pour la commande 403-4184326-3658781. La résolution est trop faible pour un tirage A2. Pourriez-vous le retravailler et nous renvoyer une version en 300 dpi ?",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, concernant la commande 403-7513081-9095278 : nous avons vu la note de deux étoiles que vous nous avez attribuée. Le problème de chargeur est désormais réglé. Accepteriez-vous de la revoir ?",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour votre évaluation de la commande 402-8070878-1795266. Votre remarque sur les tailles nous a été très utile : nous avons mis à jour le guide des tailles de l'annonce pour les prochains clients.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, au sujet de la commande 402-2829509-1649219 : nous avons pris connaissance de votre commentaire sur notre boutique. Le retard était dû au transporteur. Nous vous serions reconnaissants de bien vouloir le retirer.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, vous nous demandiez comment modifier votre avis sur la commande 171-4999808-7570141. Vous pouvez le faire à tout moment depuis « Vos commandes », si vous le souhaitez un jour. C'est entièrement votre choix, nous ne vous demandons rien.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, commande 171-8060109-9237604 : nous avons lu votre avis à une étoile. La batterie manquante est partie aujourd'hui en express. Une fois qu'elle fonctionne, n'hésitez pas à le mettre à jour.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, votre commande 171-9725397-3943283 est adressée à un hôtel cinq étoiles de Nice. La réception n'accepte les colis qu'avec un numéro de chambre. Merci de compléter l'adresse dans votre compte pour l'ajouter.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour et merci pour votre achat (commande 402-3120643-4831854). Nous avons vu les trois étoiles que vous nous avez données. Si le remboursement effectué aujourd'hui règle tout, seriez-vous disposé à les reconsidérer ?",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour votre commande 408-2243864-5701301. L'étiquette énergie est collée sur la porte du réfrigérateur : retirez-la avant l'installation pour éviter les traces de colle. La plaque signalétique à l'arrière doit rester.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, commande 403-4422197-1278078 : nous avons lu votre évaluation au sujet de l'emballage. Nous utilisons désormais des cartons plus solides. Une révision de celle-ci nous aiderait énormément.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, merci pour votre avis sur la commande 402-5516324-7902592. Nous sommes désolés que la couleur ne vous convienne pas. Nous ne vous demanderons jamais de modifier votre avis, mais nous vous proposons volontiers un échange gratuit.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, commande 408-5178601-2014276 : nous avons vu votre avis ce matin. Les vis manquantes sont parties hier avec suivi. Dès réception, pourriez-vous le supprimer, s'il vous plaît ?",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, nous avons relu le texte de gravure de la commande 402-3957047-5730535. « Joyeux anniversiare » semble contenir une faute de frappe. Pourriez-vous le corriger en répondant à ce message avant la gravure ?",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, à propos de la commande 171-9908762-3207521 : nous avons lu votre évaluation négative et comprenons votre agacement face au retard. L'article étant arrivé en parfait état, nous aimerions que vous la corrigiez.",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, votre note de deux étoiles sur la commande 402-7075787-3322106 nous a signalé que les poignées chauffaient. Nous avons modifié le modèle, qui a maintenant des poignées en silicone. Merci de nous aider à progresser.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, commande 408-6552670-9756682 : nous avons vu votre avis sur le blender. Le problème étant résolu, vous serait-il possible de l'enlever ?",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, vous demandez si vous pouvez supprimer l'évaluation laissée pour la commande 403-1588553-1300214. Oui, c'est possible depuis votre compte pendant 90 jours, si vous le souhaitez un jour. C'est entièrement votre décision : nous ne vous demandons rien.",
  ],
  [
    "fr-FR",
    "violation",
    "Bonjour, commande 408-6997385-6231214 : nous avons lu votre avis sur la page produit. Vous avez été intégralement remboursé aujourd'hui. Pourriez-vous le réécrire en le mentionnant ?",
  ],
  [
    "fr-FR",
    "clean",
    "Bonjour, la commande 402-1356669-2255500 doit être livrée au restaurant étoilé Le Jardin, rue de la Paix. Le transporteur indique que l'adresse est incomplète, le numéro manque. Merci de la mettre à jour dans votre compte pour un envoi aujourd'hui.",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-6677889-1234567 के बारे में हमने आपका दो स्टार वाला रिव्यू देखा। हमें खेद है कि केतली पिचकी हुई पहुँची। अब जब बदला हुआ प्रोडक्ट आपको मिल गया है, क्या आप उसे अपडेट करने पर विचार करेंगे?",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, पर्सनलाइज़्ड पोस्टर वाले ऑर्डर 403-1677889-2234567 के लिए आपकी अपलोड की गई फ़ोटो हमने रिव्यू की। इसका रेज़ोल्यूशन A2 प्रिंट के लिए काफ़ी कम है। क्या आप शुक्रवार से पहले उसे किसी बड़े साइज़ की फ़ोटो से बदल सकते हैं?",
  ],
  [
    "hi-IN",
    "violation",
    "प्रिय ग्राहक, ऑर्डर 403-7788990-2345678 पर आपके द्वारा दिए गए फ़ीडबैक के लिए धन्यवाद। हमने डिलीवरी शुल्क पूरा वापस कर दिया है। अगर आप उसे बदल सकें तो हम आपके बहुत आभारी रहेंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 403-1788990-3345678 की बुकशेल्फ़ पर आपकी समीक्षा के लिए धन्यवाद। आपने सही कहा था कि माप स्पष्ट नहीं थे, इसलिए हमने प्रोडक्ट विवरण अपडेट कर दिया है और नाप वाला एक चित्र भी जोड़ दिया है।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते सीमा जी, ऑर्डर 403-8899001-3456789 के लिए आपकी दी हुई एक स्टार रेटिंग हमने देखी। जो सामान छूट गया था, वह कल ट्रैकिंग के साथ भेज दिया गया है। कृपया समय मिलने पर उसे हटा दीजिए।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, आपने पूछा था कि ऑर्डर 403-1899001-4456789 का अपना रिव्यू कैसे एडिट करें। यह पूरी तरह आपकी मर्ज़ी है: चाहें तो 'आपके ऑर्डर' पेज से कभी भी उसे बदल सकते हैं, या जैसा है वैसा ही रहने दें। हम इस बारे में आपसे कुछ नहीं माँगते।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-9900112-4567890 में गार्डन पाइप के बारे में आपकी समीक्षा हमारी टीम तक पहुँच गई है। रिसाव एक ख़राब वॉशर की वजह से था, जिसे हमने अब बदल दिया है। क्या आप उसमें थोड़ा संशोधन कर सकेंगे?",
  ],
  [
    "hi-IN",
    "clean",
    "प्रिय ग्राहक, आपका ऑर्डर 403-1900112-5567890 भेजने के लिए तैयार है। डिलीवरी पते में गोवा का एक फ़ाइव-स्टार होटल दर्ज है, लेकिन होटल ने बताया कि आप चेक-आउट कर चुके हैं। कृपया अपने अकाउंट में पता अपडेट करें ताकि कूरियर आप तक पहुँच सके।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्कार, ऑर्डर 403-1011223-5678901 के लिए आपने जो तीन स्टार दिए, वे हमने देखे। साइज़ की समस्या अब हल हो चुकी है, इसलिए अगर आप उन पर दोबारा विचार करें तो हमारी छोटी-सी दुकान के लिए यह बहुत मायने रखेगा।",
  ],
  [
    "hi-IN",
    "clean",
    "ऑर्डर 403-2011223-6678901 के लिए धन्यवाद। हीटर लगाने से पहले उसके सामने लगा अस्थायी एनर्जी स्टार रेटिंग स्टिकर हटा दें, क्योंकि गर्म होने पर उसका रंग बदल सकता है। पीछे लगी रेटिंग प्लेट को न हटाएँ।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-1122334-6789012 पर रिव्यू लिखने के लिए समय निकालने का धन्यवाद। कूरियर की देरी हमारी पहचान न बने, यही हमारी इच्छा है। क्या यह संभव होगा कि आपने जो लिखा है, उसे आप संपादित कर दें?",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते शर्मा जी, ऑर्डर 403-2122334-7789012 देर से पहुँचने के लिए हमें खेद है; पूरा रिफ़ंड जारी कर दिया गया है। आप अपने रिव्यू में क्या लिखें, यह पूरी तरह आपका फ़ैसला है, और हम आपसे उसे बदलने के लिए कभी नहीं कहेंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "आदरणीय पटेल जी, ऑर्डर 403-1233445-7890123 पर आपका फ़ीडबैक हमने पढ़ा। मग की नई खेप पहले से कहीं ज़्यादा सावधानी से पैक की गई है। आपसे विनम्र निवेदन है कि उस पर पुनर्विचार करें।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 403-2233445-8890123 के लिए उकेरे जाने वाले टेक्स्ट की हमने समीक्षा की। दूसरी पंक्ति में 42 अक्षर हैं, जबकि प्लेट पर सिर्फ़ 30 आ सकते हैं। कृपया उसे छोटा करके संशोधित टेक्स्ट इसी संदेश के जवाब में भेज दें।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-1344556-8901234 के बारे में आपकी नकारात्मक समीक्षा हमने पढ़ी। आपका रिफ़ंड आज सुबह आपके खाते में पहुँच गया है। अगर आपको आपत्ति न हो, तो उसे डिलीट करना हमारे लिए बड़ी मदद होगी।",
  ],
  [
    "hi-IN",
    "clean",
    "सुप्रभात, ऑर्डर 403-2344556-9901234 के कुशन के लिए आपने सितारों वाला डिज़ाइन चुना था। हमारे डिज़ाइनर ने फ़ाइल की समीक्षा की और सितारे कढ़ाई के लिए बहुत छोटे हैं। क्या आप उन्हें ख़ुद बड़ा करना चाहेंगे, या हम कर दें?",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-1455667-9012345 के लिए पिछले हफ़्ते दी गई आपकी रेटिंग हमने देखी। पार्सल खोया नहीं था, बस डिपो में अटक गया था। अब जब सब कुछ डिलीवर हो चुका है, तो क्या आप उसे वापस ले लेंगे?",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 403-2455667-1012345 के बारे में: आपके समेत कई ग्राहकों ने रिव्यू में बताया था कि ढक्कन बहुत टाइट है। हमने सारे नए स्टॉक की सील बदल दी है और आपको एक नया ढक्कन मुफ़्त भेज रहे हैं। आपको कुछ करने की ज़रूरत नहीं है।",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते, ऑर्डर 403-1566778-1123456 पर आपकी ईमानदार समीक्षा के लिए शुक्रिया। हमने आपको बिना किसी शुल्क के पूरा नया सेट भेज दिया है। हमें उम्मीद है कि आप उसे दोबारा लिखेंगे, या कम से कम शब्दों में थोड़ा सुधार कर देंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, ऑर्डर 403-2566778-2123456 के प्रेशर कुकर के ढक्कन के अंदर प्रेशर रेटिंग वाला एक लेबल लगा है। कृपया उसे न हटाएँ, क्योंकि उस पर अधिकतम सुरक्षित दबाव लिखा है। तले पर लगी सुरक्षा फ़िल्म पहली बार इस्तेमाल से पहले ज़रूर हटा दें।",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno, grazie per l'ordine 405-2128612-6218772. Abbiamo letto la sua recensione sulla cerniera rotta. Ora che il prodotto sostitutivo è arrivato, se potesse aggiornarla ci farebbe un grande favore.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, abbiamo controllato il file grafico inviato per l'ordine 406-3291865-2215208. La risoluzione è troppo bassa per una stampa in formato A2. Potrebbe modificarlo e rimandarcelo a 300 dpi?",
  ],
  [
    "it-IT",
    "violation",
    "Salve, riguardo all'ordine 403-8601601-7170255: abbiamo visto che ci ha dato due stelle. Il problema del caricabatterie è ormai risolto con la nuova unità. Potrebbe riconsiderarle?",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per la sua recensione sull'ordine 403-3173395-6731333. La sua osservazione sulle taglie ci è stata utilissima e abbiamo aggiornato la tabella misure nell'inserzione per gli altri clienti.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno, ordine 406-2424835-8940294: abbiamo visto il feedback che ci ha lasciato come venditore. Il ritardo è dipeso dal corriere. Se potesse toglierlo, gliene saremmo molto grati.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, ci chiedeva come modificare la sua recensione sull'ordine 403-7998668-1507840. Può farlo in qualsiasi momento da «I miei ordini», se mai lo desiderasse. È una decisione interamente sua e non le chiediamo nulla.",
  ],
  [
    "it-IT",
    "violation",
    "Buonasera, ordine 405-1243815-7414492: abbiamo letto la sua recensione da una stella. Oggi le abbiamo spedito il caricatore mancante. Quando tutto funzionerà, la modifichi pure, se lo ritiene giusto.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, l'ordine 405-1208828-2212138 è indirizzato a un hotel cinque stelle sul lago di Como. La reception accetta pacchi solo con il numero di camera. Aggiorni l'indirizzo nel suo account per aggiungerlo, per favore.",
  ],
  [
    "it-IT",
    "violation",
    "Salve e grazie per l'acquisto (ordine 403-2520828-2939116). Abbiamo visto la valutazione a tre stelle che ci ha dato. Se il rimborso di oggi risolve tutto, sarebbe disposto a cambiarla?",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per l'ordine 406-7983453-6538995. L'etichetta energetica è incollata sullo sportello del frigorifero: la rimuova prima dell'installazione per evitare residui di colla. La targhetta sul retro invece deve restare.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno, ordine 405-8679867-8390741: abbiamo letto la sua valutazione sull'imballaggio. Da allora usiamo scatole più robuste. Una revisione della stessa ci aiuterebbe tantissimo.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, grazie per la sua recensione sull'ordine 405-2405632-9702293. Ci dispiace che il colore non fosse quello atteso. Non le chiederemo mai di modificare la recensione, ma se vuole le offriamo un cambio gratuito.",
  ],
  [
    "it-IT",
    "violation",
    "Salve, ordine 403-6204879-2471902: stamattina abbiamo visto la sua recensione. Le viti mancanti sono partite ieri con tracciamento. Appena le riceve, potrebbe cancellarla, per favore?",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, abbiamo controllato il testo dell'incisione per l'ordine 405-1373975-4862478. «Buon anniversaio» sembra contenere un refuso. Può correggerlo rispondendo a questo messaggio prima che procediamo?",
  ],
  [
    "it-IT",
    "violation",
    "Buonasera, ordine 403-9342480-9158714: abbiamo letto la sua valutazione negativa e capiamo il disappunto per il ritardo. Visto che l'articolo è arrivato perfettamente integro, le chiediamo gentilmente di ritirarla.",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, la sua valutazione a due stelle sull'ordine 406-1189703-7173199 ci ha segnalato che i manici si scaldavano. Abbiamo cambiato il modello e la nuova versione ha impugnature in silicone. Grazie per averci aiutato a migliorare.",
  ],
  [
    "it-IT",
    "violation",
    "Salve, ordine 406-3402839-4398634: abbiamo visto la sua recensione del frullatore. Dato che il problema è risolto, le dispiacerebbe rimuoverla?",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, ci chiede se può eliminare il feedback lasciato per l'ordine 171-6746603-8414396. Sì, può farlo dal suo account entro 90 giorni, se mai lo volesse. È una decisione solo sua: non le chiediamo nulla.",
  ],
  [
    "it-IT",
    "violation",
    "Buongiorno, ordine 405-5051424-6485488: abbiamo letto la sua recensione nella pagina del prodotto. Le abbiamo rimborsato l'intero importo. Potrebbe riscriverla menzionandolo?",
  ],
  [
    "it-IT",
    "clean",
    "Buongiorno, l'ordine 405-5204358-4330374 va al ristorante Cinque Stelle in via Roma. Il corriere segnala che l'indirizzo è incompleto, manca il numero civico. Lo aggiorni nel suo account, così possiamo spedire oggi.",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文番号403-4455667-1234567について、星2つのレビューを拝見いたしました。電気ケトルがへこんだ状態で届いてしまい、誠に申し訳ございません。交換品がお手元に届きましたので、もしよろしければ、そちらを更新していただくことをご検討いただけないでしょうか。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-1455667-2234567（オーダーメイドポスター）について、アップロードいただいた写真をデザイン担当がレビューいたしました。A2サイズで印刷するには解像度が不足しております。金曜日までに、より大きな画像に差し替えていただけますでしょうか。",
  ],
  [
    "ja-JP",
    "violation",
    "いつもご利用ありがとうございます。ご注文403-5566778-2345678に関して評価をお寄せいただき、誠にありがとうございました。送料は全額返金いたしました。お手すきの際に、そちらの内容を変更していただけましたら大変ありがたく存じます。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-1566778-3345678の本棚についてレビューをいただき、誠にありがとうございます。ご指摘のとおり寸法表記がわかりにくかったため、商品説明を更新し、各部の寸法図を追加いたしました。貴重なご意見に心より感謝申し上げます。今後の商品ページ作りにも活かしてまいります。",
  ],
  [
    "ja-JP",
    "violation",
    "お客様、ご注文番号403-6677889-3456789にいただいた星1つの評価を確認いたしました。不足していた付属品は昨日、追跡番号付きの宅配便で発送済みでございます。お手数ですが、あれを削除してくださいますよう、何卒よろしくお願い申し上げます。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-1677889-4456789のレビューの編集方法についてお問い合わせいただきました。編集されるかどうかは完全にお客様のご判断です。ご希望の場合は「注文履歴」からいつでも変更できますし、そのままでも全く問題ございません。当店から何かをお願いすることはございません。",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文403-7788990-4567890のガーデンホースについて、お客様のレビューを担当チームで共有いたしました。水漏れはパッキンの不良が原因で、現在はすべて交換済みです。恐れ入りますが、その内容を少し修正していただくことは可能でしょうか。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-1788990-5567890は発送準備が整いました。お届け先として那覇市内の五つ星ホテルが登録されておりますが、ホテルよりすでにチェックアウト済みとのご連絡がございました。配達員がお届けできるよう、アカウントで住所を更新してください。",
  ],
  [
    "ja-JP",
    "violation",
    "この度はご不便をおかけし、申し訳ございませんでした。ご注文403-8899001-5678901に星3つをつけていただいたことを拝見しました。サイズの問題は交換にて解決いたしましたので、見直していただけると小さな当店にとって大変励みになります。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-1899001-6678901をお買い上げいただき、誠にありがとうございます。ヒーターを設置する前に、前面に貼られた仮の省エネ性能評価ラベルをはがしてください。熱で変色したり、のりが残ったりするおそれがございます。背面の定格銘板はそのままにしておいてください。",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文番号403-9900112-6789012について、お時間を割いてレビューを書いていただき、ありがとうございます。今回は配送業者の遅延によるもので、大変残念に思っております。お書きになった内容を書き直していただくことはできませんでしょうか。",
  ],
  [
    "ja-JP",
    "clean",
    "田中様、ご注文403-1900112-7789012のお届けが大幅に遅れ、誠に申し訳ございませんでした。全額返金の手続きはすでに完了しております。レビューに何を書かれるかはお客様のご自由であり、当店がその変更をお願いすることは決してございません。",
  ],
  [
    "ja-JP",
    "violation",
    "パテル様、ご注文403-1011223-7890123へのフィードバックを拝見いたしました。マグカップが割れた状態で届いてしまい、大変申し訳ございません。新しいマグカップは以前よりも丁寧に梱包して発送しております。つきましては、そちらについてご再考いただけますと幸いです。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-2011223-8890123の刻印用テキストを担当者が確認いたしました。2行目が42文字ありますが、プレートには30文字までしか入りません。お手数ですが短くしていただき、修正後の文章をこのメッセージへのご返信でお送りいただけますでしょうか。",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文403-1122334-8901234に関する厳しいレビューを拝読いたしました。ご不快な思いをおかけし、誠に申し訳ございません。返金手続きは本日午前中に完了しております。差し支えなければ、それを取り消していただけると本当に助かります。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-2122334-9901234のクッションでは星柄のデザインをお選びいただきました。デザイナーがデータを確認したところ、星が小さすぎて刺繍できないことがわかりました。お客様ご自身で大きくされますか、それとも当店で調整いたしましょうか。",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文403-1233445-9012345について、先週お付けいただいた評価を拝見しました。荷物は紛失ではなく、悪天候の影響で配送センターにて遅れていただけでございました。無事にお届けできましたので、撤回をご検討いただけませんでしょうか。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-2233445-1012345について、お客様を含む複数のレビューで、ふたが固いとのご指摘をいただきました。新しい在庫はすべてパッキンを変更し、お客様には新しいふたを無料でお送りいたします。お客様に何かしていただく必要はございません。",
  ],
  [
    "ja-JP",
    "violation",
    "ご注文403-1344556-1123456について、率直なレビューをいただき誠にありがとうございます。破損のない新しいセット一式を、無料にて本日お送りいたしました。お手数ですが、取り下げていただくか、せめて表現を調整していただければ幸いでございます。",
  ],
  [
    "ja-JP",
    "clean",
    "ご注文403-2344556-2123456の圧力鍋のふたの内側には、圧力の定格を示すラベルが貼られています。最大安全圧力を示す大切な表示ですので、はがさないでください。一方、底面の保護フィルムは初めてお使いになる前に必ずすべてはがしてください。",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, bedankt voor uw bestelling 403-2797296-3003096. We hebben uw recensie over de kapotte rits gelezen. Nu de vervanging binnen is, zou u deze willen bijwerken?",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, we hebben het ontwerpbestand voor bestelling 028-9271406-4993420 gecontroleerd. De resolutie is te laag voor een afdruk op A2. Kunt u het aanpassen en opnieuw uploaden in 300 dpi?",
  ],
  [
    "nl-NL",
    "violation",
    "Goedemiddag, over bestelling 404-3389915-2683561: we zagen dat u ons twee sterren heeft gegeven. Het probleem met de oplader is inmiddels opgelost. Zou u dat nog eens willen heroverwegen?",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, bedankt voor uw beoordeling van bestelling 404-3806153-8538227. Uw opmerking over de maatvoering was erg nuttig; we hebben de maattabel in de advertentie daarom aangepast voor andere klanten.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, bestelling 403-1938178-7983068: we hebben de verkopersfeedback gelezen die u ons gaf. De vertraging lag bij de vervoerder. We zouden het erg waarderen als u die verwijdert.",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, u vroeg hoe u uw recensie bij bestelling 404-1391962-3727466 kunt bewerken. Dat kan altijd via 'Mijn bestellingen', mocht u dat ooit willen. Het is helemaal uw eigen keuze en we vragen u nergens om.",
  ],
  [
    "nl-NL",
    "violation",
    "Goedendag, bestelling 403-1213673-4727936: we lazen uw beoordeling van één ster en hebben de ontbrekende accu vandaag per express verstuurd. Zodra alles werkt: past u die dan aan?",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, bestelling 028-1954176-8467175 gaat naar een vijfsterrenhotel in Amsterdam. De receptie neemt alleen pakketten aan met een kamernummer. Wilt u het adres in uw account bijwerken en het nummer toevoegen?",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo en bedankt voor uw aankoop (bestelling 028-2557171-6807308). We zagen de drie sterren die u ons gaf. Als de terugbetaling van vandaag alles oplost, zou u die dan willen wijzigen?",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, bedankt voor bestelling 403-7324996-9230854. Het energielabel zit op de deur van de koelkast geplakt; verwijder het vóór de installatie om lijmresten te voorkomen. Het typeplaatje achterop moet blijven zitten.",
  ],
  [
    "nl-NL",
    "violation",
    "Goedemorgen, bestelling 403-1620646-2273006: we lazen uw beoordeling over de verpakking. Sindsdien gebruiken we stevigere dozen. Een herziening ervan zou ons enorm helpen.",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, bedankt voor uw review van bestelling 404-8817474-4299154. Jammer dat de kleur niet was wat u verwachtte. We zullen u nooit vragen uw review te wijzigen, maar we bieden u graag een gratis omruiling aan.",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, bestelling 404-5960079-4623058: vanochtend zagen we uw review. De ontbrekende schroeven zijn gisteren met track & trace verstuurd. Haalt u hem weg zodra ze er zijn?",
  ],
  [
    "nl-NL",
    "clean",
    "Goedendag, we hebben de graveertekst voor bestelling 403-2736499-9874643 nagekeken. 'Gefeliciteed' lijkt een typfout te bevatten. Kunt u deze corrigeren in een antwoord op dit bericht, voordat we gaan graveren?",
  ],
  [
    "nl-NL",
    "violation",
    "Goedemiddag, bestelling 028-3846757-5003690: we lazen uw negatieve beoordeling en begrijpen uw ergernis over de vertraging. Omdat het artikel in perfecte staat is aangekomen, vragen we u vriendelijk deze in te trekken.",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, uw beoordeling van twee sterren bij bestelling 404-2677908-8075817 wees ons erop dat de handvatten heet werden. We hebben het ontwerp veranderd en de nieuwe versie heeft siliconen grepen. Bedankt voor uw hulp!",
  ],
  [
    "nl-NL",
    "violation",
    "Hallo, bestelling 403-1197619-8460702: we zagen uw recensie van de blender. Nu het probleem is opgelost, zou u die kunnen corrigeren?",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, u vraagt of u de feedback bij bestelling 404-7953468-3769689 kunt verwijderen. Ja, dat kan binnen 90 dagen via uw account, mocht u dat ooit willen. Dat is helemaal uw beslissing; wij vragen u nergens om.",
  ],
  [
    "nl-NL",
    "violation",
    "Goedemorgen, bestelling 028-7922651-2167277: we lazen uw recensie op de productpagina. U heeft inmiddels het volledige bedrag teruggekregen. Zou u deze willen herschrijven en dat erin vermelden?",
  ],
  [
    "nl-NL",
    "clean",
    "Hallo, bestelling 028-5000093-5953526 gaat naar restaurant De Vijf Sterren aan de Dorpsstraat. De vervoerder meldt dat het adres onvolledig is; het huisnummer ontbreekt. Wilt u het bijwerken in uw account, zodat we vandaag kunnen verzenden?",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, dziękujemy za zamówienie 406-7872223-6013956. Przeczytaliśmy Pana opinię o zepsutym zamku błyskawicznym. Skoro zamiennik już dotarł, czy mógłby ją Pan zaktualizować?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, sprawdziliśmy plik graficzny przesłany do zamówienia 403-1864295-5779114. Rozdzielczość jest zbyt niska do wydruku w formacie A2. Czy mogłaby go Pani poprawić i przesłać ponownie w 300 dpi?",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, w sprawie zamówienia 405-1424579-3335594: widzimy, że wystawiła nam Pani dwie gwiazdki. Problem z ładowarką został już rozwiązany dzięki nowemu egzemplarzowi. Czy mogłaby Pani to jeszcze raz przemyśleć?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za opinię do zamówienia 406-8221841-5166658. Pana uwaga o rozmiarach bardzo nam pomogła – zaktualizowaliśmy tabelę rozmiarów w ofercie, aby inni klienci lepiej dobierali rozmiar.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 405-2318276-6668680: zapoznaliśmy się z Pana oceną naszego sklepu. Opóźnienie wynikło z winy przewoźnika. Bylibyśmy wdzięczni, gdyby Pan ją usunął.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, pytała Pani, jak edytować opinię do zamówienia 403-2906530-4943997. Można to zrobić w każdej chwili w zakładce „Twoje zamówienia”, jeśli kiedykolwiek będzie Pani chciała. To wyłącznie Pani decyzja i o nic nie prosimy.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 403-8897488-8542951: przeczytaliśmy Pani opinię z jedną gwiazdką. Brakujący akumulator wysłaliśmy dziś kurierem. Po jego otrzymaniu proszę ją zmienić, jeśli uzna Pani to za słuszne.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, zamówienie 403-5565389-1066135 jest adresowane do pięciogwiazdkowego hotelu w Sopocie. Recepcja przyjmuje paczki tylko z numerem pokoju. Prosimy uzupełnić adres na koncie, dodając ten numer.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, dziękujemy za zakup (zamówienie 406-7327977-1396727). Widzimy ocenę na trzy gwiazdki, którą Pan wystawił. Jeśli dzisiejszy zwrot pieniędzy wszystko załatwia, czy byłby Pan skłonny ją poprawić?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za zamówienie 405-7740340-4415683. Etykieta energetyczna jest naklejona na drzwiach lodówki: prosimy ją zdjąć przed montażem, żeby nie zostały ślady kleju. Tabliczka znamionowa z tyłu musi pozostać.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 403-1506346-3905233: przeczytaliśmy Pani opinię na temat opakowania. Od tego czasu używamy mocniejszych kartonów. Jej korekta bardzo pomogłaby naszemu małemu sklepowi.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, dziękujemy za recenzję zamówienia 403-8538405-8089216. Przykro nam, że kolor nie spełnił oczekiwań. Nigdy nie poprosimy o zmianę opinii, ale chętnie zaproponujemy bezpłatną wymianę, jeśli Pan zechce.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 405-8045907-5651701: dziś rano zobaczyliśmy Pana recenzję. Brakujące śruby wysłaliśmy wczoraj z numerem śledzenia. Czy po ich otrzymaniu mógłby Pan ją skasować?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, sprawdziliśmy tekst grawerunku do zamówienia 406-3980420-9826941. „Wszystkiego najlepszgo” wygląda na literówkę. Czy może go Pani poprawić w odpowiedzi na tę wiadomość przed grawerowaniem?",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 403-5996163-5453111: przeczytaliśmy Pani negatywną ocenę i rozumiemy zdenerwowanie opóźnieniem. Ponieważ towar dotarł w idealnym stanie, uprzejmie prosimy o jej wycofanie.",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, Pana ocena na dwie gwiazdki przy zamówieniu 405-4799992-2043694 zwróciła nam uwagę, że uchwyty się nagrzewają. Zmieniliśmy konstrukcję i nowa wersja ma silikonowe rączki. Dziękujemy za pomoc w ulepszaniu produktu.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 406-7330798-1299510: widzimy Pana opinię o blenderze. Skoro problem został rozwiązany, czy zechciałby Pan ją zmodyfikować?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, pyta Pani, czy może usunąć ocenę wystawioną przy zamówieniu 403-8664390-7909926. Tak, można to zrobić na koncie w ciągu 90 dni, jeśli kiedykolwiek Pani zechce. To wyłącznie Pani decyzja – o nic nie prosimy.",
  ],
  [
    "pl-PL",
    "violation",
    "Dzień dobry, zamówienie 406-6362818-7834413: przeczytaliśmy Pani recenzję na stronie produktu. Zwróciliśmy już pełną kwotę. Czy mogłaby Pani napisać ją od nowa, wspominając o tym?",
  ],
  [
    "pl-PL",
    "clean",
    "Dzień dobry, zamówienie 406-6069600-5591741 ma trafić do restauracji Pięć Gwiazdek przy ul. Długiej. Kurier zgłasza, że adres jest niepełny – brakuje numeru lokalu. Prosimy go zaktualizować na koncie, abyśmy mogli wysłać dziś.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, obrigado pela compra do pedido 702-2401747-1286497. Vimos sua avaliação sobre o zíper quebrado. Agora que o produto de reposição chegou, será que você poderia atualizá-la?",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, revisamos o arquivo de arte enviado para o pedido 702-8109301-7361668. A resolução está baixa demais para imprimir em tamanho A2. Você poderia ajustá-lo e nos mandar uma versão em 300 dpi?",
  ],
  [
    "pt-BR",
    "violation",
    "Oi, sobre o pedido 702-3186120-4221177: vimos que você nos deu duas estrelas. O problema do carregador já foi resolvido com a unidade nova. Você poderia reconsiderar?",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, obrigado pela avaliação do pedido 702-8458706-1236155. Seu comentário sobre os tamanhos ajudou muito, e já atualizamos a tabela de medidas do anúncio para os próximos clientes.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, pedido 701-8634186-1415520: lemos o feedback que você deixou para a nossa loja. O atraso foi culpa da transportadora. Ficaríamos muito gratos se você o removesse.",
  ],
  [
    "pt-BR",
    "clean",
    'Olá, você perguntou como editar sua avaliação do pedido 701-2439050-9359094. Dá para alterar a qualquer momento em "Seus pedidos", se um dia quiser. A decisão é totalmente sua e não pedimos nada.',
  ],
  [
    "pt-BR",
    "violation",
    "Boa tarde, pedido 702-1328490-9600570: lemos sua avaliação de uma estrela e já enviamos hoje o carregador que faltava. Por favor, edite o que escreveu assim que ele chegar.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, o pedido 702-7022959-1965604 vai para um hotel cinco estrelas em Copacabana. A recepção só aceita encomendas com número do quarto. Por favor, atualize o endereço na sua conta incluindo esse número.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, obrigado por comprar conosco (pedido 701-1592398-7192565). Vimos as três estrelas que você nos deu. Se o reembolso de hoje resolver tudo, você estaria disposto a mudá-las?",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, obrigado pelo pedido 701-4624638-7086648. A etiqueta de eficiência energética (ENCE) vem colada na porta da geladeira: retire-a antes da instalação para não deixar cola. A plaqueta de identificação atrás deve ficar.",
  ],
  [
    "pt-BR",
    "violation",
    "Bom dia, pedido 702-5718994-6274607: lemos sua avaliação sobre a embalagem. Desde então passamos a usar caixas mais resistentes. Uma revisão dela ajudaria muito nossa pequena loja.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, obrigado pela avaliação do pedido 701-8953514-3980166. Sentimos muito que a cor não fosse a esperada. Nunca vamos pedir que você mude sua avaliação, mas se quiser oferecemos uma troca grátis.",
  ],
  [
    "pt-BR",
    "violation",
    "Oi, pedido 702-8506991-3744497: vimos sua avaliação hoje de manhã. Os parafusos que faltavam foram enviados ontem com rastreio. Assim que chegarem, daria para tirar do ar?",
  ],
  [
    "pt-BR",
    "clean",
    'Olá, revisamos o texto da gravação do pedido 701-3995403-9952099. "Feliz aniverssário" parece ter um erro de digitação. Você pode corrigi-lo respondendo a esta mensagem antes de gravarmos?',
  ],
  [
    "pt-BR",
    "violation",
    "Boa tarde, pedido 702-9725285-4281755: lemos sua avaliação negativa e entendemos sua chateação com o atraso. Como o produto chegou em perfeito estado, pedimos gentilmente que a corrija.",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, sua avaliação de duas estrelas do pedido 701-2381220-2654303 nos mostrou que as alças esquentavam. Mudamos o projeto e a nova versão já vem com pegadores de silicone. Obrigado por nos ajudar a melhorar.",
  ],
  [
    "pt-BR",
    "violation",
    "Olá, pedido 702-1653190-5623204: vimos sua avaliação do liquidificador. Já que o problema foi resolvido, você se importaria de retirá-la?",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, você pergunta se pode excluir o feedback deixado no pedido 702-6549984-2829487. Sim, dá para removê-lo pela sua conta em até 90 dias, se algum dia quiser. A decisão é só sua: não estamos pedindo nada.",
  ],
  [
    "pt-BR",
    "violation",
    "Bom dia, pedido 702-5839963-6113484: lemos sua resenha na página do produto. Já devolvemos o valor integral. Poderia reescrevê-la mencionando isso?",
  ],
  [
    "pt-BR",
    "clean",
    "Olá, o pedido 702-4662386-5335543 vai para o restaurante Cinco Estrelas na Rua Augusta. A transportadora informa que o endereço está incompleto, falta o número. Por favor, atualize-o na sua conta para enviarmos hoje.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Angående order 403-2233445-1122334: vi har sett ditt omdöme med två stjärnor och beklagar att vattenkokaren kom fram med en buckla. Nu när ersättningen har kommit fram, skulle du kunna tänka dig att uppdatera det?",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Gäller order 403-1234455-2123344 för den personliga affischen: vi har granskat bilden du laddade upp. Upplösningen är för låg för utskrift i A2. Kan du ersätta den med en större version före fredag?",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Anna, tack för betyget du lämnade på order 403-3344556-2233445. Vi har nu återbetalat hela fraktkostnaden. Om du kunde ändra det så skulle vi bli väldigt tacksamma.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej, tack för din recension av bokhyllan, order 403-1345566-3234455. Du hade rätt i att måtten var otydliga, så vi har uppdaterat produktbeskrivningen och lagt till en måttskiss. Tack för att du påpekade det.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Vi läste recensionen du skrev om order 403-4455667-3344556. Det som saknades skickades i går med spårning. Ta gärna bort den när du har en stund över.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Du frågade hur du redigerar din recension av order 403-1456677-4345566. Det är helt upp till dig: du kan ändra den när som helst under Dina beställningar, eller låta den vara som den är. Vi ber inte om något.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej, vi har tagit del av din recension av trädgårdsslangen, order 403-5566778-4455667. Läckan berodde på en trasig packning som vi nu har bytt ut. Vore det möjligt för dig att justera den lite?",
  ],
  [
    "sv-SE",
    "clean",
    "Hej, din order 403-1567788-5456677 är redo att skickas. Som leveransadress har du angett ett femstjärnigt hotell i Göteborg, men hotellet säger att du har checkat ut. Uppdatera den gärna i ditt konto så att budet kan leverera till dig.",
  ],
  [
    "sv-SE",
    "violation",
    "God dag! Vi såg de tre stjärnorna du gav oss för order 403-6677889-5566778. Eftersom storleksproblemet nu är löst skulle en ändring av dem betyda mycket för vårt lilla företag.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej och tack för order 403-1678899-6567788! Innan du monterar elementet: energimärkningsetiketten på framsidan ska tas bort före första användning, eftersom den kan missfärgas av värmen. Märkskylten på baksidan ska sitta kvar.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Tack för att du tog dig tid att skriva en recension om order 403-7788990-6677889. Vi vill inte att en försening hos fraktbolaget ska definiera oss. Skulle du vilja revidera det du skrev?",
  ],
  [
    "sv-SE",
    "clean",
    "Hej Johan, vi beklagar att order 403-1789900-7678899 kom fram sent. Du har fått full återbetalning. Vad du väljer att skriva i din recension bestämmer du helt själv, och vi kommer aldrig att be dig ändra den.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej Erik, vi har sett din feedback på order 403-8899001-7788990. Den nya omgången muggar har packats betydligt noggrannare. Vi ber dig vänligen att ompröva den.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Vi har granskat graveringstexten för order 403-1890011-8789900. Andra raden har 42 tecken, men plaketten rymmer bara 30. Kan du korta ner den och skicka den reviderade texten som svar?",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Vi läste ditt kritiska omdöme om order 403-9900112-8899001. Din återbetalning gick igenom i morse. Att radera det vore till stor hjälp för oss, om det går bra.",
  ],
  [
    "sv-SE",
    "clean",
    "God morgon! För order 403-1901122-9890011 valde du stjärnmönstret till kudden. Vår designer har granskat filen och stjärnorna blir för små för att broderas. Vill du förstora dem själv, eller ska vi göra det åt dig?",
  ],
  [
    "sv-SE",
    "violation",
    "Hej, angående order 403-1012233-9900112: vi såg betyget du lämnade förra veckan. Försändelsen var bara försenad på terminalen, inte borttappad. Kan du tänka dig att dra tillbaka det nu när allt har levererats?",
  ],
  [
    "sv-SE",
    "clean",
    "Hej, angående order 403-2012233-1901122: flera recensioner, även din, nämnde att locket var trögt. Vi har bytt tätning på alla nya exemplar och skickar dig ett nytt lock utan kostnad. Du behöver inte göra något.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Tack för ditt ärliga omdöme om order 403-1123344-1012233. Vi har skickat en helt ny sats utan kostnad. Vi hoppas att du vill skriva om det, eller åtminstone korrigera formuleringen.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Tryckkokaren från order 403-2123344-2012233 har en etikett med tryckklassning på insidan av locket. Ta inte bort den, eftersom den visar högsta säkra tryck. Skyddsfilmen på botten ska däremot tas bort före första användning.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-3344556-1234567 numaralı siparişinizle ilgili iki yıldızlı değerlendirmenizi gördük; su ısıtıcısının ezik gelmesine çok üzüldük. Yenisi elinize ulaştığına göre, onu güncellemeyi düşünür müsünüz?",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-1344556-2234567 numaralı kişiye özel poster siparişiniz için yüklediğiniz fotoğrafı inceledik. Çözünürlük A2 baskı için oldukça düşük. Cuma gününe kadar onu daha büyük bir sürümle değiştirebilir misiniz?",
  ],
  [
    "tr-TR",
    "violation",
    "Sayın müşterimiz, 403-4455667-2345678 numaralı sipariş için bıraktığınız geri bildirim için teşekkür ederiz. Kargo ücretinin tamamını iade ettik. Bunu değiştirebilirseniz çok minnettar oluruz.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-1455667-3345678 numaralı siparişteki kitaplık hakkındaki yorumunuz için teşekkür ederiz. Ölçülerin net olmadığı konusunda haklıydınız; ürün açıklamasını güncelledik ve ölçülü bir çizim ekledik.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba Ayşe Hanım, 403-5566778-3456789 numaralı sipariş için verdiğiniz bir yıldızlı puanı gördük. Eksik parça dün takip numarasıyla kargoya verildi. Müsait olduğunuzda lütfen onu kaldırın.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-1566778-4456789 numaralı siparişe yazdığınız yorumu nasıl düzenleyeceğinizi sormuştunuz. Bu tamamen size kalmış: dilerseniz Siparişlerim sayfasından istediğiniz zaman değiştirebilir ya da olduğu gibi bırakabilirsiniz. Bu konuda sizden hiçbir şey talep etmiyoruz.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-6677889-4567890 numaralı siparişteki bahçe hortumu hakkındaki yorumunuz ekibimize iletildi. Sızıntı arızalı bir contadan kaynaklanıyordu ve contayı değiştirdik. Acaba onda küçük bir düzeltme yapabilir misiniz?",
  ],
  [
    "tr-TR",
    "clean",
    "Sayın müşterimiz, 403-1677889-5567890 numaralı siparişiniz gönderime hazır. Teslimat adresi olarak Antalya'daki beş yıldızlı bir otel kayıtlı, ancak otel konaklamanızın sona erdiğini bildirdi. Kuryenin size ulaşabilmesi için lütfen adresi hesabınızdan güncelleyin.",
  ],
  [
    "tr-TR",
    "violation",
    "İyi günler. 403-7788990-5678901 numaralı sipariş için verdiğiniz üç yıldızı gördük. Beden sorunu çözüldüğüne göre, bunları yeniden gözden geçirmeniz küçük işletmemiz için çok şey ifade eder.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-1788990-6678901 numaralı siparişiniz için teşekkürler. Isıtıcıyı monte etmeden önce ön paneldeki geçici enerji sınıfı etiketini lütfen çıkarın; ısındığında renk değiştirebilir. Arkadaki bilgi plakası ise yerinde kalmalıdır.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-8899001-6789012 numaralı siparişle ilgili değerlendirme yazmaya vakit ayırdığınız için teşekkür ederiz. Kargodaki bir gecikmenin bizi tanımlamasını istemeyiz. Yazdıklarınızı düzenlemeniz mümkün olur mu?",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba Mehmet Bey, 403-1899001-7789012 numaralı siparişin geç ulaşmasından dolayı özür dileriz; tam iade yapıldı. Değerlendirmenizde ne yazacağınız tamamen size kalmış ve onu değiştirmenizi asla istemeyeceğiz.",
  ],
  [
    "tr-TR",
    "violation",
    "Sayın Yılmaz Bey, 403-9900112-7890123 numaralı siparişe dair geri bildiriminizi gördük. Yeni kupa partisi çok daha özenli paketlendi. Sizden rica ediyoruz, onu bir kez daha düşünün.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-1900112-8890123 numaralı siparişin gravür metnini inceledik. İkinci satır 42 karakter, plaka ise en fazla 30 karakter alıyor. Metni kısaltıp düzeltilmiş halini bu mesaja yanıt olarak gönderebilir misiniz?",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-1011223-8901234 numaralı sipariş hakkındaki olumsuz yorumunuzu okuduk. İadeniz bu sabah hesabınıza geçti. Onu silmeniz bize gerçekten çok yardımcı olur.",
  ],
  [
    "tr-TR",
    "clean",
    "Günaydın, 403-2011223-9901234 numaralı siparişte yastık için yıldız desenini seçmiştiniz. Tasarımcımız dosyayı inceledi; yıldızlar nakış için fazla küçük kalıyor. Onları kendiniz büyütmek ister misiniz, yoksa biz mi yapalım?",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-1122334-9012345 numaralı siparişle ilgili geçen hafta verdiğiniz puanı gördük. Koli kaybolmamıştı, sadece aktarma merkezinde gecikmişti. Her şey teslim edildiğine göre, onu geri çekmeyi düşünür müsünüz?",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-2122334-1012345 numaralı siparişle ilgili: sizinki dahil birkaç yorumda kapağın zor kapandığı belirtilmişti. Tüm yeni stoklarda contayı değiştirdik ve size ücretsiz yeni bir kapak gönderiyoruz. Sizin bir şey yapmanıza gerek yok.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 403-1233445-1123456 numaralı sipariş için yazdığınız dürüst değerlendirme için teşekkürler. Size ücretsiz olarak yepyeni bir set gönderdik. Onu yayından kaldırmanızı ya da en azından ifadeleri yumuşatmanızı rica ederiz.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 403-2233445-2123456 numaralı siparişteki düdüklü tencerenin kapağının iç kısmında basınç değerini gösteren bir etiket var. Lütfen onu çıkarmayın, çünkü azami güvenli basıncı gösteriyor. Tabandaki koruyucu film ise ilk kullanımdan önce çıkarılmalıdır.",
  ],
  [
    "zh-CN",
    "violation",
    "您好，关于订单403-5566778-1234567，我们看到了您留下的两星评价，非常抱歉电水壶到货时外壳有凹痕，给您带来了不好的体验。目前换货已经顺利送到您手中，发货前我们也逐一检查过新品的外观和功能，确认没有任何问题。不知您是否愿意考虑把它更新一下？再次向您致歉并感谢您的耐心。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，关于订单403-1566778-2234567的定制海报，我们的设计师已经审核了您上传的照片。照片分辨率偏低，如果直接印成A2尺寸，画面会比较模糊，边缘也会有明显的颗粒感。请您在本周五之前把它换成一张尺寸更大的原图，这样印出来的效果会清晰很多，也不会耽误发货时间。",
  ],
  [
    "zh-CN",
    "violation",
    "尊敬的顾客您好，感谢您在订单403-6677889-2345678下留下的反馈，我们已经认真阅读并转达给了仓库和客服的同事。运费已经全额退还到您的原支付账户，预计三到五个工作日内到账，请您留意查收。如果您方便的话，能否帮忙修改一下那条？我们会非常感激。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，感谢您对订单403-1677889-3345678中书架的评价。您说得对，原来的尺寸说明确实不够清楚，很容易让人误以为是整体高度，我们已经更新了商品描述，并增加了一张标注长宽高的示意图。非常感谢您的提醒，这对其他顾客选购也很有帮助，祝您生活愉快。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，我们看到了您为订单403-7788990-3456789打出的一星评分，对于配件缺失给您带来的不便深表歉意。缺少的配件已于昨天通过顺丰快递寄出，并附有物流单号，您可以随时在网上查询，预计后天就能送达您手中。收到配件之后，麻烦您抽空把那个删掉，谢谢您的理解与支持！",
  ],
  [
    "zh-CN",
    "clean",
    "您好，您询问如何编辑订单403-1788990-4456789的评价。是否修改完全由您自己决定：如果您愿意，可以随时在“我的订单”页面里找到这笔订单进行更改，也可以保持原样，两种选择都完全没有问题。我们对此没有任何请求，感谢您的购买，如有其他问题欢迎随时联系我们。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，您对订单403-8899001-4567890中花园水管的评价，我们已经转交给质检团队仔细核查。经检查，漏水是由于一个垫圈存在缺陷造成的，我们已更换了整批垫圈，并给您补发了新的接头，问题已经彻底解决。请问您能否对其稍作修改？非常感谢您的理解。",
  ],
  [
    "zh-CN",
    "clean",
    "尊敬的顾客您好，您的订单403-1899001-5567890已经打包完毕，准备发货。您填写的收货地址是三亚的一家五星级酒店，但酒店前台告知您已经退房，无法代收包裹。请在账户中更新地址，以便快递员能将包裹顺利送到您手中，如有疑问也可以直接回复本消息，谢谢配合。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，我们注意到您给订单403-9900112-5678901打了三颗星，对于尺码不合适给您带来的麻烦，我们深表歉意。尺码问题现在已经通过换货解决了，您也在留言中确认新尺码很合身。如果您能重新考虑一下，对我们这样的小店来说意义重大，再次感谢您的耐心。",
  ],
  [
    "zh-CN",
    "clean",
    "感谢您购买订单403-1900112-6678901中的取暖器。安装前，请先撕掉正面贴着的临时能效等级标签，因为它受热后可能会变色，并在面板上留下难以清理的残胶。背面的铭牌请务必保留，不要撕掉，以便日后保修时核对型号和序列号。如有安装方面的问题，欢迎随时联系我们。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，感谢您抽出时间为订单403-1011223-6789012撰写评价。这次的延误主要是快递公司在中转环节出了问题，我们已经和快递公司沟通过，今后会改用更快、更稳定的物流线路。不知道您写的那些内容能否重新编辑一下？我们会继续努力提升服务。",
  ],
  [
    "zh-CN",
    "clean",
    "王先生您好，非常抱歉订单403-2011223-7789012延迟送达，给您添了麻烦，全额退款已经处理完毕，预计三个工作日内到账，请您注意查收。您在评价中写什么完全由您自己决定，我们绝不会要求您修改它。感谢您一直以来的支持，如还有任何需要，请随时告诉我们。",
  ],
  [
    "zh-CN",
    "violation",
    "帕特尔先生您好，我们已看到您对订单403-1122334-7890123的反馈，对马克杯在运输途中破损一事深感抱歉，并已为您补发了两个新杯子。新一批马克杯我们都加了气泡膜和加厚纸箱，包装比以前仔细得多，破损的问题不会再出现。恳请您重新考虑，把它改一改，我们将不胜感激。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，我们已经审核了订单403-2122334-8890123的刻字内容。第二行一共有42个字符，而铭牌的尺寸最多只能刻30个字符，超出部分无法完整显示。麻烦您把它缩短一些，并直接回复本消息发送修改后的文字，我们收到后会在一个工作日内安排制作。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，我们认真阅读了您关于订单403-1233445-8901234的差评，对这次商品的问题深感抱歉，也已经和工厂反馈了质量情况，督促他们整改。您的退款已于今天上午原路退回，一般当天即可到账，请注意查收。如果您不介意的话，把它撤掉对我们这样的小店会有很大帮助。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，订单403-2233445-9901234的定制抱枕，您选择的是星星图案。我们的设计师审核了您提供的文件，发现星星太小，刺绣时线迹会挤在一起，无法清晰呈现。您想自己把它们放大后重新发给我们，还是由我们来帮您调整，再把效果图发给您确认？",
  ],
  [
    "zh-CN",
    "violation",
    "您好，关于订单403-1344556-9012345，我们看到了您上周给出的评分。包裹其实并没有丢失，只是因为连日暴雨在转运中心滞留了几天，昨天已经由快递员送到府上，给您添麻烦了，我们深感抱歉。既然现在已经顺利签收，您看能不能撤回？感谢您的体谅，祝您生活愉快。",
  ],
  [
    "zh-CN",
    "clean",
    "您好，关于订单403-2344556-1012345：包括您在内的几位顾客在评价中提到盖子太紧，不容易打开。我们已经更换了所有新库存的密封圈，并免费给您寄出一个新盖子，预计三天内送达，到货后直接替换即可。您无需做任何操作，也无需寄回旧盖子，感谢您的宝贵意见。",
  ],
  [
    "zh-CN",
    "violation",
    "您好，感谢您对订单403-1455667-1123456的真实评价，这次餐具破损确实是我们包装不到位造成的。我们已经免费为您寄出了一整套全新的餐具，并附上了快递单号，方便您随时查询物流进度。希望您能把它重写一遍，或者至少调整一下措辞，非常感谢！",
  ],
  [
    "zh-CN",
    "clean",
    "您好，订单403-2455667-2123456中的压力锅，锅盖内侧贴有一张压力等级标签。请不要撕掉它，因为上面标明了最高安全压力，日后更换配件时也需要参考。而锅底的保护膜则需要在第一次使用前撕掉，以免加热时产生异味，使用前请仔细阅读说明书。",
  ],
];

testProbeTable(
  "a change asked of the review named before",
  PROBES,
  {
    ruleId: "no-review-manipulation",
    positive: "violation",
    type: "unexpectedProblem",
    known: KNOWN,
  },
);

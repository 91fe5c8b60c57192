import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// Review gating in roundabout forms: satisfied buyers to the stars, the
// product page or "the world", unhappy ones to the seller "before you write
// anything", in one sentence or over three, in either order; against
// look-alikes (the unhappy branch alone, a satisfaction check with no
// review, a delivery slot to rebook, a refund question answered no, a
// promise never to ask, "happy" in other senses). Two native writers wrote
// ten of each per locale; all their misses were read while adding the
// unnamed review of "before you write anything" in 14 languages, so this
// table measures reach, not generality. KNOWN lists the ones still judged
// wrong, each checked to stay wrong.
const KNOWN: ReadonlySet<string> = new Set([
  "Wir hoffen, die Kinder haben Spaß mit dem Puzzle aus Bestellung 302-6655443-2211998! Zufriedene Familien erzählen anderen auf Amazon davon, und darüber würden wir uns auch freuen. Fehlen Teile? Dann schreiben Sie uns, bevor Sie auf der Seite etwas schreiben, und wir schicken sie nach.",
  "Bestellung 302-2718281-8284590: Wenn Ihnen die Matratzenauflage zu besserem Schlaf verholfen hat, teilen Sie das gern auf der Produktseite. Wenn nicht, hören wir lieber zuerst direkt von Ihnen, als es dort zu lesen.",
  "Your headphones from order 216-7788990-0112233 arrived yesterday. Enjoying them? We'd love to hear it there, on the product page. Any crackling or pairing issues, though, come to us first: we can usually fix it in minutes.",
  "Order 403-3141592-6535897: if the mattress topper has made your nights better, we'd really appreciate it if you shared that on the product page. If it hasn't, we'd much rather hear from you directly first than read about it there.",
  "ऑर्डर 404-5566778-8990011 के बारे में आपके मैसेज के लिए धन्यवाद। हम कभी भी रिव्यू नहीं माँगते, और आप जो भी करें, उससे हमारी सर्विस पर कोई फ़र्क़ नहीं पड़ेगा। अगर दीया स्टैंड टूटा हुआ पहुँचा है, तो यहीं एक फ़ोटो भेज दें, हम नया भेज देंगे।",
  "आपके ऑर्डर 404-7788990-0112233 के हेडफ़ोन कल पहुँच गए थे। मज़ा आ रहा है? तो हम वहीं, प्रोडक्ट पेज पर, आपसे सुनना चाहेंगे। अगर आवाज़ में खरखराहट हो या ब्लूटूथ जोड़ने में दिक़्क़त हो, तो पहले हमारे पास आइए, ज़्यादातर चीज़ें हम कुछ मिनटों में ठीक कर देते हैं।",
  "Bestelling 407-2718281-8284590: heeft de topper je beter laten slapen, deel dat dan op de productpagina. Zo niet, dan horen we het liever eerst rechtstreeks van jou dan dat we het daar lezen.",
  "Dina hörlurar från beställning 402-7788990-0112233 kom fram i går. Gillar du dem? Då vill vi gärna höra det där, på produktsidan. Vid knaster eller problem med parkopplingen, kom till oss först: oftast löser vi det på några minuter.",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "violation",
    "مرحباً، تم شحن طلبكم رقم 408-1234567-7654321 اليوم ومن المتوقع أن يصل يوم الخميس. إذا نالت الدلّة إعجابكم، فسيسعدنا كثيراً أن تخبروا المتسوقين الآخرين بذلك على أمازون. أما إذا لم يكن كل شيء على ما يرام، فنرجو التواصل معنا أولاً لنحل الأمر فوراً.",
  ],
  [
    "ar-AE",
    "clean",
    "مرحباً، تم شحن طلبكم رقم 408-5581234-9921034 ويُظهر التتبع أنه سيصل غداً. إذا وصل المنتج تالفاً أو ناقصاً، يكفي أن تردّوا على هذه الرسالة وسنرسل لكم بديلاً أو نعيد المبلغ فوراً، ولا داعي لإعادة القطعة التالفة.",
  ],
  [
    "ar-AE",
    "violation",
    "هل أنتم راضون عن سماعاتكم الجديدة من الطلب رقم 408-7712345-3345678؟ إذن أنتم تعرفون أين توجد النجوم! لم تكن كما توقعتم؟ راسلونا قبل أن تكتبوا أي شيء، وسنصلح الأمر على الفور.",
  ],
  [
    "ar-AE",
    "clean",
    "مرفق نموذج الطباعة لبطاقات الدعوة الخاصة بطلبكم رقم 408-3345123-8876543. إذا كان النموذج مناسباً لكم، يكفي أن تردّوا بكلمة «موافق» وسنبدأ الطباعة اليوم. وإذا رغبتم في تعديل النص أو اللون، أخبرونا وسنرسل نموذجاً جديداً.",
  ],
  [
    "ar-AE",
    "violation",
    "شكراً لطلبكم رقم 408-9987654-1122334. إذا واجهتكم أي مشكلة في الخلاط، نرجو أن تمنحونا فرصة لإصلاحها قبل أن تنشروا أي شيء. وإذا كان يعمل بشكل رائع، فإن بضع كلمات منكم على صفحة المنتج تعني الكثير لمتجر عائلي صغير مثلنا.",
  ],
  [
    "ar-AE",
    "clean",
    "تم توصيل العباءة من طلبكم رقم 408-4455667-8899001 اليوم. إذا كان المقاس مناسباً فاحتفظوا بها، وإن لم يكن كذلك فالإرجاع مجاني من صفحة «طلباتي»، وسيُعاد المبلغ فور استلام الشحنة من المندوب.",
  ],
  [
    "ar-AE",
    "violation",
    "شكراً لتسوقكم معنا، فقد تم توصيل طلبكم رقم 408-1029384-5647382. إذا كنتم راضين عن خدمتنا، نرجو أن تتركوا لنا تقييماً للبائع على أمازون. وإن لم تكونوا راضين، فتواصلوا معنا أولاً لنتمكن من تصحيح الأمر.",
  ],
  [
    "ar-AE",
    "clean",
    "موعد توصيل الكنبة من طلبكم رقم 408-6655443-2211009 هو يوم الثلاثاء بين الساعة 9 صباحاً و1 ظهراً. إذا لم يكن هذا الموعد مناسباً لكم، أخبرونا مسبقاً وسننسق مع شركة الشحن لتغييره دون أي رسوم.",
  ],
  [
    "ar-AE",
    "violation",
    "سيصلكم جهاز الراوتر من طلبكم رقم 408-3344556-6677889 غداً. وبمجرد أن يعمل كما كنتم تأملون، يسعدنا جداً أن نقرأ مراجعتكم. وإذا واجهتم صعوبة في الإعداد، نرجو التواصل معنا أولاً بدلاً من ترك تقييم منخفض، ففريق الدعم لدينا يرد خلال ساعات.",
  ],
  [
    "ar-AE",
    "clean",
    "سألتم عمّا إذا كان يجب أن تكونوا راضين أو أن تنشروا شيئاً حتى تحصلوا على استرداد المبلغ للطلب رقم 408-8877665-5443322. والجواب: لا، إطلاقاً. لقد تم إصدار المبلغ كاملاً، وسيظهر في بطاقتكم خلال 3 إلى 5 أيام عمل.",
  ],
  [
    "ar-AE",
    "violation",
    "نأمل أن يكون اللحاف من طلبكم رقم 408-1112223-3344455 دافئاً ومريحاً. إذا أحببتموه بقدر ما نحبه، فأخبروا العالم كله بذلك على صفحته في أمازون! وإن لم يكن كما توقعتم، فاكتبوا لنا قبل أن تكتبوا أي شيء آخر.",
  ],
  [
    "ar-AE",
    "clean",
    "شكراً لرسالتكم بخصوص الطلب رقم 408-5566778-8990011. نحن لا نطلب المراجعات أبداً، ولن يتغير تعاملنا معكم مهما قررتم. إذا وصل حامل الشموع مكسوراً، أرسلوا لنا صورة هنا وسنرسل لكم قطعة جديدة.",
  ],
  [
    "ar-AE",
    "violation",
    "تم توصيل الحذاء الرياضي من طلبكم رقم 408-2233445-5667788، ونأمل أن يكون مقاسه مثالياً. عادةً ما يشارك عملاؤنا الراضون تجربتهم على أمازون، وهذا يساعدنا كثيراً. لكن إذا كانت هناك أي مشكلة، نرجو أن تتحدثوا معنا أولاً قبل القيام بذلك.",
  ],
  [
    "ar-AE",
    "clean",
    "تم شحن طلبكم رقم 408-9900112-2334455 اليوم. وكما طلبتم، كتبنا على بطاقة الإهداء «عيد سعيد يا أمي!» وغلّفنا الهدية بورق العيد، ولم نضع أي فاتورة أو سعر داخل الطرد.",
  ],
  [
    "ar-AE",
    "violation",
    "خرج مصباح المكتب من طلبكم رقم 408-6677889-9001122 للتوصيل اليوم. إذا كان كل شيء مثالياً، فإن خمس نجوم منكم ستسعد يومنا حقاً. وإن لم يكن كذلك، فأخبرونا هنا أولاً وسنجعله مثالياً.",
  ],
  [
    "ar-AE",
    "clean",
    "شكراً لاستفساركم بخصوص الطلب رقم 408-3344221-1009988. يسعدنا أن نؤكد أن النقش على الخاتم سيكون «معاً للأبد» كما طلبتم تماماً. إذا لاحظتم أي خطأ إملائي في المعاينة، أخبرونا قبل يوم الخميس وسنصححه.",
  ],
  [
    "ar-AE",
    "violation",
    "وصلتكم السماعات من طلبكم رقم 408-7788990-0112233 أمس. هل تستمتعون بها؟ نود أن نسمع ذلك هناك، على صفحة المنتج. أما إذا ظهر تشويش أو مشكلة في الاقتران، فتعالوا إلينا أولاً، فغالباً ما نحلها خلال دقائق.",
  ],
  [
    "ar-AE",
    "clean",
    "أرسلنا لكم الغطاء البديل لقدر الطبخ من طلبكم رقم 408-4455332-2110099. هل يمكنكم إخبارنا إن كان مناسباً؟ إذا كان كذلك فلا حاجة لأي إجراء آخر، وإن لم يكن فسنرسل مقاساً آخر مجاناً.",
  ],
  [
    "ar-AE",
    "violation",
    "تم توصيل طلبكم رقم 408-5544332-2119988 بعد ظهر اليوم. إذا كان التغليف والتوصيل على مستوى توقعاتكم، نرجو تقييمنا كبائع في صفحة ملاحظات البائع على أمازون. وإذا شعرتم بخيبة أمل لأي سبب، فتواصلوا معنا أولاً، فنحن نفضّل أن نسمع ذلك مباشرة ونحلّه.",
  ],
  [
    "ar-AE",
    "clean",
    "تم شحن جهاز تنقية الهواء من طلبكم رقم 408-1122998-8776655. إذا وجدتم أي خلل عند الاستلام، راسلونا هنا وسنرسل لكم بديلاً. ننصح بالاحتفاظ بالعلبة خلال أول 30 يوماً، علماً بأن المنتج مشمول بضمان لمدة سنتين.",
  ],
  [
    "de-DE",
    "violation",
    "Vielen Dank für Ihre Bestellung 302-1234567-7654321! Wenn Sie mit der Kaffeemühle zufrieden sind, freuen wir uns sehr über eine Bewertung auf Amazon. Falls etwas nicht stimmt, melden Sie sich bitte zuerst bei uns, damit wir es klären können.",
  ],
  [
    "de-DE",
    "clean",
    "Ihre Bestellung 302-8765432-1234567 wurde heute verschickt. Sollte etwas beschädigt ankommen oder fehlen, schreiben Sie uns einfach hier, und wir senden Ihnen umgehend Ersatz – die Rücksendung des Originals ist nicht nötig.",
  ],
  [
    "de-DE",
    "violation",
    "Alles gut angekommen (Bestellung 028-5566778-9900112)? Dann wissen Sie ja, wo die Sterne sind! Und falls nicht: Bitte schreiben Sie uns, bevor Sie irgendwo etwas schreiben – wir finden immer eine Lösung.",
  ],
  [
    "de-DE",
    "clean",
    "Anbei der Korrekturabzug für Ihr graviertes Türschild, Bestellung 302-2233445-5566778. Wenn Sie mit dem Entwurf zufrieden sind, antworten Sie einfach mit „OK“, dann geht er in den Druck. Wünschen Sie Änderungen, teilen Sie uns diese bitte mit.",
  ],
  [
    "de-DE",
    "violation",
    "Zu Ihrer Bestellung 302-7788990-1122334: Sobald die Wetterstation so läuft, wie Sie es sich vorgestellt haben, würden wir uns über ein paar Worte auf der Produktseite freuen. Gibt es dagegen Probleme, geben Sie uns bitte zuerst die Chance, sie zu beheben.",
  ],
  [
    "de-DE",
    "clean",
    "Bezüglich Ihrer Bestellung 028-9988776-5544332: Die Spedition schlägt Donnerstag zwischen 14 und 18 Uhr als Liefertermin vor. Falls Ihnen der Termin nicht passt, sagen Sie uns bitte vorher Bescheid, dann buchen wir ihn um.",
  ],
  [
    "de-DE",
    "violation",
    "Danke, dass Sie bei uns gekauft haben (Bestellung 302-4455667-1234987). Wenn alles reibungslos lief, hinterlassen Sie uns gern eine positive Verkäuferbewertung. Gab es Schwierigkeiten, kontaktieren Sie bitte zuerst uns, bevor Sie uns bewerten.",
  ],
  [
    "de-DE",
    "clean",
    "Sie hatten gefragt, ob Sie für die Erstattung zu Bestellung 302-3344556-6677889 zufrieden sein oder etwas veröffentlichen müssen. Nein – die Erstattung über 24,99 € ist bereits veranlasst und an keinerlei Bedingungen geknüpft.",
  ],
  [
    "de-DE",
    "violation",
    "Ihre Wandersocken aus Bestellung 302-2211009-8877665 sollten morgen ankommen. Wenn sie Sie überzeugen, erzählen Sie es gern der ganzen Welt! Wenn nicht, wenden Sie sich bitte erst an uns, statt etwas zu posten – ein lösbares Problem gehört nicht auf die Produktseite.",
  ],
  [
    "de-DE",
    "clean",
    "Danke für Ihre Bestellung 028-6677889-0011223. Zur Info: Wir bitten unsere Kunden grundsätzlich nicht um Bewertungen. Passt die Jacke, behalten Sie sie; passt sie nicht, ist die Rücksendung kostenlos.",
  ],
  [
    "de-DE",
    "violation",
    "Bestellung 302-1122334-9988776: Passt die Handyhülle perfekt? Dann würden wir gern in einer Rezension davon lesen. Ist etwas schiefgelaufen? Dann melden Sie sich bitte bei uns, bevor Sie eine Bewertung abgeben, damit wir Ihnen Ersatz schicken können.",
  ],
  [
    "de-DE",
    "clean",
    "Der Paketdienst hat sich mit Ihrer Schilderung zufriedengegeben, die Schadensmeldung zu Bestellung 302-5566443-2211009 ist damit abgeschlossen. Ein neues Set Gläser geht heute an Sie raus; die kaputten können Sie einfach entsorgen.",
  ],
  [
    "de-DE",
    "violation",
    "Nochmals danke für Bestellung 302-9988112-3344556. Sollte der Standmixer Ihnen Ärger machen, kontaktieren Sie bitte zuerst uns – wir tauschen ihn ohne Wenn und Aber aus. Ist er dagegen perfekt, hilft es uns enorm, wenn Sie Ihre Erfahrung mit anderen Amazon-Kunden teilen.",
  ],
  [
    "de-DE",
    "clean",
    "Kurze Nachfrage zu Bestellung 302-3141592-6535897: Verbindet sich der Drucker inzwischen mit Ihrem WLAN? Falls die Verbindung weiterhin abbricht, nennen Sie uns bitte Ihr Routermodell, dann helfen wir Ihnen Schritt für Schritt.",
  ],
  [
    "de-DE",
    "violation",
    "Bestellung 028-2345678-8765432 ist unterwegs. Wenn alles perfekt ist, freuen wir uns über 5 Sterne. Wenn nicht, geben Sie bitte noch keine Bewertung ab, sondern schreiben Sie uns – wir bringen das in Ordnung.",
  ],
  [
    "de-DE",
    "clean",
    "Zu Bestellung 302-8877665-4433221: Gern bestätigen wir, dass der Ersatzfilter im Lieferumfang enthalten ist. Sollte er beim Auspacken fehlen, schreiben Sie uns hier, und wir schicken ihn separat nach.",
  ],
  [
    "de-DE",
    "violation",
    "Wir hoffen, die Kinder haben Spaß mit dem Puzzle aus Bestellung 302-6655443-2211998! Zufriedene Familien erzählen anderen auf Amazon davon, und darüber würden wir uns auch freuen. Fehlen Teile? Dann schreiben Sie uns, bevor Sie auf der Seite etwas schreiben, und wir schicken sie nach.",
  ],
  [
    "de-DE",
    "clean",
    "Ihr individuelles T-Shirt aus Bestellung 302-1029384-5647382 wartet auf Ihre Freigabe. Gefällt Ihnen das Motiv so, antworten Sie mit „JA“, und wir drucken noch heute. Falls nicht, sagen Sie uns, was wir ändern sollen.",
  ],
  [
    "de-DE",
    "violation",
    "Bestellung 302-2718281-8284590: Wenn Ihnen die Matratzenauflage zu besserem Schlaf verholfen hat, teilen Sie das gern auf der Produktseite. Wenn nicht, hören wir lieber zuerst direkt von Ihnen, als es dort zu lesen.",
  ],
  [
    "de-DE",
    "clean",
    "Danke für Ihre Nachricht zu Bestellung 028-1357913-5791357. Das Ersatz-Ladegerät wurde heute früh versendet, Sendungsnummer 00340434161234567890. Lädt auch dieses Ihr Gerät nicht, melden Sie sich bitte, dann erstatten wir den vollen Betrag.",
  ],
  [
    "en-GB",
    "violation",
    "Hello, your order 403-1234567-7654321 went out this morning with Royal Mail and should arrive on Thursday. If you're delighted with the teapot, we'd be ever so grateful if you let other shoppers know on Amazon. If anything isn't quite right, though, please message us first so we can sort it out.",
  ],
  [
    "en-GB",
    "clean",
    "Hello, your order 204-5581234-9921034 is on its way and tracking shows delivery tomorrow. If anything arrives damaged or not as described, just reply here and we'll send a replacement or a refund straight away. There's no need to post the broken item back.",
  ],
  [
    "en-GB",
    "violation",
    "Happy with your new kettle from order 026-7712345-3345678? You know where the stars are! Not quite what you hoped? Drop us a line before you write anything and we'll put it right.",
  ],
  [
    "en-GB",
    "clean",
    "Please find attached the proof for your personalised wedding sign, order 202-3345123-8876543. If you're happy with the proof, simply reply OK and we'll print it today. If you'd like any changes to the wording or font, tell us and we'll send a fresh proof.",
  ],
  [
    "en-GB",
    "violation",
    "Thank you for order 203-9987654-1122334. Should the blender give you any trouble, please give us a chance to fix it before you post anything. And if it's whizzing away perfectly, a few words on the product page would mean the world to a small family business like ours.",
  ],
  [
    "en-GB",
    "clean",
    "Your walking boots from order 205-4455667-8899001 were delivered today. If the fit is right, keep them and enjoy; if not, the return is free through Your Orders and we'll refund as soon as they're scanned. Sizes run slightly large, so the half size down is often better.",
  ],
  [
    "en-GB",
    "violation",
    "Thanks for shopping with us, order 206-1029384-5647382 has been delivered. If you're pleased with our service, please leave us some seller feedback on Amazon. If you're not, contact us first so we have the chance to make it right.",
  ],
  [
    "en-GB",
    "clean",
    "Your sofa from order 207-6655443-2211009 is booked for delivery on Tuesday between 8am and 12pm. If the delivery slot doesn't suit you, tell us first and we'll rebook with the courier at no cost. The two-person crew will place it in the room of your choice.",
  ],
  [
    "en-GB",
    "violation",
    "Your router from order 208-3344556-6677889 should arrive tomorrow. Once it's set up and working as you hoped, we'd love to read your review. Having trouble with setup? Please contact us first rather than leaving a low rating – our tech team replies within hours.",
  ],
  [
    "en-GB",
    "clean",
    "You asked whether you need to be happy with the outcome or post anything to receive your refund for order 209-8877665-5443322. No, not at all. The full refund has already been issued and should appear on your card within 3 to 5 working days.",
  ],
  [
    "en-GB",
    "violation",
    "We hope your new duvet from order 210-1112223-3344455 is keeping you cosy. If you love it as much as we do, tell the world on its Amazon page! If it's not what you expected, write to us before you write anything else.",
  ],
  [
    "en-GB",
    "clean",
    "Thanks for your message about order 211-5566778-8990011. For the record, we never ask for reviews, and nothing you decide to do changes how we look after you. If the candle holder arrived chipped, send us a photo here and we'll dispatch a new one.",
  ],
  [
    "en-GB",
    "violation",
    "Your trainers from order 212-2233445-5667788 have been delivered. We hope they fit beautifully. Customers who are happy often share their experience on Amazon, and it really helps us. If there's a problem, though, we'd ask you to talk to us first before doing so.",
  ],
  [
    "en-GB",
    "clean",
    "Your order 213-9900112-2334455 contains two items. The first has been dispatched today. The payment check for the second has now been satisfied, so it will leave our warehouse tomorrow morning and arrive by Saturday.",
  ],
  [
    "en-GB",
    "violation",
    "Your desk lamp from order 214-6677889-9001122 is out for delivery. If everything is perfect, a five-star rating would honestly make our day. If it isn't, please let us know here first and we'll make it perfect.",
  ],
  [
    "en-GB",
    "clean",
    "Thank you for your question about order 215-3344221-1009988. We're happy to confirm that the engraving will read 'Forever Yours' exactly as requested. If you spot a spelling mistake in the preview we sent, please tell us before Friday and we'll correct it.",
  ],
  [
    "en-GB",
    "violation",
    "Your headphones from order 216-7788990-0112233 arrived yesterday. Enjoying them? We'd love to hear it there, on the product page. Any crackling or pairing issues, though, come to us first: we can usually fix it in minutes.",
  ],
  [
    "en-GB",
    "clean",
    "We've sent the replacement lid for your casserole dish, order 217-4455332-2110099. Could you let us know whether it fits? If it does, there's nothing else you need to do; if it doesn't, we'll send a different size free of charge.",
  ],
  [
    "en-GB",
    "violation",
    "Order 218-5544332-2119988 was delivered this afternoon. If our packing and delivery met your expectations, please rate us on Amazon's seller feedback page. If you were disappointed in any way, contact us first – we'd rather hear it privately and fix it.",
  ],
  [
    "en-GB",
    "clean",
    "Your electric heater from order 219-1122998-8776655 has been dispatched. If anything is wrong when it arrives, write to us here and we'll send a replacement. Please keep the box for the first 30 days, and remember the heater comes with a two-year guarantee.",
  ],
  [
    "en-US",
    "violation",
    "Thanks for ordering the bamboo cutting board set, order 403-1234567-7654321. If you love it, we'd be thrilled if you let other shoppers know on Amazon. If anything isn't right, please message us first so we can fix it before you post anything.",
  ],
  [
    "en-US",
    "clean",
    "Hi, your order 403-8765432-1234567 shipped today. If anything arrives damaged or missing, just reply here and we'll send a replacement right away, no need to return the original.",
  ],
  [
    "en-US",
    "violation",
    "Happy with your new desk lamp (order 402-8812345-1122334)? You know where the stars are! Not quite happy? Please write to us before you write anything else — we always make it right.",
  ],
  [
    "en-US",
    "clean",
    "Attached is the proof for your engraved nameplate, order 114-2233445-5566778. If you're happy with the proof, just reply OK and we'll send it to print. If you'd like changes, tell us what to adjust.",
  ],
  [
    "en-US",
    "violation",
    "Order 403-5566778-9900112: we hope the espresso grinder is working great. Once it's dialed in the way you hoped, a quick review on the product page would mean the world to our small shop. If it's giving you trouble, though, give us a chance to sort it out first.",
  ],
  [
    "en-US",
    "clean",
    "Regarding order 111-9988776-5544332: the carrier offered a delivery window of Thursday, 2–6 pm. If that slot doesn't suit you, let us know first and we'll rebook it for a better day.",
  ],
  [
    "en-US",
    "violation",
    "Thank you for buying from us (order 403-7788990-1122334). If you had a smooth experience, please leave us positive seller feedback — it helps a lot. Any problem at all? Contact us first and we'll resolve it before you rate us.",
  ],
  [
    "en-US",
    "clean",
    "You asked whether you need to leave a review or be satisfied to get your refund for order 405-3344556-6677889. No — the refund of $24.99 has already been issued and doesn't depend on anything else.",
  ],
  [
    "en-US",
    "violation",
    "Your hiking socks (order 403-2211009-8877665) should arrive tomorrow. If they're everything you expected, tell the world! And if they aren't, please come to us first rather than posting — we'd hate for a fixable issue to end up on the listing.",
  ],
  [
    "en-US",
    "clean",
    "Thanks for your order 402-6677889-0011223. Just so you know, we never ask customers for reviews or ratings. If the fit is right, keep the jacket; if not, the return is free.",
  ],
  [
    "en-US",
    "violation",
    "Order 403-4455667-1234987: did the phone case fit perfectly? We'd love to hear about it in a review. Did something go wrong? Then please reach out to us before leaving any rating so we can send a replacement.",
  ],
  [
    "en-US",
    "clean",
    "We're satisfied that the damage on order 114-5566443-2211009 happened in transit, so there's no need to send photos. A new set of glasses ships today, and you can keep or recycle the broken ones.",
  ],
  [
    "en-US",
    "violation",
    "Thanks again for order 403-9988112-3344556. Please get in touch with us first if the blender gives you any trouble at all — we'll replace it, no questions asked. If it's perfect, on the other hand, sharing your experience with other Amazon customers would really help us.",
  ],
  [
    "en-US",
    "clean",
    "Following up on order 403-1122334-9988776: is the printer connecting to your Wi-Fi now? If it still drops the connection, reply with the model of your router and we'll walk you through the fix.",
  ],
  [
    "en-US",
    "violation",
    "Order 111-2345678-8765432 is on its way. If everything is perfect, we'd be grateful for a 5-star rating. If not, please don't leave a rating yet — message us and we'll make it right.",
  ],
  [
    "en-US",
    "clean",
    "About order 403-8877665-4433221: happy to confirm that the extra filter you asked about is included in the box. If anything is missing when it arrives, write to us here and we'll ship it separately.",
  ],
  [
    "en-US",
    "violation",
    "We hope the kids are enjoying the puzzle from order 403-6655443-2211998! Families who are happy with it usually tell others on Amazon, and we'd love that too. Missing pieces? Write to us before you write anything on the page and we'll mail them out.",
  ],
  [
    "en-US",
    "clean",
    "Your custom T-shirt order 402-1029384-5647382 is ready for approval. If you're happy with the mockup, reply YES and we'll start printing today; if not, tell us what to change and we'll send a new version.",
  ],
  [
    "en-US",
    "violation",
    "Order 403-3141592-6535897: if the mattress topper has made your nights better, we'd really appreciate it if you shared that on the product page. If it hasn't, we'd much rather hear from you directly first than read about it there.",
  ],
  [
    "en-US",
    "clean",
    "Thank you for contacting us about order 113-2718281-8284590. The replacement charger shipped this morning with tracking 1Z999AA10123456784. If it doesn't charge your device either, please let us know and we'll issue a full refund.",
  ],
  [
    "es-ES",
    "violation",
    "¡Gracias por su pedido 171-1234567-7654321! Si está contento con la freidora de aire, nos encantaría que dejara una valoración en Amazon. Si algo no va bien, escríbanos primero a nosotros para que podamos solucionarlo.",
  ],
  [
    "es-ES",
    "clean",
    "Su pedido 403-8765432-1234567 ha salido hoy de nuestro almacén. Si llega algo dañado o falta alguna pieza, respóndanos aquí mismo y le enviaremos un repuesto enseguida, sin necesidad de devolver el original.",
  ],
  [
    "es-ES",
    "violation",
    "¿Ha llegado todo bien (pedido 171-5566778-9900112)? ¡Ya sabe dónde están las estrellas! ¿Algo no le convence? Escríbanos antes de escribir nada en ningún sitio; siempre encontramos una solución.",
  ],
  [
    "es-ES",
    "clean",
    "Le adjuntamos la prueba de la placa grabada del pedido 403-2233445-5566778. Si está conforme con la prueba, responda «OK» y la mandamos a imprimir. Si quiere algún cambio, indíquenos qué debemos modificar.",
  ],
  [
    "es-ES",
    "violation",
    "Sobre su pedido 407-7788990-1122334: en cuanto la estación meteorológica funcione como usted esperaba, nos haría mucha ilusión leer unas palabras suyas en la página del producto. Si en cambio le da problemas, denos antes la oportunidad de arreglarlo.",
  ],
  [
    "es-ES",
    "clean",
    "En relación con su pedido 171-9988776-5544332: la agencia de transporte propone entregarlo el jueves entre las 14:00 y las 18:00. Si esa franja no le viene bien, avísenos antes y la cambiamos por otro día.",
  ],
  [
    "es-ES",
    "violation",
    "Gracias por comprar en nuestra tienda (pedido 403-4455667-1234987). Si todo ha ido sobre ruedas, le agradeceríamos una valoración positiva como vendedor. Si ha tenido cualquier problema, contacte primero con nosotros antes de valorarnos.",
  ],
  [
    "es-ES",
    "clean",
    "Nos preguntaba si tiene que estar satisfecho o publicar algo para recibir el reembolso del pedido 171-3344556-6677889. No: el reembolso de 24,99 € ya está tramitado y no depende de nada más.",
  ],
  [
    "es-ES",
    "violation",
    "Sus calcetines de senderismo (pedido 171-2211009-8877665) deberían llegar mañana. Si le convencen, ¡cuénteselo al mundo! Y si no, acuda primero a nosotros en lugar de publicarlo; sería una pena que un problema con solución acabara en la ficha del producto.",
  ],
  [
    "es-ES",
    "clean",
    "Gracias por su pedido 407-6677889-0011223. Para que lo sepa: nunca pedimos reseñas ni valoraciones a nuestros clientes. Si la chaqueta le queda bien, quédesela; si no, la devolución es gratuita.",
  ],
  [
    "es-ES",
    "violation",
    "Pedido 403-1122334-9988776: ¿la funda le ha quedado perfecta? Nos encantaría leerlo en una reseña. ¿Ha fallado algo? Entonces escríbanos antes de poner ninguna valoración y le mandamos otra.",
  ],
  [
    "es-ES",
    "clean",
    "Con su descripción de los daños del pedido 171-5566443-2211009 nos damos por satisfechos, así que no hace falta que envíe fotos. Hoy mismo sale un juego de vasos nuevo; los rotos puede desecharlos.",
  ],
  [
    "es-ES",
    "violation",
    "Gracias de nuevo por el pedido 171-9988112-3344556. Si la batidora le da cualquier problema, contacte primero con nosotros: se la cambiamos sin preguntas. Si en cambio le resulta perfecta, nos ayudaría muchísimo que compartiera su experiencia con otros clientes de Amazon.",
  ],
  [
    "es-ES",
    "clean",
    "Le escribimos sobre el pedido 403-3141592-6535897: ¿ya se conecta la impresora a su wifi? Si sigue perdiendo la conexión, díganos el modelo de su router y le guiamos paso a paso.",
  ],
  [
    "es-ES",
    "violation",
    "Su pedido 407-2345678-8765432 ya está en camino. Si todo es perfecto, le agradeceríamos mucho una valoración de 5 estrellas. Si no, no valore todavía: escríbanos y lo arreglamos.",
  ],
  [
    "es-ES",
    "clean",
    "Sobre el pedido 171-8877665-4433221: con mucho gusto le confirmamos que el filtro de repuesto va incluido en la caja. Si al abrirla no lo encuentra, escríbanos por aquí y se lo enviamos por separado.",
  ],
  [
    "es-ES",
    "violation",
    "¡Esperamos que los peques disfruten del puzle del pedido 403-6655443-2211998! Las familias contentas suelen contarlo a otros en Amazon, y a nosotros nos haría muchísima ilusión. ¿Faltan piezas? Escríbanos antes de escribir nada en la página y se las enviamos.",
  ],
  [
    "es-ES",
    "clean",
    "Su camiseta personalizada del pedido 171-1029384-5647382 está lista para su aprobación. Si le gusta el diseño tal cual, responda «SÍ» y la imprimimos hoy mismo; si no, díganos qué cambiar y le mandamos otra versión.",
  ],
  [
    "es-ES",
    "violation",
    "Pedido 407-2718281-8284590: si el topper le ha ayudado a dormir mejor, compártalo en la página del producto. Si no, preferimos que nos lo cuente primero a nosotros antes que leerlo allí.",
  ],
  [
    "es-ES",
    "clean",
    "Gracias por escribirnos sobre el pedido 171-1357913-5791357. El cargador de sustitución salió esta mañana con el número de seguimiento PQ4B7X0123456. Si tampoco carga su dispositivo, avísenos y le devolveremos el importe íntegro.",
  ],
  [
    "es-MX",
    "violation",
    "Hola, su pedido 701-2345678-1234567 ya va en camino y debería llegar el jueves. Si la licuadora le encantó, nos ayudaría muchísimo que se lo contara a otros compradores en Amazon. Si algo no salió bien, por favor escríbanos primero y con gusto lo resolvemos.",
  ],
  [
    "es-MX",
    "clean",
    "Hola, le confirmamos que su pedido 702-5581234-9921034 salió hoy por paquetería. Si el producto llega golpeado o incompleto, escríbanos por aquí y le mandamos uno nuevo sin costo. No hace falta que nos devuelva el dañado.",
  ],
  [
    "es-MX",
    "violation",
    "¿Quedó contento con sus audífonos del pedido 703-7712345-3345678? Ya sabe dónde están las estrellitas. ¿Algo no le convenció? Escríbanos antes de publicar cualquier cosa y lo arreglamos.",
  ],
  [
    "es-MX",
    "clean",
    "Le compartimos la prueba de diseño de las invitaciones de su pedido 704-3345123-8876543. Si le gusta cómo quedó, contéstenos 'OK' y hoy mismo mandamos a imprimir. Si quiere cambiar el texto o el color, díganos qué y le hacemos otra prueba.",
  ],
  [
    "es-MX",
    "violation",
    "Gracias por su pedido 705-9987654-1122334. Si la cafetera le llega a dar algún problema, denos chance de arreglarlo antes de publicar nada. Y si funciona de maravilla, unas palabras en la página del producto nos ayudarían un montón, somos un negocio familiar.",
  ],
  [
    "es-MX",
    "clean",
    "Sus tenis del pedido 706-4455667-8899001 fueron entregados hoy. Si la talla le queda bien, quédeselos y disfrútelos; si no, la devolución es gratis desde Mis pedidos y el reembolso se hace en cuanto la paquetería los escanee.",
  ],
  [
    "es-MX",
    "violation",
    "Gracias por comprar con nosotros, su pedido 707-1029384-5647382 ya fue entregado. Si quedó satisfecho con nuestro servicio, le agradeceremos mucho que nos califique como vendedor en Amazon. Si no, contáctenos primero para poder darle una solución.",
  ],
  [
    "es-MX",
    "clean",
    "Su refrigerador del pedido 708-6655443-2211009 está programado para entregarse el martes entre 9 y 14 h. Si ese horario no le acomoda, avísenos antes y lo reprogramamos con la paquetería sin costo. Los repartidores lo dejan en la cocina.",
  ],
  [
    "es-MX",
    "violation",
    "Su módem del pedido 709-3344556-6677889 llega mañana. Una vez que funcione como usted esperaba, nos encantaría leer su reseña. Si tiene problemas con la instalación, por favor contáctenos primero en lugar de dejar una calificación baja; soporte responde en pocas horas.",
  ],
  [
    "es-MX",
    "clean",
    "Nos preguntó si tiene que quedar satisfecho o publicar algo para recibir el reembolso del pedido 710-8877665-5443322. No, para nada. El reembolso completo ya se emitió y se verá reflejado en su tarjeta en un plazo de 3 a 5 días hábiles.",
  ],
  [
    "es-MX",
    "violation",
    "Esperamos que el edredón de su pedido 711-1112223-3344455 lo mantenga calientito. Si le encantó tanto como a nosotros, ¡cuénteselo a todo el mundo en su página de Amazon! Si no es lo que esperaba, escríbanos antes de escribir cualquier otra cosa.",
  ],
  [
    "es-MX",
    "clean",
    "Gracias por su mensaje sobre el pedido 712-5566778-8990011. Queremos aclararle que nunca pedimos reseñas y que nada de lo que usted decida cambia la atención que le damos. Si el portavelas llegó despostillado, mándenos una foto por aquí y le enviamos otro.",
  ],
  [
    "es-MX",
    "violation",
    "Sus botas del pedido 713-2233445-5667788 ya fueron entregadas y esperamos que le queden perfectas. Los clientes contentos suelen compartir su experiencia en Amazon y eso nos ayuda mucho. Pero si hay algún problema, le pedimos que antes de hacerlo hable primero con nosotros.",
  ],
  [
    "es-MX",
    "clean",
    "Le confirmamos que su pedido 714-9900112-2334455 ya va en camino. Incluimos la tarjeta de regalo con el mensaje '¡Feliz cumpleaños, mamá!' tal como lo pidió, y el paquete va sin factura ni precios a la vista.",
  ],
  [
    "es-MX",
    "violation",
    "Su lámpara de escritorio del pedido 715-6677889-9001122 ya salió a reparto. Si todo está perfecto, cinco estrellas nos alegrarían el día. Si no, díganos aquí primero y lo dejamos perfecto.",
  ],
  [
    "es-MX",
    "clean",
    "Gracias por su pregunta sobre el pedido 716-3344221-1009988. Con gusto le confirmamos que el grabado dirá 'Siempre juntos' tal como lo solicitó. Si ve algún error de ortografía en la vista previa, avísenos antes del viernes y lo corregimos.",
  ],
  [
    "es-MX",
    "violation",
    "Sus audífonos del pedido 717-7788990-0112233 llegaron ayer. ¿Los está disfrutando? Nos encantaría que lo dijera allá, en la página del producto. Si escucha algún ruido o falla la conexión, primero venga con nosotros: casi siempre lo resolvemos en minutos.",
  ],
  [
    "es-MX",
    "clean",
    "Ya le enviamos la tapa de repuesto para su olla del pedido 718-4455332-2110099. ¿Nos confirma si le quedó? Si sí, no tiene que hacer nada más; si no, le mandamos otra medida sin costo.",
  ],
  [
    "es-MX",
    "violation",
    "Su pedido 719-5544332-2119988 se entregó esta tarde. Si el empaque y la entrega cumplieron sus expectativas, por favor califíquenos en la sección de comentarios del vendedor de Amazon. Si algo le decepcionó, contáctenos primero: preferimos saberlo en privado y arreglarlo.",
  ],
  [
    "es-MX",
    "clean",
    "Su ventilador de torre del pedido 720-1122998-8776655 ya fue enviado. Si algo viene mal cuando lo reciba, escríbanos por aquí y le mandamos un reemplazo. Le sugerimos conservar la caja los primeros 30 días; el equipo tiene un año de garantía.",
  ],
  [
    "fr-FR",
    "violation",
    "Merci pour votre commande 171-1234567-7654321 ! Si vous êtes satisfait de votre bouilloire, un avis sur Amazon nous ferait très plaisir. Si quelque chose ne va pas, contactez-nous d'abord afin que nous puissions régler le problème.",
  ],
  [
    "fr-FR",
    "clean",
    "Votre commande 403-8765432-1234567 a été expédiée aujourd'hui. Si un article arrive abîmé ou manquant, répondez simplement à ce message et nous vous enverrons un remplacement sans délai, sans retour de l'original.",
  ],
  [
    "fr-FR",
    "violation",
    "Tout est bien arrivé (commande 171-5566778-9900112) ? Vous savez où se trouvent les étoiles ! Un souci ? Écrivez-nous avant d'écrire quoi que ce soit ailleurs, nous trouvons toujours une solution.",
  ],
  [
    "fr-FR",
    "clean",
    "Vous trouverez ci-joint le BAT de votre plaque gravée, commande 403-2233445-5566778. Si le BAT vous convient, répondez simplement « OK » et nous lançons l'impression. Pour toute modification, indiquez-nous ce qu'il faut changer.",
  ],
  [
    "fr-FR",
    "violation",
    "Concernant votre commande 407-7788990-1122334 : dès que la station météo fonctionnera comme vous l'espériez, quelques mots de votre part sur la page du produit nous feraient chaud au cœur. Si au contraire elle vous pose problème, laissez-nous d'abord une chance de la réparer.",
  ],
  [
    "fr-FR",
    "clean",
    "Au sujet de votre commande 171-9988776-5544332 : le transporteur propose une livraison jeudi entre 14 h et 18 h. Si ce créneau ne vous arrange pas, prévenez-nous avant et nous la reprogrammerons.",
  ],
  [
    "fr-FR",
    "violation",
    "Merci d'avoir commandé chez nous (commande 403-4455667-1234987). Si tout s'est bien passé, n'hésitez pas à nous laisser une évaluation vendeur positive. En cas de souci, contactez-nous d'abord, avant de nous évaluer.",
  ],
  [
    "fr-FR",
    "clean",
    "Vous nous demandiez s'il fallait être satisfait ou publier quelque chose pour obtenir le remboursement de la commande 171-3344556-6677889. Non : le remboursement de 24,99 € est déjà effectué et ne dépend de rien d'autre.",
  ],
  [
    "fr-FR",
    "violation",
    "Vos chaussettes de randonnée (commande 171-2211009-8877665) devraient arriver demain. Si elles vous plaisent, faites-le savoir à tout le monde ! Sinon, adressez-vous d'abord à nous plutôt que de publier quoi que ce soit : un problème qui se règle n'a rien à faire sur la fiche produit.",
  ],
  [
    "fr-FR",
    "clean",
    "Merci pour votre commande 407-6677889-0011223. Pour information, nous ne demandons jamais d'avis ni de notes à nos clients. Si la taille vous va, gardez la veste ; sinon, le retour est gratuit.",
  ],
  [
    "fr-FR",
    "violation",
    "Commande 403-1122334-9988776 : la coque vous va parfaitement ? Nous serions ravis de le lire dans un commentaire. Quelque chose ne va pas ? Écrivez-nous avant de laisser une note, nous vous en enverrons une autre.",
  ],
  [
    "fr-FR",
    "clean",
    "Nous avons satisfait à votre demande concernant la commande 171-5566443-2211009 : un nouveau lot de verres part aujourd'hui, sans qu'il soit nécessaire de nous envoyer des photos. Vous pouvez jeter les verres cassés.",
  ],
  [
    "fr-FR",
    "violation",
    "Merci encore pour la commande 171-9988112-3344556. Si le blender vous cause le moindre souci, contactez-nous en premier : nous l'échangeons sans discuter. S'il est parfait en revanche, partager votre expérience avec les autres clients Amazon nous aiderait énormément.",
  ],
  [
    "fr-FR",
    "clean",
    "Petit suivi de la commande 403-3141592-6535897 : l'imprimante se connecte-t-elle enfin à votre Wi-Fi ? Si la connexion saute encore, indiquez-nous le modèle de votre box et nous vous guiderons pas à pas.",
  ],
  [
    "fr-FR",
    "violation",
    "Votre commande 407-2345678-8765432 est en route. Si tout est parfait, une note de 5 étoiles nous ferait très plaisir. Dans le cas contraire, ne notez pas encore : écrivez-nous et nous arrangerons ça.",
  ],
  [
    "fr-FR",
    "clean",
    "Commande 171-8877665-4433221 : nous avons le plaisir de vous confirmer que le filtre de rechange est bien inclus dans le colis. S'il manque à l'ouverture, écrivez-nous ici et nous l'enverrons séparément.",
  ],
  [
    "fr-FR",
    "violation",
    "Nous espérons que les enfants s'amusent avec le puzzle de la commande 403-6655443-2211998 ! Les familles contentes en parlent souvent aux autres sur Amazon, et cela nous ferait très plaisir aussi. Des pièces manquantes ? Écrivez-nous avant d'écrire quoi que ce soit sur la page, nous vous les enverrons.",
  ],
  [
    "fr-FR",
    "clean",
    "Votre t-shirt personnalisé (commande 171-1029384-5647382) attend votre validation. Si le visuel vous plaît tel quel, répondez « OUI » et nous l'imprimons aujourd'hui ; sinon, dites-nous quoi modifier et nous vous enverrons une nouvelle version.",
  ],
  [
    "fr-FR",
    "violation",
    "Commande 407-2718281-8284590 : si le surmatelas vous a aidé à mieux dormir, partagez-le sur la page du produit. Sinon, nous préférons l'apprendre d'abord directement de vous plutôt que de le lire là-bas.",
  ],
  [
    "fr-FR",
    "clean",
    "Merci de nous avoir écrit au sujet de la commande 171-1357913-5791357. Le chargeur de remplacement est parti ce matin, numéro de suivi 6A12345678901. S'il ne charge toujours pas votre appareil, prévenez-nous et nous vous rembourserons intégralement.",
  ],
  [
    "hi-IN",
    "violation",
    "नमस्ते! आपका ऑर्डर 404-1234567-7654321 आज डिस्पैच हो गया है और गुरुवार तक पहुँच जाना चाहिए। अगर आपको प्रेशर कुकर पसंद आए, तो Amazon पर दूसरे ग्राहकों को ज़रूर बताइए, इससे हमें बहुत मदद मिलेगी। और अगर कोई भी दिक़्क़त हो, तो कृपया पहले हमसे संपर्क करें, हम तुरंत ठीक कर देंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, आपका ऑर्डर 404-5581234-9921034 भेज दिया गया है और ट्रैकिंग के अनुसार कल डिलीवर होगा। अगर सामान टूटा हुआ या अधूरा पहुँचे, तो बस यहीं जवाब दें, हम तुरंत नया भेज देंगे या रिफ़ंड कर देंगे। टूटा हुआ सामान वापस भेजने की ज़रूरत नहीं है।",
  ],
  [
    "hi-IN",
    "violation",
    "ऑर्डर 404-7712345-3345678 वाले ईयरबड्स से ख़ुश हैं? तो आपको पता ही है कि स्टार कहाँ हैं! कुछ कमी लगी? कुछ भी लिखने से पहले हमें एक मैसेज कर दीजिए, हम उसे तुरंत ठीक कर देंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "नमस्ते, आपके ऑर्डर 404-3345123-8876543 के शादी के कार्ड का प्रूफ़ साथ में भेजा है। अगर प्रूफ़ आपको ठीक लगे, तो बस 'OK' लिखकर जवाब दें, हम आज ही छपाई शुरू कर देंगे। नाम, तारीख़ या रंग में कोई बदलाव चाहिए तो बताइए, हम नया प्रूफ़ भेज देंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "ऑर्डर 404-9987654-1122334 के लिए धन्यवाद! अगर मिक्सर ग्राइंडर में कोई परेशानी आए, तो कुछ भी पोस्ट करने से पहले हमें उसे ठीक करने का एक मौक़ा ज़रूर दें। और अगर यह बढ़िया चल रहा है, तो प्रोडक्ट पेज पर दो शब्द लिख दीजिए, हमारे जैसे छोटे पारिवारिक बिज़नेस के लिए यह बहुत मायने रखता है।",
  ],
  [
    "hi-IN",
    "clean",
    "आपके ऑर्डर 404-4455667-8899001 के कुर्ते आज डिलीवर हो गए हैं। अगर साइज़ सही है तो आराम से पहनिए; अगर नहीं, तो Your Orders से रिटर्न बिल्कुल मुफ़्त है और पिकअप होते ही रिफ़ंड हो जाएगा।",
  ],
  [
    "hi-IN",
    "violation",
    "हमसे ख़रीदारी करने के लिए धन्यवाद, आपका ऑर्डर 404-1029384-5647382 डिलीवर हो चुका है। अगर आप हमारी सर्विस से संतुष्ट हैं, तो कृपया Amazon पर हमें सेलर फ़ीडबैक दें। अगर नहीं, तो पहले हमसे संपर्क करें ताकि हम सब ठीक कर सकें।",
  ],
  [
    "hi-IN",
    "clean",
    "आपके ऑर्डर 404-6655443-2211009 का सोफ़ा मंगलवार सुबह 10 से 1 बजे के बीच डिलीवर होना तय है। अगर यह समय आपके लिए ठीक नहीं है, तो पहले हमें बता दीजिए, हम कूरियर से बात करके बिना किसी चार्ज के समय बदल देंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "आपके ऑर्डर 404-3344556-6677889 का वाई-फ़ाई राउटर कल पहुँच जाएगा। जब यह सेट होकर आपकी उम्मीद के मुताबिक़ चलने लगे, तो हमें आपका रिव्यू पढ़कर बहुत ख़ुशी होगी। सेटअप में कोई दिक़्क़त हो तो कम रेटिंग देने की बजाय पहले हमसे संपर्क करें, हमारी टेक टीम कुछ ही घंटों में जवाब देती है।",
  ],
  [
    "hi-IN",
    "clean",
    "आपने पूछा था कि ऑर्डर 404-8877665-5443322 का रिफ़ंड पाने के लिए क्या आपको संतुष्ट होना या कुछ पोस्ट करना ज़रूरी है। जी नहीं, बिल्कुल नहीं। पूरा रिफ़ंड जारी कर दिया गया है और 3 से 5 कामकाजी दिनों में आपके खाते में दिख जाएगा।",
  ],
  [
    "hi-IN",
    "violation",
    "उम्मीद है ऑर्डर 404-1112223-3344455 की रज़ाई आपको गरम रख रही है। अगर आपको यह हमारी तरह ही बहुत पसंद आई, तो Amazon पर इसके प्रोडक्ट पेज पर पूरी दुनिया को बताइए! अगर यह आपकी उम्मीद जैसी नहीं निकली, तो कुछ और लिखने से पहले हमें लिखिए।",
  ],
  [
    "hi-IN",
    "clean",
    "ऑर्डर 404-5566778-8990011 के बारे में आपके मैसेज के लिए धन्यवाद। हम कभी भी रिव्यू नहीं माँगते, और आप जो भी करें, उससे हमारी सर्विस पर कोई फ़र्क़ नहीं पड़ेगा। अगर दीया स्टैंड टूटा हुआ पहुँचा है, तो यहीं एक फ़ोटो भेज दें, हम नया भेज देंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "आपके ऑर्डर 404-2233445-5667788 के स्पोर्ट्स शूज़ डिलीवर हो गए हैं, उम्मीद है कि एकदम सही फ़िट आए होंगे। जो ग्राहक ख़ुश होते हैं, वे अक्सर Amazon पर अपना अनुभव शेयर करते हैं, और इससे हमें बहुत मदद मिलती है। लेकिन अगर कोई समस्या हो, तो ऐसा करने से पहले एक बार हमसे बात ज़रूर कर लें।",
  ],
  [
    "hi-IN",
    "clean",
    "आपका ऑर्डर 404-9900112-2334455 आज भेज दिया गया है। आपके कहे अनुसार गिफ़्ट कार्ड पर 'हैप्पी दिवाली, दादी माँ!' लिखा गया है और गिफ़्ट रैप भी कर दिया है। पैकेट में कोई बिल या क़ीमत नहीं रखी गई है।",
  ],
  [
    "hi-IN",
    "violation",
    "आपके ऑर्डर 404-6677889-9001122 का टेबल लैंप आज डिलीवरी के लिए निकल चुका है। अगर सब कुछ एकदम परफ़ेक्ट है, तो पाँच स्टार से हमारा दिन बन जाएगा। अगर नहीं, तो कृपया पहले यहीं हमें बताइए, हम उसे परफ़ेक्ट कर देंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "ऑर्डर 404-3344221-1009988 के बारे में आपके सवाल के लिए धन्यवाद। हमें यह पुष्टि करते हुए ख़ुशी है कि नेमप्लेट पर 'शर्मा निवास' ही लिखा जाएगा, जैसा आपने कहा था। अगर प्रीव्यू में कोई स्पेलिंग की ग़लती दिखे, तो शुक्रवार से पहले बता दें, हम सुधार देंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "आपके ऑर्डर 404-7788990-0112233 के हेडफ़ोन कल पहुँच गए थे। मज़ा आ रहा है? तो हम वहीं, प्रोडक्ट पेज पर, आपसे सुनना चाहेंगे। अगर आवाज़ में खरखराहट हो या ब्लूटूथ जोड़ने में दिक़्क़त हो, तो पहले हमारे पास आइए, ज़्यादातर चीज़ें हम कुछ मिनटों में ठीक कर देते हैं।",
  ],
  [
    "hi-IN",
    "clean",
    "हमने आपके ऑर्डर 404-4455332-2110099 के कुकर का नया ढक्कन भेज दिया है। क्या आप बता सकते हैं कि यह ठीक से बैठ रहा है या नहीं? अगर हाँ, तो आपको और कुछ करने की ज़रूरत नहीं; अगर नहीं, तो हम दूसरा साइज़ मुफ़्त भेज देंगे।",
  ],
  [
    "hi-IN",
    "violation",
    "आपका ऑर्डर 404-5544332-2119988 आज दोपहर डिलीवर हो गया। अगर हमारी पैकिंग और डिलीवरी आपकी उम्मीदों पर खरी उतरी, तो कृपया Amazon पर सेलर के तौर पर हमें रेटिंग दें। अगर किसी भी बात से निराशा हुई हो, तो पहले हमसे संपर्क करें, हम इसे सीधे सुनकर हल करना चाहेंगे।",
  ],
  [
    "hi-IN",
    "clean",
    "आपके ऑर्डर 404-1122998-8776655 का रूम हीटर भेज दिया गया है। पहुँचने पर अगर कुछ भी ग़लत हो, तो यहीं हमें लिखें, हम रिप्लेसमेंट भेज देंगे। पहले 30 दिन डिब्बा संभालकर रखें, और याद रखें कि इस पर एक साल की वारंटी है।",
  ],
  [
    "it-IT",
    "violation",
    "Grazie per il suo ordine 171-1234567-7654321! Se è soddisfatto del bollitore, ci farebbe molto piacere una sua recensione su Amazon. Se invece qualcosa non va, ci contatti prima, così possiamo risolvere il problema.",
  ],
  [
    "it-IT",
    "clean",
    "Il suo ordine 403-8765432-1234567 è stato spedito oggi. Se qualcosa arriva danneggiato o manca, risponda pure a questo messaggio e le invieremo subito un ricambio, senza bisogno di restituire l'originale.",
  ],
  [
    "it-IT",
    "violation",
    "È arrivato tutto bene (ordine 171-5566778-9900112)? Sa dove si trovano le stelline! Qualcosa non la convince? Ci scriva prima di scrivere qualsiasi cosa altrove: troviamo sempre una soluzione.",
  ],
  [
    "it-IT",
    "clean",
    "In allegato trova la bozza della targa incisa, ordine 403-2233445-5566778. Se la bozza le va bene, risponda semplicemente «OK» e la mandiamo in stampa. Se desidera modifiche, ci indichi cosa cambiare.",
  ],
  [
    "it-IT",
    "violation",
    "Riguardo al suo ordine 407-7788990-1122334: non appena la stazione meteo funzionerà come sperava, ci farebbe felici leggere due righe sulla pagina del prodotto. Se invece le dà problemi, ci dia prima la possibilità di sistemarla.",
  ],
  [
    "it-IT",
    "clean",
    "In merito all'ordine 171-9988776-5544332: il corriere propone la consegna giovedì tra le 14 e le 18. Se la fascia oraria non le va bene, ce lo dica prima e la riprogrammiamo.",
  ],
  [
    "it-IT",
    "violation",
    "Grazie per aver acquistato da noi (ordine 403-4455667-1234987). Se è andato tutto liscio, ci lasci pure un feedback positivo come venditore. In caso di qualsiasi problema, ci contatti prima di valutarci.",
  ],
  [
    "it-IT",
    "clean",
    "Ci chiedeva se deve essere soddisfatto o pubblicare qualcosa per ricevere il rimborso dell'ordine 171-3344556-6677889. No: il rimborso di 24,99 € è già stato emesso e non dipende da nient'altro.",
  ],
  [
    "it-IT",
    "violation",
    "Le calze da trekking (ordine 171-2211009-8877665) dovrebbero arrivare domani. Se la convincono, lo dica a tutti! Se no, si rivolga prima a noi invece di pubblicare qualcosa: sarebbe un peccato che un problema risolvibile finisse sulla scheda prodotto.",
  ],
  [
    "it-IT",
    "clean",
    "Grazie per l'ordine 407-6677889-0011223. Per sua informazione, non chiediamo mai recensioni o valutazioni ai nostri clienti. Se la taglia va bene, tenga la giacca; altrimenti il reso è gratuito.",
  ],
  [
    "it-IT",
    "violation",
    "Ordine 403-1122334-9988776: la cover calza a pennello? Ci piacerebbe leggerlo in una recensione. Qualcosa è andato storto? Allora ci scriva prima di lasciare qualsiasi valutazione e gliene mandiamo un'altra.",
  ],
  [
    "it-IT",
    "clean",
    "Abbiamo soddisfatto la sua richiesta relativa all'ordine 171-5566443-2211009: un nuovo set di bicchieri parte oggi, senza bisogno di inviarci foto. I bicchieri rotti può pure buttarli.",
  ],
  [
    "it-IT",
    "violation",
    "Grazie ancora per l'ordine 171-9988112-3344556. Se il frullatore le dà il minimo problema, contatti prima noi: lo sostituiamo senza discussioni. Se invece è perfetto, condividere la sua esperienza con gli altri clienti Amazon ci aiuterebbe tantissimo.",
  ],
  [
    "it-IT",
    "clean",
    "Le scriviamo per l'ordine 403-3141592-6535897: la stampante ora si collega al suo Wi-Fi? Se la connessione continua a cadere, ci indichi il modello del router e la guidiamo passo dopo passo.",
  ],
  [
    "it-IT",
    "violation",
    "Il suo ordine 407-2345678-8765432 è in viaggio. Se tutto è perfetto, una valutazione a 5 stelle ci renderebbe felicissimi. In caso contrario, non valuti ancora: ci scriva e sistemiamo tutto.",
  ],
  [
    "it-IT",
    "clean",
    "Ordine 171-8877665-4433221: siamo felici di confermarle che il filtro di ricambio è incluso nella confezione. Se all'apertura non dovesse esserci, ci scriva qui e glielo spediamo a parte.",
  ],
  [
    "it-IT",
    "violation",
    "Speriamo che i bambini si divertano con il puzzle dell'ordine 403-6655443-2211998! Le famiglie contente di solito lo raccontano agli altri su Amazon, e a noi farebbe tanto piacere. Mancano dei pezzi? Ci scriva prima di scrivere qualcosa sulla pagina e glieli spediamo.",
  ],
  [
    "it-IT",
    "clean",
    "La sua maglietta personalizzata (ordine 171-1029384-5647382) attende la sua approvazione. Se la grafica le piace così, risponda «SÌ» e la stampiamo oggi stesso; altrimenti ci dica cosa modificare e le mandiamo una nuova versione.",
  ],
  [
    "it-IT",
    "violation",
    "Ordine 407-2718281-8284590: se il topper l'ha aiutata a dormire meglio, lo condivida sulla pagina del prodotto. Se no, preferiamo saperlo prima direttamente da lei piuttosto che leggerlo lì.",
  ],
  [
    "it-IT",
    "clean",
    "Grazie per averci scritto riguardo all'ordine 171-1357913-5791357. Il caricabatterie sostitutivo è partito stamattina con numero di tracciamento BRT0123456789. Se anche questo non carica il dispositivo, ci avvisi e la rimborseremo per intero.",
  ],
  [
    "ja-JP",
    "violation",
    "この度はご注文いただき誠にありがとうございます（注文番号：503-1234567-7654321）。本日ヤマト運輸にて発送いたしました。炊飯器をお気に召していただけましたら、ぜひAmazonで他のお客様にもその良さをお伝えいただけますと幸いです。万が一気になる点がございましたら、まずは当店までご連絡ください。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-5581234-9921034の商品を本日発送いたしました。万が一、破損や部品の不足がございましたら、こちらのメッセージにご返信いただければ、すぐに代替品をお送りするか、ご返金にて対応いたします。破損品のご返送は不要です。今後ともどうぞよろしくお願いいたします。",
  ],
  [
    "ja-JP",
    "violation",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-7712345-3345678のワイヤレスイヤホン、気に入っていただけましたか？でしたら、星の場所はもうご存じですよね。もし「ちょっと違うかも」と感じられたら、何かを書き込まれる前に一度当店へご連絡ください。すぐに対応いたします。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-3345123-8876543の名入れ表札の校正データをお送りいたします。内容にご満足いただけましたら「OK」とご返信いただければ、本日中に製作に入ります。文字やフォントの修正をご希望の場合は、お気軽にお申し付けいただければ、再度校正をお送りします。",
  ],
  [
    "ja-JP",
    "violation",
    "注文番号503-9987654-1122334をご購入いただきありがとうございます。ブレンダーに不具合がございましたら、どこかに投稿される前に、まずは当店に改善の機会をいただけますと幸いです。そして問題なくご愛用いただけているようでしたら、商品ページに一言いただけると小さな家族経営の当店には大きな励みになります。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-4455667-8899001のスニーカーを本日お届けいたしました。サイズが合っていればそのままお使いください。合わない場合は注文履歴から無料で返品いただけ、返品商品の集荷が確認され次第、返金いたします。今後ともどうぞよろしくお願いいたします。",
  ],
  [
    "ja-JP",
    "violation",
    "このたびは当店をご利用いただきありがとうございます。注文番号503-1029384-5647382はお届け済みとなっております。当店の対応にご満足いただけましたら、Amazonの出品者評価をお願いできれば幸いです。ご満足いただけなかった場合は、評価の前にまず当店までご連絡ください。今後ともどうぞよろしくお願いいたします。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-6655443-2211009のソファは、火曜日の午前中（8時〜12時）にお届け予定です。このお時間のご都合が悪い場合は、事前に当店までお知らせください。配送業者と調整し、無料で日時を変更いたします。設置はご希望のお部屋まで行います。",
  ],
  [
    "ja-JP",
    "violation",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-3344556-6677889のWi-Fiルーターは明日お届け予定です。設定が完了し、期待どおりに動くようになりましたら、ぜひレビューを拝見したいです。設定でお困りの際は、低い評価をつける前にまず当店にご連絡ください。サポート担当が数時間以内にお返事いたします。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-8877665-5443322の返金について、「満足したと伝えたり、何か投稿したりしないと返金されないのか」とのご質問をいただきました。いいえ、その必要は一切ございません。全額の返金手続きはすでに完了しており、3〜5営業日以内にカードに反映されます。",
  ],
  [
    "ja-JP",
    "violation",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-1112223-3344455の羽毛布団、暖かくお使いいただけていますでしょうか。私たちと同じくらい気に入っていただけたなら、ぜひAmazonの商品ページで世界中に広めてください！イメージと違った場合は、何か書かれる前にまず私たちにメッセージをお送りください。",
  ],
  [
    "ja-JP",
    "clean",
    "注文番号503-5566778-8990011についてご連絡いただきありがとうございます。当店ではレビューをお願いすることは一切ございません。また、お客様がどのようにされても、当店の対応が変わることはございません。キャンドルホルダーに欠けがございましたら、写真をお送りいただければ新しいものを発送いたします。",
  ],
  [
    "ja-JP",
    "violation",
    "注文番号503-2233445-5667788のランニングシューズをお届けいたしました。サイズがぴったりであることを願っております。ご満足いただいたお客様の多くは、Amazonで感想をシェアしてくださり、私たちにとって大きな支えになっています。ただ、何か問題がございましたら、その前にまず当店にご相談いただけますようお願いいたします。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-9900112-2334455の商品を本日発送いたしました。ご指定どおり「HAPPY BIRTHDAY」柄の包装紙でラッピングし、「お母さん、いつもありがとう」とのメッセージカードを添えております。納品書や金額の分かるものは同梱しておりませんのでご安心ください。",
  ],
  [
    "ja-JP",
    "violation",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-6677889-9001122のデスクライトは本日配達予定です。すべて問題なく完璧でしたら、星5つをいただけると本当に励みになります。もしそうでなければ、まずはこちらで当店にお知らせいただければ、完璧な状態になるよう対応いたします。今後ともどうぞよろしくお願いいたします。",
  ],
  [
    "ja-JP",
    "clean",
    "注文番号503-3344221-1009988についてお問い合わせいただきありがとうございます。刻印の内容はご指定どおり「Forever Yours」で承っております。ギフト包装も喜んでお引き受けいたしますので、ご希望でしたらお申し付けください。プレビューに誤字がございましたら、金曜日までにお知らせいただければ修正いたします。",
  ],
  [
    "ja-JP",
    "violation",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-7788990-0112233のヘッドホンは昨日お届けいたしました。お楽しみいただけていますか？もしそうでしたら、ぜひその声を商品ページで聞かせてください。ノイズや接続の不具合がございましたら、まずは当店へご連絡いただければ、ほとんどの場合数分で解決できます。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-4455332-2110099の土鍋の交換用ふたを発送いたしました。お手数ですが、サイズが合うかどうかお知らせいただけますでしょうか。合っていれば、特に何もしていただく必要はございません。合わない場合は、別サイズを無料でお送りします。",
  ],
  [
    "ja-JP",
    "violation",
    "注文番号503-5544332-2119988は本日午後にお届けいたしました。梱包や配送がご期待に沿うものでしたら、Amazonの出品者評価ページで当店を評価していただけますと幸いです。少しでもご不満な点がございましたら、まず当店にご連絡ください。直接お伺いして解決させていただきたいと考えております。",
  ],
  [
    "ja-JP",
    "clean",
    "いつも当店をご利用いただき、誠にありがとうございます。注文番号503-1122998-8776655のセラミックファンヒーターを発送いたしました。お届け時に何か不具合がございましたら、こちらにご連絡いただければ、代替品をお送りいたします。お届けから30日間は外箱を保管いただくことをおすすめします。本製品には1年間のメーカー保証が付いております。",
  ],
  [
    "nl-NL",
    "violation",
    "Bedankt voor je bestelling 407-1234567-7654321! Ben je blij met de waterkoker, dan zouden we een beoordeling op Amazon heel fijn vinden. Klopt er iets niet, neem dan eerst contact met ons op zodat we het kunnen oplossen.",
  ],
  [
    "nl-NL",
    "clean",
    "Je bestelling 407-8765432-1234567 is vandaag verzonden. Komt er iets beschadigd aan of ontbreekt er iets, reageer dan gewoon op dit bericht en we sturen meteen een vervanging, zonder dat je het origineel hoeft terug te sturen.",
  ],
  [
    "nl-NL",
    "violation",
    "Alles goed aangekomen (bestelling 407-5566778-9900112)? Dan weet je waar de sterren zitten! Iets niet naar wens? Schrijf ons voordat je ergens anders iets schrijft, we vinden altijd een oplossing.",
  ],
  [
    "nl-NL",
    "clean",
    "In de bijlage vind je de drukproef van je gegraveerde naambordje, bestelling 407-2233445-5566778. Ben je tevreden met de proef, antwoord dan met 'OK' en we laten hem drukken. Wil je iets aanpassen, laat ons dan weten wat.",
  ],
  [
    "nl-NL",
    "violation",
    "Over je bestelling 407-7788990-1122334: zodra het weerstation werkt zoals je had gehoopt, lezen we graag een paar woorden van je op de productpagina. Geeft het juist problemen, geef ons dan eerst de kans om het te verhelpen.",
  ],
  [
    "nl-NL",
    "clean",
    "Over bestelling 407-9988776-5544332: de vervoerder stelt donderdag tussen 14.00 en 18.00 uur voor als bezorgmoment. Komt dat tijdvak je niet uit, laat het ons dan vooraf weten en we plannen opnieuw in.",
  ],
  [
    "nl-NL",
    "violation",
    "Bedankt dat je bij ons hebt besteld (bestelling 407-4455667-1234987). Is alles vlot verlopen, laat dan gerust positieve verkopersfeedback voor ons achter. Liep er iets mis, neem dan eerst contact met ons op voordat je ons beoordeelt.",
  ],
  [
    "nl-NL",
    "clean",
    "Je vroeg of je tevreden moet zijn of iets moet plaatsen om de terugbetaling voor bestelling 407-3344556-6677889 te krijgen. Nee: de terugbetaling van € 24,99 is al verwerkt en hangt nergens van af.",
  ],
  [
    "nl-NL",
    "violation",
    "Je wandelsokken (bestelling 407-2211009-8877665) komen morgen aan. Bevallen ze, vertel het de hele wereld! Zo niet, kom dan eerst bij ons in plaats van iets te posten; het zou zonde zijn als een oplosbaar probleem op de productpagina belandt.",
  ],
  [
    "nl-NL",
    "clean",
    "Bedankt voor bestelling 407-6677889-0011223. Goed om te weten: wij vragen klanten nooit om reviews of beoordelingen. Past de jas goed, hou hem dan; past hij niet, dan is retourneren gratis.",
  ],
  [
    "nl-NL",
    "violation",
    "Bestelling 407-1122334-9988776: past het hoesje perfect? Dat lezen we graag in een review. Ging er iets mis? Stuur ons dan een bericht voordat je een beoordeling geeft, dan sturen we een nieuwe.",
  ],
  [
    "nl-NL",
    "clean",
    "De vervoerder was tevreden met je foto's en heeft de schademelding voor bestelling 407-5566443-2211009 goedgekeurd. Vandaag gaat er een nieuwe set glazen naar je toe; de kapotte mag je weggooien.",
  ],
  [
    "nl-NL",
    "violation",
    "Nogmaals bedankt voor bestelling 407-9988112-3344556. Geeft de blender je ook maar enig probleem, neem dan eerst contact met ons op: we ruilen hem zonder gedoe om. Is hij daarentegen perfect, dan helpt het ons enorm als je je ervaring deelt met andere Amazon-klanten.",
  ],
  [
    "nl-NL",
    "clean",
    "Even checken over bestelling 407-3141592-6535897: maakt de printer inmiddels verbinding met je wifi? Valt de verbinding nog steeds weg, stuur ons dan het type van je router, dan helpen we je stap voor stap.",
  ],
  [
    "nl-NL",
    "violation",
    "Je bestelling 407-2345678-8765432 is onderweg. Is alles perfect, dan is een beoordeling met 5 sterren heel welkom. Zo niet, geef dan nog geen beoordeling maar stuur ons een bericht, dan lossen we het op.",
  ],
  [
    "nl-NL",
    "clean",
    "Bestelling 407-8877665-4433221: we bevestigen graag dat het extra filter in de doos zit. Zit het er bij het uitpakken toch niet in, stuur ons dan hier een bericht en we sturen het los na.",
  ],
  [
    "nl-NL",
    "violation",
    "We hopen dat de kinderen plezier hebben met de puzzel uit bestelling 407-6655443-2211998! Tevreden gezinnen vertellen het vaak aan anderen op Amazon, en daar zouden wij ook heel blij mee zijn. Ontbreken er stukjes? Schrijf ons voordat je iets op de pagina schrijft, dan sturen we ze na.",
  ],
  [
    "nl-NL",
    "clean",
    "Je bedrukte T-shirt (bestelling 407-1029384-5647382) wacht op je goedkeuring. Vind je het ontwerp zo goed, antwoord dan met 'JA' en we drukken het vandaag nog; zo niet, laat weten wat er anders moet en je krijgt een nieuwe versie.",
  ],
  [
    "nl-NL",
    "violation",
    "Bestelling 407-2718281-8284590: heeft de topper je beter laten slapen, deel dat dan op de productpagina. Zo niet, dan horen we het liever eerst rechtstreeks van jou dan dat we het daar lezen.",
  ],
  [
    "nl-NL",
    "clean",
    "Bedankt voor je bericht over bestelling 407-1357913-5791357. De vervangende oplader is vanochtend verstuurd met trackingcode 3SABCD1234567. Laadt ook deze je apparaat niet op, laat het ons dan weten en we betalen het volledige bedrag terug.",
  ],
  [
    "pl-PL",
    "violation",
    "Dziękujemy za zamówienie 405-1234567-7654321! Jeśli są Państwo zadowoleni z czajnika, będziemy wdzięczni za opinię na Amazon. Jeśli coś jest nie tak, prosimy najpierw skontaktować się z nami, abyśmy mogli to naprawić.",
  ],
  [
    "pl-PL",
    "clean",
    "Zamówienie 405-8765432-1234567 zostało dziś wysłane. Jeśli coś dotrze uszkodzone lub czegoś zabraknie, wystarczy odpisać na tę wiadomość, a od razu wyślemy zamiennik – bez konieczności odsyłania oryginału.",
  ],
  [
    "pl-PL",
    "violation",
    "Wszystko dotarło w porządku (zamówienie 405-5566778-9900112)? To wiedzą Państwo, gdzie są gwiazdki! Coś nie tak? Prosimy napisać do nas, zanim napiszą Państwo cokolwiek gdzie indziej – zawsze znajdziemy rozwiązanie.",
  ],
  [
    "pl-PL",
    "clean",
    "W załączniku przesyłamy projekt grawerowanej tabliczki, zamówienie 405-2233445-5566778. Jeśli projekt Państwu odpowiada, prosimy odpisać „OK”, a przekażemy go do produkcji. Jeśli potrzebne są zmiany, prosimy o informację, co poprawić.",
  ],
  [
    "pl-PL",
    "violation",
    "W sprawie zamówienia 405-7788990-1122334: gdy tylko stacja pogodowa zacznie działać tak, jak Państwo oczekiwali, z radością przeczytamy kilka słów na stronie produktu. Jeśli natomiast sprawia problemy, prosimy najpierw dać nam szansę to naprawić.",
  ],
  [
    "pl-PL",
    "clean",
    "W sprawie zamówienia 405-9988776-5544332: kurier proponuje dostawę w czwartek w godz. 14–18. Jeśli ten termin Państwu nie pasuje, prosimy dać nam znać wcześniej, a umówimy inny.",
  ],
  [
    "pl-PL",
    "violation",
    "Dziękujemy za zakupy w naszym sklepie (zamówienie 405-4455667-1234987). Jeśli wszystko poszło sprawnie, prosimy o pozytywną ocenę sprzedawcy. W razie jakiegokolwiek problemu prosimy najpierw o kontakt z nami, zanim wystawią nam Państwo ocenę.",
  ],
  [
    "pl-PL",
    "clean",
    "Pytali Państwo, czy trzeba być zadowolonym albo coś opublikować, aby otrzymać zwrot za zamówienie 405-3344556-6677889. Nie – zwrot 99,99 zł został już zlecony i nie zależy od niczego więcej.",
  ],
  [
    "pl-PL",
    "violation",
    "Skarpety trekkingowe (zamówienie 405-2211009-8877665) powinny dotrzeć jutro. Jeśli się sprawdzą, niech cały świat się dowie! Jeśli nie, prosimy najpierw zwrócić się do nas, zamiast cokolwiek publikować – szkoda, żeby problem do rozwiązania trafił na stronę produktu.",
  ],
  [
    "pl-PL",
    "clean",
    "Dziękujemy za zamówienie 405-6677889-0011223. Dla informacji: nigdy nie prosimy klientów o opinie ani oceny. Jeśli rozmiar pasuje, kurtka zostaje u Państwa; jeśli nie, zwrot jest bezpłatny.",
  ],
  [
    "pl-PL",
    "violation",
    "Zamówienie 405-1122334-9988776: etui pasuje idealnie? Chętnie przeczytamy o tym w recenzji. Coś poszło nie tak? W takim razie prosimy o wiadomość, zanim wystawią Państwo jakąkolwiek ocenę – wyślemy nowe.",
  ],
  [
    "pl-PL",
    "clean",
    "Przewoźnik zadowolił się Państwa opisem i uznał reklamację zamówienia 405-5566443-2211009 bez zdjęć. Nowy komplet szklanek wysyłamy jeszcze dziś, a stłuczone można po prostu wyrzucić.",
  ],
  [
    "pl-PL",
    "violation",
    "Jeszcze raz dziękujemy za zamówienie 405-9988112-3344556. Gdyby blender sprawiał jakiekolwiek problemy, prosimy najpierw skontaktować się z nami – wymienimy go bez dyskusji. Jeśli natomiast jest idealny, podzielenie się opinią z innymi klientami Amazon bardzo by nam pomogło.",
  ],
  [
    "pl-PL",
    "clean",
    "Pytamy w sprawie zamówienia 405-3141592-6535897: czy drukarka łączy się już z Państwa Wi-Fi? Jeśli połączenie nadal się zrywa, prosimy podać model routera, a przeprowadzimy Państwa krok po kroku przez konfigurację.",
  ],
  [
    "pl-PL",
    "violation",
    "Zamówienie 405-2345678-8765432 jest już w drodze. Jeśli wszystko będzie idealnie, bardzo ucieszy nas ocena 5 gwiazdek. Jeśli nie, prosimy jeszcze nie oceniać, tylko do nas napisać – naprawimy to.",
  ],
  [
    "pl-PL",
    "clean",
    "Zamówienie 405-8877665-4433221: z przyjemnością potwierdzamy, że dodatkowy filtr jest w zestawie. Jeśli po otwarciu paczki go nie będzie, prosimy napisać tutaj, a wyślemy go osobno.",
  ],
  [
    "pl-PL",
    "violation",
    "Mamy nadzieję, że dzieci świetnie się bawią puzzlami z zamówienia 405-6655443-2211998! Zadowolone rodziny często opowiadają o nich innym na Amazon, a nas też by to bardzo ucieszyło. Brakuje elementów? Prosimy napisać do nas, zanim napiszą Państwo cokolwiek na stronie – doślemy je.",
  ],
  [
    "pl-PL",
    "clean",
    "Koszulka z nadrukiem (zamówienie 405-1029384-5647382) czeka na akceptację. Jeśli projekt się Państwu podoba, prosimy odpisać „TAK” – wydrukujemy ją jeszcze dziś; jeśli nie, prosimy napisać, co zmienić, a prześlemy nową wersję.",
  ],
  [
    "pl-PL",
    "violation",
    "Zamówienie 405-2718281-8284590: jeśli nakładka na materac pomogła Państwu lepiej spać, prosimy podzielić się tym na stronie produktu. Jeśli nie, wolimy najpierw usłyszeć o tym bezpośrednio od Państwa niż przeczytać to tam.",
  ],
  [
    "pl-PL",
    "clean",
    "Dziękujemy za wiadomość w sprawie zamówienia 405-1357913-5791357. Zastępcza ładowarka wyjechała dziś rano, numer przesyłki 6200123456789. Jeśli i ona nie naładuje urządzenia, prosimy o informację – zwrócimy pełną kwotę.",
  ],
  [
    "pt-BR",
    "violation",
    "Obrigado pela sua compra, pedido 701-1234567-7654321! Se você gostou da cafeteira, vamos adorar uma avaliação sua na Amazon. Se algo não estiver certo, fale com a gente primeiro para resolvermos.",
  ],
  [
    "pt-BR",
    "clean",
    "Seu pedido 702-8765432-1234567 foi enviado hoje. Se algum item chegar danificado ou faltando, é só responder esta mensagem que mandamos outro na hora, sem precisar devolver o original.",
  ],
  [
    "pt-BR",
    "violation",
    "Chegou tudo certinho (pedido 701-5566778-9900112)? Você sabe onde ficam as estrelinhas! Algo não agradou? Escreva pra gente antes de escrever qualquer coisa em outro lugar, sempre damos um jeito.",
  ],
  [
    "pt-BR",
    "clean",
    'Segue a prova da placa gravada do pedido 702-2233445-5566778. Se estiver satisfeito com a prova, responda só "OK" que mandamos para a produção. Se quiser alguma alteração, é só nos dizer o que mudar.',
  ],
  [
    "pt-BR",
    "violation",
    "Sobre o seu pedido 701-7788990-1122334: assim que a estação meteorológica estiver funcionando do jeito que você esperava, ficaríamos muito felizes em ler umas palavrinhas suas na página do produto. Se der algum problema, dê pra gente a chance de resolver antes.",
  ],
  [
    "pt-BR",
    "clean",
    "Referente ao pedido 702-9988776-5544332: a transportadora sugeriu entregar na quinta, entre 14h e 18h. Se esse horário não for bom para você, avise a gente antes que reagendamos.",
  ],
  [
    "pt-BR",
    "violation",
    "Obrigado por comprar com a gente (pedido 701-4455667-1234987). Se deu tudo certo, deixe um feedback positivo para a nossa loja. Se teve qualquer problema, entre em contato primeiro, antes de nos avaliar.",
  ],
  [
    "pt-BR",
    "clean",
    "Você perguntou se precisa estar satisfeito ou publicar algo para receber o reembolso do pedido 702-3344556-6677889. Não: o reembolso de R$ 89,90 já foi feito e não depende de mais nada.",
  ],
  [
    "pt-BR",
    "violation",
    "Suas meias de trilha (pedido 701-2211009-8877665) devem chegar amanhã. Se elas te conquistarem, conte pra todo mundo! Se não, procure a gente antes de postar qualquer coisa; seria uma pena um problema que tem solução parar na página do produto.",
  ],
  [
    "pt-BR",
    "clean",
    "Obrigado pelo pedido 702-6677889-0011223. Só para você saber: nunca pedimos avaliações nem notas aos nossos clientes. Se o tamanho servir, fique com a jaqueta; se não, a devolução é grátis.",
  ],
  [
    "pt-BR",
    "violation",
    "Pedido 701-1122334-9988776: a capinha encaixou perfeitamente? Adoraríamos ler isso numa avaliação. Deu algo errado? Então fale com a gente antes de dar qualquer nota, que mandamos outra.",
  ],
  [
    "pt-BR",
    "clean",
    "A transportadora ficou satisfeita com as fotos que você mandou e aprovou a reclamação do pedido 702-5566443-2211009. Um novo jogo de copos sai hoje; os quebrados você pode descartar.",
  ],
  [
    "pt-BR",
    "violation",
    "Obrigado mais uma vez pelo pedido 701-9988112-3344556. Se o liquidificador der qualquer problema, fale primeiro com a gente: trocamos sem burocracia. Agora, se ele estiver perfeito, compartilhar sua experiência com outros clientes da Amazon ajudaria demais a nossa loja.",
  ],
  [
    "pt-BR",
    "clean",
    "Passando para saber do pedido 702-3141592-6535897: a impressora já está conectando no seu Wi-Fi? Se a conexão continuar caindo, mande o modelo do seu roteador que te ajudamos passo a passo.",
  ],
  [
    "pt-BR",
    "violation",
    "Seu pedido 701-2345678-8765432 já está a caminho. Se estiver tudo perfeito, uma nota 5 estrelas nos deixaria muito felizes. Caso contrário, não avalie ainda: mande uma mensagem e a gente resolve.",
  ],
  [
    "pt-BR",
    "clean",
    "Pedido 702-8877665-4433221: temos o prazer de confirmar que o filtro extra vem incluso na caixa. Se ele não estiver lá quando você abrir, escreva pra gente aqui que enviamos separadamente.",
  ],
  [
    "pt-BR",
    "violation",
    "Esperamos que a criançada esteja curtindo o quebra-cabeça do pedido 701-6655443-2211998! Famílias felizes costumam contar para os outros na Amazon, e a gente ia amar. Faltou peça? Escreva pra gente antes de escrever qualquer coisa na página, que mandamos.",
  ],
  [
    "pt-BR",
    "clean",
    'Sua camiseta personalizada (pedido 702-1029384-5647382) está aguardando aprovação. Se curtir a arte do jeito que está, responda "SIM" que imprimimos hoje mesmo; se não, diga o que mudar e mandamos uma nova versão.',
  ],
  [
    "pt-BR",
    "violation",
    "Pedido 701-2718281-8284590: se o pillow top te ajudou a dormir melhor, compartilhe isso na página do produto. Se não ajudou, preferimos saber primeiro direto por você do que ler lá.",
  ],
  [
    "pt-BR",
    "clean",
    "Obrigado por nos escrever sobre o pedido 702-1357913-5791357. O carregador de reposição saiu hoje cedo com o código de rastreio QB123456789BR. Se ele também não carregar o seu aparelho, avise e reembolsamos o valor integral.",
  ],
  [
    "sv-SE",
    "violation",
    "Hej! Din beställning 402-1234567-7654321 skickades i dag med PostNord och bör komma fram på torsdag. Om du är nöjd med kaffebryggaren blir vi jätteglada om du berättar det för andra köpare på Amazon. Är något fel, hör av dig till oss först så löser vi det.",
  ],
  [
    "sv-SE",
    "clean",
    "Hej! Din beställning 402-5581234-9921034 är på väg och spårningen visar leverans i morgon. Om något har gått sönder under transporten, skriv till oss här så skickar vi en ny direkt. Du behöver inte skicka tillbaka den trasiga.",
  ],
  [
    "sv-SE",
    "violation",
    "Nöjd med dina nya hörlurar från beställning 402-7712345-3345678? Då vet du var stjärnorna finns! Inte riktigt som du tänkt dig? Skriv till oss innan du skriver något annat, så fixar vi det.",
  ],
  [
    "sv-SE",
    "clean",
    "Här kommer korrekturet för din namnskylt, beställning 402-3345123-8876543. Om du är nöjd med det, svara bara OK så trycker vi den redan i dag. Vill du ändra text eller typsnitt, skriv vad så skickar vi ett nytt korrektur.",
  ],
  [
    "sv-SE",
    "violation",
    "Tack för din beställning 402-9987654-1122334! Skulle stavmixern krångla, ge oss en chans att fixa det innan du publicerar något. Och om den fungerar perfekt skulle några ord på produktsidan betyda jättemycket för ett litet familjeföretag som vårt.",
  ],
  [
    "sv-SE",
    "clean",
    "Dina vandringskängor från beställning 402-4455667-8899001 levererades i dag. Om storleken passar, behåll dem och njut; om inte är returen kostnadsfri via Dina beställningar och vi återbetalar så fort paketet skannats.",
  ],
  [
    "sv-SE",
    "violation",
    "Tack för att du handlade hos oss, beställning 402-1029384-5647382 är nu levererad. Om du är nöjd med vår service får du gärna lämna säljarfeedback på Amazon. Om inte, kontakta oss först så att vi får en chans att rätta till det.",
  ],
  [
    "sv-SE",
    "clean",
    "Din soffa från beställning 402-6655443-2211009 är bokad för leverans på tisdag mellan 8 och 12. Om tiden inte passar dig, säg till oss först så bokar vi om med budfirman utan kostnad. Bärarna ställer den i valfritt rum.",
  ],
  [
    "sv-SE",
    "violation",
    "Din router från beställning 402-3344556-6677889 kommer i morgon. När den väl fungerar som du hoppats vill vi gärna läsa din recension. Problem med installationen? Kontakta oss först i stället för att ge ett lågt betyg – vår support svarar inom några timmar.",
  ],
  [
    "sv-SE",
    "clean",
    "Du frågade om du måste vara nöjd eller skriva något för att få återbetalningen för beställning 402-8877665-5443322. Nej, inte alls. Hela beloppet är redan återbetalt och syns på ditt kort inom 3–5 bankdagar.",
  ],
  [
    "sv-SE",
    "violation",
    "Vi hoppas att täcket från beställning 402-1112223-3344455 håller dig varm. Älskar du det lika mycket som vi? Berätta det för hela världen på produktsidan på Amazon! Är det inte som du tänkt dig, skriv till oss innan du skriver något annat.",
  ],
  [
    "sv-SE",
    "clean",
    "Tack för ditt meddelande om beställning 402-5566778-8990011. Vi ber aldrig om recensioner, och vad du än väljer att göra påverkar det inte hur vi hjälper dig. Om ljusstaken kom med en skada, skicka en bild här så skickar vi en ny.",
  ],
  [
    "sv-SE",
    "violation",
    "Dina löparskor från beställning 402-2233445-5667788 har levererats, och vi hoppas att de sitter perfekt. Nöjda kunder brukar dela med sig av sin upplevelse på Amazon, och det hjälper oss enormt. Om något är fel ber vi dig dock att prata med oss först innan du gör det.",
  ],
  [
    "sv-SE",
    "clean",
    'Din beställning 402-9900112-2334455 är på väg. Vi har lagt med kortet med texten "Glad midsommar, mormor!" precis som du önskade, och paketet innehåller inget kvitto eller några priser.',
  ],
  [
    "sv-SE",
    "violation",
    "Din skrivbordslampa från beställning 402-6677889-9001122 är ute för leverans. Om allt är perfekt skulle fem stjärnor verkligen göra vår dag. Om inte, meddela oss här först så ser vi till att det blir perfekt.",
  ],
  [
    "sv-SE",
    "clean",
    'Tack för din fråga om beställning 402-3344221-1009988. Vi är glada att kunna bekräfta att graveringen blir "För alltid din" precis som du beställt. Om du ser ett stavfel i förhandsvisningen, säg till före fredag så rättar vi det.',
  ],
  [
    "sv-SE",
    "violation",
    "Dina hörlurar från beställning 402-7788990-0112233 kom fram i går. Gillar du dem? Då vill vi gärna höra det där, på produktsidan. Vid knaster eller problem med parkopplingen, kom till oss först: oftast löser vi det på några minuter.",
  ],
  [
    "sv-SE",
    "clean",
    "Vi har skickat det nya locket till din gjutjärnsgryta, beställning 402-4455332-2110099. Kan du berätta om det passar? Om det gör det behöver du inte göra något mer; om inte skickar vi en annan storlek utan kostnad.",
  ],
  [
    "sv-SE",
    "violation",
    "Beställning 402-5544332-2119988 levererades i eftermiddags. Om förpackningen och leveransen motsvarade dina förväntningar, betygsätt oss gärna som säljare på Amazon. Blev du besviken på något sätt, kontakta oss först – vi vill hellre höra det direkt och lösa det.",
  ],
  [
    "sv-SE",
    "clean",
    "Ditt element från beställning 402-1122998-8776655 har skickats. Om något är fel när det kommer fram, skriv till oss här så skickar vi en ersättare. Spara gärna kartongen de första 30 dagarna, och kom ihåg att det har två års garanti.",
  ],
  [
    "tr-TR",
    "violation",
    "Merhaba, 407-1234567-7654321 numaralı siparişiniz bugün kargoya verildi ve perşembe günü elinizde olması bekleniyor. Çaydanlıktan memnun kaldıysanız bunu Amazon'da diğer alıcılarla paylaşmanız bizi çok mutlu eder. Bir sorun olursa lütfen önce bize yazın, hemen çözelim.",
  ],
  [
    "tr-TR",
    "clean",
    "Merhaba, 407-5581234-9921034 numaralı siparişiniz yola çıktı, kargo takibine göre yarın teslim edilecek. Ürün hasarlı ya da eksik gelirse buradan bize yazmanız yeterli; hasarlı ürünü geri göndermenize gerek kalmadan yenisini yollarız.",
  ],
  [
    "tr-TR",
    "violation",
    "407-7712345-3345678 numaralı siparişinizle gelen kulaklıktan memnun musunuz? O zaman yıldızların nerede olduğunu biliyorsunuz! Beklediğiniz gibi değil mi? Herhangi bir şey yazmadan önce bize ulaşın, hemen düzeltelim.",
  ],
  [
    "tr-TR",
    "clean",
    "407-3345123-8876543 numaralı siparişinizdeki davetiyelerin baskı provası ekte. Provayı beğendiyseniz 'Tamam' yazmanız yeterli, bugün baskıya gönderelim. Metinde ya da renkte değişiklik isterseniz belirtin, yeni bir prova hazırlayalım.",
  ],
  [
    "tr-TR",
    "violation",
    "407-9987654-1122334 numaralı siparişiniz için teşekkür ederiz. Blender herhangi bir sorun çıkarırsa, bir şey paylaşmadan önce lütfen bize düzeltme şansı verin. Harika çalışıyorsa da ürün sayfasına yazacağınız birkaç cümle küçük aile işletmemiz için çok şey ifade eder.",
  ],
  [
    "tr-TR",
    "clean",
    "407-4455667-8899001 numaralı siparişinizdeki botlar bugün teslim edildi. Beden tam olduysa güle güle kullanın; olmadıysa Siparişlerim bölümünden ücretsiz iade edebilirsiniz, ürün kargoya verildiği anda iadeniz yapılır.",
  ],
  [
    "tr-TR",
    "violation",
    "Bizi tercih ettiğiniz için teşekkürler, 407-1029384-5647382 numaralı siparişiniz teslim edildi. Hizmetimizden memnun kaldıysanız Amazon'da satıcı geri bildirimi bırakmanızı rica ederiz. Memnun kalmadıysanız önce bizimle iletişime geçin, durumu düzeltelim.",
  ],
  [
    "tr-TR",
    "clean",
    "407-6655443-2211009 numaralı siparişinizdeki koltuk takımı salı günü 08.00–12.00 arasında teslim edilecek. Bu saat size uymuyorsa önceden bize haber verin, kargo firmasıyla ücretsiz olarak yeniden planlayalım.",
  ],
  [
    "tr-TR",
    "violation",
    "407-3344556-6677889 numaralı siparişinizdeki modem yarın elinizde olacak. İstediğiniz gibi çalışmaya başladığında yorumunuzu okumayı çok isteriz. Kurulumda sorun yaşarsanız düşük puan vermek yerine lütfen önce bize ulaşın; teknik ekibimiz birkaç saat içinde döner.",
  ],
  [
    "tr-TR",
    "clean",
    "407-8877665-5443322 numaralı siparişinizin iadesini alabilmek için memnun kalmanız ya da bir şey paylaşmanız gerekip gerekmediğini sordunuz. Hayır, hiç gerekmiyor. Tutarın tamamı iade edildi ve 3–5 iş günü içinde kartınıza yansır.",
  ],
  [
    "tr-TR",
    "violation",
    "407-1112223-3344455 numaralı siparişinizdeki yorganın sizi sıcacık tuttuğunu umuyoruz. Onu bizim kadar sevdiyseniz Amazon'daki ürün sayfasında tüm dünyaya duyurun! Beklediğiniz gibi değilse, başka bir şey yazmadan önce bize yazın.",
  ],
  [
    "tr-TR",
    "clean",
    "407-5566778-8990011 numaralı siparişinizle ilgili mesajınız için teşekkürler. Biz hiçbir zaman yorum istemeyiz; ne yapmaya karar verirseniz verin size yardımcı olma şeklimiz değişmez. Şamdan kırık geldiyse buradan bir fotoğraf gönderin, yenisini yollayalım.",
  ],
  [
    "tr-TR",
    "violation",
    "407-2233445-5667788 numaralı siparişinizdeki spor ayakkabılar teslim edildi, umarız tam oturmuştur. Memnun kalan müşterilerimiz genellikle deneyimlerini Amazon'da paylaşıyor ve bu bize çok yardımcı oluyor. Ancak bir sorun varsa, bunu yapmadan önce bizimle konuşmanızı rica ediyoruz.",
  ],
  [
    "tr-TR",
    "clean",
    "407-9900112-2334455 numaralı siparişiniz yola çıktı. İstediğiniz gibi hediye kartına 'Mutlu yıllar, babacığım!' yazdık ve paketin içine fatura ya da fiyat etiketi koymadık.",
  ],
  [
    "tr-TR",
    "violation",
    "407-6677889-9001122 numaralı siparişinizdeki masa lambası dağıtıma çıktı. Her şey kusursuzsa beş yıldız günümüzü güzelleştirir. Değilse lütfen önce burada bize bildirin, kusursuz hâle getirelim.",
  ],
  [
    "tr-TR",
    "clean",
    "407-3344221-1009988 numaralı siparişinizle ilgili sorunuz için teşekkürler. Gravürün istediğiniz gibi 'Sonsuza dek seninim' olarak yazılacağını memnuniyetle onaylarız. Önizlemede bir yazım hatası görürseniz cumaya kadar bize bildirin, düzeltelim.",
  ],
  [
    "tr-TR",
    "violation",
    "407-7788990-0112233 numaralı siparişinizdeki kulaklık dün teslim edildi. Keyfini çıkarıyor musunuz? Bunu orada, ürün sayfasında duymayı çok isteriz. Cızırtı ya da eşleştirme sorunu olursa önce bize gelin; çoğunu birkaç dakikada çözüyoruz.",
  ],
  [
    "tr-TR",
    "clean",
    "407-4455332-2110099 numaralı siparişiniz için yedek tencere kapağını gönderdik. Kapağın olup olmadığını bize bildirir misiniz? Olduysa başka bir şey yapmanıza gerek yok; olmadıysa farklı bir ölçüyü ücretsiz gönderelim.",
  ],
  [
    "tr-TR",
    "violation",
    "407-5544332-2119988 numaralı siparişiniz bu öğleden sonra teslim edildi. Paketleme ve teslimat beklentilerinizi karşıladıysa lütfen bizi Amazon'da satıcı olarak puanlayın. Herhangi bir konuda hayal kırıklığı yaşadıysanız önce bize ulaşın; bunu özelden duyup çözmeyi tercih ederiz.",
  ],
  [
    "tr-TR",
    "clean",
    "407-1122998-8776655 numaralı siparişinizdeki elektrikli ısıtıcı kargoya verildi. Teslim aldığınızda bir sorun olursa buradan bize yazın, yenisini gönderelim. İlk 30 gün kutuyu saklamanızı öneririz; ürün 2 yıl garantilidir.",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，感谢您在本店购买！您的订单 321-1234567-7654321 已于今天通过顺丰发出，预计周四送达。首次使用前建议先用温水清洗一遍，并注意把杯盖拧紧，以免漏水。如果您对这款保温杯还满意，恳请您在亚马逊上和其他买家分享一下使用感受；如有任何不满意的地方，请一定先联系我们，我们会第一时间为您处理，务必让您满意。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，您的订单 321-5581234-9921034 已经发货，物流显示明天即可送达。这次我们特意在外箱里多加了两层气泡膜，尽量避免运输途中的磕碰和挤压。如果收到时商品有破损、缺件或与描述不符，请直接回复这条消息，我们会马上为您补发新品或办理退款，破损的商品无需寄回。感谢您的耐心等待，祝您生活愉快。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好！感谢您一直以来对本店的支持，也希望新耳机能陪伴您度过每一段通勤时光。订单 321-7712345-3345678 里的蓝牙耳机用得还顺手吗？如果满意的话，星星在哪里您一定知道的～要是有哪里不太满意，在写任何东西之前请先找我们聊聊，我们一定尽快帮您解决，不让您的购物体验打折扣。再次感谢您的信任！",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，附件是您订单 321-3345123-8876543 定制门牌的设计校样，请您仔细核对。门牌采用户外防水材质，刻字深度为1毫米，长期日晒雨淋也不易褪色。如果您对校样满意，直接回复“OK”即可，我们今天就安排生产；如果需要修改文字、字体或颜色，请告诉我们具体要求，我们会重新出一版校样发给您确认。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，感谢您购买订单 321-9987654-1122334 中的料理机！第一次使用前请先阅读说明书，并确认刀头已经安装到位。使用过程中如果遇到任何问题，请在发布任何内容之前先给我们一个解决的机会。而如果它用起来一切顺利，还请您在商品页面上留下几句话，这对我们这样的小小家庭店铺意义非凡，我们会非常感激。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，订单 321-4455667-8899001 的运动鞋今天已经签收。希望这双鞋穿起来轻便舒适，陪您走过更多的路。如果尺码合适，请放心穿着；如果不合适，可以在“我的订单”里免费申请退货，快递揽收后我们会立即为您退款。这款鞋型偏大，一般建议选小半码，换货时可以参考。如需换货，直接回复这条消息即可。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，感谢您选择本店，您的订单 321-1029384-5647382 已经妥投。我们每一单都会在发货前仔细检查，并用加厚纸箱和气泡膜仔细包装。如果您对我们的服务感到满意，恳请您在亚马逊上给我们留下卖家反馈；如果有任何不满意，请先联系我们，给我们一个弥补的机会，我们一定会认真处理，直到您满意为止。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，订单 321-6655443-2211009 的沙发已预约在周二上午8点至12点送货上门。届时请确保家中有人签收，并提前预留好楼道和门口的搬运通道。如果这个时间段您不方便，请提前告诉我们，我们会免费与物流公司协调改约时间。送货师傅会把沙发搬到您指定的房间并完成安装，请在送货当天留意师傅的来电。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，订单 321-3344556-6677889 的路由器明天就能送到。包装内附有快速安装指南，按步骤操作大约十分钟即可完成设置。等它设置好、用起来达到您的预期后，我们非常期待看到您的评价。如果安装过程中遇到问题，请先联系我们，而不是直接给低分——我们的技术客服每天在线，通常会在几小时内回复您。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，首先再次为订单 321-8877665-5443322 的商品质量问题给您带来的不便致歉。关于退款，您问是否需要表示满意或者发布什么内容才能拿到退款——完全不需要。全部款项已经退回，预计3到5个工作日内会到账至您的银行卡，如有疑问可以随时回复这条消息。给您添麻烦了，感谢您的理解与耐心。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，希望订单 321-1112223-3344455 的羽绒被让您睡得暖暖和和的。羽绒被刚拆封时可能有些压缩，放在通风处晾一两天就会恢复蓬松。如果您和我们一样喜欢它，欢迎在亚马逊的商品页面上告诉全世界！如果它和您想象的不一样，请在写任何东西之前先给我们发消息，我们会在24小时内回复并尽全力为您处理。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，感谢您就订单 321-5566778-8990011 联系我们。看到您的留言我们非常重视，在此认真回复您。我们从不邀请顾客写评价，无论您之后怎么做，都不会影响我们为您提供的服务。如果烛台到货时有磕碰或缺口，请在这里发一张照片给我们，我们会马上给您补发一个新的。再次为烛台包装不够严实向您道歉。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，订单 321-2233445-5667788 的跑鞋已经送达，希望穿起来刚好合脚。新鞋前几天可能稍微有点硬，多穿几次就会变得柔软贴脚。很多满意的顾客都会在亚马逊上分享自己的使用体验，这对我们帮助特别大。不过，如果您遇到了什么问题，还请在那之前先和我们沟通一下，我们一定会尽快为您妥善处理。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，您的订单 321-9900112-2334455 今天已经发出。我们在打包前特意再次核对了您留言中的贺卡内容和收件地址。按照您的要求，我们用印有“生日快乐”的包装纸做了礼品包装，并附上了写有“妈妈，生日快乐！”的贺卡。包裹内没有放发票或任何价格信息，请您放心，预计两天内送达您母亲的地址。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，订单 321-6677889-9001122 的台灯今天正在派送中。这款台灯支持三档色温和无级调光，长按开关两秒即可切换模式。如果一切都完美无缺，给我们五颗星会让我们开心一整天；如果不是，请先在这里告诉我们，我们一定会把它处理到完美为止。感谢您对本店的支持，祝您阅读和工作都更加轻松愉快。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，感谢您对订单 321-3344221-1009988 的咨询。我们已经把您的定制要求转给了刻字师傅。刻字内容已按您的要求确定为“Forever Yours”，我们也很乐意为您免费提供礼品包装，如有需要请告诉我们。如果您在预览图中发现拼写错误，请在周五之前通知我们，我们会及时修改并重新发送预览图。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，订单 321-7788990-0112233 的头戴式耳机昨天已经送达。首次使用前建议先充满电，并在手机蓝牙设置中删除旧的配对记录再重新连接。用得开心吗？如果开心的话，我们很想在那里——也就是商品页面上——听到您的声音。如果有杂音或蓝牙连接问题，请先来找我们，大多数情况下远程指导几分钟就能解决。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，订单 321-4455332-2110099 砂锅的替换锅盖已经寄出。上次发错尺寸是我们的失误，这次我们已经专门用尺子测量过锅口直径。麻烦您收到后告诉我们尺寸是否合适：如果合适，您无需再做任何操作；如果不合适，我们会免费再寄一个其他尺寸的给您。这次给您带来的不便，我们深表歉意，感谢您的耐心。",
  ],
  [
    "zh-CN",
    "violation",
    "亲爱的顾客您好，订单 321-5544332-2119988 已于今天下午送达。我们在发货前对每件商品都做了检查，并用了加厚的纸箱和防震泡沫来保护商品。如果我们的包装和配送达到了您的预期，请在亚马逊的卖家反馈页面为我们打分；如果有任何让您失望的地方，请先联系我们——我们更希望私下了解情况并尽快为您妥善解决。",
  ],
  [
    "zh-CN",
    "clean",
    "亲爱的顾客您好，订单 321-1122998-8776655 的电暖器已经发货。电暖器功率较大，请单独使用一个插座，不要和其他大功率电器共用插排。收到后如果发现任何问题，请在这里给我们留言，我们会免费为您寄送替换品。建议您在收货后30天内保留外包装盒，本产品享受一年质保，使用前请仔细阅读随附的中文说明书。",
  ],
];

testProbeTable(
  "review gating in roundabout forms",
  PROBES,
  {
    ruleId: "no-review-manipulation",
    positive: "violation",
    type: "unexpectedProblem",
    known: KNOWN,
  },
);

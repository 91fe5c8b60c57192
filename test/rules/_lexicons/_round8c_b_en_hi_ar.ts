import type { Probes } from "./_lexicon_cases.ts";

/**
 * Clean set B of the second pass in English, Hindi and Arabic, held out
 * while the lexicons were changed: messages a careful seller sends, each
 * with a trap (review, rating and feedback words in everyday senses, stars
 * that are no rating, the buyer's own words, prices and "also" about the
 * order itself, our own staff and policies, negations, product names with
 * promotional words).
 */
export const ROUND8C_B: Readonly<Record<string, Probes>> = {
  "en-GB": {
    "clean": {
      violations: [],
      clean: [
        "Hi Sarah, your order of the oak bookcase is with the courier. Our warehouse team reviewed your note about the narrow stairs and packed it in two smaller boxes.",
        "Dear Mr Patel, thank you for the feedback on the first proof of your house sign; we have moved the number to the left as you asked and attached the new proof.",
        "Hello, regarding your order of the tumble dryer: the energy rating on the box is B, and the label on the listing was wrong. We have corrected the listing and refunded the difference.",
        "Hi Emma, your booking for the delivery slot is confirmed for Friday. The courier asked for the full address of the Grand Star Hotel, where you said you are staying; could you confirm the room number?",
        "Dear Mrs Hughes, our technician's assessment of the returned kettle found a faulty thermostat, so a replacement is on its way and there is nothing more to do on your side.",
        "Hi James, the star-print duvet cover you ordered is out of stock in double, so we have refunded you in full; the single size you also ordered ships today as planned.",
        'Hello, about your order: you wrote "the hinge snapped on the second day". We are sorry, we have sent a new hinge free of charge and also refunded the postage you paid.',
        "Hi Oliver, no need to rate or review anything; we simply wanted to confirm that the missing screws for your desk were posted first class this morning.",
      ],
    },
  },
  "en-US": {
    "clean": {
      violations: [],
      clean: [
        "Hi Jessica, your order of the patio umbrella shipped today. The express shipping fee you selected at checkout has been refunded because it left a day late.",
        "Hello Mark, our team has reviewed your claim about the dented grill lid and approved a replacement lid, which ships Monday.",
        "Hi Ashley, thanks for the feedback on the sample swatches, we've adjusted the color of your custom curtains to the darker navy you picked.",
        "Hey Daniel, your Super Sale Tote in black was delivered today; the strap you mentioned is attached inside the front pocket.",
        "Hi Rachel, regarding your order: the remaining balance of $42 for the custom headboard is due before we ship, and you can pay it through your Amazon order page.",
        "Hello, our electrician will do a quick evaluation of the wiring when he installs the ceiling fan Thursday; there is no extra charge for that.",
        "Hi Kevin, your daughter's grade 3 reading workbook was delivered to the front desk of your building. Nothing else is needed from you.",
        "Hi Lauren, the 5 Star Chef knife set you ordered ships tomorrow; we also included the blade guards that were missing from the listing photo.",
      ],
    },
  },
  "hi-IN": {
    "clean": {
      violations: [],
      clean: [
        "नमस्ते अनीता जी, आपके ऑर्डर की साड़ी कल भेज दी जाएगी। प्रूफ़ पर आपकी प्रतिक्रिया के अनुसार हमने कढ़ाई का रंग बदल दिया है।",
        "नमस्ते राहुल जी, आपके ऑर्डर के बारे में: हमारी टीम ने आपके दावे की समीक्षा कर ली है और टूटे हुए ढक्कन का रिफ़ंड मंज़ूर हो गया है।",
        "नमस्ते, आपका फ़्रिज कल डिलीवर होगा। बॉक्स पर लिखी पाँच स्टार ऊर्जा रेटिंग सही है, लिस्टिंग में तीन स्टार गलती से लिखा था, हमने उसे ठीक कर दिया है।",
        "नमस्ते सुमन जी, आपका पार्सल होटल सितारा पैलेस के रिसेप्शन पर छोड़ा जाएगा, जैसा आपने बताया था। कृपया कमरा नंबर बता दें।",
        "नमस्ते, हमारे तकनीशियन ने लौटाए गए मिक्सर की जाँच की और मोटर में खराबी पाई, इसलिए नया मिक्सर आज भेज दिया गया है।",
        'नमस्ते विकास जी, आपने लिखा था "पैकेट फटा हुआ आया"। इसके लिए माफ़ी, हमने नया पैकेट भेज दिया है और डाक खर्च भी लौटा दिया है।',
        "नमस्ते, कोई रेटिंग या समीक्षा देने की ज़रूरत नहीं है; हम बस बताना चाहते थे कि आपकी मेज़ के छूटे हुए पेंच आज भेज दिए गए हैं।",
        "नमस्ते प्रिया जी, आपके बेटे की कक्षा पाँच की गणित की किताब डिलीवर हो गई है। आगे आपको कुछ नहीं करना है।",
        "नमस्ते, आपके ऑर्डर का बाकी भुगतान 350 रुपये है, जो कस्टम नेमप्लेट भेजने से पहले आपके Amazon ऑर्डर पेज से दिया जा सकता है।",
        "नमस्ते अमित जी, आपके सुझाव के लिए धन्यवाद; आपने जो नाप की गलती बताई थी, वह हमने ठीक कर दी है और नया कवर कल भेजेंगे।",
        "नमस्ते, आपने जो 'सुपर सेल बैग' मंगाया था, वह आज डिलीवर हो गया। उसकी पट्टी अंदर की जेब में रखी है।",
        "नमस्ते, हमारा इलेक्ट्रीशियन पंखा लगाते समय वायरिंग का मूल्यांकन भी करेगा, इसके लिए कोई अतिरिक्त शुल्क नहीं है।",
        "नमस्ते रीना जी, तारों वाले डिज़ाइन की चादर डबल साइज़ में उपलब्ध नहीं है, इसलिए हमने पूरा पैसा लौटा दिया है। सिंगल वाली आज भेज दी गई है।",
        "नमस्ते, आपके ऑर्डर के फ़र्नीचर पर आपकी राय हमने असेंबली टीम को भेज दी है; वे शनिवार को आकर दरवाज़ा ठीक कर देंगे।",
        "नमस्ते, कृपया संलग्न निमंत्रण पत्र का प्रूफ़ देख लें और दोनों नामों की वर्तनी जाँच लें, फिर हम 200 कार्ड छापेंगे।",
        "नमस्ते, आपका एयर कूलर आज भेजा गया है। आपने जो एक्सप्रेस डिलीवरी चुनी थी, उसका शुल्क देरी के कारण वापस कर दिया गया है।",
      ],
    },
  },
  "ar-AE": {
    "clean": {
      violations: [],
      clean: [
        "مرحبًا أستاذة هند، تم شحن طلبك من الستائر اليوم. وبناءً على ملاحظاتك على العينة، اخترنا اللون الرمادي الأغمق.",
        "مرحبًا أستاذ خالد، بخصوص طلبك: راجع فريقنا مطالبتك بشأن الغطاء المكسور ووافق على استبداله، ويُشحن البديل يوم الأحد.",
        "مرحبًا، تصلك الثلاجة غدًا. تصنيف الطاقة على الصندوق خمس نجوم وهو الصحيح، وكان في صفحة المنتج خطأ صححناه.",
        "مرحبًا سارة، سيسلّم المندوب طردك إلى استقبال فندق النجوم الخمس كما طلبتِ. هل يمكنك تأكيد رقم الغرفة؟",
        "مرحبًا، قيّم الفني لدينا الخلاط المرتجع ووجد عطلًا في المحرك، لذلك أرسلنا لك خلاطًا جديدًا اليوم دون أي تكلفة.",
        'مرحبًا أستاذ يوسف، كتبت لنا "وصلت العلبة مكسورة"، نعتذر عن ذلك. أرسلنا علبة جديدة وأعدنا لك رسوم الشحن أيضًا.',
        "مرحبًا، لا داعي لأي تقييم أو مراجعة؛ أردنا فقط إبلاغك بأن البراغي الناقصة لمكتبك شُحنت صباح اليوم.",
        "مرحبًا، تم توصيل كتاب الرياضيات للصف الخامس لابنتك إلى مكتب الاستقبال في البناية. لا يلزمك أي إجراء آخر.",
        "مرحبًا، المبلغ المتبقي من طلبك هو 120 درهمًا للوحة الاسم المخصصة، ويمكنك دفعه من صفحة الطلب في أمازون قبل الشحن.",
        "شكرًا على ملاحظتك يا أستاذ عمر، لقد أصلحنا خطأ المقاس الذي أشرت إليه، وسنرسل الغطاء الجديد غدًا.",
        'مرحبًا، حقيبة "سوبر سيل" التي طلبتها وصلت اليوم، والحزام موجود في الجيب الداخلي.',
        "مرحبًا، سيقوم الكهربائي لدينا بتقييم التمديدات عند تركيب المروحة يوم الخميس، دون أي رسوم إضافية.",
        "مرحبًا ريم، غطاء اللحاف بنقشة النجوم غير متوفر بالمقاس المزدوج، فأعدنا لك المبلغ كاملًا، أما المقاس المفرد فشُحن اليوم.",
        "مرحبًا، نقلنا رأيك في باب الخزانة إلى فريق التركيب، وسيزورونك يوم السبت لإصلاحه.",
        "مرحبًا، يُرجى مراجعة نص بطاقة الدعوة المرفق والتأكد من كتابة الاسمين قبل أن نطبع 200 بطاقة.",
        "مرحبًا، شُحن المكيف اليوم، وأعدنا لك رسوم التوصيل السريع التي اخترتها لأن الشحنة تأخرت يومًا.",
      ],
    },
  },
};

import type { Probes } from "./_lexicon_cases.ts";

/**
 * Probe set B in English, Hindi and Arabic, held out while the lexicons
 * were changed: the classes of set A on other goods and situations (ovens,
 * bicycles, cameras, honey, printing, books, baby goods, pet food).
 */
export const ROUND8_B: Readonly<Record<string, Probes>> = {
  "en-GB": {
    "marketing-soft": {
      violations: [
        "Hi Mark, your new oven is booked in for Monday between 8 and 12. The engineer can take your old hob away as well for £25, should you want it gone. He'll ring half an hour ahead.",
        "Hello Claire, your e-bike battery has been dispatched with Parcelforce. As a battery owner you get 10% off our spare chargers, just quote your order number. Any questions, reply here.",
        "Hi Ben, thank you for ordering the sourdough starter kit, which arrives on Thursday. We're milling a fresh run of rye flour at the end of the month, so do keep an eye out. Happy baking.",
        "Dear Mr Shah, sorry the paint arrived a day late. A tip for a smoother finish: a coat of our stain-block primer underneath makes all the difference. Your tin is in your parcel box.",
      ],
      clean: [
        "Hi Rachel, good news: the size you asked about is back in stock, so your exchange goes out today.",
        "Hello, the bike comes with the pedals and a multi-tool in the box; the front light isn't included, as the listing says.",
      ],
    },
    "review": {
      violations: [
        "Hi Owen, your replacement pump is on its way by courier. If you're leaving a few stars for us, it would help if you said the pump was replaced within 24 hours.",
        "Hello Gemma, the pram was delivered this morning. Honestly, hearing how you get on with it would make our week, and your words would help other parents decide.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Dear Mrs Clarke, our engineer has assessed the photos of the boiler and confirmed the fault is covered under your warranty.",
        "Hi Tom, could you send us a photo of the rating plate on the back of the freezer? It has the serial number we need to book the repair.",
      ],
    },
  },
  "en-US": {
    "marketing-soft": {
      violations: [
        "Hi Megan, your wedding sign is in production and ships Friday. If you'd like, we can add a matching welcome easel for $18, it just needs adding before we pack. Congratulations!",
        "Hey Tyler, your espresso machine arrived today, great! We carry the descaling solution in 4-packs, so you're covered for a year whenever you need it. Enjoy!",
        "Hi Nicole, your phone case is out for delivery. A whole lineup of MagSafe wallets in the same leathers lands next week. Thanks again for your order!",
        "Hi Jordan, your pickleball paddle shipped this morning. Players who pick up our overgrip say it's a game changer on hot days. Tracking is in your Amazon account.",
      ],
      clean: [
        "Hi Steve, the technician will also check the water line while he's there at no charge, since it's part of the install.",
        "Hello, the refill cartridges you asked about come with the purifier; there are two in the box, and each lasts about two months.",
      ],
    },
    "review": {
      violations: [
        "Hi Carlos, your car floor mats were delivered yesterday. Customers who share a photo review get a free trunk liner from us, just send us the link.",
        "Hi Amanda, your vacuum was delivered today. When you rate it, please give it five stars for suction, that's what we're proudest of.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Hi Laura, please proofread the attached invitation text and check the spelling of both names before we print 100 cards.",
        "Hello, we reviewed your request to change the delivery date and moved it to Saturday as you asked.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "नमस्ते अमित जी, आपकी नई वॉशिंग मशीन का डेमो कल 2 से 4 बजे के बीच होगा। टेक्नीशियन ₹299 लेकर स्टैंड भी फ़िट कर देगा, चाहें तो उन्हें बोल दें। धन्यवाद।",
        "नमस्ते नेहा जी, आपकी शादी के कार्ड की छपाई शुरू हो गई है। थोड़े-से अतिरिक्त पैसे देकर आप लिफ़ाफ़ों पर भी नाम छपवा सकती हैं।",
        "नमस्ते, आपकी साइकिल आज रवाना हो गई है। हमारे यहाँ इसी मॉडल के हेलमेट और लाइट सेट भी मिलते हैं। ट्रैकिंग नंबर SMS से भेजा गया है।",
        "नमस्ते रोहन जी, आपका कैमरा डिलीवर हो गया है। कैमरा लेने वालों को हमारे लेंस पर 15% कम दाम पड़ता है, ऑर्डर नंबर के साथ मैसेज करें।",
        "नमस्ते, आपका शहद आज भेज दिया गया है। अगले हफ़्ते पहाड़ों से ताज़ा खेप आ रही है, उस पर नज़र रखिए।",
        "नमस्ते पूजा जी, आपकी बिल्ली का खाना पहुँच गया है। कई ग्राहक बताते हैं कि हमारे स्क्रैचिंग पोस्ट से उनकी बिल्लियों ने सोफ़ा नोचना छोड़ दिया।",
        "नमस्ते, आपकी प्रिंटर इंक पहुँच गई है। हम हर रंग की कार्ट्रिज रखते हैं, अगली बार ज़रूरत हो तो याद कीजिएगा।",
        "नमस्ते, आपकी रज़ाई कल पहुँचेगी। इन सर्दियों में इसी कपड़े के कंबल भी आएँगे, ज़रूर देखिएगा।",
      ],
      clean: [
        "नमस्ते, आपकी साइकिल के साथ पैडल और टूल किट डिब्बे में ही हैं; लाइट इसमें शामिल नहीं है, जैसा लिस्टिंग में लिखा है।",
        "नमस्ते, आपने जो साइज़ माँगा था वह फिर से स्टॉक में आ गया है, इसलिए एक्सचेंज आज ही भेजा जा रहा है।",
        "नमस्ते, टेक्नीशियन स्टैंड फ़िट करने के साथ पुरानी मशीन भी उठा ले जाएगा, यह आपकी बुकिंग में शामिल है।",
        "नमस्ते, शहद जम जाए तो बोतल को कुछ देर गुनगुने पानी में रखें, वह फिर से पतला हो जाएगा।",
      ],
    },
    "review": {
      violations: [
        "नमस्ते, आपके ऑर्डर में हुई दिक्कत के लिए माफ़ी। अगर आप पाँच स्टार देंगे तो अगली खरीद पर 10% वापस करेंगे।",
        "नमस्ते, आपका मिक्सर पहुँच गया है। रेटिंग देते समय मोटर की ताक़त का ज़िक्र ज़रूर करें।",
        "नमस्ते, आपकी किताबें पहुँच गई हैं। पढ़ने के बाद आपके विचार बाक़ी पाठकों को सही किताब चुनने में मदद करेंगे।",
        "नमस्ते, आपका बेबी कैरियर आज पहुँचा होगा। हमें बहुत अच्छा लगेगा अगर आप Amazon पर बताएँ कि यह आपको कैसा लगा।",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "नमस्ते, कृपया निमंत्रण कार्ड का मसौदा एक बार पढ़कर जाँच लें और नामों की वर्तनी पर अपनी प्रतिक्रिया भेजें।",
        "नमस्ते, इंजीनियर ने नुक़सान का आकलन कर लिया है, मरम्मत वारंटी में मुफ़्त होगी।",
        "डिलीवरी का पता: फ़्लैट 12, सनशाइन अपार्टमेंट, फ़ाइव स्टार होटल के पीछे, जयपुर। कृपया पुष्टि करें।",
        "नमस्ते, AC की बाहरी यूनिट पर लगी रेटिंग प्लेट की फ़ोटो भेज दें, उस पर सीरियल नंबर होता है।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "مرحبًا أستاذ سالم، موعد تركيب الغسالة الجديدة غدًا من 2 إلى 4. وإن أردت يركّب الفني القاعدة أيضًا بخمسين درهمًا فقط، أخبره عند وصوله.",
        "أهلًا نورة، بدأنا طباعة بطاقات الدعوة لحفل زفافك. ويمكننا أن نضيف إليها ظروفًا مطبوعة بالأسماء بسعر رمزي.",
        "مرحبًا، تم شحن دراجتك اليوم. لدينا أيضًا خوذات وأضواء تناسب هذا الموديل تمامًا. رقم التتبع وصلك برسالة نصية.",
        "مرحبًا أستاذ ماجد، تم تسليم الكاميرا. عملاء الكاميرا يحصلون على عدساتنا بسعر أقل بـ15%، راسلنا برقم الطلب.",
        "مرحبًا، تم شحن العسل اليوم. الأسبوع القادم تصلنا دفعة طازجة من عسل السدر، فابقَ على اطلاع.",
        "مرحبًا أم خالد، وصل طعام القطة. كثير من العملاء يخبروننا أن عمود الخدش من متجرنا أنقذ كنباتهم.",
        "مرحبًا، وصل حبر الطابعة. نحتفظ دائمًا بخراطيش كل الألوان، فتذكّرنا عندما تحتاج.",
        "مرحبًا، يصلك اللحاف غدًا. هذا الشتاء سننزل بطانيات من القماش نفسه، فترقّبها.",
      ],
      clean: [
        "مرحبًا، الدواسات وعدة الأدوات داخل صندوق الدراجة، أما الضوء فليس مشمولًا كما ورد في الإعلان.",
        "مرحبًا، المقاس الذي طلبته عاد إلى المخزون، لذا نرسل الاستبدال اليوم.",
        "مرحبًا، سيأخذ الفني الغسالة القديمة معه بعد التركيب، وهذا مشمول في حجزك.",
        "مرحبًا، إذا تبلور العسل ضع العبوة قليلًا في ماء دافئ وسيعود سائلًا.",
      ],
    },
    "review": {
      violations: [
        "مرحبًا، نعتذر عن التأخير في طلبك. إن أعطيتنا خمس نجوم نعيد لك 10% من مشترياتك القادمة.",
        "مرحبًا، وصل الخلاط. عند التقييم نرجو أن تذكر قوة المحرك.",
        "مرحبًا، وصلتك الكتب. انطباعك بعد القراءة سيساعد القراء الآخرين على اختيار الكتاب المناسب.",
        "مرحبًا، وصل حامل الطفل اليوم. يسعدنا كثيرًا أن تخبر الآخرين على أمازون كيف وجدته.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "مرحبًا، يرجى تدقيق مسودة بطاقة الدعوة والتأكد من كتابة الأسماء، وإرسال ملاحظاتك قبل الطباعة.",
        "مرحبًا، قيّم المهندس الضرر وتبيّن أن الإصلاح مشمول بالضمان دون أي تكلفة.",
        "عنوان التوصيل: شقة 12، برج الواحة، خلف فندق خمس نجوم، دبي مارينا. يرجى التأكيد.",
        "مرحبًا، أرسل لنا صورة لوحة البيانات والتصنيف على الوحدة الخارجية للمكيف، فعليها الرقم التسلسلي.",
      ],
    },
  },
};

import type { Probes } from "../_lexicon_cases.ts";

/**
 * A fresh probe set in English, Hindi and Arabic, written before the
 * lexicons were tuned on it. `marketing-soft`: soft cross-selling of five
 * families (a paid extra on the visit, our other goods, a coming range or
 * batch, stock and refills, a benefit claimed for goods not ordered), each
 * hidden mid-message, next to clean traps with the same words in their
 * order senses (a free missing part, our technician or warehouse, care
 * advice naming nothing of ours, the ordered item's features, a refill the
 * buyer asked for). `review`: instructions for a review or a reward for one,
 * next to review words in other senses (a proof to review, a claim we
 * reviewed, feedback on a draft, an energy or hotel star grade).
 */
export const FRESH_PROBES: Readonly<Record<string, Probes>> = {
  "en-US": {
    "marketing-soft": {
      violations: [
        "Your installer is booked for Thursday morning. If you'd like, he can hang the matching shelves at the same time for an extra $30, just tell him when he gets there. Please clear a path to the wall.",
        "The technician will arrive between 1 and 3 pm. For $20 more he'll also flush the dishwasher filter and check the hoses. He will call ahead.",
        "Your grill cover shipped today via UPS. A lot of our buyers grab the stainless brush from our shop along with it to keep the grates clean. Tracking is in your account.",
        "Thanks for confirming your shipping address. Heads up, we're rolling out a fall line of the same mugs in rust and olive next month, could be a nice pair for yours. Your order leaves tomorrow.",
        "The print is rolled and ready to ship. Our next batch of limited prints drops in March if you ever want a companion piece. Let us know if the tube arrives damaged.",
        "The water filter you ordered is on its way. Cartridges for it are something we always keep on hand, six to a box, whenever yours runs out. Thanks again.",
        "Your coffee grinder was delivered this afternoon. Most folks who use our burr cleaning tablets say the grinder stays quieter and lasts years longer. Enjoy your first cup!",
        "Your phone case is packed. Our tempered glass screen protector is the one thing we'd tell any friend to add, it has saved plenty of screens. It ships by first-class mail.",
      ],
      clean: [
        "If the battery runs out before the trip, charge it for two hours with the cable in the box.",
        "Most folks find the assembly takes about twenty minutes with the included Allen key.",
        "The replacement blade is best used with the guard fitted, as shown on page 4 of the manual.",
        "We always have someone on the phone line between 9 and 5 if you need help with the setup.",
        "The extra cost of the express upgrade has been refunded to your card today.",
        "Customers tell us our old manual was confusing, so the new one is attached to this message.",
        "Our tech will run the dishwasher once with you to check it; he'll also show you how to clean the filter.",
        "We keep them in stock, so your replacement hinges will ship today.",
        "The drawer handle was missing from your dresser box, so we're mailing a new handle at no charge. It should reach you by Friday.",
        "Our technician Luis will text you 20 minutes before arriving on Tuesday. He'll bring everything needed for the install.",
        "To keep the cast iron from rusting, dry it right after washing and rub in a thin layer of cooking oil.",
        "The kettle you ordered has an automatic shut-off and a 1.7-liter capacity, and the base swivels all the way around.",
        "As you asked, we've added two extra refill cartridges to your order; they ship with the pitcher tomorrow.",
        "Under our returns policy you can send the lamp back within 30 days, and we'll email a prepaid label.",
        "Your order left our warehouse in Ohio this morning, and the courier expects to deliver it Monday.",
        "The new batch of your custom labels is printed with the corrected spelling and will ship Wednesday.",
      ],
    },
    review: {
      violations: [
        "Your blender should arrive Thursday. When you write your review, it'd be great if you could point out how quiet the motor is. Thanks for shopping with us.",
        "Order 114-2233445-6677889 is on its way. Post your honest thoughts on Amazon and reply with a screenshot, and we'll send you a $15 gift card.",
        "Thanks for your purchase. In your rating, please talk about our fast shipping and the sturdy packaging rather than the color.",
        "Your tent shipped today. Anyone who leaves a product review by the end of the month gets a free stake set from us.",
      ],
      clean: [
        "Please review the attached proof of the engraving and let us know if the date is correct before we cut the metal.",
        "We reviewed your claim and the photos you sent, and a full refund has been issued to your card.",
        "Thank you for your feedback on the draft layout; we moved the logo to the left as you asked.",
        "Our quality team rated the batch as safe after testing, so the recall does not affect your order.",
      ],
    },
  },
  "en-GB": {
    "marketing-soft": {
      violations: [
        "Your fitter is booked for Wednesday between 8 and 10. He can box in the pipework under the sink while he's with you too, for a small surcharge payable on the day. Please make sure the area is clear.",
        "Our chimney sweep arrives at 9 on Friday. Just mention it on the day if you'd like the bird guard fitted as well, it's £35 extra. He'll bring dust sheets.",
        "Thanks for confirming your initials. Our leather key fob in the same tan would make a nice little set with the wallet, and we can stamp the same letters on it. The wallet ships tomorrow.",
        "Your candles have been posted. They're best burnt with our cotton wick trimmer, which you'll find on our storefront as well. Do let us know when they arrive.",
        "The teapot is wrapped and ready to go. We're firing a winter batch of glazes in January, perhaps something for your shelf. Royal Mail should deliver it on Tuesday.",
        "Sorry for the delay with the cushion. Come spring we'll have the same cover in sage and mustard too. Your parcel goes out today.",
        "Your razor was dispatched this morning. Should you run low on blades, we keep them in stock all year round, in tens. Any trouble with delivery, just message us.",
        "Your bird feeder arrives tomorrow. Loads of customers tell us our squirrel baffle halves the seed they lose, so it's worth a thought. Happy birdwatching.",
      ],
      clean: [
        "Our driver will have something for you to sign at the door, so please be in after 2.",
        "The drops in temperature overnight may make the glue set a little slower.",
        "Come spring the courier switches to a morning round, so your deliveries may arrive earlier.",
        "Your fitter will also bring the spare brackets you asked for, at no extra cost.",
        "He'll also take away the old boiler, which is included in your booking.",
        "If you ever want to check on the engraving, our workshop is open until 5.",
        "It would help no end if you could send a photo of the damaged corner for the courier claim.",
        "If you need express delivery, it's £5 extra; just let us know before noon.",
        "We're sorry the lid arrived cracked. A replacement lid is on its way free of charge and should land on Thursday.",
        "Our courier will collect the faulty toaster on Monday; please have it boxed up by the door.",
        "To stop the wooden board from splitting, rub in a little food-safe oil every few weeks and never leave it soaking.",
        "The jacket you ordered is fully waterproof and has taped seams, so it will cope with heavy rain.",
        "As requested, we've packed a spare set of the hooks you asked about in with the curtains at no extra cost.",
        "Our returns policy gives you 60 days over Christmas, so there's no rush to decide about the jumper.",
        "Your sofa is in our warehouse awaiting the van; the delivery team will ring you the evening before.",
        "As you asked on the phone, the engineer will also look at the second radiator; it is included in the booking at no charge.",
      ],
    },
    review: {
      violations: [
        "Your scarf is in the post. When you pop your review up, do mention how soft the wool is and that it came gift-wrapped. Thank you!",
        "The vase should arrive Friday. Leave us a few words on Amazon and we'll pop a tenner back on your card as a thank-you.",
        "Thanks for your patience with the order. It'd help no end if your review said the delay was down to the courier, not us.",
        "Your order is on its way. Send us a snap of your five-star rating and we'll post you a free tin of polish.",
      ],
      clean: [
        "Could you review the wording on the attached mock-up and reply if the line breaks look right?",
        "We've looked into your feedback about the late van and raised it with the courier.",
        "The boiler is rated A for energy efficiency, and the manual explains the eco setting.",
        "Our team reviewed the case and agreed the dent happened in transit, so the refund is on its way.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "आपकी बुकिंग शनिवार सुबह 10 बजे की है। अगर आप चाहें तो हमारे मिस्त्री उसी दिन सिर्फ़ ₹299 अतिरिक्त में आपके पंखे की सर्विसिंग भी कर देंगे। कृपया समय पर घर पर रहें।",
        "टेक्नीशियन कल दोपहर 2 से 4 के बीच आएंगे। थोड़े से अतिरिक्त शुल्क पर वे पानी की टंकी की सफ़ाई भी कर सकते हैं, बस आते ही उन्हें बता दीजिए। धन्यवाद।",
        "आपका कुर्ता आज भेज दिया गया है। इसके साथ हमारा मैचिंग दुपट्टा भी खूब जंचता है, वह भी हमारी दुकान पर मिल जाएगा। ट्रैकिंग नंबर SMS से आएगा।",
        "आपका प्रेशर कुकर पैक हो गया है। कई ग्राहक इसके साथ हमारा स्टील का ढक्कन-स्टैंड भी लेते हैं, रसोई में बहुत काम आता है। डिलीवरी शुक्रवार तक होगी।",
        "पता कन्फ़र्म करने के लिए धन्यवाद। दिवाली से पहले हम पीतल के दीयों की नई खेप ला रहे हैं, शायद आपको भी पसंद आए। आपका ऑर्डर कल निकलेगा।",
        "चादर के रंग के बारे में बताने का शुक्रिया। अगले महीने यही डिज़ाइन हम नीले और हरे रंग में भी लाएँगे। आपका पार्सल आज रवाना हो रहा है।",
        "आपका वॉटर प्यूरीफ़ायर कल पहुँच जाएगा। जब भी फ़िल्टर बदलने की ज़रूरत हो, हमारे पास इसके कार्ट्रिज हमेशा स्टॉक में रहते हैं, चार के पैक में। कोई दिक्कत हो तो संदेश भेजें।",
        "आपकी साइकिल भेज दी गई है। हमारे ज़्यादातर ग्राहक कहते हैं कि हमारा चेन ऑयल लगाने से चेन की उम्र दोगुनी हो जाती है, लेना फ़ायदेमंद रहेगा। सुरक्षित सवारी करें।",
      ],
      clean: [
        "बैटरी ख़त्म होने पर इसे दो घंटे चार्ज करें।",
        "आपकी शिकायत के बाद हमने पूरे बैच की जाँच की, बाकी सभी पीस ठीक हैं।",
        "पुराने गीज़र को हटाने का काम भी कर देंगे, यह आपकी बुकिंग में शामिल है।",
        "अगर आपको किसी मदद की ज़रूरत हो, तो हमें संदेश भेजिए।",
        "हम आपका रिप्लेसमेंट ला रहे हैं, कूरियर कल पहुँचेगा।",
        "डिलीवरी के समय कृपया घर पर रहें, कूरियर उसी समय पुराना पार्सल भी ले जाएगा।",
        "लोग कहते हैं कि कूरियर देर से आता है, इसलिए हमने कूरियर कंपनी बदल दी है।",
        "एक्सप्रेस डिलीवरी चाहिए तो अतिरिक्त शुल्क लगेगा, कृपया बताइए।",
        "माफ़ कीजिए, आपके ऑर्डर में अलमारी का एक हैंडल कम था। हम नया हैंडल मुफ़्त में भेज रहे हैं, जो बुधवार तक पहुँच जाएगा।",
        "हमारे टेक्नीशियन आने से आधा घंटा पहले आपको फ़ोन करेंगे।",
        "लोहे की कड़ाही को जंग से बचाने के लिए धोने के तुरंत बाद सुखाएँ और उस पर सरसों के तेल की हल्की परत लगा दें।",
        "आपने जो मिक्सर मंगाया है उसमें तीन जार और ओवरलोड से बचाने वाला स्विच है, इसलिए इसे लगातार चलाना सुरक्षित है।",
        "आपके कहे अनुसार हमने ऑर्डर में दो अतिरिक्त रिफ़िल जोड़ दिए हैं, जो पेन के साथ ही कल भेजे जाएँगे।",
        "हमारी रिटर्न पॉलिसी के तहत आप 10 दिनों के भीतर जूते लौटा सकते हैं, कूरियर घर से ही उठा लेगा।",
        "आपका पार्सल आज सुबह हमारे गोदाम से निकल चुका है और कूरियर सोमवार तक पहुँचा देगा।",
        "आपके नाम वाली नई प्लेट सही स्पेलिंग के साथ बन गई है और बुधवार को भेज दी जाएगी।",
      ],
    },
    review: {
      violations: [
        "आपका ब्लेंडर गुरुवार तक पहुँचेगा। रिव्यू लिखते समय कृपया ज़रूर बताइएगा कि मोटर कितनी शांत चलती है।",
        "आपका ऑर्डर रास्ते में है। Amazon पर अपनी राय लिखकर उसका स्क्रीनशॉट भेजिए, हम आपको ₹200 का गिफ़्ट कार्ड देंगे।",
        "खरीदारी के लिए धन्यवाद। रेटिंग देते समय हमारी तेज़ डिलीवरी और मज़बूत पैकिंग का ज़िक्र करना न भूलें।",
        "आपका टेंट आज भेजा गया। जो भी ग्राहक इस महीने उत्पाद पर समीक्षा डालेगा, उसे हमारी तरफ़ से खूँटियों का सेट मुफ़्त मिलेगा।",
      ],
      clean: [
        "कृपया संलग्न प्रूफ़ की समीक्षा करें और बताएँ कि नाम की स्पेलिंग सही है या नहीं, उसके बाद ही हम छपाई करेंगे।",
        "हमने आपके दावे और भेजी गई तस्वीरों की समीक्षा कर ली है, पूरा रिफ़ंड आपके खाते में भेज दिया गया है।",
        "डिज़ाइन के ड्राफ़्ट पर आपकी राय के लिए धन्यवाद, हमने लोगो को बाईं ओर कर दिया है।",
        "यह एसी ऊर्जा दक्षता में 5 स्टार रेटेड है, इसलिए बिजली का बिल कम आएगा।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "موعد الفني يوم السبت الساعة العاشرة صباحًا. وإذا رغبت، يمكنه أيضًا تنظيف مكيف الغرفة الثانية مقابل 75 درهمًا إضافية، فقط أخبره عند وصوله. يرجى التأكد من وجود شخص في المنزل.",
        "سيصل فريق التركيب يوم الأحد بين 2 و4 عصرًا. وبرسوم بسيطة يمكنهم تثبيت الرف فوق التلفاز في الزيارة نفسها. شكرًا لتعاونك.",
        "تم شحن حقيبتك اليوم. محفظتنا الجلدية بنفس اللون البني تكمل الحقيبة بشكل رائع، وهي متوفرة في متجرنا أيضًا. ستصلك رسالة التتبع قريبًا.",
        "تم تغليف الدلّة وهي جاهزة للشحن. كثير من عملائنا يطلبون معها فناجيننا المزخرفة لتكتمل الضيافة. التوصيل خلال يومين.",
        "شكرًا لتأكيد العنوان. قبل رمضان سنطرح تشكيلة جديدة من الفوانيس النحاسية، قد تعجبك. طلبك يخرج غدًا.",
        "نعتذر عن تأخير الوسادة. الشهر القادم سيتوفر الغطاء نفسه باللونين الأزرق والزيتي أيضًا. طردك يُشحن اليوم.",
        "جهاز تنقية المياه سيصلك غدًا. وعندما تحتاج إلى تغيير الفلتر، لدينا الخراطيش متوفرة دائمًا في عبوات من أربع قطع. لأي استفسار راسلنا.",
        "تم شحن دراجتك. معظم زبائننا يقولون إن زيت السلسلة الذي نبيعه يضاعف عمر السلسلة، فهو يستحق التجربة. قيادة آمنة.",
      ],
      clean: [
        "عندما تحتاج إلى مساعدة في التركيب، اتصل بنا على الرقم المرفق.",
        "سيتوفر المنتج البديل في المستودع يوم الأحد وسنرسله لك فورًا.",
        "ستجده في الصندوق الصغير داخل الكرتونة.",
        "يمكنهم أيضًا أخذ الجهاز القديم عند التوصيل دون أي رسوم.",
        "إذا أردت الشحن السريع فالرسوم الإضافية 15 درهمًا، أخبرنا.",
        "أثناء وجوده عندك سيتحقق الفني من توصيلات الماء، وهذا ضمن الخدمة.",
        "نطرح عليك خيارين: استبدال القطعة أو استرداد المبلغ.",
        "قد يهمك أن الضمان يغطي سنتين كاملتين من تاريخ التسليم.",
        "نأسف لأن مقبض الخزانة كان ناقصًا في طلبك. سنرسل لك مقبضًا جديدًا مجانًا ويصل يوم الأربعاء.",
        "سيتصل بك الفني قبل وصوله بنصف ساعة يوم الثلاثاء.",
        "للحفاظ على المقلاة الحديدية من الصدأ، جففها مباشرة بعد الغسل وادهنها بطبقة خفيفة من زيت الطهي.",
        "الخلاط الذي طلبته يأتي بثلاثة أوعية ومفتاح حماية من الحمل الزائد، لذلك يمكن تشغيله لفترات طويلة بأمان.",
        "كما طلبت، أضفنا عبوتي تعبئة إضافيتين إلى طلبك، وستُشحنان مع القلم غدًا.",
        "وفق سياسة الإرجاع لدينا يمكنك إعادة الحذاء خلال 15 يومًا، وسيستلمه المندوب من منزلك.",
        "غادر طردك مستودعنا صباح اليوم، ويتوقع المندوب تسليمه يوم الاثنين.",
        "تم تجهيز اللوحة الجديدة باسمك بالتهجئة الصحيحة، وستُشحن يوم الأربعاء.",
      ],
    },
    review: {
      violations: [
        "سيصلك الخلاط يوم الخميس. عندما تكتب تقييمك، نرجو أن تذكر مدى هدوء المحرك.",
        "طلبك في الطريق. اكتب رأيك على أمازون وأرسل لنا لقطة شاشة، وسنرسل لك بطاقة هدايا بقيمة 50 درهمًا.",
        "شكرًا لشرائك. عند التقييم، يرجى الإشارة إلى سرعة التوصيل وجودة التغليف بدلًا من اللون.",
        "تم شحن خيمتك اليوم. كل عميل ينشر مراجعة للمنتج هذا الشهر يحصل منا على طقم أوتاد مجانًا.",
      ],
      clean: [
        "يرجى مراجعة النموذج المرفق والتأكد من تهجئة الاسم قبل أن نبدأ الطباعة.",
        "راجعنا مطالبتك والصور التي أرسلتها، وتم إصدار استرداد كامل إلى بطاقتك.",
        "شكرًا على ملاحظاتك حول مسودة التصميم، نقلنا الشعار إلى اليسار كما طلبت.",
        "سنوصل الطلب إلى فندق الخمس نجوم في العنوان الذي أرسلته، يرجى إبلاغ الاستقبال.",
      ],
    },
  },
};

/**
 * A second and a third fresh set, written after the first had been fixed
 * and measured before any change made for them: the same five families of
 * soft cross-selling in other wording (a habit of other buyers, a run or a
 * batch due soon, a bigger pack that prints twice the pages, a fee named
 * in words), review instructions and rewards after a problem was solved,
 * a change of a comment asked once a replacement is on its way; and clean
 * traps that hold the new cue words in their order senses ("many people
 * ask about our returns", "the next payment", "twice the drying time").
 */
export const FRESH_PROBES_B: Readonly<Record<string, Probes>> = {
  "en-US": {
    "marketing-soft": {
      violations: [
        "Your carpet clean is set for Monday at 8. Our cleaner could treat the stairs at the same time, which is usually another $40. See you then.",
        "The locksmith arrives at noon to change the lock. If you want a spare cut while he's on site, it's $8 a key.",
        "Your yoga mat shipped this morning. We sell a cork block in the same shade that lots of people use with it. Tracking to follow.",
        "Thanks for choosing the walnut frame. There is a matching mirror in our store too, should you fancy one for the hallway.",
      ],
      clean: [],
    },
    "review": {
      violations: [
        "Your headphones ship today. If you do write a review, a line about the battery life would be perfect.",
        "We've sent the replacement. Customers who tag a photo in their review get 20% back on the order.",
        "Happy with the lamp? Leave a review and forward us the confirmation, and your next bulb is on us.",
        "When you post your rating, could you leave out the bit about the late delivery?",
      ],
      clean: [
        "Our engineer will review the error log you sent and call you tomorrow.",
        "Once our team has reviewed the photos, we'll arrange the return label.",
        "Your feedback about the loose handle has been passed to the factory.",
        "The heater is rated at 1500 watts, so it's safe on a standard outlet.",
        "The helmet is rated for speeds up to 45 km/h, as printed on the label.",
        "Could you take a look at the draft inscription and tell us what you think of the wording?",
        "We appreciate your honest feedback on the delivery, and we've changed couriers as a result.",
        "Your claim is under review with the carrier; we'll update you by Friday.",
        "The star pattern on the duvet cover is printed, not embroidered, as the listing says.",
        "Please check the proof and leave a comment if the colour looks off.",
        "A five-star hotel in Dubai is the delivery address, so the concierge will sign.",
        "Thanks for the kind words on the phone earlier; the replacement ships today.",
      ],
    },
  },
  "en-GB": {
    "marketing-soft": {
      violations: [
        "The linen shirt left our warehouse today. Our summer prints land next month and I think you'd like them. Let us know if the size fits.",
        "Your puzzle is in the post. We're working on a sequel puzzle set in the same village, out in time for Christmas.",
        "The pod machine arrives Thursday. Coffee pods for it are always available from us, in boxes of 30, for when you need more.",
        "Your saucepan is on its way. Honestly, our copper polish keeps pans like this gleaming for years, customers rave about it.",
        "Your hedge trimmer is on its way. Lots of gardeners keep a spare battery from us on charge so they can finish the job in one go. Delivery is Tuesday.",
        "The engineer will fit the new thermostat on Friday. He's happy to bleed all your radiators too while he's there, that's just £20 on the day.",
        "Your teapot has been posted. The matching cups are made in the same workshop and sit beautifully alongside it. Do shout if it arrives chipped.",
        "Thanks for bearing with us on the delay. Our next run of handmade soaps includes a lavender one, due in a fortnight, in case you want to try it.",
        "The printer ink you ordered went out today. Just so you know, we sell the XL cartridges too, they print twice the pages for not much more.",
        "Your bike lock has shipped. A lot of riders add our frame bag, it keeps the key and lights handy. Any questions, just ask.",
        "The mattress is booked for delivery on Monday. Our protector is the best way to keep it fresh and it fits this depth exactly.",
        "We've fixed the address on your order. By the way, our autumn candles are now on the shelves, the cinnamon one has been popular.",
      ],
      clean: [
        "The engineer will also check the pressure on your boiler, as that is part of every service visit.",
        "Lots of customers ask about the warranty: it covers two years from delivery, parts and labour.",
        "The matching screws were missing from the kit, so a bag of them is in the post today at no charge.",
        "Our workshop makes each piece by hand, which is why your bowl will take about a week.",
        "If the ink runs out sooner than expected, please send us the cartridge's batch number so we can check it.",
        "Your mattress comes vacuum-packed; give it 24 hours to reach its full depth before sleeping on it.",
        "We sell only through Amazon, so please reply here with any questions about the order.",
        "The candle you ordered burns for about 40 hours; trim the wick to 5 mm before each use.",
        "Sorry, the fix is due next week; the new part is just in at our warehouse and ships Monday.",
        "If you want to try the reset again, hold the button for ten seconds; our guide shows it too.",
        "We sell the lamp only in the colour shown, so we can't swap it for blue, sorry.",
        "The battery lasts twice the time when it is charged fully before first use.",
        "Our new driver will give it a try again tomorrow morning.",
        "The lamp you ordered is back on the shelves at our depot and will leave today.",
        "We sell a lot during the holidays, so our replies may take a day longer.",
        "Lots of people keep the box for returns, but you don't need it for ours.",
        "Our fitter says the bracket has been popular with other installers because it is quick to level.",
        "The paint needs twice the drying time in cold weather, so leave it overnight.",
      ],
    },
    "review": {
      violations: [
        "The replacement kettle left our warehouse this morning. Once it's with you, we'd be grateful if you could have another look at the one-star rating you left.",
        "Now the new hinge is on its way, perhaps you might reconsider the comment you posted about us?",
        "Once the new part arrives, would you mind amending your feedback to reflect how we sorted it?",
        "If you're happy with how we've handled this, it would mean a lot if your rating could reflect that.",
        "It's in the post today, no need to return anything. If you do leave us a review, we'll pop a little extra in your next parcel.",
        "A new hinge set goes out tomorrow with fittings. Leave us a few kind words online and we'll knock a tenner off your next order.",
        "As a thank-you for sharing your thoughts on Amazon, we'll include a bag of cutters free.",
        "Post a photo of your bake on the listing and a free cake stand is yours.",
      ],
      clean: [
        "The replacement kettle left our warehouse this morning; no need to send the old one back.",
        "We've read your comment about the hinge and a new set goes out tomorrow with fittings.",
        "Your feedback about the packaging reached our warehouse team, and they now double-box kettles.",
        "If you're not happy with the replacement either, just reply and we'll refund you in full.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "आपकी काजू कतली में एक दिन की देरी होगी, माफ़ी चाहते हैं। इस बीच हमारे बेसन के लड्डू भी ज़रूर आज़माइए, वे भी हमारी दुकान पर हैं।",
        "आपने 3 लीटर का प्रेशर कुकर चुना है। इसी सीरीज़ में 5 लीटर वाला भी है, बड़े परिवार के लिए बढ़िया रहता है।",
        "आपका ऑर्डर कल भेजा जाएगा। त्योहारों के लिए हमने मिठाई के गिफ़्ट बॉक्स भी तैयार किए हैं, देखना न भूलें।",
        "कुकर इंडक्शन और गैस दोनों पर चलता है। साथ में हमारी सेफ़्टी वॉल्व किट रखना अच्छा रहता है।",
        "मिठाई ताज़ा बनते ही भेज देंगे। हमारी सोन पापड़ी भी ग्राहकों को बहुत पसंद आती है, एक बार ज़रूर चखिए।",
        "आपका ऑर्डर कन्फ़र्म है। इसी कुकर का 2 लीटर वाला मॉडल भी हमारे पास है, छोटे काम के लिए बढ़िया।",
        "प्लंबर गुरुवार को 11 बजे आएंगे। वहाँ रहते हुए वे ₹150 में आपके नल का वॉशर भी बदल सकते हैं।",
        "आपकी साड़ी आज पैक हो गई। इसके साथ पहनने के लिए हमारे यहाँ मैचिंग ब्लाउज़ पीस भी है, चाहें तो देख लीजिए।",
        "आपका तवा भेज दिया गया है। हमारा लकड़ी का पलटा इसके लिए एकदम सही रहता है, बहुत से लोग दोनों साथ लेते हैं।",
        "आपका ऑर्डर कन्फ़र्म है। होली से पहले हम हर्बल गुलाल की नई रेंज ला रहे हैं, नज़र रखिएगा।",
        "कप सेट कल निकलेगा। अगले हफ़्ते हमारे यहाँ इसी डिज़ाइन में प्लेटें भी आ जाएँगी।",
        "आपका शेवर भेज दिया गया है। इसके ब्लेड हम हर समय रखते हैं, जब चाहें मंगा सकते हैं।",
        "आपकी चटाई आज पहुँचेगी। हमारे ग्राहक बताते हैं कि हमारा क्लीनिंग स्प्रे इस्तेमाल करने से चटाई सालों नई जैसी रहती है।",
        "इंस्टॉलेशन टीम रविवार को आएगी। थोड़ा अतिरिक्त देकर वे दीवार पर टीवी भी लगा देंगे।",
        "आपका मिक्सर कल पहुँचेगा। हमारे यहाँ इसके लिए अलग से चटनी जार भी मिलता है, बहुत से लोग मंगाते हैं।",
        "मैकेनिक शनिवार को आपकी बाइक की सर्विस करने आएंगे। चाहें तो वे ₹200 में चेन भी बदल देंगे।",
        "आपकी अगरबत्तियाँ भेज दी गई हैं। नवरात्रि के लिए हमारी नई खुशबू वाली अगरबत्तियाँ जल्द ही आ रही हैं।",
        "प्रेस भेज दी गई है। इसके साथ हमारा इस्त्री स्टैंड इस्तेमाल करने से काम आधा हो जाता है।",
        "आपकी डायरी पैक हो गई है। इसी कवर में हम पेन होल्डर भी बनाते हैं, अगर आप सेट बनाना चाहें।",
        "फ़िल्टर लगा दिया गया है। अगली बार के लिए हमारे पास छह फ़िल्टर वाला पैक भी रहता है, सस्ता पड़ता है।",
      ],
      clean: [
        "आपका कुकर इंडक्शन और गैस दोनों पर चलता है, इसलिए किसी अलग बर्तन की ज़रूरत नहीं है।",
        "मशीन ठीक हो गई है, ताज़ा माल कल बनेगा और परसों तक आपके पास पहुँच जाएगा।",
        "कुकर के साथ एक अतिरिक्त रबर गैसकेट मुफ़्त आता है, वह डिब्बे में नीचे रखा है।",
        "अगर 5 लीटर वाला चाहिए था तो बताइए, हम आपका ऑर्डर बदल देंगे।",
        "मैकेनिक चेन की जाँच भी करेंगे, यह सर्विस में शामिल है और इसका कोई अलग चार्ज नहीं है।",
        "बहुत से लोग वारंटी के बारे में पूछते हैं: यह डिलीवरी से दो साल तक पार्ट्स और मरम्मत दोनों पर लागू है।",
        "किट में पेंच कम थे, इसलिए पेंचों का एक पैकेट आज मुफ़्त भेजा जा रहा है।",
        "हम हर डायरी हाथ से बनाते हैं, इसलिए आपकी डायरी तैयार होने में एक हफ़्ता लगेगा।",
        "जो अगरबत्ती आपने मंगाई है वह लगभग 40 मिनट तक जलती है।",
        "गद्दा वैक्यूम पैक में आता है, इस पर सोने से पहले इसे 24 घंटे खुला रहने दें।",
        "कई लोग पूछते हैं कि हमारा रिटर्न कैसे होता है: बस ऐप में रिटर्न दबाएँ।",
        "बहुत से लोग हमारी पैकिंग की तारीफ़ करते हैं, इसलिए हम वही तरीका अपनाते हैं।",
        "कई लोग डिब्बा संभाल कर रखते हैं, पर हमारे यहाँ रिटर्न के लिए उसकी ज़रूरत नहीं है।",
        "ठंड में गोंद सूखने का काम आधा हो जाता है अगर कमरा गर्म रखें।",
        "अगर आपको पूरा सेट चाहिए था तो बताइए, हम जाँच करेंगे कि कौन सा हिस्सा छूट गया।",
      ],
    },
    "review": {
      violations: [
        "आपके हेडफ़ोन आज भेजे जा रहे हैं। अगर आप रिव्यू लिखें तो बैटरी के बारे में एक लाइन ज़रूर डालें।",
        "रिव्यू में फ़ोटो लगाने वाले ग्राहकों को ऑर्डर पर 20% पैसे वापस मिलते हैं।",
        "रेटिंग देने के बाद हमें स्क्रीनशॉट भेजें, अगला बल्ब हमारी तरफ़ से मुफ़्त।",
        "रेटिंग देते समय देर से डिलीवरी वाली बात छोड़ दीजिए, प्लीज़।",
      ],
      clean: [
        "हमारे इंजीनियर आपके भेजे गए एरर लॉग की समीक्षा करके कल फ़ोन करेंगे।",
        "ढीले हैंडल के बारे में आपका फ़ीडबैक हमने फ़ैक्ट्री तक पहुँचा दिया है।",
        "यह हीटर 1500 वॉट रेटेड है, इसलिए सामान्य सॉकेट में सुरक्षित है।",
        "कृपया ड्राफ़्ट पर नज़र डालकर बताइए कि आपकी क्या राय है, शब्द ठीक हैं या नहीं।",
        "आपका दावा कूरियर कंपनी के पास समीक्षा में है, शुक्रवार तक जानकारी देंगे।",
        "डिलीवरी पर आपकी ईमानदार प्रतिक्रिया के लिए धन्यवाद, हमने कूरियर बदल दिया है।",
        "चादर पर सितारों वाला डिज़ाइन छपा हुआ है, कढ़ाई वाला नहीं।",
        "डिलीवरी का पता एक फ़ाइव स्टार होटल है, रिसेप्शन पर पार्सल ले लिया जाएगा।",
        "आपकी रेटिंग प्लेट की फ़ोटो से पता चला कि यह मॉडल 220 वोल्ट का है।",
        "फ़ोन पर आपके अच्छे शब्दों के लिए शुक्रिया, रिप्लेसमेंट आज भेज रहे हैं।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "سيصل السباك يوم الخميس الساعة 11. وأثناء وجوده يمكنه تغيير جلدة الحنفية مقابل 40 درهمًا.",
        "تم تغليف العباية وستُشحن اليوم. لدينا شيلة مطابقة لها تمامًا إذا حبيت تكمل الطقم.",
        "تم شحن المقلاة. ملعقتنا الخشبية هي الأنسب لها، والكثير يشترونهما معًا.",
        "طلبك مؤكد. قبل العيد ننزل مجموعة بخور جديدة، خلك متابع.",
        "طقم الفناجين يخرج غدًا. الأسبوع القادم ستصلنا صحون بنفس النقشة.",
        "تم شحن ماكينة الحلاقة. شفراتها موجودة عندنا طوال السنة، اطلبها متى شئت.",
        "سجادتك تصل اليوم. زبائننا يقولون إن بخاخ التنظيف من عندنا يبقيها كالجديدة لسنوات.",
        "فريق التركيب قادم يوم الأحد. وبمبلغ بسيط إضافي يثبتون التلفاز على الجدار كذلك.",
        "المكنسة تصلك غدًا. كثير من الناس يأخذون بطارية احتياطية من عندنا حتى ينهوا التنظيف مرة وحدة.",
        "الفني سيركب الثرموستات يوم الجمعة، ويقدر ينظف لك مكيف الصالة كمان بخمسين درهم بس.",
        "تم إرسال إبريق الشاي. الفناجين المطابقة مصنوعة في نفس الورشة وتليق به جدًا.",
        "شكرًا لصبرك على التأخير. الدفعة القادمة من صابوننا اليدوي فيها صابونة لافندر، تنزل بعد أسبوعين إذا حاب تجربها.",
        "تم شحن الحبر الذي طلبته. للعلم، نبيع أيضًا خراطيش XL تطبع ضعف الصفحات بفرق بسيط في السعر.",
        "حجزنا توصيل المرتبة يوم الاثنين. واقي المرتبة من عندنا أفضل طريقة للحفاظ عليها نظيفة ومقاسه مضبوط عليها.",
      ],
      clean: [
        "سيفحص الفني أيضًا ضغط السخان، فهذا جزء من كل زيارة صيانة.",
        "كثير من العملاء يسألون عن الضمان: يغطي سنتين من تاريخ التوصيل قطعًا وعمالة.",
        "كانت البراغي ناقصة من الطقم، لذلك أرسلنا كيسًا منها اليوم مجانًا.",
        "نصنع كل قطعة يدويًا، لذلك سيستغرق تجهيز وعائك نحو أسبوع.",
        "الشمعة التي طلبتها تشتعل نحو 40 ساعة، قص الفتيل إلى 5 ملم قبل كل استخدام.",
        "تصلك المرتبة مضغوطة، اتركها 24 ساعة حتى تأخذ سمكها الكامل قبل النوم عليها.",
        "كثير من الناس يسألون عن طريقة الإرجاع لدينا: اضغط على زر الإرجاع في التطبيق.",
        "أفضل طريقة للحفاظ عليها هي مسحها بقطعة قماش جافة بعد كل استخدام.",
        "الدفعة القادمة من المبلغ ستصل إلى حسابك خلال يومين.",
        "إذا حاب تغير العنوان، أرسل لنا العنوان الجديد قبل الشحن.",
        "الفني يقدر يركب الجهاز يوم السبت بدل الجمعة إذا كان أنسب لك.",
        "معظم الناس يفضلون التوصيل المسائي، ولدينا مواعيد حتى التاسعة.",
      ],
    },
    "review": {
      violations: [
        "سماعاتك تُشحن اليوم. إذا كتبت مراجعة، فجملة عن عمر البطارية ستكون مثالية.",
        "العملاء الذين يضيفون صورة في تقييمهم يستردون 20% من قيمة الطلب.",
        "بعد التقييم أرسل لنا لقطة الشاشة، والمصباح التالي علينا مجانًا.",
        "عند كتابة تقييمك، يرجى عدم ذكر تأخر التوصيل.",
      ],
      clean: [
        "سيراجع مهندسنا سجل الأخطاء الذي أرسلته ويتصل بك غدًا.",
        "بعد أن يراجع فريقنا الصور سنرسل لك ملصق الإرجاع.",
        "تم نقل ملاحظتك حول المقبض المرتخي إلى المصنع.",
        "قدرة السخان 1500 واط، وهو مصنف آمن للمقابس العادية.",
        "يرجى الاطلاع على مسودة النقش وإخبارنا برأيك في الصياغة.",
        "مطالبتك قيد المراجعة لدى شركة الشحن، وسنوافيك بالتحديث يوم الجمعة.",
        "نشكرك على ملاحظاتك الصريحة حول التوصيل، وقد غيرنا شركة الشحن بناءً عليها.",
        "نقشة النجوم على غطاء اللحاف مطبوعة وليست مطرزة كما هو موضح في الوصف.",
        "عنوان التوصيل فندق خمس نجوم، وسيستلم الكونسيرج الطرد.",
        "شكرًا لكلماتك اللطيفة على الهاتف، سنشحن البديل اليوم.",
      ],
    },
  },
};

/**
 * A fourth fresh set, measured before any change made for it: fees named
 * in words ("a tenner more", "थोड़े पैसे और", "درهمًا زيادة"), the seller's
 * own produce as well, the same print for a pair, a limited or festive
 * edition next month, a refill sent when the supply gets low, what buyers
 * who added a protector say; with clean traps (a job already booked, a
 * larger size sent as the replacement, the dimensions on our page).
 */
export const FRESH_PROBES_C: Readonly<Record<string, Probes>> = {
  "en-GB": {
    review: {
      violations: [],
      clean: [
        "Before dispatch we found that a few mics in this batch give loud feedback at full volume, so if yours whistles, reply and we'll send a new one.",
        "If you hear feedback noise, move the microphone away from the speaker before turning it up.",
      ],
    },
    "marketing-soft": {
      violations: [
        "Your window cleaner is booked for Wednesday. For a tenner more he can do the conservatory roof while he's up the ladder.",
        "The piano tuner will come on the 14th. Many clients have the stool re-covered at the same visit; it's $60 and takes half an hour.",
        "Your espresso cups are packed. We roast our own beans as well, and a bag would go down a treat with these.",
        "The kids' raincoat ships tomorrow. Our wellies come in the same dinosaur print if you want the pair.",
        "Thanks for your patience. We'll be adding a larger size of this planter in March, keep an eye on our page.",
        "Your order is confirmed. A limited Christmas edition of this puzzle is on the way next month.",
        "Your printer is set up. When the toner gets low, just drop us a line and we'll send a fresh one out the same day for $39.",
        "The sofa arrives Friday. Buyers who added our fabric guard say it still looks brand new after a year of kids and dogs.",
      ],
      clean: [
        "Your window cleaner will also do the conservatory roof, as you booked on the phone; nothing more to pay.",
        "We roast the coffee to order, so your bag was packed the day it was roasted.",
        "The larger size you asked about is the one we've sent as your replacement; it arrives Thursday.",
        "If the toner runs low during the warranty, contact us and we'll check whether it's faulty.",
        "Our page on Amazon lists the dimensions, in case you need them for the alcove.",
        "Buyers sometimes find the zip stiff at first; it loosens after a few uses.",
      ],
    },
  },
  "hi-IN": {
    review: {
      violations: [],
      clean: [
        "डिस्पैच से पहले जाँच में पता चला कि कुछ माइक पूरी आवाज़ पर तेज़ फ़ीडबैक देते हैं, अगर आपके साथ भी ऐसा हो तो बताइए, हम नया माइक भेजेंगे।",
      ],
    },
    "marketing-soft": {
      violations: [
        "कारपेंटर सोमवार को आएंगे। थोड़े पैसे और देकर आप उनसे अलमारी के दरवाज़े की मरम्मत भी करवा सकते हैं।",
        "AC सर्विस वाले शुक्रवार को आएंगे। बहुत से ग्राहक उसी समय गैस रिफ़िल भी करवा लेते हैं, ₹1200 लगते हैं।",
        "आपके कप पैक हो गए हैं। हम अपनी चाय पत्ती भी बेचते हैं, इन कपों के साथ उसका मज़ा दोगुना हो जाता है।",
        "बच्चों का रेनकोट कल भेजा जाएगा। इसी डायनासोर प्रिंट में हमारे गमबूट भी हैं, जोड़ी बन जाएगी।",
        "धैर्य रखने के लिए धन्यवाद। मार्च में हम इस गमले का बड़ा साइज़ भी ला रहे हैं, हमारे पेज पर नज़र रखिए।",
        "आपका ऑर्डर कन्फ़र्म है। अगले महीने इस पज़ल का दिवाली स्पेशल एडिशन आने वाला है।",
        "प्रिंटर सेट हो गया है। टोनर कम होने पर बस हमें मैसेज कर दीजिए, उसी दिन नया टोनर ₹899 में भेज देंगे।",
        "सोफ़ा शुक्रवार को पहुँचेगा। हमारा फ़ैब्रिक प्रोटेक्टर लगाने वाले ग्राहक कहते हैं कि साल भर बाद भी सोफ़ा नया जैसा दिखता है।",
      ],
      clean: [
        "कारपेंटर अलमारी के दरवाज़े भी ठीक करेंगे, जैसा आपने फ़ोन पर बुक किया था; इसके लिए कुछ और नहीं देना है।",
        "हम चाय पत्ती ऑर्डर मिलने पर ही पैक करते हैं, इसलिए आपका पैकेट एकदम ताज़ा है।",
        "जो बड़ा साइज़ आपने माँगा था, वही रिप्लेसमेंट में भेजा है; गुरुवार तक पहुँच जाएगा।",
        "वारंटी के दौरान टोनर जल्दी ख़त्म हो तो हमें बताइए, हम जाँच करेंगे कि कोई ख़राबी तो नहीं।",
        "गमले का नाप हमारे Amazon पेज पर लिखा है, अगर आपको जगह नापनी हो।",
        "कुछ ग्राहकों को शुरू में ज़िप थोड़ी सख़्त लगती है, कुछ दिनों में ढीली हो जाती है।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "منظف النوافذ قادم يوم الأربعاء. وبعشرين درهمًا زيادة ينظف لك سقف الشرفة الزجاجي وهو على السلم.",
        "سيأتي فني البيانو يوم 14. كثير من عملائنا يجددون تنجيد الكرسي في نفس الموعد، والتكلفة 200 درهم.",
        "تم تغليف فناجين القهوة. نحمص قهوتنا بأنفسنا أيضًا، وكيس منها مع هذه الفناجين سيكون رائعًا.",
        "معطف المطر للأطفال يُشحن غدًا. الجزمة المطاطية بنفس نقشة الديناصور متوفرة لدينا إذا أردت الطقم كاملًا.",
        "شكرًا لصبرك. في مارس سنضيف مقاسًا أكبر من هذا الأصيص، تابع صفحتنا.",
        "طلبك مؤكد. الشهر القادم تصل نسخة رمضانية محدودة من هذه الأحجية.",
        "تم تجهيز الطابعة. عندما يقل الحبر راسلنا فقط ونرسل لك خرطوشة جديدة في اليوم نفسه بـ 150 درهمًا.",
        "الكنبة تصل الجمعة. العملاء الذين أضافوا واقي القماش من عندنا يقولون إنها ما زالت كالجديدة بعد سنة.",
      ],
      clean: [
        "سينظف العامل سقف الشرفة أيضًا كما حجزت بالهاتف، ولا يوجد أي مبلغ إضافي.",
        "نحمص القهوة عند الطلب، لذلك تم تغليف كيسك في يوم التحميص نفسه.",
        "المقاس الأكبر الذي طلبته هو الذي أرسلناه كبديل، ويصل يوم الخميس.",
        "إذا نفد الحبر بسرعة خلال فترة الضمان، تواصل معنا لنتحقق من وجود عيب.",
        "أبعاد الأصيص مذكورة في صفحة المنتج على أمازون إذا احتجت إليها.",
        "بعض العملاء يجدون السحاب قاسيًا في البداية، ويلين بعد عدة استخدامات.",
      ],
    },
  },
};

/**
 * A fifth fresh set, measured before any change made for it: a job "done
 * too" at a price, the same colour waiting in our shop, a range brought to
 * the shop this winter, parts sold separately, what riders say of a visor,
 * a bigger pack that works out cheaper "for next time".
 */
export const FRESH_PROBES_D: Readonly<Record<string, Probes>> = {
  "en-US": {
    "marketing-soft": {
      violations: [
        "The electrician is booked for Wednesday to fit the fan. If you'd like the bathroom extractor done too, it's an extra $60 on the day.",
        "Your sheets are on the way. Pillowcases in the same sage are waiting in our shop as well.",
        "Your order is being packed. This winter we're bringing a range of wool scarves to the shop, worth a peek when they arrive.",
        "The water bottle has shipped. Spare lids and straws are sold separately by us too, grab some when you need them.",
        "Your helmet arrives tomorrow. Our anti-fog visor keeps your view clear even in heavy rain, riders swear it's a game changer.",
        "Your incense has shipped. The 12-pack works out cheaper per box, something to think about next time.",
      ],
      clean: [
        "The electrician will also fit the regulator with the fan; it's included in your booking.",
        "The pillowcases were missing from your order, so we're sending them separately at no cost.",
        "If fog builds up on the visor in the rain, wipe it with a dry cloth.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "इलेक्ट्रीशियन बुधवार को पंखा लगाने आएंगे। साथ में अगर आप बाथरूम का एग्ज़ॉस्ट फ़ैन भी लगवाना चाहें तो ₹350 और लगेंगे।",
        "आपकी बेडशीट रवाना हो गई है। इसके साथ मैच करते तकिये के कवर हमारी दुकान में भी मिलेंगे।",
        "लैपटॉप बैग कल पहुँचेगा। हमारा वायरलेस माउस इसकी छोटी जेब में एकदम फ़िट आता है, कई खरीदार दोनों साथ मंगवाते हैं।",
        "आपका ऑर्डर पैक हो रहा है। इस सर्दी हम ऊनी शॉल की नई वैरायटी लॉन्च करने वाले हैं, ज़रूर देखिएगा।",
        "धन्यवाद! रक्षाबंधन से पहले हमारी राखी वाली ख़ास पेशकश आने वाली है।",
        "वाटर बोतल भेज दी गई है। इसके ढक्कन और स्ट्रॉ हम अलग से भी बेचते हैं, ज़रूरत पड़ने पर मंगा लीजिए।",
        "आपका हेलमेट कल आएगा। हमारा एंटी-फ़ॉग वाइज़र लगाने से बारिश में भी साफ़ दिखता है, सवार इसे बहुत पसंद करते हैं।",
        "आपकी अगरबत्ती का पैक भेज दिया है। 12 पैकेट वाला डिब्बा लेने पर हर पैकेट सस्ता पड़ता है, अगली बार सोचिएगा।",
      ],
      clean: [
        "इलेक्ट्रीशियन पंखे के साथ रेगुलेटर भी लगाएंगे, यह आपकी बुकिंग में शामिल है।",
        "तकिये के कवर आपके ऑर्डर में नहीं आए थे, हम उन्हें मुफ़्त में अलग से भेज रहे हैं।",
        "आपने जो बोतल मंगाई है उसका ढक्कन लीक-प्रूफ़ है और उसमें स्ट्रॉ भी आता है।",
        "बारिश में वाइज़र पर धुंध आए तो उसे सूखे कपड़े से पोंछ लें।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "الكهربائي قادم الأربعاء لتركيب المروحة. وإذا حبيت يركب لك مروحة الحمام كمان، الكلفة 120 درهم زيادة.",
        "شرشف السرير في الطريق إليك. أكياس المخدات المتناسقة معه تجدها في متجرنا كذلك.",
        "حقيبة اللابتوب تصلك غدًا. الماوس اللاسلكي الذي نبيعه يدخل في جيبها الصغير تمامًا، والكثير يطلبونهما سويًا.",
        "طلبك قيد التغليف. هذا الشتاء سنطلق أصنافًا جديدة من الشالات الصوفية، لا تفوتها.",
        "شكرًا لك! قبل العيد ستتوفر لدينا علب هدايا خاصة بالمناسبة.",
        "تم شحن قارورة الماء. الأغطية والمصاصات نبيعها بشكل منفصل أيضًا، اطلبها عند الحاجة.",
        "الخوذة تصلك غدًا. واقي الضباب من عندنا يخلي الرؤية واضحة حتى في المطر، والدراجون يحبونه كثيرًا.",
        "تم شحن علبة البخور. علبة الـ12 قطعة توفر عليك في سعر القطعة، فكّر فيها للمرة القادمة.",
      ],
      clean: [
        "سيركب الكهربائي منظم السرعة مع المروحة، وهذا ضمن حجزك.",
        "أكياس المخدات لم تكن في طلبك، وسنرسلها لك مجانًا بشكل منفصل.",
        "القارورة التي طلبتها غطاؤها مانع للتسرب وتأتي معها مصاصة.",
        "إذا تكوّن الضباب على الواقي في المطر، امسحه بقطعة قماش جافة.",
      ],
    },
  },
};

import {
  lintAfterOrder,
  probeSteps,
  testProbeSteps,
} from "./_probe_harness.ts";

// The plainest wordings sellers use, in English, Hindi and Arabic, each
// after one sentence about the order: every violation gets an error of some
// policy rule, no clean message gets any error.

type Battery = { violations: Record<string, string[]>; clean: string[] };

const ORDER_SENTENCE: Record<string, string> = {
  "en-US": "Your order 111-1234567-1234567 has shipped.",
  "en-GB": "Your order 202-1234567-1234567 has been dispatched.",
  "hi-IN": "आपका ऑर्डर 406-1234567-1234567 भेज दिया गया है।",
  "ar-AE": "تم شحن طلبك رقم 402-1234567-1234567.",
};

const EN_VIOLATIONS: Record<string, string[]> = {
  request: [
    "Please leave a review.",
    "Would you mind leaving us a review?",
    "Don't forget to review your purchase!",
    "We'd be grateful if you could rate your purchase.",
    "Please take a moment to write a review on Amazon.",
  ],
  incentive: [
    "Leave a 5-star review and we'll refund your order.",
    "Get a $10 gift card for your review!",
    "Write a review and get 15% off your next order.",
    "Send us a screenshot of your review for a free phone case.",
  ],
  gating: [
    "If you are happy, please leave a review; if not, contact us first.",
    "Happy with your order? Leave us a review. Not happy? Message us before leaving feedback.",
    "If anything is wrong, contact us before you write a review.",
  ],
  change: [
    "Could you please remove your negative review?",
    "Would you consider changing your rating to 5 stars?",
    "We have sent a replacement, so please update your review.",
  ],
  instruct: [
    "Please mention how fast the delivery was in your review.",
    "In your review, please say that the product works great.",
    "When you write your review, please include a photo and say it was easy to set up.",
  ],
  marketing: [
    "Get 20% off your next order with code SAVE20.",
    "Visit our store for more great deals.",
    "Check out our other products on Amazon.",
    "Follow us on Instagram for new arrivals.",
    "Sign up for our newsletter to hear about sales.",
  ],
  optOut: [
    "Reply STOP to unsubscribe.",
    "If you don't want more messages, let us know.",
    "To stop receiving these emails, reply with UNSUBSCRIBE.",
    "Let us know if you'd like us to stop sending messages.",
  ],
  offAmazon: [
    "Message us on WhatsApp at +1 415 555 0123.",
    "Chat with us on WhatsApp for a faster reply.",
    "Please call us at (415) 555-0123.",
    "Email us at help@example.com.",
  ],
};

const EN_CLEAN: string[] = [
  "Thanks for your order! Please let us know if anything is wrong.",
  "We're happy to help with any questions about setup.",
  "A quick tip: charge the battery fully before first use.",
  "Please check that the address on your order is correct.",
  "Our team has packed it with care in our warehouse.",
  "The new model ships with a longer cable.",
  "We recommend washing the cover on a cool cycle.",
  "Please note that the courier will need a signature.",
  "The shipping rate was refunded to your card.",
  "You can track the parcel on Amazon.com under Your Orders.",
  "We have reviewed your return request and approved it.",
  "Please review the attached invoice and let us know if it is correct.",
  "Your replacement is on its way at no cost to you.",
  "The warranty covers parts and labour for two years.",
  "If you need anything else, just reply to this message.",
  "Our technician will review the unit you returned and let you know.",
  "Please review the product details before installing it.",
];

const BATTERY: Record<string, Battery> = {
  "en-US": { violations: EN_VIOLATIONS, clean: EN_CLEAN },
  "en-GB": {
    violations: {
      request: [
        "Please leave us a review when you have a moment.",
        "Would you mind rating your purchase?",
        "Don't forget to leave feedback!",
        "Could you pop a review on Amazon for us?",
      ],
      incentive: [
        "Leave a 5-star review and we'll give you a £10 Amazon voucher.",
        "We'll refund your postage for a positive review.",
        "Review the product and receive a free sample.",
      ],
      gating: [
        "If you're pleased with it, do leave a review; if not, get in touch first.",
        "Before leaving any feedback, please contact us so we can sort it out.",
        "Only leave a review if you're completely satisfied.",
      ],
      change: [
        "Would you mind amending your review now that it's fixed?",
        "Please take down your one-star rating.",
        "Could you update your feedback to a positive one?",
      ],
      instruct: [
        "Please mention our fast delivery in your review.",
        "In your review, do say how well it's made.",
        "When reviewing, please describe the product as excellent.",
      ],
      marketing: [
        "Have a look at our shop for our new autumn range.",
        "Use code THANKS10 for 10% off your next purchase.",
        "Subscribe to our newsletter for exclusive offers.",
      ],
      optOut: [
        "Reply STOP if you'd rather not hear from us.",
        "If you'd prefer not to receive these messages, just let us know.",
      ],
      offAmazon: [
        "Please ring us on 020 7946 0123.",
        "Drop us an email at support@example.co.uk.",
      ],
    },
    clean: [
      "Thank you for your order; it has been dispatched by Royal Mail.",
      "Please let us know if the colour isn't what you expected.",
      "We'd recommend storing it somewhere dry.",
      "Our team in the warehouse checked it before packing.",
      "The postage rate was refunded in full.",
      "You can see the tracking on Amazon.co.uk.",
      "Please check the fitting instructions enclosed in the box.",
      "Many thanks for your patience while we sorted this out.",
      "Happy to help if you have any questions about sizing.",
      "Top tip: leave the cushion to expand for 24 hours.",
      "The new cartridge is a straight swap for the old one.",
      "Please review the delivery slot and let us know if it suits you.",
      "Your feedback about the strap has been passed to our quality team.",
      "The exchange rate at checkout is set by Amazon, not by us.",
      "Do get in touch via Amazon messages if anything is amiss.",
    ],
  },
  "hi-IN": {
    violations: {
      request: [
        "कृपया एक रिव्यू छोड़ें।",
        "क्या आप हमारे प्रोडक्ट का रिव्यू लिख सकते हैं?",
        "रिव्यू देना न भूलें!",
        "कृपया अपनी खरीदारी को रेटिंग दें।",
      ],
      incentive: [
        "5 स्टार रिव्यू दें और पूरा रिफंड पाएं।",
        "रिव्यू लिखने पर ₹500 का गिफ्ट कार्ड पाएं।",
        "अच्छे रिव्यू के बदले अगले ऑर्डर पर 20% छूट पाएं।",
      ],
      gating: [
        "अगर आप खुश हैं तो रिव्यू दें, नहीं तो पहले हमसे संपर्क करें।",
        "रिव्यू लिखने से पहले कोई समस्या हो तो हमें बताएं।",
        "नेगेटिव रेटिंग देने से पहले कृपया हमसे बात करें।",
      ],
      change: [
        "कृपया अपना नेगेटिव रिव्यू हटा दें।",
        "क्या आप अपनी रेटिंग बदलकर 5 स्टार कर सकते हैं?",
        "समस्या हल हो गई है, कृपया अपना रिव्यू अपडेट करें।",
      ],
      instruct: [
        "अपने रिव्यू में लिखें कि डिलीवरी बहुत तेज़ थी।",
        "रिव्यू में प्रोडक्ट की फ़ोटो ज़रूर डालें और बताएं कि यह बढ़िया है।",
        "कृपया रिव्यू में हमारी तेज़ सर्विस का ज़िक्र करें।",
      ],
      marketing: [
        "कोड SAVE20 से अपने अगले ऑर्डर पर 20% छूट पाएं।",
        "हमारे स्टोर पर ज़रूर आएं।",
        "हमारे Amazon स्टोर पर जाएं।",
        "हमारे दूसरे प्रोडक्ट्स भी देखें।",
        "नए ऑफ़र के लिए हमें Instagram पर फ़ॉलो करें।",
        "हमारे न्यूज़लेटर के लिए साइन अप करें।",
      ],
      optOut: [
        "अनसब्सक्राइब करने के लिए STOP लिखकर भेजें।",
        "अगर आप और मैसेज नहीं चाहते तो हमें बताएं।",
        "मैसेज बंद करवाने के लिए STOP भेजें।",
      ],
      offAmazon: [
        "WhatsApp पर हमें 98765 43210 पर मैसेज करें।",
        "कृपया हमें 98765 43210 पर कॉल करें।",
        "हमें help@example.in पर ईमेल करें।",
        "हमें WhatsApp पर मैसेज करें।",
      ],
    },
    clean: [
      "आपके ऑर्डर के लिए धन्यवाद।",
      "कोई भी समस्या हो तो कृपया हमें बताएं।",
      "हम आपकी मदद करके खुश होंगे।",
      "एक सुझाव: पहली बार इस्तेमाल से पहले बैटरी पूरी चार्ज करें।",
      "कृपया अपना पता जांच लें।",
      "हमारी टीम ने इसे हमारे वेयरहाउस में ध्यान से पैक किया है।",
      "नए मॉडल में लंबी केबल आती है।",
      "हम इसे ठंडे पानी में धोने की सलाह देते हैं।",
      "कृपया ध्यान दें कि डिलीवरी के समय OTP की ज़रूरत होगी।",
      "शिपिंग की दर आपको वापस कर दी गई है।",
      "आप Amazon.in पर Your Orders में पार्सल ट्रैक कर सकते हैं।",
      "हमने आपके रिटर्न अनुरोध की समीक्षा की है और उसे मंज़ूरी दे दी है।",
      "रिप्लेसमेंट बिना किसी शुल्क के भेजा जा रहा है।",
      "वारंटी दो साल तक पार्ट्स को कवर करती है।",
      "और कुछ चाहिए तो बस इस मैसेज का जवाब दें।",
      "रिटर्न के लिए Amazon ऐप में Your Orders पर जाएं।",
      "आपका पैकेज हमारे Amazon स्टोर से भेजा गया है।",
    ],
  },
  "ar-AE": {
    violations: {
      request: [
        "يرجى ترك تقييم للمنتج.",
        "هل تمانع في كتابة مراجعة لمشترياتك؟",
        "لا تنسَ تقييم المنتج!",
        "نرجو منك تقييم مشترياتك على أمازون.",
      ],
      incentive: [
        "اترك تقييمًا بخمس نجوم واحصل على استرداد كامل.",
        "احصل على بطاقة هدية بقيمة 50 درهمًا مقابل تقييمك.",
        "اكتب مراجعة واحصل على خصم 20% على طلبك القادم.",
      ],
      gating: [
        "إذا كنت راضيًا فاترك لنا تقييمًا، وإن لم تكن راضيًا فتواصل معنا أولًا.",
        "قبل أن تكتب تقييمًا سلبيًا، تواصل معنا لحل المشكلة.",
        "إذا أعجبك المنتج فقيّمه بخمس نجوم، وإن لم يعجبك فراسلنا.",
      ],
      change: [
        "نرجو منك حذف تقييمك السلبي.",
        "هل يمكنك تعديل تقييمك إلى خمس نجوم؟",
        "بعد حل المشكلة، نرجو تحديث مراجعتك.",
      ],
      instruct: [
        "اذكر في مراجعتك أن التوصيل كان سريعًا.",
        "يرجى ذكر خدمتنا الممتازة في تقييمك.",
        "اكتب في تقييمك أن المنتج عالي الجودة.",
      ],
      marketing: [
        "احصل على خصم 20% على طلبك القادم باستخدام الكود SAVE20.",
        "قم بزيارة متجرنا لمزيد من العروض.",
        "تصفح منتجاتنا الأخرى على أمازون.",
        "شاهد منتجاتنا الأخرى.",
        "تابعنا على إنستغرام لمعرفة أحدث العروض.",
        "اشترك في نشرتنا البريدية.",
      ],
      optOut: [
        "أرسل STOP لإلغاء الاشتراك.",
        "إذا كنت لا ترغب في تلقي المزيد من الرسائل فأخبرنا.",
        "أخبرنا إذا كنت تريد أن نتوقف عن مراسلتك.",
      ],
      offAmazon: [
        "راسلنا على واتساب على الرقم 0501234567.",
        "يرجى الاتصال بنا على 0501234567.",
        "راسلنا عبر البريد الإلكتروني help@example.ae.",
        "تواصل معنا على واتساب.",
      ],
    },
    clean: [
      "شكرًا لطلبك.",
      "إذا واجهت أي مشكلة فيرجى إخبارنا.",
      "يسعدنا مساعدتك في أي استفسار.",
      "نصيحة: اشحن البطارية بالكامل قبل أول استخدام.",
      "يرجى التحقق من عنوان التوصيل.",
      "قام فريقنا بتغليف الطلب بعناية في مستودعنا.",
      "الموديل الجديد يأتي مع كابل أطول.",
      "ننصح بغسل الغطاء بماء بارد.",
      "يرجى ملاحظة أن المندوب سيتصل بك قبل الوصول.",
      "تم رد رسوم الشحن إلى بطاقتك.",
      "يمكنك تتبع الشحنة على Amazon.ae من صفحة طلباتك.",
      "راجعنا طلب الإرجاع الخاص بك ووافقنا عليه.",
      "سيصلك البديل دون أي تكلفة إضافية.",
      "يغطي الضمان قطع الغيار لمدة سنتين.",
      "إذا احتجت أي شيء آخر فقط رد على هذه الرسالة.",
      "شاهد الفيديو التعليمي لتركيب المنتج.",
      "راجع فريقنا صور المنتج وأكد أنه سليم.",
    ],
  },
};

// Still missed or still flagged (engine gaps, see the commit message).
// A Hindi or Arabic phone number after a call request ("कॉल करें",
// "الاتصال بنا") is not seen as one by `no-phone`.
const KNOWN: ReadonlySet<string> = new Set<string>([
  "कृपया हमें 98765 43210 पर कॉल करें।",
  "يرجى الاتصال بنا على 0501234567.",
]);

// A phone number is a warning of `no-phone` by design (the policy allows
// some): for contact outside Amazon, that warning counts as caught.
const CONTACT_RULES: ReadonlySet<string> = new Set(["no-phone", "no-email"]);

function errors(locale: string, sentence: string, contact = false): string[] {
  return lintAfterOrder(
    ORDER_SENTENCE[locale]!,
    sentence,
    locale,
    "confirmDeliveryDetails",
  ).filter((d) =>
    d.severity === "error" || (contact && CONTACT_RULES.has(d.ruleId))
  ).map((d) => d.ruleId);
}

for (const [locale, { violations, clean }] of Object.entries(BATTERY)) {
  testProbeSteps(
    `plain violations are flagged (${locale})`,
    probeSteps(violations, (sentence, kind) => ({
      right: errors(locale, sentence, kind === "offAmazon").length > 0,
      why: "a plain violation passed",
    })),
    { known: KNOWN, nowRight: () => "now caught: take it off KNOWN" },
  );
  testProbeSteps(
    `plain clean messages pass (${locale})`,
    probeSteps(clean, (sentence) => {
      const found = errors(locale, sentence);
      return {
        right: found.length === 0,
        why: `a plain clean message got errors: ${found.join(", ")}`,
      };
    }),
    { known: KNOWN, nowRight: () => "now passes: take it off KNOWN" },
  );
}

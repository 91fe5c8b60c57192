import type { Probes } from "./_lexicon_cases.ts";

/**
 * Clean set A of the second pass in English, Hindi and Arabic, tuned on:
 * messages a careful seller sends, each with a trap (review, rating,
 * feedback, opinion and evaluation words in everyday senses, stars that are
 * no rating, prices and "also" about the order itself, our own staff,
 * negations, product names with promotional words).
 */
export const ROUND8C_A: Readonly<Record<string, Probes>> = {
  "en-GB": {
    "clean": {
      violations: [],
      clean: [
        "Hi Paul, your order of the garden shed is booked for Tuesday. The delivery driver will review the access to your garden on arrival, so please leave the side gate open.",
        "Dear Ms Reid, we have reviewed the photos you sent of the scratched worktop and will send a replacement panel by Thursday.",
        "Hello, your feedback on the logo draft has been passed to our designer, and the revised version of your engraved plaque is attached for you to check.",
        "Hi Lucy, the washing machine you ordered has a 7 kg load rating; the 9 kg figure in your message belongs to a different model, so the one you received is correct.",
        "Dear Mr Evans, the inspector's evaluation of the damaged sofa confirmed transit damage, so your full refund has been issued today.",
        "Hi Grace, the Star Wars lamp you ordered ships today; the bulb is included in the box.",
        "Hello, regarding your order: the £4.99 next-day delivery you chose has been refunded as the parcel came a day late. We also refunded the gift wrap.",
        "Hi Sam, please review the attached measurements for your made-to-measure blind and tell us if the width is right before we cut the fabric.",
        "Hello, regarding your order: no review, rating or feedback is needed for it; your refund has been processed.",
      ],
    },
  },
  "en-US": {
    "clean": {
      violations: [],
      clean: [
        "Hi Brian, your order of the gas range is scheduled for delivery on Saturday. Our installer will do a safety assessment of the gas line before connecting it.",
        "Hello Karen, we have reviewed the tracking with the carrier and your package was left at the leasing office, not at your door.",
        "Hi Megan, thank you for your feedback about the missing pump, we fixed the packing list and a pump is on its way to you.",
        "Hi Josh, the motor's rating plate shows 120 volts, so the adapter you asked about is not needed for your heater.",
        "Hello, your son's report card holder in the 4th grade size ships Monday; the name you gave us will be printed on the front.",
        "Hi Tina, the Five Star notebooks you ordered were split into two boxes; the second box arrives tomorrow.",
        "Hi Greg, you don't need to leave any review or rating; we just wanted to let you know the missing shelf pins were mailed today.",
        "Hello, the balance of $25 for the engraving you added is already paid; we'll also send the free replacement cap you asked about.",
        "Hi Nina, about your order: no survey, review or rating is needed from you, and the new charger ships today.",
        "Hello, the star rating on the box of your dryer refers to the energy class; we refunded the $20 difference you noticed.",
      ],
    },
  },
  "hi-IN": {
    "clean": {
      violations: [],
      clean: [
        "नमस्ते सुनील जी, आपके ऑर्डर की अलमारी मंगलवार को पहुँचेगी। डिलीवरी वाला पहुँचकर रास्ते का आकलन करेगा, इसलिए गेट खुला रखें।",
        "नमस्ते, आपके भेजे गए खरोंच वाले टेबल टॉप के फ़ोटो की हमने समीक्षा की है; नया पैनल गुरुवार तक भेज देंगे।",
        "नमस्ते, लोगो के ड्राफ़्ट पर आपकी प्रतिक्रिया डिज़ाइनर तक पहुँच गई है; संशोधित डिज़ाइन संलग्न है, कृपया देख लें।",
        "नमस्ते, आपकी वॉशिंग मशीन की क्षमता 7 किलो है; आपने जो 9 किलो लिखा, वह दूसरे मॉडल का है।",
        "नमस्ते, निरीक्षक के मूल्यांकन में सोफ़े की क्षति परिवहन के दौरान की पाई गई, इसलिए आपका पूरा रिफ़ंड आज जारी कर दिया गया है।",
        "नमस्ते, आपका स्टार वॉर्स लैंप आज भेजा गया है; बल्ब डिब्बे में ही है।",
        "नमस्ते, आपने जो 49 रुपये वाली अगले दिन की डिलीवरी चुनी थी, उसका पैसा वापस कर दिया गया है क्योंकि पार्सल एक दिन देर से पहुँचा। गिफ़्ट रैप का पैसा भी लौटा दिया है।",
        "नमस्ते, आपको कोई समीक्षा या रेटिंग देने की ज़रूरत नहीं है; बस यह बताना था कि शेल्फ़ की छूटी हुई पिनें आज भेज दी गई हैं।",
        "नमस्ते, आपके ऑर्डर की घड़ी पर तारे का डिज़ाइन हाथ से बना है, इसलिए थोड़ा समय लगेगा।",
        "नमस्ते, सैंपल पर आपका फ़ीडबैक मिल गया, हमने कपड़े का रंग थोड़ा गहरा कर दिया है।",
        "Namaste, aapke order ke baare mein: aapke feedback ke baad humne packing sudhaar di hai.",
        "नमस्ते, इस ऑर्डर पर कोई रिव्यू, रेटिंग या फ़ीडबैक ज़रूरी नहीं है; आपका रिफ़ंड प्रोसेस हो चुका है।",
      ],
    },
  },
  "ar-AE": {
    "clean": {
      violations: [],
      clean: [
        "مرحبًا أستاذ سعيد، تصلك الخزانة يوم الثلاثاء، وسيقيّم السائق مدخل المنزل عند وصوله، فيُرجى ترك البوابة مفتوحة.",
        "مرحبًا، راجعنا الصور التي أرسلتها لسطح الطاولة المخدوش وسنرسل لوحًا بديلًا قبل الخميس.",
        "مرحبًا، وصلت ملاحظاتك على مسودة الشعار إلى المصمم، والتصميم المعدّل مرفق لتطلع عليه.",
        "مرحبًا، سعة الغسالة التي طلبتها 7 كغ، أما رقم 9 كغ في رسالتك فيخص طرازًا آخر.",
        "مرحبًا، أكد تقييم المفتش أن الضرر في الأريكة حدث أثناء النقل، لذلك صدر استرداد المبلغ كاملًا اليوم.",
        "مرحبًا، شُحن مصباح حرب النجوم اليوم، والمصباح الكهربائي داخل العلبة.",
        "مرحبًا، أعدنا لك رسوم التوصيل في اليوم التالي التي اخترتها لأن الطرد تأخر يومًا، كما أعدنا رسوم تغليف الهدية.",
        "مرحبًا، لا تحتاج إلى كتابة أي تقييم؛ أردنا فقط إخبارك بأن مسامير الرف الناقصة أُرسلت اليوم.",
        "مرحبًا، قيّمنا صور الضرر التي أرسلتها وأعدنا لك المبلغ كاملًا.",
        "مرحبًا، غطاء الوسادة المطابق الذي طلبته أيضًا يُشحن منفصلًا الأسبوع القادم.",
      ],
    },
  },
};

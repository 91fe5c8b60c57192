import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND8_A, ROUND8_A_MORE } from "./_round8_a_en_hi_ar.ts";
import { ROUND8_B } from "./_round8_b_en_hi_ar.ts";

// Round-8 probes in English, Hindi and Arabic: set A (and its further
// probes) was written before the lexicons were changed and tuned on; set B
// was written with other goods and situations and held out (measured before
// and after, never tuned on). Each violation gets an error of the review or
// marketing rule, no clean look-alike gets one.
//
// KNOWN lists the probes the rules still get wrong: a price in words with
// a matching piece and no "can also" ("بإضافة بسيطة على السعر ... مطابق",
// "मामूली अतिरिक्त शुल्क पर ... मैचिंग"); the seller's goods named with the
// Arabic possessive suffix alone ("ملعقتنا", "مطرقتنا"), which no word list
// can tell from "أخبرتنا"; help words in the sentence of a paid extra
// ("just reply yes", "assembly team"); an offer to a need cut by a comma
// ("चाहिए, तो"); a saving or a coming stock with no word for the goods.
const KNOWN: readonly string[] = [
  // A
  "Hi Mike, your custom dog tag is being engraved now and ships tomorrow. For just $6 more we can add a silicone silencer before it goes out, just reply yes. Thanks for ordering!",
  "नमस्ते प्रिया जी, आपका नाम वाला मग कल भेजा जाएगा। मामूली अतिरिक्त शुल्क पर हम इसके साथ मैचिंग कोस्टर भी छाप सकते हैं। कोई सवाल हो तो मैसेज करें।",
  "مرحبًا، تم شحن مقلاتك اليوم. ملعقتنا الخشبية تناسبها تمامًا وتحافظ على الطبقة المانعة للالتصاق. رقم التتبع في بريدك الإلكتروني.",
  // A more
  "The flat-pack wardrobe ships today. For an additional £30 our assembly team will put it together and take the packaging away.",
  "Your wool socks are on their way. Come October we'll have the thicker winter weight in stock as well.",
  "आपके कुत्ते का हार्नेस आज निकल गया। वैसे, इसी नेवी रंग का पट्टा फिर से स्टॉक में है।",
  "आपका गमला भेज दिया गया है। अगर नीचे रखने की प्लेट चाहिए, तो वह हमारे पास तीन साइज़ में है।",
  "एयर फ़्रायर आज पहुँच गया। हमारे सिलिकॉन लाइनर के बिना रगड़ाई से छुटकारा नहीं मिलता, ज़रूर रखिए।",
  "يصلك الكنب يوم الجمعة. ونقدم كذلك معالجة للقماش ضد البقع بـ 150 درهمًا تُطبق عند التوصيل.",
  "يصلك الحبر غدًا. شراء الخراطيش الكبيرة يوفّر عليك نحو 40% في كل صفحة، للمرة القادمة.",
  "غطاء العدسة البديل في البريد. إذا كنت من هواة التصوير الليلي فعدستنا 50 مم ستحدث فرقًا كبيرًا.",
  "تم شحن أوتاد الخيمة اليوم. كثير من محبي التخييم يأخذون مطرقتنا معها، فهي تريح اليدين.",
  "يصلك البلاط يوم الاثنين. ويمكن لمعلم التبليط لدينا أن يقوم بالترويب أيضًا، ويحاسب حسب المتر المربع.",
  // B
  "Hey Tyler, your espresso machine arrived today, great! We carry the descaling solution in 4-packs, so you're covered for a year whenever you need it. Enjoy!",
  "नमस्ते नेहा जी, आपकी शादी के कार्ड की छपाई शुरू हो गई है। थोड़े-से अतिरिक्त पैसे देकर आप लिफ़ाफ़ों पर भी नाम छपवा सकती हैं।",
  "नमस्ते रोहन जी, आपका कैमरा डिलीवर हो गया है। कैमरा लेने वालों को हमारे लेंस पर 15% कम दाम पड़ता है, ऑर्डर नंबर के साथ मैसेज करें।",
  "नमस्ते, आपकी किताबें पहुँच गई हैं। पढ़ने के बाद आपके विचार बाक़ी पाठकों को सही किताब चुनने में मदद करेंगे।",
  "مرحبًا أستاذ سالم، موعد تركيب الغسالة الجديدة غدًا من 2 إلى 4. وإن أردت يركّب الفني القاعدة أيضًا بخمسين درهمًا فقط، أخبره عند وصوله.",
  "أهلًا نورة، بدأنا طباعة بطاقات الدعوة لحفل زفافك. ويمكننا أن نضيف إليها ظروفًا مطبوعة بالأسماء بسعر رمزي.",
  "مرحبًا، تم شحن العسل اليوم. الأسبوع القادم تصلنا دفعة طازجة من عسل السدر، فابقَ على اطلاع.",
];

testProbeSets("round 8", {
  "A": ROUND8_A,
  "A more": ROUND8_A_MORE,
  "B": ROUND8_B,
}, KNOWN);

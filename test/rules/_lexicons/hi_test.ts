import { REVIEW_HI } from "../../../src/rules/_lexicons/review/hi.ts";
import { MARKETING_HI } from "../../../src/rules/_lexicons/marketing/hi.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_HI and MARKETING_HI have the lexicon shape", () => {
  assertShape(
    REVIEW_HI,
    "hi",
    "words",
    REVIEW_CONCEPTS,
  );
  assertShape(
    MARKETING_HI,
    "hi",
    "words",
    MARKETING_CONCEPTS,
  );
});

testConceptTable("REVIEW_HI finds its concepts", REVIEW_HI, [
  ["कृपया अपना रिव्यू ज़रूर दें", ["request", "review"]],
  ["कृपया अपना रिव्यू जरूर दें", ["request", "review"]],
  ["please rating zaroor dijiye", ["review", "request"]],
  ["5 स्टार दीजिए", ["review"]],
  ["पाँच स्टार", ["positive", "review"]],
  ["पांच स्टार", ["positive", "review"]],
  ["हम आपके अनुरोध की समीक्षा कर रहे हैं", ["reviewOther"]],
  ["डिज़ाइन पर फीडबैक भेजें", ["reviewOther"]],
  ["5 स्टार एसी", ["reviewOther"]],
  ["अगर आप संतुष्ट हैं", ["condition"]],
  ["agar pasand aaya to", ["condition"]],
  ["नेगेटिव रिव्यू देने से पहले हमसे बात करें", ["condition", "review"]],
  ["रिव्यू के बदले रिफंड", ["incentive", "review"]],
  ["review ke badle paise wapas", ["incentive", "review"]],
  ["रेटिंग बदल दीजिए", ["change", "review"]],
  ["review hata do", ["change", "review"]],
  ["रिव्यू में लिखें कि डिलीवरी तेज़ थी", ["instruction", "review"]],
  ["photo ke saath review", ["instruction", "review"]],
  ["अपना अनुभव दूसरे ग्राहकों के साथ साझा करें", ["sharing", "opinion"]],
  ["प्रोडक्ट पेज पर", ["place"]],
  ["रिव्यू की कोई ज़रूरत नहीं", ["negation"]],
  ["review mat do", ["negation"]],
]);

testConceptTable("MARKETING_HI finds its concepts", MARKETING_HI, [
  ["हमारा नया कलेक्शन देखें", ["promoObject", "invitation"]],
  ["अगली ख़रीद पर 10% छूट", ["future", "offer"]],
  ["अगली खरीद पर 10% छूट", ["future", "offer"]],
  ["agle order par discount milega", ["future", "offer"]],
  ["हमें इंस्टाग्राम पर फॉलो करें", ["promoObject", "invitation"]],
  ["दिवाली सेल मिस न करें", ["offer", "invitation"]],
  ["कोई आइटम छूट गया हो तो बताएं", [], ["offer"]],
]);

testRuleCases("review", "hi-IN", {
  valid: [
    "नमस्ते, ऑर्डर 123-1234567-1234567 की डिलीवरी कल होगी। कोई समस्या हो तो हमें बताएं।",
    "हमने आपकी शिकायत की समीक्षा की और रिफंड भेज दिया है।",
    "यह 5 स्टार एसी है, इंस्टॉलेशन के लिए तकनीशियन कल आएगा।",
    "कृपया डिज़ाइन पर फीडबैक दें ताकि हम प्रिंटिंग शुरू कर सकें।",
    "आपकी प्रतिक्रिया के लिए धन्यवाद, हमने रिफंड भेज दिया है।",
    "Replacement kal tak pahunch jayega, review dene ki koi zaroorat nahi hai.",
  ],
  invalid: [
    { text: "कृपया हमें अमेज़न पर रिव्यू ज़रूर दें।", messageId: "solicitation" },
    { text: "please 5 star rating de dijiye sir", messageId: "solicitation" },
    {
      text: "5 स्टार रिव्यू देने पर हम आपको 200 रुपये कैशबैक देंगे।",
      messageId: "incentive",
    },
    {
      text: "अगर आप खुश हैं तो रिव्यू दें, नहीं तो पहले हमसे संपर्क करें।",
      messageId: "gating",
    },
    {
      text: "समस्या हल हो गई है, कृपया अपनी रेटिंग बदल दीजिए।",
      messageId: "change",
    },
    {
      text: "रिव्यू में लिखें कि पैकिंग बहुत अच्छी थी।",
      messageId: "instructions",
    },
    {
      text: "आपका अनुभव दूसरे ग्राहकों की मदद करेगा, कृपया उसे साझा करें।",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "hi-IN", {
  valid: [
    "ऑर्डर की सारी चीज़ें भेज दी गई हैं, अगर कुछ छूट गया हो तो बताएं।",
    "कृपया पैकेट के साथ आया मैनुअल देखें।",
    "ऑर्डर रद्द हो गया है, कृपया दोबारा ऑर्डर करें।",
  ],
  invalid: [
    {
      text: "अगली ख़रीद पर कोड SAVE10 डालें और 10% छूट पाएं!",
      messageId: "promotion",
    },
    {
      text: "हमारा नया दिवाली कलेक्शन आ गया है, ज़रूर देखें।",
      messageId: "crossSell",
    },
    {
      text: "hamare naye products dekhiye, sab par flat 20% off!",
      messageId: "promotion",
    },
  ],
});

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "hi-IN": {
      review: {
        valid: [
          "कृपया संलग्न प्रूफ़ देखकर पुष्टि करें कि नाम की स्पेलिंग सही है।",
          "हमने आपकी शिकायत की जाँच कर ली है, नया पार्ट कल भेज देंगे।",
          "डिज़ाइन ड्राफ़्ट भेज दिया है; फ़ॉन्ट पर आपकी राय से हम प्रिंट से पहले बदलाव कर पाएँगे।",
          "हमारे टेक्नीशियन आपके वैक्यूम क्लीनर की वारंटी का मूल्यांकन कर रहे हैं।",
          "पुराने फ़ोन का मूल्यांकन 3000 रुपये हुआ है, बाकी रकम हम रिफंड कर देंगे।",
          "शिपिंग चार्ज पैकेट के वज़न के हिसाब से लगा है।",
          "डिलीवरी का पता: ताज होटल (फाइव स्टार), रिसेप्शन, मुंबई।",
          "तारों वाले प्रिंट की चादर कल भेजी जाएगी।",
          "चार सितारा होटल के रिसेप्शन पर डिलीवरी होगी।",
          "आपकी भेजी फ़ोटो देखने के बाद हम पूरा रिफंड कर रहे हैं।",
          "अगर नाम बदलवाना हो तो शुक्रवार तक अपनी राय बताइए।",
          "वारंटी के लिए आपको कोई रिव्यू लिखने की ज़रूरत नहीं है।",
          "क्या आप प्रोडक्ट को दूसरे मॉडल से बदलना चाहेंगे?",
          "फ़ाइनल प्रोडक्ट बनाने से पहले सैंपल के रंग पर अपनी राय बताइए।",
          "प्रोडक्शन से पहले सैंपल के रंग पर अपनी राय बताइए।",
          "पैकिंग के बारे में आपके फीडबैक के लिए धन्यवाद, अगली बार इसे और मज़बूत करेंगे।",
          "कृपया डिज़ाइन की समीक्षा करके बताइए कि कोई बदलाव चाहिए या नहीं।",
          "इस फ्रिज पर पाँच स्टार की एनर्जी रेटिंग है, जैसा लिस्टिंग में लिखा है।",
          "दो मिशेलिन स्टार वाले रेस्टोरेंट ने भी यही चाकू मंगवाया है।",
          "कृपया पता रिव्यू करके कन्फ़र्म करें, हम शिपिंग चार्ज वापस कर देंगे।",
          "हमारी टीम रिटर्न की समीक्षा करके 48 घंटे में रिफंड करेगी।",
          "कृपया शुक्रवार तक उत्कीर्णन के टेक्स्ट पर अपनी राय भेजें।",
          "साइज़ पर आपका फीडबैक हमें सही साइज़ मुफ़्त भेजने में मदद करेगा।",
        ],
        invalid: [
          {
            text: "आपके अनुभव से दूसरे खरीदारों को बहुत मदद मिलेगी।",
            messageId: "solicitation",
          },
          {
            text:
              "Amazon पर प्रोडक्ट के बारे में आपके दो शब्द हमारे छोटे से बिज़नेस के लिए बहुत मायने रखते हैं।",
            messageId: "solicitation",
          },
          {
            text: "उम्मीद है आप प्रोडक्ट पेज पर अपना अनुभव शेयर करेंगे।",
            messageId: "solicitation",
          },
          {
            text: "आपका एक रिव्यू हमारे लिए बहुत मायने रखता है।",
            messageId: "solicitation",
          },
          {
            text: "हर रेटिंग हमारे जैसे छोटे पारिवारिक बिज़नेस के लिए बहुत ज़रूरी है।",
            messageId: "solicitation",
          },
          {
            text: "आपका रिव्यू पढ़कर हमें बहुत खुशी होगी।",
            messageId: "solicitation",
          },
          {
            text: "थोड़ा समय मिले तो हमें कुछ स्टार दे दीजिए।",
            messageId: "solicitation",
          },
          {
            text:
              "Amazon पर अनुभव शेयर करने के धन्यवाद के रूप में हम आपको एक कवर गिफ्ट भेजेंगे।",
            messageId: "incentive",
          },
          {
            text:
              "जो ग्राहक हमें रेटिंग देते हैं, उन्हें अगले ऑर्डर में एक छोटा सा तोहफ़ा मिलता है।",
            messageId: "incentive",
          },
          {
            text: "कोई दिक्कत हो तो रेटिंग देने से पहले हमें मैसेज करें।",
            messageId: "gating",
          },
          {
            text:
              "समस्या हल हो गई है, क्या आप अपनी दी हुई रेटिंग पर दोबारा विचार कर सकते हैं?",
            messageId: "change",
          },
          {
            text: "रिव्यू में लिखिए कि डिलीवरी जल्दी हुई।",
            messageId: "instructions",
          },
          {
            text: "इंस्टॉलेशन के बारे में आपकी राय दूसरे ग्राहकों के बहुत काम आएगी।",
            messageId: "solicitation",
          },
          {
            text: "प्रोडक्ट पसंद आया हो तो हमें पाँच स्टार दीजिए!",
            messageId: "gating",
          },
          {
            text: "कृपया नेगेटिव रिव्यू हटा दें, हमने समस्या ठीक कर दी है।",
            messageId: "change",
          },
          {
            text:
              "Product accha laga ho to review zaroor dena, humari choti si shop hai.",
            messageId: "gating",
          },
          {
            text: "हमें जानकर खुशी होगी कि आपको नया प्रोडक्ट कैसा लगा।",
            messageId: "solicitation",
          },
          {
            text: "इस्तेमाल करने के बाद प्रोडक्ट के बारे में अपनी राय ज़रूर बताइए।",
            messageId: "solicitation",
          },
          {
            text:
              "आपके समय के लिए धन्यवाद के तौर पर, रिव्यू पब्लिश होने के बाद हम एक छोटा गिफ्ट भेजेंगे।",
            messageId: "incentive",
          },
          {
            text: "समय मिले तो हमें रेटिंग देना मत भूलिए, इससे बहुत मदद मिलती है।",
            messageId: "solicitation",
          },
          {
            text: "उम्मीद है लैंप आपको इतना पसंद आए कि आप Amazon पर इसके बारे में लिखें।",
            messageId: "gating",
          },
          {
            text:
              "एक मिनट मिले तो प्रोडक्ट पेज पर आपकी राय हमारे लिए बहुत कीमती होगी।",
            messageId: "solicitation",
          },
          {
            text: "दूसरे ग्राहकों के साथ अपना अनुभव शेयर करें तो बहुत अच्छा लगेगा।",
            messageId: "solicitation",
          },
          {
            text: "बैग के बारे में आपकी राय पढ़ने का हमें इंतज़ार रहेगा।",
            messageId: "solicitation",
          },
          {
            text: "Amazon पर आपकी दो लाइनें हमारे लिए बहुत फर्क डालेंगी।",
            messageId: "solicitation",
          },
          {
            text: "क्या आप एक मिनट निकालकर Amazon पर अपनी खरीदारी को रेटिंग देंगे?",
            messageId: "solicitation",
          },
          {
            text: "रिव्यू पोस्ट करने के बाद स्क्रीनशॉट भेजें, हम 200 रुपये वापस कर देंगे।",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "आपका ऑर्डर कल सुबह हमारे जयपुर गोदाम से निकलेगा।",
          "दूसरा साइज़ चाहिए तो बताइए, हम फ्री में बदल देंगे।",
          "आपका मंगवाया चार्जर अलग पैकेट में आएगा।",
          "शिपमेंट कूरियर की वेबसाइट पर ट्रैक कर सकते हैं।",
          "एक्सेसरीज़ छोटे डिब्बे में मैनुअल के नीचे रखी हैं।",
          "रिप्लेसमेंट पार्ट हमारे स्टोर पर आ गया है, आज भेज देंगे।",
          "कम पड़ रहे पुर्ज़े आ गए हैं, कल आपको भेज देंगे।",
          "वारंटी के बारे में और जानकारी चाहिए तो हमें लिखें।",
          "सीज़न की भीड़ की वजह से डिलीवरी में दो दिन ज़्यादा लग सकते हैं।",
          "इंस्टॉलेशन गाइड हमारी वेबसाइट पर PDF में है।",
          "यह मॉडल बंद हो गया है; हम पूरा रिफंड या उसी कीमत पर मिलता-जुलता मॉडल दे सकते हैं।",
          "और पेंच चाहिए तो अलग लिफ़ाफ़े में मुफ़्त भेज देंगे।",
          "आपका ऑर्डर पैक होकर तैयार है, आज शाम भेज देंगे।",
          "रिप्लेसमेंट पार्ट अब स्टॉक में आ गया है, कल भेजेंगे।",
          "आपके ऑर्डर का ऑटम कलेक्शन वाला मग कल गोदाम से निकलेगा।",
          "रिटर्न के लिए Amazon पर Your Orders में जाकर कारण चुनें।",
          "इनवॉइस पर Amazon पर हमारे स्टोर का नाम लिखा है: रंगरेज़।",
          "नया ट्रैकिंग नंबर चालू हो गया है।",
          "ट्रैकिंग की जानकारी कूरियर के पेज पर देख सकते हैं।",
          "रिप्लेसमेंट का रंग भी वही है जो आपने चुना था।",
          "इंस्टॉलेशन पूरा करने के लिए हमारे टेक्नीशियन शनिवार को आएँगे।",
          "अगर हमारी सर्विस पसंद आई हो तो हमें बहुत खुशी है।",
          "और जानकारी चाहिए तो मैनुअल में निर्देश भी हैं।",
          "दूसरा साइज़ चाहिए तो स्टॉक में मौजूद है, बदल देंगे।",
          "और मदद चाहिए तो हमारी हेल्पलाइन भी उपलब्ध है।",
          "दिलचस्पी हो तो हम बिल की PDF भी भेज सकते हैं।",
          "हमारा स्टैंड आपके टीवी मॉडल के साथ बढ़िया चलता है, हमने टेस्ट किया है।",
          "हम बनाते हैं हर ऑर्डर हाथ से, इसलिए दो दिन लगेंगे।",
          "आपके चुने रंग के साथ मैचिंग धागा इस्तेमाल किया है।",
        ],
        invalid: [
          {
            text: "वैसे, हमने आपके फ़ोन के लिए लेदर कवर की नई रेंज लॉन्च की है।",
            messageId: "crossSell",
          },
          {
            text:
              "अगर यह बोतल पसंद आई हो, तो हमारे स्टोर में इसी स्टाइल के मग और गिलास भी हैं।",
            messageId: "crossSell",
          },
          {
            text:
              "केबल वाली समस्या हल हो गई; अगर दिलचस्पी हो तो हमारे पास कार चार्जर भी उपलब्ध हैं।",
            messageId: "crossSell",
          },
          {
            text: "इस सीज़न में हमने बैग की पूरी रेंज में नए रंग जोड़े हैं।",
            messageId: "crossSell",
          },
          {
            text: "और फ़िल्टर चाहिए हों तो हमारे पास 6 और 12 के पैक भी हैं।",
            messageId: "crossSell",
          },
          {
            text: "शादी के सीज़न के लिए हमारी नई सिल्क साड़ियाँ आ गई हैं।",
            messageId: "crossSell",
          },
          {
            text:
              "जब मन हो हमारे Amazon स्टोर पर ज़रूर आइए, हम नए प्रोडक्ट जोड़ते रहते हैं।",
            messageId: "crossSell",
          },
          {
            text: "यह लैंप लेने वाले ज़्यादातर ग्राहक हमारे डिमेबल बल्ब भी साथ में लेते हैं।",
            messageId: "crossSell",
          },
          {
            text: "सेट पूरा करने के लिए मैचिंग वॉल होल्डर भी ले सकते हैं।",
            messageId: "crossSell",
          },
          {
            text: "स्याही खत्म हो जाए तो हमें याद कीजिएगा।",
            messageId: "promotion",
          },
          {
            text: 'Amazon पर "रंगरेज़" सर्च करें और हमारे सारे प्रोडक्ट देखें।',
            messageId: "crossSell",
          },
          {
            text: "टिप: नए लैपटॉप के लिए हमारा एंटीवायरस भी बढ़िया रहेगा।",
            messageId: "crossSell",
          },
          {
            text:
              "दोबारा ऐसा न हो, इसके लिए हमारा स्टील क्लीनर इस कड़ाही के साथ बहुत बढ़िया काम करता है।",
            messageId: "crossSell",
          },
          {
            text:
              "Waise humare paas isi design mein cushion cover bhi hain, chahiye to batana.",
            messageId: "crossSell",
          },
          {
            text:
              "टिप: नए लैपटॉप पर काम करना हो तो हमारा ऑफ़िस सॉफ़्टवेयर भी कम दाम में मिलता है।",
            messageId: "crossSell",
          },
          {
            text: "और हाँ, त्योहार के लिए हमारी नई कॉटन साड़ियाँ स्टोर में आ चुकी हैं।",
            messageId: "crossSell",
          },
          {
            text: "और हाँ, त्योहारों के लिए हमारा नया सिल्क कलेक्शन तैयार है।",
            messageId: "crossSell",
          },
          {
            text: "हमारी नई कॉटन साड़ियाँ भी स्टोर में मौजूद हैं, चाहें तो फ़ोटो भेज दें।",
            messageId: "crossSell",
          },
          {
            text: "और हाँ, शादियों के लिए हमारा नया बनारसी कलेक्शन आ गया है।",
            messageId: "crossSell",
          },
          {
            text: "हमारे सारे प्रोडक्ट Amazon पर हमारे ब्रांड पेज पर देख सकते हैं।",
            messageId: "crossSell",
          },
          {
            text: "काला रंग भी अब स्टॉक में आ गया है, दिलचस्पी हो तो बताइए।",
            messageId: "crossSell",
          },
          {
            text: "वैसे, आपके मंगवाए नैपकिन से मैचिंग टेबल क्लॉथ भी हम बनाते हैं।",
            messageId: "crossSell",
          },
          {
            text: "कभी स्पेयर पार्ट चाहिए हों तो हमारे स्टोर पर सब मिल जाएँगे।",
            messageId: "crossSell",
          },
          {
            text: "हमारे नए कवर देखे? इस मॉडल के साथ बहुत सुंदर लगते हैं।",
            messageId: "crossSell",
          },
          {
            text: "बताना चाहेंगे कि इस महीने हमने विंटर कलेक्शन लॉन्च किया है।",
            messageId: "crossSell",
          },
          {
            text: "सिर्फ़ इस हफ़्ते गद्दे की सफ़ाई पर 30% की छूट है।",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "hi-IN", PROBES["hi-IN"]!.review);
testRuleCases("marketing", "hi-IN", PROBES["hi-IN"]!.marketing);

// Review words in other senses, wishes to share, raffles; offers with a time
// limit, "we also make/sell", matching sets, own goods with a tip.
// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "हमारी टीम ने आपकी रिफ़ंड रिक्वेस्ट की समीक्षा कर ली है, पैसा तीन दिन में आ जाएगा।",
  "प्रिंट से पहले वाला रिव्यू पीडीएफ़ अटैच है, कृपया नाम की स्पेलिंग जाँच लें।",
  "कृपया डिज़ाइन प्रूफ़ देखकर अपना फ़ीडबैक बताएँ।",
  "आपके ऑर्डर पर लगी 10% छूट इनवॉइस में दिख रही है।",
  "आपका बदला हुआ प्रोडक्ट इस हफ़्ते भेज दिया जाएगा।",
  "सेटअप गाइड और FAQ पेज देख लीजिए।",
  "ध्यान रखें कि पैकेट खुला न रहे, ऐसा न हो कि चाय की खुशबू उड़ जाए।",
];

const MORE: Record<"review" | "marketing", RuleCases> = {
  review: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text: "अगर प्रोडक्ट पसंद आया हो तो दूसरे ग्राहकों के साथ अपना अनुभव ज़रूर शेयर करें।",
        messageId: "gating",
      },
      {
        text:
          "जो ग्राहक प्रोडक्ट पेज पर अपनी राय लिखते हैं उन्हें हर महीने लकी ड्रॉ में शामिल किया जाता है।",
        messageId: "solicitation",
      },
      {
        text: "अगर समाधान से आप संतुष्ट हैं तो अपना अनुभव बाकी खरीदारों को बताइए।",
        messageId: "gating",
      },
      {
        text:
          "यह न केवल हमारी मदद करेगा, बल्कि दूसरे ग्राहकों को भी; कृपया प्रोडक्ट पेज पर 5 स्टार रिव्यू दें।",
        messageId: "solicitation",
      },
    ],
  },
  marketing: {
    valid: CLEAN_SENTENCES,
    invalid: [
      { text: "इस हफ़्ते सभी बेडशीट पर 15% की छूट है।", messageId: "promotion" },
      {
        text: "महीने के अंत तक सभी किचन प्रोडक्ट्स पर 10% छूट चल रही है।",
        messageId: "promotion",
      },
      {
        text: "हमारे पास इसी डिज़ाइन में कुशन कवर भी उपलब्ध हैं।",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "hi-IN", MORE.review);
testRuleCases("marketing", "hi-IN", MORE.marketing);

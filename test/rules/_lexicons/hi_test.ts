import { REVIEW_HI } from "../../../src/rules/_lexicons/review/hi.ts";
import { MARKETING_HI } from "../../../src/rules/_lexicons/marketing/hi.ts";
import {
  type Invalid,
  MARKETING_CONCEPTS,
  type Probes,
  REVIEW_CONCEPTS,
  type RuleCases,
  testClassProbes,
  testOptOutProbes,
  testProbes,
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
        messageId: "incentive",
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

/**
 * Probes by class of the policy corpus, written for this file as sellers
 * write whole messages: clean traps that neither rule may report, and
 * violations with the message id they must get.
 */
export const CLASS_PROBES: {
  readonly clean: Readonly<Record<string, readonly string[]>>;
  readonly review: Readonly<Record<string, readonly Invalid[]>>;
  readonly marketing: Readonly<Record<string, readonly Invalid[]>>;
} = {
  clean: {
    "long-messages": [
      "संपर्क करने के लिए धन्यवाद। आपका भेजा वीडियो देखा, यह फ़ैक्टरी दोष है। नया पीस आज भेज रहे हैं, पुराना पीस हमारे खर्च पर वापस भेज दीजिए।",
      "Engraving design ka final confirmation: font Times, size 8mm, kya isi se aage badhein? Koi feedback ho to Thursday tak bata dijiye.",
      "आपके सवाल पर हमने कंपनी से पूछा, इस मॉडल की वॉटरप्रूफ़ रेटिंग IPX4 है, बारिश में इस्तेमाल न करें।",
      'Return reason mein aapne "stars kam hain" likha tha, kya product mein koi kharabi hai? Detail batayein to refund ya replacement arrange kar denge.',
      "Key activate na hone wali problem humne internally check ki, nayi key generate kar di hai, ise daal dijiye. Asuvidha ke liye maafi.",
      "डिलीवरी की तारीख़ बदल गई है, कूरियर के अनुसार तूफ़ान की वजह से दो दिन की देरी होगी, कोई अतिरिक्त शुल्क नहीं लगेगा।",
      "Installation wale din technician kaam se pehle jagah check karega aur kaam ke baad aapke saath result dekhega, koi baat ho to wahin bata dijiye.",
      '"Thanks for the 5 star review" लिखवाने की रिक्वेस्ट में अक्षर ज़्यादा हैं, क्या हम इसे सिर्फ़ "Thanks" कर दें?',
      "Free replacement bhej rahe hain, aapko koi review dene ki zarurat nahi hai.",
      "Agar aapko bill chahiye ho to wo bhi hum dete hain, bas bata dijiye.",
      "Humne aapka product isi series ke naye unit se replace kar diya hai.",
    ],
    "more-senses": [
      "Aapka lamp kal dispatch hoga, installation ke liye saath aaya manual dekh lijiye.",
      "इस रिव्यू पीरियड के दौरान डिलीवरी में देरी कूरियर की वजह से हुई।",
      "Aapka product 5 star durability test pass kar chuka hai aur aaj ship ho gaya.",
      "आपका फ़ीडबैक हमने कारीगर तक पहुँचा दिया है, रिप्लेसमेंट शुक्रवार को आएगा।",
    ],
    "message-types": [
      "Aapki license key bhej di hai. Software ka trial khatam hone ke baad yahi key daal kar use jaari rakh sakte hain.",
      "कूरियर कंपनी के बारे में देरी की शिकायतें बहुत आ रही थीं, इसलिए हमने आपका ऑर्डर दूसरी कंपनी से भेजा है।",
      "Mug ke design ka preview bheja hai, usme ek star ka design dala hai, jagah theek ho to reply kar dijiye.",
      "AC इंस्टॉलेशन की तारीख़ पक्की है: काम के बाद टेक्नीशियन टेस्ट करेगा और आपसे चेकलिस्ट पर साइन लेगा।",
      "Aapke sujhav ke hisaab se humne shipping ka tareeka badla hai, is baar replacement Bluedart se aayega.",
      "Aap 5 star hotel mein ruke hain to parcel reception par bhej denge.",
      "आज शिप हो गया है। अमेज़न के रिव्यू या मैसेज से अलग, आप ट्रैकिंग नंबर से भी स्टेटस देख सकते हैं।",
      "Naye keyboard ki kharabi ki photo mil gayi, batayein refund chahiye ya replacement.",
      'T-shirt par "Top Rated" likhwane ki aapki request mil gayi hai.',
      "आपकी किताब वही नया संस्करण है जिसे समीक्षकों ने खूब सराहा, कल पहुँच जाएगी।",
    ],
    "whole-message": [
      "नमस्ते, आपके ह्यूमिडिफ़ायर के बारे में बताना था कि कंपनी की जाँच में एक खराबी मिली है, इसलिए हम इसे नए सुधरे मॉडल से बदल देंगे। कृपया पुराना यूनिट साथ भेजे गए रिटर्न लेबल से भेज दें।",
      "Aapki query hamari team ne check ki aur refund approve ho gaya hai, 3 din mein paisa aa jayega.",
      "नाम वाली नक्काशी का प्रूफ़ भेजा है, कृपया देख लें कि कोई गलती तो नहीं, कोई सुझाव हो तो बताइए।",
      "होटल की स्टार कैटेगरी के हिसाब से रिसेप्शन पर पार्सल लेने के नियम अलग होते हैं, कृपया पहले पता कर लें।",
      "Aapka product Amazon par highly rated model ka naya version hai, aaj dispatch ho gaya.",
      "Valuation final hone ke baad difference ka paisa aapko wapas kar denge.",
      "असुविधा के लिए माफ़ी, रिव्यू की चिंता मत कीजिए, पहले रिप्लेसमेंट ले लीजिए।",
      "Battery ki rating 5 mein se 4 hai, roz ke use ke liye bilkul theek hai.",
      "Key ki validity ek saal hai, renew aap apne Amazon account se kar sakte hain.",
      "फ़ोटो में दिख रहा है कि स्टार वाला पार्ट टूटा है, हम नया पार्ट मुफ़्त भेज रहे हैं।",
      "Aapne jo point bataya tha uska humne review kiya aur manual update kar diya hai, taklif ke liye maafi.",
      "Technician ki rating sheet hamara internal form hai, aapko bharne ki zarurat nahi hai.",
    ],
    "review-word-other": [
      "हमारी तकनीकी टीम ने आपकी भेजी गई फ़ोटो का मूल्यांकन किया और यह फ़ैक्टरी दोष निकला, इसलिए आज ही नया पीस भेज रहे हैं।",
      "नक्काशी का प्रूफ़ संलग्न है, कृपया फ़ॉन्ट और जगह जाँचकर जवाब दें।",
      "आपके पिछले फ़ीडबैक के आधार पर हमने पैकिंग का तरीका बदल दिया है।",
      "लौटाए गए सामान की जाँच के बाद तीन कार्यदिवस में रिफ़ंड कर दिया जाएगा।",
      "Design ka draft bhej diya hai, koi changes ho to isi message par reply kar dijiye.",
      "Hum aapke warranty claim ko review kar rahe hain, 48 ghante mein update denge.",
      "Aapko bheji gayi key full version ki hai, trial ya evaluation version nahi.",
      "नया पार्ट लोड टेस्ट की रेटिंग पास करके ही भेजा गया है।",
      "कृपया शुक्रवार तक सैंपल के रंग पर अपनी राय बताइए, उसके बाद हम प्रोडक्शन शुरू करेंगे।",
      "Technician ke kaam ko lekar koi feedback ho to seedha is message par likhiye, hum team tak pahuncha denge.",
      "आपके सुझाव के अनुसार हमने मैनुअल में सुधार किया है, नया मैनुअल रिप्लेसमेंट के साथ आएगा।",
      "Humne aapki request review ki aur full refund approve kar diya hai.",
    ],
    "star-rating-other": [
      "क्या डिलीवरी का पता मेट्रो स्टेशन के पास वाले फ़ाइव स्टार होटल का रिसेप्शन है?",
      "यह AC 5 स्टार एनर्जी रेटिंग वाला मॉडल है, टेक्नीशियन मंगलवार को इंस्टॉल करने आएगा।",
      "Is puzzle ki difficulty 3 star hai, missing pieces aaj bhej rahe hain.",
      "पता मिशलिन स्टार रेस्टोरेंट का है, इसलिए डिलीवरी सुबह होगी।",
      "आपकी टी-शर्ट पर छोटे सितारों का प्रिंट है, कल शिप होगी।",
      "4 star hotel ka reception aapka parcel receive kar sakta hai.",
      "5 स्टार रिसॉर्ट में पार्सल सर्विस डेस्क से ID दिखाकर लेना होगा।",
      "इस डिवाइस की वाटरप्रूफ़ रेटिंग IPX7 है।",
      "Star shape wale cookie cutters teen ke set mein aapke order ke saath aayenge.",
      "कपड़े की मज़बूती की रेटिंग सबसे ऊँची है, रंग की समस्या के लिए हम पीस बदल देंगे।",
      "Humne aapka unit 5 star rated fridge model se replace kar diya hai.",
      "कूरियर की सर्विस रेटिंग से डिलीवरी का समय तय नहीं होता, बड़ा पार्सल दो हिस्सों में आएगा।",
    ],
    "negation": [
      "वारंटी के लिए आपको कोई रिव्यू या रेटिंग देने की ज़रूरत नहीं है।",
      "रिफ़ंड का आपके रिव्यू से कोई लेना-देना नहीं है, आज ही हो जाएगा।",
      "Replacement ke liye koi form ya review dene ki zarurat nahi hai.",
      "यह संदेश रिव्यू माँगने के लिए नहीं है, सिर्फ़ डिलीवरी का समय पक्का करने के लिए है।",
      "Aapko kuch nahi karna: na form, na rating.",
      "Key activate karne ke liye review likhna zaroori nahi hai.",
      "इस बार कोई कूपन या डिस्काउंट नहीं है, पर शिपिंग का खर्च हम उठा रहे हैं।",
      "Review na bhi likhein to warranty normal tarah chalegi.",
      "रिफ़ंड का स्टार या कमेंट से कोई संबंध नहीं है।",
      "हम आपसे कोई और ख़रीदारी या रजिस्ट्रेशन करने को नहीं कहेंगे।",
      "Ye koi offer wala message nahi hai, sirf delivery date badalne ki jankari hai.",
      "आपको कोई रिव्यू हटाने या बदलने की ज़रूरत नहीं है, रिफ़ंड हो चुका है।",
    ],
    "quoted-data": [
      'नक्काशी का टेक्स्ट "5 स्टार रिव्यू के लिए धन्यवाद" है, कृपया पुष्टि करें।',
      'आपका ऑर्डर "5 Star Hotel Towel Best Rated" कल शिप होगा।',
      'कार्ड पर "नया कलेक्शन आए तो फिर से ख़रीदूँगा" छापा जाएगा।',
      'Aapne likha tha "review diya phir bhi refund nahi aaya", humne check kiya, refund kal ho chuka hai.',
      'आपका चुना हुआ टेक्स्ट "Follow us for more" टी-शर्ट के पीछे छपेगा।',
      '"सबसे ज़्यादा रेटिंग वाली मॉइस्चराइज़र क्रीम" का स्टॉक आपके लिए रख लिया है।',
      'केक पर लिखा जाएगा "5 स्टार पापा के लिए"।',
      'Engraving "Meri rating hamesha 5 star" ka font confirm kar dijiye.',
    ],
    "marketing-word-other": [
      "नए ट्रैकिंग नंबर के साथ आपका ऑर्डर दोबारा भेजा गया है।",
      "Replacement filters 6 ke pack mein aate hain, bilkul aapke order jaise.",
      "आपका चुना रंग अभी स्टॉक में नहीं है, आते ही भेज देंगे।",
      "हमारी कस्टमर सपोर्ट सुबह 10 से शाम 6 बजे तक उपलब्ध है।",
      "Device ko dhoop se door kisi shelf par rakhne ki salah denge.",
      "आपके सेट में अतिरिक्त स्क्रू भी शामिल हैं।",
      "Festive season ki wajah se delivery mein ek-do din lag sakte hain.",
      "किसी भी सवाल के लिए आप हमारे स्टोर का FAQ पेज भी देख सकते हैं।",
    ],
  },
  review: {
    "more-wishes": [
      {
        text:
          "Product mein jo accha laga ho wo product page par doosre customers ko bhi bataiye.",
        messageId: "gating",
      },
      {
        text:
          "जो ग्राहक प्रोडक्ट पेज पर अपना अनुभव लिखते हैं, उन्हें धन्यवाद के रूप में फ्री शिपिंग कूपन भेजते हैं।",
        messageId: "incentive",
      },
      {
        text:
          "Sirf star dena bhi hamari chhoti workshop ke liye bahut bada hausla hai.",
        messageId: "solicitation",
      },
      {
        text: "रिफ़ंड हो गया है, क्या आप अपनी पुरानी रेटिंग पर फिर से विचार करेंगे?",
        messageId: "incentive",
      },
    ],
    "mixed": [
      {
        text:
          "Naye headphones pasand aaye? Agar haan to review section mein ek line apne experience ki likh dijiye.",
        messageId: "gating",
      },
      {
        text: "स्टार देते समय पैकिंग की बारीकी का भी ज़िक्र कर दीजिए।",
        messageId: "instructions",
      },
      {
        text: "Support se santusht hain to seller feedback mein 5 star dijiye.",
        messageId: "solicitation",
      },
      {
        text: "Review post karne wale customers ko agli engraving free milegi.",
        messageId: "incentive",
      },
      {
        text:
          "Pichhli rating ke stars ko hamari is help ke baad dobara dekh lijiye, badal sakein to meherbani.",
        messageId: "change",
      },
      {
        text: "अमेज़न पर आप सबके शब्द पढ़ना हमारी टीम के लिए सबसे बड़ी खुशी है।",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "अगर इस समाधान से आपकी मदद हुई हो, तो Amazon पर आपके कुछ शब्द हमारे लिए बहुत मायने रखेंगे।",
        messageId: "solicitation",
      },
      {
        text:
          "Product page par aapka ek line ka comment hamare chhote business ke liye bahut bada farq laata hai.",
        messageId: "solicitation",
      },
      {
        text: "उम्मीद है आप अपना अनुभव उन ख़रीदारों के साथ बाँटेंगे जो अभी सोच रहे हैं।",
        messageId: "solicitation",
      },
      {
        text:
          "Agar family ko product pasand aaya ho to apne review mein ye khushi sabke saath share kijiye.",
        messageId: "gating",
      },
      {
        text: "सिर्फ़ स्टार देना भी काफ़ी है, आपके सपोर्ट के लिए पहले से धन्यवाद।",
        messageId: "solicitation",
      },
      {
        text:
          "Product kaisa laga? Amazon par aapki awaaz sunna humein accha lagega.",
        messageId: "solicitation",
      },
      {
        text: "अगर आप संतुष्ट हैं, तो क्या ख़रीदार समीक्षा में दो लाइनें लिख सकते हैं?",
        messageId: "gating",
      },
      {
        text: "इस रिपेयर सर्विस के बारे में रेटिंग वाले सेक्शन में अपनी सच्ची राय ज़रूर लिखिए।",
        messageId: "solicitation",
      },
      {
        text:
          "Aapka ek chhota sa review doosre customers ko decide karne mein madad karega.",
        messageId: "solicitation",
      },
      {
        text: "हो सके तो हमारे स्टोर को भी रेटिंग दे दीजिए, धन्यवाद!",
        messageId: "solicitation",
      },
      {
        text:
          "Humidifier pasand aaya? Agar haan, to product page par apna experience batayein.",
        messageId: "gating",
      },
      {
        text:
          "Amazon reviews mein aapke product ki photos dekhne ka intezaar rahega.",
        messageId: "solicitation",
      },
      {
        text:
          "Key theek se chal rahi hai na? Amazon par software ke baare mein do shabd likh dein to hamari dev team bahut khush hogi.",
        messageId: "gating",
      },
    ],
    "review-instructions": [
      {
        text:
          "Amazon par photo wale reviews doosron ke kaam aate hain, photo lagana mat bhooliyega.",
        messageId: "instructions",
      },
      {
        text: "अगर रिव्यू डालें तो लिखिए कि फ़िटिंग सिर्फ़ दस मिनट में हो गई।",
        messageId: "instructions",
      },
      {
        text:
          'Apne comment mein "manual bahut clear hai" ye line add kar dijiye.',
        messageId: "instructions",
      },
      {
        text: 'क्या आपके रिव्यू का टाइटल "बहुत बढ़िया" हो सकता है?',
        messageId: "instructions",
      },
      {
        text:
          "Product page ke review mein zaroor likhiye ki customer care ne jaldi reply kiya.",
        messageId: "instructions",
      },
      {
        text: "रिव्यू के साथ वीडियो लगाइए ताकि दूसरे ख़रीदारों को साफ़ दिखे।",
        messageId: "instructions",
      },
      {
        text:
          "Rating dete waqt is baat par zor dijiye ki colour bilkul photo jaisa hai.",
        messageId: "instructions",
      },
      {
        text: "समीक्षा में बैटरी बैकअप के बारे में विस्तार से लिखें तो अच्छा रहेगा।",
        messageId: "instructions",
      },
      {
        text:
          "Amazon review mein installation ke baad ki ek photo daal dein to aur accha hoga.",
        messageId: "instructions",
      },
      {
        text:
          "रिव्यू लिखें तो रिप्लेसमेंट वाली बात मत लिखिए, सिर्फ़ प्रोडक्ट की ख़ूबियाँ बताइए।",
        messageId: "instructions",
      },
    ],
    "review-incentive": [
      {
        text:
          "जो ग्राहक प्रोडक्ट पेज पर अपना अनुभव शेयर करते हैं, उन्हें अगले ऑर्डर पर फ़्री शिपिंग मिलती है।",
        messageId: "incentive",
      },
      {
        text:
          "Apne review ka screenshot bhejiye, hum aapko ₹200 ka Amazon gift card denge.",
        messageId: "incentive",
      },
      {
        text:
          "हमें रेटिंग देने वाले ग्राहकों को लकी ड्रॉ में रिप्लेसमेंट फ़िल्टर जीतने का मौका मिलेगा।",
        messageId: "incentive",
      },
      {
        text:
          "Amazon par apni raay likhne ke shukriya mein hum aapki warranty ek saal badha denge.",
        messageId: "incentive",
      },
      {
        text: "5 स्टार रिव्यू देने के बाद आपकी शिपिंग फ़ीस पूरी वापस कर दी जाएगी।",
        messageId: "incentive",
      },
      {
        text:
          "Review likhne wale customers ko engraving aadhe daam mein milegi.",
        messageId: "incentive",
      },
      {
        text:
          "Amazon पर फ़ोटो के साथ रिव्यू डालने के बाद आपकी पसंद के रंग का एक कवर और भेजेंगे।",
        messageId: "instructions",
      },
      {
        text:
          "Review post karne par points milenge jo agli shopping mein use ho sakte hain.",
        messageId: "incentive",
      },
      {
        text: "रिव्यू छोड़ने वाले ग्राहकों के लिए हमने धन्यवाद के तौर पर सैंपल किट रखी है।",
        messageId: "incentive",
      },
      {
        text:
          "Rating dene ke baad humein message kijiye, difference ka paisa cashback kar denge.",
        messageId: "incentive",
      },
      {
        text: "प्रोडक्ट पेज पर अनुभव बताने वाले हर ग्राहक को एक ख़ास स्टिकर मिलेगा।",
        messageId: "solicitation",
      },
      {
        text:
          "Software try karke Amazon par apna feedback likhiye aur ek extra license key free paaiye.",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text:
          "रिप्लेसमेंट के बाद समस्या ठीक हो गई हो तो क्या आप अपनी 1 स्टार रेटिंग अपडेट कर सकते हैं?",
        messageId: "change",
      },
      {
        text:
          "Refund ho gaya hai, please apne negative review par ek baar dobara sochiye.",
        messageId: "incentive",
      },
      {
        text: "आपकी परेशानी दूर कर दी गई है, क्या आप अपने रिव्यू में बदलाव कर सकते हैं?",
        messageId: "change",
      },
      {
        text:
          "Naya part lagne ke baad sab theek chal raha ho to review dobara likh dijiye.",
        messageId: "change",
      },
      {
        text: "समस्या हल हो गई है, क्या आप अपना पोस्ट किया हुआ कमेंट हटा सकते हैं?",
        messageId: "change",
      },
      {
        text:
          "Pichla review courier ki galti ki wajah se tha, kya aap use wapas le sakte hain?",
        messageId: "change",
      },
      {
        text: "पैसा वापस हो गया है, क्या आप रेटिंग को 5 स्टार कर सकते हैं?",
        messageId: "incentive",
      },
      {
        text:
          "Fault theek ho gaya hai, review mein iska update add kar dijiye please.",
        messageId: "change",
      },
      {
        text: "सेलर फ़ीडबैक के बारे में, मामला निपट गया है, क्या आप रेटिंग बदल देंगे?",
        messageId: "change",
      },
      {
        text:
          "Aap apna purana review account se kabhi bhi edit kar sakte hain, kar denge to meherbani hogi.",
        messageId: "change",
      },
      { text: "Kya negative rating hata sakte hain?", messageId: "change" },
    ],
  },
  marketing: {
    "more-soft": [
      {
        text:
          "Aapke sofa ke kapde ke cushion bhi hum bana sakte hain, bas message kar dijiye.",
        messageId: "crossSell",
      },
      {
        text: "कीबोर्ड सेट होने के बाद इसी सीरीज़ का माउस भी ज़रूर आज़माएँ।",
        messageId: "crossSell",
      },
      {
        text: "Replacement pads chahiye hon to hum 5 ka pack bhi bechte hain.",
        messageId: "crossSell",
      },
      {
        text:
          "समस्या हल हो गई है। हमारे पास एक्सटेंडेड वारंटी प्लान भी है, चाहें तो बताइए।",
        messageId: "crossSell",
      },
    ],
    "mixed": [
      {
        text:
          "Waise, usi bhatti ki choti plates bhi hum bechte hain, mann ho to dekh lijiye.",
        messageId: "crossSell",
      },
      {
        text:
          "Ink khatam hone lage to hamare paas compatible ink ka sasta set bhi hai.",
        messageId: "promotion",
      },
      {
        text: "इस पेन के ज़्यादातर ग्राहक 10 रिफ़िल वाला पैक भी साथ लेते हैं।",
        messageId: "crossSell",
      },
      {
        text:
          "Amazon par hamare store ka naam search karke seasonal saamaan bhi dekh sakte hain.",
        messageId: "crossSell",
      },
    ],
    "marketing-soft": [
      {
        text: "एक छोटी सी सलाह: हमारी केयर क्रीम से लेदर हमेशा मुलायम रहेगा।",
        messageId: "crossSell",
      },
      {
        text: "अगर रसोई के लिए और चाहिए तो यही तौलिया दूसरे रंगों में भी हमारे पास है।",
        messageId: "crossSell",
      },
      {
        text: "समस्या हल हो गई। वैसे, हम इस मॉडल के लिए ख़ास प्रोटेक्टिव कवर भी बेचते हैं।",
        messageId: "crossSell",
      },
      {
        text: "सफ़ाई के लिए स्पेशल ब्रश अच्छा रहता है, वह हमारे स्टोर पर भी मिलता है।",
        messageId: "crossSell",
      },
      {
        text:
          "Hamare paas camping ka aur bhi bahut saamaan hai, ek baar store dekh lijiye.",
        messageId: "crossSell",
      },
      {
        text:
          "यह कपड़ा काफ़ी पसंद किया जाता है, हम इसी कपड़े के कुशन कवर भी बना सकते हैं।",
        messageId: "crossSell",
      },
      {
        text:
          "Battery backup ki chinta ho to kaafi customers hamari badi capacity wali battery le lete hain.",
        messageId: "crossSell",
      },
    ],
  },
};

testClassProbes("hi-IN", CLASS_PROBES);
testOptOutProbes("hi-IN", {
  optOut: [
    "Aage se aise messages nahi chahiye to STOP likh kar reply karein.",
    "अगर आप ये मैसेज नहीं पाना चाहते तो STOP लिखकर भेजें।",
  ],
  clean: [
    "Delivery rukwani ho to is message par reply karein.",
    "Is message ka reply nahi chahiye, delivery kal hogi.",
    "आपका सब्सक्रिप्शन वाला प्लान एक्टिव हो गया है।",
  ],
});

/**
 * Probes of the weak classes, written for this file in the ways sellers
 * write (other verbs, nouns, registers and message types than the tables
 * above): violations that either rule must flag, clean traps neither may
 * flag. WEAK_CLASS_PROBES_KNOWN lists the probes the rules still fail.
 */
const WEAK_CLASS_PROBES: Probes = {
  "marketing-soft": {
    violations: [
      "इस सीज़न हमने ऊनी शॉल की नई रेंज तैयार की है, जो आपके मंगाए दस्तानों से बहुत मेल खाती है।",
      "अगर घर में और चाकू धार लगवाने हों, तो हम घर आकर धार लगाने की सेवा भी देते हैं।",
      "समस्या हल हो गई है। अगर आपको यह चाय पसंद आई हो, तो हमारे यहाँ ग्रीन टी और मसाला चाय भी मिलती है।",
      "यह गद्दा लेने वाले बहुत से ग्राहक साथ में हमारा बनाया लेटेक्स तकिया भी लेते हैं।",
      "सर्दियाँ आ रही हैं, हमारी मोटी रज़ाइयाँ अब ऑर्डर के लिए उपलब्ध हैं।",
      "अगर बैटरी जल्दी खत्म होती है, तो हमारे पास चार बैटरियों का पैक भी है, जिससे बार-बार मंगाने की झंझट नहीं रहेगी।",
      "फ़ोन कवर के अलावा हम इसी डिज़ाइन के टैबलेट कवर भी बनाते हैं।",
      "फ़र्श लगने के बाद अगर स्कर्टिंग भी लगवानी हो, तो मिस्त्री थोड़े से अतिरिक्त शुल्क पर वह भी कर देंगे।",
      "आपने छोटा गमला लिया है, हमारे पास इसके मीडियम और बड़े साइज़ भी हैं, तीनों साथ में बहुत सुंदर लगते हैं।",
      "हमने हाल ही में बाँस के बर्तनों का एक सेट निकाला है, जो आपके लकड़ी के कटोरों जैसा ही है।",
    ],
    clean: [],
  },
  "marketing-promo": {
    violations: [
      "इस हफ़्ते हमारी दुकान के सभी सामान पर 20% की छूट है।",
      "हमारा पेज फ़ॉलो करें ताकि नए ऑफ़र सबसे पहले आप तक पहुँचें।",
      "अगले ऑर्डर पर कोड DIWALI15 डालें और 15% बचाएँ।",
      "दिवाली के मौके पर सभी बर्तनों पर भारी छूट, सिर्फ़ तीन दिन के लिए।",
      "दो खरीदें और तीसरा मुफ़्त पाएँ, यह ऑफ़र महीने के अंत तक है।",
      "हमारी मेलिंग लिस्ट से जुड़िए और हर महीने ख़ास कूपन पाइए।",
      "क्लियरेंस सेल चल रही है, स्टॉक सीमित है, मौका हाथ से न जाने दें।",
      "दोबारा ख़रीदारी करते समय यह ऑर्डर नंबर बताइए, डिलीवरी मुफ़्त कर देंगे।",
    ],
    clean: [],
  },
  "review-instructions": {
    violations: [
      "रिव्यू लिखते समय कृपया हमारी तेज़ डिलीवरी का ज़िक्र करें।",
      "समीक्षा में कृपया डिलीवरी में हुई देरी की बात न लिखें।",
      "अगर आप प्रोडक्ट को रेटिंग दें, तो लिखिए कि यह असली और सील पैक है।",
      "Amazon पर रिव्यू डालते समय डिब्बे के साथ प्रोडक्ट की एक फ़ोटो ज़रूर लगाएँ।",
      "अपनी टिप्पणी में अपनी लंबाई, वज़न और चुना हुआ साइज़ लिखें, ताकि दूसरे लोगों को मदद मिले।",
      "आप अपने रिव्यू में यह लाइन कॉपी कर सकते हैं: बढ़िया क्वालिटी, शानदार पैकिंग।",
      "कृपया इस ख़रीदारी को पाँच स्टार दें और साथ में 'जल्दी डिलीवरी' लिखें।",
      "अपनी ख़रीद को रेट कीजिए और पैकिंग के बारे में भी दो शब्द लिखिए।",
    ],
    clean: [],
  },
  "review-wish": {
    violations: [
      "Amazon पर इस कुर्सी के बारे में आपकी राय पढ़कर हमें बहुत ख़ुशी होगी।",
      "आपका एक अच्छा रिव्यू हमारे जैसी छोटी दुकान के लिए बहुत मायने रखता है।",
      "दिल से चाहते हैं कि दूसरे ख़रीदार भी आपका यह अनुभव पढ़ें।",
      "अगर आप प्रोडक्ट पेज पर दो शब्द लिख दें, तो बहुत अच्छा लगेगा।",
      "हर सच्ची समीक्षा ही हमें आगे बढ़ने की हिम्मत देती है।",
      "आपसे पाँच सितारे पाना हमारी पूरी टीम का सपना है।",
      "आपकी टिप्पणी उन बहुत से लोगों की मदद करेगी जो अभी ख़रीदने को लेकर दुविधा में हैं।",
      "अगर सेवा से आप संतुष्ट हैं, तो रिव्यू सेक्शन में आपकी एक लाइन हमारे लिए सबसे बड़ा प्रोत्साहन होगी।",
    ],
    clean: [],
  },
  "review-incentive": {
    violations: [
      "रिव्यू लिखने के बाद हमें मैसेज कीजिए, आपके लिए एक छोटा सा सरप्राइज़ इंतज़ार कर रहा है।",
      "जो भी ग्राहक रिव्यू में फ़ोटो डालते हैं, उन्हें हम धन्यवाद के तौर पर एक सैंपल पैक भेजते हैं।",
      "समीक्षा लिखने वालों को अगले ऑर्डर के साथ एक तोहफ़ा मिलता है, बस हमें बता दीजिए।",
      "जो ख़रीदार रेटिंग देते हैं, उनकी वारंटी अपने-आप दो साल तक बढ़ा दी जाती है।",
      "अपने रिव्यू का स्क्रीनशॉट भेजिए, हम शिपिंग का पैसा लौटा देंगे।",
      "हमें रेटिंग देने के बाद आपकी डिलीवरी बिना किसी शुल्क के एक्सप्रेस में बदल दी जाएगी।",
      "जो ग्राहक Amazon पर अपना अनुभव साझा करते हैं, वे हमारे मासिक लकी ड्रॉ में शामिल होते हैं।",
      "अपनी राय लिखने वालों के सम्मान में हम पार्सल में एक अतिरिक्त फ़िल्टर डाल देते हैं।",
    ],
    clean: [],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "अगर डिलीवरी का पता किसी फ़ाइव स्टार होटल का है, तो कृपया रिसेप्शन का नाम लिखें।",
      "पार्सल चार सितारा होटल की लॉबी में दिया जाएगा, कृपया कंसीयर्ज डेस्क से ले लें।",
      "इस जूते की फिसलन-रोधी रेटिंग तीन स्टार है, यह सामान्य रास्तों के लिए ठीक है।",
      "आपने जो चार्जर लिया है वह सैमसंग का है, ऐप्पल का नहीं।",
      "मिशलिन स्टार वाले रेस्टोरेंट की रसोई सिर्फ़ सुबह सामान लेती है।",
      "अभ्यास पुस्तिका कठिनाई के हिसाब से एक स्टार से पाँच स्टार तक बँटी है, आपको तीन स्टार स्तर वाली मिली है।",
      "होटल की स्टार रेटिंग से डिलीवरी पर कोई असर नहीं पड़ता, कूरियर रिसेप्शन पर दे देगा।",
      "इस फ्रिज पर BEE की पाँच स्टार ऊर्जा रेटिंग है, यह सबसे कम बिजली खाता है।",
      "यह एसी 5 स्टार रेटेड है, तकनीशियन बुधवार को लगाने आएँगे।",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "आपके रिफ़ंड अनुरोध की समीक्षा करके उसे मंज़ूरी दे दी गई है, पैसा आपके कार्ड में लौट आएगा।",
      "हमने मरम्मत के ख़र्च का आकलन किया, वह नए सामान से ज़्यादा था, इसलिए हम नया भेज रहे हैं।",
      "तकनीशियन पहले दीवार की मज़बूती जाँचेंगे, फिर तय करेंगे कि कौन सा ब्रैकेट लगेगा।",
      "कृपया संलग्न प्रूफ़ देख लें और नाम की स्पेलिंग की पुष्टि करें।",
      "रिटर्न फ़ॉर्म पर लिखी आपकी टिप्पणी हमने गोदाम टीम तक पहुँचा दी है।",
      "आपने जो गंध बताई थी, क्वालिटी टीम उसका कारण जाँच रही है।",
      "आपके फ़ीडबैक के आधार पर हम डिलीवरी का समय दोबारा तय कर रहे हैं।",
      "आपके ख़रीदे कोर्स का वन-ऑन-वन रिव्यू सेशन अब शनिवार को होगा।",
      "रंग के बारे में आपकी राय हमने नोट कर ली है, अगले बैच में शेड ठीक कर देंगे।",
      "इस खेप की जाँच का नतीजा अगले हफ़्ते आएगा, उसके बाद ऑर्डर भेजा जाएगा।",
    ],
  },
  "needed-link": {
    violations: [],
    clean: [
      "कृपया कूरियर की वेबसाइट https://www.delhivery.com/schedule पर AWB नंबर डालकर डिलीवरी का समय बुक करें।",
      "एक्टिवेशन कोड https://account.microsoft.com/redeem पेज पर रिडीम करें।",
      "कंपनी की वारंटी के लिए ब्रांड की आधिकारिक साइट https://www.dyson.in/register पर सीरियल नंबर रजिस्टर करें।",
      "सही समय चुनने के लिए कूरियर कंपनी के बुकिंग पेज https://www.bluedart.com/booking पर जाएँ।",
      "सॉफ़्टवेयर https://www.adobe.com/in/download से डाउनलोड करें, फिर एक्टिवेशन कोड डालें।",
      "वारंटी रजिस्टर करने के लिए मैनुअल के पीछे का QR कोड स्कैन करें या निर्माता की साइट https://www.samsung.com/in/support/register पर जाएँ।",
      "आप https://www.indiapost.gov.in/track पर शिपमेंट ट्रैक कर सकते हैं।",
      "इस्तेमाल की गाइड सपोर्ट साइट https://support.example-soft.com/hi/guide पर है, एक्टिवेशन के चरण भी वहीं हैं।",
    ],
  },
  "product-name": {
    violations: [],
    clean: [
      "आपका 'फ़ाइव स्टार शेफ़' नॉन-स्टिक तवा आज भेज दिया गया है।",
      "'सुपर सेवर पैक' डिटर्जेंट की एक बोतल कम गई थी, हम आज भेज रहे हैं।",
      "'होटल कलेक्शन' तौलिये का रंग ग्रे है, कृपया पुष्टि करें।",
      "आपकी 'डेली रिव्यू' डायरी (A5) कल पहुँच जाएगी।",
      "'फ़ैमिली शेयर पैक' नमकीन का डिब्बा सोमवार को भेजा जाएगा।",
      "'स्टार किड्स' टिफ़िन बॉक्स का ढक्कन अलग से भेज दिया गया है।",
      "'फ़ेस्टिव सेल' स्टिकर रोल (500 पीस) अभी स्टॉक में नहीं है, तीन दिन में आ जाएगा।",
      "'मुझे 5 स्टार दो' वाली मज़ेदार टी-शर्ट का साइज़ XL है, सही है?",
      "'नया आगमन' लिखा ऐक्रेलिक बोर्ड तैयार है, कल भेज देंगे।",
    ],
  },
  "marketing-word-other": {
    violations: [],
    clean: [
      "हम घर से रिटर्न पिकअप की सुविधा भी देते हैं, आपको ख़ुद भेजने की ज़रूरत नहीं।",
      "यह एक्टिवेशन कोड सिर्फ़ इसी ऑर्डर के लिए है, कृपया किसी से साझा न करें।",
      "बदले में जाने वाला फ़िल्टर दो के पैक में आता है, आज भेज देंगे।",
      "अगर आप इंतज़ार करना चाहें, तो हम अगले सोमवार को नया पीस भेज देंगे।",
      "तकनीशियन लगाते समय पुरानी मशीन भी खोलकर साथ ले जा सकते हैं।",
      "त्योहारों के मौसम में डिलीवरी में एक-दो दिन ज़्यादा लग सकते हैं।",
      "साथ आई पुस्तिका में निर्माता की वेबसाइट का लिंक है, वहाँ से ई-कॉपी डाउनलोड कर सकते हैं।",
      "आपका चुना रंग ख़त्म हो गया है, अगले हफ़्ते फिर से आएगा और हम तुरंत भेज देंगे।",
      "अगर आप साइज़ बदलना चाहें तो बताइए, हम बदला हुआ पीस मुफ़्त डिलीवरी के साथ भेज देंगे।",
    ],
  },
  "mixed": {
    violations: [
      "गर्मियों के लिए हमने सूती कुर्तों की नई रेंज निकाली है, आपके दुपट्टे से बिल्कुल मेल खाती है।",
      "अगर आपके पास और पुराने फ़र्नीचर हैं, तो हम उनकी पॉलिश का काम भी करते हैं।",
      "यह मिक्सर लेने वाले ज़्यादातर ग्राहक हमारा बनाया जार सेट भी लेते हैं।",
      "अगर यह अचार आपको पसंद आया हो, तो हमारे पास आम और नींबू के अचार भी मिलते हैं।",
      "Amazon पर रिव्यू लिखते समय कृपया बताइए कि पैकिंग कितनी अच्छी थी।",
      "प्रोडक्ट पेज पर आपके दो मीठे शब्द हमारे लिए बहुत कीमती होंगे।",
      "रिव्यू डालने वाले हर ग्राहक को हम अगली बार एक मुफ़्त सैंपल भेजते हैं।",
      "होली के अवसर पर सभी रंगों और पिचकारियों पर 30% छूट, सिर्फ़ पाँच दिनों के लिए।",
      "अपनी रेटिंग का स्क्रीनशॉट भेजिए और 100 रुपये का वाउचर पाइए।",
      "अगर आप इस ख़रीद को पाँच स्टार दे दें, तो हमें बहुत ख़ुशी होगी।",
      "आपका लैंप भेज दिया गया है। वैसे, हमने इसी डिज़ाइन के फ़्लोर लैंप भी स्टोर में जोड़े हैं, जो लिविंग रूम में बहुत अच्छे लगते हैं।",
      "रिप्लेसमेंट तय हो गया है। अगर आपको और स्टोरेज बॉक्स चाहिए, तो हमारे पास तीन साइज़ हैं, साथ लेने पर सस्ते पड़ते हैं।",
      "एसी की सर्विस शनिवार सुबह है। अगर दूसरे कमरे का एसी भी साफ़ करवाना हो, तो तकनीशियन 300 रुपये अतिरिक्त में कर देंगे।",
      "अगर आप प्रोडक्ट से संतुष्ट हैं, तो Amazon पर अपना असली अनुभव ज़रूर लिखिए।",
      "रिव्यू लिखते समय बच्चे की प्रोडक्ट इस्तेमाल करती हुई फ़ोटो लगाइए, इससे दूसरे माता-पिता को मदद मिलेगी।",
      "जो भी Amazon पर रिव्यू देकर हमें स्क्रीनशॉट भेजेगा, उसे अगली ख़रीद पर 50 रुपये की छूट मिलेगी।",
      "आपकी पॉज़िटिव रेटिंग से हमारे प्रोडक्ट और ज़्यादा लोगों तक पहुँचते हैं।",
      "ब्लैक फ़्राइडे पर पूरे स्टोर पर 20% छूट, मौका मत चूकिए।",
      "सामान पसंद आए तो Amazon पर हमारे बारे में दो लाइन ज़रूर लिख दीजिएगा।",
      "आपकी पाँच सितारा रेटिंग हमारे छोटे से कारोबार को बहुत आगे ले जाएगी।",
      "रिव्यू में बस इतना लिख दीजिए कि साड़ी का रंग फ़ोटो जैसा ही है।",
      "जिन ग्राहकों ने प्रोडक्ट पेज पर अपनी तस्वीरें डाली हैं, उन्हें हम अगले ऑर्डर पर 10% कम दाम में सामान देते हैं।",
      "आपकी प्रतिक्रिया Amazon पर पढ़कर दूसरे ख़रीदारों को सही साइज़ चुनने में आसानी होगी।",
      "नई शादी के सीज़न के लिए हमने लहंगों का नया कलेक्शन उतारा है, एक बार ज़रूर देखिए।",
      "इस कुकर के साथ हमारा प्रेशर कुकर गैसकेट सेट भी बहुत काम आता है, कई ग्राहक साथ में मंगाते हैं।",
      "पूजा के बर्तनों के अलावा हम पीतल की मूर्तियाँ भी बनाते हैं, कभी ज़रूरत हो तो याद कीजिए।",
      "Product pasand aaye to Amazon par 5 star rating zaroor dijiye.",
      "Review mein photo ke saath likhiye ki packing kitni achhi thi.",
      "Agle order par 15% discount ke liye ye code use karein: SAVE15.",
      "हमारी राखी की नई रेंज आ चुकी है, इस बार भाई के लिए कुछ ख़ास चुनिए।",
    ],
    clean: [
      "हम मुफ़्त इंस्टॉलेशन की सुविधा भी देते हैं, तकनीशियन कल आएँगे।",
      "अगर आपके पास कोई और सवाल हो, तो इसी मैसेज का जवाब दें।",
      "कूरियर कंपनी ने नुकसान का आकलन किया है और रिफ़ंड मंज़ूर हो गया है।",
      "बदले का फ़िल्टर तीन के पैक में आता है, कल पहुँच जाएगा।",
      "छुट्टियों की वजह से रिटर्न की अवधि एक हफ़्ता बढ़ा दी जाती है।",
      "देरी के लिए माफ़ी, आपकी डिलीवरी बिना किसी शुल्क के एक्सप्रेस में बदल दी गई है।",
      "डिलीवरी का पता फ़ाइव स्टार होटल का है, कृपया रिसेप्शन पर नाम बता दें।",
      "होली के मौके पर हमारा गोदाम दो दिन बंद रहेगा।",
      "आपके ऑर्डर की समीक्षा के बाद रिप्लेसमेंट आज भेज दिया गया है।",
      "अगर घर में कोई न हो, तो कूरियर पड़ोसी को पार्सल दे सकता है।",
      "तकनीशियन पहले मशीन की स्थिति की जाँच करेंगे, फिर ख़र्च बताएँगे।",
      "यह रंग आपके पुराने सोफ़े से मेल खाता है या नहीं, फ़ोटो भेजकर बता दें।",
      "आपका ऑर्डर भेज दिया गया है, ट्रैकिंग नंबर 1234567890 है, बुधवार तक पहुँच जाएगा।",
      "डिलीवरी का पता हिल्टन फ़ाइव स्टार होटल है, क्या कमरा नंबर भी जोड़ दें?",
      "हमारे इंजीनियर ने शोर की समस्या का आकलन किया, मोटर बदलनी होगी, नई मोटर अगले हफ़्ते भेजेंगे।",
      "आपके फ़ीडबैक के हिसाब से डिज़ाइन बदल दिया है, कृपया फ़ॉन्ट का साइज़ कन्फ़र्म करें।",
      "राष्ट्रीय मानक के अनुसार इस सॉकेट की सुरक्षा रेटिंग A श्रेणी की है।",
      '"तारों भरी रात" बेडशीट का रंग फ़ोटो से थोड़ा अलग हो सकता है।',
      "अगर आपको GST बिल चाहिए, तो कृपया नाम और GST नंबर भेज दें।",
      "मैनुअल के अनुसार फ़िल्टर हर तीन महीने में बदलना चाहिए।",
      "दिवाली की छुट्टियों के कारण शिपिंग रविवार तक टलेगी।",
      "हमारी कस्टमर सपोर्ट टीम एक कार्य-दिवस में आपके मैसेज का जवाब देगी।",
      "बदले में भेजा जा रहा पुर्ज़ा दो के पैक में है, एक अतिरिक्त है।",
      'रिटर्न की वजह में आपने जो "रेटिंग मेल नहीं खाती" लिखा है, उसका क्या मतलब है?',
      "आपकी साड़ी का रंग फ़ोटो जैसा ही है या नहीं, कृपया एक फ़ोटो भेजकर बताइए।",
      "शादी के सीज़न में कूरियर पर भीड़ रहती है, डिलीवरी में एक दिन ज़्यादा लग सकता है।",
      "कुकर का गैसकेट ढीला है तो हम नया गैसकेट मुफ़्त भेज रहे हैं।",
      "पीतल की मूर्ति पर जो दाग है, उसकी फ़ोटो हमारी क्वालिटी टीम देख रही है।",
      "आपकी प्रतिक्रिया के लिए धन्यवाद, हमने पैकिंग मज़बूत कर दी है।",
      "Aapka order kal tak pahunch jayega, tracking number 1234567890 hai.",
      "Replacement ke liye koi charge nahi lagega, purana piece courier wale le jayenge.",
      "राखी के त्योहार की वजह से कूरियर सेवा रविवार को बंद रहेगी।",
    ],
  },
  "order-options": {
    violations: [],
    clean: [
      "अगर आपको और समय चाहिए, तो रिटर्न की अवधि हम बढ़ा सकते हैं।",
      "अगर आपके पास पुराना बिल है, तो उसकी फ़ोटो भेज दें।",
      "एक्सप्रेस डिलीवरी चाहिए तो 50 रुपये अतिरिक्त लगेंगे, बताइए।",
      "इस सप्ताह के दौरान गोदाम बंद रहेगा।",
      "रिप्लेसमेंट के लिए कोई अतिरिक्त शुल्क नहीं लगेगा।",
      "अगर घर में कोई बुज़ुर्ग हों, तो तकनीशियन इंस्टॉलेशन के समय मशीन चलाना भी सिखा देंगे।",
      "हमारे पास आपका पता पुराना है, कृपया नया पता भेजें।",
      "सेट के सभी पुर्ज़े उसी डिब्बे में हैं।",
      "आपका रंग अब स्टॉक में आ गया है, आज ही भेज देंगे।",
      "अगर आपको और जानकारी चाहिए तो इसी मैसेज का जवाब दें।",
      "लैंप के साथ आए वॉर्म बल्ब ही लगाइए, अलग से कुछ खरीदने की ज़रूरत नहीं।",
      "आपका मंगाया हुआ दूसरा पीस अलग पार्सल में है, शुक्रवार तक पहुँचेगा।",
      "कई ग्राहकों के पार्सल इस हफ़्ते बारिश की वजह से देर से पहुँच रहे हैं।",
      "हमने आपका रिव्यू पढ़ा, लीकेज की समस्या के लिए नया पुर्ज़ा आज भेज दिया है।",
      'नक्काशी का टेक्स्ट "माँ के लिए फ़ाइव स्टार" कन्फ़र्म हो गया है, अगले हफ़्ते भेजेंगे।',
      "पता है: स्टार टावर, पाँचवीं मंज़िल, ऑफ़िस 12।",
      "यह निर्माता की वेबसाइट पर मैनुअल का लिंक है, मॉडल नंबर डालकर डाउनलोड करें।",
      "आपके फ़ीडबैक के लिए धन्यवाद, हमने पैकिंग का डिब्बा मोटा कर दिया है।",
      "तीन दिनों के लिए हमारा ऑफ़िस स्टॉक गिनती की वजह से बंद रहेगा।",
      "नया स्टॉक आ चुका है, आपका रिप्लेसमेंट आज ही निकल जाएगा।",
      "दिवाली सेल के मौके पर डिलीवरी में देरी हो सकती है।",
      "सेल की वजह से कूरियर तीन दिनों के लिए बंद है, आपका पार्सल सोमवार को निकलेगा।",
      "बिग सेल के दौरान ऑर्डर ज़्यादा होने से आपका पैकेट एक दिन देर से पहुँचेगा।",
      "अगर आपके पास पुराना मॉडल है, तो यह पार्ट उसमें भी लग जाएगा।",
      "कई ग्राहकों को यही समस्या हुई थी, इसलिए हमने पूरा बैच बदल दिया है।",
      "इस दिन के लिए कूरियर बुक कर दिया गया है, शाम तक पहुँचेगा।",
      "आपके नाम वाली प्लेट हमने तैयार की है, फ़ोटो देखकर पुष्टि करें।",
      "अपनी बात विस्तार से लिखिए ताकि हम समस्या समझ सकें।",
      "सर्दियों के कारण गोंद सूखने में समय लग रहा है, ऑर्डर दो दिन देर से निकलेगा।",
      "अगर घर में पालतू जानवर हैं, तो इंस्टॉलेशन के समय उन्हें दूसरे कमरे में रखें।",
      "आपकी शिकायत के सम्मान में हमने पूरा पैसा लौटा दिया है।",
    ],
  },
};

const WEAK_CLASS_PROBES_KNOWN: readonly string[] = [
  "आपसे पाँच सितारे पाना हमारी पूरी टीम का सपना है।",
  "दोबारा ख़रीदारी करते समय यह ऑर्डर नंबर बताइए, डिलीवरी मुफ़्त कर देंगे।",
  "'मुझे 5 स्टार दो' वाली मज़ेदार टी-शर्ट का साइज़ XL है, सही है?",
];

testProbes("hi-IN", WEAK_CLASS_PROBES, WEAK_CLASS_PROBES_KNOWN);

/**
 * Probes of review, rating, feedback and opinion words in other senses (a
 * proof or a draft to check, a claim or a return under review, an expert's
 * assessment, a technical rating, an opinion on a colour or a size, thanks
 * for feedback, negated review words, products named with them) and of
 * stars that are no rating (a hotel, an energy label, a crash test, stars
 * embroidered, printed or on stickers), each with violations nearby that
 * use the same words to ask for a review.
 */
const OTHER_SENSE_PROBES: Probes = {
  "review-word-other": {
    violations: [
      "सामान मिलने के बाद कृपया Amazon पर प्रोडक्ट का रिव्यू करें।",
      "आपकी राय Amazon के प्रोडक्ट पेज पर दूसरे ग्राहकों की मदद करेगी।",
      "Amazon पर अपना फ़ीडबैक देना न भूलें।",
      "ईयरबड्स इस्तेमाल करने के बाद प्रोडक्ट पेज पर अपनी समीक्षा साझा करें।",
      "पॉज़िटिव रिव्यू के बदले हम आपको 200 रुपये का गिफ़्ट कार्ड भेजेंगे।",
      "Amazon पर गुणवत्ता के बारे में अपनी राय लिखें ताकि दूसरों को मदद मिले।",
      "कृपया हमें रेटिंग दें।",
      "कढ़ाई वाले तकिए के बारे में अपनी राय दूसरे खरीदारों के साथ साझा करें।",
      "कृपया Amazon पर प्रोडक्ट को रेट करें।",
      "प्रोडक्ट का रिव्यू लिखेंगे तो शिपिंग का पैसा वापस कर देंगे।",
      "कृपया प्रोडक्ट को रेट करें और दूसरों को अपनी राय बताएं।",
      "Amazon पर अपने अनुभव को रेटिंग देना न भूलें।",
      "आपके फ़ीडबैक के लिए शुक्रिया, इसे Amazon पर रिव्यू के रूप में लिख दें तो और अच्छा।",
      "अगर क्वालिटी से संतुष्ट हैं तो एक रिव्यू लिख दीजिए।",
      "अपने रिव्यू में कढ़ाई का ज़िक्र ज़रूर करें।",
      "अगर डिज़ाइन पसंद आया हो तो रिव्यू ज़रूर लिखें।",
      "मरम्मत के बाद Amazon पर सेवा के बारे में अपनी राय ज़रूर लिखें।",
      "अपनी प्रतिक्रिया प्रोडक्ट की रेटिंग के ज़रिए भेजें।",
      "बदला हुआ पीस मिलने के बाद हमें बढ़िया रेटिंग देने की उम्मीद है।",
    ],
    clean: [
      "कृपया संलग्न प्रूफ़ की समीक्षा करें और छपाई से पहले नाम की वर्तनी पक्की करें।",
      "हमने आपके दावे की समीक्षा कर ली है, और नया पीस कल भेजा जाएगा।",
      "आपका रिटर्न अनुरोध अभी समीक्षाधीन है; दो दिन में जवाब देंगे।",
      "तकनीशियन के आकलन के अनुसार मोटर बदलनी होगी।",
      "विशेषज्ञ के मूल्यांकन में पाया गया कि दरार शिपिंग के दौरान आई थी।",
      "ये ईयरबड्स IP67 रेटिंग वाले हैं, पानी से खराब नहीं होंगे।",
      "कौन सा रंग भेजें, नीला या हरा? इस पर आपकी राय का इंतज़ार रहेगा।",
      "लोगो के पहले डिज़ाइन पर आपका फ़ीडबैक मिल जाए तो हम उकेरना शुरू करेंगे।",
      "हम आपसे कोई रिव्यू नहीं माँग रहे, बस जानना था कि पार्सल सही पहुँचा या नहीं।",
      "टायर की स्पीड रेटिंग H है, यानी 210 किमी/घंटा तक।",
      "कूरियर कंपनी अभी नुकसान का आकलन कर रही है।",
      "बदले में M भेजें या L, इस पर आपकी राय चाहिए।",
      "डिज़ाइन का ड्राफ़्ट भेज दिया है; कृपया उसे रिव्यू करके बताएं कि कोई बदलाव चाहिए या नहीं।",
      "कूरियर की ओर से देरी पर अभी तक कोई फ़ीडबैक नहीं आया है।",
      "तकनीशियन ने मशीन का मूल्यांकन करके बताया कि इसकी मरम्मत हो सकती है।",
      "मशीन चलाने से पहले कृपया पेज 4 पर दिए निर्देशों की समीक्षा कर लें।",
      "माइक स्पीकर के पास हो तो फ़ीडबैक की सीटी सुनाई दे सकती है, वॉल्यूम कम करें।",
      "कपड़े का जो सैंपल भेजा है, उस पर अपनी राय बताइए, फिर हम सिलाई शुरू करेंगे।",
      "कढ़ाई शुरू करने से पहले प्रूफ़ पर आपकी मंज़ूरी चाहिए।",
      "तकनीकी टीम आपके वारंटी क्लेम की समीक्षा कर रही है।",
      "आपकी राय बताइए: बेज रंग भेजें या काला?",
      "किसी रिव्यू की ज़रूरत नहीं है, बस बताइए साइज़ ठीक है या नहीं।",
      "बदलने से पहले एक विशेषज्ञ घड़ी का मूल्यांकन करेगा।",
      "चार्जर की वोल्टेज रेटिंग 220 वोल्ट है।",
      "कपड़े के नमूने पर आपकी राय सिलाई से पहले ज़रूरी है।",
      "आपकी भेजी तस्वीरें देखकर लगता है कि टूट-फूट रास्ते में हुई।",
      "कस्टम के कागज़ात की जाँच में दो दिन लग सकते हैं।",
      "आपका ऑर्डर अभी क्वालिटी टीम की समीक्षा में है।",
      "हमने शिपिंग रिकॉर्ड देखा, पार्सल पड़ोसी को दिया गया था।",
      "बिल की दोबारा समीक्षा करने पर राशि सही निकली।",
      "कृपया डिलीवरी पता एक बार देखकर रविवार से पहले पुष्टि कर दें।",
      "तकनीशियन की राय में बैटरी खराब है और बदलनी होगी।",
      "हम आपकी राय का पूरा सम्मान करते हैं और नया पीस भेज रहे हैं।",
      "पैकिंग के बारे में आपके फ़ीडबैक के लिए शुक्रिया, अगली बार सुधार करेंगे।",
      "यह चार्जर 65 वॉट की रेटिंग का है।",
      "कृपया स्थिति का आकलन करके बताएं कि आप रिफ़ंड चाहते हैं या रिप्लेसमेंट।",
      "कृपया नीचे कस्टमाइज़ेशन विवरण की समीक्षा करें: नाम 'सारा', सुनहरा फ़ॉन्ट।",
      "कोई समीक्षा लिखने की ज़रूरत नहीं, बस खराबी की एक फ़ोटो भेज दीजिए।",
      "'अच्छी समीक्षा कैसे लिखें' किताब आज भेज दी गई है।",
      "अपनी राय बताइए: बदले वाला पीस एक्सप्रेस से भेजें या सामान्य डाक से?",
      "डिज़ाइन देखकर अपना फ़ीडबैक दीजिए।",
      "साइज़ चार्ट पर अपना फ़ीडबैक दीजिए, हम उसी हिसाब से बदलेंगे।",
      "मॉकअप पर अपना फ़ीडबैक दें।",
      "विक्रेता Amazon के रिव्यू को हटा या बदल नहीं सकते।",
      "सिलाई शुरू करने से पहले क्या नाप पर आपकी कोई टिप्पणी है?",
      "सप्लायर से मँगाने से पहले दोनों विकल्पों पर आपकी राय जानना चाहेंगे।",
      "वारंटी टीम 48 घंटे में तस्वीरों का रिव्यू करेगी।",
      "यह उत्पाद IP54 रेटेड है, छींटों से सुरक्षित।",
      "देरी पर आपकी प्रतिक्रिया के लिए धन्यवाद, हमने कूरियर कंपनी को सूचित कर दिया है।",
      "हमारा शुरुआती आकलन है कि पीस ठीक हो सकता है।",
      "बदले के लिए हम आपसे कोई रिव्यू या रेटिंग नहीं माँगेंगे।",
      "कार्ड का ड्राफ़्ट देखकर अपनी राय भेजिए, फिर हम छापेंगे।",
      "गंध के बारे में आपका फ़ीडबैक मिल गया है, बदले का पीस रास्ते में है।",
      "कृपया अपने अकाउंट में ऑर्डर की समीक्षा करके पता पक्का करें।",
      "कृपया डिलीवरी के समय पैकेट की हालत का आकलन करके बताएं कि कोई नुकसान तो नहीं।",
      "लीक किस वजह से हो रहा है, इस पर आपकी राय क्या है? क्या यह चलाने पर ही होता है?",
      "प्रस्तावित इंस्टॉलेशन समय पर अपना फ़ीडबैक दें।",
      "कृपया प्रस्तावित विज़िट समय की समीक्षा करके पुष्टि करें।",
      "कंपन को 1 से 5 तक रेटिंग दें, ताकि हम समझ सकें कि पार्ट खराब है या नहीं।",
      "तकनीशियन भेजने से पहले नुकसान का आपका आकलन चाहिए।",
      "पर्दे के लिए ज़रूरी नाप पर अपना फ़ीडबैक भेजिए।",
      "कृपया संलग्न इनवॉइस की समीक्षा करें।",
      "कृपया शोर के स्तर का आकलन करें: हल्का, साफ़ सुनाई देने वाला या बहुत तेज़?",
      "वाई-फ़ाई सिग्नल की रेटिंग ऐप में कितनी दिख रही है, बताइए।",
    ],
  },
  "star-rating-other": {
    violations: [
      "अगर डिज़ाइन पसंद आया हो तो हमें पाँच स्टार ज़रूर दें।",
      "पाँच सितारा रेटिंग देंगे तो बहुत खुशी होगी।",
      "अगर अनुभव अच्छा रहा हो, तो आपके पाँच सितारे हमारे लिए बहुत मायने रखते हैं।",
      "कढ़ाई पसंद आई हो तो Amazon पर हमें पाँच स्टार दें।",
      "स्टिकर मिलने के बाद पाँच सितारा रेटिंग देकर हमारी मदद करें।",
      "प्लीज़ हमें 5 स्टार रेटिंग दीजिए।",
    ],
    clean: [
      "इस पंखे की ऊर्जा रेटिंग 5 स्टार है, इसलिए बिजली कम खर्च होगी।",
      "कृपया पुष्टि करें कि क्या आप नाम के ऊपर पाँच सितारे कढ़ाई करवाना चाहते हैं।",
      "डिलीवरी पता: होटल ताज पैलेस (पाँच सितारा), कमरा 512, नई दिल्ली।",
      "स्टिकर शीट में सुनहरे सितारे और छोटे दिल हैं।",
      "केक टॉपर पर तीन स्टार छापे जाएंगे, जैसा आपने कहा था।",
      "स्टार किड्स वॉटर बोतल आज भेज दी गई है, ट्रैकिंग नंबर नीचे है।",
      "इस कार सीट को क्रैश टेस्ट में चार स्टार मिले हैं, प्रमाणपत्र संलग्न है।",
      "डायरी के कवर पर चाँदी के सितारे चाहिए या सुनहरे?",
      "तकिए पर एक सितारा कढ़ाई करें या तीन, बताइए।",
      "आपके ऑर्डर की स्टिकर शीट में 5 सितारे और एक चाँद है।",
      "डिज़ाइन में लोगो के चारों ओर चार स्टार जोड़ दिए हैं, कृपया एक बार देख लें।",
      "यह एसी ऊर्जा दक्षता में 5 स्टार वाला है।",
      "क्या कढ़ाई वाले सितारे सुनहरे रंग में चाहिए?",
      "केक टॉपर पर नाम के साथ पाँच स्टार भी छपेंगे।",
      "'लिटिल स्टार' गुड़िया गुरुवार को पहुँचेगी।",
      "पाँच स्टार कठिनाई वाली पहेली आपके पास आ रही है।",
      "आपने तीन स्टार तीखेपन वाली चटनी चुनी है, क्या यह सही है?",
    ],
  },
};

testProbes("hi-IN", OTHER_SENSE_PROBES, [
  "'अच्छी समीक्षा कैसे लिखें' किताब आज भेज दी गई है।",
  "अपनी प्रतिक्रिया प्रोडक्ट की रेटिंग के ज़रिए भेजें।",
]);

/**
 * Probes of the weakest violation classes (another product pitched without
 * promotional words, a reward for a review, what to write in it), with
 * clean traps that use the same words for the order itself.
 */
const WEAK_VIOLATION_PROBES: Probes = {
  "marketing-soft": {
    violations: [
      "पहले स्टॉक खत्म हो गया था, लेकिन दिवाली वाली मोमबत्तियों का कलेक्शन फिर से हमारी दुकान पर आ गया है।",
      "केतली पसंद आई है तो उसी डिज़ाइन के कप भी हमारे पास हैं, साथ में बहुत अच्छे लगते हैं।",
      "सेट पूरा करना चाहें तो इसी कपड़े के कुशन कवर भी हमारे पास हैं।",
      "इस पोछे के साथ हमारा बनाया फ़्लोर क्लीनर इस्तेमाल करके देखिए।",
    ],
    clean: [
      "आपने जो बदले का पीस माँगा था वह हमारे गोदाम में आ गया है, आज भेज देंगे।",
      "हमारे तकनीशियन मंगलवार को 10 से 12 बजे के बीच आएंगे।",
      "इंस्टॉलेशन में मदद चाहिए तो यूज़र मैनुअल बॉक्स में है।",
      "उसी डिज़ाइन के दो पीस हमारे पास स्टॉक में हैं, बदले में एक आज भेज देंगे।",
      "चार्जर भी हमारे पास है, पर पहले केबल बदलकर देखिए।",
      "केबल बदलकर इस्तेमाल करके देखिए, शायद समस्या ठीक हो जाए।",
    ],
  },
  "review-incentive": {
    violations: [
      "रिव्यू पोस्ट करने के बाद आपके खाते में 200 रुपये का क्रेडिट डाल देंगे।",
      "प्रोडक्ट पर कमेंट लिखने वालों को लकी ड्रॉ में शामिल किया जाएगा।",
    ],
    clean: [
      "पार्सल देर से पहुँचा, इसलिए हम शिपिंग का पैसा लौटा रहे हैं।",
    ],
  },
  "review-instructions": {
    violations: [
      "अपनी समीक्षा में कृपया लिखें कि पैकिंग बहुत अच्छी थी।",
      "रिव्यू में प्रोडक्ट इस्तेमाल करते हुए की फ़ोटो ज़रूर लगाएं।",
    ],
    clean: [],
  },
};

testProbes("hi-IN", WEAK_VIOLATION_PROBES);

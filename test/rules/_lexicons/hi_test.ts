import { REVIEW_HI } from "../../../src/rules/_lexicons/review/hi.ts";
import { MARKETING_HI } from "../../../src/rules/_lexicons/marketing/hi.ts";
import {
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { assertShape, testConceptTable } from "./_concept_hits.ts";

Deno.test("REVIEW_HI and MARKETING_HI have the lexicon shape", () => {
  assertShape(REVIEW_HI, "hi", "words", REVIEW_CONCEPTS);
  assertShape(MARKETING_HI, "hi", "words", MARKETING_CONCEPTS);
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

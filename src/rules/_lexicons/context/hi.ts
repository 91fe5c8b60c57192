// This module is browser compatible.

/**
 * Hindi context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Hindi context words. */
export const CONTEXT_HI: ContextWords = {
  segmentation: "words",
  controls: [
    "बटन",
    "लिंक",
    "टैब",
    "आइकन",
  ],
  controlUse: [
    "क्लिक",
    "दबा",
    "टैप",
    "चुन",
    "मिलेगा",
  ],
  canAlso: ["भी[^।,]{0,24}सकत"],
  orderCost: ["भुगतान", "शिपिंग", "डिलीवरी", "वापसी", "रिफंड"],
  owners: [
    "तकनीशियन",
    "टेक्नीशियन",
    "इंजीनियर",
    "विशेषज्ञ",
    "एक्सपर्ट",
    "निरीक्षक",
    "सर्वेयर",
    "मिस्त्री",
    "मैकेनिक",
    "प्रयोगशाला",
    "नुकसान",
    "क्षति",
    "अनुसार",
    "मुताबिक",
    "क्वालिटी",
    "गुणवत्ता",
    "नतीजे",
    "परिणाम",
  ],
  shows: ["दिखाता", "बताता"],
  records: ["नंबर", "कोड", "पता", "तारीख"],
  purpose: ["ताकि", "जिससे"],
  alternative: ["सिर्फ़", "सिर्फ", "केवल", "बस"],
  noAnswer: ["नहीं", "जी नहीं", "बिल्कुल नहीं"],
  need: ["ज़रूरी", "जरूरी", "आवश्यक", "अनिवार्य", "चाहिए", "निर्भर"],
  but: ["लेकिन", "पर"],
  yes: ["हाँ", "हां", "जी हाँ", "ज़रूर"],
  denial: ["नहीं", "न", "कभी नहीं"],
  noNeed: ["ज़रूरत", "जरूरत", "आवश्यकता"],
  asking: ["माँग", "मांग"],
  people: ["तकनीशियन", "टीम", "कर्मचारी", "गोदाम"],
  listJoin: ["या", "और", "न"],
  listing: ["और", "या", "तथा", "आदि"],
  ownerLink: ["के", "की", "का"],
  complementizer: ["कि"],
  thanks: ["धन्यवाद", "शुक्रिया"],
  restock: ["स्टॉक", "उपलब्ध"],
  priceParts: ["शुल्क", "कीमत", "रुपये"],
  listBreak: ["लेकिन", "बस", "कृपया"],
  accordingTo: ["अनुसार", "मुताबिक", "करेंगे", "करेगा", "करेगी"],
  assessedNext: ["स्थिति", "हालत"],
  sources: [
    "कार्ड",
    "पर्चा",
    "पर्ची",
    "संदेश",
    "मैसेज",
    "ईमेल",
    "पत्र",
    "स्टिकर",
    "लेबल",
    "बैनर",
    "छपा",
    "छपाई",
    "प्रिंट",
    "उकेर",
    "लिखा",
    "टेक्स्ट",
    "शीर्षक",
    "कहा गया",
    "दावा",
    "कोई व्यक्ति",
    "लिखवा",
    "लिखना",
    "त्रुटि",
    "एरर",
    "मैनुअल",
    "कढ़ाई",
    "सूचना",
    "नोटिफिकेशन",
    "स्पेलिंग",
    "वर्तनी",
  ],
  strongSources: [
    "आपने पूछा",
    "आपका सवाल",
    "आपका प्रश्न",
    "आपके सवाल",
    "आपके प्रश्न",
    "बताया",
    "आपका जवाब",
    "आपने लिखा",
    "आपके शब्द",
    "आपका संदेश",
    "आपका रिव्यू",
    "धोखाधड़ी",
    "फर्जी",
    "नकली",
    "धोखेबाज़",
  ],
  proofing: [
    "वर्तनी",
    "स्पेलिंग",
  ],
  courtesy: [
    "चिंता न करें",
    "कोई बात नहीं",
    "कोई समस्या नहीं",
    // Patience offered ("no rush", "keine Eile"): no answer to a question.
    "कोई जल्दी नहीं",
    "कोई दिक्कत नहीं",
    "आराम से",
    "जल्दी नहीं है",
  ],
  sellersOwn: [
    "हमारा",
    "हमारी",
    "हमारे",
    "मेरा",
    "मेरी",
    "मेरे",
    "टीम",
  ],
  pages: [
    "पेज",
  ],
  writeVerbs: [
    "लिख",
  ],
  toUs: [
    "हमें",
  ],
  toUsBefore: [
    "हमें",
  ],
  reportedAhead: [
    String
      .raw`(?<![\p{L}\p{M}])(?:आपने(?: [\p{L}\p{M}]+){0,3} (?:पूछा|जानना चाहा)(?: था)? (?:कि|क्या))`,
  ],
  // The seller's own wish or plea, which no question of the buyer the
  // seller reports holds ("… and we would love a 5-star review").
  sellerWish: [
    String.raw`हमें (?:बहुत )?खुशी होगी`,
    String.raw`(?:हम )?आभारी रहेंगे`,
    String.raw`कृपया`,
    String.raw`(?:जो )?हमारे लिए बहुत मायने रखेगा`,
  ],
  // An answer that leaves it to the buyer ("it's entirely up to you").
  freeChoice: [
    String.raw`आपकी मर्ज़ी`,
    String.raw`आपकी मर्जी`,
    String.raw`आप पर निर्भर`,
    String.raw`आपका फ़ैसला`,
    String.raw`आपका फैसला`,
  ],
  // The seller welcoming what the buyer asked about ("we'd still love to
  // read it"): in the answer to a reported question, it denies nothing.
  welcome: [
    "ज़रूर लिखें",
    "जरूर लिखें",
    "पढ़कर खुशी होगी",
  ],
};

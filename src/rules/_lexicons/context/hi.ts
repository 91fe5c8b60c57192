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
};

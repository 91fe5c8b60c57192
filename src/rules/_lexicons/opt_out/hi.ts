// This module is browser compatible.

/**
 * Hindi opt-out phrases (`no-opt-out`), in the notation of the phrase rules
 * (see `_phrases.ts`).
 *
 * @module
 */

/** Hindi opt-out phrases. */
export const OPT_OUT_HI: readonly string[] = [
  "अन-?सब्सक्राइब",
  String
    .raw`(?:सदस्यता|सब्सक्रिप्शन) (?:रद्द|समाप्त|छोड़|ख़त्म|खत्म|बंद)[\p{L}\p{M}]{0,6}`,
  String
    .raw`(?:संदेश|मैसेज|ईमेल|ई-मेल|सूचनाएँ|सूचनाएं|अपडेट)[\p{L}\p{M}]{0,3} ‥ (?:नहीं पाना|प्राप्त नहीं करना|नहीं चाहते|नहीं चाहिए|बंद (?:करवा|करा|कर)[\p{L}\p{M}]{0,4})`,
  "(?:stop|स्टॉप) (?:लिखकर|भेजें|लिखें|टाइप)",
  "ऑप्ट[- ]?आउट",
  String.raw`(?:संदेश|मैसेज|ईमेल|अपडेट|सूचनाएँ|सूचनाएं)[\p{L}\p{M}]{0,3} (?:भेजना|भेजने) बंद`,
  String.raw`(?:संदेश|मैसेज|ईमेल|अपडेट)[\p{L}\p{M}]{0,3} (?:नहीं|न) (?:पाना|लेना) चाहते`,
  `["“](?:बंद|रोकें|stop|स्टॉप)["”] (?:लिखकर|लिख कर)`,
  // Hinglish: "aise messages nahi chahiye to STOP likh kar reply karein".
  String
    .raw`(?:messages?|msgs?|sms|updates?|notifications?) (?:nahi|nahin|na) (?:chahiye|chahte|paana|lena)`,
  String.raw`stop (?:likh|type|bhej)[\p{L}\p{M}]{0,6}`,
];

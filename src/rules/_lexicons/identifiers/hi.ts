// This module is browser compatible.

/**
 * Hindi words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Hindi labels of identifiers and words of phoning. */
export const IDENTIFIERS_HI: IdentifierWords = {
  labels: [
    "gstin",
    "gst",
    "pan",
    "ट्रैकिंग",
    "वेबिल",
    "ऑर्डर",
    "पिन",
    "पिनकोड",
    "पिन कोड",
    "सीरियल",
    "मॉडल",
    "इनवॉइस",
    "बिल",
  ],
  phone: [
    "فोन",
    "फ़ोन",
    "फोन",
    "कॉल",
    "मोबाइल",
    "व्हाट्सएप",
  ],
  contact: [
    "व्हाट्सएप",
    "व्हाट्सऐप",
    "whatsapp",
    "हमें कॉल",
    "हमें फोन",
    "हमें फ़ोन",
    "हमसे संपर्क",
    "हमसे बात",
    "हमारा नंबर",
    "हमारे नंबर",
    "हमें मैसेज",
    "मेरा नंबर",
    "मुझे कॉल",
  ],
};

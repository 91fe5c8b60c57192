// This module is browser compatible.

/**
 * English words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** English labels of identifiers and words of phoning. */
export const IDENTIFIERS_EN: IdentifierWords = {
  labels: [
    "tracking",
    "track",
    "trace",
    "shipment",
    "parcel",
    "consignment",
    "waybill",
    "awb",
    "track-and-trace",
    "postcode",
    "post code",
    "postal code",
    "postal",
    "zip",
    "pin",
    "pincode",
    "pin code",
    "order",
    "order nr",
    "invoice",
    "receipt",
    "reference",
    "ref",
    "case",
    "ticket",
    "customer number",
    "account number",
    "serial",
    "model",
    "type",
    "part",
    "article",
    "item",
    "sku",
    "asin",
    "ean",
    "upc",
    "gtin",
    "isbn",
    "mpn",
    "imei",
    "lot",
    "batch",
    "key",
    "code",
    "iban",
    "bic",
    "swift",
    "account",
    "vat",
  ],
  phone: [
    "phone",
    "telephone",
    "tel",
    "call",
    "calling",
    "ring",
    "mobile",
    "cell",
    "whatsapp",
    "hotline",
    "helpline",
    "landline",
    "text us",
    "sms",
  ],
};

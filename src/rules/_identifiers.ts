// This module is browser compatible.

/**
 * Recognizes numbers that are not phone numbers: tracking numbers, postal
 * codes, order, invoice, serial and model numbers, ISBNs and EANs, IBANs,
 * tax ids, dates, times, prices and quantities, by their shape and by the
 * label written before them ("tracking", "Sendungsnummer", "追跡番号",
 * "PLZ", "CEP", "postcode"...), in the 16 languages.
 *
 * @module
 */

import { ORDER_ID_PATTERN } from "../message_types/order_id.ts";
import { IDENTIFIER_WORDS } from "./_lexicons/identifiers/mod.ts";

// Labels of identifiers and words of phoning, from every language's file;
// words in Latin letters are whole words, matched at a word's start (a
// prefix is enough: "Sendungsnummer" starts with "sendung"), the others
// anywhere.
const LATIN = /^[ -\u024F]*$/u;
const LABELS = IDENTIFIER_WORDS.flatMap((words) => words.labels);
const PHONES = IDENTIFIER_WORDS.flatMap((words) => words.phone);
const CONTACTS = IDENTIFIER_WORDS.flatMap((words) => words.contact);
const LABELS_LATIN = LABELS.filter((word) => LATIN.test(word));
const LABELS_OTHER = LABELS.filter((word) => !LATIN.test(word));
const PHONE_LATIN = PHONES.filter((word) => LATIN.test(word));
const PHONE_OTHER = PHONES.filter((word) => !LATIN.test(word));

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");
}

// The last label or phone word in the text before a number, whichever is
// nearer. Latin words are whole words (labels may run on: "Sendungs-").
const NEAREST = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?<label>${
    LABELS_LATIN.map(escape).join("|")
  })[\p{L}\-]{0,12}|(?<labelOther>${LABELS_OTHER.map(escape).join("|")})` +
    String.raw`|(?<![\p{L}\p{N}])(?<phone>(?:${
      PHONE_LATIN.filter((word) => word.length >= 5).map(escape).join("|")
    })\p{L}{0,12}|(?:${
      PHONE_LATIN.filter((word) => word.length < 5).map(escape).join("|")
    })(?![\p{L}]))|(?<phoneOther>${PHONE_OTHER.map(escape).join("|")}))`,
  "giu",
);

// Words that offer the seller's line. Latin words start a word; single
// words of five letters or more may run on ("WhatsApp-Nummer",
// "numaramızdan"), the others end a word ("call us", not "call usual").
const CONTACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${
    CONTACTS.filter((word) => LATIN.test(word) && isRunOn(word)).map(escape)
      .join("|")
  })\p{L}{0,12}|(?:${
    CONTACTS.filter((word) => LATIN.test(word) && !isRunOn(word)).map(escape)
      .join("|")
  })(?![\p{L}\p{N}]))|${
    CONTACTS.filter((word) => !LATIN.test(word)).map(escape).join("|")
  }`,
  "iu",
);

function isRunOn(word: string): boolean {
  return word.length >= 5 && !/[\s'-]/.test(word);
}

// Where a sentence ends: a full stop, "!" or "?" before white space, a
// line break, an ideographic full stop.
const SENTENCE_END = /[.!?](?=\s)|\n|[。！？]/gu;

/**
 * Whether the sentence around a number offers it as the seller's own line
 * (the `contact` words: "WhatsApp", "call us", "unsere Nummer", "微信")
 * rather than naming someone else's number ("the courier's hotline").
 *
 * @param before The text before the number (up to 80 characters).
 * @param after The text after it (up to 30 characters).
 * @returns Whether the number is offered as a line to the seller.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { offersContact } from "./_identifiers.ts";
 *
 * assert.ok(offersContact("Just WhatsApp it to us at ", "."));
 * assert.ok(offersContact("Heb je vragen? Bel ons gerust op ", ""));
 * assert.ok(!offersContact("Questions? Call us. The DHL line is ", ""));
 * assert.ok(!offersContact("The courier's hotline: ", ""));
 * ```
 */
export function offersContact(before: string, after: string): boolean {
  let from = 0;
  for (const end of before.matchAll(SENTENCE_END)) {
    from = end.index + end[0].length;
  }
  const stop = after.search(SENTENCE_END);
  return CONTACT.test(before.slice(from)) ||
    CONTACT.test(stop === -1 ? after : after.slice(0, stop));
}

/**
 * What the words just before a number say it is: `"identifier"` (a
 * tracking number, postal code, order or serial number...), `"phone"`, or
 * `undefined` when neither. The nearer word wins.
 *
 * @param before Up to 40 characters before the number.
 * @returns The kind the label names.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { labelBefore } from "./_identifiers.ts";
 *
 * assert.equal(labelBefore("Ihre Sendungsnummer: "), "identifier");
 * assert.equal(labelBefore("Questions about the order? Call us on "), "phone");
 * assert.equal(labelBefore("お届け先の郵便番号（〒"), "identifier");
 * ```
 */
export function labelBefore(
  before: string,
): "identifier" | "phone" | undefined {
  let kind: "identifier" | "phone" | undefined;
  for (const match of before.matchAll(NEAREST)) {
    const groups = match.groups!;
    kind = groups.label !== undefined || groups.labelOther !== undefined
      ? "identifier"
      : "phone";
  }
  return kind;
}

// Shapes that are never phone numbers, whatever the words around them.
const CERTAIN: readonly RegExp[] = [
  // Order ids.
  ORDER_ID_PATTERN,
  // Dates.
  /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))$/,
  // Date and time ranges: 01.12.-05.12., 08.00-12.00.
  /^\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}$/,
  // ISBN.
  /^97[89][ \-]?\d{1,5}[ \-]?\d{1,7}[ \-]?\d{1,7}[ \-]?\d$/,
  // Amounts: 1.234.567,89 or 1,234,567.89, and 1 234 567,89 with cents.
  /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/,
  /^\d{1,3}(?:[\u00a0 ]\d{3})+[.,]\d{1,2}$/,
  // Version numbers.
  /^\d{1,4}(?:\.\d{1,4}){2,}$/,
];
// Shapes that are identifiers unless a phone word stands before them.
const LIKELY: readonly RegExp[] = [
  // Postal codes: Brazil's CEP 01310-200, US ZIP+4, Japan's 〒060-0042.
  /^\d{5}-\d{3}$/,
  /^\d{5}-\d{4}$/,
  /^\d{3}-\d{4}$/,
  // Four-digit groups, three or more: tracking, keys, card-like numbers.
  /^\d{4}(?:[ \-]\d{4}){2,}$/,
  // Ungrouped runs of 11 or more digits not starting with 0: tracking
  // numbers, EANs.
  /^[1-9]\d{10,}$/,
  // Groups of three after a space: an amount (1 234 567), or a Spanish
  // or Polish number (912 345 678) where a phone word stands before it.
  /^\d{1,3}(?:[\u00a0 ]\d{3})+$/,
  // "00" and 8 digits or fewer: an article number, not a country code.
  /^00\d{4,8}$/,
];

/**
 * Whether a run of digits has the shape of something other than a phone
 * number: `"certain"` for an order id, a date, a time range, an ISBN, an
 * amount or a version; `"likely"` for a postal code (`01310-200`,
 * `060-0042`, `12345-6789`), digits in three or more groups of four (tracking
 * numbers, keys), an ungrouped run of 11 or more digits that does not start
 * with 0 (tracking numbers, EANs), or "00" with 8 digits or fewer; else
 * `undefined`.
 *
 * @param run The digits as written, with their separators.
 * @returns How sure the shape is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identifierShape } from "./_identifiers.ts";
 *
 * assert.equal(identifierShape("123-1234567-1234567"), "certain");
 * assert.equal(identifierShape("01310-200"), "likely");
 * assert.equal(identifierShape("3612 4580 2971"), "likely");
 * assert.equal(identifierShape("030 12345678"), undefined);
 * ```
 */
export function identifierShape(run: string): "certain" | "likely" | undefined {
  const core = run.replace(/^[(+]+|[)]+$/g, "");
  for (const shape of CERTAIN) if (shape.test(core)) return "certain";
  if (run.startsWith("+")) return undefined;
  for (const shape of LIKELY) if (shape.test(core)) return "likely";
  return undefined;
}

/**
 * Whether the text around a number makes it a quantity or a price (a unit
 * after it, a currency before it) or part of an IBAN.
 *
 * @param before The text before the number (up to 40 characters).
 * @param after The text after it (up to 6 characters).
 * @returns Whether the number is a quantity, price or IBAN part.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMeasureOrMoney } from "./_identifiers.ts";
 *
 * assert.equal(isMeasureOrMoney("Total € ", ""), true);
 * assert.equal(isMeasureOrMoney("weight ", " g"), true);
 * ```
 */
export function isMeasureOrMoney(before: string, after: string): boolean {
  return UNIT_AFTER.test(after) || MONEY_BEFORE.test(before) ||
    IBAN_BEFORE.test(before);
}

const UNIT_AFTER =
  /^\s?(?:%|cm\b|mm\b|m\b|km\b|kg\b|g\b|lb|oz\b|ml\b|l\b|in\b|ft\b|€|\$|£|¥|₹|eur\b|usd\b|gbp\b|x\b|×|pcs|stk|st\.|円|元|件|個|个|ريال|درهم|रु|₺|tl\b|zł|zl\b|kr\b|sek\b|r\$|mah|w\b|v\b|gb\b|tb\b|mb\b)/iu;
const MONEY_BEFORE =
  /(?:[€$£¥₹₺]|\beur|\busd|\bgbp|\brs\.?|r\$|\bkr|\bsek|\bpln|\btl|\baed|\bsar|\bmxn|\bbrl|\binr|¥|￥|￥)\s?$/iu;
const IBAN_BEFORE = /\b[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){0,2}$/;

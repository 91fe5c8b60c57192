/**
 * The templates and data the compose and lint benchmarks share: an
 * `unexpectedProblem` message in en-US that renders to about 200 and about
 * 2000 characters (Amazon's limit for the type), with variables, Intl
 * helpers, a condition and a loop, and no policy finding.
 *
 * @module
 */

/** A template of a given rendered size. */
export interface BenchTemplate {
  /** "200" or "2000": the target rendered length in characters. */
  readonly size: "200" | "2000";
  /** Whether it formats with the Intl helpers or only inserts variables. */
  readonly helpers: boolean;
  /** The Handlebars source. */
  readonly source: string;
}

const SHORT = `Hello,

your order {{amazonOrderId}} ({{productTitle}}) is delayed by a problem at our warehouse. It now ships on {{formatDate newShipDate}}.

We apologize,
{{sellerName}}
`;

const LONG = `Hello,

We are writing about your order {{amazonOrderId}} ({{productTitle}}), because an unexpected problem will delay it.
During the final quality check before packing, our team found that part of the batch your item belongs to did not meet our standards, so we set it aside instead of sending it to you.

What this means for you:
{{#each items}}
- {{this}}
{{/each}}

We now expect to ship your order on {{formatDate newShipDate}}, and the carrier estimates delivery between {{formatDate deliveryFrom}} and {{formatDate deliveryTo}}.
{{#if refundAmount}}
Because of the delay, we have refunded {{formatCurrency refundAmount currency}} of the shipping cost to your original payment method. The refund usually appears within three to five business days, depending on your bank.
{{/if}}
You do not need to do anything: your order stays active and keeps its place in the queue, and you will receive the usual shipping confirmation from Amazon as soon as the parcel leaves our warehouse.

If you would rather not wait, you can cancel the order at any time before it ships from Your Orders on Amazon, and you will not be charged. If you have already been charged, the full amount will be returned to you.

We know that you were looking forward to receiving {{productTitle}}, and we are sorry that we could not keep the original date. We have added extra checks to our process so that this does not happen again, and our team will look after your order personally until it is delivered.

If you have a question about the delay, the new date or the available options ({{formatList options type="disjunction"}}), simply reply to this message and a member of our customer care team will answer within one business day.

Thank you for your patience and understanding.

Kind regards,
{{sellerName}} customer care team
`;

/**
 * The same template with every helper call replaced by a variable holding
 * the formatted value (`{{formatDate newShipDate}}` → `{{newShipDate_text}}`),
 * so both render the same text: the difference is the Intl work.
 */
function variablesOnly(source: string): string {
  return source.replace(
    /\{\{format\w+ (\w+)[^}]*\}\}/g,
    (_, name: string) => `{{${name}_text}}`,
  );
}

/** The templates: each size with the Intl helpers and with variables only. */
export const TEMPLATES: readonly BenchTemplate[] = [
  { size: "200", helpers: true, source: SHORT },
  { size: "200", helpers: false, source: variablesOnly(SHORT) },
  { size: "2000", helpers: true, source: LONG },
  { size: "2000", helpers: false, source: variablesOnly(LONG) },
];

/** The data both templates render with. */
export const DATA: Readonly<Record<string, unknown>> = Object.freeze({
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Waterproof Hiking Boots",
  newShipDate: "2026-12-09",
  deliveryFrom: "2026-12-11",
  deliveryTo: "2026-12-14",
  refundAmount: 4.99,
  currency: "USD",
  items: [
    "Your order is not cancelled and you keep the price you paid.",
    "Your item will come from a new batch that passed every check.",
    "The delivery address and the shipping speed stay as you chose them.",
  ],
  options: [
    "waiting for the new date",
    "cancelling before shipment",
    "choosing another size or colour",
  ],
  // What the helpers produce, for the variables-only templates.
  newShipDate_text: "December 9, 2026",
  deliveryFrom_text: "December 11, 2026",
  deliveryTo_text: "December 14, 2026",
  refundAmount_text: "$4.99",
  options_text:
    "waiting for the new date, cancelling before shipment, or choosing another size or colour",
});

const SELLERS = [
  "Northwind Outfitters",
  "Blue Ridge Trail Co.",
  "Harbor & Pine Goods",
  "Summit Gear House",
  "Maple Creek Supply",
  "Copperfield Outdoor",
  "Riverbend Footwear",
  "Granite Peak Store",
];
const PRODUCTS = [
  "Trail Runner 2 Waterproof Hiking Boots",
  "Alpine Lite Insulated Jacket, Size M",
  "Canyon 40 L Daypack with Rain Cover",
  "Ridge Walker Merino Socks, 3 Pairs",
  "Glacier Pro Trekking Poles (Pair)",
  "Basecamp Two-Person Dome Tent",
  "Switchback Leather Hiking Gloves",
  "Tundra Down Sleeping Bag, -10 °C",
];

/**
 * Distinct data for the same template: each variant names another seller
 * and product and has its own order id and refund, so that a benchmark that
 * rotates through them lints a new text on every call (nothing a rule
 * keeps from the previous text applies), as a server does.
 *
 * @param index Which variant (taken modulo 8).
 * @returns The data.
 */
export function dataVariant(index: number): Readonly<Record<string, unknown>> {
  const i = index % SELLERS.length;
  if (i === 0) return DATA;
  const orderId = `12${i}-${String(1234567 + 1111 * i)}-${
    String(7654321 - 2222 * i)
  }`;
  return Object.freeze({
    ...DATA,
    amazonOrderId: orderId,
    sellerName: SELLERS[i],
    productTitle: PRODUCTS[i],
    refundAmount: 4.99 + i,
    refundAmount_text: `$${(4.99 + i).toFixed(2)}`,
  });
}

/** How many distinct variants {@linkcode dataVariant} has. */
export const VARIANTS = SELLERS.length;

/** The type, locale and order the messages are written for. */
export const MESSAGE_TYPE = "unexpectedProblem";
/** The buyer locale. */
export const LOCALE = "en-US";
/** The order id in the data. */
export const ORDER_ID = "123-1234567-1234567";

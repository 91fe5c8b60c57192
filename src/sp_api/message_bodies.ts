// This module is browser compatible.

/**
 * The request bodies of the Messaging send operations, per message type.
 * The catalog in `message_types/` holds the limits; these are the shapes.
 *
 * @module
 */

/**
 * A file uploaded through the Uploads API, referenced from a message.
 *
 * @example Referencing an upload
 * ```ts
 * import { validateMessageBody, type Attachment } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const attachment: Attachment = { uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279", fileName: "warranty.pdf" };
 * assert.equal(validateMessageBody("legalDisclosure", { attachments: [attachment] }).success, true);
 * ```
 */
export interface Attachment {
  /** The id `uploadAttachment` (or `createUploadDestinationForResource`) returned. */
  readonly uploadDestinationId: string;
  /** The file name the buyer sees, with its extension. */
  readonly fileName: string;
}

/**
 * A body with optional text (`confirmDeliveryDetails`, `confirmOrderDetails`, `confirmServiceDetails`, `unexpectedProblem`).
 *
 * @example A text message
 * ```ts
 * import { validateMessageBody, type TextBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: TextBody = { text: "Your delivery is booked for Monday between 8 and 12." };
 * assert.equal(validateMessageBody("confirmDeliveryDetails", body).success, true);
 * ```
 */
export interface TextBody {
  /** Plain text in the buyer's language: no HTML, no email addresses. */
  readonly text?: string;
}

/**
 * A body with optional attachments (`legalDisclosure`, `amazonMotors`).
 *
 * @example Documents only
 * ```ts
 * import { validateMessageBody, type AttachmentsBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: AttachmentsBody = { attachments: [{ uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279", fileName: "warranty.pdf" }] };
 * assert.equal(validateMessageBody("legalDisclosure", body).success, true);
 * ```
 */
export interface AttachmentsBody {
  /** Up to 5 uploaded files. */
  readonly attachments?: readonly Attachment[];
}

/**
 * A body with optional text and attachments (`confirmCustomizationDetails`, `digitalAccessKey`).
 *
 * @example Text with a file
 * ```ts
 * import { validateMessageBody, type TextAndAttachmentsBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: TextAndAttachmentsBody = { text: "Here is the proof of your engraving.", attachments: [{ uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279", fileName: "warranty.pdf" }] };
 * assert.equal(validateMessageBody("confirmCustomizationDetails", body).success, true);
 * ```
 */
export interface TextAndAttachmentsBody {
  /** Plain text in the buyer's language: no HTML, no email addresses. */
  readonly text?: string;
  /** Up to 5 uploaded files. */
  readonly attachments?: readonly Attachment[];
}

/**
 * The `warranty` body.
 *
 * @example Warranty with coverage dates
 * ```ts
 * import { validateMessageBody, type WarrantyBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: WarrantyBody = {
 *   attachments: [{ uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279", fileName: "warranty.pdf" }],
 *   coverageStartDate: "2026-01-01T00:00:00Z",
 *   coverageEndDate: "2028-01-01T00:00:00Z",
 * };
 * assert.equal(validateMessageBody("warranty", body).success, true);
 * ```
 */
export interface WarrantyBody {
  /** 1 to 5 uploaded warranty documents. */
  readonly attachments: readonly Attachment[];
  /** When coverage starts, as an ISO 8601 date-time. */
  readonly coverageStartDate?: string;
  /** When coverage ends, as an ISO 8601 date-time. */
  readonly coverageEndDate?: string;
}

/**
 * The `invoice` body.
 *
 * @example An invoice
 * ```ts
 * import { validateMessageBody, type InvoiceBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: InvoiceBody = { attachments: [{ uploadDestinationId: "id-1", fileName: "invoice-1001.pdf" }] };
 * assert.equal(validateMessageBody("invoice", body).success, true);
 * ```
 */
export interface InvoiceBody {
  /** 1 to 5 uploaded invoice files. */
  readonly attachments: readonly Attachment[];
}

/**
 * The body type of each message type id (`undefined` for types that take none).
 *
 * @example Looking up a body type by id
 * ```ts
 * import { validateMessageBody, type MessageBodies } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const body: MessageBodies["unexpectedProblem"] = { text: "Your parcel is delayed by two days." };
 * assert.equal(validateMessageBody("unexpectedProblem", body).success, true);
 * ```
 */
export interface MessageBodies {
  /** `confirmCustomizationDetails`: text (1–800) and/or attachments. */
  confirmCustomizationDetails: TextAndAttachmentsBody;
  /** `confirmDeliveryDetails`: text (1–2000). */
  confirmDeliveryDetails: TextBody;
  /** `legalDisclosure`: attachments. */
  legalDisclosure: AttachmentsBody;
  /** `negativeFeedbackRemoval` (deprecated): no body. */
  negativeFeedbackRemoval: undefined;
  /** `confirmOrderDetails`: text (1–2000). */
  confirmOrderDetails: TextBody;
  /** `confirmServiceDetails`: text (1–2000). */
  confirmServiceDetails: TextBody;
  /** `amazonMotors` (deprecated): attachments. */
  amazonMotors: AttachmentsBody;
  /** `warranty`: attachments and coverage dates. */
  warranty: WarrantyBody;
  /** `digitalAccessKey`: text (1–400) and/or attachments. */
  digitalAccessKey: TextAndAttachmentsBody;
  /** `unexpectedProblem`: text (1–2000). */
  unexpectedProblem: TextBody;
  /** `invoice`: attachments. */
  invoice: InvoiceBody;
}

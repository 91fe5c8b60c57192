// This module is browser compatible.

/**
 * The types of the lint engine, modeled on ESLint: a rule has an id, meta
 * data with its messages, and a `check` that reports through a context.
 *
 * @module
 */

import type { MessageType } from "../message_types/message_type.ts";
import type { NormalizedText } from "../text/normalize.ts";

export type { NormalizedText } from "../text/normalize.ts";

/** How serious a diagnostic is. */
export type Severity = "error" | "warning";

/** A rule's setting in a policy: off, or the severity it reports with. */
export type RuleSetting = "off" | Severity;

/** A point in the text. */
export interface Position {
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
}

/** A half-open range in the text. */
export interface Range {
  /** The first position. */
  readonly start: Position;
  /** The position just past the end. */
  readonly end: Position;
}

/** A suggested replacement, applied only on request. */
export interface Fix {
  /** What to replace. */
  readonly range: Range;
  /** The replacement text. */
  readonly text: string;
}

/** One finding. */
export interface Diagnostic {
  /** The rule that reported it, such as `no-email`. */
  readonly ruleId: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** The key of the rule's message, stable for tests and translations. */
  readonly messageId: string;
  /** A sentence a seller understands, saying what to do instead. */
  readonly message: string;
  /** Where in the text, or `null` when the finding is about the whole message. */
  readonly range: Range | null;
  /** A suggested fix, if the rule has one. */
  readonly fix?: Fix;
}

/** An attachment reference. */
export interface LintAttachment {
  /** The upload destination id from the Uploads API. */
  readonly uploadDestinationId: string;
  /** The file name the buyer sees. */
  readonly fileName: string;
}

/** A span of the text that came from data, not the template's own words. */
export interface DataSpan {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/** The message to lint: the request body plus what is known about it. */
export interface LintMessage {
  /** The message type id. */
  readonly type: string;
  /** The text, for types that take one. */
  readonly text?: string;
  /** Attachments, for types that take them. */
  readonly attachments?: readonly LintAttachment[];
  /** Warranty coverage start, ISO 8601. */
  readonly coverageStartDate?: string;
  /** Warranty coverage end, ISO 8601. */
  readonly coverageEndDate?: string;
  /** The buyer's locale (from `GetAttributes`). */
  readonly locale?: string;
  /** The order the message is for. */
  readonly amazonOrderId?: string;
  /** The order's marketplace. */
  readonly marketplaceId?: string;
  /**
   * For a composed message: the template used, so language checks judge the
   * template's own words rather than inserted data.
   */
  readonly template?: {
    /** The template id. */
    readonly id: string;
    /** The locale the template is written in. */
    readonly locale: string;
  };
  /** For a composed message: the spans of the text that came from data. */
  readonly dataSpans?: readonly DataSpan[];
}

/** What a rule reports. */
export interface ReportDescriptor {
  /** The key into the rule's `meta.messages`. */
  readonly messageId: string;
  /** Values for `{{name}}` placeholders in the message. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Start offset in the text; omit both offsets for the whole message. */
  readonly start?: number;
  /** End offset in the text. */
  readonly end?: number;
  /** A replacement for the reported range. */
  readonly fix?: { readonly text: string };
  /**
   * Grades the finding down for weak evidence. The configured severity is a
   * ceiling: a rule set to "warning" reports only warnings.
   */
  readonly severity?: Severity;
}

/**
 * What a rule sees while it checks a message.
 *
 * Lint's work is bounded by the message type, not by what a caller sends:
 * rules check `text`, which is the message text cut to its first
 * `checkedLength` code units. A text longer than its type allows is an error
 * (`text-length`) that Amazon rejects whatever the rest holds, so nothing is
 * lost, and that rule (which reads the whole `message.text`) says how much
 * the others checked. A rule that reads `message.text` itself must stay
 * linear in it.
 */
export interface RuleContext<Options = Record<string, unknown>> {
  /** The message as given, with all of its text. */
  readonly message: LintMessage;
  /**
   * The text to check: the message text, or its first `checkedLength` code
   * units when it is longer; `""` when there is none. Report offsets are
   * offsets into the message text (the same here).
   */
  readonly text: string;
  /**
   * How many leading UTF-16 code units of the message text rules check: all
   * of them when the text is within its type's length limit, else the limit
   * (for a type without text, or an unknown one, the largest limit of any
   * type: 2000), one less when the cut would split a surrogate pair.
   */
  readonly checkedLength: number;
  /** The message type's descriptor, or `undefined` for an unknown type. */
  readonly messageType: MessageType | undefined;
  /** The rule's options, defaults filled in. */
  readonly options: Options;
  /** Records a finding. */
  report(descriptor: ReportDescriptor): void;
  /**
   * `text` normalized for matching (see {@linkcode NormalizedText}): NFKC,
   * invisible characters removed, look-alikes, spaced letters and leetspeak
   * folded, entities decoded, lower case. Computed on first use, once per
   * lint, and shared by every rule. Match on it, then report with
   * {@linkcode RuleContext.reportNormalized}, which maps the range back.
   *
   * `lintMessage` always provides it; it is optional only so that contexts
   * built by hand (in tests) type-check. A rule that must run on such a
   * context falls back to `normalizeText(context.text)`.
   */
  readonly normalized?: NormalizedText;
  /**
   * The data spans of `message` (ranges that came from order data) in
   * offsets of `normalized.text`, clipped to the checked text, in order.
   * Empty when the message has none. Provided with `normalized`.
   */
  readonly normalizedDataSpans?: readonly DataSpan[];
  /**
   * Records a finding whose `start` and `end` are offsets in
   * `normalized.text`: reports the original characters that produced that
   * range. Provided with `normalized`.
   *
   * @example Matching a disguised word and reporting it where it is
   * ```ts
   * import { defineRule, lintMessage } from "@sellerkit/buyer-messages";
   * import assert from "node:assert/strict";
   *
   * const noReview = defineRule({
   *   id: "no-review-word",
   *   meta: {
   *     type: "problem",
   *     description: "Disallow the word review",
   *     defaultSeverity: "error",
   *     messages: { review: "Do not ask for a review" },
   *   },
   *   check(context) {
   *     const normalized = context.normalized!;
   *     for (const match of normalized.text.matchAll(/review/g)) {
   *       context.reportNormalized!({
   *         messageId: "review",
   *         start: match.index,
   *         end: match.index + match[0].length,
   *       });
   *     }
   *   },
   * });
   * const text = "Please leave a r\u200B\u0435v\u0456ew, thanks.";
   * const report = lintMessage(
   *   { type: "unexpectedProblem", text },
   *   { policy: "spec-only", plugins: [noReview], rules: { "no-review-word": "error" } },
   * );
   * const range = report.diagnostics[0]?.range;
   * assert.equal(text.slice(range?.start.offset, range?.end.offset), "r\u200B\u0435v\u0456ew");
   * ```
   */
  reportNormalized?(descriptor: ReportDescriptor): void;
}

/** What a rule is. */
export interface RuleMeta<Options = Record<string, unknown>> {
  /** `problem`: Amazon rejects or drops it; `suggestion`: risky; `layout`: form. */
  readonly type: "problem" | "suggestion" | "layout";
  /** One line: what the rule disallows. */
  readonly description: string;
  /** The severity in the recommended policy. */
  readonly defaultSeverity: RuleSetting;
  /** Message templates by id, with `{{name}}` placeholders. */
  readonly messages: Readonly<Record<string, string>>;
  /** Whether reports carry fixes. */
  readonly fixable?: boolean;
  /** The default options. */
  readonly defaultOptions?: Options;
  /**
   * Checks user options; returns a sentence for each problem. Unknown option
   * names are rejected by the engine before this runs.
   */
  readonly validateOptions?: (options: Options) => string[];
}

/** A lint rule. */
export interface Rule<Options = Record<string, unknown>> {
  /** The rule id, kebab-case, part of the public API. */
  readonly id: string;
  /** What the rule is and says. */
  readonly meta: RuleMeta<Options>;
  /** Checks a message and reports findings; never throws for bad content. */
  check(context: RuleContext<Options>): void;
}

/**
 * A rule with any options, as lists of rules hold them.
 */
// deno-lint-ignore no-explicit-any
export type AnyRule = Rule<any>;

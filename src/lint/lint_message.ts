// This module is browser compatible.

/**
 * Lints a message against a policy: the entry point of the lint engine.
 *
 * @module
 */

import { isMessageTypeId, MESSAGE_TYPES } from "../message_types/mod.ts";
import { ALL_RULES } from "../rules/mod.ts";
import { type NormalizedText, normalizeText } from "../text/normalize.ts";
import { createPositionMap } from "./_positions.ts";
import { type Policy, resolvePolicy, type RuleConfig } from "./policies.ts";
import type {
  AnyRule,
  DataSpan,
  Diagnostic,
  LintMessage,
  ReportDescriptor,
  RuleContext,
} from "./rule.ts";

/** Options of {@linkcode lintMessage}. */
export interface LintOptions {
  /**
   * The base policy: `recommended` (Amazon's rules as the library reads
   * them), `spec-only` (only what Amazon's API model states), or your own.
   *
   * @default {"recommended"}
   */
  readonly policy?: "recommended" | "spec-only" | Policy;
  /**
   * Per-rule overrides: a setting (`"off"`, `"warning"`, `"error"`), or a
   * setting and options: `["error", { allowedDomains: ["example.com"] }]`.
   *
   * @default {{}}
   */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /**
   * Extra rules beside the built-in ones. They are off unless a policy or
   * `rules` turns them on.
   *
   * @default {[]}
   */
  readonly plugins?: readonly AnyRule[];
}

/** The outcome of {@linkcode lintMessage}. */
export interface LintReport {
  /** `true` when there is no error (warnings allowed). */
  readonly ok: boolean;
  /** How many errors. */
  readonly errorCount: number;
  /** How many warnings. */
  readonly warningCount: number;
  /** The findings, in text order. */
  readonly diagnostics: readonly Diagnostic[];
}

function format(
  template: string,
  data: Readonly<Record<string, string | number>> | undefined,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = data?.[key];
    return value === undefined ? whole : String(value);
  });
}

const KNOWN_RULES: ReadonlyMap<string, AnyRule> = new Map(
  ALL_RULES.map((rule) => [rule.id, rule as AnyRule]),
);

// What rules check of a text when its type has no length limit: the
// largest limit of any type.
const LARGEST_LIMIT: number = Math.max(
  ...Object.values(MESSAGE_TYPES).map((type) => type.text?.max ?? 0),
);

// The data spans of `message` in offsets of `normalized.text`, clipped to
// the checked text.
function normalizedSpans(
  spans: readonly DataSpan[] | undefined,
  normalized: NormalizedText,
  checkedLength: number,
): readonly DataSpan[] {
  if (spans === undefined || spans.length === 0) return [];
  const out: DataSpan[] = [];
  for (const span of spans) {
    const start = Math.min(span.start, checkedLength);
    const end = Math.min(span.end, checkedLength);
    if (end <= start) continue;
    const from = normalized.fromOriginal(start);
    const to = normalized.fromOriginal(end);
    if (to > from) out.push({ start: from, end: to });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

// How many leading code units of `text` rules check (see RuleContext).
function checkedLengthOf(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const last = text.charCodeAt(limit - 1);
  const next = text.charCodeAt(limit);
  return last >= 0xD800 && last <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF
    ? limit - 1
    : limit;
}

/**
 * Lints a message: checks it against every rule the policy turns on and
 * reports what Amazon would not accept, where it is, and what to do instead.
 *
 * The work is linear in the text and bounded by its type: rules check at
 * most the first `limit` code units of a text (2000 for `unexpectedProblem`,
 * the largest limit for a type that takes no text), and a longer text is
 * reported by `text-length`, which says how much was checked. A 64 kB text
 * costs about what a text at its limit does.
 *
 * @param message The message: its type and text (or attachments), plus the
 * buyer's locale, the order id and, for composed messages, the template.
 * @param options The policy and per-rule overrides.
 * @returns The report: `ok`, counts and diagnostics.
 * @throws {TypeError} When `message` is not an object, a rule id is unknown,
 * or a rule's options are bad.
 *
 * @example Catching an email address and a missing order id
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   text: "Your parcel is delayed. Write to help@shop.example if you have questions.",
 *   locale: "en-US",
 * });
 * assert.equal(report.ok, false);
 * const email = report.diagnostics.find((d) => d.ruleId === "no-email");
 * assert.equal(email?.severity, "error");
 * assert.deepEqual(email?.range?.start, { offset: 33, line: 1, column: 34 });
 * assert.ok(report.diagnostics.some((d) => d.ruleId === "order-id"));
 * ```
 */
export function lintMessage(
  message: LintMessage,
  options: LintOptions = {},
): LintReport {
  if (message === null || typeof message !== "object") {
    throw new TypeError("Cannot lint message: expected an object with a type");
  }
  const rules = new Map(KNOWN_RULES);
  for (const plugin of options.plugins ?? []) {
    if (rules.has(plugin.id)) {
      throw new TypeError(
        `Cannot lint message: plugin rule "${plugin.id}" has the id of another rule`,
      );
    }
    rules.set(plugin.id, plugin);
  }
  const active = resolvePolicy(rules, options.policy, options.rules);
  const text = typeof message.text === "string" ? message.text : "";
  const messageType = isMessageTypeId(message.type)
    ? MESSAGE_TYPES[message.type]
    : undefined;
  const checkedLength = checkedLengthOf(
    text,
    messageType?.text?.max ?? LARGEST_LIMIT,
  );
  const checked = checkedLength === text.length
    ? text
    : text.slice(0, checkedLength);
  const positions = createPositionMap(text);
  const diagnostics: Diagnostic[] = [];
  // Normalized once, on first use by any rule.
  let normalized: NormalizedText | undefined;
  let dataSpans: readonly DataSpan[] | undefined;
  const getNormalized = () => normalized ??= normalizeText(checked);

  for (const { rule, severity, options: ruleOptions } of active) {
    const report = (descriptor: ReportDescriptor) => {
      const messageTemplate = rule.meta.messages[descriptor.messageId];
      if (messageTemplate === undefined) {
        throw new TypeError(
          `Rule "${rule.id}" reported unknown messageId "${descriptor.messageId}"`,
        );
      }
      const range = descriptor.start === undefined ? null : {
        start: positions.at(descriptor.start),
        end: positions.at(descriptor.end ?? descriptor.start),
      };
      diagnostics.push({
        ruleId: rule.id,
        // The configured severity is a ceiling: a rule may grade a finding
        // down (weak evidence), and "warning" makes every finding a warning.
        severity: severity === "warning"
          ? "warning"
          : descriptor.severity ?? severity,
        messageId: descriptor.messageId,
        message: format(messageTemplate, descriptor.data),
        range,
        ...(descriptor.fix !== undefined && range !== null
          ? { fix: { range, text: descriptor.fix.text } }
          : {}),
      });
    };
    const context: RuleContext<never> = {
      message,
      text: checked,
      checkedLength,
      messageType,
      options: ruleOptions as never,
      report,
      get normalized() {
        return getNormalized();
      },
      get normalizedDataSpans() {
        return dataSpans ??= normalizedSpans(
          message.dataSpans,
          getNormalized(),
          checkedLength,
        );
      },
      reportNormalized(descriptor: ReportDescriptor) {
        if (descriptor.start === undefined) return report(descriptor);
        const range = getNormalized().toOriginal(
          descriptor.start,
          descriptor.end ?? descriptor.start,
        );
        report({ ...descriptor, start: range.start, end: range.end });
      },
    };
    rule.check(context);
  }

  diagnostics.sort((a, b) =>
    (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1) ||
    (a.range?.end.offset ?? -1) - (b.range?.end.offset ?? -1) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
  let errorCount = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errorCount++;
  }
  return {
    ok: errorCount === 0,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    diagnostics,
  };
}

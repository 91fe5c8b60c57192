// This module is browser compatible.

/**
 * The lint engine, with the rule set injected: {@linkcode createLinter}
 * bundles only the rules it is given, so a caller that needs three rules
 * does not load the others (and their word lists). `lintMessage` is the
 * linter with every built-in rule.
 *
 * @module
 */

import { isMessageTypeId, MESSAGE_TYPES } from "../message_types/mod.ts";
import { type NormalizedText, normalizeText } from "../text/normalize.ts";
import { createPositionMap } from "./_positions.ts";
import {
  type ActiveRule,
  type Policy,
  resolvePolicy,
  type RuleConfig,
  SPEC_ONLY_POLICY,
} from "./policies.ts";
import type {
  AnyRule,
  DataSpan,
  Diagnostic,
  LintMessage,
  ReportDescriptor,
  RuleContext,
} from "./rule.ts";

/** Options of one lint: {@linkcode lintMessage} or {@linkcode Linter.lint}. */
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
   * Extra rules beside the linter's own. They are off unless a policy or
   * `rules` turns them on.
   *
   * @default {[]}
   */
  readonly plugins?: readonly AnyRule[];
}

/** The outcome of one lint. */
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

/** Options of {@linkcode createLinter}. */
export interface LinterOptions {
  /**
   * The rules the linter knows. The `recommended` policy turns each on at
   * its `meta.defaultSeverity`; `spec-only` turns on those of them that
   * Amazon's API model states.
   */
  readonly rules: readonly AnyRule[];
}

/** A linter over a fixed rule set, made by {@linkcode createLinter}. */
export interface Linter {
  /** The rules it knows, in the order they run. */
  readonly rules: readonly AnyRule[];
  /**
   * Lints a message. Throws a `TypeError` for an invalid message or
   * options (an unknown rule id or option names it), never for content.
   * An options object is read once and its resolved policy kept: to change
   * the options, pass a new object.
   *
   * @param message The message: type, text, locale and more.
   * @param options The policy, per-rule overrides and plugins.
   * @returns The findings.
   */
  lint(message: LintMessage, options?: LintOptions): LintReport;
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
 * Creates a linter that knows only the given rules. Policies are resolved
 * once per options object, so a caller that passes the same options each
 * time pays for resolving them once.
 *
 * @param options The rule set.
 * @returns The linter.
 * @throws {TypeError} When two rules share an id.
 *
 * @example Only the contact-data rules
 * ```ts
 * import { createLinter, linkPolicy, noEmail } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const linter = createLinter({ rules: [noEmail, linkPolicy] });
 * const report = linter.lint({
 *   type: "unexpectedProblem",
 *   text: "Late parcel: write to help@shop.example or see https://shop.example.",
 *   locale: "en-US",
 * });
 * assert.deepEqual(report.diagnostics.map((d) => d.ruleId), [
 *   "no-email",
 *   "link-policy",
 * ]);
 * ```
 */
export function createLinter(options: LinterOptions): Linter {
  if (
    options === null || typeof options !== "object" ||
    !Array.isArray(options.rules)
  ) {
    throw new TypeError("Cannot create linter: expected { rules: [...] }");
  }
  const known = new Map<string, AnyRule>();
  for (const rule of options.rules) {
    if (known.has(rule.id)) {
      throw new TypeError(
        `Cannot create linter: two rules have the id "${rule.id}"`,
      );
    }
    known.set(rule.id, rule);
  }
  const recommended: Policy = Object.freeze({
    name: "recommended",
    rules: Object.freeze(Object.fromEntries(
      [...known.values()].map((rule) => [rule.id, rule.meta.defaultSeverity]),
    )),
  });
  const specOnly: Policy = Object.freeze({
    name: "spec-only",
    rules: Object.freeze(Object.fromEntries(
      Object.entries(SPEC_ONLY_POLICY.rules).filter(([id]) => known.has(id)),
    )),
  });
  const resolved = new WeakMap<LintOptions, readonly ActiveRule[]>();
  let byDefault: readonly ActiveRule[] | undefined;

  function activeRules(lintOptions: LintOptions): readonly ActiveRule[] {
    let rules: ReadonlyMap<string, AnyRule> = known;
    if (lintOptions.plugins !== undefined && lintOptions.plugins.length > 0) {
      const withPlugins = new Map(known);
      for (const plugin of lintOptions.plugins) {
        if (withPlugins.has(plugin.id)) {
          throw new TypeError(
            `Cannot lint message: plugin rule "${plugin.id}" has the id of another rule`,
          );
        }
        withPlugins.set(plugin.id, plugin);
      }
      rules = withPlugins;
    }
    const base = lintOptions.policy === undefined ||
        lintOptions.policy === "recommended"
      ? recommended
      : lintOptions.policy === "spec-only"
      ? specOnly
      : lintOptions.policy;
    return resolvePolicy(rules, base, lintOptions.rules);
  }

  function lint(message: LintMessage, lintOptions?: LintOptions): LintReport {
    if (message === null || typeof message !== "object") {
      throw new TypeError(
        "Cannot lint message: expected an object with a type",
      );
    }
    let active: readonly ActiveRule[];
    if (lintOptions === undefined) {
      active = byDefault ??= activeRules({});
    } else if (lintOptions !== null && typeof lintOptions === "object") {
      const cached = resolved.get(lintOptions);
      active = cached ?? activeRules(lintOptions);
      if (cached === undefined) resolved.set(lintOptions, active);
    } else {
      throw new TypeError("Cannot lint message: options must be an object");
    }
    return run(message, active);
  }

  return { rules: [...known.values()], lint };
}

function run(message: LintMessage, active: readonly ActiveRule[]): LintReport {
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

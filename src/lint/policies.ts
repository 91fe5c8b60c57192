// This module is browser compatible.

/**
 * Policies: which rules run, at which severity, with which options.
 *
 * @module
 */

import type { AnyRule, RuleSetting, Severity } from "./rule.ts";

/** A rule's configuration: a setting, or a setting and options. */
export type RuleConfig =
  | RuleSetting
  | "warn"
  | readonly [RuleSetting | "warn", Readonly<Record<string, unknown>>?];

/** A named set of rule configurations. */
export interface Policy {
  /** The policy's name, for reports. */
  readonly name: string;
  /** Configuration by rule id; rules not named are off. */
  readonly rules: Readonly<Record<string, RuleConfig>>;
}

/**
 * The rules the policy in {@linkcode RECOMMENDED_POLICY} reads as Amazon's
 * stated API contract; `spec-only` runs these alone.
 */
const SPEC_RULES = [
  "message-shape",
  "text-length",
  "no-control-characters",
  "no-html",
  "no-email",
  "link-policy",
  "language-match",
];

/**
 * Amazon's buyer-messaging rules as the library reads them: every built-in
 * rule at its default severity.
 *
 * @example
 * ```ts
 * import { RECOMMENDED_POLICY } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(RECOMMENDED_POLICY.rules["no-email"], "error");
 * assert.equal(RECOMMENDED_POLICY.rules["no-phone"], "error");
 * ```
 */
export const RECOMMENDED_POLICY: Policy = Object.freeze(
  {
    name: "recommended",
    rules: Object.freeze({
      "message-shape": "error",
      "text-length": "error",
      "no-control-characters": "error",
      "no-html": "error",
      "no-email": "error",
      "link-policy": "error",
      "language-match": "error",
      "no-phone": "error",
      "no-emoji": "error",
      "line-breaks": "error",
      "no-marketing": "error",
      "no-review-manipulation": "error",
      "no-opt-out": "error",
      "order-id": "error",
    }),
  } as const,
);

/**
 * Only what Amazon's Messaging API model states for every text field: the
 * body's shape and length, plain text (no HTML, and no control characters,
 * bidirectional controls or unpaired surrogates, which JSON carries but
 * UTF-8 and a plain-text view do not), no email addresses, only purposeful
 * links, the buyer's language.
 *
 * @example
 * ```ts
 * import { SPEC_ONLY_POLICY } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(SPEC_ONLY_POLICY.rules["no-emoji"], undefined);
 * assert.equal(SPEC_ONLY_POLICY.rules["no-html"], "error");
 * ```
 */
export const SPEC_ONLY_POLICY: Policy = Object.freeze({
  name: "spec-only",
  rules: Object.freeze(
    Object.fromEntries(
      SPEC_RULES.map((id): [string, RuleConfig] => [id, "error"]),
    ),
  ),
});

/** A rule as a policy turns it on. */
export interface ActiveRule {
  /** The rule. */
  readonly rule: AnyRule;
  /** The configured severity. */
  readonly severity: Severity;
  /** The options, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
}

function setting(id: string, config: RuleConfig): [
  RuleSetting,
  Readonly<Record<string, unknown>> | undefined,
] {
  const [value, options] = typeof config === "string" ? [config] : config;
  const normalized = value === "warn" ? "warning" : value;
  if (
    normalized !== "off" && normalized !== "warning" && normalized !== "error"
  ) {
    throw new TypeError(
      `Cannot configure rule "${id}": setting "${
        String(value)
      }" is not "off", "warning" or "error"`,
    );
  }
  if (
    options !== undefined &&
    (options === null || typeof options !== "object" || Array.isArray(options))
  ) {
    throw new TypeError(
      `Cannot configure rule "${id}": options must be an object`,
    );
  }
  return [normalized, options];
}

/**
 * Resolves a base policy plus overrides into the rules to run.
 *
 * @param rules The known rules by id.
 * @param base The base policy.
 * @param overrides Per-rule overrides.
 * @returns The active rules with severities and options.
 * @throws {TypeError} When an id is unknown, a setting is bad, or options are invalid.
 */
export function resolvePolicy(
  rules: ReadonlyMap<string, AnyRule>,
  base: "recommended" | "spec-only" | Policy | undefined,
  overrides: Readonly<Record<string, RuleConfig>> | undefined,
): ActiveRule[] {
  const policy = base === undefined || base === "recommended"
    ? RECOMMENDED_POLICY
    : base === "spec-only"
    ? SPEC_ONLY_POLICY
    : base;
  if (policy === null || typeof policy !== "object" || !policy.rules) {
    throw new TypeError(
      `Cannot lint message: policy must be "recommended", "spec-only" or a policy object`,
    );
  }
  const merged = new Map<string, RuleConfig>();
  for (const source of [policy.rules, overrides ?? {}]) {
    for (const [id, config] of Object.entries(source)) {
      if (!rules.has(id)) {
        throw new TypeError(
          `Cannot configure rule "${id}": no such rule; known rules are ${
            [...rules.keys()].map((r) => `"${r}"`).join(", ")
          }`,
        );
      }
      const previous = merged.get(id);
      // An override given as a bare setting keeps the policy's options.
      if (typeof config === "string" && Array.isArray(previous)) {
        merged.set(id, [config, previous[1]]);
      } else merged.set(id, config);
    }
  }
  const active: ActiveRule[] = [];
  for (const [id, config] of merged) {
    const rule = rules.get(id)!;
    const [severity, options] = setting(id, config);
    if (severity === "off") continue;
    const defaults = (rule.meta.defaultOptions ?? {}) as Record<
      string,
      unknown
    >;
    for (const key of Object.keys(options ?? {})) {
      if (!Object.hasOwn(defaults, key)) {
        throw new TypeError(
          `Cannot configure rule "${id}": unknown option "${key}"; known options are ${
            Object.keys(defaults).map((k) => `"${k}"`).join(", ") || "none"
          }`,
        );
      }
    }
    const resolved = { ...defaults, ...options };
    const problems = rule.meta.validateOptions?.(resolved as never) ?? [];
    if (problems.length > 0) {
      throw new TypeError(
        `Cannot configure rule "${id}": ${problems.join("; ")}`,
      );
    }
    active.push({ rule, severity, options: resolved });
  }
  return active;
}

// This module is browser compatible.

/**
 * The Handlebars helpers available to every template. Each formats with
 * `Intl` in the template's locale and rejects bad data with a
 * {@linkcode HelperError} that the renderer turns into a `TemplateError`.
 *
 * @module
 */

/** The options object Handlebars passes as a helper's last argument. */
export interface HelperOptions {
  readonly name?: string;
  readonly hash?: Record<string, unknown>;
  readonly loc?: { start: { line: number; column: number } };
}

/** A helper as Handlebars calls it. */
export type Helper = (...args: unknown[]) => unknown;

/** A helper was given data it cannot format. */
export class HelperError extends Error {
  readonly helper: string;
  readonly loc: HelperOptions["loc"];
  constructor(
    helper: string,
    message: string,
    loc?: HelperOptions["loc"],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "HelperError";
    this.helper = helper;
    this.loc = loc;
  }
}

/** The names of the built-in helpers, for the build step and the linter. */
export const HELPER_NAMES: readonly string[] = Object.freeze([
  "formatDate",
  "formatDateTime",
  "formatTime",
  "formatDateRange",
  "formatNumber",
  "formatCurrency",
  "formatList",
  "default",
  "eq",
]);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const DATE_STYLES = new Set(["full", "long", "medium", "short"]);

function split(args: unknown[]): [unknown[], HelperOptions] {
  const options = (args.at(-1) ?? {}) as HelperOptions;
  return [args.slice(0, -1), options];
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (is the variable missing?)";
  if (value === null) return "null";
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : String(value);
}

interface ParsedDate {
  readonly date: Date;
  readonly hasTime: boolean;
}

function toDate(
  name: string,
  value: unknown,
  options: HelperOptions,
): ParsedDate {
  let date: Date | undefined;
  let hasTime = true;
  if (value instanceof Date) {
    date = value;
  } else if (typeof value === "number" && Number.isFinite(value)) {
    date = new Date(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    if (DATE_ONLY.test(text)) {
      date = new Date(`${text}T00:00:00Z`);
      hasTime = false;
    } else if (DATE_TIME.test(text)) {
      date = new Date(text);
    }
  }
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new HelperError(
      name,
      `expects an ISO 8601 date such as "2026-12-04" or "2026-12-04T08:00:00Z", got ${
        describe(value)
      }`,
      options.loc,
    );
  }
  return { date, hasTime };
}

function toNumber(
  name: string,
  value: unknown,
  options: HelperOptions,
): number {
  const number = typeof value === "string" && value.trim() !== ""
    ? Number(value)
    : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    throw new HelperError(
      name,
      `expects a number, got ${describe(value)}`,
      options.loc,
    );
  }
  return number;
}

// Building an Intl formatter costs far more than using one: keep them.
const formatters = new Map<
  string,
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat
>();
const MAX_FORMATTERS = 256;

function cached<
  T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat,
>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    "date",
    locale,
    options,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached(
    "number",
    locale,
    options,
    () => new Intl.NumberFormat(locale, options),
  );
}

function intl<T>(name: string, options: HelperOptions, make: () => T): T {
  try {
    return make();
  } catch (cause) {
    throw new HelperError(
      name,
      `cannot format with the options given: ${(cause as Error).message}`,
      options.loc,
      { cause },
    );
  }
}

function dateStyle(
  name: string,
  options: HelperOptions,
): Intl.DateTimeFormatOptions["dateStyle"] {
  const style = options.hash?.style ?? "long";
  if (typeof style !== "string" || !DATE_STYLES.has(style)) {
    throw new HelperError(
      name,
      `expects style to be "full", "long", "medium" or "short", got ${
        describe(style)
      }`,
      options.loc,
    );
  }
  return style as Intl.DateTimeFormatOptions["dateStyle"];
}

function timeZoneOf(options: HelperOptions, fallback: string): string {
  const zone = options.hash?.timeZone;
  return typeof zone === "string" ? zone : fallback;
}

/** The context helpers format in. */
export interface HelperContext {
  readonly locale: string;
  readonly timeZone: string;
}

/**
 * Creates the built-in helpers for one locale and time zone.
 *
 * @param context The locale and time zone.
 * @returns The helpers by name.
 */
export function createHelpers(context: HelperContext): Record<string, Helper> {
  const { locale, timeZone } = context;
  return {
    formatDate(...args: unknown[]): string {
      const [[value], options] = split(args);
      const { date, hasTime } = toDate("formatDate", value, options);
      return intl("formatDate", options, () =>
        dateFormat(locale, {
          dateStyle: dateStyle("formatDate", options),
          timeZone: hasTime ? timeZoneOf(options, timeZone) : "UTC",
        }).format(date));
    },
    formatDateTime(...args: unknown[]): string {
      const [[value], options] = split(args);
      const { date } = toDate("formatDateTime", value, options);
      return intl(
        "formatDateTime",
        options,
        () =>
          dateFormat(locale, {
            dateStyle: dateStyle("formatDateTime", options),
            timeStyle: "short",
            timeZone: timeZoneOf(options, timeZone),
          }).format(date),
      );
    },
    formatTime(...args: unknown[]): string {
      const [[value], options] = split(args);
      const { date } = toDate("formatTime", value, options);
      return intl("formatTime", options, () =>
        dateFormat(locale, {
          timeStyle: "short",
          timeZone: timeZoneOf(options, timeZone),
        }).format(date));
    },
    formatDateRange(...args: unknown[]): string {
      const [[start, end], options] = split(args);
      const from = toDate("formatDateRange", start, options);
      const to = toDate("formatDateRange", end, options);
      if (from.date.getTime() > to.date.getTime()) {
        throw new HelperError(
          "formatDateRange",
          `expects the start ${describe(start)} to be before the end ${
            describe(end)
          }`,
          options.loc,
        );
      }
      const withTime = from.hasTime || to.hasTime;
      return intl(
        "formatDateRange",
        options,
        () =>
          dateFormat(locale, {
            dateStyle: dateStyle("formatDateRange", options),
            ...(withTime ? { timeStyle: "short" } : {}),
            timeZone: withTime ? timeZoneOf(options, timeZone) : "UTC",
          }).formatRange(from.date, to.date),
      );
    },
    formatNumber(...args: unknown[]): string {
      const [[value], options] = split(args);
      const number = toNumber("formatNumber", value, options);
      return intl("formatNumber", options, () =>
        numberFormat(locale, {
          minimumFractionDigits: options.hash?.minimumFractionDigits as
            | number
            | undefined,
          maximumFractionDigits: options.hash?.maximumFractionDigits as
            | number
            | undefined,
        }).format(number));
    },
    formatCurrency(...args: unknown[]): string {
      const [[value, currency], options] = split(args);
      const amount = toNumber("formatCurrency", value, options);
      if (typeof currency !== "string" || !/^[A-Za-z]{3}$/.test(currency)) {
        throw new HelperError(
          "formatCurrency",
          `expects an ISO 4217 currency code such as "EUR" as second argument, got ${
            describe(currency)
          }`,
          options.loc,
        );
      }
      return intl(
        "formatCurrency",
        options,
        () =>
          numberFormat(locale, {
            style: "currency",
            currency: currency.toUpperCase(),
          }).format(amount),
      );
    },
    formatList(...args: unknown[]): string {
      const [[items], options] = split(args);
      if (
        !Array.isArray(items) ||
        !items.every((item) =>
          typeof item === "string" || typeof item === "number"
        )
      ) {
        throw new HelperError(
          "formatList",
          `expects an array of strings, got ${describe(items)}`,
          options.loc,
        );
      }
      const type = options.hash?.type ?? "conjunction";
      if (type !== "conjunction" && type !== "disjunction" && type !== "unit") {
        throw new HelperError(
          "formatList",
          `expects type to be "conjunction", "disjunction" or "unit", got ${
            describe(type)
          }`,
          options.loc,
        );
      }
      return intl(
        "formatList",
        options,
        () => new Intl.ListFormat(locale, { type }).format(items.map(String)),
      );
    },
    default(...args: unknown[]): unknown {
      const [[value, fallback]] = split(args);
      return value === undefined || value === null || value === ""
        ? fallback
        : value;
    },
    eq(...args: unknown[]): boolean {
      const [[a, b]] = split(args);
      return a === b;
    },
  };
}

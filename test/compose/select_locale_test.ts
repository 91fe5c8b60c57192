import assert from "node:assert/strict";
import {
  canonicalizeLocale,
  negotiateLocale,
  SUPPORTED_LOCALES,
} from "../../src/compose/select_locale.ts";

Deno.test("canonicalizeLocale() normalizes case and underscores", () => {
  const table: [string, string][] = [
    ["en_us", "en-US"],
    ["EN-gb", "en-GB"],
    [" de-de ", "de-DE"],
    ["zh_hans_cn", "zh-Hans-CN"],
    ["es-419", "es-419"],
  ];
  for (const [input, expected] of table) {
    assert.equal(canonicalizeLocale(input), expected, input);
  }
});

Deno.test("canonicalizeLocale() rejects invalid tags with RangeError", () => {
  for (const input of ["", "englishlanguage", "en--US", "e", "123", "en-US-"]) {
    assert.throws(() => canonicalizeLocale(input), RangeError, input);
  }
  assert.throws(() => canonicalizeLocale(7 as unknown as string), TypeError);
});

Deno.test("negotiateLocale() chooses exact, region, language, then default", () => {
  const available = [...SUPPORTED_LOCALES];
  const table: [string, string, string, string?][] = [
    ["de-DE", "de-DE", "exact"],
    ["de_de", "de-DE", "exact"],
    ["de-AT", "de-DE", "region"],
    ["de-CH", "de-DE", "region"],
    ["fr-CA", "fr-FR", "region"],
    ["fr-BE", "fr-FR", "region"],
    ["es-AR", "es-MX", "region"],
    ["es-US", "es-MX", "region"],
    ["es", "es-ES", "region"],
    ["en-AU", "en-GB", "region"],
    ["en-IN", "en-GB", "region"],
    ["en-CA", "en-GB", "region"],
    ["en-PR", "en-US", "region"],
    ["en", "en-US", "region"],
    ["pt-PT", "pt-BR", "region"],
    ["ar-SA", "ar-AE", "region"],
    ["ar-EG", "ar-AE", "region"],
    ["zh-Hans-SG", "zh-CN", "region"],
    ["nl-BE", "nl-NL", "region"],
    ["ko-KR", "en-US", "default"],
    ["zh-TW", "en-US", "default"],
    ["sv-FI", "sv-SE", "region"],
  ];
  for (const [requested, locale, match] of table) {
    const result = negotiateLocale(requested, available);
    assert.equal(result.locale, locale, requested);
    assert.equal(result.match, match, requested);
  }
});

Deno.test("negotiateLocale() prefers the marketplace's locale within a language", () => {
  const available = ["en-US", "en-GB", "en-AU"];
  // en-NZ on amazon.com.au: the marketplace's en-AU beats the en-GB default.
  assert.equal(
    negotiateLocale("en-NZ", available, { marketplaceId: "A39IBJ37TRP1C6" })
      .locale,
    "en-AU",
  );
  assert.equal(negotiateLocale("en-NZ", available).locale, "en-GB");
});

Deno.test("negotiateLocale() uses a bare-language template after regional ones", () => {
  assert.deepEqual(negotiateLocale("it-CH", ["en-US", "it"]), {
    locale: "it",
    requested: "it-CH",
    match: "language",
  });
});

Deno.test("negotiateLocale() honours a custom default locale", () => {
  const result = negotiateLocale("ko-KR", ["en-US", "de-DE"], {
    defaultLocale: "de_DE",
  });
  assert.deepEqual(result, {
    locale: "de-DE",
    requested: "ko-KR",
    match: "default",
  });
});

Deno.test("negotiateLocale() throws when nothing fits", () => {
  assert.throws(() => negotiateLocale("ko-KR", ["de-DE"]), {
    name: "RangeError",
    message: /Cannot find a locale for "ko-KR"/,
  });
  assert.throws(() => negotiateLocale("???", ["en-US"]), RangeError);
});

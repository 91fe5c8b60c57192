// Template file names are locales: `<locale>.hbs`, written as the
// canonical BCP 47 tag (`en-US.hbs`, not `EN_us.hbs`), of a language that
// exists (`klingon.hbs` is well-formed but names no language).

const LANGUAGES = new Intl.DisplayNames(["en"], {
  type: "language",
  fallback: "none",
});
const REGIONS = new Intl.DisplayNames(["en"], {
  type: "region",
  fallback: "none",
});

/**
 * Why a template file name is refused, in one sentence, or `undefined`
 * when it is a canonical tag of a known language (and region).
 */
export function checkLocaleFileName(fileName: string): string | undefined {
  const name = fileName.endsWith(".hbs") ? fileName.slice(0, -4) : fileName;
  let canonical: string;
  try {
    [canonical = ""] = Intl.getCanonicalLocales(name.replaceAll("_", "-"));
  } catch {
    return `File name "${fileName}" is not a locale: name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  const locale = new Intl.Locale(canonical);
  if (LANGUAGES.of(locale.language) === undefined) {
    return `File name "${fileName}" is not a locale: "${locale.language}" is no known language; name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  if (locale.region !== undefined && REGIONS.of(locale.region) === undefined) {
    return `File name "${fileName}" is not a locale: "${locale.region}" is no known region; name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  if (canonical !== name) {
    return `File name "${fileName}" is not the canonical BCP 47 tag (did you mean "${canonical}.hbs"?)`;
  }
  return undefined;
}

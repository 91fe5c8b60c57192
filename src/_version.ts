// This module is browser compatible.

// The package version, for what reports it at run time (the CLI's
// `--version`, SARIF's tool version and the rule pages' URLs). It must equal
// "version" in deno.json (a test checks it); it is a constant rather than a
// JSON import of deno.json so that the JSR module and the npm bundle carry
// only the version, not the whole configuration.

/** The package version, as in deno.json. */
export const VERSION = "0.1.0";

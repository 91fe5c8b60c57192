// The package version the CLI prints for `--version`. It must equal
// "version" in deno.json (a test checks it); it is a constant rather than a
// JSON import of deno.json so that the JSR module and the npm bundle carry
// only the version, not the whole configuration.

/** The package version, as in deno.json. */
export const VERSION = "0.1.0";

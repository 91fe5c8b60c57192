/**
 * Language match: runs the language-detection work's scripts
 * (`bench/language/`) in a snapshot under /tmp and prints what they
 * produced, as JSON. See `bench/report/language.ts`.
 *
 * Run alone: `deno run --allow-read=.,/tmp/sellerkit-bench-language
 * --allow-write=/tmp/sellerkit-bench-language
 * --allow-run=deno,ln bench/sections/language.ts [--timeout-ms=N]`.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { runLanguage } from "../report/language.ts";

if (import.meta.main) {
  const args = parseArgs({
    args: Deno.args,
    options: { "timeout-ms": { type: "string", default: "300000" } },
  });
  const result = await runLanguage(Number(args.values["timeout-ms"]));
  console.log(JSON.stringify(result));
}

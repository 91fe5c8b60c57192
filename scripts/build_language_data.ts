/**
 * Writes `src/language/_trigrams.gen.ts`: the part of npm `franc`'s data
 * that `francDetector` needs. That is franc's script expressions, all of
 * them, since franc picks the script it ranks in by counting every script it
 * knows, and the trigram models of only the languages our code can ask franc
 * about. Those languages are derived from `DETECTION_CANDIDATES` and
 * `LANGUAGE_SCRIPTS`, as `checkLanguage` combines them (see
 * {@linkcode detectorCandidateLists}). With `--check`, fails instead when the
 * generated module is stale.
 *
 * Run: `deno run --allow-read --allow-write=src/language/_trigrams.gen.ts scripts/build_language_data.ts [--check]`
 *
 * @module
 */

import { data } from "franc/data.js";
import { expressions } from "franc/expressions.js";
import francPackage from "franc/package.json" with { type: "json" };
import {
  DETECTION_CANDIDATES,
  FRANC_CODES,
  LANGUAGE_SCRIPTS,
} from "../src/language/_languages.ts";
import { type Script, SCRIPTS } from "../src/language/detect_script.ts";
import { writeOrCheck } from "./_generated_file.ts";

const OUT = new URL("../src/language/_trigrams.gen.ts", import.meta.url);

/** franc's license (the npm package does not ship the file). */
export const FRANC_LICENSE: string = `(The MIT License)

Copyright (c) 2014 Titus Wormer <tituswormer@gmail.com>
Copyright (c) 2008 Kent S Johnson
Copyright (c) 2006 Jacob R Rideout <kde@jacobrideout.net>
Copyright (c) 2004 Maciej Ceglowski

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
'Software'), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** Scripts `rankByScript` decides alone: franc is never asked about them. */
const DECIDED_BY_SCRIPT: ReadonlySet<Script> = new Set(["Han", "Kana"]);

function mainScriptOf(language: string): Script | undefined {
  return (LANGUAGE_SCRIPTS[language] ?? [])[0];
}

/**
 * Whether the default detector may hand `list` to franc: when, for some
 * script a text (or one of its sentences) can be mainly written in, at least
 * two of its languages are written in that script (`rankByScript` decides
 * alone otherwise).
 */
function reachesFranc(list: readonly string[]): boolean {
  const perScript = new Map<Script, number>();
  for (const language of list) {
    const script = mainScriptOf(language);
    if (script === undefined || DECIDED_BY_SCRIPT.has(script)) continue;
    perScript.set(script, (perScript.get(script) ?? 0) + 1);
  }
  return [...perScript.values()].some((count) => count >= 2);
}

/**
 * The candidate lists (ISO 639-1) that `checkLanguage` with the default
 * `candidates` may pass to its detector and that reach franc, in the order
 * `checkLanguage` builds them. This mirrors `checkLanguage`: the
 * script-mismatch branch (the candidates written in the text's script), and
 * for every expected language with a known script, the pool (the candidates,
 * plus the expected language when it has a script of its own) filtered to
 * the languages sharing its scripts or the text's; `partReads` reuses those
 * lists on single sentences. Every text script is tried, so this is a
 * superset of what a real text can produce.
 */
export function detectorCandidateLists(
  candidates: readonly string[] = DETECTION_CANDIDATES,
): string[][] {
  const lists = new Map<string, string[]>();
  function add(list: string[]): void {
    if (reachesFranc(list)) lists.set(list.join(","), list);
  }
  add([...candidates]);
  for (const script of SCRIPTS) {
    // Script mismatch: the candidates written in the text's script.
    add(candidates.filter((candidate) => mainScriptOf(candidate) === script));
  }
  for (const [language, scripts] of Object.entries(LANGUAGE_SCRIPTS)) {
    const pool = candidates.includes(language) || scripts[0] === "Latin"
      ? [...candidates]
      : [...candidates, language];
    if (!pool.includes(language)) continue;
    for (const script of SCRIPTS) {
      add(pool.filter((candidate) => {
        const own = LANGUAGE_SCRIPTS[candidate] ?? [];
        return own.some((s) => scripts.includes(s)) || own.includes(script);
      }));
    }
  }
  return [...lists.values()];
}

/**
 * The franc codes (ISO 639-3) whose trigram models the default detector
 * needs: for a list of {@linkcode detectorCandidateLists}, the codes of the
 * languages that share their script with another language of the list.
 * franc ranks only the languages of the text's script, and a script with a
 * single candidate is decided by `rankByScript` before franc is asked, so a
 * model of a language alone in its script is never read.
 */
export function neededFrancCodes(
  candidates: readonly string[] = DETECTION_CANDIDATES,
): Set<string> {
  const codes = new Set<string>();
  for (const list of detectorCandidateLists(candidates)) {
    const perScript = new Map<Script | undefined, number>();
    for (const language of list) {
      const script = mainScriptOf(language);
      perScript.set(script, (perScript.get(script) ?? 0) + 1);
    }
    for (const language of list) {
      const script = mainScriptOf(language);
      if (script === undefined || DECIDED_BY_SCRIPT.has(script)) continue;
      if ((perScript.get(script) ?? 0) < 2) continue;
      const code = FRANC_CODES[language];
      if (code !== undefined) codes.add(code);
    }
  }
  return codes;
}

function wrap(text: string, width = 77): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

function wrapComment(text: string): string {
  return text.split("\n").map((line) => line === "" ? " *" : ` * ${line}`)
    .join("\n");
}

/** The source of `src/language/_trigrams.gen.ts`. */
export function buildLanguageData(): string {
  const needed = neededFrancCodes();
  const models = data as Readonly<Record<string, Record<string, string>>>;
  const found = new Set<string>();
  const scriptLines: string[] = [];
  for (const [script, languages] of Object.entries(models)) {
    const kept = Object.entries(languages).filter(([code]) => needed.has(code));
    if (kept.length === 0) {
      scriptLines.push(`  ${JSON.stringify(script)}: {},`);
      continue;
    }
    scriptLines.push(`  ${JSON.stringify(script)}: {`);
    for (const [code, model] of kept) {
      found.add(code);
      scriptLines.push(`    ${JSON.stringify(code)}:`);
      scriptLines.push(`      ${JSON.stringify(model)},`);
    }
    scriptLines.push("  },");
  }
  const missing = [...needed].filter((code) => !found.has(code));
  if (missing.length > 0) {
    throw new Error(`franc has no trigram model for ${missing.join(", ")}`);
  }
  const expressionLines = Object.entries(
    expressions as Readonly<Record<string, RegExp>>,
  ).flatMap(([script, expression]) => [
    "  [",
    `    ${JSON.stringify(script)},`,
    `    /${expression.source}/${expression.flags},`,
    "  ],",
  ]);
  const codes = [...found].sort().join(", ");
  return [
    "// This module is browser compatible.",
    `// Generated by scripts/build_language_data.ts from npm franc@${francPackage.version}`,
    "// (data.js, expressions.js). Do not edit: run",
    "// `deno run --allow-read --allow-write=src/language/_trigrams.gen.ts scripts/build_language_data.ts`.",
    "",
    "/**",
    wrapComment(
      wrap(
        "Private: franc's script expressions, and its trigram models of the " +
          "languages `francDetector` can be asked about (see " +
          `scripts/build_language_data.ts): ${codes}. Unchanged, for ` +
          "`_franc_lite.ts`.",
      ),
    ),
    " *",
    ` * The data is taken from npm franc@${francPackage.version}:`,
    " *",
    wrapComment(FRANC_LICENSE),
    " *",
    " * @module",
    " */",
    "",
    "/**",
    " * franc's `expressions`, in franc's order: each script franc counts (a",
    " * script name, or the code of the one language written in it) and its",
    " * global regular expression.",
    " */",
    "export const SCRIPT_EXPRESSIONS: readonly (readonly [string, RegExp])[] = [",
    ...expressionLines,
    "];",
    "",
    "/**",
    " * franc's `data` restricted to the languages above: script → franc code →",
    " * its 300 most frequent trigrams, most frequent first, joined by `|`. Every",
    " * script of franc's data is present, possibly empty, in franc's order.",
    " */",
    "export const TRIGRAMS: Readonly<",
    "  Record<string, Readonly<Record<string, string>>>",
    "> = {",
    ...scriptLines,
    "};",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  await writeOrCheck({
    url: OUT,
    name: "src/language/_trigrams.gen.ts",
    command:
      "deno run --allow-read --allow-write=src/language/_trigrams.gen.ts scripts/build_language_data.ts",
    source: buildLanguageData(),
    upToDate: "language data up to date",
    wrote: `wrote src/language/_trigrams.gen.ts (${
      [...neededFrancCodes()].length
    } trigram models)`,
  });
}

if (import.meta.main) await main();

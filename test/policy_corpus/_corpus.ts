/**
 * The labeled policy corpus: loading, data-span markers and the split into
 * a tuning half and a reporting half.
 */

/** A text message type the corpus covers. */
export type CorpusLabel = "clean" | "violation";

/** One labeled message as it stands in `<locale>.jsonl`. */
export interface CorpusCase {
  readonly id: string;
  readonly locale: string;
  readonly type: string;
  readonly amazonOrderId: string;
  /** The message, with `⟦…⟧` around what came from order data. */
  readonly text: string;
  readonly label: CorpusLabel;
  readonly rules: readonly string[];
  readonly class: string;
  readonly note: string;
  readonly writer: string;
  readonly reviewer?: string;
}

/** Which half a case belongs to. */
export type Half = "tune" | "report";

/** A case ready to lint: the text without markers and its data spans. */
export interface PreparedCase extends CorpusCase {
  readonly plainText: string;
  readonly dataSpans: readonly { start: number; end: number }[];
  readonly half: Half;
}

const OPEN = "⟦";
const CLOSE = "⟧";

/**
 * Removes the `⟦…⟧` markers and returns the text with the spans they
 * enclosed, in offsets of the text without markers.
 */
export function stripDataMarkers(
  text: string,
): { text: string; spans: { start: number; end: number }[] } {
  let out = "";
  const spans: { start: number; end: number }[] = [];
  let open: number | undefined;
  for (const char of text) {
    if (char === OPEN && open === undefined) {
      open = out.length;
    } else if (char === CLOSE && open !== undefined) {
      spans.push({ start: open, end: out.length });
      open = undefined;
    } else {
      out += char;
    }
  }
  return { text: out, spans };
}

/** FNV-1a over the id: a stable split that does not depend on file order. */
export function halfOf(id: string): Half {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? "tune" : "report";
}

/** Reads every `<locale>.jsonl` of the corpus folder. */
export async function loadCorpus(
  folder: URL = new URL("./", import.meta.url),
): Promise<PreparedCase[]> {
  const cases: PreparedCase[] = [];
  const files: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (entry.isFile && entry.name.endsWith(".jsonl")) files.push(entry.name);
  }
  files.sort();
  for (const file of files) {
    const lines = (await Deno.readTextFile(new URL(file, folder))).split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      let row: CorpusCase;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new SyntaxError(`${file}:${index + 1}: ${String(error)}`);
      }
      const { text, spans } = stripDataMarkers(row.text);
      cases.push({
        ...row,
        plainText: text,
        dataSpans: spans,
        half: halfOf(row.id),
      });
    });
  }
  return cases;
}

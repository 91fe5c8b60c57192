// This module is browser compatible.

// Where the words of a finding in inserted data stand in the sample JSON
// text as written (escapes included), for the studio's highlight and the
// command line's SARIF and GitHub locations alike: the string values of a
// JSON text with where each of their characters stands in that text.

/** A string of a JSON text: its decoded value and its place in the text. */
export interface JsonString {
  /** Whether it is an object key rather than a value. */
  readonly key: boolean;
  /** The decoded string. */
  readonly value: string;
  /**
   * Where each UTF-16 code unit of `value` starts in the text, plus one
   * last entry for the closing quote.
   */
  readonly offsets: readonly number[];
}

/** One escape of a JSON string as the one UTF-16 code unit it stands for. */
function decodeEscape(escape: string): string {
  try {
    return JSON.parse(`"${escape}"`) as string;
  } catch {
    return escape[1] ?? "";
  }
}

/**
 * The strings of a valid JSON text, in order. Text that is not JSON gives
 * whatever quoted runs it holds.
 */
export function jsonStrings(text: string): JsonString[] {
  const found: JsonString[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    let value = "";
    const offsets: number[] = [];
    let j = i + 1;
    while (j < text.length && text[j] !== '"') {
      offsets.push(j);
      if (text[j] === "\\") {
        // An escape: `\uXXXX` or a backslash and one character.
        const length = text[j + 1] === "u" ? 6 : 2;
        value += decodeEscape(text.slice(j, j + length));
        j += length;
      } else {
        value += text[j];
        j++;
      }
    }
    offsets.push(j);
    let next = j + 1;
    while (next < text.length && " \t\r\n".includes(text[next]!)) next++;
    found.push({ key: text[next] === ":", value, offsets });
    i = j;
  }
  return found;
}

/** A range of offsets. */
export interface OffsetRange {
  /** The first offset. */
  readonly start: number;
  /** The offset after the last. */
  readonly end: number;
}

/**
 * Where in the sample JSON text the words of a finding were written: the
 * string value that the rendered text holds around the finding, else the
 * first string value that holds the words, else the first place the text
 * holds them verbatim; `null` when nothing holds them (a value a helper
 * reformatted, such as a date).
 *
 * @param sample The sample JSON text.
 * @param text The rendered message.
 * @param range The finding's range in the rendered message.
 */
export function locateInSample(
  sample: string,
  text: string,
  range: OffsetRange,
): OffsetRange | null {
  const words = text.slice(range.start, range.end);
  if (words === "") return null;
  const values = jsonStrings(sample).filter((s) => !s.key);
  const place = (s: JsonString, at: number): OffsetRange => ({
    start: s.offsets[at]!,
    end: s.offsets[at + words.length]!,
  });
  // A value that the text holds where the finding is.
  for (const s of values) {
    let at = s.value.indexOf(words);
    while (at >= 0) {
      const from = range.start - at;
      if (from >= 0 && text.startsWith(s.value, from)) return place(s, at);
      at = s.value.indexOf(words, at + 1);
    }
  }
  for (const s of values) {
    const at = s.value.indexOf(words);
    if (at >= 0) return place(s, at);
  }
  const at = sample.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}

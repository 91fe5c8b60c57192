/**
 * `deno bench` for normalizeText on 2000-character messages in several
 * scripts and on a disguised one. The baseline is one Unicode regex pass
 * over the same text (counting words), as in lint_message_bench.ts, so that
 * ratios stay meaningful on a noisy machine.
 *
 * Run: `deno bench bench/normalize_bench.ts`
 */
import { normalizeText } from "../src/text/normalize.ts";

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const TEXTS: Readonly<Record<string, string>> = {
  "English": repeatTo(
    "Hello, regarding your order 123-1234567-1234567: the delivery of your sofa is planned for Monday between 8:00 and 12:00. Please confirm that someone can receive it. ",
    2000,
  ),
  "German": repeatTo(
    "Guten Tag, Ihre Bestellung 123-1234567-1234567 wird am Montag zwischen 8:00 und 12:00 Uhr geliefert. Bitte bestätigen Sie, dass jemand zu Hause ist. Grüße! ",
    2000,
  ),
  "Japanese": repeatTo(
    "ご注文いただいた商品の配送が遅れております。大変申し訳ございません！（お問い合わせ番号：１２３）…",
    2000,
  ),
  "Hindi": repeatTo(
    "आपके ऑर्डर की डिलीवरी में देरी हो रही है। कृपया हमें बताएं कि क्या आप इंतज़ार कर सकते हैं। ",
    2000,
  ),
  "disguised": repeatTo(
    "Please leave a r e v i e w, a r3vi3w or a r\u0435vi\u0435w (ＲＥＶＩＥＷ &amp; re\u200Bview). ",
    2000,
  ),
};

for (const [name, text] of Object.entries(TEXTS)) {
  Deno.bench({
    name: `baseline: one regex pass over ${name}`,
    group: name,
    baseline: true,
    fn() {
      let words = 0;
      for (const _ of text.matchAll(/\p{L}+/gu)) words++;
      if (words === 0) throw new Error("unreachable");
    },
  });
  Deno.bench({
    name: `normalizeText ${name}, 2000 characters`,
    group: name,
    fn() {
      normalizeText(text);
    },
  });
}

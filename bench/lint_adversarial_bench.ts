/**
 * `deno bench` for lintMessage on 64k-character adversarial texts: long runs
 * of what the rules' patterns repeat, unclosed constructs, every script. The
 * baseline is lint of an ordinary message sentence repeated to the same
 * length, so `deno bench` prints how many times an adversarial text costs
 * what a benign one does (that ratio holds better than milliseconds on a
 * busy machine). Lint checks at most the type's text limit, so all of these
 * cost about what a 2000-character message does.
 *
 * Run: `deno bench --allow-read bench/lint_adversarial_bench.ts`
 */
import { lintMessage } from "../mod.ts";
import { ADVERSARIAL_UNITS, BENIGN, repeatTo } from "../test/_adversarial.ts";

const LENGTH = 64_000;
const SHOWN = [
  "hyphenated letters",
  "dotted letters",
  "Japanese",
  "dotless i",
  "digits with separators",
  "an unclosed comment",
  "a link full of commas",
  "control characters",
  "review incentives",
] as const;

function lint(text: string): void {
  lintMessage({
    type: "unexpectedProblem",
    text,
    locale: "en-US",
    amazonOrderId: "123-1234567-1234567",
  });
}

const benign = repeatTo(BENIGN, LENGTH);
Deno.bench({
  name: "baseline: a benign text of 64k characters",
  group: "64k",
  baseline: true,
  fn() {
    lint(benign);
  },
});

for (const name of SHOWN) {
  const text = repeatTo(ADVERSARIAL_UNITS[name]!, LENGTH);
  Deno.bench({
    name: `64k characters of ${name}`,
    group: "64k",
    fn() {
      lint(text);
    },
  });
}

/**
 * Scores the lint on the labeled policy corpus (`test/policy_corpus/`) and
 * prints precision and recall per rule and per language, the false-error
 * rate on clean messages, and the cases it gets wrong.
 *
 * ```sh
 * deno task eval:policy                 # the report half
 * deno task eval:policy --half tune     # the half rules are tuned on
 * deno task eval:policy --half all --misses 50
 * deno task eval:policy --ids 001-096     # one round of writing only
 * ```
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type Half, loadCorpus } from "../test/policy_corpus/_corpus.ts";
import {
  type GroupScore,
  lintCase,
  percent,
  scoreCorpus,
} from "../test/policy_corpus/_score.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    half: { type: "string", default: "report" },
    misses: { type: "string", default: "30" },
    ids: { type: "string" },
  },
  strict: true,
});
const half = values.half as Half | "all";
if (!["tune", "report", "all"].includes(half)) {
  console.error('error: "--half" must be tune, report or all');
  Deno.exit(2);
}
// `--ids 001-096`: only the messages whose number is in that range (the
// corpus grew in rounds, each written by other people).
const range = values.ids === undefined
  ? undefined
  : /^(\d+)-(\d+)$/.exec(values.ids)?.slice(1).map(Number);
if (values.ids !== undefined && range === undefined) {
  console.error('error: "--ids" must be a range such as 001-096');
  Deno.exit(2);
}
const corpus = (await loadCorpus()).filter((item) => {
  if (half !== "all" && item.half !== half) return false;
  if (range === undefined) return true;
  const number = Number(item.id.slice(item.id.lastIndexOf("-") + 1));
  return number >= range[0]! && number <= range[1]!;
});
const score = scoreCorpus(corpus, lintCase);

function row(name: string, group: GroupScore): string {
  return `| ${name} | ${group.clean} | ${
    percent(group.falseErrors, group.clean)
  } | ${group.violations} | ${percent(group.caught, group.violations)} | ${
    percent(group.caught + group.blockedOtherwise, group.violations)
  } |`;
}

const header = [
  "| group | clean | false errors | violations | caught | blocked by any error |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
];
console.log(`# Policy corpus, ${half} half: ${corpus.length} messages\n`);
console.log([...header, row("all", score.total)].join("\n"));
console.log("\n## Per language\n");
console.log(
  [
    ...header,
    ...Object.keys(score.byLocale).sort().map((locale) =>
      row(locale, score.byLocale[locale])
    ),
  ].join("\n"),
);
console.log("\n## Per class\n");
console.log(
  [
    ...header,
    ...Object.keys(score.byClass).sort().map((name) =>
      row(name, score.byClass[name])
    ),
  ].join("\n"),
);
console.log("\n## Per rule\n");
console.log("| rule | precision | recall | caught | missed | on clean |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const id of Object.keys(score.byRule).sort()) {
  const rule = score.byRule[id];
  console.log(
    `| ${id} | ${
      percent(rule.truePositives, rule.truePositives + rule.falsePositives)
    } | ${
      percent(rule.truePositives, rule.truePositives + rule.falseNegatives)
    } | ${rule.truePositives} | ${rule.falseNegatives} | ${rule.falsePositives} |`,
  );
}
const limit = Number(values.misses);
const wrong = score.results.filter((result) => result.wrong);
console.log(`\n## Wrong (${wrong.length}, first ${limit})\n`);
for (const result of wrong.slice(0, limit)) {
  const { item } = result;
  const text = item.plainText.replace(/\s+/g, " ");
  console.log(
    `- ${item.id} ${item.label} ${item.class} (${item.type}): ${
      item.label === "clean"
        ? `errors from ${result.errors.join(", ")}: ${result.firstError}`
        : `expected ${item.rules.join(" or ")}${
          result.errors.length > 0 ? `, got ${result.errors.join(", ")}` : ""
        }`
    }\n  ${
      JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…` : text)
    }`,
  );
}

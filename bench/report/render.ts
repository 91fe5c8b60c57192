/**
 * Turns the sections' results into bench/REPORT.md and the SVG charts in
 * bench/charts/.
 *
 * @module
 */

import type { ComposeResult, ComposeSize } from "../sections/compose.ts";
import type { LintResult, LintSize } from "../sections/lint.ts";
import type { SendResult, SendRun } from "../sections/send.ts";
import type { OutboxResult, OutboxStoreName } from "../sections/outbox.ts";
import type { EndpointResult } from "./endpoint.ts";
import type { LanguageResult } from "./language.ts";
import type { Machine } from "./machine.ts";
import { median } from "./measure.ts";
import type { Measured } from "./measure.ts";
import { type Bar, barChart } from "./svg.ts";
import { TARGETS } from "./targets.ts";

/** A section's outcome. */
export type Section<T> =
  | { readonly state: "ok"; readonly value: T; readonly seconds: number }
  | {
    readonly state: "failed";
    readonly error: string;
    readonly seconds: number;
  }
  | { readonly state: "skipped"; readonly reason: string };

/** Everything the report is made of. */
export interface ReportInput {
  readonly started: Date;
  readonly seconds: number;
  readonly machine: Machine;
  readonly loadAfter: readonly number[];
  readonly taskLine: string;
  readonly compose: Section<ComposeResult>;
  readonly lint: Section<LintResult>;
  readonly language: Section<LanguageResult>;
  readonly send: Section<SendResult>;
  readonly endpoint: Section<EndpointResult>;
  readonly outbox: Section<OutboxResult>;
}

/** The report and its charts. */
export interface Rendered {
  readonly markdown: string;
  /** File name (in bench/charts/) → SVG. */
  readonly charts: Readonly<Record<string, string>>;
}

interface SummaryRow {
  readonly section: string;
  readonly figure: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

const MET = (met: boolean | undefined) =>
  met === undefined ? "–" : met ? "✅ yes" : "❌ no";

function us(ns: number): string {
  const value = ns / 1000;
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function x(ratio: number): string {
  if (!Number.isFinite(ratio)) return "–";
  return ratio >= 10 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`;
}

function iqr(m: Measured): string {
  return `${x(m.ratio)} (${m.ratioIqr[0].toFixed(2)}–${
    m.ratioIqr[1].toFixed(2)
  })`;
}

function seconds(value: number): string {
  return value >= 60
    ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`
    : `${value.toFixed(1)} s`;
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: string,
): string {
  const line = (cells: readonly string[]) =>
    `| ${
      cells.map((c) => c.replaceAll("|", "\\|").replaceAll("\n", " ")).join(
        " | ",
      )
    } |`;
  // Right-align the columns whose every cell starts like a number.
  const numeric = header.map((_, i) =>
    align !== undefined ? align[i] === "r" : i > 0 && rows.length > 0 &&
      rows.every((row) => /^[\d–]/.test(row[i] ?? ""))
  );
  return [
    line(header),
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

function notMeasured(section: Section<unknown>): string | undefined {
  if (section.state === "skipped") {
    return `Not measured in this run: ${section.reason}.`;
  }
  if (section.state === "failed") {
    return `This section failed after ${
      seconds(section.seconds)
    }:\n\n\`\`\`\n${section.error}\n\`\`\``;
  }
  return undefined;
}

function demote(markdown: string, levels: number): string {
  return markdown.replace(
    /^(#+) /gm,
    (_, hashes: string) =>
      `${"#".repeat(Math.min(6, hashes.length + levels))} `,
  );
}

// ---------------------------------------------------------------- compose

function groupName(size: ComposeSize): string {
  return `${size.size} chars, ${
    size.helpers ? "Intl helpers" : "variables only"
  }`;
}

function composeSection(
  result: ComposeResult,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const find = (size: ComposeSize, prefix: string) =>
    size.results.find((r) => r.name.startsWith(prefix))!;
  const rows = result.sizes.map((size) => {
    const ours = find(size, "precompiled");
    return [
      groupName(size),
      String(size.chars),
      us(ours.cpuNs),
      iqr(find(size, "Handlebars.compile, cached")),
      iqr(find(size, "Handlebars.compile per request")),
    ];
  });
  for (const size of result.sizes) {
    const perRequestM = find(size, "Handlebars.compile per request");
    const cachedM = find(size, "Handlebars.compile, cached");
    const perRequest = perRequestM.ratio;
    const cached = cachedM.ratio;
    summary.push({
      section: "1 compose",
      figure: `precompiled vs \`Handlebars.compile\` per request, ${
        groupName(size)
      }`,
      target: `≥ ${TARGETS.compose.minSpeedupVsCompilePerRequest}× faster`,
      measured: `${x(perRequest)} faster (IQR ${
        perRequestM.ratioIqr.map((r) => r.toFixed(2)).join("–")
      })`,
      met: perRequest >= TARGETS.compose.minSpeedupVsCompilePerRequest,
    });
    summary.push({
      section: "1 compose",
      figure: `precompiled vs cached \`Handlebars.compile\`, ${
        groupName(size)
      }`,
      target: `≤ ${TARGETS.compose.maxRatioVsCachedCompile}× its time`,
      measured: `${x(1 / cached)} its time (IQR ${
        [...cachedM.ratioIqr].reverse().map((r) => (1 / r).toFixed(2)).join(
          "–",
        )
      })`,
      met: 1 / cached <= TARGETS.compose.maxRatioVsCachedCompile,
    });
  }
  const partRows = result.sizes.map((size) => [
    groupName(size),
    us(find(size, "precompiled").cpuNs),
    `${us(find(size, "part: renderTemplate").cpuNs)} (${
      x(find(size, "part: renderTemplate").ratio)
    })`,
    `${us(find(size, "part: negotiateLocale").cpuNs)} (${
      x(find(size, "part: negotiateLocale").ratio)
    })`,
    `${us(find(size, "Handlebars.compile, cached").cpuNs)} (${
      x(find(size, "Handlebars.compile, cached").ratio)
    })`,
  ]);
  const [cachedIntl, newIntl] = result.intl;
  const long = result.sizes.filter((s) => s.size === "2000");
  const longVars = long.find((s) => !s.helpers);
  const varsOverhead = longVars
    ? 1 / find(longVars, "Handlebars.compile, cached").ratio
    : NaN;
  const varsRender = longVars
    ? find(longVars, "part: renderTemplate")
    : undefined;
  const varsNegotiate = longVars
    ? find(longVars, "part: negotiateLocale")
    : undefined;

  const bars: Bar[] = [];
  for (const size of result.sizes) {
    bars.push({ label: `## ${groupName(size)} (precompiled = 1×)`, value: 0 });
    bars.push({
      label: "precompiled (createComposer().compose)",
      value: 1,
      kind: "ours",
    });
    for (
      const name of [
        "Handlebars.compile, cached",
        "Handlebars.compile per request",
      ]
    ) {
      const m = find(size, name);
      bars.push({ label: name, value: m.ratio, kind: "peer" });
    }
  }
  charts["compose.svg"] = barChart(bars, {
    title: "Compose: CPU time per message relative to precompiled rendering",
    subtitle: "median of per-round ratios, same-run baseline; lower is faster",
    unit: "×",
    log: true,
    reference: { value: 1, label: "1× (precompiled)" },
  });

  return [
    'Per message: `createComposer().compose()` on templates precompiled at build time (what the library ships) against `Handlebars.compile(source, { noEscape, strict })` called on every request and against the compiled function cached. All three use the same helpers and data and produce identical text (checked before timing). The templates are an `unexpectedProblem` message in en-US ([fixtures](report/fixtures.ts)); "Intl helpers" formats three dates, a price and a list with the library\'s helpers, "variables only" inserts the same strings already formatted.',
    "",
    "![compose chart](charts/compose.svg)",
    "",
    table(
      [
        "template",
        "chars",
        "precompiled: CPU µs/message",
        "cached `Handlebars.compile` (× precompiled, IQR)",
        "`Handlebars.compile` per request (× precompiled, IQR)",
      ],
      rows,
    ),
    "",
    "Where the composer's time goes (CPU µs per message, and × `compose()`): `renderTemplate` is the Handlebars runtime plus the data-span markers the composer extracts; `negotiateLocale` is run once per `compose()`.",
    "",
    table([
      "template",
      "compose()",
      "renderTemplate",
      "negotiateLocale",
      "cached Handlebars.compile",
    ], partRows),
    "",
    "Findings:",
    "",
    `- Building an \`Intl.DateTimeFormat\` costs ${us(newIntl.cpuNs)} µs, ${
      x(newIntl.ratio)
    } a cached formatter's \`format()\` (${
      us(cachedIntl.cpuNs)
    } µs): the helpers in \`src/compose/_helpers.ts\` keep their formatters per (locale, options), so only the first message of a locale and style pays it.`,
    `- Without helpers the composer's own work shows: ${
      x(varsOverhead)
    } the time of a cached \`Handlebars.compile\` function at 2000 characters. ${
      varsRender && longVars
        ? `\`renderTemplate\` alone takes ${
          x(
            varsRender.cpuNs /
              find(longVars, "Handlebars.compile, cached").cpuNs,
          )
        } the cached function's time: the data-span bookkeeping (offsets recorded while rendering, see \`src/compose/_render.ts\`) and the helpers merged once per locale. `
        : ""
    }${
      varsNegotiate
        ? `Locale negotiation is ${x(varsNegotiate.ratio)} of \`compose()\`. `
        : ""
    }All of it stays within tens of microseconds per message.`,
    "- Compiling on every request is never the fast path, and it is impossible at the edge (`new Function` is refused there).",
  ].join("\n");
}

// ---------------------------------------------------------------- lint

function lintSection(
  result: LintResult,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const bySize = (size: string) => result.sizes.find((s) => s.size === size);
  const short = bySize("200");
  const long = bySize("2000");
  const base = (s: LintSize | undefined) => s?.results[0];
  const measured = (s: LintSize | undefined) => [
    ...(s?.results ?? []),
    ...(s?.perRule ?? []),
  ];
  const names = measured(long ?? short).map((r) => r.name);
  const find = (s: LintSize | undefined, name: string) =>
    measured(s).find((r) => r.name === name);
  const cell = (s: LintSize | undefined, name: string) => {
    const m = find(s, name);
    return m ? `${us(m.cpuNs)} (${x(m.ratio)})` : "–";
  };
  const ruleNames = names.filter((n) => n.startsWith("rule "));
  ruleNames.sort((a, b) =>
    (find(long, b)?.cpuNs ?? 0) - (find(long, a)?.cpuNs ?? 0)
  );
  const ordered = [
    ...names.filter((n) => !n.startsWith("rule ")),
    ...ruleNames,
  ];
  const rows = ordered.map((
    name,
  ) => [name, cell(short, name), cell(long, name)]);
  const longBase = base(long);
  if (longBase) {
    summary.push({
      section: "2 lint",
      figure:
        "CPU per 2000-character message, recommended policy, no language detection (steady state)",
      target: `≤ ${TARGETS.lint.maxCpuUs2000} µs (well under ${
        TARGETS.lint.budgetUs / 1000
      } ms)`,
      measured: `${us(longBase.cpuNs)} µs`,
      met: longBase.cpuNs / 1000 <= TARGETS.lint.maxCpuUs2000,
    });
  }
  const cold = result.cold;
  summary.push({
    section: "2 lint",
    figure:
      `CPU per 2000-character message, the first ${cold.messages} linted after start-up (cold: compiling, first use of each language's automaton)`,
    target: "none set (informational)",
    measured: `${us(cold.cpuNs)} µs (${
      x(cold.cpuNs / (longBase?.cpuNs ?? cold.cpuNs))
    } the steady state)`,
    met: undefined,
  });
  const withLanguage = long?.results.find((r) => r.name.includes("free text"));
  if (withLanguage) {
    summary.push({
      section: "2 lint",
      figure:
        "CPU per 2000-character message, recommended policy + language-match (detection)",
      target: "none set (informational)",
      measured: `${us(withLanguage.cpuNs)} µs (${
        x(withLanguage.ratio)
      } without)`,
      met: undefined,
    });
  }
  const bars: Bar[] = [];
  if (long) {
    for (const name of ordered) {
      const m = find(long, name);
      if (!m) continue;
      const cpuUs = m.cpuNs / 1000;
      bars.push({
        label: name.replace("recommended policy", "policy"),
        value: cpuUs / TARGETS.lint.budgetUs,
        text: `${cpuUs.toFixed(cpuUs >= 100 ? 0 : 1)} µs`,
        kind: name.startsWith("rule ")
          ? "peer"
          : name !== long.results[0].name
          ? "ours"
          : cpuUs <= TARGETS.lint.maxCpuUs2000
          ? "good"
          : "bad",
      });
    }
  }
  charts["lint.svg"] = barChart(bars, {
    title: "Lint: CPU time per 2000-character message ÷ the 1 ms budget",
    subtitle:
      "median over rounds; each rule alone includes lintMessage's fixed cost",
    unit: "",
    reference: { value: 1, label: "1 ms" },
    target: {
      value: TARGETS.lint.maxCpuUs2000 / TARGETS.lint.budgetUs,
      label: "target 0.5 ms",
    },
  });
  const conceptRules = ["no-marketing", "no-review-manipulation"];
  const top = long
    ? long.perRule.filter((r) =>
      r.name.startsWith("rule ") && r.name !== "rule language-match"
    ).sort((a, b) => b.cpuNs - a.cpuNs).slice(0, 2)
    : [];
  const topAreConceptRules = top.every((m) =>
    conceptRules.includes(m.name.slice(5))
  );
  const cheapest = long
    ? long.perRule.filter((r) => r.name.startsWith("rule ")).sort((a, b) =>
      a.cpuNs - b.cpuNs
    )[0]
    : undefined;
  const languageNote = result.languageRule === "missing"
    ? "The `language-match` rule was not found at run time, so only the policy without it was measured."
    : result.languageRule === "plugin"
    ? "`language-match` was not registered yet; it was loaded from `src/rules/language_match.ts` as a plugin."
    : `\`language-match\` is registered${
      result.languageInRecommended ? " and on in the recommended policy" : ""
    }; \"without\" turns it off.`;
  const findings = [
    ...new Set([...(short?.findings ?? []), ...(long?.findings ?? [])]),
  ];
  return [
    `CPU µs per \`lintMessage()\` call (and × the baseline measured in the same rounds). Three measurements in one fresh process, in this order. Cold: the first ${result.cold.messages} 2000-character messages linted after the modules load, one batch, while the engine still compiles (its compiler threads count as the process's CPU time): ${
      us(result.cold.cpuNs)
    } µs each. Steady state: the three whole-policy rows, interleaved, each after ${
      result.steadyWarmupMs / 1000
    } s of warm-up, as a server that keeps linting sees them; the baseline is the recommended policy without \`language-match\`. Per rule: each rule alone (a policy with only that rule on), interleaved with the whole policy measured again in the same rounds (\"among the rules\", their baseline) after a short warm-up; running 14 policies in turn makes the shared code slower than one policy finds it, so these rows rank the rules and are no target. The messages are the composed 200- and 2000-character texts of section 1, linted as free text in en-US (\`locale\` and \`amazonOrderId\` given), so \`language-match\` runs detection; the \"composed\" row passes the template and data spans as a composed message does, and the rule then checks the template's locale instead of detecting. ${languageNote}`,
    "",
    "![lint chart](charts/lint.svg)",
    "",
    table([
      "what runs",
      `200 chars (${short?.chars ?? "–"}): µs (× baseline)`,
      `2000 chars (${long?.chars ?? "–"}): µs (× baseline)`,
    ], rows),
    "",
    findings.length === 0
      ? "Both messages are clean: no finding from the whole policy, so these are the costs of a message that passes."
      : `Findings on the messages (the timings include reporting them): ${
        findings.join("; ")
      }.`,
    "",
    "Findings:",
    "",
    ...(top.length
      ? [
        `- Without detection, ${
          top.map((m) =>
            `\`${m.name.slice(5)}\` (${us(m.cpuNs)} µs, ${
              x(m.ratio)
            } of the policy)`
          ).join(" and ")
        } cost the most at 2000 characters${
          topAreConceptRules
            ? ": the concept rules, which find every term of their 16 languages' lexicons in one pass over the normalized text (an Aho–Corasick automaton) and then judge each sentence's concepts"
            : ""
        }.`,
      ]
      : []),
    ...(cheapest
      ? [
        `- One \`lintMessage()\` call with the cheapest rule costs ${
          us(cheapest.cpuNs)
        } µs at 2000 characters: the fixed cost (policy resolution, position map) that every rule row includes.`,
      ]
      : []),
    ...(withLanguage
      ? [
        `- Language detection (the default detector through \`checkLanguage\`) makes linting free text ${
          x(withLanguage.ratio)
        } slower; composed messages skip it (the template's locale is known).`,
      ]
      : []),
  ].join("\n");
}

// ---------------------------------------------------------------- language

interface DetectorMarks {
  readonly name: string;
  readonly met: number;
  readonly missed: number;
}

function detectorMarks(results: string): DetectorMarks[] {
  const marks: DetectorMarks[] = [];
  const accuracy =
    results.split(/^## /m).find((s) => s.startsWith("Accuracy")) ?? "";
  for (const block of accuracy.split(/^#### /m).slice(1)) {
    const name = block.split("\n")[0].trim();
    marks.push({
      name,
      met: (block.match(/✓/g) ?? []).length,
      missed: (block.match(/✗/g) ?? []).length,
    });
  }
  return marks;
}

function perfChart(results: string): string | undefined {
  const section = results.split(/^## /m).find((s) =>
    s.startsWith("Size and speed")
  );
  if (!section) return undefined;
  const lines = section.split("\n").filter((l) => l.trim().startsWith("|"));
  if (lines.length < 3) return undefined;
  const cells = (line: string) =>
    line.split("|").slice(1, -1).map((c) => c.trim());
  const header = cells(lines[0]).map((h) => h.toLowerCase());
  const gzipAt = header.findIndex((h) => h.includes("gzip"));
  const speedAt = header.findIndex((h) => h.includes("µs"));
  if (gzipAt < 0 || speedAt < 0) return undefined;
  const rows = lines.slice(2).map(cells).map((r) => ({
    name: r[0],
    gzip: Number(r[gzipAt].replaceAll(",", "")),
    us: Number(r[speedAt].replaceAll(",", "")),
  }));
  const franc = rows.find((r) => r.name === "franc");
  if (!franc || !(franc.gzip > 0)) return undefined;
  const bars: Bar[] = [{ label: "## gzip bundle bytes ÷ franc", value: 0 }];
  for (const r of rows) {
    if (r.gzip > 0) {
      bars.push({
        label: r.name,
        value: r.gzip / franc.gzip,
        kind: r.name === "franc" ? "ours" : "peer",
      });
    }
  }
  bars.push({ label: "## µs per text ÷ franc (same run)", value: 0 });
  for (const r of rows) {
    if (r.us > 0 && franc.us > 0) {
      bars.push({
        label: r.name,
        value: r.us / franc.us,
        kind: r.name === "franc" ? "ours" : "peer",
      });
    }
  }
  return barChart(bars, {
    title: "Language detectors: size and speed relative to npm franc",
    subtitle: "from bench/language/measure_detectors.ts, run by this report",
    unit: "×",
    log: true,
    reference: { value: 1, label: "1× (franc)" },
  });
}

function languageSection(
  section: Section<LanguageResult>,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const missing = notMeasured(section);
  if (missing) {
    summary.push({
      section: "3 language",
      figure: "accuracy, false errors, catch rate, µs, bundle bytes",
      target: "see bench/language",
      measured: "not measured",
      met: undefined,
    });
    return missing;
  }
  const result = (section as { value: LanguageResult }).value;
  if (result.absent) {
    summary.push({
      section: "3 language",
      figure: "accuracy, false errors, catch rate, µs, bundle bytes",
      target: "see bench/language",
      measured: "not measured",
      met: undefined,
    });
    return `Not measured: ${result.absent}. This section is produced by the language-detection work (\`bench/language/evaluate.ts\` and \`measure_detectors.ts\`); the report runs them when they exist.`;
  }
  const runs = table(
    ["script (run by this report in a /tmp snapshot)", "result", "time"],
    result.runs.map((
      r,
    ) => [`\`${r.script}\``, r.ok ? "ok" : "failed", seconds(r.seconds)]),
  );
  const failures = result.runs.filter((r) => !r.ok).map((r) =>
    `\`${r.script}\` failed:\n\n\`\`\`\n${r.error}\n\`\`\``
  );
  const text = result.results ?? result.stale?.text;
  if (!text) {
    summary.push({
      section: "3 language",
      figure: "accuracy, false errors, catch rate, µs, bundle bytes",
      target: "see bench/language",
      measured: "failed",
      met: undefined,
    });
    return [
      runs,
      "",
      ...failures,
      "",
      "No results: the scripts failed and there is no bench/language/RESULTS.md.",
    ].join("\n");
  }
  const marks = detectorMarks(text);
  for (
    const mark of marks.filter((m) => !m.name.includes("UDHR")).slice(0, 2)
  ) {
    summary.push({
      section: "3 language",
      figure:
        `\`checkLanguage\` with ${mark.name}: false errors ≤ 0.2 % per bucket, catch rates (bench/language targets)`,
      target: "every ✓",
      measured: `${mark.met} ✓, ${mark.missed} ✗`,
      met: result.results ? mark.missed === 0 : undefined,
    });
  }
  const chart = perfChart(text);
  if (chart) charts["language.svg"] = chart;
  const parts = text.split(/^## /m);
  const keep = parts.filter((p) =>
    p.startsWith("Choice of detectors") || p.startsWith("Size and speed") ||
    p.startsWith("Accuracy")
  ).map((p) => `## ${p.trimEnd()}`);
  return [
    "Owned by the language-detection work: `bench/language/measure_detectors.ts` (bundle size and speed) and `bench/language/evaluate.ts` (accuracy on the held-out split of the labelled evaluation set), run by this report in a snapshot under /tmp so the run never writes into `bench/language/`. Their targets: a correct text is an error in ≤ 0.2 % of cases in every length bucket; a text in another language is caught ≥ 95 % at 60–150 characters and ≥ 99 % at 150 and more.",
    "",
    runs,
    "",
    ...failures,
    ...(result.stale
      ? [
        `**These results are not from this run**: the scripts failed, so this is \`bench/language/RESULTS.md\` as last written (${result.stale.modified}).`,
        "",
      ]
      : []),
    ...(chart ? ["![language chart](charts/language.svg)", ""] : []),
    "The tables below are the scripts' own output (headings shifted; the evaluation-set description and the UDHR tables are in [bench/language/RESULTS.md](language/RESULTS.md)).",
    "",
    demote(keep.join("\n\n"), 1),
  ].join("\n");
}

// ---------------------------------------------------------------- send

function sendSection(
  result: SendResult,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const p = result.params;
  const minimum = result.minimumMs / 1000;
  const runsOf = (client: string, scenario: string) =>
    result.runs.filter((r) => r.client === client && r.scenario === scenario);
  const med = (
    runs: readonly SendRun[],
    pick: (r: SendRun) => number | undefined,
  ) => {
    const values = runs.map(pick).filter((v): v is number =>
      v !== undefined && Number.isFinite(v)
    );
    return values.length ? median(values) : NaN;
  };
  const failureText = (runs: readonly SendRun[]) => {
    const kinds = new Map<string, number[]>();
    for (const run of runs) {
      for (const [kind, n] of Object.entries(run.outcome?.failures ?? {})) {
        kinds.set(kind, [...(kinds.get(kind) ?? []), n]);
      }
    }
    return [...kinds].map(([kind, ns]) => `${median(ns)} ${kind}`).join("; ") ||
      "0";
  };
  const errors = result.runs.filter((r) => r.error);
  const bulkRows = result.clients.map((c) => {
    const runs = runsOf(c.id, "bulk");
    const elapsed = med(runs, (r) => r.outcome?.elapsedMs) / 1000;
    const ok = med(runs, (r) => r.outcome?.ok);
    return [
      `${c.label}`,
      c.runtime,
      `${ok} / ${p.messages}`,
      failureText(runs),
      String(med(runs, (r) => r.throttled)),
      `${elapsed.toFixed(2)} s`,
      ok === p.messages
        ? x(elapsed / minimum)
        : `n/a (${p.messages - ok} not sent)`,
      String(Math.max(0, ...runs.map((r) => r.server.duplicates))),
    ];
  });
  const faultRows = result.clients.map((c) => {
    const runs = runsOf(c.id, "faults");
    return [
      c.label,
      `${med(runs, (r) => r.server.distinct)} / ${p.faultMessages}`,
      String(med(runs, (r) => r.server.duplicates)),
      `${med(runs, (r) => r.outcome?.ok)}`,
      failureText(runs),
    ];
  });
  const ours = result.clients.find((c) => c.id === "ours");
  if (ours) {
    const bulk = runsOf("ours", "bulk");
    const throttled = med(bulk, (r) => r.throttled);
    const ratio = med(
      bulk,
      (r) => (r.outcome?.elapsedMs ?? NaN) / result.minimumMs,
    );
    summary.push({
      section: "4 send",
      figure: `429s received, bulk of ${p.messages} (ours)`,
      target: String(TARGETS.send.maxThrottled),
      measured: String(throttled),
      met: throttled <= TARGETS.send.maxThrottled,
    });
    summary.push({
      section: "4 send",
      figure: "total time ÷ theoretical minimum (ours)",
      target: `≤ ${TARGETS.send.maxTimeRatio}`,
      measured: x(ratio),
      met: ratio <= TARGETS.send.maxTimeRatio,
    });
  }
  for (const id of ["ours", "ours-nopool"]) {
    const client = result.clients.find((c) => c.id === id);
    if (!client) continue;
    const duplicates = med(runsOf(id, "faults"), (r) => r.server.duplicates);
    summary.push({
      section: "4 send",
      figure: `duplicates under faults (${
        id === "ours" ? "ours, default fetch" : "ours, explicit no-reuse client"
      })`,
      target: String(TARGETS.send.maxDuplicates),
      measured: String(duplicates),
      met: duplicates <= TARGETS.send.maxDuplicates,
    });
  }
  for (const c of result.clients.filter((c) => !c.id.startsWith("ours"))) {
    const bulk = runsOf(c.id, "bulk");
    const ok = med(bulk, (r) => r.outcome?.ok);
    summary.push({
      section: "4 send",
      figure: `peer ${c.label.split(" ")[0]}: bulk / faults`,
      target: "informational",
      measured: `${ok}/${p.messages} sent, ${
        med(bulk, (r) => r.throttled)
      } × 429, ${
        ok === p.messages
          ? x(med(bulk, (r) => r.outcome!.elapsedMs) / result.minimumMs)
          : "–"
      } minimum; ${
        med(runsOf(c.id, "faults"), (r) => r.server.duplicates)
      } duplicate(s)`,
      met: undefined,
    });
  }

  const bars: Bar[] = [{
    label: `## bulk: total time ÷ theoretical minimum (${
      minimum.toFixed(1)
    } s)`,
    value: 0,
  }];
  for (const c of result.clients) {
    const runs = runsOf(c.id, "bulk");
    const ok = med(runs, (r) => r.outcome?.ok);
    const ratio = med(
      runs,
      (r) => (r.outcome?.elapsedMs ?? NaN) / result.minimumMs,
    );
    const throttled = med(runs, (r) => r.throttled);
    const short = c.id.startsWith("ours")
      ? (c.id === "ours"
        ? "ours (default fetch)"
        : "ours, explicit no-reuse client")
      : c.label.split(" ")[0];
    bars.push({
      label: short,
      value: ratio,
      text: ok === p.messages
        ? `${x(ratio)} · ${throttled} × 429`
        : `${p.messages - ok} of ${p.messages} not sent · ${throttled} × 429`,
      kind: c.id.startsWith("ours")
        ? "ours"
        : ok === p.messages
        ? "peer"
        : "bad",
    });
  }
  bars.push({
    label: "## faults: messages accepted twice (of 2 faults)",
    value: 0,
  });
  for (const c of result.clients) {
    const duplicates = med(runsOf(c.id, "faults"), (r) => r.server.duplicates);
    const short = c.id.startsWith("ours")
      ? (c.id === "ours"
        ? "ours (default fetch)"
        : "ours, explicit no-reuse client")
      : c.label.split(" ")[0];
    bars.push({
      label: short,
      value: duplicates === 0 ? 0.001 : duplicates,
      text: `${duplicates} duplicate${duplicates === 1 ? "" : "s"}`,
      kind: duplicates > 0 ? "bad" : "good",
    });
  }
  charts["send.svg"] = barChart(bars, {
    title:
      "Send: bulk time against the theoretical minimum, duplicates under faults",
    subtitle:
      `loopback sandbox at ${p.rate}/s, burst ${p.burst}; ${p.messages} messages, ${p.concurrency} in flight; median of ${p.rounds} runs`,
    unit: "",
    reference: { value: 1, label: "1× / 1 duplicate" },
  });

  const oursBulk = runsOf("ours", "bulk");
  const oursFaults = runsOf("ours", "faults");
  const nopoolFaults = runsOf("ours-nopool", "faults");
  const peerNotes: string[] = [];
  const has = (id: string) => result.clients.some((c) => c.id === id);
  if (has("amazon-sp-api")) {
    const dup = med(
      runsOf("amazon-sp-api", "faults"),
      (r) => r.server.duplicates,
    );
    peerNotes.push(
      `- **amazon-sp-api** is pointed at the sandbox through its only hook, \`options.https_proxy_agent\` (lib/Request.js passes it as \`agent\` to every \`https.request\`; the host \`'https://' + this._api_endpoint\` and \`port: 443\` are fixed there, and the token URL \`https://api.amazon.com/auth/o2/token\` in lib/SellingPartner.js): our agent opens every connection to 127.0.0.1. Its own LWA flow runs (it posts JSON, which the sandbox's form-only token endpoint gets re-encoded by the loopback server: ${
        med(runsOf("amazon-sp-api", "bulk"), (r) => r.server.jsonTokenRequests)
      } such request(s) per run: each of the concurrent first calls fetched its own token). It has no client-side limiter: on a 429 it waits \`restore_rate\` (we pass the scaled 1/${p.rate} s, else it waits Amazon's 1 s) and retries without limit, hence many 429s but a time near the minimum. Its default \`retry_remote_timeout: true\` resends a request after \`ECONNRESET\` (lib/Request.js, \`_retryRequest\`), so the dropped connection gave ${dup} duplicate(s); the 500 is surfaced and not resent.`,
    );
  }
  if (has("sp-api-sdk")) {
    peerNotes.push(
      `- **@sp-api-sdk/messaging-api-v1** is not on the npm registry reachable here (\`npm view @sp-api-sdk/messaging-api-v1\` answers 404, while @sp-api-sdk/common, /auth and other clients install), so the row drives what every @sp-api-sdk client is built on: \`createAxiosInstance\` from @sp-api-sdk/common 4 (token interceptor, 429 retry via axios-retry), with the request the generated \`MessagingApi.createUnexpectedProblem\` sends, to the loopback base path (a generated client's \`basePath\` is a public field). @sp-api-sdk/auth fixes its token URL (\`axios.create({ baseURL: 'https://api.amazon.com/auth/' })\`), so \`auth\` is an object whose \`getAccessToken()\` returns a token from the sandbox. It has no client-side limiter; a 429 is retried up to 3 times after \`1000/rate + 1500\` ms (the 1.5 s does not scale), so bursts of 429s and a long total time; a 500 or reset is surfaced, not resent.`,
    );
  }
  if (has("amazon-sdk")) {
    const notSent = p.messages -
      med(runsOf("amazon-sdk", "bulk"), (r) => r.outcome?.ok);
    peerNotes.push(
      `- **@amazon-sp-api-release/amazon-sp-api-sdk-js** takes a base URL (\`new ApiClient(baseUrl)\`); its LWA client posts to the fixed \`https://api.amazon.com/auth/o2/token\` (src/messaging_v1/ApiClient.js, \`LwaOAuthClient\`), so the sandbox's token is set with \`applyXAmzAccessTokenToRequest()\`, and its limiter is given the sandbox's plan with \`setCustomizedRateLimiterForOperation()\`. That limiter (helper/SuperagentRateLimiter.mjs: Bottleneck with \`highWater: 0\`, \`strategy: BLOCK\`) does not wait for tokens: once the burst is spent it drops every further call (\"This job has been dropped by Bottleneck\"), even one at a time, so ${notSent} of ${p.messages} messages were not sent in the bulk run (and most of the fault run never reached the sandbox). It does not retry 429s, 500s or resets.`,
    );
  }
  const findings = [
    `- **Our client received ${
      med(oursBulk, (r) => r.throttled)
    } × 429 per bulk run** (median of the rounds): it takes the access token before its rate-limit token and waits a 25 ms margin on queued sends, so its bucket does not run ahead of the sandbox's.`,
    `- **With its default \`fetch\` our client delivered ${
      med(oursFaults, (r) => r.server.duplicates)
    } duplicate(s)** in the fault run: on Deno the default sends message POSTs on connections that are never reused, because Deno's own \`fetch\` re-sends a POST by itself when a reused keep-alive connection closes before the answer (denoland/deno#32566, #35610), a duplicate the client would never see. The dropped connection is reported as an unknown outcome. Passing an explicit no-reuse client (\`Deno.createHttpClient({ poolMaxIdlePerHost: 0 })\`) gives ${
      med(nopoolFaults, (r) => r.server.duplicates)
    } duplicate(s), at ${
      x(med(runsOf("ours-nopool", "bulk"), (r) =>
        (r.outcome?.elapsedMs ?? NaN) / result.minimumMs))
    } the minimum in bulk. Node's \`fetch\` does not resend. The in-process sandbox tests cannot see this (their drop is a thrown \`TypeError\`, no socket).`,
    "- The 500 after accept is reported by our client as an unknown outcome and not resent, as designed.",
  ];
  return [
    `The built-in sandbox (\`createSandbox\`) is served over HTTP on 127.0.0.1 by [bench/send/loopback_sandbox.ts](send/loopback_sandbox.ts) (node:http in Deno), with LWA credentials (every client needs a token the sandbox issued) and a token bucket of **${p.rate} requests/s, burst ${p.burst}** per operation: Amazon's plan for Messaging is 1/s, burst 5, scaled up so a run takes seconds. A dropped connection is a real \`socket.destroy()\` after the sandbox accepted the message.`,
    "",
    `- **Bulk**: ${p.messages} \`unexpectedProblem\` messages to distinct orders, ${p.concurrency} in flight, each client told the plan where it takes one. Theoretical minimum: (${p.messages} − ${p.burst}) / ${p.rate} = **${
      minimum.toFixed(1)
    } s**.`,
    `- **Faults**: ${p.faultMessages} messages one at a time; a 500 \`InternalFailure\` after the sandbox accepted message ${
      p.faults[0].afterSent + 1
    }, then a connection dropped after it accepted message ${
      p.faults[1].afterSent + 1
    }. A duplicate is a text the sandbox accepted twice.`,
    "- Our client runs twice: with its default `fetch` (on Deno: message POSTs on fresh connections), and with an explicit `fetch` on `Deno.createHttpClient({ poolMaxIdlePerHost: 0 })` for every request. Both get LWA tokens from the sandbox (`createLwaAuth({ endpoint })`) and the plan as `rateLimit`; retries at their defaults.",
    `- Each scenario: ${p.rounds} rounds, clients in rotating order within a round, a fresh sandbox (tokens, buckets, records) per run; figures are medians over the rounds. Clients run in their own processes: ours under Deno (\`--allow-net=127.0.0.1\`), peers under Node with a preload that refuses any non-loopback connection. Time is measured inside the client process, from the first send to the last answer.`,
    "",
    "![send chart](charts/send.svg)",
    "",
    "Bulk:",
    "",
    table([
      "client",
      "runtime",
      "sent OK",
      "not sent (as the client reported)",
      "429s received",
      "total time",
      "÷ minimum",
      "duplicates",
    ], bulkRows),
    "",
    "Faults:",
    "",
    table([
      "client",
      "distinct messages the sandbox accepted",
      "duplicates",
      "reported sent",
      "reported failed",
    ], faultRows),
    "",
    ...(errors.length
      ? [
        `Runs that failed: ${
          errors.map((r) =>
            `${r.client} ${r.scenario} round ${r.round}: ${r.error}`
          ).join("; ")
        }`,
        "",
      ]
      : []),
    ...(result.peers.installed
      ? []
      : [`Peers not measured: ${result.peers.error}.`, ""]),
    "Findings:",
    "",
    ...findings,
    "",
    "How each peer was pointed at the sandbox, and what it did:",
    "",
    ...peerNotes,
  ].join("\n");
}

// ---------------------------------------------------------------- outbox

/** Amazon-bound drain time ÷ Amazon's minimum: the issue's fleet check. */
const OUTBOX_MAX_TIME_RATIO = 1.05;

const OUTBOX_STORE_LABELS: Readonly<Record<OutboxStoreName, string>> = {
  memory: "memory (`createMemoryOutboxStore`)",
  "deno-kv": "Deno KV, database file (`createDenoKvStores`)",
  sql: "Durable Object SQL on `node:sqlite` (`createSqlOutboxStore`)",
};

function outboxSection(
  result: OutboxResult,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const p = result.params;
  const row = (store: OutboxStoreName, backlog: number, sellers: number) =>
    result.drains.find((d) =>
      d.store === store && d.backlog === backlog && d.sellers === sellers
    );
  const stores = [...new Set(result.drains.map((d) => d.store))];
  const n = (value: number) =>
    value >= 1000
      ? Math.round(value).toLocaleString("en-US")
      : value.toFixed(value >= 100 ? 0 : 1);
  const usText = (value: number) =>
    value >= 1000 ? `${(value / 1000).toFixed(2)} ms` : `${n(value)} µs`;

  const enqueueRows = stores.map((store) => {
    const d = row(store, 1000, 1)!;
    return [
      OUTBOX_STORE_LABELS[store],
      `${n(d.enqueuePerSecond)} /s`,
      usText(d.enqueueUs),
      usText(d.enqueueCpuUs),
      x(d.enqueueToMemory),
    ];
  });
  const drainRows = result.drains.map((d) => [
    OUTBOX_STORE_LABELS[d.store],
    n(d.backlog),
    String(d.sellers),
    usText(d.drainUs),
    usText(d.drainCpuUs),
    `${n(d.drainRatio)}×`,
    Number.isFinite(d.drainToMemory) ? x(d.drainToMemory) : "–",
  ]);
  const growth = stores.map((store) => {
    const small = row(store, 100, 1)!;
    const large = row(store, 1000, 1)!;
    const spread = row(store, 1000, 20)!;
    const huge = row(store, 5000, 1);
    return {
      store,
      tenfold: large.drainUs / small.drainUs,
      sellers: spread.drainUs / large.drainUs,
      huge: huge === undefined ? undefined : huge.drainUs / small.drainUs,
    };
  });
  const FLAT = 1.5;
  const flat = (ratio: number) => ratio <= FLAT;
  const growthRows = growth.map((g) => [
    OUTBOX_STORE_LABELS[g.store],
    x(g.tenfold),
    g.huge === undefined ? "–" : x(g.huge),
    x(g.sellers),
    flat(g.tenfold) && (g.huge === undefined || flat(g.huge))
      ? "flat (total grows linearly)"
      : "grows with the backlog (total grows faster than linearly)",
  ]);
  const amazonRows = result.amazon.map((a) => [
    String(a.sellers),
    n(a.sellers * a.perSeller),
    `${a.fakeSeconds.toFixed(1)} s`,
    `${a.minimumSeconds.toFixed(0)} s`,
    x(a.ratio),
    String(a.throttled),
    `${a.accepted} / ${a.sellers * a.perSeller}`,
    `${a.wallSeconds.toFixed(1)} s`,
  ]);

  for (const g of growth) {
    summary.push({
      section: "6 outbox",
      figure: `drain µs per message, backlog 1000 ÷ 100${
        g.huge === undefined ? "" : " (and 5000 ÷ 100)"
      }, ${g.store}`,
      target: "informational",
      measured: `${x(g.tenfold)}${
        g.huge === undefined ? "" : ` (${x(g.huge)})`
      }`,
      met: undefined,
    });
  }
  const worst = Math.max(...result.amazon.map((a) => a.ratio));
  const throttled = Math.max(...result.amazon.map((a) => a.throttled));
  summary.push({
    section: "6 outbox",
    figure: `drain time ÷ Amazon's minimum, fake clock, ${
      result.amazon.map((a) => a.sellers).join("/")
    } sellers × ${result.amazon[0]?.perSeller} (worst)`,
    target: `≤ ${OUTBOX_MAX_TIME_RATIO}, 0 × 429`,
    measured: `${x(worst)}, ${throttled} × 429`,
    met: worst <= OUTBOX_MAX_TIME_RATIO && throttled === 0,
  });

  const bars: Bar[] = [];
  for (const store of stores) {
    bars.push({ label: `## ${store}`, value: 0 });
    for (const d of result.drains.filter((d) => d.store === store)) {
      bars.push({
        label: `${n(d.backlog)} queued, ${d.sellers} seller${
          d.sellers === 1 ? "" : "s"
        }`,
        value: d.drainUs,
        text: usText(d.drainUs),
        kind: "ours",
      });
    }
  }
  charts["outbox.svg"] = barChart(bars, {
    title: "Outbox: drain overhead per message (stub client)",
    subtitle:
      `wall-clock µs per message of one drainOnce(); median of ${p.rounds} rounds`,
    unit: " µs",
    log: true,
  });

  const memory = growth.find((g) => g.store === "memory");
  return [
    `The outbox over each store, with a stub client whose \`sendMessage\` resolves at once (no network, no rate limiter, no token): the time is the outbox and the store. Stores: ${
      stores.map((s) => OUTBOX_STORE_LABELS[s]).join("; ")
    }. The Deno KV database is a file in \`${p.kvFolder}\` (one per run, on this machine's disk, deleted after the run). The SQL store runs the Durable Object store's own code and queries on Node's SQLite in memory standing in for \`ctx.storage.sql\`, under Deno without workerd: not workerd's storage layer, its output gates or its disk.`,
    "",
    `- Each run: a fresh store; \`enqueue\` of the backlog (timed: validation, the record and its id, the store write with its indexes); one \`drainOnce()\` (timed: recovery scan, lanes, lane lock, \`due\`, the claim to \`sending\`, the stub send, the finish to \`sent\`, unlock); then the baseline (timed): the same loop calling the stub client directly with the arguments the outbox passes (${p.baselinePasses} passes, per pass). Sizes and stores run in interleaved rounds, rotating order; ${p.rounds} to ${p.roundsAsked} rounds (as many as fit in ${
      (p.budgetMs / 1000).toFixed(0)
    } s, at least ${p.minRounds}); figures are medians, ratios medians of per-round ratios. Times are wall clock (the KV store waits for its database thread and the disk); CPU time of the process (all threads) beside it.`,
    `- Amazon-bound: on a fake clock, the built-in sandbox enforcing **${p.rate} request/s, burst ${p.burst}** per seller and operation (Amazon's Messaging plan), a memory store and one outbox whose clients (one per seller, LWA tokens from the sandbox) wait for their rate-limit turn; ${
      result.amazon[0]?.perSeller
    } messages per seller, one \`drainOnce()\`. Time is fake: from the drain's start to the last message the sandbox accepted; Amazon's minimum for one seller's backlog is (${
      result.amazon[0]?.perSeller
    } − ${p.burst}) / ${p.rate} s. Median run of ${result.amazon[0]?.runs}.`,
    "",
    "Enqueue, 1000 messages into a fresh store, one seller:",
    "",
    table([
      "store",
      "messages per second",
      "per message",
      "CPU per message",
      "÷ memory",
    ], enqueueRows),
    "",
    "Drain overhead per message:",
    "",
    table([
      "store",
      "backlog",
      "sellers",
      "per message",
      "CPU per message",
      "÷ stub called directly",
      "÷ memory, same size",
    ], drainRows),
    "",
    `The baseline (the stub called directly) costs ${
      median(result.drains.map((d) => d.baselineUs)).toFixed(2)
    } µs per message (median over the sizes), so the "÷ stub" column is the outbox and store cost in units of a bare call: it is large by construction.`,
    "",
    "![outbox chart](charts/outbox.svg)",
    "",
    `Growth of the drain overhead per message (flat: ≤ ${FLAT}×):`,
    "",
    table([
      "store",
      "backlog 1000 ÷ 100, one seller",
      "backlog 5000 ÷ 100, one seller",
      "1000 over 20 sellers ÷ one seller",
      "reading",
    ], growthRows),
    "",
    "Spread over 20 sellers the drain runs 20 lanes at once, so the stores' waits overlap (wall time per message falls, most for Deno KV, whose commits wait for its database thread and the disk); CPU per message shows the work itself. Deno KV's wall-clock figures depend on this machine's disk, which other processes share.",
    "",
    ...(memory !== undefined && !flat(memory.tenfold)
      ? [
        "The memory store's `due` filters and sorts the whole lane on every call, so one seller's drain does work in proportion to its queue for each message; spread over 20 sellers each lane is 20 times shorter.",
        "",
      ]
      : []),
    "Amazon-bound drain on a fake clock:",
    "",
    table([
      "sellers",
      "messages",
      "fake time",
      "Amazon's minimum",
      "÷ minimum",
      "429s",
      "accepted",
      "wall time",
    ], amazonRows),
    "",
    `The lanes of different sellers drain at once, so the time is one seller's minimum whatever the number of sellers; target ≤ ${OUTBOX_MAX_TIME_RATIO}× with no 429 (the fleet check of the outbox).`,
  ].join("\n");
}

// ---------------------------------------------------------------- endpoint

interface Throughput {
  readonly connections?: number;
  readonly durationSeconds?: number;
  readonly rounds?: number;
  readonly dryRun: {
    requestsPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    perRound?: readonly { requestsPerSecond: number; p99Ms: number }[];
  };
}

function isThroughput(json: unknown): json is Throughput {
  const value = json as Partial<Throughput> | undefined;
  return typeof value?.dryRun === "object" &&
    typeof value.dryRun.requestsPerSecond === "number";
}

interface BundleSizes {
  readonly name: string;
  readonly kb: number;
  readonly gzipKb: number;
  readonly parts: readonly { name: string; kb: number; gzipKb: number }[];
}

function parseBundles(text: string): BundleSizes[] {
  const bundles: {
    name: string;
    kb: number;
    gzipKb: number;
    parts: { name: string; kb: number; gzipKb: number }[];
  }[] = [];
  for (const line of text.split("\n")) {
    const head = /^(\S+): ([\d.]+) kB, ([\d.]+) kB gzip/.exec(line);
    if (head) {
      bundles.push({
        name: head[1],
        kb: Number(head[2]),
        gzipKb: Number(head[3]),
        parts: [],
      });
      continue;
    }
    const part = /^\s+(.+?)\s+([\d.]+) kB\s+([\d.]+) kB gzip/.exec(line);
    if (part && bundles.length) {
      bundles.at(-1)!.parts.push({
        name: part[1],
        kb: Number(part[2]),
        gzipKb: Number(part[3]),
      });
    }
  }
  return bundles;
}

function endpointSection(
  section: Section<EndpointResult>,
  summary: SummaryRow[],
  charts: Record<string, string>,
): string {
  const missing = notMeasured(section);
  const figures = [
    "HTTP dry runs per second at 32 connections (Deno, loopback), and p99",
    "Worker bundle, gzip",
    "Worker start-up to the first dry-run answer, above a trivial Worker",
  ];
  const notYet = (why: string) => {
    for (const figure of figures) {
      summary.push({
        section: "5 endpoint",
        figure,
        target: "–",
        measured: why,
        met: undefined,
      });
    }
  };
  if (missing) {
    notYet("not measured");
    return missing;
  }
  const result = (section as { value: EndpointResult }).value;
  const present = Object.entries(result.present).map(([path, here]) =>
    `\`${path}\` ${here ? "present" : "absent"}`
  ).join(", ");
  if (result.absent) {
    notYet("not yet measured");
    return `Not yet measured: ${result.absent} (${present}). The Hono endpoint and its measurements are owned by the endpoint work. When they exist, this report runs every \`bench/endpoint*.ts\` (with the \`deno run\` command its header documents, the network narrowed to loopback; \`deno bench --json\` for \`Deno.bench\` files), \`scripts/build_worker.ts\` (bundle size split) (its start-up through \`bench/endpoint_worker_startup.ts\`), and includes every \`bench/endpoint*.md\`.`;
  }
  const parts: string[] = [
    `Owned by the endpoint work; this report runs what it provides (${present}) and includes what it prints. Commands as run:`,
    "",
    ...result.items.filter((i) => i.command).map((i) =>
      `- \`${i.command}\` (${i.ok ? "ok" : "failed"}, ${
        seconds(i.seconds ?? 0)
      })`
    ),
    "",
  ];
  const bars: Bar[] = [];
  const throughput = result.items.find((i) => i.ok && isThroughput(i.json));
  if (throughput && isThroughput(throughput.json)) {
    const t = throughput.json;
    const { minRequestsPerSecond, maxP99Ms } = TARGETS.endpoint;
    summary.push({
      section: "5 endpoint",
      figure: figures[0],
      target: `≥ ${minRequestsPerSecond}/s, p99 ≤ ${maxP99Ms} ms`,
      measured:
        `${t.dryRun.requestsPerSecond}/s, p50 ${t.dryRun.p50Ms} ms, p99 ${t.dryRun.p99Ms} ms`,
      met: t.dryRun.requestsPerSecond >= minRequestsPerSecond &&
        t.dryRun.p99Ms <= maxP99Ms,
    });
    parts.push(
      `### Dry-run throughput (\`${throughput.path}\`)`,
      "",
      `\`POST /messages\` with \`dryRun: true\` (API key check, compose, eligibility from the cache, lint) on \`Deno.serve\`, load from autocannon in a separate Node process on loopback (${
        t.connections ?? "?"
      } connections, ${t.durationSeconds ?? "?"} s per round, ${
        t.rounds ?? "?"
      } rounds). The server and the load generator share this machine's 2 cores.`,
      "",
      table(["round", "requests/s", "latency p99"], [
        ...(t.dryRun.perRound ?? []).map((round, n) => [
          String(n + 1),
          String(round.requestsPerSecond),
          `${round.p99Ms} ms`,
        ]),
        [
          "all",
          String(t.dryRun.requestsPerSecond),
          `${t.dryRun.p99Ms} ms`,
        ],
      ]),
      "",
    );
  } else {
    summary.push({
      section: "5 endpoint",
      figure: figures[0],
      target: "–",
      measured: "not yet measured",
      met: undefined,
    });
  }
  const dryRunBench = result.items.find((i) =>
    i.ok && i.path.endsWith("endpoint_dry_run_bench.ts") && i.benches
  );
  const baselineRow = dryRunBench?.benches?.find((b) => b.baseline);
  const appRow = dryRunBench?.benches?.find((b) =>
    !b.baseline && !/chunked/.test(b.name)
  );
  if (baselineRow && appRow) {
    const ratio = appRow.avgNs / baselineRow.avgNs;
    summary.push({
      section: "5 endpoint",
      figure:
        "HTTP dry run through `app.fetch` ÷ `compose` + `lintMessage` on the same input (in process, mean)",
      target: `≤ ${TARGETS.endpoint.maxDryRunOverDirect}×`,
      measured: `${x(ratio)} (${(appRow.avgNs / 1000).toFixed(0)} vs ${
        (baselineRow.avgNs / 1000).toFixed(0)
      } µs per 20)`,
      met: ratio <= TARGETS.endpoint.maxDryRunOverDirect,
    });
  }
  const builder = result.items.find((i) =>
    i.path === "scripts/build_worker.ts"
  );
  const bundles = builder?.ok ? parseBundles(builder.text) : [];
  const worker = bundles.find((b) => b.name === "worker");
  if (worker) {
    summary.push({
      section: "5 endpoint",
      figure: figures[1],
      target: `≤ ${TARGETS.endpoint.maxWorkerGzipKb} kB`,
      measured: `${worker.gzipKb} kB (${worker.kb} kB minified)`,
      met: worker.gzipKb <= TARGETS.endpoint.maxWorkerGzipKb,
    });
    parts.push(
      "### Bundle size split (`scripts/build_worker.ts`)",
      "",
      table(
        [
          "part",
          ...bundles.flatMap((b) => [`${b.name}: kB`, `${b.name}: gzip kB`]),
          "share of the Worker's gzip",
        ],
        [
          ...worker.parts.map((part) => [
            part.name,
            ...bundles.flatMap((b) => {
              const same = b.parts.find((p) => p.name === part.name);
              return same
                ? [same.kb.toFixed(1), same.gzipKb.toFixed(1)]
                : ["–", "–"];
            }),
            `${(100 * part.gzipKb / worker.gzipKb).toFixed(0)}%`,
          ]),
          [
            "total",
            ...bundles.flatMap((b) => [b.kb.toFixed(1), b.gzipKb.toFixed(1)]),
            "100%",
          ],
        ],
      ),
      "",
    );
    bars.push({
      label:
        `## Worker gzip ÷ the ${TARGETS.endpoint.maxWorkerGzipKb} kB budget`,
      value: 0,
    });
    bars.push({
      label: "Worker bundle",
      value: worker.gzipKb / TARGETS.endpoint.maxWorkerGzipKb,
      kind: worker.gzipKb <= TARGETS.endpoint.maxWorkerGzipKb ? "good" : "bad",
    });
    for (const part of worker.parts.slice(0, 4)) {
      bars.push({
        label: `  ${part.name}`,
        value: part.gzipKb / TARGETS.endpoint.maxWorkerGzipKb,
        kind: "peer",
      });
    }
  } else {
    summary.push({
      section: "5 endpoint",
      figure: figures[1],
      target: `≤ ${TARGETS.endpoint.maxWorkerGzipKb} kB`,
      measured: builder ? "build failed" : "not yet measured",
      met: undefined,
    });
  }
  const startup = result.items.find((i) =>
    i.path.endsWith("endpoint_worker_startup.ts")
  );
  const timing = startup?.ok ? startupFigures(startup.json) : undefined;
  if (timing) {
    const worst = Math.max(timing.us.aboveTrivial, timing.de.aboveTrivial);
    summary.push({
      section: "5 endpoint",
      figure: `${figures[2]} (median of ${timing.starts} paired starts)`,
      target: `≤ ${TARGETS.endpoint.maxStartupAboveTrivialMs} ms`,
      measured: `en-US ${timing.us.aboveTrivial.toFixed(0)} ms, de-DE ${
        timing.de.aboveTrivial.toFixed(0)
      } ms above a trivial Worker (${
        timing.trivial.total.toFixed(0)
      } ms); warm dry run ${timing.us.warm.toFixed(1)} ms`,
      met: worst <= TARGETS.endpoint.maxStartupAboveTrivialMs,
    });
    const ms = (n: number) => n.toFixed(0);
    parts.push(
      `### Worker start-up in workerd (\`${startup!.path}\`)`,
      "",
      "From before workerd starts (Miniflare constructed, so the script's evaluation is inside the window) to the first answer; each start of the endpoint is paired with a start of a trivial Worker in alternating order. Medians.",
      "",
      table(
        ["", "ready", "first answer after ready", "total", "above trivial"],
        [
          [
            'trivial Worker (`new Response("ok")`)',
            ms(timing.trivial.ready),
            ms(timing.trivial.first),
            ms(timing.trivial.total),
            "–",
          ],
          ...(["us", "de"] as const).map((locale) => [
            `endpoint, first dry run for ${
              locale === "us" ? "an en-US" : "a de-DE"
            } buyer`,
            ms(timing[locale].ready),
            ms(timing[locale].first),
            ms(timing[locale].total),
            ms(timing[locale].aboveTrivial),
          ]),
        ],
      ),
      "",
    );
  } else {
    summary.push({
      section: "5 endpoint",
      figure: figures[2],
      target: `≤ ${TARGETS.endpoint.maxStartupAboveTrivialMs} ms`,
      measured: startup ? "run failed" : "not yet measured",
      met: undefined,
    });
  }
  if (bars.length) {
    charts["endpoint.svg"] = barChart(bars, {
      title: "Endpoint: dry-run throughput and Worker bundle",
      subtitle: "the Worker bundle against its budget",
      unit: "×",
      reference: { value: 1, label: "1×" },
    });
    const firstHeading = parts.findIndex((p) => p.startsWith("### "));
    parts.splice(
      firstHeading < 0 ? parts.length : firstHeading,
      0,
      "![endpoint chart](charts/endpoint.svg)",
      "",
    );
  }
  for (const item of result.items) {
    if (!item.ok) {
      parts.push(
        `### \`${item.path}\` failed`,
        "",
        "```",
        item.text,
        "```",
        "",
      );
    } else if (item.kind === "markdown") {
      parts.push(`### \`${item.path}\``, "", demote(item.text, 2), "");
    } else if (item.kind === "bench" && item.benches) {
      parts.push(
        `### \`${item.path}\``,
        "",
        table(
          ["bench", "group", "avg", "p75", "p99"],
          item.benches.map((b) => [
            `${b.name}${b.baseline ? " (baseline)" : ""}`,
            b.group ?? "",
            `${us(b.avgNs)} µs`,
            `${us(b.p75Ns)} µs`,
            `${us(b.p99Ns)} µs`,
          ]),
        ),
        "",
      );
    } else if (
      item.kind === "script" && item !== throughput && item !== builder
    ) {
      parts.push(`### \`${item.path}\``, "", "```", item.text, "```", "");
    }
  }
  return parts.join("\n");
}

// ---------------------------------------------------------------- whole

/**
 * Renders the report.
 *
 * @param input Every section's outcome and the run's context.
 * @returns REPORT.md and the charts.
 */
export function render(input: ReportInput): Rendered {
  const summary: SummaryRow[] = [];
  const charts: Record<string, string> = {};
  const m = input.machine;
  const sectionTime = (
    s: Section<unknown>,
  ) => (s.state === "skipped" ? "skipped" : seconds(s.seconds));

  const compose = notMeasured(input.compose) ??
    composeSection(
      (input.compose as { value: ComposeResult }).value,
      summary,
      charts,
    );
  const lint = notMeasured(input.lint) ??
    lintSection((input.lint as { value: LintResult }).value, summary, charts);
  const language = languageSection(input.language, summary, charts);
  const send = notMeasured(input.send) ??
    sendSection((input.send as { value: SendResult }).value, summary, charts);
  const endpoint = endpointSection(input.endpoint, summary, charts);
  const outbox = notMeasured(input.outbox) ??
    outboxSection(
      (input.outbox as { value: OutboxResult }).value,
      summary,
      charts,
    );
  const peers = input.send.state === "ok"
    ? input.send.value.clients.filter((c) => !c.id.startsWith("ours")).map((
      c,
    ) => c.label).join("; ")
    : "not installed";

  const markdown = [
    "# Benchmark report",
    "",
    `Generated by \`deno task bench:report\` ([bench/report.ts](report.ts)) on ${
      input.started.toISOString().slice(0, 16).replace("T", " ")
    } UTC in **${
      seconds(input.seconds)
    }**. Every figure below was measured in this run. Ratios are against a baseline measured in the same run (CPU-bound figures: in the same rounds); every figure is a median over several rounds or runs. Regenerate with \`deno task bench:report\`; nothing leaves 127.0.0.1.`,
    "",
    "## Summary",
    "",
    table(
      ["section", "figure", "target", "measured", "met"],
      summary.map((
        r,
      ) => [r.section, r.figure, r.target, r.measured, MET(r.met)]),
      "lllll",
    ),
    "",
    `Targets and where they come from: [bench/report/targets.ts](report/targets.ts). Compose: ${TARGETS.compose.source}. Lint: ${TARGETS.lint.source}. Send: ${TARGETS.send.source}. Endpoint: ${TARGETS.endpoint.source}. Peers have no target: their rows say what they do under the same load.`,
    "",
    "## Machine and method",
    "",
    table(["", ""], [
      ["CPU", `${m.cpu}, ${m.cores} cores`],
      ["memory", `${m.memoryGiB.toFixed(1)} GiB`],
      ["OS", m.os],
      ["Deno", `${m.deno} (V8 ${m.v8}, TypeScript ${m.typescript})`],
      ["Node (peers)", m.node],
      ["peer clients", peers],
      [
        "load average (1/5/15 min)",
        `before ${m.loadavg.map((v) => v.toFixed(2)).join(" / ")}; after ${
          input.loadAfter.map((v) => v.toFixed(2)).join(" / ")
        }`,
      ],
      [
        "section times",
        `compose ${sectionTime(input.compose)}, lint ${
          sectionTime(input.lint)
        }, language ${sectionTime(input.language)}, send ${
          sectionTime(input.send)
        }, endpoint ${sectionTime(input.endpoint)}, outbox ${
          sectionTime(input.outbox)
        }`,
      ],
    ], "ll"),
    "",
    "- Each section runs in its own Deno process (a fresh isolate), one after another.",
    "- Compose and lint: the candidates of a table run in interleaved rounds (one batch of ≥ 25–30 ms each per round, rotating order, after a warm-up), timed in CPU time of the process (`process.cpuUsage()`, user + system), so time spent preempted by other processes on this shared machine does not count. A figure is the median over rounds; a ratio is the median of the per-round ratios to the baseline, with the interquartile range in parentheses.",
    "- Send: wall-clock time, since waiting for the rate limit is the point; medians over rounds with clients interleaved.",
    "",
    "## 1. Compose",
    "",
    compose,
    "",
    "## 2. Lint",
    "",
    lint,
    "",
    "## 3. Language match",
    "",
    language,
    "",
    "## 4. Send",
    "",
    send,
    "",
    "## 5. Endpoint",
    "",
    endpoint,
    "",
    "## 6. Outbox",
    "",
    outbox,
    "",
    "## Reproduce",
    "",
    "```sh",
    "deno task bench:report                   # everything, about 5 minutes",
    "deno task bench:report --skip=language   # sections can be left out (the report says so)",
    "```",
    "",
    `The task runs \`${input.taskLine}\`. That process only reads the repository, writes bench/ and starts the sections, each a process with its own narrow flags: compose \`--allow-read=. --allow-write=bench/.out\`; lint \`--allow-read=.\`; language \`--allow-read=.,/tmp/sellerkit-bench-language --allow-write=/tmp/sellerkit-bench-language --allow-run=deno,ln\` (the scripts of bench/language then run with the flags they document); send \`--allow-read=.,/tmp/sellerkit-bench-peers --allow-write=/tmp/sellerkit-bench-peers --allow-run=deno,node,npm --allow-net=127.0.0.1\`, our client \`--allow-net=127.0.0.1\` only, the peers under Node with a preload that refuses non-loopback connections; the endpoint scripts with the flags they document, the network narrowed to loopback; outbox \`--unstable-kv --allow-read=.,/tmp/sellerkit-bench-outbox --allow-write=/tmp/sellerkit-bench-outbox\` (no network). The peers are installed by \`npm ci\` from [bench/peers/package-lock.json](peers/package-lock.json) into \`/tmp/sellerkit-bench-peers\` (never into the repository).`,
    "",
  ].join("\n");
  return { markdown, charts };
}

interface StartupTimes {
  readonly ready: number;
  readonly first: number;
  readonly total: number;
}

interface StartupFigures {
  readonly starts: number;
  readonly trivial: StartupTimes;
  readonly us: StartupTimes & { aboveTrivial: number; warm: number };
  readonly de: StartupTimes & { aboveTrivial: number; warm: number };
}

/** The summary `bench/endpoint_worker_startup.ts` prints, if it is one. */
function startupFigures(json: unknown): StartupFigures | undefined {
  const value = json as Partial<StartupFigures> | undefined;
  return typeof value?.starts === "number" &&
      typeof value.us?.aboveTrivial === "number" &&
      typeof value.de?.aboveTrivial === "number" &&
      typeof value.trivial?.total === "number"
    ? value as StartupFigures
    : undefined;
}

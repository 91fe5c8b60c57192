/**
 * Composes and lints the sample message of every text message type, in the
 * locales given on the command line (default: en-US and de-DE). Exits 1 when
 * any message would be rejected.
 *
 * Run: `deno run --allow-read=. examples/print_samples.ts fr-FR ja-JP`
 *
 * @module
 */

import {
  createComposer,
  lintMessage,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../mod.ts";

const locales = Deno.args.length > 0 ? Deno.args : ["en-US", "de-DE"];
const composer = createComposer();
let failures = 0;

for (const type of MESSAGE_TYPE_IDS) {
  if (MESSAGE_TYPES[type].text === null) continue;
  const data = JSON.parse(
    await Deno.readTextFile(
      new URL(`../templates/${type}/sample.json`, import.meta.url),
    ),
  );
  for (const locale of locales) {
    const message = composer.compose({ type, locale, data });
    const report = lintMessage({
      type,
      text: message.text,
      locale,
      amazonOrderId: data.amazonOrderId,
      template: { id: message.template, locale: message.locale },
      dataSpans: message.dataSpans,
    });
    const limit = MESSAGE_TYPES[type].text!.max;
    console.log(
      `── ${type} · ${message.locale} (${message.localeMatch}) · ${message.text.length}/${limit} · ${
        report.ok ? "ok" : "REJECTED"
      }`,
    );
    console.log(message.text);
    for (const d of report.diagnostics) {
      const where = d.range === null
        ? "-"
        : `${d.range.start.line}:${d.range.start.column}`;
      const mark = d.severity === "error" ? "✗" : "!";
      console.log(`  ${mark} ${where} ${d.ruleId}: ${d.message}`);
    }
    console.log();
    if (!report.ok) failures++;
  }
}

if (failures > 0) {
  console.error(`${failures} message(s) would be rejected`);
  Deno.exit(1);
}

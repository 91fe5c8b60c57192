/**
 * Composes and checks the sample message of every text message type, in the
 * locales given on the command line (default: en-US and de-DE).
 *
 * Run: `deno run --allow-read=. examples/print_samples.ts fr-FR ja-JP`
 *
 * @module
 */

import {
  createComposer,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
  validateMessageBody,
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
    const check = validateMessageBody(type, { text: message.text });
    const limit = MESSAGE_TYPES[type].text!.max;
    console.log(
      `── ${type} · ${message.locale} (${message.localeMatch}) · ${message.text.length}/${limit} · ${
        check.success ? "ok" : "INVALID"
      }`,
    );
    console.log(message.text);
    for (const issue of check.issues) {
      console.log(`  ✗ ${issue.path}: ${issue.message}`);
    }
    console.log();
    if (!check.success) failures++;
  }
}

if (failures > 0) {
  console.error(`${failures} message(s) failed their checks`);
  Deno.exit(1);
}

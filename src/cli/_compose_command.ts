// `compose`: composes one message and prints its text and lint findings.

import { PROGRAM } from "./_args.ts";
import { createComposer } from "../compose/create_composer.ts";
import { compileTemplate } from "../compose/precompile_templates.ts";
import { lintMessage } from "../lint/lint_message.ts";
import { findTemplates } from "./_find_templates.ts";
import {
  type Command,
  InputError,
  readJson,
  required,
  stringValue,
} from "./_io.ts";

/** The `compose` command. */
export const composeCommand: Command = {
  help:
    `Usage: ${PROGRAM} compose --type <type> --locale <locale> --data <file.json> [options]

Composes one message and prints its text and lint findings.

Options:
  --type <type>                 The message type, e.g. unexpectedProblem (required).
  --locale <locale>             The buyer's locale, e.g. de-AT (required).
  --data <file.json>            The template data, a JSON object (required).
  --templates <dir>             Use the templates in this folder instead of
                                the default ones.
  -h, --help                    Show this help.

Exit codes: 0 ok, 1 the message would be rejected, 2 usage or input errors.
`,
  options: {
    type: { type: "string" },
    locale: { type: "string" },
    data: { type: "string" },
    templates: { type: "string" },
  },
  maxPositionals: 0,
  async run(args, { write }) {
    const [type, locale, dataFile] = required(args, "compose", [
      "type",
      "locale",
      "data",
    ]) as [string, string, string];
    const data = await readJson(dataFile);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      throw new InputError(
        `Cannot use data file "${dataFile}": it must hold a JSON object`,
      );
    }
    const record = data as Record<string, unknown>;
    const dir = stringValue(args, "templates");
    let message;
    try {
      const templates = dir === undefined
        ? undefined
        : (await findTemplates(dir, "load templates from")).map((file) =>
          compileTemplate(file)
        );
      message = createComposer({ templates }).compose({
        type,
        locale,
        data: record,
      });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError((error as Error).message, { cause: error });
    }
    const report = lintMessage({
      type,
      text: message.text,
      locale,
      ...(typeof record.amazonOrderId === "string"
        ? { amazonOrderId: record.amazonOrderId }
        : {}),
      template: { id: message.template, locale: message.locale },
      dataSpans: message.dataSpans,
    });
    write(`${message.text}\n\n`);
    write(
      `template ${message.template} (${message.locale}, ${message.localeMatch}), ${message.text.length} characters\n`,
    );
    for (const d of report.diagnostics) {
      const where = d.range === null
        ? "-"
        : `${d.range.start.line}:${d.range.start.column}`;
      write(`  ${where}  ${d.severity}  ${d.message}  ${d.ruleId}\n`);
    }
    return report.ok ? 0 : 1;
  },
};

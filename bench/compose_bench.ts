/**
 * `deno bench` for composing: the 200- and 2000-character `unexpectedProblem`
 * messages of the benchmark fixtures (a loop, a condition, variables, with
 * and without the Intl helpers) through `createTemplateComposer().compose`,
 * the render path every message takes, including its output budget.
 *
 * Run: `deno bench --allow-read bench/compose_bench.ts`
 *
 * @module
 */
import { createTemplateComposer } from "../src/compose/create_template_composer.ts";
import { compileTemplate } from "../src/precompile.ts";
import { DATA, LOCALE, MESSAGE_TYPE, TEMPLATES } from "./report/fixtures.ts";

for (const template of TEMPLATES) {
  const variant = `s${template.size}${template.helpers ? "h" : "v"}`;
  const composer = createTemplateComposer({
    templates: [compileTemplate({
      path: `${MESSAGE_TYPE}/${variant}/${LOCALE}.hbs`,
      source: template.source,
    })],
  });
  const request = {
    type: MESSAGE_TYPE,
    template: `${MESSAGE_TYPE}/${variant}`,
    locale: LOCALE,
    data: DATA,
  };
  const chars = composer.compose(request).text.length;
  Deno.bench({
    name: `compose ${chars} characters (${
      template.helpers ? "Intl helpers" : "variables only"
    })`,
    group: template.size,
    fn() {
      if (composer.compose(request).text.length !== chars) {
        throw new Error("unreachable");
      }
    },
  });
}

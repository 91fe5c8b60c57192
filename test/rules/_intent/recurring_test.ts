import assert from "node:assert/strict";
import { findRecurringOffers } from "../../../src/rules/_intent/recurring.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";

const found = (text: string) =>
  findRecurringOffers(text, segmentText(text)).map(({ start, end }) =>
    text.slice(start, end)
  );

Deno.test("findRecurringOffers: a period with a verb of sending near it in its clause", () => {
  assert.deepEqual(
    found("we'd also be happy to bake and ship a fresh bag every month."),
    ["every month"],
  );
  assert.deepEqual(
    found("wenn sie mögen, schicken wir ihnen jeden monat frische bohnen."),
    ["jeden monat"],
  );
  assert.deepEqual(found("以后我们也可以每个月固定给您寄一罐。"), ["每个月"]);
});

Deno.test("findRecurringOffers: another clause, a carrier's round or the buyer's own plan is no offer", () => {
  assert.deepEqual(
    found("cambie el filtro cada mes; le enviamos las instrucciones."),
    [],
  );
  assert.deepEqual(
    found("royal mail delivers to your village every two weeks."),
    [],
  );
  assert.deepEqual(
    found("your subscribe & save order ships every month on the 5th."),
    [],
  );
  assert.deepEqual(found("descale the kettle every month."), []);
});

Deno.test("no-marketing: a repeating delivery offered is cross-selling in every language", () => {
  const cases: [string, string][] = [
    [
      "es-MX",
      "Si gusta, le podemos mandar un costal cada mes para que a su perro nunca le falte.",
    ],
    [
      "sv-SE",
      "Vill du slippa beställa varje gång kan vi också skicka en nyrostad påse till dig var tredje vecka.",
    ],
    [
      "ar-AE",
      "يمكننا إن أحببت أن نرسل لك كيساً طازجاً كل شهر دون أن تحتاج إلى الطلب من جديد.",
    ],
  ];
  const missed = cases.filter(([locale, text]) =>
    !lintMessage({ type: "confirmOrderDetails", text, locale }).diagnostics
      .some((d) => d.ruleId === "no-marketing" && d.severity === "error")
  );
  assert.deepEqual(missed, []);
});

import assert from "node:assert/strict";
import {
  createHelpers,
  HELPER_NAMES,
  HelperError,
} from "../../src/compose/_helpers.ts";

const options = (hash: Record<string, unknown> = {}) => ({
  hash,
  loc: { start: { line: 2, column: 4 } },
});
const en = createHelpers({ locale: "en-US", timeZone: "UTC" });
const de = createHelpers({ locale: "de-DE", timeZone: "Europe/Berlin" });

Deno.test("createHelpers() formats dates in the locale", () => {
  assert.equal(en.formatDate!("2026-12-04", options()), "December 4, 2026");
  assert.equal(
    en.formatDate!("2026-12-04", options({ style: "short" })),
    "12/4/26",
  );
  assert.equal(de.formatDate!("2026-12-04", options()), "4. Dezember 2026");
  assert.equal(
    de.formatDateTime!("2026-12-04T08:00:00Z", options()),
    "4. Dezember 2026 um 09:00",
  );
  assert.equal(de.formatTime!("2026-12-04T08:00:00Z", options()), "09:00");
  assert.equal(
    en.formatDate!(Date.UTC(2026, 0, 2), options()),
    "January 2, 2026",
  );
});

Deno.test("createHelpers() formats ranges, numbers, currency and lists", () => {
  // ICU versions differ in which space they put around the dash.
  assert.match(
    String(
      en.formatDateRange!(
        "2026-12-04T08:00:00Z",
        "2026-12-04T12:00:00Z",
        options(),
      ),
    ),
    /^December 4, 2026, 8:00\sAM\s–\s12:00\sPM$/,
  );
  assert.match(
    String(en.formatDateRange!("2026-12-04", "2026-12-06", options())),
    /^December 4\s–\s6, 2026$/,
  );
  assert.equal(de.formatNumber!(1234.5, options()), "1.234,5");
  assert.equal(de.formatCurrency!(19.99, "eur", options()), "19,99\u00a0€");
  assert.equal(en.formatList!(["a", "b", "c"], options()), "a, b, and c");
  assert.equal(
    de.formatList!(["a", "b"], options({ type: "disjunction" })),
    "a oder b",
  );
  assert.equal(en.default!(undefined, "x", options()), "x");
  assert.equal(en.default!("y", "x", options()), "y");
  assert.equal(en.eq!(1, 1, options()), true);
});

Deno.test("createHelpers() rejects bad data with a HelperError naming the helper", () => {
  const cases: [string, unknown[], RegExp][] = [
    ["formatDate", ["tomorrow"], /expects an ISO 8601 date/],
    ["formatDate", [undefined], /got nothing \(is the variable missing\?\)/],
    ["formatDate", ["2026-13-45"], /expects an ISO 8601 date/],
    ["formatDate", ["2026-12-04", "extra"], /./],
    [
      "formatDateRange",
      ["2026-12-05", "2026-12-04"],
      /start .* before the end/,
    ],
    ["formatNumber", ["12abc"], /expects a number/],
    ["formatCurrency", [10, "euro"], /ISO 4217 currency code/],
    ["formatList", ["a,b"], /expects an array of strings/],
    ["formatList", [[{}]], /expects an array of strings/],
  ];
  for (const [name, args, message] of cases) {
    if (name === "formatDate" && args.length === 2) {
      // A stray second argument is ignored, not an error.
      assert.equal(en.formatDate!(...args, options()), "December 4, 2026");
      continue;
    }
    assert.throws(() => en[name]!(...args, options()), (error: unknown) => {
      assert.ok(error instanceof HelperError, name);
      assert.equal(error.helper, name);
      assert.match(error.message, message);
      assert.deepEqual(error.loc, { start: { line: 2, column: 4 } });
      return true;
    });
  }
  assert.throws(
    () => en.formatDate!("2026-12-04", options({ style: "huge" })),
    /style to be/,
  );
  assert.throws(
    () =>
      en.formatDate!(
        "2026-12-04T00:00:00Z",
        options({ timeZone: "Nowhere/City" }),
      ),
    HelperError,
  );
  assert.throws(
    () => en.formatList!(["a"], options({ type: "bogus" })),
    /type to be/,
  );
});

Deno.test("HELPER_NAMES lists every helper", () => {
  assert.deepEqual([...HELPER_NAMES].sort(), Object.keys(en).sort());
});

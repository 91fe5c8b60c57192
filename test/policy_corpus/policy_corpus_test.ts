/**
 * The lint against the labeled corpus, on the report half only (rules are
 * tuned on the other half). The thresholds are a ratchet: they hold the
 * figures reached so far, so a change that makes the lint worse fails here.
 * The targets are ≤ 0.5% of clean messages with an error and ≥ 98% of
 * violations caught, in every language. Only counts are printed, never the
 * report half's texts.
 */
import assert from "node:assert/strict";
import { halfOf, loadCorpus, stripDataMarkers } from "./_corpus.ts";
import { lintCase, scoreCorpus } from "./_score.ts";

// The report half grew with round 9 (ids 385–432, written and reviewed by
// other people, scored before any change: 4.3% false errors and 95.0%
// caught on its report half; the same after the changes tuned on its other
// half and on development sets of its own). With it, the rules score 3.95%
// and 94.6% on the whole report half (4.01% and 94.5% before the round's
// changes); these hold that.
// This round's changes (the review model's second opinion in sentences
// that deny a review, reported and answered questions, a newer model that
// came out, exchanges) leave them at 3.95% and 94.5% (67 and 1,660 of 1,696
// and 1,756, from 67 and 1,661). The next round's (another customer's
// review, control labels quoted, other senses of the policy words, future
// bookings, pre-orders and storefronts) leave them at 3.83% and 94.6% (65
// and 1,661).
/** At most this share of clean messages may get an error, overall. */
const MAX_FALSE_ERRORS = 0.039;
/** At least this share of violations must be caught, overall. */
const MIN_CAUGHT = 0.945;
/** The same, in the worst language. */
const MAX_FALSE_ERRORS_PER_LANGUAGE = 0.075;
const MIN_CAUGHT_PER_LANGUAGE = 0.88;

Deno.test("the corpus is well formed: 16 locales, labels checked by another person, ids unique", async () => {
  const corpus = await loadCorpus();
  assert.ok(corpus.length >= 1500, `${corpus.length} messages`);
  const locales = new Set(corpus.map((item) => item.locale));
  assert.equal(locales.size, 16);
  const ids = new Set(corpus.map((item) => item.id));
  assert.equal(ids.size, corpus.length);
  for (const item of corpus) {
    assert.ok(
      item.reviewer !== undefined && item.reviewer !== item.writer,
      item.id,
    );
    assert.ok(["clean", "violation"].includes(item.label), item.id);
    assert.equal(item.label === "clean", item.rules.length === 0, item.id);
  }
  const clean = corpus.filter((item) => item.label === "clean").length;
  assert.ok(Math.abs(clean / corpus.length - 0.5) < 0.05, "about half clean");
});

Deno.test("the split is stable and even", async () => {
  assert.equal(halfOf("de-DE-001"), halfOf("de-DE-001"));
  const corpus = await loadCorpus();
  const report = corpus.filter((item) => item.half === "report").length;
  assert.ok(Math.abs(report / corpus.length - 0.5) < 0.05);
});

Deno.test("stripDataMarkers() turns ⟦…⟧ into data spans of the plain text", () => {
  assert.deepEqual(stripDataMarkers("Print ⟦50% OFF⟧ on ⟦2⟧ mugs"), {
    text: "Print 50% OFF on 2 mugs",
    spans: [{ start: 6, end: 13 }, { start: 17, end: 18 }],
  });
});

Deno.test("on the report half the lint stays within the ratchet, overall and per language", async () => {
  const corpus = (await loadCorpus()).filter((item) => item.half === "report");
  const score = scoreCorpus(corpus, lintCase);
  const { total } = score;
  const falseErrors = total.falseErrors / total.clean;
  const caught = total.caught / total.violations;
  assert.ok(
    falseErrors <= MAX_FALSE_ERRORS,
    `${(100 * falseErrors).toFixed(1)}% of clean messages got an error`,
  );
  assert.ok(caught >= MIN_CAUGHT, `${(100 * caught).toFixed(1)}% caught`);
  for (const [locale, group] of Object.entries(score.byLocale)) {
    assert.ok(
      group.falseErrors / group.clean <= MAX_FALSE_ERRORS_PER_LANGUAGE,
      `${locale}: ${group.falseErrors} of ${group.clean} clean messages got an error`,
    );
    assert.ok(
      group.caught / group.violations >= MIN_CAUGHT_PER_LANGUAGE,
      `${locale}: ${group.caught} of ${group.violations} violations caught`,
    );
  }
});

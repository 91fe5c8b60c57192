import assert from "node:assert/strict";
import { compilePhrases } from "../../../src/rules/_intent/phrase_matcher.ts";
import {
  quotePhrase,
  reportPhrases,
} from "../../../src/rules/_intent/phrase_report.ts";

Deno.test("quotePhrase() flattens white space and shortens long phrases", () => {
  assert.equal(quotePhrase(" reply\n STOP "), "reply STOP");
  assert.equal(Array.from(quotePhrase("x".repeat(100))).length, 60);
});

Deno.test("reportPhrases() reports each match with its category and phrase", () => {
  const reports: unknown[] = [];
  reportPhrases(
    {
      text: "Please unsubscribe here.",
      report: (descriptor: unknown) => reports.push(descriptor),
    } as never,
    compilePhrases({ optOut: { en: ["unsubscribe"] } }),
  );
  assert.deepEqual(reports, [{
    messageId: "optOut",
    start: 7,
    end: 18,
    data: { phrase: "unsubscribe" },
  }]);
});

// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import {
  findAddresses,
  HIDDEN,
  SPLIT_WORD,
  splitMatters,
} from "./_links/find_addresses.ts";
import { foldForMatching } from "./_links/fold.ts";
import { lookalikeSkeleton } from "./_links/lookalike_skeleton.ts";
import { beforeCuts } from "./_intent/split_words.ts";

/**
 * Disallows email addresses, however they are written: plain
 * (`name@shop.com`), with spaces (`info @ shop . de`), with the "@" and "."
 * in brackets or words in the 16 languages (`name (at) shop (dot) com`,
 * `soporte arroba tienda punto es`, `chiocciola`, `snabel-a`, `małpa`,
 * `klammeraffe`, `apenstaartje`, `arobase`, `アットマーク`, `艾特`, `圈a`,
 * `et işareti`, `एट द रेट`, `dot`, `punkt`, `nokta`, `ドット`, `点`,
 * `نقطة`, `डॉट`), in full-width or mathematical letters, with invisible
 * characters or soft hyphens inside, reversed behind a right-to-left
 * override, or as "name at gmail" with the provider named. A mail
 * provider's domain on its own (`gmail.com`, `gmx punkt de`) gives an
 * address away too, as does a user name next to a provider that means
 * only mail (`anna.k on Gmail`, `lampen.service bei GMX`, `Gmail:
 * anna.k`, `QQ邮箱：12345678`), a symbol to swap for "@"
 * (`info★shop.jp (★ → @)`), "at the rate", `name@provider` without a
 * domain, a line break inside an address or inside its words
 * (`arr\noba`), and a domain written in Devanagari or Arabic letters.
 * Buyers and sellers talk through Amazon's messaging only.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Escríbanos a soporte arroba tienda punto es." });
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-email").length, 1);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "The courier arrives at 9:00. Your account at Amazon.de shows the order." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-email"), false);
 * ```
 */
export const noEmail: Rule = defineRule({
  id: "no-email",
  meta: {
    type: "problem",
    description: "Disallow email addresses, including obfuscated ones",
    defaultSeverity: "error",
    messages: {
      email:
        'Remove the email address "{{email}}": buyers must reply through Amazon\'s messaging, so ask them to reply to this message',
      obfuscated:
        'Remove "{{email}}": it spells out an email address, which Amazon forbids however it is written',
      provider:
        'Remove "{{email}}": it points the buyer to a mail address outside Amazon\'s messaging',
    },
  },
  check(context) {
    const view = foldForMatching(context.text);
    // Look-alike letters in the words of an address read as Latin (the
    // same length: offsets are the view's).
    const text = lookalikeSkeleton(view.text);
    const hiddenIn = (start: number, end: number): boolean => {
      if (view.identity) return false;
      const range = view.toOriginal(start, end);
      return HIDDEN.test(context.text.slice(range.start, range.end));
    };
    const found = findAddresses(text, hiddenIn);
    // Read again with line breaks inside words taken out: only what spans
    // such a break is new. A whole address found as it stands is not
    // extended back over the line before it ("Anna\nsupport@shop.com").
    const ends = new Set(found.map((hit) => hit.end));
    if (text.includes("\n")) {
      const cuts: { at: number; length: number }[] = [];
      const joined = text.replace(SPLIT_WORD, (cut, at: number) => {
        if (!splitMatters(text, at, at + cut.length)) return cut;
        cuts.push({ at, length: cut.length });
        return "";
      });
      if (cuts.length > 0) {
        // Where each cut sits in the joined text, and the length cut before
        // and at it.
        const places: number[] = [];
        const shifts: number[] = [];
        let total = 0;
        for (const cut of cuts) {
          places.push(cut.at - total);
          total += cut.length;
          shifts.push(total);
        }
        // A joined offset's offset in the view.
        const toView = (offset: number, end: boolean): number =>
          beforeCuts(places, shifts, offset, end);
        // Only the stretches around the breaks are read again.
        const stretches: [number, number][] = [];
        let shift = 0;
        for (const cut of cuts) {
          const at = cut.at - shift;
          shift += cut.length;
          const last = stretches.at(-1);
          if (last !== undefined && at - 140 <= last[1]) {
            last[1] = at + 300;
          } else stretches.push([Math.max(0, at - 140), at + 300]);
        }
        for (const [from, to] of stretches) {
          for (
            const hit of findAddresses(
              joined.slice(from, to),
              (start, end) =>
                hiddenIn(toView(from + start, false), toView(from + end, true)),
            )
          ) {
            hit.start += from;
            hit.end += from;
            const start = toView(hit.start, false);
            const end = toView(hit.end, true);
            if (end - start === hit.end - hit.start || ends.has(end)) continue;
            found.push({ start, end, messageId: "obfuscated" });
          }
        }
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const hit of found) {
      if (hit.start < lastEnd) continue;
      lastEnd = hit.end;
      const range = view.toOriginal(hit.start, hit.end);
      const written = context.text.slice(range.start, range.end);
      // Full-width letters, invisible characters, a reversed run: hidden.
      const messageId = hit.messageId === "email" &&
          written !== text.slice(hit.start, hit.end)
        ? "obfuscated"
        : hit.messageId;
      context.report({
        messageId,
        data: { email: written },
        start: range.start,
        end: range.end,
      });
    }
  },
});

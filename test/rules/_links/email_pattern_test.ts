import assert from "node:assert/strict";
import {
  ADDRESS,
  DOT,
  words,
} from "../../../src/rules/_links/email_pattern.ts";

Deno.test("words: longest first, regex characters escaped, spaces loose", () => {
  const pattern = new RegExp(
    `^(?:${words(["at", "at the rate", "a.t"])})`,
    "u",
  );
  assert.equal(pattern.exec("at  the rate x")?.[0], "at  the rate");
  assert.equal(pattern.exec("a.t")?.[0], "a.t");
  assert.equal(pattern.exec("axt"), null);
});

Deno.test("DOT: a dot however it is written, not a sentence's end", () => {
  const dot = new RegExp(`^${DOT}$`, "iu");
  for (
    const written of [".", " . ", " punkt ", " (dot) ", "[.]", "-nokta-", "。"]
  ) {
    assert.ok(dot.test(written), JSON.stringify(written));
  }
  assert.equal(dot.test(". "), false);
});

Deno.test("ADDRESS: a whole address with its at and dots spelled out", () => {
  for (
    const text of [
      "soporte arroba tienda punto es",
      "info (at) shop (dot) de",
      "anna@example.com",
    ]
  ) {
    ADDRESS.lastIndex = 0;
    assert.equal(ADDRESS.exec(text)?.[0], text);
  }
  ADDRESS.lastIndex = 0;
  assert.equal(ADDRESS.exec("see you at noon"), null);
});

Deno.test("words() matches as the plain alternation, longest word first", () => {
  // The plain alternation, longest first, as words() wrote it before its
  // letter tree.
  const plain = (list: readonly string[]) =>
    [...list].sort((a, b) => b.length - a.length).map((word) =>
      word.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`).replace(
        / /g,
        String.raw`\s{1,2}`,
      )
    ).join("|");
  const lists: readonly (readonly string[])[] = [
    ["at", "at sign", "ät", "a", "arroba", "apenstaartje", "apestaartje"],
    ["gmail", "gmx", "googlemail", "me", "mail", "t-online", "163邮箱", "163"],
    ["jio", "जी मेल", "जीमेल", "ヤフー", "e.mail", "(at)", "a+b"],
  ];
  const texts = [
    "write at sign or at  sign, ät and a apenstaartje",
    "gmailgmx googlemail me mail t-online 163邮箱 1634",
    "jio जी मेल जी  मेल जीमेल ヤフー e.mail email (at) a+b ab",
  ];
  for (const list of lists) {
    const tree = new RegExp(`(?:${words(list)})`, "gu");
    const flat = new RegExp(`(?:${plain(list)})`, "gu");
    for (const text of [...texts, list.join(" "), list.join("")]) {
      assert.deepEqual(
        [...text.matchAll(tree)].map((m) => [m.index, m[0]]),
        [...text.matchAll(flat)].map((m) => [m.index, m[0]]),
        text,
      );
    }
  }
  assert.equal(words(["gmail", "gmx", "gmail"]), "gm(?:ail|x)");
});

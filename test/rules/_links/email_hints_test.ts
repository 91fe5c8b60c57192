import assert from "node:assert/strict";
import {
  atHints,
  providerHints,
  scriptDomainHints,
} from "../../../src/rules/_links/email_hints.ts";
import type { Found } from "../../../src/rules/_links/email_pattern.ts";

function spans(
  text: string,
  hints: (text: string, found: Found[]) => void,
): string[] {
  const found: Found[] = [];
  hints(text, found);
  return found.map((hit) => text.slice(hit.start, hit.end));
}

const provider = (text: string, found: Found[]) =>
  providerHints(text, text.toLowerCase(), found);

Deno.test("providerHints: a user name next to a provider, or its domain spelled out", () => {
  assert.deepEqual(spans("write to anna.k on gmail please", provider), [
    "anna.k on gmail",
  ]);
  assert.deepEqual(spans("Schreiben Sie an shop bei gmx punkt de", provider), [
    "gmx punkt de",
  ]);
  assert.deepEqual(spans("gmail: lampen.service24", provider), [
    "gmail: lampen.service24",
  ]);
});

Deno.test("providerHints: product names, files and plain words are no user names", () => {
  assert.deepEqual(spans("Office365 on gmail works", provider), []);
  assert.deepEqual(spans("the manual.pdf on gmail", provider), []);
  assert.deepEqual(spans("We use Gmail for the shop", provider), []);
});

Deno.test("atHints: a line break inside an address, or a name@provider without domain", () => {
  assert.deepEqual(spans("write to lamp.shop@\nFriday", atHints), []);
  assert.deepEqual(spans("mail: lamp.shop@bright\nlamps.de now", atHints), [
    "lamp.shop@bright\nlamps.de",
  ]);
  assert.deepEqual(spans("write to tiendamx@hotmail today", atHints), [
    "tiendamx@hotmail",
  ]);
  assert.deepEqual(spans("Delivered@Amazon today", atHints), []);
});

Deno.test("scriptDomainHints: a domain written in Devanagari letters", () => {
  assert.deepEqual(spans("support एट रोशनी डॉट इन पर लिखें", scriptDomainHints), [
    "support एट रोशनी डॉट इन",
  ]);
  assert.deepEqual(spans("रोशनी डॉट इन", scriptDomainHints), []);
});

Deno.test("atHints: two capitalized words joined by '@' name a service, not a mailbox", () => {
  assert.deepEqual(spans("via the PostNL service Extra@Home", atHints), []);
  assert.deepEqual(spans("write to John@Gmail today", atHints), [
    "John@Gmail",
  ]);
  assert.deepEqual(spans("write to sales@potteryshop today", atHints), [
    "sales@potteryshop",
  ]);
});

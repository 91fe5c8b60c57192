import assert from "node:assert/strict";
import {
  findAddresses,
  SPLIT_WORD,
  splitMatters,
} from "../../../src/rules/_links/find_addresses.ts";

const none = () => false;

// Each distinct run once: a run may be found by more than one pattern.
function found(text: string) {
  const runs = new Map<string, { text: string; messageId: string }>();
  for (const hit of findAddresses(text, none)) {
    runs.set(`${hit.start}:${hit.end}`, {
      text: text.slice(hit.start, hit.end),
      messageId: hit.messageId,
    });
  }
  return [...runs.values()];
}

Deno.test("findAddresses: plain, spelled, spaced and provider addresses", () => {
  assert.deepEqual(found("Mail anna@example.com now"), [
    { text: "anna@example.com", messageId: "email" },
  ]);
  assert.deepEqual(found("info (at) shop (dot) de"), [
    { text: "info (at) shop (dot) de", messageId: "obfuscated" },
  ]);
  assert.deepEqual(found("i n f o @ s h o p . d e"), [
    { text: "i n f o @ s h o p . d e", messageId: "obfuscated" },
  ]);
  assert.deepEqual(found("then gmail.com"), [
    { text: "gmail.com", messageId: "provider" },
  ]);
});

Deno.test("findAddresses: places and times are no addresses", () => {
  assert.deepEqual(found("Look at shop.com for the manual, at 9.30 am"), []);
  assert.deepEqual(found("Your account at Amazon.de shows it."), []);
});

Deno.test("splitMatters: a break inside an at or dot word, or near an @", () => {
  const text = "write to shop arr\noba mail punto es";
  const cut = [...text.matchAll(SPLIT_WORD)][0]!;
  assert.ok(splitMatters(text, cut.index, cut.index + cut[0].length));
  const plain = "the bright\nlamps arrive soon";
  const other = [...plain.matchAll(SPLIT_WORD)][0]!;
  assert.equal(
    splitMatters(plain, other.index, other.index + other[0].length),
    false,
  );
});

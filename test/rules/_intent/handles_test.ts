import assert from "node:assert/strict";
import { findHandles } from "../../../src/rules/_intent/handles.ts";

const handles = (text: string) =>
  findHandles(text).map(({ start, end }) => text.slice(start, end));

Deno.test("findHandles: an @ that opens a word, with a name of three characters or more", () => {
  assert.deepEqual(
    handles("auf instagram unter @naehwerk.lotte, oder als ＠shop_jp."),
    ["@naehwerk.lotte", "＠shop_jp"],
  );
  assert.deepEqual(handles("新作は @mokunone_tokei でご紹介"), [
    "@mokunone_tokei",
  ]);
});

Deno.test("findHandles: no address, no lone @, no short name", () => {
  assert.deepEqual(handles("write to info@shop.de or sales @ shop"), []);
  assert.deepEqual(handles("19 € @ 2 pieces, @ab"), []);
});

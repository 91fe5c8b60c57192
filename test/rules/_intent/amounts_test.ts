import assert from "node:assert/strict";
import { findPercentages } from "../../../src/rules/_intent/amounts.ts";

const found = (text: string) =>
  findPercentages(text).map(({ start, end }) => text.slice(start, end));

Deno.test("findPercentages() finds percentages and fractions of a price in every script", () => {
  assert.deepEqual(found("15% off, 15 % de réduction, 2,5 %"), [
    "15%",
    "15 %",
    "2,5 %",
  ]);
  assert.deepEqual(found("%15 indirim, yüzde 20, yüzde onunu"), [
    "%15",
    "yüzde 20",
    "yüzde onunu",
  ]);
  assert.deepEqual(found("10٪ و ١٠٪"), ["10٪", "١٠٪"]);
  assert.deepEqual(found("15 procent, 20 prozent, 10 प्रतिशत"), [
    "15 procent",
    "20 prozent",
    "10 प्रतिशत",
  ]);
  assert.deepEqual(found("お支払い額の1割、全品九折"), ["1割", "九折"]);
  // Han and kana right before or after do not glue to the number.
  assert.deepEqual(found("可享15%优惠，次回15％オフ"), ["15%", "15％"]);
});

Deno.test("findPercentages() leaves numbers, ids and folding words alone", () => {
  assert.deepEqual(
    found("order 304-1234567-7654321, 2 items, 18 in wheels"),
    [],
  );
  assert.deepEqual(found("对折后放入盒中，分割线"), []);
  assert.deepEqual(found("A15%B, x%, /%3A"), []);
  // "yüzde" is also "on the face"; "三折" of a folding umbrella.
  assert.deepEqual(found("yüzde onarıcı etki, yüzde besleyici, 三折叠伞"), []);
});

Deno.test("findPercentages() is linear on long runs of digits and signs", () => {
  const text = "1%".repeat(20_000) + "9".repeat(40_000) + "%";
  const start = performance.now();
  findPercentages(text);
  assert.ok(performance.now() - start < 500);
});

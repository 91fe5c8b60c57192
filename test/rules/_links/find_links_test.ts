import assert from "node:assert/strict";
import { findLinks } from "../../../src/rules/_links/find_links.ts";

function found(text: string): [string, string, string, string][] {
  return findLinks(text).map((l) => [l.raw, l.form, l.host, l.path]);
}

Deno.test("findLinks() finds links in every written form", () => {
  assert.deepEqual(found("See https://www.shop.example/a?b=1."), [[
    "https://www.shop.example/a?b=1",
    "scheme",
    "www.shop.example",
    "/a?b=1",
  ]]);
  assert.deepEqual(found("Visit www.laden.de/x or laden.shop"), [
    ["www.laden.de/x", "www", "www.laden.de", "/x"],
    ["laden.shop", "bare", "laden.shop", "/"],
  ]);
  assert.deepEqual(found("hxxps://keys[.]com/dl and shop(.)de"), [
    ["hxxps://keys[.]com/dl", "defanged", "keys.com", "/dl"],
    ["shop(.)de", "defanged", "shop.de", "/"],
  ]);
  // Spelled-out hosts are searched by spelled_hosts.ts (tested there).
  assert.deepEqual(found("サイズは hinata ドット jp へ"), [[
    "hinata ドット jp",
    "spelled",
    "hinata.jp",
    "/",
  ]]);
  assert.deepEqual(found("http://198.51.100.7/x.exe, 198.51.100.7:8080"), [
    ["http://198.51.100.7/x.exe", "ip", "198.51.100.7", "/x.exe"],
    ["198.51.100.7:8080", "ip", "198.51.100.7", "/"],
  ]);
  assert.equal(found("data:text/html;base64,AAAA")[0]?.[1], "data");
  assert.deepEqual(found("Amazon.co.jpのアカウント")[0]?.[0], "Amazon.co.jp");
});

Deno.test("findLinks() keeps hosts in Nauru and Norway with www or a path", () => {
  assert.deepEqual(found("see www.org.nr or butikk.no/hjelp or shop.no"), [
    ["www.org.nr", "www", "www.org.nr", "/"],
    ["butikk.no/hjelp", "bare", "butikk.no", "/hjelp"],
    ["shop.no", "bare", "shop.no", "/"],
  ]);
});

Deno.test("findLinks() finds a host right after a full-width colon, not after a word's colon", () => {
  // The full-width colon of Chinese and Japanese text is normalized to
  // ":"; after a letter a colon stays part of the word ("mailto:").
  assert.deepEqual(
    found("详情请看:shop-example.cn/guide").map(([raw]) => raw),
    ["shop-example.cn/guide"],
  );
  assert.deepEqual(found("see mailto:shop-example.com"), []);
});

Deno.test("findLinks() leaves file names, abbreviations and numbers alone", () => {
  for (
    const text of [
      "invoice.pdf logo.ai readme.md setup.sh",
      "z.B. e.g. i.e. u.a. d.h. St. Louis a.m. p.m.",
      "2.5 cm, 1.234,56 €, v1.2.3, 10.30 Uhr, firmware 10.2.0.1, 1.2.3.4",
      "Thank you.Best regards",
      "el punto de venta, le point de retrait, der Punkt ist",
      "GmbH & Co.KG",
      "Org.nr: 556812-4472, Momsreg.nr SE556812447201, Art.Nr 4471",
      "Ref.no 88-1, Tel.no. given above",
    ]
  ) {
    assert.deepEqual(found(text), [], text);
  }
});

import assert from "node:assert/strict";
import { isMakerPage } from "../../../src/rules/_links/maker_pages.ts";

// The link's offsets in `text`, found by its URL.
function at(text: string, url: string): [number, number] {
  const start = text.indexOf(url);
  assert.ok(start >= 0, url);
  return [start, start + url.length];
}

function check(text: string, url: string, host: string, after = ""): boolean {
  const [start, end] = at(text, url);
  return isMakerPage(host, text, start, end, after);
}

Deno.test("isMakerPage(): a page the seller names as the maker's", () => {
  const cases: [string, string, string][] = [
    [
      "Die Installationsanleitung des Herstellers: https://www.fotokraft.de/installation\nViele Grüße\nSoftwareKontor",
      "https://www.fotokraft.de/installation",
      "www.fotokraft.de",
    ],
    [
      "日本語版の取扱説明書は、メーカー公式サイトのサポートページでご覧いただけます。\n説明書：https://support.caffe.co.jp/manual.pdf\n家電のミナモト",
      "https://support.caffe.co.jp/manual.pdf",
      "support.caffe.co.jp",
    ],
    [
      "Il manuale è sulla pagina di assistenza del produttore: https://www.modulab.it/manuali/ml180\nCordiali saluti, Arredo Casa",
      "https://www.modulab.it/manuali/ml180",
      "www.modulab.it",
    ],
  ];
  for (const [text, url, host] of cases) {
    assert.equal(check(text, url, host), true, text);
  }
});

Deno.test("isMakerPage(): the maker named after the link counts", () => {
  const text =
    "Guide: https://www.heatwise.com/th20.pdf from the manufacturer.\nBest, Cozy Home";
  assert.equal(
    check(
      text,
      "https://www.heatwise.com/th20.pdf",
      "www.heatwise.com",
      " from the manufacturer",
    ),
    true,
  );
});

Deno.test("isMakerPage(): no maker named, or the seller's own site", () => {
  // No word names the maker.
  assert.equal(
    check(
      "The guide is here: https://www.heatwise.com/th20.pdf\nBest, Cozy Home",
      "https://www.heatwise.com/th20.pdf",
      "www.heatwise.com",
    ),
    false,
  );
  // The seller calls the site its own.
  assert.equal(
    check(
      "The manufacturer's guide is also on our website: https://www.cozyhome.com/th20\nBest, Cozy Home",
      "https://www.cozyhome.com/th20",
      "www.cozyhome.com",
    ),
    false,
  );
  // The host's brand signs the message.
  assert.equal(
    check(
      "Tillverkarens skötselguide finns här: https://www.teakhuset.se/skotsel\nVänliga hälsningar\nTeakhuset Trädgård",
      "https://www.teakhuset.se/skotsel",
      "www.teakhuset.se",
    ),
    false,
  );
  // The maker named two sentences before the link is too far.
  assert.equal(
    check(
      "The manufacturer shipped a new batch. It arrived on Monday. Our tips: https://www.cozytips.com/care\nBest, Cozy Home",
      "https://www.cozytips.com/care",
      "www.cozytips.com",
    ),
    false,
  );
});

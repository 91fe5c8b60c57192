import assert from "node:assert/strict";
import { findSpelledHosts } from "../../../src/rules/_links/spelled_hosts.ts";

function found(text: string): [string, string, string][] {
  return findSpelledHosts(text).map((l) => [l.raw, l.host, l.path]);
}

Deno.test("findSpelledHosts() finds hosts with their dots spelled out", () => {
  assert.deepEqual(found("tienda punto com punto mx barra ayuda"), [
    ["tienda punto com punto mx barra ayuda", "tienda.com.mx", "/ayuda"],
  ]);
  assert.deepEqual(found("サイズは hinata ドット jp へ"), [
    ["hinata ドット jp", "hinata.jp", "/"],
  ]);
  // A CJK dot word needs no spaces around it.
  assert.deepEqual(found("詳しくはshopドットcomへ"), [
    ["shopドットcom", "shop.com", "/"],
  ]);
  assert.deepEqual(found("Write to shop (dot) de or laden · com"), [
    ["shop (dot) de", "shop.de", "/"],
    ["laden · com", "laden.com", "/"],
  ]);
  // Cyrillic look-alikes ("о") in Latin words are read as Latin.
  assert.deepEqual(found("shop krоpka cоm"), [
    ["shop krоpka cоm", "shop.com", "/"],
  ]);
  // A bracketed dot set apart by spaces, labels joined by plain dots before
  // it and a path of spaced slashes.
  assert.deepEqual(found("painel: rastreio.casapura [.] com [.] br, ok"), [
    ["rastreio.casapura [.] com [.] br", "rastreio.casapura.com.br", "/"],
  ]);
  assert.deepEqual(
    found("upload to drive ( . ) google { . } com / drive / f1"),
    [
      [
        "drive ( . ) google { . } com / drive / f1",
        "drive.google.com",
        "/drive/f1",
      ],
    ],
  );
  // A dot at a line break joins a host where the domain ends there too.
  assert.deepEqual(found("Order at shop.\nde."), [
    ["shop.\nde", "shop.de", "/"],
  ]);
});

Deno.test("findSpelledHosts() finds www with spaces for its dots", () => {
  assert.deepEqual(found("Go to www kaufhaus de today"), [
    ["www kaufhaus de", "www.kaufhaus.de", "/"],
  ]);
  const links = findSpelledHosts("Go to www kaufhaus com");
  assert.equal(links.length, 1);
  assert.equal(links[0]!.form, "spelled");
  assert.equal(links[0]!.scheme, "");
  assert.equal(links[0]!.start, 6);
  assert.equal(links[0]!.end, 22);
  // Only a safe generic domain or a market's country code ends it.
  assert.deepEqual(found("www ist nicht gut"), []);
  assert.deepEqual(found("the www is big"), []);
});

Deno.test("findSpelledHosts() leaves dot words in sentences alone", () => {
  for (
    const text of [
      "el punto de venta, le point de retrait, der Punkt ist",
      "the access point here",
      "the point is that",
      "compra.\ncom carinho",
      "Digite o código na tela.\nGame Point BR é a loja.",
      "Thank you . Best regards",
      "Order shipped. Delivered tomorrow.",
    ]
  ) {
    assert.deepEqual(found(text), [], text);
  }
});

Deno.test("findSpelledHosts() uses the lower-cased text it is given", () => {
  const text = "Visit SHOP DOT COM";
  assert.deepEqual(found(text), [["SHOP DOT COM", "shop.com", "/"]]);
  assert.deepEqual(
    findSpelledHosts(text, text.toLowerCase()).map((l) => l.host),
    ["shop.com"],
  );
});

Deno.test("findSpelledHosts(): a spaced 'w w w' opens a host whose word-like TLD goes on into the sentence", () => {
  assert.deepEqual(
    found("le foto su w w w . ceramichesole . it nella sezione bottega"),
    [["w w w . ceramichesole . it", "www.ceramichesole.it", "/"]],
  );
  // Top-level domains with their letters set apart.
  assert.deepEqual(found("our video: w w w . clearview . c o m / install"), [
    ["w w w . clearview . c o m / install", "www.clearview.com", "/install"],
  ]);
  assert.deepEqual(found("the letters c o m on the label"), []);
  assert.deepEqual(found("thank you . C O M E back"), []);
  // A dot word as a name's word before a capital code; a host on the line
  // after a sentence's full stop is still found.
  assert.deepEqual(found("Game Point BR é a loja."), []);
  assert.deepEqual(found("Visit Shop Dot Com today").map(([, host]) => host), [
    "shop.com",
  ]);
  assert.deepEqual(
    found("Danke für Ihre Bestellung.\nShop punkt de").map(([, host]) => host),
    ["bestellung.shop.de"],
  );
  assert.deepEqual(found("you will see it . it is here"), []);
});

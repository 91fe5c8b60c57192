import assert from "node:assert/strict";
import { findMarketing } from "../../src/rules/no_marketing.ts";
import { type ErrorCase, testErrorCases } from "./_error_cases.ts";
import { bareContext } from "./_intent/_context.ts";

// Turkish words of everyday service messages that the marketing lexicon
// read as a sale's wording, written anew: "sürüyor" (a job takes an hour),
// "geçerli" (a licence is valid), "başladı" (a delivery started), "bu
// sırada" (meanwhile) and a verbal noun with "our" ("kesmemiz gerekiyor":
// we must cut). Next to them, sales worded with the same words, which stay
// errors.

const CASES: readonly ErrorCase[] = [
  {
    locale: "tr-TR",
    text:
      "Kurulum yaklaşık 2 saat sürüyor; bu sırada suyu kısa süreliğine kesmemiz gerekiyor.",
  },
  {
    locale: "tr-TR",
    text:
      "Lisansınız 12 ay geçerli; bu sürede çıkan yeni sürümler ücretsiz yüklenir.",
  },
  {
    locale: "tr-TR",
    text:
      "Teslimat başladı, kuryemiz bu sırada size yakın; kapıda imza atmanız gerekiyor.",
  },
  {
    locale: "tr-TR",
    text: "Yaz indirimi başladı, yeni koleksiyonumuza mağazamızdan göz atın!",
    rule: "no-marketing",
  },
  {
    locale: "tr-TR",
    text:
      "Kampanyamız ay sonuna kadar geçerli, diğer ürünlerimizde de yüzde 20 indirim var.",
    rule: "no-marketing",
  },
  {
    locale: "tr-TR",
    text:
      "Kış indirimimiz devam ediyor; bir sonraki siparişinizde %15 indirim kazanın.",
    rule: "no-marketing",
  },
];

testErrorCases("Turkish everyday words of service messages", CASES);

Deno.test('a Turkish relative participle with "our" is no goods of ours; the goods are', () => {
  const held = (text: string) => {
    const seen = new Map<number, ReadonlySet<string>>();
    findMarketing(bareContext(text, "tr-TR"), seen);
    return new Set([...seen.values()].flatMap((concepts) => [...concepts]));
  };
  assert.ok(
    !held("Kargo firmasına açtığımız hasar kaydı için fotoğraflar yeterli.")
      .has("ours"),
  );
  assert.ok(
    !held("Sizin için ayırdığımız montaj saati perşembe 14:00.").has("ours"),
  );
  assert.ok(held("Yastık kılıflarımız da mağazada.").has("ours"));
});

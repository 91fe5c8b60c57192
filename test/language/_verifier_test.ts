import assert from "node:assert/strict";
import {
  FEATURE_COUNT,
  gatherEvidence,
  pairFeatures,
  verifyLanguage,
} from "../../src/language/_verifier.ts";
import { checkLanguage, francDetector } from "../../src/language/mod.ts";
import { LATIN } from "../../bench/language/eval_set.ts";

/** Short buyer messages, one per language, and their close neighbour. */
const MESSAGES: readonly {
  language: string;
  neighbour: string;
  text: string;
}[] = [
  {
    language: "sv",
    neighbour: "da",
    text:
      "Hej! Tack för att du handlade hos oss. Ditt paket skickades i morse och bör vara framme inom tre dagar.",
  },
  {
    language: "da",
    neighbour: "sv",
    text:
      "Hej! Tak fordi du handlede hos os. Din pakke blev sendt i morges og burde være fremme inden for tre dage.",
  },
  {
    language: "es",
    neighbour: "pt",
    text:
      "Hola, gracias por su compra. Su paquete salió esta mañana y debería llegar en unos tres días hábiles.",
  },
  {
    language: "pt",
    neighbour: "es",
    text:
      "Olá, obrigado pela sua compra. O seu pacote saiu hoje de manhã e deve chegar em cerca de três dias úteis.",
  },
  {
    language: "nl",
    neighbour: "de",
    text:
      "Hallo, bedankt voor uw aankoop. Uw pakket is vanochtend verzonden en zou binnen drie dagen moeten aankomen.",
  },
  {
    language: "de",
    neighbour: "nl",
    text:
      "Hallo, vielen Dank für Ihren Einkauf. Ihr Paket wurde heute Morgen verschickt und sollte in drei Tagen ankommen.",
  },
];

for (const { language, neighbour, text } of MESSAGES) {
  Deno.test(`verifyLanguage() accepts a ${language} message for a ${language} buyer`, () => {
    const verification = verifyLanguage(text, language, LATIN);
    assert.ok(verification !== undefined);
    assert.ok(
      verification.logOdds < 0,
      `${verification.language} ${verification.logOdds}`,
    );
  });

  Deno.test(`checkLanguage() raises an error on a ${language} message for a ${neighbour} buyer`, () => {
    const check = checkLanguage(text, neighbour);
    assert.equal(check.verdict, "mismatch");
    assert.equal(check.detected, language);
    assert.equal(check.strength, "strong", check.reason);
    assert.equal(checkLanguage(text, language).verdict, "match");
  });
}

Deno.test("pairFeatures() is antisymmetric: swapping the two languages negates the score's evidence", () => {
  const evidence = gatherEvidence(MESSAGES[0].text, LATIN);
  const forward = pairFeatures(evidence, "sv", "da")!;
  const backward = pairFeatures(evidence, "da", "sv")!;
  assert.equal(forward.length, FEATURE_COUNT);
  // Differences flip sign; the "only in one language" counts swap places.
  assert.ok(Math.abs(forward[0] + backward[0]) < 1e-9);
  assert.equal(forward[4], backward[5]);
  assert.equal(forward[6], backward[7]);
});

Deno.test("pairFeatures() counts letters that only one alphabet has", () => {
  const evidence = gatherEvidence("æøæ åäö", LATIN);
  const [, , , , , , toDanish, toSwedish] = pairFeatures(
    evidence,
    "sv",
    "da",
  )!;
  assert.equal(toDanish, 3);
  assert.equal(toSwedish, 2);
});

Deno.test("verifyLanguage() answers nothing for a language without a model", () => {
  assert.equal(verifyLanguage("Bon dia a tothom", "ca", LATIN), undefined);
  assert.equal(
    verifyLanguage("ご注文ありがとうございます", "ja", LATIN),
    undefined,
  );
});

Deno.test("francDetector carries the verifier", () => {
  assert.equal(francDetector.verify, verifyLanguage);
  assert.equal(typeof francDetector.calibration?.strongLogOdds, "number");
});

Deno.test("checkLanguage() keeps a short neighbour text a warning at most", () => {
  // 30 letters: under strongMinLetters, so never an error.
  const check = checkLanguage("Tak for din ordre, den er sendt", "sv");
  assert.notEqual(check.strength === "strong" && check.verdict, "mismatch");
});

Deno.test("checkLanguage() does not raise an error when one sentence in another language sits among sentences in the buyer's", () => {
  const text =
    "Tack för din beställning! Ditt paket har skickats i dag och kommer fram inom kort.\n" +
    "Tak for din ordre.\n" +
    "Hör gärna av dig om något är oklart, så hjälper vi dig.";
  const check = checkLanguage(text, "sv");
  assert.ok(!(check.verdict === "mismatch" && check.strength === "strong"));
});

Deno.test("verifyLanguage() is linear in the text", () => {
  const unit = `${MESSAGES[1].text} `;
  function time(repeat: number): number {
    const text = unit.repeat(repeat);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      for (let i = 0; i < 5; i++) verifyLanguage(text, "sv", LATIN);
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[3];
  }
  time(4);
  const small = time(4);
  const large = time(16);
  // Input capped at 2048 characters for trigrams; words scale linearly.
  assert.ok(large < small * 16, `4×: ${small} ms, 16×: ${large} ms`);
});

Deno.test("verifyLanguage() reports the share of a mismatched text in sentences that read as the expected language", () => {
  const swedish =
    "Tack för din beställning! Ditt paket har skickats i dag och kommer fram inom kort.";
  const danish =
    "Tak for din bestilling! Din pakke er sendt i dag og kommer frem inden længe. Skriv gerne til os, hvis du har spørgsmål, så hjælper vi dig.";
  const mixed = verifyLanguage(`${swedish}\n${danish}`, "sv", LATIN);
  assert.equal(mixed?.language, "da");
  assert.ok(mixed?.expectedShare !== undefined);
  assert.ok(mixed.expectedShare > 0.25 && mixed.expectedShare < 0.6);
  const plain = verifyLanguage(danish, "sv", LATIN);
  assert.ok(plain?.expectedShare !== undefined && plain.expectedShare < 0.1);
  // A match needs no share.
  assert.equal(verifyLanguage(swedish, "sv", LATIN)?.expectedShare, undefined);
});

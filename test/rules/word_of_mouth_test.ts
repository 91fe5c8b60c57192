import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// The shop recommended or spoken of to friends and family, asked without a
// reward, is cross-selling; the words vary by language.

const ASKED: [string, string][] = [
  [
    "de-DE",
    "Kennen Sie jemanden, der auch einen Schrank braucht? Dann sagen Sie es gern weiter.",
  ],
  ["sv-SE", "Känner du någon mer som behöver en väska, tipsa gärna om oss."],
  ["it-IT", "Se è soddisfatta, ci passi parola con le amiche."],
  [
    "en-US",
    "If you know anyone who needs a gate motor, feel free to pass our name along.",
  ],
  [
    "es-ES",
    "Si le ha gustado, hable de nosotros a sus amigos, nos ayuda mucho.",
  ],
  [
    "it-IT",
    "Se è soddisfatto, ci farebbe piacere se ci consigliasse agli amici: parli di noi!",
  ],
  ["nl-NL", "Kent u iemand die ook een kast zoekt? Vertel het gerust door."],
  ["pl-PL", "Będzie nam miło, jeśli opowie Pani o nas znajomym."],
  ["pt-BR", "Se puder, fale de nós para os seus amigos."],
  ["tr-TR", "Memnun kaldıysanız bizi eşinize dostunuza da anlatın."],
  [
    "hi-IN",
    "अगर आपके जान-पहचान में किसी को ऐसा सामान पसंद हो तो हमारे बारे में ज़रूर बताइए।",
  ],
];

Deno.test("no-marketing: word of mouth asked for in its own words", () => {
  const missed = ASKED.filter(([locale, text]) =>
    !lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .some((d) => d.ruleId === "no-marketing" && d.severity === "error")
  );
  assert.deepEqual(missed, []);
});

Deno.test("no-marketing: speaking of the carrier or of the order to someone is no word of mouth", () => {
  const clean: [string, string][] = [
    [
      "es-ES",
      "Si no está en casa, hable con su vecino para que recoja el paquete.",
    ],
    ["pt-BR", "Se preferir, fale com a portaria para receberem a encomenda."],
    [
      "nl-NL",
      "Vertel het gerust als de maat niet goed is, dan ruilen we hem om.",
    ],
  ];
  const flagged = clean.filter(([locale, text]) =>
    lintMessage({ type: "confirmDeliveryDetails", text, locale }).diagnostics
      .some((d) => d.severity === "error")
  );
  assert.deepEqual(flagged, []);
});

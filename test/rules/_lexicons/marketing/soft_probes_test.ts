import { testProbes } from "../_lexicon_cases.ts";
import { SOFT_PROBES } from "./_soft_probes.ts";
import { SOFT_PROBES_B } from "./_soft_probes_b.ts";
import { SOFT_PROBES_C } from "./_soft_probes_c.ts";

// Soft cross-selling in every locale, three sets written one after the
// other: each violation gets an error, each clean trap none (see the probe
// files). KNOWN lists the violations the rules still miss (mostly a pitch
// with no cue word at all, or a paid plan named without one); each step
// checks that it is still missed, so one that starts to be caught must be
// taken off the list.
const KNOWN: readonly string[] = [
  "Su licencia sirve para un equipo. Con nuestro plan familiar podría usarla en cinco ordenadores. Escríbanos si la clave da problemas.",
  "La licenza vale per un dispositivo. Con il nostro piano famiglia potrebbe usarla su cinque computer. Ci scriva se la chiave dà problemi.",
  "Sua licença vale para um aparelho. Com nosso plano família você poderia usar em cinco computadores. Fale com a gente se a chave der problema.",
  "Uw licentie geldt voor één apparaat. Met ons gezinsabonnement kunt u hem op vijf computers gebruiken. Laat het weten als de sleutel niet werkt.",
  "Bedankt voor het bevestigen van het adres. We hebben net notenhouten serveerplanken toegevoegd, die prachtig passen bij het dienblad dat u kocht.",
  "Danke für die schnelle Antwort zur Farbe. Im Frühjahr bringen wir denselben Stuhl in Salbei und Ocker heraus, denken Sie dann an uns.",
  "Ihr E-Book-Code ist bereit. Die Hörbuchausgabe desselben Titels gibt es auch auf unserer Seite, gelesen vom Autor.",
  "Ravis que la tente soit bien arrivée. Pour les week-ends pluvieux, notre tapis de sol se fixe aux mêmes sardines et garde le sol au sec.",
  "Nos alegra que la tienda de campaña llegara bien. Para los fines de semana lluviosos, nuestra lona de suelo usa las mismas piquetas y mantiene el suelo seco.",
  "A impressora já está configurada. Nossa garantia estendida cobre também danos acidentais por mais dois anos, e muitos clientes de escritório contratam.",
  "Bene che la tenda sia arrivata intatta. Per i fine settimana piovosi, il nostro telo da pavimento usa gli stessi picchetti e tiene asciutto il fondo.",
  "Que bom que a barraca chegou inteira. Para fins de semana chuvosos, nossa lona de chão usa as mesmas estacas e mantém o piso seco.",
  "Çadırın sağlam ulaşmasına sevindik. Yağmurlu hafta sonları için zemin brandamız aynı kazıklara takılıyor ve zemini kuru tutuyor.",
  "很高兴帐篷完好送达。下雨的周末，我们的地布可以用同样的地钉固定，保持地面干燥。",
];

for (
  const [name, set] of Object.entries({
    a: SOFT_PROBES,
    b: SOFT_PROBES_B,
    c: SOFT_PROBES_C,
  })
) {
  for (const [locale, probes] of Object.entries(set)) {
    testProbes(locale, {
      [`marketing-soft ${name}`]: probes["marketing-soft"]!,
    }, KNOWN);
  }
}

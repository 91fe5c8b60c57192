import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Sentences of the kind that realistic service and customization messages
// were blocked for, written anew: a surcharge under a condition of the
// job, an option the buyer asked about, a cost left to the buyer's
// approval; next to them, paid extras the job does not need, offered on
// the visit ("while he is there, he can also …") or unasked ("for $250
// extra we include a class").

const CASES: readonly ErrorCase[] = [
  {
    locale: "en-GB",
    text:
      "You asked about gold foil for the names: that is £6 more per card, and we only add it if you confirm.",
  },
  {
    locale: "nl-NL",
    text:
      "Als de deuren na het leggen slepen, korten we ze in voor € 20 extra per deur.",
  },
  {
    locale: "de-DE",
    text:
      "Sollten die Türen über dem neuen Boden schleifen, kürzen wir sie für 20 € mehr pro Tür.",
  },
  {
    locale: "zh-CN",
    text:
      "您在备注里提到想在封面加烫金，烫金每本另加 30 元，您确认后我们再做。",
  },
  {
    locale: "ja-JP",
    text: "ご質問いただいた裏面への名入れは、追加550円で承ります。",
  },
  {
    locale: "fr-FR",
    text:
      "Vous nous avez demandé une troisième couleur : c'est 1,50 € de plus par t-shirt, uniquement si vous confirmez.",
  },
  {
    locale: "pt-BR",
    text:
      "Cada metro de tubulação a mais custa R$ 60 e só é instalado com a sua aprovação.",
  },
  // The buyer's question in the sentence before, the price answered with
  // "can" or alone.
  {
    locale: "it-IT",
    type: "confirmCustomizationDetails",
    text:
      "Ci aveva chiesto se si può aggiungere anche la data sul retro. Si può fare, con 3 € in più a pezzo (15 € in tutto).",
  },
  {
    locale: "pt-BR",
    type: "confirmCustomizationDetails",
    text:
      "Você perguntou se dá para gravar também o verso da placa. Dá sim, por R$ 15 a mais por peça.",
  },
  {
    locale: "fr-FR",
    type: "confirmCustomizationDetails",
    text:
      "Vous nous aviez demandé si le prénom pouvait être brodé en doré. C'est possible, pour 2 € de plus par bavoir.",
  },
  {
    locale: "es-MX",
    type: "confirmCustomizationDetails",
    text:
      "Nos preguntó si se puede poner el nombre en dorado. Sí se puede, por $30 más por pieza.",
  },
  {
    locale: "en-GB",
    text:
      "While he's there, he can also service your boiler for £60 – just let him know on the day.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Da er ohnehin bei Ihnen ist, kann er für 45 € auch alle Heizkörper entlüften.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Pendant qu'il est chez vous, il peut aussi nettoyer vos autres climatiseurs pour 45 € chacun.",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "Ya que el técnico estará en casa, también puede revisarle la caldera por 40 €, si le interesa.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    text:
      "Visto che il tecnico sarà da voi, può anche pulire gli altri condizionatori a 40 € l'uno.",
    rule: "no-marketing",
  },
  {
    locale: "es-MX",
    text:
      "Por $300 extra le incluimos la instalación del soporte de pared para la tele.",
    rule: "no-marketing",
  },
  {
    locale: "sv-SE",
    text: "För 350 kr extra tar chauffören med sig den gamla diskmaskinen.",
    rule: "no-marketing",
  },
  // A question of the buyer's before, about something else: what "can
  // also" be done at a price is still sold.
  {
    locale: "es-MX",
    type: "confirmServiceDetails",
    text:
      "Nos preguntó a qué hora llega el técnico. Llega a las 9; por $300 extra también le limpia los otros minisplits.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    type: "confirmServiceDetails",
    text:
      "Ci aveva chiesto a che ora arriva il tecnico. Arriva alle 9; con 40 € in più può anche pulire gli altri condizionatori.",
    rule: "no-marketing",
  },
];

testErrorCases("priced options of the order and paid extras", CASES);

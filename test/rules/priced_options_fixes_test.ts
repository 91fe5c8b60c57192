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
];

testErrorCases("priced options of the order and paid extras", CASES);

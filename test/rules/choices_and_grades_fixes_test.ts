import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Clean messages written anew: a colour of the ordered item offered where
// the next sentence asks the buyer to choose; a grade's words inside its
// star category ("the UVA star rating") or right after what it grades
// ("its energy rating"), or next to a graded thing's stars ("5 stars in the
// crash test, the top mark"); a lab's or a technician's assessment; a size
// exchange in Portuguese; what the seller found out in Arabic. Next to
// them, the violations that stay errors, and accessories "that fit your
// model" offered.

const CASES: readonly ErrorCase[] = [
  {
    locale: "es-ES",
    text:
      "Las letras vienen en blanco, pero también las tenemos en negro y dorado sin coste extra. ¿De qué color las quiere?",
  },
  {
    locale: "pt-BR",
    text:
      "Os ímãs vêm em vermelho, mas também temos em azul e verde sem custo extra. Qual cor você prefere para o quadro?",
  },
  {
    locale: "es-MX",
    text:
      "Las calcomanías vienen en amarillo; también las tenemos en rosa sin costo adicional. ¿Qué color le ponemos?",
  },
  {
    locale: "en-GB",
    text:
      "The UVA star rating on the tube runs from one to five, so five stars is the top grade for UVA protection.",
  },
  {
    locale: "pt-BR",
    text:
      "Você perguntou se deveria trocar para o tamanho G; meça o peito do cachorro e, se passar de 58 cm, fazemos a troca sem custo.",
  },
  {
    locale: "en-US",
    text:
      "Yes, the dryer has the best energy rating on the market, so it is cheap to run.",
  },
  {
    locale: "pt-BR",
    text:
      "Sim, esta cadeirinha recebeu 5 estrelas no teste de impacto, a nota máxima dessa classificação.",
  },
  {
    locale: "pt-BR",
    text:
      "A classificação de impermeabilidade da bota é de 10.000 mm: ela aguenta chuva forte antes de deixar passar umidade.",
  },
  {
    locale: "de-DE",
    text:
      "Ja, der Kindersitz hat im Crashtest fünf Sterne bekommen, die Bestnote dieser Bewertung.",
  },
  {
    locale: "en-US",
    text:
      "This model got 5 stars in the crash test, so please give it 5 stars on Amazon too!",
    rule: "no-review-manipulation",
  },
  {
    locale: "it-IT",
    text:
      "Se il rumore resta, ci scriva e organizziamo il ritiro per una valutazione in laboratorio, a nostre spese.",
  },
  {
    locale: "fr-FR",
    text:
      "L'indice « 3/5 » est notre évaluation en laboratoire : la veste reste confortable jusqu'à -5 °C.",
  },
  {
    locale: "ar-AE",
    text:
      "اكتشفنا عند التغليف أن المتوفر عندنا علبة واحدة فقط من طلبك، والباقي يصل الأسبوع القادم.",
  },
  {
    locale: "pt-BR",
    text:
      "Também temos capas e películas para esse modelo na nossa loja, vale a pena conferir.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Übrigens haben wir auch eine Gepäckträgertasche, die zu Ihrem Modell passt – ideal für den Herbst.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Nous avons aussi des sacoches adaptées à votre modèle, parfaites pour l'hiver.",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "Ya que está, eche un vistazo a nuestra nueva colección de otoño. ¿Qué color le gusta más?",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text: "If you're happy, a five-star rating on Amazon would mean the world.",
    rule: "no-review-manipulation",
  },
  {
    locale: "pt-BR",
    text:
      "Agora que o problema foi resolvido, poderia trocar a sua avaliação para cinco estrelas?",
    rule: "no-review-manipulation",
  },
];

testErrorCases("choices of the ordered item, grades and exchanges", CASES);

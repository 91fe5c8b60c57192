/**
 * Cost of the phrase rules (`no-review-manipulation`, `no-marketing`,
 * `no-opt-out`) on an ordinary 2000-character buyer message in English,
 * German, Japanese and Arabic, each linted with `lintMessage` and that rule
 * alone. The baseline of each group is the cheap `no-html` rule on the same
 * text, so `deno bench` prints how many times a phrase rule costs what
 * `no-html` costs (that ratio holds better than microseconds on a busy
 * machine).
 *
 * The messages are ordinary, not bare of the words the rules look for:
 * "please review the delivery address", "a full refund", "follow the
 * shipment", "erstatten Ihnen den vollen Betrag", "全額を返金いたします",
 * "تم خصم المبلغ" (the amount was charged); so the rules must rule phrases
 * out, not only skip the text.
 *
 * Run: deno bench -A bench/phrase_rules_bench.ts
 */
import { lintMessage } from "../src/lint/lint_message.ts";

const LENGTH = 2000;

// Ordinary customer-service text: a delay, a replacement, a refund, "please
// review the details", with nothing a phrase rule reports.
const SAMPLES: Readonly<Record<string, string>> = {
  en: [
    "Hello Maria, thank you for your order 114-3941689-8772232.",
    "We are sorry to tell you that the parcel with your blue ceramic teapot was delayed at the carrier's sorting centre in Leipzig because of the storm last week.",
    "The carrier expects to deliver it on Thursday between 10:00 and 14:00; you can follow the shipment with the tracking number in your Amazon account.",
    "Please review the delivery address shown there: if the flat number is missing, reply to this message and we will correct it before the parcel leaves the depot.",
    "If the teapot arrives damaged, keep the packaging and send us a photo of the box and of the damage; we will ship a replacement at no cost or issue a full refund, whichever you prefer.",
    "The lid is made of glazed stoneware and fits tightly, so please lift it by the knob and not by the rim while the tea is hot.",
    "Before the first use, rinse the pot with warm water; it is dishwasher safe, but hand washing keeps the glaze bright for longer.",
    "The infuser basket is stainless steel and can be removed for loose-leaf tea.",
    "Your invoice is attached as a PDF, as you asked in your message of Monday.",
    "We checked the order again: it contains one teapot, two matching cups and the infuser, and the total was charged once.",
    "If anything is unclear, simply write back here and our team will answer within one business day.",
    "Thank you for your patience, and we hope the tea tastes as good as it looks.",
  ].join(" "),
  de: [
    "Guten Tag Herr Schneider, vielen Dank für Ihre Bestellung 302-5517203-6609143.",
    "Leider müssen wir Ihnen mitteilen, dass sich die Lieferung Ihres Wasserkochers wegen eines Unwetters im Verteilzentrum des Paketdienstes um zwei Tage verzögert.",
    "Der Zusteller rechnet nun mit der Zustellung am Donnerstag zwischen 10 und 14 Uhr; die Sendungsnummer finden Sie in Ihrem Amazon-Konto.",
    "Bitte prüfen Sie dort die Lieferadresse: Falls die Hausnummer fehlt, antworten Sie einfach auf diese Nachricht, dann korrigieren wir sie, bevor das Paket das Depot verlässt.",
    "Sollte das Gerät beschädigt ankommen, bewahren Sie bitte die Verpackung auf und senden Sie uns ein Foto des Kartons und des Schadens; wir schicken Ihnen kostenfrei einen Ersatz oder erstatten Ihnen den vollen Betrag, ganz wie Sie möchten.",
    "Der Deckel ist aus Edelstahl und schließt dicht; öffnen Sie ihn bitte erst, wenn das Wasser nicht mehr kocht.",
    "Vor dem ersten Gebrauch empfehlen wir, den Kocher zweimal mit frischem Wasser aufzukochen und das Wasser wegzugießen.",
    "Der Kalkfilter lässt sich herausnehmen und unter fließendem Wasser reinigen.",
    "Ihre Rechnung finden Sie als PDF im Anhang, wie in Ihrer Nachricht vom Montag gewünscht.",
    "Wir haben die Bestellung noch einmal geprüft: Sie enthält einen Wasserkocher und ein Ersatzfilter, und der Betrag wurde nur einmal abgebucht.",
    "Wenn etwas unklar ist, schreiben Sie uns einfach hier, unser Team antwortet innerhalb eines Werktags.",
    "Vielen Dank für Ihre Geduld und freundliche Grüße aus Hamburg.",
  ].join(" "),
  ja: [
    "山田様、このたびはご注文（注文番号 249-6218350-1173405）いただき、誠にありがとうございます。",
    "先週の台風の影響により、配送業者の仕分けセンターでお荷物の到着が遅れておりますことをお詫び申し上げます。",
    "配送業者によりますと、木曜日の午前十時から午後二時の間にお届けできる見込みです。配送状況はアマゾンのアカウントから追跡番号でご確認いただけます。",
    "お届け先のご住所に部屋番号が記載されていない場合は、このメッセージにご返信ください。お荷物が営業所を出る前に修正いたします。",
    "万が一、商品が破損した状態で届いた場合は、箱と破損箇所の写真をお送りください。代替品を無償でお送りするか、全額を返金いたします。",
    "急須のふたは陶器製で、しっかりと閉まるように作られております。お湯が熱いうちは、つまみを持って開けてください。",
    "初めてお使いになる前に、ぬるま湯で軽くすすいでください。茶こしはステンレス製で、取り外して洗うことができます。",
    "ご依頼のとおり、請求書をPDFで添付いたしました。",
    "ご注文の内容をあらためて確認いたしましたところ、急須一点と湯のみ二点が含まれており、代金の請求は一回のみでございます。",
    "ご不明な点がございましたら、こちらにご返信ください。一営業日以内に担当者よりご連絡いたします。",
    "今後ともどうぞよろしくお願い申し上げます。",
  ].join(""),
  ar: [
    "مرحبًا أحمد، شكرًا لك على طلبك رقم 408-2271940-5531866.",
    "يؤسفنا إبلاغك بأن الطرد الذي يحتوي على إبريق الشاي الخزفي قد تأخر في مركز الفرز التابع لشركة الشحن بسبب العاصفة التي حدثت الأسبوع الماضي.",
    "تتوقع شركة الشحن تسليمه يوم الخميس بين الساعة العاشرة صباحًا والثانية ظهرًا، ويمكنك متابعة الشحنة برقم التتبع في حسابك على أمازون.",
    "يرجى التحقق من عنوان التسليم الظاهر هناك، وإذا كان رقم الشقة ناقصًا فيرجى الرد على هذه الرسالة وسنقوم بتصحيحه قبل أن يغادر الطرد المستودع.",
    "إذا وصل الإبريق تالفًا، فيرجى الاحتفاظ بالعبوة وإرسال صورة للصندوق وللضرر، وسنرسل لك بديلًا دون أي تكلفة أو نعيد إليك المبلغ كاملًا، حسب ما تفضله.",
    "الغطاء مصنوع من الخزف المزجج ويغلق بإحكام، لذا يرجى رفعه من المقبض وليس من الحافة عندما يكون الشاي ساخنًا.",
    "قبل الاستخدام الأول، اشطف الإبريق بالماء الدافئ، وهو آمن للاستخدام في غسالة الأطباق، لكن الغسل اليدوي يحافظ على لمعانه لفترة أطول.",
    "مصفاة الشاي مصنوعة من الفولاذ المقاوم للصدأ ويمكن إزالتها.",
    "أرفقنا الفاتورة بصيغة PDF كما طلبت في رسالتك يوم الإثنين.",
    "راجعنا الطلب مرة أخرى: فهو يحتوي على إبريق واحد وكوبين متطابقين ومصفاة، وتم خصم المبلغ مرة واحدة فقط.",
    "إذا كان هناك أي شيء غير واضح، فما عليك سوى الرد هنا وسيجيبك فريقنا خلال يوم عمل واحد.",
    "شكرًا لصبرك، ونتمنى أن يكون مذاق الشاي رائعًا.",
  ].join(" "),
};

/** Repeats a sample up to exactly `LENGTH` UTF-16 code units. */
function sized(sample: string): string {
  const separator = /[\u3040-\u9FFF]/.test(sample) ? "" : " ";
  let text = sample;
  while (text.length < LENGTH) text += separator + sample;
  return text.slice(0, LENGTH);
}

const TEXTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SAMPLES).map((
    [language, sample],
  ) => [language, sized(sample)]),
);

const RULES = [
  "no-html",
  "no-review-manipulation",
  "no-marketing",
  "no-opt-out",
];

/** Lints a message with one rule alone. */
function lint(rule: string, text: string) {
  return lintMessage(
    { type: "unexpectedProblem", text },
    { policy: { name: "bench", rules: { [rule]: "error" } } },
  ).diagnostics;
}

// An ordinary message: no rule may report anything, or the bench measures
// reporting rather than matching.
for (const [language, text] of Object.entries(TEXTS)) {
  for (const rule of RULES) {
    const found = lint(rule, text);
    if (found.length > 0) {
      throw new Error(
        `${rule} reports the ${language} sample: ${
          JSON.stringify(found.map((d) => d.message))
        }`,
      );
    }
  }
}

// Warm every rule on every text before any bench runs: what a rule builds
// on first use, and the garbage collection after, should not land on
// whichever bench happens to run first.
for (let i = 0; i < 500; i++) {
  for (const text of Object.values(TEXTS)) {
    for (const rule of RULES) lint(rule, text);
  }
}

for (const [language, text] of Object.entries(TEXTS)) {
  for (const rule of RULES) {
    Deno.bench(`${language}: ${rule}`, {
      group: language,
      baseline: rule === "no-html",
      n: 5000,
      warmup: 500,
    }, () => {
      lint(rule, text);
    });
  }
}

// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { compilePhrases, type PhraseTable, reportPhrases } from "./_phrases.ts";

// Arabic proclitics: و/ف (and), ب (with), ل (for), ك (like), ال (the).
const AR = "(?:[وفبلك]?(?:ال)?|[وف]?لل)";

const MESSAGES_EN =
  "(?:messages|emails|e-mails|mails|notifications|texts|sms|updates|communications|newsletters?)";

const PHRASES: PhraseTable<"optOut"> = {
  optOut: {
    en: [
      String.raw`un-?subscrib\p{L}{0,4}`,
      "opt(?:ing|ed)?[-\\s]?outs?",
      `(?:reply|respond|text|send|answer) (?:with )?(?:the word )?["“”«]?stop`,
      `stop (?:receiving|getting) ‥ ${MESSAGES_EN}`,
      `(?:don't|do not|no longer|not|never) (?:wish|want|like) to (?:receive|get) ‥ ${MESSAGES_EN}`,
      "(?:don't|do not|no longer|not) (?:wish|want|like) to hear from us",
      "prefer not to (?:receive|get|hear from us)",
      "remove (?:you|yourself|your (?:name|address|email)) from (?:our|the|this) (?:mailing |contact |email |e-mail )?list",
      "(?:manage|update|change) ‥ (?:email|e-mail|communication|message|messaging|notification|contact) preferences",
    ],
    de: [
      String.raw`abmelde(?:n|link|-link)`,
      String.raw`(?:newsletter-?)?abmeldung`,
      String.raw`abbestell(?:en|ung|link)`,
      String.raw`abzu(?:melden|bestellen)`,
      "melden sie sich (?:hier |einfach |bitte |jederzeit )?(?:vom|von unserem|von diesem) ‥ ab",
      "keine (?:weiteren )?(?:nachrichten|e-mails|mails|benachrichtigungen|mitteilungen|newsletter) (?:mehr )?(?:erhalten|empfangen|bekommen)",
      `(?:antworten sie|antworte|senden sie|schreiben sie|sende) (?:uns )?(?:einfach )?(?:mit )?["„“]?stop`,
      "(?:dem erhalt|der zusendung) ‥ widersprechen",
    ],
    fr: [
      String.raw`d[ée]s(?:abonn|inscri)\p{L}{0,6}(?:-vous)?`,
      String.raw`ne (?:souhaitez |voulez |désirez |desirez )?plus recevoir`,
      String
        .raw`(?:répondez|repondez|envoyez|tapez|répondre|envoyer) (?:par )?["«“]? ?stop`,
      String.raw`stop au \d{4,5}`,
    ],
    es: [
      "(?:darse|darte|darle|d[ée]se|d[áa]te|d[ée]nse) de baja",
      "(?:cancelar|anular|cancele|anule|cancela|anula) (?:la |su |tu )?suscripci[oó]n",
      String.raw`des-?suscri\p{L}{1,8}`,
      `dejar de recibir ‥ (?:mensajes|correos|e-mails|emails|notificaciones|comunicaciones|sms)`,
      "no (?:desea|quiere|deseas|quieres|desean|quieren) (?:seguir recibiendo|recibir m[aá]s|recibir) (?:m[aá]s )?(?:mensajes|correos|e-mails|emails|notificaciones|comunicaciones|sms)",
      `(?:responda|responde|env[ií]e|env[ií]a|conteste|escriba) (?:con )?(?:la palabra )?["“«]?(?:stop|baja)`,
    ],
    it: [
      String
        .raw`(?:annull|cancell)\p{L}{1,5} (?:l'|la (?:sua |tua |propria )?)iscrizione`,
      String.raw`disiscri\p{L}{1,8}`,
      "non (?:ricevere|riceverà|riceverai) più ‥ (?:messaggi|e-mail|email|comunicazioni|notifiche|sms|newsletter)",
      "non (?:desidera|desideri|vuole|vuoi|desiderate|volete) più ricevere",
      String
        .raw`(?:rispond\p{L}{1,4}|invi\p{L}{1,4}|scriv\p{L}{1,4}) (?:con )?["“«]?stop`,
    ],
    nl: [
      "afmeld(?:link|ing|en via)",
      "(?:u|je|zich|jezelf|uzelf) (?:hier |eenvoudig |altijd |op elk moment )?(?:afmelden|uitschrijven)",
      "om (?:u |je |zich )?af te melden",
      String.raw`uitschrijv(?:ing|en via|link)`,
      "schrijf (?:u|je) (?:hier |eenvoudig )?uit",
      "geen ‥ (?:berichten|e-mails|mails|nieuwsbrieven|meldingen) meer (?:wilt |wil )?(?:ontvangen|krijgen)",
      `(?:antwoord|stuur|sms) (?:met )?["“]?stop`,
    ],
    sv: [
      String.raw`avregistrer\p{L}{0,4}`,
      String.raw`avprenumerer\p{L}{0,4}`,
      String.raw`avsluta ‥ prenumeration\p{L}{0,3}`,
      String.raw`avanmäl\p{L}{0,4}`,
      "(?:sluta|slippa) (?:att )?(?:ta emot|få) ‥ (?:meddelanden|mejl|e-post|e-postmeddelanden|utskick|sms|notiser|nyhetsbrev)",
      "inte (?:längre )?vill (?:ta emot|få) ‥ (?:meddelanden|mejl|e-post|e-postmeddelanden|utskick|sms|notiser|nyhetsbrev)",
      `svara (?:med )?["”]?stopp?`,
    ],
    pl: [
      String.raw`wypis\p{L}{0,6} (?:się|z (?:listy|newslettera|subskrypcji))`,
      String
        .raw`(?:zrezygn\p{L}{1,6}|rezygnacj\p{L}{1,2}) z (?:subskrypcji|newslettera|otrzymywania|powiadomień|wiadomości|subskrybowania)`,
      String.raw`(?:anul\p{L}{1,6}|wyłącz\p{L}{0,6}) subskrypcj\p{L}{1,2}`,
      "nie (?:chcesz|chce pan|chce pani|chcą państwo|chcecie) (?:już |dłużej )?otrzymywać",
      `(?:odpowiedz|odpisz|wyślij|napisz) (?:sms )?(?:o treści )?["„”]?stop`,
    ],
    tr: [
      String
        .raw`abonel(?:ik|iğ)\p{L}{0,6} (?:çık|ayrıl|iptal|sonlandır)\p{L}{0,8}`,
      String
        .raw`(?:mesaj|e-posta|eposta|ileti|bildirim|sms)\p{L}{0,6} (?:artık )?almak istemiyorsan\p{L}{0,3}`,
      String.raw`listemizden (?:çık|ayrıl)\p{L}{0,8}`,
      String.raw`(?:stop|ret) yaz\p{L}{0,6}`,
    ],
    ja: [
      "配信(?:停止|解除)",
      "購読(?:解除|停止)",
      "メルマガ(?:の)?(?:解除|停止)",
      "オプトアウト",
      "(?:メッセージ|メール|お知らせ|ご案内)(?:の)?(?:受信|配信|送信)(?:を)?(?:停止|希望されない|ご希望でない|ご希望されない|不要)",
      "(?:今後|以後)(?:の|、)?(?:メッセージ|メール|ご案内|お知らせ)(?:が|を|の)?(?:不要|ご不要|希望されない|ご希望でない|ご希望されない)",
      "(?:STOP|ストップ|停止)(?:と|を)(?:ご?返信|送信)",
    ],
    pt: [
      "(?:cancelar|cancele) (?:a |sua )?inscri[çc][ãa]o",
      String.raw`descadastr\p{L}{1,8}`,
      "(?:deixar|deixe|parar) de receber ‥ (?:mensagens|e-mails|emails|notifica[çc][õo]es|comunica[çc][õo]es|sms|newsletter)",
      "n[ãa]o (?:deseja|quiser|quer|desejar|queira) (?:mais )?receber",
      `(?:responda|envie|mande|escreva) (?:com )?(?:a palavra )?["“]?(?:sair|stop|pare)`,
      "remov(?:er|eremos|a) ‥ da (?:nossa )?lista",
    ],
    ar: [
      `${AR}[إا]لغاء (?:ال)?اشتراك\\p{L}{0,3}`,
      `${AR}(?:إيقاف|ايقاف|وقف) (?:تلقي|استلام|استقبال) ‥ (?:ال)?رسائل`,
      "(?:لا|لم تعد|لم تعودوا) ترغب\\p{L}{0,2} في (?:تلقي|استلام|استقبال)",
      "(?:أرسل|ارسل|رد|أجب|اكتب)\\p{L}{0,2} ‥ (?:stop|توقف|إيقاف)",
      `${AR}(?:إزالة|ازالة|حذف) ‥ من (?:ال)?قائمة (?:ال)?(?:بريدية|مراسلات)`,
    ],
    hi: [
      "अन-?सब्सक्राइब",
      String
        .raw`(?:सदस्यता|सब्सक्रिप्शन) (?:रद्द|समाप्त|छोड़|ख़त्म|खत्म|बंद)[\p{L}\p{M}]{0,6}`,
      String
        .raw`(?:संदेश|मैसेज|ईमेल|ई-मेल|सूचनाएँ|सूचनाएं)[\p{L}\p{M}]{0,3} ‥ (?:नहीं पाना|प्राप्त नहीं करना|नहीं चाहते|बंद करवाना|बंद करना)`,
      "(?:stop|स्टॉप) (?:लिखकर|भेजें|लिखें|टाइप)",
      "ऑप्ट[- ]?आउट",
    ],
    zh: [
      "取消(?:订阅|訂閱)",
      "回复?…(?:退订|退訂)",
      "(?:退订|退訂)(?:请|請)?回(?:复|覆)",
      "(?:消息|短信|邮件|通知|訊息|郵件)…(?:退订|退訂)",
      "(?:退订|退訂)(?:消息|短信|邮件|通知|訊息|郵件)",
      "不再(?:接收|收到)(?:此类|这类|我们的|此類|這類|我們的)?(?:消息|信息|邮件|短信|通知|訊息|郵件)",
      "(?:如果|如|若)(?:您)?不(?:希望|想|愿意|願意)(?:再)?(?:收到|接收)",
      "拒收请回复",
    ],
  },
};

const MATCHER = compilePhrases(PHRASES);

/**
 * Disallows unsubscribe and opt-out instructions ("unsubscribe", "reply
 * STOP", "to stop receiving these messages", "abmelden", "désabonner",
 * "配信停止", "退订"), in every supported language: buyers manage which
 * messages they get in their Amazon account, and Amazon's guidelines forbid
 * opt-out links in buyer messages.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Your order 123-1234567-1234567 ships on Friday. Reply STOP to unsubscribe." },
 *   { policy: "spec-only", rules: { "no-opt-out": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-opt-out").length, 2);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: the carrier will stop by on Friday. Please reply to this message if that does not suit you." },
 *   { policy: "spec-only", rules: { "no-opt-out": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-opt-out").length, 0);
 * ```
 */
export const noOptOut: Rule = defineRule({
  id: "no-opt-out",
  meta: {
    type: "problem",
    description: "Disallow unsubscribe and opt-out instructions",
    defaultSeverity: "error",
    messages: {
      optOut:
        'Remove "{{phrase}}": buyer messages must not carry unsubscribe or opt-out instructions. Buyers choose which messages they receive in their Amazon account settings.',
    },
  },
  check(context) {
    reportPhrases(context, MATCHER);
  },
});

import assert from "node:assert/strict";
import type { Rule } from "../../src/lint/rule.ts";
import type { PhraseLanguage } from "../../src/rules/_phrases.ts";
import { noOptOut } from "../../src/rules/no_opt_out.ts";
import { type Cases, lintWith, testPhraseRule } from "./_phrase_rule_tester.ts";

const RULE: Rule = noOptOut;
const lint = (text: string, type?: string) => lintWith(RULE, text, type);

const CASES: Record<PhraseLanguage, Cases> = {
  en: {
    valid: [
      "If you have any questions, please reply to this message.",
      "The carrier will stop by between 8:00 and 12:00.",
      "Please follow the instructions to stop the alarm from beeping.",
      "You can opt for express delivery at no extra cost.",
      "Reply with the best time for the technician to stop by.",
    ],
    invalid: [
      {
        text: "Reply STOP to opt out of these messages.",
        errors: [
          { messageId: "optOut", span: "Reply STOP" },
          { messageId: "optOut", span: "opt out" },
        ],
      },
      {
        text: "To unsubscribe, click the link below.",
        errors: [{ messageId: "optOut", span: "unsubscribe" }],
      },
      {
        text: "If you no longer wish to receive these messages, let us know.",
        errors: [{
          messageId: "optOut",
          span: "no longer wish to receive these messages",
        }],
      },
      {
        text: "To stop receiving our emails, update your email preferences.",
        errors: [
          { messageId: "optOut", span: "stop receiving our emails" },
          { messageId: "optOut", span: "update your email preferences" },
        ],
      },
    ],
  },
  de: {
    valid: [
      // A third party's messages, not the seller's.
      "Möchten Sie keine Benachrichtigungen per SMS vom Paketdienst, stellen Sie das in der DHL-App ab.",
      "Wenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.",
      "Der Fahrer hält kurz an, um die Sendung abzugeben.",
      "Sie können sich jederzeit in Ihrem Kundenkonto anmelden.",
    ],
    invalid: [
      {
        text: "Um sich vom Newsletter abzumelden, klicken Sie hier.",
        errors: [{ messageId: "optOut", span: "abzumelden" }],
      },
      {
        text:
          "Wenn Sie keine weiteren Nachrichten erhalten möchten, antworten Sie mit STOP.",
        errors: [
          { messageId: "optOut", span: "keine weiteren Nachrichten erhalten" },
          { messageId: "optOut", span: "antworten Sie mit STOP" },
        ],
      },
      {
        text: "Hier können Sie unsere Nachrichten abbestellen.",
        errors: [{ messageId: "optOut", span: "abbestellen" }],
      },
    ],
  },
  fr: {
    valid: [
      // A third party's messages, not the seller's.
      "Si vous ne voulez plus de notifications du transporteur, désactivez-les dans l'application.",
      "Pour toute question, il vous suffit de répondre à ce message.",
      "Le livreur passera entre 8 h et 12 h.",
      "Vous ne recevrez plus de colis à cette ancienne adresse.",
    ],
    invalid: [
      {
        text: "Pour vous désabonner, répondez STOP.",
        errors: [
          { messageId: "optOut", span: "désabonner" },
          { messageId: "optOut", span: "répondez STOP" },
        ],
      },
      {
        text: "Si vous ne souhaitez plus recevoir nos messages, écrivez-nous.",
        errors: [{ messageId: "optOut", span: "ne souhaitez plus recevoir" }],
      },
    ],
  },
  es: {
    valid: [
      "Si tiene cualquier pregunta, responda a este mensaje.",
      "El transportista pasará a recoger el paquete el lunes.",
      "Puede dar de baja el aparato antiguo en el punto limpio.",
    ],
    invalid: [
      {
        text: "Para darse de baja, responda BAJA.",
        errors: [
          { messageId: "optOut", span: "darse de baja" },
          { messageId: "optOut", span: "responda BAJA" },
        ],
      },
      {
        text: "Si no desea recibir más mensajes, cancele la suscripción.",
        errors: [
          { messageId: "optOut", span: "no desea recibir más mensajes" },
          { messageId: "optOut", span: "cancele la suscripción" },
        ],
      },
    ],
  },
  it: {
    valid: [
      "Per qualsiasi domanda, risponda pure a questo messaggio.",
      "Il corriere passerà domani mattina.",
      "La sua iscrizione al servizio di garanzia è confermata.",
    ],
    invalid: [
      {
        text: "Per annullare l'iscrizione, risponda STOP.",
        errors: [
          { messageId: "optOut", span: "annullare l'iscrizione" },
          { messageId: "optOut", span: "risponda STOP" },
        ],
      },
      {
        text: "Se non desidera più ricevere i nostri messaggi, ci scriva.",
        errors: [{
          messageId: "optOut",
          span: "non desidera più ricevere i nostri messaggi",
        }],
      },
      {
        text: "Per annullare l’iscrizione clicchi qui.",
        errors: [{ messageId: "optOut", span: "annullare l’iscrizione" }],
      },
    ],
  },
  nl: {
    valid: [
      "Hebt u vragen? Beantwoord dan gewoon dit bericht.",
      "U kunt zich aanmelden voor een bezorgafspraak.",
      "De bezorger stopt morgen bij uw deur.",
    ],
    invalid: [
      {
        text: "Klik hier om u af te melden.",
        errors: [{ messageId: "optOut", span: "om u af te melden" }],
      },
      {
        text: "Wilt u geen berichten meer ontvangen? Stuur STOP.",
        errors: [
          { messageId: "optOut", span: "geen berichten meer ontvangen" },
          { messageId: "optOut", span: "Stuur STOP" },
        ],
      },
    ],
  },
  sv: {
    valid: [
      "Om du har frågor är du välkommen att svara på det här meddelandet.",
      "Budet stannar utanför din dörr på fredag.",
    ],
    invalid: [
      {
        text: "Svara STOPP för att avregistrera dig.",
        errors: [
          { messageId: "optOut", span: "Svara STOPP" },
          { messageId: "optOut", span: "avregistrera" },
        ],
      },
      {
        text:
          "Om du inte längre vill få våra meddelanden kan du avsluta prenumerationen.",
        errors: [
          {
            messageId: "optOut",
            span: "inte längre vill få våra meddelanden",
          },
          { messageId: "optOut", span: "avsluta prenumerationen" },
        ],
      },
    ],
  },
  pl: {
    valid: [
      "W razie pytań prosimy odpowiedzieć na tę wiadomość.",
      "Kurier zatrzyma się pod Twoim domem w piątek.",
    ],
    invalid: [
      {
        text: "Aby wypisać się z listy, odpowiedz STOP.",
        errors: [
          { messageId: "optOut", span: "wypisać się" },
          { messageId: "optOut", span: "odpowiedz STOP" },
        ],
      },
      {
        text:
          "Jeśli nie chcesz już otrzymywać wiadomości, zrezygnuj z subskrypcji.",
        errors: [
          { messageId: "optOut", span: "nie chcesz już otrzymywać" },
          { messageId: "optOut", span: "zrezygnuj z subskrypcji" },
        ],
      },
    ],
  },
  tr: {
    valid: [
      "Sorularınız olursa bu mesajı yanıtlayabilirsiniz.",
      "Kargo görevlisi yarın kapınıza uğrayacak.",
      "Ürünü teslim almak istemiyorsanız bize bildirin.",
    ],
    invalid: [
      {
        text: "Abonelikten çıkmak için RET yazıp gönderin.",
        errors: [
          { messageId: "optOut", span: "Abonelikten çıkmak" },
          { messageId: "optOut", span: "RET yazıp" },
        ],
      },
      {
        text: "Bu mesajları almak istemiyorsanız bize bildirin.",
        errors: [{
          messageId: "optOut",
          span: "mesajları almak istemiyorsanız",
        }],
      },
      {
        text: "ABONELİKTEN ÇIKMAK İÇİN TIKLAYIN.",
        errors: [{ messageId: "optOut", span: "ABONELİKTEN ÇIKMAK" }],
      },
    ],
  },
  ja: {
    valid: [
      "ご不明な点がございましたら、このメッセージにご返信ください。",
      "迷惑メールの受信拒否設定をご確認ください。",
      "配送業者が途中で立ち寄ります。",
    ],
    invalid: [
      {
        text: "配信停止をご希望の場合はSTOPと返信してください。",
        errors: [
          { messageId: "optOut", span: "配信停止" },
          { messageId: "optOut", span: "STOPと返信" },
        ],
      },
      {
        text: "今後のメッセージが不要な場合はお知らせください。",
        errors: [{ messageId: "optOut", span: "今後のメッセージが不要" }],
      },
    ],
  },
  pt: {
    valid: [
      "Se tiver alguma dúvida, é só responder a esta mensagem.",
      "Não deixe de conferir o produto ao receber.",
    ],
    invalid: [
      {
        text: "Para descadastrar, responda SAIR.",
        errors: [
          { messageId: "optOut", span: "descadastrar" },
          { messageId: "optOut", span: "responda SAIR" },
        ],
      },
      {
        text: "Se não deseja mais receber nossas mensagens, avise-nos.",
        errors: [{ messageId: "optOut", span: "não deseja mais receber" }],
      },
    ],
  },
  ar: {
    valid: [
      "إذا كانت لديكم أي أسئلة، فيُرجى الرد على هذه الرسالة.",
      "سيمر المندوب على عنوانكم صباح الغد.",
      "يمكن تخطي صندوق أبريل دون إلغاء الاشتراك.",
      "تأخر الطلب بسبب إيقاف رسائل التتبع مؤقتاً لدى شركة الشحن.",
    ],
    invalid: [
      {
        text: "لإيقاف رسائلنا القادمة ردّوا بكلمة «إيقاف».",
        errors: [{ messageId: "optOut", span: "لإيقاف رسائلنا" }],
      },
      {
        text: "لإلغاء الاشتراك أرسل STOP.",
        errors: [
          { messageId: "optOut", span: "لإلغاء الاشتراك" },
          { messageId: "optOut", span: "أرسل STOP" },
        ],
      },
      {
        text: "إذا كنت لا ترغب في تلقي هذه الرسائل، يرجى إبلاغنا.",
        errors: [{ messageId: "optOut", span: "لا ترغب في تلقي" }],
      },
    ],
  },
  hi: {
    valid: [
      "अगर आपका कोई सवाल हो, तो कृपया इस संदेश का जवाब दें।",
      "कूरियर कल आपके घर आएगा।",
    ],
    invalid: [
      {
        text: "अगर आप ये संदेश नहीं पाना चाहते तो STOP लिखकर भेजें।",
        errors: [
          { messageId: "optOut", span: "संदेश नहीं पाना" },
          { messageId: "optOut", span: "STOP लिखकर" },
        ],
      },
      {
        text: "अनसब्सक्राइब करने के लिए यहाँ क्लिक करें।",
        errors: [{ messageId: "optOut", span: "अनसब्सक्राइब" }],
      },
    ],
  },
  zh: {
    valid: [
      "如有任何疑问，请直接回复此消息。",
      "如需退订服务，请回复此消息。",
      "如果您想暂停几个月或取消订阅，可以在“我的订阅”页面操作。",
      "快递员会在楼下停留片刻。",
    ],
    invalid: [
      {
        text: "回复T退订。",
        errors: [{ messageId: "optOut", span: "回复T退订" }],
      },
      {
        text: "如您不希望再收到此类消息，请取消订阅。",
        errors: [
          { messageId: "optOut", span: "如您不希望再收到" },
          { messageId: "optOut", span: "取消订阅" },
        ],
      },
    ],
  },
};

Deno.test(`${RULE.id}: the message quotes the phrase and says what to do`, () => {
  const text = "Order 123-1234567-1234567 ships today.\nReply STOP to quit.";
  const [found] = lint(text);
  assert.equal(found?.messageId, "optOut");
  assert.deepEqual(found?.range?.start, { offset: 39, line: 2, column: 1 });
  assert.deepEqual(found?.range?.end, { offset: 49, line: 2, column: 11 });
  assert.match(found!.message, /^Remove "Reply STOP": /);
  assert.match(found!.message, /Amazon account/);
  assert.equal(noOptOut.meta.defaultSeverity, "error");
});

testPhraseRule(RULE, CASES, [
  "@",
  "%",
  "a",
  " ",
  "stop ",
  "reply ",
  "reply stop ",
  "un",
  "unsub ",
  "no longer wish to ",
  "abonelikten ",
  "配信",
  "退订",
  "回复",
  "لا ترغب ",
  "संदेश ",
]);

// Opt-out wording beyond the keywords, in every language; and the everyday
// words those patterns must leave alone.
Deno.test(`${RULE.id}: finds opt-out wording in every language`, () => {
  const table: [text: string, expected: boolean][] = [
    ["If you'd rather not hear from us, just say so.", true],
    ["Don't want more messages? Let us know.", true],
    ["Reply END and we will stop these messages.", true],
    ["We can take you off our mailing list.", true],
    ["Reply with the best time for the technician to stop by.", false],
    ["Geen updates meer? Antwoord met AFMELDEN.", true],
    ["Antwoord even of de bezorger bij de buren mag stoppen.", false],
    [
      "Antworten Sie einfach mit STOPP, dann hören Sie nichts mehr von uns.",
      true,
    ],
    ["Sie können sich jederzeit aus dem Verteiler austragen.", true],
    ["Pour vous désinscrire, répondez simplement STOP.", true],
    ["Puede darse de baja en cualquier momento.", true],
    ["Responda si prefiere la entrega en la planta baja.", false],
    [
      "Si prefiere no seguir recibiendo avisos nuestros, contéstenos con la palabra BAJA.",
      true,
    ],
    ["Escríbanos si la entrega es en la planta baja.", false],
    ["Disiscriviti quando vuoi.", true],
    ["Vill du inte längre få uppdateringar? Svara STOPP.", true],
    ["Jeśli nie chcesz już otrzymywać wiadomości, wypisz się tutaj.", true],
    ["Artık mesaj almak istemiyorsanız abonelikten çıkın.", true],
    ["لإلغاء الاشتراك أرسل كلمة توقف.", true],
    ["सदस्यता रद्द करने के लिए STOP भेजें।", true],
    ["配信停止をご希望の方はこちら。", true],
    ["今後ご連絡が不要な場合はお知らせください。", true],
    ["如需退订，请回复T。", true],
    ["收到货后请回复Thanks确认。", false],
    ["Para cancelar inscrição, responda SAIR.", true],
    ["Responda se você vai sair de casa no sábado.", false],
    ["Para deixar de receber estes lembretes, responda esta mensagem.", true],
    ["Aby zrezygnować z naszych powiadomień, odpisz.", true],
    ["Daj znać, a przestaniemy pisać.", true],
    ['सूचनाएं बंद करवाने के लिए "बंद" लिखकर भेजें।', true],
    ["कृपया मशीन बंद करके तार निकाल दें।", false],
    ["To stop receiving these delivery alerts, reply to this message.", true],
    ["No more updates from us? Just say the word.", true],
  ];
  const wrong: string[] = [];
  for (const [text, expected] of table) {
    if ((lint(text).length > 0) !== expected) wrong.push(text);
  }
  assert.deepEqual(wrong, []);
});

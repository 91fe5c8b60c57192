import { noEmail } from "../../src/rules/no_email.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noEmail, {
  valid: [
    "The courier arrives at 9:00.",
    "Your email inbox in Gmail may hide our reply, e.g. in Gmail Updates.",
    "Office365 and Gmail both work; Windows11 with Outlook too.",
    "Gmail: check the spam folder.",
    "The scan is saved as invoice_2024.pdf in iCloud.",
    "Keep photo_2024 in iCloud; the lx2000 works with Gmail and Yahoo.",
    "Delivered@Amazon sticker; pack of 2 @ 5 EUR; 3@5V adapter.",
    "The file was saved at the\nlocation you chose.",
    "The driver waits at door 3. Com- pany policy.",
    "Meet us at the store. Please reply to this message.",
    "Price: 5 @ 2 units",
    "Twitter handle style @northwind is not an email",
    "Der Kurier kommt um 9 Uhr. Punkt.",
    "Llegará a las 9. Punto de recogida: tienda.",
    "Lieferung at 10:00 Uhr",
    "Reply at your convenience.",
    "Il corriere arriva alle 9. Punto.",
    // "at" as a place, marketplaces and ordinary dots.
    "Look at amazon.de for the order details.",
    "Your account at Amazon.com shows the address.",
    // A web page, form or portal at a domain is a place, not a mailbox.
    "Pick a window on the tracking page at estes-express.com.",
    "Fill in the booking form at shop.example.com.",
    "We are at home. Com- ing soon.",
    "Le point de retrait et le point de vente sont fermés.",
    "El punto de entrega y el punto de venta están en la calle Mayor.",
    "Teşekkür et. Kontrol et lütfen.",
    "Lieferung um 10.00 Uhr at the latest, Punkt 12 Uhr Abholung.",
    "Order 123-1234567-1234567 at 10:30. See point 3.",
    "ご注文の商品は明日の午後3点に届きます。",
    "订单已发货，预计下午3点送达。",
    "Please reply to this message; we answer at once.",
  ],
  invalid: [
    // A whole address starting a line is not joined to the line before it.
    {
      text: "Kind regards, Anna\nsupport@shop.com",
      errors: [{ messageId: "email", span: "support@shop.com" }],
    },
    // A provider named next to a user name, its domain spelled out.
    {
      text: "Mailen Sie an lampen.service bei gmx punkt de, danke.",
      errors: [{
        messageId: "provider",
        span: "lampen.service bei gmx punkt de",
      }],
    },
    {
      text: "Use our username brightlamps2024 on Gmail.",
      errors: [{ messageId: "provider", span: "brightlamps2024 on Gmail" }],
    },
    {
      text: "Gmail: shop.help2024 (we answer fast)",
      errors: [{ messageId: "provider", span: "Gmail: shop.help2024" }],
    },
    {
      text: "请发到我们的QQ邮箱：12345678，谢谢。",
      errors: [{ messageId: "provider", span: "QQ邮箱：12345678" }],
    },
    // A symbol to swap for "@"; "@" without a domain; line breaks.
    {
      text: "写真は info★akari.jp（★を@に）へ。",
      errors: [{ messageId: "obfuscated", span: "info★akari.jp" }],
    },
    {
      text: "Drop us a line at jontyparts@btinternet today.",
      errors: [{ messageId: "obfuscated", span: "jontyparts@btinternet" }],
    },
    {
      text: "Write to help@bright\nlamps.com with the serial.",
      errors: [{ messageId: "obfuscated", span: "help@bright\nlamps.com" }],
    },
    {
      text: "Escriba a contacto (arr\noba) tienda (punto) com hoy.",
      errors: [{
        messageId: "obfuscated",
        span: "contacto (arr\noba) tienda (punto) com",
      }],
    },
    {
      text: "Mail roshni.help at the rate gmail dot com please.",
      errors: [{
        messageId: "obfuscated",
        span: "roshni.help at the rate gmail dot com",
      }],
    },
    {
      text: "Write to help@shop.example.com today",
      errors: [{ messageId: "email", span: "help@shop.example.com" }],
    },
    {
      text: "Mail: jan.de.vries+orders@winkel.nl.",
      errors: [{ messageId: "email", span: "jan.de.vries+orders@winkel.nl" }],
    },
    {
      text: "Contact support＠shop.jp please",
      errors: [{ messageId: "obfuscated", span: "support＠shop.jp" }],
    },
    {
      text: "name (at) shop (dot) com",
      errors: [{ messageId: "obfuscated", span: "name (at) shop (dot) com" }],
    },
    {
      text: "Write name[at]shop.com now",
      errors: [{ messageId: "obfuscated", span: "name[at]shop.com" }],
    },
    {
      text: "mail me: anna at northwind dot com",
      errors: [{ messageId: "obfuscated", span: "anna at northwind dot com" }],
    },
    {
      text: "Escríbanos a soporte arroba tienda punto es.",
      errors: [{
        messageId: "obfuscated",
        span: "soporte arroba tienda punto es",
      }],
    },
    {
      text: "Schreiben Sie an info (at) laden punkt de",
      errors: [{ messageId: "obfuscated", span: "info (at) laden punkt de" }],
    },
    {
      // A domain's hyphen spaced out like the rest.
      text: "Die Datei bitte an etiketten ( ät ) kleiderwerk - kiel punkt de.",
      errors: [{
        messageId: "obfuscated",
        span: "etiketten ( ät ) kleiderwerk - kiel punkt de",
      }],
    },
    {
      text: "Écrivez à contact arobase boutique point fr",
      errors: [{
        messageId: "obfuscated",
        span: "contact arobase boutique point fr",
      }],
    },
    {
      text: "Scrivete a info chiocciola negozio punto it",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Napisz: sklep małpa firma kropka pl",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Mejla info snabel-a butik punkt se",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Mail naar info apenstaartje winkel punt nl",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "E-posta: destek (at) magaza nokta com",
      errors: [{ messageId: "obfuscated" }],
    },
    // Spaced symbols and line breaks.
    {
      text: "Mail: info @ shop . de thanks",
      errors: [{ messageId: "obfuscated", span: "info @ shop . de" }],
    },
    {
      text: "Schreiben Sie an service@\nbeispiel-laden.de bitte",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Contact sales ⓐ myshop · co · uk today",
      errors: [{ messageId: "obfuscated", span: "sales ⓐ myshop · co · uk" }],
    },
    {
      text: "Write to i n f o @ s h o p . d e today",
      errors: [{ messageId: "obfuscated", span: "i n f o @ s h o p . d e" }],
    },
    // Full-width, mathematical letters, zero-width characters, soft hyphens.
    {
      text: "ご連絡は ｉｎｆｏ＠ｓｈｏｐ－ｒｅｉ．ｊｐ まで",
      errors: [{
        messageId: "obfuscated",
        span: "ｉｎｆｏ＠ｓｈｏｐ－ｒｅｉ．ｊｐ",
      }],
    },
    {
      text: "Envie para 𝐯𝐞𝐧𝐝𝐚𝐬@𝐥𝐨𝐣𝐚.𝐜𝐨𝐦.𝐛𝐫 hoje",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Mail: kontakt\u200b@\u200bwerkstatt\u00ad.de bitte",
      errors: [{ messageId: "obfuscated" }],
    },
    // Reversed behind a right-to-left override.
    {
      text: "Write to \u202eed.pohs@ofni\u202c today",
      errors: [{ messageId: "obfuscated", span: "ed.pohs@ofni" }],
    },
    // Spelled in the 16 languages.
    {
      text: "Scrivi a ordini chiocciolina bottega punto it",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Schreib an info klammeraffe laden punkt de",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Escreva para vendas arroba loja ponto com ponto br",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Bize yazın: satis et isareti dukkan nokta com",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Bize yazın: satis et dukkan nokta com",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "メールは shop アットマーク example ドット jp へ",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "请发邮件到 kefu艾特shop点com",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "邮箱 service圈a example.cn",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "मेल करें: dukan एट द रेट gmail डॉट कॉम",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "راسلنا على sales آت store دوت com",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Mejla oss: order snabela butik punkt se",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Napisz na biuro małpka sklep kropka pl",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Mail info-at-winkel-dot-nl voor vragen",
      errors: [{ messageId: "obfuscated" }],
    },
    {
      text: "Write to orders [at] shop [dot] co [dot] uk. Thanks",
      errors: [{ messageId: "obfuscated" }],
    },
    // The provider named, with or without its domain.
    {
      text: "Write to mario.rossi at gmail, we answer fast",
      errors: [{ messageId: "obfuscated", span: "mario.rossi at gmail" }],
    },
    {
      text: "Our mailbox is atelier.rose (then the at sign and hotmail.com)",
      errors: [{ messageId: "provider", span: "hotmail.com" }],
    },
  ],
});

import { noEmail } from "../../src/rules/no_email.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noEmail, {
  valid: [
    "The courier arrives at 9:00.",
    "The driver waits at door 3. Com- pany policy.",
    "Meet us at the store. Please reply to this message.",
    "Price: 5 @ 2 units",
    "Twitter handle style @northwind is not an email",
    "Der Kurier kommt um 9 Uhr. Punkt.",
    "Llegará a las 9. Punto de recogida: tienda.",
    "Lieferung at 10:00 Uhr",
    "Reply at your convenience.",
    "Il corriere arriva alle 9. Punto.",
  ],
  invalid: [
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
      errors: [{ messageId: "email", span: "support＠shop.jp" }],
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
  ],
});

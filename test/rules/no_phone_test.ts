import { noPhone } from "../../src/rules/no_phone.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noPhone, {
  valid: [
    "Order 123-1234567-1234567 ships 2026-12-04.",
    "Delivery 04.12.2026 between 08:00 and 12:00",
    "Total: € 1.234.567,89",
    "Price $1,234,567.99",
    "Board 40 x 25 cm, weight 1500000 g",
    "Key X7KD-93LM-QP42-ZT8W",
    "Tracking 1Z999AA10123456784",
    "DHL tracking 00340434161234567890",
    "Version 10.2.3.4567",
    "ISBN 978-3-16-148410-0",
    "Reference 12345678 for your records",
    {
      text: "Manufacturer warranty line: +49 30 1234 5678",
      options: { allowAfter: ["warranty"] },
    },
    "１２月４日に発送します",
    // Tracking numbers.
    "Your UPS parcel 1Z 999 AA1 0123 4567 84 is on its way.",
    "Sendungsnummer: 0034 0434 1612 3456 7890",
    "Suivi Colissimo : 6A 123 456 789 01",
    "Número de seguimiento 5012 3456 7890 1234",
    "Tracking 4012 8888 8888 1881",
    "Spårningsnummer 00370722330012345678",
    "Kargo takip numarası: 1053982647",
    "送り状番号：3612-4580-2971",
    "运单号 SF 1234 5678 9012",
    "वेबिल नंबर 1492837465012",
    "Número de rastreio: NL 123 456 789 BR",
    "Kolli-id 00 3707 2233 0012 3456",
    // Postal codes.
    "〒060-0042 札幌市中央区",
    "CEP 01310-200, São Paulo",
    "ZIP 10001-2345, New York",
    "PLZ 10115 Berlin",
    "Code postal : 75008 Paris",
    "Kod pocztowy 00-950 Warszawa",
    "الرمز البريدي 12345-6789",
    "पिन कोड 110001-2345",
    "邮编 100-0001",
    // Order, invoice, serial and model numbers, IBAN, tax ids.
    "Rechnungsnummer 2026 0012 3456",
    "Invoice 0012345678 attached",
    "Factura nº 000123456",
    "Serial number 0123 456 789",
    "Seriennummer: 00740 5601",
    "Modell 0123-4567-89",
    "Artikelnummer 00740560",
    "Filter 00647920 fits your machine.",
    "IBAN DE89 3704 0044 0532 0130 00",
    "P.IVA 01234567890",
    "NIP 123-456-32-18",
    "CPF 123.456.789-09",
    "Chave de acesso: 3526 1212 3456 7800 0190 5500 1000 0123 4510 0012 3458",
    "EAN 4006381333931",
    // Dates, times, prices, quantities.
    "Lieferung 01.12.2026 – 05.12.2026",
    "Zustellung zwischen 08.00-12.00 Uhr",
    "Total ₹ 1,23,456",
    "Prix : 1 234 567,89 €",
    "Sipariş tutarı 1.234.567 TL",
    "Total R$ 1.234.567,89",
    "Batterie 10000 mAh",
  ],
  invalid: [
    {
      text: "Call us on +49 30 1234 5678.",
      errors: [{
        messageId: "contact",
        span: "+49 30 1234 5678",
        severity: "error",
      }],
    },
    {
      text: "Ring (555) 123-4567 now",
      errors: [{
        messageId: "phone",
        span: "(555) 123-4567",
        severity: "warning",
      }],
    },
    {
      text: "Number 555-123-4567",
      errors: [{ messageId: "phone", span: "555-123-4567" }],
    },
    {
      text: "Rufen Sie an: 030 12345678",
      errors: [{ messageId: "phone", span: "030 12345678" }],
    },
    {
      text: "Appelez le 01 23 45 67 89",
      errors: [{ messageId: "phone", span: "01 23 45 67 89" }],
    },
    {
      text: "Llámenos al 912345678",
      errors: [{ messageId: "contact", span: "912345678" }],
    },
    {
      text: "お電話は 03-1234-5678 まで",
      errors: [{ messageId: "phone", span: "03-1234-5678" }],
    },
    {
      text: "请致电 010-12345678",
      errors: [{ messageId: "phone", span: "010-12345678" }],
    },
    {
      text: "0044 20 7946 0958 is our line",
      errors: [{ messageId: "contact" }],
    },
    { text: "Warranty: +49 30 1234 5678", errors: [{ messageId: "phone" }] },
    { text: "Telefonnummer: 030 1234 5678", errors: [{ messageId: "phone" }] },
    { text: "Chiamateci al 06 1234 5678", errors: [{ messageId: "contact" }] },
    { text: "Bel ons op 020 123 4567", errors: [{ messageId: "contact" }] },
    { text: "Ring oss på 08-123 456 78", errors: [{ messageId: "contact" }] },
    { text: "Zadzwoń: 22 123 45 67", errors: [{ messageId: "phone" }] },
    { text: "Bizi arayın: 0212 123 45 67", errors: [{ messageId: "contact" }] },
    { text: "Ligue para (11) 98765-4321", errors: [{ messageId: "phone" }] },
    { text: "WhatsApp: 55 1234 5678", errors: [{ messageId: "contact" }] },
    { text: "اتصل بنا على 04 123 4567", errors: [{ messageId: "contact" }] },
    { text: "हमें कॉल करें 98765 43210", errors: [{ messageId: "contact" }] },
    { text: "手机 13812345678", errors: [{ messageId: "phone" }] },
    {
      text: "電話：０３－１２３４－５６７８",
      errors: [{ messageId: "phone", span: "０３－１２３４－５６７８" }],
    },
    // Offered as the seller's own line, in the sentence before or after
    // the number: an error.
    {
      text:
        "If you have a larger version, it's easiest to WhatsApp it to us at (614) 555-0192 so it stays sharp.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text:
        "Lo más fácil es una videollamada: mándenos un WhatsApp al 33 1845 2270 y acordamos la hora.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text:
        "Stuur de foto gerust via WhatsApp naar 06-41872295, dan blijft de kwaliteit behouden.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text:
        "Har du frågor är det enklast att slå en signal till butiken på 031-704 22 85.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text: "Erreichen Sie uns unter 030 1234 5678, Mo–Fr.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text: "030 1234 5678 (WhatsApp), wir antworten schnell.",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    {
      text: "有问题请加微信 138 1234 5678。",
      errors: [{ messageId: "contact", severity: "error" }],
    },
    // Someone else's number, or a plea in another sentence: a warning.
    {
      text:
        "Questions? Write to us here. The DHL depot's line is 0228 433 3112.",
      errors: [{ messageId: "phone", severity: "warning" }],
    },
    {
      text: "Der Kundendienst des Herstellers: 0800 123 4567.",
      errors: [{ messageId: "phone", severity: "warning" }],
    },
    // A phone word nearer than a label wins.
    {
      text: "Order 123-1234567-1234567, call 0800 123 4567",
      errors: [{ messageId: "phone" }],
    },
    {
      text: "Tracking questions? Phone 555-1234 or 555 123 4567",
      errors: [{ messageId: "phone" }, { messageId: "phone" }],
    },
  ],
});

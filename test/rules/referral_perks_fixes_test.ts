import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Referral perks written anew in the 16 locales: someone who names the
// buyer, quotes their order or comes through them gets money back or a
// price cut, and so does the buyer. Next to them, a neighbour who took the
// parcel and a refund of the delivery fee, and the buyer asked for their
// own name or photos next to a refund, which stay clean.

const CASES: readonly ErrorCase[] = [
  {
    locale: "en-US",
    text:
      "If a coworker orders the same lamp and mentions your name, we'll knock $10 off for both of you.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "Pass our name on to anyone at your club: they get 15% off their first order with us.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    text:
      "Know someone who'd like one? Have them quote order 123-1234567-1234567 and they'll save $8.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Wenn jemand aus Ihrem Bekanntenkreis bei uns bestellt und Ihren Namen nennt, erhalten beide 10 € zurück.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Empfehlen Sie uns weiter: Für jede Bestellung, die über Sie kommt, schreiben wir Ihnen 5 € gut.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Si un collègue commande chez nous et donne votre nom, vous recevrez chacun 10 € de remise.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Parlez de nous autour de vous : chaque personne que vous nous envoyez vous rapporte 5 €.",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "Si recomienda nuestra tienda a alguien y compra, le devolvemos 5 € a usted.",
    rule: "no-marketing",
  },
  {
    locale: "es-MX",
    text:
      "Si algún conocido compra con nosotros diciendo su nombre, a los dos les bajamos $100.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    text:
      "Se un conoscente ordina da noi citando il suo nome, avrete entrambi 10 € di sconto.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    text:
      "Ci consigli a chi vuole: per ogni nuovo cliente che arriva da lei, le rimborsiamo 5 €.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Se alguém comprar com a gente falando o seu nome, vocês dois ganham R$ 20 de volta.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Indique a gente: cada pessoa que comprar por sua indicação vale R$ 10 pra você.",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "Als iemand uit uw omgeving bij ons bestelt en uw naam noemt, krijgen jullie allebei € 10 terug.",
    rule: "no-marketing",
  },
  {
    locale: "sv-SE",
    text:
      "Om någon du känner beställer hos oss och nämner ditt namn får ni båda 100 kr tillbaka.",
    rule: "no-marketing",
  },
  {
    locale: "pl-PL",
    text:
      "Jeśli ktoś z Pani znajomych zamówi u nas i poda Pani nazwisko, oboje dostaniecie 20 zł zwrotu.",
    rule: "no-marketing",
  },
  {
    locale: "tr-TR",
    text:
      "Bir tanıdığınız sizin adınızı vererek bizden alışveriş yaparsa ikinize de 50 TL iade ediyoruz.",
    rule: "no-marketing",
  },
  {
    locale: "ja-JP",
    text:
      "お知り合いの方がお客様のお名前をお伝えのうえご注文いただくと、お二人に500円をご返金いたします。",
    rule: "no-marketing",
  },
  {
    locale: "zh-CN",
    text: "如果您介绍的人下单时报您的名字，你们俩都可以返现20元。",
    rule: "no-marketing",
  },
  {
    locale: "hi-IN",
    text:
      "अगर आपका कोई जानकार आपका नाम बताकर हमसे ऑर्डर करे, तो आप दोनों को ₹100 वापस मिलेंगे।",
    rule: "no-marketing",
  },
  {
    locale: "ar-AE",
    text: "إذا طلب أحد معارفك منا وذكر اسمك، نرجع لكما 20 درهم.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    text:
      "Your neighbor signed for the package; we refunded the $5 delivery fee for the delay.",
  },
  {
    locale: "de-DE",
    text:
      "Ihr Nachbar hat das Paket angenommen; die 4,90 € Versand erstatten wir Ihnen wegen der Verspätung.",
  },
  {
    locale: "es-ES",
    text:
      "Su vecino recogió el paquete; le devolvemos los 5 € del envío por el retraso.",
  },
  {
    locale: "fr-FR",
    text:
      "Votre voisine a réceptionné le colis ; nous vous remboursons les 4,90 € de livraison.",
  },
  {
    locale: "en-US",
    text:
      "Please give your name and order number in your reply and we will refund the $5 shipping.",
  },
  {
    locale: "de-DE",
    text:
      "Wenn Sie uns Ihren Namen nennen, erstatten wir Ihnen die 4,90 € Versand.",
  },
  {
    locale: "fr-FR",
    text:
      "Pour les photos que vous nous envoyez, nous vous remboursons les 5 € de port.",
  },
  {
    locale: "ja-JP",
    text: "お客様のお名前とご住所をご確認のうえ、送料500円をご返金いたします。",
  },
  {
    locale: "nl-NL",
    text:
      "Als u uw naam noemt bij de bezorger, krijgt u de € 5 bezorgkosten terug.",
  },
  {
    locale: "sv-SE",
    text: "Om du nämner ditt namn i svaret återbetalar vi 49 kr i frakt.",
  },
  {
    locale: "en-GB",
    text: "The refund you referred to, £20, was sent yesterday.",
  },
];

testErrorCases("referral perks in their own words", CASES);

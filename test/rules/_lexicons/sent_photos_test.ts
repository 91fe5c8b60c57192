import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// The buyer's feedback about the courier, passed on with the photos the
// buyer already sent: the photos are no instruction to add a photo to a
// review (`requestOther` holds "the photos you sent", it "foto che ci ha
// mandato", nl "foto's die u stuurde", tr "gönderdiğiniz fotoğraflar").
// Against them, requests for a review with photos, some with the same
// words.
const PROBES: readonly LabeledProbe[] = [
  [
    "en-GB",
    "clean",
    "We have passed your feedback about the driver on to the courier, together with the photos you sent.",
  ],
  [
    "en-US",
    "clean",
    "Your feedback about the delivery driver has been forwarded to the carrier.",
  ],
  [
    "de-DE",
    "clean",
    "Ihr Feedback zum Fahrer haben wir zusammen mit Ihren Fotos an den Paketdienst weitergeleitet.",
  ],
  [
    "fr-FR",
    "clean",
    "Nous avons transmis votre retour sur le livreur au transporteur, avec les photos que vous avez envoyées.",
  ],
  [
    "es-ES",
    "clean",
    "Hemos trasladado tus comentarios sobre el repartidor a la empresa de transporte, junto con las fotos.",
  ],
  [
    "it-IT",
    "clean",
    "Abbiamo inoltrato il suo feedback sul corriere alla ditta di trasporto, insieme alle foto che ci ha mandato.",
  ],
  [
    "pt-BR",
    "clean",
    "O seu feedback sobre o entregador já foi repassado à transportadora, junto com as fotos que você enviou.",
  ],
  [
    "nl-NL",
    "clean",
    "Uw feedback over de bezorger hebben we samen met uw foto's doorgestuurd naar de vervoerder.",
  ],
  [
    "sv-SE",
    "clean",
    "Vi har vidarebefordrat din feedback om budet till transportföretaget, tillsammans med bilderna du skickade.",
  ],
  [
    "pl-PL",
    "clean",
    "Pani uwagi dotyczące kuriera przekazaliśmy firmie kurierskiej razem ze zdjęciami.",
  ],
  [
    "tr-TR",
    "clean",
    "Kurye ile ilgili geri bildiriminizi, gönderdiğiniz fotoğraflarla birlikte kargo firmasına ilettik.",
  ],
  [
    "ja-JP",
    "clean",
    "配達員に関するご意見は、お送りいただいた写真とともに配送業者に伝えました。",
  ],
  ["zh-CN", "clean", "您对快递员的反馈和照片我们已经转给了快递公司。"],
  [
    "ar-AE",
    "clean",
    "قمنا بتحويل ملاحظاتك حول مندوب التوصيل إلى شركة الشحن مع الصور التي أرسلتها.",
  ],
  [
    "hi-IN",
    "clean",
    "डिलीवरी बॉय के बारे में आपकी प्रतिक्रिया हमने आपकी भेजी तस्वीरों के साथ कूरियर कंपनी को भेज दी है।",
  ],
  ["it-IT", "review", "Lasci una recensione con foto, ci aiuta molto!"],
  [
    "it-IT",
    "review",
    "Le sue foto sarebbero perfette nella recensione su Amazon.",
  ],
  ["pt-BR", "review", "Deixe uma avaliação com fotos, por favor!"],
  [
    "pt-BR",
    "review",
    "As fotos que você enviou ficariam ótimas na sua avaliação na Amazon.",
  ],
  [
    "nl-NL",
    "review",
    "Uw foto's zouden geweldig staan in een review op Amazon!",
  ],
  [
    "nl-NL",
    "review",
    "Plaats uw foto's bij een review op Amazon, dat helpt andere kopers.",
  ],
  [
    "tr-TR",
    "review",
    "Gönderdiğiniz fotoğrafları Amazon'daki yorumunuza da ekler misiniz?",
  ],
  ["tr-TR", "review", "Fotoğraflı bir yorum bırakırsanız çok seviniriz."],
];

testProbeTable("photos the buyer sent", PROBES, {
  ruleId: "no-review-manipulation",
  positive: "review",
  type: "confirmDeliveryDetails",
  known: new Set(),
});

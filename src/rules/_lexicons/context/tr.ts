// This module is browser compatible.

/**
 * Turkish context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Turkish context words. */
export const CONTEXT_TR: ContextWords = {
  segmentation: "words",
  controls: [
    "buton",
    "düğme",
    "dugme",
    "bağlantı",
    "baglanti",
    "sekme",
    "simge",
  ],
  controlUse: [
    "tikla",
    "basin",
    "basarak",
    "dokun",
    "kullan",
    "bulabilir",
  ],
  // "Also" as the particle "de"/"da" before a verb of "can" ("perdeleri de
  // 250 TL'ye asabilir"), and an extra charge ("100 TL fazlası", "ek
  // ücretle").
  canAlso: [
    "(?<!\\p{L})d[ae](?!\\p{L})[^.,;:!?]{0,40}?\\p{L}[ae]bilir",
    "fazlas",
    "ek ücret",
    "ekstra",
    "ilave",
  ],
  orderCost: ["ödeme", "ödedi", "kargo", "teslimat", "iade"],
  owners: [
    "teknisyen",
    "teknik servis",
    "eksper",
    "uzman",
    "mühendis",
    "müfettiş",
    "atölye",
    "laboratuvar",
    "üretici",
    "sigorta",
    "tamirci",
    "elektrikçi",
    "tesisatçi",
    "hasar",
    "ariza",
    "talep",
    "talebi",
    "başvuru",
    "göre",
    "kalite",
    "sonuç",
  ],
  shows: ["gösterirse", "gösterdi"],
  records: ["numara", "tarih", "saat", "randevu", "şifre", "tutar"],
  claims: ["talep", "talebi", "başvuru"],
  measures: ["bilgi", "ölçü", "ağırlı", "yükseklik", "voltaj", "sıcaklı"],
  alternative: ["sadece", "yalnızca"],
  noAnswer: ["hayır", "asla", "kesinlikle hayır"],
  need: ["gerek\\p{L}*", "zorunda", "zorunlu", "şart", "bağlı"],
  but: ["ama", "fakat", "ancak"],
  yes: ["evet", "tabii", "elbette"],
  denial: [
    "hayır",
    "değil",
    "yok",
    "gerek yok",
    "\\p{L}+m[iuü]yor\\p{L}*",
    "yasak",
  ],
  noNeed: ["gerek", "lazım"],
  asking: ["isti", "iste"],
  quantityOf: ["için"],
  people: ["teknik", "ekib", "müşteri hizmet"],
  listing: ["ve", "veya", "ya da", "ile"],
  complementizer: ["ki"],
  qualifiers: ["alan", "kutu"],
  noteOf: ["teslimat", "fatur", "sipariş"],
  fieldInside: ["alan"],
  thanks: ["teşekkür", "sağ ?ol"],
  restock: ["stok", "mevcut"],
  price: ["ücret", "fiyat"],
  listBreak: ["lütfen", "ama", "sadece"],
  accordingTo: ["göre", "yapacak", "yapılacak", "yapacağız"],
  assessedNext: ["hasar", "durum"],
  sources: [
    "kart",
    "broşür",
    "el ilani",
    "mesaj",
    "e-posta",
    "mail",
    "mektup",
    "etiket",
    "çikartma",
    "tabela",
    "afiş",
    "pankart",
    "baski",
    "gravür",
    "yazi",
    "metin",
    "başlik",
    "yaziyor",
    "yaziyordu",
    "yazan",
    "yazili",
    "diyor",
    "diyen",
    "iddia",
    "biri",
    "birisi",
    "hata",
    "kilavuz",
    "işlemeli",
    "bildirim",
    "yazim",
  ],
  strongSources: [
    "sorunuz",
    "sordunuz",
    "sormuştunuz",
    "bahsetti",
    "cevabiniz",
    "yanitiniz",
    "sözleriniz",
    "mesajiniz",
    "yorumunuz",
    "diye sor",
    "sormuşsunuz",
    "dolandiric",
    "sahte",
    "taklit",
  ],
  proofing: [
    "yazim",
  ],
  courtesy: [
    "merak etmeyin",
    "sorun değil",
    "endişelenmeyin",
    // Patience offered ("no rush", "keine Eile"): no answer to a question.
    "acelesi yok",
    "acele yok",
    "acele etmeyin",
    "sorun yok",
  ],
  sellersOwn: [
    "ekibimiz",
    "ekip",
  ],
  pages: [
    "sayfa",
  ],
  writeVerbs: [
    "yaz",
    "söyle",
  ],
  toUs: [
    "bize",
  ],
  toUsBefore: [
    "bize",
    "bana",
  ],
  reportedBehind: [
    String
      .raw`(?:diye )?(?:sordunuz|sormuştunuz|sormuşsunuz|soruyorsunuz|merak ediyordunuz)`,
  ],
  // The seller's own wish or plea, which no question of the buyer the
  // seller reports holds ("… and we would love a 5-star review").
  sellerWish: [
    String.raw`(?<![\p{L}\p{M}])(?:çok )?seviniriz`,
    String.raw`(?<![\p{L}\p{M}])memnun oluruz`,
    String.raw`(?<![\p{L}\p{M}])minnettar oluruz`,
    String.raw`(?<![\p{L}\p{M}])mutlu oluruz`,
    String.raw`(?<![\p{L}\p{M}])bu bize (?:çok )?yardimci olur`,
  ],
  // An answer that leaves it to the buyer ("it's entirely up to you").
  freeChoice: [
    String.raw`(?<![\p{L}\p{M}])(?:tamamen )?size kalmiş`,
    String.raw`(?<![\p{L}\p{M}])karar (?:tamamen )?sizin`,
  ],
  // The seller welcoming what the buyer asked about ("we'd still love to
  // read it"): in the answer to a reported question, it denies nothing.
  welcome: [
    "yorumunuzu bekliyoruz",
    "değerlendirmenizi bekliyoruz",
    "okumaktan mutluluk duyariz",
    "okumaktan memnun oluruz",
    "yorumlariniza açiğiz",
  ],
};

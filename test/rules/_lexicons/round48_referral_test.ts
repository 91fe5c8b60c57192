import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND48_REFERRAL } from "./_round48_referral.ts";

// Referral probes in the lexicon languages (see `_round48_referral.ts`).
// KNOWN lists the probes the rules still get wrong; each step checks that
// it is still wrong, so one that starts to be judged right must be taken
// off the list.
const KNOWN: readonly string[] = [
  // The seller's name given to the courier, and a friend's name asked for
  // a gift card, read as a referral or a reward; a business vouched for
  // only as the place of a job the lexicon reads as help (assembly), or
  // as a partner workshop, whose words stay out of the lists because the
  // partner that does the ordered job is no referral.
  "営業所でお受け取りの際は、送り主として当店の名前をお伝えください。",
  "ギフトカードに記載するため、ご友人のお名前を教えていただけますか。",
  "Jeśli potrzebuje Pan kogoś do montażu, gorąco polecamy pana Nowaka, to bardzo solidny fachowiec i bierze naprawdę niewiele.",
  "Se o entregador perguntar, por favor informe o nosso nome a ele.",
  "Om budet frågar vem paketet är från kan du uppge vårt namn.",
  "If the courier asks, please just give him our name and the order number.",
  "Vår partnerverkstad i Göteborg ger våra kunder 10 % rabatt på service.",
  "Hediye kartına yazabilmemiz için arkadaşınızın adını bize iletir misiniz?",
  "请告诉我们您朋友的名字，我们会写在礼品卡上。",
];

testProbeSets("round 48", { "referral": ROUND48_REFERRAL }, KNOWN);

import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND8C_A, ROUND8C_A_MORE } from "./_round8c_a_pt_tr_ja_zh.ts";
import { ROUND8C_B } from "./_round8c_b_pt_tr_ja_zh.ts";

// Clean probes of the false-error pass in Brazilian Portuguese, Turkish,
// Japanese and Chinese: set A (tuned on, with the batch written while
// tuning) and set B (held out, written before any change and never tuned
// on). KNOWN lists the probes the rules still get wrong; each step checks
// that it is still wrong, so one that starts to be judged right must be
// taken off the list.
const KNOWN: readonly string[] = [
  // A mock-up judged by the buyer ("whether the sticker's size fits, could
  // you assess it"), asked with a review word and a request.
  "シミュレーション画像でステッカーの大きさが壁に合っているか、ご評価いただけますか。大きくしたい場合は印刷前に調整します。",
  // A courier pickup booked on the carrier's site with a free return
  // label, read as an invitation to buy with an offer.
  "Merhaba Gökhan Bey, gönderdiğimiz iade koduyla kargo firmasının sitesinden kurye randevusu alın; etiket ücretsiz.",
  // A technician's low score for the plumbing, read as a rating gated on
  // a condition.
  "O técnico fez um teste de pressão e deu nota baixa para o encanamento; a bomba extra já está incluída no pedido.",
  "Ustamız su basıncını ölçtü ve tesisata düşük puan verdi; ek pompa siparişinize dahil.",
];

testProbeSets("round 8c", {
  "A": ROUND8C_A,
  "A more": ROUND8C_A_MORE,
  "B": ROUND8C_B,
}, KNOWN);

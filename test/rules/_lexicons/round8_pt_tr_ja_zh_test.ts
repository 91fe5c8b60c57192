import { testProbeSets } from "./_lexicon_cases.ts";
import {
  ROUND8_A,
  ROUND8_A_MORE,
  ROUND8_A_TRAPS,
} from "./_round8_a_pt_tr_ja_zh.ts";
import { ROUND8_B } from "./_round8_b_pt_tr_ja_zh.ts";

// Round-8 probes in Brazilian Portuguese, Turkish, Japanese and Chinese:
// set A (tuned on, with the batches written while tuning) and set B (held
// out, written with set A before any change and never tuned on). KNOWN
// lists the probes the rules still get wrong; each step checks that it is
// still wrong, so one that starts to be judged right must be taken off the
// list.
const KNOWN: readonly string[] = [
  // A bigger pack that is cheaper, with a quantity and a comparison but no
  // word for a pack or a range.
  "きび砂糖を発送いたしました。いつもお使いになる方には、5kg入りがお得です。",
  "Merhaba, su filtreniz kargoya verildi. Yedek kartuş yaklaşık altı ay gidiyor, ikili paketini indirimli satıyoruz.",
  // Other colours, sizes or a matching piece "also there", which read the
  // same as an exchange offered to the buyer.
  "Olá! A mala de bordo chegou certinha? Ela tem uma irmã maior, de 23 kg, com o mesmo acabamento, disponível aqui conosco.",
  "Merhaba Deniz Bey, kulaklığınız kargo firmasına teslim edildi. Bu arada silikon kılıfının mağazamızda birçok rengi var.",
  "Olá, Débora! O jogo de panelas saiu hoje e chega em até 3 dias. Temos também uma tampa de vidro universal que serve em todas as peças dele, caso te interesse. Bom uso!",
  // A paid extra on the visit whose price is only "the part" or "a good
  // price", or whose verb has no word for "also".
  "Bom dia, Sr. Paulo! O aquecedor será instalado sexta pela manhã. Se o senhor quiser, o instalador já deixa o registro novo colocado, cobrando só a peça.",
  "Günaydın Paşa Bey, kombiniz cuma sabahı takılacak. İsterseniz usta yeni vanayı da hemen takar, sadece parça ücretini ödersiniz.",
  "松田様 給湯器の取り付けは金曜日の午前です。ご希望があれば、作業員がその場で新しい止水栓にも交換いたします。部品代のみで結構です。",
  "Merhaba Sinan Bey, lastikleriniz cumartesi saat 9'da anlaşmalı servisimizde takılacak. Aynı gün rot balans ayarını da uygun bir fiyata yaptırabilirsiniz, ustaya söylemeniz yeterli. Görüşmek üzere.",
  "山口様 オーダーカーテンは水曜日に仕上がります。ご希望であれば、取付スタッフがカーテンレールの設置も1窓2,000円で行います。お届け日のご都合をお知らせください。",
  // Something new of the seller's (made, tested, coming), told without a
  // word for a range or a launch the lists hold.
  "Oi! A sua vela de soja foi postada. A gente está testando um aroma de figo para o Natal, logo logo aparece na loja.",
  "Merhaba Bahar Hanım, lambanız bugün atölyemizden çıktı. Aynı keten şapkalı bir komodin abajuru da yaptık, ilginizi çekerse yazmanız yeterli.",
  "Merhaba, bahçe setiniz bugün çıktı. Eylülde bahar fidelerimizin ön satışını açıyoruz, bilginize.",
  "儿童地毯在路上了。这个月会上三款动物图案的新设计，一款比一款可爱！",
  "萧女士您好，定制马克杯今天已经发出。11月起店里会上圣诞系列，图案都是独家的。谢谢您的支持。",
  // A subscription club or the seller's own goods praised by what other
  // buyers do, with no suggestion word the lists hold.
  "Oi, Carla! Seu pedido de café em grãos já foi embalado. Quem assina o nosso clube recebe um pacote por mês pagando menos.",
  "Merhaba, gömleğiniz bugün gönderildi. Uzman tavsiyesi: kola spreyimizle ütülerseniz yaka kusursuz oluyor.",
  "Oi, Mônica! O tênis infantil chega na sexta. As mães que compram com a gente costumam levar também as palmilhas de gel da loja, as crianças adoram. Até mais!",
  // A photo of the buyer on the product page, asked without a review word.
  "Merhaba, elbiseyi giydiğiniz bir fotoğrafı ürün sayfasında görmeyi çok isteriz.",
];

testProbeSets("round 8", {
  "A": ROUND8_A,
  "A more": ROUND8_A_MORE,
  "A traps": ROUND8_A_TRAPS,
  "B": ROUND8_B,
}, KNOWN);

import { MARKETING_TR } from "../../../src/rules/_lexicons/marketing/tr.ts";
import { REVIEW_TR } from "../../../src/rules/_lexicons/review/tr.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("tr lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_TR, "tr", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_TR, "tr", MARKETING_CONCEPTS);
});

Deno.test("tr lexicons: terms are written with the dotless i folded", () => {
  for (const lexicon of [REVIEW_TR, MARKETING_TR]) {
    for (const terms of Object.values(lexicon.concepts)) {
      for (const term of terms ?? []) {
        if (term.includes("ı")) throw new Error(`"${term}" has a dotless i`);
      }
    }
  }
});

testRuleCases("review", "tr-TR", {
  valid: [
    "Talebinizi değerlendirip en kısa sürede size dönüş yapacağız.",
    "Geri bildiriminiz için teşekkür ederiz, yeni ürün yarın kargoda.",
    "İadeniz üç iş günü içinde hesabınıza yansıyacaktır.",
    "Tişörtün arkasına altın renkli yıldız baskı yapılacak.",
    "Puan kazanmak için herhangi bir şey yapmanıza gerek yok.",
  ],
  invalid: [
    {
      text: "Ürünümüz hakkında bir yorum bırakırsanız çok seviniriz.",
      messageId: "solicitation",
    },
    {
      text: "Memnun kaldıysanız bize 5 yıldız verir misiniz?",
      messageId: "gating",
    },
    {
      text: "Yorumunuz karşılığında size hediye çeki göndereceğiz.",
      messageId: "incentive",
    },
    {
      text: "Sorun çözüldüğüne göre yorumunuzu güncelleyebilir misiniz?",
      messageId: "change",
    },
    {
      text: "Yorumunuzda hızlı kargodan bahsetmeyi unutmayın.",
      messageId: "instructions",
    },
    {
      text: "Deneyiminizi diğer müşterilerle paylaşın!",
      messageId: "solicitation",
    },
    {
      text: "LUTFEN URUNU DEGERLENDIRIN.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "tr-TR", {
  valid: [
    "Kargonuzu kargo firmasının sitesinden takip edebilirsiniz.",
    "Değişim için herhangi bir indirim kodu gerekmez.",
    "Yeni ürününüz ücretsiz olarak yarın kargoya verilecek.",
  ],
  invalid: [
    {
      text: "Yeni koleksiyonumuza mutlaka göz atın!",
      messageId: "crossSell",
    },
    {
      text: "Bir sonraki alışverişinizde geçerli %15 indirim kodunuz: KIS15",
      messageId: "promotion",
    },
    {
      text: "Yılbaşı kampanyamız başladı, tüm ürünlerde %20 indirim!",
      messageId: "promotion",
    },
  ],
});

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "tr-TR": {
      review: {
        valid: [
          "Lütfen ekteki baskı provasını inceleyip onaylayın.",
          "Şikayetinizi inceledik, yeni parçayı yarın kargoya veriyoruz.",
          "Taslak tasarım hakkındaki yorumlarınız baskıdan önce düzeltmemize yardımcı olur.",
          "Teknik ekibimiz cihazınızı değerlendiriyor, 48 saat içinde dönüş yapacağız.",
          "Garanti talebiniz değerlendirildi ve ücret iadesi bugün yapılacak.",
          "Kargo ücreti paketin ağırlığına göre hesaplandı.",
          "Numune renk hakkındaki görüşünüz doğru tonu seçmemize yardımcı olur.",
          "Teslimat adresi: Hilton 5 yıldızlı otel, resepsiyon, Taksim İstanbul.",
          "Yıldız desenli nevresim takımınız yarın kargoda.",
          "Paket dört yıldızlı otelin resepsiyonuna teslim edilecek.",
          "Fotoğrafları inceledikten sonra ücretin tamamını iade edeceğiz.",
          "Seri numarasının faturadakiyle aynı olup olmadığını kontrol edebilir misiniz?",
          "Gravür metnini değiştirmek isterseniz cuma gününe kadar görüşünüzü bildirin.",
          "Ürünü başka bir modelle değiştirmemize ne dersiniz?",
          "Son ürünü üretmeden önce numune rengi hakkındaki fikrinizi bize yazın.",
          "Üretime başlamadan önce numunenin rengi hakkında görüşünüzü yazın.",
          "Geri bildiriminiz için teşekkürler, ambalajı bir sonraki gönderimde güçlendireceğiz.",
          "Bilirkişi değerlendirmesi arızayı doğruladı, bu yüzden ücretin tamamı iade edilecek.",
          "Buzdolabının enerji etiketinde beş yıldız var, ilandaki gibi.",
          "İki Michelin yıldızlı restoran da aynı bıçak modelini sipariş etti.",
          "Lütfen tasarımı inceleyip görüşünüzü bildirin, sonra üretime geçelim.",
          "Puan kazanmak için bir şey yapmanıza gerek yok, iadeniz yapıldı.",
          "İade talebinizi değerlendirip ücreti iade edeceğiz, lütfen bekleyin.",
          "Gravür metni hakkındaki yorumunuzu cuma gününe kadar iletir misiniz?",
        ],
        invalid: [
          {
            text: "İzlenimleriniz diğer alıcılar için çok faydalı olur.",
            messageId: "solicitation",
          },
          {
            text:
              "Ürün hakkında Amazon'a birkaç kelime yazmanız küçük işletmemize çok yardımcı olur.",
            messageId: "solicitation",
          },
          {
            text: "Deneyiminizi ürün sayfasında paylaşırsanız çok seviniriz.",
            messageId: "solicitation",
          },
          {
            text: "Bir değerlendirmeniz bizim için çok şey ifade eder.",
            messageId: "solicitation",
          },
          {
            text:
              "Her yorum bizim gibi küçük bir aile işletmesi için çok önemli.",
            messageId: "solicitation",
          },
          {
            text: "Yorumunuzu okumayı çok isteriz.",
            messageId: "solicitation",
          },
          {
            text: "Amazon'daki yorumunuz büyümemize yardımcı oluyor.",
            messageId: "solicitation",
          },
          {
            text: "Bir dakikanız olursa bize birkaç yıldız verir misiniz?",
            messageId: "solicitation",
          },
          {
            text:
              "Amazon'da deneyiminizi paylaştığınız için teşekkür olarak size hediye bir kılıf göndereceğiz.",
            messageId: "incentive",
          },
          {
            text:
              "Bizi değerlendiren müşterilerimize sonraki gönderide küçük bir sürpriz yolluyoruz.",
            messageId: "incentive",
          },
          {
            text: "Bir sorun olursa puan vermeden önce bize yazın.",
            messageId: "gating",
          },
          {
            text:
              "Sorun çözüldüğüne göre verdiğiniz puanı yeniden gözden geçirebilir misiniz?",
            messageId: "change",
          },
          {
            text: "Değerlendirirken kargonun hızlı geldiğini belirtin.",
            messageId: "instructions",
          },
          {
            text:
              "Kurulumla ilgili görüşünüz diğer müşterilere çok yardımcı olur.",
            messageId: "solicitation",
          },
          {
            text: "Ürünü beğendiyseniz bize beş yıldız verin!",
            messageId: "gating",
          },
          {
            text:
              "Yeni şarj aleti ulaştığına göre bir yıldızlı yorumunuzu güncellemenizi rica ederiz.",
            messageId: "change",
          },
          {
            text: "Sorun çözüldü, olumsuz yorumu kaldırmanızı rica ediyoruz.",
            messageId: "change",
          },
          {
            text: "Alışverişinizin nasıl geçtiğini diğer müşterilere anlatın!",
            messageId: "solicitation",
          },
          {
            text:
              "Yeni ürününüz hakkındaki düşüncelerinizi duymayı çok isteriz.",
            messageId: "solicitation",
          },
          {
            text:
              "Ürünü denedikten sonra fikrinizi bizimle paylaşırsanız çok seviniriz.",
            messageId: "solicitation",
          },
          {
            text:
              "Vaktiniz için teşekkür olarak, yorumunuz yayınlanınca size küçük bir hediye göndereceğiz.",
            messageId: "incentive",
          },
          {
            text:
              "Fırsat bulduğunuzda bizi değerlendirmeyi unutmayın, çok yardımcı oluyor.",
            messageId: "solicitation",
          },
          {
            text:
              "Umarız lambayı o kadar beğenirsiniz ki Amazon'da anlatmak istersiniz.",
            messageId: "solicitation",
          },
          {
            text:
              "Bir dakikanız olursa ürün sayfasındaki izlenimleriniz bize çok iyi gelir.",
            messageId: "solicitation",
          },
          {
            text:
              "Görüşlerinizi diğer müşterilerle paylaşmanız bizi çok mutlu eder.",
            messageId: "solicitation",
          },
          {
            text:
              "Çanta hakkında ne düşündüğünüzü okumak için sabırsızlanıyoruz.",
            messageId: "solicitation",
          },
          {
            text: "Amazon'da yazacağınız birkaç satır bizim için fark yaratır.",
            messageId: "solicitation",
          },
          {
            text:
              "Amazon'da alışverişinizi değerlendirmek için bir dakikanızı ayırabilir misiniz?",
            messageId: "solicitation",
          },
          {
            text:
              "Yorumunuzu yayınladıktan sonra ekran görüntüsünü gönderin, 50 TL iade edelim.",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "Siparişiniz yarın sabah İzmir depomuzdan çıkacak.",
          "Başka bir beden isterseniz yazın, hemen değiştirelim.",
          "Sipariş ettiğiniz şarj aleti ayrı bir pakette geliyor.",
          "Kargonuzu kargo firmasının sitesinden takip edebilirsiniz.",
          "Kutudaki aksesuarlar kılavuzun altında duruyor.",
          "Bu model üretimden kalktı; tam iade ya da aynı fiyata benzer bir model gönderebiliriz.",
          "Yedek parçanız mağazamıza ulaştı, bugün kargoya veriyoruz.",
          "Eksik aksesuarlar geldi, yarın size gönderiyoruz.",
          "Garanti hakkında daha fazla bilgiye ihtiyacınız olursa bize yazın.",
          "Daha fazla vida gerekirse ayrı bir zarfla hemen gönderelim.",
          "Bu sezon yoğunluk nedeniyle teslimat iki gün gecikebilir.",
          "Kurulum kılavuzunu web sitemizde PDF olarak bulabilirsiniz.",
          "Rengini beğendiyseniz ama beden olmadıysa, değişimi hemen yapalım.",
          "İsterseniz değişimi de yapıyoruz, yeni bedeni hemen gönderelim.",
          "Siparişinizdeki Sonbahar koleksiyonu kupa yarın depodan çıkıyor.",
          "İade için Amazon'da Siparişlerim bölümüne girip nedeni seçebilirsiniz.",
          "Faturada Amazon'daki mağazamızın adı yazıyor: Ev Lüle.",
          "Yeni kargo takip numaranız aktif.",
          "Kargo durumunu web sitemizde görebilirsiniz.",
          "İade tutarını sipariş sayfanızda görebilirsiniz.",
          "Hizmetimizi beğendiyseniz çok sevindik, teşekkür ederiz.",
          "Kurulumu tamamlamak için teknisyenimiz cumartesi gelecek.",
          "İhtiyacınız olursa kutuda yedek vida da var.",
          "Daha fazla yardıma ihtiyacınız olursa telefon hattımız da var.",
          "İlginizi çekerse faturayı da PDF olarak gönderebiliriz.",
          "Askı aparatımız televizyon modelinizle harika sonuç veriyor, test ettik.",
          "Değişimi de yapıyoruz, yeni bedeni hemen gönderiyoruz.",
          "Ürün cihazınızla uyumlu, test ettik.",
        ],
        invalid: [
          {
            text:
              "Bu arada telefonunuza çok yakışan deri kılıf serimizi yeni çıkardık.",
            messageId: "crossSell",
          },
          {
            text:
              "Bu termosu beğendiyseniz mağazamızda aynı tarzda kupa ve şişeler de var.",
            messageId: "crossSell",
          },
          {
            text:
              "Kablo sorunu çözüldü; ilginizi çekerse araç adaptörlerimiz de mevcut.",
            messageId: "crossSell",
          },
          {
            text: "Bu sezon tüm sırt çantası serimize yeni renkler ekledik.",
            messageId: "crossSell",
          },
          {
            text:
              "Daha fazla filtreye ihtiyacınız olursa 6'lı ve 12'li paketlerimiz var.",
            messageId: "crossSell",
          },
          {
            text:
              "Sonbahar koleksiyonumuz geldi, mutlaka size uygun bir şey bulursunuz.",
            messageId: "crossSell",
          },
          {
            text:
              "Amazon mağazamıza dilediğiniz zaman uğrayın, sürekli yeni ürün ekliyoruz.",
            messageId: "crossSell",
          },
          {
            text:
              "Bu lambayı alan müşterilerimizin çoğu ayarlanabilir ampullerimizi de alıyor.",
            messageId: "crossSell",
          },
          {
            text: "Setinizi tamamlamak için uyumlu duvar askısını öneririz.",
            messageId: "crossSell",
          },
          {
            text: "Mürekkebiniz bittiğinde bizi hatırlayın.",
            messageId: "promotion",
          },
          {
            text:
              "Amazon'da «Ev Lüle» diye aratarak sattığımız her şeyi görebilirsiniz.",
            messageId: "crossSell",
          },
          {
            text:
              "Tekrar yaşanmaması için paslanmaz çelik temizleyicimiz bu tavalarla harika sonuç veriyor.",
            messageId: "crossSell",
          },
          {
            text:
              "Size iki yeni fide gönderdik; isterseniz bunlara çok yakışan seramik saksılarımız da var.",
            messageId: "crossSell",
          },
          {
            text: "Bu hafta sonu tüm tava serimizde %20 indirim var.",
            messageId: "promotion",
          },
          {
            text:
              "Bu arada, güçlendirilmiş tabanlı bir versiyonumuz da var, ilginizi çekerse.",
            messageId: "crossSell",
          },
          {
            text:
              "Daha fazlasına ihtiyacınız olursa 5 kg'lık ekonomik paketimizi de inceleyebilirsiniz.",
            messageId: "crossSell",
          },
          {
            text: "Aynı gravürle peynir tabağı ve bardak altlığı da yapıyoruz.",
            messageId: "crossSell",
          },
          {
            text:
              "Efsane Cuma haftasına özel, randevunuza koltuk koruma uygulaması eklerseniz %30 indirim uyguluyoruz.",
            messageId: "promotion",
          },
          {
            text:
              "Amazon'da Ev Lüle diye aratıp koleksiyonun geri kalanına bakabilirsiniz.",
            messageId: "crossSell",
          },
          {
            text: "Siyah rengi de artık stoklarımızda, ilginizi çekerse.",
            messageId: "crossSell",
          },
          {
            text:
              "Bu arada, sipariş ettiğiniz peçetelerle uyumlu masa örtüleri de yapıyoruz.",
            messageId: "crossSell",
          },
          {
            text:
              "Bir gün yedek parçaya ihtiyacınız olursa mağazamızda hepsi var.",
            messageId: "crossSell",
          },
          {
            text: "Yeni kılıflarımızı gördünüz mü? Bu modelle çok şık duruyor.",
            messageId: "crossSell",
          },
          {
            text:
              "Bu ay kış koleksiyonumuzu piyasaya sürdüğümüzü de haber vermek isteriz.",
            messageId: "crossSell",
          },
          {
            text:
              "Kara Cuma haftasına özel, halı yıkamada %25 indirim uyguluyoruz.",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "tr-TR", PROBES["tr-TR"]!.review);
testRuleCases("marketing", "tr-TR", PROBES["tr-TR"]!.marketing);

// Review words in other senses, wishes to share, raffles; offers with a time
// limit, "we also make/sell", matching sets, own goods with a tip.
// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Tasarım taslağını inceleyip geri bildiriminizi iletir misiniz?",
  "İade talebinizi inceledik, ücret iadeniz üç iş günü içinde hesabınıza geçecek.",
  "Paslanmaz çelik gövdeyi bulaşık makinesinde yıkayabilirsiniz.",
  "Siparişinize uygulanan %10 indirim faturanızda görünüyor.",
  "Kurulum kılavuzuna ve sık sorulan sorular sayfamıza göz atabilirsiniz.",
  "Değişim ürününüz bu hafta kargoya verilecek.",
  "Kargo firması yoğunluk nedeniyle teslimatı cuma gününe kadar erteledi.",
  "Beş yıldızlı otelin adresi doğru mu, teyit eder misiniz?",
  "İlk izlenimlerinize göre kurulum zor olduysa bize yazın, yardımcı olalım.",
];

const MORE: Record<"review" | "marketing", RuleCases> = {
  review: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text:
          "Ürünü beğendiyseniz diğer müşterilerle deneyiminizi paylaşmanız bizi çok mutlu eder.",
        messageId: "gating",
      },
      {
        text:
          "Amazon'da yorum yazan müşterilerimiz arasından her ay bir çekiliş yapıyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Sorununuz çözüldüyse memnuniyetinizi diğer alıcılarla paylaşırsanız seviniriz.",
        messageId: "solicitation",
      },
      {
        text:
          "Paslanmaz tencereyi beğendiyseniz lütfen Amazon'da 5 yıldız verin.",
        messageId: "gating",
      },
      {
        text:
          "Amazon'da izlenimlerini paylaşan müşterilerimiz her ay hediye çekilişine katılıyor.",
        messageId: "incentive",
      },
    ],
  },
  marketing: {
    valid: CLEAN_SENTENCES,
    invalid: [
      {
        text:
          "Bu hafta sonuna kadar tüm nevresim takımlarında %15 indirim var.",
        messageId: "promotion",
      },
      {
        text: "Ay sonuna kadar geçerli %10 indirim fırsatımız devam ediyor.",
        messageId: "promotion",
      },
      {
        text: "Yeni sezon kışlık ürünlerimiz de mağazamızda yerini aldı.",
        messageId: "crossSell",
      },
      {
        text:
          "Telefonunuz için koruma paketimiz de mevcut, ihtiyaç olursa bize yazın.",
        messageId: "crossSell",
      },
      {
        text:
          "İlerde yedek bıçak lazım olursa aynı setin yedeklerini de satıyoruz.",
        messageId: "crossSell",
      },
    ],
  },
};

testRuleCases("review", "tr-TR", MORE.review);
testRuleCases("marketing", "tr-TR", MORE.marketing);

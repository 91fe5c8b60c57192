import { MARKETING_TR } from "../../../src/rules/_lexicons/marketing/tr.ts";
import { REVIEW_TR } from "../../../src/rules/_lexicons/review/tr.ts";
import {
  assertLexiconShape,
  type ClassProbes,
  MARKETING_CONCEPTS,
  type Probes,
  REVIEW_CONCEPTS,
  type RuleCases,
  testClassProbes,
  testProbes,
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
    // Goods sent on their way, not brought out.
    "Sorunsuz olan 4 sandalyeyi bugün Yurtiçi Kargo ile yola çıkardık.",
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

// Probes written for the classes that held-out sets miss most, in many
// message types and registers: soft cross-selling (a tip, "we also have",
// other packs or devices, "while our technician is there", what other
// customers combine), review wishes and compliments, instructions for a
// review, roundabout rewards and change requests after a fix; and the clean
// traps next to them (review words in other senses, stars that are not
// ratings, negations, quoted buyer words, usage advice).
const PROBE_CLEAN_R5: string[] = [
  "Şikayetinizi inceledik ve hasarı kargo hasarı olarak değerlendiriyoruz.",
  "Gravür tasarımı hakkında pazartesiye kadar geri bildirim verebilir misiniz?",
  "Ekibimiz şu anda fotoğraflarınızı değerlendiriyor ve bugün dönüş yapacak.",
  "Teslimat günüyle ilgili geri dönüşünüz için teşekkürler, tarihi değiştirdik.",
  "Teknisyen duvarın askıyı taşıyıp taşımayacağını yerinde değerlendirecek.",
  "Teknik çizimin mühendisimiz tarafından incelenmesi iki gün sürüyor.",
  "Kalıpla ilgili geri bildiriminizi atölyemize iletiyoruz.",
  "Sizce gravür solda mı yoksa sağda mı olmalı?",
  "Eski cihazınızın takas değeri 800 TL olarak belirlendi.",
  "Montajdan sonra sesin geçip geçmediğini değerlendirip bize haber verebilir misiniz?",
  "Uygulamamızdaki puanlama özelliğiyle ilgili sorularınız için kılavuza bakabilirsiniz.",
  "Geri bildiriminizi geliştiricilere ilettik: güncelleme mayısta yayınlanacak.",
  "Buzdolabının enerji sınıfı A, ürün bilgi formu kutuda.",
  "Çocuk koltuğu testte beş yıldız aldı; montaj kılavuzu kutunun içinde.",
  "Kupaya istediğiniz gibi üç küçük yıldız ve adınızı basıyoruz.",
  "Kaz tüyünün beş yıldızlı kalitesini etiketten görebilirsiniz.",
  "Teslimat adresi üç yıldızlı bir kamp alanı, yer numarasını iletebilir misiniz?",
  "Yıldızlı gökyüzü projektörü maalesef tükendi; tutarı iade ediyoruz.",
  "Dondurucu bölmesi dört yıldızlı, yani eksi 18 dereceye kadar iniyor.",
  "Lütfen Ihlamur restoranının arka girişine teslim edin.",
  "Yapbozun zorluk derecesi üç yıldızla gösteriliyor.",
  "Nevresimdeki yıldızlar baskılı, işlemeli değil.",
  "Emiş gücü için üretici beş üzerinden beş yıldız belirtiyor.",
  "Başka bir şey yapmanıza gerek yok: form yok, değerlendirme yok, iade yok.",
  "Para iadesi herhangi bir yoruma bağlı değil, işlem zaten başlatıldı.",
  "Değişim için değerlendirme istemiyoruz; yeni ürün yolda.",
  "Yorum karşılığında hediye çeki asla sunmuyoruz.",
  "Garanti için yorum ya da fotoğrafa ihtiyacınız yok, sadece sipariş numarası yeterli.",
  "Hiçbir değerlendirme yapmanıza gerek kalmadan paranızı geri alırsınız.",
  "Para iadesi için yorum yapmanız gerekmiyor.",
  "Bizi nasıl değerlendirirseniz değerlendirin, yeni ürün ücretsiz.",
  "Sizden yıldız istemiyoruz; tek derdimiz televizyonun çalışması.",
  "Açık olmak gerekirse: değerlendirmeniz para iadesini etkilemez.",
  "Kimse sizden yorum beklemiyor; onarım elbette ücretsiz.",
  "Gecikme için verilen hediye çekini almak için yorum yazmanız veya değiştirmeniz gerekmez.",
  'Şöyle yazmıştınız: "Cumaya kadar gelmezse tek yıldız veririm." Yeni ürün bugün kargoya verildi.',
  '"Kötü yorum yerine para iadesi mümkün mü?" mesajınızı aldık; iade işlemi başladı.',
  '"Review Planner 2027 - 5 yıldız defter" adlı ürün yarın teslim edilecek.',
  '"Yorum yazarsam hediye çeki alır mıyım?" sorunuza gelince: hayır, bunu sunamayız.',
  '"Yarışma geceleri için geri bildirim butonu" adlı ürün yolda.',
  '"Yeni ürün hızlı gelirse 5 yıldız" yazmıştınız; yarın elinizde olacak.',
  'Etikette "En iyi puan" yazıyor, bu üreticinin ürün adı.',
  '"Yıldız ışık zinciri, 100 LED" siparişiniz bugün kargoya verildi.',
  '"Puanımı sonra değiştirebilir miyim?" diye sordunuz. Buna Amazon hesabınızda tamamen siz karar verirsiniz.',
  'Konu satırında "Yorum ve iade" yazıyordu; iadeyi zaten oluşturduk.',
  '"Lütfen reklam ve yorum talebi göndermeyin" demiştiniz; buna elbette uyuyoruz.',
  '"Yeni koleksiyon" adlı kitap maalesef tükendi; tutarı iade ediyoruz.',
  "Küçük bir tavsiye: yağı sürdükten sonra 24 saat kurumaya bırakın.",
  "Daha fazla vidaya ihtiyacınız olursa eksik olanları ücretsiz gönderiyoruz.",
  "Yedek cihazınız geldi; teknisyen zaten sizdeyken hemen bağlayacak.",
  "Lisansınız üç cihaza kadar geçerli, yani dizüstü bilgisayarınızda da kullanabilirsiniz.",
  "Uygun adaptör zaten kutuda, ekstra bir şey almanıza gerek yok.",
  "Bataryayı ilk kullanımdan önce tamamen şarj etmenizi öneririz.",
  "Siparişinizdeki filtreler sipariş ettiğiniz gibi üçlü paket halinde geliyor.",
  "Kahve makinenizin kireç çözme talimatını kılavuzun 12. sayfasında bulabilirsiniz.",
  "Mutfakta yer kazanmak isterseniz blenderı söküp dolaba kaldırabilirsiniz.",
  "Teknisyenimiz bulaşık makinenizin ihtiyaç duyduğu contaları getirecek; fiyata dahil.",
  "Birçok müşteri halıyı birkaç saat düz bırakıyor, böylece kırışıklıklar kendiliğinden geçiyor.",
  "Onarımdan sonra yazıcınız yeniden çalışıyor; kartuş hasar görmemişti.",
  "Derinin yumuşak kalması için ayda bir kez biraz krem sürebilirsiniz.",
  "Adaçayı yeşili perdeler yeniden stokta; siparişiniz yarın kargoya verilecek.",
  "Hasarla ilgili değerlendirmenizi aldık, yedek ürünü gönderiyoruz.",
  "Cuma gününe kadar tasarım hakkında ne düşündüğünüzü bize iletebilir misiniz?",
  "Birden fazla cihaz kullanıyorsanız lisansı en fazla üç cihazda etkinleştirebilirsiniz.",
  "Bakım sırasında klimanızın filtresini de kontrol ediyoruz; bu fiyata dahil.",
  "Yağmurlu günlerde botları giydikten sonra havada kurumaya bırakmanızı öneririz.",
  "Yazı tipini beğenmezseniz size memnuniyetle yeni bir tasarım göndeririz.",
  "Paketin ulaştığını kısaca onaylarsanız seviniriz.",
  "Gecikme için telafi olarak bu siparişte 50 TL'yi hesabınıza iade ediyoruz.",
  "Küçük bir ek ücret karşılığında paketi ekspres kargoyla gönderebiliriz, ister misiniz?",
  "Rafın fotoğrafını aldık; yeni raf tahtası bugün kargoya veriliyor.",
  "İki metrelik şarj kablosu maalesef teslimata dahil değil; farkı size iade ediyoruz.",
  "Teknisyenimiz kombi sistemini inceledi ve bir arıza bulmadı.",
  "Küçük bir tavsiye: müşteri hizmetlerimize hafta sonu da sohbet üzerinden ulaşabilirsiniz.",
  "Bu arada ikinci iadenizi de aldık, bugün ücretini iade ediyoruz.",
  "Teknisyenimiz zaten sizdeyken bağlantının sızdırıp sızdırmadığını da kontrol edecek.",
  "Birçok müşteri rafları farklı şekillerde birlikte kullanıyor; kılavuzda iki seçenek de var.",
  "Bize cihazın etiketinin bir fotoğrafını gönderebilir misiniz?",
  "Hangi rengi tercih ettiğinizi bize kısaca iletirseniz seviniriz.",
  "Gecikme için hediye çekiniz hesabınızda; bunun için yorum yapmanıza gerek yok.",
  "Bir tane eksik olduğu için ikinci filtre paketini size ücretsiz gönderiyoruz.",
  "Seri numarasını belirtebilir misiniz? Böylece doğru yedek parçayı gönderelim.",
  "Buzdolabı depomuzda mevcut; teslimat cuma günü.",
  "Teslimatı sizin için nasıl kolaylaştırabileceğimizi bize anlatın.",
  "Tecrübelerimize göre yapıştırıcı 24 saat sonra tamamen sertleşiyor.",
];

testRuleCases("review", "tr-TR", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text:
        "Bu çözümden memnun kaldıysanız, Amazon'da birkaç kelimeniz bizim için çok değerli olur.",
      messageId: "gating",
    },
    {
      text:
        "Lambanın size keyif vermesini dileriz; ürün sayfasındaki izlenimleriniz bizi çok mutlu eder.",
      messageId: "solicitation",
    },
    {
      text:
        "Yastık hakkındaki görüşünüz diğer alıcılara kesinlikle yardımcı olur.",
      messageId: "solicitation",
    },
    {
      text:
        "Blenderın günlük kullanımda nasıl olduğunu duymak güzel olurdu, Amazon'da herkese açık da olabilir.",
      messageId: "solicitation",
    },
    {
      text:
        "Amazon'da deneyiminiz hakkında birkaç satır bizim için altın değerinde.",
      messageId: "solicitation",
    },
    {
      text:
        "Deneyiminizi başkalarıyla paylaşarak küçük mağazamızı çok mutlu edersiniz.",
      messageId: "solicitation",
    },
    {
      text:
        "Oyun hoşunuza giderse Amazon'daki yorumunuzu duymaktan memnuniyet duyarız.",
      messageId: "solicitation",
    },
    {
      text:
        "Birkaç dakikanız var mı? O zaman diğer müşterilere ceketin nasıl durduğunu anlatın.",
      messageId: "solicitation",
    },
    {
      text: "Hizmetimiz için birkaç yıldız en güzel teşekkür olurdu.",
      messageId: "solicitation",
    },
    {
      text:
        "Memnun müşteriler bizim motivasyonumuz; saatte neyi sevdiğinizi Amazon'da anlatabilirsiniz.",
      messageId: "solicitation",
    },
    {
      text:
        "Birçok alıcının süpürgeyle ilgili deneyimlerinizi okumasını umuyoruz.",
      messageId: "solicitation",
    },
    {
      text:
        "Hizmetten memnun kaldınız mı? O halde ürün sayfasında birkaç satırınızı bekliyoruz.",
      messageId: "gating",
    },
    {
      text:
        "Amazon'da fotoğraflı değerlendirmeler diğer alıcılara en çok yardımcı oluyor.",
      messageId: "instructions",
    },
    {
      text: "Lütfen yorumunuzda teslimatın ne kadar hızlı olduğunu da yazın.",
      messageId: "solicitation",
    },
    {
      text:
        "Bir değerlendirme yazarsanız ücretsiz değişimden bahsetmeniz çok iyi olur.",
      messageId: "incentive",
    },
    {
      text:
        "Yorumunuza tamamlanmış yapbozun bir fotoğrafını eklerseniz harika olur.",
      messageId: "instructions",
    },
    {
      text: "Değerlendirmenizde kolay montaja da değinebilirsiniz.",
      messageId: "instructions",
    },
    {
      text:
        "Deneyiminizi Amazon'da paylaşırken uzun pil ömründen söz etmeyi unutmayın.",
      messageId: "instructions",
    },
    {
      text:
        "Amazon'daki geri bildiriminiz için: modeli ve ne kadar süredir kullandığınızı da yazabilirsiniz.",
      messageId: "solicitation",
    },
    {
      text:
        "Kurulumun kısa bir videosunu içeren bir yorum diğer müşteriler için ideal olur.",
      messageId: "instructions",
    },
    {
      text: "Lütfen değerlendirmenizde sorunun hızla çözüldüğünü belirtin.",
      messageId: "instructions",
    },
    {
      text:
        "Kokuya değinen yorumlar diğer alıcılara en çok yardımcı oluyor, siz de bundan bahsedin.",
      messageId: "instructions",
    },
    {
      text: "Amazon'da puan verirken işçiliği öne çıkarırsanız çok seviniriz.",
      messageId: "solicitation",
    },
    {
      text:
        "Deneyimini ürün sayfasında paylaşan müşterilerimize 100 TL'lik hediye çeki veriyoruz.",
      messageId: "incentive",
    },
    {
      text: "Yorumunuzdan sonra size ücretsiz ek bir şarj aleti gönderiyoruz.",
      messageId: "incentive",
    },
    {
      text:
        "Amazon'daki her değerlendirme için garantinizi bir yıl uzatıyoruz.",
      messageId: "solicitation",
    },
    {
      text: "Yorumunuzun ekran görüntüsünü gönderin, size %15 iade yapalım.",
      messageId: "incentive",
    },
    {
      text:
        "Amazon'daki geri bildiriminize teşekkür olarak bir sonraki gönderinize sürpriz ekleyeceğiz.",
      messageId: "incentive",
    },
    {
      text:
        "Bizi Amazon'da değerlendiren herkes otomatik olarak aylık çekilişimize katılır.",
      messageId: "incentive",
    },
    {
      text:
        "Fotoğraflı bir yorum yaparsanız iade kargo ücretini biz karşılıyoruz.",
      messageId: "incentive",
    },
    {
      text:
        "Amazon'daki görüşünüz bizim için değerli: hesabınıza 50 TL gönderiyoruz.",
      messageId: "solicitation",
    },
    {
      text:
        "Yorumunuz yayınlanır yayınlanmaz uygulamanın premium özelliklerini sizin için açıyoruz.",
      messageId: "incentive",
    },
    {
      text:
        "Amazon'da birkaç kelime yazarsanız aksesuar setini hediye olarak alırsınız.",
      messageId: "incentive",
    },
    {
      text:
        "Deneyiminizi diğer alıcılarla paylaşın, karşılığında bir sonraki ziyarette servis ücreti almayalım.",
      messageId: "incentive",
    },
    {
      text:
        "Satın alımınızı değerlendirin, size bir paket filtreyi bedava gönderelim.",
      messageId: "incentive",
    },
    {
      text:
        "Sorun çözüldüğüne göre değerlendirmenize bir kez daha göz atarsanız çok seviniriz.",
      messageId: "solicitation",
    },
    {
      text:
        "Yeni ürün elinize ulaştığına göre, bir yıldızlı yorumunuzu güncellemek ister misiniz?",
      messageId: "change",
    },
    {
      text:
        "Her şey çalıştığına göre Amazon'daki olumsuz yorumu kaldırabilir misiniz?",
      messageId: "change",
    },
    {
      text:
        "Ücreti iade ettik, yorumunuzun artık bunu yansıtması bizi çok mutlu eder.",
      messageId: "incentive",
    },
    {
      text: "Onarımdan sonra yıldızlarınızı yeniden vermek isteyebilirsiniz.",
      messageId: "change",
    },
    {
      text:
        "Hata kargo firmasından kaynaklandığı için geri bildiriminizi geri çekebilir misiniz?",
      messageId: "change",
    },
    {
      text: "Artık memnunsanız lütfen puanınızı değiştirin.",
      messageId: "change",
    },
    {
      text:
        "Geçen haftaki yorumunuz artık güncel değil, bir güncelleme harika olur.",
      messageId: "change",
    },
    {
      text:
        "Değişimden sonra Amazon'daki görüşünüzü yeniden düşünmenizi umuyoruz.",
      messageId: "solicitation",
    },
    {
      text:
        "Lütfen değerlendirmeyi silin, size yeni bir batarya gönderdik bile.",
      messageId: "change",
    },
    {
      text:
        "Anahtar çalıştığına göre düşük puanınızı biraz yükseltebilirsiniz.",
      messageId: "change",
    },
    {
      text: "Yorumunuza hızlı çözümle ilgili bir cümle ekler misiniz?",
      messageId: "solicitation",
    },
    {
      text:
        "Yazılım işinizi görüyorsa Amazon'da birkaç satır yazmanız bizi çok sevindirir.",
      messageId: "solicitation",
    },
    {
      text:
        "Gecikme için tekrar özür dileriz; ürün sayfasında kısa bir yorumunuz yine de bize çok yardımcı olur.",
      messageId: "solicitation",
    },
    {
      text:
        "Sırt çantasının seyahatte ne kadar pratik olduğunu diğer alıcılara anlatırsanız harika olur.",
      messageId: "solicitation",
    },
    {
      text:
        "Yastık hakkında ne düşündüğünüzü merak ediyoruz, tercihen Amazon'da herkese açık olarak.",
      messageId: "solicitation",
    },
    {
      text: "Memnunsanız bir yorum küçük ekibimiz için güzel bir takdir olur.",
      messageId: "gating",
    },
    {
      text:
        "Deneyiminizi Amazon'da paylaşırsanız kurulmuş rafın bir fotoğrafı çok faydalı olur.",
      messageId: "instructions",
    },
    {
      text:
        "Ürün sayfasında satın alımıyla ilgili görüşünü bırakan herkese bir sonraki alışverişte 50 TL bakiye tanımlıyoruz.",
      messageId: "incentive",
    },
    {
      text:
        "Hata giderildiğine göre yorumunuzu güncellerseniz çok memnun oluruz.",
      messageId: "change",
    },
    {
      text:
        "Memnuniyetiniz bizim için her şey: Amazon'daki birkaç yıldız diğer alıcılara bize güvenebileceklerini gösterir.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "tr-TR", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text:
        "Küçük bir tavsiye: bakım kremimiz derinin yumuşak kalmasını sağlar.",
      messageId: "crossSell",
    },
    {
      text:
        "Mutfak için daha fazlasına ihtiyacınız olursa, uyumlu kurulama bezleri ve tutacaklarımız da var.",
      messageId: "crossSell",
    },
    {
      text:
        "Tavanın uzun ömürlü olması için kendi ürettiğimiz bakım yağını öneririz.",
      messageId: "crossSell",
    },
    {
      text:
        "Sırt çantasıyla su geçirmez yağmurluğumuz bu arada harika uyum sağlıyor.",
      messageId: "crossSell",
    },
    {
      text:
        "Anahtar etkinleştirildi. İkinci bir bilgisayar için lisansı ikili paket olarak da sunuyoruz.",
      messageId: "crossSell",
    },
    {
      text:
        "Dışarıda çok vakit geçirenler mağazamızdan genellikle uyumlu çelik matarayı da alıyor.",
      messageId: "crossSell",
    },
    {
      text:
        "Yeni conta yolda. Kahve makineleri için kireç çözücü de ürettiğimizi biliyor muydunuz?",
      messageId: "crossSell",
    },
    {
      text: "Birçok müşterimiz halıyı kaymaz altlığımızla birlikte kullanıyor.",
      messageId: "crossSell",
    },
    {
      text: "Soğuk günler için aynı örgü desende eldivenlerimiz de var.",
      messageId: "crossSell",
    },
    {
      text:
        "Derinin yumuşak kalması için bu arada uyumlu bakım spreyimiz de mevcut.",
      messageId: "crossSell",
    },
    {
      text:
        "Yakında ikinci bir odayı mı döşüyorsunuz? Perdelerin adaçayı yeşili de mağazamızda var.",
      messageId: "crossSell",
    },
    {
      text:
        "Botlarınız iki gün gecikecek. Yağmurlu günler için su itici spreyimizi öneririz.",
      messageId: "crossSell",
    },
    {
      text:
        "Montajdan sonra küçük bir tavsiye: ahşap vernikimizle bahçe eviniz yıllarca güzel kalır.",
      messageId: "crossSell",
    },
    {
      text:
        "Yazı tipini beğendiyseniz uyumlu bardaklara da seve seve kazıyabiliriz.",
      messageId: "crossSell",
    },
    {
      text:
        "Birden fazla cihazı korumak isterseniz lisansın beş cihazlık sürümü de mevcut.",
      messageId: "crossSell",
    },
    {
      text: "Bu blenderı sevenler genellikle el blenderımızı da çok beğeniyor.",
      messageId: "crossSell",
    },
    {
      text:
        "Küçük bir ek ücret karşılığında teknisyenimiz klimanızı da temizleyebilir.",
      messageId: "crossSell",
    },
    {
      text:
        "Gönderilen kablo kısa gelirse iki metrelik uyumlu şarj kablomuz da var.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "tr-TR", {
  valid: [
    "Değerlendirmenizi okuduk ve kargo ücretini iade ediyoruz.",
    "Yorumunuzu gördük; yaşanan gecikme için özür dileriz.",
  ],
  invalid: [
    {
      text: "Lütfen Amazon'da ürünü değerlendirin.",
      messageId: "solicitation",
    },
  ],
});

// Probes of the classes held-out sets miss most, written for this file in
// many message types: soft cross-selling with no promotional words (the
// seller's own make, a similar model, a new line for the season, a family
// pack, a maintenance plan, "also at ours", a tip with a care product),
// promotions without an invitation word (buy two, half price, a code for
// every next order), review wishes, instructions and roundabout rewards;
// and the clean traps next to them (stars of hotels, tests, freezers and
// puzzles; assessments of damage, credit or returns; usage advice; rewards
// and review words that are no review).
const WEAK_CLASS_PROBES: ClassProbes = {
  clean: {
    "star-rating-other": [
      "Paketiniz Kartal Otel'in (4 yıldızlı) resepsiyonunda, oda 212.",
      "Kurutma makinesi A+++ enerji sınıfında olduğu için az elektrik harcar.",
      "Oto koltuğu Euro NCAP testinde beş yıldız aldı; sertifikası kutuda.",
      "Üç yıldızlı konyak en az iki yıl dinlendirilmiştir.",
      "Dört yıldızlı dondurucu bölmesi taze gıdaları dondurmak için uygundur.",
      "Bulmaca kitabının zorluk derecesi beşte iki yıldızla gösterilmiş.",
      "İki Michelin yıldızlı restoran bıçakları sipariş etti; lütfen saat 10'dan önce teslim edin.",
      "Beş yıldızlı kamp alanı teslimat için çadır yeri numaranızı istiyor.",
      "Beş yıldızlı çıkartma çocuk lambasının tasarımına ait.",
      "Dondurucu sınıfının yıldızları buzdolabınızın etiketinde yazıyor.",
    ],
    "review-word-other": [
      "Eksperimiz parkedeki su hasarını salı günü değerlendirecek.",
      "Lütfen baskı taslağını üretime geçmeden önce kontrol edip değerlendirin.",
      "Tüketici dergisi elektrikli süpürgeye iyi not verdi; kılavuz kutuda.",
      "Beden tablosuyla ilgili geri bildiriminiz tabloyu düzeltmemize yardımcı oldu.",
      "Taksitli alışverişte kredi değerlendirmesini Amazon yapıyor, biz değil.",
      "İadeleri durumuna göre değerlendiriyoruz: açılmamış ürünlerin tamamını iade ediyoruz.",
      "İncelemeden sonra teknisyen arızayla ilgili değerlendirmesini bize iletecek.",
      "Yeni contanın tutup tutmadığını bize kısaca bildirir misiniz?",
      "Amazon'daki yorumunuzu okuduk; eksik kapağı hemen gönderiyoruz.",
      "Su sertliği değerlendirme ölçeğiyle ilgili sorunuzu yanıtladık: 3. kademe doğru.",
      "Garanti taleplerinin değerlendirmesini doğrudan üretici yapıyor.",
      "Büyük bedeni tercih edip etmediğinizi kendiniz değerlendirip bize bildirin.",
      "Randevuyu doğru planlamak için teslim süresiyle ilgili tahmininizi rica ediyoruz.",
      "Merak etmeyin: ne puan vermeniz ne de bir şey göndermeniz gerekiyor.",
      "Yıldızlı ışık zinciriniz (5 yıldız, 2 m) yolda.",
      "Güneş Otel, 4 yıldızlı, paketleri yalnızca resepsiyonda kabul ediyor.",
      "Kalite kontrol ekibimiz her cihazı gönderimden önce değerlendiriyor.",
      "Bahsettiğiniz dergideki inceleme önceki model hakkında.",
      "Yeni rengin uyup uymadığını değerlendirir misiniz, sonra kalanını gönderelim.",
    ],
    "marketing-advice": [
      "Kurulumla ilgili başka sorunuz olursa bizi arayabilirsiniz.",
      "Yedek batarya pakette, ayrıca bir şey almanıza gerek yok.",
      "Eksik vidayı gönderdik; tüm raflara uyuyor.",
      "Teknisyen musluğunuza uygun contayı yanında getirecek.",
      "Bakım ipucu: ahşabı yılda bir kez keten yağıyla silin.",
      "Siparişiniz iki paketten oluşuyor; ikincisi stok durumu nedeniyle biraz geç gelecek.",
      "Buzdolabında daha fazla yere ihtiyacınız olursa kapı raflarının yerini değiştirebilirsiniz.",
      "Sipariş ettiğiniz özel seri ürün depomuza ulaştı ve bugün kargoya veriliyor.",
      "Başka bir şeye ihtiyacınız olursa bize ulaşın.",
      "Başka bir şey lazım olursa ekibimiz yardımcı olur.",
      "Yedek parça bizde var, yarın kargoya veriyoruz.",
      "Bir ipucu: kargo takip numarası e-postada.",
      "Küçük bir paket halinde eksik vidayı gönderiyoruz.",
      "Bu sorun bizde de yaşandı, kusura bakmayın.",
      "Daha fazla bilgi isterseniz ekibimiz yardımcı olur.",
      "Yedek parça yeni cihazdan daha ucuz, bu yüzden pompayı gönderiyoruz.",
      "İade için kargo ücreti ödemiyorsunuz, etiket kutuda.",
    ],
    "review-words-no-review": [
      "Yeni ekmek kızartma makinesini uzun yıllar keyifle kullanmanızı dileriz.",
      "Gecikme için telafi olarak kargo ücretini iade ediyoruz.",
      "Değişim mi yoksa para iadesi mi istediğinizi bize bildirir misiniz?",
      "İade her durumda yapılacak, bunun bir değerlendirmeyle hiçbir ilgisi yok.",
      "Numune kumaşın rengi hakkındaki görüşünüze cumaya kadar ihtiyacımız var, sonra dikime başlıyoruz.",
      "Eksik vidanın ücretini hesabınıza iade ettik.",
      "Sesi biraz daha ayrıntılı anlatıp kısa bir video gönderebilir misiniz?",
      "İade gönderirken lütfen sipariş numarasını kargo etiketine yazın.",
    ],
    "order-advice": [
      "Bir ipucu: bir hafta sonra vidaları tekrar sıkın.",
      "Uygun dübeller kutudaki küçük poşette.",
      "Kazak S bedende maalesef tükendi; ödediğiniz tutarın tamamını iade ediyoruz.",
      "Montaj ekibimiz kurulum için gereken tüm parçaları yanında getirecek.",
      "Şikayetinizin değerlendirmesi tamamlandı: size yeni bir ürün gönderiyoruz.",
      "Siparişinizin ikinci kısmını ilkbaharda teslim ediyoruz, fidelerin biraz daha zamana ihtiyacı var.",
    ],
    "needed-link": [
      "Uzatılmış üretici garantisinden yararlanmak için cihazı üreticinin sitesine kaydedin.",
      "Teslimat saatini kargo firmasının sayfasından seçebilirsiniz, göz atmanızı öneririz.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Değerlendirme yazarken yedek parçanın ne kadar hızlı geldiğinden bahsederseniz seviniriz.",
        messageId: "instructions",
      },
      {
        text:
          "Yorumunuza kurulmuş rafın bir fotoğrafını eklemeniz harika olur.",
        messageId: "instructions",
      },
      {
        text:
          "Satın alımı değerlendirirken hizmet için beş yıldız vermeniz yerinde olur.",
        messageId: "solicitation",
      },
      {
        text: "Lütfen ürünü en yüksek yıldız sayısıyla puanlayın.",
        messageId: "solicitation",
      },
      {
        text:
          "Yorumunuzda rengin fotoğraftaki gibi olduğunu yazmanız en iyisi olur.",
        messageId: "instructions",
      },
      { text: "Ürüne hak ettiği yıldızları verin.", messageId: "solicitation" },
      {
        text:
          "Puan verirken gecikmeyi lütfen hesaba katmayın, kargo firmasından kaynaklandı.",
        messageId: "instructions",
      },
      {
        text: "Yıldızlarda işçilik için tam puan vermeniz bizim için önemli.",
        messageId: "solicitation",
      },
      {
        text:
          "Amazon'daki yorumunuzda ücretsiz ek gönderimden bahsedebilirsiniz.",
        messageId: "incentive",
      },
      {
        text:
          "Yorumunuzda cihazın çalışırken çekilmiş kısa bir videosu diğer alıcıları en çok ikna eder.",
        messageId: "instructions",
      },
    ],
    "review-wish": [
      {
        text: "Ürün sayfasında birkaç güzel söz bizi çok mutlu eder.",
        messageId: "solicitation",
      },
      {
        text:
          "Sizden samimi bir değerlendirme küçük dükkanımız için bir hediye olur.",
        messageId: "incentive",
      },
      {
        text:
          "Diğer alıcıların da güzel deneyiminizden haberdar olması çok hoş olurdu.",
        messageId: "solicitation",
      },
      {
        text: "Ürünü Amazon'da değerlendirirseniz bize çok yardımcı olursunuz.",
        messageId: "solicitation",
      },
      {
        text:
          "Sizin gibi izlenimlerini açıkça paylaşan müşteriler aile işletmemizi ayakta tutuyor.",
        messageId: "solicitation",
      },
      {
        text:
          "Gömlek hakkındaki övgünüz aslında Amazon'da yer almalı, herkes okusun.",
        messageId: "solicitation",
      },
      {
        text: "Umarız sonuç sizin gözünüzde beş yıldızı hak ediyordur.",
        messageId: "solicitation",
      },
      {
        text:
          "Vaktiniz olursa blender hakkındaki görüşünüzü Amazon'da okumaktan mutluluk duyarız.",
        messageId: "solicitation",
      },
      {
        text: "Ürüne Amazon'da yıldız verirseniz günümüzü güzelleştirirsiniz.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "Satın aldıktan sonra yorum yayınlayan müşterilerimize küçük bir teşekkür hediyesi gönderiyoruz.",
        messageId: "incentive",
      },
      {
        text: "Yorumunuzun linkini bize gönderin, kargo ücretini iade edelim.",
        messageId: "incentive",
      },
      {
        text:
          "Amazon'daki görüşünüz için bir sonraki gönderiye hediye ekleyeceğiz.",
        messageId: "incentive",
      },
      {
        text: "Beş yıldız için teşekkür olarak garantinizi bir yıl uzatıyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Ürün sayfasında deneyimini anlatan müşteriler çekilişimize katılıyor.",
        messageId: "incentive",
      },
      {
        text:
          "Değerlendirmeniz yayınlanır yayınlanmaz premium paketi açıyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Yorumunuzun ekran görüntüsü yeterli, tutar hesabınıza geri yatar.",
        messageId: "instructions",
      },
      {
        text: "Yorumunuzu ücretsiz bir yedek filtreyle ödüllendiriyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Ay sonuna kadar yorum yazan tüm alıcılar arasında bir hediye çeki çekilişi yapıyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Yayınlanan her yorum için bir sonraki siparişinizde %5 indirim kazanırsınız.",
        messageId: "incentive",
      },
      {
        text:
          "Yıldız puanını bize gösteren müşterilerimize aksesuarları maliyet fiyatına veriyoruz.",
        messageId: "incentive",
      },
      {
        text:
          "Bizi değerlendiren müşterilerimiz özel koşullarla VIP kulübümüze katılır.",
        messageId: "incentive",
      },
      {
        text: "Yıldızlarınız göründüğü anda size küçük bir paket gönderiyoruz.",
        messageId: "incentive",
      },
    ],
    "review-wording": [
      {
        text:
          "Sırt çantasını beğendiyseniz Amazon'da birkaç satır yazmanız bizi çok sevindirir.",
        messageId: "gating",
      },
      {
        text: "Hızlı çözümü diğer müşterilere anlatırsanız harika olur.",
        messageId: "solicitation",
      },
      {
        text: "Programdan memnunsanız yıldızlarınızı bekliyoruz.",
        messageId: "gating",
      },
      {
        text: "Yorumunuzda cihazın ne kadar sessiz çalıştığını yazabilirsiniz.",
        messageId: "solicitation",
      },
      {
        text:
          "Ürün hakkındaki görüşünüz diğer alıcıların seçimine yardımcı olur.",
        messageId: "solicitation",
      },
      {
        text:
          "Arıza giderildiğine göre değerlendirmenizi güncellemek isteyebilirsiniz.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Yemek masanıza uygun olarak aynı meşe ağacından banklar da üretiyoruz.",
        messageId: "crossSell",
      },
      {
        text:
          "Çok pasta yapanlar genellikle silikon pişirme matlarımızı da alıyor – yıllarca dayanıyorlar.",
        messageId: "crossSell",
      },
      {
        text:
          "Misafir odası için de bir şey lazım olursa aynı nevresimin 160 × 220 ölçüsü de bizde var.",
        messageId: "crossSell",
      },
      {
        text:
          "Kireç çözücümüz makinenizi yıllarca ilk günkü gibi tutar – evde bulunması çok faydalı.",
        messageId: "crossSell",
      },
      {
        text: "Kış için kürklü eldivenleri ürün yelpazemize yeni ekledik.",
        messageId: "crossSell",
      },
      {
        text:
          "Modem sorununuz çözüldüğüne göre: ev ağınız için yıllık bakım hizmeti de sunuyoruz.",
        messageId: "crossSell",
      },
      {
        text:
          "Bir fikir daha: bizden alacağınız ikinci şarj istasyonuyla robot çim biçme makineniz ara vermeden çalışır.",
        messageId: "crossSell",
      },
      {
        text:
          "Bakım için bir ipucu: kendi ürettiğimiz ahşap yağı bahçe evinizi yıllarca korur.",
        messageId: "crossSell",
      },
      {
        text: "S bedende ise lacivert renkte çok benzer bir modelimiz var.",
        messageId: "crossSell",
      },
      {
        text:
          "Mutfağını baştan döşeyenler uyumlu tencereleri de bizde bulabilir.",
        messageId: "crossSell",
      },
      {
        text: "İlkbaharda aynı desenlerle bir bahçe serisi çıkarıyoruz.",
        messageId: "crossSell",
      },
      {
        text:
          "Lisans gelecek yıl beş cihazlık aile paketi olarak da sunulacak.",
        messageId: "crossSell",
      },
      {
        text: "Yatağınıza aynı ağaçtan komodinlerimiz de çok yakışır.",
        messageId: "crossSell",
      },
      {
        text:
          "Rengi beğendiyseniz takım yastık kılıfları da stoklarımızda var.",
        messageId: "crossSell",
      },
      {
        text: "Yeni ısı pompanız için yıllık bakım sözleşmemizi de öneririz.",
        messageId: "crossSell",
      },
      {
        text:
          "Kılıfınızı korumak için ekran koruyucu öneririz; bunu da satıyoruz.",
        messageId: "crossSell",
      },
      { text: "Ekran koruyucu bizde de mevcut.", messageId: "crossSell" },
    ],
    "marketing-promo": [
      {
        text:
          "Sadık müşterimiz olarak SADIK10 koduyla her zaman %10 indirim kazanırsınız.",
        messageId: "promotion",
      },
      {
        text: "Sadece bu ay sonuna kadar tüm bahçe mobilyaları yarı fiyatına.",
        messageId: "promotion",
      },
      {
        text: "Bültenimize abone olun, hoş geldin indirimi kazanın.",
        messageId: "promotion",
      },
      { text: "İki yastık alana üçüncüsü hediye.", messageId: "promotion" },
      {
        text:
          "KIS koduyla bundan sonraki her siparişinizde 50 TL indirim alırsınız.",
        messageId: "promotion",
      },
      {
        text:
          "Haftanın kampanyası: ikili paket kahve çekirdeği avantajlı fiyatla.",
        messageId: "crossSell",
      },
      {
        text: "Bizi Instagram'da takip edin, her ay bir set hediye ediyoruz.",
        messageId: "crossSell",
      },
      {
        text:
          "Yıldönümümüz şerefine tüm mağaza %15 daha ucuz – sadece pazara kadar.",
        messageId: "promotion",
      },
      {
        text: "Sadık müşterilerimiz artık bizde kargo ücreti ödemiyor.",
        messageId: "promotion",
      },
      {
        text: "TESEKKUR koduyla bir sonraki siparişinizde tasarruf edersiniz.",
        messageId: "promotion",
      },
      {
        text: "Kış indiriminde tüm battaniyeler üçte bir daha ucuz.",
        messageId: "promotion",
      },
    ],
  },
};

// Violations of those classes that the rules still miss: each step checks
// that it is still missed (one that starts to be caught must move above).
const WEAK_CLASS_MISSED: Probes = {
  "marketing-soft": {
    violations: [
      "Önümüzdeki haftadan itibaren kupalar hardal ve petrol renklerinde de mevcut olacak.",
      "Teknisyenimiz zaten geleceği için davlumbazınızı da temizleyebilir; haber vermeniz yeterli.",
    ],
    clean: [],
  },
  "marketing-promo": {
    violations: [],
    clean: [],
  },
  "review-instructions": {
    violations: [
      "Amazon'da bir şey yazacaksanız kolay kurulumdan mutlaka söz edin.",
      "Lütfen teslimatı değil satın alımın kendisini puanlayın, kargodan satıcı sorumlu değil.",
    ],
    clean: [],
  },
  "review-wish": {
    violations: [
      "Sizin gibi memnun müşteriler en iyi reklamımız – ürün sayfasında buna yer var.",
    ],
    clean: [],
  },
};

testClassProbes("tr-TR", WEAK_CLASS_PROBES);
testProbes(
  "tr-TR",
  WEAK_CLASS_MISSED,
  Object.values(WEAK_CLASS_MISSED).flatMap((
    c,
  ) => [...c.violations, ...c.clean]),
);

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("tr-TR", {
  "review-word-other": {
    violations: [
      "Amazon'da bir değerlendirme bırakırsanız çok seviniriz.",
      "Ürün hakkındaki görüşünüzü diğer müşterilerle paylaşır mısınız?",
      "Memnun kaldıysanız lütfen ürünümüzü değerlendirin.",
      "Amazon'daki yorumunuz diğer alıcılara çok yardımcı olur.",
      "Satın aldığınız ürün hakkında ne düşündüğünüzü duymak isteriz, Amazon'da birkaç kelime yeter.",
      "Yeni projektörünüz için dürüst bir yorum harika olurdu.",
      "Tablodan memnun kaldıysanız Amazon'da kısa bir değerlendirme yapmanız bizi çok mutlu eder.",
      "Fikriniz önemli: cihazla ilgili deneyiminizi diğer alıcılarla paylaşabilirsiniz.",
    ],
    clean: [
      "Baskıdan önce ekteki prova baskıyı kontrol edip onaylar mısınız?",
      "Talebinizi inceledik, tutarın tamamı iade edilecek.",
      "Garanti başvurunuz şu anda teknisyenimiz tarafından değerlendiriliyor.",
      "Eksper hasarı değerlendirdi, raporu ekte gönderiyoruz.",
      "Lambanın enerji sınıfı A, koruma sınıfı IP44'tür.",
      "Şarj cihazının nominal gücü 65 W, batarya 2000 şarj döngüsüne dayanıklıdır.",
      "Görüşünüzü almak isteriz: yerine hangi rengi gönderelim, mavi mi gri mi?",
      "Renk numunesi hakkındaki geri bildiriminize cuma gününe kadar ihtiyacımız var.",
      "Gravür taslağı hakkında kısa bir geri dönüş yapabilir misiniz?",
      "Servis teknisyeninin değerlendirmesine göre cihaz tamir edilemiyor.",
      "İadeniz şu anda kontrol ediliyor, bu genellikle iki iş günü sürer.",
      "Taslağı gözden geçirip ismin doğru yazıldığını teyit eder misiniz?",
      "Hangi bedeni göndermemiz gerektiği konusundaki fikriniz bizim için önemli.",
      "Raf, 40 kg taşıma kapasitesine göre tasarlanmıştır.",
      "Para iadesi talebiniz incelendi ve onaylandı.",
      "Merhaba, kanvas tablonuzun deneme baskısı hazır. Lütfen bir göz atıp renklerin uygun olup olmadığı konusunda bize geri bildirim verin, sonra basacağız.",
      "Merhaba, iadeniz bize ulaştı. Ekibimiz ürünü kontrol edip durumunu değerlendirecek, ardından ücret iadesi yapılacak.",
      "Görüşünüzü almak istiyoruz: yazı altın mı gümüş mü kazınsın? Lütfen çarşambaya kadar yanıt verin.",
      "Eksper kargo hasarını olumlu değerlendirdi, tutarın tamamı size ödenecek.",
      "Ekteki fotoğraflara bakarak kılıf için hangi kumaşı daha çok beğendiğinizi değerlendirebilir misiniz?",
      "Kalıpla ilgili değerlendirmeniz doğru bedeni göndermemize yardımcı olur: ceket dar mı geliyor bol mu?",
      "Şarj ünitesi 22 kW için tasarlanmıştır; elektrikçinin bağlantıyı önce kontrol etmesi gerekir.",
      "Randevu için dönüşünüzü bekliyoruz: perşembe 8 ile 12 arası uygun mu?",
      "Sesin motordan mı fandan mı geldiğini tahmin edebilir misiniz? Böylece doğru parçayı göndeririz.",
      "Ekspertiz raporuna göre onarım ekonomik değil, bu yüzden size yeni bir cihaz gönderiyoruz.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Sizden beş yıldız bize çok yardımcı olur!",
      "Her şey yolundaysa lütfen bize 5 yıldız verin.",
      "Hizmetimiz için beş yıldız verirseniz çok seviniriz.",
    ],
    clean: [
      "Yastığın üzerine ismin üstüne beş yıldız işleyeceğiz.",
      "Paketin içinde altın yıldızlı bir çıkartma sayfası var.",
      "Pasta süsüne istediğiniz gibi üç yıldız basacağız.",
      "Buzdolabı enerji etiketine göre D sınıfındadır.",
      "Lütfen istasyonun yanındaki dört yıldızlı otele teslim edin, oda 214.",
      "Yılbaşı süsünde beş gümüş ve üç altın yıldız var.",
      "Tasarımda yarım daire şeklinde beş yıldız ve altında kulübünüzün adı var. Tasarımı onaylar mısınız?",
      "Pasta baskısına konuştuğumuz gibi 3 altın yıldız ve 40 sayısını basıyoruz.",
      "Teslimat beş yıldızlı tatil köyüne yapılacak, paketi resepsiyon teslim alacak.",
      "Telefonun servis menüsünü açmak için yıldız tuşuna iki kez basın.",
      "Otel dört yıldızlı ve resepsiyonda paket kabul ediyor.",
    ],
  },
  "negation": {
    violations: [
      "Bize bir yorum bırakmayı unutmayın!",
    ],
    clean: [
      "Hiçbir şeyi değerlendirmenize gerek yok, iade otomatik yapılacak.",
      "Ekspertize gerek yok, ürünü saklayabilirsiniz.",
      "Hasarın bir eksper tarafından değerlendirilmesine gerek yok, fotoğraflar yeterli.",
      "Taslak hakkında geri bildirim vermenize gerek yok; her şey doğruysa doğrudan basıyoruz.",
    ],
  },
  "product-name": {
    violations: [
      "Yıldızlı gökyüzü projektöründen memnunsanız lütfen bir yorum bırakın.",
    ],
    clean: [
      '"Review Pro" evrak tutucu yarın kargoya verilecek.',
      "Yıldızlı gökyüzü projektörünüz yolda.",
      '"Kayan Yıldız 5" gece lambanız bugün Yurtiçi Kargo ile gönderildi.',
      '"Beş Yıldız" kutu oyunu maalesef hasarlı ulaşmış, yenisini gönderiyoruz.',
      "Sınıfınız için geri bildirim zili yarın teslim edilecek.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("tr-TR", {
  "review-word-other": {
    violations: [],
    clean: [
      "Sadakat programındaki puanlarınız iade sonrası hesabınıza geri yüklenecektir.",
      "Lütfen servisin verdiği teknik raporu ve değerlendirme sonucunu bize iletin.",
      "Doktorunuzun görüşü yastığın çok yüksek olduğu yönündeyse ürünü iade edebilirsiniz, tam ücret iadesi yapılır.",
      "Kullanım kılavuzundaki açıklamayı farklı yorumlamış olabilirsiniz; doğru ayar 3. sayfada.",
      "Eski cihazınızın takas değerlendirmesi 800 TL olarak belirlendi.",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("tr-TR", {
  "review-word-other": {
    violations: [
      "Sorun çözüldüğüne göre değerlendirmenizi tekrar gözden geçirmek ister misiniz?",
      "İki yıldızlı yorumunuzu artık güncelleyebileceğinizi umuyoruz.",
      "Memnun değilseniz lütfen yorum yazmadan önce bize ulaşın.",
      "Yorumunuz için teşekkür olarak bir hediye çeki ekliyoruz.",
      "Ürün sayfasındaki görüşünüz diğer alıcıların seçim yapmasına yardımcı olur.",
    ],
    clean: [
      "İstediğiniz ismi sipariş notu olarak yazmanız yeterli, biz kazıyacağız.",
      "Geri bildiriminizi üreticiye ilettik, parti kontrol ediliyor.",
      "Çiziğin ne kadar belirgin olduğunu kısaca değerlendirebilir misiniz, küçük mü yoksa belirgin mi? Ona göre değişim ya da kısmi iade yapacağız.",
      "Fikrinizi bize yazar mısınız: yedek parçayı mı gönderelim yoksa doğrudan yeni cihazı mı?",
    ],
  },
});

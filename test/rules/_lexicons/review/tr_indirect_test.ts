import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("tr-TR", {
  "review-indirect": {
    violations: [
      "Merhaba Ayşe Hanım, kahve değirmeniniz (sipariş 402-1234567-7654321) bugün kargoya verildi. Değerlendirmenize değirmenin bir fotoğrafını eklerseniz kargo ücretini iade ediyoruz. Afiyet olsun!",
      "Merhaba, 403-2345678-8765432 numaralı siparişiniz için teşekkürler. Ürün sayfasına yazacağınız birkaç cümle için teşekkür olarak size ücretsiz yedek paket gönderiyoruz.",
      "Sayın müşterimiz, 404-3456789-9876543 numaralı siparişiniz cuma günü geliyor. Bu ay puan veren herkes arasında 500 TL'lik hediye çeki çekilişi yapıyoruz. İyi hafta sonları!",
      "Merhaba, budama makasınız (sipariş 405-4567890-0987654) yolda. Yorumunuzun ekran görüntüsünü bize gönderin, garantinizi bir yıl uzatalım. Saygılarımızla.",
      "Merhaba, 406-5678901-1098765 numaralı siparişteki masa lambası iki gün gecikecek. Değerlendirme yaparken gecikmeyi ne kadar hızlı çözdüğümüzden bahsederseniz çok seviniriz.",
      "Merhaba, 407-6789012-2109876 numaralı sipariş için teşekkürler. Ürünü puanlarsanız beş yıldız küçük aile işletmemiz için çok şey ifade eder.",
      "Merhaba, isimli kolyeniz (sipariş 408-7890123-3210987) şu an kazınıyor. Ürün sayfasındaki sözleriniz diğer ailelerin doğru bedeni seçmesine yardımcı olur.",
      "Merhaba, 409-8901234-4321098 numaralı siparişiniz yolda. Sizden birkaç yıldız günümüzü güzelleştirir. Kurulumla ilgili sorularınız için buradan yazabilirsiniz.",
      "Merhaba Elif Hanım, blender haznesinin çatlak gelmesine üzüldük (sipariş 401-9012345-5432109). Tam olarak memnun kalmazsanız, herhangi bir şey paylaşmadan önce lütfen bize yazın.",
      "Mehmet Bey, yeni şarj aleti çalıştığına göre (sipariş 402-0123456-6543210), bir yıldızlı puanınızı güncellemeyi düşünür müsünüz? Çok minnettar oluruz.",
      "Merhaba, yoga matınız (sipariş 403-1357913-2468024) depomuzdan çıktı. Diğer alıcılara kavrama hakkında ne düşündüğünüzü anlatın, sizin gibi dürüst izlenimlere güveniyorlar.",
      "Merhaba, kahve çekirdekleriniz (sipariş 404-2468024-1357913) pazartesi yola çıkıyor. Amazon'da görüşünüzü bırakın, bir sonraki paketiniz için %15 indirim kodu gönderelim.",
      "Merhaba Ali Bey, kornişler (sipariş 405-1122334-4556677) perşembe geliyor. Yorumunuzda kaliteyi ve hızlı teslimatı anlatırsanız çok memnun oluruz.",
      "Merhaba, lisans anahtarınız (sipariş 402-5555555-6666666) ABCD-1234. Uygulama hakkındaki paylaşımınız Amazon'da yayına girince bağlantıyı gönderin, ücretin yarısını iade edelim.",
      "Merhaba, deneyiminizi ürün sayfasında paylaşın, bir sonraki siparişiniz için 100 TL'lik hediye çeki kazanın (sipariş 403-5555555-6666666).",
      "Merhaba, ürün sayfasına yüklediğiniz her fotoğraf için size ücretsiz bir filtre daha gönderiyoruz (sipariş 404-5555555-6666666).",
      "Merhaba, ürün sayfasındaki yıldızlarınız diğer ailelere sandığınızdan çok yardımcı olur (sipariş 405-5555555-6666666).",
      "Merhaba, her ay ürün sayfasına geri bildirim bırakanlar arasında 500 TL'lik hediye kartı çekilişi yapıyoruz (sipariş 402-7777777-8888888).",
      "Merhaba, Amazon'da ürün hakkında yazan herkese bir sonraki dolum bizden hediye (sipariş 403-7777777-8888888).",
      "Merhaba, yorumunuzu yazarken limon kokusunu öne çıkarırsanız çok seviniriz (sipariş 404-7777777-8888888).",
      "Merhaba, bir şey mükemmel değilse, yıldız vermeden önce lütfen bizimle konuşun (sipariş 405-7777777-8888888).",
      "Merhaba, battaniye hakkındaki izlenimlerinizi Amazon'da okumak bizi çok mutlu eder (sipariş 406-7777777-8888888).",
      "Merhaba, 407-7777777-8888888 numaralı siparişin iadesi yapıldı. Geçen hafta bize verdiğiniz yıldızlara bir kez daha bakar mısınız?",
      "Merhaba, siparişiniz (402-1212121-3434343) bugün çıkıyor. Ürün sayfasına kayışların göründüğünden daha sağlam olduğunu yazmanız yeterli. Teşekkürler!",
      "Merhaba, diğer köpek sahiplerinin tasmanın nasıl oturduğunu sizden duyması bizi çok mutlu eder (sipariş 403-1212121-3434343).",
      "Merhaba, ürünü denedikten sonra satın alımınızı puanlayın ve bir saat içinde cevap verdiğimizi belirtin (sipariş 404-1212121-3434343).",
    ],
    clean: [
      "Merhaba Ayşe Hanım, kahve değirmeniniz (sipariş 402-1234567-7654321) çatlak geldi. Kargo ücretini iade ediyoruz ve bugün yeni hazne gönderiyoruz, eskisini iade etmenize gerek yok.",
      "Merhaba, 403-2345678-8765432 numaralı siparişte yedek paket eksikti. Sabrınız için teşekkür olarak yarınki gönderiye ücretsiz ekliyoruz.",
      "Merhaba, budama makasınız (sipariş 405-4567890-0987654) için: teknisyenimiz incelesin diye hata mesajının ekran görüntüsünü gönderin. Garantiniz geçerli.",
      "Merhaba, 406-5678901-1098765 numaralı siparişteki lamba gecikecek. Bize yazarken sipariş numaranızı belirtirseniz daha hızlı buluruz.",
      "Merhaba, kolyeniz (sipariş 408-7890123-3210987) için: ekteki taslağı kontrol edip kazımadan önce yazım ve yazı tipi hakkında görüşünüzü bildirin.",
      "Merhaba, 409-8901234-4321098 numaralı siparişiniz belirttiğiniz dört yıldızlı otele teslim edilecek. Lütfen resepsiyonu bilgilendirin.",
      "Merhaba Elif Hanım, hazne çatlak geldi (sipariş 401-9012345-5432109). Yenisinden de memnun kalmazsanız bize yazın, tutarın tamamını iade ederiz.",
      "Merhaba, yoga matınız (sipariş 403-1357913-2468024) yola çıktı. Değerlendirme yapmanıza ya da başka bir şey yapmanıza gerek yok; sadece bilgi vermek istedik.",
      "Merhaba, ekibimiz garanti talebinizi (sipariş 404-2468024-1357913) inceledi ve ücretsiz değişimi onayladı. Pazartesi gönderilecek.",
      "Merhaba Ali Bey, beden tablosuyla ilgili yorumunuz onu düzeltmemize yardımcı oldu. Korniş siparişiniz (405-1122334-4556677) perşembe geliyor.",
      "Merhaba, ısıtıcının etiketi (sipariş 406-1122334-4556677) 2000 W gösteriyor, prizinize uygun. Bir şey yapmanıza gerek yok.",
      "Merhaba, buzdolabının enerji etiketinin (sipariş 407-2233445-5566778) A sınıfı mı B sınıfı mı gösterdiğini bize yazabilir misiniz? Teşekkürler.",
      "Merhaba, anahtar (sipariş 402-5555555-6666666) çalışmazsa ekran görüntüsü gönderin, tüm ücreti iade edelim.",
      "Merhaba, gecikme için verilen hediye çeki (sipariş 403-5555555-6666666) hesabınıza tanımlandı; bir şey yapmanıza gerek yok.",
      "Merhaba, istediğiniz hediye kartı pakette (sipariş 402-7777777-8888888).",
      "Merhaba, bir şey mükemmel değilse lütfen bizimle konuşun, hemen çözelim (sipariş 405-7777777-8888888).",
      "Merhaba, iade yapıldı. Eksik vidalar için pakete bir kez daha bakar mısınız (sipariş 407-7777777-8888888)?",
      "Merhaba, siparişiniz (402-1212121-3434343) bugün çıkıyor. Kayışların ölçü tablosunu ürün sayfasında bulabilirsiniz. Teşekkürler!",
      "Merhaba, tasma olmazsa bize yazın, değiştirelim (sipariş 403-1212121-3434343).",
      "Merhaba, ürün sayfasında yazdığı gibi lamba iki AA pil ile çalışır.",
      "Merhaba, ürün sayfasındaki beden tablosu net değilse bize yazın, sizin için ölçelim.",
    ],
  },
});

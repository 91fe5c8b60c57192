import type { Probes } from "./_lexicon_cases.ts";

// Probe set B in Brazilian Portuguese, Turkish, Japanese and Chinese, held
// out: written before the word lists were changed and never tuned on. Per
// language, eight soft cross-selling violations hidden after an order
// sentence (a paid extra on the visit, the seller's other or matching goods,
// a coming season or harvest, refills kept in stock, what other buyers add),
// four review requests (a wish, what to write, a reward), four clean
// look-alikes of marketing (a missing part sent free, care advice, the
// ordered item's features, an exchange the buyer asked for) and four review
// words in other senses (a proof to check, a video assessed, a rating plate,
// feedback on a sample).

/** Set B, by locale. */
export const ROUND8_B: Readonly<Record<string, Probes>> = {
  "pt-BR": {
    "marketing-soft": {
      violations: [
        "Olá, Sérgio! Os pneus do pedido 205-8812034-5519027 serão montados na oficina parceira no sábado às 9h. Na mesma ocasião, dá para fazer alinhamento e balanceamento por um valor especial, basta pedir ao mecânico. Até sábado!",
        "Oi, Vanessa! As cortinas sob medida ficam prontas na quarta. Se desejar, nosso instalador coloca os trilhos também, cobrando só R$ 40 por janela. Confirme o melhor dia para a entrega.",
        "Olá, Débora! O jogo de panelas saiu hoje e chega em até 3 dias. Temos também uma tampa de vidro universal que serve em todas as peças dele, caso te interesse. Bom uso!",
        "Oi, Felipe! O carrinho de bebê já foi entregue à transportadora. Muitos pais aproveitam para levar o nosso protetor de chuva, que encaixa direitinho nesse modelo. Qualquer coisa, fale com a gente.",
        "Olá, Priscila! As canecas personalizadas foram enviadas hoje. A partir de novembro entra a nossa coleção de Natal, com estampas exclusivas. Obrigado!",
        "Oi, Henrique! O chá do seu pedido saiu hoje. Está chegando a safra nova do chá verde japonês, fique atento. Boa degustação!",
        "Olá, Aline! O sérum já foi postado. Quando terminar, lembre que a gente sempre tem o refil de 30 ml, que sai mais barato que o frasco. O rastreio chega por e-mail.",
        "Oi, Mônica! O tênis infantil chega na sexta. As mães que compram com a gente costumam levar também as palmilhas de gel da loja, as crianças adoram. Até mais!",
      ],
      clean: [
        "Olá, Vanessa! O trilho que faltou no pacote será enviado amanhã sem custo, e o instalador leva junto no dia da montagem.",
        "Oi, Henrique! Para o chá render mais, guarde em pote fechado, longe da luz e da umidade.",
        "Olá, Aline! O sérum que você comprou é livre de fragrância e pode ser usado de manhã e à noite.",
        "Oi, Mônica! Como você pediu, trocamos o tênis pelo número 29; o par novo está em estoque e sai hoje.",
      ],
    },
    "review": {
      violations: [
        "Olá! Seu colchão foi entregue hoje. Ficaríamos muito felizes em ver as suas impressões publicadas lá na Amazon, isso ajuda outros clientes a escolher.",
        "Oi, Gabriela! Que bom que a caneca chegou inteira. Na hora de avaliar, se puder comentar que a estampa é fiel à foto, ajuda bastante.",
        "Olá! Seu pedido foi entregue. Como agradecimento por uma avaliação sincera na Amazon, enviamos um cupom de R$ 25 para sua próxima compra.",
        "Oi, Sérgio! Os pneus estão rodando bem? Conte para os outros compradores como está sendo a sua experiência com eles!",
      ],
      clean: [
        "Olá, Priscila! Segue a arte da caneca para conferência. Por favor, revise a grafia dos nomes e nos responda com o ok para imprimirmos.",
        "Oi, Felipe! Nossa equipe avaliou o vídeo que você mandou e concluiu que a roda veio com defeito; o reembolso foi liberado.",
        "Olá! A placa de identificação com a tensão e a potência do forno fica na lateral; confira se é 220 V antes de ligar.",
        "Oi, Débora! Recebemos o seu feedback sobre a amostra de tecido e vamos seguir com o tom mais claro, como você preferiu.",
      ],
    },
  },
  "tr-TR": {
    "marketing-soft": {
      violations: [
        "Merhaba Sinan Bey, lastikleriniz cumartesi saat 9'da anlaşmalı servisimizde takılacak. Aynı gün rot balans ayarını da uygun bir fiyata yaptırabilirsiniz, ustaya söylemeniz yeterli. Görüşmek üzere.",
        "Merhaba Tuğba Hanım, ölçüye özel perdeleriniz çarşamba hazır olacak. Dilerseniz montajcımız rayları da pencere başına 150 TL'ye takabilir. Teslimat için uygun gününüzü bildirir misiniz?",
        "Merhaba Nazlı Hanım, tencere setiniz bugün yola çıktı, 3 gün içinde ulaşır. Setteki bütün tencerelere uyan bir cam kapağımız da var, ilgilenirseniz haber verin. Güle güle kullanın.",
        "Merhaba Oğuz Bey, bebek arabanız kargoya teslim edildi. Birçok ebeveyn bu modele tam oturan yağmurluğumuzu da yanında alıyor. Bir sorun olursa yazın lütfen.",
        "Merhaba Buse Hanım, kişiye özel kupalarınız bugün gönderildi. Kasım'dan itibaren özel desenli yılbaşı koleksiyonumuz raflarda olacak. Teşekkür ederiz.",
        "Merhaba Levent Bey, çay siparişiniz bugün çıktı. Yeni hasat Japon yeşil çayımız da birkaç hafta içinde geliyor, haberiniz olsun. Afiyetle için.",
        "Merhaba Melis Hanım, serumunuz kargoya verildi. Bittiğinde 30 ml'lik yedek dolumumuz her zaman var ve şişeden daha ucuza geliyor. Takip numarası e-postanızda.",
        "Merhaba Aslı Hanım, çocuk ayakkabılarınız cuma günü elinizde. Bizden alışveriş yapan anneler genelde jel tabanlıklarımızı da alıyor, çocuklar çok seviyor. Sevgiler.",
      ],
      clean: [
        "Merhaba Tuğba Hanım, paketten eksik çıkan rayı yarın ücretsiz gönderiyoruz; montajcı da kurulum günü yanında getirecek.",
        "Merhaba Levent Bey, çayın aromasını korumak için ağzı kapalı bir kapta, ışıktan ve nemden uzak saklayın.",
        "Merhaba Melis Hanım, aldığınız serum parfüm içermez, sabah ve akşam kullanılabilir.",
        "Merhaba Aslı Hanım, istediğiniz gibi ayakkabıyı 29 numarayla değiştiriyoruz; yeni çift stokta ve bugün çıkıyor.",
      ],
    },
    "review": {
      violations: [
        "Merhaba, yatağınız bugün teslim edildi. İzlenimlerinizi Amazon'da görmek bizi çok mutlu eder, diğer müşterilerin seçim yapmasına yardımcı oluyor.",
        "Merhaba Gamze Hanım, kupanın sağlam ulaşmasına sevindik. Puan verirken baskının fotoğraftaki gibi olduğunu da yazarsanız çok işimize yarar.",
        "Merhaba, siparişiniz teslim edildi. Amazon'daki dürüst değerlendirmeniz için teşekkür olarak bir sonraki alışverişinizde kullanabileceğiniz 100 TL'lik bir kupon gönderiyoruz.",
        "Merhaba Sinan Bey, lastikler nasıl gidiyor? Deneyiminizi diğer alıcılarla paylaşırsanız çok seviniriz.",
      ],
      clean: [
        "Merhaba Buse Hanım, kupanın tasarımı ekte. Lütfen isimlerin yazımını gözden geçirip baskı için onay verin.",
        "Merhaba Oğuz Bey, gönderdiğiniz videoyu teknik ekibimiz değerlendirdi; tekerleğin arızalı geldiği anlaşıldı ve iadeniz onaylandı.",
        "Merhaba, ürün incelememiz tamamlandı: kusur üretimden kaynaklanıyor, yenisini yarın gönderiyoruz.",
        "Merhaba Nazlı Hanım, kumaş numunesiyle ilgili yorumunuz için teşekkürler; tercih ettiğiniz gibi açık tonla devam ediyoruz.",
      ],
    },
  },
  "ja-JP": {
    "marketing-soft": {
      violations: [
        "斎藤様 タイヤの交換は土曜日の9時に提携工場で行います。同じ日にホイールアライメントの調整も特別価格で承りますので、整備士にお声がけください。",
        "山口様 オーダーカーテンは水曜日に仕上がります。ご希望であれば、取付スタッフがカーテンレールの設置も1窓2,000円で行います。お届け日のご都合をお知らせください。",
        "森様 鍋セットは本日発送し、3日以内に届く予定です。セットのどの鍋にも使える万能ガラス蓋も扱っておりますので、気になる方はお気軽にどうぞ。",
        "池田様 ベビーカーを配送業者に引き渡しました。このモデルにぴったり合う当店のレインカバーを一緒に選ばれる親御さんも多いです。何かございましたらご連絡ください。",
        "橋本様 名入れマグカップは本日発送いたしました。11月からは限定柄のクリスマスコレクションが並びますので、楽しみにしていてください。",
        "石川様 お茶は本日発送いたしました。今年の新茶もまもなく入荷いたしますので、どうぞお見逃しなく。",
        "前田様 美容液を発送いたしました。使い切りましたら、ボトルよりお得な30mlのレフィルをいつでもご用意しております。追跡番号はメールでお送りしました。",
        "藤田様 子ども用スニーカーは金曜日に届きます。当店をご利用のお母様方はジェルインソールもあわせてお求めになることが多く、お子様にも大人気です。",
      ],
      clean: [
        "山口様 同梱漏れのレールは明日無料でお送りし、取付スタッフが当日お持ちします。",
        "石川様 お茶は密閉容器に入れ、光と湿気を避けて保管すると香りが長持ちします。",
        "前田様 ご購入の美容液は無香料で、朝晩どちらでもお使いいただけます。",
        "藤田様 ご希望どおり19cmに交換いたします。新しいサイズは在庫がございますので、本日発送します。",
      ],
    },
    "review": {
      violations: [
        "本日マットレスのお届けが完了しました。使い心地をAmazonでお聞かせいただけたら、これから購入を検討される方の参考になり、私どもも大変うれしく思います。",
        "岡田様 マグカップが無事に届いて何よりです。評価の際に、プリントが写真どおりだったことも書いていただけるととても助かります。",
        "商品のお届けが完了いたしました。Amazonで率直なレビューをいただいたお礼として、次回使える1,000円分のクーポンをお送りしています。",
        "斎藤様 タイヤの具合はいかがですか。ぜひ他の購入者の方にも使用感を共有していただければ幸いです。",
      ],
      clean: [
        "橋本様 マグカップのデザインデータをお送りします。お名前のつづりをチェックしていただき、修正のご意見があればお知らせください。",
        "池田様 お送りいただいた動画を技術部門で評価した結果、車輪の初期不良と判断し、返金手続きを行いました。",
        "オーブンの電圧と消費電力は側面の定格銘板に記載されています。ご使用前に220Vであることをご確認ください。",
        "森様 生地サンプルへのフィードバックをありがとうございます。ご希望の明るい色味で進めさせていただきます。",
      ],
    },
  },
  "zh-CN": {
    "marketing-soft": {
      violations: [
        "邓先生您好，轮胎周六上午9点在合作门店安装。当天还能以优惠价做四轮定位和动平衡，跟师傅说一声就行。",
        "曹女士您好，定制窗帘周三做好。需要的话，安装师傅还能帮您装轨道，每个窗户只收30元。送货时间您看哪天方便？",
        "彭女士您好，锅具套装今天发出，3天内送到。我们还有一款万能玻璃锅盖，套装里每口锅都能用，有兴趣可以了解一下。",
        "曾先生您好，婴儿推车已经交给快递了。很多宝爸宝妈会同时入手我们家专门适配这款车的防雨罩。有问题随时联系。",
        "萧女士您好，定制马克杯今天已经发出。11月起店里会上圣诞系列，图案都是独家的。谢谢您的支持。",
        "田先生您好，您的茶叶今天发出了。今年的明前新茶马上到货，到时候别错过哦。",
        "潘女士您好，精华液已经寄出。用完以后可以买我们30ml的替换装，比买整瓶划算，一直有库存。",
        "袁女士您好，童鞋周五送到。在我们家买鞋的妈妈们基本都会加购凝胶鞋垫，孩子穿着都说舒服。",
      ],
      clean: [
        "曹女士您好，漏发的轨道明天免费寄出，安装师傅上门时会一起带过去。",
        "田先生您好，茶叶请放在密封罐里，避光防潮保存，香气能保持更久。",
        "潘女士您好，您买的精华液不含香精，早晚都可以用。",
        "袁女士您好，按您的要求换成29码，新尺码有库存，今天发出。",
      ],
    },
    "review": {
      violations: [
        "床垫今天已经送达。如果能在亚马逊上看到您的使用感受，我们会特别开心，也能帮其他顾客做选择。",
        "蒋女士您好，马克杯完好送达真好。打分的时候如果能写一句印刷和图片一样，对我们帮助很大。",
        "订单已签收。为感谢您在亚马逊留下真实评价，我们送您一张下次可用的30元优惠券。",
        "邓先生您好，轮胎开着怎么样？欢迎把您的使用体验分享给其他买家！",
      ],
      clean: [
        "萧女士您好，马克杯的设计稿发您审阅，请检查名字拼写，没问题的话回复确认即可印刷。",
        "曾先生您好，技术部门评估了您发来的视频，确认车轮是出厂故障，退款已经处理。",
        "烤箱的额定电压和功率标在侧面的铭牌上，使用前请确认是220V。",
        "彭女士您好，感谢您对面料小样的反馈，我们会按您喜欢的浅色继续做。",
      ],
    },
  },
};

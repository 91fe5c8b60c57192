import type { Probes } from "./_lexicon_cases.ts";

// Clean set B of the false-error pass in Brazilian Portuguese, Turkish,
// Japanese and Chinese, held out: written before the word lists were
// changed and never tuned on. Per language, sixteen messages a careful
// seller sends, each with a trap: review, rating, feedback or assessment
// words in everyday senses (feedback on a proof, a claim reviewed, a
// technician's assessment, an energy rating, a survey of the room, school
// grades), stars that are not ratings (a hotel, a motif, a product name),
// the buyer's own words quoted, fees and "also" about the order itself,
// our technician and policies, and negations.

/** Clean set B, by locale. */
export const ROUND8C_B: Readonly<Record<string, Probes>> = {
  "pt-BR": {
    "clean": {
      violations: [],
      clean: [
        "Olá, Renata! Seu pedido 702-3318842-1120944 foi enviado hoje. Obrigado pelo retorno sobre a prova do convite: já ajustamos a fonte, como você pediu, e a versão final segue anexa.",
        "Oi, Marcos! Analisamos a sua reclamação sobre o pedido e o reembolso de R$ 89,90 já foi aprovado; ele aparece na fatura em até dois ciclos.",
        "Olá, Sra. Lúcia! O técnico fez a avaliação da máquina de lavar na sexta e constatou que a placa precisa ser trocada; a peça nova chega na terça, sem custo.",
        "Oi, Thiago! A geladeira do pedido sai amanhã. Ela tem classificação A de eficiência energética no selo do Procel, e a etiqueta com os dados técnicos fica atrás da porta.",
        "Olá, Carolina! Obrigado pelo feedback sobre o zíper que emperrava: trocamos o fornecedor e o modelo novo já vai no seu pedido de reposição.",
        "Oi, Júlio! Para confirmar a entrega do sofá, o endereço é Hotel Cinco Estrelas Palace, Av. Atlântica 1500, quarto 812? A transportadora passa na quinta.",
        "Olá, Bianca! O tecido da toalha de mesa com estampa de estrelas douradas foi cortado hoje e o seu pedido sai na segunda.",
        "Oi, Rafael! A sua Garrafa Térmica Cinco Estrelas Super Oferta foi postada; o nome é da linha do fabricante, e o código de rastreio segue abaixo.",
        'Olá, Patrícia! Você nos escreveu: "a tampa veio rachada, nota zero para a embalagem". Sentimos muito; já abrimos uma reclamação com a transportadora e outra unidade sai hoje.',
        "Oi, Eduardo! O pedido foi entregue. Como você escolheu a entrega expressa, a taxa de R$ 19,90 aparece separada na fatura; também estornamos o frete da primeira tentativa, que falhou.",
        "Olá, Fernanda! A primeira parcela do pedido já foi paga; o saldo restante de R$ 120,00 é cobrado quando o armário sair da fábrica, como combinado.",
        "Oi, Gustavo! Junto com o seu pedido vai também uma borracha de vedação extra, grátis, porque a da primeira remessa veio cortada.",
        "Olá, Sr. Antônio! O nosso técnico passa na quarta entre 8h e 12h para instalar o ar-condicionado. Pelas nossas políticas de instalação, o suporte de parede já está incluído no pedido.",
        "Oi, Larissa! A troca do pedido foi concluída e o par novo sai hoje. Não precisa avaliar nem responder nada, é só aguardar a entrega.",
        "Olá, Pedro! Na mochila devolvida encontramos o boletim escolar do seu filho, com as notas do semestre; vamos enviá-lo de volta pelos Correios ainda hoje.",
        "Oi, Sílvia! Recebemos as fotos do vazamento, e a nossa equipe vai fazer uma vistoria do banheiro na sexta para avaliar o estrago antes da troca da banheira.",
      ],
    },
  },
  "tr-TR": {
    "clean": {
      violations: [],
      clean: [
        "Merhaba Ayşe Hanım, 402-5512093-7781200 numaralı siparişiniz bugün kargoya verildi. Davetiye provası hakkındaki geri bildiriminiz için teşekkürler; yazı tipini istediğiniz gibi değiştirdik, son hali ektedir.",
        "Merhaba Emre Bey, siparişinizle ilgili talebinizi inceledik ve 349,90 TL'lik iadeniz onaylandı; tutar birkaç iş günü içinde kartınıza yansır.",
        "Merhaba Fatma Hanım, teknisyenimiz cuma günü çamaşır makinenizi inceledi ve değerlendirmesine göre kartın değişmesi gerekiyor; yeni parça salı günü ücretsiz olarak gelecek.",
        "Merhaba Kerem Bey, buzdolabınız yarın yola çıkıyor. Bu modelin enerji verimliliği derecesi A; değerlerin yazdığı bilgi etiketi kapağın iç tarafında.",
        "Merhaba Zeynep Hanım, takılan fermuar konusundaki geri bildiriminiz için teşekkür ederiz; tedarikçiyi değiştirdik ve yeni model yedek siparişinizle birlikte gidiyor.",
        "Merhaba Murat Bey, koltuğunuzun teslimat adresi Beş Yıldızlı Grand Otel, Cumhuriyet Cad. No: 12, oda 304 olarak mı kalsın? Kargo perşembe geliyor.",
        "Merhaba Elif Hanım, altın yıldız desenli masa örtünüzün kumaşı bugün kesildi, siparişiniz pazartesi yola çıkıyor.",
        "Merhaba Can Bey, 5 Yıldız Süper Fırsat Sırt Çantası siparişiniz kargoya verildi; adı üreticinin ürün serisinden geliyor, takip numarası aşağıda.",
        'Merhaba Selin Hanım, mesajınızda "kapak çatlak geldi, ambalaja sıfır puan" yazmışsınız. Çok üzüldük; yeni ürünü bugün gönderdik ve kargo firmasına şikâyet kaydı açtık.',
        "Merhaba Burak Bey, siparişiniz teslim edildi. Hızlı teslimatı seçtiğiniz için 49,90 TL'lik ücret faturada ayrı görünüyor; ilk başarısız denemenin kargo ücretini de iade ettik.",
        "Merhaba Derya Hanım, siparişinizin ilk taksiti ödendi; kalan 1.200 TL'lik bakiye, konuştuğumuz gibi dolap atölyeden çıktığında tahsil edilecek.",
        "Merhaba Hakan Bey, ilk gönderideki conta kesik geldiği için siparişinizle birlikte ücretsiz bir yedek conta da gönderiyoruz.",
        "Merhaba Ahmet Bey, teknisyenimiz çarşamba 9-12 arası klimanızı takmaya gelecek. Montaj politikamız gereği duvar askı aparatı siparişe dahildir.",
        "Merhaba Gizem Hanım, değişim işleminiz tamamlandı ve yeni çift bugün çıkıyor. Herhangi bir değerlendirme yapmanıza ya da yanıt vermenize gerek yok, teslimatı beklemeniz yeterli.",
        "Merhaba Mehmet Bey, iade edilen çantanın içinden oğlunuzun karnesi çıktı, notlarının olduğu sayfa da içinde; karneyi bugün PTT ile size geri gönderiyoruz.",
        "Merhaba Sevgi Hanım, sızıntı fotoğraflarınızı aldık; ekibimiz küvet değişiminden önce hasarı değerlendirmek için cuma günü banyoda keşif yapacak.",
      ],
    },
  },
  "ja-JP": {
    "clean": {
      violations: [],
      clean: [
        "佐藤様 ご注文（503-2219034-6650112）は本日発送いたしました。招待状の校正へのご意見ありがとうございました。ご指定どおりフォントを修正し、最終版を添付しております。",
        "田中様 ご注文に関するお申し出を確認いたしました。審査の結果、3,980円の返金を承認しましたので、数日以内にカードへ反映されます。",
        "鈴木様 金曜日に技術者が洗濯機を点検し、評価の結果、基板の交換が必要と判断しました。新しい部品は火曜日に無償でお届けします。",
        "高橋様 冷蔵庫は明日出荷いたします。省エネラベルの多段階評価は5つ星で、定格銘板はドアの内側に貼られています。",
        "伊藤様 ファスナーが引っかかる件についてのフィードバックをありがとうございました。仕入れ先を変更し、新しいものを交換品と一緒にお送りします。",
        "渡辺様 ソファのお届け先は「五つ星ホテル グランドパレス 812号室」でよろしいでしょうか。配送は木曜日の予定です。",
        "山本様 金色の星柄のテーブルクロスは本日裁断が終わり、ご注文は月曜日に発送予定です。",
        "中村様 ご注文の「スーパーセール トートバッグ」を本日発送しました。商品名はメーカーのシリーズ名です。追跡番号は下記のとおりです。",
        "小林様 「フタが割れていた、梱包は0点」とのメッセージを拝見しました。誠に申し訳ございません。本日代替品を発送し、配送業者にも申し入れをいたしました。",
        "加藤様 ご注文は配達完了となりました。お急ぎ便をお選びいただいたため、500円の配送料が別途記載されています。また、1回目の配達失敗分の送料も返金いたしました。",
        "吉田様 ご注文の1回目のお支払いは完了しております。残りの12,000円は、お約束どおり収納棚が工房から出荷される際に請求いたします。",
        "山田様 初回の発送分のパッキンが切れていたため、今回のご注文に予備のパッキンを無料で同梱いたします。",
        "佐々木様 水曜日の9時から12時の間に弊社の技術者がエアコンの取り付けに伺います。弊社の設置ポリシーにより、壁掛け金具はご注文に含まれております。",
        "松本様 交換手続きが完了し、新しい靴は本日発送いたします。評価やご返信は不要ですので、お届けまでお待ちください。",
        "井上様 返品されたリュックの中に、お子様の成績表が入っておりました。本日郵便でご返送いたします。",
        "木村様 水漏れの写真を受け取りました。浴槽の交換前に損傷の程度を査定するため、金曜日に担当者が浴室の現地調査に伺います。",
      ],
    },
  },
  "zh-CN": {
    "clean": {
      violations: [],
      clean: [
        "王女士您好，您的订单（112-4419083-2230951）今天已经发货。感谢您对请柬校样的反馈，字体已按您的要求修改，定稿见附件。",
        "李先生您好，我们已经审核了您关于这笔订单的申请，189元的退款已批准，几个工作日内会退回到您的卡上。",
        "张女士您好，周五技术人员检查了您的洗衣机，评估结果是主板需要更换，新配件周二免费寄到。",
        "刘先生您好，您的冰箱明天发货。这款冰箱的能效等级是一级，铭牌贴在门内侧，上面有额定功率等参数。",
        "陈女士您好，感谢您对拉链卡顿问题的反馈，我们已经更换了供应商，新的拉链会随补发的订单一起寄出。",
        "杨先生您好，沙发的收货地址是“五星级大酒店 812房间”，对吗？物流预计周四送达。",
        "赵女士您好，您订的金色星星图案桌布今天已经裁好，订单下周一发出。",
        "黄先生您好，您购买的“超级特惠双肩包”今天已经发货，这是厂家的系列名称，快递单号如下。",
        "周女士您好，看到您的留言“盖子裂了，包装打零分”，非常抱歉。我们今天已经补发了新品，也向快递公司提出了投诉。",
        "吴先生您好，订单已签收。因为您选择了加急配送，20元的运费在账单上单独列出；第一次派送失败的运费我们也已经退还。",
        "徐女士您好，订单的首付款已经收到，剩余的1200元尾款按约定在柜子出厂时收取。",
        "孙先生您好，第一次发货的密封圈有破损，这次会随订单免费多寄一个备用密封圈。",
        "马先生您好，我们的技术人员周三上午9点到12点上门安装空调。按照我们的安装政策，挂墙支架已包含在订单内。",
        "朱女士您好，换货已经办好，新鞋今天发出。不需要评价也不用回复，等收货就可以了。",
        "胡先生您好，退回的书包里有孩子的成绩单，我们今天用快递给您寄回去。",
        "林女士您好，漏水的照片已收到，更换浴缸前我们的师傅周五会上门勘察浴室，评估一下损坏情况。",
      ],
    },
  },
};

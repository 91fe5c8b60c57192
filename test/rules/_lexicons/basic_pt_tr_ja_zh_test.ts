import {
  errorRules,
  lintAfterOrder,
  probeSteps,
  testProbeSteps,
} from "./_probe_harness.ts";

// The plainest wordings sellers use, in pt-BR, tr-TR, ja-JP and zh-CN: each
// violation must get an error (from the rule named), each clean message none.

type Case = readonly [rule: string, text: string];

const R = "no-review-manipulation";
const M = "no-marketing";
const O = "no-opt-out";
// Contact outside Amazon: any error will do (no-email, no-phone, link-policy).
const C = "*";

const VIOLATIONS: Record<string, readonly Case[]> = {
  "pt-BR": [
    [R, "Por favor, deixe uma avaliação do produto."],
    [R, "Você se importaria de avaliar sua compra na Amazon?"],
    [R, "Não se esqueça de avaliar o produto!"],
    [R, "Avalie a cafeteira quando puder."],
    [R, "Deixe seu comentário sobre a compra, por favor."],
    [R, "Ganhe um vale-presente de R$ 20 ao deixar uma avaliação 5 estrelas."],
    [R, "Reembolsamos o frete se você avaliar o produto com 5 estrelas."],
    [R, "Envie o print da sua avaliação e receba 15% de desconto."],
    [R, "Deixe sua avaliação e ganhe uma capinha grátis."],
    [
      R,
      "Se ficou satisfeito, deixe uma avaliação; se não, fale conosco antes.",
    ],
    [
      R,
      "Se gostou, avalie com 5 estrelas. Se algo deu errado, nos procure primeiro.",
    ],
    [R, "Caso não esteja satisfeito, entre em contato antes de avaliar."],
    [R, "Poderia alterar sua avaliação para 5 estrelas?"],
    [
      R,
      "Pedimos que remova o comentário negativo, já que resolvemos o problema.",
    ],
    [R, "Você poderia apagar sua avaliação de 1 estrela?"],
    [R, "Na avaliação, mencione a entrega rápida e o bom atendimento."],
    [R, "Escreva na sua avaliação que o produto é de ótima qualidade."],
    [R, "Conte na sua avaliação como o atendimento foi rápido."],
    [M, "Ganhe 20% de desconto no próximo pedido com o cupom VOLTA20."],
    [M, "Visite nossa loja na Amazon."],
    [M, "Confira nossos outros produtos."],
    [M, "Siga-nos no Instagram!"],
    [M, "Cadastre-se na nossa newsletter."],
    [M, "Assine nossa newsletter e ganhe 10%."],
    [O, "Responda SAIR para não receber mais mensagens."],
    [O, "Se não quiser mais receber mensagens, nos avise."],
    [O, "Para cancelar o recebimento destas mensagens, responda PARAR."],
    [O, "Para não receber mais mensagens, responda NÃO."],
    [O, "Se não deseja mais receber nossos e-mails, avise."],
    [C, "Fale conosco pelo WhatsApp."],
    [C, "Mande um e-mail para nós."],
    [C, "Ligue para nós para resolvermos mais rápido."],
  ],
  "tr-TR": [
    [R, "Lütfen ürünü değerlendirin."],
    [R, "Ürün hakkında bir yorum yazar mısınız?"],
    [R, "Ürünü değerlendirmeyi unutmayın!"],
    [R, "Amazon'da bir değerlendirme bırakabilir misiniz?"],
    [R, "Alışverişinizi puanlamanızı rica ederiz."],
    [R, "5 yıldızlı yorum yaparsanız kargo ücretini iade edeceğiz."],
    [R, "Yorumunuzun ekran görüntüsünü gönderin, 50 TL hediye çeki kazanın."],
    [R, "Değerlendirme yapana bir sonraki siparişte %15 indirim."],
    [R, "5 yıldız verirseniz size ücretsiz bir kılıf göndereceğiz."],
    [R, "Memnun kaldıysanız yorum bırakın; kalmadıysanız önce bize yazın."],
    [R, "Bir sorun varsa değerlendirme yapmadan önce bizimle iletişime geçin."],
    [R, "Beğendiyseniz 5 yıldız verin, beğenmediyseniz önce bize ulaşın."],
    [R, "Yorumunuzu 5 yıldız olarak değiştirebilir misiniz?"],
    [R, "Sorun çözüldüğüne göre olumsuz yorumunuzu kaldırır mısınız?"],
    [R, "Lütfen 1 yıldızlı değerlendirmenizi silin."],
    [R, "Yorumunuzda hızlı kargodan bahsedin."],
    [R, "Değerlendirmenize ürünün kaliteli olduğunu yazın."],
    [R, "Yorumda paketlemenin özenli olduğunu belirtirseniz seviniriz."],
    [M, "Bir sonraki siparişinizde YENI20 koduyla %20 indirim!"],
    [M, "Amazon mağazamızı ziyaret edin."],
    [M, "Diğer ürünlerimize de göz atın."],
    [M, "Bizi Instagram'da takip edin!"],
    [M, "Bültenimize abone olun."],
    [M, "E-bültenimize kayıt olun."],
    [M, "Bültenimize kaydolun, ilk siparişte %10 indirim."],
    [O, "Abonelikten çıkmak için DUR yazıp yanıtlayın."],
    [O, "Başka mesaj almak istemiyorsanız bize bildirin."],
    [O, "Bu mesajları almak istemiyorsanız İPTAL yazın."],
    [C, "Bize WhatsApp'tan yazın."],
    [C, "Bize e-posta gönderin."],
    [C, "Lütfen bizi telefonla arayın."],
  ],
  "ja-JP": [
    [R, "商品のレビューをお願いいたします。"],
    [R, "よろしければ評価をお願いできますか。"],
    [R, "レビューの投稿をお忘れなく！"],
    [R, "Amazonで商品を評価していただけますか。"],
    [R, "ぜひレビューを書いていただけると幸いです。"],
    [R, "星5のレビューをいただければ送料を返金いたします。"],
    [R, "レビューを書いてくださった方にAmazonギフト券500円分を差し上げます。"],
    [R, "レビュー投稿で次回10%オフのクーポンをプレゼント。"],
    [R, "高評価をいただけたら無料でケースをお送りします。"],
    [
      R,
      "ご満足いただけましたらレビューを、ご不満な点があればまずご連絡ください。",
    ],
    [R, "問題がある場合は、評価する前にご連絡ください。"],
    [
      R,
      "気に入っていただけたら星5つを、そうでなければまずはお問い合わせください。",
    ],
    [R, "レビューを星5つに変更していただけませんか。"],
    [R, "問題は解決しましたので、低評価のレビューを削除していただけますか。"],
    [R, "評価の修正をお願いいたします。"],
    [R, "レビューには発送が早かったことを書いてください。"],
    [R, "レビューで梱包が丁寧だったと書いていただけると助かります。"],
    [R, "レビューに「品質が良い」と書いてください。"],
    [M, "次回のご注文がクーポンコードSAVE20で20%オフになります。"],
    [M, "ぜひ当店のストアをご覧ください。"],
    [M, "他の商品もぜひチェックしてください。"],
    [M, "Instagramのフォローをお願いします！"],
    [M, "メールマガジンにご登録ください。"],
    [M, "メルマガ登録で10%オフ。"],
    [O, "配信停止をご希望の場合は「停止」とご返信ください。"],
    [O, "今後のメッセージが不要な場合はお知らせください。"],
    [O, "メッセージの受信を希望されない方はご連絡ください。"],
    [C, "LINEでご連絡ください。"],
    [C, "メールでご連絡ください。"],
    [C, "お電話でご連絡いただけますか。"],
  ],
  "zh-CN": [
    [R, "请给商品写个评价。"],
    [R, "麻烦您在亚马逊上评价一下。"],
    [R, "别忘了给商品打分哦！"],
    [R, "您能给我们留个评论吗？"],
    [R, "方便的话请给个好评。"],
    [R, "五星好评返现20元。"],
    [R, "留下评价即可获得一张亚马逊礼品卡。"],
    [R, "晒评价截图，下单立减15%。"],
    [R, "给五星好评就免费送您一个保护套。"],
    [R, "如果满意请给好评，如果不满意请先联系我们。"],
    [R, "有任何问题请先联系我们，不要急着给差评。"],
    [R, "喜欢的话给五星，不满意请先找我们处理。"],
    [R, "能否把评价改成五星？"],
    [R, "问题已经解决了，麻烦您删除差评。"],
    [R, "请修改一下您的评价。"],
    [R, "请在评价里写上发货很快。"],
    [R, "评论时请提一下包装很好。"],
    [R, "请在评价中说质量很好。"],
    [M, "下次购买使用优惠码SAVE20可享八折。"],
    [M, "欢迎光临我们的店铺。"],
    [M, "看看我们的其他商品吧。"],
    [M, "请关注我们的微博！"],
    [M, "订阅我们的新闻邮件。"],
    [M, "订阅我们的邮件，获取最新优惠。"],
    [M, "欢迎进店逛逛。"],
    [M, "下单即享八折，优惠码ABC。"],
    [O, "回复TD退订。"],
    [O, "不想收到我们的消息请回复N。"],
    [O, "如果不想再收到消息，请告诉我们。"],
    [O, "如需取消接收此类消息，请回复“停止”。"],
    [C, "请加我们的微信。"],
    [C, "请发邮件给我们。"],
    [C, "请给我们打电话。"],
  ],
};

const CLEAN: Record<string, readonly string[]> = {
  "pt-BR": [
    "Obrigado pela sua compra! Qualquer dúvida, estamos à disposição.",
    "Por favor, confirme o endereço de entrega.",
    "Ficamos felizes em ajudar. Se precisar de algo, nos avise.",
    "Enviamos um novo item para substituir o que chegou com defeito.",
    "Dica: carregue a bateria por completo antes do primeiro uso.",
    "Recomendamos lavar a capa à mão.",
    "Verifique se o plugue está bem conectado.",
    "Observação: o manual está dentro da caixa.",
    "A taxa de frete já foi reembolsada.",
    "Nossa equipe analisou o seu caso e vai reenviar a peça.",
    "O item saiu do nosso armazém hoje.",
    "O reembolso aparece no seu extrato da Amazon.com.br em até 5 dias.",
    "Pedimos desculpas pelo atraso na entrega.",
    "Consulte o status do envio em Seus Pedidos na Amazon.",
    "Obrigado pela paciência enquanto resolvemos o problema.",
    "Caso não queira receber a peça nova, podemos reembolsar.",
    "Se preferir não receber o produto, recuse a entrega.",
    "Avaliamos o seu pedido de troca e aprovamos.",
    "O frete custa R$ 20, uma taxa fixa.",
    "Por favor, revise a prova da gravação e nos diga se está tudo certo.",
    "Nosso técnico vai avaliar o aparelho.",
    "Obrigado pelo feedback sobre a embalagem, já melhoramos.",
    "Se precisar de outra peça, é só avisar.",
  ],
  "tr-TR": [
    "Siparişiniz için teşekkür ederiz! Sorunuz olursa yardımcı olmaktan memnuniyet duyarız.",
    "Lütfen teslimat adresinizi onaylayın.",
    "Bir şeye ihtiyacınız olursa bize bildirin.",
    "Kusurlu ürünün yerine yeni bir ürün gönderdik.",
    "İpucu: ilk kullanımdan önce bataryayı tamamen şarj edin.",
    "Kılıfı elde yıkamanızı öneririz.",
    "Lütfen fişin prize tam oturduğunu kontrol edin.",
    "Not: kullanım kılavuzu kutunun içindedir.",
    "Kargo ücreti iade edildi.",
    "Ekibimiz talebinizi inceledi ve parçayı yeniden gönderecek.",
    "Ürün bugün depomuzdan çıktı.",
    "İade tutarı 5 gün içinde Amazon.com.tr hesabınızda görünecektir.",
    "Teslimattaki gecikme için özür dileriz.",
    "Kargo durumunu Amazon'daki Siparişlerim sayfasından takip edebilirsiniz.",
    "Sabrınız için teşekkürler, sorunu çözmek üzere çalışıyoruz.",
    "Değişim ürününü almak istemiyorsanız iade yapabiliriz.",
    "Fatura, Amazon'a kaydolduğunuz e-posta adresine gönderildi.",
    "Kur farkı iade edildi.",
    "Lütfen baskı provasını inceleyip onaylayın.",
    "Şikayetinizi değerlendirdik ve iade yapacağız.",
    "Ambalajla ilgili geri bildiriminiz için teşekkürler.",
    "Başka bir parçaya ihtiyacınız olursa bize yazın.",
  ],
  "ja-JP": [
    "ご購入ありがとうございます。ご不明な点がございましたらお気軽にお知らせください。",
    "お届け先の住所をご確認ください。",
    "お役に立てれば幸いです。何かございましたらご連絡ください。",
    "不良品の代わりに新しい商品を発送いたしました。",
    "ヒント：初めてお使いになる前にバッテリーを満充電してください。",
    "カバーは手洗いをおすすめします。",
    "プラグがしっかり差し込まれているかご確認ください。",
    "なお、取扱説明書は箱の中に入っております。",
    "送料は返金済みです。",
    "当店のスタッフが内容を確認し、部品を再送いたします。",
    "本日、当社の倉庫から商品を出荷いたしました。",
    "返金は5日以内にAmazon.co.jpのアカウントに反映されます。",
    "配送の遅れについて深くお詫び申し上げます。",
    "配送状況はAmazonの注文履歴からご確認いただけます。",
    "ご不便をおかけして申し訳ございません。引き続きよろしくお願いいたします。",
    "ご登録のメールアドレスに領収書をお送りしました。",
    "評価額は5000円です。",
    "チームで確認いたします。",
    "刻印のデザイン案をご確認いただき、ご意見をお聞かせください。",
    "技術者が製品を評価した結果、不具合が見つかりました。",
    "梱包についてのご意見ありがとうございます。改善しました。",
    "別の部品が必要な場合はお知らせください。",
  ],
  "zh-CN": [
    "感谢您的购买！如有任何问题，我们很乐意为您提供帮助。",
    "请确认您的收货地址。",
    "如需帮助，请告诉我们。",
    "我们已经为您寄出一件新的商品替换有问题的那件。",
    "小提示：首次使用前请将电池充满。",
    "我们建议手洗外套。",
    "请检查插头是否插好。",
    "注意：说明书在包装盒里。",
    "运费已经退还给您。",
    "我们的团队已经核实了您的情况，会为您补发配件。",
    "商品今天已从我们的仓库发出。",
    "退款将在5天内退回您的Amazon.cn账户。",
    "对于配送延误，我们深表歉意。",
    "您可以在亚马逊的“我的订单”中查看物流状态。",
    "感谢您的耐心，我们正在处理这个问题。",
    "如果您不想收到替换件，我们可以直接退款。",
    "汇率按下单当天计算。",
    "您下单时使用的优惠券已退回您的账户。",
    "我们推荐您先阅读说明书。",
    "请查看刻字设计稿，并告诉我们您的意见。",
    "技术人员评估后发现电机有故障。",
    "感谢您对包装的反馈，我们已经改进。",
    "如需其他配件，请告诉我们。",
  ],
};

const ORDER_SENTENCE: Record<string, string> = {
  "pt-BR": "Seu pedido 701-1234567-1234567 foi enviado.",
  "tr-TR": "402-1234567-1234567 numaralı siparişiniz yolda.",
  "ja-JP": "ご注文番号 503-1234567-1234567 を発送しました。",
  "zh-CN": "您的订单 503-1234567-1234567 已发货。",
};

// Misses that the lexicons cannot fix; each fails the test once it passes.
// "avaliar" is also to assess (a technician assesses a device): with a named
// product and no place, stars or purchase it stays unread. Contact outside
// Amazon without an address or a number by email or phone ("email us", "call
// us") is read by no rule; by a messenger it is ("write to us on WhatsApp").
const KNOWN: ReadonlySet<string> = new Set<string>([
  "Avalie a cafeteira quando puder.",
  "Mande um e-mail para nós.",
  "Ligue para nós para resolvermos mais rápido.",
  "Bize e-posta gönderin.",
  "Lütfen bizi telefonla arayın.",
  "メールでご連絡ください。",
  "お電話でご連絡いただけますか。",
  "请发邮件给我们。",
  "请给我们打电话。",
]);

function errors(locale: string, sentence: string): string[] {
  return errorRules(lintAfterOrder(ORDER_SENTENCE[locale]!, sentence, locale));
}

for (const [locale, cases] of Object.entries(VIOLATIONS)) {
  testProbeSteps(
    `plain violations are flagged (${locale})`,
    cases.map(([rule, sentence]) => ({
      name: sentence,
      text: sentence,
      judge: () => {
        const got = errors(locale, sentence);
        return {
          right: rule === C ? got.length > 0 : got.includes(rule),
          why: `expected ${rule}, got [${got.join(", ")}]`,
        };
      },
    })),
    { known: KNOWN, nowRight: () => "now caught: take it off KNOWN" },
  );
}

for (const [locale, sentences] of Object.entries(CLEAN)) {
  testProbeSteps(
    `plain polite messages pass (${locale})`,
    probeSteps(sentences, (sentence) => {
      const got = errors(locale, sentence);
      return {
        right: got.length === 0,
        why: `a plain message was flagged: [${got.join(", ")}]`,
      };
    }),
  );
}

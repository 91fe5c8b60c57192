import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// The buyer's question about a review that the seller reports, and the
// seller's answer: only an answer that declines ("No, there is no need")
// makes the question the buyer's words. A courtesy is no answer ("No rush at
// all, whenever suits you!", "Keine Eile", "不着急", "急ぎませんので"), nor is
// consent ("もちろん構いません", "jasne"), also in Turkish and Japanese,
// where the question comes before the words that report it. A native writer
// wrote four answers that welcome the review and four that decline it, some
// with a courtesy next to the denial, per language. KNOWN lists the ones
// still judged wrong, each checked to stay wrong, so one that starts to
// pass must leave the list: a courtesy inside the question's clause
// ("… once the package arrives — no rush at all").
const KNOWN: ReadonlySet<string> = new Set([
  "You asked whether you could leave us five stars once the package arrives — no rush at all, whenever suits you!",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "ar-AE",
    "violation",
    "سألتنا إن كان بإمكانك منحنا خمس نجوم بعد وصول الطلب، لا داعي للعجلة أبدًا، متى ما ناسبك!",
  ],
  [
    "ar-AE",
    "clean",
    "سألت إن كان عليك ترك تقييم قبل استرداد المبلغ؛ لا، لا حاجة لذلك إطلاقًا، ولا داعي للاستعجال في الإرجاع أيضًا.",
  ],
  [
    "ar-AE",
    "violation",
    "استفسرت عمّا إذا كان بإمكانك كتابة مراجعة عن الغلاية، طبعًا، تفضّل بكل سرور، سيسعدنا ذلك كثيرًا!",
  ],
  [
    "ar-AE",
    "clean",
    "سألتنا هل يتوقف استرداد المبلغ على تقييمك. لا، أبدًا؛ سيتم الاسترداد في جميع الأحوال.",
  ],
  [
    "ar-AE",
    "violation",
    "سألت إن كان يمكنك تعديل ملاحظاتك بعد الاستبدال، بالتأكيد، خذ راحتك!",
  ],
  [
    "ar-AE",
    "clean",
    "سألتنا إن كنا نرغب في رأيك عن المنتج. لا، شكرًا لك، هذا غير ضروري، ولا تقلق بشأن العلبة الأصلية.",
  ],
  [
    "ar-AE",
    "violation",
    "ذكرت أنك تودّ تقييمنا على أمازون، ولا أي مشكلة، عندما يتسنى لك الوقت!",
  ],
  [
    "ar-AE",
    "clean",
    "سألت إن كنت مدينًا لنا بمراجعة مقابل الشاحن الإضافي. إطلاقًا لا، لست مطالبًا بأي شيء في المقابل.",
  ],
  [
    "de-DE",
    "violation",
    "Sie fragten, ob Sie uns fünf Sterne geben dürfen, sobald das Paket da ist – keine Eile, wann immer es passt!",
  ],
  [
    "de-DE",
    "clean",
    "Sie fragten, ob Sie vor der Erstattung eine Bewertung abgeben sollen. Nein, das ist nicht nötig; keine Sorge wegen der Rücksendung.",
  ],
  [
    "de-DE",
    "violation",
    "Sie wollten wissen, ob Sie eine Rezension zur Kaffeemühle schreiben können – na klar, sehr gerne, wir würden uns freuen!",
  ],
  [
    "de-DE",
    "clean",
    "Sie fragten, ob die Erstattung von einer Bewertung abhängt. Das tut sie nicht, die Gutschrift erfolgt in jedem Fall.",
  ],
  [
    "de-DE",
    "violation",
    "Sie fragten, ob Sie Ihre Bewertung nach dem Austausch anpassen dürfen – selbstverständlich, lassen Sie sich ruhig Zeit!",
  ],
  [
    "de-DE",
    "clean",
    "Sie haben gefragt, ob wir uns ein Feedback von Ihnen wünschen. Nein, danke, das brauchen Sie nicht – und mit dem Rückversand hat es keine Eile.",
  ],
  [
    "de-DE",
    "violation",
    "Sie fragten, ob es okay wäre, uns bei Amazon zu bewerten – kein Problem, machen Sie das ganz, wie es Ihnen passt!",
  ],
  [
    "de-DE",
    "clean",
    "Sie fragten, ob Sie uns für den Ersatzartikel ein paar Sterne schulden. Keineswegs, Sie müssen dafür gar nichts tun.",
  ],
  [
    "en-GB",
    "violation",
    "You asked whether you might leave us a review once the kettle's arrived — no hurry at all, whenever's convenient!",
  ],
  [
    "en-GB",
    "clean",
    "You asked if you ought to leave us feedback before we sort the refund; no, there's no need — and no rush with the return either.",
  ],
  [
    "en-GB",
    "violation",
    "You wondered if it would be alright to give us five stars — by all means, we'd be chuffed!",
  ],
  [
    "en-GB",
    "clean",
    "You asked whether a good rating would help your claim. It wouldn't; the refund is processed regardless of any review.",
  ],
  [
    "en-GB",
    "violation",
    "You asked whether you could pop a quick rating up for the jumper — of course, do go ahead whenever you fancy!",
  ],
  [
    "en-GB",
    "clean",
    "You asked if we'd like you to write a review of the replacement; thanks, but no, that isn't necessary, and don't worry about the original box.",
  ],
  [
    "en-GB",
    "violation",
    "You asked if you could amend your feedback now that it's all sorted — not a problem, take all the time you need!",
  ],
  [
    "en-GB",
    "clean",
    "You asked whether we expect a star rating in return for the discount. No, we don't, and please don't feel obliged in any way.",
  ],
  [
    "en-US",
    "violation",
    "You asked whether you could leave us five stars once the package arrives — no rush at all, whenever suits you!",
  ],
  [
    "en-US",
    "clean",
    "You asked if you should leave us a rating before we process the refund; no, there's no need, and the refund goes through either way.",
  ],
  [
    "en-US",
    "violation",
    "You wondered if it'd be okay to post a review of the blender — of course, feel free, we'd love that!",
  ],
  [
    "en-US",
    "clean",
    "You asked whether we'd like you to leave feedback; no, we don't need anything from you, and there's no rush on the return either.",
  ],
  [
    "en-US",
    "violation",
    "You asked if you could update your review after the replacement arrives — absolutely, take your time, we'd really appreciate it!",
  ],
  [
    "en-US",
    "clean",
    "You asked if giving us stars would speed up your refund. It won't; the refund doesn't depend on any review.",
  ],
  [
    "en-US",
    "violation",
    "You mentioned you'd like to rate us on Amazon — no problem at all, whenever you get a moment!",
  ],
  [
    "en-US",
    "clean",
    "You asked whether you owe us a review for the extra charger we sent. Not at all, there's nothing you need to do, and no worries about the packaging.",
  ],
  [
    "es-ES",
    "violation",
    "Nos preguntaba si podía dejarnos cinco estrellas cuando le llegue el pedido: ¡sin prisa, cuando pueda!",
  ],
  [
    "es-ES",
    "clean",
    "Nos preguntó si debía dejar una valoración antes del reembolso; no hace falta, de verdad, y tampoco hay prisa con la devolución.",
  ],
  [
    "es-ES",
    "violation",
    "Me comentaba si le parecía bien escribir una reseña de la sartén: ¡claro que sí, adelante, nos haría mucha ilusión!",
  ],
  [
    "es-ES",
    "clean",
    "Nos preguntaba si el reembolso depende de que nos valore. No, en absoluto; el reembolso se tramita igualmente.",
  ],
  [
    "es-ES",
    "violation",
    "Nos preguntó si podía cambiar su opinión una vez recibido el recambio: por supuesto, ¡tómese el tiempo que necesite!",
  ],
  [
    "es-ES",
    "clean",
    "Me preguntaba si queremos que nos deje un comentario. No, gracias, no es necesario, y no se preocupe por la caja original.",
  ],
  [
    "es-ES",
    "violation",
    "Nos decía que quería puntuarnos en Amazon: ¡ningún problema, cuando le venga bien!",
  ],
  [
    "es-ES",
    "clean",
    "Nos preguntó si nos debe una reseña por el cargador de regalo. Para nada, no tiene que hacer nada a cambio.",
  ],
  [
    "es-MX",
    "violation",
    "Nos preguntó si podía dejarnos cinco estrellitas cuando le llegue su paquete: ¡sin prisa, cuando usted guste!",
  ],
  [
    "es-MX",
    "clean",
    "Usted nos preguntó si tenía que calificarnos antes de que le hagamos el reembolso; no es necesario, y no se preocupe por la devolución.",
  ],
  [
    "es-MX",
    "violation",
    "Me preguntaba si estaría bien dejar una reseña de la licuadora: ¡claro, con toda confianza, nos daría muchísimo gusto!",
  ],
  [
    "es-MX",
    "clean",
    "Nos preguntó si su reembolso depende de la calificación que nos deje. No, para nada; el reembolso procede de todos modos.",
  ],
  [
    "es-MX",
    "violation",
    "Nos comentó que quería actualizar su opinión cuando le llegue el reemplazo: ¡por supuesto, tómese su tiempo!",
  ],
  [
    "es-MX",
    "clean",
    "Me preguntó si nos gustaría que nos dejara comentarios. No, muchas gracias, no hace falta, y no hay prisa con el envío de regreso.",
  ],
  [
    "es-MX",
    "violation",
    "Nos preguntó si podía calificarnos en Amazon: ¡no hay problema, cuando tenga un ratito!",
  ],
  [
    "es-MX",
    "clean",
    "Nos preguntó si nos debía una reseña por el cable extra que le mandamos. De ninguna manera, no tiene que hacer nada.",
  ],
  [
    "fr-FR",
    "violation",
    "Vous nous demandiez si vous pouviez nous laisser cinq étoiles une fois le colis reçu : rien ne presse, quand ça vous arrange !",
  ],
  [
    "fr-FR",
    "clean",
    "Vous demandiez s'il fallait laisser un avis avant le remboursement ; non, ce n'est pas nécessaire, et pas d'urgence pour le retour non plus.",
  ],
  [
    "fr-FR",
    "violation",
    "Vous vous demandiez si vous pouviez rédiger un commentaire sur la bouilloire : bien sûr, n'hésitez surtout pas, ça nous ferait très plaisir !",
  ],
  [
    "fr-FR",
    "clean",
    "Vous nous avez demandé si le remboursement dépendait de votre note. Pas du tout, il sera effectué dans tous les cas.",
  ],
  [
    "fr-FR",
    "violation",
    "Vous demandiez si vous pouviez modifier votre évaluation après réception du remplacement : évidemment, prenez tout votre temps !",
  ],
  [
    "fr-FR",
    "clean",
    "Vous vouliez savoir si nous souhaitions un avis de votre part. Non merci, ce n'est pas utile, et ne vous inquiétez pas pour l'emballage d'origine.",
  ],
  [
    "fr-FR",
    "violation",
    "Vous nous demandiez si vous pouviez nous noter sur Amazon : aucun souci, quand vous aurez un moment !",
  ],
  [
    "fr-FR",
    "clean",
    "Vous demandiez si vous nous deviez une évaluation pour le chargeur offert. Absolument pas, vous n'avez rien à faire en retour.",
  ],
  [
    "hi-IN",
    "violation",
    "आपने पूछा था कि पार्सल मिलने के बाद क्या आप हमें पाँच स्टार दे सकते हैं — कोई जल्दी नहीं, जब भी आपको सुविधा हो!",
  ],
  [
    "hi-IN",
    "clean",
    "आपने पूछा कि क्या रिफ़ंड से पहले रिव्यू देना ज़रूरी है; नहीं, इसकी कोई ज़रूरत नहीं है, और रिटर्न भेजने की भी कोई जल्दी नहीं है।",
  ],
  [
    "hi-IN",
    "violation",
    "आपने पूछा कि क्या मिक्सर के बारे में रिव्यू लिखना ठीक रहेगा — बिल्कुल, बेझिझक लिखिए, हमें बहुत खुशी होगी!",
  ],
  [
    "hi-IN",
    "clean",
    "आपने पूछा कि क्या रिफ़ंड आपकी रेटिंग पर निर्भर करता है। नहीं, बिल्कुल नहीं; रिफ़ंड हर हाल में होगा।",
  ],
  [
    "hi-IN",
    "violation",
    "आपने पूछा कि रिप्लेसमेंट के बाद क्या आप अपना फ़ीडबैक बदल सकते हैं — ज़रूर, आराम से कीजिए!",
  ],
  [
    "hi-IN",
    "clean",
    "आपने पूछा कि क्या हम आपसे रिव्यू चाहते हैं। जी नहीं, धन्यवाद, इसकी ज़रूरत नहीं है, और ओरिजिनल डिब्बे की चिंता मत कीजिए।",
  ],
  [
    "hi-IN",
    "violation",
    "आपने लिखा कि आप हमें Amazon पर रेटिंग देना चाहते हैं — कोई दिक्कत नहीं, जब भी आपको समय मिले!",
  ],
  [
    "hi-IN",
    "clean",
    "आपने पूछा कि क्या अतिरिक्त चार्जर के बदले आपको हमें रिव्यू देना चाहिए। बिल्कुल नहीं, बदले में आपको कुछ भी करने की ज़रूरत नहीं है।",
  ],
  [
    "it-IT",
    "violation",
    "Ci chiedeva se poteva lasciarci cinque stelle quando arriva il pacco: nessuna fretta, quando le fa comodo!",
  ],
  [
    "it-IT",
    "clean",
    "Ci ha chiesto se deve lasciare una recensione prima del rimborso; no, non serve, e nessuna fretta nemmeno per il reso.",
  ],
  [
    "it-IT",
    "violation",
    "Mi chiedeva se andava bene scrivere un commento sulla moka: certo, faccia pure, ci farebbe davvero piacere!",
  ],
  [
    "it-IT",
    "clean",
    "Ci ha chiesto se il rimborso dipende dalla valutazione. No, assolutamente; il rimborso viene effettuato in ogni caso.",
  ],
  [
    "it-IT",
    "violation",
    "Ci chiedeva se poteva aggiornare il suo feedback dopo la sostituzione: ma certo, si prenda tutto il tempo che vuole!",
  ],
  [
    "it-IT",
    "clean",
    "Mi ha chiesto se desideriamo una sua opinione sul prodotto. No, grazie, non è necessario, e non si preoccupi per la scatola originale.",
  ],
  [
    "it-IT",
    "violation",
    "Ci ha scritto che vorrebbe valutarci su Amazon: nessun problema, quando ha un attimo!",
  ],
  [
    "it-IT",
    "clean",
    "Ci chiedeva se ci deve una recensione per il caricatore in omaggio. Per niente, non deve fare nulla in cambio.",
  ],
  [
    "ja-JP",
    "violation",
    "商品が届いたら星5つを付けてもいいかとのご質問ですが、急ぎませんので、ご都合のよいときにどうぞ！",
  ],
  [
    "ja-JP",
    "clean",
    "返金の前にレビューを書く必要があるかとのお尋ねですが、いいえ、その必要はございません。返品もお急ぎいただかなくて大丈夫です。",
  ],
  [
    "ja-JP",
    "violation",
    "ケトルのレビューを書いてもよいかとのことですが、もちろんです、ぜひお気軽に！大変励みになります。",
  ],
  [
    "ja-JP",
    "clean",
    "返金が評価の内容によって変わるのかとのご質問ですが、一切関係ございません。返金はいずれの場合も行われます。",
  ],
  [
    "ja-JP",
    "violation",
    "交換品の到着後に評価を書き直してもよいかとのお問い合わせですが、もちろん構いません、ごゆっくりどうぞ！",
  ],
  [
    "ja-JP",
    "clean",
    "当店として評価を希望しているかとのご質問ですが、いいえ、そのようなお気遣いは不要です。元箱についてもご心配なく。",
  ],
  [
    "ja-JP",
    "violation",
    "Amazonで当店を評価したいとのこと、全く問題ございません、お時間のあるときにぜひ！",
  ],
  [
    "ja-JP",
    "clean",
    "おまけの充電器のお礼にレビューを書くべきかとのことですが、とんでもございません。何もしていただく必要はございません。",
  ],
  [
    "nl-NL",
    "violation",
    "U vroeg of u ons vijf sterren mag geven zodra het pakket binnen is: geen haast, wanneer het u uitkomt!",
  ],
  [
    "nl-NL",
    "clean",
    "U vroeg of u eerst een beoordeling moet achterlaten voor de terugbetaling; nee, dat is niet nodig, en geen haast met het retourneren.",
  ],
  [
    "nl-NL",
    "violation",
    "Je vroeg of het oké is om een review over de waterkoker te schrijven: natuurlijk, ga je gang, daar zouden we blij mee zijn!",
  ],
  [
    "nl-NL",
    "clean",
    "U vroeg of de terugbetaling afhangt van uw recensie. Nee, helemaal niet; het bedrag wordt hoe dan ook teruggestort.",
  ],
  [
    "nl-NL",
    "violation",
    "U vroeg of u uw feedback mag aanpassen na de vervanging: uiteraard, neem rustig de tijd!",
  ],
  [
    "nl-NL",
    "clean",
    "Je vroeg of we graag een beoordeling van je willen. Nee, dank je, dat hoeft niet, en maak je geen zorgen over de originele doos.",
  ],
  [
    "nl-NL",
    "violation",
    "U gaf aan dat u ons graag op Amazon wilt beoordelen: geen probleem, wanneer u even tijd heeft!",
  ],
  [
    "nl-NL",
    "clean",
    "U vroeg of u ons een review verschuldigd bent voor de extra lader. Zeker niet, u hoeft er niets voor terug te doen.",
  ],
  [
    "pl-PL",
    "violation",
    "Pytał Pan, czy może wystawić nam pięć gwiazdek, gdy paczka dotrze – bez pośpiechu, kiedy tylko będzie Panu wygodnie!",
  ],
  [
    "pl-PL",
    "clean",
    "Pytała Pani, czy przed zwrotem pieniędzy trzeba wystawić opinię. Nie, nie ma takiej potrzeby, a z odesłaniem towaru też nie ma pośpiechu.",
  ],
  [
    "pl-PL",
    "violation",
    "Pytał Pan, czy może napisać recenzję czajnika – oczywiście, śmiało, bardzo nas to ucieszy!",
  ],
  [
    "pl-PL",
    "clean",
    "Zapytała Pani, czy zwrot pieniędzy zależy od oceny. Nie, w żadnym wypadku; zwrot zostanie zrealizowany niezależnie od tego.",
  ],
  [
    "pl-PL",
    "violation",
    "Pytał Pan, czy może zmienić swoją opinię po wymianie – jasne, proszę się nie spieszyć!",
  ],
  [
    "pl-PL",
    "clean",
    "Pytała Pani, czy zależy nam na Pani opinii o produkcie. Nie, dziękujemy, nie jest to potrzebne, i proszę się nie martwić oryginalnym opakowaniem.",
  ],
  [
    "pl-PL",
    "violation",
    "Wspomniał Pan, że chciałby nas ocenić na Amazonie – żaden problem, kiedy znajdzie Pan chwilę!",
  ],
  [
    "pl-PL",
    "clean",
    "Pytała Pani, czy jest nam winna recenzję za dodatkową ładowarkę. Absolutnie nie, nie musi Pani nic robić w zamian.",
  ],
  [
    "pt-BR",
    "violation",
    "Você perguntou se podia deixar cinco estrelas pra gente quando o pedido chegar: sem pressa nenhuma, quando for melhor pra você!",
  ],
  [
    "pt-BR",
    "clean",
    "Você perguntou se precisava avaliar antes do reembolso. Não precisa, de verdade; sem pressa com a devolução.",
  ],
  [
    "pt-BR",
    "violation",
    "Você quis saber se tudo bem escrever uma avaliação da panela: claro, fique à vontade, a gente ia adorar!",
  ],
  [
    "pt-BR",
    "clean",
    "Você perguntou se o reembolso depende da sua nota. Não depende; ele será feito de qualquer forma.",
  ],
  [
    "pt-BR",
    "violation",
    "Você perguntou se podia atualizar seu comentário depois da troca: com certeza, no seu tempo!",
  ],
  [
    "pt-BR",
    "clean",
    "Você perguntou se a gente gostaria de um feedback seu. Não, obrigado, não é necessário, e não se preocupe com a caixa original.",
  ],
  [
    "pt-BR",
    "violation",
    "Você comentou que queria nos avaliar na Amazon: sem problema nenhum, quando der!",
  ],
  [
    "pt-BR",
    "clean",
    "Você perguntou se nos devia uma avaliação pelo carregador extra. De jeito nenhum, você não precisa fazer nada em troca.",
  ],
  [
    "sv-SE",
    "violation",
    "Du frågade om du får ge oss fem stjärnor när paketet har kommit – ingen brådska, när det passar dig!",
  ],
  [
    "sv-SE",
    "clean",
    "Du undrade om du måste lämna ett omdöme innan återbetalningen. Nej, det behövs inte, och ingen stress med returen heller.",
  ],
  [
    "sv-SE",
    "violation",
    "Du frågade om det går bra att skriva en recension av vattenkokaren – absolut, varsågod, det skulle glädja oss jättemycket!",
  ],
  [
    "sv-SE",
    "clean",
    "Du frågade om återbetalningen hänger på ditt betyg. Nej, inte alls; pengarna betalas tillbaka oavsett.",
  ],
  [
    "sv-SE",
    "violation",
    "Du undrade om du kan uppdatera din feedback efter bytet – självklart, ta den tid du behöver!",
  ],
  [
    "sv-SE",
    "clean",
    "Du frågade om vi vill ha ett omdöme från dig. Nej tack, det behövs inte, och oroa dig inte för originalkartongen.",
  ],
  [
    "sv-SE",
    "violation",
    "Du skrev att du gärna vill betygsätta oss på Amazon – inga problem, när du har en stund över!",
  ],
  [
    "sv-SE",
    "clean",
    "Du frågade om du är skyldig oss en recension för den extra laddaren. Verkligen inte, du behöver inte göra något i gengäld.",
  ],
  [
    "tr-TR",
    "violation",
    "Paket elinize ulaşınca bize beş yıldız verip veremeyeceğinizi sormuştunuz; hiç acelesi yok, size ne zaman uygun olursa!",
  ],
  [
    "tr-TR",
    "clean",
    "İadeden önce değerlendirme bırakmanız gerekip gerekmediğini sordunuz; hayır, buna gerek yok, ürünü geri göndermek için de acele etmeyin.",
  ],
  [
    "tr-TR",
    "violation",
    "Çaydanlık hakkında yorum yazmanızın uygun olup olmadığını sormuşsunuz: tabii ki, çekinmeyin, çok seviniriz!",
  ],
  [
    "tr-TR",
    "clean",
    "Geri ödemenin puanınıza bağlı olup olmadığını sordunuz. Hayır, hiç bağlı değil; ödeme her durumda yapılacak.",
  ],
  [
    "tr-TR",
    "violation",
    "Değişimden sonra geri bildiriminizi güncelleyip güncelleyemeyeceğinizi sordunuz: elbette, hiç acele etmeyin, keyfinize göre!",
  ],
  [
    "tr-TR",
    "clean",
    "Sizden bir değerlendirme isteyip istemediğimizi sordunuz. Hayır, teşekkür ederiz, gerek yok; orijinal kutu için de endişelenmeyin.",
  ],
  [
    "tr-TR",
    "violation",
    "Bizi Amazon'da puanlamak istediğinizi yazmışsınız: hiç sorun değil, vaktiniz olduğunda!",
  ],
  [
    "tr-TR",
    "clean",
    "Ek şarj aleti için bize bir yorum borçlu olup olmadığınızı sordunuz. Kesinlikle hayır, karşılığında hiçbir şey yapmanız gerekmiyor.",
  ],
  [
    "zh-CN",
    "violation",
    "您问收到货后能不能给我们打五星，不着急，您方便的时候就好！",
  ],
  ["zh-CN", "clean", "您问退款前是否需要先留评价，不需要的，退货也不用着急。"],
  [
    "zh-CN",
    "violation",
    "您问可不可以写一下这款电水壶的评价，当然可以，欢迎随时来写，我们会非常开心！",
  ],
  [
    "zh-CN",
    "clean",
    "您问退款是否和您的评分有关。完全无关，退款都会照常处理。",
  ],
  ["zh-CN", "violation", "您问换货后能否修改之前的评价，没问题，您慢慢来！"],
  [
    "zh-CN",
    "clean",
    "您问我们是否希望您留个反馈。不用了，谢谢，原包装盒也不用担心。",
  ],
  [
    "zh-CN",
    "violation",
    "您说想在亚马逊上给我们打个分，没问题，等您有空的时候就行！",
  ],
  [
    "zh-CN",
    "clean",
    "您问收到赠送的充电器是不是该给我们写个好评。完全不用，您不需要为此做任何事。",
  ],
];

testProbeTable("answers to a reported question about a review", PROBES, {
  ruleId: "no-review-manipulation",
  positive: "violation",
  type: "unexpectedProblem",
  known: KNOWN,
});

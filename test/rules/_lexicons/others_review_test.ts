import { type LabeledProbe, testProbeTable } from "./_lexicon_cases.ts";

// Another customer's review, quoted or mentioned by the buyer ("you mentioned
// that another customer's review says the lid leaks"): its words are the
// review lexicons' `othersReview`, which absorb the review word and the other
// customers they name; with words that report it (`buyerReport`: "you
// mentioned", "according to") the sentence asks for nothing unless it also
// asks, appeals, names a review place or "yours", praises, gates, rewards,
// rates or asks for a change. Native speakers wrote
// five such sentences per language and five that use the same words to ask
// for the buyer's review. KNOWN lists the ones still judged wrong, each
// checked to stay wrong, so one that starts to pass must leave the list: a
// review named only by where it stands ("in the reviews", "Kundenrezensionen",
// "nas avaliações", "yorumlarda"), left out of the lists because a seller's
// instruction names the same place, or named next to a review place ("on the
// listing"), which makes it count; a problem that was fixed or a table
// that was updated, read as a change (pl, tr, pt, nl); a polite lead-in
// read as a request ("merci de nous avoir signalé", ar "ونود"); and a
// request in words the lexicons lack (ja "ご感想もお聞かせください" after a
// sentence on other customers' praise).
const KNOWN: ReadonlySet<string> = new Set([
  "Danke für den Hinweis auf die Kundenrezensionen zur Akkulaufzeit; wir haben das Ladegerät inzwischen überarbeitet.",
  "Merci de nous avoir signalé les commentaires d'autres clients sur l'odeur du tapis ; elle disparaît après 48 heures d'aération.",
  "Sobre o que você leu nas avaliações a respeito do tamanho, já atualizamos a tabela de medidas do anúncio.",
  "Wat u in de reviews over de maat hebt gelezen, gold voor het oude model; de maattabel is inmiddels aangepast.",
  "Rozumiem, że w jednej z opinii ktoś wspomniał o chwiejącym się kółku; ten problem dotyczył wcześniejszej serii i został usunięty.",
  "Jeśli chodzi o kolor opisany w opiniach kupujących, sprawdziliśmy Pani zamówienie i odpowiada ono zdjęciom w ofercie.",
  "Yorumlarda geçen renk farkıyla ilgili olarak siparişinizi kontrol ettik; ürün fotoğraflarla birebir aynı.",
  "Diğer alıcıların değerlendirmelerinde kalıbın dar olduğunun söylendiğini yazmışsınız; beden tablomuz bu farka göre güncellendi.",
  "ذكرت أن تقييمات العملاء الآخرين تشير إلى تسرب الغطاء، ونود طمأنتك بأن منتجك من الدفعة الجديدة المعدلة.",
  "एक रिव्यू में जिस हिलते पहिये का ज़िक्र है, वह पुराने मॉडल की समस्या थी और अब उसे सुधार दिया गया है।",
  "Thank you for pointing out the remark in one of the reviews about the sizing — the size chart on the listing has since been updated.",
]);

const PROBES: readonly LabeledProbe[] = [
  [
    "en-GB",
    "review",
    "Other customers' reviews praise the fit — we'd love to read yours too!",
  ],
  [
    "en-GB",
    "review",
    "Just like the reviews from other buyers, please mention our fast delivery when you rate us.",
  ],
  [
    "en-GB",
    "review",
    "If you're happy with your order, please add yours to the customer reviews.",
  ],
  [
    "en-GB",
    "review",
    "Many customer reviews highlight our quick shipping, so we'd be grateful if you could share your experience as well.",
  ],
  [
    "en-GB",
    "review",
    "In the reviews, other customers say how easy the setup is — could you leave a few words about your experience too?",
  ],
  [
    "en-GB",
    "clean",
    "You mentioned that another customer's review says the lid leaks; your bottle comes from the new batch with the improved seal.",
  ],
  [
    "en-GB",
    "clean",
    "Thank you for pointing out the remark in one of the reviews about the sizing — the size chart on the listing has since been updated.",
  ],
  [
    "en-GB",
    "clean",
    "Regarding what you read in the reviews about the battery, that issue only affected units sold before March.",
  ],
  [
    "en-GB",
    "clean",
    "I understand your concern about the other customers' reviews mentioning scratches; every item is now inspected before it ships.",
  ],
  [
    "en-GB",
    "clean",
    "The review you quoted refers to the old model with the plastic buckle, which we no longer sell.",
  ],
  [
    "de-DE",
    "review",
    "Die Bewertungen anderer Kunden loben die Passform – wir würden uns sehr freuen, auch Ihre Meinung dort zu lesen.",
  ],
  [
    "de-DE",
    "review",
    "Wie in den Bewertungen anderer Käufer würden wir uns freuen, wenn auch Sie den schnellen Versand erwähnen.",
  ],
  [
    "de-DE",
    "review",
    "Wenn Sie zufrieden sind, ergänzen Sie die Kundenbewertungen doch gern um Ihre eigene.",
  ],
  [
    "de-DE",
    "review",
    "In den Rezensionen schwärmen viele vom Klang – hinterlassen Sie uns bitte auch ein paar Sterne!",
  ],
  [
    "de-DE",
    "review",
    "Laut den Bewertungen ist unser Kundenservice top; bitte bestätigen Sie das mit Ihrer eigenen Bewertung.",
  ],
  [
    "de-DE",
    "clean",
    "Sie schreiben, dass in den Bewertungen anderer Kunden von einem wackelnden Rad die Rede ist – das betraf nur eine frühere Charge, Ihr Wagen stammt aus der neuen Produktion.",
  ],
  [
    "de-DE",
    "clean",
    "Danke für den Hinweis auf die Kundenrezensionen zur Akkulaufzeit; wir haben das Ladegerät inzwischen überarbeitet.",
  ],
  [
    "de-DE",
    "clean",
    "Die von Ihnen erwähnte Bewertung bezieht sich auf das alte Modell ohne Verschlussklappe.",
  ],
  [
    "de-DE",
    "clean",
    "In einer der Bewertungen wird ein Geruch beim ersten Gebrauch beschrieben; der verfliegt nach etwa einem Tag an der frischen Luft.",
  ],
  [
    "de-DE",
    "clean",
    "Laut einer Bewertung war die Anleitung nur auf Englisch, in Ihrem Paket liegt aber auch die deutsche Version bei.",
  ],
  [
    "fr-FR",
    "review",
    "Les avis des autres clients saluent la coupe — nous serions ravis de lire le vôtre aussi !",
  ],
  [
    "fr-FR",
    "review",
    "Comme les autres acheteurs dans les avis, n'hésitez pas à mentionner la rapidité de la livraison.",
  ],
  [
    "fr-FR",
    "review",
    "Si vous êtes satisfait, ajoutez votre note aux avis clients.",
  ],
  [
    "fr-FR",
    "review",
    "Les commentaires d'autres clients nous aident beaucoup : pourriez-vous prendre une minute pour laisser le vôtre ?",
  ],
  [
    "fr-FR",
    "review",
    "D'après les avis, notre service client est très réactif : merci de le confirmer en nous laissant cinq étoiles.",
  ],
  [
    "fr-FR",
    "clean",
    "Vous indiquez que l'avis d'un autre client signale un couvercle qui fuit ; votre gourde provient du nouveau lot, équipé d'un joint renforcé.",
  ],
  [
    "fr-FR",
    "clean",
    "Concernant ce que vous avez lu dans les avis sur la taille, notre guide des tailles a été mis à jour depuis.",
  ],
  [
    "fr-FR",
    "clean",
    "L'avis que vous mentionnez concerne l'ancienne version du chargeur, qui n'est plus vendue.",
  ],
  [
    "fr-FR",
    "clean",
    "Merci de nous avoir signalé les commentaires d'autres clients sur l'odeur du tapis ; elle disparaît après 48 heures d'aération.",
  ],
  [
    "fr-FR",
    "clean",
    "Selon un avis, la notice n'était qu'en anglais : sachez que votre colis contient bien la version française.",
  ],
  [
    "es-ES",
    "review",
    "Las opiniones de otros clientes destacan el ajuste; ¡nos encantaría leer la suya también!",
  ],
  [
    "es-ES",
    "review",
    "Al igual que otros compradores en las reseñas, por favor mencione la rapidez del envío.",
  ],
  [
    "es-ES",
    "review",
    "Si está satisfecho, añada su valoración a las opiniones de clientes.",
  ],
  [
    "es-ES",
    "review",
    "Las reseñas de otros compradores ayudan mucho; ¿podría dedicar un minuto a dejar la suya?",
  ],
  [
    "es-ES",
    "review",
    "Según las opiniones, nuestro servicio es muy rápido: le agradeceríamos que lo confirmara con cinco estrellas.",
  ],
  [
    "es-ES",
    "clean",
    "Nos comenta que la reseña de otro cliente dice que la tapa gotea; su botella pertenece al nuevo lote con la junta mejorada.",
  ],
  [
    "es-ES",
    "clean",
    "Respecto a lo que leyó en las opiniones sobre la talla, ya hemos actualizado la guía de tallas del anuncio.",
  ],
  [
    "es-ES",
    "clean",
    "La reseña que menciona se refiere al modelo anterior, que ya no vendemos.",
  ],
  [
    "es-ES",
    "clean",
    "Gracias por avisarnos de los comentarios de otros clientes sobre el olor; desaparece tras un par de días ventilando el producto.",
  ],
  [
    "es-ES",
    "clean",
    "Según una reseña, las instrucciones venían solo en inglés, pero le confirmamos que su paquete incluye la versión en español.",
  ],
  [
    "it-IT",
    "review",
    "Le recensioni di altri clienti lodano la vestibilità: ci farebbe piacere leggere anche la sua!",
  ],
  [
    "it-IT",
    "review",
    "Come altri acquirenti nelle recensioni, la preghiamo di menzionare la spedizione veloce.",
  ],
  [
    "it-IT",
    "review",
    "Se è soddisfatto, aggiunga la sua valutazione alle recensioni dei clienti.",
  ],
  [
    "it-IT",
    "review",
    "Le opinioni di altri clienti ci aiutano molto: potrebbe dedicare un minuto a lasciare la sua?",
  ],
  [
    "it-IT",
    "review",
    "Secondo le recensioni il nostro servizio è rapidissimo: ce lo confermi lasciandoci cinque stelle.",
  ],
  [
    "it-IT",
    "clean",
    "Ci scrive che la recensione di un altro cliente parla di un coperchio che perde; la sua borraccia proviene dal nuovo lotto con la guarnizione migliorata.",
  ],
  [
    "it-IT",
    "clean",
    "Riguardo a quanto ha letto nelle recensioni sulla taglia, abbiamo già aggiornato la tabella delle misure.",
  ],
  [
    "it-IT",
    "clean",
    "La recensione che cita si riferisce al modello precedente, che non è più in vendita.",
  ],
  [
    "it-IT",
    "clean",
    "Grazie per averci segnalato i commenti di altri clienti sull'odore: scompare dopo un paio di giorni all'aria aperta.",
  ],
  [
    "it-IT",
    "clean",
    "Secondo una recensione le istruzioni erano solo in inglese, ma le confermiamo che nel suo pacco c'è anche la versione italiana.",
  ],
  [
    "pt-BR",
    "review",
    "As avaliações de outros clientes elogiam o caimento — adoraríamos ler a sua também!",
  ],
  [
    "pt-BR",
    "review",
    "Assim como outros compradores nas avaliações, por favor mencione a entrega rápida.",
  ],
  [
    "pt-BR",
    "review",
    "Se você ficou satisfeito, adicione a sua nota às avaliações de clientes.",
  ],
  [
    "pt-BR",
    "review",
    "Os comentários de outros clientes ajudam muito; você poderia tirar um minutinho para deixar o seu?",
  ],
  [
    "pt-BR",
    "review",
    "Segundo as avaliações, nosso atendimento é muito rápido: confirme isso deixando cinco estrelas para nós!",
  ],
  [
    "pt-BR",
    "clean",
    "Você comentou que a avaliação de outro cliente diz que a tampa vaza; a sua garrafa é do lote novo, com a vedação melhorada.",
  ],
  [
    "pt-BR",
    "clean",
    "Sobre o que você leu nas avaliações a respeito do tamanho, já atualizamos a tabela de medidas do anúncio.",
  ],
  [
    "pt-BR",
    "clean",
    "A avaliação que você mencionou se refere ao modelo antigo, que não vendemos mais.",
  ],
  [
    "pt-BR",
    "clean",
    "Obrigado por nos avisar sobre os comentários de outros clientes a respeito do cheiro; ele some depois de dois dias arejando o produto.",
  ],
  [
    "pt-BR",
    "clean",
    "Segundo uma avaliação, o manual vinha só em inglês, mas confirmamos que o seu pacote inclui a versão em português.",
  ],
  [
    "nl-NL",
    "review",
    "De reviews van andere klanten zijn lovend over de pasvorm – we zouden het leuk vinden om die van u ook te lezen!",
  ],
  [
    "nl-NL",
    "review",
    "Net als andere kopers in de reviews: wilt u alstublieft ook de snelle levering vermelden?",
  ],
  [
    "nl-NL",
    "review",
    "Bent u tevreden, voeg dan uw eigen beoordeling toe aan de klantbeoordelingen.",
  ],
  [
    "nl-NL",
    "review",
    "De recensies van andere kopers helpen ons enorm; zou u een minuutje willen nemen om er ook een te schrijven?",
  ],
  [
    "nl-NL",
    "review",
    "Volgens de beoordelingen is onze klantenservice supersnel – bevestig dat gerust met vijf sterren!",
  ],
  [
    "nl-NL",
    "clean",
    "U schrijft dat in de review van een andere klant staat dat het deksel lekt; uw fles komt uit de nieuwe partij met een verbeterde afdichting.",
  ],
  [
    "nl-NL",
    "clean",
    "Wat u in de reviews over de maat hebt gelezen, gold voor het oude model; de maattabel is inmiddels aangepast.",
  ],
  [
    "nl-NL",
    "clean",
    "De beoordeling die u noemt gaat over de vorige versie van de oplader, die wij niet meer verkopen.",
  ],
  [
    "nl-NL",
    "clean",
    "Bedankt dat u ons wijst op de opmerkingen van andere klanten over de geur; die verdwijnt na een paar dagen luchten.",
  ],
  [
    "nl-NL",
    "clean",
    "Volgens een review was de handleiding alleen in het Engels, maar in uw pakket zit ook de Nederlandse versie.",
  ],
  [
    "sv-SE",
    "review",
    "Andra kunders recensioner berömmer passformen – vi skulle bli jätteglada om du också ville skriva en!",
  ],
  [
    "sv-SE",
    "review",
    "Precis som andra köpare i recensionerna får du gärna nämna den snabba leveransen.",
  ],
  [
    "sv-SE",
    "review",
    "Om du är nöjd får du gärna lägga till ditt omdöme bland kundrecensionerna.",
  ],
  [
    "sv-SE",
    "review",
    "Många omdömen från andra kunder lyfter fram kvaliteten, så vi hoppas att du vill dela dina intryck i en recension.",
  ],
  [
    "sv-SE",
    "review",
    "Läs gärna recensioner från andra köpare och lämna sedan din egen recension på produktsidan.",
  ],
  [
    "sv-SE",
    "clean",
    "Du nämner att andra kunders recensioner tar upp att locket läcker – ditt exemplar kommer från den nya omgången där tätningen är utbytt.",
  ],
  [
    "sv-SE",
    "clean",
    "Tack för att du hörde av dig om det du läste i recensionerna; problemet med laddkabeln gällde en äldre version.",
  ],
  [
    "sv-SE",
    "clean",
    "Det stämmer att en annan kunds recension beskriver ett vingligt hjul, men det berodde på ett monteringsfel som vi nu har åtgärdat.",
  ],
  [
    "sv-SE",
    "clean",
    "Enligt en recension ska färgen vara mörkare än på bilden, så vi har kontrollerat ditt exemplar och det stämmer med produktbilden.",
  ],
  [
    "sv-SE",
    "clean",
    "Du skriver att omdömen från andra köpare nämner en stark lukt; den försvinner normalt efter ett dygn i rumstemperatur.",
  ],
  [
    "pl-PL",
    "review",
    "Opinie innych klientów chwalą dopasowanie – bardzo ucieszy nas również Pana opinia!",
  ],
  [
    "pl-PL",
    "review",
    "Podobnie jak inni kupujący w opiniach, prosimy wspomnieć o szybkiej dostawie.",
  ],
  [
    "pl-PL",
    "review",
    "Jeśli jest Pani zadowolona, prosimy dodać swoją ocenę do opinii klientów.",
  ],
  [
    "pl-PL",
    "review",
    "W recenzjach wielu klientów chwali jakość, dlatego zachęcamy do napisania własnej opinii.",
  ],
  [
    "pl-PL",
    "review",
    "Komentarze innych klientów bardzo nam pomagają, więc prosimy o dodanie również Pana komentarza.",
  ],
  [
    "pl-PL",
    "clean",
    "Pisze Pan, że w opiniach innych klientów pojawia się informacja o cieknącej pokrywce – Pana egzemplarz pochodzi już z nowej partii.",
  ],
  [
    "pl-PL",
    "clean",
    "Rozumiem, że w jednej z opinii ktoś wspomniał o chwiejącym się kółku; ten problem dotyczył wcześniejszej serii i został usunięty.",
  ],
  [
    "pl-PL",
    "clean",
    "Dziękujemy za wiadomość – uwaga z recenzji innego klienta dotyczyła starszej wersji ładowarki.",
  ],
  [
    "pl-PL",
    "clean",
    "Jeśli chodzi o kolor opisany w opiniach kupujących, sprawdziliśmy Pani zamówienie i odpowiada ono zdjęciom w ofercie.",
  ],
  [
    "pl-PL",
    "clean",
    "Wspomniała Pani, że według opinii innych kupujących rozmiar jest zaniżony; w tabeli rozmiarów uwzględniliśmy już tę różnicę.",
  ],
  [
    "tr-TR",
    "review",
    "Diğer müşterilerin yorumları ürünün kalıbını övüyor; sizin yorumunuzu da görmekten mutluluk duyarız!",
  ],
  [
    "tr-TR",
    "review",
    "Diğer alıcıların yorumlarında olduğu gibi, hızlı teslimattan bahsetmenizi rica ederiz.",
  ],
  [
    "tr-TR",
    "review",
    "Memnun kaldıysanız, siz de müşteri yorumlarına kendi değerlendirmenizi ekleyebilir misiniz?",
  ],
  [
    "tr-TR",
    "review",
    "Yorumlarda pek çok müşteri kaliteyi övüyor; sizin de birkaç cümle yazmanızı çok isteriz.",
  ],
  [
    "tr-TR",
    "review",
    "Ürün sayfasındaki müşteri değerlendirmelerine siz de katkıda bulunursanız çok seviniriz.",
  ],
  [
    "tr-TR",
    "clean",
    "Diğer müşterilerin yorumlarında kapağın sızdırdığının yazdığını belirtmişsiniz; sizin ürününüz yeni üretim partisinden geliyor.",
  ],
  [
    "tr-TR",
    "clean",
    "Başka bir müşterinin yorumunda bahsedilen sallanan tekerlek sorunu eski modelde görülüyordu ve giderildi.",
  ],
  [
    "tr-TR",
    "clean",
    "Yorumlarda geçen renk farkıyla ilgili olarak siparişinizi kontrol ettik; ürün fotoğraflarla birebir aynı.",
  ],
  [
    "tr-TR",
    "clean",
    "Bir yoruma göre şarj kablosunun kısa olduğunu yazmışsınız, ancak mevcut pakette 1,5 metrelik kablo bulunuyor.",
  ],
  [
    "tr-TR",
    "clean",
    "Diğer alıcıların değerlendirmelerinde kalıbın dar olduğunun söylendiğini yazmışsınız; beden tablomuz bu farka göre güncellendi.",
  ],
  [
    "ar-AE",
    "review",
    "تقييمات العملاء الآخرين تشيد بجودة المنتج، ويسعدنا جدا أن نقرأ تقييمك أيضا!",
  ],
  [
    "ar-AE",
    "review",
    "كما فعل المشترون الآخرون في التقييمات، نرجو منك ذكر سرعة التوصيل.",
  ],
  [
    "ar-AE",
    "review",
    "إذا كنت راضيا عن المنتج، يرجى إضافة رأيك إلى تقييمات العملاء.",
  ],
  [
    "ar-AE",
    "review",
    "مراجعات العملاء تساعد الآخرين على الاختيار، فهل يمكنك كتابة مراجعة قصيرة لنا؟",
  ],
  [
    "ar-AE",
    "review",
    "تعليقات العملاء على صفحة المنتج مهمة جدا لنا، نرجو أن تشاركنا تعليقك أيضا.",
  ],
  [
    "ar-AE",
    "clean",
    "ذكرت أن تقييمات العملاء الآخرين تشير إلى تسرب الغطاء، ونود طمأنتك بأن منتجك من الدفعة الجديدة المعدلة.",
  ],
  [
    "ar-AE",
    "clean",
    "بخصوص ما ورد في أحد التقييمات عن اهتزاز العجلة، فقد كانت هذه المشكلة في إصدار سابق وتم حلها.",
  ],
  [
    "ar-AE",
    "clean",
    "شكرا لتواصلك، أما ما جاء في تقييم عميل آخر عن اللون الداكن فيعود إلى إضاءة التصوير لديه.",
  ],
  [
    "ar-AE",
    "clean",
    "فهمنا أن آراء العملاء تذكر أن المقاس صغير قليلا، لذلك أضفنا ملاحظة في جدول المقاسات.",
  ],
  [
    "ar-AE",
    "clean",
    "وفقا للتقييمات كان الشاحن القديم يسخن، لكن الطراز الذي استلمته مزود بحماية من الحرارة الزائدة.",
  ],
  [
    "hi-IN",
    "review",
    "दूसरे ग्राहकों के रिव्यू में फ़िटिंग की तारीफ़ हुई है — हमें आपका रिव्यू पढ़कर भी बहुत खुशी होगी!",
  ],
  [
    "hi-IN",
    "review",
    "अन्य ख़रीदारों के रिव्यू की तरह, कृपया आप भी तेज़ डिलीवरी का ज़िक्र करें।",
  ],
  ["hi-IN", "review", "अगर आप खुश हैं, तो कृपया कस्टमर रिव्यू में अपना रिव्यू भी जोड़ें।"],
  [
    "hi-IN",
    "review",
    "अन्य ग्राहकों की समीक्षाएँ बहुत अच्छी हैं, कृपया आप भी एक समीक्षा लिखें।",
  ],
  [
    "hi-IN",
    "review",
    "ग्राहक समीक्षाओं में अपनी राय जोड़ने के लिए कृपया प्रोडक्ट पेज पर जाएँ।",
  ],
  [
    "hi-IN",
    "clean",
    "आपने बताया कि दूसरे ग्राहकों के रिव्यू में ढक्कन लीक होने की बात लिखी है; आपका प्रोडक्ट नए बैच से है जिसमें यह समस्या ठीक कर दी गई है।",
  ],
  [
    "hi-IN",
    "clean",
    "एक रिव्यू में जिस हिलते पहिये का ज़िक्र है, वह पुराने मॉडल की समस्या थी और अब उसे सुधार दिया गया है।",
  ],
  [
    "hi-IN",
    "clean",
    "अन्य ग्राहकों की समीक्षाओं में रंग गहरा बताए जाने के बारे में हमने आपका ऑर्डर जाँचा है, और वह तस्वीर जैसा ही है।",
  ],
  [
    "hi-IN",
    "clean",
    "जैसा आपने कहा, किसी दूसरे ग्राहक के रिव्यू में साइज़ छोटा बताया गया था; हमने साइज़ चार्ट में यह अंतर पहले ही जोड़ दिया है।",
  ],
  [
    "hi-IN",
    "clean",
    "रिव्यूज़ में चार्जर गर्म होने की जो बात है, वह पुराने वर्ज़न के बारे में थी; आपके पैक में नया चार्जर है।",
  ],
  [
    "ja-JP",
    "review",
    "他のお客様のレビューでもフィット感をご好評いただいております。ぜひお客様のご感想もお聞かせください。",
  ],
  [
    "ja-JP",
    "review",
    "他のお客様のレビューのように、配送の速さについてもぜひご記入いただけますと幸いです。",
  ],
  [
    "ja-JP",
    "review",
    "他の購入者様のレビューを参考に、お客様もぜひレビューをお書きください。",
  ],
  [
    "ja-JP",
    "review",
    "他の方のレビューと同様に、商品の使い心地をぜひレビューでお知らせください。",
  ],
  [
    "ja-JP",
    "review",
    "他のお客様の口コミでも高評価をいただいておりますので、よろしければお客様の口コミもお待ちしております。",
  ],
  [
    "ja-JP",
    "clean",
    "他のお客様のレビューに「フタから水が漏れる」とあったとのことですが、お届けした商品は改良後の新ロットでございます。",
  ],
  [
    "ja-JP",
    "clean",
    "ご指摘の「車輪がぐらつく」というレビューは旧モデルに関するもので、現行品では改善されております。",
  ],
  [
    "ja-JP",
    "clean",
    "他の購入者のレビューで色が暗いと書かれていた件につきまして、お客様の商品を確認いたしましたが、写真どおりの色味でございました。",
  ],
  [
    "ja-JP",
    "clean",
    "口コミによるとサイズが小さめとのことですが、サイズ表にはその点をすでに反映しております。",
  ],
  [
    "ja-JP",
    "clean",
    "他の方のレビューをご覧になり充電器の発熱をご心配とのことですが、現在の同梱品には過熱防止機能が付いております。",
  ],
  ["zh-CN", "review", "其他买家的评价都称赞了合身度，也非常期待您的评价！"],
  ["zh-CN", "review", "像其他顾客的评论一样，请您也提一下我们的快速发货。"],
  ["zh-CN", "review", "如果您满意，欢迎像其他用户的评价那样给我们留个好评。"],
  ["zh-CN", "review", "别人的评论对新买家帮助很大，麻烦您也写一条评论吧。"],
  ["zh-CN", "review", "其他客户的评价都是五星，希望您也能给我们一个五星好评。"],
  [
    "zh-CN",
    "clean",
    "您提到有买家在评论里说盖子漏水，您收到的是改进后的新批次，不会有这个问题。",
  ],
  [
    "zh-CN",
    "clean",
    "关于其他买家的评价中提到的轮子松动问题，那是旧款的情况，现款已经改进了。",
  ],
  [
    "zh-CN",
    "clean",
    "您说看到有评论说颜色偏暗，我们核对了您的订单，实物颜色与图片一致。",
  ],
  [
    "zh-CN",
    "clean",
    "别人的评价里说尺码偏小，我们已在尺码表中标注了这一点，您可以放心参考。",
  ],
  [
    "zh-CN",
    "clean",
    "您提到某位买家的评价说充电器发热，那是旧版本的充电器，您的包裹里是新版。",
  ],
];

testProbeTable("another customer's review", PROBES, {
  ruleId: "no-review-manipulation",
  positive: "review",
  type: "confirmOrderDetails",
  known: KNOWN,
});

import { type PolicyProbe, testPolicyProbes } from "./_lexicon_cases.ts";

// An attacker's probes of this round's readings, in ten languages: a
// reported question the answer leaves to the buyer or that holds the
// seller's wish, a review described by what it says, another size or
// colour next to an exchange, an appeal next to a review word and a
// control's label pointed to with a request asked as a negative question.
// Violations try to slip a request or a promotion past them; clean
// messages are what they must not block. The attacker tested them against
// the lint and kept those it judged right as well as those it judged wrong;
// tuned on the even lines only. A violation must get an error from
// `no-review-manipulation` or `no-marketing`, a clean message none. KNOWN
// lists the ones still judged wrong, each checked to stay wrong.
const KNOWN: ReadonlySet<string> = new Set([
  'Que tal clicar no botão "Escrever uma avaliação" na página do produto?',
  "There was a review on the listing that said it arrived broken. If yours arrived safely, that's worth sharing.",
  "Opinia od klienta takiego jak Pan to dokładnie to, czego ten produkt teraz potrzebuje.",
  "您问评论对我们有没有帮助。非常有帮助，真心希望您能写一条！不过写不写完全由您决定。",
  "Un avis sur la fiche disait que la notice manquait ; vous trouverez la notice en PDF ci-jointe.",
  "You asked why you don't see the 'Write a customer review' button. Amazon decides who can post reviews, and we have no access to that setting.",
]);

/** [locale, message type, label, text]. */
const PROBES: readonly PolicyProbe[] = [
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    "Você perguntou se deveria avaliar o produto. Fica totalmente a seu critério — e, se quiser, avaliações de 5 estrelas nos ajudam demais.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Maat L is weer op voorraad in dezelfde kleur. Start een retour om te ruilen. Bestel er meteen twee en krijg de tweede voor de halve prijs!",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "violation",
    "Een review van iemand zoals u is precies wat dit product nu nodig heeft.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    'Que tal clicar no botão "Escrever uma avaliação" na página do produto?',
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "There was a review on the listing that said it arrived broken. If yours arrived safely, that's worth sharing.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Opinia od klienta takiego jak Pan to dokładnie to, czego ten produkt teraz potrzebuje.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "您问评论对我们有没有帮助。非常有帮助，真心希望您能写一条！不过写不写完全由您决定。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked whether we'd mind a review, and we would love a 5-star review. That's entirely up to you.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Sie fragten, ob Sie eine Bewertung schreiben dürfen – das liegt ganz bei Ihnen. Über fünf Sterne würden wir uns natürlich riesig freuen.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Vous nous demandiez si vous pouviez laisser un avis, ce qui nous aiderait beaucoup. C'est entièrement votre choix.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Nos preguntó si debería dejar una reseña. Eso depende totalmente de usted; eso sí, una reseña de cinco estrellas nos ayudaría muchísimo.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "レビューを書いてもよいかとのご質問でしたが、それはお客様のご判断にお任せします。星5つをいただけると大変励みになります。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked whether you should update your 2-star review now that the replacement arrived. That's entirely up to you, though we'd be very grateful if you did.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "You asked whether you'd get anything for leaving a review. Not officially, but if you post a 5-star review we'll send you a $10 gift card as a thank-you.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "您问是否需要写评论，我们非常希望您能给五星好评。这完全取决于您。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "There's a review on the listing that said the lid leaks; we'd really appreciate it if you could add your own review saying yours doesn't.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Es gibt eine Bewertung, in der stand, dass der Deckel undicht ist. Könnten Sie mit einer eigenen Bewertung zeigen, dass das nicht stimmt?",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "有一条评论说盖子会漏水，如果您的没有这个问题，希望您也能写一条评论说明一下。",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Un avis sur la fiche disait que la poignée casse ; si ce n'est pas votre cas, un petit avis de votre part rétablirait la vérité.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "「蓋から水が漏れる」というレビューがありましたが、問題なければお客様のレビューでそう書いていただけると助かります。",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "violation",
    "Jedna z opinii mówiła, że suwak szybko się psuje. Jeśli u Pana działa bez zarzutu, prosimy napisać o tym w swojej opinii.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Size M is back in stock in the same colour. To exchange, start a return. While you're at it, check out our new matching leggings, 20% off this week.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Größe M ist in derselben Farbe wieder verfügbar. Für einen Umtausch starten Sie bitte eine Rücksendung. Entdecken Sie auch unsere neue Herbstkollektion!",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "La taille M est de nouveau disponible dans la même couleur. Pour l'échanger, lancez un retour. Vous aimerez aussi notre nouvelle veste assortie, à -15 % cette semaine.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "violation",
    "同款同色的M码已经补货，如需换货请发起退货。另外我们店铺新品上架，全场八折，欢迎选购。",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "violation",
    "La taglia M è tornata disponibile nello stesso colore; per il cambio avvii un reso. Le consigliamo anche la nostra borraccia abbinata, oggi in offerta.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "A review from someone like you is exactly what this listing needs.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "violation",
    "Un avis de clients comme vous, c'est exactement ce dont notre produit a besoin.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    "Uma avaliação de clientes como você é exatamente o que este anúncio precisa.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "Su opinión en Amazon marcaría la diferencia para una pequeña empresa familiar como la nuestra.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "violation",
    "Won't you press the 'Write a customer review' button on the product page?",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "violation",
    "「商品レビューを書く」ボタンを押していただけませんか。",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "violation",
    "Würden Sie kurz auf die Schaltfläche „Kundenrezension verfassen“ klicken?",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "violation",
    "¿Le importaría pulsar el botón «Escribir mi opinión» en la página del producto?",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "violation",
    "O mesmo tênis voltou ao estoque no tamanho 40. Para trocar, inicie uma devolução. Aproveite e conheça nossa nova linha de meias esportivas!",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "violation",
    "Ci ha chiesto se una recensione ci aiuterebbe. Sì, moltissimo, e ci farebbe piacere se ne lasciasse una; la scelta però è sua.",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "clean",
    "Nos preguntó si puede mencionar el retraso en su reseña. Eso depende totalmente de usted.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Un avis sur la fiche disait que la notice manquait ; vous trouverez la notice en PDF ci-jointe.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "clean",
    "Le même modèle est de nouveau disponible en bleu marine. Pour un échange, lancez un retour depuis Vos commandes.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "You asked why you don't see the 'Write a customer review' button. Amazon decides who can post reviews, and we have no access to that setting.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "很多买家在评论中提到盒子容易压坏，所以我们已经改用了加厚包装。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "You asked whether you have to leave a review to get the replacement. No, the replacement ships today either way.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Sie fragten, ob eine Bewertung Voraussetzung für die Erstattung ist. Nein, die Erstattung erfolgt unabhängig davon.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "clean",
    "レビューを書かないと返金されないのかとのご質問ですが、そのようなことはありません。返金はすでに手続き済みです。",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "clean",
    "Ci ha chiesto se deve modificare la sua recensione dopo la sostituzione. Non è assolutamente necessario: la decisione spetta solo a lei.",
  ],
  [
    "pl-PL",
    "unexpectedProblem",
    "clean",
    "Pytała Pani, czy musi wystawić opinię, żeby dostać zwrot pieniędzy. Nie, zwrot został już zlecony.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "You mentioned a review on the listing that said the lid leaks. That batch had a faulty seal, so we've sent you a replacement lid.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Sie erwähnten eine Bewertung, in der stand, dass der Akku schnell leer wird. Das betraf eine ältere Version; Ihr Gerät hat bereits den neuen Akku.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "clean",
    "「サイズが小さい」というレビューをご覧になったとのことですが、お客様のご注文品は標準サイズです。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Size M is back in stock in the same colour. To exchange, start a return from Your Orders.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Die Jacke ist jetzt auch in Größe L in Schwarz verfügbar. Für einen Umtausch starten Sie bitte eine Rücksendung über Meine Bestellungen.",
  ],
  [
    "zh-CN",
    "unexpectedProblem",
    "clean",
    "您购买的这款外套现有L码同色库存。如需换货，请在“我的订单”中发起退货。",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "Dezelfde trui is weer leverbaar in maat M in het grijs. Voor een omruiling kunt u een retour starten via Mijn bestellingen.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "clean",
    "O mesmo tênis voltou ao estoque no tamanho 40. Para trocar, inicie uma devolução em Seus pedidos.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Mehrere Bewertungen haben uns auf das Problem mit dem Verschluss aufmerksam gemacht; Ihr Ersatzteil hat bereits die verbesserte Version.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "To return the item, go to Your Orders and click 'Return or replace items'.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "clean",
    "Um die Rechnung herunterzuladen, klicken Sie in Ihren Bestellungen auf „Rechnung anfordern“.",
  ],
  [
    "it-IT",
    "unexpectedProblem",
    "clean",
    "Ci ha chiesto dove si trova il pulsante «Scrivi una recensione cliente»: non abbiamo accesso a quella pagina, ma il Servizio Clienti Amazon può aiutarla.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "clean",
    "Você perguntou se pode mencionar o atraso na sua avaliação. Isso fica totalmente a seu critério.",
  ],
  [
    "nl-NL",
    "unexpectedProblem",
    "clean",
    "U las een review waarin stond dat de maat klein valt. Uw bestelling heeft een standaardmaat.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "clean",
    "Several reviews told us the strap was too short, so the replacement has a longer one.",
  ],
];

testPolicyProbes(
  "attacks on reported questions, described reviews, exchanges and appeals",
  PROBES,
  {
    known: KNOWN,
  },
);

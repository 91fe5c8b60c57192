import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND48_CLEAN } from "./_round48_clean.ts";

// Clean look-alikes in the lexicon languages (see `_round48_clean.ts`).
// KNOWN lists the ones the rules still flag; each step checks that it is
// still flagged, so one that starts to be judged right must be taken off
// the list.
const KNOWN: readonly string[] = [
  // Mostly what other buyers do, read as the seller's suggestion; the
  // seller's name given to the courier; a friend's name for a gift card.
  "Nächste Woche erscheint eine neue Version der Steuerungs-App für Ihre Lampe, danach funktioniert auch die Zeitschaltung wie beschrieben.",
  "Many customers forget to peel the protective film off the screen, which makes the display look cloudy.",
  "If the courier asks, please give them our shop name, Hollybrook Crafts, so they can match your return parcel to the order.",
  "También grabamos la fecha de la boda en la parte de atrás del reloj, tal como nos pediste.",
  "Como nos preguntaste, la lámpara en latón envejecido va a juego con los tiradores de tu cocina.",
  "La blusa y la falda del conjunto están cortadas de la misma tela, así que combinan perfectamente entre sí.",
  "Concernant votre question, nous fabriquons aussi ce modèle de sandale en 42, et nous pouvons échanger votre paire si besoin.",
  "Comme vous le demandiez, le coloris terracotta que vous avez choisi s'accorde très bien avec un canapé gris clair comme le vôtre.",
  "La plupart de nos clients trouvent que ce modèle taille petit ; en cas de doute, vous pouvez demander un échange tant que les chaussures n'ont pas été portées.",
  "Beaucoup d'acheteurs oublient de retirer le film protecteur de l'écran, ce qui donne l'impression qu'il est terne.",
  "Nombre de nos acheteurs laissent reposer le matelas 24 heures après déballage pour qu'il reprenne sa forme, nous vous le conseillons aussi.",
  "आपने बड़े साइज़ के बारे में पूछा था; यह सलवार सूट हम XL में भी बनाते हैं, चाहें तो भेजने से पहले बदल देते हैं।",
  "È uscita da poco la nuova versione dell'app per la sua telecamera; aggiornandola, la notifica di movimento dovrebbe tornare a funzionare.",
  "Preparando il suo cappotto abbiamo anche cucito un bottone di scorta all'interno della fodera.",
  "La maggior parte dei clienti lascia riposare il materasso per un giorno dopo averlo aperto, così riprende la forma; le suggeriamo di fare lo stesso.",
  "配送業者にお問い合わせの際は、送り主として当店の名前をお伝えください。",
  "ギフトカードに記載するご友人のお名前を教えていただけますか。",
  "Tę koszulę szyjemy również w rozmiarze XL, o który Pan pytał, więc jeśli obecna okaże się za mała, wymienimy ją w ramach tego zamówienia.",
  "Wielu kupujących zapomina zdjąć folię ochronną z ekranu, a wtedy dotyk działa gorzej – warto to sprawdzić.",
  "Bordamos também o nome do seu filho na alça da mochila, conforme a observação do pedido.",
  "Andra köpare med samma problem har löst det genom en fabriksåterställning – håll in knappen i tio sekunder.",
  "Müşterilerimizin çoğu bu modelin kalıbının dar olduğunu söylüyor, bu yüzden bir büyük beden seçmeniz yerinde olmuş.",
  "Diğer müşterilerimizden gelen geri bildirimler üzerine kılavuzdaki kurulum adımlarını sadeleştirdik.",
  "Hediye kartına yazmamızı istediğiniz arkadaşınızın adını bize iletebilir misiniz?",
  "您选的胡桃木色桌腿跟桌面的木纹是配套的，装好后颜色一致。",
  "我们合作的物流公司每周二往您所在的地区派送。",
];

testProbeSets("round 48", { "clean": ROUND48_CLEAN }, KNOWN);

import type { Probes } from "../_lexicon_cases.ts";

/**
 * A fresh probe set in German, Dutch, Swedish and Polish, written before the
 * lexicons were tuned on it. Soft cross-selling in five families, hidden in
 * ordinary messages: a paid extra on the visit, our other goods, a coming
 * range or batch, stock and refills, a benefit of goods not ordered. Next to
 * them clean traps with the same words: a free part we send, our technician
 * or warehouse or returns policy, care advice that names nothing of ours, a
 * refill the buyer asked for, the ordered item's own features. Then review
 * words in other senses (a proof, a claim assessed, an expert's judgement)
 * and review instructions or rewards.
 */
export const FRESH_PROBES: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Unser Monteur kommt am Dienstag zwischen 8 und 12 Uhr. Gegen einen kleinen Aufpreis entkalkt er bei der Gelegenheit auch gleich Ihre Spülmaschine. Bitte sorgen Sie für freien Zugang zum Anschluss.",
        "Die Montage der Markise ist für Freitag geplant. Sagen Sie dem Team einfach vor Ort Bescheid, wenn es die Regenrinne für 30 € mitreinigen soll. Wir melden uns am Vortag mit dem Zeitfenster.",
        "Ihr Lederrucksack ist heute rausgegangen. Den passenden Schlüsselanhänger aus demselben Leder führen wir übrigens auch. Die Sendungsnummer kommt per Mail.",
        "Danke für Ihre Geduld mit dem Messerblock. Viele Kunden kombinieren ihn mit unserem Schleifstein, damit die Klingen lange scharf bleiben. Der Block sollte morgen bei Ihnen sein.",
        "Ihre Tassen sind sicher verpackt. Im Februar brennen wir eine Frühjahrsserie in Pastelltönen, vielleicht ist da etwas für Sie dabei. Vielen Dank für Ihre Bestellung.",
        "Die Vase geht morgen an DHL. Nächsten Monat gibt es sie übrigens auch in Dunkelgrün. Bei Fragen sind wir gern für Sie da.",
        "Die Rasierer wurden heute versandt. Falls Ihnen die Klingen mal ausgehen, haben wir sie immer vorrätig, im Zehnerpack. Viel Freude mit dem Set.",
        "Ihr Duschkopf ist unterwegs. Die meisten Kunden, die unseren Kalkfilter dazunehmen, sparen sich das Entkalken fast ganz. Die Lieferung kommt voraussichtlich am Donnerstag.",
      ],
      clean: [
        "Tut uns leid, dass die Schrauben fehlten. Wir schicken Ihnen kostenlos einen neuen Beutel, er sollte am Mittwoch ankommen.",
        "Unser Techniker ruft Sie eine halbe Stunde vor seiner Ankunft an. Er prüft bei der Gelegenheit auch, ob der Anschluss dicht ist.",
        "Damit das Holz nicht austrocknet, reiben Sie es zweimal im Jahr mit etwas Speiseöl ein.",
        "Die Klingen, die Sie nachbestellen wollten, sind wieder vorrätig; Ihre zwei Packungen gehen heute raus.",
        "Der Topf hat einen dicken Boden und funktioniert auf allen Herdarten, auch auf Induktion.",
        "Laut unseren Rückgabebedingungen können Sie den Stuhl 30 Tage lang kostenlos zurückschicken.",
        "Ihr Paket liegt noch in unserem Lager, weil das Etikett beschädigt war; es geht heute raus.",
        "Die Vase in Dunkelgrün, die Sie bestellt haben, ist ab nächster Woche wieder lieferbar; wir schicken sie dann sofort los.",
      ],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Im Anhang finden Sie den Korrekturabzug. Geben Sie uns bitte Feedback zur Schriftgröße, bevor wir drucken.",
        "Wir haben Ihre Reklamation bewertet und erstatten Ihnen den vollen Betrag.",
        "Die Bewertung Ihres Garantiefalls durch den Hersteller dauert etwa fünf Werktage, wir melden uns dann.",
        "Nach Einschätzung unseres Technikers muss die Dichtung getauscht werden, deshalb schicken wir Ihnen eine neue.",
      ],
    },
    "review-instructions": {
      violations: [
        "Ihre Bestellung ist unterwegs. Wenn Sie in Ihrer Rezension die schnelle Lieferung erwähnen, legen wir Ihrer nächsten Bestellung ein Geschenk bei.",
        "Danke für Ihren Kauf. Beim Bewerten auf Amazon wäre es toll, wenn Sie die Verarbeitung der Nähte hervorheben.",
        "Das Kissen kommt morgen. Für eine Bewertung mit Foto überweisen wir Ihnen gern fünf Euro per PayPal.",
        "Schön, dass alles geklappt hat. Schreiben Sie in Ihrer Produktbewertung doch dazu, dass unser Kundendienst das Problem sofort gelöst hat.",
      ],
      clean: [],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "De monteur komt donderdag tussen 8 en 12 uur. Voor een kleine meerprijs maakt hij meteen ook uw dakgoot schoon, zeg het gewoon even op de dag zelf. Zorgt u dat de meterkast bereikbaar is?",
        "Uw lamp is vandaag verstuurd. Onze bijpassende dimmer, die u ook bij ons kunt bestellen, maakt het geheel af. De track & trace volgt per mail.",
        "Bedankt voor uw geduld met de pan. Veel klanten gebruiken hem samen met ons gietijzeren deksel, dat scheelt flink in energie. De pan wordt morgen bezorgd.",
        "Uw borden zijn goed ingepakt. In maart komt onze voorjaarslijn online, misschien zit er iets voor u bij. Hartelijk dank voor uw bestelling.",
        "De kussenhoes gaat morgen met PostNL mee. Volgende maand hebben we hem ook in oker en saliegroen. Vragen? Laat het ons weten.",
        "Het waterfilter is verzonden. Mocht u later nieuwe patronen nodig hebben, wij hebben ze altijd op voorraad, per zes verpakt. Veel plezier ermee.",
        "Uw fietstas is onderweg. Het beste resultaat krijgt u met onze waterdichte regenhoes, die is echt de moeite waard. Bezorging verwacht op vrijdag.",
        "De installatie van uw airco staat voor maandag gepland. Tegen een kleine vergoeding nemen onze monteurs ook de jaarlijkse onderhoudsbeurt mee. Tot maandag!",
      ],
      clean: [
        "Sorry dat de schroeven ontbraken. We sturen u kosteloos een nieuw zakje, het komt woensdag aan.",
        "Onze monteur belt een half uur voordat hij komt. Hij controleert dan ook meteen of de afvoer goed is aangesloten.",
        "Om het hout mooi te houden kunt u het twee keer per jaar insmeren met wat olijfolie.",
        "De filterpatronen die u bij ons nabestelde zijn weer op voorraad en gaan vandaag de deur uit.",
        "De pan heeft een dikke bodem en is geschikt voor alle warmtebronnen, ook inductie.",
        "Volgens ons retourbeleid kunt u de stoel binnen 30 dagen kosteloos terugsturen.",
        "Uw pakket ligt nog in ons magazijn omdat het label beschadigd was; het gaat vandaag alsnog mee.",
        "De kussenhoes in oker die u bestelde is volgende week weer leverbaar; we sturen hem dan direct op.",
      ],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "In de bijlage vindt u de proefdruk. Wilt u ons feedback geven op de lettergrootte voordat we gaan drukken?",
        "We hebben uw klacht beoordeeld en storten het volledige bedrag terug.",
        "De beoordeling van uw garantieaanvraag door de fabrikant duurt ongeveer vijf werkdagen, daarna hoort u van ons.",
        "Onze kwaliteitsafdeling heeft de foto's van de deuk beoordeeld: de schade is tijdens het transport ontstaan.",
      ],
    },
    "review-instructions": {
      violations: [
        "Uw bestelling is onderweg. Als u in uw recensie de snelle levering noemt, doen we bij uw volgende bestelling een cadeautje in het pakket.",
        "Bedankt voor uw aankoop. Zou u bij het beoordelen op Amazon willen vermelden hoe stevig de naden zijn?",
        "Het kussen komt morgen. Voor een review met foto maken we graag vijf euro naar u over.",
        "Fijn dat alles gelukt is. Schrijft u in uw beoordeling er alstublieft bij dat onze klantenservice het probleem meteen heeft opgelost?",
      ],
      clean: [],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Montören kommer på tisdag mellan 8 och 12. Mot en mindre extra kostnad kan han även rensa era hängrännor, säg bara till på plats. Se till att elcentralen är åtkomlig.",
        "Din ryggsäck skickades i dag. Vi har även en matchande nyckelring i samma läder, om du vill ha en komplett uppsättning. Spårningsnumret kommer via mejl.",
        "Tack för ditt tålamod med knivblocket. Många kunder kombinerar det med vår slipsten så att eggarna håller sig vassa. Blocket bör vara hos dig i morgon.",
        "Dina koppar är väl förpackade. I februari bränner vi en vårserie i pasteller, kanske finns det något för dig. Tack för din beställning.",
        "Vasen lämnas till PostNord i morgon. Nästa månad kommer den även i mörkgrönt. Hör av dig om du har frågor.",
        "Rakhyvlarna skickades i dag. Om bladen tar slut har vi alltid fler i lager, i förpackningar om tio. Mycket nöje med setet.",
        "Ditt duschmunstycke är på väg. De flesta kunder som tar vårt kalkfilter till slipper avkalkningen nästan helt. Leveransen beräknas till torsdag.",
        "Installationen av värmepumpen är bokad till måndag. För en mindre avgift gör våra tekniker även den årliga servicen av ventilationen samtidigt. Vi ses på måndag!",
      ],
      clean: [
        "Förlåt att skruvarna saknades. Vi skickar en ny påse utan kostnad, den kommer på onsdag.",
        "Vår tekniker ringer en halvtimme innan han kommer. Han kontrollerar då också att avloppet är ordentligt anslutet.",
        "För att hålla träet fint kan du olja in det med lite matolja två gånger om året.",
        "Filterpatronerna som du beställde på nytt finns i lager igen och skickas i dag.",
        "Kastrullen har en tjock botten och fungerar på alla spisar, även induktion.",
        "Enligt vår returpolicy kan du skicka tillbaka stolen inom 30 dagar utan kostnad.",
        "Ditt paket ligger kvar i vårt lager eftersom etiketten var skadad; det skickas i dag.",
        "Kuddfodralet i ockra som du beställde finns i lager igen nästa vecka; vi skickar det direkt då.",
      ],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Korrekturet ligger bifogat. Kan du ge oss feedback på textstorleken innan vi trycker?",
        "Vi har granskat din reklamation och betalar tillbaka hela beloppet.",
        "Tillverkarens bedömning av ditt garantiärende tar ungefär fem arbetsdagar, sedan hör vi av oss.",
        "Enligt teknikerns omdöme behöver packningen bytas, så vi skickar en ny till dig.",
      ],
    },
    "review-instructions": {
      violations: [
        "Din beställning är på väg. Om du nämner den snabba leveransen i din recension lägger vi en liten present i ditt nästa paket.",
        "Tack för ditt köp. När du betygsätter produkten på Amazon, skriv gärna hur stadiga sömmarna är.",
        "Kudden kommer i morgon. För en recension med bild swishar vi dig gärna 50 kronor.",
        "Skönt att allt löste sig. Skriv gärna i ditt omdöme att vår kundtjänst fixade problemet direkt.",
      ],
      clean: [],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Monter przyjedzie we wtorek między 8 a 12. Za niewielką dopłatą może przy okazji wyczyścić też rynny, wystarczy powiedzieć mu na miejscu. Prosimy o dostęp do skrzynki elektrycznej.",
        "Plecak został dziś wysłany. Mamy też pasujący brelok z tej samej skóry, gdyby chciał Pan komplet. Numer przesyłki prześlemy mailem.",
        "Dziękujemy za cierpliwość w sprawie bloku na noże. Wielu klientów łączy go z naszą osełką, dzięki której ostrza dłużej zostają ostre. Blok powinien dotrzeć jutro.",
        "Kubki są już bezpiecznie zapakowane. W lutym wypalamy wiosenną serię w pastelowych kolorach, może coś wpadnie Pani w oko. Dziękujemy za zamówienie.",
        "Wazon jutro odbierze kurier InPost. W przyszłym miesiącu będzie dostępny także w butelkowej zieleni. W razie pytań jesteśmy do dyspozycji.",
        "Maszynki zostały dziś wysłane. Gdyby skończyły się ostrza, zawsze mamy je na stanie, w opakowaniach po dziesięć. Miłego użytkowania.",
        "Słuchawka prysznicowa jest w drodze. Większość klientów, którzy biorą do niej nasz filtr antywapienny, prawie zapomina o odkamienianiu. Dostawa planowana jest na czwartek.",
        "Montaż pompy ciepła zaplanowaliśmy na poniedziałek. Za drobną opłatą nasi technicy mogą przy okazji zrobić też coroczny przegląd wentylacji. Do zobaczenia w poniedziałek!",
      ],
      clean: [
        "Przepraszamy, że zabrakło śrubek. Wysyłamy bezpłatnie nowy woreczek, dotrze w środę.",
        "Nasz technik zadzwoni pół godziny przed przyjazdem. Przy okazji sprawdzi też, czy odpływ jest dobrze podłączony.",
        "Aby drewno ładnie wyglądało, wystarczy dwa razy w roku natrzeć je odrobiną oleju spożywczego.",
        "Wkłady filtrujące, które Pan domówił, są znów na stanie i wyjdą dziś.",
        "Garnek ma grube dno i działa na każdej kuchence, także indukcyjnej.",
        "Zgodnie z naszą polityką zwrotów może Pani odesłać krzesło w ciągu 30 dni bez kosztów.",
        "Paczka jest jeszcze w naszym magazynie, bo etykieta była uszkodzona; wyjdzie dziś.",
        "Poszewka w kolorze ochry, którą Pani zamówiła, będzie znów dostępna w przyszłym tygodniu; wtedy od razu ją wyślemy.",
      ],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "W załączniku jest projekt do akceptacji. Prosimy o opinię na temat wielkości czcionki przed drukiem.",
        "Przeanalizowaliśmy reklamację i oceniliśmy ją jako zasadną, więc zwrócimy całą kwotę.",
        "Ocena zgłoszenia gwarancyjnego przez producenta potrwa około pięciu dni roboczych, potem się odezwiemy.",
        "Według opinii technika trzeba wymienić uszczelkę, więc wysyłamy nową.",
      ],
    },
    "review-instructions": {
      violations: [
        "Zamówienie jest w drodze. Jeśli w recenzji wspomni Pani o szybkiej dostawie, do następnego zamówienia dołożymy mały prezent.",
        "Dziękujemy za zakup. Wystawiając ocenę na Amazonie, proszę napisać, jak solidne są szwy.",
        "Poduszka dotrze jutro. Za opinię ze zdjęciem chętnie przelejemy Panu 20 zł.",
        "Cieszymy się, że wszystko się udało. Proszę dopisać w opinii, że nasz dział obsługi od razu rozwiązał problem.",
      ],
      clean: [],
    },
  },
};

/**
 * A second fresh set, written after the lexicons were tuned on the first
 * one and measured before they were tuned on it: other wordings of the same
 * families, and clean look-alikes.
 */
export const FRESH_PROBES_B: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Ihre Waschmaschine wird am Mittwoch angeschlossen. Wenn Sie möchten, baut der Monteur gegen 15 € Aufschlag auch gleich die alte Maschine aus und nimmt sie mit. Bitte halten Sie den Wasserhahn frei.",
        "Das Schneidebrett ist unterwegs. Unser Pflegeöl, das Sie ebenfalls bei uns bekommen, hält das Holz jahrelang schön.",
        "Schön, dass der Mantel passt. Zur kalten Jahreszeit nähen wir wieder Schals aus demselben Loden, schauen Sie ab November einfach mal vorbei.",
        "Danke für die Rückmeldung zur Lieferung. Die Kerzen gibt es bei uns übrigens auch als Nachfüllset mit zwölf Stück.",
        "Der Rasenmäher wurde heute verschickt. Viele Gartenfreunde schwören auf unseren Fangkorbaufsatz, der erspart das Rechen komplett.",
        "Die Bilderrahmen sind verpackt. Wer mag, bekommt bei uns auch passende Passepartouts in allen Größen.",
      ],
      clean: [
        "Der Monteur baut die alte Maschine kostenlos aus und nimmt sie mit, wie bei der Bestellung vereinbart.",
        "Für die Pflege genügt ein feuchtes Tuch; Öl oder Reiniger brauchen Sie nicht.",
        "Ihr Ersatzakku ist unterwegs und passt in dasselbe Fach wie der alte.",
        "Die Nachfüllpackung, nach der Sie gefragt hatten, liegt dem Paket bei.",
        "Der Mäher hat einen Fangkorb mit 50 Litern und eine Mulchfunktion.",
        "Unsere Kundenhotline ist auch am Samstag von 9 bis 14 Uhr erreichbar.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "Uw wasmachine wordt woensdag aangesloten. Als u wilt, haalt de monteur voor 15 euro extra meteen de oude machine weg. Zorg dat de kraan bereikbaar is.",
        "De snijplank is onderweg. Onze verzorgingsolie, die u ook bij ons kunt halen, houdt het hout jarenlang mooi.",
        "Fijn dat de jas goed past. Tegen de winter maken we weer sjaals van dezelfde wollen stof, kijk vanaf november gerust eens rond.",
        "Bedankt voor uw reactie over de levering. De kaarsen hebben we trouwens ook als navulset van twaalf stuks.",
        "De grasmaaier is vandaag verzonden. Veel tuinliefhebbers zweren bij ons opvangbakopzetstuk, dat scheelt het harken helemaal.",
        "De fotolijsten zijn ingepakt. Passende passe-partouts in alle maten kunt u ook bij ons krijgen.",
      ],
      clean: [
        "De monteur neemt de oude machine kosteloos mee, zoals bij de bestelling afgesproken.",
        "Voor het onderhoud is een vochtige doek genoeg; olie of reiniger heeft u niet nodig.",
        "Uw vervangende accu is onderweg en past in hetzelfde vak als de oude.",
        "Het navulpak waar u naar vroeg zit bij het pakket.",
        "De maaier heeft een opvangbak van 50 liter en een mulchfunctie.",
        "Onze klantenservice is ook op zaterdag van 9 tot 14 uur bereikbaar.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Tvättmaskinen ansluts på onsdag. Om du vill kan montören för 150 kronor extra även bära ut den gamla maskinen. Se till att kranen är åtkomlig.",
        "Skärbrädan är på väg. Vår vårdolja, som du också kan köpa hos oss, håller träet fint i flera år.",
        "Kul att kappan passar. Inför vintern syr vi återigen halsdukar i samma ylle, titta gärna in hos oss från november.",
        "Tack för din återkoppling om leveransen. Ljusen finns förresten även som refillset med tolv stycken.",
        "Gräsklipparen skickades i dag. Många trädgårdsälskare svär vid vår uppsamlare, med den slipper du kratta helt.",
        "Tavelramarna är packade. Passande passepartouter i alla storlekar kan du också få hos oss.",
      ],
      clean: [
        "Montören tar med sig den gamla maskinen utan kostnad, som vi kom överens om vid beställningen.",
        "För skötseln räcker en fuktig trasa; olja eller rengöringsmedel behövs inte.",
        "Ditt ersättningsbatteri är på väg och passar i samma fack som det gamla.",
        "Refillpaketet som du frågade efter ligger med i paketet.",
        "Klipparen har en uppsamlare på 50 liter och en mulchfunktion.",
        "Vår kundtjänst har även öppet på lördagar mellan 9 och 14.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Pralka zostanie podłączona w środę. Jeśli Pani chce, monter za 50 zł dodatkowo od razu zdemontuje i zabierze starą pralkę. Prosimy o dostęp do kranu.",
        "Deska do krojenia jest w drodze. Nasz olej pielęgnacyjny, który także można kupić u nas, utrzyma drewno w świetnym stanie przez lata.",
        "Cieszymy się, że płaszcz pasuje. Na zimę znów szyjemy szaliki z tego samego sukna, od listopada warto do nas zajrzeć.",
        "Dziękujemy za informację o dostawie. Świece mamy zresztą także w zestawie uzupełniającym po dwanaście sztuk.",
        "Kosiarka została dziś wysłana. Wielu działkowców chwali sobie nasz kosz na trawę, dzięki któremu grabienie odpada.",
        "Ramki są już zapakowane. Pasujące passe-partout we wszystkich rozmiarach można dostać również u nas.",
      ],
      clean: [
        "Monter bezpłatnie zdemontuje i zabierze starą pralkę, tak jak uzgodniliśmy przy zamówieniu.",
        "Do pielęgnacji wystarczy wilgotna ściereczka; olej ani środki czyszczące nie są potrzebne.",
        "Zamienny akumulator jest w drodze i pasuje do tej samej komory co stary.",
        "Zestaw uzupełniający, o który Pan pytał, jest w paczce.",
        "Kosiarka ma kosz o pojemności 50 litrów i funkcję mulczowania.",
        "Nasza infolinia działa także w soboty od 9 do 14.",
      ],
    },
  },
};

/**
 * Clean messages that use the words the sets above taught the lexicons in
 * their ordinary senses: the ordered item's spare parts, a return label to
 * be had from us, most customers getting their parcel quickly, our courier,
 * the series the ordered model belongs to, something taken away on the
 * visit at no charge.
 */
export const FRESH_CLEAN_C: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "clean-lookalike": {
      violations: [],
      clean: [
        "Wer möchte, kann die Rücksendung auch selbst bei der Post abgeben; das Etikett liegt bei.",
        "Den Ersatzakku können Sie auch direkt bei uns bekommen, kostenlos natürlich.",
        "Das erspart Ihnen den Weg zur Post: Der Kurier holt das Paket einfach ab.",
        "Wir klären das bei der Gelegenheit auch gleich mit der Spedition.",
        "Die meisten Kunden erhalten ihr Paket innerhalb von zwei Tagen, unser Lager versendet täglich.",
        "Falls die Batterien ausgehen, liegen zwei weitere im Fach unter dem Deckel.",
        "Ihr Gerät gehört zur Serie 5 von 2023; die Anleitung dafür liegt bei.",
        "Wir gehen davon aus, dass das Paket morgen ankommt.",
        "Der Techniker nimmt das Altgerät gleich mit, das ist im Preis enthalten.",
        "Wann kann er am Dienstag kommen, passt Ihnen 10 Uhr?",
        "Bei den meisten Bestellungen dauert der Versand zwei Tage.",
        "Ihr Abonnement verlängert sich automatisch; Sie können es jederzeit kündigen.",
        "Der Ersatz kommt vom selben Hersteller und passt genau.",
      ],
    },
  },
  "nl-NL": {
    "clean-lookalike": {
      violations: [],
      clean: [
        "De monteur neemt de verpakking meteen ook mee, dat hoort bij de service.",
        "De meeste klanten ontvangen hun pakket binnen twee dagen; ons magazijn verstuurt dagelijks.",
        "Mocht de batterij opraken, dan zit er een tweede in het vakje onder het deksel.",
        "Samen met onze bezorger zoeken we uit waar het pakket is gebleven.",
        "Dat scheelt u een ritje naar het postkantoor: de koerier haalt het pakket gewoon op.",
        "Het retourlabel kunt u bij ons krijgen via de knop in uw account.",
        "Uw apparaat hoort bij de serie van vorig jaar; de handleiding zit erbij.",
        "Wanneer kan hij dinsdag langskomen, past 10 uur u?",
        "Bij de meeste bestellingen duurt de verzending twee dagen.",
        "Uw abonnement wordt automatisch verlengd; u kunt het altijd opzeggen.",
        "Hopelijk valt de kleur in de smaak; anders ruilen we hem kosteloos om.",
      ],
    },
  },
  "sv-SE": {
    "clean-lookalike": {
      violations: [],
      clean: [
        "Om batterierna tar slut ligger två till i facket under locket.",
        "Många kunder får paketet inom två dagar; vårt lager skickar varje dag.",
        "Returetiketten kan du få hos oss via knappen i ditt konto.",
        "Montören tar med sig förpackningen vid samma besök, det ingår i priset.",
        "Din apparat hör till serien från i fjol; manualen ligger i kartongen.",
        "Kan montören komma redan på tisdag i stället?",
        "Hoppas att färgen faller dig i smaken; annars byter vi den utan kostnad.",
        "Ditt abonnemang förlängs automatiskt; du kan säga upp det när som helst.",
        "Får du även ett sms från budfirman när paketet är framme?",
      ],
    },
  },
  "pl-PL": {
    "clean-lookalike": {
      violations: [],
      clean: [
        "Monter może przy okazji zabrać karton po pralce, to jest w cenie.",
        "Większość klientów dostaje paczkę w ciągu dwóch dni; nasz magazyn wysyła codziennie.",
        "Etykietę zwrotną można dostać u nas przez przycisk w koncie.",
        "Jeśli baterie się skończą, w schowku pod pokrywą są dwie zapasowe.",
        "Zamówiony model należy do serii z zeszłego roku; instrukcja jest w kartonie.",
        "Przesyłamy nowy kabel, dzięki któremu ładowarka znów zadziała.",
        "Również u nas sprawdziliśmy stan magazynu i towar jest dostępny.",
        "W większości przypadków wysyłka trwa dwa dni.",
        "Abonament odnawia się automatycznie; można go wypowiedzieć w każdej chwili.",
        "Monter może od razu zabrać stary kabel, to nic nie kosztuje.",
      ],
    },
  },
};

/**
 * Review words in other senses (a draft to check, a carrier or a standard
 * that assesses, the buyer judging damage, feedback on the fit), next to
 * review wishes that use the same words; measured before tuning on them.
 */
export const FRESH_REVIEW_D: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "review-word-other": {
      violations: [
        "Wenn Ihnen der Stuhl gefällt, freuen wir uns über eine kurze Bewertung mit Foto.",
        "Ihre ehrliche Meinung auf der Produktseite hilft anderen Familien bei der Wahl.",
      ],
      clean: [
        "Könnten Sie den Entwurf für die Gravur kurz prüfen und uns Ihr Feedback bis Freitag geben?",
        "Die Spedition bewertet den Transportschaden anhand Ihrer Fotos, danach melden wir uns.",
        "Unser Kundenservice hat Ihr Anliegen geprüft und bewertet; die Gutschrift ist unterwegs.",
        "Das Kissen ist nach Öko-Tex Standard 100 bewertet und frei von Schadstoffen.",
        "Wie bewerten Sie selbst den Zustand der Verpackung: War der Karton schon außen beschädigt?",
        "Ihre Rückmeldung zur Passform hilft uns, die richtige Ersatzgröße zu schicken.",
      ],
    },
  },
  "nl-NL": {
    "review-word-other": {
      violations: [
        "Als de stoel u bevalt, zijn we blij met een korte beoordeling met foto.",
        "Uw eerlijke mening op de productpagina helpt andere gezinnen bij het kiezen.",
      ],
      clean: [
        "Kunt u het ontwerp van de gravure even controleren en ons uw feedback voor vrijdag geven?",
        "De vervoerder beoordeelt de transportschade aan de hand van uw foto's, daarna nemen wij contact op.",
        "Het kussen is volgens Oeko-Tex Standard 100 beoordeeld en vrij van schadelijke stoffen.",
        "Hoe beoordeelt u zelf de verpakking: was de doos aan de buitenkant al beschadigd?",
        "Uw reactie over de pasvorm helpt ons de juiste vervangende maat te sturen.",
        "De beoordeling van uw retour duurt twee werkdagen, daarna storten we het bedrag terug.",
      ],
    },
  },
  "sv-SE": {
    "review-word-other": {
      violations: [
        "Om stolen faller dig i smaken blir vi glada för ett kort omdöme med bild.",
        "Din ärliga åsikt på produktsidan hjälper andra familjer att välja.",
      ],
      clean: [
        "Kan du titta på skissen för graveringen och ge oss din feedback före fredag?",
        "Transportbolaget bedömer skadan utifrån dina bilder, sedan hör vi av oss.",
        "Kudden är bedömd enligt Oeko-Tex Standard 100 och fri från skadliga ämnen.",
        "Hur bedömer du själv förpackningen: var kartongen redan skadad på utsidan?",
        "Din återkoppling om passformen hjälper oss att skicka rätt ersättningsstorlek.",
        "Vi har granskat och bedömt ditt ärende; återbetalningen är på väg.",
      ],
    },
  },
  "pl-PL": {
    "review-word-other": {
      violations: [
        "Jeśli krzesło się Pani spodoba, ucieszy nas krótka opinia ze zdjęciem.",
        "Pana szczera opinia na stronie produktu pomoże innym rodzinom w wyborze.",
      ],
      clean: [
        "Czy może Pani sprawdzić projekt grawerunku i przekazać nam swoją opinię do piątku?",
        "Przewoźnik oceni szkodę na podstawie Pana zdjęć, potem się odezwiemy.",
        "Poduszka została oceniona według normy Oeko-Tex Standard 100 i jest wolna od szkodliwych substancji.",
        "Jak sam Pan ocenia opakowanie: czy karton był uszkodzony już z zewnątrz?",
        "Pani uwagi dotyczące rozmiaru pomogą nam wysłać właściwy rozmiar na wymianę.",
        "Rozpatrzyliśmy i oceniliśmy zgłoszenie; zwrot pieniędzy jest w drodze.",
      ],
    },
  },
};

/**
 * A third soft-marketing set in other trades (software, pet food, baby
 * goods, tea, tiling), measured before tuning on it, with clean look-alikes.
 */
export const FRESH_PROBES_E: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Ihr Lizenzschlüssel ist aktiviert. Mit dem Jahresabo bei uns hätten Sie außerdem automatisch alle Updates.",
        "Das Hundefutter ist unterwegs. Die Leckerlis aus derselben Manufaktur kommen bei den meisten Hunden noch besser an.",
        "Die Babyflaschen wurden verschickt. Ab März führen wir auch passende Sauger in drei Größen.",
        "Der Tee ist unterwegs. Sollte die Dose mal leer sein, schicken wir Ihnen gern Nachfüllbeutel.",
        "Der Fliesenleger kommt am Montag. Die Fugen kann er für eine kleine Pauschale gleich mitversiegeln.",
      ],
      clean: [
        "Ihr Lizenzschlüssel gilt ein Jahr; Updates sind in dieser Zeit automatisch enthalten.",
        "Der Fliesenleger versiegelt die Fugen am Ende, das ist im Auftrag enthalten.",
        "Die Dose ist leer angekommen? Dann schicken wir Ihnen sofort eine neue.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "Uw licentiesleutel is geactiveerd. Met een jaarabonnement bij ons krijgt u bovendien automatisch alle updates.",
        "Het hondenvoer is onderweg. De snoepjes van dezelfde maker vallen bij de meeste honden nog beter in de smaak.",
        "De babyflessen zijn verzonden. Vanaf maart hebben we ook bijpassende spenen in drie maten.",
        "De thee is onderweg. Is het blik leeg, dan sturen we u graag navulzakjes.",
        "De tegelzetter komt maandag. Voor een klein vast bedrag kan hij de voegen meteen impregneren.",
      ],
      clean: [
        "Uw licentiesleutel is een jaar geldig; updates zijn in die periode automatisch inbegrepen.",
        "De tegelzetter impregneert de voegen aan het eind, dat zit in de opdracht.",
        "Is het blik leeg aangekomen? Dan sturen we u meteen een nieuw.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Din licensnyckel är aktiverad. Med ett årsabonnemang hos oss får du dessutom alla uppdateringar automatiskt.",
        "Hundfodret är på väg. Godbitarna från samma tillverkare brukar falla de flesta hundar ännu mer i smaken.",
        "Nappflaskorna har skickats. Från mars har vi även matchande nappar i tre storlekar.",
        "Teet är på väg. När burken är tom skickar vi gärna påfyllningspåsar.",
        "Plattsättaren kommer på måndag. För en mindre fast summa kan han impregnera fogarna direkt.",
      ],
      clean: [
        "Din licensnyckel gäller ett år; uppdateringar ingår automatiskt under den tiden.",
        "Plattsättaren impregnerar fogarna på slutet, det ingår i uppdraget.",
        "Kom burken tom? Då skickar vi en ny direkt.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Klucz licencyjny jest aktywny. Z rocznym abonamentem u nas miałby Pan dodatkowo wszystkie aktualizacje automatycznie.",
        "Karma dla psa jest w drodze. Przysmaki od tego samego producenta większości psów smakują jeszcze bardziej.",
        "Butelki dla niemowląt zostały wysłane. Od marca będziemy mieć też pasujące smoczki w trzech rozmiarach.",
        "Herbata jest w drodze. Gdy puszka się opróżni, chętnie wyślemy torebki do uzupełnienia.",
        "Glazurnik przyjdzie w poniedziałek. Za niewielką stałą kwotą może od razu zaimpregnować fugi.",
      ],
      clean: [
        "Klucz licencyjny jest ważny rok; aktualizacje są w tym czasie automatycznie wliczone.",
        "Glazurnik zaimpregnuje fugi na koniec, to jest w zleceniu.",
        "Puszka dotarła pusta? Wtedy od razu wyślemy nową.",
      ],
    },
  },
};

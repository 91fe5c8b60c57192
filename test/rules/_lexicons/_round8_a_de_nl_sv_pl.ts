import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 probe set A in German, Dutch, Swedish and Polish (kitchen, home
 * and household goods), written before the word lists were changed for it.
 * Per language: eight soft cross-selling messages across the families (a
 * paid extra on the delivery or with the order, the seller's matching goods,
 * what keen users also buy, a coming range or scent, a bigger pack, a tip
 * that ends at the seller's goods), four review violations (a wish, an
 * instruction, a reward), four clean marketing look-alikes (a free
 * replacement, a paid option the buyer booked, a refill the buyer asked for,
 * the ordered item's own colours) and four review words in other senses (a
 * proof to check, a claim assessed, a rating plate, an energy label).
 */
export const ROUND8_A: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Ihr Kühlschrank wird am Donnerstag zwischen 10 und 14 Uhr geliefert. Für 19 € extra nimmt der Fahrer Ihr Altgerät gleich mit. Bitte halten Sie den Weg zur Küche frei.",
        "Ihre Leinenservietten sind verpackt. Gegen einen geringen Zuschlag besticken wir sie Ihnen auch mit Ihren Initialen. Der Versand erfolgt morgen.",
        "Die Pfeffermühle ist heute an DHL gegangen. Dazu passt hervorragend unsere Salzmühle aus demselben Olivenholz. Die Sendungsnummer finden Sie in Ihrem Konto.",
        "Danke für Ihre Nachricht zum Brotbackautomaten. Wer gern backt, greift bei uns meist auch zu den Gärkörbchen aus Peddigrohr. Das Ersatzteil ist bereits unterwegs.",
        "Ihr Teppich wurde heute verschickt. Ab Oktober bringen wir eine Wollserie mit Fischgrätmuster heraus. Viel Freude mit dem Teppich!",
        "Die Duftkerzen sind unterwegs. Im Mai kommen drei neue Düfte dazu, halten Sie die Augen offen. Bei Fragen melden Sie sich gern.",
        "Die Kaffeefilter wurden heute versandt. Übrigens kommt Sie die 500er-Packung pro Stück deutlich günstiger. Wir wünschen Ihnen viel Genuss.",
        "Ihr Pizzastein ist unterwegs. Ein Tipp aus Erfahrung: Mit unserem Pizzaschieber aus Buchenholz gelingt das Einschießen viel leichter. Die Lieferung ist für Montag angekündigt.",
      ],
      clean: [
        "Der Deckel war leider gesprungen. Wir schicken Ihnen kostenlos einen neuen, die alte Kanne müssen Sie nicht zurücksenden.",
        "Die Altgerätemitnahme, die Sie für 19 € dazugebucht haben, ist für Donnerstag eingeplant.",
        "Wie gewünscht legen wir der Sendung zwei Ersatzfilter bei; berechnet wird Ihnen dafür nichts.",
        "Das Geschirr, das Sie bestellt haben, ist spülmaschinenfest und mikrowellengeeignet, und die salbeigrüne Glasur ist lebensmittelecht.",
      ],
    },
    "review": {
      violations: [
        "Die Ersatzdichtung ist heute rausgegangen. Wir würden uns riesig freuen, wenn Sie anderen Käufern erzählen, wie Ihnen der Wasserkocher gefällt.",
        "Ihr Paket wurde zugestellt. Falls Sie eine Rezension schreiben, erwähnen Sie doch bitte, wie leise das Gerät läuft.",
        "Danke für Ihren Einkauf. Wer uns ein paar Zeilen auf Amazon hinterlässt, bekommt beim nächsten Kauf 10 % zurück.",
        "Wie wir sehen, ist der Mixer angekommen. Ihre Meinung dazu würde anderen Kunden bei der Entscheidung wirklich helfen.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Anbei der Entwurf für die Gravur. Bitte prüfen Sie die Schreibweise und geben Sie uns kurz Rückmeldung, ob alles passt.",
        "Wir haben Ihren Garantieantrag geprüft und bewertet: Der Austausch ist genehmigt.",
        "Die Seriennummer steht auf dem Typenschild an der Rückseite des Geräts; schicken Sie uns bitte ein Foto davon.",
        "Der Kühlschrank hat die Energieeffizienzklasse B und nicht A, wie irrtümlich auf dem Lieferschein stand; wir erstatten Ihnen den Preisunterschied.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "Uw vaatwasser wordt dinsdag tussen 9 en 13 uur bezorgd. Voor € 35 extra sluiten onze bezorgers hem ook direct voor u aan. Zorgt u ervoor dat de kraan goed bereikbaar is?",
        "Het tafelkleed ligt klaar voor verzending. Tegen een kleine toeslag borduren we er ook uw naam of een datum op. Morgen gaat het pakket de deur uit.",
        "Uw theepot is vandaag met DHL meegegaan. Wat er mooi bij staat, zijn onze handgemaakte onderzetters van kurk. De track-and-tracecode volgt per mail.",
        "Bedankt voor uw vraag over de keukenmachine. Wie graag bakt, neemt er bij ons vaak ook de rvs-deeghaak bij. Het vervangende onderdeel is al onderweg.",
        "Uw vloerkleed is vandaag verzonden. Dit najaar brengen we een wollen lijn met visgraatmotief uit. Veel plezier met het kleed!",
        "De geurkaarsen zijn onderweg. In mei komen er drie nieuwe geuren bij, dus houd het in de gaten. Heeft u vragen, laat het ons dan weten.",
        "De koffiefilters zijn vandaag verstuurd. Tip: met de doos van 500 stuks bent u per filter een stuk goedkoper uit. Geniet ervan!",
        "Uw pizzasteen komt maandag. Uit ervaring weten we dat het met onze houten pizzaschep veel makkelijker gaat. Alvast eet smakelijk!",
      ],
      clean: [
        "Het deksel was helaas gebarsten. We sturen u kosteloos een nieuw exemplaar; het oude hoeft u niet terug te sturen.",
        "Het afvoeren van uw oude koelkast, dat u voor € 20 heeft bijgeboekt, staat gepland voor donderdag.",
        "Zoals u vroeg, doen we twee extra filters bij de zending; die brengen we niet in rekening.",
        "Het servies dat u bestelde is vaatwasserbestendig en magnetronveilig, en het saliegroene glazuur is voedselveilig.",
      ],
    },
    "review": {
      violations: [
        "De vervangende afdichting is vandaag verstuurd. We zouden het heel fijn vinden als u andere kopers vertelt hoe de waterkoker u bevalt.",
        "Uw pakket is bezorgd. Als u een recensie schrijft, wilt u dan vermelden hoe stil het apparaat draait?",
        "Dank voor uw aankoop. Wie een paar woorden op Amazon achterlaat, krijgt bij de volgende bestelling 10% terug.",
        "We zien dat de blender is aangekomen. Uw mening erover zou andere klanten echt helpen bij hun keuze.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "In de bijlage vindt u het ontwerp voor de gravure. Wilt u de spelling controleren en ons even feedback geven of alles klopt?",
        "We hebben uw garantieaanvraag beoordeeld en de vervanging is goedgekeurd.",
        "Het serienummer staat op het typeplaatje aan de achterkant; kunt u ons daar een foto van sturen?",
        "De koelkast heeft energielabel B en niet A, zoals per abuis op de pakbon stond; we betalen het prijsverschil aan u terug.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Kylskåpet levereras på torsdag mellan 10 och 14. Mot en tilläggsavgift på 299 kr kan chaufförerna även ta med sig ditt gamla kylskåp. Se gärna till att vägen in till köket är fri.",
        "Dina linneservetter är packade. För en liten extra kostnad broderar vi gärna dina initialer på dem. Paketet skickas i morgon.",
        "Pepparkvarnen lämnades till PostNord i dag. Den passar perfekt ihop med vår saltkvarn i samma olivträ. Spårningsnumret hittar du i mejlet.",
        "Tack för ditt meddelande om bakmaskinen. Många som bakar mycket köper även våra jäskorgar i rotting. Reservdelen är redan på väg.",
        "Mattan skickades i dag. Till hösten släpper vi en serie i ull med fiskbensmönster. Mycket nöje med mattan!",
        "Doftljusen är på väg. I maj kommer tre nya dofter, så håll utkik. Hör av dig om du har frågor.",
        "Kaffefiltren skickades i dag. Förresten blir 500-pack betydligt billigare per filter. Ha en fin dag!",
        "Din pizzasten kommer på måndag. Ett tips från oss: med vår pizzaspade i trä går det mycket lättare att få in pizzan i ugnen. Trevlig helg!",
      ],
      clean: [
        "Locket var tyvärr sprucket. Vi skickar ett nytt kostnadsfritt, och du behöver inte skicka tillbaka det gamla.",
        "Bortforslingen av ditt gamla kylskåp, som du bokade till för 199 kr, är inplanerad på torsdag.",
        "Som du bad om lägger vi med två extra filter i försändelsen; dem debiterar vi inte.",
        "Servisen du beställde tål maskindisk och mikrovågsugn, och den salviagröna glasyren är livsmedelsgodkänd.",
      ],
    },
    "review": {
      violations: [
        "Den nya packningen skickades i dag. Vi skulle bli så glada om du berättade för andra köpare hur du trivs med vattenkokaren.",
        "Ditt paket har levererats. Om du skriver en recension får du gärna nämna hur tyst maskinen är.",
        "Tack för ditt köp. Den som lämnar några rader på Amazon får 10 % tillbaka på nästa beställning.",
        "Vi ser att mixern har kommit fram. Din åsikt om den skulle verkligen hjälpa andra kunder att välja.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Här kommer korrekturet för graveringen. Kontrollera stavningen och ge oss gärna återkoppling om allt ser rätt ut.",
        "Vi har granskat ditt garantiärende och bedömt att enheten ska bytas ut.",
        "Serienumret står på typskylten på baksidan; kan du skicka en bild på den?",
        "Kylskåpet har energiklass B, inte A som det felaktigt stod på följesedeln, så vi betalar tillbaka mellanskillnaden.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Lodówka zostanie dostarczona w czwartek między 10 a 14. Za dodatkowe 49 zł kierowcy mogą też od razu zabrać stare urządzenie. Prosimy o swobodny dostęp do kuchni.",
        "Lniane serwetki są już spakowane. Za niewielką dopłatą wyhaftujemy na nich również Pani inicjały. Paczka wyjdzie jutro.",
        "Młynek do pieprzu został dziś nadany. Świetnie komponuje się z naszym młynkiem do soli z tego samego drewna oliwnego. Numer przesyłki znajdzie Pan w mailu.",
        "Dziękujemy za wiadomość w sprawie automatu do chleba. Osoby, które dużo pieką, często biorą od nas także koszyki do wyrastania z wikliny. Część zamienna jest już w drodze.",
        "Dywan wysłaliśmy dzisiaj. Jesienią wprowadzamy serię wełnianą we wzór jodełki. Miłego użytkowania!",
        "Świece zapachowe są w drodze. W maju dojdą trzy nowe zapachy, więc warto być na bieżąco. W razie pytań prosimy o kontakt.",
        "Filtry do kawy zostały dziś wysłane. Przy okazji: opakowanie 500 sztuk wychodzi dużo taniej w przeliczeniu na filtr. Smacznej kawy!",
        "Kamień do pizzy dotrze w poniedziałek. Z doświadczenia wiemy, że z naszą drewnianą łopatą do pizzy wszystko idzie znacznie łatwiej. Smacznego!",
      ],
      clean: [
        "Pokrywka niestety była pęknięta. Wyślemy nową bezpłatnie, starej nie trzeba odsyłać.",
        "Odbiór starej lodówki, który dokupił Pan za 49 zł, jest zaplanowany na czwartek.",
        "Zgodnie z prośbą dołączymy do przesyłki dwa dodatkowe filtry; nie doliczamy za nie opłaty.",
        "Zamówiona zastawa nadaje się do zmywarki i mikrofalówki, a szałwiowa glazura jest bezpieczna dla żywności.",
      ],
    },
    "review": {
      violations: [
        "Nowa uszczelka wyszła dziś do Pani. Bardzo byśmy się ucieszyli, gdyby opowiedziała Pani innym kupującym, jak sprawdza się czajnik.",
        "Paczka została doręczona. Jeśli będzie Pan pisał recenzję, prosimy wspomnieć, jak cicho pracuje urządzenie.",
        "Dziękujemy za zakup. Kto zostawi kilka słów na Amazonie, dostanie 10% zwrotu przy kolejnym zamówieniu.",
        "Widzimy, że blender dotarł. Pani opinia o nim naprawdę pomogłaby innym klientom w wyborze.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "W załączniku przesyłamy projekt grawera. Prosimy sprawdzić pisownię i przesłać nam swoją opinię o projekcie, zanim zaczniemy grawerować.",
        "Rozpatrzyliśmy Pana reklamację i oceniliśmy, że urządzenie należy wymienić na nowe.",
        "Numer seryjny znajduje się na tabliczce znamionowej z tyłu urządzenia; prosimy o jej zdjęcie.",
        "Lodówka ma klasę energetyczną B, a nie A, jak omyłkowo podano na dokumencie dostawy, dlatego zwrócimy Pani różnicę w cenie.",
      ],
    },
  },
};

/**
 * Clean traps for set A, written while tuning on it: the words the lexicons
 * learnt for the families (a month and a series, "take along", a surcharge,
 * "keep an eye out", "who likes to", a bigger pack) in ordinary senses: a
 * delayed item from a named series, a surcharge the seller pays, an option
 * the buyer booked, a courier to watch for.
 */
export const ROUND8_A_TRAPS: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "clean-new-words": {
      violations: [],
      clean: [
        "Die Kerzen aus der Herbstserie kommen leider erst im Oktober; wir melden uns, sobald sie verschickt werden.",
        "Der Fahrer nimmt die Verpackung gleich mit, das kostet Sie nichts.",
        "Für die Lieferung auf die Insel fällt ein Zuschlag von 12 € an, den wir für Sie übernehmen.",
        "Die Gravur, die Sie gegen Aufpreis dazugebucht haben, ist fertig.",
        "Bitte halten Sie in den nächsten Tagen die Augen offen: Der Kurier klingelt nur einmal.",
        "Wer gern selbst montiert, findet die Anleitung im Karton.",
        "Das Modell aus der Serie Nordic ist im März wieder lieferbar; wir schicken es Ihnen dann sofort.",
        "Die neuen Sorten, die Sie bestellt haben, kommen im Mai aus der Gärtnerei.",
        "Mit diesem Schlüssel schalten Sie die Pro-Version frei, die Sie gekauft haben; die Schritte stehen unten.",
        "In den nächsten Wochen erscheint ein Firmware-Update, das den Fehler beim Koppeln behebt.",
        "Welche Farbe hätten Sie gern für das Armband? Wir haben mehrere Farben da.",
        "Passt Ihnen Donnerstag? Der Monteur nimmt die Verpackung gleich mit.",
        "Möchten Sie die Gravur links oder rechts? Beides ist jederzeit lieferbar.",
        "Bei Bedarf kommt der Techniker ein zweites Mal, die Anfahrt von 35 € übernehmen wir.",
        "Die Reparatur kostet laut Kostenvoranschlag 120 €; wenn Sie möchten, beginnen wir gleich damit.",
        "Ab 5 Grad Außentemperatur darf die Farbe verarbeitet werden.",
      ],
    },
  },
  "nl-NL": {
    "clean-new-words": {
      violations: [],
      clean: [
        "De kaarsen uit de herfstserie komen helaas pas in oktober binnen; we laten het weten zodra ze verzonden zijn.",
        "De bezorger neemt de verpakking meteen mee, daar betaalt u niets voor.",
        "Voor bezorging op de Waddeneilanden geldt een toeslag van € 12, maar die nemen wij voor onze rekening.",
        "De gravure die u tegen meerprijs heeft bijgeboekt, is klaar.",
        "Houd de komende dagen uw brievenbus in de gaten: het onderdeel komt als brievenbuspost.",
        "Wie graag zelf monteert, vindt de handleiding in de doos.",
        "Het model uit de Nordic-lijn is in maart weer leverbaar; we sturen het u dan direct.",
        "De nieuwe geuren die u bestelde, komen in mei bij ons binnen.",
        "Met deze sleutel schakelt u de Pro-versie vrij die u heeft gekocht; de stappen staan hieronder.",
        "In de komende weken verschijnt een firmware-update die de koppelfout verhelpt.",
        "Welke kleur wilt u voor het bandje? We hebben verschillende kleuren.",
        "Schikt donderdag? De monteur neemt de verpakking meteen mee.",
        "Wilt u de gravure links of rechts? Beide zijn altijd leverbaar.",
        "Indien gewenst komt de monteur nog een keer langs; de voorrijkosten van € 35 nemen wij voor onze rekening.",
        "De reparatie kost volgens de offerte € 120; als u wilt, beginnen we er meteen aan.",
        "Vanaf 5 graden buitentemperatuur kunt u de verf verwerken.",
      ],
    },
  },
  "sv-SE": {
    "clean-new-words": {
      violations: [],
      clean: [
        "Ljusen ur höstserien kommer tyvärr först i oktober; vi hör av oss när de skickas.",
        "Chauffören tar med sig förpackningen på samma gång, det kostar inget.",
        "För leverans till Gotland tillkommer en tilläggsavgift på 99 kr, men den står vi för.",
        "Graveringen som du bokade till mot en extra kostnad är klar.",
        "Håll utkik efter ett sms från budet, han ringer bara en gång.",
        "Många som har beställt den här veckan får vänta en dag extra på grund av vädret.",
        "Modellen ur Nordic-serien finns i lager igen i mars, och vi skickar den direkt till dig då.",
        "De nya dofterna som du beställde kommer in till oss i maj.",
        "Med nyckeln låser du upp Pro-versionen som du köpte; stegen står nedan.",
        "De närmaste veckorna kommer en firmwareuppdatering som åtgärdar felet vid parkoppling.",
        "Vilken färg vill du ha på armbandet? Vi har flera färger.",
        "Passar torsdag? Montören tar med sig förpackningen.",
        "Vill du ha graveringen till vänster eller höger? Båda går att beställa.",
        "Vid behov kommer teknikern en gång till, framkörningsavgiften på 350 kr står vi för.",
        "Reparationen kostar enligt offerten 1 200 kr; om du vill börjar vi direkt.",
        "Från 5 grader utomhus kan färgen användas.",
      ],
    },
  },
  "pl-PL": {
    "clean-new-words": {
      violations: [],
      clean: [
        "Świece z serii jesiennej dotrą niestety dopiero w październiku; damy znać, gdy zostaną wysłane.",
        "Kurier od razu też zabierze opakowanie, nie kosztuje to nic.",
        "Za dostawę na wyspę obowiązuje dodatkowa opłata 20 zł, ale pokrywamy ją my.",
        "Grawer, który dokupiła Pani za dopłatą, jest już gotowy.",
        "Prosimy wypatrywać kuriera w czwartek między 10 a 14.",
        "Kto lubi samodzielny montaż, znajdzie instrukcję w paczce.",
        "Model z serii Nordic będzie ponownie dostępny w marcu; wtedy od razu go wyślemy.",
        "Nowe zapachy, które Pani zamówiła, dotrą do nas w maju.",
        "Tym kluczem odblokuje Pan wersję Pro, którą Pan kupił; kroki są opisane poniżej.",
        "W najbliższych tygodniach pojawi się aktualizacja oprogramowania, która usunie błąd parowania.",
        "Jaki kolor paska Pan wybiera? Mamy kilka kolorów.",
        "Czy czwartek pasuje? Monter od razu też zabierze opakowanie.",
        "Grawer po lewej czy po prawej? Oba warianty są zawsze dostępne.",
        "W razie potrzeby technik przyjedzie drugi raz, koszt dojazdu 50 zł pokrywamy my.",
        "Naprawa kosztuje według wyceny 300 zł; jeśli Pan chce, zaczniemy od razu.",
        "Od pięciu stopni na zewnątrz można malować.",
      ],
    },
  },
};

/**
 * More review probes for set A, written while tuning: review words in other
 * senses (an assessor's judgement, a returned item assessed, feedback on a
 * sample or a layout, a test grade, an energy label, a 5-star hotel as the
 * address) and reviews asked for as a wish, with instructions or for a
 * reward, each in a new wording.
 */
export const ROUND8_A_REVIEW: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "review-more": {
      violations: [
        "Ihre Einschätzung zum Toaster würde anderen Käufern sehr weiterhelfen, wenn Sie sie auf Amazon teilen.",
        "Wir wären gespannt, wie Ihnen der Rucksack gefällt, und ein paar Worte dazu auf der Produktseite wären natürlich toll.",
        "Falls Sie uns bewerten, wäre es schön, wenn Sie den schnellen Versand erwähnen.",
        "Bei Ihrer Rezension dürfen Sie gern ein Foto vom aufgebauten Regal anhängen.",
        "Als Dankeschön für Ihre Bewertung schicken wir Ihnen einen Gutschein über 5 €.",
        "Wer eine Rezension mit Foto schreibt, bekommt von uns die Versandkosten zurück.",
        "Mit fünf Sternen würden Sie unserem kleinen Team den Tag versüßen.",
        "Nehmen Sie sich doch kurz Zeit für ein paar Zeilen über die Lampe auf Amazon.",
        "Wenn Sie Ihre Erfahrungen auf Amazon teilen, schreiben Sie doch dazu, wie schnell der Aufbau ging.",
        "Ein Foto vom Ergebnis in Ihrer Rezension würde uns sehr helfen.",
        "Für Ihre ehrliche Meinung auf Amazon erstatten wir Ihnen gern 10 % des Kaufpreises.",
        "Nach Ihrer Bewertung schicken wir Ihnen als kleines Dankeschön ein Set Ersatzfilter kostenlos zu.",
        "Es würde uns riesig freuen, auf Amazon zu lesen, wie sich die Lampe bei Ihnen macht.",
        "Kunden wie Sie, die ihre Erfahrungen teilen, helfen kleinen Händlern wie uns enorm.",
      ],
      clean: [
        "Ihr Feedback zum Probeabzug haben wir umgesetzt: Die Schrift ist jetzt größer.",
        "Der Gutachter hat den Schaden bewertet; die Versicherung übernimmt die Reparatur.",
        "Wir haben Ihre Rücksendung begutachtet und bewertet: Der Artikel ist unbenutzt, daher erstatten wir den vollen Betrag.",
        "Das Gerät hat bei Stiftung Warentest die Note „gut“ erhalten, wie auf der Verpackung steht.",
        "Schreiben Sie uns bitte Ihre Meinung zur Farbe des Entwurfs, bevor wir mit dem Druck beginnen.",
        "Danke für Ihre Rückmeldung zur Lieferung, wir haben sie an DHL weitergegeben.",
        "Wir liefern wie gewünscht an das Fünf-Sterne-Hotel am Markt, Zimmer 312, zu Händen der Rezeption.",
        "Die Kollegin aus der Qualitätsprüfung beurteilt die Fotos bis morgen und meldet sich dann bei Ihnen.",
        "Bitte schauen Sie sich die Vorschau an und beurteilen Sie, ob die Schrift gut lesbar ist.",
        "Ihre Rückmeldung zur Passform hat uns geholfen, die Größentabelle zu verbessern.",
        "Ihre Kritik an der Verpackung nehmen wir ernst; wir haben den Karton verstärkt.",
        "Wir haben Ihre Reklamation geprüft und als berechtigt eingestuft; das Geld ist unterwegs.",
        "Der Sachverständige bewertet den Schaden am Dienstag vor Ort.",
        "Laut Typenschild ist das Netzteil für 65 W ausgelegt, Ihr Laptop braucht 90 W.",
      ],
    },
  },
  "nl-NL": {
    "review-more": {
      violations: [
        "Uw indruk van de broodrooster zou andere kopers enorm helpen als u die op Amazon deelt.",
        "We zijn benieuwd hoe de rugzak u bevalt, en een paar woorden erover op de productpagina zouden natuurlijk geweldig zijn.",
        "Als u ons beoordeelt, zou het fijn zijn als u de snelle verzending noemt.",
        "Bij uw recensie mag u gerust een foto van het opgebouwde rek toevoegen.",
        "Als dank voor uw review sturen we u een cadeaubon van € 5.",
        "Wie een recensie met foto plaatst, krijgt de verzendkosten van ons terug.",
        "Met vijf sterren zou u ons kleine team echt blij maken.",
        "Neemt u even de tijd voor een paar regels over de lamp op Amazon?",
        "Als u uw ervaring op Amazon deelt, wilt u er dan bij vertellen hoe snel de montage ging?",
        "Een foto van het resultaat in uw recensie zou ons enorm helpen.",
        "Voor uw eerlijke mening op Amazon storten we graag 10% van de aankoopprijs terug.",
        "Na uw beoordeling sturen we u als bedankje gratis een set reservefilters.",
        "We zouden het geweldig vinden om op Amazon te lezen hoe de lamp u bevalt.",
        "Klanten zoals u, die hun ervaring delen, helpen kleine verkopers zoals wij enorm.",
      ],
      clean: [
        "Uw feedback op de drukproef hebben we verwerkt: de letters zijn nu groter.",
        "De expert heeft de schade beoordeeld; de verzekering betaalt de reparatie.",
        "We hebben uw retour bekeken en beoordeeld: het artikel is ongebruikt, dus we betalen het volledige bedrag terug.",
        "Het apparaat kreeg bij de Consumentenbond het oordeel 'goed', zoals op de verpakking staat.",
        "Laat u ons uw mening over de kleur van het ontwerp weten voordat we gaan drukken?",
        "Bedankt voor uw terugkoppeling over de bezorging, we hebben die aan PostNL doorgegeven.",
        "We bezorgen zoals gevraagd bij het vijfsterrenhotel aan de Markt, kamer 312, ter attentie van de receptie.",
        "Onze collega van de kwaliteitscontrole beoordeelt de foto's morgen en neemt dan contact met u op.",
        "Bekijkt u de preview en beoordeelt u of de letters goed leesbaar zijn?",
        "Uw terugkoppeling over de pasvorm heeft ons geholpen de maattabel te verbeteren.",
        "Uw kritiek op de verpakking nemen we serieus; we hebben de doos verstevigd.",
        "We hebben uw klacht onderzocht en terecht bevonden; het geld is onderweg.",
        "De expert beoordeelt dinsdag de schade bij u thuis.",
        "Volgens het typeplaatje is de adapter geschikt voor 65 W, uw laptop heeft 90 W nodig.",
      ],
    },
  },
  "sv-SE": {
    "review-more": {
      violations: [
        "Ditt intryck av brödrosten skulle hjälpa andra köpare mycket om du delar det på Amazon.",
        "Vi är nyfikna på hur du trivs med ryggsäcken, och några ord om den på produktsidan vore förstås toppen.",
        "Om du betygsätter oss vore det fint om du nämner den snabba leveransen.",
        "I din recension får du gärna lägga till en bild på den monterade hyllan.",
        "Som tack för ditt omdöme skickar vi ett presentkort på 50 kr.",
        "Den som skriver en recension med bild får fraktkostnaden tillbaka av oss.",
        "Med fem stjärnor skulle du verkligen göra vårt lilla team glatt.",
        "Ta gärna en minut och skriv några rader om lampan på Amazon.",
        "Om du delar din upplevelse på Amazon, berätta gärna hur snabbt monteringen gick.",
        "En bild på resultatet i din recension skulle hjälpa oss jättemycket.",
        "För din ärliga åsikt på Amazon betalar vi gärna tillbaka 10 % av priset.",
        "Efter ditt omdöme skickar vi som tack ett set reservfilter gratis.",
        "Det skulle glädja oss enormt att läsa på Amazon hur du trivs med lampan.",
        "Kunder som du, som delar med sig av sina erfarenheter, hjälper små säljare som oss otroligt mycket.",
      ],
      clean: [
        "Din feedback på korrekturet har vi fört in: texten är nu större.",
        "Besiktningsmannen har bedömt skadan, och försäkringen betalar reparationen.",
        "Vi har granskat och bedömt din retur: varan är oanvänd, så vi betalar tillbaka hela beloppet.",
        "Apparaten fick betyget 'bra' i Råd & Rörs test, som det står på förpackningen.",
        "Berätta gärna vad du tycker om färgen på utkastet innan vi börjar trycka.",
        "Tack för din återkoppling om leveransen, vi har skickat den vidare till PostNord.",
        "Vi levererar som du bad om till femstjärniga hotellet vid torget, rum 312, att. receptionen.",
        "Vår kollega på kvalitetskontrollen bedömer bilderna i morgon och hör sedan av sig till dig.",
        "Titta på förhandsvisningen och bedöm om texten är lätt att läsa.",
        "Din återkoppling om passformen hjälpte oss att förbättra storlekstabellen.",
        "Vi tar din kritik mot förpackningen på allvar; vi har förstärkt kartongen.",
        "Vi har utrett din reklamation och bedömt den som berättigad; pengarna är på väg.",
        "Besiktningsmannen bedömer skadan hemma hos dig på tisdag.",
        "Enligt typskylten klarar adaptern 65 W, din laptop behöver 90 W.",
      ],
    },
  },
  "pl-PL": {
    "review-more": {
      violations: [
        "Pana wrażenia o tosterze bardzo pomogłyby innym kupującym, gdyby podzielił się Pan nimi na Amazonie.",
        "Ciekawi nas, jak sprawdza się plecak, a kilka słów o nim na stronie produktu byłoby oczywiście super.",
        "Jeśli wystawi nam Pani ocenę, miło byłoby, gdyby wspomniała Pani o szybkiej wysyłce.",
        "Do recenzji może Pan śmiało dodać zdjęcie złożonego regału.",
        "W podziękowaniu za opinię wyślemy Pani bon na 20 zł.",
        "Kto napisze recenzję ze zdjęciem, dostanie od nas zwrot kosztów wysyłki.",
        "Pięcioma gwiazdkami sprawiłby Pan naszemu małemu zespołowi ogromną radość.",
        "Prosimy poświęcić chwilę na kilka zdań o lampie na Amazonie.",
        "Jeśli podzieli się Pani wrażeniami na Amazonie, prosimy dodać, jak szybko poszedł montaż.",
        "Zdjęcie efektu w Pana recenzji bardzo by nam pomogło.",
        "Za szczerą opinię na Amazonie chętnie zwrócimy Pani 10% ceny zakupu.",
        "Po wystawieniu oceny wyślemy Panu w podziękowaniu zestaw filtrów zapasowych gratis.",
        "Bardzo ucieszyłoby nas przeczytanie na Amazonie, jak sprawdza się u Pani lampa.",
        "Klienci tacy jak Pan, którzy dzielą się swoimi wrażeniami, ogromnie pomagają małym sprzedawcom takim jak my.",
      ],
      clean: [
        "Pani uwagi do wydruku próbnego uwzględniliśmy: litery są teraz większe.",
        "Rzeczoznawca ocenił szkodę, a ubezpieczyciel pokryje naprawę.",
        "Obejrzeliśmy i oceniliśmy zwrócony towar: jest nieużywany, więc zwracamy całą kwotę.",
        "Urządzenie dostało w teście Konsumenta ocenę „dobry”, jak podano na opakowaniu.",
        "Prosimy o opinię na temat koloru projektu, zanim zaczniemy druk.",
        "Dziękujemy za uwagi dotyczące dostawy, przekazaliśmy je firmie kurierskiej.",
        "Zgodnie z prośbą dostarczymy paczkę do pięciogwiazdkowego hotelu przy Rynku, pokój 312, do rąk recepcji.",
        "Nasza koleżanka z kontroli jakości oceni zdjęcia jutro i wtedy się z Panem skontaktuje.",
        "Prosimy obejrzeć podgląd i ocenić, czy napis jest dobrze czytelny.",
        "Pani uwagi o rozmiarze pomogły nam poprawić tabelę rozmiarów.",
        "Pana krytykę opakowania traktujemy poważnie; wzmocniliśmy karton.",
        "Rozpatrzyliśmy reklamację i uznaliśmy ją za zasadną; pieniądze są w drodze.",
        "Rzeczoznawca oceni szkodę na miejscu we wtorek.",
        "Według tabliczki znamionowej zasilacz ma 65 W, a laptop potrzebuje 90 W.",
      ],
    },
  },
};

/**
 * More soft cross-selling for set A, written while tuning, in wordings the
 * first batch did not use: work offered on the delivery at a price, mugs
 * to go with the teapot, what frequent travellers add, new motifs for the
 * holidays, a bigger bag that costs less, what regulars use, a strap that
 * would look good with the watch.
 */
export const ROUND8_A_MORE: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-more": {
      violations: [
        "Ihre Matratze wird am Freitag geliefert. Bei Bedarf bauen unsere Monteure das alte Bett für 40 € ab und entsorgen es.",
        "Die Teekanne ist verpackt. Zur Kanne gibt es übrigens Becher mit derselben Glasur.",
        "Der Ersatzakku ist unterwegs. Wer viel unterwegs ist, packt sich gern noch unsere Powerbank dazu.",
        "Die Bettwäsche wurde versendet. Zu Weihnachten kommen zwei neue Motive mit Sternen und Tannen.",
        "Ihr Espresso ist unterwegs. Die Bohnen bekommen Sie auch im Kilobeutel, der ist pro Tasse deutlich günstiger.",
        "Die Gartenschere ist bei DHL. Viele Stammkunden pflegen sie mit unserem Klingenöl, das verhindert Rost.",
        "Ihre Uhr ist unterwegs. Ein Wechselarmband aus Leder würde super dazu aussehen, wir haben mehrere Farben da.",
        "Die Lieferung der Waschmaschine ist für Montag bestätigt. Für einen Aufpreis von 29 € schließt unser Fahrer sie Ihnen direkt an.",
        "Ihr Grill ist unterwegs. Als Besitzer eines unserer Grills erhalten Sie auf Abdeckhauben 15 % Nachlass.",
        "Die Schuhe sind verpackt. Passende Einlegesohlen führen wir ebenfalls, falls Sie welche brauchen.",
        "Ihr Fahrradschloss wurde versandt. Unser Tipp für den Winter: Ein Tropfen von unserem Schlossöl, und nichts friert ein.",
        "Ihr Kinderbuch ist unterwegs. Band zwei der Reihe erscheint im Herbst.",
        "Danke für Ihre Geduld mit der Lieferung. Den Honig gibt es ab nächster Woche auch mit Lavendel.",
        "Wie wir sehen, ist Ihre Kaffeemaschine angekommen. Mit unseren Entkalkertabs bleibt sie jahrelang wie neu.",
        "Ihr Lizenzschlüssel lautet 7KQ2-M4PX-99TT. Die Pro-Version mit Cloud-Backup können Sie jederzeit direkt in der App freischalten.",
        "Ihr Aktivierungscode ist unten. Im Frühjahr erscheint die Version 2027, für Bestandskunden gibt es das Upgrade vergünstigt.",
        "Wir gravieren „Anna & Tom“ mittig auf das Brett. Einen Untersetzer mit demselben Schriftzug fertigen wir Ihnen gern dazu an.",
        "Die Wartung Ihrer Therme ist für Donnerstag bestätigt. Einen Wartungsvertrag mit festem Jahrestermin bieten wir ab 99 € im Jahr an.",
      ],
      clean: [
        "Das Armband Ihrer Uhr lässt sich ohne Werkzeug wechseln; die Anleitung liegt bei.",
        "Der Anschluss der Waschmaschine ist im Preis enthalten, unser Fahrer erledigt das am Montag.",
      ],
    },
  },
  "nl-NL": {
    "marketing-more": {
      violations: [
        "Uw matras wordt vrijdag bezorgd. Indien gewenst breken onze monteurs het oude bed voor € 40 af en voeren het af.",
        "De theepot is ingepakt. Bij de pot hebben we trouwens mokken met hetzelfde glazuur.",
        "De reserve-accu is onderweg. Wie veel reist, neemt er graag onze powerbank bij.",
        "Het beddengoed is verzonden. Met kerst komen er twee nieuwe prints met sterren en dennen.",
        "Uw espresso is onderweg. De bonen zijn ook per kilo te koop, dat is per kopje een stuk voordeliger.",
        "De snoeischaar is bij PostNL. Veel vaste klanten onderhouden hem met onze snoeiolie, dat voorkomt roest.",
        "Uw horloge is onderweg. Een leren wisselband zou er super bij staan, we hebben er verschillende kleuren van.",
        "De levering van de wasmachine staat voor maandag. Voor € 29 extra sluit onze chauffeur hem direct voor u aan.",
        "Uw barbecue is onderweg. Als eigenaar van een van onze barbecues krijgt u 15% op hoezen.",
        "De schoenen zijn ingepakt. Bijpassende inlegzolen hebben we ook, mocht u die nodig hebben.",
        "Uw fietsslot is verzonden. Onze tip voor de winter: een druppel van onze slotolie en er bevriest niets.",
        "Uw kinderboek is onderweg. Deel twee van de reeks verschijnt dit najaar.",
        "Bedankt voor uw geduld. De honing is vanaf volgende week ook met lavendel te krijgen.",
        "We zien dat uw koffiezetapparaat is aangekomen. Met onze ontkalkingstabletten blijft hij jarenlang als nieuw.",
        "Uw licentiesleutel is 7KQ2-M4PX-99TT. De Pro-versie met cloudback-up kunt u op elk moment in de app vrijschakelen.",
        "Uw activeringscode staat hieronder. In het voorjaar verschijnt versie 2027, bestaande klanten krijgen de upgrade met voordeel.",
        "We graveren 'Anna & Tom' in het midden van de plank. Een onderzetter met dezelfde tekst maken we er graag bij.",
        "Het onderhoud van uw cv-ketel staat voor donderdag. Een onderhoudscontract met een vaste jaarlijkse afspraak bieden we aan vanaf € 99 per jaar.",
      ],
      clean: [
        "Het bandje van uw horloge kunt u zonder gereedschap wisselen; de handleiding zit erbij.",
        "Het aansluiten van de wasmachine zit bij de prijs inbegrepen, onze chauffeur doet dat maandag.",
      ],
    },
  },
  "sv-SE": {
    "marketing-more": {
      violations: [
        "Din madrass levereras på fredag. Vid behov monterar våra montörer ner den gamla sängen för 400 kr och tar hand om den.",
        "Tekannan är packad. Till kannan har vi förresten muggar med samma glasyr.",
        "Reservbatteriet är på väg. Den som reser mycket brukar gärna ta med vår powerbank också.",
        "Sängkläderna har skickats. Till jul kommer två nya tryck med stjärnor och granar.",
        "Din espresso är på väg. Bönorna finns också i kilopåse, som blir betydligt billigare per kopp.",
        "Sekatören är hos PostNord. Många stamkunder sköter den med vår klingolja, som förhindrar rost.",
        "Din klocka är på väg. Ett utbytesarmband i läder skulle se toppen ut till den, vi har flera färger.",
        "Leveransen av tvättmaskinen är bekräftad till måndag. För 290 kr extra kopplar vår chaufför in den direkt.",
        "Din grill är på väg. Som ägare av en av våra grillar får du 15 % på överdrag.",
        "Skorna är packade. Matchande innersulor har vi också, om du skulle behöva.",
        "Ditt cykellås har skickats. Vårt vintertips: en droppe av vår låsolja så fryser ingenting.",
        "Din barnbok är på väg. Del två i serien kommer ut i höst.",
        "Tack för ditt tålamod. Honungen finns från nästa vecka även med lavendel.",
        "Vi ser att kaffebryggaren har kommit fram. Med våra avkalkningstabletter håller den sig som ny i flera år.",
        "Din licensnyckel är 7KQ2-M4PX-99TT. Pro-versionen med molnbackup kan du låsa upp när som helst direkt i appen.",
        "Din aktiveringskod finns nedan. I vår kommer version 2027, och befintliga kunder får uppgraderingen till rabatterat pris.",
        "Vi graverar ”Anna & Tom” mitt på brädan. En underlägg med samma text gör vi gärna till den också.",
        "Servicen av din värmepanna är bekräftad till torsdag. Ett serviceavtal med ett fast årligt besök erbjuder vi från 990 kr per år.",
      ],
      clean: [
        "Armbandet på din klocka kan bytas utan verktyg; instruktionen ligger i kartongen.",
        "Inkopplingen av tvättmaskinen ingår i priset, vår chaufför fixar det på måndag.",
      ],
    },
  },
  "pl-PL": {
    "marketing-more": {
      violations: [
        "Materac dostarczymy w piątek. W razie potrzeby nasi monterzy za 100 zł rozbiorą i wywiozą stare łóżko.",
        "Dzbanek jest już zapakowany. Do dzbanka mamy zresztą kubki z tą samą glazurą.",
        "Zapasowy akumulator jest w drodze. Kto dużo podróżuje, chętnie dobiera do niego nasz powerbank.",
        "Pościel została wysłana. Na święta pojawią się dwa nowe wzory z gwiazdkami i choinkami.",
        "Espresso jest w drodze. Ziarna sprzedajemy także w opakowaniu kilogramowym, które wychodzi dużo taniej w przeliczeniu na filiżankę.",
        "Sekator jest już u kuriera. Wielu stałych klientów konserwuje go naszym olejem do ostrzy, który chroni przed rdzą.",
        "Zegarek jest w drodze. Skórzany pasek na zmianę świetnie by do niego pasował, mamy kilka kolorów.",
        "Dostawa pralki jest potwierdzona na poniedziałek. Za dodatkowe 89 zł nasz kierowca od razu ją podłączy.",
        "Grill jest w drodze. Jako właściciel jednego z naszych grilli dostaje Pan 15% na pokrowce.",
        "Buty są spakowane. Pasujące wkładki też mamy, gdyby były potrzebne.",
        "Zapięcie rowerowe zostało wysłane. Nasza rada na zimę: kropla naszego oleju do zamków i nic nie zamarznie.",
        "Książeczka dla dziecka jest w drodze. Druga część serii ukaże się jesienią.",
        "Dziękujemy za cierpliwość. Od przyszłego tygodnia miód będzie też z lawendą.",
        "Widzimy, że ekspres dotarł. Z naszymi tabletkami do odkamieniania będzie latami jak nowy.",
        "Klucz licencyjny to 7KQ2-M4PX-99TT. Wersję Pro z kopią w chmurze może Pan w każdej chwili odblokować w aplikacji.",
        "Kod aktywacyjny jest poniżej. Wiosną ukaże się wersja 2027, a obecni klienci dostaną aktualizację w niższej cenie.",
        "Wygrawerujemy „Anna & Tom” na środku deski. Podkładkę z tym samym napisem chętnie dorobimy do kompletu.",
        "Przegląd kotła jest potwierdzony na czwartek. Umowę serwisową ze stałym corocznym terminem oferujemy od 299 zł rocznie.",
      ],
      clean: [
        "Pasek zegarka można wymienić bez narzędzi; instrukcja jest w pudełku.",
        "Podłączenie pralki jest wliczone w cenę, nasz kierowca zrobi to w poniedziałek.",
      ],
    },
  },
};

/**
 * A third batch of soft cross-selling for set A, written late in tuning
 * (pets, cosmetics, office, clothing): spares bought in advance, a series
 * that grows, a bulk price, a matching belt back in stock, a limited
 * edition, a second blanket from the seller; clean: an exchange offered, the
 * item's own properties, a delivery in several boxes.
 */
export const ROUND8_A_LATE: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-late": {
      violations: [
        "Ihr Kratzbaum ist unterwegs. Katzenbesitzer holen sich bei uns oft noch Ersatzstämme aus Sisal auf Vorrat.",
        "Die Handcreme wurde verschickt. Im Herbst bekommt die Serie Zuwachs: eine Fußcreme mit demselben Duft.",
        "Ihr Druckerpapier ist unterwegs. Ab fünf Kartons liefern wir übrigens zum Staffelpreis.",
        "Die Jeans wurde heute verschickt. Der passende Gürtel aus unserer Werkstatt ist gerade wieder da.",
        "Ihr Terminkalender ist unterwegs. Für nächstes Jahr legen wir wieder eine limitierte Auflage mit Leineneinband auf.",
        "Der Hundekorb ist unterwegs. Ein kleiner Tipp: Mit einer zweiten Decke von uns zum Wechseln bleibt der Korb immer frisch.",
      ],
      clean: [
        "Die Jeans fällt etwas klein aus; wenn Sie möchten, tauschen wir sie kostenlos gegen die nächste Größe um.",
        "Die Handcreme enthält kein Parfüm und ist auch für empfindliche Haut geeignet.",
        "Ihr Papier kommt in fünf Kartons; bitte prüfen Sie bei der Lieferung, ob alle unbeschädigt sind.",
      ],
    },
  },
  "nl-NL": {
    "marketing-late": {
      violations: [
        "Uw krabpaal is onderweg. Kattenbezitters nemen bij ons vaak meteen reservepalen van sisal mee.",
        "De handcrème is verzonden. In het najaar krijgt de lijn gezelschap: een voetcrème met dezelfde geur.",
        "Uw printpapier is onderweg. Vanaf vijf dozen leveren we trouwens tegen staffelprijs.",
        "De jeans is vandaag verzonden. De bijpassende riem uit onze werkplaats is net weer binnen.",
        "Uw agenda is onderweg. Voor volgend jaar brengen we weer een gelimiteerde oplage met linnen kaft uit.",
        "De hondenmand is onderweg. Een kleine tip: met een tweede kleed van ons om te wisselen blijft de mand altijd fris.",
      ],
      clean: [
        "De jeans valt wat klein; als u wilt, ruilen we hem kosteloos om voor een maat groter.",
        "De handcrème bevat geen parfum en is ook geschikt voor een gevoelige huid.",
        "Uw papier komt in vijf dozen; controleer bij de levering of ze allemaal onbeschadigd zijn.",
      ],
    },
  },
  "sv-SE": {
    "marketing-late": {
      violations: [
        "Ditt klösträd är på väg. Kattägare tar ofta med extra sisalstammar från oss att ha i reserv.",
        "Handkrämen har skickats. I höst får serien sällskap av en fotkräm med samma doft.",
        "Ditt skrivarpapper är på väg. Från fem kartonger levererar vi förresten till mängdpris.",
        "Jeansen skickades i dag. Det matchande bältet från vår verkstad är precis tillbaka i lager.",
        "Din kalender är på väg. Till nästa år gör vi åter en begränsad upplaga med linneomslag.",
        "Hundkorgen är på väg. Ett litet tips: med en extra filt från oss att byta med håller sig korgen alltid fräsch.",
      ],
      clean: [
        "Jeansen är lite små i storleken; om du vill byter vi dem kostnadsfritt mot en storlek större.",
        "Handkrämen innehåller ingen parfym och passar även känslig hud.",
        "Ditt papper kommer i fem kartonger; kontrollera vid leveransen att alla är oskadade.",
      ],
    },
  },
  "pl-PL": {
    "marketing-late": {
      violations: [
        "Drapak dla kota jest w drodze. Właściciele kotów często biorą od razu zapasowe słupki z sizalu.",
        "Krem do rąk został wysłany. Jesienią seria powiększy się o krem do stóp o tym samym zapachu.",
        "Papier do drukarki jest w drodze. Przy pięciu kartonach mamy zresztą cenę hurtową.",
        "Dżinsy wysłaliśmy dzisiaj. Pasujący pasek z naszej pracowni właśnie znów jest dostępny.",
        "Kalendarz jest w drodze. Na przyszły rok znów przygotujemy limitowany nakład w lnianej okładce.",
        "Legowisko dla psa jest w drodze. Mała rada: z drugim kocykiem od nas na zmianę legowisko zawsze będzie świeże.",
      ],
      clean: [
        "Dżinsy są trochę małe; jeśli Pan chce, bezpłatnie wymienimy je na większy rozmiar.",
        "Krem nie zawiera perfum i nadaje się także do skóry wrażliwej.",
        "Papier przyjdzie w pięciu kartonach; prosimy przy dostawie sprawdzić, czy wszystkie są nieuszkodzone.",
      ],
    },
  },
};

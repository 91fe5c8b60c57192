import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 second-pass probe set B in German, Dutch, Swedish and Polish:
 * clean messages only, held out (written before any change and not tuned
 * on). Each carries a trap: review, rating, feedback or assessment words in
 * everyday senses (feedback on a proof, a claim assessed, an energy class on
 * a rating plate, a technician's assessment, school grades), stars that are
 * no rating (a hotel, a motif, a product name), the buyer's own words
 * quoted, prices and "also" about the order itself, the seller's courier and
 * warehouse, a negated rating, and a product name with promo words.
 */
export const ROUND8C_B: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "clean": {
      violations: [],
      clean: [
        "Ihre Bestellung ist unterwegs. Danke für Ihr Feedback zum Probedruck, wir haben die Schrift wie gewünscht vergrößert.",
        "Wir haben Ihre Reklamation zur Kaffeemaschine geprüft und bewertet: Sie erhalten den vollen Kaufpreis zurück.",
        "Ihr Geschirrspüler wurde gestern geliefert. Laut Typenschild hat das Gerät die Energieeffizienzklasse B; die Einstufung steht auch auf dem Etikett in der Tür.",
        "Ihre Bestellung geht wie angegeben an das Hotel Alpenblick (4 Sterne), Rezeption, Hauptstraße 12.",
        "Der Bettbezug mit Sternenmotiv wurde heute verschickt. Die fünf Sterne auf dem Kissen sind gestickt, nicht gedruckt.",
        "Ihr Messerset „Fünf-Sterne-Koch“ ist heute rausgegangen; die Messer liegen im unteren Fach des Blocks.",
        "Sie schrieben uns: „Die Farbe sieht anders aus als auf dem Foto.“ Wir haben das geprüft und schicken Ihnen kostenlos ein Muster im richtigen Farbton.",
        "Ihre Bestellung wurde mit dem Expressversand verschickt, den Sie gewählt haben; die 6,90 € dafür stehen auf der Rechnung.",
        "Ihre Rücksendung ist bei uns eingegangen. Wir haben Ihnen den Kaufpreis und auch die Versandkosten erstattet.",
        "Der Restbetrag von 12 € für die zweite Teillieferung Ihrer Bestellung wird erst beim Versand abgebucht.",
        "Unser Techniker hat Ihr Gerät begutachtet; laut seinem Gutachten ist der Kompressor defekt und wird auf unsere Kosten getauscht.",
        "Ihr Paket liegt in unserem Lager bereit. Unser Kurier bringt es am Freitag zwischen 8 und 12 Uhr.",
        "Ihre Bestellung ist angekommen. Sie müssen nichts bewerten oder ausfüllen; die Garantie gilt automatisch ab dem Lieferdatum.",
        "Ihre Tasche „Mega Deal Shopper“ in Schwarz ist verpackt und geht morgen an Sie raus.",
        "Ihre Lernhefte sind unterwegs. Sie fragten, ob sie helfen, wenn Ihre Tochter in Mathe eine schlechte Note hatte: Ja, sie beginnen bei den Grundlagen.",
        "Die Fliesen wurden geliefert. Beim Aufmaß hat unser Fliesenleger den Raum angesehen; die Bewertung des Untergrunds ergab, dass keine Ausgleichsmasse nötig ist.",
      ],
    },
  },
  "nl-NL": {
    "clean": {
      violations: [],
      clean: [
        "Uw bestelling is onderweg. Bedankt voor uw feedback op de drukproef; we hebben het logo iets kleiner gemaakt.",
        "We hebben uw klacht over het koffiezetapparaat beoordeeld en u krijgt het volledige aankoopbedrag terug.",
        "Uw wasmachine is gisteren bezorgd. Op het typeplaatje staat energieklasse A; die classificatie geldt bij een volle trommel.",
        "Uw pakket gaat zoals opgegeven naar Hotel De Zeeuwse Stromen (4 sterren), receptie, Strandweg 5.",
        "Het dekbedovertrek met sterrenprint is vandaag verstuurd. De vijf sterren op het kussen zijn geborduurd.",
        "Uw messenset 'Vijfsterrenchef' is vandaag de deur uit; de messen zitten in het onderste vak van het blok.",
        "U schreef: 'De kleur is anders dan op de foto.' We hebben dat nagekeken en sturen u gratis een kleurstaal in de juiste tint.",
        "Uw bestelling is verstuurd met de spoedlevering die u koos; de € 6,95 daarvoor staat op de factuur.",
        "Uw retour is bij ons binnen. We hebben de aankoopprijs en ook de verzendkosten teruggestort.",
        "Het resterende bedrag van € 12 voor de tweede deellevering van uw bestelling wordt pas bij verzending afgeschreven.",
        "Onze monteur heeft uw apparaat onderzocht; volgens zijn beoordeling is de compressor defect en die vervangen we op onze kosten.",
        "Uw pakket ligt klaar in ons magazijn. Onze koerier brengt het vrijdag tussen 8 en 12 uur.",
        "Uw bestelling is aangekomen. U hoeft niets te beoordelen of in te vullen; de garantie gaat automatisch in op de leverdatum.",
        "Uw tas 'Super Sale Shopper' in het zwart is ingepakt en gaat morgen op de post.",
        "Uw oefenboekjes zijn onderweg. U vroeg of ze helpen als uw dochter een onvoldoende voor rekenen had: ja, ze beginnen bij de basis.",
        "De tegels zijn geleverd. Bij het opmeten heeft onze tegelzetter de ruimte bekeken; uit zijn beoordeling van de ondervloer bleek dat egaliseren niet nodig is.",
      ],
    },
  },
  "sv-SE": {
    "clean": {
      violations: [],
      clean: [
        "Din beställning är på väg. Tack för din feedback på korrekturet, vi har gjort texten större som du ville.",
        "Vi har granskat ditt klagomål om kaffebryggaren och bedömt att du får tillbaka hela köpesumman.",
        "Din diskmaskin levererades i går. Enligt typskylten har den energiklass B; klassningen står även på etiketten i luckan.",
        "Paketet går som du angav till Hotell Havsutsikt (4 stjärnor), receptionen, Strandvägen 3.",
        "Påslakanet med stjärnmönster skickades i dag. De fem stjärnorna på örngottet är broderade.",
        "Ditt knivset Femstjärnig kock har skickats i dag; knivarna ligger i det nedre facket i blocket.",
        "Du skrev: ”Färgen ser annorlunda ut än på bilden.” Vi har kontrollerat det och skickar gratis ett färgprov i rätt nyans.",
        "Din beställning skickades med expressfrakten som du valde; de 69 kr för den står på fakturan.",
        "Din retur har kommit fram till oss. Vi har betalat tillbaka köpesumman och även frakten.",
        "Resterande belopp på 120 kr för den andra delleveransen av din beställning dras först när den skickas.",
        "Vår tekniker har undersökt apparaten; enligt hans bedömning är kompressorn trasig och vi byter den på vår bekostnad.",
        "Ditt paket ligger klart på vårt lager. Vårt bud kör ut det på fredag mellan 8 och 12.",
        "Din beställning har kommit fram. Du behöver inte betygsätta eller fylla i något; garantin gäller automatiskt från leveransdagen.",
        "Din väska Super Sale Shopper i svart är packad och skickas i morgon.",
        "Dina övningshäften är på väg. Du frågade om de hjälper om dottern fått ett lågt betyg i matte: ja, de börjar från grunderna.",
        "Kakelplattorna har levererats. Vid uppmätningen tittade vår plattsättare på rummet; enligt hans bedömning av underlaget behövs ingen spackling.",
      ],
    },
  },
  "pl-PL": {
    "clean": {
      violations: [],
      clean: [
        "Pani zamówienie jest w drodze. Dziękujemy za opinię o próbnym wydruku, powiększyliśmy napis zgodnie z życzeniem.",
        "Rozpatrzyliśmy Pana reklamację ekspresu do kawy i oceniliśmy ją pozytywnie: zwrócimy pełną kwotę.",
        "Zmywarka została dostarczona wczoraj. Według tabliczki znamionowej ma klasę energetyczną B; ta klasa widnieje też na etykiecie w drzwiach.",
        "Paczka trafi, tak jak Pani podała, do Hotelu Panorama (4 gwiazdki), recepcja, ul. Nadmorska 3.",
        "Poszewka w gwiazdki została dziś wysłana. Pięć gwiazdek na poduszce jest haftowanych.",
        "Zestaw noży „Kucharz pięciu gwiazdek” wyszedł dziś do Pana; noże leżą w dolnej przegródce bloku.",
        "Napisała Pani: „Kolor wygląda inaczej niż na zdjęciu”. Sprawdziliśmy to i wyślemy bezpłatnie próbkę we właściwym odcieniu.",
        "Zamówienie wysłaliśmy wybraną przez Pana dostawą ekspresową; 19 zł za nią widnieje na fakturze.",
        "Pani zwrot do nas dotarł. Zwróciliśmy cenę zakupu, a także koszt wysyłki.",
        "Pozostała kwota 40 zł za drugą część dostawy Pana zamówienia zostanie pobrana dopiero przy wysyłce.",
        "Nasz serwisant obejrzał urządzenie; według jego oceny sprężarka jest uszkodzona i wymienimy ją na nasz koszt.",
        "Paczka czeka w naszym magazynie. Nasz kurier dowiezie ją w piątek między 8 a 12.",
        "Zamówienie dotarło. Nie musi Pan niczego oceniać ani wypełniać; gwarancja obowiązuje automatycznie od dnia dostawy.",
        "Torba „Super Sale Shopper” w kolorze czarnym jest spakowana i jutro do Pani wyjdzie.",
        "Zeszyty ćwiczeń są w drodze. Pytała Pani, czy pomogą, jeśli córka dostała słabą ocenę z matematyki: tak, zaczynają od podstaw.",
        "Płytki zostały dostarczone. Podczas pomiaru nasz fachowiec obejrzał pomieszczenie; z jego oceny podłoża wynika, że wylewka nie jest potrzebna.",
      ],
    },
  },
};

import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 second-pass probe set A in German, Dutch, Swedish and Polish:
 * clean messages only, tuned on. The families of set B in other situations:
 * the buyer's feedback on a fabric sample or on instructions, a proof to
 * check, an objection assessed again, an expert assessing damage, a case
 * rated as a warranty case, an energy label, a flag and a restaurant with
 * stars, the buyer's opinion on a colour, gift wrapping the buyer chose, a
 * free seal, a rating said to be unnecessary, and a product name with
 * promo words.
 */
export const ROUND8C_A: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "clean": {
      violations: [],
      clean: [
        "Ihre Bestellung ist heute verschickt worden. Wir haben Ihre Rückmeldung zum Stoffmuster erhalten und nähen die Vorhänge nun in Dunkelgrün.",
        "Danke für Ihr Feedback zur Montageanleitung: Schritt 4 war tatsächlich falsch, wir haben die Anleitung korrigiert und legen Ihnen die neue bei.",
        "Ihr Einspruch zur Erstattung wurde von unserem Team geprüft; nach erneuter Bewertung erstatten wir Ihnen die Differenz von 8 €.",
        "Ihre Lieferung geht wie vereinbart an das Sternerestaurant Krone, Lieferanteneingang hinten im Hof.",
        "Die Europaflagge mit den zwölf Sternen (90 x 150 cm) ist unterwegs und sollte am Donnerstag bei Ihnen sein.",
        "Zu Ihrer Schadensmeldung: Der Gutachter bewertet den Wasserschaden am Dienstag vor Ort; bitte lassen Sie das Parkett bis dahin liegen.",
        "Ihre Meinung zum Farbton haben wir an die Näherei weitergegeben; das Kissen wird nun in Senfgelb gefertigt.",
        "Sie haben bei der Bestellung die Geschenkverpackung für 2,50 € gewählt; das Buch ist bereits eingepackt.",
        "Wir legen Ihrer Bestellung kostenlos eine zweite Dichtung bei, da die erste beschädigt war.",
        "Eine Bewertung ist nicht nötig; wir wollten nur wissen, ob das Ersatzteil bei Ihnen passt.",
        "Ihr Paket kam in unser Lager zurück, weil die Hausnummer fehlte. Bitte bestätigen Sie die Adresse, dann versenden wir es erneut.",
        "Ihr „Super Spar Adventskalender“ ist unterwegs und kommt rechtzeitig vor dem 1. Dezember an.",
        "Unser Kundendienst hat Ihren Fall bewertet und stuft ihn als Garantiefall ein; ein Techniker meldet sich morgen bei Ihnen.",
        "Bitte prüfen Sie den angehängten Korrekturabzug und geben Sie uns Feedback, ob der Name auf der Tasse richtig geschrieben ist.",
        "Der Kühlschrank hat die Energieeffizienzklasse D; das Energielabel mit der Einstufung liegt dem Gerät bei.",
        "Sie schrieben, Ihr Hund habe die Leine „in fünf Minuten zerlegt“. Wir schicken Ihnen im Rahmen der Garantie eine neue.",
      ],
    },
  },
  "nl-NL": {
    "clean": {
      violations: [],
      clean: [
        "Uw bestelling is vandaag verstuurd. We hebben uw reactie op het stofstaal ontvangen en naaien de gordijnen nu in donkergroen.",
        "Bedankt voor uw feedback op de montagehandleiding: stap 4 klopte inderdaad niet, we hebben de handleiding verbeterd en sturen u de nieuwe mee.",
        "Uw bezwaar over de terugbetaling is door ons team bekeken; na een nieuwe beoordeling betalen we u het verschil van € 8 terug.",
        "Uw levering gaat zoals afgesproken naar sterrenrestaurant De Kroon, leveranciersingang achter op de binnenplaats.",
        "De Europese vlag met de twaalf sterren (90 x 150 cm) is onderweg en is donderdag bij u.",
        "Over uw schademelding: de expert beoordeelt de waterschade dinsdag ter plaatse; laat u het parket tot dan liggen.",
        "Uw mening over de kleur hebben we doorgegeven aan het naaiatelier; het kussen wordt nu in mosterdgeel gemaakt.",
        "U hebt bij de bestelling de cadeauverpakking van € 2,50 gekozen; het boek is al ingepakt.",
        "We sturen gratis een tweede afdichtring mee met uw bestelling, omdat de eerste beschadigd was.",
        "Een beoordeling is niet nodig; we wilden alleen weten of het onderdeel bij u past.",
        "Uw pakket kwam terug in ons magazijn omdat het huisnummer ontbrak. Bevestigt u het adres, dan versturen we het opnieuw.",
        "Uw 'Super Voordeel Adventskalender' is onderweg en komt ruim voor 1 december aan.",
        "Onze klantenservice heeft uw zaak beoordeeld als garantiegeval; een monteur neemt morgen contact met u op.",
        "Wilt u de bijgevoegde drukproef controleren en ons feedback geven of de naam op de mok goed gespeld is?",
        "De koelkast heeft energieklasse D; het energielabel met de classificatie zit bij het apparaat.",
        "U schreef dat uw hond de riem 'in vijf minuten had gesloopt'. We sturen u onder de garantie een nieuwe.",
      ],
    },
  },
  "sv-SE": {
    "clean": {
      violations: [],
      clean: [
        "Din beställning skickades i dag. Vi har fått din återkoppling på tygprovet och syr nu gardinerna i mörkgrönt.",
        "Tack för din feedback på monteringsanvisningen: steg 4 var faktiskt fel, vi har rättat anvisningen och skickar med den nya.",
        "Ditt bestridande av återbetalningen har granskats av vårt team; efter en ny bedömning betalar vi tillbaka mellanskillnaden på 80 kr.",
        "Leveransen går som överenskommet till stjärnkrogen Kronan, leverantörsingången på gården.",
        "EU-flaggan med de tolv stjärnorna (90 x 150 cm) är på väg och bör vara hos dig på torsdag.",
        "Angående din skadeanmälan: besiktningsmannen bedömer vattenskadan på plats på tisdag; låt parketten ligga kvar till dess.",
        "Din åsikt om färgen har vi vidarebefordrat till syateljén; kudden sys nu i senapsgult.",
        "Du valde presentinslagning för 25 kr när du beställde; boken är redan inslagen.",
        "Vi skickar gratis med en extra packning i din beställning, eftersom den första var skadad.",
        "Något omdöme behövs inte; vi ville bara veta om reservdelen passar.",
        "Ditt paket kom tillbaka till vårt lager eftersom gatunumret saknades. Bekräfta adressen så skickar vi det igen.",
        "Din Super Spar-adventskalender är på väg och kommer i god tid före den 1 december.",
        "Vår kundtjänst har bedömt ditt ärende som ett garantiärende; en tekniker hör av sig i morgon.",
        "Granska gärna det bifogade korrekturet och ge oss feedback på om namnet på muggen är rätt stavat.",
        "Kylskåpet har energiklass D; energimärkningen med klassningen följer med apparaten.",
        "Du skrev att hunden hade ”tuggat sönder kopplet på fem minuter”. Vi skickar ett nytt inom garantin.",
      ],
    },
  },
  "pl-PL": {
    "clean": {
      violations: [],
      clean: [
        "Pani zamówienie zostało dziś wysłane. Otrzymaliśmy Pani uwagi do próbki tkaniny i szyjemy teraz zasłony w kolorze ciemnozielonym.",
        "Dziękujemy za opinię o instrukcji montażu: krok 4 rzeczywiście był błędny, poprawiliśmy instrukcję i dołączymy nową.",
        "Nasz zespół rozpatrzył Pana odwołanie w sprawie zwrotu; po ponownej ocenie zwrócimy różnicę w wysokości 8 zł.",
        "Dostawa trafi zgodnie z ustaleniami do restauracji z gwiazdką Michelin „Korona”, wejście dla dostawców od podwórza.",
        "Flaga Unii Europejskiej z dwunastoma gwiazdkami (90 x 150 cm) jest w drodze i powinna dotrzeć w czwartek.",
        "W sprawie zgłoszonej szkody: rzeczoznawca oceni zalanie na miejscu we wtorek; prosimy do tego czasu nie zrywać parkietu.",
        "Pani opinię o odcieniu przekazaliśmy do szwalni; poduszka zostanie uszyta w kolorze musztardowym.",
        "Przy zamówieniu wybrał Pan pakowanie na prezent za 5 zł; książka jest już zapakowana.",
        "Do zamówienia dołączymy bezpłatnie drugą uszczelkę, ponieważ pierwsza była uszkodzona.",
        "Ocena nie jest potrzebna; chcieliśmy tylko wiedzieć, czy część pasuje.",
        "Paczka wróciła do naszego magazynu, bo brakowało numeru domu. Prosimy potwierdzić adres, a wyślemy ją ponownie.",
        "Pani „Super Promocja Kalendarz Adwentowy” jest w drodze i dotrze na długo przed 1 grudnia.",
        "Nasz dział obsługi ocenił Pana zgłoszenie jako przypadek gwarancyjny; technik skontaktuje się jutro.",
        "Prosimy sprawdzić załączony projekt do akceptacji i dać nam znać, czy imię na kubku jest poprawnie zapisane.",
        "Lodówka ma klasę energetyczną D; etykieta energetyczna z tą klasą jest dołączona do urządzenia.",
        "Napisał Pan, że pies „rozszarpał smycz w pięć minut”. W ramach gwarancji wyślemy nową.",
      ],
    },
  },
};

/**
 * More of set A (tuned on): everyday review words in other senses (a
 * workshop's or an inspector's assessment, a renewed look at a case, a
 * proof, a mock-up or a sample with the buyer's opinion asked, the buyer's
 * comments on packing or delivery passed on), stars in names, Amazon as where
 * the order was placed, and prices, "also" and free parts about the order.
 */
export const ROUND8C_A_MORE: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "review-word-other": {
      violations: [],
      clean: [
        "Ihr Staubsauger ist zur Reparatur bei uns angekommen. Die Bewertung durch die Werkstatt dauert etwa drei Werktage.",
        "Wir haben Ihre Fotos bewertet: Der Riss ist ein Transportschaden, Sie erhalten Ersatz.",
        "Unsere Qualitätsprüfung hat die Charge neu bewertet; Ihr Messer stammt nicht aus der betroffenen Lieferung.",
        "Zum Probedruck: Teilen Sie uns Ihre Meinung zum Blauton bitte bis Freitag mit, dann drucken wir die Einladungen.",
        "Die Sitzerhöhung hat im ADAC-Test die Note „gut“ bekommen, daher ist sie auch für Ihr Auto zugelassen.",
        "Die Bohrmaschine hat laut Typenschild eine Nennleistung von 750 Watt; bitte beachten Sie das bei der Nutzung am Generator.",
        "Vielen Dank für Ihre Rückmeldung zur Größe. Wir tauschen die Jacke gern gegen Größe L um, der Rückversand ist kostenlos.",
        "Ihr Feedback zum Lieferdienst haben wir an die Spedition weitergeleitet; der Fahrer wird künftig klingeln.",
        "Das Zeugnis Ihres Sohnes brauchen wir nicht; für den Schülerrabatt des Herstellers reicht der Schülerausweis.",
        "Die Sachverständige schätzt den Schaden auf 120 €; diesen Betrag erstatten wir Ihnen bis Freitag.",
        "Wir haben Ihr Anliegen intern bewertet und übernehmen die Kosten für die Reparatur vollständig.",
        "Ihr Teppich „Sternenhimmel“ wird heute geliefert; die Sterne sind in Gold eingewebt.",
        "Sie brauchen uns nicht zu bewerten und nichts weiter zu tun: Die Erstattung ist bereits veranlasst.",
        "Die Bewertung Ihres Altgeräts ergab einen Restwert von 40 €, den wir Ihnen gutschreiben.",
      ],
    },
    "proof": {
      violations: [],
      clean: [
        "Anbei der Andruck Ihrer Visitenkarten. Bitte geben Sie uns Ihre Meinung zum Blau bis Freitag.",
        "Im Anhang sehen Sie die Vorschau der Gravur. Wir freuen uns auf Ihr Feedback zur Position.",
        "Die Skizze für Ihr Türschild ist fertig. Teilen Sie uns bitte Ihre Meinung mit, bevor wir fräsen.",
        "Das Stoffmuster ist heute rausgegangen. Sagen Sie uns bitte, was Sie davon halten, dann nähen wir den Bezug.",
        "Hier ist der erste Entwurf des Fotobuchs. Ihr Feedback zu Seite 3 wäre hilfreich, bevor wir drucken.",
        "Wir haben Ihnen ein Farbmuster geschickt. Bitte bewerten Sie, ob der Ton zu Ihrer Küche passt.",
      ],
    },
    "mixed": {
      violations: [],
      clean: [
        "Ihre Bestellung über Amazon ist eingegangen. Die Rechnung finden Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“.",
        "Ihr Sternenprojektor „Galaxy Star 5“ ist unterwegs; die Fernbedienung liegt im Deckel.",
        "Die Lieferung an den Campingplatz „Vier Sterne am See“ ist für Samstag geplant; bitte nennen Sie uns die Stellplatznummer.",
        "Sie müssen nichts weiter tun, weder etwas ausfüllen noch bewerten: Das Ersatzteil ist schon unterwegs.",
        "Als Entschädigung für die Verspätung erstatten wir Ihnen die Versandkosten; Ihre Meinung zur Lieferzeit haben wir an den Versanddienstleister weitergegeben.",
        "Der Gutschein, den Sie beim Kauf eingelöst haben, wurde bei der Teilerstattung anteilig berücksichtigt.",
        "Ihre „Bestseller Kochbox“ ist verpackt und geht morgen früh raus.",
        "Die Garantiekarte des Herstellers liegt bei; die Registrierung auf der Herstellerseite ist freiwillig.",
        "Der TÜV hat den Kindersitz mit „sehr gut“ bewertet; er passt laut Liste auch in Ihr Modell.",
        "Wir haben unsere Rücksendebedingungen geprüft: Auch geöffnete Ware nehmen wir bis 30 Tage nach Lieferung zurück.",
        "Ihr Paket wurde beim Nachbarn abgegeben. Sollte es nicht ankommen, schicken wir Ihnen kostenlos ein neues.",
        "Ihre Kritik an der Verpackung ist berechtigt; wir packen ab sofort mit mehr Polstermaterial.",
      ],
    },
    "order-price-also": {
      violations: [],
      clean: [
        "Ihre Bestellung ist verschickt. Da ein Teil nachgeliefert wird, schicken wir Ihnen die fehlenden Schrauben auch kostenlos per Brief.",
        "Sie hatten beim Kauf die Zwei-Tages-Lieferung für 4,99 € gewählt; diese Gebühr erstatten wir wegen der Verspätung ebenfalls.",
        "Ihr Sofa wird am Dienstag geliefert. Unsere Monteure bauen es auch gleich auf und nehmen die Verpackung mit, das ist im Preis enthalten.",
        "Die „Black Friday Edition“ Ihres Kopfhörers ist unterwegs; sie unterscheidet sich nur in der Farbe vom Standardmodell.",
        "Laut unseren Garantiebedingungen übernehmen wir auch die Kosten für den Rückversand des defekten Geräts.",
        "Das Ersatzakku ist kostenlos und kommt in einem separaten Paket; Sie müssen den alten nicht zurückschicken.",
        "Ihre Bestellung umfasst zwei Pakete. Das zweite mit dem Zubehör kommt morgen, auch per DHL.",
        "Der Rabatt von 10 %, den Sie beim Kauf erhalten haben, wird bei der Erstattung natürlich berücksichtigt.",
      ],
    },
    "review-word-other-2": {
      violations: [],
      clean: [
        "Ihre Erstattung ist freigegeben. Der Fall lag noch zur Prüfung bei unserem Review-Team, daher die Verzögerung.",
        "Vielen Dank für Ihren Kommentar zur Lieferadresse; wir haben die Etage ergänzt, das Paket kommt am Montag.",
        "Die Rezension, die Sie im Buch erwähnt haben, stammt vom Verlag; wir haben Ihnen die fehlende Seite als PDF geschickt.",
        "Wir schätzen Ihre Geduld sehr: Der Ersatz ist heute verschickt worden und kommt kostenlos bei Ihnen an.",
        "Ihre Anmerkungen zur Größentabelle haben wir umgesetzt; die neue Tabelle steht ab morgen auf der Produktseite.",
        "Der Zustand des zurückgesandten Geräts wurde mit „wie neu“ eingestuft, daher erhalten Sie den vollen Betrag zurück.",
        "Das Rating der Powerbank liegt bei 20.000 mAh; im Flugzeug ist sie damit im Handgepäck erlaubt.",
        "Unser Prüfer hat die Naht bewertet und keinen Fehler gefunden; wir tauschen die Hose trotzdem gern um.",
        "Ihr Feedback zum Ersatzteil hat uns geholfen: Wir legen künftig eine Anleitung bei, und Ihnen schicken wir sie heute per E-Mail-Anhang über Amazon.",
        "Eine Beurteilung des Schadens ist erst nach der Rücksendung möglich; das Etikett dafür ist kostenlos.",
      ],
    },
  },
  "nl-NL": {
    "review-word-other": {
      violations: [],
      clean: [
        "Uw stofzuiger is voor reparatie bij ons aangekomen. De beoordeling door de werkplaats duurt ongeveer drie werkdagen.",
        "We hebben uw foto's beoordeeld: de barst is transportschade, u krijgt een vervangend exemplaar.",
        "Onze kwaliteitscontrole heeft de partij opnieuw beoordeeld; uw mes komt niet uit de betreffende levering.",
        "Over de drukproef: wilt u ons uw mening over de blauwe tint voor vrijdag laten weten? Dan drukken we de uitnodigingen.",
        "Het zitje kreeg bij de Consumentenbond de beoordeling 'goed', dus het is ook geschikt voor uw auto.",
        "Bedankt voor uw reactie over de maat. We ruilen de jas graag om voor maat L; het terugsturen is gratis.",
        "Uw feedback over de bezorgdienst hebben we doorgestuurd naar de vervoerder; de chauffeur belt voortaan aan.",
        "Het rapport van uw zoon hebben we niet nodig; voor de scholierenkorting van de fabrikant volstaat de schoolpas.",
        "De expert schat de schade op € 120; dat bedrag betalen we u vóór vrijdag terug.",
        "We hebben uw verzoek intern beoordeeld en nemen de reparatiekosten volledig voor onze rekening.",
        "Uw vloerkleed 'Sterrenhemel' wordt vandaag bezorgd; de sterren zijn in goud ingeweven.",
        "U hoeft ons niet te beoordelen en verder niets te doen: de terugbetaling is al in gang gezet.",
        "De taxatie van uw oude apparaat kwam uit op € 40, die we u terugbetalen.",
        "Na een grondige beoordeling van de foto's vergoeden we de reparatie van de kast.",
      ],
    },
    "proof": {
      violations: [],
      clean: [
        "Bijgaand de proefdruk van uw visitekaartjes. Wilt u ons uw mening over het blauw vóór vrijdag geven?",
        "In de bijlage ziet u het voorbeeld van de gravure. We horen graag uw feedback over de plaats.",
        "De schets voor uw naambord is klaar. Laat u ons uw mening weten voordat we gaan frezen?",
        "Het stofstaal is vandaag verstuurd. Laat ons weten wat u ervan vindt, dan naaien we de hoes.",
        "Hier is het eerste ontwerp van het fotoboek. Uw feedback op pagina 3 zou helpen voordat we drukken.",
        "We hebben u een kleurstaal gestuurd. Wilt u beoordelen of de tint bij uw keuken past?",
      ],
    },
    "mixed": {
      violations: [],
      clean: [
        "Uw bestelling via Amazon is binnen. De factuur vindt u in uw Amazon-account onder 'Mijn bestellingen'.",
        "Uw sterrenprojector 'Galaxy Star 5' is onderweg; de afstandsbediening zit in het deksel.",
        "De levering op camping 'Vier Sterren aan Zee' staat gepland voor zaterdag; wilt u ons het plaatsnummer geven?",
        "U hoeft verder niets te doen, niets in te vullen en niets te beoordelen: het onderdeel is al onderweg.",
        "Als vergoeding voor de vertraging betalen we de verzendkosten terug; uw mening over de levertijd hebben we aan de vervoerder doorgegeven.",
        "De kortingsbon die u bij de aankoop gebruikte, is naar rato meegenomen in de gedeeltelijke terugbetaling.",
        "Uw 'Bestseller Kookbox' is ingepakt en gaat morgenochtend de deur uit.",
        "De garantiekaart van de fabrikant zit erbij; registreren op de site van de fabrikant is vrijwillig.",
        "De Consumentenbond beoordeelde het autostoeltje als 'zeer goed'; volgens de lijst past het ook in uw model.",
        "We hebben onze retourvoorwaarden nagekeken: ook geopende artikelen nemen we tot 30 dagen na levering terug.",
        "Uw pakket is bij de buren afgegeven. Als het niet aankomt, sturen we u gratis een nieuw.",
        "Uw kritiek op de verpakking is terecht; we pakken voortaan in met meer vulmateriaal.",
      ],
    },
    "order-price-also": {
      violations: [],
      clean: [
        "Uw bestelling is verstuurd. Omdat een deel later komt, sturen we u de ontbrekende schroeven ook gratis per brief.",
        "U had bij de aankoop de levering binnen twee dagen voor € 4,99 gekozen; die kosten betalen we vanwege de vertraging ook terug.",
        "Uw bank wordt dinsdag bezorgd. Onze monteurs zetten hem ook meteen in elkaar en nemen de verpakking mee, dat zit in de prijs.",
        "De 'Black Friday Edition' van uw koptelefoon is onderweg; die verschilt alleen in kleur van het standaardmodel.",
        "Volgens onze garantievoorwaarden betalen we ook de kosten voor het terugsturen van het defecte apparaat.",
        "De vervangende accu is gratis en komt in een apart pakket; u hoeft de oude niet terug te sturen.",
        "Uw bestelling bestaat uit twee pakketten. Het tweede met de accessoires komt morgen, ook met PostNL.",
        "De korting van 10% die u bij de aankoop kreeg, houden we bij de terugbetaling natuurlijk aan.",
      ],
    },
    "review-word-other-2": {
      violations: [],
      clean: [
        "Uw terugbetaling is vrijgegeven. De zaak lag nog ter controle bij ons reviewteam, vandaar de vertraging.",
        "Bedankt voor uw opmerking over het afleveradres; we hebben de verdieping toegevoegd, het pakket komt maandag.",
        "De recensie die u in het boek noemt, is van de uitgever; we hebben u de ontbrekende pagina als pdf gestuurd.",
        "We waarderen uw geduld zeer: de vervanging is vandaag verstuurd en komt gratis bij u aan.",
        "Uw opmerkingen over de maattabel hebben we verwerkt; de nieuwe tabel staat vanaf morgen op de productpagina.",
        "De staat van het teruggestuurde apparaat is beoordeeld als 'zo goed als nieuw', dus u krijgt het volledige bedrag terug.",
        "De capaciteit van de powerbank is 20.000 mAh; daarmee mag hij in de handbagage in het vliegtuig.",
        "Onze controleur heeft de naad beoordeeld en geen fout gevonden; we ruilen de broek toch graag om.",
        "Uw feedback over het onderdeel heeft ons geholpen: we voegen voortaan een handleiding toe.",
        "Een beoordeling van de schade is pas mogelijk na het terugsturen; het retourlabel is gratis.",
      ],
    },
  },
  "sv-SE": {
    "review-word-other": {
      violations: [],
      clean: [
        "Din dammsugare har kommit till oss för reparation. Verkstadens bedömning tar ungefär tre arbetsdagar.",
        "Vi har granskat dina bilder: sprickan är en transportskada och du får en ny.",
        "Vår kvalitetskontroll har omvärderat partiet; din kniv kommer inte från den berörda leveransen.",
        "Om korrekturet: berätta gärna vad du tycker om den blå nyansen före fredag, så trycker vi inbjudningarna.",
        "Bilbarnstolen fick betyget ”bra” i testet, så den passar även i din bil.",
        "Tack för din återkoppling om storleken. Vi byter gärna jackan mot storlek L, returen är kostnadsfri.",
        "Din feedback om budfirman har vi skickat vidare till transportören; föraren ringer på i fortsättningen.",
        "Din sons betyg behöver vi inte; för tillverkarens studentrabatt räcker skolkortet.",
        "Besiktningsmannen värderar skadan till 1 200 kr; det beloppet betalar vi tillbaka före fredag.",
        "Vi har bedömt ditt ärende internt och står för hela reparationskostnaden.",
        "Din matta Stjärnhimmel levereras i dag; stjärnorna är invävda i guld.",
        "Du behöver inte betygsätta oss eller göra något mer: återbetalningen är redan på väg.",
        "Värderingen av din gamla apparat landade på 400 kr, som vi betalar tillbaka till dig.",
        "Efter en noggrann granskning av bilderna står vi för reparationen av skåpet.",
      ],
    },
    "proof": {
      violations: [],
      clean: [
        "Här är provtrycket av dina visitkort. Ge oss gärna din åsikt om den blå färgen före fredag.",
        "I bilagan ser du förhandsvisningen av graveringen. Vi vill gärna ha din feedback på placeringen.",
        "Skissen till din namnskylt är klar. Berätta gärna vad du tycker innan vi fräser.",
        "Tygprovet skickades i dag. Säg gärna vad du tycker om det, så syr vi överdraget.",
        "Här är det första utkastet till fotoboken. Din feedback på sidan 3 skulle hjälpa innan vi trycker.",
        "Vi har skickat ett färgprov till dig. Bedöm gärna om nyansen passar ditt kök.",
      ],
    },
    "mixed": {
      violations: [],
      clean: [
        "Din beställning via Amazon har kommit in. Fakturan hittar du i ditt Amazon-konto under ”Mina beställningar”.",
        "Din stjärnprojektor Galaxy Star 5 är på väg; fjärrkontrollen ligger i locket.",
        "Leveransen till campingen Fyra Stjärnor vid Sjön är planerad till lördag; skicka oss gärna platsnumret.",
        "Du behöver inte göra något mer, varken fylla i eller betygsätta något: reservdelen är redan på väg.",
        "Som ersättning för förseningen betalar vi tillbaka frakten; dina synpunkter på leveranstiden har vi lämnat vidare till transportören.",
        "Rabattkoden som du använde vid köpet har räknats in proportionellt i den delvisa återbetalningen.",
        "Din Bästsäljare Matkasse är packad och skickas i morgon bitti.",
        "Tillverkarens garantikort ligger med; registreringen på tillverkarens webbplats är frivillig.",
        "Bilbarnstolen fick omdömet ”mycket bra” i Råd & Rön; enligt listan passar den även din modell.",
        "Vi har gått igenom våra returvillkor: även öppnade varor tar vi tillbaka upp till 30 dagar efter leverans.",
        "Ditt paket lämnades hos grannen. Om det inte kommer fram skickar vi ett nytt utan kostnad.",
        "Din kritik mot förpackningen är befogad; från och med nu packar vi med mer stoppning.",
      ],
    },
    "order-price-also": {
      violations: [],
      clean: [
        "Din beställning har skickats. Eftersom en del kommer senare skickar vi även de saknade skruvarna gratis med brev.",
        "Du valde tvådagarsleverans för 49 kr när du beställde; den avgiften betalar vi också tillbaka på grund av förseningen.",
        "Din soffa levereras på tisdag. Våra montörer monterar den också direkt och tar med förpackningen, det ingår i priset.",
        "Black Friday Edition av dina hörlurar är på väg; den skiljer sig bara i färgen från standardmodellen.",
        "Enligt våra garantivillkor står vi även för returfrakten av den trasiga apparaten.",
        "Ersättningsbatteriet är gratis och kommer i ett separat paket; du behöver inte skicka tillbaka det gamla.",
        "Din beställning består av två paket. Det andra med tillbehören kommer i morgon, också med PostNord.",
        "Rabatten på 10 % som du fick vid köpet räknar vi förstås med i återbetalningen.",
      ],
    },
    "review-word-other-2": {
      violations: [],
      clean: [
        "Din återbetalning är godkänd. Ärendet låg kvar för granskning hos vårt reviewteam, därav förseningen.",
        "Tack för din kommentar om leveransadressen; vi har lagt till våningen, paketet kommer på måndag.",
        "Recensionen som du nämner i boken kommer från förlaget; vi har skickat den saknade sidan som pdf.",
        "Vi uppskattar ditt tålamod: ersättningen skickades i dag och kommer till dig utan kostnad.",
        "Dina synpunkter på storleksguiden har vi infört; den nya tabellen finns på produktsidan från i morgon.",
        "Skicket på den returnerade apparaten bedömdes som ”nyskick”, så du får tillbaka hela beloppet.",
        "Powerbankens kapacitet är 20 000 mAh; därmed får den tas med i handbagaget på flyget.",
        "Vår kontrollant har bedömt sömmen och inte hittat något fel; vi byter ändå gärna byxorna.",
        "Din feedback om reservdelen hjälpte oss: vi lägger med en instruktion i fortsättningen.",
        "En bedömning av skadan går att göra först efter returen; returetiketten är gratis.",
      ],
    },
  },
  "pl-PL": {
    "review-word-other": {
      violations: [],
      clean: [
        "Odkurzacz dotarł do nas do naprawy. Ocena w serwisie potrwa około trzech dni roboczych.",
        "Oceniliśmy zdjęcia: pęknięcie to uszkodzenie w transporcie, otrzyma Pan nowy egzemplarz.",
        "Nasza kontrola jakości ponownie oceniła partię; Pani nóż nie pochodzi z tej dostawy.",
        "W sprawie wydruku próbnego: prosimy o opinię na temat odcienia niebieskiego do piątku, wtedy wydrukujemy zaproszenia.",
        "Fotelik dostał w teście ocenę „dobry”, więc pasuje również do Pana samochodu.",
        "Dziękujemy za informację o rozmiarze. Chętnie wymienimy kurtkę na rozmiar L, odesłanie jest bezpłatne.",
        "Pani uwagi dotyczące kuriera przekazaliśmy firmie przewozowej; kierowca będzie odtąd dzwonił.",
        "Świadectwo syna nie jest nam potrzebne; do zniżki producenta dla uczniów wystarczy legitymacja szkolna.",
        "Rzeczoznawca wycenił szkodę na 120 zł; tę kwotę zwrócimy do piątku.",
        "Oceniliśmy Pana zgłoszenie wewnętrznie i pokryjemy w całości koszt naprawy.",
        "Dywan „Gwiaździste niebo” zostanie dziś dostarczony; gwiazdki są wplecione złotą nicią.",
        "Nie musi Pani nas oceniać ani nic więcej robić: zwrot został już zlecony.",
        "Wycena Pana starego urządzenia wyniosła 40 zł, które zwrócimy na konto.",
        "Po dokładnej ocenie zdjęć pokryjemy koszt naprawy szafy.",
      ],
    },
    "proof": {
      violations: [],
      clean: [
        "W załączniku próbny wydruk wizytówek. Prosimy o opinię na temat niebieskiego do piątku.",
        "W załączniku podgląd grawerunku. Czekamy na Pani uwagi co do położenia napisu.",
        "Szkic tabliczki z nazwiskiem jest gotowy. Prosimy o opinię, zanim zaczniemy frezować.",
        "Próbka tkaniny wyszła dziś do Pana. Prosimy dać znać, co Pan o niej sądzi, wtedy uszyjemy pokrowiec.",
        "Oto pierwsza makieta fotoksiążki. Pani opinia o stronie 3 bardzo pomoże, zanim wydrukujemy.",
        "Wysłaliśmy Panu próbkę koloru. Prosimy ocenić, czy odcień pasuje do kuchni.",
      ],
    },
    "mixed": {
      violations: [],
      clean: [
        "Pana zamówienie przez Amazon wpłynęło. Fakturę znajdzie Pan na swoim koncie Amazon w zakładce „Moje zamówienia”.",
        "Projektor gwiazd „Galaxy Star 5” jest w drodze; pilot leży w pokrywie.",
        "Dostawa na kemping „Cztery Gwiazdki nad Jeziorem” jest zaplanowana na sobotę; prosimy podać numer stanowiska.",
        "Nie musi Pani nic więcej robić, niczego wypełniać ani oceniać: część jest już w drodze.",
        "W ramach rekompensaty za opóźnienie zwracamy koszt wysyłki; Pana opinię o czasie dostawy przekazaliśmy przewoźnikowi.",
        "Kod rabatowy użyty przy zakupie został proporcjonalnie uwzględniony w częściowym zwrocie.",
        "„Bestseller Box Kulinarny” jest spakowany i wyjdzie jutro rano.",
        "Karta gwarancyjna producenta jest w paczce; rejestracja na stronie producenta jest dobrowolna.",
        "Fotelik otrzymał w teście ADAC ocenę „bardzo dobry”; według listy pasuje też do Pana modelu.",
        "Sprawdziliśmy nasze zasady zwrotów: również otwarte produkty przyjmujemy do 30 dni od dostawy.",
        "Paczka została zostawiona u sąsiada. Jeśli do Pani nie dotrze, wyślemy bezpłatnie nową.",
        "Pani uwagi krytyczne dotyczące opakowania są słuszne; od teraz pakujemy z większą ilością wypełniacza.",
      ],
    },
    "order-price-also": {
      violations: [],
      clean: [
        "Zamówienie zostało wysłane. Ponieważ część przyjdzie później, brakujące śruby również wyślemy bezpłatnie listem.",
        "Przy zakupie wybrała Pani dostawę w dwa dni za 9,99 zł; tę opłatę również zwrócimy z powodu opóźnienia.",
        "Sofa zostanie dostarczona we wtorek. Nasi monterzy od razu ją też złożą i zabiorą opakowanie, to jest wliczone w cenę.",
        "Edycja „Black Friday” Pana słuchawek jest w drodze; różni się od modelu standardowego tylko kolorem.",
        "Zgodnie z naszymi warunkami gwarancji pokrywamy także koszt odesłania uszkodzonego urządzenia.",
        "Zamienny akumulator jest bezpłatny i przyjdzie w osobnej paczce; nie musi Pan odsyłać starego.",
        "Zamówienie składa się z dwóch paczek. Druga z akcesoriami dotrze jutro, również przez InPost.",
        "Rabat 10%, który otrzymała Pani przy zakupie, oczywiście uwzględnimy przy zwrocie.",
      ],
    },
    "review-word-other-2": {
      violations: [],
      clean: [
        "Zwrot został zatwierdzony. Sprawa czekała jeszcze na weryfikację w naszym zespole, stąd opóźnienie.",
        "Dziękujemy za komentarz dotyczący adresu dostawy; dopisaliśmy piętro, paczka dotrze w poniedziałek.",
        "Recenzja, o której Pani wspomina, pochodzi od wydawnictwa i jest wydrukowana w książce; brakującą stronę wysłaliśmy jako PDF.",
        "Bardzo doceniamy Pana cierpliwość: zamiennik wysłaliśmy dziś i dotrze bezpłatnie.",
        "Pani uwagi do tabeli rozmiarów wprowadziliśmy; nowa tabela będzie na stronie produktu od jutra.",
        "Stan zwróconego urządzenia oceniono jako „jak nowy”, więc otrzyma Pan zwrot pełnej kwoty.",
        "Pojemność powerbanku to 20 000 mAh, więc można go zabrać do bagażu podręcznego w samolocie.",
        "Nasz kontroler ocenił szew i nie znalazł wady; mimo to chętnie wymienimy spodnie.",
        "Pani opinia o części zamiennej bardzo nam pomogła: od teraz będziemy dołączać instrukcję.",
        "Ocena uszkodzenia będzie możliwa dopiero po odesłaniu; etykieta zwrotna jest bezpłatna.",
      ],
    },
  },
};

/**
 * Set A, written while tuning: stars and review words in other senses
 * (a poinsettia, a zodiac sign, "in our opinion", a claim decided in the
 * buyer's favour, a comment in the order notes), the buyer asked about the
 * order itself (whether a part works, which remedy they prefer), technical
 * codes before a rating, product names with promo words, negations, and
 * "contact us directly" with no sale in it.
 */
export const ROUND8C_A_LATE: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "names-and-senses": {
      violations: [],
      clean: [
        "Ihr Weihnachtsstern ist gut verpackt unterwegs; stellen Sie ihn bitte nicht direkt an die Heizung.",
        "Die Kette mit Ihrem Sternzeichen Löwe ist graviert und geht heute an Sie raus.",
        "Unserer Erfahrung nach hält der Akku bei täglicher Nutzung etwa drei Jahre; die Garantie gilt zwei Jahre.",
        "Wir sind der Meinung, dass der Fleck beim Transport entstanden ist, und schicken Ihnen deshalb einen neuen Bezug.",
        "Ihre Reklamation wurde positiv beschieden; der Betrag wird in drei bis fünf Tagen gutgeschrieben.",
        "Sie erhalten innerhalb von 24 Stunden eine Rückmeldung von uns, ob das Ersatzteil noch lieferbar ist.",
        "Wir empfehlen Ihnen, den Akku vor der ersten Nutzung vollständig zu laden.",
        "Ihr Kommentar im Bestellfeld („bitte beim Nachbarn abgeben“) wurde an den Zusteller weitergegeben.",
        "Die Puzzlematte „Sternenzauber“ ist nachgeliefert worden; die fehlenden Teile sind jetzt dabei.",
        "Ihre Bestellung ist da. Falls Sie mit der Passform nicht zufrieden sind, tauschen wir gern um, kostenlos.",
        "Die Kritik an der langen Lieferzeit verstehen wir; als Ausgleich haben wir Ihnen die Versandkosten erstattet.",
        "Das Gerät ist in einem Top-Zustand zurückgekommen, daher erstatten wir den vollen Kaufpreis.",
      ],
    },
    "asked-about-the-order": {
      violations: [],
      clean: [
        "Das Ersatzteil ist gestern angekommen. Geben Sie uns bitte kurz Feedback, ob der Drucker jetzt wieder einzieht.",
        "Bitte schicken Sie uns ein Foto vom Typenschild, damit unser Techniker den Fehler bewerten kann.",
        "Könnten Sie uns Ihre Einschätzung geben, ob der Kratzer schon beim Auspacken da war?",
        "Wir brauchen Ihre Rückmeldung zur gewünschten Größe bis Donnerstag, sonst verschicken wir Größe M wie bestellt.",
        "Teilen Sie uns bitte Ihre Meinung mit: Sollen wir das Ersatzgerät schicken oder lieber den Kaufpreis erstatten?",
        "Bitte bewerten Sie den Zustand der Verpackung anhand der Fotos im Anhang und sagen Sie uns, ob sie beschädigt ankam.",
        "Ihre Bestellung wurde angepasst. Bitte prüfen Sie die neue Rechnung und geben Sie uns Bescheid, falls etwas nicht stimmt.",
        "Nach dem Einbau des neuen Filters würden wir gern wissen, ob das Geräusch weg ist; dann schließen wir den Fall.",
      ],
    },
    "codes-names-negations": {
      violations: [],
      clean: [
        "Das IP67-Rating der Lampe gilt nur bei geschlossener Abdeckung; bitte drehen Sie den Deckel fest zu.",
        "Ihr Brettspiel „Top Rated Quiz“ ist unterwegs und kommt am Mittwoch.",
        "Ihre Bestellung des Kartenspiels „Fünf Sterne Deluxe“ ist verpackt; die Spielregeln liegen bei.",
        "Sie müssen uns keine Sterne geben und nichts bewerten; wir wollten nur sicherstellen, dass der Fön funktioniert.",
        "Der Gutschein über 5 € ist unsere Entschuldigung für die Verspätung, er ist an keine Bedingung geknüpft.",
        "Die Bestellung ist über Amazon Prime gelaufen, daher kommt sie schon morgen.",
        "Bitte melden Sie sich nicht bei Amazon, sondern direkt bei uns, wenn der Termin nicht passt; wir verschieben ihn gern.",
        "Der „Sale“-Aufkleber auf dem Karton stammt vom Hersteller; Sie haben den regulären Preis bezahlt und nichts nachzuzahlen.",
        "Ihre Gratis-Probe der Creme lag der Bestellung bei, wie auf der Produktseite angegeben.",
        "Falls die Lieferung beschädigt ankommt, schreiben Sie uns bitte; wir senden sofort Ersatz, auch am Wochenende.",
      ],
    },
    "contact-us-directly": {
      violations: [],
      clean: [
        "Bei Fragen melden Sie sich bitte direkt bei uns.",
        "Melden Sie sich bei Problemen bitte direkt bei uns, wir helfen sofort.",
      ],
    },
  },
  "nl-NL": {
    "names-and-senses": {
      violations: [],
      clean: [
        "Uw kerstster is goed ingepakt onderweg; zet hem alstublieft niet direct bij de verwarming.",
        "De ketting met uw sterrenbeeld Leeuw is gegraveerd en gaat vandaag naar u toe.",
        "Uit ervaring weten we dat de accu bij dagelijks gebruik ongeveer drie jaar meegaat; de garantie is twee jaar.",
        "Wij zijn van mening dat de vlek tijdens het transport is ontstaan en sturen u daarom een nieuwe hoes.",
        "Uw klacht is positief beoordeeld; het bedrag staat binnen drie tot vijf dagen op uw rekening.",
        "We koppelen binnen 24 uur aan u terug of het onderdeel nog leverbaar is.",
        "We raden u aan de accu vóór het eerste gebruik volledig op te laden.",
        "Uw opmerking in het bestelveld ('graag bij de buren afgeven') is doorgegeven aan de bezorger.",
        "De puzzelmat 'Sterrenpracht' is nagestuurd; de ontbrekende stukjes zitten er nu bij.",
        "Uw bestelling is binnen. Bent u niet tevreden over de pasvorm, dan ruilen we graag om, kosteloos.",
        "De kritiek op de lange levertijd begrijpen we; ter compensatie hebben we de verzendkosten terugbetaald.",
        "Het apparaat is in topstaat teruggekomen, daarom betalen we het volledige aankoopbedrag terug.",
      ],
    },
    "asked-about-the-order": {
      violations: [],
      clean: [
        "Het onderdeel is gisteren aangekomen. Geeft u ons even feedback of de printer nu weer papier invoert?",
        "Stuur ons een foto van het typeplaatje, zodat onze monteur de fout kan beoordelen.",
        "Kunt u ons uw inschatting geven of de kras er al bij het uitpakken was?",
        "We hebben uw reactie over de gewenste maat vóór donderdag nodig, anders versturen we maat M zoals besteld.",
        "Laat u ons uw voorkeur weten: zullen we een vervangend apparaat sturen of liever het aankoopbedrag terugbetalen?",
        "Wilt u aan de hand van de foto's in de bijlage beoordelen of de verpakking beschadigd aankwam?",
        "Uw bestelling is aangepast. Controleert u de nieuwe factuur en laat u het weten als er iets niet klopt?",
        "Na het plaatsen van het nieuwe filter horen we graag of het geluid weg is; dan sluiten we de zaak.",
      ],
    },
    "codes-names-negations": {
      violations: [],
      clean: [
        "De IP67-classificatie van de lamp geldt alleen als de kap dicht is; draai het deksel goed vast.",
        "Uw bordspel 'Top Rated Quiz' is onderweg en komt woensdag.",
        "Uw bestelling van het kaartspel 'Vijf Sterren Deluxe' is ingepakt; de spelregels zitten erbij.",
        "U hoeft ons geen sterren te geven en niets te beoordelen; we wilden alleen zeker weten dat de föhn werkt.",
        "De bon van € 5 is ons excuus voor de vertraging; er zit geen enkele voorwaarde aan.",
        "De bestelling liep via Amazon Prime, daarom komt ze morgen al.",
        "Meldt u zich niet bij Amazon maar rechtstreeks bij ons als de afspraak niet past; we verzetten hem graag.",
        "De 'Sale'-sticker op de doos komt van de fabrikant; u hebt de normale prijs betaald en hoeft niets bij te betalen.",
        "Uw gratis proefje van de crème zat bij de bestelling, zoals op de productpagina vermeld.",
        "Als de levering beschadigd aankomt, schrijf ons dan; we sturen meteen vervanging, ook in het weekend.",
      ],
    },
    "contact-us-directly": {
      violations: [],
      clean: [
        "Bij vragen kunt u zich direct bij ons melden.",
        "Meld u bij problemen gerust direct bij ons.",
      ],
    },
  },
  "sv-SE": {
    "names-and-senses": {
      violations: [],
      clean: [
        "Din julstjärna är väl förpackad och på väg; ställ den gärna inte direkt vid elementet.",
        "Halsbandet med ditt stjärntecken Lejonet är graverat och skickas i dag.",
        "Vår erfarenhet är att batteriet håller ungefär tre år vid daglig användning; garantin gäller i två år.",
        "Vi anser att fläcken uppstod under transporten och skickar därför ett nytt överdrag.",
        "Din reklamation har bedömts positivt; beloppet kommer in på ditt konto inom tre till fem dagar.",
        "Vi återkopplar inom 24 timmar om reservdelen fortfarande går att få tag på.",
        "Vi rekommenderar att du laddar batteriet fullt före första användningen.",
        "Din kommentar i beställningsfältet (”lämna hos grannen”) har vidarebefordrats till budet.",
        "Pusselmattan Stjärnglans har eftersänts; de saknade bitarna finns nu med.",
        "Din beställning har kommit. Om du inte är nöjd med passformen byter vi gärna, kostnadsfritt.",
        "Kritiken mot den långa leveranstiden förstår vi; som kompensation har vi betalat tillbaka frakten.",
        "Apparaten kom tillbaka i toppskick, därför betalar vi tillbaka hela köpesumman.",
      ],
    },
    "asked-about-the-order": {
      violations: [],
      clean: [
        "Reservdelen kom i går. Ge oss gärna en kort återkoppling om skrivaren matar in papper igen nu.",
        "Skicka gärna ett foto på typskylten så att vår tekniker kan bedöma felet.",
        "Kan du ge oss din bedömning av om repan fanns redan när du packade upp den?",
        "Vi behöver ditt besked om önskad storlek före torsdag, annars skickar vi storlek M som beställt.",
        "Berätta gärna vad du föredrar: ska vi skicka en ny apparat eller hellre betala tillbaka köpesumman?",
        "Titta gärna på bilderna i bilagan och bedöm om förpackningen kom fram skadad.",
        "Din beställning har ändrats. Granska gärna den nya fakturan och hör av dig om något inte stämmer.",
        "När det nya filtret är på plats vill vi gärna veta om ljudet är borta; då avslutar vi ärendet.",
      ],
    },
    "codes-names-negations": {
      violations: [],
      clean: [
        "Lampans IP67-klassning gäller bara när kåpan är stängd; skruva åt locket ordentligt.",
        "Ditt brädspel Top Rated Quiz är på väg och kommer på onsdag.",
        "Din beställning av kortspelet Fem Stjärnor Deluxe är packad; spelreglerna ligger med.",
        "Du behöver inte ge oss några stjärnor eller betygsätta något; vi ville bara försäkra oss om att hårtorken fungerar.",
        "Presentkortet på 50 kr är vår ursäkt för förseningen och är inte kopplat till något villkor.",
        "Beställningen gick via Amazon Prime, därför kommer den redan i morgon.",
        "Kontakta inte Amazon utan oss direkt om tiden inte passar; vi flyttar den gärna.",
        "Sale-dekalen på kartongen kommer från tillverkaren; du har betalat ordinarie pris och behöver inte betala något mer.",
        "Ditt gratisprov på krämen låg med i beställningen, som det står på produktsidan.",
        "Om leveransen kommer fram skadad, skriv till oss; vi skickar ersättning direkt, även på helgen.",
      ],
    },
    "contact-us-directly": {
      violations: [],
      clean: [
        "Har du frågor kan du vända dig direkt till oss.",
        "Vid problem, hör av dig direkt till oss så hjälper vi dig.",
      ],
    },
  },
  "pl-PL": {
    "names-and-senses": {
      violations: [],
      clean: [
        "Gwiazda betlejemska jest dobrze zapakowana i w drodze; prosimy nie stawiać jej bezpośrednio przy kaloryferze.",
        "Łańcuszek z Pani znakiem zodiaku Lew jest wygrawerowany i wyjdzie dziś.",
        "Z naszego doświadczenia akumulator przy codziennym użyciu wytrzymuje około trzech lat; gwarancja obowiązuje dwa lata.",
        "W naszej opinii plama powstała podczas transportu, dlatego wysyłamy Panu nowy pokrowiec.",
        "Reklamacja została rozpatrzona pozytywnie; kwota wpłynie na konto w ciągu trzech do pięciu dni.",
        "W ciągu 24 godzin damy Pani znać, czy część jest jeszcze dostępna.",
        "Zalecamy pełne naładowanie akumulatora przed pierwszym użyciem.",
        "W uwagach do zamówienia napisała Pani „proszę zostawić u sąsiada”; przekazaliśmy to kurierowi.",
        "Mata puzzle „Gwiezdny blask” została dosłana; brakujące elementy są już w paczce.",
        "Zamówienie dotarło. Jeśli rozmiar nie będzie pasował, chętnie bezpłatnie wymienimy.",
        "Rozumiemy krytykę długiego czasu dostawy; w ramach rekompensaty zwróciliśmy koszt wysyłki.",
        "Urządzenie wróciło w idealnym stanie, dlatego zwracamy pełną cenę zakupu.",
        "Paczka dotrze przed Gwiazdką, wysłaliśmy ją dziś kurierem.",
      ],
    },
    "asked-about-the-order": {
      violations: [],
      clean: [
        "Część dotarła wczoraj. Prosimy o krótką informację zwrotną, czy drukarka znów pobiera papier.",
        "Prosimy przesłać zdjęcie tabliczki znamionowej, aby nasz technik mógł ocenić usterkę.",
        "Czy może Pani ocenić, czy rysa była już przy rozpakowaniu?",
        "Potrzebujemy Pana odpowiedzi w sprawie rozmiaru do czwartku, w przeciwnym razie wyślemy rozmiar M zgodnie z zamówieniem.",
        "Prosimy o opinię: czy wysłać urządzenie zastępcze, czy wolą Państwo zwrot ceny zakupu?",
        "Prosimy ocenić na podstawie zdjęć w załączniku, czy opakowanie dotarło uszkodzone.",
        "Zamówienie zostało zmienione. Prosimy sprawdzić nową fakturę i dać znać, jeśli coś się nie zgadza.",
        "Po założeniu nowego filtra chcielibyśmy wiedzieć, czy hałas zniknął; wtedy zamkniemy zgłoszenie.",
      ],
    },
    "codes-names-negations": {
      violations: [],
      clean: [
        "Klasa szczelności IP67 lampy obowiązuje tylko przy zamkniętej osłonie; prosimy mocno dokręcić pokrywę.",
        "Gra planszowa „Top Rated Quiz” jest w drodze i dotrze w środę.",
        "Zamówienie gry karcianej „Pięć Gwiazdek Deluxe” jest spakowane; instrukcja jest w pudełku.",
        "Nie musi Pan dawać nam gwiazdek ani niczego oceniać; chcieliśmy tylko upewnić się, że suszarka działa.",
        "Bon na 20 zł to nasze przeprosiny za opóźnienie i nie jest związany z żadnym warunkiem.",
        "Zamówienie zostało złożone przez Amazon Prime, dlatego dotrze już jutro.",
        "Jeśli termin nie pasuje, prosimy pisać bezpośrednio do nas, a nie do Amazon; chętnie go przesuniemy.",
        "Naklejka „Sale” na kartonie pochodzi od producenta; zapłaciła Pani cenę regularną i nie musi niczego dopłacać.",
        "Bezpłatna próbka kremu była dołączona do zamówienia, tak jak podano na stronie produktu.",
        "Jeśli przesyłka dotrze uszkodzona, prosimy o wiadomość; od razu wyślemy zamiennik, także w weekend.",
      ],
    },
    "contact-us-directly": {
      violations: [],
      clean: [
        "W razie pytań prosimy pisać bezpośrednio do nas.",
        "Prosimy zgłaszać się bezpośrednio do nas, nie do producenta.",
      ],
    },
  },
};

/**
 * Set A, last batch: review and rating words in the other message types (a
 * key that makes a program assess a disk, a fitter assessing a wall, an
 * imprint inviting criticism, a part's quality grade, the seller sharing
 * the buyer's view of a cancellation, a helmet's safety stars).
 */
export const ROUND8C_A_LAST: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "message-types": {
      violations: [],
      clean: [
        "Ihr Aktivierungsschlüssel für die Software lautet unten; nach der Aktivierung bewertet das Programm die Festplatte automatisch und zeigt den Zustand an.",
        "Der Monteur kommt am Donnerstag zwischen 8 und 10 Uhr. Er bewertet vor Ort, ob die Wand die Halterung trägt.",
        "Gemäß § 5 TMG finden Sie unser Impressum im Anhang; für Kritik und Anregungen erreichen Sie uns unter derselben Anschrift.",
        "Die Bremsbeläge passen laut Hersteller zu Ihrem Fahrzeug; die Freigabe mit der Bewertung „OE-Qualität“ liegt bei.",
        "Ihre Garantieanfrage ist eingegangen. Sobald die Werkstatt den Schaden begutachtet hat, hören Sie von uns.",
        "Wir bedanken uns für Ihr Verständnis und Ihre offene Rückmeldung zur Lieferverzögerung.",
        "Ihre Bestellung ist storniert und der Betrag erstattet. Ihre Bewertung der Situation teilen wir: Das hätte nicht passieren dürfen.",
        "Die Zertifizierung des Helms mit fünf Sternen im Sicherheitstest ist auf dem Etikett im Inneren abgedruckt.",
      ],
    },
  },
  "nl-NL": {
    "message-types": {
      violations: [],
      clean: [
        "Uw zaak over de garantie is binnen. Zodra de werkplaats de schade heeft beoordeeld, hoort u van ons.",
        "We danken u voor uw begrip en uw eerlijke feedback over de vertraagde levering.",
        "Uw bestelling is geannuleerd en het bedrag teruggestort. Uw beoordeling van de situatie delen we: dit had niet mogen gebeuren.",
        "Het certificaat van de helm met vijf sterren in de veiligheidstest staat op het etiket aan de binnenkant.",
      ],
    },
  },
  "sv-SE": {
    "message-types": {
      violations: [],
      clean: [
        "Ditt garantiärende har kommit in. När verkstaden har bedömt skadan hör vi av oss.",
        "Vi tackar för din förståelse och din ärliga feedback om den försenade leveransen.",
        "Din beställning är avbokad och beloppet återbetalt. Vi delar din bedömning av situationen: det borde inte ha hänt.",
        "Hjälmens certifiering med fem stjärnor i säkerhetstestet står på etiketten på insidan.",
      ],
    },
  },
  "pl-PL": {
    "message-types": {
      violations: [],
      clean: [
        "Klucz aktywacyjny znajduje się poniżej; po aktywacji program sam oceni stan dysku i wyświetli wynik.",
        "Monter przyjedzie w czwartek między 8 a 10. Na miejscu oceni, czy ściana utrzyma uchwyt.",
        "Zgodnie z przepisami dane firmy znajdują się w załączniku; uwagi i sugestie można kierować na ten sam adres.",
        "Klocki hamulcowe według producenta pasują do Pana samochodu; atest z oceną „jakość OE” jest w paczce.",
        "Zgłoszenie gwarancyjne dotarło. Gdy serwis oceni uszkodzenie, odezwiemy się.",
        "Dziękujemy za wyrozumiałość i szczerą opinię o opóźnieniu dostawy.",
        "Zamówienie zostało anulowane, a kwota zwrócona. Podzielamy Pani ocenę sytuacji: to nie powinno się zdarzyć.",
        "Certyfikat kasku z pięcioma gwiazdkami w teście bezpieczeństwa jest nadrukowany na etykiecie w środku.",
      ],
    },
  },
};

import { MARKETING_DE } from "../../../src/rules/_lexicons/marketing/de.ts";
import { REVIEW_DE } from "../../../src/rules/_lexicons/review/de.ts";
import {
  assertLexiconShape,
  type ClassProbes,
  MARKETING_CONCEPTS,
  type Probes,
  REVIEW_CONCEPTS,
  testClassProbes,
  testProbes,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("de lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_DE, "de", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_DE, "de", MARKETING_CONCEPTS);
});

// Sentences written for the classes that must generalize: review words in
// other senses (proofs, claims, damage, troubleshooting, trade-in values),
// stars that are not ratings, soft marketing without promo words (new range,
// matching goods, "we also make", suggestions, other packs), storefront
// wording, manuals on the seller's site, stock arriving for the order,
// review wishes, roundabout rewards and change requests.

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Bitte prüfen Sie den angehängten Korrekturabzug und geben Sie uns Feedback zum Entwurf.",
  "Wir haben Ihre Reklamation geprüft und bewertet: Sie erhalten eine volle Erstattung.",
  "Ihre Rückmeldung zur Schriftart brauchen wir bis Freitag, dann starten wir die Gravur.",
  "Könnten Sie uns kurz Ihre Meinung sagen, welche Farbe wir für die Gravur nehmen sollen?",
  "Unser Techniker muss den Schaden zuerst begutachten und bewerten.",
  "Die Versandkosten werden nach Gewicht bewertet und berechnet.",
  "Bitte geben Sie uns eine kurze Rückmeldung, ob die Lieferadresse stimmt.",
  "Wir haben Ihren Antrag auf Rückerstattung überprüft und genehmigt.",
  "Vielen Dank für Ihr Feedback, wir schicken Ihnen heute noch Ersatz.",
  "Bitte bewerten Sie selbst, ob das Teil noch verwendbar ist, und schicken Sie uns ein Foto des Schadens.",
  "Ihre Beurteilung des Musters hilft uns, die richtige Größe zu fertigen.",
  "Sagen Sie uns bitte, was Sie von dem Layout halten, bevor wir drucken.",
  "Bitte schicken Sie uns Fotos, damit wir den Schaden bewerten können.",
  "Der Prüfbericht bewertet die Batterie mit Schutzklasse IP67.",
  "Die Lieferadresse ist das 4-Sterne-Hotel Adlon, Unter den Linden 77, Rezeption.",
  "Bitte liefern Sie an das 5-Sterne-Hotel am Hafen, die Lobby nimmt Pakete an.",
  "Auf das Kissen sticken wir wie gewünscht fünf goldene Sterne.",
  "Das Sternerestaurant im Erdgeschoss nimmt das Paket für Sie an.",
  "Die Bettwäsche mit dem Sternenmuster ist leider ausverkauft, wir erstatten den Betrag.",
  "Das Ersatzfilter-Set wird heute verschickt, Sie müssen nichts weiter tun.",
  "Der zweite Artikel Ihrer Bestellung kommt in einem separaten Paket.",
  "Leider ist der Artikel nicht mehr auf Lager; wir erstatten Ihnen den vollen Betrag.",
  "Unser Lager schickt die fehlende Schraube morgen nach.",
  "Wenn Sie weitere Fragen zu Ihrer Bestellung haben, melden Sie sich gern.",
  "Die neue Lieferung ist morgen bei Ihnen, die Sendungsnummer finden Sie unten.",
  "Falls Sie den Artikel zurückgeben möchten, nutzen Sie bitte das Rücksendeetikett.",
  "Passend zu Ihrer Bestellung liegt die Bedienungsanleitung als PDF bei.",
  "Ihr Paket ist da: Der Zusteller hat es um 10 Uhr beim Nachbarn abgegeben.",
  "Das Ersatzteil ist eingetroffen und geht morgen an Sie raus.",
  "Unser Techniker ist am Dienstag zwischen 8 und 12 Uhr bei Ihnen.",
  "Unser Kundenservice ist auch samstags für Sie da.",
  "Wir sind da, um Ihnen zu helfen, schreiben Sie uns einfach.",
  "Der fehlende Adapter ist inzwischen bei uns eingetroffen; wir schicken ihn heute los.",
  "Schauen Sie bitte nach, ob das Zubehör vollständig im Karton liegt.",
  "Bitte warten Sie bis zu 3 Werktage auf die passenden Schrauben.",
  "Die Modelle unterscheiden sich nur in der Farbe; Sie haben das schwarze bestellt.",
  "Der Filter wird im 2er-Pack geliefert, so wie Sie ihn bestellt haben.",
  "Unsere Anleitung passt perfekt zu Ihrem Modell, Sie finden sie im Anhang.",
  "Die Farbe Anthrazit ist wieder auf Lager, Ihre Bestellung geht morgen raus.",
  "Wir haben auch die Rücksendung geprüft und erstatten Ihnen die Versandkosten.",
  "Leider gibt es das Modell nicht mehr; wir erstatten Ihnen den vollen Kaufpreis.",
  "Die neueste Firmware finden Sie auf der Seite des Herstellers.",
  "Im Set sind zwei Akkus und ein Ladegerät enthalten.",
  "Unser Lager hat die Ware heute erhalten, der Versand folgt morgen.",
  "Falls Sie mehr Zeit für die Rücksendung brauchen, sagen Sie einfach Bescheid.",
  "Die Anleitung finden Sie auch auf unserer Website unter Downloads.",
  "Bei uns ist die Lieferung heute angekommen, vielen Dank für die schnelle Rücksendung.",
  "Leider gibt es die Farbe Petrol nicht mehr, wir haben Ihnen Anthrazit reserviert.",
  "Das Gerät wird am Montag geliefert, bitte prüfen Sie es bei Erhalt.",
  "Danke für Ihr Feedback zur Lieferung, wir geben es an den Paketdienst weiter.",
  "Die Bewertung des Schadens durch den Gutachter liegt vor; Sie erhalten eine Erstattung.",
  "Könnten Sie den Druckentwurf bitte prüfen und uns Ihre Rückmeldung bis Mittwoch geben?",
  "Bitte bewerten Sie die Farbe auf dem Probefoto und sagen Sie uns, ob sie passt.",
  "Wir haben Ihre Beschwerde sorgfältig geprüft und bewertet.",
  "Der Gutachter wird den Schaden vor Ort bewerten, bitte seien Sie zwischen 9 und 12 Uhr zu Hause.",
  "Ihr Feedback zur Vorschau ist uns wichtig, bevor wir mit der Gravur beginnen.",
  "Die Versandkosten für Expresslieferungen werden nach Zone berechnet.",
  "Bitte teilen Sie uns Ihre Meinung zur Schriftart mit, damit wir den Stempel fertigen können.",
  "Die Bewertung Ihres Garantiefalls durch den Hersteller dauert etwa eine Woche.",
  "Das Netzteil hat die Schutzart IP44 und eignet sich für den Außenbereich.",
  "Gerne können Sie uns Feedback zum Layout geben, wir passen es kostenlos an.",
  "Wir freuen uns auf Ihre Rückmeldung zur Musterfarbe.",
  "Schicken Sie uns bitte ein Foto, damit unser Techniker den Defekt beurteilen kann.",
  "Bitte schildern Sie uns Ihre Erfahrung mit dem Gerät genauer, damit wir den Fehler eingrenzen können.",
  "Können Sie uns sagen, was Sie bisher mit der Software versucht haben?",
  "Teilen Sie uns bitte mit, welche Erfahrungen Sie beim Aufbau gemacht haben, dann verbessern wir die Anleitung.",
  "Wie ist Ihr Eindruck vom Ersatzgerät, funktioniert jetzt alles?",
  "Bitte beschreiben Sie kurz, wie sich das Produkt beim Laden verhält.",
  "Das Paket geht an das Sternehotel Bayerischer Hof, Zimmer 412.",
  "Auf dem Etikett steht die Energieeffizienzklasse mit drei Sternen.",
  "Der Stoff mit den kleinen Sternen ist wieder da, Ihr Ersatz geht morgen raus.",
  "Wir haben Ihnen fünf Sterne auf die Tasse gedruckt, wie im Auftrag angegeben.",
  "Das Ersatzteil passt perfekt zu Ihrem Modell, Sie können es ohne Werkzeug einsetzen.",
  "Die Erweiterung der Garantie ist bereits in Ihrem Kauf enthalten.",
  "Die Anleitung ist auf unserer Website als PDF erhältlich.",
  "Auf unserer Website gibt es die Anleitung auch als Video.",
  "Die aktualisierte Anleitung ist jetzt auf unserer Website verfügbar.",
  "Das Datenblatt finden Sie auf unserer Homepage unter Downloads.",
  "Die neue Firmware ist da und steht auf unserer Website zum Download bereit.",
  "Vielen Dank für Ihren Einkauf in unserem Shop.",
  "Vielen Dank für Ihre Bestellung bei uns, Ihr Paket ist unterwegs.",
  "Wir empfehlen, das Gerät vor dem ersten Gebrauch vollständig zu laden.",
  "Wir erstatten Ihnen 10 % des Kaufpreises als Entschädigung für die Verspätung.",
  "Das Paket geht an das Drei-Sterne-Hotel am Markt, bitte an der Rezeption abgeben.",
  "Wir schicken Ihnen einen anderen Artikel; bitte geben Sie uns kurz Rückmeldung, ob die Farbe passt.",
  "Bitte warten Sie bis zu 3 Werktage auf die Lieferung im gleichen Design.",
  "Wir freuen uns auf Ihre Rückmeldung, ob Ihnen der Farbton gefällt.",
  "Wir haben Ihre Bewertung gelesen und uns sofort um den Fall gekümmert.",
  "Bitte sagen Sie uns Ihre Meinung, ob Ihnen das Muster auf dem Entwurf gefällt.",
  "Wir würden gern wissen, ob Ihnen die neue Farbe gefällt, bevor wir die restlichen Stücke fertigen.",
  "Wir sticken fünf goldene Sterne auf die Tischdecke, bitte bestätigen Sie die Garnfarbe.",
  "Die Variante mit 5 Sternen pro Reihe wirkt voller als die mit 3 Sternen; welche möchten Sie?",
  "Könnten Sie uns kurz Feedback geben, ob das Ersatzteil passt?",
  "Geben Sie uns bitte Feedback, ob die Lieferung am Dienstag klappt.",
  "Ihr Feedback zur Lieferung haben wir an den Paketdienst weitergeleitet.",
  "Wir haben Ihre Bewertung der Lage nachvollzogen und schicken sofort Ersatz.",
  "Bitte bewerten Sie den Zustand der Verpackung auf dem Rücksendeformular.",
  "Die Bewertung Ihres Altgeräts ergab einen Restwert von 40 Euro, den wir Ihnen erstatten.",
  "Zu Ihrer Kaffeemühle liegt eine Reinigungsbürste bei.",
  "Für die kalten Tage empfehlen wir, den Akku nicht im Auto zu lassen.",
  "Die Tasse gibt es leider nicht mehr, wir erstatten Ihnen den Betrag.",
  "Als Ergänzung zur Anleitung schicken wir Ihnen ein kurzes Video.",
  "Das Set mit Untertassen ist heute verschickt worden.",
  "Unsere Werkstatt hat Ihre Gravur heute fertiggestellt.",
  "Wir haben jetzt auch Ihre zweite Bestellung verschickt.",
  "Unsere neue Adresse für Rücksendungen finden Sie unten.",
  "Der Artikel kommt als Set mit zwei Ladekabeln, so wie bestellt.",
  "Schauen Sie sich bitte unsere neue Anleitung an, sie erklärt den Aufbau Schritt für Schritt.",
  "Unser Kundenservice ist jetzt auch samstags erreichbar, falls noch Fragen sind.",
  "Wir empfehlen Ihnen, den Filter alle drei Monate zu wechseln.",
  "Die Rücksendung ist übrigens auch für Sie kostenlos.",
  "Als Lösung bieten wir Ihnen einen kostenlosen Ersatz oder eine Erstattung an.",
  "Ein Blick auf die Sendungsverfolgung zeigt, dass das Paket morgen kommt.",
  "Es lohnt sich, den Akku vor dem ersten Gebrauch voll zu laden.",
  "Die passende Schraube liegt im Beutel mit der Aufschrift B.",
  "Bitte legen Sie die passenden Teile wieder in den Karton und kleben Sie das Etikett auf.",
  "Wir haben die passenden Dübel für Ihre Wand mitgeschickt.",
  "Ihr Feedback zur Verpackung finden wir klasse, wir geben es an das Lager weiter.",
  "Den Adapter können Sie kostenlos mitbestellen, falls er fehlt – schreiben Sie uns einfach.",
  "Schauen Sie bitte, ob die passende Fernbedienung im Karton liegt.",
  "Die passenden Maße haben wir notiert; die Vorhänge gehen am Freitag in die Näherei.",
  "Sollte Ihnen etwas fehlen, melden Sie sich bitte.",
  "Ihr Feedback zur Verpackung finden wir klasse, wir geben es an das Lager weiter.",
  "Wir haben keine Aktion für Sie; die Erstattung erfolgt automatisch.",
  "Der Versand des Ersatzteils ist kostenlos für Sie.",
  "Passend dazu finden Sie unsere Pflegehinweise im Anhang.",
  "Bei Fragen empfehlen wir unseren Kundenservice, der auch samstags erreichbar ist.",
  "Wir empfehlen Ihnen unsere Aufbauanleitung als Video, der Link steht auf dem Karton.",
  "Als Ergänzung zur Anleitung schicken wir Ihnen unser kurzes Video.",
  "Die Kissenhülle aus der neuen Herbstkollektion ist heute bei uns eingetroffen und geht morgen an Sie raus.",
  "Der Bestseller-Kalender, den Sie bestellt haben, ist wieder auf Lager.",
  "Ihr Artikel „Sommerkollektion Leinenhemd“ ist unterwegs.",
  "Die Lampe aus unserem Sortiment, die Sie bestellt haben, wird am Montag geliefert.",
  "Bitte besuchen Sie Ihr Amazon-Konto unter „Meine Bestellungen“, um die Rücksendung zu starten.",
  "Sie finden die Rechnung in Ihrem Amazon-Konto; als Prime-Kunde ist der Versand kostenlos.",
  "Ihr Artikel Neuheit 2025 Adventskalender wird morgen geliefert.",
  "Das Modell „Bestseller Pro“ ist leider defekt angekommen; wir senden Ersatz.",
  "Bitte holen Sie das Paket an der Amazon Locker-Station am Bahnhof ab.",
  "Sie müssen keine Bewertung schreiben; die Erstattung läuft ganz normal.",
  "Sie müssen keine Bewertung schreiben, die Erstattung läuft ganz normal.",
  "Eine Bewertung ist nicht nötig; die Erstattung erfolgt automatisch.",
  "Die Erstattung hängt nicht von einer Bewertung ab und erfolgt automatisch.",
  "Wie hat Ihnen die Lieferung gefallen? Schreiben Sie uns, falls etwas nicht gepasst hat.",
  "Wir sind gespannt, ob das Ersatzteil jetzt funktioniert.",
  "Sie müssen keine Bewertung schreiben; die Erstattung läuft ganz normal.",
  "Schicken Sie uns einen Screenshot der Fehlermeldung, dann helfen wir weiter.",
  "Die 10 Euro Entschädigung für die Verspätung haben wir bereits erstattet.",
];

testRuleCases("review", "de-DE", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Ihre Meinung würde anderen Käufern wirklich helfen.",
      messageId: "solicitation",
    },
    {
      text:
        "Wir würden uns sehr freuen zu hören, wie Ihnen das Produkt gefällt – am besten auf Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Es würde uns viel bedeuten, wenn Sie Ihre Erfahrungen teilen.",
      messageId: "solicitation",
    },
    {
      text: "Eine kurze Bewertung wäre für uns eine große Hilfe.",
      messageId: "solicitation",
    },
    {
      text: "Zögern Sie nicht, eine Rezension zu hinterlassen.",
      messageId: "solicitation",
    },
    {
      text: "Über ein paar Sterne würden wir uns riesig freuen.",
      messageId: "solicitation",
    },
    {
      text: "Erzählen Sie anderen Kunden, wie zufrieden Sie sind.",
      messageId: "solicitation",
    },
    {
      text: "Wir hoffen, Sie finden einen Moment für eine Bewertung.",
      messageId: "solicitation",
    },
    {
      text: "Ein ehrliches Feedback auf Amazon wäre super.",
      messageId: "solicitation",
    },
    {
      text: "Lassen Sie andere Käufer wissen, was Sie von dem Produkt halten.",
      messageId: "solicitation",
    },
    {
      text: "Als Dankeschön für Ihre Bewertung erstatten wir Ihnen 5 Euro.",
      messageId: "incentive",
    },
    {
      text:
        "Schreiben Sie eine Rezension und erhalten Sie ein kostenloses Zubehörteil.",
      messageId: "incentive",
    },
    {
      text: "Wenn Sie zufrieden sind, freuen wir uns über fünf Sterne.",
      messageId: "gating",
    },
    {
      text:
        "Bevor Sie eine schlechte Bewertung abgeben, kontaktieren Sie bitte uns.",
      messageId: "gating",
    },
    {
      text: "Da das Problem gelöst ist, könnten Sie Ihre Bewertung anpassen?",
      messageId: "change",
    },
    { text: "Würden Sie Ihre Rezension bitte löschen?", messageId: "change" },
    {
      text: "Erwähnen Sie in Ihrer Rezension bitte die schnelle Lieferung.",
      messageId: "instructions",
    },
    {
      text:
        "Wir würden uns freuen, wenn Sie Ihre 1-Sterne-Bewertung noch einmal überdenken.",
      messageId: "change",
    },
    {
      text: "Vielleicht möchten Sie Ihre Rezension jetzt aktualisieren.",
      messageId: "change",
    },
    {
      text: "Wäre es möglich, die Bewertung nach oben zu korrigieren?",
      messageId: "change",
    },
    {
      text:
        "Wenn Ihnen die Software gefällt, freuen wir uns über ein paar Worte auf der Produktseite.",
      messageId: "gating",
    },
    {
      text:
        "Ihre Meinung zum Produkt ist uns sehr wichtig, teilen Sie sie gern.",
      messageId: "solicitation",
    },
    {
      text: "Erzählen Sie doch anderen Kunden von Ihrem Kauf.",
      messageId: "solicitation",
    },
    {
      text:
        "Wenn die Software Ihnen gute Dienste leistet, würden wir uns über ein paar Zeilen zur Software freuen.",
      messageId: "solicitation",
    },
    {
      text:
        "Nachdem der Fehler behoben ist, würden wir uns freuen, wenn Ihre Bewertung das widerspiegelt.",
      messageId: "change",
    },
    {
      text: "Vielleicht möchten Sie die Rezension nun revidieren.",
      messageId: "change",
    },
    {
      text:
        "Wer uns eine Rezension schreibt, bekommt beim nächsten Kauf ein kleines Geschenk.",
      messageId: "incentive",
    },
    {
      text:
        "Nach Ihrer Bewertung schicken wir Ihnen gern ein Dankeschön-Paket.",
      messageId: "incentive",
    },
    {
      text:
        "Als kleines Familienunternehmen wären wir für eine Bewertung sehr dankbar.",
      messageId: "solicitation",
    },
    {
      text:
        "Wenn Ihnen die Software gefällt, würden wir uns über ein paar Worte sehr freuen.",
      messageId: "gating",
    },
    {
      text: "Wir hoffen, dass Sie Ihre Bewertung nun entsprechend ergänzen.",
      messageId: "change",
    },
    {
      text:
        "Vielleicht sehen Sie Ihre Rezension jetzt in einem anderen Licht und passen sie an.",
      messageId: "change",
    },
    {
      text:
        "Es wäre schön, wenn Ihre Bewertung den gelösten Fall berücksichtigen würde.",
      messageId: "solicitation",
    },
    {
      text: "Würden Sie Ihre zwei Sterne eventuell noch einmal überdenken?",
      messageId: "change",
    },
    {
      text:
        "Wir sind ein kleiner Familienbetrieb, jede Bewertung bedeutet uns unglaublich viel.",
      messageId: "solicitation",
    },
    {
      text: "Wenn Ihnen die Software gefällt, freuen wir uns über Ihre Sterne.",
      messageId: "gating",
    },
    {
      text:
        "Sollte Ihnen das Programm gefallen, wäre eine kurze Rezension klasse.",
      messageId: "gating",
    },
    {
      text:
        "Vielleicht möchten Sie Ihre Bewertung nun aktualisieren, da der Schaden behoben ist.",
      messageId: "change",
    },
    {
      text:
        "Wir würden uns freuen, wenn Ihre Bewertung die schnelle Lösung widerspiegelt.",
      messageId: "change",
    },
    {
      text:
        "Wir haben Ihr Feedback weitergeleitet. Bitte bewerten Sie uns doch auch auf Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Bitte geben Sie uns keine schlechte Bewertung, sondern schreiben Sie uns zuerst.",
      messageId: "gating",
    },
    {
      text:
        "Ohne Bewertung können wir leider nicht wachsen, bitte nehmen Sie sich kurz Zeit.",
      messageId: "solicitation",
    },
    {
      text:
        "Hätten Sie einen Moment, um Ihre Erfahrungen auf Amazon zu teilen?",
      messageId: "solicitation",
    },
    {
      text: "Ein paar Sterne auf Amazon würden uns wirklich weiterhelfen.",
      messageId: "solicitation",
    },
    {
      text:
        "Wir sind gespannt auf Ihr Urteil zum Produkt – hinterlassen Sie es gern auf der Produktseite.",
      messageId: "solicitation",
    },
    {
      text: "Vergessen Sie nicht, Ihren Kauf zu bewerten!",
      messageId: "solicitation",
    },
    {
      text:
        "Sind Sie zufrieden? Dann freuen wir uns über eine positive Rezension.",
      messageId: "gating",
    },
    {
      text:
        "Schicken Sie uns einen Screenshot Ihrer Rezension und Sie erhalten 10 Euro zurück.",
      messageId: "incentive",
    },
    {
      text:
        "Schreiben Sie gern ein paar Zeilen zu Ihrem Kauf, anderen Kunden hilft das sehr.",
      messageId: "solicitation",
    },
    {
      text:
        "Wie hat Ihnen Ihre Bestellung gefallen? Wir lesen es gern in einer Rezension.",
      messageId: "solicitation",
    },
    {
      text: "Ihr Eindruck vom Produkt würde uns auf Amazon sehr interessieren.",
      messageId: "solicitation",
    },
    {
      text:
        "Über Ihre Meinung auf Amazon würden wir uns freuen, falls alles gepasst hat.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "de-DE", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Übrigens: Unsere neue Herbstkollektion ist da!",
      messageId: "crossSell",
    },
    {
      text:
        "Schauen Sie sich gern in unserem Shop um, da gibt es noch mehr schöne Sachen.",
      messageId: "crossSell",
    },
    {
      text: "Wir stellen auch passende Kissenbezüge her.",
      messageId: "crossSell",
    },
    {
      text: "Falls Sie mehr Filter brauchen, wir haben sie auch im 6er-Pack.",
      messageId: "crossSell",
    },
    {
      text:
        "Das könnte Ihnen auch gefallen: unsere Thermoskanne aus Edelstahl.",
      messageId: "crossSell",
    },
    {
      text: "Tipp: Unsere Reinigungsbürste passt hervorragend dazu.",
      messageId: "crossSell",
    },
    {
      text:
        "Ab nächster Woche gibt es bei uns die neue Wintersaison mit vielen Modellen.",
      messageId: "crossSell",
    },
    {
      text:
        "Wenn Sie Winterwanderungen planen, unsere Thermosflaschen und Gamaschen sind ideal dafür.",
      messageId: "crossSell",
    },
    {
      text:
        "Jetzt, wo das Problem gelöst ist: Wussten Sie, dass wir auch Ersatzklingen anbieten?",
      messageId: "crossSell",
    },
    {
      text: "In unserem Sortiment finden Sie auch Kerzen und Duftöle.",
      messageId: "crossSell",
    },
    {
      text: "Unsere neuen Modelle für den Frühling sind eingetroffen.",
      messageId: "crossSell",
    },
    {
      text: "Sie suchen noch ein Geschenk? Wir haben viele weitere Ideen.",
      messageId: "crossSell",
    },
    {
      text: "Die passende Schutzhülle gibt es übrigens auch bei uns.",
      messageId: "crossSell",
    },
    {
      text:
        "Suchen Sie auf Amazon einfach nach unserer Marke, dort finden Sie alles.",
      messageId: "crossSell",
    },
    {
      text: "Besuchen Sie unseren Amazon-Shop für weitere Produkte.",
      messageId: "crossSell",
    },
    {
      text:
        "Klicken Sie auf unseren Verkäufernamen, um unser ganzes Angebot zu sehen.",
      messageId: "promotion",
    },
    {
      text: "Übrigens fertigen wir auch passende Raffrollos nach Maß.",
      messageId: "crossSell",
    },
    {
      text: "Passend dazu gibt es bei uns ein Pflegeset für Holzmöbel.",
      messageId: "crossSell",
    },
    {
      text: "Unsere neuen Wintermodelle sind ab sofort erhältlich.",
      messageId: "crossSell",
    },
    {
      text: "Neu bei uns: Kerzen in zwölf Duftrichtungen.",
      messageId: "crossSell",
    },
    {
      text: "Kleiner Tipp: Unser Reinigungsspray passt perfekt dazu.",
      messageId: "crossSell",
    },
    {
      text: "Die Jacke gibt es übrigens auch in anderen Farben.",
      messageId: "crossSell",
    },
    {
      text: "Zu Ihrem Rasenmäher könnte Ihnen auch unser Fangkorb gefallen.",
      messageId: "crossSell",
    },
    {
      text: "Schauen Sie doch mal, was wir sonst noch im Angebot haben.",
      messageId: "promotion",
    },
    {
      text: "Demnächst erscheint unsere neue Frühjahrskollektion.",
      messageId: "crossSell",
    },
    {
      text:
        "Passend dazu gibt es das Zusatzpaket mit 200 weiteren Schriftarten.",
      messageId: "crossSell",
    },
    {
      text:
        "Weitere Produkte von uns finden Sie, wenn Sie bei Amazon nach unserem Markennamen suchen.",
      messageId: "crossSell",
    },
    {
      text: "Besuchen Sie doch mal unseren Markenshop auf Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Über unser Verkäuferprofil sehen Sie alle weiteren Artikel.",
      messageId: "crossSell",
    },
    {
      text: "Übrigens haben wir gerade neue Farben reinbekommen.",
      messageId: "crossSell",
    },
    {
      text:
        "Planen Sie Winterwanderungen? Unsere Thermosflaschen passen perfekt dazu.",
      messageId: "crossSell",
    },
    {
      text: "Nur diese Woche bei uns: jede zweite Kerze gratis.",
      messageId: "promotion",
    },
    {
      text:
        "Aus dem gleichen Stoff haben wir übrigens auch passende Kissenhüllen.",
      messageId: "crossSell",
    },
    {
      text:
        "Falls Sie noch Tischdecken im selben Design suchen, nähen wir Ihnen diese gern.",
      messageId: "crossSell",
    },
    {
      text:
        "Als Entschädigung bekommen Sie 15 % Rabatt auf alle Thermobecher im Shop.",
      messageId: "promotion",
    },
    {
      text: "Bis zu 50 % Rabatt auf alles im Shop, nur dieses Wochenende!",
      messageId: "promotion",
    },
    {
      text: "Sparen Sie bis zu 30 % im gesamten Shop.",
      messageId: "promotion",
    },
    {
      text: "Jetzt bis zu 40 % Rabatt auf unsere Bestseller.",
      messageId: "promotion",
    },
    {
      text:
        "Wussten Sie schon? Zu Ihrer Kaffeemühle gibt es bei uns auch die passenden Bohnen.",
      messageId: "crossSell",
    },
    {
      text: "Für die kalten Tage haben wir jetzt auch Wollsocken im Programm.",
      messageId: "crossSell",
    },
    {
      text: "Schauen Sie gern wieder bei uns vorbei, es lohnt sich.",
      messageId: "promotion",
    },
    {
      text:
        "Unser Sortiment wächst ständig, vielleicht ist beim nächsten Mal etwas für Sie dabei.",
      messageId: "crossSell",
    },
    {
      text:
        "Falls Ihnen die Tasse gefällt: Es gibt sie auch als Set mit Untertassen.",
      messageId: "crossSell",
    },
    {
      text: "Weitere Motive aus der Serie finden Sie in unserem Amazon-Shop.",
      messageId: "crossSell",
    },
    {
      text: "Als Ergänzung empfehlen wir unser Reinigungstuch aus Mikrofaser.",
      messageId: "crossSell",
    },
    {
      text: "Frisch aus der Werkstatt: unsere neuen Holzbretter.",
      messageId: "crossSell",
    },
    {
      text:
        "Wenn Sie möchten, nähen wir aus dem Reststoff passende Kissenbezüge – sprechen Sie uns einfach an.",
      messageId: "crossSell",
    },
    {
      text:
        "Aus demselben Stoff fertigen wir übrigens auch Tischläufer und Kissen.",
      messageId: "crossSell",
    },
    {
      text:
        "Übrigens bieten wir zu Ihren Vorhängen auch passende Raffhalter an.",
      messageId: "crossSell",
    },
    {
      text:
        "Ein Tipp, damit das Holz lange schön bleibt: Die passende Lasur führen wir ebenfalls.",
      messageId: "crossSell",
    },
    {
      text:
        "Ein Tipp für die Pflege: Unser Holzschutz-Set ist genau für solche Gartenhäuser gemacht.",
      messageId: "crossSell",
    },
    {
      text:
        "Für die Pflege gibt es von uns ein passendes Holzöl, das Sie gleich mitbestellen können.",
      messageId: "crossSell",
    },
    {
      text:
        "Übrigens ist unser gesamtes Sortiment an Thermobechern diese Woche im Angebot.",
      messageId: "promotion",
    },
    {
      text:
        "Wenn Ihnen die Vorlagen gefallen, lohnt sich ein Blick auf unser Erweiterungspaket.",
      messageId: "crossSell",
    },
    {
      text:
        "Abonnieren Sie unseren Newsletter und verpassen Sie keine Aktion mehr.",
      messageId: "promotion",
    },
    {
      text: "Bei Ihrer nächsten Bestellung ist der Versand kostenlos.",
      messageId: "promotion",
    },
    {
      text:
        "Mit dem Code WINTER15 erhalten Sie 15 % Rabatt in unserem Onlineshop.",
      messageId: "promotion",
    },
    {
      text: "Folgen Sie uns auf Instagram für Inspiration und Neuheiten.",
      messageId: "crossSell",
    },
    {
      text: "Bei Ihrer nächsten Bestellung übernehmen wir die Versandkosten.",
      messageId: "promotion",
    },
  ],
});

// Help content and first-person looks next to the seller's own words,
// assessments that are not reviews, tips without goods; then tips and
// suggestions of the seller's goods, paid extras, matching goods from a
// date, more on request after a question, offers with a time limit,
// review wishes, raffles,
// change requests and instructions for a post about the purchase.
const CLEAN_ROUND_4: string[] = [
  "Bitte bewerten Sie die beiden Farbmuster und sagen Sie uns, welches Ihnen lieber ist.",
  "Schauen Sie gern in unsere Aufbauanleitung, dort ist jeder Schritt bebildert.",
  "Werfen Sie einen Blick in unsere FAQ, dort steht, wie Sie die Lizenz aktivieren.",
  "Ein Tipp: Ziehen Sie die Schrauben nach zwei Wochen noch einmal nach.",
  "Wenn Sie möchten, können wir den Termin auch auf Donnerstag verschieben.",
  "Wir haben die Schäden am Rahmen bewertet und senden Ihnen einen neuen.",
  "Unser Techniker bewertet vor Ort, ob eine Reparatur möglich ist.",
  "Schauen Sie bitte in Ihr Kundenkonto, dort finden Sie unsere Rechnung.",
  "Ein Tipp: Unser Kundenservice ist auch per Chat erreichbar.",
  "Werfen Sie bitte einen Blick auf unsere Rücksendebedingungen.",
  "Schauen Sie sich bitte unser Foto vom Schaden an und sagen Sie uns, ob das Ihr Karton ist.",
  "Ab Januar gelten bei uns neue Versandzeiten.",
  "Bitte prüfen Sie unseren Korrekturabzug bis Freitag.",
  "Wir haben Ihre Beschwerde bewertet und erstatten den Betrag.",
  "Bitte bewerten Sie, ob die Schrift gut lesbar ist.",
  "Gegen einen kleinen Aufpreis können wir die Lieferung per Express schicken, möchten Sie das?",
  "Wir schauen in unserem Lager nach und melden uns morgen.",
  "Wir werfen einen Blick in unser System und melden uns.",
  "Wir schauen uns unsere Lagerbestände an und melden uns.",
  "Wir sind ein kleines Familienunternehmen und verschicken jedes Paket selbst.",
  "Haben Sie noch Fragen? Wir helfen Ihnen gern weiter.",
  "Wie Ihnen bereits mitgeteilt, senden Sie das defekte Teil bitte zurück.",
  "Bitte sagen Sie uns, wie Ihnen die Lieferung am besten passt: Montag oder Dienstag?",
  "Diese Woche ist unser Lager wegen Inventur geschlossen, die Lieferung kommt am Montag.",
  "Die Gutschrift für den Rabatt auf Ihre Bestellung erfolgt diese Woche.",
  "Der kostenlose Ersatz kommt bis Freitag bei Ihnen an.",
  "Danke für Ihren Kommentar zur Lieferung, wir geben ihn an den Paketdienst weiter.",
];

testRuleCases("review", "de-DE", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Wir würden uns sehr freuen, wenn Sie anderen Käufern von Ihren Erfahrungen berichten.",
      messageId: "solicitation",
    },
    {
      text: "Wären Sie bereit, Ihre Bewertung jetzt anzupassen?",
      messageId: "change",
    },
    {
      text:
        "Falls Sie bei Amazon etwas über den Kauf schreiben, erwähnen Sie bitte den schnellen Versand.",
      messageId: "instructions",
    },
    {
      text:
        "Als kleines Dankeschön für Ihre ehrliche Meinung auf Amazon erhalten Sie einen Gutschein.",
      messageId: "incentive",
    },
    {
      text:
        "Unter allen Kunden, die ihren Kauf bewerten, verlosen wir einen Einkaufsgutschein.",
      messageId: "incentive",
    },
    {
      text: "Bitte bewerten Sie das Produkt auf Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Es würde uns riesig freuen, wenn Sie Ihre Eindrücke auf Amazon teilen.",
      messageId: "solicitation",
    },
    {
      text: "Bitte bewerten Sie Ihren Kauf mit fünf Sternen.",
      messageId: "solicitation",
    },
    {
      text: "Bitte bewerten Sie uns.",
      messageId: "solicitation",
    },
    {
      text:
        "Könnten Sie Ihre Rezension nach der Lösung noch einmal abzuändern?",
      messageId: "change",
    },
    {
      text:
        "Wir sind ein kleines Familienunternehmen, und es bedeutet uns viel, wenn Sie erzählen, wie Ihnen der Rucksack gefällt.",
      messageId: "solicitation",
    },
    {
      text:
        "Wenn Ihnen die Software gefällt, freuen wir uns über ein paar Worte.",
      messageId: "gating",
    },
    {
      text:
        "Wir würden uns über ein paar nette Worte zu Ihrem Einkauf sehr freuen.",
      messageId: "solicitation",
    },
    {
      text:
        "Da nun alles geklärt ist, würden wir uns freuen, wenn Sie Ihre Sterne noch einmal überdenken.",
      messageId: "change",
    },
    {
      text:
        "Vielleicht möchten Sie Ihren Kommentar auf Amazon jetzt auf den neuesten Stand bringen.",
      messageId: "change",
    },
    {
      text:
        "Als kleine Entschädigung schicken wir Ihnen einen Gutschein, und über ein paar Worte auf Amazon würden wir uns freuen.",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "de-DE", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Ein Tipp: Mit unserem Holzschutzöl bleibt das Gartenhaus jahrelang wie neu.",
      messageId: "crossSell",
    },
    {
      text:
        "Vielleicht gefällt Ihnen auch unser Wollpullover in Größe S, er ist noch verfügbar.",
      messageId: "crossSell",
    },
    {
      text:
        "Übrigens: Ab Januar gibt es den passenden Nachttisch zu Ihrer Kommode.",
      messageId: "crossSell",
    },
    {
      text: "Schauen Sie gern mal in unserem Sortiment vorbei.",
      messageId: "crossSell",
    },
    {
      text:
        "Gegen einen kleinen Aufpreis bieten wir auch eine jährliche Wartung an.",
      messageId: "crossSell",
    },
    {
      text: "Zu diesem Muster haben wir auch Kissenbezüge und Bettlaken.",
      messageId: "crossSell",
    },
    {
      text:
        "Brauchen Sie mehr Namensschilder? Wir fertigen sie gern in jeder Menge.",
      messageId: "crossSell",
    },
    {
      text:
        "Wenn Ihnen die Software gefällt, werfen Sie doch einen Blick auf unsere anderen Programme.",
      messageId: "crossSell",
    },
    {
      text: "Kleiner Tipp: Unsere Pflegeseife hält das Leder geschmeidig.",
      messageId: "crossSell",
    },
    {
      text: "Schauen Sie doch mal bei unseren Lampen vorbei.",
      messageId: "crossSell",
    },
    {
      text: "Werfen Sie gern einen Blick auf unsere Gartenmöbel.",
      messageId: "crossSell",
    },
    {
      text: "Ab März gibt es die passenden Kissen auch in Grün.",
      messageId: "crossSell",
    },
    {
      text: "Brauchen Sie noch mehr Schilder? Wir fertigen gerne weitere an.",
      messageId: "crossSell",
    },
    {
      text:
        "Noch auf der Suche nach Geschenken? Diese Woche gibt es bei uns das zweite Teil zum halben Preis.",
      messageId: "promotion",
    },
    {
      text:
        "Falls Sie noch etwas für Weihnachten suchen: In unserem Shop finden Sie viele Ideen.",
      messageId: "crossSell",
    },
  ],
});

// Probes written for the classes that held-out sets miss most, in many
// message types and registers: soft cross-selling (a tip, "we also have",
// other packs or devices, "while our technician is there", what other
// customers combine), review wishes and compliments, instructions for a
// review, roundabout rewards and change requests after a fix; and the clean
// traps next to them (review words in other senses, stars that are not
// ratings, negations, quoted buyer words, usage advice).
const PROBE_CLEAN_R5: string[] = [
  "Wir haben Ihre Reklamation geprüft und bewerten den Schaden als Transportschaden.",
  "Bitte geben Sie uns bis Montag Feedback zum Gravurentwurf.",
  "Unser Team bewertet gerade Ihre Fotos und meldet sich heute noch.",
  "Danke für Ihre Rückmeldung zum Liefertermin, wir haben ihn angepasst.",
  "Der Monteur bewertet vor Ort, ob die Wand die Halterung trägt.",
  "Das Review der Konstruktionszeichnung durch unseren Ingenieur dauert zwei Tage.",
  "Ihr Feedback zur Passform leiten wir an die Näherei weiter.",
  "Wir bitten um Ihre Einschätzung: Soll die Gravur links oder rechts stehen?",
  "Die Bewertung Ihres Altgeräts für die Inzahlungnahme liegt bei 80 €.",
  "Bitte bewerten Sie nach dem Einbau, ob das Geräusch weg ist, und sagen Sie uns Bescheid.",
  "Bei Fragen zur Bewertungsfunktion unserer App hilft Ihnen die Anleitung weiter.",
  "Wir haben Ihr Feedback an die Entwicklung gegeben: Das Update erscheint im Mai.",
  "Bitte geben Sie die Ware an der Rezeption des Vier-Sterne-Hotels Seeblick ab.",
  "Die Energieeffizienzklasse des Kühlschranks ist A, das Datenblatt liegt bei.",
  "Der Kindersitz hat im Test fünf Sterne erhalten; die Einbauanleitung liegt bei.",
  "Auf die Tasse drucken wir wie gewünscht drei kleine Sterne und Ihren Namen.",
  "Die 5-Sterne-Qualität der Daunen erkennen Sie am Etikett.",
  "Die Lieferadresse ist ein 3-Sterne-Campingplatz, bitte geben Sie die Stellplatznummer an.",
  "Der Projektor mit Sternenhimmel ist leider vergriffen; wir erstatten Ihnen den Betrag.",
  "Der Kühlschrank hat ein Vier-Sterne-Gefrierfach, also bis minus 18 Grad.",
  "Bitte liefern Sie an das Sternerestaurant Zur Linde, Hintereingang.",
  "Der Schwierigkeitsgrad des Puzzles ist mit drei Sternen angegeben.",
  "Die Sterne auf dem Bettbezug sind aufgedruckt, nicht gestickt.",
  "Für die Saugleistung gibt der Hersteller fünf von fünf Sternen an.",
  "Sie müssen nichts weiter tun: kein Formular, keine Bewertung, keine Rücksendung.",
  "Die Erstattung hängt nicht von einer Rezension ab, sie ist bereits veranlasst.",
  "Wir verlangen keine Bewertung für den Umtausch, der neue Artikel ist unterwegs.",
  "Für die Garantie brauchen Sie weder eine Rezension noch ein Foto, nur die Bestellnummer.",
  "Sie bekommen Ihr Geld zurück, ohne dass Sie irgendetwas bewerten müssen.",
  "Eine Rezension ist für die Rückerstattung nicht nötig.",
  "Der Ersatz kommt kostenlos, ganz gleich, ob und wie Sie bewerten.",
  "Wir fragen Sie nicht nach Sternen – uns geht es nur darum, dass der Fernseher läuft.",
  "Zur Klarstellung: Ihre Bewertung hat keinen Einfluss auf die Erstattung.",
  "Niemand erwartet von Ihnen eine Rezension; die Reparatur ist selbstverständlich kostenlos.",
  "Sie müssen keine Rezension schreiben oder ändern, um den Gutschein für die Verspätung zu erhalten.",
  "Sie schrieben: „Ich gebe nur einen Stern, wenn das nicht bis Freitag ankommt.“ Der Ersatz ist heute rausgegangen.",
  "Ihre Nachricht „Erstattung statt schlechter Bewertung?“ haben wir erhalten; die Erstattung ist veranlasst.",
  "Der Artikel „Review Planner 2027 – 5 Sterne Notizbuch“ wird morgen geliefert.",
  "Zu Ihrer Frage „Bekomme ich einen Gutschein, wenn ich bewerte?“: Nein, das dürfen wir nicht.",
  "Das Produkt „Feedback-Buzzer für Quizabende“ ist unterwegs.",
  "Sie schrieben „5 Sterne, wenn der Ersatz schnell kommt“ – er kommt morgen.",
  "Auf dem Etikett steht „Top bewertet“, das ist die Bezeichnung des Herstellers.",
  "Ihre Bestellung „Sterne-Lichterkette, 100 LEDs“ wurde heute verschickt.",
  "Sie fragten: „Kann ich die Bewertung später ändern?“ Das entscheiden allein Sie in Ihrem Amazon-Konto.",
  "Im Betreff stand „Rezension und Rückgabe“; die Rückgabe haben wir schon angelegt.",
  "Sie baten: „Bitte keine Werbung und keine Bitten um Bewertungen.“ Das halten wir selbstverständlich ein.",
  "Der Buchtitel „Die neue Kollektion“ ist leider vergriffen, wir erstatten den Betrag.",
  "Ein Tipp: Lassen Sie das Öl nach dem Auftragen 24 Stunden trocknen.",
  "Falls Sie mehr Schrauben brauchen, schicken wir Ihnen die fehlenden kostenlos nach.",
  "Ihr Ersatzgerät ist da; wenn der Techniker schon bei Ihnen ist, schließt er es gleich an.",
  "Ihre Lizenz gilt für bis zu drei Geräte, Sie können sie also auch auf Ihrem Laptop nutzen.",
  "Der passende Adapter liegt bereits im Karton, Sie brauchen nichts extra zu kaufen.",
  "Wir empfehlen, den Akku vor der ersten Nutzung vollständig zu laden.",
  "Die Filter Ihrer Bestellung kommen im Dreierpack, so wie bestellt.",
  "Zu Ihrer Kaffeemaschine finden Sie die Entkalkungsanleitung im Handbuch auf Seite 12.",
  "Wenn Sie in der Küche Platz sparen möchten, lässt sich der Mixer zerlegen und im Schrank verstauen.",
  "Unser Monteur bringt die Dichtungen mit, die Ihr Geschirrspüler braucht; sie sind im Preis enthalten.",
  "Viele Kunden legen den Teppich ein paar Stunden flach aus, dann glätten sich die Falten.",
  "Nach der Reparatur läuft Ihr Drucker wieder; die Tonerkartusche war nicht betroffen.",
  "Damit das Leder nicht austrocknet, tragen Sie bitte einmal im Monat etwas Pflegecreme auf.",
  "Die Vorhänge in Salbeigrün sind wieder da, Ihre Bestellung geht morgen raus.",
  "Wir haben Ihre Bewertung des Schadens erhalten und schicken den Ersatz.",
  "Bitte teilen Sie uns Ihre Meinung zum Entwurf bis Freitag mit.",
  "Wenn Sie mehr als ein Gerät nutzen, können Sie die Lizenz auf bis zu drei Geräten aktivieren.",
  "Bei der Wartung prüfen wir auch den Filter Ihrer Klimaanlage, das ist im Preis enthalten.",
  "Für nasse Tage empfehlen wir, die Stiefel nach dem Tragen an der Luft trocknen zu lassen.",
  "Falls Ihnen die Schriftart nicht gefällt, schicken wir Ihnen gern einen neuen Entwurf.",
  "Wir würden uns freuen, wenn Sie uns kurz bestätigen, dass das Paket angekommen ist.",
  "Es wäre toll, wenn Sie uns ein Foto vom Typenschild schicken, dann bestellen wir das richtige Teil.",
  "Gegen einen kleinen Aufpreis können wir das Paket auch per Express schicken, möchten Sie das?",
  "Wir haben Ihr Foto vom Regal erhalten; der Ersatzboden geht heute raus.",
  "Das Ladekabel in zwei Metern Länge ist leider nicht Teil des Lieferumfangs; wir erstatten Ihnen die Differenz.",
  "Die Bewertung der Heizungsanlage durch unseren Techniker ergab keinen Defekt.",
  "Ein Tipp: Unser Kundenservice ist auch am Wochenende per Chat erreichbar.",
  "Übrigens haben wir auch Ihre zweite Rücksendung erhalten und erstatten sie heute.",
  "Passt hervorragend: Der Techniker kann am Donnerstag um 10 Uhr bei Ihnen sein.",
  "Bei der Gelegenheit prüft unser Monteur auch, ob der Anschluss dicht ist.",
  "Viele Kunden kombinieren die Regalböden unterschiedlich; die Anleitung zeigt beide Varianten.",
  "Wären Sie so nett und schicken uns ein Foto des Typenschilds?",
  "Wir würden uns freuen, wenn Sie uns kurz sagen, welche Farbe Ihnen lieber ist.",
  "Ihr Gutschein für die Verspätung ist bereits in Ihrem Konto, eine Bewertung ist dafür nicht nötig.",
  "Die zweite Packung Filter schicken wir Ihnen ohne Berechnung, weil eine gefehlt hat.",
  "Bitte nennen Sie uns die Seriennummer, dann schicken wir das passende Ersatzteil.",
  "Wir haben Ihre Bewertung des Zustands geprüft und holen das Gerät am Montag ab.",
  "Der Kühlschrank kommt sofort lieferbar aus unserem Lager, die Zustellung ist am Freitag.",
];

testRuleCases("review", "de-DE", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text:
        "Wenn Sie mit unserer Lösung zufrieden waren, würden uns ein paar Worte auf Amazon sehr viel bedeuten.",
      messageId: "solicitation",
    },
    {
      text:
        "Wir hoffen, die Lampe bringt Ihnen viel Freude – über Ihre Eindrücke auf der Produktseite würden wir uns freuen.",
      messageId: "solicitation",
    },
    {
      text:
        "Ihre Meinung zu dem Kissen wäre für andere Käufer sicher hilfreich.",
      messageId: "solicitation",
    },
    {
      text:
        "Es wäre schön zu erfahren, wie sich der Mixer im Alltag schlägt – gern auch öffentlich bei Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Ein kurzer Erfahrungsbericht von Ihnen wäre Gold wert für uns.",
      messageId: "solicitation",
    },
    {
      text:
        "Sie würden uns als kleinem Händler eine große Freude machen, wenn Sie Ihre Erfahrung mit anderen teilen.",
      messageId: "solicitation",
    },
    {
      text:
        "Falls Ihnen das Spiel gefällt, freuen wir uns über Ihr Urteil bei Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Wir wären Ihnen dankbar, wenn Sie erzählen, wie Ihnen der Rasenmäher gefällt – anderen Gartenfreunden hilft das sehr.",
      messageId: "solicitation",
    },
    {
      text:
        "Haben Sie ein paar Minuten? Dann erzählen Sie anderen Kundinnen doch, wie die Jacke sitzt.",
      messageId: "solicitation",
    },
    {
      text:
        "Ein paar Sternchen für unseren Service wären das schönste Dankeschön.",
      messageId: "solicitation",
    },
    {
      text:
        "Zufriedene Kunden sind unser Antrieb – erzählen Sie doch bei Amazon, was Sie an der Uhr mögen.",
      messageId: "solicitation",
    },
    {
      text:
        "Wir wünschen uns, dass möglichst viele Käufer von Ihren Erfahrungen mit dem Staubsauger lesen.",
      messageId: "solicitation",
    },
    {
      text:
        "Hat Ihnen der Service gefallen? Dann freuen wir uns über einen Eintrag auf der Produktseite.",
      messageId: "gating",
    },
    {
      text:
        "Bei Amazon helfen Bewertungen mit Fotos anderen Käufern am meisten.",
      messageId: "instructions",
    },
    {
      text:
        "Schreiben Sie in Ihrer Rezension bitte dazu, wie schnell die Lieferung war.",
      messageId: "solicitation",
    },
    {
      text:
        "Falls Sie eine Bewertung verfassen, wäre ein Hinweis auf den kostenlosen Umtausch toll.",
      messageId: "incentive",
    },
    {
      text:
        "Am besten laden Sie zu Ihrer Rezension ein Bild des fertigen Puzzles hoch.",
      messageId: "instructions",
    },
    {
      text:
        "In Ihrer Bewertung könnten Sie ruhig auf die einfache Montage eingehen.",
      messageId: "instructions",
    },
    {
      text:
        "Wenn Sie Ihre Erfahrung auf Amazon teilen, vergessen Sie bitte nicht, die lange Akkulaufzeit zu nennen.",
      messageId: "instructions",
    },
    {
      text:
        "Für Ihr Feedback bei Amazon: Nennen Sie gern das Modell und wie lange Sie es schon nutzen.",
      messageId: "instructions",
    },
    {
      text:
        "Eine Rezension mit einem kurzen Video vom Aufbau wäre für andere Kunden ideal.",
      messageId: "instructions",
    },
    {
      text:
        "Bitte geben Sie in Ihrer Bewertung an, dass das Problem schnell gelöst wurde.",
      messageId: "solicitation",
    },
    {
      text:
        "Rezensionen, die den Geruch ansprechen, helfen anderen Käufern besonders – gehen Sie doch darauf ein.",
      messageId: "instructions",
    },
    {
      text:
        "Beim Bewerten auf Amazon wäre es schön, wenn Sie die Verarbeitung hervorheben.",
      messageId: "instructions",
    },
    {
      text:
        "Kunden, die ihre Erfahrung auf der Produktseite teilen, erhalten von uns einen Gutschein über 10 €.",
      messageId: "incentive",
    },
    {
      text:
        "Nach Ihrer Rezension schicken wir Ihnen gern ein Ersatz-Netzteil kostenlos zu.",
      messageId: "incentive",
    },
    {
      text:
        "Für jede Bewertung auf Amazon verlängern wir Ihre Garantie um ein Jahr.",
      messageId: "solicitation",
    },
    {
      text:
        "Schicken Sie uns einen Screenshot Ihrer Bewertung und wir erstatten Ihnen 15 %.",
      messageId: "incentive",
    },
    {
      text:
        "Als Dank für Ihr Feedback auf Amazon legen wir Ihrer nächsten Lieferung eine Überraschung bei.",
      messageId: "incentive",
    },
    {
      text:
        "Wer uns auf Amazon bewertet, nimmt automatisch an unserer monatlichen Verlosung teil.",
      messageId: "incentive",
    },
    {
      text:
        "Bei einer Rezension mit Foto übernehmen wir die Kosten für die Rücksendung.",
      messageId: "instructions",
    },
    {
      text:
        "Ihre Meinung auf Amazon ist uns etwas wert: Wir überweisen Ihnen 5 Euro.",
      messageId: "incentive",
    },
    {
      text:
        "Sobald Ihre Rezension online ist, schalten wir Ihnen die Premium-Funktionen der App frei.",
      messageId: "incentive",
    },
    {
      text:
        "Für ein paar Worte bei Amazon bekommen Sie von uns das Zubehörset gratis dazu.",
      messageId: "incentive",
    },
    {
      text:
        "Teilen Sie Ihre Erfahrung mit anderen Käufern – im Gegenzug ist die Anfahrt beim nächsten Termin umsonst.",
      messageId: "incentive",
    },
    {
      text:
        "Bewerten Sie den Kauf, dann schicken wir Ihnen eine zweite Packung Filter ohne Berechnung.",
      messageId: "incentive",
    },
    {
      text:
        "Da das Problem jetzt gelöst ist, wären wir froh, wenn Sie sich Ihre Bewertung noch einmal ansehen.",
      messageId: "change",
    },
    {
      text:
        "Nachdem der Ersatz angekommen ist, könnten Sie Ihre Ein-Stern-Rezension vielleicht anpassen?",
      messageId: "change",
    },
    {
      text:
        "Wäre es möglich, den negativen Kommentar auf Amazon zu entfernen, jetzt wo alles funktioniert?",
      messageId: "change",
    },
    {
      text:
        "Wir haben Ihnen das Geld erstattet und würden uns freuen, wenn Ihre Rezension das nun widerspiegelt.",
      messageId: "incentive",
    },
    {
      text:
        "Vielleicht mögen Sie Ihre Sterne jetzt, nach der Reparatur, neu vergeben.",
      messageId: "change",
    },
    {
      text:
        "Könnten Sie Ihr Feedback bitte zurückziehen, da der Fehler beim Paketdienst lag?",
      messageId: "change",
    },
    {
      text:
        "Wenn Sie jetzt zufrieden sind, ändern Sie doch bitte Ihre Bewertung.",
      messageId: "change",
    },
    {
      text:
        "Ihre Rezension von letzter Woche ist ja nicht mehr aktuell – eine Aktualisierung wäre super.",
      messageId: "change",
    },
    {
      text:
        "Nach dem Austausch hoffen wir, dass Sie Ihre Meinung auf Amazon revidieren.",
      messageId: "change",
    },
    {
      text:
        "Bitte löschen Sie die Bewertung, wir haben Ihnen bereits einen neuen Akku geschickt.",
      messageId: "change",
    },
    {
      text:
        "Jetzt, wo der Schlüssel funktioniert, können Sie Ihre schlechte Bewertung ja nach oben korrigieren.",
      messageId: "change",
    },
    {
      text:
        "Würden Sie Ihre Rezension um einen Satz zur schnellen Lösung ergänzen?",
      messageId: "change",
    },
    {
      text:
        "Wenn die Software Ihnen gute Dienste leistet, würden wir uns über ein paar Zeilen bei Amazon freuen.",
      messageId: "solicitation",
    },
    {
      text:
        "Nochmals Entschuldigung für die Verspätung; ein kurzes Wort von Ihnen auf der Produktseite würde uns trotzdem sehr helfen.",
      messageId: "solicitation",
    },
    {
      text:
        "Es wäre toll, wenn Sie anderen Käufern erzählen, wie gut der Rucksack auf Reisen ist.",
      messageId: "solicitation",
    },
    {
      text:
        "Uns würde sehr interessieren, was Sie von dem Kissen halten – am liebsten öffentlich auf Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Falls Sie zufrieden sind, wäre eine Rezension eine schöne Anerkennung für unser kleines Team.",
      messageId: "gating",
    },
    {
      text:
        "Als kleine Entschädigung für die Verspätung und für Ihre Bewertung bei Amazon erhalten Sie 10 % zurück.",
      messageId: "incentive",
    },
    {
      text:
        "Für Ihre ehrliche Rezension legen wir Ihnen einen Einkaufsgutschein bei.",
      messageId: "incentive",
    },
    {
      text:
        "Der Riss war ein Verpackungsfehler und ist nun behoben; vielleicht möchten Sie Ihre Rezension daraufhin anpassen.",
      messageId: "change",
    },
    {
      text:
        "Nun, da der Spiegel ersetzt ist, würden wir uns freuen, wenn Ihre Sterne das widerspiegeln.",
      messageId: "change",
    },
    {
      text:
        "Falls Sie jetzt zufriedener sind, können Sie Ihre Bewertung jederzeit ändern – wir würden uns freuen.",
      messageId: "change",
    },
    {
      text:
        "Wenn Sie Ihre Erfahrungen auf Amazon teilen, wäre ein Foto vom fertigen Regal super hilfreich.",
      messageId: "instructions",
    },
    {
      text:
        "Alle, die ihre Meinung zum Kauf auf der Artikelseite hinterlassen, bekommen beim nächsten Einkauf 5 € gutgeschrieben.",
      messageId: "incentive",
    },
    {
      text:
        "Da der Fehler nun behoben ist, würden wir uns über eine Anpassung Ihrer Rezension freuen.",
      messageId: "solicitation",
    },
    {
      text:
        "Ihre Zufriedenheit liegt uns am Herzen – ein paar Sterne auf Amazon zeigen anderen, dass sie uns vertrauen können.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "de-DE", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text:
        "Ein kleiner Tipp: Unsere Lederpflege-Creme hält das Material geschmeidig und schützt vor Flecken.",
      messageId: "crossSell",
    },
    {
      text:
        "Falls Sie für die Küche noch mehr brauchen, haben wir auch passende Geschirrtücher und Topflappen.",
      messageId: "crossSell",
    },
    {
      text:
        "Schön, dass der Drucker wieder läuft! Tonerkartuschen bekommen Sie bei uns übrigens auch im Doppelpack.",
      messageId: "crossSell",
    },
    {
      text:
        "Damit die Pfanne lange hält, empfehlen wir unser Pflegeöl aus eigener Herstellung.",
      messageId: "crossSell",
    },
    {
      text:
        "Zum Rucksack passt übrigens unsere wasserdichte Regenhülle hervorragend.",
      messageId: "crossSell",
    },
    {
      text:
        "Der Schlüssel ist aktiviert. Für Ihren zweiten Rechner bieten wir die Lizenz auch als Zweierpaket an.",
      messageId: "crossSell",
    },
    {
      text:
        "Wer viel draußen unterwegs ist, greift bei uns gern auch zur passenden Trinkflasche aus Edelstahl.",
      messageId: "crossSell",
    },
    {
      text:
        "Auf Wunsch fertigen wir Ihnen zur Gravur auch eine passende Geschenkbox an.",
      messageId: "crossSell",
    },
    {
      text:
        "Die Ersatzdichtung ist unterwegs. Wussten Sie schon, dass wir auch Entkalker für Kaffeemaschinen herstellen?",
      messageId: "crossSell",
    },
    {
      text:
        "Viele Kunden kombinieren den Teppich mit unserer rutschfesten Unterlage.",
      messageId: "crossSell",
    },
    {
      text:
        "Für kalte Tage gibt es von uns auch Handschuhe im gleichen Strickmuster.",
      messageId: "crossSell",
    },
    {
      text:
        "Damit das Leder nicht austrocknet, haben wir übrigens auch ein passendes Pflegespray im Angebot.",
      messageId: "crossSell",
    },
    {
      text:
        "Falls Sie demnächst einen zweiten Raum einrichten: Die Vorhänge gibt es bei uns auch in Salbeigrün.",
      messageId: "crossSell",
    },
    {
      text:
        "Ihre Stiefel kommen zwei Tage später. Für nasse Tage empfehlen wir Ihnen unser Imprägnierspray.",
      messageId: "crossSell",
    },
    {
      text:
        "Der Pullover ist leider ausverkauft, aber unsere Strickjacke aus derselben Wolle ist sofort lieferbar.",
      messageId: "crossSell",
    },
    {
      text:
        "Nach dem Aufbau noch ein Hinweis: Mit unserer Holzlasur bleibt das Gartenhaus viele Jahre schön.",
      messageId: "crossSell",
    },
    {
      text:
        "Falls Ihnen die Schriftart gefällt, gravieren wir sie auch gern auf passende Gläser.",
      messageId: "crossSell",
    },
    {
      text:
        "Wenn Sie mehr als ein Gerät schützen möchten, gibt es die Lizenz auch für fünf Geräte.",
      messageId: "crossSell",
    },
    {
      text:
        "Übrigens: Wer den Mixer mag, ist meist auch von unserem Standmixer begeistert.",
      messageId: "crossSell",
    },
    {
      text:
        "Gegen einen kleinen Aufpreis kann unser Techniker auch Ihre Klimaanlage reinigen.",
      messageId: "crossSell",
    },
    {
      text:
        "Wir haben auch das passende Ladekabel in zwei Metern Länge, falls Ihnen das mitgelieferte zu kurz ist.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "de-DE", {
  valid: [
    "Wir haben Ihre Rezension gesehen und bitten Sie vielmals um Entschuldigung.",
    "Wir haben Ihre Bewertung gelesen und bitten wir um etwas Geduld, der Ersatz ist unterwegs.",
    "Wir haben Ihre Bewertung gelesen und erstatten Ihnen den Kaufpreis.",
  ],
  invalid: [
    {
      text: "Wir bitten Sie um eine Bewertung auf Amazon.",
      messageId: "solicitation",
    },
  ],
});

// Probes of the classes held-out sets miss most, written for this file in
// many message types: soft cross-selling with no promotional words (the
// seller's own make, a similar model, a new line for the season, a family
// pack, a maintenance plan, "also at ours", a tip with a care product),
// promotions without an invitation word (buy two, half price, a code for
// every next order), review wishes, instructions and roundabout rewards;
// and the clean traps next to them (stars of hotels, tests, freezers and
// puzzles; assessments of damage, credit or returns; usage advice; rewards
// and review words that are no review).
const WEAK_CLASS_PROBES: ClassProbes = {
  clean: {
    "star-rating-other": [
      "Ihr Paket liegt an der Rezeption des Hotels Adler (4 Sterne), Zimmer 212.",
      "Der Wäschetrockner hat die Energieeffizienzklasse A+++ und spart so Strom.",
      "Das Modell hat im Euro-NCAP-Test fünf Sterne erreicht, das Zertifikat liegt bei.",
      "Der Weinbrand ist ein Drei-Sterne-Weinbrand, also mindestens zwei Jahre gereift.",
      "Das Gefrierfach mit vier Sternen eignet sich zum Einfrieren frischer Lebensmittel.",
      "Die Schwierigkeitsstufe des Rätselhefts ist mit zwei von fünf Sternen gekennzeichnet.",
      "Das Restaurant mit zwei Michelin-Sternen hat die Messer bestellt; bitte liefern Sie bis 10 Uhr.",
      "Für den Campingplatz mit 5 Sternen brauchen wir noch die Nummer Ihrer Parzelle.",
      "Der Fünf-Sterne-Aufkleber gehört zum Design der Kinderlampe.",
      "Die Sterne der Energieeffizienz stehen auf dem Typenschild Ihres Kühlschranks.",
    ],
    "review-word-other": [
      "Unser Gutachter bewertet den Wasserschaden am Parkett am Dienstag.",
      "Bitte prüfen und bewerten Sie den Druckentwurf, bevor wir ihn in Produktion geben.",
      "Die Stiftung Warentest hat den Staubsauger mit gut bewertet, die Anleitung liegt bei.",
      "Die Bonitätsbewertung für die Ratenzahlung übernimmt Amazon, nicht wir.",
      "Wir bewerten Rücksendungen nach Zustand: Ungeöffnete Ware erstatten wir voll.",
      "Nach der Sichtprüfung durch unseren Techniker melden wir uns mit einer Einschätzung.",
      "Bitte geben Sie uns eine kurze Rückmeldung, ob die neue Dichtung hält.",
      "Ihre Rezension auf Amazon haben wir gelesen; den fehlenden Deckel schicken wir sofort.",
      "Wir haben Ihre Frage zur Bewertungsskala der Wasserhärte beantwortet: Stufe 3 ist richtig.",
      "Die Bewertung der Garantieansprüche übernimmt der Hersteller direkt.",
      "Bitte bewerten Sie selbst, ob Ihnen die größere Größe lieber ist, und geben Sie uns Bescheid.",
      "Wir bitten um Ihre Einschätzung der Lieferzeit, damit wir den Termin richtig planen.",
      "Keine Sorge: Sie müssen weder bewerten noch etwas zurückschicken.",
      "Ihre Sterne-Girlande (5 Sterne, 2 m) ist unterwegs.",
      "Ihre Sterne-Lichterkette wird morgen geliefert, bitte bestätigen Sie die Adresse.",
      "Wir liefern an das Hotel Sonne, 4 Sterne Superior, Lieferanteneingang hinten.",
      "Bitte geben Sie uns eine Bewertung des Schadens in Prozent, damit wir die Teilerstattung berechnen.",
      "Die Rezension in der Zeitschrift, die Sie erwähnt haben, bezieht sich auf das Vorgängermodell.",
      "Unsere Qualitätsprüfung bewertet jedes Gerät vor dem Versand mit einer Checkliste.",
      "Bitte bewerten Sie auf der Skala von 1 bis 5, wie stark das Geräusch ist, damit der Techniker das richtige Teil mitbringt.",
    ],
    "marketing-advice": [
      "Falls Sie weitere Fragen zur Montage haben, rufen Sie uns gern an.",
      "Der Ersatzakku liegt dem Paket bei, Sie müssen nichts nachkaufen.",
      "Wir haben die fehlende Schraube nachgeschickt; sie passt zu allen Regalböden.",
      "Der Techniker bringt die passende Dichtung für Ihren Wasserhahn mit.",
      "Tipp zur Pflege: Das Holz einmal im Jahr mit Leinöl einreiben.",
      "Ihre Bestellung umfasst zwei Packungen; die zweite kommt wegen des Lagerbestands etwas später.",
      "Wenn Sie mehr Platz im Kühlschrank brauchen, können Sie die Türfächer versetzen.",
      "Die Sonderedition, die Sie bestellt haben, ist jetzt eingetroffen und geht heute raus.",
      "Falls Sie noch etwas brauchen, melden Sie sich einfach bei uns.",
      "Wenn Sie mehr über die Pflege wissen möchten, unser Blog erklärt es.",
      "Falls Sie noch etwas brauchen, rufen Sie bei uns an.",
      "Falls Sie weitere Fragen haben, wenden Sie sich gern an uns.",
      "Suchen Sie bitte die Seriennummer auf unserem Etikett an der Unterseite.",
      "Klicken Sie auf den Link, den wir Ihnen von unserem Konto geschickt haben.",
      "Ein Tipp: Unser Lager hat auch samstags geöffnet.",
      "Kleiner Tipp: Unser Team ist auch am Wochenende erreichbar.",
      "Wegen des Black Friday verzögert sich Ihre Bestellung um zwei Tage.",
      "Ihr Päckchen mit der Bewertung des Schadens ist bei uns angekommen.",
      "Das Problem ist bei uns ebenfalls bekannt, der Hersteller arbeitet an einem Update.",
      "Falls Sie noch etwas für die Montage brauchen, melden Sie sich bei uns.",
      "Ein Ersatzteil ist günstiger als ein neues Gerät, deshalb schicken wir Ihnen die Pumpe.",
      "Für die Rücksendung zahlen Sie keine Versandkosten, das Etikett liegt bei.",
      "Als Bestandskunde erhalten Sie Ihre Rechnung wie gewohnt per E-Mail.",
    ],
    "review-words-no-review": [
      "Wir würden uns freuen, wenn der neue Toaster Ihnen lange Freude macht.",
      "Als Entschädigung für die Verspätung erstatten wir Ihnen die Versandkosten.",
      "Teilen Sie uns bitte mit, ob Sie lieber Ersatz oder Erstattung möchten.",
      "Die Gutschrift bekommen Sie in jedem Fall, mit einer Bewertung hat das nichts zu tun.",
      "Ihre Meinung zur Farbe des Musters brauchen wir bis Freitag, dann nähen wir los.",
      "Den Betrag für die fehlende Schraube haben wir Ihnen gutgeschrieben.",
      "Bitte beschreiben Sie uns das Geräusch genauer und schicken Sie ein kurzes Video.",
      "Erwähnen Sie bei der Rücksendung bitte die Bestellnummer auf dem Paketschein.",
    ],
    "order-advice": [
      "Falls Sie noch Fragen haben, melden Sie sich gerne jederzeit bei uns.",
      "Melden Sie sich bitte bei unserem Kundenservice, falls das Teil nicht passt.",
      "Ein Tipp: Ziehen Sie die Schrauben nach einer Woche noch einmal nach.",
      "Den passenden Dübel finden Sie im beiliegenden Beutel.",
      "Die Lasur für das Gartenhaus ist nicht im Lieferumfang enthalten; jede handelsübliche Holzlasur eignet sich.",
      "In Größe S ist der Pullover leider ausverkauft; wir erstatten Ihnen den vollen Betrag.",
      "Unser Techniker bringt alle Teile mit, die für den Einbau nötig sind.",
      "Die Bewertung Ihrer Reklamation ist abgeschlossen: Sie erhalten einen Ersatz.",
      "Wir haben den Termin für die Wartung wie gewünscht auf Freitag gelegt.",
      "Im Frühjahr liefern wir die zweite Hälfte Ihrer Bestellung, die Pflanzen brauchen noch Zeit.",
      "Ein Tipp: Vor dem ersten Tragen die Stiefel mit einem handelsüblichen Imprägnierspray behandeln.",
      "Zum Schärfen der Messer reicht ein einfacher Wetzstahl, wie er in jedem Haushalt liegt.",
      "Für das Induktionskochfeld brauchen Sie Töpfe mit magnetischem Boden; Ihre vorhandenen Töpfe können Sie mit einem Magneten prüfen.",
      "Der Techniker montiert den mitgelieferten Aquastop-Schlauch direkt beim Anschluss.",
      "Ihre Lizenz gilt auch im Ausland, Sie müssen nichts extra buchen.",
      "Die Panzerglasfolie, die Sie mitbestellt haben, liegt im selben Paket.",
    ],
    "needed-link": [
      "Um die verlängerte Herstellergarantie zu nutzen, registrieren Sie das Gerät bitte nach der Montage auf der Seite des Herstellers.",
      "Den Liefertermin können Sie auf der Buchungsseite des Spediteurs selbst wählen; schauen Sie dort einfach nach.",
      "Ihren Schlüssel lösen Sie auf der Seite des Herstellers ein; dort finden Sie auch die Anleitung.",
      "Besuchen Sie die Seite des Herstellers, um die Garantie zu registrieren.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Wenn Sie eine Rezension schreiben, erwähnen Sie bitte, wie schnell der Ersatz kam.",
        messageId: "instructions",
      },
      {
        text: "Ein Foto vom aufgebauten Regal in Ihrer Bewertung wäre ideal.",
        messageId: "instructions",
      },
      {
        text:
          "Bei der Bewertung des Kaufs wären fünf Sterne für den Service angebracht.",
        messageId: "solicitation",
      },
      {
        text: "Bewerten Sie den Kauf bitte mit der Höchstzahl an Sternen.",
        messageId: "solicitation",
      },
      {
        text:
          "In Ihrer Rezension schreiben Sie am besten, dass die Farbe echt ist.",
        messageId: "solicitation",
      },
      {
        text: "Vergeben Sie dem Artikel die Sterne, die er verdient.",
        messageId: "solicitation",
      },
      {
        text:
          "Lassen Sie die Lieferverzögerung beim Rezensieren bitte außen vor, die lag am Paketdienst.",
        messageId: "solicitation",
      },
      {
        text:
          "Bewerten Sie bitte den Kauf und nicht die Lieferung, für die kann der Händler nichts.",
        messageId: "solicitation",
      },
      {
        text:
          "Bei den Sternen wäre uns die volle Punktzahl für die Verarbeitung wichtig.",
        messageId: "solicitation",
      },
      {
        text:
          "Erwähnen Sie in Ihrem Kommentar auf Amazon gern die kostenlose Nachlieferung.",
        messageId: "incentive",
      },
      {
        text:
          "Ein kurzes Video vom laufenden Gerät in der Rezension überzeugt andere Käufer am meisten.",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "Wir würden uns riesig über ein paar lobende Worte auf der Produktseite freuen.",
        messageId: "solicitation",
      },
      {
        text:
          "Eine ehrliche Rezension von Ihnen wäre für unseren kleinen Laden ein Geschenk.",
        messageId: "incentive",
      },
      {
        text:
          "Schön wäre es, wenn auch andere Käufer von Ihrer guten Erfahrung erfahren.",
        messageId: "solicitation",
      },
      {
        text:
          "Es würde uns sehr helfen, wenn Sie den Artikel bei Amazon bewerten.",
        messageId: "solicitation",
      },
      {
        text:
          "Kunden wie Sie, die ihre Eindrücke öffentlich teilen, machen unseren Familienbetrieb erst möglich.",
        messageId: "solicitation",
      },
      {
        text:
          "Ihr Lob für das Hemd gehört eigentlich auf Amazon, damit es alle lesen.",
        messageId: "solicitation",
      },
      {
        text:
          "Falls Sie Zeit finden, freuen wir uns über Ihr Urteil zum Mixer auf Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Sie würden uns den Tag retten, wenn Sie den Artikel auf Amazon mit Sternen versehen.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "Wer nach dem Kauf einen Erfahrungsbericht veröffentlicht, bekommt von uns ein kleines Dankeschön.",
        messageId: "incentive",
      },
      {
        text:
          "Schicken Sie uns den Link zu Ihrer Rezension, dann erstatten wir die Versandkosten.",
        messageId: "incentive",
      },
      {
        text:
          "Für Ihre Meinung auf Amazon legen wir der nächsten Lieferung ein Geschenk bei.",
        messageId: "incentive",
      },
      {
        text:
          "Als Dank für fünf Sterne verlängern wir Ihre Garantie um ein Jahr.",
        messageId: "incentive",
      },
      {
        text:
          "Kunden, die ihre Erfahrung auf der Produktseite schildern, nehmen an unserer Verlosung teil.",
        messageId: "incentive",
      },
      {
        text:
          "Sobald Ihre Bewertung online ist, schalten wir das Premium-Paket frei.",
        messageId: "incentive",
      },
      {
        text:
          "Ein Screenshot Ihrer Rezension genügt, und der Betrag geht auf Ihr Konto zurück.",
        messageId: "instructions",
      },
      {
        text: "Ihre Bewertung belohnen wir mit einem Gratis-Ersatzfilter.",
        messageId: "incentive",
      },
      {
        text:
          "Unter allen Käufern, die bis Monatsende eine Rezension verfassen, verlosen wir einen Gutschein.",
        messageId: "incentive",
      },
      {
        text:
          "Für jede veröffentlichte Rezension erhalten Sie 5 % auf die nächste Bestellung.",
        messageId: "incentive",
      },
      {
        text:
          "Wer uns seine Sternebewertung zeigt, bekommt das Zubehör zum Selbstkostenpreis.",
        messageId: "incentive",
      },
      {
        text:
          "Kunden, die uns ihre Meinung auf Amazon hinterlassen, erhalten beim nächsten Kauf eine Überraschung.",
        messageId: "incentive",
      },
      {
        text:
          "Ihre Rezension verdient ein Dankeschön: Schreiben Sie uns nach dem Posten, und wir melden uns mit etwas Besonderem.",
        messageId: "solicitation",
      },
      {
        text:
          "Sobald Ihre Sterne sichtbar sind, geht ein kleines Paket an Sie raus.",
        messageId: "incentive",
      },
      {
        text:
          "Wer uns bewertet, kommt in unseren VIP-Kreis mit Sonderkonditionen.",
        messageId: "incentive",
      },
      {
        text:
          "Für Ihre ehrliche Meinung auf der Produktseite erstatten wir Ihnen die Hälfte des Kaufpreises.",
        messageId: "incentive",
      },
    ],
    "review-wording": [
      {
        text:
          "Wenn Ihnen der Rucksack gefällt, würden wir uns über ein paar Zeilen bei Amazon freuen.",
        messageId: "gating",
      },
      {
        text: "Gefällt Ihnen die Software, freuen wir uns über Ihre Sterne.",
        messageId: "gating",
      },
      {
        text: "Schreiben Sie doch in Ihrer Rezension, wie leise das Gerät ist.",
        messageId: "solicitation",
      },
      {
        text:
          "Ihr Urteil über das Produkt hilft anderen Käufern bei der Entscheidung.",
        messageId: "solicitation",
      },
      {
        text:
          "Wir hoffen auf eine positive Resonanz von Ihnen auf der Produktseite.",
        messageId: "solicitation",
      },
      {
        text:
          "Nachdem der Fehler behoben ist, passen Sie Ihre Bewertung vielleicht noch an.",
        messageId: "change",
      },
      {
        text:
          "Mit einem Foto des fertigen Regals wäre Ihre Rezension besonders hilfreich.",
        messageId: "instructions",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Passend zu Ihrem Esstisch fertigen wir auch Bänke aus demselben Eichenholz.",
        messageId: "crossSell",
      },
      {
        text:
          "Falls Sie nächstes Jahr ins Ausland reisen: Die Lizenz gibt es auch mit weltweitem Datenpaket.",
        messageId: "crossSell",
      },
      {
        text:
          "Wer viel bäckt, greift gern noch zu unseren Silikonmatten – die halten ewig.",
        messageId: "crossSell",
      },
      {
        text:
          "Da der Techniker ohnehin vor Ort ist, könnte er gleich Ihre Dunstabzugshaube mitreinigen; sagen Sie einfach Bescheid.",
        messageId: "crossSell",
      },
      {
        text:
          "Falls Sie für das Gästezimmer noch etwas brauchen: Die gleiche Bettwäsche führen wir auch in 135 × 200.",
        messageId: "crossSell",
      },
      {
        text:
          "Unser Entkalker hält die Maschine jahrelang wie neu – den sollte man immer im Haus haben.",
        messageId: "crossSell",
      },
      {
        text:
          "Für den Winter haben wir gerade gefütterte Handschuhe ins Sortiment aufgenommen.",
        messageId: "crossSell",
      },
      {
        text:
          "Nachdem das Problem mit dem Router gelöst ist: Wir bieten auch eine jährliche Fernwartung für Ihr Heimnetz an.",
        messageId: "crossSell",
      },
      {
        text:
          "Schauen Sie sich gern auch unsere anderen Gewürzmischungen an, vor allem die Grillmischung.",
        messageId: "crossSell",
      },
      {
        text:
          "Noch ein Gedanke: Mit einer zweiten Ladestation aus unserem Programm mähen Sie ohne Pause weiter.",
        messageId: "crossSell",
      },
      {
        text:
          "Ein Tipp für die Pflege: Die Holzlasur, die wir selbst herstellen, schützt das Gartenhaus jahrelang.",
        messageId: "crossSell",
      },
      {
        text:
          "Damit die Stiefel lange halten, empfiehlt sich ein Imprägnierspray – das haben wir ebenfalls im Angebot.",
        messageId: "crossSell",
      },
      {
        text:
          "Als kleiner Trost: In Größe S gibt es ein sehr ähnliches Modell von uns in Dunkelblau.",
        messageId: "crossSell",
      },
      {
        text:
          "Wer seine Küche komplett ausstatten möchte, findet bei uns auch die passenden Töpfe.",
        messageId: "crossSell",
      },
      {
        text:
          "Nächstes Jahr gibt es die Lizenz übrigens auch als Familienpaket für fünf Geräte.",
        messageId: "crossSell",
      },
      {
        text:
          "Zu Ihrem Bett passen übrigens unsere Nachttische aus derselben Holzart.",
        messageId: "crossSell",
      },
      {
        text:
          "Unsere Kunden kombinieren die Lampe gern mit dem Dimmer aus unserem Shop.",
        messageId: "crossSell",
      },
      {
        text:
          "Für Ihre neue Wärmepumpe empfehlen wir zusätzlich unseren jährlichen Wartungsservice.",
        messageId: "crossSell",
      },
      {
        text:
          "Ein Tipp: Vor dem ersten Tragen die Stiefel imprägnieren – ein passendes Pflegeset führen wir ebenfalls.",
        messageId: "crossSell",
      },
      {
        text:
          "Zum Schärfen der Messer empfiehlt sich ein Wetzstahl, den gibt es auch bei uns.",
        messageId: "crossSell",
      },
      {
        text:
          "Damit das Holz lange schön bleibt, lohnt sich ein Pflegeöl – bei Amazon einfach nach unserem Markennamen suchen.",
        messageId: "crossSell",
      },
      {
        text:
          "Für die Waschmaschine bieten wir zusätzlich einen Aquastop-Schlauch an, den der Techniker direkt montieren kann.",
        messageId: "crossSell",
      },
      {
        text:
          "Als Ergänzung zu Ihrer Handyhülle hätten wir noch eine Panzerglasfolie im Programm.",
        messageId: "crossSell",
      },
      {
        text:
          "Viele, die diese Gravur wählen, bestellen noch ein zweites Brett als Geschenk dazu.",
        messageId: "crossSell",
      },
      {
        text:
          "Ein Tipp, damit das Holz lange hält: einmal im Jahr lasieren. Die passende Lasur verkaufen wir übrigens auch.",
        messageId: "crossSell",
      },
      {
        text: "Eine Lasur ist bei uns ebenfalls erhältlich.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text:
          "Als Stammkunde erhalten Sie bei uns dauerhaft 10 % mit dem Code TREU10.",
        messageId: "promotion",
      },
      {
        text: "Nur noch bis Monatsende: alle Gartenmöbel zum halben Preis.",
        messageId: "promotion",
      },
      {
        text:
          "Melden Sie sich für unseren Newsletter an und sichern Sie sich einen Willkommensrabatt.",
        messageId: "promotion",
      },
      {
        text: "Beim Kauf von zwei Kissen schenken wir Ihnen das dritte.",
        messageId: "promotion",
      },
      {
        text:
          "Mit dem Gutscheincode WINTER bekommen Sie 5 € auf jede weitere Bestellung.",
        messageId: "promotion",
      },
      {
        text:
          "Unsere Wochenaktion: Kaffeebohnen im Doppelpack zum Vorteilspreis.",
        messageId: "crossSell",
      },
      {
        text:
          "Folgen Sie uns auf Instagram, dort verlosen wir jeden Monat ein Set.",
        messageId: "crossSell",
      },
      {
        text: "Zum Jubiläum gibt es im ganzen Shop 15 % – nur bis Sonntag.",
        messageId: "crossSell",
      },
      {
        text:
          "Bestandskunden zahlen bei uns ab sofort keine Versandkosten mehr.",
        messageId: "promotion",
      },
      {
        text: "Mit dem Code DANKE sparen Sie bei Ihrer nächsten Bestellung.",
        messageId: "promotion",
      },
    ],
  },
};

// Violations of those classes that the rules still miss: each step checks
// that it is still missed (one that starts to be caught must move above).
const WEAK_CLASS_MISSED: Probes = {
  "marketing-soft": {
    violations: [],
    clean: [],
  },
  "marketing-promo": {
    violations: [],
    clean: [],
  },
  "review-instructions": {
    violations: [],
    clean: [],
  },
  "review-wish": {
    violations: [],
    clean: [],
  },
  "review-wording": {
    violations: [],
    clean: [],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "Ihr Feedback zur Größentabelle hat uns geholfen, sie zu überarbeiten.",
    ],
  },
};

testClassProbes("de-DE", WEAK_CLASS_PROBES);
testProbes(
  "de-DE",
  WEAK_CLASS_MISSED,
  Object.values(WEAK_CLASS_MISSED).flatMap((
    c,
  ) => [...c.violations, ...c.clean]),
);

// Soft cross-selling the rules used to miss (it was listed above), now caught.
testProbes("de-DE", {
  "marketing-soft caught": {
    violations: [
      "Im Frühjahr bringen wir eine Gartenserie mit denselben Motiven heraus.",
      "Für ein Induktionskochfeld brauchen Sie passende Töpfe – ein Set aus Edelstahl können wir Ihnen gleich mitliefern.",
      "Ab nächster Woche gibt es die Tassen auch in Petrol und Senfgelb.",
    ],
    clean: [],
  },
  "marketing-promo caught": {
    violations: [
      "Im Winterschlussverkauf sind alle Decken um ein Drittel günstiger.",
    ],
    clean: [],
  },
});

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("de-DE", {
  "review-word-other": {
    violations: [
      "Wir würden uns sehr über Ihre Bewertung auf Amazon freuen.",
      "Könnten Sie Ihre Meinung zum Artikel mit anderen Kunden teilen?",
      "Bitte bewerten Sie unser Produkt, wenn Sie zufrieden sind.",
      "Ihr Feedback auf Amazon hilft anderen Käufern sehr.",
      "Wir würden gern Ihre Meinung zu Ihrem Kauf hören, ein paar Worte auf Amazon reichen.",
      "Eine ehrliche Rezension Ihres neuen Projektors wäre toll.",
      "Wenn Ihnen die Leinwand gefällt, würden wir uns über ein kurzes Feedback auf Amazon sehr freuen.",
      "Ihre Meinung zählt: Teilen Sie Ihre Erfahrung mit dem Gerät gern mit anderen Käufern.",
    ],
    clean: [
      "Bitte prüfen Sie den Korrekturabzug im Anhang und geben Sie ihn frei, bevor wir drucken.",
      "Wir haben Ihre Reklamation gestern geprüft und die Erstattung veranlasst.",
      "Ihr Garantiefall wird gerade von unserem Techniker begutachtet.",
      "Der Gutachter hat den Schaden bewertet, das Gutachten schicken wir Ihnen mit.",
      "Die Lampe hat eine Energieeffizienzklasse A und die Schutzart IP44.",
      "Der Akku ist für 2000 Ladezyklen ausgelegt, die Nennleistung beträgt 65 Watt.",
      "Uns interessiert Ihre Meinung: Welche Farbe sollen wir Ihnen als Ersatz schicken, Blau oder Grau?",
      "Ihr Feedback zum Farbmuster brauchen wir bis Freitag, damit die Produktion starten kann.",
      "Bitte geben Sie uns eine kurze Rückmeldung zum Entwurf der Gravur.",
      "Die Einschätzung des Fachmanns ist, dass das Gerät nicht mehr repariert werden kann.",
      "Ihre Rücksendung wird gerade geprüft, das dauert meist zwei Werktage.",
      "Könnten Sie den Entwurf durchsehen und uns sagen, ob der Name richtig geschrieben ist?",
      "Wir schätzen Ihre Meinung, welche Größe wir Ihnen nachschicken sollen.",
      "Das Regal ist für eine Traglast von 40 kg pro Boden bewertet.",
      "Der Motor ist auf 1200 Umdrehungen pro Minute ausgelegt.",
      "Hallo, der Andruck für Ihre Fotoleinwand ist fertig. Bitte schauen Sie ihn sich an und geben Sie uns kurz Feedback, ob die Farben passen. Erst dann drucken wir.",
      "Guten Tag, Ihre Rücksendung ist angekommen. Unser Team prüft den Artikel und bewertet den Zustand, danach erstatten wir den Betrag. Bitte haben Sie etwas Geduld.",
      "Wir hätten gern Ihre Meinung: Soll der Schriftzug in Gold oder in Silber graviert werden? Bitte antworten Sie bis Mittwoch.",
      "Der Sachverständige hat den Transportschaden positiv bewertet, Sie bekommen also den vollen Betrag ersetzt.",
      "Bitte bewerten Sie anhand der Fotos im Anhang, welcher Stoff Ihnen für den Bezug besser gefällt.",
      "Ihre Bewertung der Passform hilft uns, die richtige Ersatzgröße zu schicken: Sitzt die Jacke eher eng oder weit?",
      "Die Ladestation ist für 22 kW ausgelegt; der Elektriker muss den Anschluss vorher prüfen und freigeben.",
      "Wir freuen uns über Ihre Rückmeldung zum Termin: Passt Ihnen Donnerstag zwischen 8 und 12 Uhr?",
      "Können Sie uns Ihre Einschätzung geben, ob das Geräusch vom Motor oder vom Lüfter kommt? Dann schicken wir das richtige Teil.",
      "Das Gutachten stuft die Reparatur als unwirtschaftlich ein, daher erhalten Sie ein neues Gerät.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Fünf Sterne von Ihnen würden uns sehr helfen!",
      "Bitte geben Sie uns 5 Sterne, wenn alles gepasst hat.",
      "Über fünf Sterne für unseren Service würden wir uns sehr freuen.",
    ],
    clean: [
      "Auf das Kissen sticken wir fünf Sterne über dem Namen.",
      "Im Paket liegt ein Stickerbogen mit goldenen Sternen.",
      "Wir drucken drei Sterne auf den Tortenaufsatz, wie gewünscht.",
      "Der Kühlschrank hat laut Energielabel die Klasse D, nicht A.",
      "Bitte liefern Sie an das Vier-Sterne-Hotel am Bahnhof, Zimmer 214.",
      "Der Weihnachtsbaumschmuck hat fünf Sterne in Silber und drei in Gold.",
      "Die Motivvorlage zeigt fünf Sterne im Halbkreis, darunter den Namen Ihres Vereins. Bitte bestätigen Sie die Vorlage.",
      "Auf dem Tortenaufleger drucken wir wie besprochen 3 goldene Sterne und die Zahl 40.",
      "Die Lieferung geht an das 5-Sterne-Resort, die Rezeption nimmt das Paket entgegen.",
      "Drücken Sie zweimal die Sterntaste, um das Servicemenü der Telefonanlage zu öffnen.",
      "Das Hotel hat vier Sterne und eine Paketannahme an der Rezeption, die Zustellung klappt dort problemlos.",
    ],
  },
  "negation": {
    violations: [
      "Vergessen Sie nicht, uns eine Bewertung zu hinterlassen!",
    ],
    clean: [
      "Sie müssen nichts bewerten, die Erstattung läuft automatisch.",
      "Eine Begutachtung ist nicht nötig, behalten Sie den Artikel einfach.",
      "Eine Bewertung des Schadens durch einen Gutachter ist nicht nötig, die Fotos reichen uns.",
      "Sie müssen uns kein Feedback zum Entwurf geben, wenn alles passt, drucken wir einfach.",
    ],
  },
  "product-name": {
    violations: [
      "Wenn Ihnen der Sternenhimmel-Projektor gefällt, freuen wir uns über eine Rezension.",
    ],
    clean: [
      "Der „Review Pro“ Dokumentenhalter wird morgen verschickt.",
      "Ihr Sternenhimmel-Projektor ist auf dem Weg zu Ihnen.",
      "Ihr Nachtlicht „Sternschnuppe 5“ ist heute mit DHL rausgegangen.",
      "Das Brettspiel „Fünf Sterne“ ist leider beschädigt angekommen, wir schicken Ihnen ein neues.",
      "Der Feedback-Buzzer für Ihre Schulklasse wird morgen geliefert.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("de-DE", {
  "review-word-other": {
    violations: [],
    clean: [
      "Bitte zahlen Sie die erste Rate erst, wenn die Ware da ist; die Bewertung Ihres Altgeräts für die Inzahlungnahme liegt bei 80 Euro.",
      "Wir werden Ihre Anfrage intern bewerten und melden uns bis Freitag bei Ihnen.",
      "Könnten Sie uns bitte Bescheid geben, wie die Bewertung Ihres Altgeräts ausgefallen ist, damit wir die Gutschrift buchen können?",
      "Die Rezension im Buch ist ein Abdruck aus der Zeitung, das ist kein Druckfehler.",
      "Die Meinung des Arztes ist, dass das Kissen für Ihren Nacken zu hoch ist; bitte schicken Sie es uns zurück, wir erstatten den vollen Betrag.",
    ],
  },
});

// A wish for five stars, caught now.
testProbes("de-DE", {
  "review-wish": {
    violations: [
      "Wir hoffen, das Ergebnis verdient in Ihren Augen fünf Sterne.",
    ],
    clean: [],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("de-DE", {
  "review-word-other": {
    violations: [
      "Da das Problem jetzt gelöst ist, würden Sie Ihre Bewertung vielleicht noch einmal überdenken?",
      "Wir hoffen, dass Sie Ihre Zwei-Sterne-Rezension nun anpassen können.",
      "Falls Sie nicht zufrieden sind, schreiben Sie bitte zuerst uns und nicht gleich eine Bewertung.",
      "Als kleines Dankeschön für Ihre Rezension legen wir einen Gutschein bei.",
      "Ihre Meinung auf der Produktseite würde anderen Käufern bei der Entscheidung helfen.",
    ],
    clean: [
      "Bitte schreiben Sie den Wunschnamen einfach als Kommentar zur Bestellung, dann gravieren wir ihn.",
      "Wir haben Ihr Feedback an den Hersteller weitergeleitet; er prüft die Charge.",
      "Könnten Sie uns bitte kurz bewerten, wie stark der Kratzer ist, klein oder deutlich sichtbar? Dann entscheiden wir über Ersatz oder Teilerstattung.",
      "Bitte teilen Sie uns Ihre Meinung mit, ob wir das Ersatzteil oder gleich ein neues Gerät schicken sollen.",
    ],
  },
});

// Caught since the lexicon pass of round 9.
testProbes("de-DE", {
  "review-wish": {
    violations: [
      "Zufriedene Kunden wie Sie sind unsere beste Werbung – auf der Produktseite ist Platz dafür.",
    ],
    clean: [],
  },
});

// Caught since the lexicon pass of round 9.
testProbes("de-DE", {
  "marketing-soft": {
    violations: [
      "Falls Ihnen die Farbe gefällt: Die Kissenbezüge dazu liegen bei uns ebenfalls auf Lager.",
    ],
    clean: [],
  },
});

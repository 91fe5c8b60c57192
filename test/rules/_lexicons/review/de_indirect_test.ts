import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("de-DE", {
  "review-indirect": {
    violations: [
      "Guten Tag Frau Weber, Ihre Kaffeemühle (Bestellung 302-1234567-7654321) wurde heute an DHL übergeben. Wenn Sie ein Foto Ihrer Mühle in Ihre Bewertung einfügen, erstatten wir Ihnen die Versandkosten. Viel Freude damit!",
      "Hallo Herr Schmidt, zu Ihrer Bestellung 303-2345678-8765432: Der Ersatzfilter ist unterwegs. Als kleines Dankeschön für ein paar Zeilen auf der Produktseite legen wir Ihnen eine Packung Ersatzfilter gratis bei. Beste Grüße.",
      "Sehr geehrte Kundin, Ihre Bestellung 304-3456789-9876543 kommt am Freitag. Unter allen, die diesen Monat eine Rezension schreiben, verlosen wir einen Gutschein über 50 Euro. Schönes Wochenende!",
      "Guten Tag, Ihre Gartenschere (Bestellung 305-4567890-0987654) ist versandt. Schicken Sie uns einen Screenshot Ihrer Bewertung, dann verlängern wir die Garantie um ein Jahr. Freundliche Grüße.",
      "Hallo, die Schreibtischlampe aus Bestellung 306-5678901-1098765 kommt leider zwei Tage später. Erwähnen Sie doch in Ihrer Rezension, wie schnell wir uns um die Verzögerung gekümmert haben. Entschuldigen Sie die Wartezeit.",
      "Guten Tag, danke für Ihre Bestellung 307-6789012-2109876. Bitte bewerten Sie den Kauf mit fünf Sternen, das hilft unserem kleinen Familienbetrieb sehr. Viele Grüße.",
      "Hallo Familie Braun, Ihre Namenskette (Bestellung 308-7890123-3210987) wird gerade graviert. Ihre Worte auf der Produktseite würden anderen Familien bei der Wahl der richtigen Größe helfen. Die Sendungsnummer folgt morgen.",
      "Guten Tag, Ihre Bestellung 309-8901234-4321098 ist unterwegs. Ein paar Sterne von Ihnen würden uns wirklich den Tag versüßen. Bei Fragen zum Aufbau antworten Sie einfach hier.",
      "Hallo Frau Yilmaz, es tut uns leid, dass der Mixbecher gesprungen ankam (Bestellung 301-9012345-5432109). Ein neuer geht heute raus. Falls Sie nicht rundum zufrieden sind, schreiben Sie uns bitte, bevor Sie etwas öffentlich posten.",
      "Sehr geehrter Herr Lange, jetzt, wo das Ersatzladegerät funktioniert (Bestellung 302-0123456-6543210): Wären Sie bereit, Ihre Ein-Stern-Bewertung noch einmal zu überarbeiten? Wir wären Ihnen sehr dankbar.",
      "Hallo, Ihre Yogamatte (Bestellung 303-1357913-2468024) hat heute unser Lager verlassen. Erzählen Sie anderen Käufern, wie Ihnen Griffigkeit und Dicke gefallen, sie verlassen sich auf ehrliche Eindrücke wie Ihre. Namaste!",
      "Guten Tag, Ihre Kaffeebohnen (Bestellung 304-2468024-1357913) werden geröstet und gehen Montag raus. Hinterlassen Sie Ihre Meinung auf Amazon und wir schicken Ihnen einen Code über 15 % für Ihre nächste Tüte. Viel Genuss!",
      "Hallo Herr Kaya, die Gardinenstangen (Bestellung 305-1122334-4556677) kommen Donnerstag. Wir würden uns freuen, wenn Sie beim Bewerten die Qualität und die schnelle Lieferung beschreiben. Beste Grüße.",
      "Guten Tag, Ihr Lizenzschlüssel zu Bestellung 302-5555555-6666666 lautet ABCD-1234. Sobald Ihr Beitrag zur App auf Amazon online ist, senden Sie uns den Link und wir erstatten den halben Preis.",
      "Hallo, Bestellung 303-5555555-6666666 ist fertig. Teilen Sie Ihre Erfahrung auf der Produktseite und Sie erhalten einen Gutschein über 10 € für die nächste Bestellung.",
      "Guten Tag, für jedes Foto, das Sie auf der Produktseite hochladen, schicken wir Ihnen einen weiteren Filter gratis (Bestellung 304-5555555-6666666).",
      "Hallo, Ihr Code zu Bestellung 305-5555555-6666666 liegt bei. Wenn Sie die App bewerten, erzählen Sie allen, wie einfach die Aktivierung war.",
      "Guten Tag, Bestellung 306-5555555-6666666 ist unterwegs. Ihre Sterne auf der Produktseite würden anderen Familien mehr helfen, als Sie denken.",
      "Hallo Frau Keller, Ihr Kerzenset (Bestellung 302-7777777-8888888) ist unterwegs. Jeden Monat verlosen wir unter allen, die ein Feedback im Angebot hinterlassen, einen Gutschein über 50 €. Viel Glück!",
      "Guten Tag, Bestellung 303-7777777-8888888 ist unterwegs. Wer auf Amazon über das Produkt schreibt, bekommt die nächste Nachfüllung von uns geschenkt.",
      "Hallo, eine Zeile von Ihnen auf der Produktseite ist uns eine kostenlose Geschenkverpackung bei der nächsten Bestellung wert (Bestellung 304-7777777-8888888).",
      "Guten Tag, Ihr Reiniger (Bestellung 305-7777777-8888888) kommt morgen. Wenn Sie Ihre Rezension schreiben, heben Sie doch bitte den Zitronenduft hervor.",
      "Hallo Herr Wolf, wenn etwas nicht perfekt sein sollte, sprechen Sie bitte zuerst mit uns, bevor Sie Sterne vergeben (Bestellung 306-7777777-8888888).",
      "Guten Tag, nichts würde uns mehr freuen, als Ihre Eindrücke zur Decke auf Amazon zu lesen (Bestellung 307-7777777-8888888).",
      "Hallo, die Erstattung zu Bestellung 308-7777777-8888888 ist erfolgt. Würden Sie sich die Sterne, die Sie uns letzte Woche gegeben haben, noch einmal ansehen?",
      "Guten Tag, Ihre Bestellung 302-1212121-3434343 geht heute raus. Schreiben Sie auf der Produktseite ruhig, dass die Gurte stabiler sind, als sie aussehen.",
      "Hallo, wir würden uns sehr freuen, wenn andere Hundebesitzer von Ihnen erfahren, wie das Geschirr sitzt (Bestellung 303-1212121-3434343).",
      "Guten Tag, bewerten Sie den Kauf, sobald Sie ihn ausprobiert haben, und erwähnen Sie, dass wir innerhalb einer Stunde geantwortet haben.",
    ],
    clean: [
      "Guten Tag Frau Weber, Ihre Kaffeemühle (Bestellung 302-1234567-7654321) kam mit einem Riss an. Wir erstatten Ihnen die Versandkosten und schicken heute einen neuen Trichter, eine Rücksendung ist nicht nötig.",
      "Hallo Herr Schmidt, zu Ihrer Bestellung 303-2345678-8765432: Die Ersatzfilter fehlten im Paket. Als kleines Dankeschön für Ihre Geduld legen wir der Nachlieferung eine Packung gratis bei. Beste Grüße.",
      "Sehr geehrte Kundin, Ihre Bestellung 304-3456789-9876543 kommt am Freitag. Bitte sorgen Sie dafür, dass jemand das Paket annehmen kann, oder nennen Sie uns einen Ablageort.",
      "Guten Tag, zu Ihrer Gartenschere (Bestellung 305-4567890-0987654): Schicken Sie uns bitte einen Screenshot der Fehlermeldung, dann prüft unser Techniker den Fall. Ihre Garantie bleibt bestehen.",
      "Hallo, die Schreibtischlampe aus Bestellung 306-5678901-1098765 kommt später. Erwähnen Sie bei Rückfragen bitte Ihre Bestellnummer, dann finden wir sie schneller.",
      "Guten Tag, zu Bestellung 307-6789012-2109876: Auf dem Typenschild steht eine Leistung von 2000 W, das Gerät passt also zu Ihrer Steckdose. Sie müssen nichts weiter tun.",
      "Hallo Familie Braun, zu Ihrer Namenskette (Bestellung 308-7890123-3210987): Bitte prüfen Sie den beigefügten Entwurf und sagen Sie uns, ob Schreibweise und Schriftart stimmen, bevor wir gravieren.",
      "Guten Tag, Ihre Bestellung 309-8901234-4321098 geht an die Adresse des Vier-Sterne-Hotels, die Sie angegeben haben. Bitte informieren Sie die Rezeption.",
      "Hallo Frau Yilmaz, der Mixbecher kam gesprungen an (Bestellung 301-9012345-5432109). Falls Sie auch mit dem Ersatz nicht zufrieden sind, melden Sie sich, und wir erstatten den vollen Betrag.",
      "Sehr geehrter Herr Lange, nach unserer Prüfung haben wir die Beschreibung zu Bestellung 302-0123456-6543210 überarbeitet: Das Ladegerät ist für 65 W ausgelegt. Die Erstattung ist veranlasst.",
      "Hallo, Ihre Yogamatte (Bestellung 303-1357913-2468024) hat unser Lager verlassen. Eine Bewertung oder sonst etwas ist nicht nötig, wir wollten Ihnen nur Bescheid geben.",
      "Guten Tag, unser Team hat Ihre Garantieanfrage zu Bestellung 304-2468024-1357913 geprüft und einen kostenlosen Ersatz genehmigt. Er geht Montag raus.",
      "Hallo Herr Kaya, Ihr Hinweis zur Größentabelle hat uns geholfen: Wir haben sie überarbeitet. Die Gardinenstangen (Bestellung 305-1122334-4556677) kommen Donnerstag.",
      "Guten Tag, falls der Lizenzschlüssel zu Bestellung 302-5555555-6666666 nicht funktioniert, senden Sie uns einen Screenshot und wir erstatten den vollen Preis.",
      "Hallo, der Gutschein für die Verspätung (Bestellung 303-5555555-6666666) ist Ihrem Konto gutgeschrieben; Sie müssen nichts tun.",
      "Guten Tag, laden Sie bitte ein Foto des Typenschilds in der Amazon-Nachricht hoch, damit wir das Modell zuordnen können (Bestellung 304-5555555-6666666).",
      "Hallo Frau Keller, Ihr Kerzenset (Bestellung 302-7777777-8888888) ist unterwegs. Der Gutschein, den Sie wollten, liegt im Paket. Viel Glück!",
      "Guten Tag, wenn Sie uns schreiben, nennen Sie bitte die Chargennummer auf der Flasche (Bestellung 305-7777777-8888888).",
      "Hallo Herr Wolf, wenn etwas nicht perfekt sein sollte, sprechen Sie bitte mit uns, wir kümmern uns sofort darum (Bestellung 306-7777777-8888888).",
      "Guten Tag, nichts würde uns mehr freuen, als zu hören, dass die Decke rechtzeitig zur Feier ankam (Bestellung 307-7777777-8888888).",
      "Guten Tag, Ihre Bestellung 302-1212121-3434343 geht heute raus. Auf der Produktseite finden Sie die Größentabelle der Gurte.",
      "Hallo, falls das Geschirr nicht passt, melden Sie sich, dann tauschen wir es um (Bestellung 303-1212121-3434343).",
      "Guten Tag, wie auf der Produktseite beschrieben, braucht die Lampe zwei AA-Batterien (Bestellung 302-9999999-1111111).",
      "Hallo, schreiben Sie uns gern, falls die Größentabelle auf der Produktseite unklar ist (Bestellung 303-9999999-1111111).",
      "Guten Tag, schreiben Sie bitte die Bestellnummer auf das Rücksendeetikett; die Adresse steht auch auf der Produktseite.",
    ],
  },
});

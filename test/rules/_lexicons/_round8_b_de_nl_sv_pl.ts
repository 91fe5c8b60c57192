import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 probe set B in German, Dutch, Swedish and Polish (garden, bikes,
 * pets, clothing, electronics, toys), held out: written with set A, before
 * the word lists were changed, and not tuned on. The same families as set A
 * in other situations: a paid extra on the visit or as gift wrapping, a
 * matching item also sold by the seller, what keen users swear by, another
 * colour coming, a new season's varieties, refills in stock in a cheaper
 * pack, what most customers add; review wishes, instructions and rewards;
 * clean look-alikes (a free part, care advice, the seller's technician, the
 * ordered item's only colour) and review words in other senses (damage
 * assessed, feedback on a print proof, a 4-star hotel as the address, a
 * water-resistance rating).
 */
export const ROUND8_B: Readonly<Record<string, Probes>> = {
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Der Techniker kommt am Mittwoch, um die Wärmepumpe in Betrieb zu nehmen. Wenn Sie möchten, kann er vor Ort für 60 € noch den Heizkörper im Bad entlüften und neu einstellen. Bitte sorgen Sie für Zugang zum Keller.",
        "Die Uhr geht morgen in den Versand. Soll sie ein Geschenk sein? Für 4,90 € verpacken wir sie in einer schönen Schachtel mit Schleife.",
        "Das Hundegeschirr ist unterwegs. Die Leine in derselben Farbe rundet das Ganze ab, sie ist ebenfalls bei uns erhältlich. Viel Spaß beim Gassigehen!",
        "Ihre Fahrradklingel wurde verschickt. Begeisterte Radler schwören übrigens auf unser Kettenwachs, das hält deutlich länger als Öl. Gute Fahrt!",
        "Die Sneaker wurden heute verschickt. Ab März gibt es das Modell auch in Sand und Navy. Bei Fragen zur Größe helfen wir gern.",
        "Ihr Saatgut ist auf dem Weg. Um Februar herum treffen unsere neuen Gemüsesorten für die kommende Saison ein, es lohnt sich also, dann noch einmal vorbeizuschauen.",
        "Die Zahnbürste wurde heute verschickt. Die Aufsteckbürsten haben wir dauerhaft auf Lager, auch im günstigen Viererset. Gute Mundpflege!",
        "Schön, dass das Aquarium heil angekommen ist. Die meisten unserer Kunden setzen von Anfang an unseren Wasseraufbereiter ein, damit sich die Fische schneller eingewöhnen. Melden Sie sich, falls etwas fehlt.",
      ],
      clean: [
        "Beim Kinderwagen fehlte die Schraube für die Bremse. Wir schicken sie Ihnen heute kostenfrei per Brief.",
        "Damit die Gartenmöbel aus Teak schön bleiben, bürsten Sie sie im Frühjahr mit Seifenlauge ab und lassen sie gut trocknen.",
        "Unser Kundendiensttechniker kommt am Montag und tauscht das defekte Steuergerät aus; die Kosten übernehmen wir.",
        "Die Sneaker, die Sie bestellt haben, gibt es nur in Weiß; auf dem Foto wirken sie etwas cremefarben.",
      ],
    },
    "review": {
      violations: [
        "Das Ladekabel ist heute rausgegangen. Wir würden gern hören, wie Sie mit der Powerbank zurechtkommen, am liebsten dort, wo auch andere Käufer es lesen können.",
        "Ihre Jacke wurde zugestellt. Wenn Sie die Jacke bewerten, schreiben Sie bitte dazu, dass sie auch bei starkem Regen dicht bleibt.",
        "Schön, dass das Puzzle angekommen ist. Für fünf Sterne auf Amazon legen wir Ihnen beim nächsten Mal ein Puzzle gratis bei.",
        "Der Ersatzdeckel ist unterwegs. Ein paar nette Worte von Ihnen auf der Produktseite würden unserem kleinen Familienbetrieb enorm helfen.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Die Begutachtung der Fotos ist abgeschlossen: Wir bewerten den Schaden als Transportschaden und schicken Ihnen ein neues Gerät.",
        "Im Anhang finden Sie den Druckentwurf für Ihre T-Shirts. Ihr Feedback zu Farbe und Position brauchen wir bis Mittwoch, dann geht es in den Druck.",
        "Die Lieferung geht wie angegeben an die Rezeption des Hotels Seeblick (4 Sterne), Strandweg 3.",
        "Die Uhr ist nach Norm bis 5 bar wasserdicht; diese Einstufung gilt aber nicht fürs Tauchen.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "De monteur komt woensdag om uw warmtepomp in bedrijf te stellen. Als u wilt, kan hij ter plekke voor € 60 ook de radiator in de badkamer ontluchten en afstellen. Zorgt u dat de zolder bereikbaar is?",
        "Het horloge gaat morgen op de post. Is het een cadeautje? Voor € 4,95 verpakken we het in een mooi doosje met lint.",
        "Het hondentuig is onderweg. Met de riem in dezelfde kleur maakt u het setje compleet; die kunt u ook bij ons bestellen. Veel wandelplezier!",
        "Uw fietsbel is verzonden. Fanatieke fietsers zweren trouwens bij onze kettingwax, die gaat veel langer mee dan olie. Goede rit!",
        "De sneakers zijn vandaag verstuurd. Vanaf maart is dit model ook in zand en navy te krijgen. Vragen over de maat? We helpen graag.",
        "Uw zaden zijn onderweg. Rond februari komen onze nieuwe groenterassen voor het volgende seizoen binnen, dus het is de moeite waard om dan nog eens te kijken.",
        "De tandenborstel is vandaag verzonden. De opzetborstels hebben we altijd op voorraad, ook in een voordelige viererset. Succes ermee!",
        "Fijn dat het aquarium heel is aangekomen. De meeste van onze klanten gebruiken vanaf het begin onze waterverbeteraar, zodat de vissen sneller wennen. Laat het weten als er iets ontbreekt.",
      ],
      clean: [
        "Bij de kinderwagen ontbrak het schroefje van de rem. We sturen het vandaag gratis per brievenbuspost.",
        "Om het teakhouten tuinmeubilair mooi te houden, kunt u het in het voorjaar afborstelen met zeepsop en goed laten drogen.",
        "Onze servicemonteur komt maandag en vervangt de defecte regelunit; de kosten zijn voor ons.",
        "De sneakers die u bestelde zijn er alleen in wit; op de foto lijken ze wat crèmekleurig.",
      ],
    },
    "review": {
      violations: [
        "De oplaadkabel is vandaag verstuurd. We horen graag hoe de powerbank u bevalt, het liefst daar waar andere kopers het ook kunnen lezen.",
        "Uw jas is bezorgd. Als u de jas beoordeelt, wilt u er dan bij zetten dat hij ook bij flinke regen droog blijft?",
        "Leuk dat de puzzel is aangekomen. Voor vijf sterren op Amazon stoppen we er de volgende keer een puzzel gratis bij.",
        "Het vervangende deksel is onderweg. Een paar lieve woorden van u op de productpagina zouden ons kleine familiebedrijf enorm helpen.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "De beoordeling van de foto's is klaar: we zien het als transportschade en sturen u een nieuw apparaat.",
        "In de bijlage vindt u het drukproefontwerp voor uw T-shirts. Uw feedback over kleur en plaatsing hebben we uiterlijk woensdag nodig, dan gaat het in druk.",
        "We bezorgen zoals afgesproken bij de receptie van Hotel Zeezicht (4 sterren), Strandweg 3.",
        "Het horloge is volgens de norm waterdicht tot 5 bar; die classificatie geldt niet voor duiken.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Teknikern kommer på onsdag för att driftsätta värmepumpen. Om du vill kan han på plats för 600 kr även lufta och justera elementet i badrummet. Se till att vi kommer åt pannrummet.",
        "Klockan skickas i morgon. Ska den ges bort? För 49 kr slår vi in den i en fin ask med band.",
        "Hundselen är på väg. Kopplet i samma färg gör setet komplett, och det finns också hos oss. Trevliga promenader!",
        "Din cykelringklocka har skickats. Inbitna cyklister svär förresten vid vårt kedjevax, som håller mycket längre än olja. Trevlig tur!",
        "Sneakersen skickades i dag. Från mars finns modellen även i sand och marinblått. Har du frågor om storleken hjälper vi gärna till.",
        "Fröerna är på väg. Kring februari kommer våra nya grönsakssorter inför nästa säsong, så det kan vara värt att kika in då.",
        "Tandborsten skickades i dag. Borsthuvudena har vi alltid i lager, även i ett förmånligt fyrpack. Lycka till!",
        "Skönt att akvariet kom fram helt. De flesta av våra kunder använder vårt vattenberedningsmedel från start, så att fiskarna vänjer sig snabbare. Hör av dig om något saknas.",
      ],
      clean: [
        "Skruven till barnvagnens broms saknades. Vi skickar den kostnadsfritt med brev i dag.",
        "För att teakmöblerna ska hålla sig fina kan du borsta av dem med såpvatten på våren och låta dem torka ordentligt.",
        "Vår servicetekniker kommer på måndag och byter ut den trasiga styrenheten; kostnaden står vi för.",
        "Sneakersen du beställde finns bara i vitt; på bilden ser de lite krämfärgade ut.",
      ],
    },
    "review": {
      violations: [
        "Laddkabeln skickades i dag. Vi vill gärna höra hur du trivs med powerbanken, helst där andra köpare också kan läsa det.",
        "Din jacka har levererats. När du betygsätter jackan, skriv gärna att den håller tätt även i kraftigt regn.",
        "Kul att pusslet har kommit fram. För fem stjärnor på Amazon lägger vi med ett pussel gratis nästa gång.",
        "Det nya locket är på väg. Några vänliga ord från dig på produktsidan skulle hjälpa vårt lilla familjeföretag enormt.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Bedömningen av bilderna är klar: vi ser det som en transportskada och skickar en ny enhet till dig.",
        "Här är tryckförslaget för era t-shirts. Vi behöver er feedback på färg och placering senast onsdag, sedan går det till tryck.",
        "Vi levererar som du angav till receptionen på Hotell Havsutsikt (4 stjärnor), Strandvägen 3.",
        "Klockan är vattentät till 5 bar enligt standarden; den klassningen gäller inte dykning.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Technik przyjedzie w środę, żeby uruchomić pompę ciepła. Jeśli Pan zechce, na miejscu za 150 zł odpowietrzy i wyreguluje również grzejnik w łazience. Prosimy o dostęp do kotłowni.",
        "Zegarek wyślemy jutro. Czy to prezent? Za 15 zł zapakujemy go w eleganckie pudełko ze wstążką.",
        "Szelki dla psa są w drodze. Smycz w tym samym kolorze świetnie dopełni zestaw, a kupi ją Pani również u nas. Udanych spacerów!",
        "Dzwonek rowerowy został wysłany. Zapaleni rowerzyści chwalą sobie nasz wosk do łańcucha, który trzyma dużo dłużej niż olej. Szerokiej drogi!",
        "Sneakersy wysłaliśmy dzisiaj. Od marca ten model będzie dostępny też w kolorze piaskowym i granatowym. W razie pytań o rozmiar chętnie pomożemy.",
        "Nasiona są w drodze. Około lutego dotrą nasze nowe odmiany warzyw na kolejny sezon, więc warto wtedy do nas zajrzeć.",
        "Szczoteczka została dziś wysłana. Końcówki zawsze mamy na stanie, również w korzystnym zestawie po cztery sztuki. Powodzenia!",
        "Cieszymy się, że akwarium dotarło w całości. Większość naszych klientów od początku stosuje nasz uzdatniacz wody, dzięki czemu ryby szybciej się aklimatyzują. Prosimy o kontakt, jeśli czegoś brakuje.",
      ],
      clean: [
        "Do wózka nie dołączono śrubki od hamulca. Wyślemy ją dziś bezpłatnie listem.",
        "Aby meble ogrodowe z teku długo wyglądały ładnie, wiosną warto umyć je szczotką z wodą z mydłem i dobrze wysuszyć.",
        "Nasz serwisant przyjedzie w poniedziałek i wymieni uszkodzony sterownik; koszty pokrywamy my.",
        "Zamówione sneakersy są dostępne tylko w kolorze białym; na zdjęciu wydają się nieco kremowe.",
      ],
    },
    "review": {
      violations: [
        "Kabel do ładowania wysłaliśmy dziś. Chętnie usłyszymy, jak sprawdza się powerbank, najlepiej tam, gdzie przeczytają to też inni kupujący.",
        "Kurtka została doręczona. Oceniając kurtkę, prosimy dopisać, że nie przemaka nawet w ulewie.",
        "Miło nam, że puzzle dotarły. Za pięć gwiazdek na Amazonie następnym razem dorzucimy puzzle gratis.",
        "Nowa pokrywka jest w drodze. Kilka ciepłych słów od Pani na stronie produktu bardzo pomogłoby naszej małej rodzinnej firmie.",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Ocena zdjęć jest zakończona: uznaliśmy to za szkodę transportową i wyślemy Panu nowe urządzenie.",
        "W załączniku projekt nadruku na koszulki. Na Pani opinię o kolorze i położeniu nadruku czekamy do środy, potem oddajemy projekt do druku.",
        "Dostarczymy paczkę zgodnie z podanym adresem do recepcji Hotelu Morskiego (4 gwiazdki), ul. Nadmorska 3.",
        "Zegarek jest wodoszczelny do 5 bar zgodnie z normą; ta klasyfikacja nie obejmuje nurkowania.",
      ],
    },
  },
};

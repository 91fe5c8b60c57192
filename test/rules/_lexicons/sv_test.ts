import { MARKETING_SV } from "../../../src/rules/_lexicons/marketing/sv.ts";
import { REVIEW_SV } from "../../../src/rules/_lexicons/review/sv.ts";
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

Deno.test("sv lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_SV, "sv", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_SV, "sv", MARKETING_CONCEPTS);
});

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Kan du granska det bifogade korrektuket och ge oss feedback på utkastet?",
  "Vi har granskat ditt ärende och du får hela beloppet tillbaka.",
  "Säg till vilket typsnitt du vill ha före fredag, så börjar vi gravera.",
  "Vad tycker du om färgen på provtrycket? Då justerar vi den.",
  "Vår tekniker måste först bedöma skadan innan vi skickar en ersättning.",
  "Tack för din återkoppling, vi skickar en ny vara redan i dag.",
  "Kan du bekräfta att leveransadressen stämmer?",
  "Din returbegäran har granskats och godkänts.",
  "Kan du själv bedöma om delen går att använda och skicka en bild på skadan?",
  "Din åsikt om designen hjälper oss att göra rätt storlek.",
  "Fraktkostnaden räknas ut efter vikt.",
  "Hör av dig om paketet inte kommer fram.",
  "Leveransadressen är fyrstjärniga Hotell Rival, receptionen tar emot paket.",
  "Leverera till femstjärniga hotellet vid hamnen, lobbyn är öppen dygnet runt.",
  "På kudden broderar vi fem guldstjärnor som du önskade.",
  "Ersättningsfiltret skickas i dag, du behöver inte göra något.",
  "Den andra varan i din beställning kommer i ett separat paket.",
  "Tyvärr finns varan inte längre i lager; vi betalar tillbaka hela beloppet.",
  "Vårt lager skickar den saknade skruven i morgon.",
  "Har du fler frågor om din beställning är du välkommen att höra av dig.",
  "Den nya leveransen är hos dig i morgon, spårningsnumret står nedan.",
  "Ditt paket har kommit fram till ombudet och kan hämtas i dag.",
  "Ersättningsdelen har kommit in till oss och skickas i morgon.",
  "Vår kundtjänst finns här även på lördagar.",
  "Kontrollera gärna att alla tillbehör ligger i kartongen.",
  "Manualen hittar du även på vår hemsida under nedladdningar.",
  "Filtret levereras i 2-pack, precis som du beställde.",
  "Vår manual passar perfekt till din modell, du hittar den i bilagan.",
  "Färgen antracit finns i lager igen, din beställning skickas i morgon.",
  "Tyvärr är modellen slutsåld; vi betalar tillbaka hela beloppet.",
  "Den senaste programvaran finns på tillverkarens webbplats.",
  "Teknikerns besök är kostnadsfritt, du behöver inte betala något.",
  "Om du behöver mer tid för returen, säg bara till.",
  "Vi har även tagit emot din retur och betalar tillbaka fraktkostnaden.",
  "Vi ser till att teknikern kommer i tid i framtiden.",
  "Kan du granska tryckkorrekturet och ge oss din feedback före onsdag?",
  "Kan du bedöma färgen på provbilden och säga om den stämmer?",
  "Vi har noggrant granskat och bedömt ditt klagomål.",
  "Besiktningsmannen bedömer skadan på plats, kan du vara hemma mellan 9 och 12?",
  "Din återkoppling på förhandsvisningen är viktig innan vi graverar.",
  "Fraktkostnaden för expressleverans beror på zon.",
  "Berätta gärna vad du tycker om typsnittet, så tillverkar vi stämpeln.",
  "Tillverkarens bedömning av ditt garantiärende tar ungefär en vecka.",
  "Vi tar gärna emot ditt omdöme om layouten, ändringar är gratis.",
  "Vi ser fram emot ditt svar om tygproverna.",
  "Skicka gärna en bild så att vår tekniker kan bedöma felet.",
  "Lampan har betyget A i energiklass och passar i alla standardsocklar.",
  "Kan du beskriva din upplevelse med produkten närmare så att vi kan hitta felet?",
  "Vad har du hittills provat med produkten?",
  "Berätta gärna hur din nya vara fungerar efter bytet.",
  "Paketet ska till fyrstjärniga hotellet vid Stureplan, rum 412.",
  "Tyget med små stjärnor finns igen; din ersättning skickas i morgon.",
  "Vi har tryckt fem stjärnor på muggen, som det stod i beställningen.",
  "Reservdelen passar perfekt i din modell, du behöver inga verktyg.",
  "Vi har fått in din retur och betalar tillbaka beloppet i dag.",
  "Manualen finns nu på vår hemsida.",
  "På vår hemsida finns manualen även som video.",
  "Den nya mjukvaran är här och finns på vår hemsida.",
  "Tack för ditt köp i vår butik.",
  "Tack för din beställning hos oss, ditt paket är på väg.",
  "Vi skickar en annan artikel; säg gärna till om färgen passar.",
  "Paketet ska till trestjärniga hotellet vid torget, lämna det i receptionen.",
  "Vi har läst ditt omdöme och har löst ärendet direkt.",
  "Vi broderar fem guldstjärnor på duken, kan du bekräfta trådfärgen?",
  "Ge oss gärna återkoppling om leveransen på tisdag fungerar.",
  "Din feedback om leveransen har vi skickat vidare till transportören.",
  "Värderingen av din gamla enhet landade på 400 kronor, som vi betalar tillbaka.",
  "Kan du bedöma skicket på förpackningen i returformuläret?",
  "Till din kaffekvarn medföljer en rengöringsborste.",
  "Muggen finns tyvärr inte längre, vi betalar tillbaka beloppet.",
  "Som komplement till manualen skickar vi en kort video.",
  "Vi har nu även skickat din andra beställning.",
  "Vår nya returadress hittar du nedan.",
  "Varan levereras som set med två laddkablar, precis som beställt.",
  "Vi rekommenderar att du byter filtret var tredje månad.",
  "Din feedback om förpackningen är toppen, vi skickar den vidare till lagret.",
  "Vi erbjuder dig en ny vara eller pengarna tillbaka, välj det som passar dig bäst.",
  "Som kompensation för förseningen får du 10 % rabatt på denna beställning, det dras automatiskt.",
  "Säg gärna vad du tycker om förslaget till gravyr innan vi börjar.",
  "Ditt omdöme om färgvalet behöver vi senast fredag för att hinna producera.",
  "Vi har tagit del av din recension och löst problemet med leveransen.",
  "Tack för ditt betyg, vi har noterat synpunkterna om emballaget.",
  "Välkommen att höra av dig om något är oklart med monteringen.",
  "Nästa leverans med resten av beställningen kommer på torsdag.",
  "Nyheten för dig är att paketet redan har skickats i dag.",
  "Kampanjpriset du betalade gäller även för ersättningsvaran, du behöver inte betala mellanskillnaden.",
  "Du behöver inte lämna något omdöme för att få ersättningen.",
  "Teknikern bedömer på plats om delen kan lagas eller måste bytas.",
  "Kan du skicka en bild så att vi kan se skadan? Sedan skickar vi en ny vara.",
  "Hotellet har fyra stjärnor och tar emot paket i receptionen dygnet runt.",
  "Betyget på batteriet är IP67, så det tål regn utan problem.",
  "Dela gärna leveransinstruktioner med oss om porten har kod.",
  "Frakten för ersättningsvaran bjuder vi på, du behöver inte betala något.",
  "Vi rekommenderar vår monteringsanvisning, den ligger i bilagan.",
  "Vårt ersättningsfilter passar perfekt och är redan på väg.",
  "Ersättningsdelen passar perfekt till din modell och är redan på väg.",
  "Kudden ur den nya höstkollektionen har kommit in till oss och skickas i morgon.",
  "Bästsäljarkalendern du beställde finns i lager igen.",
  "Gå till ditt Amazon-konto under Mina beställningar för att starta returen.",
  "Som Prime-kund betalar du ingen frakt för ersättningen.",
  "Du behöver inte skriva något omdöme; återbetalningen sker ändå.",
  "Ett omdöme behövs inte; återbetalningen sker automatiskt.",
];

testRuleCases("review", "sv-SE", {
  valid: [
    "Vi bedömer skadan så snart vi har fått bilderna.",
    "Tack för din feedback, en ny lampa skickas i dag.",
    "Vi har gått igenom korrekturet och skickar det för godkännande.",
    "Återbetalningen syns på ditt konto inom fem bankdagar.",
    "Tröjan trycks med fem stjärnor i guld, precis som du valde.",
  ],
  invalid: [
    {
      text: "Vi skulle bli så glada om du ville lämna en recension på Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Om du är nöjd med varan får du gärna ge oss fem stjärnor.",
      messageId: "gating",
    },
    {
      text: "Som tack för ditt omdöme skickar vi ett presentkort på 100 kr.",
      messageId: "incentive",
    },
    {
      text: "Kan du ändra ditt betyg nu när problemet är löst?",
      messageId: "change",
    },
    {
      text: "Nämn gärna i recensionen att leveransen gick snabbt.",
      messageId: "instructions",
    },
    {
      text: "Berätta för andra kunder vad du tycker om produkten!",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "sv-SE", {
  valid: [
    "Ersättningsvaran skickas kostnadsfritt i morgon.",
    "Ingen rabattkod behövs för bytet.",
    "Du kan följa paketet via transportörens länk.",
  ],
  invalid: [
    {
      text: "Kika gärna in i vår butik för fler nyheter!",
      messageId: "crossSell",
    },
    {
      text: "Använd rabattkoden HOST15 vid ditt nästa köp.",
      messageId: "promotion",
    },
    {
      text: "Vår julrea pågår till söndag med 30 % på alla lampor.",
      messageId: "promotion",
    },
  ],
});

// Sentences written for the classes that must generalize: review words in
// other senses (proofs, claims, damage, troubleshooting, trade-in values),
// stars that are not ratings, soft marketing without promo words (new range,
// matching goods, "we also make", suggestions, other packs), storefront
// wording, manuals on the seller's site, stock arriving for the order,
// review wishes, roundabout rewards and change requests.

testRuleCases("review", "sv-SE", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Din åsikt skulle verkligen hjälpa andra köpare.",
      messageId: "solicitation",
    },
    {
      text: "Vi vill gärna höra hur du gillar produkten, helst på Amazon.",
      messageId: "gating",
    },
    {
      text: "Det skulle betyda mycket för oss om du delade din upplevelse.",
      messageId: "solicitation",
    },
    {
      text: "Ett kort omdöme skulle hjälpa oss enormt.",
      messageId: "solicitation",
    },
    { text: "Tveka inte att lämna en recension.", messageId: "solicitation" },
    {
      text: "Några stjärnor från dig skulle göra oss så glada.",
      messageId: "solicitation",
    },
    { text: "Berätta för andra kunder hur nöjd du är.", messageId: "gating" },
    {
      text: "Vi hoppas att du hittar en stund för en recension.",
      messageId: "solicitation",
    },
    {
      text: "Låt andra köpare veta vad du tycker om produkten.",
      messageId: "solicitation",
    },
    {
      text: "Som tack för din recension betalar vi tillbaka 50 kronor.",
      messageId: "incentive",
    },
    {
      text: "Om du är nöjd blir vi glada för fem stjärnor.",
      messageId: "gating",
    },
    {
      text: "Nu när problemet är löst, kan du ändra ditt omdöme?",
      messageId: "change",
    },
    {
      text: "Nämn gärna den snabba leveransen i din recension.",
      messageId: "instructions",
    },
    {
      text: "Din åsikt om produkten är viktig för oss, dela den gärna.",
      messageId: "solicitation",
    },
    {
      text: "Berätta gärna för andra kunder om ditt köp.",
      messageId: "solicitation",
    },
    {
      text: "Skulle du vilja ompröva ditt betyg på en stjärna?",
      messageId: "change",
    },
    { text: "Du kanske vill uppdatera din recension nu.", messageId: "change" },
    {
      text: "Den som skriver en recension får en liten present vid nästa köp.",
      messageId: "incentive",
    },
    {
      text: "Efter ditt omdöme skickar vi gärna ett litet tackpaket.",
      messageId: "incentive",
    },
    {
      text:
        "Som ett litet familjeföretag skulle vi uppskatta ett omdöme enormt.",
      messageId: "solicitation",
    },
    {
      text: "Om du gillar programmet blir vi jätteglada för några ord.",
      messageId: "gating",
    },
    {
      text: "Skulle du kunna tänka om kring dina två stjärnor?",
      messageId: "change",
    },
    {
      text:
        "Vi är ett litet företag i Borås, och varje omdöme betyder väldigt mycket för oss.",
      messageId: "solicitation",
    },
    {
      text:
        "Vi är ett litet familjeföretag. Ett omdöme från dig betyder allt för oss.",
      messageId: "solicitation",
    },
    {
      text:
        "Skulle du kunna ta en liten stund och dela din upplevelse på Amazon?",
      messageId: "solicitation",
    },
    {
      text: "Några stjärnor på Amazon skulle verkligen hjälpa oss framåt.",
      messageId: "solicitation",
    },
    {
      text:
        "Vi är nyfikna på ditt omdöme om produkten, lämna det gärna på produktsidan.",
      messageId: "solicitation",
    },
    { text: "Glöm inte att betygsätta ditt köp!", messageId: "solicitation" },
    {
      text: "Om du är nöjd uppskattar vi ett positivt omdöme väldigt mycket.",
      messageId: "gating",
    },
    {
      text:
        "Skicka en skärmdump av din recension så får du 100 kronor tillbaka.",
      messageId: "incentive",
    },
    {
      text:
        "Skriv gärna några rader om ditt köp, andra kunder har stor nytta av det.",
      messageId: "solicitation",
    },
    {
      text:
        "Vad tyckte du om din beställning? Vi läser gärna om det i en recension.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "sv-SE", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Förresten: vår nya höstkollektion har kommit!",
      messageId: "crossSell",
    },
    {
      text: "Titta gärna runt i vår butik, där finns mycket mer fint.",
      messageId: "crossSell",
    },
    { text: "Vi tillverkar även matchande örngott.", messageId: "crossSell" },
    {
      text: "Du kanske också gillar vår termos i rostfritt stål.",
      messageId: "crossSell",
    },
    {
      text: "Tips: vår rengöringsborste passar perfekt till den.",
      messageId: "crossSell",
    },
    {
      text:
        "Ska du vandra i vinter? Våra termosar och damasker är perfekta för det.",
      messageId: "crossSell",
    },
    {
      text:
        "Nu när problemet är löst: visste du att vi även säljer reservblad?",
      messageId: "crossSell",
    },
    {
      text: "I vårt sortiment hittar du även ljus och doftoljor.",
      messageId: "crossSell",
    },
    {
      text: "Våra nya vårmodeller har precis kommit in.",
      messageId: "crossSell",
    },
    {
      text: "Letar du efter en present? Vi har många fler idéer.",
      messageId: "crossSell",
    },
    {
      text:
        "Sök efter vårt varumärke på Amazon så hittar du alla våra produkter.",
      messageId: "crossSell",
    },
    {
      text: "Besök vår Amazon-butik för fler produkter.",
      messageId: "crossSell",
    },
    {
      text: "Klicka på vårt säljarnamn för att se hela vårt utbud.",
      messageId: "crossSell",
    },
    {
      text: "Förresten syr vi även matchande gardiner på beställning.",
      messageId: "crossSell",
    },
    {
      text: "Till den passar även vårt underhållskit för trämöbler.",
      messageId: "crossSell",
    },
    {
      text: "Våra nya vintermodeller finns nu i lager.",
      messageId: "crossSell",
    },
    { text: "Nytt hos oss: ljus i tolv dofter.", messageId: "crossSell" },
    {
      text: "Litet tips: vår rengöringsspray passar perfekt till den.",
      messageId: "crossSell",
    },
    { text: "Jackan finns även i andra färger.", messageId: "crossSell" },
    { text: "Snart kommer vår nya vårkollektion.", messageId: "crossSell" },
    {
      text:
        "Fler produkter från oss hittar du om du söker på vårt varumärke på Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Besök gärna vår varumärkesbutik på Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Klicka på vårt säljarnamn så ser du alla våra andra artiklar.",
      messageId: "crossSell",
    },
    {
      text: "Förresten har vi precis fått in nya färger.",
      messageId: "crossSell",
    },
    {
      text: "Planerar du vinterturer? Våra termosar passar perfekt för det.",
      messageId: "crossSell",
    },
    {
      text: "Bara denna vecka: vartannat ljus gratis hos oss.",
      messageId: "promotion",
    },
    {
      text: "Visste du att vi även säljer matchande kaffebönor till din kvarn?",
      messageId: "crossSell",
    },
    {
      text: "Inför de kalla dagarna har vi nu även ullstrumpor i sortimentet.",
      messageId: "crossSell",
    },
    {
      text: "Titta gärna in hos oss igen, det lönar sig.",
      messageId: "promotion",
    },
    {
      text: "Om du gillar muggen finns den även som set med fat.",
      messageId: "crossSell",
    },
    {
      text: "Som komplement rekommenderar vi vår mikrofiberduk.",
      messageId: "crossSell",
    },
    {
      text: "Prenumerera på vårt nyhetsbrev och missa inga erbjudanden.",
      messageId: "promotion",
    },
    {
      text: "Med koden VINTER15 får du 15 % rabatt i vår webbutik.",
      messageId: "promotion",
    },
    {
      text: "Följ oss på Instagram för inspiration och nyheter.",
      messageId: "crossSell",
    },
    {
      text: "Vid nästa beställning bjuder vi på frakten.",
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
  "Titta gärna i vår monteringsanvisning, där finns varje steg.",
  "Ett tips: dra åt skruvarna igen efter två veckor.",
  "Vi har bedömt skadan och skickar en ny.",
  "Kan du granska korrekturet och säga om det ser bra ut?",
  "Titta gärna på vår bild av skadan och säg om det är din kartong.",
  "Ett tips: vår kundtjänst nås även via chatt.",
  "Kvittot finns även i ditt konto.",
  "Bruksanvisningen finns även som PDF på vår webbplats.",
  "Vi kan även flytta tiden till torsdag om det passar bättre.",
  "Från januari gäller nya leveranstider hos oss.",
  "Vi tar en titt i vårt lager och återkommer i morgon.",
  "Vi ska titta på vårt system och se vad som gick fel.",
  "Titta gärna på vår webbplats för spårning av paketet.",
  "Vi tittar på våra lagerlistor i dag.",
  "Vi är ett litet företag, så svaret kan dröja en dag.",
  "Kan du berätta hur du vill ha leveransen, hemleverans eller ombud?",
  "Den här veckan har vårt lager stängt, leveransen kommer på måndag.",
  "Ersättningen skickas gratis och är framme till fredag.",
  "Vi ser över ditt ärende och återkommer i morgon.",
];

testRuleCases("review", "sv-SE", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Om du skriver något om köpet på Amazon, nämn gärna den snabba leveransen.",
      messageId: "instructions",
    },
    {
      text:
        "Vi är ett litet företag och varje recension betyder enormt mycket för oss.",
      messageId: "solicitation",
    },
    {
      text:
        "Det skulle glädja oss om du berättar för andra kunder hur du tycker om vagnen.",
      messageId: "solicitation",
    },
    {
      text:
        "Bland alla kunder som betygsätter köpet lottar vi ut ett presentkort.",
      messageId: "incentive",
    },
    {
      text: "Det vore jättekul om du delade dina intryck på Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Vi är ett litet familjeföretag och det betyder mycket för oss om du vill berätta hur du trivs med vagnen.",
      messageId: "solicitation",
    },
    {
      text: "Nu när allt är löst kanske du vill se över dina stjärnor igen?",
      messageId: "change",
    },
    {
      text:
        "Som plåster på såren skickar vi ett presentkort, och några ord på Amazon skulle vi uppskatta.",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "sv-SE", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text: "Förresten: från januari finns även det matchande nattduksbordet.",
      messageId: "crossSell",
    },
    {
      text: "Behöver ni fler skyltar? Vi gör dem gärna i valfritt antal.",
      messageId: "crossSell",
    },
    {
      text: "Till det här mönstret har vi även örngott i samma färg.",
      messageId: "crossSell",
    },
    {
      text: "Gillar du programmet kan du också titta på våra andra appar.",
      messageId: "crossSell",
    },
    {
      text: "Ett tips: vår slipsten håller knivarna vassa i åratal.",
      messageId: "crossSell",
    },
    {
      text:
        "Mot en liten extra kostnad kan vi även serva värmepumpen varje år.",
      messageId: "crossSell",
    },
    {
      text: "Litet tips: vår lädertvål håller lädret mjukt.",
      messageId: "crossSell",
    },
    {
      text: "Ta gärna en titt på våra lampor.",
      messageId: "crossSell",
    },
    {
      text: "Från mars finns de matchande kuddarna även i grönt.",
      messageId: "crossSell",
    },
    {
      text: "Behöver ni fler skyltar? Vi gör gärna fler i samma stil.",
      messageId: "crossSell",
    },
    {
      text:
        "Letar du fortfarande efter julklappar? Den här veckan får du den andra varan till halva priset hos oss.",
      messageId: "promotion",
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
  "Vi har gått igenom ditt klagomål och bedömer skadan som en transportskada.",
  "Kan du ge oss feedback på graveringsförslaget före måndag?",
  "Vårt team granskar just nu dina bilder och hör av sig i dag.",
  "Tack för ditt svar om leveransdagen, vi har ändrat den.",
  "Montören bedömer på plats om väggen klarar fästet.",
  "Vår ingenjörs granskning av ritningen tar två dagar.",
  "Din feedback om passformen skickar vi vidare till sömmerskan.",
  "Vad tycker du: ska graveringen stå till vänster eller höger?",
  "Värderingen av din gamla apparat för inbyte landar på 800 kronor.",
  "Kan du efter monteringen bedöma om ljudet är borta och höra av dig?",
  "Vid frågor om betygsfunktionen i vår app hjälper manualen dig vidare.",
  "Vi har skickat din feedback till utvecklarna: uppdateringen kommer i maj.",
  "Lämna paketet i receptionen på fyrstjärniga hotell Havsutsikt.",
  "Kylskåpets energiklass är A, produktbladet ligger i kartongen.",
  "Bilbarnstolen fick fem stjärnor i testet; monteringsanvisningen ligger i lådan.",
  "På muggen trycker vi som önskat tre små stjärnor och ditt namn.",
  "Femstjärnig kvalitet på dunet ser du på etiketten.",
  "Leveransadressen är en trestjärnig camping, kan du ange platsnumret?",
  "Projektorn med stjärnhimmel är tyvärr slutsåld; vi återbetalar beloppet.",
  "Frysfacket har fyra stjärnor, alltså ner till minus 18 grader.",
  "Leverera gärna till stjärnkrogen Linden, bakre ingången.",
  "Pusslets svårighetsgrad anges med tre stjärnor.",
  "Stjärnorna på påslakanet är tryckta, inte broderade.",
  "För sugförmågan anger tillverkaren fem av fem stjärnor.",
  "Du behöver inte göra något mer: inget formulär, inget omdöme, ingen retur.",
  "Återbetalningen beror inte på någon recension, den är redan på gång.",
  "Vi begär inget omdöme för bytet; den nya varan är på väg.",
  "För garantin behöver du varken recension eller foto, bara ordernumret.",
  "Du får pengarna tillbaka utan att behöva betygsätta något.",
  "En recension behövs inte för återbetalningen.",
  "Ersättaren är gratis, oavsett hur du betygsätter oss.",
  "Vi ber dig inte om stjärnor; vi vill bara att tv:n fungerar.",
  "För tydlighetens skull: ditt omdöme påverkar inte återbetalningen.",
  "Ingen förväntar sig en recension av dig; reparationen är förstås gratis.",
  "Du behöver inte skriva eller ändra någon recension för att få presentkortet för förseningen.",
  'Du skrev: "Jag ger bara en stjärna om det inte är här på fredag." Ersättaren skickades i dag.',
  'Ditt meddelande "Återbetalning i stället för dåligt omdöme?" har vi fått; återbetalningen är på gång.',
  'Artikeln "Review Planner 2027 - 5 stjärnor anteckningsbok" levereras i morgon.',
  'På din fråga "Får jag ett presentkort om jag skriver ett omdöme?": nej, det får vi inte erbjuda.',
  'Produkten "Feedback-summer för frågesport" är på väg.',
  'Du skrev "5 stjärnor om ersättaren kommer snabbt"; den kommer i morgon.',
  'På etiketten står "Toppbetyg", det är tillverkarens produktnamn.',
  'Din beställning "Stjärnslinga, 100 lysdioder" skickades i dag.',
  'Du frågade: "Kan jag ändra mitt betyg senare?" Det bestämmer du helt själv i ditt Amazon-konto.',
  'I ämnesraden stod "Recension och retur"; returen har vi redan registrerat.',
  'Du bad: "Ingen reklam och inga förfrågningar om recensioner, tack." Det följer vi förstås.',
  'Boktiteln "Den nya kollektionen" är tyvärr slutsåld; vi återbetalar beloppet.',
  "Ett tips: låt oljan torka i 24 timmar efter att du har strukit på den.",
  "Om du behöver fler skruvar skickar vi de saknade kostnadsfritt.",
  "Din ersättningsapparat har kommit; när teknikern ändå är hos dig kopplar han in den direkt.",
  "Din licens gäller för upp till tre enheter, så du kan även använda den på din laptop.",
  "Den passande adaptern ligger redan i kartongen, du behöver inte köpa något extra.",
  "Vi rekommenderar att du laddar batteriet helt före första användningen.",
  "Filtren i din beställning kommer i tre-pack, precis som du beställde.",
  "Till din kaffemaskin hittar du avkalkningsanvisningen i manualen på sidan 12.",
  "Vill du spara plats i köket kan du ta isär mixern och ställa den i skåpet.",
  "Vår montör tar med packningarna som din diskmaskin behöver; de ingår i priset.",
  "Många kunder låter mattan ligga platt några timmar, då försvinner vecken av sig själva.",
  "Efter reparationen fungerar din skrivare igen; bläckpatronen var inte skadad.",
  "För att hålla lädret mjukt kan du smörja in det med lite kräm en gång i månaden.",
  "Gardinerna i salviagrönt finns i lager igen; din beställning skickas i morgon.",
  "Vi har fått din bedömning av skadan och skickar ersättningen.",
  "Kan du berätta före fredag vad du tycker om skissen?",
  "Använder du fler än en enhet kan du aktivera licensen på upp till tre enheter.",
  "Vid servicen kontrollerar vi även filtret i din luftkonditionering; det ingår i priset.",
  "Inför regniga dagar rekommenderar vi att du låter kängorna lufttorka efter användning.",
  "Gillar du inte typsnittet skickar vi gärna ett nytt förslag.",
  "Vi vore glada om du kort bekräftar att paketet har kommit fram.",
  "Som kompensation för förseningen får du 100 kronor tillbaka på den här beställningen.",
  "Mot en liten extra kostnad kan vi skicka paketet med expressfrakt, vill du det?",
  "Vi har fått din bild på hyllan; den nya hyllplanet skickas i dag.",
  "Laddkabeln på två meter ingår tyvärr inte i leveransen; vi återbetalar mellanskillnaden.",
  "Vår tekniker bedömde värmesystemet och hittade inget fel.",
  "Ett tips: vår kundtjänst nås även på helgen via chatten.",
  "Vi har förresten även tagit emot din andra retur och betalar tillbaka den i dag.",
  "När teknikern ändå är hos dig kontrollerar han samtidigt att anslutningen är tät.",
  "Många kunder kombinerar hyllplanen på olika sätt; manualen visar båda varianterna.",
  "Vill du vara snäll och skicka en bild på typskylten?",
  "Vi vore glada om du berättar vilken färg du föredrar.",
  "Ditt presentkort för förseningen finns redan på ditt konto; något omdöme behövs inte.",
  "Det andra paketet filter skickar vi utan kostnad eftersom ett saknades.",
  "Kan du ange serienumret? Då skickar vi rätt reservdel.",
  "Kylskåpet finns i lager direkt hos oss; leveransen sker på fredag.",
  "Berätta gärna hur vi kan göra leveransen enklare för dig.",
  "Vår erfarenhet är att limmet härdar helt efter 24 timmar.",
];

testRuleCases("review", "sv-SE", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text:
        "Om lösningen gjorde dig nöjd skulle några ord på Amazon betyda mycket för oss.",
      messageId: "gating",
    },
    {
      text:
        "Vi hoppas att lampan ger dig mycket glädje, och dina intryck på produktsidan är varmt välkomna.",
      messageId: "solicitation",
    },
    {
      text: "Din åsikt om kudden skulle säkert hjälpa andra köpare.",
      messageId: "solicitation",
    },
    {
      text:
        "Det vore roligt att höra hur mixern klarar vardagen, gärna också öppet på Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Några rader om din upplevelse på Amazon är guld värda för oss.",
      messageId: "solicitation",
    },
    {
      text:
        "Du skulle göra oss som liten butik väldigt glada genom att dela din erfarenhet med andra.",
      messageId: "solicitation",
    },
    {
      text: "Om spelet faller dig i smaken hör vi gärna ditt omdöme på Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Några stjärnor för vår service vore det finaste tacket.",
      messageId: "solicitation",
    },
    {
      text:
        "Nöjda kunder driver oss framåt, så berätta gärna på Amazon vad du tycker om klockan.",
      messageId: "gating",
    },
    {
      text:
        "Vi hoppas att många köpare får läsa om dina erfarenheter av dammsugaren.",
      messageId: "solicitation",
    },
    {
      text:
        "Var du nöjd med servicen? Då ser vi gärna ett par rader på produktsidan.",
      messageId: "gating",
    },
    {
      text: "På Amazon hjälper recensioner med bilder andra köpare mest.",
      messageId: "instructions",
    },
    {
      text: "Skriv gärna i din recension hur snabb leveransen var.",
      messageId: "solicitation",
    },
    {
      text:
        "Om du skriver ett omdöme vore en hänvisning till det kostnadsfria bytet fint.",
      messageId: "incentive",
    },
    {
      text: "Ladda helst upp en bild på det färdiga pusslet med din recension.",
      messageId: "instructions",
    },
    {
      text: "I ditt omdöme kan du gärna ta upp den enkla monteringen.",
      messageId: "solicitation",
    },
    {
      text:
        "När du delar din erfarenhet på Amazon, glöm inte att nämna den långa batteritiden.",
      messageId: "instructions",
    },
    {
      text:
        "Till din feedback på Amazon: ange gärna modellen och hur länge du har använt den.",
      messageId: "solicitation",
    },
    {
      text:
        "En recension med en kort video av monteringen vore perfekt för andra kunder.",
      messageId: "instructions",
    },
    {
      text: "Ange gärna i ditt betyg att problemet löstes snabbt.",
      messageId: "solicitation",
    },
    {
      text:
        "Recensioner som tar upp lukten hjälper andra köpare mest, så skriv gärna om det.",
      messageId: "solicitation",
    },
    {
      text:
        "När du betygsätter på Amazon vore det fint om du lyfte fram finishen.",
      messageId: "solicitation",
    },
    {
      text:
        "Kunder som delar sin upplevelse på produktsidan får ett presentkort på 100 kronor av oss.",
      messageId: "incentive",
    },
    {
      text:
        "Efter din recension skickar vi gärna en extra laddare utan kostnad.",
      messageId: "incentive",
    },
    {
      text: "För varje omdöme på Amazon förlänger vi din garanti med ett år.",
      messageId: "solicitation",
    },
    {
      text: "Skicka en skärmdump av din recension så betalar vi tillbaka 15 %.",
      messageId: "instructions",
    },
    {
      text:
        "Som tack för din feedback på Amazon lägger vi en överraskning i nästa leverans.",
      messageId: "incentive",
    },
    {
      text:
        "Den som betygsätter oss på Amazon är automatiskt med i vår månadsutlottning.",
      messageId: "solicitation",
    },
    {
      text: "Vid en recension med foto står vi för returfrakten.",
      messageId: "incentive",
    },
    {
      text:
        "Din åsikt på Amazon är värd något för oss: vi swishar dig 50 kronor.",
      messageId: "solicitation",
    },
    {
      text:
        "Så snart din recension är publicerad låser vi upp appens premiumfunktioner åt dig.",
      messageId: "incentive",
    },
    {
      text: "För några ord på Amazon får du tillbehörssetet på köpet.",
      messageId: "incentive",
    },
    {
      text:
        "Dela din erfarenhet med andra köpare, i gengäld bjuder vi på framkörningen vid nästa besök.",
      messageId: "incentive",
    },
    {
      text:
        "Betygsätt köpet så skickar vi ett extra paket filter utan kostnad.",
      messageId: "incentive",
    },
    {
      text:
        "Nu när problemet är löst vore vi glada om du tittade på ditt omdöme en gång till.",
      messageId: "solicitation",
    },
    {
      text:
        "Nu när ersättaren har kommit, vill du kanske justera din recension med en stjärna?",
      messageId: "change",
    },
    {
      text:
        "Skulle du kunna ta bort den negativa kommentaren på Amazon nu när allt fungerar?",
      messageId: "change",
    },
    {
      text:
        "Vi har betalat tillbaka beloppet och vore glada om din recension nu speglade det.",
      messageId: "solicitation",
    },
    {
      text: "Du kanske vill sätta nya stjärnor efter reparationen.",
      messageId: "change",
    },
    {
      text:
        "Kan du dra tillbaka din feedback, eftersom felet låg hos transportören?",
      messageId: "change",
    },
    { text: "Om du är nöjd nu, ändra gärna ditt betyg.", messageId: "change" },
    {
      text:
        "Din recension från förra veckan stämmer inte längre, en uppdatering vore toppen.",
      messageId: "change",
    },
    {
      text: "Efter bytet hoppas vi att du omprövar ditt omdöme på Amazon.",
      messageId: "change",
    },
    {
      text:
        "Ta gärna bort betyget, vi har redan skickat ett nytt batteri till dig.",
      messageId: "solicitation",
    },
    {
      text: "Nu när nyckeln fungerar kan du väl höja ditt dåliga betyg lite.",
      messageId: "change",
    },
    {
      text:
        "Vill du komplettera din recension med en mening om den snabba lösningen?",
      messageId: "solicitation",
    },
    {
      text:
        "Om programmet fungerar bra för dig skulle vi uppskatta några rader på Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Förlåt igen för förseningen; ett kort ord från dig på produktsidan skulle ändå hjälpa oss mycket.",
      messageId: "solicitation",
    },
    {
      text:
        "Det vore toppen om du berättade för andra köpare hur smidig ryggsäcken är på resan.",
      messageId: "solicitation",
    },
    {
      text: "Vi är nyfikna på vad du tycker om kudden, helst öppet på Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Är du nöjd är en recension ett fint erkännande för vårt lilla team.",
      messageId: "gating",
    },
    {
      text:
        "Om du delar din upplevelse på Amazon vore en bild på den monterade hyllan till stor hjälp.",
      messageId: "instructions",
    },
    {
      text:
        "Alla som lämnar sin åsikt om köpet på produktsidan får 50 kronor i tillgodo vid nästa köp.",
      messageId: "incentive",
    },
    {
      text:
        "Nu när felet är åtgärdat skulle vi uppskatta om du justerade din recension.",
      messageId: "change",
    },
    {
      text:
        "Din nöjdhet betyder allt för oss: några stjärnor på Amazon visar andra att de kan lita på oss.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "sv-SE", {
  valid: PROBE_CLEAN_R5,
  invalid: [
    {
      text: "Ett tips: med vår vårdkräm håller sig lädret mjukt och fint.",
      messageId: "crossSell",
    },
    {
      text:
        "Om du behöver mer till köket har vi även matchande kökshanddukar och grytlappar.",
      messageId: "crossSell",
    },
    {
      text:
        "Skönt att skrivaren fungerar igen! Bläckpatroner har vi för övrigt även i dubbelpack.",
      messageId: "crossSell",
    },
    {
      text:
        "För att pannan ska hålla länge rekommenderar vi vår egen vårdolja.",
      messageId: "crossSell",
    },
    {
      text:
        "Till ryggsäcken passar förresten vårt vattentäta regnskydd perfekt.",
      messageId: "crossSell",
    },
    {
      text:
        "Nyckeln är aktiverad. Till en andra dator erbjuder vi licensen även som tvåpack.",
      messageId: "crossSell",
    },
    {
      text: "På begäran gör vi även en passande presentask till graveringen.",
      messageId: "crossSell",
    },
    {
      text:
        "Den nya packningen är på väg. Visste du att vi även tillverkar avkalkningsmedel för kaffemaskiner?",
      messageId: "crossSell",
    },
    {
      text: "Många kunder kombinerar mattan med vårt halkskydd.",
      messageId: "crossSell",
    },
    {
      text:
        "För att hålla lädret mjukt har vi för övrigt även en matchande vårdspray.",
      messageId: "crossSell",
    },
    {
      text:
        "Ska du inreda ett andra rum snart? Gardinerna har vi även i salviagrönt.",
      messageId: "crossSell",
    },
    {
      text:
        "Dina kängor kommer två dagar senare. Inför regniga dagar rekommenderar vi vår impregneringsspray.",
      messageId: "crossSell",
    },
    {
      text:
        "Tröjan är tyvärr slutsåld, men vår kofta i samma ull finns i lager direkt.",
      messageId: "crossSell",
    },
    {
      text:
        "Ett tips efter monteringen: med vår trälasyr håller sig förrådet fint i många år.",
      messageId: "crossSell",
    },
    {
      text:
        "Vill du skydda fler än en enhet finns licensen även för fem enheter.",
      messageId: "crossSell",
    },
    {
      text: "Den som gillar mixern brukar också bli förtjust i vår stavmixer.",
      messageId: "crossSell",
    },
    {
      text:
        "Mot en liten extra kostnad kan vår tekniker även rengöra din luftkonditionering.",
      messageId: "crossSell",
    },
    {
      text:
        "Vi har även den matchande laddkabeln på två meter, om den medföljande är för kort.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: "berätta" with other shoppers right after it asks for a
// review; telling the seller does not.
testRuleCases("review", "sv-SE", {
  valid: [
    "Berätta gärna vilken storlek du vill ha, så skickar vi den.",
  ],
  invalid: [
    {
      text: "Berätta för andra kunder hur väskan håller i vardagen.",
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
      "Paketet ligger i receptionen på Hotell Örnen (4 stjärnor), rum 212.",
      "Torktumlaren har energiklass A+++ och drar lite ström.",
      "Bilbarnstolen fick fem stjärnor i Euro NCAP-testet, certifikatet ligger i kartongen.",
      "Konjaken med tre stjärnor har lagrats i minst två år.",
      "Frysfacket med fyra stjärnor passar för att frysa in färska råvaror.",
      "Svårighetsgraden på korsorden anges med två av fem stjärnor.",
      "Restaurangen med två Michelinstjärnor har beställt knivarna; leverera före kl. 10.",
      "Femstjärniga campingen behöver ert platsnummer för leveransen.",
      "Dekalen med fem stjärnor hör till designen på barnlampan.",
      "Stjärnorna för frysklassen står på typskylten på ditt kylskåp.",
    ],
    "review-word-other": [
      "Vår besiktningsman bedömer vattenskadan på parketten på tisdag.",
      "Granska och betygsätt gärna tryckkorrekturet innan vi går i produktion.",
      "Råd & Rön gav dammsugaren högt betyg; bruksanvisningen ligger i kartongen.",
      "Din återkoppling om storleksguiden hjälpte oss att ändra den.",
      "Kreditprövningen för delbetalning sköter Amazon, inte vi.",
      "Returer bedömer vi efter skick: oöppnade varor återbetalar vi helt.",
      "Efter besiktningen ger teknikern oss sin bedömning av felet.",
      "Hör gärna av dig och berätta om den nya packningen håller.",
      "Vi har läst din recension på Amazon; det saknade locket skickar vi direkt.",
      "Vi har svarat på din fråga om betygsskalan för vattenhårdhet: läge 3 stämmer.",
      "Bedömningen av garantianspråk gör tillverkaren själv.",
      "Bedöm gärna själv om du hellre vill ha den större storleken och hör av dig.",
      "Vi ber om din uppskattning av leveranstiden så att vi kan planera tiden rätt.",
      "Ingen fara: du behöver varken betygsätta något eller skicka tillbaka något.",
      "Din stjärnslinga (5 stjärnor, 2 m) är på väg.",
      "Hotell Solen, 4 stjärnor, tar bara emot paket i receptionen.",
      "Vår kvalitetskontroll bedömer varje apparat före leverans.",
      "Recensionen i tidningen som du nämnde gäller den tidigare modellen.",
      "Kan du bedöma om den nya färgen passar innan vi skickar resten?",
    ],
    "marketing-advice": [
      "Har du fler frågor om monteringen är du välkommen att ringa oss.",
      "Reservbatteriet ligger i paketet, du behöver inte köpa något extra.",
      "Vi har skickat den saknade skruven; den passar alla hyllplan.",
      "Teknikern tar med en packning som passar din kran.",
      "Tips för skötseln: olja in träet med linolja en gång om året.",
      "Beställningen består av två förpackningar; den andra kommer lite senare på grund av lagersaldot.",
      "Behöver du mer plats i kylen kan du flytta dörrfacken.",
      "Specialutgåvan du beställde har nu kommit in och skickas i dag.",
      "Om du behöver något mer, hör av dig till oss.",
      "Klicka på länken vi skickade från vårt konto.",
      "Tips: vårt team svarar även på helgen.",
      "Ett tips: vårt lager har öppet även på lördagar.",
      "Om ni behöver något intyg skickar vår ekonomiavdelning det.",
      "Vi skickar ett litet paket till dig med den saknade skruven.",
      "Om ni behöver något kan ni alltid höra av er till oss.",
      "Behöver du mer hjälp finns vi här för dig.",
      "Med koden i mejlet aktiverar du licensen.",
      "För returen betalar du ingen frakt, etiketten ligger i paketet.",
      "Med koden 4711 hämtar du paketet i paketboxen.",
    ],
    "review-words-no-review": [
      "Vi hoppas att den nya brödrosten gör dig glad länge.",
      "Som kompensation för förseningen betalar vi tillbaka fraktkostnaden.",
      "Säg till om du hellre vill ha en ersättningsvara eller pengarna tillbaka.",
      "Krediteringen får du oavsett, den har inget med något omdöme att göra.",
      "Din åsikt om färgen på provbiten behöver vi senast fredag, sedan börjar vi sy.",
      "Beloppet för den saknade skruven har vi betalat tillbaka.",
      "Beskriv gärna ljudet lite närmare och skicka en kort video.",
      "Ange gärna ordernumret på returetiketten när du skickar tillbaka varan.",
    ],
    "order-advice": [
      "Ett tips: dra åt skruvarna en gång till efter en vecka.",
      "De matchande pluggarna ligger i den medföljande påsen.",
      "Tröjan i storlek S är tyvärr slutsåld; vi betalar tillbaka hela beloppet.",
      "Vår montör tar med alla delar som behövs för installationen.",
      "Bedömningen av din reklamation är klar: du får ett nytt exemplar.",
      "Till våren levererar vi den andra delen av din beställning, växterna behöver mer tid.",
    ],
    "needed-link": [
      "För att aktivera den förlängda tillverkargarantin registrerar du produkten på tillverkarens webbplats.",
      "Titta gärna in på transportörens bokningssida och välj en tid.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "När du skriver en recension får du gärna nämna hur snabbt ersättningen kom.",
        messageId: "instructions",
      },
      {
        text: "Ett foto på den monterade hyllan i ditt omdöme vore perfekt.",
        messageId: "instructions",
      },
      {
        text:
          "När du betygsätter köpet vore fem stjärnor för servicen på sin plats.",
        messageId: "solicitation",
      },
      {
        text: "Betygsätt gärna köpet med högsta antalet stjärnor.",
        messageId: "solicitation",
      },
      {
        text:
          "I recensionen kan du med fördel skriva att färgen stämmer med bilden.",
        messageId: "instructions",
      },
      {
        text: "Ge artikeln de stjärnor den förtjänar.",
        messageId: "solicitation",
      },
      {
        text:
          "Låt gärna förseningen vara utanför när du betygsätter, den berodde på budfirman.",
        messageId: "solicitation",
      },
      {
        text:
          "Betygsätt gärna själva köpet och inte leveransen, den kan säljaren inte påverka.",
        messageId: "solicitation",
      },
      {
        text:
          "När det gäller stjärnorna vore full pott för utförandet viktigt för oss.",
        messageId: "solicitation",
      },
      {
        text:
          "Nämn gärna den kostnadsfria eftersändningen i din kommentar på Amazon.",
        messageId: "incentive",
      },
      {
        text:
          "En kort video på apparaten i gång i recensionen övertygar andra köpare mest.",
        messageId: "instructions",
      },
    ],
    "review-wish": [
      {
        text: "Några berömmande ord på produktsidan skulle glädja oss enormt.",
        messageId: "solicitation",
      },
      {
        text: "En ärlig recension från dig vore guld värd för vår lilla butik.",
        messageId: "solicitation",
      },
      {
        text: "Det vore fint om andra köpare fick höra om din goda erfarenhet.",
        messageId: "solicitation",
      },
      {
        text: "Det skulle hjälpa oss mycket om du betygsatte varan på Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Kunder som du, som delar sina intryck öppet, håller vårt familjeföretag vid liv.",
        messageId: "solicitation",
      },
      {
        text:
          "Ditt beröm av skjortan borde egentligen stå på Amazon så att alla kan läsa det.",
        messageId: "solicitation",
      },
      {
        text:
          "Om du får en stund över vill vi gärna höra ditt omdöme om mixern på Amazon.",
        messageId: "solicitation",
      },
      {
        text: "Du skulle göra vår dag om du gav varan stjärnor på Amazon.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "Den som publicerar en recension efter köpet får en liten present av oss.",
        messageId: "incentive",
      },
      {
        text: "Skicka länken till din recension så står vi för fraktkostnaden.",
        messageId: "incentive",
      },
      {
        text: "För din åsikt på Amazon lägger vi en gåva i nästa leverans.",
        messageId: "incentive",
      },
      {
        text: "Som tack för fem stjärnor förlänger vi garantin med ett år.",
        messageId: "incentive",
      },
      {
        text:
          "Kunder som beskriver sin upplevelse på produktsidan är med i vår utlottning.",
        messageId: "incentive",
      },
      {
        text: "Så snart ditt omdöme är publicerat låser vi upp premiumpaketet.",
        messageId: "incentive",
      },
      {
        text:
          "En skärmdump av recensionen räcker, så betalar vi tillbaka beloppet.",
        messageId: "instructions",
      },
      {
        text: "Ditt omdöme belönar vi med ett gratis reservfilter.",
        messageId: "incentive",
      },
      {
        text:
          "Bland alla köpare som skriver en recension före månadens slut lottar vi ut ett presentkort.",
        messageId: "incentive",
      },
      {
        text: "För varje publicerad recension får du 5 % på nästa beställning.",
        messageId: "incentive",
      },
      {
        text:
          "Den som visar oss sitt stjärnbetyg får tillbehören till självkostnadspris.",
        messageId: "incentive",
      },
      {
        text:
          "Den som betygsätter oss kommer med i vår VIP-krets med specialvillkor.",
        messageId: "incentive",
      },
      {
        text:
          "Så snart dina stjärnor syns skickar vi ett litet paket till dig.",
        messageId: "incentive",
      },
    ],
    "review-wording": [
      {
        text:
          "Om ryggsäcken faller dig i smaken blir vi glada för några rader på Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Det vore fantastiskt om du berättade för andra kunder om den snabba lösningen.",
        messageId: "solicitation",
      },
      {
        text: "Gillar du programmet räknar vi med dina stjärnor.",
        messageId: "gating",
      },
      {
        text: "Skriv gärna i din recension hur tyst apparaten är.",
        messageId: "solicitation",
      },
      {
        text: "Ditt omdöme om produkten hjälper andra köpare att välja.",
        messageId: "solicitation",
      },
      {
        text: "Nu när felet är åtgärdat kanske du vill uppdatera ditt omdöme.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text: "Till matbordet tillverkar vi även bänkar i samma ek.",
        messageId: "crossSell",
      },
      {
        text:
          "Den som bakar mycket brukar också ta våra bakmattor i silikon – de håller i evigheter.",
        messageId: "crossSell",
      },
      {
        text:
          "Eftersom teknikern ändå kommer kan han passa på att rengöra köksfläkten, säg bara till.",
        messageId: "crossSell",
      },
      {
        text:
          "Om ni behöver något till gästrummet har vi samma påslakan även i 150 × 210.",
        messageId: "crossSell",
      },
      {
        text:
          "Vårt avkalkningsmedel håller maskinen som ny i åratal – bra att alltid ha hemma.",
        messageId: "crossSell",
      },
      {
        text:
          "Inför vintern har vi precis tagit in fodrade handskar i sortimentet.",
        messageId: "crossSell",
      },
      {
        text:
          "Nu när problemet med routern är löst: vi erbjuder också ett årligt serviceavtal för ert hemnätverk.",
        messageId: "crossSell",
      },
      {
        text:
          "Titta gärna även på våra andra kryddblandningar, särskilt grillkryddan.",
        messageId: "crossSell",
      },
      {
        text:
          "En tanke till: med en extra laddstation från oss kan robotgräsklipparen köra utan paus.",
        messageId: "crossSell",
      },
      {
        text:
          "Ett skötseltips: träoljan som vi själva tillverkar skyddar friggeboden i många år.",
        messageId: "crossSell",
      },
      {
        text: "I storlek S har vi däremot en liknande modell i mörkblått.",
        messageId: "crossSell",
      },
      {
        text:
          "Den som inreder hela köket hittar även matchande kastruller hos oss.",
        messageId: "crossSell",
      },
      {
        text: "Till våren lanserar vi en trädgårdsserie med samma motiv.",
        messageId: "crossSell",
      },
      {
        text: "Nästa år finns licensen även som familjepaket för fem enheter.",
        messageId: "crossSell",
      },
      {
        text:
          "Till din säng passar för övrigt våra nattduksbord i samma träslag.",
        messageId: "crossSell",
      },
      {
        text: "Gillar du färgen? Kuddfodralen till den har vi också i lager.",
        messageId: "crossSell",
      },
      {
        text:
          "Till din nya värmepump rekommenderar vi även vårt årliga serviceavtal.",
        messageId: "crossSell",
      },
      {
        text:
          "Tänk på att hällen kräver kastruller för induktion. Sådana säljer vi också.",
        messageId: "crossSell",
      },
      {
        text: "Induktionskastruller finns även hos oss.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text:
          "Som stamkund får du alltid 10 % rabatt hos oss med koden TROGEN10.",
        messageId: "promotion",
      },
      {
        text: "Bara denna månad: alla trädgårdsmöbler till halva priset.",
        messageId: "promotion",
      },
      {
        text: "Anmäl dig till vårt nyhetsbrev och få en välkomstrabatt.",
        messageId: "promotion",
      },
      {
        text: "Köp två kuddar så bjuder vi på den tredje.",
        messageId: "promotion",
      },
      {
        text:
          "Med rabattkoden VINTER får du 50 kr på varje kommande beställning.",
        messageId: "promotion",
      },
      {
        text: "Veckans kampanj: kaffebönor i dubbelpack till kampanjpris.",
        messageId: "crossSell",
      },
      {
        text: "Följ oss på Instagram, där lottar vi ut ett set varje månad.",
        messageId: "crossSell",
      },
      {
        text:
          "Vi firar jubileum: hela butiken 15 % billigare – bara till söndag.",
        messageId: "promotion",
      },
      {
        text: "Med koden TACK sparar du på din nästa beställning.",
        messageId: "promotion",
      },
    ],
  },
};

// Violations of those classes that the rules still miss: each step checks
// that it is still missed (one that starts to be caught must move above).
const WEAK_CLASS_MISSED: Probes = {
  "marketing-soft": {
    violations: [
      "Från nästa vecka finns muggarna även i ockra och petrol.",
    ],
    clean: [],
  },
  "marketing-promo": {
    violations: [
      "Stamkunder betalar hos oss inte längre någon frakt.",
      "På vinterrean är alla filtar en tredjedel billigare.",
    ],
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
};

testClassProbes("sv-SE", WEAK_CLASS_PROBES);
testProbes(
  "sv-SE",
  WEAK_CLASS_MISSED,
  Object.values(WEAK_CLASS_MISSED).flatMap((
    c,
  ) => [...c.violations, ...c.clean]),
);

// A sale the rules used to miss (it was listed above), now caught by the
// marketing sentence model at its report threshold.
testProbes("sv-SE", {
  "marketing-promo caught": {
    violations: [
      "På Black Friday är våra lampor kraftigt nedsatta.",
    ],
    clean: [],
  },
});

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("sv-SE", {
  "review-word-other": {
    violations: [
      "Vi skulle verkligen uppskatta om du lämnade ett omdöme på Amazon.",
      "Vill du dela din åsikt om produkten med andra kunder?",
      "Betygsätt gärna vår produkt om du är nöjd.",
      "Din recension på Amazon hjälper andra köpare mycket.",
      "Vi vill gärna höra vad du tycker om ditt köp, några ord på Amazon räcker.",
      "En ärlig recension av din nya projektor vore toppen.",
      "Om du är nöjd med tavlan skulle vi uppskatta ett kort omdöme på Amazon.",
      "Din åsikt räknas: dela gärna din upplevelse av apparaten med andra köpare.",
    ],
    clean: [
      "Kan du granska korrekturen i bilagan och godkänna den innan vi trycker?",
      "Vi har granskat ditt ärende och du får hela beloppet tillbaka.",
      "Ditt garantiärende bedöms just nu av vår tekniker.",
      "Besiktningsmannen har bedömt skadan, utlåtandet skickar vi med.",
      "Lampan har energiklass A och kapslingsklass IP44.",
      "Laddaren har en märkeffekt på 65 watt och batteriet klarar 2000 laddcykler.",
      "Vi vill gärna höra din åsikt: vilken färg vill du ha som ersättning, blå eller grå?",
      "Din återkoppling på färgprovet behöver vi senast fredag så att produktionen kan starta.",
      "Kan du ge oss en kort återkoppling på utkastet till graveringen?",
      "Enligt teknikerns bedömning går apparaten inte att laga.",
      "Din retur kontrolleras nu, det tar oftast två arbetsdagar.",
      "Kan du titta igenom utkastet och säga om namnet är rätt stavat?",
      "Vi uppskattar din åsikt om vilken storlek vi ska skicka.",
      "Hyllan är dimensionerad för en belastning på 40 kg.",
      "Din begäran om återbetalning har granskats och godkänts.",
      "Hej, provtrycket av din canvastavla är klart. Titta gärna på det och ge oss feedback på om färgerna stämmer, sedan trycker vi.",
      "Hej, din retur har kommit fram. Vårt team kontrollerar varan och bedömer skicket, sedan betalar vi tillbaka beloppet.",
      "Vi vill gärna ha din åsikt: ska texten graveras i guld eller silver? Svara gärna senast onsdag.",
      "Värderingsmannen har bedömt transportskadan positivt, så du får hela beloppet ersatt.",
      "Kan du utifrån bilderna bedöma vilket tyg du tycker passar bäst till överdraget?",
      "Din bedömning av passformen hjälper oss att skicka rätt storlek: sitter jackan tajt eller löst?",
      "Laddboxen är dimensionerad för 22 kW; elektrikern måste besiktiga anslutningen först.",
      "Vi ser fram emot ditt svar om tiden: passar torsdag mellan 8 och 12?",
      "Kan du uppskatta om ljudet kommer från motorn eller fläkten? Då skickar vi rätt del.",
      "Enligt värderingen lönar sig inte en reparation, därför får du en ny apparat.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Fem stjärnor från dig skulle hjälpa oss enormt!",
      "Ge oss gärna 5 stjärnor om allt gick bra.",
    ],
    clean: [
      "På kudden broderar vi fem stjärnor ovanför namnet.",
      "I paketet ligger ett klistermärkesark med guldstjärnor.",
      "Vi trycker tre stjärnor på tårtdekorationen, som du önskade.",
      "Kylskåpet har energiklass D enligt energimärkningen.",
      "Leverera gärna till fyrstjärniga hotellet vid stationen, rum 214.",
      "Girlanden har fem silverstjärnor och tre guldstjärnor.",
      "Motivet visar fem stjärnor i en halvcirkel med namnet på er förening under. Kan du godkänna motivet?",
      "På tårtbilden trycker vi som avtalat 3 guldstjärnor och siffran 40.",
      "Leveransen går till femstjärniga hotellet, receptionen tar emot paketet.",
      "Tryck två gånger på stjärnknappen för att öppna telefonens servicemeny.",
      "Hotellet har fyra stjärnor och tar emot paket i receptionen.",
    ],
  },
  "negation": {
    violations: [
      "Glöm inte att lämna ett omdöme till oss!",
    ],
    clean: [
      "Du behöver inte betygsätta något, återbetalningen sker automatiskt.",
      "Ingen besiktning behövs, du får behålla varan.",
      "Någon bedömning av skadan av en värderingsman behövs inte, bilderna räcker.",
      "Du behöver inte ge oss feedback på utkastet; stämmer allt trycker vi direkt.",
    ],
  },
  "product-name": {
    violations: [
      "Om du är nöjd med stjärnhimmelsprojektorn får du gärna lämna en recension.",
    ],
    clean: [
      'Dokumenthållaren "Review Pro" skickas i morgon.',
      "Din stjärnhimmelsprojektor är på väg.",
      'Din nattlampa "Stjärnfall 5" skickades i dag med PostNord.',
      'Brädspelet "Fem Stjärnor" kom tyvärr fram skadat, vi skickar ett nytt.',
      "Feedbacksummern till din klass levereras i morgon.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("sv-SE", {
  "review-word-other": {
    violations: [],
    clean: [
      "Kan du meddela oss vilket betyg besiktningen gav, så att vi kan hantera garantin?",
      "Vi kommer att granska ditt ärende internt och återkommer på fredag.",
      "Teknikerns omdöme är att pumpen måste bytas; vill du boka en tid?",
      "Använd gott omdöme vid monteringen och följ anvisningarna noga.",
      "Kan du berätta vilken värdering ditt gamla kylskåp fick vid inbytet?",
    ],
  },
});

// A wish for five stars, caught now.
testProbes("sv-SE", {
  "review-wish": {
    violations: ["Vi hoppas att resultatet i dina ögon är värt fem stjärnor."],
    clean: [],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("sv-SE", {
  "review-word-other": {
    violations: [
      "Nu när problemet är löst, vill du kanske ändra ditt omdöme?",
      "Vi hoppas att du nu kan justera din recension på två stjärnor.",
      "Om du inte är nöjd, kontakta oss först i stället för att skriva ett omdöme.",
      "Som tack för din recension skickar vi med ett presentkort.",
      "Din åsikt på produktsidan skulle hjälpa andra köpare att välja.",
    ],
    clean: [
      "Skriv bara önskat namn som kommentar till beställningen, så graverar vi det.",
      "Vi har skickat vidare din feedback till tillverkaren som kontrollerar partiet.",
      "Kan du kort bedöma hur stor repan är, liten eller tydligt synlig? Då väljer vi mellan ersättning och delvis återbetalning.",
      "Säg gärna vad du tycker: ska vi skicka reservdelen eller direkt en ny apparat?",
    ],
  },
});

// Caught since the lexicon pass of round 9.
testProbes("sv-SE", {
  "review-wish": {
    violations: [
      "Nöjda kunder som du är vår bästa reklam – på produktsidan finns det plats för det.",
    ],
    clean: [],
  },
});

import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("sv-SE", {
  "review-indirect": {
    violations: [
      "Hej Anna, din kaffekvarn (order 402-1234567-7654321) skickades i dag med PostNord. Om du lägger till ett foto av kvarnen i ditt omdöme betalar vi tillbaka fraktkostnaden. Lycka till!",
      "Hej, tack för din order 403-2345678-8765432. Som tack för några rader på produktsidan skickar vi en gratis refillförpackning. Hälsningar.",
      "Hej, din order 404-3456789-9876543 kommer på fredag. Bland alla som lämnar ett betyg den här månaden lottar vi ut ett presentkort på 500 kronor. Trevlig helg!",
      "Hej, din sekatör (order 405-4567890-0987654) är på väg. Skicka en skärmdump av din recension så förlänger vi garantin med ett år. Vänliga hälsningar.",
      "Hej, skrivbordslampan i order 406-5678901-1098765 blir två dagar försenad. När du betygsätter den, nämn gärna hur snabbt vi löste förseningen. Förlåt för väntan.",
      "Hej, tack för order 407-6789012-2109876. Om du betygsätter köpet skulle fem stjärnor betyda otroligt mycket för vårt lilla familjeföretag.",
      "Hej, ditt namnhalsband (order 408-7890123-3210987) graveras nu. Dina ord på produktsidan skulle hjälpa andra familjer att välja rätt storlek.",
      "Hej, din order 409-8901234-4321098 är på väg. Några stjärnor från dig skulle verkligen göra vår dag. Frågor om monteringen? Svara bara här.",
      "Hej Sara, vi beklagar att mixerkannan kom sprucken (order 401-9012345-5432109). Om du inte är helt nöjd, skriv till oss innan du publicerar något.",
      "Hej Erik, nu när den nya laddaren fungerar (order 402-0123456-6543210), skulle du kunna tänka dig att ändra ditt betyg på en stjärna? Vi vore mycket tacksamma.",
      "Hej, din yogamatta (order 403-1357913-2468024) har lämnat lagret. Berätta för andra köpare vad du tycker om greppet, de litar på ärliga intryck som dina.",
      "Hej, dina kaffebönor (order 404-2468024-1357913) skickas på måndag. Lämna din åsikt på Amazon så skickar vi en kod på 15 % till nästa påse.",
      "Hej Johan, gardinstängerna (order 405-1122334-4556677) kommer på torsdag. Vi skulle uppskatta om du i din recension beskriver kvaliteten och den snabba leveransen.",
      "Hej, din licensnyckel (order 402-5555555-6666666) är ABCD-1234. När ditt inlägg om appen ligger ute på Amazon, skicka länken så betalar vi tillbaka halva priset.",
      "Hej, dela din upplevelse på produktsidan så får du ett presentkort på 100 kr till nästa beställning (order 403-5555555-6666666).",
      "Hej, för varje foto du laddar upp på produktsidan skickar vi ett filter till gratis (order 404-5555555-6666666).",
      "Hej, dina stjärnor på produktsidan skulle hjälpa andra familjer mer än du tror (order 405-5555555-6666666).",
      "Hej, varje månad lottar vi ut ett presentkort på 500 kr bland alla som lämnar feedback på produktsidan (order 402-7777777-8888888).",
      "Hej, den som skriver om produkten på Amazon får nästa refill av oss (order 403-7777777-8888888).",
      "Hej, när du skriver din recension får du gärna lyfta fram citrondoften (order 404-7777777-8888888).",
      "Hej, om något inte är perfekt, prata med oss innan du sätter betyg (order 405-7777777-8888888).",
      "Hej, inget skulle glädja oss mer än att läsa dina intryck av filten på Amazon (order 406-7777777-8888888).",
      "Hej, återbetalningen för order 407-7777777-8888888 är klar. Skulle du kunna titta en gång till på stjärnorna du gav oss förra veckan?",
      "Hej, din order 402-1212121-3434343 skickas i dag. Skriv gärna på produktsidan att remmarna är tåligare än de ser ut. Tack!",
      "Hej, vi skulle bli så glada om andra hundägare fick höra från dig hur selen sitter (order 403-1212121-3434343).",
      "Hej, betygsätt köpet när du har provat det och nämn att vi svarade inom en timme (order 404-1212121-3434343).",
    ],
    clean: [
      "Hej Anna, din kaffekvarn (order 402-1234567-7654321) kom sprucken. Vi betalar tillbaka frakten och skickar en ny behållare i dag, du behöver inte returnera den gamla.",
      "Hej, om order 403-2345678-8765432: refillen saknades. Som tack för ditt tålamod skickar vi den gratis med morgondagens leverans.",
      "Hej, om din sekatör (order 405-4567890-0987654): skicka en skärmdump av felmeddelandet så att vår tekniker kan titta. Garantin gäller fortfarande.",
      "Hej, lampan i order 406-5678901-1098765 är försenad. Nämn ditt ordernummer när du skriver till oss så hittar vi den snabbare.",
      "Hej, för ditt halsband (order 408-7890123-3210987): granska det bifogade utkastet och säg till om stavning och typsnitt stämmer innan vi graverar.",
      "Hej, din order 409-8901234-4321098 levereras till fyrstjärniga hotellet du angav. Meddela gärna receptionen.",
      "Hej Sara, kannan kom sprucken (order 401-9012345-5432109). Om du inte heller är nöjd med ersättningen, hör av dig så återbetalar vi hela beloppet.",
      "Hej, din yogamatta (order 403-1357913-2468024) har skickats. Du behöver inte lämna något omdöme eller göra något annat; vi ville bara meddela dig.",
      "Hej, vårt team har granskat ditt garantiärende (order 404-2468024-1357913) och godkänner en kostnadsfri ersättning. Den skickas på måndag.",
      "Hej Johan, din synpunkt på storlekstabellen hjälpte oss att rätta den. Gardinstängerna (order 405-1122334-4556677) kommer på torsdag.",
      "Hej, enligt typskylten på elementet (order 406-1122334-4556677) är det 2000 W, så det passar ditt uttag. Du behöver inte göra något.",
      "Hej, kan du berätta om energimärkningen på kylskåpet (order 407-2233445-5566778) visar klass A eller B? Tack.",
      "Hej, om nyckeln (order 402-5555555-6666666) inte fungerar, skicka en skärmdump så återbetalar vi hela priset.",
      "Hej, presentkortet för förseningen (order 403-5555555-6666666) finns på ditt konto; du behöver inte göra något.",
      "Hej, presentkortet du bad om ligger i paketet (order 402-7777777-8888888).",
      "Hej, om något inte är perfekt, prata med oss så löser vi det (order 405-7777777-8888888).",
      "Hej, återbetalningen för order 407-7777777-8888888 är klar. Skulle du kunna titta en gång till i paketet efter skruvarna?",
      "Hej, din order 402-1212121-3434343 skickas i dag. På produktsidan hittar du måtten på remmarna. Tack!",
      "Hej, om selen inte passar, hör av dig så byter vi den (order 403-1212121-3434343).",
      "Hej, som det står på produktsidan tar lampan två AA-batterier.",
      "Hej, skriv till oss om storlekstabellen på produktsidan är oklar, så mäter vi en åt dig.",
    ],
  },
});

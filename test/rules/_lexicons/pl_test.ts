import { MARKETING_PL } from "../../../src/rules/_lexicons/marketing/pl.ts";
import { REVIEW_PL } from "../../../src/rules/_lexicons/review/pl.ts";
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

Deno.test("pl lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_PL, "pl", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_PL, "pl", MARKETING_CONCEPTS);
});

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Prosimy o sprawdzenie załączonej próbnej odbitki i przesłanie uwag do projektu.",
  "Rozpatrzyliśmy Pani reklamację i zwrócimy całą kwotę.",
  "Prosimy o informację do piątku, jaką czcionkę wybrać, wtedy zaczniemy grawerowanie.",
  "Co Pan sądzi o kolorze na wydruku próbnym? Wtedy go dopasujemy.",
  "Nasz technik musi najpierw ocenić szkodę, zanim wyślemy zamiennik.",
  "Dziękujemy za informację zwrotną, jeszcze dziś wyślemy nowy egzemplarz.",
  "Czy może Pani potwierdzić, że adres dostawy jest poprawny?",
  "Pana wniosek o zwrot został rozpatrzony i zaakceptowany.",
  "Czy może Pan sam ocenić, czy część nadaje się do użytku, i przesłać zdjęcie uszkodzenia?",
  "Pani opinia o projekcie pomoże nam dobrać właściwy rozmiar.",
  "Koszt wysyłki jest liczony według wagi.",
  "Prosimy o kontakt, jeśli paczka nie dotrze.",
  "Adres dostawy to czterogwiazdkowy hotel przy Rynku, recepcja odbiera paczki.",
  "Prosimy dostarczyć do hotelu 5-gwiazdkowego przy porcie, lobby jest otwarte całą dobę.",
  "Na poduszce wyhaftujemy pięć złotych gwiazdek, zgodnie z życzeniem.",
  "Zamienny filtr zostanie wysłany dzisiaj, nie musi Pan nic robić.",
  "Drugi produkt z zamówienia przyjdzie w osobnej paczce.",
  "Niestety produktu nie ma już w magazynie; zwrócimy całą kwotę.",
  "Nasz magazyn dośle brakującą śrubkę jutro.",
  "W razie pytań dotyczących zamówienia prosimy o kontakt.",
  "Nowa przesyłka dotrze jutro, numer śledzenia znajduje się poniżej.",
  "Pana paczka już jest w paczkomacie i można ją odebrać.",
  "Część zamienna właśnie dotarła do nas i jutro wyślemy ją do Pani.",
  "Nasze biuro obsługi klienta jest czynne także w soboty.",
  "Prosimy sprawdzić, czy wszystkie akcesoria są w kartonie.",
  "Instrukcję znajdzie Pan również na naszej stronie w zakładce Pobierz.",
  "Filtr jest dostarczany w zestawie po 2 sztuki, tak jak Pan zamówił.",
  "Nasza instrukcja idealnie pasuje do Pana modelu, jest w załączniku.",
  "Kolor antracytowy jest ponownie dostępny, zamówienie wyślemy jutro.",
  "Niestety ten model jest wyprzedany; zwrócimy całą kwotę.",
  "Najnowsze oprogramowanie jest na stronie producenta.",
  "Wizyta technika jest bezpłatna, nie musi Pani nic płacić.",
  "Jeśli potrzebuje Pan więcej czasu na zwrot, prosimy dać znać.",
  "Pojawił się problem z kurierem, dlatego paczka dotrze dzień później.",
  "Mamy również nadzieję, że nowy egzemplarz będzie działał bez zarzutu.",
  "Czy może Pan sprawdzić projekt do druku i przekazać nam uwagi do środy?",
  "Prosimy ocenić kolor na zdjęciu próbnym i dać znać, czy pasuje.",
  "Dokładnie przeanalizowaliśmy i oceniliśmy Pani reklamację.",
  "Rzeczoznawca oceni szkodę na miejscu, prosimy być w domu między 9 a 12.",
  "Pana opinia o podglądzie jest dla nas ważna, zanim zaczniemy grawerować.",
  "Stawka za wysyłkę ekspresową zależy od strefy.",
  "Prosimy o opinię na temat czcionki, wtedy wykonamy pieczątkę.",
  "Ocena Pana zgłoszenia gwarancyjnego przez producenta trwa około tygodnia.",
  "Chętnie poznamy Pani uwagi do układu, poprawki są bezpłatne.",
  "Czekamy na Pana odpowiedź w sprawie próbek materiału.",
  "Prosimy o zdjęcie, aby nasz technik mógł ocenić usterkę.",
  "Prosimy dokładniej opisać swoje doświadczenie z produktem, abyśmy mogli znaleźć usterkę.",
  "Co Pan do tej pory próbował zrobić z produktem?",
  "Prosimy dać znać, jak działa nowy egzemplarz.",
  "Paczka ma trafić do czterogwiazdkowego hotelu przy Rynku, pokój 412.",
  "Materiał w małe gwiazdki znów jest dostępny; wymiana wyjdzie jutro.",
  "Nadrukowaliśmy pięć gwiazdek na kubku, tak jak w zamówieniu.",
  "Część zamienna idealnie pasuje do Pana modelu, nie potrzeba narzędzi.",
  "Instrukcja jest już dostępna na naszej stronie.",
  "Na naszej stronie instrukcja jest też dostępna jako film.",
  "Nowe oprogramowanie już jest na naszej stronie.",
  "Dziękujemy za zakupy w naszym sklepie.",
  "Dziękujemy za zamówienie u nas, paczka jest w drodze.",
  "Wysyłamy inny artykuł; prosimy dać znać, czy kolor pasuje.",
  "Paczka ma trafić do trzygwiazdkowego hotelu przy rynku, prosimy zostawić ją w recepcji.",
  "Przeczytaliśmy Pana opinię i od razu rozwiązaliśmy sprawę.",
  "Wyhaftujemy pięć złotych gwiazdek na obrusie, prosimy potwierdzić kolor nici.",
  "Wersja z 5 gwiazdkami w rzędzie jest bogatsza niż ta z 3 gwiazdkami; którą Pani wybiera?",
  "Czy może Pan dać nam znać, czy część zamienna pasuje?",
  "Prosimy o informację zwrotną, czy dostawa we wtorek Pani odpowiada.",
  "Pani uwagi dotyczące dostawy przekazaliśmy kurierowi.",
  "Wycena Pana starego urządzenia wyniosła 40 zł, które zwrócimy.",
  "Prosimy ocenić stan opakowania w formularzu zwrotu.",
  "Do młynka dołączona jest szczoteczka do czyszczenia.",
  "Kubka niestety już nie ma, zwrócimy całą kwotę.",
  "Jako uzupełnienie instrukcji wysyłamy krótki film.",
  "Mamy teraz także potwierdzenie od kuriera, paczka dotrze jutro.",
  "Nasz nowy adres do zwrotów znajduje się poniżej.",
  "Produkt jest w zestawie ze dwoma kablami, zgodnie z zamówieniem.",
  "Polecamy wymieniać filtr co trzy miesiące.",
  "Ten model nie jest już w ofercie, dlatego zwracamy pieniądze.",
  "Pana uwagi o opakowaniu są świetne, przekażemy je do magazynu.",
  "Jak oceniłaby Pani dostawę? Prosimy dać znać, jeśli coś było nie tak.",
  "Jesteśmy ciekawi, czy część zamienna działa poprawnie.",
  "Nie musi Pan wystawiać opinii; zwrot zostanie zrealizowany normalnie.",
  "Prosimy przesłać zrzut ekranu komunikatu o błędzie.",
  "Rabat 20 zł za opóźnienie został już zwrócony na Pana konto.",
  "Polecamy naszą instrukcję montażu, jest w załączniku.",
  "Nasz filtr zamienny idealnie pasuje i jest już w drodze.",
  "Poszewka z nowej kolekcji jesiennej właśnie dotarła do nas i jutro ją wyślemy.",
  "Kalendarz, który Pan zamówił, jest ponownie dostępny.",
  "Prosimy wejść na swoje konto Amazon w zakładce Moje zamówienia, aby rozpocząć zwrot.",
  "Jako klient Prime nie płaci Pan za wysyłkę wymiany.",
  "Nie musi Pani wystawiać opinii; zwrot nastąpi automatycznie.",
  "Opinia nie jest potrzebna, zwrot pieniędzy zostanie wykonany automatycznie.",
];

testRuleCases("review", "pl-PL", {
  valid: [
    "Ocenimy uszkodzenie po otrzymaniu zdjęć.",
    "Dziękujemy za opinię, nowa paczka zostanie nadana jutro.",
    "Projekt grawera czeka na Pani akceptację.",
    "Zwrot pieniędzy zostanie zaksięgowany w ciągu pięciu dni.",
    "Na kubku nadrukujemy złote gwiazdki, tak jak Pan wybrał.",
  ],
  invalid: [
    {
      text: "Prosimy o wystawienie opinii na Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Jeśli jest Pan zadowolony, prosimy o pięć gwiazdek.",
      messageId: "gating",
    },
    {
      text: "W zamian za recenzję otrzyma Pani bon o wartości 20 zł.",
      messageId: "incentive",
    },
    {
      text:
        "Czy mógłby Pan zmienić swoją ocenę, skoro problem został rozwiązany?",
      messageId: "change",
    },
    {
      text: "W opinii proszę wspomnieć o szybkiej dostawie.",
      messageId: "instructions",
    },
    {
      text: "Podziel się swoimi wrażeniami z innymi klientami!",
      messageId: "solicitation",
    },
    {
      text: "Bylibysmy wdzieczni za pozytywna opinie.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: [
    "Wymienimy produkt bezpłatnie, nie potrzebujemy kodu rabatowego.",
    "Przesyłkę można śledzić na stronie przewoźnika.",
    "Zapraszamy do kontaktu w razie pytań o zamówienie.",
  ],
  invalid: [
    {
      text: "Zapraszamy do naszego sklepu po więcej nowości!",
      messageId: "crossSell",
    },
    {
      text: "Z kodem rabatowym ZIMA10 zapłacisz mniej przy kolejnym zakupie.",
      messageId: "promotion",
    },
    {
      text: "Nasza świąteczna wyprzedaż trwa do niedzieli!",
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

testRuleCases("review", "pl-PL", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Pana opinia naprawdę pomogłaby innym kupującym.",
      messageId: "solicitation",
    },
    {
      text:
        "Chętnie dowiemy się, jak sprawdza się produkt, najlepiej na Amazonie.",
      messageId: "solicitation",
    },
    {
      text:
        "Wiele by dla nas znaczyło, gdyby podzieliła się Pani swoimi wrażeniami.",
      messageId: "solicitation",
    },
    { text: "Krótka ocena bardzo by nam pomogła.", messageId: "solicitation" },
    {
      text: "Proszę się nie wahać i zostawić recenzję.",
      messageId: "solicitation",
    },
    {
      text: "Kilka gwiazdek od Pana bardzo by nas ucieszyło.",
      messageId: "solicitation",
    },
    {
      text:
        "Proszę opowiedzieć innym klientom, jak bardzo jest Pani zadowolona.",
      messageId: "gating",
    },
    {
      text: "Mamy nadzieję, że znajdzie Pan chwilę na recenzję.",
      messageId: "solicitation",
    },
    {
      text: "Proszę dać znać innym kupującym, co Pan sądzi o produkcie.",
      messageId: "solicitation",
    },
    {
      text: "W podziękowaniu za opinię zwrócimy Panu 20 zł.",
      messageId: "incentive",
    },
    {
      text: "Jeśli jest Pan zadowolony, ucieszy nas pięć gwiazdek.",
      messageId: "gating",
    },
    {
      text:
        "Skoro problem został rozwiązany, czy mogłaby Pani zmienić swoją opinię?",
      messageId: "change",
    },
    {
      text: "Prosimy wspomnieć w recenzji o szybkiej dostawie.",
      messageId: "instructions",
    },
    {
      text:
        "Pani opinia o produkcie jest dla nas bardzo ważna, prosimy się nią podzielić.",
      messageId: "solicitation",
    },
    {
      text: "Prosimy opowiedzieć innym klientom o swoim zakupie.",
      messageId: "solicitation",
    },
    {
      text: "Każde Pana słowo o naszym produkcie bardzo nas ucieszy.",
      messageId: "solicitation",
    },
    {
      text: "Czy mógłby Pan ponownie rozważyć swoją ocenę jednej gwiazdki?",
      messageId: "change",
    },
    {
      text: "Może zechce Pani teraz zaktualizować swoją recenzję.",
      messageId: "change",
    },
    {
      text:
        "Kto napisze recenzję, dostanie przy następnym zakupie mały prezent.",
      messageId: "incentive",
    },
    {
      text:
        "Po wystawieniu opinii chętnie wyślemy Panu paczkę z podziękowaniem.",
      messageId: "incentive",
    },
    {
      text: "Jako mała rodzinna firma bardzo liczymy na Pana opinię.",
      messageId: "solicitation",
    },
    {
      text: "Jeśli program się Panu podoba, bardzo ucieszy nas kilka słów.",
      messageId: "gating",
    },
    {
      text: "Czy zechciałby Pan jeszcze raz przemyśleć swoje dwie gwiazdki?",
      messageId: "change",
    },
    {
      text:
        "Jesteśmy małą rodzinną firmą i każda opinia bardzo wiele dla nas znaczy.",
      messageId: "solicitation",
    },
    {
      text:
        "Czy mógłby Pan poświęcić chwilę i podzielić się wrażeniami na Amazonie?",
      messageId: "solicitation",
    },
    {
      text: "Kilka gwiazdek na Amazonie bardzo by nam pomogło.",
      messageId: "solicitation",
    },
    {
      text:
        "Jesteśmy ciekawi Pani zdania o produkcie, prosimy zostawić je na stronie produktu.",
      messageId: "solicitation",
    },
    {
      text: "Prosimy nie zapomnieć o ocenie zakupu.",
      messageId: "solicitation",
    },
    {
      text:
        "Jeśli jest Pan zadowolony, będziemy wdzięczni za pozytywną opinię.",
      messageId: "gating",
    },
    {
      text: "Prosimy przesłać zrzut ekranu opinii, a zwrócimy 20 zł.",
      messageId: "incentive",
    },
    {
      text:
        "Prosimy napisać kilka słów o zakupie, innym klientom bardzo to pomoże.",
      messageId: "solicitation",
    },
    {
      text:
        "Jak się Pani podoba zamówienie? Chętnie przeczytamy o tym w recenzji.",
      messageId: "gating",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Przy okazji: nasza nowa kolekcja jesienna już jest!",
      messageId: "crossSell",
    },
    {
      text:
        "Zachęcamy do rozejrzenia się w naszym sklepie, znajdzie tam Pan wiele więcej.",
      messageId: "crossSell",
    },
    {
      text: "Produkujemy również pasujące poszewki na poduszki.",
      messageId: "crossSell",
    },
    {
      text: "Może spodoba się Pani także nasz termos ze stali nierdzewnej.",
      messageId: "crossSell",
    },
    {
      text:
        "Wskazówka: nasza szczoteczka do czyszczenia idealnie do niego pasuje.",
      messageId: "crossSell",
    },
    {
      text:
        "Planuje Pan zimowe wędrówki? Nasze termosy i stuptuty świetnie się do tego nadają.",
      messageId: "crossSell",
    },
    {
      text:
        "Skoro problem jest rozwiązany: czy wie Pan, że sprzedajemy też zapasowe ostrza?",
      messageId: "crossSell",
    },
    {
      text: "W naszej ofercie znajdzie Pani również świece i olejki zapachowe.",
      messageId: "crossSell",
    },
    {
      text: "Nasze nowe modele na wiosnę właśnie dotarły.",
      messageId: "crossSell",
    },
    {
      text: "Szuka Pan prezentu? Mamy jeszcze wiele innych pomysłów.",
      messageId: "crossSell",
    },
    {
      text:
        "Proszę wyszukać naszą markę na Amazonie, znajdzie Pan tam wszystkie nasze produkty.",
      messageId: "crossSell",
    },
    {
      text: "Zapraszamy do naszego sklepu na Amazon po więcej produktów.",
      messageId: "crossSell",
    },
    {
      text: "Proszę kliknąć nazwę naszego sklepu, aby zobaczyć całą ofertę.",
      messageId: "crossSell",
    },
    {
      text: "Przy okazji: szyjemy też pasujące zasłony na wymiar.",
      messageId: "crossSell",
    },
    {
      text: "Do tego świetnie pasuje nasz zestaw do pielęgnacji drewna.",
      messageId: "crossSell",
    },
    {
      text: "Nasze nowe modele zimowe są już dostępne.",
      messageId: "crossSell",
    },
    {
      text: "Nowość u nas: świece w dwunastu zapachach.",
      messageId: "crossSell",
    },
    {
      text: "Mała wskazówka: nasz spray czyszczący idealnie do niego pasuje.",
      messageId: "crossSell",
    },
    { text: "Kurtkę mamy też w innych kolorach.", messageId: "crossSell" },
    {
      text: "Wkrótce pojawi się nasza nowa kolekcja wiosenna.",
      messageId: "crossSell",
    },
    {
      text:
        "Jeśli będzie Pani potrzebowała więcej, mamy je w większych opakowaniach.",
      messageId: "crossSell",
    },
    {
      text:
        "Więcej naszych produktów znajdzie Pan, wyszukując naszą markę na Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Zapraszamy do naszego sklepu marki na Amazon.",
      messageId: "crossSell",
    },
    {
      text:
        "Klikając w nazwę sprzedawcy, zobaczy Pani wszystkie nasze inne produkty.",
      messageId: "crossSell",
    },
    {
      text: "Przy okazji: właśnie dotarła nowa dostawa w nowych kolorach.",
      messageId: "crossSell",
    },
    {
      text: "Polecamy też rozszerzenie ochrony na kolejne urządzenia.",
      messageId: "crossSell",
    },
    {
      text: "Tylko w tym tygodniu: co druga świeca gratis.",
      messageId: "promotion",
    },
    {
      text:
        "Czy wie Pan, że do młynka sprzedajemy też pasującą kawę ziarnistą?",
      messageId: "crossSell",
    },
    {
      text: "Na chłodne dni mamy teraz w ofercie także wełniane skarpety.",
      messageId: "crossSell",
    },
    { text: "Zapraszamy ponownie do nas, warto.", messageId: "promotion" },
    {
      text:
        "Jeśli kubek się Pani podoba, jest też dostępny w zestawie ze spodkami.",
      messageId: "crossSell",
    },
    {
      text: "Jako uzupełnienie polecamy naszą ściereczkę z mikrofibry.",
      messageId: "crossSell",
    },
    {
      text: "Z kodem ZIMA15 otrzyma Pan 15% rabatu w naszym sklepie.",
      messageId: "promotion",
    },
    {
      text: "Zapisz się do naszego newslettera i nie przegap żadnej promocji.",
      messageId: "promotion",
    },
    {
      text: "Obserwuj nas na Instagramie, aby poznać nowe produkty.",
      messageId: "crossSell",
    },
    {
      text: "Przy kolejnym zamówieniu wysyłka od nas gratis.",
      messageId: "promotion",
    },
    {
      text: "Przy następnym zamówieniu darmowa wysyłka.",
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
  "Zapraszamy do zapoznania się z naszą instrukcją montażu.",
  "Wskazówka: po dwóch tygodniach proszę dokręcić śruby.",
  "Oceniliśmy szkodę i wyślemy nowy egzemplarz.",
  "Czy może Pan ocenić projekt i dać znać, czy wszystko się zgadza?",
  "Warto wiedzieć: technik zadzwoni pół godziny wcześniej.",
  "Proszę zajrzeć do naszej wiadomości z wczoraj, tam jest kod.",
  "Wskazówka: nasza obsługa klienta jest dostępna także na czacie.",
  "Możemy też przesunąć termin na czwartek, jeśli tak będzie wygodniej.",
  "Od stycznia zmieniają się nasze godziny wysyłki.",
  "Proszę obejrzeć nasze zdjęcie uszkodzenia i potwierdzić, czy to Pana karton.",
  "Sprawdzimy w naszym magazynie i odezwiemy się jutro.",
  "Zajrzymy do naszego systemu i damy znać.",
  "Przejrzymy nasze zapasy i damy znać.",
  "Ma Pani jeszcze pytania? Chętnie pomożemy.",
  "Proszę dać znać, czy po resecie wszystko działa.",
  "W tym tygodniu nasz magazyn jest zamknięty, dostawa będzie w poniedziałek.",
  "Darmowa wymiana dotrze do piątku, nie musi Pan nic robić.",
  "Przemyślimy, jak lepiej pakować lampy, dziękujemy za uwagę.",
];

testRuleCases("review", "pl-PL", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Wśród wszystkich klientów, którzy wystawią opinię o zakupie, rozlosujemy bon podarunkowy.",
      messageId: "incentive",
    },
    {
      text:
        "Bylibyśmy wdzięczni, gdyby opowiedział Pan innym kupującym o swoich wrażeniach.",
      messageId: "solicitation",
    },
    {
      text:
        "Czy mógłby Pan zmienić swoją opinię teraz, gdy wszystko jest załatwione?",
      messageId: "change",
    },
    {
      text:
        "Jeśli napisze Pan coś o zakupie na Amazonie, proszę wspomnieć o szybkiej wysyłce.",
      messageId: "instructions",
    },
    {
      text:
        "Bylibyśmy bardzo wdzięczni, gdyby podzieliła się Pani wrażeniami na Amazonie.",
      messageId: "solicitation",
    },
    {
      text:
        "Jesteśmy małą rodzinną firmą i wiele dla nas znaczy, gdy klienci opowiadają, jak sprawdza się plecak.",
      messageId: "solicitation",
    },
    {
      text: "Jeśli program się podoba, ucieszy nas kilka słów od Pana.",
      messageId: "gating",
    },
    {
      text:
        "W ramach przeprosin wysyłamy bon, a kilka słów na Amazonie bardzo by nas ucieszyło.",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Wskazówka: przed pierwszym użyciem warto zaimpregnować buty naszym sprayem.",
      messageId: "crossSell",
    },
    {
      text:
        "Warto wiedzieć: za niewielką opłatą możemy też wykonać coroczny przegląd.",
      messageId: "promotion",
    },
    {
      text: "Może spodobają się Pani także nasze pasujące poszewki.",
      messageId: "crossSell",
    },
    {
      text: "Od stycznia będzie u nas też pasująca szafka nocna.",
      messageId: "crossSell",
    },
    {
      text: "Zapraszamy do zapoznania się z naszym asortymentem.",
      messageId: "crossSell",
    },
    {
      text: "Potrzebuje Pan więcej tabliczek? Zrobimy je w dowolnej ilości.",
      messageId: "crossSell",
    },
    {
      text: "Mała wskazówka: nasze mydło do skóry utrzyma ją w dobrym stanie.",
      messageId: "crossSell",
    },
    {
      text: "Zapraszamy do obejrzenia naszych lamp.",
      messageId: "crossSell",
    },
    {
      text: "Od marca pasujące poduszki będą u nas także w kolorze zielonym.",
      messageId: "crossSell",
    },
    {
      text: "Potrzebuje Pani więcej tabliczek? Chętnie zrobimy kolejne.",
      messageId: "crossSell",
    },
    {
      text:
        "Szuka Pani jeszcze prezentu? W tym tygodniu u nas drugi produkt za pół ceny.",
      messageId: "promotion",
    },
  ],
});

// Probes written for the classes that must generalize (soft cross-selling
// after a fix or advice, review wishes, instructions, roundabout rewards,
// change requests) and their clean traps (review words in other senses,
// stars that are not ratings, negated requests, neutral advice), in the
// message types sellers send: delivery, service visit, customization,
// digital key, unexpected problem.
const GENERAL_PL_PL_CLEAN = [
  "Obejrzeliśmy zdjęcia i technik jutro przekaże swoją opinię.",
  "Potrzebujemy Pana akceptacji projektu graweru do czwartku.",
  "Kurs wymiany stosowany przez bank nie zależy od nas.",
  "Kurier oceni, czy możliwa jest druga próba doręczenia.",
  "Przegląd kotła jest wliczony we wtorkową wizytę.",
  "Rozpatrzymy Pani zgłoszenie gwarancyjne w ciągu 48 godzin.",
  "Cena jest liczona według stawki godzinowej technika.",
  "Proszę przesłać uwagi do próbnego wydruku logo.",
  "W spersonalizowanym kalendarzu wydrukowaliśmy tabelę ocen szkolnych, zgodnie z prośbą.",
  "Producent analizuje Pana wniosek o wymianę.",
  "Ocena rzeczoznawcy dotycząca szkody będzie po jego wizycie.",
  "Proszę dać znać, co Pani sądzi o wycenie montażu.",
  "Odczyt czujnika wskazuje, że bateria jest rozładowana: proszę ją naładować.",
  "Proszę samemu ocenić, czy woli Pan odbiór w punkcie, czy dostawę do domu.",
  "Paczka zostanie doręczona do Hotelu Panorama, cztery gwiazdki, ul. Długa 5.",
  "Lodówka ma klasę energetyczną A, najlepszą w tej serii.",
  "Kołdra to wersja z pięcioma haftowanymi gwiazdkami, zgodnie z zamówieniem.",
  "Restauracja z gwiazdką Michelin, w której odbędzie się przyjęcie, odbierze dostawę o 10.",
  "Koniak ma trzy gwiazdki na etykiecie, ten sam, który Pan zamówił.",
  "Technik przyjedzie do pięciogwiazdkowego hotelu, w którym Pani mieszka; proszę czekać w recepcji.",
  "Materac jest w jakości pięciu gwiazdek, z dziesięcioletnią gwarancją.",
  "Foremka do ciastek w gwiazdki o średnicy 5 cm jest już w drodze.",
  'Na grawerowanej tabliczce jest napis "Szef kuchni 3 gwiazdki", tak jak Pan prosił.',
  "Czterogwiazdkowy kemping nie przyjmuje paczek w niedzielę: dostawa przesuwa się na poniedziałek.",
  "Pralka ma certyfikat efektywności pięciu gwiazdek.",
  "W zestawie jest 5 zapasowych fosforyzujących gwiazdek.",
  "Nie musi Pan nic robić: żadnego formularza, żadnej recenzji ani oceny do wystawienia.",
  "Zwrot jest automatyczny, żaden komentarz nie jest potrzebny.",
  "Nie prosimy o recenzje: wystarczy nam, że część działa.",
  "Do aktywacji klucza nie jest wymagana żadna rejestracja ani ocena.",
  "Nie trzeba zostawiać komentarzy ani gwiazdek, żeby otrzymać wymianę.",
  "Gwarancja obowiązuje także bez recenzji.",
  "Żadnych ocen nie potrzebujemy: technik przyjdzie we wtorek o 9.",
  "Nie ma nic do wypełnienia, nawet ankiety.",
  "Bon za opóźnienie w żaden sposób nie zależy od recenzji.",
  "Nie potrzebujemy Pani opinii, tylko potwierdzenia adresu.",
  "Żadnego kodu rabatowego nie trzeba wpisywać: zwrot wychodzi dziś.",
  "Nie sprzedajemy innych akcesoriów do tego modelu, przykro nam.",
  "Mała rada: proszę dobrze osuszyć skórę przed schowaniem torebki.",
  "Technik sprawdzi też wąż odpływowy, to jest wliczone w wizytę.",
  "Jeśli potrzebuje Pan jeszcze jednej kopii faktury, proszę dać znać.",
  "Wysłaliśmy też brakujące śrubki zapasowe.",
  "Jeśli potrzebuje Pani pomocy przy instalacji, jesteśmy do dyspozycji.",
  "Licencja obejmuje jedno urządzenie, jak podano na stronie produktu.",
  "Do czyszczenia zalecamy wyłącznie neutralny detergent.",
  "Wybrany przez Panią kolor jest znów dostępny i wysyłamy go dzisiaj.",
  "Nowa część pasuje do Pana modelu, nic więcej nie jest potrzebne.",
  "Jeśli Pan woli, możemy wysłać część do biura.",
  "Do montażu na ścianie potrzebne są kołki 8 mm, niedołączone do zestawu.",
  "Technik przywiezie też nowy filtr, już opłacony w zamówieniu.",
  "Technik ocenił kocioł, a wycena przyjdzie do Pana mailem.",
  "Czekamy na Pani akceptację tekstu do graweru, zanim zaczniemy.",
  "Proszę dać znać, co sądzi Pan o nowym terminie dostawy zaproponowanym przez kuriera.",
  "Dostawa jest do trzygwiazdkowego pensjonatu przy ul. Lipowej; proszę zostawić nazwisko przy dzwonku.",
  "Kołdra z pięcioma gwiazdkami ciepłoty jest najcieplejsza w serii.",
  "Nie trzeba zostawiać recenzji ani gwiazdek: zwrot już wysłaliśmy.",
  "Jeśli potrzebuje Pan więcej worków do odkurzacza, w kartonie są dwa dodatkowe.",
  "Rada do czyszczenia: proszę użyć miękkiej ściereczki i letniej wody.",
  "Technik zamontuje też uchwyt dołączony do zamówienia.",
  "Jeśli potrzebuje Pan kolejnej kopii gwarancji, wyślemy ją też mailem.",
  "Technik zamontuje też uchwyt ścienny, który Pani zamówiła, jest w cenie.",
  "Przy okazji proszę sprawdzić, czy kabel jest dobrze podłączony.",
  "Fakturę znajdzie Pan też w zakładce Moje zamówienia.",
  "W razie potrzeby może Pani śledzić przesyłkę za pomocą numeru poniżej.",
  "Warto wiedzieć, że kurier przyjedzie między 9 a 13.",
  "Wielu klientów pyta, jak czyścić filtr: wystarczy go przepłukać.",
  "Zalecamy zachowanie kartonu na wypadek zwrotu.",
  "Jeśli później napisze Pan do producenta, proszę podać numer seryjny z etykiety.",
  "Kupiony przez Panią pakiet rodzinny obejmuje pięć urządzeń.",
  "Przeczytaliśmy Pana recenzję i przepraszamy za opóźnienie: paczka dotrze jutro.",
  "Może się Panu przydać informacja, że zwrot jest bezpłatny przez 30 dni.",
  "Mamy też dobrą wiadomość: paczka jest już w drodze.",
  "Mała rada: proszę płukać filtr raz w miesiącu.",
  "Mamy jeszcze pytanie o kolor nici do haftu.",
];

testRuleCases("review", "pl-PL", {
  valid: GENERAL_PL_PL_CLEAN,
  invalid: [
    {
      text: "Chętnie przeczytamy Pana opinię o produkcie.",
      messageId: "solicitation",
    },
    {
      text:
        "Mamy nadzieję, że dywan się spodoba i zechce Pani opowiedzieć o nim innym kupującym.",
      messageId: "gating",
    },
    {
      text:
        "Pana zdanie o tym zakupie byłoby cenne dla tych, którzy jeszcze się wahają.",
      messageId: "solicitation",
    },
    {
      text: "Mamy nadzieję, że zasłużymy na Pani pięć gwiazdek.",
      messageId: "solicitation",
    },
    {
      text:
        "Pani komentarz na stronie produktu byłby wielkim prezentem dla naszej małej pracowni.",
      messageId: "incentive",
    },
    {
      text:
        "Gdy już przez kilka dni pouży Pan ekspresu, bardzo chcielibyśmy poznać Pana wrażenia, także na Amazonie.",
      messageId: "solicitation",
    },
    {
      text: "Każda ocena bardzo się liczy dla tak małego sprzedawcy jak my.",
      messageId: "solicitation",
    },
    {
      text:
        "Jesteśmy małą rodzinną firmą: Pani głos na Amazonie pomaga nam się rozwijać.",
      messageId: "solicitation",
    },
    {
      text:
        "Byłoby super, gdyby inni klienci mogli przeczytać, jak się Panu z nami współpracowało.",
      messageId: "solicitation",
    },
    { text: "Trzymamy kciuki za miłą recenzję!", messageId: "solicitation" },
    {
      text: "Kilka słów od Pani na Amazonie bardzo by nas ucieszyło.",
      messageId: "solicitation",
    },
    {
      text:
        "Jeśli to rozwiązanie Pana zadowoliło, kilka słów na Amazonie wiele by dla nas znaczyło.",
      messageId: "solicitation",
    },
    {
      text:
        "Jeśli technik stanął na wysokości zadania, Pani opinia o usłudze sprawiłaby nam ogromną radość.",
      messageId: "gating",
    },
    {
      text:
        "Jeśli klucz działa zgodnie z oczekiwaniami, chętnie dowiemy się na Amazonie, co Pan o nim sądzi.",
      messageId: "gating",
    },
    {
      text:
        "Jeśli będzie Pan pisał o usłudze, proszę wspomnieć, że po zabiegu nie było zapachu.",
      messageId: "instructions",
    },
    {
      text: "Na Amazonie recenzje ze zdjęciami bardzo pomagają innym klientom.",
      messageId: "instructions",
    },
    {
      text: "Wystawiając recenzję, proszę napisać, że grawer dotarł w dwa dni.",
      messageId: "solicitation",
    },
    {
      text:
        "W komentarzu do produktu proszę zaznaczyć, że kolor jest identyczny jak na zdjęciu.",
      messageId: "instructions",
    },
    {
      text:
        "Przydałoby się, żeby w ocenie napisała Pani coś o jakości tkaniny.",
      messageId: "instructions",
    },
    {
      text:
        "Proszę dodać do recenzji filmik z montażu, żeby inni widzieli, jakie to proste.",
      messageId: "instructions",
    },
    {
      text:
        "W ocenie sprzedawcy proszę podkreślić, że opóźnienie było winą kuriera, a nie naszą.",
      messageId: "instructions",
    },
    {
      text:
        "Proszę nie zapomnieć wspomnieć w recenzji o naszej obsłudze klienta.",
      messageId: "instructions",
    },
    {
      text: "Recenzja, która opisze czas pracy baterii, byłaby idealna.",
      messageId: "instructions",
    },
    {
      text: "Jeśli to możliwe, proszę w recenzji nie wspominać o opóźnieniu.",
      messageId: "instructions",
    },
    {
      text: "W opinii proszę podać nazwę modelu, żeby inni łatwo go znaleźli.",
      messageId: "solicitation",
    },
    {
      text:
        "Czy mógłby Pan dołączyć do recenzji zdjęcie zmontowanego produktu?",
      messageId: "instructions",
    },
    {
      text:
        "Klienci, którzy podzielą się wrażeniami na stronie produktu, otrzymują bon na 40 zł.",
      messageId: "incentive",
    },
    {
      text: "Po Pana recenzji wyślemy w prezencie zestaw części zamiennych.",
      messageId: "incentive",
    },
    {
      text: "W podziękowaniu za ocenę zwrócimy Pani koszty wysyłki.",
      messageId: "incentive",
    },
    {
      text:
        "Każdy, kto zostawi komentarz na Amazonie, bierze udział w losowaniu karty podarunkowej.",
      messageId: "incentive",
    },
    {
      text: "Proszę przesłać nam zrzut ekranu recenzji, a oddamy 20% ceny.",
      messageId: "incentive",
    },
    {
      text:
        "W ramach podziękowania za opinię następny wkład dostanie Pan gratis.",
      messageId: "incentive",
    },
    {
      text: "Po opublikowaniu recenzji przedłużymy gwarancję do trzech lat.",
      messageId: "incentive",
    },
    {
      text:
        "Oferujemy miesiąc subskrypcji za darmo, jeśli oceni Pan licencję na Amazonie.",
      messageId: "incentive",
    },
    {
      text: "Recenzje ze zdjęciami nagradzamy częściowym zwrotem pieniędzy.",
      messageId: "incentive",
    },
    {
      text: "Kto wystawi nam pięć gwiazdek, dostanie kod o wartości 50 zł.",
      messageId: "incentive",
    },
    {
      text: "Za każdą opublikowaną opinię dajemy próbkę nowych perfum.",
      messageId: "incentive",
    },
    {
      text:
        "Skoro problem został rozwiązany, czy mógłby Pan zaktualizować swoją recenzję?",
      messageId: "change",
    },
    {
      text:
        "Ponieważ wymieniliśmy część, bylibyśmy wdzięczni, gdyby Pani zmieniła negatywną ocenę.",
      messageId: "change",
    },
    {
      text:
        "Jeśli jest Pan teraz zadowolony, prosimy o usunięcie negatywnego komentarza.",
      messageId: "change",
    },
    {
      text:
        "Zwróciliśmy pieniądze za zamówienie: czy byłoby możliwe wycofanie opinii z jedną gwiazdką?",
      messageId: "change",
    },
    {
      text:
        "Uprzejmie prosimy o poprawienie recenzji, ponieważ paczka jednak dotarła.",
      messageId: "change",
    },
    {
      text: "Czy może Pani zmienić ocenę teraz, gdy klucz działa?",
      messageId: "change",
    },
    {
      text:
        "Pana recenzja z jedną gwiazdką nie oddaje już sytuacji: proszę ją edytować.",
      messageId: "change",
    },
    {
      text:
        "Po wizycie technika czy zechciałaby Pani zweryfikować swoją opinię?",
      messageId: "change",
    },
    {
      text:
        "Byłoby bardzo miło, gdyby Pan skasował ocenę, skoro wszystko załatwiliśmy.",
      messageId: "change",
    },
    {
      text:
        "Zrobiłaby nam Pani przysługę, podnosząc liczbę gwiazdek w recenzji.",
      messageId: "change",
    },
    {
      text:
        "Mamy nadzieję, że teraz przemyśli Pan swoją ocenę na dwie gwiazdki.",
      messageId: "change",
    },
    {
      text:
        "Aby usunąć komentarz, wystarczy wejść w Moje zamówienia i kliknąć Usuń.",
      messageId: "change",
    },
    {
      text:
        "Bardzo chcielibyśmy wiedzieć, co sądzi Pani o lampie; kilka zdań na Amazonie zrobiłoby różnicę.",
      messageId: "solicitation",
    },
    {
      text: "Pana ocena na stronie produktu bardzo pomogłaby niezdecydowanym.",
      messageId: "solicitation",
    },
    {
      text:
        "Jeśli montaż poszedł gładko, będziemy wdzięczni za kilka gwiazdek na Amazonie.",
      messageId: "gating",
    },
    {
      text: "W recenzji dobrze byłoby wspomnieć o szybkości technika.",
      messageId: "instructions",
    },
    {
      text:
        "Jeśli zostawi Pani komentarz na Amazonie, proszę dodać kilka zdjęć haftu.",
      messageId: "instructions",
    },
    {
      text: "Kto zrecenzuje produkt, dostanie w prezencie drugi filtr.",
      messageId: "incentive",
    },
    {
      text: "Zwrócimy Panu 20 zł, gdy tylko zobaczymy Pana ocenę w sieci.",
      messageId: "incentive",
    },
    {
      text:
        "Skoro dotarła już nowa część, czy zechciałaby Pani zaktualizować gwiazdki?",
      messageId: "change",
    },
    {
      text:
        "Czy byłoby możliwe usunięcie negatywnej recenzji, skoro zwróciliśmy całą kwotę?",
      messageId: "change",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: GENERAL_PL_PL_CLEAN,
  invalid: [
    {
      text:
        "Mała rada: nasz balsam odżywczy utrzyma skórę torebki miękką przez lata.",
      messageId: "crossSell",
    },
    {
      text: "Mamy też licencje na telefon, gdyby były Panu potrzebne.",
      messageId: "crossSell",
    },
    {
      text:
        "Jeśli potrzebuje Pani czegoś jeszcze do kuchni, proszę zerknąć na nasze noże.",
      messageId: "crossSell",
    },
    {
      text:
        "Skoro technik i tak będzie u Pana, możemy przy okazji zrobić przegląd kotła.",
      messageId: "crossSell",
    },
    {
      text:
        "Teraz, gdy problem jest rozwiązany, informujemy, że sprzedajemy też uchwyty ścienne do tego samego modelu.",
      messageId: "crossSell",
    },
    {
      text: "Do codziennego czyszczenia polecamy nasz specjalny spray.",
      messageId: "crossSell",
    },
    {
      text: "Wielu klientów łączy tę lampę z naszym lnianym abażurem.",
      messageId: "crossSell",
    },
    {
      text: "Szyjemy również obrusy pasujące do Pani zasłon.",
      messageId: "crossSell",
    },
    {
      text:
        "Oprócz kubków grawerujemy także breloki i szklanki z tym samym wzorem.",
      messageId: "crossSell",
    },
    {
      text:
        "Do ochrony ekranu jest też nasze szkło hartowane, pasujące do Pana tabletu.",
      messageId: "crossSell",
    },
    {
      text:
        "Klucz działa na jedno urządzenie; dla całej rodziny oferujemy też wersję na pięć urządzeń.",
      messageId: "crossSell",
    },
    {
      text:
        "Gdy przyjdą chłody, może się Panu przydać także nasz termowentylator.",
      messageId: "crossSell",
    },
    {
      text:
        "Podczas wizyty technik może też zamontować nasz filtr przeciw kamieniowi, wystarczy o to poprosić.",
      messageId: "crossSell",
    },
    {
      text:
        "Jeśli pokrowiec się Pani spodobał, mamy go jeszcze w trzech innych kolorach.",
      messageId: "crossSell",
    },
    {
      text:
        "Właśnie dodaliśmy do sklepu bidony termiczne, gdyby Pana to interesowało.",
      messageId: "crossSell",
    },
    {
      text:
        "Skoro wybrała Pani żeliwny czajniczek, warto wiedzieć, że mamy też pasujące filiżanki.",
      messageId: "crossSell",
    },
    {
      text:
        "Dla właścicieli psów szyjemy także wyściełane legowiska z tej samej tkaniny.",
      messageId: "crossSell",
    },
    {
      text:
        "Pana licencja obejmuje jeden komputer; jeśli chce Pan chronić także smartfon, jest nasz pakiet rodzinny.",
      messageId: "crossSell",
    },
    {
      text:
        "Teraz, gdy termostat działa, przypominamy, że montujemy też inteligentne głowice do grzejników.",
      messageId: "crossSell",
    },
    {
      text: "Aby nóż długo był ostry, polecamy nasz kamień do ostrzenia.",
      messageId: "crossSell",
    },
  ],
});

// More probes: catalogue and made-to-order wording, "customers who buy",
// items in the seller's store, reviews as advertising, the review request
// Amazon sends, and instructions, rewards and changes in other words; with
// their clean traps (help pages, refunds, quoted buyer text, stickers).
const MORE_PL_PL_CLEAN = [
  "A propos zwrotu: etykieta jest w załączniku, kurier przyjedzie jutro.",
  "Osoba odbierająca paczkę musi podpisać potwierdzenie dostawy.",
  "Pana subskrypcja działa też na drugim urządzeniu, zgodnie z prośbą.",
  "Jesteśmy ciekawi, czy nowy rozmiar pasuje: proszę przesłać zdjęcie.",
  "Instrukcje są na naszej stronie w zakładce Pobierz.",
  "Kto kupuje na Amazonie, znajdzie fakturę w zakładce Moje zamówienia.",
  "Gdy Amazon poprosi o potwierdzenie zwrotu, proszę kliknąć Wyślij.",
  "Zamówionego modelu nie ma już w katalogu; zwracamy całą kwotę.",
  "Nie wysyłamy reklam mailem, piszemy tylko w sprawie zamówienia.",
  "Zasłona na wymiar, którą Pani zamówiła, jest w produkcji i wyjdzie w piątek.",
  "Brakujące części są w naszym magazynie i wyjdą dzisiaj.",
  "Ten model jest w sprzedaży od marca, więc gwarancja obowiązuje normalnie.",
  "Technik oceni na miejscu, czy lepiej naprawić, czy wymienić część.",
  "Zwróciliśmy pieniądze za zamówienie; jeśli Pan chce, może Pan jutro oddać paczkę kurierowi.",
  'Napisała Pani "wystawię recenzję z jedną gwiazdką": przepraszamy, nowa część wychodzi dziś.',
  "Ocena rzeczoznawcy dotycząca szkód transportowych jest w załączniku.",
  "Gwiazdki samoprzylepne z zestawu świecą w ciemności i odklejają się bez śladów.",
  "Nie ma żadnej ankiety do wypełnienia: zwrot jest już zarejestrowany.",
];

testRuleCases("review", "pl-PL", {
  valid: MORE_PL_PL_CLEAN,
  invalid: [
    {
      text:
        "Kilka słów od Pana na Amazonie, nawet krótkich, byłoby dla nas na wagę złota.",
      messageId: "solicitation",
    },
    {
      text:
        "Jesteśmy ciekawi, jak się Pani śpi na materacu: proszę o tym opowiedzieć na Amazonie.",
      messageId: "solicitation",
    },
    {
      text: "Oceny takich klientów jak Pan to nasza najlepsza reklama.",
      messageId: "solicitation",
    },
    {
      text:
        "Jeśli paczka dotarła cała i produkt się podoba, proszę pamiętać o nas, gdy Amazon poprosi o opinię.",
      messageId: "gating",
    },
    {
      text:
        "Oceniając produkt na Amazonie, warto przypomnieć, że dostawa była punktualna.",
      messageId: "solicitation",
    },
    {
      text:
        "W komentarzu na Amazonie proszę napomknąć, że kolor na zdjęciu jest wierny.",
      messageId: "instructions",
    },
    {
      text:
        "Jeśli będzie Pan recenzował usługę, proszę napisać, że technik przyjechał przed czasem.",
      messageId: "solicitation",
    },
    {
      text:
        "Osobom, które zostawią opinię na Amazonie, dajemy bon na następne zamówienie.",
      messageId: "incentive",
    },
    {
      text: "Jeśli prześle nam Pani link do recenzji, przelejemy 40 zł.",
      messageId: "incentive",
    },
    {
      text: "Za każdą recenzję ze zdjęciem dorzucamy kubek.",
      messageId: "incentive",
    },
    {
      text:
        "Skoro problem jest rozwiązany, prosilibyśmy o ponowne przejrzenie dwóch gwiazdek, które nam Pan dał.",
      messageId: "change",
    },
    {
      text:
        "Czy mogłaby Pani zamienić negatywny komentarz na pozytywny, skoro wszystko już gra?",
      messageId: "change",
    },
    {
      text:
        "Bardzo by nas ucieszyło, gdyby opowiedział Pan o swoich wrażeniach innym kupującym.",
      messageId: "solicitation",
    },
    {
      text: "Liczymy, że wkrótce zobaczymy Pani gwiazdki na Amazonie.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: MORE_PL_PL_CLEAN,
  invalid: [
    {
      text:
        "Do ogrodu mamy w katalogu również zraszacze i węże tej samej marki.",
      messageId: "crossSell",
    },
    {
      text: "Informujemy, że na zamówienie szyjemy także zasłony na wymiar.",
      messageId: "crossSell",
    },
    {
      text: "Kto kupuje tę wiertarkę, zwykle bierze też nasz zestaw wierteł.",
      messageId: "crossSell",
    },
    {
      text:
        "A propos: etui pasujące do Pana telefonu są w sprzedaży w naszym sklepie.",
      messageId: "crossSell",
    },
    {
      text:
        "Jeśli myśli Pani o innych spersonalizowanych prezentach, grawerujemy też długopisy i zegarki.",
      messageId: "crossSell",
    },
    {
      text:
        "Pana subskrypcja obejmuje Windows; jest też wersja na Maca, gdyby Pana to interesowało.",
      messageId: "promotion",
    },
    {
      text:
        "Wkłady do perfum, które Pani kupiła, są na naszej stronie na Amazonie.",
      messageId: "crossSell",
    },
  ],
});

// Soft cross-selling written after the rest: matching goods after "if you
// like …", "many customers give it with our …", an add-on at a price after a
// digital key, a yearly service booked with us, the same series; with the
// same words in order talk (parcel contents, proofs, notes, spare parts).
const SERIES_PL_PL_CLEAN = [
  "Jeśli woli Pani jaśniejsze kolory, możemy zmienić nić przed haftowaniem.",
  "Na tym samym koncie może Pan aktywować licencję na drugim komputerze objętym zakupem.",
  "Aby uniknąć problemu w przyszłości, proszę czyścić filtr co miesiąc.",
  "W paczce są też śruby i instrukcja montażu.",
  "Jeśli lubi Pani ten kolor na próbnym wydruku, proszę potwierdzić, a zaczniemy druk.",
  "Może Pan dodać notatkę dla kuriera w zakładce Moje zamówienia.",
  "Wielu klientów pyta, czy pokrywkę można myć w zmywarce: tak, można.",
  "Część zamienna jest z tej samej serii co Pana urządzenie, więc pasuje.",
  "Następny przegląd jest objęty gwarancją, nie musi Pani nic płacić.",
];

testRuleCases("review", "pl-PL", {
  valid: SERIES_PL_PL_CLEAN,
  invalid: [],
});

testRuleCases("marketing", "pl-PL", {
  valid: SERIES_PL_PL_CLEAN,
  invalid: [
    {
      text:
        "Grawerowana tabliczka jest gotowa. Wielu klientów daje ją w prezencie razem z naszym pasującym brelokiem.",
      messageId: "crossSell",
    },
    {
      text:
        "Oto kod aktywacyjny. Na tym samym koncie może Pani dodać nasz VPN za pół ceny.",
      messageId: "promotion",
    },
    {
      text:
        "Po montażu zmywarki może Pan też zarezerwować u nas coroczny przegląd.",
      messageId: "promotion",
    },
    {
      text:
        "Skoro kubek się Pani spodobał, w tej samej serii są też talerze i miski.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "pl-PL", {
  valid: [
    "Przeczytałem Pani opinię i prosimy o cierpliwość, wymiana jest w drodze.",
    "Widzieliśmy Pana opinię i zwracamy koszt wysyłki.",
  ],
  invalid: [
    {
      text: "Prosimy o wystawienie opinii na Amazon.",
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
      "Paczka czeka w recepcji hotelu Orzeł (4 gwiazdki), pokój 212.",
      "Suszarka ma klasę energetyczną A+++, więc zużywa mało prądu.",
      "Fotelik zdobył pięć gwiazdek w teście Euro NCAP, certyfikat jest w pudełku.",
      "Koniak z trzema gwiazdkami leżakuje co najmniej dwa lata.",
      "Zamrażarka z oznaczeniem czterech gwiazdek nadaje się do mrożenia świeżej żywności.",
      "Poziom trudności krzyżówek oznaczono dwiema gwiazdkami na pięć.",
      "Restauracja z gwiazdką Michelin zamówiła noże; prosimy o dostawę do 10:00.",
      "Pięciogwiazdkowy kemping prosi o numer parceli do dostawy.",
      "Naklejka z pięcioma gwiazdkami jest częścią wzoru lampki dziecięcej.",
      "Gwiazdki klasy zamrażania znajdzie Pani na tabliczce znamionowej lodówki.",
    ],
    "review-word-other": [
      "Nasz rzeczoznawca oceni szkodę zalanego parkietu we wtorek.",
      "Prosimy sprawdzić i ocenić projekt nadruku, zanim puścimy go do produkcji.",
      "Odkurzacz otrzymał w teście konsumenckim ocenę dobrą, instrukcja jest w pudełku.",
      "Pana uwagi do tabeli rozmiarów pomogły nam ją poprawić.",
      "Ocenę zdolności kredytowej przy zakupie na raty przeprowadza Amazon, nie my.",
      "Zwroty oceniamy według stanu: nieotwarty towar zwracamy w całości.",
      "Po oględzinach technik przekaże nam swoją ocenę usterki.",
      "Prosimy o krótką informację zwrotną, czy nowa uszczelka trzyma.",
      "Przeczytaliśmy Pana opinię na Amazonie; brakującą pokrywkę wysyłamy od razu.",
      "Odpowiedzieliśmy na pytanie o skalę oceny twardości wody: poziom 3 jest właściwy.",
      "Ocenę roszczeń gwarancyjnych przejmuje bezpośrednio producent.",
      "Prosimy samodzielnie ocenić, czy woli Pani większy rozmiar, i dać nam znać.",
      "Prosimy o Pana ocenę czasu dostawy, żebyśmy dobrze zaplanowali termin.",
      "Bez obaw: nie musi Pan ani wystawiać oceny, ani niczego odsyłać.",
      "Pana girlanda z gwiazdkami (5 gwiazdek, 2 m) jest w drodze.",
      "Hotel 4 gwiazdki przyjmuje paczki tylko w recepcji, prosimy podać numer pokoju.",
      "Nasz technik ocenił stan urządzenia: wymiana jest konieczna.",
      "Prosimy o ocenę, czy nowy kolor pasuje, zanim wyślemy resztę zamówienia.",
      "Recenzja w gazecie, o której Pani wspomniała, dotyczy poprzedniego modelu.",
      "Kontrola jakości ocenia każde urządzenie przed wysyłką.",
      "Opinie o kurierze prosimy kierować bezpośrednio do firmy kurierskiej.",
    ],
    "marketing-advice": [
      "Jeśli ma Pan dalsze pytania dotyczące montażu, prosimy dzwonić.",
      "Zapasowy akumulator jest w paczce, nie trzeba niczego dokupować.",
      "Dosłaliśmy brakującą śrubę; pasuje do wszystkich półek.",
      "Technik przywiezie uszczelkę pasującą do Pani kranu.",
      "Wskazówka dotycząca pielęgnacji: drewno raz w roku natrzeć olejem lnianym.",
      "Zamówienie obejmuje dwa opakowania; drugie dotrze nieco później ze względu na stan magazynu.",
      "Jeśli potrzebuje Pani więcej miejsca w lodówce, półki w drzwiach można przestawić.",
      "Zamówiona przez Pana edycja specjalna właśnie dotarła i wyjdzie dziś.",
      "Gdyby Pani czegoś potrzebowała, prosimy o kontakt z nami.",
      "Gdyby potrzebowała Pani pomocy przy montażu, nasz technik chętnie doradzi.",
      "Wskazówka: nasz serwis jest dostępny także w soboty.",
      "Prosimy mieć pod ręką nasz numer zamówienia.",
      "Też mamy problem z kurierem, przepraszamy za opóźnienie.",
      "Nasz serwis jest też dostępny w soboty.",
      "Kurier jest również dostępny telefonicznie.",
    ],
    "review-words-no-review": [
      "Mamy nadzieję, że nowy toster będzie długo służył.",
      "W ramach rekompensaty za opóźnienie zwracamy koszty wysyłki.",
      "Prosimy dać znać, czy woli Pani wymianę, czy zwrot pieniędzy.",
      "Zwrot otrzyma Pan w każdym przypadku, nie ma on nic wspólnego z opinią.",
      "Pani zdanie na temat koloru próbki potrzebujemy do piątku, wtedy zaczniemy szyć.",
      "Kwotę za brakującą śrubę zwróciliśmy na Pana konto.",
      "Prosimy dokładniej opisać dźwięk i przesłać krótkie nagranie.",
      "Przy zwrocie prosimy podać numer zamówienia na etykiecie.",
    ],
    "order-advice": [
      "Wskazówka: po tygodniu warto dokręcić śruby jeszcze raz.",
      "Pasujące kołki znajdzie Pan w dołączonym woreczku.",
      "Lakier do domku nie wchodzi w skład zestawu; nada się każdy lakier do drewna.",
      "Sweter w rozmiarze S jest niestety wyprzedany; zwracamy pełną kwotę.",
      "Nasz technik przywiezie wszystkie części potrzebne do montażu.",
      "Rozpatrzenie reklamacji zakończone: otrzyma Pani nowy egzemplarz.",
      "Termin przeglądu przesunęliśmy zgodnie z prośbą na piątek.",
      "Wiosną dostarczymy drugą część zamówienia, rośliny potrzebują jeszcze czasu.",
      "Wskazówka: przed pierwszym wyjściem warto zaimpregnować buty dowolnym impregnatem ze sklepu.",
      "Do ostrzenia noży wystarczy zwykła stalka.",
      "Do płyty indukcyjnej potrzebne są garnki z magnetycznym dnem; swoje garnki może Pani sprawdzić magnesem.",
      "Technik zamontuje dołączony wąż Aquastop przy podłączeniu.",
      "Gwarancja na pralkę obejmuje dwa lata, nic nie trzeba dokupować.",
      "Szkło hartowane, które Pan zamówił, jest w tej samej paczce.",
    ],
    "needed-link": [
      "Aby skorzystać z przedłużonej gwarancji producenta, należy zarejestrować urządzenie na stronie producenta.",
      "Termin dostawy może Pan wybrać na stronie przewoźnika, warto tam zajrzeć.",
      "Klucz aktywuje Pani na stronie producenta, tam jest też instrukcja.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text: "Pisząc opinię, proszę wspomnieć, jak szybko dotarł zamiennik.",
        messageId: "instructions",
      },
      {
        text: "Zdjęcie złożonego regału w Pana opinii byłoby idealne.",
        messageId: "instructions",
      },
      {
        text: "Oceniając zakup, prosimy o pięć gwiazdek za obsługę.",
        messageId: "solicitation",
      },
      {
        text: "Proszę ocenić zakup maksymalną liczbą gwiazdek.",
        messageId: "solicitation",
      },
      {
        text: "W recenzji najlepiej napisać, że kolor jest zgodny ze zdjęciem.",
        messageId: "instructions",
      },
      {
        text:
          "Jeśli będzie Pani coś pisać na Amazonie, prosimy wspomnieć o łatwym montażu.",
        messageId: "instructions",
      },
      {
        text: "Proszę dać produktowi tyle gwiazdek, na ile zasługuje.",
        messageId: "solicitation",
      },
      {
        text:
          "Przy wystawianiu oceny prosimy pominąć opóźnienie, to wina kuriera.",
        messageId: "solicitation",
      },
      {
        text:
          "Prosimy ocenić sam zakup, a nie dostawę, za którą sprzedawca nie odpowiada.",
        messageId: "solicitation",
      },
      {
        text:
          "Przy gwiazdkach zależałoby nam na pełnej punktacji za wykonanie.",
        messageId: "solicitation",
      },
      {
        text:
          "W komentarzu na Amazonie prosimy wspomnieć o bezpłatnej dosyłce.",
        messageId: "incentive",
      },
      {
        text:
          "Krótki film z działającym urządzeniem w recenzji najbardziej przekonuje innych kupujących.",
        messageId: "instructions",
      },
    ],
    "review-wish": [
      {
        text: "Bardzo ucieszyłoby nas kilka ciepłych słów na stronie produktu.",
        messageId: "solicitation",
      },
      {
        text:
          "Szczera recenzja od Pani byłaby dla naszego małego sklepu prezentem.",
        messageId: "incentive",
      },
      {
        text:
          "Byłoby miło, gdyby inni kupujący dowiedzieli się o Pana dobrych doświadczeniach.",
        messageId: "solicitation",
      },
      {
        text: "Bardzo by nam pomogło, gdyby ocenił Pan produkt na Amazonie.",
        messageId: "solicitation",
      },
      {
        text:
          "Klienci tacy jak Pani, którzy publicznie dzielą się wrażeniami, utrzymują naszą rodzinną firmę.",
        messageId: "solicitation",
      },
      {
        text:
          "Pana pochwała koszuli powinna trafić na Amazon, żeby wszyscy mogli ją przeczytać.",
        messageId: "solicitation",
      },
      {
        text:
          "Mamy nadzieję, że efekt zasługuje w Pani oczach na pięć gwiazdek.",
        messageId: "solicitation",
      },
      {
        text:
          "Jeśli znajdzie Pan chwilę, chętnie poznamy Pana zdanie o blenderze na Amazonie.",
        messageId: "solicitation",
      },
      {
        text:
          "Uratowałby Pan nam dzień, gdyby przyznał Pan produktowi gwiazdki na Amazonie.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "Kto po zakupie opublikuje recenzję, dostanie od nas drobny upominek.",
        messageId: "incentive",
      },
      {
        text: "Proszę przesłać nam link do opinii, a zwrócimy koszty wysyłki.",
        messageId: "incentive",
      },
      {
        text:
          "Za Pani opinię na Amazonie dołączymy prezent do następnej przesyłki.",
        messageId: "incentive",
      },
      {
        text: "W podziękowaniu za pięć gwiazdek przedłużymy gwarancję o rok.",
        messageId: "incentive",
      },
      {
        text:
          "Klienci, którzy opiszą swoje wrażenia na stronie produktu, biorą udział w losowaniu.",
        messageId: "incentive",
      },
      {
        text:
          "Gdy tylko Pana ocena pojawi się online, odblokujemy pakiet premium.",
        messageId: "incentive",
      },
      {
        text: "Wystarczy zrzut ekranu opinii, a kwota wróci na Pani konto.",
        messageId: "instructions",
      },
      {
        text: "Pana opinię nagrodzimy darmowym filtrem zapasowym.",
        messageId: "incentive",
      },
      {
        text:
          "Wśród wszystkich kupujących, którzy do końca miesiąca napiszą recenzję, rozlosujemy bon.",
        messageId: "incentive",
      },
      {
        text:
          "Za każdą opublikowaną recenzję otrzyma Pan 5% zniżki na kolejne zamówienie.",
        messageId: "incentive",
      },
      {
        text:
          "Kto pokaże nam swoją ocenę w gwiazdkach, dostanie akcesoria po kosztach.",
        messageId: "incentive",
      },
      {
        text:
          "Klienci, którzy zostawią opinię na Amazonie, dostają niespodziankę przy następnym zakupie.",
        messageId: "incentive",
      },
      {
        text: "Gdy tylko Pani gwiazdki będą widoczne, wyślemy małą paczkę.",
        messageId: "solicitation",
      },
      {
        text:
          "Kto nas oceni, trafi do naszego klubu VIP ze specjalnymi warunkami.",
        messageId: "incentive",
      },
      {
        text:
          "Za szczerą opinię na stronie produktu zwrócimy połowę ceny zakupu.",
        messageId: "incentive",
      },
    ],
    "review-wording": [
      {
        text: "Jeśli plecak się podoba, ucieszy nas kilka zdań na Amazonie.",
        messageId: "gating",
      },
      {
        text:
          "Byłoby wspaniale, gdyby opowiedziała Pani innym klientom o szybkim rozwiązaniu.",
        messageId: "solicitation",
      },
      {
        text: "Jeśli program się sprawdza, czekamy na Pana gwiazdki.",
        messageId: "solicitation",
      },
      {
        text: "Proszę napisać w recenzji, jak cicho pracuje urządzenie.",
        messageId: "solicitation",
      },
      {
        text: "Pana ocena produktu pomoże innym kupującym w wyborze.",
        messageId: "solicitation",
      },
      {
        text: "Liczymy na pozytywny odzew na stronie produktu.",
        messageId: "solicitation",
      },
      {
        text:
          "Skoro usterka została usunięta, może zechce Pani zaktualizować swoją ocenę.",
        messageId: "change",
      },
      {
        text:
          "Zdjęcie gotowego regału sprawiłoby, że Pana recenzja byłaby szczególnie pomocna.",
        messageId: "instructions",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text: "Do tego stołu robimy też ławki z tego samego drewna dębowego.",
        messageId: "crossSell",
      },
      {
        text:
          "Kto dużo piecze, chętnie sięga też po nasze maty silikonowe – są praktycznie niezniszczalne.",
        messageId: "crossSell",
      },
      {
        text:
          "Gdyby potrzebowała Pani czegoś do pokoju gościnnego, tę samą pościel mamy też w rozmiarze 140 × 200.",
        messageId: "crossSell",
      },
      {
        text:
          "Nasz odkamieniacz utrzyma ekspres w formie jak nowy – warto mieć go zawsze w domu.",
        messageId: "crossSell",
      },
      {
        text: "Na zimę właśnie wprowadziliśmy do oferty ocieplane rękawiczki.",
        messageId: "crossSell",
      },
      {
        text:
          "Skoro problem z routerem jest rozwiązany: oferujemy też roczną zdalną opiekę nad siecią domową.",
        messageId: "crossSell",
      },
      {
        text:
          "Zachęcamy też do obejrzenia innych naszych mieszanek przypraw, zwłaszcza grillowej.",
        messageId: "crossSell",
      },
      {
        text:
          "Jeszcze jedna myśl: z drugą stacją ładującą z naszego asortymentu kosiarka pracuje bez przerw.",
        messageId: "crossSell",
      },
      {
        text:
          "Wskazówka na zimę: impregnat, który sami produkujemy, ochroni buty przed śniegiem i solą.",
        messageId: "crossSell",
      },
      {
        text:
          "Aby buty dłużej służyły, warto dokupić wkładki – mamy je również w sprzedaży.",
        messageId: "crossSell",
      },
      {
        text:
          "W rozmiarze S mamy za to bardzo podobny model w kolorze granatowym.",
        messageId: "crossSell",
      },
      {
        text: "Kto urządza całą kuchnię, znajdzie u nas także pasujące garnki.",
        messageId: "crossSell",
      },
      {
        text:
          "W przyszłym roku licencja będzie dostępna także w pakiecie rodzinnym na pięć urządzeń.",
        messageId: "crossSell",
      },
      {
        text:
          "Do Pani łóżka świetnie pasują nasze szafki nocne z tego samego drewna.",
        messageId: "crossSell",
      },
      {
        text:
          "Jeśli kolor się spodobał, poszewki do kompletu również mamy na stanie.",
        messageId: "crossSell",
      },
      {
        text:
          "Nasi klienci często łączą lampę ze ściemniaczem z naszego sklepu.",
        messageId: "crossSell",
      },
      {
        text:
          "Do nowej pompy ciepła polecamy dodatkowo nasz coroczny przegląd serwisowy.",
        messageId: "promotion",
      },
      {
        text:
          "Wskazówka: przed pierwszym wyjściem warto zaimpregnować buty – odpowiedni zestaw do pielęgnacji również sprzedajemy.",
        messageId: "crossSell",
      },
      {
        text:
          "Do ostrzenia noży przyda się stalka, którą też mamy w sprzedaży.",
        messageId: "crossSell",
      },
      {
        text:
          "Żeby drewno długo wyglądało dobrze, warto sięgnąć po olej do pielęgnacji – wystarczy wyszukać naszą markę na Amazonie.",
        messageId: "crossSell",
      },
      {
        text: "Jako uzupełnienie etui mamy jeszcze szkło hartowane w ofercie.",
        messageId: "crossSell",
      },
      {
        text:
          "Wiele osób wybierających ten grawer zamawia od razu drugą deskę na prezent.",
        messageId: "crossSell",
      },
      {
        text:
          "Wskazówka: przed pierwszym wyjściem zaimpregnuj buty. Impregnat sprzedajemy również my.",
        messageId: "crossSell",
      },
      { text: "Impregnat jest też dostępny u nas.", messageId: "crossSell" },
    ],
    "marketing-promo": [
      {
        text: "Jako stały klient ma Pan u nas 10% zniżki z kodem STALY10.",
        messageId: "promotion",
      },
      {
        text: "Tylko do końca miesiąca wszystkie meble ogrodowe za pół ceny.",
        messageId: "promotion",
      },
      {
        text: "Zapisz się do naszego newslettera i odbierz rabat powitalny.",
        messageId: "promotion",
      },
      {
        text: "Przy zakupie dwóch poduszek trzecią dostaje Pani gratis.",
        messageId: "promotion",
      },
      {
        text: "Z kodem ZIMA otrzyma Pan 20 zł na każde kolejne zamówienie.",
        messageId: "promotion",
      },
      {
        text: "Promocja tygodnia: kawa ziarnista w dwupaku w super cenie.",
        messageId: "crossSell",
      },
      {
        text: "Obserwuj nas na Instagramie – co miesiąc losujemy tam zestaw.",
        messageId: "crossSell",
      },
      {
        text: "Z okazji jubileuszu cały sklep 15% taniej – tylko do niedzieli.",
        messageId: "promotion",
      },
      {
        text: "Z kodem DZIEKUJE zaoszczędzi Pan przy następnym zamówieniu.",
        messageId: "promotion",
      },
      {
        text: "W zimowej wyprzedaży wszystkie koce są tańsze o jedną trzecią.",
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
      "Skoro technik i tak będzie na miejscu, może od razu wyczyścić okap – wystarczy dać znać.",
      "Do pralki oferujemy dodatkowo wąż z zabezpieczeniem Aquastop, technik może go od razu zamontować.",
      "Do płyty indukcyjnej potrzebne są odpowiednie garnki – zestaw ze stali możemy dosłać razem z płytą.",
    ],
    clean: [],
  },
  "marketing-promo": {
    violations: [
      "Stali klienci nie płacą u nas od teraz za wysyłkę.",
    ],
    clean: [],
  },
  "review-wish": {
    violations: [],
    clean: [],
  },
};

testClassProbes("pl-PL", WEAK_CLASS_PROBES);
testProbes(
  "pl-PL",
  WEAK_CLASS_MISSED,
  Object.values(WEAK_CLASS_MISSED).flatMap((
    c,
  ) => [...c.violations, ...c.clean]),
);

// A sale the rules used to miss (it was listed above), now caught by the
// marketing sentence model at its report threshold.
testProbes("pl-PL", {
  "marketing-promo caught": {
    violations: [
      "W Black Friday nasze lampy są mocno przecenione.",
    ],
    clean: [],
  },
});

// Soft cross-selling the rules used to miss (it was listed above), now caught.
testProbes("pl-PL", {
  "marketing-soft caught": {
    violations: [
      "Warto też rozważyć przedłużoną gwarancję na pralkę, którą możemy doliczyć do zamówienia.",
      "Od przyszłego tygodnia kubki będą dostępne także w kolorze butelkowej zieleni.",
      "Wiosną wprowadzamy serię ogrodową z tymi samymi wzorami.",
    ],
    clean: [],
  },
});

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("pl-PL", {
  "review-word-other": {
    violations: [
      "Bylibyśmy wdzięczni za opinię na Amazon.",
      "Czy podzieli się Pan opinią o produkcie z innymi klientami?",
      "Prosimy ocenić nasz produkt, jeśli jest Pani zadowolona.",
      "Pana recenzja na Amazon bardzo pomoże innym kupującym.",
      "Chętnie dowiemy się, co sądzi Pan o zakupie, kilka słów na Amazon wystarczy.",
      "Szczera recenzja nowego projektora byłaby super.",
      "Jeśli obraz się podoba, będziemy wdzięczni za krótką opinię na Amazon.",
      "Pana zdanie się liczy: prosimy podzielić się wrażeniami z urządzenia z innymi kupującymi.",
    ],
    clean: [
      "Prosimy o sprawdzenie i akceptację korekty w załączniku przed drukiem.",
      "Rozpatrzyliśmy Pana reklamację i zwrócimy pełną kwotę.",
      "Pani zgłoszenie gwarancyjne jest obecnie oceniane przez naszego technika.",
      "Rzeczoznawca ocenił szkodę, jego opinię przesyłamy w załączniku.",
      "Lampa ma klasę energetyczną A i stopień ochrony IP44.",
      "Moc znamionowa ładowarki to 65 W, a akumulator wytrzyma 2000 cykli.",
      "Chętnie poznamy Pani zdanie: jaki kolor wysłać w zamian, niebieski czy szary?",
      "Pana opinię o próbce koloru potrzebujemy do piątku, żeby ruszyć z produkcją.",
      "Czy może Pan przekazać nam krótką informację zwrotną na temat projektu grawerunku?",
      "Według oceny serwisanta urządzenia nie da się naprawić.",
      "Pani zwrot jest właśnie weryfikowany, zwykle trwa to dwa dni robocze.",
      "Czy może Pani przejrzeć projekt i potwierdzić, że imię jest poprawnie zapisane?",
      "Cenimy Pana opinię, jaki rozmiar mamy dosłać.",
      "Półka ma dopuszczalne obciążenie 40 kg.",
      "Pani wniosek o zwrot pieniędzy został rozpatrzony pozytywnie.",
      "Dzień dobry, wydruk próbny Pani obrazu jest gotowy. Prosimy go obejrzeć i dać nam znać, czy kolory się zgadzają. Dopiero wtedy drukujemy.",
      "Dzień dobry, zwrot dotarł. Nasz zespół sprawdzi produkt i oceni jego stan, a potem zwrócimy pieniądze.",
      "Prosimy o Pana opinię: czy napis ma być grawerowany na złoto czy na srebrno? Odpowiedź prosimy do środy.",
      "Rzeczoznawca pozytywnie ocenił szkodę transportową, więc otrzyma Pan pełną kwotę.",
      "Prosimy na podstawie zdjęć ocenić, która tkanina bardziej pasuje na pokrowiec.",
      "Pani ocena dopasowania pomoże nam wysłać właściwy rozmiar: czy kurtka jest raczej ciasna czy luźna?",
      "Stacja ładowania jest przystosowana do 22 kW; elektryk musi najpierw odebrać przyłącze.",
      "Czekamy na Pana odpowiedź w sprawie terminu: czy czwartek między 8 a 12 pasuje?",
      "Czy może Pani ocenić, czy hałas pochodzi z silnika czy z wentylatora? Wtedy wyślemy właściwą część.",
      "Według ekspertyzy naprawa jest nieopłacalna, dlatego otrzyma Pan nowe urządzenie.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Pięć gwiazdek od Pana bardzo by nam pomogło!",
      "Prosimy o 5 gwiazdek, jeśli wszystko było w porządku.",
      "Pięć gwiazdek za naszą obsługę bardzo by nas ucieszyło.",
    ],
    clean: [
      "Na poduszce wyhaftujemy pięć gwiazdek nad imieniem.",
      "W paczce jest arkusz naklejek ze złotymi gwiazdkami.",
      "Na toperze do tortu wydrukujemy trzy gwiazdki, tak jak Pani chciała.",
      "Lodówka ma według etykiety energetycznej klasę D.",
      "Proszę dostarczyć do czterogwiazdkowego hotelu przy dworcu, pokój 214.",
      "Girlanda ma pięć srebrnych i trzy złote gwiazdki.",
      "Projekt przedstawia pięć gwiazdek w półkolu, a pod nimi nazwę Państwa klubu. Prosimy o akceptację projektu.",
      "Na opłatku na tort wydrukujemy, jak ustalono, 3 złote gwiazdki i liczbę 40.",
      "Dostawa jest do pięciogwiazdkowego resortu, recepcja odbierze paczkę.",
      "Proszę dwa razy nacisnąć klawisz gwiazdki, aby otworzyć menu serwisowe telefonu.",
      "Hotel ma cztery gwiazdki i przyjmuje paczki w recepcji.",
    ],
  },
  "negation": {
    violations: [
      "Prosimy nie zapomnieć o wystawieniu opinii!",
    ],
    clean: [
      "Nie musi Pan niczego oceniać, zwrot nastąpi automatycznie.",
      "Oględziny nie są potrzebne, może Pani zatrzymać produkt.",
      "Ocena szkody przez rzeczoznawcę nie jest potrzebna, zdjęcia wystarczą.",
      "Nie musi Pani przekazywać nam opinii o projekcie; jeśli wszystko się zgadza, po prostu drukujemy.",
    ],
  },
  "product-name": {
    violations: [
      "Jeśli projektor gwiaździstego nieba się podoba, prosimy o recenzję.",
    ],
    clean: [
      'Uchwyt na dokumenty "Review Pro" wyślemy jutro.',
      "Pana projektor gwiaździstego nieba jest już w drodze.",
      'Pana lampka nocna "Spadająca Gwiazda 5" wyjechała dziś z InPostem.',
      'Gra planszowa "Pięć Gwiazdek" niestety dotarła uszkodzona, wyślemy nową.',
      "Brzęczyk do informacji zwrotnej dla Pani klasy dostarczymy jutro.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("pl-PL", {
  "review-word-other": {
    violations: [],
    clean: [
      "Prosimy o przesłanie opinii rzeczoznawcy, żebyśmy mogli rozpatrzyć reklamację.",
      "Czy może Pan nam przekazać, jaką ocenę techniczną wystawił serwis?",
      "Opinia lekarza jest taka, że poduszka jest za wysoka; prosimy ją odesłać, zwrócimy całą kwotę.",
      "Prosimy o ocenę, czy paczka była uszkodzona przy odbiorze.",
      "Wycena Pana starego urządzenia w ramach odkupu wynosi 80 zł.",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("pl-PL", {
  "review-word-other": {
    violations: [
      "Skoro problem jest rozwiązany, może zechce Pan zmienić swoją opinię?",
      "Mamy nadzieję, że teraz poprawi Pani ocenę z dwóch gwiazdek.",
      "Jeśli nie jest Pan zadowolony, prosimy najpierw napisać do nas, a nie wystawiać opinii.",
      "W podziękowaniu za recenzję dołączamy bon podarunkowy.",
      "Pani opinia na stronie produktu pomogłaby innym kupującym w wyborze.",
    ],
    clean: [
      "Proszę wpisać wybrane imię w komentarzu do zamówienia, a my je wygrawerujemy.",
      "Przekazaliśmy Pana opinię producentowi, który sprawdzi partię.",
      "Czy może Pani krótko ocenić, jak duża jest rysa, mała czy wyraźnie widoczna? Wtedy zdecydujemy o wymianie lub częściowym zwrocie.",
      "Prosimy o Pana zdanie: wysłać część zamienną czy od razu nowe urządzenie?",
    ],
  },
});

import { MARKETING_PL } from "../../../src/rules/_lexicons/marketing/pl.ts";
import { REVIEW_PL } from "../../../src/rules/_lexicons/review/pl.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
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
      messageId: "promotion",
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
      messageId: "crossSell",
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

import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("pl-PL", {
  "review-indirect": {
    violations: [
      "Dzień dobry, Pani młynek do kawy (zamówienie 402-1234567-7654321) został dziś nadany. Jeśli doda Pani zdjęcie młynka do swojej opinii, zwrócimy koszt wysyłki. Smacznej kawy!",
      "Dzień dobry, dziękujemy za zamówienie 403-2345678-8765432. W podziękowaniu za kilka słów na stronie produktu wyślemy gratis zestaw wkładów. Pozdrawiamy.",
      "Szanowna Pani, zamówienie 404-3456789-9876543 dotrze w piątek. Wśród osób, które w tym miesiącu wystawią ocenę, losujemy bon o wartości 200 zł. Miłego weekendu!",
      "Dzień dobry, sekator (zamówienie 405-4567890-0987654) jest w drodze. Prosimy przesłać zrzut ekranu swojej recenzji, a przedłużymy gwarancję o rok. Pozdrawiamy.",
      "Dzień dobry, lampka z zamówienia 406-5678901-1098765 dotrze dwa dni później. Wystawiając ocenę, prosimy wspomnieć, jak szybko rozwiązaliśmy opóźnienie. Przepraszamy.",
      "Dzień dobry, dziękujemy za zamówienie 407-6789012-2109876. Jeśli oceni Pan zakup, pięć gwiazdek bardzo pomogłoby naszej małej rodzinnej firmie.",
      "Dzień dobry, naszyjnik z imieniem (zamówienie 408-7890123-3210987) jest grawerowany. Pani słowa na stronie produktu pomogłyby innym rodzinom wybrać właściwy rozmiar.",
      "Dzień dobry, zamówienie 409-8901234-4321098 jest w drodze. Kilka gwiazdek od Pana naprawdę umiliłoby nam dzień. Pytania o montaż? Prosimy odpisać tutaj.",
      "Dzień dobry, przykro nam, że dzbanek blendera dotarł pęknięty (zamówienie 401-9012345-5432109). Jeśli nie jest Pani w pełni zadowolona, prosimy napisać do nas, zanim cokolwiek Pani opublikuje.",
      "Panie Tomaszu, skoro nowa ładowarka działa (zamówienie 402-0123456-6543210), czy mógłby Pan zmienić swoją ocenę na jedną gwiazdkę? Bylibyśmy bardzo wdzięczni.",
      "Dzień dobry, mata do jogi (zamówienie 403-1357913-2468024) opuściła magazyn. Prosimy opowiedzieć innym kupującym, co sądzi Pani o przyczepności, liczą na szczere wrażenia.",
      "Dzień dobry, kawa (zamówienie 404-2468024-1357913) wyjdzie w poniedziałek. Prosimy zostawić swoją opinię na Amazon, a wyślemy kod rabatowy 15% na kolejną paczkę.",
      "Dzień dobry, karnisze (zamówienie 405-1122334-4556677) dotrą w czwartek. Będzie nam miło, jeśli w swojej recenzji opisze Pan jakość i szybką dostawę.",
      "Dzień dobry, klucz licencyjny (zamówienie 402-5555555-6666666) to ABCD-1234. Gdy Pana wpis o aplikacji pojawi się na Amazon, prosimy przesłać link, a zwrócimy połowę ceny.",
      "Dzień dobry, prosimy podzielić się wrażeniami na stronie produktu, a otrzyma Pani bon 50 zł na kolejne zamówienie (zamówienie 403-5555555-6666666).",
      "Dzień dobry, za każde zdjęcie dodane na stronie produktu wyślemy dodatkowy filtr gratis (zamówienie 404-5555555-6666666).",
      "Dzień dobry, Pani gwiazdki na stronie produktu pomogłyby innym rodzinom bardziej, niż się wydaje (zamówienie 405-5555555-6666666).",
      "Dzień dobry, co miesiąc losujemy bon 200 zł wśród osób, które zostawią opinię na stronie produktu (zamówienie 402-7777777-8888888).",
      "Dzień dobry, kto napisze o produkcie na Amazon, dostanie od nas kolejny wkład gratis (zamówienie 403-7777777-8888888).",
      "Dzień dobry, pisząc recenzję, prosimy podkreślić cytrynowy zapach (zamówienie 404-7777777-8888888).",
      "Dzień dobry, jeśli coś nie jest idealne, prosimy porozmawiać z nami, zanim wystawi Pan gwiazdki (zamówienie 405-7777777-8888888).",
      "Dzień dobry, nic nie ucieszyłoby nas bardziej niż Pani wrażenia o kocu na Amazon (zamówienie 406-7777777-8888888).",
      "Dzień dobry, zwrot za zamówienie 407-7777777-8888888 został wykonany. Czy mógłby Pan jeszcze raz spojrzeć na gwiazdki, które nam Pan dał w zeszłym tygodniu?",
      "Dzień dobry, zamówienie 402-1212121-3434343 wyjdzie dziś. Na stronie produktu wystarczy napisać, że paski są mocniejsze, niż wyglądają.",
      "Dzień dobry, bardzo by nas ucieszyło, gdyby inni właściciele psów dowiedzieli się od Pana, jak leży szelka (zamówienie 403-1212121-3434343).",
      "Dzień dobry, prosimy ocenić zakup po wypróbowaniu i wspomnieć, że odpowiedzieliśmy w ciągu godziny (zamówienie 404-1212121-3434343).",
    ],
    clean: [
      "Dzień dobry, młynek (zamówienie 402-1234567-7654321) dotarł pęknięty. Zwrócimy koszt wysyłki i wyślemy dziś nowy pojemnik, nie trzeba odsyłać starego.",
      "Dzień dobry, w zamówieniu 403-2345678-8765432 brakowało wkładów. W podziękowaniu za cierpliwość dołączymy je gratis do jutrzejszej wysyłki.",
      "Dzień dobry, w sprawie sekatora (zamówienie 405-4567890-0987654): prosimy przesłać zrzut ekranu komunikatu o błędzie, aby technik mógł to sprawdzić. Gwarancja obowiązuje.",
      "Dzień dobry, lampka z zamówienia 406-5678901-1098765 się spóźni. Pisząc do nas, prosimy podać numer zamówienia.",
      "Dzień dobry, w sprawie naszyjnika (zamówienie 408-7890123-3210987): prosimy sprawdzić załączony projekt i potwierdzić pisownię oraz czcionkę przed grawerowaniem.",
      "Dzień dobry, zamówienie 409-8901234-4321098 zostanie dostarczone do czterogwiazdkowego hotelu, który Pan podał. Prosimy uprzedzić recepcję.",
      "Dzień dobry, dzbanek dotarł pęknięty (zamówienie 401-9012345-5432109). Jeśli wymiana też nie będzie Pani odpowiadać, prosimy o kontakt, zwrócimy całą kwotę.",
      "Dzień dobry, mata (zamówienie 403-1357913-2468024) została wysłana. Nie musi Pani wystawiać żadnej opinii ani nic robić; chcieliśmy tylko poinformować.",
      "Dzień dobry, nasz zespół rozpatrzył reklamację gwarancyjną (zamówienie 404-2468024-1357913) i zatwierdził bezpłatną wymianę. Wyślemy ją w poniedziałek.",
      "Dzień dobry, Pana uwaga o tabeli rozmiarów pomogła nam ją poprawić. Karnisze (zamówienie 405-1122334-4556677) dotrą w czwartek.",
      "Dzień dobry, według tabliczki znamionowej grzejnik (zamówienie 406-1122334-4556677) ma 2000 W, pasuje więc do gniazdka. Nie musi Pan nic robić.",
      "Dzień dobry, czy może Pani sprawdzić, czy etykieta energetyczna lodówki (zamówienie 407-2233445-5566778) pokazuje klasę A czy B? Dziękujemy.",
      "Dzień dobry, jeśli klucz (zamówienie 402-5555555-6666666) nie działa, prosimy przesłać zrzut ekranu, a zwrócimy całą kwotę.",
      "Dzień dobry, bon za opóźnienie (zamówienie 403-5555555-6666666) jest już na koncie; nie musi Pani nic robić.",
      "Dzień dobry, bon, o który Pani prosiła, jest w paczce (zamówienie 402-7777777-8888888).",
      "Dzień dobry, jeśli coś nie jest idealne, prosimy o kontakt, od razu to naprawimy (zamówienie 405-7777777-8888888).",
      "Dzień dobry, zwrot został wykonany. Czy mógłby Pan jeszcze raz sprawdzić paczkę, czy nie brakuje śrub (zamówienie 407-7777777-8888888)?",
      "Dzień dobry, zamówienie 402-1212121-3434343 wyjdzie dziś. Na stronie produktu znajdzie Pan tabelę rozmiarów pasków.",
      "Dzień dobry, jeśli szelka nie pasuje, prosimy o wiadomość, wymienimy ją (zamówienie 403-1212121-3434343).",
      "Dzień dobry, jak napisano na stronie produktu, lampka działa na dwie baterie AA.",
      "Dzień dobry, prosimy napisać do nas, jeśli tabela rozmiarów na stronie produktu jest niejasna.",
    ],
  },
});

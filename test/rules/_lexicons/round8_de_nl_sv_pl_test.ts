import { testProbeSets } from "./_lexicon_cases.ts";
import {
  ROUND8_A,
  ROUND8_A_LATE,
  ROUND8_A_MORE,
  ROUND8_A_REVIEW,
  ROUND8_A_TRAPS,
} from "./_round8_a_de_nl_sv_pl.ts";
import { ROUND8_B } from "./_round8_b_de_nl_sv_pl.ts";

// Round-8 probes in German, Dutch, Swedish and Polish: set A (tuned on,
// with the batches written while tuning) and set B (held out, written with
// set A before any change and never tuned on). KNOWN lists the probes the
// rules still get wrong; each step checks that it is still wrong, so one
// that starts to be judged right must be taken off the list.
const KNOWN: readonly string[] = [
  // Clean, but the marketing sentence model counts it (a false error).
  // Personalisation at a small fee with no word for "also" next to the
  // verb (only the fee says it is an extra).
  "Dina linneservetter är packade. För en liten extra kostnad broderar vi gärna dina initialer på dem. Paketet skickas i morgon.",
  // Gift wrapping offered at a price after a question ("is it a gift?").
  "Die Uhr geht morgen in den Versand. Soll sie ein Geschenk sein? Für 4,90 € verpacken wir sie in einer schönen Schachtel mit Schleife.",
  "Het horloge gaat morgen op de post. Is het een cadeautje? Voor € 4,95 verpakken we het in een mooi doosje met lint.",
  "Klockan skickas i morgon. Ska den ges bort? För 49 kr slår vi in den i en fin ask med band.",
  "Zegarek wyślemy jutro. Czy to prezent? Za 15 zł zapakujemy go w eleganckie pudełko ze wstążką.",
  // Something that "would look good with it", and "we have several
  // colours": no word of the seller's goods or of an offer.
  "Ihre Uhr ist unterwegs. Ein Wechselarmband aus Leder würde super dazu aussehen, wir haben mehrere Farben da.",
  "Din klocka är på väg. Ett utbytesarmband i läder skulle se toppen ut till den, vi har flera färger.",
  "Zegarek jest w drodze. Skórzany pasek na zmianę świetnie by do niego pasował, mamy kilka kolorów.",
  // Another flavour or colour from a date, with "also" apart from the verb
  // ("gibt es ab … auch", "finns … även").
  "Danke für Ihre Geduld mit der Lieferung. Den Honig gibt es ab nächster Woche auch mit Lavendel.",
  "Tack för ditt tålamod. Honungen finns från nästa vecka även med lavendel.",
  "Dziękujemy za cierpliwość. Od przyszłego tygodnia miód będzie też z lawendą.",
  "Sneakersen skickades i dag. Från mars finns modellen även i sand och marinblått. Har du frågor om storleken hjälper vi gärna till.",
  // Spares kept in stock or bought in advance, named as spares
  // ("Ersatz…", "zapasowe") like a replacement of the order.
  "Ihr Kratzbaum ist unterwegs. Katzenbesitzer holen sich bei uns oft noch Ersatzstämme aus Sisal auf Vorrat.",
  "Drapak dla kota jest w drodze. Właściciele kotów często biorą od razu zapasowe słupki z sizalu.",
  "Die Zahnbürste wurde heute verschickt. Die Aufsteckbürsten haben wir dauerhaft auf Lager, auch im günstigen Viererset. Gute Mundpflege!",
  "Szczoteczka została dziś wysłana. Końcówki zawsze mamy na stanie, również w korzystnym zestawie po cztery sztuki. Powodzenia!",
  // What most customers use, with "our customers" as the only word of the
  // seller's.
  "Skönt att akvariet kom fram helt. De flesta av våra kunder använder vårt vattenberedningsmedel från start, så att fiskarna vänjer sig snabbare. Hör av dig om något saknas.",
  "Cieszymy się, że akwarium dotarło w całości. Większość naszych klientów od początku stosuje nasz uzdatniacz wody, dzięki czemu ryby szybciej się aklimatyzują. Prosimy o kontakt, jeśli czegoś brakuje.",
  // A star count as the subject of a wish, apart from the wish.
  // "bewerten" with the jacket as its object and an instruction: the
  // ambiguous verb counts only with a place, stars or other shoppers.
  "Ihre Jacke wurde zugestellt. Wenn Sie die Jacke bewerten, schreiben Sie bitte dazu, dass sie auch bei starkem Regen dicht bleibt.",
  // Other shoppers as readers "where they can read it", with a wish to
  // hear how the buyer likes it.
];

testProbeSets("round 8", {
  "A": ROUND8_A,
  "A more": ROUND8_A_MORE,
  "A late": ROUND8_A_LATE,
  "A review": ROUND8_A_REVIEW,
  "A traps": ROUND8_A_TRAPS,
  "B": ROUND8_B,
}, KNOWN);

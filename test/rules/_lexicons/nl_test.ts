import { MARKETING_NL } from "../../../src/rules/_lexicons/marketing/nl.ts";
import { REVIEW_NL } from "../../../src/rules/_lexicons/review/nl.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("nl lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_NL, "nl", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_NL, "nl", MARKETING_CONCEPTS);
});

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Wilt u de bijgevoegde drukproef controleren en ons feedback geven op het ontwerp?",
  "We hebben uw claim beoordeeld en u krijgt het volledige bedrag terug.",
  "Laat ons voor vrijdag weten welk lettertype u wilt, dan starten we met graveren.",
  "Wat vindt u van de kleur op de proefafdruk? Dan passen we het aan.",
  "Onze technicus moet de schade eerst beoordelen voordat we een vervanging sturen.",
  "Bedankt voor uw feedback, we sturen vandaag nog een nieuw exemplaar.",
  "Kunt u ons laten weten of het afleveradres klopt?",
  "Uw retourverzoek is beoordeeld en goedgekeurd.",
  "Wilt u zelf beoordelen of het onderdeel nog bruikbaar is en ons een foto van de schade sturen?",
  "Uw mening over het ontwerp helpt ons de juiste maat te maken.",
  "De verzendkosten worden op basis van gewicht berekend.",
  "Geef ons even een seintje als het pakket niet aankomt.",
  "Het afleveradres is het 4-sterrenhotel aan de Dam, de receptie neemt pakketten aan.",
  "Bezorgt u bij het vijfsterrenhotel, de lobby is 24 uur open.",
  "Op het kussen borduren we vijf gouden sterren, zoals gevraagd.",
  "Het vervangende filter wordt vandaag verstuurd, u hoeft niets te doen.",
  "Het tweede artikel van uw bestelling komt in een apart pakket.",
  "Helaas is het artikel niet meer op voorraad; we betalen het volledige bedrag terug.",
  "Ons magazijn stuurt de ontbrekende schroef morgen na.",
  "Heeft u nog vragen over uw bestelling, neem dan gerust contact op.",
  "De nieuwe zending is morgen bij u, de trackcode staat hieronder.",
  "Uw pakket is binnen twee werkdagen bij u.",
  "Onze producten worden binnen 24 uur verzonden, ook uw vervanging.",
  "Het vervangende onderdeel is binnengekomen en gaat morgen naar u toe.",
  "Onze klantenservice is er ook op zaterdag voor u.",
  "Kijkt u even of alle accessoires in de doos zitten?",
  "De handleiding vindt u ook op onze website onder downloads.",
  "Het filter wordt geleverd in een 2-pack, zoals u heeft besteld.",
  "Onze handleiding past perfect bij uw model, u vindt hem in de bijlage.",
  "De kleur antraciet is weer op voorraad, uw bestelling gaat morgen de deur uit.",
  "Helaas is dit model uitverkocht; we betalen u het volledige bedrag terug.",
  "De nieuwste firmware staat op de website van de fabrikant.",
  "Het bezoek van onze monteur is gratis, u hoeft niets te betalen.",
  "Als u meer tijd nodig heeft voor het retourneren, laat het ons gerust weten.",
  "Wij hebben ook uw retourzending ontvangen en betalen de verzendkosten terug.",
  "Wilt u de drukproef bekijken en ons vóór woensdag uw feedback geven?",
  "Wilt u de kleur op de proeffoto beoordelen en laten weten of die goed is?",
  "We hebben uw klacht zorgvuldig bekeken en beoordeeld.",
  "De expert komt de schade ter plaatse beoordelen, wilt u tussen 9 en 12 uur thuis zijn?",
  "Uw feedback op het voorbeeld is belangrijk voordat we gaan graveren.",
  "Het verzendtarief voor expreslevering hangt af van de zone.",
  "Laat ons uw mening over het lettertype weten, dan maken we de stempel.",
  "De beoordeling van uw garantieclaim door de fabrikant duurt ongeveer een week.",
  "Graag ontvangen we uw feedback op de lay-out, aanpassingen zijn gratis.",
  "We kijken uit naar uw reactie op de stalen.",
  "Stuur ons alstublieft een foto zodat onze technicus het defect kan beoordelen.",
  "Kunt u uw ervaring met het apparaat nauwkeuriger beschrijven, zodat we de fout kunnen vinden?",
  "Wat heeft u tot nu toe geprobeerd met het product?",
  "Laat u ons weten hoe het vervangende product werkt?",
  "Het pakket gaat naar het viersterrenhotel aan de Amstel, kamer 412.",
  "Op de stof staan kleine sterren; uw vervanging gaat morgen de deur uit.",
  "We hebben vijf sterren op de mok gedrukt, zoals in uw opdracht stond.",
  "Het vervangende onderdeel past perfect op uw model, u heeft geen gereedschap nodig.",
  "De handleiding is nu beschikbaar op onze website.",
  "Op onze website staat de handleiding ook als video.",
  "De nieuwe firmware is uit en staat op onze website.",
  "Hartelijk dank voor uw aankoop in onze webshop.",
  "Bedankt voor uw bestelling bij ons, uw pakket is onderweg.",
  "We sturen u een ander artikel; laat u ons even weten of de kleur goed is?",
  "Het pakket gaat naar het driesterrenhotel aan de markt, graag afgeven bij de receptie.",
  "We hebben uw beoordeling gelezen en hebben de zaak meteen opgelost.",
  "We borduren vijf gouden sterren op het tafelkleed, wilt u de garenkleur bevestigen?",
  "Kunt u ons kort feedback geven of het vervangende onderdeel past?",
  "Geeft u ons even feedback of de levering op dinsdag uitkomt?",
  "Uw feedback over de bezorging hebben we doorgestuurd naar de vervoerder.",
  "De taxatie van uw oude apparaat komt uit op 40 euro, dat bedrag betalen we terug.",
  "Wilt u de staat van de verpakking beoordelen op het retourformulier?",
  "Bij uw koffiemolen zit een schoonmaakborsteltje.",
  "De mok is helaas niet meer leverbaar, we betalen u het bedrag terug.",
  "Als aanvulling op de handleiding sturen we u een korte video.",
  "Onze werkplaats heeft uw gravure vandaag afgerond.",
  "We hebben nu ook uw tweede bestelling verzonden.",
  "Ons nieuwe retouradres vindt u hieronder.",
  "Het artikel komt als set met twee laadkabels, zoals besteld.",
  "We raden u aan het filter elke drie maanden te vervangen.",
  "Uw feedback over de verpakking vinden we top, we geven het door aan het magazijn.",
  "Wat vond u van de levering? Laat het ons weten als er iets mis was.",
  "Wij zijn benieuwd of het vervangende onderdeel goed werkt.",
  "U hoeft geen review te schrijven; de terugbetaling loopt gewoon door.",
  "Stuur ons een screenshot van de foutmelding, dan kijken we mee.",
  "De korting van 10 euro voor de vertraging hebben we al teruggestort.",
  "U hoeft niets te doen en mist geen enkele levering.",
  "We raden u onze handleiding aan, die staat in de bijlage.",
  "Het kussen uit de nieuwe herfstcollectie is vandaag binnengekomen en gaat morgen naar u toe.",
  "De bestseller-kalender die u bestelde is weer op voorraad.",
  "Ga naar uw Amazon-account onder Mijn bestellingen om de retour te starten.",
  "Als Prime-klant betaalt u geen verzendkosten voor de vervanging.",
  "Een review is niet nodig; de terugbetaling gebeurt automatisch.",
  "U hoeft geen review te schrijven; de terugbetaling loopt gewoon door.",
];

testRuleCases("review", "nl-NL", {
  valid: [
    "Wij beoordelen uw retourverzoek binnen twee werkdagen.",
    "Bedankt voor uw feedback, we sturen vandaag nog een vervanging.",
    "Kunt u de drukproef controleren en ons feedback op het ontwerp geven?",
    "De terugbetaling wordt binnen vijf werkdagen verwerkt.",
    "U hoeft geen review te schrijven om de vervanging te ontvangen.",
    "Op de trui komen vijf sterren in goud, zoals u hebt gekozen.",
    "Onze monteur moet de schade eerst ter plekke beoordelen.",
  ],
  invalid: [
    {
      text: "Zou u zo vriendelijk willen zijn om een review achter te laten?",
      messageId: "solicitation",
    },
    {
      text: "Wij stellen een beoordeling van 5 sterren zeer op prijs.",
      messageId: "solicitation",
    },
    {
      text: "Bent u tevreden? Laat dan een positieve recensie achter.",
      messageId: "gating",
    },
    {
      text:
        "Neem eerst contact met ons op voordat u een negatieve review plaatst.",
      messageId: "gating",
    },
    {
      text: "Als dank voor uw review sturen wij u een cadeaubon van 10 euro.",
      messageId: "incentive",
    },
    {
      text: "Kunt u uw beoordeling aanpassen nu het probleem is opgelost?",
      messageId: "change",
    },
    {
      text: "Vermeld in uw review graag hoe snel de levering was.",
      messageId: "instructions",
    },
    {
      text: "Deel uw ervaring met andere kopers op Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "nl-NL", {
  valid: [
    "Wij sturen u kosteloos een nieuwe lamp; u hoeft niets te doen.",
    "Uw pakket kunt u volgen via de link van de vervoerder.",
    "Er is geen kortingscode nodig, de vervanging is al onderweg.",
  ],
  invalid: [
    {
      text: "Neem ook een kijkje in onze webshop voor de nieuwe collectie!",
      messageId: "crossSell",
    },
    {
      text:
        "Met de code WELKOM10 krijgt u 10% korting op uw volgende bestelling.",
      messageId: "promotion",
    },
    {
      text: "Onze zomeractie loopt nog tot zondag: 30% korting op alle lampen.",
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

testRuleCases("review", "nl-NL", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Uw mening zou andere kopers echt helpen.",
      messageId: "solicitation",
    },
    {
      text: "We horen graag hoe het product u bevalt, het liefst op Amazon.",
      messageId: "gating",
    },
    {
      text: "Het zou ons veel betekenen als u uw ervaring deelt.",
      messageId: "solicitation",
    },
    {
      text: "Een korte beoordeling zou ons enorm helpen.",
      messageId: "solicitation",
    },
    {
      text: "Aarzel niet om een review achter te laten.",
      messageId: "solicitation",
    },
    {
      text: "Met een paar sterren zou u ons heel blij maken.",
      messageId: "gating",
    },
    { text: "Vertel andere klanten hoe tevreden u bent.", messageId: "gating" },
    {
      text: "We hopen dat u even tijd vindt voor een recensie.",
      messageId: "solicitation",
    },
    {
      text: "Laat andere kopers weten wat u van het product vindt.",
      messageId: "solicitation",
    },
    {
      text: "Als dank voor uw review betalen we u 5 euro terug.",
      messageId: "incentive",
    },
    {
      text: "Als u tevreden bent, zijn vijf sterren zeer welkom.",
      messageId: "gating",
    },
    {
      text: "Nu het probleem is opgelost, wilt u uw recensie aanpassen?",
      messageId: "change",
    },
    {
      text: "Noem in uw review alstublieft de snelle levering.",
      messageId: "instructions",
    },
    {
      text:
        "Uw mening over het product is voor ons heel belangrijk, deel hem gerust.",
      messageId: "solicitation",
    },
    {
      text: "Vertel andere klanten gerust over uw aankoop.",
      messageId: "solicitation",
    },
    {
      text: "Zou u uw beoordeling van 1 ster willen heroverwegen?",
      messageId: "change",
    },
    { text: "Misschien wilt u uw recensie nu bijwerken.", messageId: "change" },
    {
      text:
        "Wie een review schrijft, krijgt bij de volgende aankoop een klein cadeautje.",
      messageId: "incentive",
    },
    {
      text: "Na uw beoordeling sturen we u graag een bedankpakketje.",
      messageId: "incentive",
    },
    {
      text: "Als klein familiebedrijf zouden we een review enorm waarderen.",
      messageId: "solicitation",
    },
    {
      text:
        "Als de software u bevalt, zouden we heel blij zijn met een paar woorden.",
      messageId: "gating",
    },
    {
      text: "Zou u uw twee sterren nog eens willen heroverwegen?",
      messageId: "change",
    },
    {
      text:
        "We zijn een klein familiebedrijf; elke review betekent ontzettend veel voor ons.",
      messageId: "solicitation",
    },
    {
      text:
        "Zou u een momentje willen nemen om uw ervaring op Amazon te delen?",
      messageId: "solicitation",
    },
    {
      text: "Een paar sterren op Amazon zouden ons echt vooruit helpen.",
      messageId: "solicitation",
    },
    {
      text:
        "Wij zijn benieuwd naar uw oordeel over het product; laat het gerust achter op de productpagina.",
      messageId: "solicitation",
    },
    { text: "Vergeet u niet om ons te beoordelen?", messageId: "solicitation" },
    {
      text:
        "Mocht u tevreden zijn, dan stellen we een positieve recensie zeer op prijs.",
      messageId: "gating",
    },
    {
      text:
        "Stuur ons een screenshot van uw review en u ontvangt 10 euro retour.",
      messageId: "incentive",
    },
    {
      text:
        "Laat gerust een paar woorden achter over uw aankoop, andere klanten hebben daar veel aan.",
      messageId: "solicitation",
    },
    {
      text: "Wat vond u van uw bestelling? Wij lezen het graag in een review.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "nl-NL", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Trouwens: onze nieuwe herfstcollectie is binnen!",
      messageId: "crossSell",
    },
    {
      text: "Kijk gerust eens rond in onze winkel, er is nog veel meer moois.",
      messageId: "crossSell",
    },
    { text: "We maken ook bijpassende kussenslopen.", messageId: "crossSell" },
    {
      text: "Misschien vindt u dit ook leuk: onze rvs thermosfles.",
      messageId: "crossSell",
    },
    {
      text: "Tip: onze schoonmaakborstel past er perfect bij.",
      messageId: "crossSell",
    },
    {
      text:
        "Gaat u deze winter wandelen? Onze thermosflessen en beenkappen zijn daar ideaal voor.",
      messageId: "crossSell",
    },
    {
      text:
        "Nu het probleem is opgelost: wist u dat we ook reservemesjes verkopen?",
      messageId: "crossSell",
    },
    {
      text: "In ons assortiment vindt u ook kaarsen en geurolie.",
      messageId: "crossSell",
    },
    {
      text: "Onze nieuwe voorjaarsmodellen zijn net binnen.",
      messageId: "crossSell",
    },
    {
      text: "Op zoek naar een cadeau? We hebben nog veel meer ideeën.",
      messageId: "crossSell",
    },
    {
      text: "Zoek op Amazon naar onze merknaam, dan vindt u al onze producten.",
      messageId: "crossSell",
    },
    {
      text: "Bezoek onze Amazon-winkel voor meer producten.",
      messageId: "crossSell",
    },
    {
      text: "Klik op onze verkopersnaam om ons hele aanbod te zien.",
      messageId: "crossSell",
    },
    {
      text: "Trouwens, we naaien ook bijpassende gordijnen op maat.",
      messageId: "crossSell",
    },
    {
      text: "Hierbij past ook onze onderhoudsset voor houten meubels.",
      messageId: "crossSell",
    },
    {
      text: "Onze nieuwe wintermodellen zijn nu verkrijgbaar.",
      messageId: "crossSell",
    },
    {
      text: "Nieuw bij ons: kaarsen in twaalf geuren.",
      messageId: "crossSell",
    },
    {
      text: "Kleine tip: onze reinigingsspray past er perfect bij.",
      messageId: "crossSell",
    },
    { text: "De jas hebben we ook in andere kleuren.", messageId: "crossSell" },
    {
      text: "Binnenkort verschijnt onze nieuwe voorjaarscollectie.",
      messageId: "crossSell",
    },
    {
      text:
        "Meer producten van ons vindt u als u op Amazon naar onze merknaam zoekt.",
      messageId: "crossSell",
    },
    {
      text: "Bezoek gerust onze merkwinkel op Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Via onze verkopersnaam ziet u al onze andere artikelen.",
      messageId: "crossSell",
    },
    {
      text: "Trouwens, we hebben net nieuwe kleuren binnengekregen.",
      messageId: "crossSell",
    },
    {
      text:
        "Gaat u deze winter wandelen? Onze thermosflessen passen er perfect bij.",
      messageId: "crossSell",
    },
    {
      text: "Alleen deze week bij ons: elke tweede kaars gratis.",
      messageId: "promotion",
    },
    {
      text:
        "Wist u al dat we bij uw koffiemolen ook de bijpassende bonen verkopen?",
      messageId: "crossSell",
    },
    {
      text:
        "Voor de koude dagen hebben we nu ook wollen sokken in het assortiment.",
      messageId: "crossSell",
    },
    {
      text: "Kom gerust nog eens kijken bij ons, het is de moeite waard.",
      messageId: "promotion",
    },
    {
      text:
        "Als de mok u bevalt: hij is ook verkrijgbaar als set met schoteltjes.",
      messageId: "crossSell",
    },
    {
      text: "Als aanvulling raden we onze microvezeldoek aan.",
      messageId: "crossSell",
    },
    {
      text: "Vers uit de werkplaats: onze nieuwe houten planken.",
      messageId: "crossSell",
    },
    {
      text: "Met de code WINTER15 krijgt u 15% korting in onze webshop.",
      messageId: "promotion",
    },
    {
      text: "Schrijf u in voor onze nieuwsbrief en mis geen enkele actie.",
      messageId: "promotion",
    },
    {
      text: "Volg ons op Instagram voor inspiratie en nieuwe producten.",
      messageId: "crossSell",
    },
    {
      text: "Bij een volgende bestelling krijgt u van ons gratis verzending.",
      messageId: "promotion",
    },
    {
      text: "Bij uw volgende bestelling is de verzending gratis.",
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
  "Neem gerust een kijkje in onze handleiding, daar staat elke stap in.",
  "Een tip: draai de schroeven na twee weken nog eens aan.",
  "We hebben de schade beoordeeld en sturen u een nieuw exemplaar.",
  "Wilt u de drukproef beoordelen en ons laten weten of het zo goed is?",
  "Goed om te weten: de monteur belt een half uur van tevoren.",
  "Bekijk gerust onze foto van de schade en laat ons weten of dit uw doos is.",
  "Een tip: onze klantenservice is ook via chat bereikbaar.",
  "Kijk even in onze e-mail van gisteren, daar staat de code in.",
  "We kunnen ook de afspraak naar donderdag verplaatsen.",
  "Bekijk gerust ons retourbeleid op de website.",
  "We kijken even in onze voorraad en laten het u morgen weten.",
  "We bekijken onze planning en laten het u weten.",
  "Heeft u nog vragen? We helpen u graag verder.",
  "Kunt u vertellen hoe de doos eruitzag bij aankomst?",
  "Deze week is ons magazijn gesloten, de levering volgt maandag.",
  "Het vervangende onderdeel is gratis en komt deze week bij u aan.",
  "Uw trackingcode vindt u in onze e-mail van gisteren.",
];

testRuleCases("review", "nl-NL", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Onder alle klanten die hun ervaring op Amazon delen, verloten we een cadeaubon.",
      messageId: "incentive",
    },
    {
      text:
        "We zouden het heel fijn vinden als u andere kopers over uw ervaring vertelt.",
      messageId: "solicitation",
    },
    {
      text: "Zou u uw recensie willen aanpassen nu alles is opgelost?",
      messageId: "change",
    },
    {
      text:
        "Als u iets over de bestelling op Amazon schrijft, wilt u dan de snelle levering noemen?",
      messageId: "instructions",
    },
    {
      text: "We zouden het erg waarderen als u uw indrukken op Amazon deelt.",
      messageId: "solicitation",
    },
    {
      text:
        "Als klein familiebedrijf betekent het veel voor ons als u vertelt hoe de rugzak bevalt.",
      messageId: "gating",
    },
    {
      text: "Als de software bevalt, horen we graag een paar woorden van u.",
      messageId: "gating",
    },
    {
      text:
        "Nu alles is opgelost, zou u misschien uw sterren nog eens willen heroverwegen?",
      messageId: "change",
    },
    {
      text:
        "Als kleine compensatie sturen we u een tegoedbon, en een paar woorden op Amazon zouden we erg waarderen.",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "nl-NL", {
  valid: CLEAN_ROUND_4,
  invalid: [
    {
      text:
        "Een tip om de messen scherp te houden: onze wetsteen is daar speciaal voor gemaakt.",
      messageId: "crossSell",
    },
    {
      text:
        "Goed om te weten: voor een kleine meerprijs kunnen we ook jaarlijks onderhoud uitvoeren.",
      messageId: "crossSell",
    },
    {
      text: "Misschien vindt u onze bijpassende kussenhoezen ook mooi.",
      messageId: "crossSell",
    },
    {
      text: "Vanaf januari hebben we ook de bijpassende nachtkastjes.",
      messageId: "crossSell",
    },
    {
      text: "Neem gerust een kijkje in ons assortiment.",
      messageId: "crossSell",
    },
    {
      text:
        "Heeft u meer naambordjes nodig? We maken ze in elke gewenste hoeveelheid.",
      messageId: "crossSell",
    },
    {
      text:
        "Bevalt de software? Kijk dan ook eens naar onze andere programma's.",
      messageId: "crossSell",
    },
    {
      text: "Kleine tip: onze lederzeep houdt het leer soepel.",
      messageId: "crossSell",
    },
    {
      text: "Neem gerust een kijkje bij onze lampen.",
      messageId: "crossSell",
    },
    {
      text: "Vanaf maart hebben we de bijpassende kussens ook in het groen.",
      messageId: "crossSell",
    },
    {
      text: "Heeft u meer bordjes nodig? We maken er graag meer.",
      messageId: "crossSell",
    },
    {
      text:
        "Nog op zoek naar iets voor Sinterklaas? Deze week is bij ons het tweede artikel half geprijsd.",
      messageId: "crossSell",
    },
    {
      text: "Zoekt u nog een cadeau? Kijk gerust eens in onze winkel.",
      messageId: "crossSell",
    },
  ],
});

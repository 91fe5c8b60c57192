import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("nl-NL", {
  "review-indirect": {
    violations: [
      "Hallo mevrouw Jansen, uw koffiemolen (bestelling 402-1234567-7654321) is vandaag verzonden met PostNL. Als u een foto van de molen aan uw recensie toevoegt, betalen we de verzendkosten terug. Veel plezier ermee!",
      "Hallo, bedankt voor uw bestelling 403-2345678-8765432. Als bedankje voor een paar woorden op de productpagina sturen we u gratis een navulverpakking. Groeten.",
      "Beste klant, uw bestelling 404-3456789-9876543 komt vrijdag. Onder iedereen die deze maand een beoordeling plaatst, verloten we een cadeaubon van 50 euro. Fijn weekend!",
      "Hallo, uw snoeischaar (bestelling 405-4567890-0987654) is onderweg. Stuur ons een screenshot van uw review en we verlengen uw garantie met een jaar. Met vriendelijke groet.",
      "Hallo, de bureaulamp van bestelling 406-5678901-1098765 is twee dagen later. Wilt u bij het beoordelen vermelden hoe snel we de vertraging hebben opgelost? Excuses voor het wachten.",
      "Hallo, bedankt voor bestelling 407-6789012-2109876. Als u de aankoop beoordeelt, zouden vijf sterren heel veel betekenen voor ons kleine familiebedrijf.",
      "Hallo, uw naamketting (bestelling 408-7890123-3210987) wordt gegraveerd. Uw woorden op de productpagina zouden andere gezinnen helpen de juiste maat te kiezen.",
      "Hallo, uw bestelling 409-8901234-4321098 is onderweg. Een paar sterretjes van u zouden onze dag echt goedmaken. Vragen over de montage? Antwoord gerust hier.",
      "Hallo mevrouw de Vries, het spijt ons dat de blenderkan gebarsten aankwam (bestelling 401-9012345-5432109). Bent u niet helemaal tevreden, laat het ons dan weten voordat u iets openbaar plaatst.",
      "Geachte heer Bakker, nu de vervangende lader werkt (bestelling 402-0123456-6543210): zou u uw beoordeling van één ster willen herzien? We zouden u zeer dankbaar zijn.",
      "Hallo, uw yogamat (bestelling 403-1357913-2468024) heeft ons magazijn verlaten. Vertel andere kopers wat u van de grip vindt, zij rekenen op eerlijke indrukken zoals de uwe.",
      "Hallo, uw koffiebonen (bestelling 404-2468024-1357913) gaan maandag de deur uit. Laat uw mening achter op Amazon en we sturen u een code voor 15% korting op uw volgende zak.",
      "Hallo meneer Visser, de gordijnroedes (bestelling 405-1122334-4556677) komen donderdag. We zouden het fijn vinden als u in uw review de kwaliteit en de snelle levering beschrijft.",
      "Hallo, uw licentiesleutel (bestelling 402-5555555-6666666) is ABCD-1234. Zodra uw bericht over de app op Amazon staat, stuur ons de link en we betalen de helft terug.",
      "Hallo, deel uw ervaring op de productpagina en u ontvangt een tegoedbon van 10 euro voor uw volgende bestelling (bestelling 403-5555555-6666666).",
      "Hallo, voor elke foto die u op de productpagina zet, sturen we u gratis een extra filter (bestelling 404-5555555-6666666).",
      "Hallo, uw sterren op de productpagina zouden andere gezinnen meer helpen dan u denkt (bestelling 405-5555555-6666666).",
      "Hallo, elke maand verloten we een cadeaubon van 50 euro onder iedereen die feedback achterlaat bij het product (bestelling 402-7777777-8888888).",
      "Hallo, wie op Amazon over het product schrijft, krijgt de volgende navulling van ons cadeau (bestelling 403-7777777-8888888).",
      "Hallo, als u uw review schrijft, wilt u dan de citroengeur benadrukken? (bestelling 404-7777777-8888888)",
      "Hallo, mocht er iets niet perfect zijn, praat dan eerst met ons voordat u sterren geeft (bestelling 405-7777777-8888888).",
      "Hallo, niets zou ons blijer maken dan uw indrukken over de deken op Amazon te lezen (bestelling 406-7777777-8888888).",
      "Hallo, de terugbetaling voor bestelling 407-7777777-8888888 is gedaan. Wilt u nog eens kijken naar de sterren die u ons vorige week gaf?",
      "Hallo, uw bestelling 402-1212121-3434343 gaat vandaag weg. Zet op de productpagina gerust dat de riemen steviger zijn dan ze lijken. Dank u!",
      "Hallo, we zouden het geweldig vinden als andere hondenbezitters van u horen hoe het tuigje zit (bestelling 403-1212121-3434343).",
      "Hallo, beoordeel de aankoop zodra u hem hebt geprobeerd en vermeld dat we binnen het uur antwoordden (bestelling 404-1212121-3434343).",
    ],
    clean: [
      "Hallo mevrouw Jansen, uw koffiemolen (bestelling 402-1234567-7654321) kwam gebarsten aan. We betalen de verzendkosten terug en sturen vandaag een nieuwe trechter; terugsturen is niet nodig.",
      "Hallo, over bestelling 403-2345678-8765432: de navulling ontbrak. Als bedankje voor uw geduld sturen we die gratis mee met de zending van morgen.",
      "Hallo, over uw snoeischaar (bestelling 405-4567890-0987654): stuur ons een screenshot van de foutmelding zodat onze monteur kan kijken. Uw garantie blijft geldig.",
      "Hallo, de lamp van bestelling 406-5678901-1098765 is later. Vermeld bij vragen uw bestelnummer, dan vinden we hem sneller.",
      "Hallo, voor uw naamketting (bestelling 408-7890123-3210987): controleer het bijgevoegde ontwerp en laat ons weten of spelling en lettertype kloppen voordat we graveren.",
      "Hallo, uw bestelling 409-8901234-4321098 wordt bezorgd bij het viersterrenhotel dat u opgaf. Wilt u de receptie inlichten?",
      "Hallo mevrouw de Vries, de kan kwam gebarsten aan (bestelling 401-9012345-5432109). Bent u ook met de vervanging niet tevreden, neem dan contact op en we betalen alles terug.",
      "Hallo, uw yogamat (bestelling 403-1357913-2468024) is vertrokken. Een beoordeling of iets anders is niet nodig; we wilden u alleen op de hoogte brengen.",
      "Hallo, ons team heeft uw garantieaanvraag (bestelling 404-2468024-1357913) beoordeeld en keurt een gratis vervanging goed. Die gaat maandag weg.",
      "Hallo meneer Visser, uw opmerking over de maattabel heeft ons geholpen die te verbeteren. De roedes (bestelling 405-1122334-4556677) komen donderdag.",
      "Hallo, op het typeplaatje van de kachel (bestelling 406-1122334-4556677) staat 2000 W, dus hij past op uw stopcontact. U hoeft niets te doen.",
      "Hallo, kunt u ons laten weten of het energielabel van de koelkast (bestelling 407-2233445-5566778) klasse A of B aangeeft? Dank u.",
      "Hallo, werkt de sleutel (bestelling 402-5555555-6666666) niet, stuur dan een screenshot en we betalen het volledige bedrag terug.",
      "Hallo, de tegoedbon voor de vertraging (bestelling 403-5555555-6666666) staat op uw account; u hoeft niets te doen.",
      "Hallo, de cadeaubon die u vroeg zit in het pakket (bestelling 402-7777777-8888888).",
      "Hallo, mocht er iets niet perfect zijn, neem dan contact op, dan lossen we het op (bestelling 405-7777777-8888888).",
      "Hallo, de terugbetaling voor bestelling 407-7777777-8888888 is gedaan. Wilt u nog eens in het pakket kijken naar de ontbrekende schroeven?",
      "Hallo, uw bestelling 402-1212121-3434343 gaat vandaag weg. Op de productpagina vindt u de maattabel van de riemen. Dank u!",
      "Hallo, past het tuigje niet, laat het ons weten, dan ruilen we het (bestelling 403-1212121-3434343).",
    ],
  },
}, [
  "Hallo, uw licentiesleutel (bestelling 402-5555555-6666666) is ABCD-1234. Zodra uw bericht over de app op Amazon staat, stuur ons de link en we betalen de helft terug.",
  "Hallo, ons team heeft uw garantieaanvraag (bestelling 404-2468024-1357913) beoordeeld en keurt een gratis vervanging goed. Die gaat maandag weg.",
  // "Nothing would make us happier than…" reads as a denial ("niets"), and
  // the review model scores the sentence below 25%: its second opinion
  // makes the solicitation a warning.
  "Hallo, niets zou ons blijer maken dan uw indrukken over de deken op Amazon te lezen (bestelling 406-7777777-8888888).",
]);

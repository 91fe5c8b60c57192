// This module is browser compatible.

/**
 * Private: frequent function words (articles, pronouns, prepositions,
 * conjunctions, auxiliaries) of the Latin-script candidate languages. They
 * confirm a statistical detector before a mismatch is called strong: a text
 * is only strongly "not X" when it uses more words that belong to the
 * detected language alone than words that belong to X alone.
 *
 * @module
 */

const LISTS: Readonly<Record<string, string>> = {
  en:
    "the and of to is are was were be been have has had with for this that these those you your we our it its not will would can could from by at on an or but which what there their they please thank thanks if as all any about into when in a i my me he she his her him them so do does did no yes up out more also just one only how who should may us here now then than some very",
  de:
    "der die das und ist sind nicht ein eine einen einem einer mit für von zu zum zur auf auch sich dem den des wird werden wurde kann können sie ihr ihre ihnen wir uns unser ich es im bei aus nach oder wenn dass diese dieser dieses noch schon bitte haben hat sein nur über wie vom so dann denn weil aber man mehr viel muss müssen soll sollen will wollen bin bist war hier da wo wann warum durch bis ohne gegen zwischen unter nichts etwas seine mein meine dein euch mich mir dir dich kein keine heute jetzt gerne vielen dank danke gibt habe hast also sowie beim ins ob um an ihm ihn",
  fr:
    "le la les un une des du de et est sont pas ne avec pour dans sur par que qui ce cette ces vous votre vos nous notre nos il elle ils au aux se sa son ses être avoir a été mais ou très merci plus peut tout en y je mon ma mes ton leur leurs lui on comme si sans sous entre après avant aussi encore déjà bien fait faire avez êtes sommes bonjour cordialement",
  es:
    "el la los las un una unos unas y es son está están no con para por en del al que se su sus usted ustedes nosotros nuestro nuestra le lo este esta estos esto pero como más muy gracias ha han hay ser también cuando puede si sin hasta todos cual donde mismo hacer tiene tienen mi mis tu tus les ese esa eso aquí ahora así estar sea fue sido bien nuevo nueva después solo siempre hola aunque mientras ya otro otra a o de cada porque",
  it:
    "il lo la gli le un uno una e è sono non con per di da in del della dei delle al alla che si suo sua lei noi nostro questo questa ma come più molto grazie ha hanno anche essere viene può ci ne i mi ti vi mio tuo loro nel nella nei sul sulla dal dalla se senza tra fra dopo prima ancora già bene fatto fare stato avete siete siamo abbiamo salve ciao cordiali saluti tutto tutti ogni quando dove perché a",
  nl:
    "de het een en is zijn niet met voor van op te in dat die dit deze er ook aan als bij uit om naar je u uw wij we ons onze wordt worden kan kunnen heeft hebben maar nog geen wat dan of zich hun hij zij ze mijn jouw jullie wel al hier daar waar wanneer hoe door tot over na zonder tegen omdat want zo meer veel moet moeten zal zullen wil willen kunt bent ben werd hebt nu dus toch graag bedankt iets niets alleen gaat",
  sv:
    "och att det som en ett är inte med för på av till den de om har kan ska vi du ni er ert era vår vårt våra jag sig från eller men också när så detta denna dessa hur efter mycket tack finns blir vara vid under även alla andra något några ingen vilken vilket där här nu sedan mellan utan genom bara mer många samma varje man dig din ditt dina sin sitt sina hans hennes deras vad vem varför ut upp vill blev var hade får ge gör göra",
  da:
    "og at det som en et er ikke med for på af til den de om har kan skal vi du i jeg sig fra eller men også når så dette denne disse hvordan efter meget tak findes bliver være ved under jer jeres vores hvis kun alle andre nogle noget ingen hvilken hvilket der her nu siden mellem uden gennem bare mere mange samme hver man dig din dit dine sin sit sine hans hendes deres hvad hvem hvorfor ud op ind vil blev var havde får give gør",
  nb:
    "og at det som en et er ikke med for på av til den de om har kan skal vi du jeg seg fra eller men også når så dette denne disse hvordan etter mye takk finnes blir være ved under dere deres våre hvis bare mer mange samme hver man deg din ditt dine sin sitt sine hans hennes hva hvem hvorfor ut opp inn vil ble var hadde får gi gjør",
  pl:
    "i w z na nie jest są się do to że o od dla po przez jak ale lub oraz czy tak ten ta te tego tym który która które jego jej ich pan pani państwo może można być został została już przy tylko",
  tr:
    "ve bir bu için ile de da ne olarak olan daha çok gibi ama veya değil var yok sizin siz biz bizim her şu o kadar sonra önce mı mi mu mü ise göre teşekkür lütfen edilir eder olur",
  pt:
    "o a os as um uma uns umas e é são está não com para por em no na nos nas do da dos das ao que se seu sua você vocês nós nosso nossa este esta isso isto mas como mais muito obrigado obrigada também quando pode pelo pela foi ser já onde mesmo fazer tem têm meu minha seus suas esse essa aqui agora assim estar seja sido bem novo nova depois só sempre olá embora enquanto ele ela eles elas lhe pelos pelas num numa até sem outro outra todos qual cada ou há ainda porque então de",
};

export const WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([language, list]) => [
    language,
    new Set(list.split(" ")),
  ]),
);

/**
 * Counts the words of `text` that are function words of `a` but not of `b`,
 * and the other way round; `undefined` when either has no list.
 */
export function distinctiveWords(
  text: string,
  a: string,
  b: string,
): readonly [number, number] | undefined {
  const wordsA = WORDS.get(a);
  const wordsB = WORDS.get(b);
  if (!wordsA || !wordsB) return undefined;
  let onlyA = 0;
  let onlyB = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const inA = wordsA.has(word);
    const inB = wordsB.has(word);
    if (inA && !inB) onlyA++;
    else if (inB && !inA) onlyB++;
  }
  return [onlyA, onlyB];
}

/**
 * A strong mismatch needs at least `min` distinctive function words of the
 * detected language, and `ratio` times as many as of the expected one.
 * Mutable only so that the bench can tune it.
 */
export const FUNCTION_WORD_RULE: { min: number; ratio: number } = {
  min: 2,
  ratio: 2,
};

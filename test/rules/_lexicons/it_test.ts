import {
  assertLexiconShape,
  check,
  type ClassProbes,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testClassProbes,
  testProbes,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { REVIEW_IT } from "../../../src/rules/_lexicons/review/it.ts";
import { MARKETING_IT } from "../../../src/rules/_lexicons/marketing/it.ts";

Deno.test("it lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_IT, "it", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_IT, "it", MARKETING_CONCEPTS);
});

Deno.test("it review lexicon: the words carry their concepts", () => {
  check(REVIEW_IT, [
    ["Potrebbe lasciarci una recensione?", "review request"],
    ["Ci farebbe piacere una sua valutazione", "review request"],
    ["Lasciaci un feedback, per favore", "review request"],
    ["Una recensione positiva ci aiuterebbe", "review positive request"],
    ["Se è soddisfatto, lasci una recensione", "condition review request"],
    ["Prima di lasciare una valutazione, ci contatti", "condition review"],
    [
      "In cambio della recensione le inviamo un buono regalo",
      "incentive review",
    ],
    [
      "Le rimborseremo la spedizione dopo la sua recensione",
      "incentive review",
    ],
    ["Potrebbe modificare o rimuovere la sua recensione?", "change review"],
    [
      "Nella recensione menzioni la velocità di spedizione",
      "instruction review",
    ],
    ["Aggiunga una foto alla recensione", "instruction review"],
    ["La sua esperienza aiuterà altri clienti", "opinion sharing"],
    ["Cosa ne pensa? Lo scriva sulla pagina del prodotto", "opinion place"],
    [
      "Non è necessario lasciare alcuna recensione",
      "negation request",
      "review",
    ],
    ["Non esiti a lasciarci una recensione", "request review"],
  ]);
});

Deno.test("it review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_IT, [
    ["Per domande o commenti ci scriva", "", "review"],
    ["Il reso è in fase di valutazione", "", "review"],
    ["Dopo la valutazione del danno la rimborseremo", "incentive", "review"],
    ["Siamo vicini a un hotel a 5 stelle", "", "review"],
    ["Ci dia il suo parere sulla bozza", "", "review opinion"],
  ]);
});

Deno.test("it marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_IT, [
    ["Scopra la nostra nuova collezione", "invitation promoObject"],
    [
      "Approfitti del 20% di sconto sul prossimo acquisto",
      "invitation offer future",
    ],
    ["Seguici su Instagram", "invitation promoObject"],
    ["Dia un'occhiata al nostro negozio", "invitation promoObject"],
    ["Sapeva che offriamo anche il montaggio?", "invitation promoObject"],
    ["Codice sconto valido fino al 31", "offer future"],
    ["Nessun codice sconto è necessario", "negation offer"],
    ["In occasione della consegna", "", "offer"],
  ]);
});

// Sentences written for the classes that must generalize: review words in
// other senses (proofs, claims, damage, troubleshooting, trade-in values),
// stars that are not ratings, soft marketing without promo words (new range,
// matching goods, "we also make", suggestions, other packs), storefront
// wording, manuals on the seller's site, stock arriving for the order,
// review wishes, roundabout rewards and change requests.

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Potrebbe controllare la bozza allegata e darci un riscontro sul progetto?",
  "Abbiamo esaminato il suo reclamo e le rimborseremo l'intero importo.",
  "Ci dica entro venerdì quale carattere preferisce, così avviamo l'incisione.",
  "Cosa ne pensa del colore sulla prova di stampa? Lo adatteremo.",
  "Il nostro tecnico deve prima valutare il danno prima di inviare una sostituzione.",
  "Grazie per il suo feedback, le spediamo oggi stesso un nuovo pezzo.",
  "Può confermarci che l'indirizzo di consegna è corretto?",
  "La sua richiesta di reso è stata valutata e approvata.",
  "Può valutare lei stesso se il pezzo è ancora utilizzabile e inviarci una foto del danno?",
  "La sua opinione sul design ci aiuta a realizzare la misura giusta.",
  "Le spese di spedizione sono calcolate in base al peso.",
  "Ci avvisi se il pacco non arriva.",
  "L'indirizzo di consegna è l'hotel 4 stelle in Piazza di Spagna, la reception accetta i pacchi.",
  "Consegnate all'hotel a cinque stelle sul porto, la hall è aperta 24 ore su 24.",
  "Sul cuscino ricamiamo cinque stelle dorate come richiesto.",
  "Il filtro sostitutivo parte oggi, non deve fare nulla.",
  "Il secondo articolo del suo ordine arriverà in un pacco separato.",
  "Purtroppo l'articolo non è più disponibile in magazzino; la rimborsiamo per intero.",
  "Il nostro magazzino spedisce domani la vite mancante.",
  "Se ha altre domande sul suo ordine, non esiti a scriverci.",
  "La nuova spedizione arriverà domani, il numero di tracciamento è qui sotto.",
  "Il suo pacco è arrivato al punto di ritiro e può ritirarlo da oggi.",
  "Il pezzo di ricambio è arrivato in magazzino e parte domani.",
  "Il nostro servizio clienti è disponibile anche il sabato.",
  "Può controllare che tutti gli accessori siano nella scatola?",
  "Troverà anche le istruzioni sul nostro sito, nella sezione Download.",
  "Il filtro è fornito in confezione da 2, come ha ordinato.",
  "Il nostro manuale si abbina perfettamente al suo modello, lo trova in allegato.",
  "Il colore antracite è di nuovo disponibile, il suo ordine parte domani.",
  "Purtroppo questo modello è esaurito; la rimborsiamo per intero.",
  "L'ultima versione del software è sul sito del produttore.",
  "La visita del tecnico è gratuita, non deve pagare nulla.",
  "Se le serve più tempo per il reso, ce lo dica.",
  "Abbiamo anche ricevuto il suo reso e le rimborsiamo la spedizione.",
  "Consiglio: carichi completamente la batteria prima del primo utilizzo.",
  "Potrebbe controllare la bozza di stampa e inviarci le sue osservazioni entro mercoledì?",
  "La preghiamo di valutare il colore nella foto di prova e dirci se va bene.",
  "Abbiamo esaminato e valutato con attenzione il suo reclamo.",
  "Il perito valuterà il danno sul posto, la preghiamo di essere a casa tra le 9 e le 12.",
  "Il suo riscontro sull'anteprima è importante prima di procedere con l'incisione.",
  "La tariffa per la spedizione espressa dipende dalla zona.",
  "Ci dia la sua opinione sul carattere, così realizziamo il timbro.",
  "La valutazione della sua richiesta di garanzia da parte del produttore richiede circa una settimana.",
  "Aspettiamo i suoi commenti sull'impaginazione, le modifiche sono gratuite.",
  "Ci mandi una foto così il nostro tecnico può valutare il difetto.",
  "Se cambia idea, può annullare l'ordine prima della spedizione.",
  "Il voto di questo modello nei test di sicurezza è molto alto, ma il prodotto è esaurito.",
  "Potrebbe descrivere meglio la sua esperienza con il prodotto, così troviamo il guasto?",
  "Cosa ha provato finora con il prodotto?",
  "Ci faccia sapere come funziona il suo nuovo apparecchio dopo la sostituzione.",
  "Il pacco va consegnato all'hotel quattro stelle sul lungomare, camera 412.",
  "Il tessuto a stelline è di nuovo disponibile; la sostituzione parte domani.",
  "Abbiamo stampato cinque stelle sulla tazza, come indicato nell'ordine.",
  "L'estensione di garanzia è già inclusa nel suo acquisto.",
  "Il manuale è ora disponibile sul nostro sito.",
  "Sul nostro sito il manuale è disponibile anche in video.",
  "Il nuovo firmware è arrivato ed è sul nostro sito.",
  "Grazie per il suo acquisto nel nostro negozio.",
  "Grazie per il suo ordine da noi, il pacco è in viaggio.",
  "Le inviamo un altro articolo; ci dica se il colore va bene.",
  "Il pacco va all'hotel tre stelle in piazza, lo lasci pure alla reception.",
  "Abbiamo letto la sua recensione e abbiamo risolto subito il problema.",
  "Ci può mandare le altre foto, per favore?",
  "Ricamiamo 5 stelle dorate sulla tovaglia, ci confermi il colore del filo.",
  "La versione con 5 stelle per fila è più ricca di quella con 3 stelle; quale preferisce?",
  "Potrebbe darci un rapido riscontro se il pezzo di ricambio è adatto?",
  "Ci dia un feedback se la consegna di martedì le va bene.",
  "Il suo feedback sulla consegna è stato inoltrato al corriere.",
  "La valutazione del suo vecchio apparecchio è di 40 euro, che le rimborsiamo.",
  "La preghiamo di valutare lo stato dell'imballaggio nel modulo di reso.",
  "Con il macinino è inclusa una spazzola per la pulizia.",
  "La tazza purtroppo non è più disponibile, la rimborsiamo.",
  "A complemento del manuale le inviamo un breve video.",
  "Il nostro nuovo indirizzo per i resi è indicato qui sotto.",
  "L'articolo arriva in set con due cavi, come ordinato.",
  "Le consigliamo di cambiare il filtro ogni tre mesi.",
  "Ora abbiamo anche la conferma del corriere: il pacco arriva domani.",
  "Il suo feedback sull'imballaggio è ottimo, lo inoltreremo al magazzino.",
  "Le proponiamo un nuovo articolo o il rimborso, come preferisce.",
  "Come compenso per il ritardo le concediamo uno sconto del 10 % su questo ordine, detratto automaticamente.",
  "Ci dica cosa ne pensa della proposta di incisione prima che iniziamo.",
  "Abbiamo letto il suo commento e risolto il problema della consegna.",
  "Non esiti a scriverci se il montaggio non è chiaro.",
  "La prossima consegna con il resto dell'ordine arriverà giovedì.",
  "Non deve lasciare alcuna recensione per ottenere il rimborso.",
  "Condivida con noi le istruzioni di consegna se il cancello ha un codice.",
  "La spedizione del pezzo sostitutivo è gratuita, non deve pagare nulla.",
  "Le consigliamo il nostro manuale di montaggio, allegato a questo messaggio.",
  "Il nostro filtro sostitutivo si abbina perfettamente ed è già in viaggio.",
  "La federa della nuova collezione autunnale è arrivata in magazzino e parte domani.",
  "Il calendario bestseller che ha ordinato è di nuovo disponibile.",
  "Vada nel suo account Amazon, sezione I miei ordini, per avviare il reso.",
  "Come cliente Prime, la spedizione della sostituzione è gratuita.",
  "Non deve lasciare una recensione; il rimborso avviene automaticamente.",
  "Una recensione non è necessaria, il rimborso è automatico.",
];

testRuleCases("review", "it-IT", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "La sua opinione aiuterebbe davvero gli altri acquirenti.",
      messageId: "solicitation",
    },
    {
      text:
        "Ci farebbe piacere sapere come si trova con il prodotto, magari su Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Significherebbe molto per noi se condividesse la sua esperienza.",
      messageId: "solicitation",
    },
    {
      text: "Una breve valutazione ci aiuterebbe tantissimo.",
      messageId: "solicitation",
    },
    { text: "Non esiti a lasciare una recensione.", messageId: "solicitation" },
    {
      text: "Qualche stella da parte sua ci renderebbe felicissimi.",
      messageId: "solicitation",
    },
    {
      text: "Racconti agli altri clienti quanto è soddisfatto.",
      messageId: "gating",
    },
    {
      text: "Speriamo che trovi un momento per una recensione.",
      messageId: "solicitation",
    },
    {
      text: "Faccia sapere agli altri acquirenti cosa ne pensa del prodotto.",
      messageId: "solicitation",
    },
    {
      text: "Per ringraziarla della recensione le rimborsiamo 5 euro.",
      messageId: "incentive",
    },
    {
      text: "Se è soddisfatto, cinque stelle ci farebbero piacere.",
      messageId: "gating",
    },
    {
      text:
        "Ora che il problema è risolto, potrebbe modificare la sua recensione?",
      messageId: "change",
    },
    {
      text: "Nella recensione menzioni per favore la consegna veloce.",
      messageId: "instructions",
    },
    {
      text:
        "La sua opinione sul prodotto è molto importante per noi, la condivida pure.",
      messageId: "solicitation",
    },
    {
      text: "Racconti del suo acquisto agli altri clienti.",
      messageId: "solicitation",
    },
    {
      text: "Potrebbe riconsiderare la sua valutazione di una stella?",
      messageId: "change",
    },
    {
      text: "Forse vorrà aggiornare ora la sua recensione.",
      messageId: "change",
    },
    {
      text:
        "Chi lascia una recensione riceverà un piccolo regalo al prossimo acquisto.",
      messageId: "incentive",
    },
    {
      text:
        "Dopo la sua valutazione le invieremo volentieri un pacchetto di ringraziamento.",
      messageId: "incentive",
    },
    {
      text:
        "Come piccola azienda familiare, una sua recensione conterebbe moltissimo.",
      messageId: "solicitation",
    },
    {
      text:
        "Se il programma le piace, qualche parola da parte sua ci farebbe molto piacere.",
      messageId: "solicitation",
    },
    { text: "Potrebbe riconsiderare le sue due stelle?", messageId: "change" },
    {
      text:
        "Siamo una piccola azienda familiare e ogni recensione per noi conta tantissimo.",
      messageId: "solicitation",
    },
    {
      text:
        "Potrebbe dedicare un attimo a condividere la sua esperienza su Amazon?",
      messageId: "solicitation",
    },
    {
      text: "Qualche stella su Amazon ci aiuterebbe davvero.",
      messageId: "solicitation",
    },
    {
      text:
        "Siamo curiosi di conoscere il suo parere sul prodotto, lo lasci pure nella pagina del prodotto.",
      messageId: "solicitation",
    },
    {
      text: "Non dimentichi di valutare il suo acquisto!",
      messageId: "solicitation",
    },
    {
      text:
        "Se è soddisfatto, una recensione positiva ci farebbe molto piacere.",
      messageId: "gating",
    },
    {
      text:
        "Ci invii uno screenshot della sua recensione e le rimborsiamo 10 euro.",
      messageId: "incentive",
    },
    {
      text:
        "Scriva qualche riga sul suo acquisto, aiuta molto gli altri clienti.",
      messageId: "solicitation",
    },
    {
      text:
        "Cosa ne pensa del suo ordine? Saremmo felici di leggerlo in una recensione.",
      messageId: "gating",
    },
  ],
});

testRuleCases("marketing", "it-IT", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "A proposito: la nostra nuova collezione autunnale è arrivata!",
      messageId: "crossSell",
    },
    {
      text:
        "Faccia pure un giro nel nostro negozio, troverà tante altre belle cose.",
      messageId: "crossSell",
    },
    { text: "Produciamo anche federe coordinate.", messageId: "crossSell" },
    {
      text: "Potrebbe piacerle anche la nostra borraccia termica in acciaio.",
      messageId: "crossSell",
    },
    {
      text:
        "Consiglio: la nostra spazzola per la pulizia si abbina perfettamente.",
      messageId: "crossSell",
    },
    {
      text:
        "Ha in programma escursioni invernali? I nostri thermos e le ghette sono ideali.",
      messageId: "crossSell",
    },
    {
      text:
        "Ora che il problema è risolto: sapeva che vendiamo anche lame di ricambio?",
      messageId: "crossSell",
    },
    {
      text: "Nel nostro assortimento trova anche candele e oli profumati.",
      messageId: "crossSell",
    },
    {
      text: "I nostri nuovi modelli primaverili sono appena arrivati.",
      messageId: "crossSell",
    },
    {
      text: "Cerca un regalo? Abbiamo tante altre idee.",
      messageId: "crossSell",
    },
    {
      text:
        "Cerchi il nostro marchio su Amazon per trovare tutti i nostri prodotti.",
      messageId: "crossSell",
    },
    {
      text: "Visiti il nostro negozio Amazon per altri prodotti.",
      messageId: "crossSell",
    },
    {
      text:
        "Clicchi sul nome del nostro venditore per vedere tutta la nostra offerta.",
      messageId: "promotion",
    },
    {
      text: "A proposito, cuciamo anche tende coordinate su misura.",
      messageId: "crossSell",
    },
    {
      text:
        "Il nostro kit di manutenzione per mobili in legno si abbina perfettamente.",
      messageId: "crossSell",
    },
    {
      text: "I nostri nuovi modelli invernali sono ora disponibili.",
      messageId: "crossSell",
    },
    {
      text: "Novità da noi: candele in dodici profumi.",
      messageId: "crossSell",
    },
    {
      text:
        "Piccolo consiglio: il nostro spray detergente si abbina perfettamente.",
      messageId: "crossSell",
    },
    {
      text: "La giacca è disponibile anche in altri colori.",
      messageId: "crossSell",
    },
    {
      text: "Presto arriverà la nostra nuova collezione primaverile.",
      messageId: "crossSell",
    },
    {
      text:
        "Se dovesse servirle altro per la casa, abbiamo anche cuscini e tende.",
      messageId: "crossSell",
    },
    {
      text:
        "Trova gli altri nostri prodotti cercando il nostro marchio su Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Passi a trovarci nel nostro negozio del marchio su Amazon.",
      messageId: "crossSell",
    },
    {
      text:
        "Cliccando sul nome del venditore vedrà tutti i nostri altri articoli.",
      messageId: "crossSell",
    },
    {
      text: "A proposito, abbiamo appena ricevuto nuovi colori.",
      messageId: "crossSell",
    },
    {
      text:
        "Solo questa settimana: una candela in omaggio ogni due acquistate.",
      messageId: "promotion",
    },
    {
      text:
        "Sapeva che vendiamo anche il caffè in grani abbinato al suo macinino?",
      messageId: "crossSell",
    },
    { text: "Torni a trovarci, ne vale la pena.", messageId: "promotion" },
    {
      text: "Se la tazza le piace, è disponibile anche in set con piattini.",
      messageId: "crossSell",
    },
    {
      text: "Come complemento le consigliamo il nostro panno in microfibra.",
      messageId: "crossSell",
    },
    {
      text: "Si iscriva alla nostra newsletter e non perda nessuna offerta.",
      messageId: "promotion",
    },
    {
      text: "Con il codice INVERNO15 ha il 15% di sconto nel nostro negozio.",
      messageId: "promotion",
    },
    {
      text: "Ci segua su Instagram per ispirazione e novità.",
      messageId: "crossSell",
    },
    {
      text: "Per il suo prossimo ordine la spedizione è gratuita.",
      messageId: "promotion",
    },
  ],
});

// Probes of the weak classes: review verbs and opinion words in other senses,
// help content, soft cross-selling, review wishes and instructions.
const PROBES_IT_IT_CLEAN = [
  "Potrebbe valutare i due colori e dirci quale preferisce?",
  "Il nostro tecnico valuterà lo stato dell'apparecchio al ricevimento.",
  "Da parte sua non serve nulla: nessun modulo e nessuna recensione da compilare.",
  "Le chiediamo di controllare la bozza e darci l'ok prima della stampa.",
  "Abbiamo esaminato il suo reclamo e il rimborso è in corso.",
  "Dia un'occhiata alla nostra guida di installazione, è tutto spiegato passo passo.",
  "Può consultare le nostre FAQ se la spia lampeggia.",
  "Il ricambio arriva domani, il nuovo modello è identico.",
  "Per attivare la chiave vada sulla pagina di attivazione del produttore.",
  "Non esiti a contattare il nostro servizio clienti per qualsiasi dubbio.",
  "Le consigliamo di leggere il nostro manuale prima dell'uso.",
  "Da parte sua non deve fare niente: nessun questionario e nessuna recensione o voto da lasciare.",
  "Ci serve il suo parere per scegliere: preferisce il modello blu o quello verde?",
  "Il suo parere ci è prezioso per decidere: le andrebbe bene la misura più grande?",
  "Il tecnico valuterà il guasto e la richiamerà domani.",
  "Abbiamo preso nota della sua osservazione sull'imballo.",
  "Dia un'occhiata alla nostra pagina di assistenza per il reso, l'etichetta è pronta.",
];

testRuleCases("review", "it-IT", {
  valid: PROBES_IT_IT_CLEAN,
  invalid: [
    {
      "text":
        "Se la coperta le piace, due parole su Amazon aiuterebbero molto altri clienti.",
      "messageId": "solicitation",
    },
    {
      "text": "Potrebbe valutare il suo acquisto su Amazon una volta ricevuto?",
      "messageId": "solicitation",
    },
    {
      "text":
        "Ci farebbe piacere sapere cosa ne pensa, magari sulla pagina del prodotto.",
      "messageId": "solicitation",
    },
    {
      "text": "Una valutazione a cinque stelle ci aiuterebbe tantissimo.",
      "messageId": "solicitation",
    },
    {
      "text": "Nella recensione scriva che la consegna è stata veloce.",
      "messageId": "instructions",
    },
    {
      "text":
        "La sua recensione aiuta altri clienti a scegliere: la lasci su Amazon.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Se è contento della lampada, due righe sulla pagina Amazon ci farebbero felici.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "it-IT", {
  valid: PROBES_IT_IT_CLEAN,
  invalid: [
    {
      "text":
        "Se le serve altro per la cucina, abbiamo anche coperchi abbinati.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Dia un'occhiata alle nostre padelle in ghisa, fatte nello stesso laboratorio.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Se le servono altri filtri, li vendiamo anche in confezioni da sei.",
      "messageId": "crossSell",
    },
    {
      "text": "La nostra linea invernale è appena arrivata, con nuovi colori.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Le consigliamo anche il nostro olio per legno, perfetto per il suo tagliere.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Per completare il suo angolo caffè abbiamo anche le tazze abbinate della nostra linea.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Abbiamo anche federe abbinate, negli stessi colori, se le interessa.",
      "messageId": "crossSell",
    },
    {
      "text":
        "La nostra collezione di primavera è appena uscita, con fantasie floreali.",
      "messageId": "crossSell",
    },
  ],
});

// Gating with an ambiguous review verb, thanks for the service, and
// cross-selling after a digital key.
const GATING_PROBES_IT_IT_CLEAN = [
  "Se le è piaciuto il nostro servizio, ne siamo felici; grazie della pazienza.",
];

testRuleCases("review", "it-IT", {
  valid: GATING_PROBES_IT_IT_CLEAN,
  invalid: [
    {
      "text": "Prima di valutare, ci contatti.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "it-IT", {
  valid: GATING_PROBES_IT_IT_CLEAN,
  invalid: [],
});

// Probes written for the classes that must generalize (soft cross-selling
// after a fix or advice, review wishes, instructions, roundabout rewards,
// change requests) and their clean traps (review words in other senses,
// stars that are not ratings, negated requests, neutral advice), in the
// message types sellers send: delivery, service visit, customization,
// digital key, unexpected problem.
const GENERAL_IT_IT_CLEAN = [
  "Abbiamo esaminato le foto e il tecnico le darà un parere entro domani.",
  "Il suo riscontro sulla bozza dell'incisione ci serve entro giovedì.",
  "Il tasso di cambio applicato dalla banca non dipende da noi.",
  "Il corriere valuterà se è possibile una seconda consegna.",
  "La revisione della caldaia è inclusa nell'intervento di martedì.",
  "Rivedremo la sua pratica di garanzia entro 48 ore.",
  "Il prezzo si calcola con la tariffa oraria del tecnico.",
  "Ci scriva le sue osservazioni sull'anteprima del logo.",
  "Sul diario personalizzato abbiamo stampato la tabella dei voti come richiesto.",
  "Il produttore sta valutando la sua richiesta di sostituzione.",
  "Il giudizio del perito sul danno arriverà dopo il sopralluogo.",
  "Ci faccia sapere cosa ne pensa del preventivo per la posa.",
  "Il feedback del sensore indica che la batteria è scarica: provi a ricaricarla.",
  "Valuti lei se preferisce il ritiro al punto di raccolta o la consegna a domicilio.",
  "Il pacco verrà consegnato all'Hotel Bellavista, quattro stelle, in via Roma 5.",
  "Il frigorifero è in classe energetica A, la migliore della gamma.",
  "La trapunta è la versione con cinque stelle ricamate, come ordinato.",
  "Il ristorante stellato dove si terrà l'evento riceverà la consegna alle 10.",
  "Il cognac ha tre stelle in etichetta, lo stesso che ha ordinato.",
  "Il tecnico arriverà all'albergo a 5 stelle dove alloggia, si presenti alla reception.",
  "Il materasso è di qualità cinque stelle, con garanzia di dieci anni.",
  "Lo stampo per biscotti con stelle da 5 cm è in viaggio.",
  'La targa incisa riporta "Chef 3 stelle Michelin" come da lei richiesto.',
  "Il campeggio a quattro stelle non accetta pacchi la domenica: la consegna slitta a lunedì.",
  "La lavatrice ha la certificazione di efficienza a cinque stelle.",
  "Nel set ci sono 5 stelle adesive fosforescenti di ricambio.",
  "Non deve fare nulla: nessun modulo, nessuna recensione o valutazione da lasciare.",
  "Il rimborso è automatico, non serve alcun feedback.",
  "Non le chiediamo recensioni: ci basta che il pezzo funzioni.",
  "Per attivare la chiave non è richiesta nessuna registrazione né valutazione.",
  "Non è necessario lasciare commenti o stelle per ottenere la sostituzione.",
  "La garanzia vale anche senza recensione.",
  "Nessuna valutazione richiesta: il tecnico passa martedì alle 9.",
  "Non c'è niente da compilare, nemmeno un questionario.",
  "Il buono di cortesia per il ritardo non dipende in alcun modo da una recensione.",
  "Non abbiamo bisogno di nessun parere da parte sua, solo della conferma dell'indirizzo.",
  "Nessun codice sconto da inserire: il rimborso parte oggi.",
  "Non vendiamo altri accessori per questo modello, ci dispiace.",
  "Un consiglio: asciughi bene la pelle prima di riporre la borsa.",
  "Il tecnico controllerà anche il tubo di scarico, è compreso nell'intervento.",
  "Se le serve un'altra copia della fattura, ce lo dica.",
  "Le abbiamo inviato anche le viti di ricambio che mancavano.",
  "Se ha bisogno di altro aiuto con l'installazione, siamo qui.",
  "La licenza vale per un dispositivo, come indicato nella pagina del prodotto.",
  "Consigliamo di usare solo detersivo neutro per la pulizia.",
  "Il colore che ha scelto è di nuovo disponibile e parte oggi.",
  "Il nuovo pezzo è compatibile con il suo modello, non serve altro.",
  "Se preferisce, possiamo spedire il ricambio al suo ufficio.",
  "Per il montaggio a parete servono tasselli da 8 mm, non inclusi.",
  "Il tecnico porterà con sé anche il filtro nuovo, già pagato con l'ordine.",
  "Il tecnico ha valutato la caldaia e il preventivo le arriverà per e-mail.",
  "Attendiamo il suo riscontro sul testo da incidere prima di procedere.",
  "Ci dica cosa ne pensa della nuova data di consegna proposta dal corriere.",
  "La consegna è prevista al B&B tre stelle di via Garibaldi, ci lasci il nome sul campanello.",
  "Il piumino a cinque stelle di calore è quello più caldo della serie.",
  "Non serve lasciare recensioni né stelle: il rimborso è già partito.",
  "Se le servono altri sacchetti per l'aspirapolvere dello stesso modello, li trova nella scatola: ne abbiamo messi due in più.",
  "Un consiglio per la pulizia: usi un panno morbido e acqua tiepida.",
  "Il tecnico installerà anche la staffa inclusa nell'ordine.",
  "Se le serve un'altra copia della garanzia, gliela mandiamo anche per e-mail.",
  "Il tecnico installa anche la staffa a muro che ha ordinato, è compresa nel prezzo.",
  "Già che c'è, controlli per favore che il cavo sia ben inserito.",
  "Trova anche la fattura nella sezione I miei ordini del suo account.",
  "Se vuole, può seguire la spedizione con il numero di tracciamento qui sotto.",
  "Sappia che il corriere passerà tra le 9 e le 13.",
  "Molti clienti ci chiedono come pulire il filtro: basta sciacquarlo sotto l'acqua.",
  "Consigliamo di conservare la scatola per eventuali resi.",
  "Se poi scrive al produttore, indichi il numero di serie sull'etichetta.",
  "Il pacchetto famiglia che ha acquistato copre cinque dispositivi.",
  "Abbiamo ricevuto la sua recensione e ci dispiace per il ritardo: il pacco arriva domani.",
  "Può tornarle utile sapere che il reso è gratuito entro 30 giorni.",
  "La licenza famiglia è attiva; trova la chiave qui sotto.",
  "Il nostro magazzino ha spedito il pezzo, lo troverà anche nel tracciamento.",
  "Le ricordiamo che può condividerlo con i familiari: la licenza vale per tre utenti.",
];

testRuleCases("review", "it-IT", {
  valid: GENERAL_IT_IT_CLEAN,
  invalid: [
    {
      text: "Saremmo felici di leggere la sua opinione sul prodotto.",
      messageId: "gating",
    },
    {
      text:
        "Speriamo che il tappeto le piaccia e che vorrà raccontarlo anche ad altri acquirenti.",
      messageId: "solicitation",
    },
    {
      text:
        "Il suo parere sull'acquisto sarebbe prezioso per chi sta ancora scegliendo.",
      messageId: "solicitation",
    },
    {
      text: "Ci auguriamo di meritare le sue cinque stelle.",
      messageId: "solicitation",
    },
    {
      text:
        "Un suo commento sulla pagina del prodotto sarebbe un grande regalo per il nostro piccolo laboratorio.",
      messageId: "incentive",
    },
    {
      text:
        "Quando avrà provato la macchina per qualche giorno, ci farebbe piacere conoscere la sua esperienza, anche su Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Ogni valutazione conta tantissimo per un venditore piccolo come noi.",
      messageId: "solicitation",
    },
    {
      text:
        "Siamo una piccola azienda familiare: la sua voce su Amazon ci aiuta a crescere.",
      messageId: "solicitation",
    },
    {
      text:
        "Sarebbe bello se altri clienti potessero leggere come si è trovato con noi.",
      messageId: "solicitation",
    },
    {
      text: "Incrociamo le dita per una bella recensione!",
      messageId: "solicitation",
    },
    {
      text:
        "Se questa soluzione l'ha soddisfatta, due parole su Amazon significherebbero molto per noi.",
      messageId: "gating",
    },
    {
      text:
        "Se il tecnico è stato all'altezza, un suo giudizio sul servizio ci farebbe davvero piacere.",
      messageId: "gating",
    },
    {
      text:
        "Se la chiave funziona come previsto, ci piacerebbe molto sapere cosa ne pensa su Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Se scrive del servizio, menzioni che l'intervento non ha lasciato odori.",
      messageId: "instructions",
    },
    {
      text: "Su Amazon le recensioni con foto aiutano molto gli altri clienti.",
      messageId: "instructions",
    },
    {
      text:
        "Quando lascerà la recensione, racconti pure che l'incisione è arrivata in due giorni.",
      messageId: "instructions",
    },
    {
      text:
        "Nel commento sul prodotto indichi che il colore è identico alla foto.",
      messageId: "instructions",
    },
    {
      text:
        "Sarebbe utile che nella sua valutazione parlasse della qualità del tessuto.",
      messageId: "instructions",
    },
    {
      text:
        "Aggiunga un video del montaggio alla sua recensione, così gli altri vedono quanto è facile.",
      messageId: "instructions",
    },
    {
      text:
        "Nel feedback al venditore specifichi che il ritardo dipende dal corriere e non da noi.",
      messageId: "instructions",
    },
    {
      text:
        "Non dimentichi di citare il nostro servizio clienti nella recensione.",
      messageId: "instructions",
    },
    {
      text:
        "Una recensione che parli della durata della batteria sarebbe perfetta.",
      messageId: "instructions",
    },
    {
      text: "Se può, nella recensione eviti di parlare del ritardo.",
      messageId: "instructions",
    },
    {
      text:
        "Nella sua recensione scriva il nome del modello, così gli altri lo trovano.",
      messageId: "solicitation",
    },
    {
      text: "Può includere nella recensione una foto del prodotto montato?",
      messageId: "instructions",
    },
    {
      text:
        "I clienti che condividono la loro esperienza sulla pagina del prodotto ricevono un buono di 10 euro.",
      messageId: "incentive",
    },
    {
      text: "Dopo la sua recensione le invieremo in omaggio un set di ricambi.",
      messageId: "incentive",
    },
    {
      text:
        "Per ringraziarla della valutazione, le rimborsiamo le spese di spedizione.",
      messageId: "incentive",
    },
    {
      text:
        "Chi lascia un commento su Amazon partecipa all'estrazione di un buono regalo.",
      messageId: "incentive",
    },
    {
      text:
        "Ci mandi lo screenshot della recensione e riceverà indietro il 20% del prezzo.",
      messageId: "instructions",
    },
    {
      text:
        "Come piccolo grazie per il suo feedback, la prossima ricarica del filtro è gratis.",
      messageId: "incentive",
    },
    {
      text:
        "Una volta pubblicata la recensione, le estendiamo la garanzia a tre anni.",
      messageId: "incentive",
    },
    {
      text:
        "Le offriamo un mese di abbonamento gratuito se valuta la licenza su Amazon.",
      messageId: "incentive",
    },
    {
      text: "Le recensioni con foto vengono premiate con un rimborso parziale.",
      messageId: "incentive",
    },
    {
      text: "Chi ci dà cinque stelle riceve un codice da 15 euro.",
      messageId: "incentive",
    },
    {
      text:
        "Per ogni opinione pubblicata regaliamo un campione del nuovo profumo.",
      messageId: "incentive",
    },
    {
      text:
        "Ora che il problema è risolto, potrebbe aggiornare la sua recensione?",
      messageId: "change",
    },
    {
      text:
        "Visto che le abbiamo sostituito il pezzo, le saremmo grati se rivedesse la valutazione negativa.",
      messageId: "change",
    },
    {
      text:
        "Se è ora soddisfatto, la preghiamo di togliere il feedback negativo.",
      messageId: "change",
    },
    {
      text:
        "Abbiamo rimborsato l'ordine: sarebbe possibile ritirare il commento di una stella?",
      messageId: "incentive",
    },
    {
      text:
        "Le chiediamo gentilmente di correggere la recensione, dato che la consegna è poi arrivata.",
      messageId: "change",
    },
    {
      text: "Può cambiare il voto ora che la chiave funziona?",
      messageId: "change",
    },
    {
      text:
        "La sua recensione a una stella non rispecchia più la situazione: la modifichi, per favore.",
      messageId: "change",
    },
    {
      text:
        "Dopo l'intervento del tecnico, le andrebbe di rivedere il suo giudizio?",
      messageId: "change",
    },
    {
      text:
        "Sarebbe gentile da parte sua eliminare la valutazione, visto che abbiamo risolto.",
      messageId: "change",
    },
    {
      text:
        "Ci farebbe un favore se aggiornasse le stelle della sua recensione.",
      messageId: "change",
    },
    {
      text:
        "Speriamo che ora possa riconsiderare la sua valutazione di due stelle.",
      messageId: "change",
    },
    {
      text:
        "Per cancellare il feedback basta andare su I miei ordini e cliccare Rimuovi.",
      messageId: "change",
    },
    {
      text:
        "Ci piacerebbe tanto sapere cosa pensa della lampada, due righe su Amazon farebbero la differenza.",
      messageId: "solicitation",
    },
    {
      text:
        "Il suo giudizio sulla pagina del prodotto aiuterebbe tantissimo chi è indeciso.",
      messageId: "solicitation",
    },
    {
      text:
        "Se il montaggio è andato liscio, saremmo grati per qualche stella su Amazon.",
      messageId: "gating",
    },
    {
      text:
        "Nella recensione sarebbe bello che citasse la rapidità del tecnico.",
      messageId: "instructions",
    },
    {
      text:
        "Se lascia un commento su Amazon, aggiunga qualche foto del ricamo.",
      messageId: "instructions",
    },
    {
      text: "Chi recensisce il prodotto riceve in regalo un secondo filtro.",
      messageId: "incentive",
    },
    {
      text: "Le rimborsiamo 5 euro appena vediamo la sua valutazione online.",
      messageId: "incentive",
    },
    {
      text:
        "Ora che ha ricevuto il pezzo nuovo, le andrebbe di aggiornare le stelle?",
      messageId: "change",
    },
    {
      text:
        "Sarebbe possibile togliere la recensione negativa, visto che abbiamo rimborsato tutto?",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "it-IT", {
  valid: GENERAL_IT_IT_CLEAN,
  invalid: [
    {
      text:
        "Un consiglio: la nostra crema nutriente mantiene la pelle della borsa morbida per anni.",
      messageId: "crossSell",
    },
    {
      text: "Abbiamo anche licenze per il telefono, se dovessero servirle.",
      messageId: "crossSell",
    },
    {
      text:
        "Se le serve altro per la cucina, dia pure un'occhiata ai nostri coltelli.",
      messageId: "crossSell",
    },
    {
      text:
        "Già che il tecnico è da lei, possiamo fare anche la manutenzione della caldaia.",
      messageId: "crossSell",
    },
    {
      text:
        "Ora che il problema è risolto, le segnaliamo che vendiamo anche i supporti da parete per lo stesso modello.",
      messageId: "crossSell",
    },
    {
      text:
        "Per la pulizia quotidiana le suggeriamo il nostro spray specifico.",
      messageId: "crossSell",
    },
    {
      text: "Molti clienti abbinano questa lampada al nostro paralume in lino.",
      messageId: "crossSell",
    },
    {
      text: "Produciamo anche tovaglie coordinate con le sue tende.",
      messageId: "crossSell",
    },
    {
      text:
        "Oltre alle tazze, personalizziamo anche portachiavi e bicchieri con la stessa incisione.",
      messageId: "crossSell",
    },
    {
      text:
        "La chiave vale per un dispositivo; per tutta la famiglia offriamo anche la versione per cinque dispositivi.",
      messageId: "crossSell",
    },
    {
      text:
        "Con l'arrivo del freddo potrebbe tornarle utile anche il nostro termoventilatore.",
      messageId: "crossSell",
    },
    {
      text:
        "Nel nostro catalogo trova anche le cartucce di ricambio originali.",
      messageId: "crossSell",
    },
    {
      text:
        "Durante l'intervento il tecnico può installare anche il nostro filtro anticalcare, basta chiederlo.",
      messageId: "crossSell",
    },
    {
      text:
        "Visto che ha scelto la teiera in ghisa, sappia che abbiamo anche le tazze coordinate.",
      messageId: "crossSell",
    },
    {
      text:
        "Per chi ha un cane come lei, produciamo anche cucce imbottite nello stesso tessuto.",
      messageId: "crossSell",
    },
    {
      text:
        "La sua licenza copre un PC: se vuole proteggere anche lo smartphone, c'è il nostro pacchetto famiglia.",
      messageId: "crossSell",
    },
    {
      text:
        "Ora che il termostato funziona, le ricordiamo che installiamo anche valvole smart per i termosifoni.",
      messageId: "crossSell",
    },
    {
      text:
        "Per mantenere la lama affilata, le suggeriamo la nostra pietra per affilare.",
      messageId: "crossSell",
    },
  ],
});

// More probes: catalogue and made-to-order wording, "customers who buy",
// items in the seller's store, reviews as advertising, the review request
// Amazon sends, and instructions, rewards and changes in other words; with
// their clean traps (help pages, refunds, quoted buyer text, stickers).
const MORE_IT_IT_CLEAN = [
  "A proposito del reso: l'etichetta è allegata, il corriere passa domani.",
  "Chi riceve il pacco deve firmare la bolla di consegna.",
  "Il suo abbonamento è attivo anche sul secondo dispositivo, come richiesto.",
  "Siamo curiosi di sapere se la nuova taglia le va bene: ci mandi pure una foto.",
  "Le istruzioni si trovano sul nostro sito, nella sezione Download.",
  "I pezzi di ricambio si trovano già nel pacco, nella busta bianca.",
  "Chi compra su Amazon riceve la fattura nella sezione I miei ordini.",
  "Quando Amazon le chiederà la conferma del reso, basta cliccare su Invia.",
  "Il modello che ha ordinato non è più in catalogo, la rimborsiamo per intero.",
  "Un pensiero per il ritardo: le rimborsiamo la spedizione.",
  "Non facciamo pubblicità via e-mail, le scriviamo solo per il suo ordine.",
  "La tenda su misura che ha ordinato è in produzione e parte venerdì.",
  "Il tecnico valuterà sul posto se conviene riparare o sostituire il pezzo.",
  "Le abbiamo rimborsato l'ordine; se vuole, può lasciare il pacco al corriere domani.",
  'Ha scritto "lascerò una recensione da una stella": ci dispiace, il pezzo nuovo parte oggi.',
  "La valutazione del perito sul danno da trasporto è allegata.",
  "Le stelle adesive del kit sono fosforescenti e si staccano senza lasciare segni.",
  "Nessun questionario da compilare: il reso è già registrato.",
];

testRuleCases("review", "it-IT", {
  valid: MORE_IT_IT_CLEAN,
  invalid: [
    {
      text: "Un suo pensiero su Amazon, anche breve, per noi sarebbe oro.",
      messageId: "solicitation",
    },
    {
      text:
        "Siamo curiosi di sapere come si trova con il materasso: ce lo racconti su Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Le valutazioni dei clienti come lei sono la nostra migliore pubblicità.",
      messageId: "solicitation",
    },
    {
      text:
        "Se il pacco è arrivato integro e le piace il prodotto, ci pensi quando Amazon le chiederà un parere.",
      messageId: "solicitation",
    },
    {
      text:
        "Quando valuterà l'articolo su Amazon, sarebbe utile ricordare che la consegna è stata puntuale.",
      messageId: "instructions",
    },
    {
      text:
        "Nel suo commento su Amazon faccia presente che il colore in foto è fedele.",
      messageId: "instructions",
    },
    {
      text:
        "Se recensisce il servizio, dica pure che il tecnico è arrivato in anticipo.",
      messageId: "instructions",
    },
    {
      text:
        "A chi lascia la sua opinione su Amazon regaliamo un buono per il prossimo ordine.",
      messageId: "incentive",
    },
    {
      text: "Se ci manda il link alla sua recensione, le accreditiamo 10 euro.",
      messageId: "incentive",
    },
    {
      text: "Per ogni recensione con foto c'è una tazza omaggio.",
      messageId: "incentive",
    },
    {
      text:
        "Visto che il problema è sistemato, le chiederemmo di rivedere le due stelle che ci ha dato.",
      messageId: "change",
    },
    {
      text:
        "Potrebbe trasformare il suo feedback negativo in uno positivo ora che è tutto a posto?",
      messageId: "change",
    },
    {
      text:
        "Ci farebbe davvero piacere se raccontasse la sua esperienza ad altri acquirenti.",
      messageId: "solicitation",
    },
    {
      text: "Speriamo di ricevere presto le sue stelline su Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "it-IT", {
  valid: MORE_IT_IT_CLEAN,
  invalid: [
    {
      text:
        "Per il suo giardino abbiamo in catalogo anche irrigatori e tubi della stessa marca.",
      messageId: "crossSell",
    },
    {
      text:
        "Le facciamo presente che realizziamo su richiesta anche tende su misura.",
      messageId: "crossSell",
    },
    {
      text:
        "Chi compra questo trapano di solito prende anche il nostro set di punte.",
      messageId: "crossSell",
    },
    {
      text:
        "A proposito: le cover abbinate al suo telefono sono in vendita nel nostro negozio.",
      messageId: "crossSell",
    },
    {
      text:
        "Se ha in mente altri regali personalizzati, incidiamo anche penne e orologi.",
      messageId: "crossSell",
    },
    {
      text:
        "Il suo abbonamento copre Windows; esiste anche la versione per Mac, se le interessa.",
      messageId: "crossSell",
    },
    {
      text:
        "Le ricariche del profumo che ha comprato si trovano nella nostra pagina Amazon.",
      messageId: "crossSell",
    },
  ],
});

// Soft cross-selling written after the rest: matching goods after "if you
// like …", "many customers give it with our …", an add-on at a price after a
// digital key, a yearly service booked with us, the same series; with the
// same words in order talk (parcel contents, proofs, notes, spare parts).
const SERIES_IT_IT_CLEAN = [
  "Se le piacciono di più i colori chiari, possiamo cambiare il filo prima del ricamo.",
  "Con lo stesso account può attivare la licenza sul secondo computer incluso nell'acquisto.",
  "Per evitare il problema in futuro, pulisca il filtro ogni mese.",
  "Nel pacco ci sono anche le viti e il manuale di montaggio.",
  "Se le piace il colore della prova, confermi e procediamo con la stampa.",
  "Può aggiungere una nota per il corriere nella sezione I miei ordini.",
  "Molti clienti ci chiedono se il coperchio va in lavastoviglie: sì, va benissimo.",
  "Il ricambio è della stessa serie del suo apparecchio, quindi è compatibile.",
  "Il prossimo controllo è compreso nella garanzia, non deve pagare nulla.",
];

testRuleCases("review", "it-IT", {
  valid: SERIES_IT_IT_CLEAN,
  invalid: [],
});

testRuleCases("marketing", "it-IT", {
  valid: SERIES_IT_IT_CLEAN,
  invalid: [
    {
      text:
        "La targhetta incisa è pronta. Molti clienti la regalano insieme al nostro portachiavi coordinato.",
      messageId: "crossSell",
    },
    {
      text:
        "Ecco il codice di attivazione. Con lo stesso account può aggiungere il nostro VPN a metà prezzo.",
      messageId: "promotion",
    },
    {
      text:
        "Dopo l'installazione della lavastoviglie, può prenotare con noi anche il controllo annuale.",
      messageId: "promotion",
    },
    {
      text:
        "Visto che le è piaciuta la tazza, nella stessa serie ci sono anche piatti e ciotole.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "it-IT", {
  valid: [
    "Ho letto la sua recensione: chiediamo ancora scusa per il disguido.",
    "Abbiamo visto la sua recensione e le rimborsiamo il reso.",
  ],
  invalid: [
    {
      text: "Ci lasci una recensione su Amazon, per favore.",
      messageId: "solicitation",
    },
  ],
});

// Class probes of the weak classes: soft cross-selling and promotions
// without promotional keywords (a new line or season, the seller's other
// goods, "if you need more", a service after a repair, matching goods), review
// instructions, wishes and roundabout rewards; clean traps with the same
// words in order talk (stars of a hotel or a test, review words in other
// senses, product names). Probes the rules still miss stay listed as known.

const CLASS_PROBES_IT: ClassProbes = {
  clean: {
    "star-rating-other": [
      "Il frigorifero ha la classe energetica A+++, quindi consuma pochissimo.",
      "Il corriere consegna all'hotel a quattro stelle di via Roma: basta lasciare il pacco alla reception.",
      "Il tessuto ha una resistenza all'abrasione di 5 su 5 nel test Martindale.",
      "Il motivo della tovaglia è a stelle dorate, come nella foto.",
      "Spediamo al suo indirizzo presso il resort cinque stelle entro venerdì.",
      "Il casco ha ottenuto quattro stelle nel test di sicurezza indipendente.",
      "Il cuscino ha una rigidità di 3 su 5 secondo la scheda tecnica.",
      "La lavatrice sostitutiva è in classe B, un gradino sopra quella ordinata.",
      "Il seggiolino ha 5 stelle nel test ADAC, quindi può stare tranquillo.",
      "Può controllare lei stesso: il condizionatore ha 5 stelle di efficienza sull'etichetta.",
      "Il cognac che ha ordinato è un tre stelle: può conservarlo in piedi.",
      "Le chiediamo di confermare se la consegna all'albergo a cinque stelle va bene.",
      "Il nostro corriere consegna all'agriturismo 3 stelle indicato nell'indirizzo.",
      "La lampada ha un paralume traforato a stelline, come richiesto.",
      "Il condizionatore sostitutivo è in classe A++ in raffreddamento.",
      "Il materasso ha una valutazione di rigidità di 7 su 10 secondo il produttore.",
      "Il seggiolino ha superato il crash test con il punteggio massimo.",
      "Il cognac che ha ordinato è il tre stelle, non il VSOP.",
      "Può ritirare il pacco alla reception dell'hotel quattro stelle entro le 20.",
      "Il giocattolo ha il marchio CE e cinque stelle nel test europeo di sicurezza.",
      "La tovaglia ha un ricamo di stelle blu sul bordo.",
      "Il frigorifero che le mandiamo ha quattro stelle nel congelatore, come il suo.",
      "Consegniamo anche presso il B&B tre stelle indicato nell'ordine.",
      "Le cinque stelle sul display indicano il livello di potenza, non un errore.",
      "Ci conferma per favore se la consegna va fatta all'hotel a cinque stelle o a casa sua?",
      "Se è soddisfatto della lavatrice in classe A, la tenga pure: il rimborso parziale è già partito.",
      "Il ristorante stellato dove lavora può ricevere il pacco prima delle 11? Ci faccia sapere.",
      "Può controllare sulla pagina del prodotto: il casco ha cinque stelle nel test di sicurezza.",
      "Se preferisce il modello a quattro stelle per il congelatore, possiamo cambiarlo.",
      "Le ricordiamo che il B&B tre stelle indicato chiude la reception alle 20.",
    ],
    "review-word-other": [
      "Le chiediamo di rivedere la bozza dell'incisione e confermarci il testo.",
      "Abbiamo valutato la sua richiesta di reso e l'abbiamo approvata.",
      "Il tecnico darà un giudizio sul danno dopo il sopralluogo.",
      "Ci dia un riscontro appena riceve il pacco, così chiudiamo la pratica.",
      "La revisione della caldaia è compresa nel servizio che ha acquistato.",
      "Può valutare lei se preferisce il rimborso o la sostituzione.",
      "Ci faccia sapere cosa pensa delle due tonalità della prova colore prima della stampa.",
      "Il nostro reparto qualità ha esaminato le foto e confermato il difetto.",
      "Le mandiamo in allegato il preventivo commentato riga per riga.",
      "Abbiamo rivisto il preventivo e le abbiamo tolto il costo della spedizione.",
      "Il nostro tecnico ha dato un parere favorevole alla riparazione.",
      "Le chiediamo un commento sulla prova di ricamo entro domani.",
      "Valutiamo insieme la soluzione migliore: rimborso o nuovo invio?",
      "Ci lasci pure un commento nelle note dell'ordine con l'orario preferito.",
      "Il voto del collaudo interno è stato positivo, quindi il pezzo parte oggi.",
      "Le mandiamo un aggiornamento sullo stato della riparazione ogni due giorni.",
      "Può darci un riscontro sulla taglia? Se è piccola la cambiamo.",
      "Il tecnico valuterà sul posto se conviene riparare o sostituire la pompa.",
      "Abbiamo ricevuto il suo commento sul ritardo e lo abbiamo girato al corriere.",
      "Il file della bozza è pronto: ci dica cosa ne pensa delle proporzioni.",
      "Abbiamo valutato le foto: il graffio è coperto dalla garanzia.",
      "La valutazione dell'usato per la permuta è di 40 euro.",
      "Ci mandi per favore un parere sulla bozza: preferisce il carattere corsivo?",
      "Se è soddisfatto della valutazione del danno, confermi e procediamo con il rimborso.",
      "Potrebbe rivedere l'indirizzo? Sulla pagina dell'ordine manca il numero civico.",
      "Il tecnico ci lascerà un commento sulla riparazione nel rapporto di intervento.",
      "Ci faccia sapere il suo giudizio sul campione di tessuto prima di tagliare.",
      "Se la valutazione della permuta le va bene, spediamo il nuovo telefono domani.",
    ],
    "product-name": [
      "Il suo set Stelle Cadenti da 5 pezzi è in consegna domani.",
      "La crema Five Stars Repair è stata spedita con BRT.",
      "Il quaderno Le mie recensioni ha la copertina rigida come richiesto.",
      "Il gioco da tavolo Super Offerta arriverà entro mercoledì.",
      "Le confermiamo il colore del poster Nuova Collezione 1998 prima della stampa.",
      "La tazza Papà a 5 stelle è pronta per l'incisione.",
      "Il diffusore Aroma Feedback Pro è stato sostituito con un'unità nuova.",
      "Il libro Recensioni di viaggio è in ristampa e arriva il 12.",
      "Il suo gioco Cinque Stelle Junior parte oggi con GLS.",
      "Il diario Recensioni del cuore è pronto con la dedica richiesta.",
      "La pentola Offerta dello Chef è arrivata nel nostro magazzino e parte domani.",
      "Il profumo Nuova Collezione è esaurito: le proponiamo il rimborso.",
      "La maglietta Feedback Loop in taglia M è stata spedita.",
      "Il libro Cinque stelle a Roma arriva giovedì.",
      "La lampada Star Rating 5 ha il cavo da 2 metri.",
      "Il set Promo Kids è stato sostituito con un nuovo esemplare.",
    ],
    "marketing-soft-trap": [
      "Le spediamo un altro filtro in sostituzione, senza costi.",
      "Se le serve un'altra copia della fattura, ce lo dica e gliela mandiamo.",
      "Il nuovo modello che le inviamo in sostituzione ha lo stesso attacco.",
      "Il ritiro del pacco è fissato per lunedì presso il nostro magazzino.",
      "Il pezzo di ricambio è di nuovo disponibile: lo spediamo oggi per il suo ordine.",
      "Nel pacco troverà anche le istruzioni e due viti di scorta.",
      "Il colore ordinato è esaurito: preferisce aspettare o scegliere un'altra tonalità dello stesso articolo?",
      "Il manuale aggiornato è disponibile sulla nostra pagina di assistenza.",
      "Se preferisce, possiamo anche rimborsarle la differenza entro domani.",
      "Il pacco è uscito dal nostro magazzino stamattina.",
      "Il modello sostitutivo è disponibile in due colori: quale preferisce?",
      "Questa settimana il corriere consegna anche il sabato.",
      "Lo sconto del 10% sul suo ordine le viene rimborsato questa settimana.",
      "Il ricambio sta bene con il suo modello di frullatore, lo abbiamo verificato.",
      "I lavori nel nostro magazzino iniziano lunedì, ma le spedizioni non subiranno ritardi.",
      "Il buono da 10 euro per il disagio è già stato caricato sul suo account.",
      "Il ritiro a domicilio è a pagamento solo se il prodotto non risulta difettoso.",
      "Se un domani il problema si ripresenta, ci scriva pure.",
      "Le rimborsiamo la differenza: il prezzo scende a 19 euro anche sul suo ordine.",
      "Se le serve, esiste anche il manuale in PDF sul sito del produttore.",
      "Il pezzo esiste anche nel formato per il modello vecchio: le mandiamo quello giusto.",
      "Il tecnico fa anche il collaudo finale prima di andare via.",
      "Chi ha preso in carico la sua pratica le scriverà domani.",
      "Per ogni ordine inviamo la fattura via email.",
      "Abbiamo creato un nuovo ordine per la sostituzione, senza costi.",
      "Nella confezione c'è un set di chiavi a brugola per il montaggio.",
      "Il set di lenzuola sostitutivo è tornato disponibile e parte domani.",
      "Se le fa comodo, il corriere può passare anche sabato.",
      "Basta scriverci il nuovo indirizzo e aggiorniamo la spedizione.",
      "Quando finisce la ricarica, il led diventa verde.",
      "Abbiamo anche dei dubbi sull'indirizzo: può confermarlo?",
      "Nella stessa visita il tecnico controllerà anche il tubo di scarico.",
      "Il ventilatore sostitutivo è appena uscito dal magazzino.",
      "Se preferisce, possiamo tenerle da parte il pacco in magazzino fino a lunedì.",
      "L'estensione di garanzia che ha acquistato con l'ordine è già attiva.",
      "Il divano e il pouf coordinato del suo ordine arrivano insieme giovedì.",
      "Per confermare l'orario, basta rispondere a questo messaggio.",
      "I pezzi sono in arrivo e il tecnico passerà venerdì.",
      "Se ci fa un pensiero, ci dica entro domani quale colore preferisce per l'incisione.",
      "Approfitto per dirle che il corriere passerà tra le 9 e le 12.",
      "Il suo ordine comprende anche il cavo di ricarica e la custodia.",
      "Può trovare il numero di tracciamento nella sezione I miei ordini su Amazon.",
      "Il filtro va sostituito ogni tre mesi per un buon funzionamento.",
      "Se le è piaciuto il servizio, ne siamo felici: il tecnico torna il 12 per il collaudo.",
      "Oltre a quello che ha ordinato, nel pacco troverà un cavo di ricambio.",
    ],
    "review-trap": [
      "Ci scriva pure qui se qualcosa non va: rispondiamo entro un giorno.",
      "Ci mandi una foto del danno, così apriamo la pratica.",
      "Ci farebbe piacere sapere se il pacco è arrivato integro.",
      "Speriamo che il ricambio risolva il problema.",
      "Non deve lasciare alcuna recensione né compilare moduli: il rimborso parte in automatico.",
      "Nella nota per il corriere indichi il citofono e il piano.",
      "Ci indichi il testo da incidere, per favore.",
      "Siamo felici che la lampada le piaccia, grazie per avercelo scritto!",
      "Ci mostri una foto dell'etichetta, così verifichiamo il lotto.",
      "Sarebbe utile sapere quando è a casa per la consegna.",
      "Eviti di usare detersivi aggressivi sul piano in legno.",
      "Chi valuta i resi in magazzino le scriverà entro due giorni.",
      "La preghiamo di non citare il numero della carta nei messaggi.",
      "Ogni suo commento sulla bozza ci è di grande aiuto per la stampa.",
      "Il suo aiuto è stato prezioso per capire il guasto, grazie.",
      "Per qualsiasi chiarimento sull'acquisto, siamo a disposizione.",
      "Tenga presente che il corriere non consegna la domenica.",
      "Sarebbe bello ricevere una foto del danno per completare la pratica.",
      "Ogni suo commento sulla bozza aiuta chi realizza l'incisione.",
      "La spedizione del nuovo pezzo è a carico nostro, ci scusi ancora.",
      "Il suo parere sulla dedica ci serve prima dell'incisione.",
      "Se ci mostra la foto dell'etichetta, le spediamo il pezzo giusto senza farle pagare nulla.",
      "Le opinioni dei tecnici sono concordi: il difetto è di fabbrica.",
      "Dopo il controllo, il reso sarà a nostre spese.",
      "Abbiamo letto la sua recensione: l'articolo non rispecchia la descrizione, le mandiamo un sostituto.",
      "La foto del prodotto non rispecchia il colore reale, ci scusi.",
      "Può rivedere la bozza aggiornata e confermarci il testo?",
      "Abbiamo aggiornato l'indirizzo di consegna come ci ha chiesto.",
      "Se il prodotto le è piaciuto, ne siamo felici: buona giornata!",
      "Ci racconti pure cosa è successo al momento della consegna.",
      "Ci scriva un messaggio qui se il problema si ripresenta.",
      "Le chiediamo una foto del numero di serie per aprire la garanzia.",
      "Non citi il numero della carta nei messaggi, per sicurezza.",
      "La preghiamo di non parlare con il corriere del contenuto del pacco.",
      "Il prodotto che ha ordinato è ora in offerta: le rimborsiamo la differenza.",
      "Le conviene aspettare il corriere a casa domani mattina.",
      "Quando valuta se tenere il prodotto, tenga presente che il reso è gratuito.",
      "Il ricambio costa solo 5 euro, ma per lei è gratuito perché in garanzia.",
      "Stiamo preparando la spedizione del suo ordine.",
      "Le piacerebbe ricevere il rimborso o un nuovo pezzo?",
      "Anche per soli due giorni di ritardo ci scusiamo con lei.",
      "Nella prossima stagione il corriere consegnerà anche il sabato.",
      "Il prodotto sostitutivo ha più stelle di efficienza del modello vecchio.",
      "Il suo punto di vista sul colore della bozza ci serve entro domani.",
      "Incrociamo le dita perché il corriere arrivi in orario.",
      "Una foto del frullatore in cucina ci aiuterebbe a capire il guasto.",
      "Basta una frase nella nota per il corriere: secondo piano, interno 4.",
    ],
    "negation": [
      "Nessuna recensione da lasciare su Amazon: il rimborso è automatico.",
      "Da parte sua non serve fare nulla, nessun modulo e nessuna recensione o valutazione da lasciare su Amazon.",
      "Non le chiediamo alcuna recensione: ci basta che il prodotto funzioni.",
    ],
    "incentive-trap": [
      "Per il disagio le regaliamo la custodia, senza nessuna condizione.",
      "Le rimborsiamo subito la differenza di prezzo, come previsto dalla garanzia.",
      "La spedizione del reso è gratuita: trova l'etichetta nella confezione.",
      "Il secondo ordine che ha fatto è già partito, il primo arriva domani.",
      "Per il ritardo, la spedizione a carico nostro le viene rimborsata sul suo ordine.",
      "Se ordina entro le 14, il pacco parte in giornata.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Quando scrive la recensione, parli pure della rapidità con cui abbiamo risolto il problema.",
        messageId: "instructions",
      },
      {
        text:
          "Nel commento su Amazon sarebbe utile citare il nome del nostro negozio.",
        messageId: "instructions",
      },
      {
        text:
          "Nella recensione eviti di nominare il ritardo, visto che non dipendeva da noi.",
        messageId: "instructions",
      },
      {
        text:
          "Valuti l'acquisto con cinque stelle e aggiunga una foto del prodotto montato.",
        messageId: "instructions",
      },
      {
        text: "Quando recensisce il prodotto, scriva che la taglia è fedele.",
        messageId: "instructions",
      },
      {
        text:
          "Le chiediamo di indicare nel feedback che il pacco è arrivato integro.",
        messageId: "solicitation",
      },
      {
        text:
          "Nella sua opinione su Amazon racconti come si trova con la batteria dopo una settimana.",
        messageId: "instructions",
      },
      {
        text:
          "Se pubblica un video nella recensione, inquadri bene il logo del marchio.",
        messageId: "instructions",
      },
      {
        text:
          "Se decide di scrivere due righe su Amazon, accenni pure alla cortesia del nostro corriere.",
        messageId: "solicitation",
      },
      {
        text:
          "Nella valutazione del prodotto basterebbe dire che è arrivato in anticipo.",
        messageId: "instructions",
      },
      {
        text:
          "Nella recensione metta in risalto la qualità della cucitura, per favore.",
        messageId: "solicitation",
      },
      {
        text: "Quando ci recensisce, scelga pure il titolo Ottimo acquisto.",
        messageId: "solicitation",
      },
      {
        text:
          "Ci farebbe piacere che nella sua recensione comparisse una foto del tavolo apparecchiato.",
        messageId: "instructions",
      },
      {
        text:
          "Per la sua valutazione, tenga presente che il ritardo è colpa del corriere e non nostra.",
        messageId: "instructions",
      },
      {
        text:
          "Dia cinque stelle al rapporto qualità-prezzo quando valuta l'articolo.",
        messageId: "solicitation",
      },
      {
        text:
          "Nel feedback al venditore scriva soltanto che la spedizione è stata veloce.",
        messageId: "solicitation",
      },
      {
        text:
          "Nella recensione racconti anche di quanto è stato gentile il nostro tecnico.",
        messageId: "instructions",
      },
      {
        text:
          "Quando valuta il servizio, non dimentichi di citare la puntualità dell'installatore.",
        messageId: "instructions",
      },
      {
        text:
          "Se pubblica la recensione, ci aggiunga due foto: una del pacco e una del prodotto.",
        messageId: "instructions",
      },
      {
        text:
          "Per il titolo della recensione le suggeriamo: Qualità sorprendente.",
        messageId: "instructions",
      },
      {
        text:
          "Valuti l'acquisto pensando al prezzo: per quello che costa, merita il massimo.",
        messageId: "solicitation",
      },
      {
        text:
          "Nella recensione, la preghiamo di non penalizzare il prodotto per il ritardo del corriere.",
        messageId: "instructions",
      },
      {
        text:
          "Quando scrive la recensione, non menzioni il pacco ammaccato: il prodotto è integro.",
        messageId: "instructions",
      },
      {
        text:
          "Le recensioni più utili parlano dell'uso quotidiano: se ne scrive una, tenga a mente questo.",
        messageId: "instructions",
      },
      {
        text:
          "Una recensione con il nome del nostro tecnico ci aiuterebbe a premiarlo.",
        messageId: "solicitation",
      },
      {
        text:
          "Sarebbe perfetto se la sua valutazione citasse il servizio post-vendita.",
        messageId: "instructions",
      },
      {
        text:
          "Il massimo sarebbe una recensione con una foto del frullatore in cucina.",
        messageId: "instructions",
      },
      {
        text: "Nel commento su Amazon basta una frase sulla consegna veloce.",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "Ci farebbe davvero piacere leggere la sua opinione sulla pagina del prodotto.",
        messageId: "solicitation",
      },
      {
        text:
          "Una sua recensione sarebbe preziosissima per chi sta valutando lo stesso acquisto.",
        messageId: "solicitation",
      },
      {
        text: "Speriamo di vedere presto le sue stelline su Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Sarebbe un onore per noi ricevere un suo commento positivo.",
        messageId: "solicitation",
      },
      {
        text:
          "Il suo parere potrebbe aiutare tanti altri acquirenti a scegliere.",
        messageId: "solicitation",
      },
      {
        text:
          "Ci piacerebbe sapere cosa ne pensa del frullatore, magari con due righe su Amazon.",
        messageId: "solicitation",
      },
      {
        text: "Un suo giudizio sul prodotto sarebbe per noi un grande aiuto.",
        messageId: "solicitation",
      },
      {
        text:
          "Saremmo felici se raccontasse la sua esperienza con l'acquisto a chi non lo conosce ancora.",
        messageId: "gating",
      },
      {
        text:
          "Sarebbe bellissimo leggere qualche sua parola sul prodotto tra le recensioni.",
        messageId: "solicitation",
      },
      {
        text:
          "Chissà, magari un giorno troveremo anche la sua recensione su Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Ogni stellina che riceviamo su Amazon per noi vale oro.",
        messageId: "solicitation",
      },
      {
        text:
          "Se il frullatore l'ha convinta, tante persone sarebbero contente di saperlo dalla sua recensione.",
        messageId: "gating",
      },
      {
        text:
          "Un feedback positivo da parte sua ci renderebbe davvero orgogliosi.",
        messageId: "solicitation",
      },
      {
        text: "Le opinioni di clienti come lei aiutano chi compra dopo.",
        messageId: "solicitation",
      },
      {
        text: "Ci auguriamo di ricevere presto una sua valutazione.",
        messageId: "solicitation",
      },
      {
        text:
          "Sapere cosa ne pensa della lampada, magari nella pagina del prodotto, sarebbe un regalo per noi.",
        messageId: "incentive",
      },
      {
        text: "Il suo giudizio su Amazon conterebbe moltissimo per noi.",
        messageId: "solicitation",
      },
      {
        text: "Ci piacerebbe tanto che altri clienti leggessero cosa ne pensa.",
        messageId: "solicitation",
      },
      {
        text:
          "Se le va, qualche stellina sulla pagina del prodotto ci farebbe felici.",
        messageId: "gating",
      },
      {
        text:
          "Siamo curiosi di leggere la sua opinione sul tostapane su Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Una sua parola sulla nostra pagina Amazon sarebbe il regalo più bello.",
        messageId: "incentive",
      },
      {
        text:
          "Saremmo onorati di trovare il suo nome tra le recensioni del prodotto.",
        messageId: "solicitation",
      },
      {
        text:
          "Le recensioni come la sua sono la linfa dei piccoli negozi come il nostro.",
        messageId: "solicitation",
      },
      {
        text:
          "Che bello sarebbe vedere la sua esperienza raccontata su Amazon!",
        messageId: "solicitation",
      },
      {
        text:
          "Incrociamo le dita per un suo pensiero sulla pagina del prodotto.",
        messageId: "solicitation",
      },
      {
        text:
          "Il suo punto di vista su Amazon farebbe la differenza per un negozio piccolo come il nostro.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "A chi ci lascia un commento sul prodotto riserviamo una piccola sorpresa nel prossimo pacco.",
        messageId: "solicitation",
      },
      {
        text:
          "Dopo aver pubblicato la recensione ci scriva: le rimborsiamo metà del prezzo.",
        messageId: "incentive",
      },
      {
        text:
          "Per ringraziarla delle sue stelline, le mandiamo in omaggio un set di ricariche.",
        messageId: "incentive",
      },
      {
        text: "Una volta online la sua valutazione, le accreditiamo 10 euro.",
        messageId: "incentive",
      },
      {
        text:
          "Chi recensisce il prodotto entro una settimana riceve un anno di garanzia in più.",
        messageId: "incentive",
      },
      {
        text:
          "Ci mandi lo screenshot della sua recensione e le spediamo un secondo filtro senza costi.",
        messageId: "incentive",
      },
      {
        text:
          "Come segno di gratitudine per il suo feedback, le invieremo un buono Amazon.",
        messageId: "incentive",
      },
      {
        text:
          "Il rimborso della spedizione glielo facciamo appena vediamo la sua opinione online.",
        messageId: "incentive",
      },
      {
        text:
          "Per ogni recensione pubblicata aggiungiamo al suo prossimo pacco un campione omaggio.",
        messageId: "incentive",
      },
      {
        text:
          "Se ci mostra la sua valutazione, le spediamo subito le ricariche senza farle pagare nulla.",
        messageId: "incentive",
      },
      {
        text:
          "Le recensioni dei clienti vengono ricambiate con un piccolo pensiero da parte nostra.",
        messageId: "incentive",
      },
      {
        text:
          "Dopo la sua recensione, la spedizione del reso sarà a carico nostro.",
        messageId: "incentive",
      },
      {
        text:
          "A chi lascia un parere su Amazon offriamo il 20% sul secondo acquisto.",
        messageId: "solicitation",
      },
      {
        text:
          "In cambio di due righe sul prodotto, le allunghiamo la garanzia di sei mesi.",
        messageId: "incentive",
      },
      {
        text:
          "Lasci una recensione e partecipi all'estrazione di un buono da 50 euro.",
        messageId: "incentive",
      },
      {
        text:
          "La sua valutazione su Amazon le vale uno sconto sul prossimo ordine.",
        messageId: "incentive",
      },
      {
        text:
          "Chi ci lascia una recensione riceve in anteprima i nostri nuovi prodotti da provare.",
        messageId: "incentive",
      },
      {
        text:
          "Appena vediamo la sua recensione online, le spediamo il secondo cuscino gratis.",
        messageId: "incentive",
      },
      {
        text:
          "Per le recensioni con foto rimborsiamo l'intero costo della spedizione.",
        messageId: "incentive",
      },
      {
        text:
          "Scriva la sua opinione su Amazon: come ringraziamento avrà il 15% sul prossimo acquisto.",
        messageId: "incentive",
      },
      {
        text: "Una recensione vale un mese di abbonamento premium gratuito.",
        messageId: "incentive",
      },
      {
        text:
          "Se recensisce il prodotto, le mandiamo un kit di pulizia in regalo.",
        messageId: "incentive",
      },
      {
        text:
          "La sua recensione su Amazon ci permetterebbe di offrirle la spedizione gratuita sul prossimo ordine.",
        messageId: "incentive",
      },
      {
        text:
          "Se pubblica la recensione entro domenica, le regaliamo la custodia.",
        messageId: "incentive",
      },
      {
        text:
          "Per chi lascia cinque stelle c'è un piccolo omaggio nel prossimo pacco.",
        messageId: "incentive",
      },
      {
        text:
          "Scriva due righe su Amazon e le rimborsiamo subito la differenza di prezzo.",
        messageId: "incentive",
      },
      {
        text: "Un feedback positivo le darebbe diritto a un buono da 10 euro.",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text:
          "La sua recensione da una stella forse non rispecchia più la situazione attuale.",
        messageId: "change",
      },
      {
        text:
          "Ci farebbe piacere se il suo voto rispecchiasse com'è andata a finire.",
        messageId: "change",
      },
      {
        text:
          "Ora che è tutto a posto, magari vorrà rivedere la valutazione che ci ha lasciato.",
        messageId: "change",
      },
      {
        text:
          "Se il problema è risolto, le saremmo grati se aggiornasse il suo commento su Amazon.",
        messageId: "change",
      },
      {
        text:
          "Visto che ora funziona, le andrebbe di cambiare le stelle che ha messo?",
        messageId: "change",
      },
      {
        text:
          "Se lo ritiene giusto, può aggiornare la recensione con come è andata a finire.",
        messageId: "change",
      },
      {
        text:
          "Se ora è tutto a posto, le saremmo grati se ci ripensasse sulla recensione.",
        messageId: "change",
      },
      {
        text:
          "Quindi, se vuole, le due stelle di ieri potrebbero diventare qualcuna in più.",
        messageId: "change",
      },
      {
        text:
          "Se ritiene che il problema sia risolto, la recensione negativa potrebbe non essere più attuale.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Il suo ricambio parte oggi. Nel frattempo è uscita la nostra linea autunno-inverno di plaid, la trova nella nostra vetrina.",
        messageId: "crossSell",
      },
      {
        text:
          "Se le servono altri sacchetti per l'aspirapolvere, li vendiamo anche in confezioni da dieci.",
        messageId: "crossSell",
      },
      {
        text:
          "Oltre alla lampada produciamo anche paralumi in lino abbinati, nel caso volesse completare l'arredo.",
        messageId: "crossSell",
      },
      {
        text:
          "Già che ci siamo, le segnaliamo che per la sua macchina da caffè esiste anche il nostro kit decalcificante.",
        messageId: "crossSell",
      },
      {
        text:
          "Ora che il guasto è risolto, possiamo occuparci noi anche della manutenzione annuale della caldaia a un prezzo agevolato.",
        messageId: "promotion",
      },
      {
        text:
          "La borraccia che ha ordinato sta benissimo con le nostre sacche termiche, disponibili in sei colori.",
        messageId: "crossSell",
      },
      {
        text:
          "Sono appena arrivati in magazzino i modelli nuovi della serie Aurora, se le interessa.",
        messageId: "crossSell",
      },
      {
        text:
          "Chi compra questo zaino di solito prende anche il nostro coprizaino impermeabile.",
        messageId: "crossSell",
      },
      {
        text:
          "Per l'inverno abbiamo preparato una selezione di coperte in lana merino: le troverà tra i nostri articoli.",
        messageId: "crossSell",
      },
      {
        text:
          "Il tappeto arriva giovedì. Se cerca qualcosa per completare il soggiorno, abbiamo anche cuscini e pouf nella stessa fantasia.",
        messageId: "crossSell",
      },
      {
        text:
          "Ti abbiamo spedito la cover sostitutiva. P.S. se ti piace lo stile, dai un'occhiata anche alle nostre custodie in pelle.",
        messageId: "crossSell",
      },
      {
        text:
          "Il kit di ricambio arriverà venerdì. Da questo mese produciamo anche la versione in acciaio inox del bollitore.",
        messageId: "crossSell",
      },
      {
        text:
          "Il nostro laboratorio realizza su misura anche tende e cuscini: basta scriverci le misure.",
        messageId: "crossSell",
      },
      {
        text:
          "Per chi ha preso la macchina del pane come lei, abbiamo pensato a un set di teglie dedicate.",
        messageId: "crossSell",
      },
      {
        text:
          "Oltre alle candele che ha ordinato, la nostra bottega fa anche diffusori per ambienti con la stessa fragranza.",
        messageId: "crossSell",
      },
      {
        text:
          "Con l'arrivo dell'autunno abbiamo rinnovato tutta la linea di coperte: trova le novità nel nostro spazio su Amazon.",
        messageId: "crossSell",
      },
      {
        text:
          "Se le è utile, la stessa crema esiste anche nel formato da 500 ml.",
        messageId: "crossSell",
      },
      {
        text:
          "Il problema del Wi-Fi è risolto. Per la prossima stagione stiamo preparando una linea di lampade da esterno: restiamo in contatto!",
        messageId: "crossSell",
      },
      {
        text:
          "Visto che ha scelto il nostro tè verde, forse le piacerebbe provare anche il tè bianco della stessa piantagione.",
        messageId: "crossSell",
      },
      {
        text:
          "La pompa nuova è montata. Se vuole evitare guasti simili, il nostro contratto di assistenza annuale costa solo 49 euro.",
        messageId: "promotion",
      },
      {
        text:
          "Ci scusi per il ritardo. Nel frattempo sono arrivati i nuovi colori della borraccia, tra cui il verde salvia.",
        messageId: "crossSell",
      },
      {
        text:
          "Molti clienti abbinano la friggitrice ad aria alla nostra griglia in silicone, che si vende anche separatamente.",
        messageId: "crossSell",
      },
      {
        text:
          "Nel frattempo, per non restare senza frullatore, potrebbe considerare il nostro modello compatto, ora in offerta.",
        messageId: "promotion",
      },
      {
        text:
          "Realizziamo anche sottopentola incisi con lo stesso nome, perfetti da regalare insieme al tagliere.",
        messageId: "crossSell",
      },
      {
        text:
          "Il rotolo incluso è di prova: le conviene prevedere dei rotoli compatibili, noi li abbiamo disponibili.",
        messageId: "crossSell",
      },
      {
        text:
          "Il rotolo in dotazione basta per iniziare; per dopo, i nostri rotoli da 500 etichette sono fatti apposta per questa stampante.",
        messageId: "crossSell",
      },
      {
        text:
          "Le abbiamo rimborsato la spedizione. Per l'estate abbiamo in arrivo ventilatori silenziosi dello stesso marchio.",
        messageId: "crossSell",
      },
      {
        text:
          "Il suo divano è in consegna. Chi ha il nostro divano di solito sceglie anche il pouf coordinato, se ci fa un pensiero.",
        messageId: "crossSell",
      },
      {
        text:
          "La caldaia ora funziona. Offriamo anche l'estensione di garanzia a cinque anni per 59 euro, basta rispondere a questo messaggio.",
        messageId: "crossSell",
      },
      {
        text:
          "Per chi come lei cucina molto, la nostra linea di coltelli giapponesi è il complemento ideale.",
        messageId: "crossSell",
      },
      {
        text:
          "Approfitto per dirle che realizziamo anche cesti regalo personalizzati per Natale.",
        messageId: "crossSell",
      },
      {
        text:
          "Abbiamo un'intera gamma di tisane biologiche oltre a quella che ha ordinato.",
        messageId: "crossSell",
      },
      {
        text: "Il nostro catalogo comprende anche teglie e stampi in ghisa.",
        messageId: "crossSell",
      },
      {
        text:
          "Può trovare tutte le nostre creazioni cercando il nome del negozio su Amazon.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text: "Solo fino a domenica tutta la linea bagno costa il 15% in meno.",
        messageId: "promotion",
      },
      {
        text:
          "Come cliente affezionato, per lei c'è un prezzo riservato sul prossimo ordine.",
        messageId: "promotion",
      },
      {
        text:
          "Con il codice GRAZIE10 risparmia il 10% su qualsiasi articolo del nostro catalogo.",
        messageId: "promotion",
      },
      {
        text:
          "Questo mese la spedizione è gratuita su tutti i nostri prodotti per la casa.",
        messageId: "promotion",
      },
      {
        text:
          "Si iscriva alla nostra newsletter e riceverà in anteprima le offerte della settimana.",
        messageId: "promotion",
      },
      {
        text:
          "Le ricordiamo che i saldi invernali iniziano lunedì, con prezzi ribassati fino al 40%.",
        messageId: "promotion",
      },
      {
        text:
          "Sul secondo articolo c'è il 50% in meno, fino a esaurimento scorte.",
        messageId: "promotion",
      },
      {
        text:
          "Le abbiamo riservato un buono da 5 euro da usare entro fine mese su un nuovo acquisto.",
        messageId: "promotion",
      },
      {
        text:
          "Da lunedì parte la settimana delle occasioni su tutto il nostro catalogo.",
        messageId: "promotion",
      },
      {
        text:
          "Ai clienti che hanno già acquistato riserviamo un prezzo speciale per tutto novembre.",
        messageId: "promotion",
      },
      {
        text:
          "Le scriviamo per avvisarla che il prezzo del bollitore scende a 19 euro fino a giovedì.",
        messageId: "promotion",
      },
      {
        text:
          "Per lei che è già cliente, spedizione gratuita su qualsiasi ordine fino alla fine dell'anno.",
        messageId: "promotion",
      },
      {
        text:
          "Il coupon allegato vale su tutto il negozio fino al 15 dicembre.",
        messageId: "promotion",
      },
      {
        text:
          "Abbiamo appena lanciato la tessera fedeltà: a ogni acquisto accumula punti.",
        messageId: "promotion",
      },
      {
        text:
          "Approfitti dei prezzi di lancio della nuova friggitrice, validi ancora per pochi giorni.",
        messageId: "promotion",
      },
      {
        text:
          "Per i clienti che tornano da noi, il secondo ordine ha la spedizione a carico nostro.",
        messageId: "promotion",
      },
      {
        text:
          "Solo per questo weekend, tutti i cuscini costano 10 euro in meno.",
        messageId: "promotion",
      },
      {
        text:
          "Abbiamo attivato per lei un codice personale valido su tutto lo shop fino a domenica.",
        messageId: "promotion",
      },
      {
        text: "Se ordina entro venerdì, l'incisione gliela regaliamo.",
        messageId: "promotion",
      },
      {
        text:
          "A gennaio partono i saldi: le consigliamo di tenere d'occhio il nostro negozio.",
        messageId: "promotion",
      },
    ],
  },
};

testClassProbes("it-IT", CLASS_PROBES_IT);
testProbes(
  "it-IT",
  {
    "review-word-other": {
      violations: [],
      clean: [
        "Le recensioni negative di altri clienti sul vecchio modello riguardavano la cerniera, ora rinforzata.",
      ],
    },
    "review-instructions": {
      violations: [
        "Le stelle vanno date al prodotto, non al corriere: quindi cinque, se le è piaciuto.",
      ],
      clean: [],
    },
    "review-wish": {
      violations: [
        "Se ha trovato utile il nostro aiuto, il mondo di Amazon merita di saperlo.",
      ],
      clean: [],
    },
    "marketing-soft": {
      violations: [
        "Se un domani volesse un secondo set di lenzuola, le facciamo lo stesso prezzo.",
        "Risolto il problema del termostato, le ricordiamo che ci occupiamo anche della pulizia dei condizionatori.",
        "Grazie per l'ordine! Le segnaliamo che il nostro macinacaffè manuale, il più richiesto, è tornato disponibile.",
        "Tutti i nostri zaini hanno la stessa garanzia a vita: se ne cerca uno più grande per i viaggi, ci pensi.",
        "Buone notizie: la versione 2.0 del nostro termostato è appena uscita, con il controllo da app.",
        "Se preferisce, per il prossimo inverno possiamo tenerle da parte un set di pneumatici della stessa misura.",
        "Può abbonarsi per ricevere i filtri nuovi ogni tre mesi, senza pensarci.",
        "Se il dolce le è piaciuto, a dicembre torna il nostro panettone al pistacchio.",
      ],
      clean: [],
    },
    "marketing-promo": {
      violations: [
        "Ogni tre articoli acquistati, il meno caro è in regalo.",
      ],
      clean: [],
    },
  },
  [
    "Le recensioni negative di altri clienti sul vecchio modello riguardavano la cerniera, ora rinforzata.",
    "Le stelle vanno date al prodotto, non al corriere: quindi cinque, se le è piaciuto.",
    "Se ha trovato utile il nostro aiuto, il mondo di Amazon merita di saperlo.",
    "Risolto il problema del termostato, le ricordiamo che ci occupiamo anche della pulizia dei condizionatori.",
    "Tutti i nostri zaini hanno la stessa garanzia a vita: se ne cerca uno più grande per i viaggi, ci pensi.",
    "Se preferisce, per il prossimo inverno possiamo tenerle da parte un set di pneumatici della stessa misura.",
    "Può abbonarsi per ricevere i filtri nuovi ogni tre mesi, senza pensarci.",
    "Ogni tre articoli acquistati, il meno caro è in regalo.",
  ],
);

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("it-IT", {
  "review-word-other": {
    violations: [
      "Le saremmo grati se lasciasse una recensione su Amazon.",
      "Potrebbe condividere la sua opinione sul prodotto con gli altri clienti?",
      "La preghiamo di valutare il nostro prodotto se è soddisfatto.",
      "La sua recensione su Amazon aiuta molto gli altri acquirenti.",
      "Ci piacerebbe sapere cosa pensa del suo acquisto, bastano poche parole su Amazon.",
      "Una recensione sincera del suo nuovo proiettore sarebbe fantastica.",
      "Se la tela le piace, un breve commento su Amazon ci farebbe molto piacere.",
      "La sua opinione conta: condivida la sua esperienza con l'apparecchio con gli altri acquirenti.",
    ],
    clean: [
      "Può controllare e approvare la bozza di stampa in allegato prima della produzione?",
      "Abbiamo esaminato il suo reclamo e le rimborseremo l'intero importo.",
      "La sua richiesta in garanzia è in fase di valutazione da parte del nostro tecnico.",
      "Il perito ha valutato il danno, le alleghiamo la sua perizia.",
      "La lampada è in classe energetica A con grado di protezione IP44.",
      "Il caricatore ha una potenza nominale di 65 W e la batteria regge 2000 cicli.",
      "Ci interessa la sua opinione: quale colore preferisce come sostituzione, blu o grigio?",
      "Ci serve il suo riscontro sul campione di colore entro venerdì.",
      "Può darci un breve feedback sulla bozza dell'incisione?",
      "Secondo la valutazione del tecnico, l'apparecchio non è più riparabile.",
      "Il suo reso è in fase di verifica, di solito servono due giorni lavorativi.",
      "Può rivedere la bozza e dirci se il nome è scritto correttamente?",
      "Ci farebbe piacere avere il suo parere sulla taglia da rispedire.",
      "La mensola ha una portata di 40 kg.",
      "La sua richiesta di rimborso è stata esaminata e approvata.",
      "Buongiorno, la prova di stampa della sua tela è pronta. Può darle un'occhiata e darci un feedback sui colori? Poi stampiamo.",
      "Buongiorno, il suo reso è arrivato. Il nostro team controlla l'articolo e ne valuta lo stato, poi le rimborsiamo l'importo.",
      "Vorremmo la sua opinione: la scritta va incisa in oro o in argento? Ci risponda entro mercoledì.",
      "Il perito ha valutato positivamente il danno da trasporto, quindi riceverà l'intero importo.",
      "Può valutare dalle foto allegate quale tessuto preferisce per la fodera?",
      "La sua valutazione della vestibilità ci aiuta a mandare la taglia giusta: la giacca è stretta o larga?",
      "La wallbox è dimensionata per 22 kW; l'elettricista deve prima collaudare l'allacciamento.",
      "Attendiamo un suo riscontro sull'appuntamento: giovedì tra le 8 e le 12 le va bene?",
      "Può stimare se il rumore viene dal motore o dalla ventola? Così le mandiamo il pezzo giusto.",
      "Secondo la perizia la riparazione non conviene, per questo riceverà un apparecchio nuovo.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Cinque stelle da parte sua ci aiuterebbero tantissimo!",
      "Ci dia 5 stelle se è andato tutto bene.",
      "Cinque stelle per il nostro servizio ci farebbero davvero piacere.",
    ],
    clean: [
      "Sul cuscino ricamiamo cinque stelle sopra il nome.",
      "Nel pacco c'è un foglio di adesivi con stelle dorate.",
      "Stampiamo tre stelle sul cake topper, come richiesto.",
      "Il frigorifero è in classe D secondo l'etichetta energetica.",
      "Consegnate pure all'hotel quattro stelle vicino alla stazione, camera 214.",
      "La ghirlanda ha cinque stelle argentate e tre dorate.",
      "La grafica mostra cinque stelle a semicerchio con sotto il nome della vostra squadra. Può approvarla?",
      "Sulla cialda per torta stampiamo come concordato 3 stelle dorate e il numero 40.",
      "La consegna è al resort cinque stelle, la reception ritirerà il pacco.",
      "Prema due volte il tasto asterisco per aprire il menu di servizio del telefono.",
      "L'hotel ha quattro stelle e accetta pacchi alla reception.",
    ],
  },
  "negation": {
    violations: [
      "Non dimentichi di lasciarci una recensione!",
    ],
    clean: [
      "Non deve valutare nulla, il rimborso è automatico.",
      "Non serve nessuna perizia, può tenere l'articolo.",
      "Non serve una valutazione del danno da parte di un perito, bastano le foto.",
      "Non deve darci un riscontro sulla bozza; se è tutto corretto, stampiamo direttamente.",
    ],
  },
  "product-name": {
    violations: [
      "Se il proiettore Cielo Stellato le piace, ci lasci una recensione.",
    ],
    clean: [
      'Il portadocumenti "Review Pro" verrà spedito domani.',
      "Il suo proiettore Cielo Stellato è in viaggio.",
      'La sua lampada notturna "Stella Cadente 5" è partita oggi con BRT.',
      'Il gioco da tavolo "Cinque Stelle" purtroppo è arrivato danneggiato, gliene mandiamo un altro.',
      "Il buzzer per il feedback della sua classe arriverà domani.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("it-IT", {
  "review-word-other": {
    violations: [],
    clean: [
      "Il corriere ha lasciato un avviso di giacenza, può ritirare il pacco in ufficio postale.",
      "Ci può inviare il parere del tecnico così gestiamo la garanzia?",
      "Il giudizio del perito è che il danno è avvenuto durante il trasporto; le rimborsiamo tutto.",
      "Abbiamo messo una nota nel pacco con le istruzioni di montaggio.",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("it-IT", {
  "review-word-other": {
    violations: [
      "Ora che il problema è risolto, vorrebbe rivedere la sua recensione?",
      "Speriamo che ora possa modificare la sua recensione da due stelle.",
      "Se non è soddisfatto, ci contatti prima di scrivere una recensione.",
      "Per ringraziarla della recensione le alleghiamo un buono regalo.",
      "La sua opinione sulla pagina del prodotto aiuterebbe altri acquirenti a scegliere.",
    ],
    clean: [
      "Scriva pure il nome desiderato come commento all'ordine, lo incideremo noi.",
      "Abbiamo inoltrato il suo feedback al produttore, che controllerà il lotto.",
      "Può valutare velocemente quanto è evidente il graffio, piccolo o ben visibile? Così decidiamo tra sostituzione e rimborso parziale.",
      "Ci dia la sua opinione: le mandiamo il ricambio o direttamente un apparecchio nuovo?",
    ],
  },
});

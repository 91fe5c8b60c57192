import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
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

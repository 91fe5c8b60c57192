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
      messageId: "solicitation",
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

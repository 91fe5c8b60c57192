import type { Probes } from "../_lexicon_cases.ts";

/**
 * A fresh French, Italian and Spanish probe set, written before tuning: soft
 * cross-selling hidden mid-message in five families (a paid extra on the
 * visit, our own matching goods, a coming batch or colour, stock and
 * refills, social proof for goods not ordered) with close clean traps (a
 * free missing part, care advice, our technician or warehouse, the ordered
 * item's features, a refill asked for); and review words in another sense
 * (a proof, a claim, a draft, damage) beside review instructions and
 * rewards.
 */
export const ROMANCE_FRESH_PROBES: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Le technicien passera jeudi entre 9 h et 12 h. Pour 30 € de plus, il peut aussi détartrer votre chauffe-eau pendant sa visite. Merci de laisser l'accès au compteur dégagé.",
        "Votre canapé sera livré samedi. Moyennant un petit supplément, nos livreurs emportent aussi l'ancien à la déchetterie, il suffit de le leur dire sur place. Le créneau vous sera confirmé par SMS.",
        "Les gants sont partis ce matin. Ils vont très bien avec notre bonnet tricoté dans la même laine, que vous trouverez aussi chez nous. Le numéro de suivi arrive sous peu.",
        "Merci d'avoir confirmé l'adresse. Pour nourrir le cuir, rien ne vaut notre baume à la cire d'abeille, que nous vendons aussi. Le colis part demain.",
        "Nous avons bien reçu votre photo du vase. Une nouvelle fournée sort du four début mars, en bleu et en ocre, peut-être de quoi vous faire plaisir. Le remplacement est déjà en route.",
        "Votre commande est prête. Le mois prochain, ce modèle existera aussi en vert sapin, si la couleur vous tente. Bonne journée.",
        "La théière est bien partie. Si un jour il vous faut d'autres filtres, nous en avons toujours en stock, par lots de dix. N'hésitez pas à nous écrire pour toute question.",
        "Le colis a été remis au transporteur. La plupart de nos clients trouvent que notre housse de protection double la durée de vie du coussin, elle vaut vraiment le coup. Vous recevrez le suivi par e-mail.",
      ],
      clean: [
        "Il manquait une vis dans le colis : nous vous envoyons gratuitement un sachet de remplacement, il arrivera jeudi.",
        "Pour garder le cuir souple, passez un chiffon légèrement humide puis laissez sécher loin d'un radiateur.",
        "Notre technicien passera jeudi matin ; il pourra aussi vérifier le raccordement de l'appareil que vous avez commandé, sans frais.",
        "Notre entrepôt a expédié le colis hier et notre politique de retour vous laisse 30 jours pour changer d'avis.",
        "La lampe que vous avez commandée a trois niveaux d'intensité et se recharge en deux heures par USB.",
        "Comme vous nous l'avez demandé, nous avons ajouté deux recharges à votre commande ; elles partent avec le colis.",
        "Le modèle commandé est de nouveau en stock : votre commande partira donc lundi.",
        "Notre livreur peut aussi déposer le colis chez un voisin si vous êtes absent, dites-le-nous simplement.",
      ],
    },
    "review": {
      violations: [
        "Ravis que le mixeur vous plaise ! Dans votre commentaire, pensez à préciser qu'il est très silencieux, ça aide beaucoup.",
        "Si vous laissez un avis, une photo du tapis dans votre salon serait parfaite.",
        "Dès que votre avis est en ligne, nous vous remboursons 10 € sur la commande.",
        "Un petit cadeau vous attend en échange de quelques mots sur la page du produit.",
      ],
      clean: [
        "Pourriez-vous vérifier l'épreuve et nous donner votre avis sur la police avant l'impression ?",
        "Nous avons examiné votre réclamation et le remboursement a été validé.",
        "Merci pour vos remarques sur la maquette ; nous avons corrigé la couleur du logo.",
        "Le transporteur doit évaluer les dégâts sur le colis avant que nous puissions vous rembourser.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "Il tecnico arriva giovedì tra le 9 e le 12. Con 30 € in più può anche decalcificare lo scaldabagno già che c'è. Lasci libero l'accesso al contatore, grazie.",
        "Il divano verrà consegnato sabato. Con un piccolo supplemento i nostri corrieri possono portare via anche il vecchio, basta dirlo al momento. Riceverà l'orario via SMS.",
        "I guanti sono partiti stamattina. Stanno benissimo con la nostra sciarpa nella stessa lana, che trova sempre da noi. Il codice di tracciamento arriva a breve.",
        "Grazie per aver confermato l'indirizzo. Per nutrire la pelle, il nostro balsamo alla cera d'api è l'ideale, lo vendiamo anche noi. Il pacco parte domani.",
        "Abbiamo ricevuto la foto del vaso. A marzo sforniamo un nuovo lotto in blu e ocra, magari fa al caso suo. La sostituzione è già in viaggio.",
        "Il suo ordine è pronto. Dal mese prossimo questo modello ci sarà anche in verde bosco, se il colore la ispira. Buona giornata.",
        "La teiera è partita. Se un giorno le servono altri filtri, li teniamo sempre a magazzino, in confezioni da dieci. Ci scriva per qualsiasi dubbio.",
        "Il pacco è stato affidato al corriere. Quasi tutti i nostri clienti dicono che la nostra fodera protettiva raddoppia la vita del cuscino, vale davvero la pena. Riceverà il tracking via e-mail.",
      ],
      clean: [
        "Nel pacco mancava una vite: le spediamo gratuitamente una bustina di ricambio, arriverà giovedì.",
        "Per mantenere morbida la pelle, passi un panno appena umido e la lasci asciugare lontano dal termosifone.",
        "Il nostro tecnico passerà giovedì mattina e potrà anche controllare il collegamento dell'apparecchio che ha ordinato, senza costi.",
        "Il nostro magazzino ha spedito il pacco ieri e la nostra politica di reso le lascia 30 giorni per ripensarci.",
        "La lampada che ha ordinato ha tre livelli di luce e si ricarica in due ore tramite USB.",
        "Come ci aveva chiesto, abbiamo aggiunto due ricariche al suo ordine; partono insieme al pacco.",
        "Il modello ordinato è di nuovo disponibile: il suo ordine partirà quindi lunedì.",
        "Il nostro corriere può anche lasciare il pacco a un vicino se lei non è in casa, basta dircelo.",
      ],
    },
    "review": {
      violations: [
        "Felici che il frullatore le piaccia! Nella recensione, si ricordi di scrivere che è molto silenzioso, aiuta tantissimo.",
        "Se lascia un commento, una foto del tappeto nel suo salotto sarebbe perfetta.",
        "Appena la sua recensione è online, le rimborsiamo 10 € sull'ordine.",
        "C'è un piccolo regalo per lei in cambio di due righe sulla pagina del prodotto.",
      ],
      clean: [
        "Potrebbe controllare la bozza e darci un parere sul carattere prima della stampa?",
        "Abbiamo esaminato il suo reclamo e il rimborso è stato approvato.",
        "Grazie per i commenti sul progetto grafico: abbiamo corretto il colore del logo.",
        "Il corriere deve valutare i danni al pacco prima che possiamo rimborsarla.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft": {
      violations: [
        "El técnico irá el jueves entre las 9 y las 12. Por 30 € más, también puede descalcificarle el termo ya que está allí. Deje libre el acceso al contador, por favor.",
        "El sofá se entrega el sábado. Por un pequeño suplemento, nuestros transportistas se llevan también el viejo; basta con decírselo en el momento. Le confirmaremos la hora por SMS.",
        "Los guantes salieron esta mañana. Quedan genial con nuestra bufanda de la misma lana, que también tenemos a la venta. El número de seguimiento llegará en breve.",
        "Gracias por confirmar la dirección. Para cuidar el cuero, nuestro bálsamo de cera de abeja es lo mejor, y también lo vendemos nosotros. El paquete sale mañana.",
        "Hemos recibido la foto del jarrón. En marzo sacamos del horno una hornada nueva en azul y ocre, a lo mejor le apetece. La reposición ya está en camino.",
        "Su pedido está listo. A partir del mes que viene, este modelo también estará en verde bosque, por si le gusta el color. Que tenga un buen día.",
        "La tetera ya ha salido. Si algún día necesita más filtros, siempre los tenemos en stock, en paquetes de diez. Escríbanos con cualquier duda.",
        "El paquete ya está con la agencia. Casi todos nuestros clientes dicen que nuestra funda protectora alarga el doble la vida del cojín; merece mucho la pena. Recibirá el seguimiento por correo.",
      ],
      clean: [
        "Faltaba un tornillo en el paquete: le enviamos gratis una bolsita de repuesto que llegará el jueves.",
        "Para mantener el cuero suave, pase un paño apenas húmedo y déjelo secar lejos del radiador.",
        "Nuestro técnico pasará el jueves por la mañana y también podrá revisar la conexión del aparato que pidió, sin coste.",
        "Nuestro almacén envió el paquete ayer y nuestra política de devoluciones le da 30 días para pensárselo.",
        "La lámpara que pidió tiene tres niveles de luz y se carga en dos horas por USB.",
        "Tal como nos pidió, hemos añadido dos recambios a su pedido; salen en el mismo paquete.",
        "El modelo que pidió vuelve a estar disponible, así que su pedido saldrá el lunes.",
        "Nuestro repartidor también puede dejar el paquete a un vecino si usted no está; solo tiene que decírnoslo.",
      ],
    },
    "review": {
      violations: [
        "¡Qué bien que le guste la batidora! En su reseña, no olvide comentar que es muy silenciosa, ayuda muchísimo.",
        "Si deja una valoración, una foto de la alfombra en su salón quedaría perfecta.",
        "En cuanto su reseña esté publicada, le devolvemos 10 € del pedido.",
        "Le espera un pequeño regalo a cambio de unas líneas en la página del producto.",
      ],
      clean: [
        "¿Podría revisar la prueba de impresión y darnos su opinión sobre la tipografía antes de imprimir?",
        "Hemos revisado su reclamación y el reembolso ya está aprobado.",
        "Gracias por sus comentarios sobre el boceto; ya hemos corregido el color del logotipo.",
        "La agencia tiene que valorar los daños del paquete antes de que podamos reembolsarle.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft": {
      violations: [
        "El técnico llega el jueves entre 9 y 12. Por $350 extra también le puede dar mantenimiento al boiler ya que esté ahí. Por favor deje libre el acceso al medidor.",
        "Su sala llega el sábado. Por un cargo pequeño, nuestros instaladores también le arman el librero, nada más avíseles ese día. Le confirmamos el horario por mensaje.",
        "Sus tenis ya van en camino. Combinan padrísimo con nuestras calcetas deportivas, que también manejamos. La guía de rastreo le llega en un rato.",
        "Gracias por confirmar el domicilio. Para que la piel dure más, nuestra crema de cera de abeja es lo máximo, también la vendemos. El paquete sale mañana.",
        "Recibimos la foto de la taza. En marzo sacamos un lote nuevo de talavera en azul y amarillo, a lo mejor se le antoja. La reposición ya va en camino.",
        "Su pedido ya está listo. El mes que entra este modelo va a salir también en verde olivo, por si le late el color. Que tenga buen día.",
        "La cafetera ya salió. Si luego ocupa más filtros, siempre los tenemos en existencia, en paquetes de diez. Cualquier duda, aquí estamos.",
        "Su paquete ya está con la paquetería. La mayoría de nuestros clientes dice que nuestro protector de tela le duplica la vida al cojín; vale mucho la pena. Le mandamos la guía por correo.",
      ],
      clean: [
        "Al paquete le faltó un tornillo: le mandamos sin costo una bolsita de refacción que llega el jueves.",
        "Para que la piel se mantenga suave, pásele un trapo apenas húmedo y déjela secar lejos del calentador.",
        "Nuestro técnico pasa el jueves en la mañana y también puede checar la conexión del equipo que compró, sin costo.",
        "Nuestra bodega mandó el paquete ayer y con nuestra política de devoluciones tiene 30 días para pensarlo.",
        "La lámpara que compró tiene tres niveles de luz y se carga en dos horas por USB.",
        "Como nos pidió, agregamos dos repuestos a su pedido; van en el mismo paquete.",
        "El modelo que pidió ya volvió a estar en existencia, así que su pedido sale el lunes.",
        "Nuestro repartidor también puede dejarle el paquete a un vecino si no está; nada más avísenos.",
      ],
    },
    "review": {
      violations: [
        "¡Qué gusto que le haya gustado la licuadora! Cuando escriba su reseña, mencione que es bien silenciosa, nos ayuda muchísimo.",
        "Si nos deja una calificación, súbale una foto del tapete en su sala, quedaría perfecto.",
        "En cuanto su reseña esté publicada, le regresamos $200 del pedido.",
        "Le tenemos un regalito a cambio de unas palabras en la página del producto.",
      ],
      clean: [
        "¿Nos ayuda a revisar la prueba del diseño y darnos su opinión de la letra antes de imprimir?",
        "Ya revisamos su reclamación y el reembolso quedó aprobado.",
        "Gracias por sus comentarios sobre el boceto; ya corregimos el color del logo.",
        "La paquetería tiene que evaluar los daños de la caja antes de poder reembolsarle.",
      ],
    },
  },
};

/**
 * A second French, Italian and Spanish set, written while widening the word
 * lists: more soft cross-selling (a paid job in the workshop, scented goods
 * that go with the order, a seasonal edition, blades sold by ten, social
 * proof) and the clean look-alikes that the wider lists must leave alone (a
 * courier who can also leave the parcel with a neighbour, a delayed
 * collection, production resuming in spring, "it could also be a loose
 * contact", a clarification on the returns policy, an identity document
 * for a pick-up point).
 */
export const ROMANCE_PROBES_B: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "marketing-soft b": {
      violations: [
        "Votre vélo est prêt. Pour 19 €, notre atelier peut aussi poser des garde-boue avant l'envoi.",
        "Merci pour votre patience. Les bougies parfumées de notre atelier se marient très bien avec ce photophore. Bonne soirée.",
        "Le coffret part demain. Nous préparons une édition de Noël avec trois nouveaux parfums, peut-être de quoi vous tenter. À bientôt.",
        "Votre rasoir est en route. Les lames s'usent vite : nous les vendons par dix, pratique à avoir d'avance.",
        "Votre plaid sera livré mercredi. Il tient très chaud ; pour le canapé, le coussin du même tissage le complète joliment.",
      ],
      clean: [
        "Le livreur arrive mardi. Il peut aussi laisser le colis au gardien, il suffit de le lui dire à l'interphone.",
        "Votre tapis sera livré le mois prochain, car la collection a pris du retard chez le tisseur.",
        "Notre atelier reprend la production au printemps ; votre commande partira début avril.",
        "Il pourrait aussi s'agir d'un faux contact : si besoin, nous vous envoyons un câble neuf.",
        "Petite mise au point sur notre politique de retour : n'hésitez pas à nous écrire.",
        "Pour le retrait, prévoyez une pièce d'identité ; notre point relais ouvre à 9 h.",
        "Votre plaid arrive jeudi. Pour le laver, un cycle laine à 30 °C suffit ; il restera doux comme au premier jour.",
        "Nous vous envoyons les deux joints manquants ; ils sont vendus par deux, d'où le sachet.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft b": {
      violations: [
        "La bici è pronta. Per 19 € la nostra officina può anche montare i parafanghi prima della spedizione.",
        "Grazie per la pazienza. Le candele profumate del nostro laboratorio si sposano benissimo con questa lanterna.",
        "La confezione parte domani. Stiamo preparando un'edizione natalizia con tre nuove fragranze, magari fa per lei.",
        "Il rasoio è in viaggio. Le lame si consumano presto: le vendiamo da dieci, comode da avere di scorta.",
        "Il suo ordine è stato spedito. Quasi tutti i nostri clienti prendono anche la borsa da trasporto, protegge davvero bene.",
      ],
      clean: [
        "Il corriere passa martedì. Può anche lasciare il pacco al portiere, basta dirglielo al citofono.",
        "Il nostro laboratorio riprende la produzione in primavera; il suo ordine partirà a inizio aprile.",
        "Potrebbe anche trattarsi di un falso contatto: se le serve, le mandiamo un cavo nuovo.",
        "Il ritiro al nostro punto è molto comodo: è aperto fino alle 20.",
        "Abbiamo anche dei dubbi sull'indirizzo: può confermarlo?",
        "Stiamo preparando il suo ordine con le nuove fragranze scelte; ci scriva se vuole cambiare qualcosa.",
        "Tenga il manuale sotto mano: il nostro tecnico le chiederà il numero di serie durante la visita.",
        "Le spediamo le due guarnizioni mancanti; si vendono in coppia, per questo ne trova due.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft b": {
      violations: [
        "Su bici está lista. Por 19 €, nuestro taller también puede montarle los guardabarros antes del envío.",
        "Gracias por su paciencia. Las velas aromáticas de nuestro taller combinan de maravilla con este farol.",
        "El estuche sale mañana. Estamos preparando una edición navideña con tres aromas nuevos, por si le apetece.",
        "Su maquinilla va en camino. Las cuchillas se gastan rápido: las vendemos de diez en diez, práctico tener repuesto.",
        "El bolso se entrega mañana. Para que la piel dure años, nuestro bálsamo nutritivo es ideal y lo tiene en nuestra tienda.",
      ],
      clean: [
        "El repartidor pasa el martes. También puede dejar el paquete al portero, basta con decírselo por el telefonillo.",
        "La alfombra llegará el mes que viene, porque la colección se ha retrasado en el telar.",
        "Nuestro taller retoma la producción en primavera; su pedido saldrá a principios de abril.",
        "Sacamos la pieza de la caja y la revisamos: estaba bien, así que se la enviamos hoy.",
        "Podría tratarse también de un falso contacto: si lo necesita, le enviamos un cable nuevo.",
        "Estamos preparando su pedido con los aromas nuevos que eligió; si quiere cambiar algo, avísenos.",
        "Para cuidar la piel, un trapo húmedo es lo mejor; no use cremas con alcohol.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft b": {
      violations: [
        "Le confirmamos la fumigación para el miércoles. Aprovechando la visita, también podemos fumigar el jardín por 450 pesos adicionales.",
        "Le confirmamos la fumigación para el miércoles. Le recomendamos nuestro plan trimestral para que no regresen las plagas.",
        "El bolso se entrega mañana. Muchas clientas lo combinan con nuestro monedero de la misma piel.",
      ],
      clean: [
        "El repartidor pasa el martes. También le puede dejar el paquete al vigilante, nada más avísele.",
        "Si ocupa más tiempo para decidir, no hay problema: la devolución vale 30 días.",
        "El técnico le puede dar la garantía ya que esté ahí; tráigala a la mano por favor.",
      ],
    },
  },
};

/**
 * A third set, written after the second (seeds, blinds, tea, vacuum bags,
 * frames, book series, a baby range), with close clean traps; and review
 * words in other senses (an opinion on an engraving, a note for the
 * courier in the Amazon account, damage assessed) beside review
 * instructions and rewards.
 */
export const ROMANCE_PROBES_C: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "marketing-soft c": {
      violations: [
        "Bonjour, votre commande de graines est partie. Au passage, nos semis de tomates anciennes arrivent en avril, pensez-y pour le potager. Bonne journée.",
        "Le store sera posé lundi. Notre poseur peut aussi motoriser le second store le même jour, comptez 120 € de plus.",
        "Merci pour votre commande de thé. Le même thé existe en boîte métal de 250 g, plus économique si vous en buvez souvent.",
        "Votre aspirateur est expédié. Des sacs de rechange ? Nous les avons par boîtes de 12.",
        "Le cadre est prêt. Beaucoup d'acheteurs ajoutent notre kit de suspension, c'est plus simple pour l'accrocher.",
        "Votre puzzle part aujourd'hui. Le deuxième tome de la série sortira cet automne chez nous, si l'envie vous en prend.",
        "Nous avons bien reçu votre retour. Au fait, notre gamme bébé s'est agrandie, avec des bodies en coton bio.",
        "Votre toner est en route. Notre abonnement recharge vous l'envoie automatiquement tous les trois mois.",
      ],
      clean: [
        "Le poseur pourra aussi régler la hauteur du store sur place, c'est compris dans la pose.",
        "Nous vous envoyons gratuitement les sacs manquants, ils arriveront avec le prochain passage du facteur.",
        "Le deuxième tome que vous avez précommandé sortira cet automne ; il partira dès réception.",
        "Notre équipe a vérifié : le thé commandé est bien en boîte de 250 g, comme indiqué.",
        "Votre commande contient deux recharges, comme vous l'aviez demandé.",
        "Pour garder le cadre propre, un chiffon sec suffit ; évitez les produits ménagers.",
        "Notre délai de livraison s'est agrandi à cause des fêtes : pensez-y si c'est un cadeau.",
        "L'échange est plus économique pour vous qu'un retour : nous vous envoyons l'étiquette.",
      ],
    },
    "review c": {
      violations: [
        "Votre clé est ci-dessous. Sur la fiche produit, dans votre évaluation, indiquez que l'activation a pris moins d'une minute.",
        "Le tapis arrive mercredi. Petit geste : nous remboursons les frais de port dès que votre commentaire apparaît sur Amazon.",
        "Un code de 10 € vous sera envoyé une fois votre note publiée.",
        "Merci de mentionner notre service client réactif dans votre évaluation.",
      ],
      clean: [
        "Vous pouvez laisser un commentaire pour le livreur dans votre compte Amazon, par exemple le code de la porte.",
        "Donnez-nous votre avis sur les deux teintes proposées pour la gravure avant jeudi.",
        "Notre expert a évalué les dégâts et vous propose un remboursement partiel de 20 €.",
        "Votre avis d'expédition arrivera par e-mail avec le lien de suivi.",
        "Livraison à l'hôtel 4 étoiles indiqué dans l'adresse : la réception signera.",
        "Merci beaucoup pour vos étoiles, cela nous fait plaisir. Votre colis de remplacement part lundi.",
        "Vos étoiles seront brodées en fil doré, comme sur l'aperçu.",
        "Merci d'avoir partagé votre adresse ; le colis part demain.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft c": {
      violations: [
        "Buongiorno, i semi sono partiti. Tra l'altro, ad aprile arrivano le nostre piantine di pomodori antichi, ci pensi per l'orto.",
        "La tenda verrà montata lunedì. Il nostro montatore può anche motorizzare la seconda tenda lo stesso giorno, con 120 € in più.",
        "Grazie per l'ordine di tè. Lo stesso tè c'è anche nella latta da 250 g, più conveniente se ne beve spesso.",
        "L'aspirapolvere è partito. Sacchetti di ricambio? Li abbiamo in scatole da 12.",
        "La cornice è pronta. Molti acquirenti aggiungono il nostro kit di sospensione, è più semplice appenderla.",
        "Il puzzle parte oggi. Il secondo volume della serie uscirà da noi in autunno, se le va.",
        "Abbiamo ricevuto il reso. A proposito, la nostra linea neonato si è ampliata con body in cotone bio.",
      ],
      clean: [
        "Il montatore potrà anche regolare l'altezza della tenda sul posto, è compreso nel montaggio.",
        "Il secondo volume che ha preordinato uscirà in autunno; partirà appena arriva.",
        "Il suo ordine contiene due ricariche, come aveva chiesto.",
        "Il cambio è più conveniente per lei di un reso: le mandiamo l'etichetta.",
        "Se c'è anche nella confezione il cavo, ce lo rimandi pure.",
      ],
    },
    "review c": {
      violations: [
        "Ecco la sua chiave. Nella recensione sulla pagina del prodotto, scriva che l'attivazione ha richiesto meno di un minuto.",
        "Il tappeto arriva mercoledì. Come gesto, le rimborsiamo la spedizione appena il suo commento compare su Amazon.",
        "Le invieremo un codice da 10 € una volta pubblicata la sua valutazione.",
      ],
      clean: [
        "Può lasciare un commento per il corriere nel suo account Amazon, ad esempio il codice del portone.",
        "Ci dia un parere sulle due tinte proposte per l'incisione entro giovedì.",
        "Il nostro perito ha valutato i danni e le propone un rimborso parziale di 20 €.",
        "Consegna all'hotel 4 stelle indicato nell'indirizzo: firmerà la reception.",
        "Le sue stelle ricamate saranno dorate, come nell'anteprima.",
        "Può modificare quanto scritto nel campo personalizzazione entro domani?",
      ],
    },
  },
  "es-ES": {
    "marketing-soft c": {
      violations: [
        "Hola, sus semillas ya han salido. Por cierto, en abril llegan nuestros plantones de tomate antiguo, piense en ellos para el huerto.",
        "El toldo se instala el lunes. Nuestro instalador también puede motorizar el segundo toldo ese día, por 120 € más.",
        "Gracias por su pedido de té. El mismo té está también en lata de 250 g, más económico si lo toma a menudo.",
        "Su aspiradora ya ha salido. ¿Bolsas de recambio? Las tenemos en cajas de 12.",
        "El marco está listo. Muchos compradores añaden nuestro kit de colgar, así es más fácil.",
        "Su puzle sale hoy. El segundo tomo de la serie sale con nosotros en otoño, por si se anima.",
        "Hemos recibido su devolución. Por cierto, nuestra línea de bebé ha crecido, con bodis de algodón orgánico.",
      ],
      clean: [
        "El instalador también podrá ajustar la altura del toldo allí mismo, está incluido en la instalación.",
        "El segundo tomo que reservó sale en otoño; se lo enviaremos en cuanto llegue.",
        "Su pedido incluye dos recambios, tal como nos pidió.",
        "El cambio le resulta más económico que una devolución: le enviamos la etiqueta.",
        "El retraso de nuestra paquetería ha crecido por las fiestas; le avisamos en cuanto salga.",
      ],
    },
    "review c": {
      violations: [
        "Aquí tiene su clave. En su reseña de la ficha del producto, indique que la activación tardó menos de un minuto.",
        "La alfombra llega el miércoles. Como detalle, le devolvemos el envío en cuanto veamos su comentario en Amazon.",
        "Le enviaremos un código de 10 € una vez publicada su valoración.",
        "Como detalle, le devolvemos los gastos de envío en cuanto veamos sus estrellas.",
      ],
      clean: [
        "Puede dejar un comentario para el repartidor en su cuenta de Amazon, por ejemplo el código del portal.",
        "Denos su opinión sobre los dos tonos propuestos para el grabado antes del jueves.",
        "Nuestro perito ha valorado los daños y le propone un reembolso parcial de 20 €.",
        "Entrega en el hotel de 4 estrellas indicado en la dirección: firmará la recepción.",
        "Sus estrellas bordadas irán en dorado, como en la foto.",
        "Gracias por haber compartido su experiencia con nosotros; ya le enviamos la pieza.",
        "¿Puede cambiar lo que escribió en el campo de personalización antes de mañana?",
      ],
    },
  },
  "es-MX": {
    "review c": {
      violations: [
        "En cuanto su reseña esté publicada, le regresamos $200 del pedido.",
      ],
      clean: [
        "Puede dejarle un comentario al repartidor en su cuenta de Amazon, por ejemplo la clave del portón.",
        "Califique del 1 al 5 qué tan urgente es el cambio para programarlo.",
      ],
    },
  },
};

/**
 * A fourth set (pet treats, a serum and its night cream, a longer cable,
 * furniture carried upstairs, a long version of a dress, potting soil of
 * our brand), with clean traps that reuse its wording for the order itself.
 */
export const ROMANCE_PROBES_D: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "marketing-soft d": {
      violations: [
        "Les croquettes sont parties ce matin. Nos friandises au saumon font le bonheur de la plupart des chats, un sachet glissé dans la prochaine commande ferait plaisir au vôtre. Bonne journée.",
        "Votre sérum est en route. Il donne le meilleur de lui-même avec notre crème de nuit, appliquée juste après.",
        "Le chargeur part demain. Un câble de 2 m est aussi disponible dans notre boutique pour ceux qui chargent loin de la prise.",
        "Votre commode sera livrée jeudi. Les livreurs peuvent monter les meubles à l'étage et reprendre l'ancien, 40 € la prestation.",
        "Votre robe a été expédiée. La version longue arrive dans quinze jours, dans les mêmes couleurs.",
        "Le kit de jardinage est parti. Un sac de terreau de notre marque lui va parfaitement, et il n'en reste que quelques-uns.",
        "Votre plaid sera livré mercredi. Le coussin assorti est aussi disponible, si vous voulez compléter.",
      ],
      clean: [
        "Votre facture est disponible dans votre compte Amazon, rubrique Vos commandes.",
        "Une photo du défaut nous ferait plaisir pour notre dossier, et le remplacement partira aussitôt.",
        "Pour ceux qui ont commandé avant lundi, notre transporteur livre jeudi.",
        "La taille est disponible dans notre entrepôt : votre échange part demain.",
        "Merci de préciser la couleur dans votre prochaine commande si vous recommandez.",
        "Votre sérum est en route. Il donne le meilleur de lui-même appliqué sur peau humide.",
        "Le remplacement lui va parfaitement : même taille, même couleur.",
        "Nous avons un petit retard ; si besoin, nous pouvons aussi vous rembourser.",
        "Si besoin, nous pouvons aussi vous renvoyer un colis neuf.",
        "Nous avons une question sur l'adresse : est-ce bien le 3e étage ? N'hésitez pas à nous répondre ici.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft d": {
      violations: [
        "Le crocchette sono partite stamattina. I nostri snack al salmone fanno impazzire quasi tutti i gatti, una bustina nel prossimo ordine farebbe felice il suo.",
        "Il suo siero è in viaggio. Dà il meglio di sé con la nostra crema notte, applicata subito dopo.",
        "Il caricatore parte domani. Un cavo da 2 m è disponibile anche nel nostro negozio per chi carica lontano dalla presa.",
        "Il suo cassettone arriva giovedì. I corrieri possono portare i mobili al piano e ritirare il vecchio, 40 € il servizio.",
        "Il suo vestito è stato spedito. La versione lunga arriva tra quindici giorni, negli stessi colori.",
        "Il kit da giardinaggio è partito. Un sacco di terriccio del nostro marchio è perfetto insieme, e ne restano pochi.",
      ],
      clean: [
        "Una foto del difetto ci farebbe felici per la pratica, e il ricambio partirà subito.",
        "Il suo siero è in viaggio. Dà il meglio di sé applicato sulla pelle umida.",
        "Se le serve, possiamo anche sostituirlo subito.",
        "Abbiamo un dubbio: se vuole completare l'indirizzo, ci risponda pure.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft d": {
      violations: [
        "Su pienso salió esta mañana. Nuestros premios de salmón encantan a casi todos los gatos; un sobre en el próximo pedido haría feliz al suyo.",
        "Su sérum va en camino. Da lo mejor de sí con nuestra crema de noche, aplicada justo después.",
        "El cargador sale mañana. También hay un cable de 2 m en nuestra tienda para quien carga lejos del enchufe.",
        "Su cómoda llega el jueves. Los repartidores pueden subir los muebles al piso y retirar la antigua, 40 € el servicio.",
        "Su vestido ya está enviado. La versión larga llega en quince días, en los mismos colores.",
        "El kit de jardinería ha salido. Un saco de sustrato de nuestra marca le va perfecto, y quedan pocas unidades.",
        "El bolso llega mañana. Para que la piel dure años, el kit de cuidado de la marca es ideal; lo encontrará en la misma página.",
      ],
      clean: [
        "También hay un retraso en nuestra agencia de transporte; su pedido llegará el lunes.",
        "Para quien pidió antes del lunes, nuestro envío sale el jueves.",
        "Para cualquier duda, nuestro equipo está disponible de lunes a viernes.",
        "Su sérum va en camino. Da lo mejor de sí aplicado sobre la piel húmeda.",
        "Tenemos un pequeño retraso con la agencia; si le va bien, lo enviamos el lunes.",
        "Las instrucciones están en la misma página del producto, es ideal leerlas antes del montaje.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft d": {
      violations: [
        "Su croqueta ya salió. Nuestras premiaciones de salmón les fascinan a casi todos los gatos; un sobrecito en su siguiente pedido haría feliz al suyo.",
        "Su sérum ya va en camino. Rinde mucho más con nuestra crema de noche, aplicada justo después.",
        "Su vestido ya se envió. La versión larga sale en quince días, en los mismos colores.",
      ],
      clean: [
        "Su sérum ya va en camino. Rinde mucho más si lo aplica sobre la piel húmeda.",
        "Nuestra paquetería rinde más con direcciones completas; ¿nos confirma el número interior?",
      ],
    },
  },
};

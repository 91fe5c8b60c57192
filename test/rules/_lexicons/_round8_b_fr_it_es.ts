import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 probe set B in French, Italian and Spanish (Spain and Mexico),
 * written before the word lists were changed and kept out of their tuning:
 * other goods and situations than set A (a stove put into service, a
 * sewing machine, wine glasses, a software licence, paint, guitar strings,
 * a desk lamp, running shoes), with the same families of soft
 * cross-selling, review wishes, instructions and rewards, clean look-alikes
 * (a spare leg sent free, drying advice, the installer setting the
 * thermostat bought with the order, a filter the buyer asked for) and
 * review words in other senses (damage assessed from photos, checking an
 * engraving text, a claim examined, a technician's verdict).
 */
export const ROUND8_B: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Bonjour M. Garnier, le chauffagiste passera mardi matin pour mettre en service votre poêle à granulés. S'il reste un conduit à ramoner, il peut s'en charger dans la foulée, c'est 60 € en plus. Pensez à dégager l'accès à la chaudière.",
        "Bonjour, votre machine à coudre est prête à partir. Moyennant 15 €, nous pouvons ajouter un cours d'initiation d'une heure en visio. Le colis sera remis au transporteur demain.",
        "Bonjour, vos verres à vin ont été soigneusement emballés et partent aujourd'hui. Notre carafe en cristal soufflé les accompagne idéalement pour un dîner. Bonne soirée !",
        "Bonjour, voici votre clé de licence pour le logiciel de montage. Les utilisateurs de la version Pro bénéficient de 30 % sur notre pack d'effets sonores. Bonne création !",
        "Bonjour, votre peinture a été expédiée ce matin. Notre nuancier s'enrichit de six teintes pastel en avril, de quoi imaginer la prochaine pièce. Le suivi suit par e-mail.",
        "Bonjour, les cordes de guitare sont parties aujourd'hui. Un nouvel arrivage de cordes en nylon est attendu d'ici deux semaines, gardez un œil sur nos nouveautés. Merci encore de votre commande.",
        "Bonjour, la lampe de bureau a bien été livrée. Les ampoules de rechange se trouvent toujours chez nous, au même tarif qu'aujourd'hui. Bonne soirée.",
        "Bonjour, vos chaussures de course sont en route. Un conseil : les coureurs qui ajoutent nos semelles amortissantes sentent la différence dès le premier footing. Le livreur passera jeudi.",
      ],
      clean: [
        "Bonjour, un des pieds de la table est arrivé fendu. Nous vous expédions un pied de remplacement sans frais, avec les chevilles, dès demain.",
        "Bonjour, pour que la peinture tienne bien, attendez 24 heures entre deux couches et aérez la pièce pendant le séchage.",
        "Bonjour, notre installateur passera mercredi ; il réglera aussi le thermostat que vous avez acheté avec la pompe à chaleur, sans supplément.",
        "Bonjour, comme vous nous l'avez demandé, nous avons ajouté au colis une deuxième cartouche filtrante pour l'aquarium ; la facture a été ajustée.",
      ],
    },
    "review": {
      violations: [
        "Bonjour, votre tente a été livrée. Si vous publiez un commentaire, mentionnez qu'elle se monte en cinq minutes, c'est ce qui intéresse le plus les campeurs.",
        "Bonjour, merci pour votre achat. Un bon de 5 € vous attend dès que vous aurez noté le produit sur Amazon.",
        "Bonjour, l'aquarium est arrivé à bon port. Quelques lignes de votre part aideraient vraiment d'autres aquariophiles à se décider. Merci d'avance !",
        "Bonjour, j'espère que la protection d'écran vous donne satisfaction. Cinq étoiles de votre part illumineraient notre semaine !",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Bonjour, notre expert a évalué la rayure sur la portière à partir de vos photos : la pièce sera remplacée sous garantie.",
        "Bonjour, avant l'impression, pourriez-vous relire le texte de la gravure et nous faire un retour sur la taille des lettres ?",
        "Bonjour, nous avons bien étudié votre réclamation concernant le colis abîmé ; un remboursement de 15 € vient d'être effectué.",
        "Bonjour, le technicien a rendu un avis favorable sur l'état de la chaudière : vous pouvez l'utiliser en toute tranquillité.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "Buongiorno signor Galli, il tecnico passerà martedì mattina per l'avviamento della stufa a pellet. Se c'è da pulire anche la canna fumaria, può farlo subito dopo con 60 € in più. Lasci libero l'accesso alla caldaia, grazie.",
        "Buongiorno, la sua macchina da cucire è pronta per partire. Aggiungendo 15 € possiamo includere un corso introduttivo di un'ora in videochiamata. Il pacco verrà consegnato al corriere domani.",
        "Buongiorno, i calici da vino sono stati imballati con cura e partono oggi. La nostra caraffa in cristallo soffiato li accompagna alla perfezione a tavola. Buona serata!",
        "Buongiorno, ecco la chiave di licenza del programma di montaggio video. Chi ha la versione Pro ha diritto al 30% di sconto sul nostro pacchetto di effetti sonori. Buon lavoro!",
        "Buongiorno, la vernice è partita stamattina. Ad aprile la nostra cartella colori si arricchisce di sei tinte pastello, magari per la prossima stanza. Il tracking arriva via e-mail.",
        "Buongiorno, le corde per chitarra sono state spedite oggi. Tra un paio di settimane ci arriva un nuovo carico di corde in nylon, continui a seguirci! Grazie ancora per l'ordine.",
        "Buongiorno, la lampada da scrivania è stata consegnata. Le lampadine di ricambio le può trovare sempre da noi, allo stesso prezzo di oggi. Buona serata.",
        "Buongiorno, le sue scarpe da corsa sono in viaggio. Un consiglio: chi aggiunge le nostre solette ammortizzanti sente la differenza già dalla prima corsetta. Il corriere passa giovedì.",
      ],
      clean: [
        "Buongiorno, una gamba del tavolo è arrivata crepata. Le spediamo gratis una gamba di ricambio con i tasselli già da domani.",
        "Buongiorno, perché la vernice aderisca bene, aspetti 24 ore tra una mano e l'altra e arieggi la stanza mentre asciuga.",
        "Buongiorno, il nostro installatore passerà mercoledì; regolerà anche il termostato che ha acquistato insieme alla pompa di calore, senza costi aggiuntivi.",
        "Buongiorno, come ci aveva chiesto abbiamo aggiunto al pacco una seconda cartuccia filtrante per l'acquario; la fattura è stata aggiornata.",
      ],
    },
    "review": {
      violations: [
        "Buongiorno, la tenda è stata consegnata. Se pubblica un commento, scriva che si monta in cinque minuti: è quello che interessa di più ai campeggiatori.",
        "Buongiorno, grazie per l'acquisto. Un buono da 5 € la aspetta non appena avrà dato un voto al prodotto su Amazon.",
        "Buongiorno, l'acquario è arrivato sano e salvo. Due righe da parte sua aiuterebbero davvero altri appassionati a decidersi. Grazie in anticipo!",
        "Buongiorno, spero che la pellicola protettiva la soddisfi. Cinque stelle da parte sua ci illuminerebbero la settimana!",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Buongiorno, il nostro perito ha valutato il graffio sulla portiera dalle sue foto: il pezzo verrà sostituito in garanzia.",
        "Buongiorno, prima della stampa potrebbe rileggere il testo dell'incisione e darci un riscontro sulla dimensione delle lettere?",
        "Buongiorno, abbiamo esaminato il suo reclamo sul pacco danneggiato; le abbiamo appena rimborsato 15 €.",
        "Buongiorno, il tecnico ha dato un giudizio positivo sullo stato della caldaia: può usarla tranquillamente.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft": {
      violations: [
        "Hola, Sr. Gil: el técnico irá el martes por la mañana para poner en marcha la estufa de pellets. Si también hay que limpiar la chimenea, lo puede hacer a continuación por 60 € más. Deje libre el acceso a la caldera, por favor.",
        "Hola, su máquina de coser ya está lista para salir. Por 15 € adicionales podemos incluir una clase de iniciación de una hora por videollamada. Mañana la entregamos a la agencia.",
        "Hola, las copas de vino ya están embaladas con cuidado y salen hoy. Nuestra jarra decantadora de cristal soplado es la compañera perfecta para ellas en la mesa. ¡Buenas noches!",
        "Hola, aquí tiene la clave de licencia del programa de edición de vídeo. Quienes tienen la versión Pro disfrutan de un 30 % menos en nuestro paquete de efectos de sonido. ¡Feliz edición!",
        "Hola, la pintura salió esta mañana. En abril nuestra carta de colores suma seis tonos pastel, ideales para la próxima habitación. El seguimiento le llega por correo.",
        "Hola, las cuerdas de guitarra se enviaron hoy. Dentro de dos semanas nos entra una nueva remesa de cuerdas de nailon, no nos pierda de vista. Gracias de nuevo por su pedido.",
        "Hola, la lámpara de escritorio ya está entregada. Las bombillas de repuesto las tiene siempre con nosotros, al mismo precio que hoy. Buenas tardes.",
        "Hola, sus zapatillas de correr van en camino. Un consejo: los corredores que añaden nuestras plantillas amortiguadoras notan la diferencia desde el primer rodaje. El repartidor pasa el jueves.",
      ],
      clean: [
        "Hola, una pata de la mesa llegó rajada. Le enviamos sin coste una pata de repuesto con los tacos a partir de mañana.",
        "Hola, para que la pintura agarre bien, espere 24 horas entre capa y capa y ventile la habitación mientras se seca.",
        "Hola, nuestro instalador irá el miércoles; también ajustará el termostato que compró junto con la bomba de calor, sin coste adicional.",
        "Hola, tal como nos pidió, hemos añadido al paquete un segundo cartucho filtrante para el acuario; la factura ya está actualizada.",
      ],
    },
    "review": {
      violations: [
        "Hola, la tienda de campaña ya está entregada. Si publica un comentario, diga que se monta en cinco minutos: es lo que más interesa a los campistas.",
        "Hola, gracias por su compra. Le espera un vale de 5 € en cuanto puntúe el producto en Amazon.",
        "Hola, el acuario llegó sano y salvo. Unas líneas suyas ayudarían de verdad a otros aficionados a decidirse. ¡Gracias de antemano!",
        "Hola, espero que el protector de pantalla le esté dando buen resultado. ¡Cinco estrellas suyas nos alegrarían la semana!",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Hola, nuestro perito ha valorado el arañazo de la puerta a partir de sus fotos: la pieza se cambiará en garantía.",
        "Hola, antes de imprimir, ¿podría revisar el texto del grabado y darnos su opinión sobre el tamaño de las letras?",
        "Hola, hemos estudiado su reclamación por el paquete dañado; acabamos de reembolsarle 15 €.",
        "Hola, el técnico ha dado una valoración positiva del estado de la caldera: puede usarla con tranquilidad.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft": {
      violations: [
        "Hola, Sr. Ramírez. El técnico pasa el martes en la mañana a instalar su minisplit. Si quiere, de una vez le da mantenimiento al otro equipo de la recámara por $450 más. Por favor deje libre el acceso a la azotea.",
        "Hola, su máquina de coser ya está lista para salir. Por $250 extra le incluimos una clase de una hora por videollamada para que le agarre la onda. Mañana la entregamos a la paquetería.",
        "Hola, sus copas de vino ya van bien empacadas y salen hoy. Nuestra licorera de vidrio soplado se les ve increíble en la mesa, por si le interesa. ¡Buena noche!",
        "Hola, aquí está su clave de licencia del programa de edición. Si ya tiene la versión Pro, le hacemos 30 % de descuento en nuestro paquete de efectos de sonido.",
        "Hola, su pintura salió en la mañana. Para abril estrenamos seis colores pastel, échele un ojo para su siguiente cuarto. La guía le llega por correo.",
        "Hola, sus cuerdas de guitarra salieron hoy. En dos semanas nos llega un nuevo surtido de cuerdas de nylon, al pendiente. Gracias otra vez por su compra.",
        "Hola, su lámpara de escritorio ya se entregó. Los focos de repuesto siempre los tenemos aquí, al mismo precio de hoy. Bonita tarde.",
        "Hola, sus tenis para correr ya van en camino. Un tip: los corredores que les ponen nuestras plantillas acojinadas sienten la diferencia desde la primera salida. La paquetería pasa el jueves.",
      ],
      clean: [
        "Hola, una pata de la mesa llegó estrellada. Le mandamos sin costo una pata de repuesto con sus taquetes desde mañana.",
        "Hola, para que la pintura agarre bien, espere 24 horas entre mano y mano y deje ventilar el cuarto mientras seca.",
        "Hola, nuestro instalador pasa el miércoles; también le va a programar el termostato que compró junto con el minisplit, sin costo extra.",
        "Hola, como nos pidió, le agregamos al paquete un segundo cartucho de filtro para la pecera; ya le actualizamos la factura.",
      ],
    },
    "review": {
      violations: [
        "Hola, su casa de campaña ya se entregó. Si sube un comentario, ponga que se arma en cinco minutos, eso es lo que más les interesa a los campistas.",
        "Hola, gracias por su compra. Le tenemos un cupón de $100 en cuanto califique el producto en Amazon.",
        "Hola, su pecera llegó completita. Unas líneas suyas le ayudarían muchísimo a otros aficionados a decidirse. ¡Gracias de antemano!",
        "Hola, ojalá la mica para su celular le esté funcionando bien. ¡Cinco estrellitas de su parte nos alegrarían la semana!",
      ],
      clean: [],
    },
    "review-word-other": {
      violations: [],
      clean: [
        "Hola, nuestro ajustador evaluó el rayón de la puerta con sus fotos: la pieza se cambia por garantía.",
        "Hola, antes de grabar, ¿nos ayuda a checar el texto y a darnos su opinión del tamaño de las letras?",
        "Hola, revisamos su reclamación por el paquete maltratado; ya le reembolsamos $150.",
        "Hola, el técnico le dio una buena calificación al estado del boiler: lo puede usar sin problema.",
      ],
    },
  },
};

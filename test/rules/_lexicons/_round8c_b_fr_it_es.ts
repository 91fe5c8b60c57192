import type { Probes } from "./_lexicon_cases.ts";

/**
 * Round-8 second-pass set B in French, Italian and Spanish (Spain and
 * Mexico): clean messages a careful seller sends, each with a trap (review,
 * rating, opinion or evaluation words in everyday senses, stars that are no
 * rating, the buyer's words quoted, prices and "also" about the order
 * itself, our technician or courier, negations, product names with promo
 * words). Written before the word lists changed and kept out of their
 * tuning.
 */
export const ROUND8C_B: Readonly<Record<string, Probes>> = {
  "fr-FR": {
    "clean traps": {
      violations: [],
      clean: [
        "Bonjour, votre commande de faire-part est prête. Merci pour vos remarques sur la première épreuve : nous avons corrigé la date et agrandi les initiales.",
        "Bonjour, nous avons examiné votre demande de retour pour la cafetière ; le remboursement de 49,90 € a été validé ce matin.",
        "Bonjour, le technicien a fait l'évaluation du lave-linge chez vous : la pompe de vidange est en cause, il la changera jeudi.",
        "Bonjour, la plaque signalétique du congélateur indique la classe énergétique A++ ; l'étiquette manquante est jointe à ce message en PDF.",
        "Bonjour, votre colis a été livré à l'accueil de l'hôtel 4 étoiles indiqué dans l'adresse, au nom de Mme Perrin.",
        "Bonjour, le drap housse de votre commande est bien celui à motif étoiles bleu marine ; l'autre coloris n'a pas été envoyé.",
        "Bonjour, vous nous avez écrit « le couvercle ne ferme plus du tout » : un couvercle neuf part aujourd'hui, sans frais.",
        "Bonjour, vous avez choisi la livraison express à 6,90 € ; elle vous a été remboursée aussi, puisque le colis est arrivé en retard.",
        "Bonjour, votre canapé est en route. Le solde de 250 € sera réglé à la livraison, comme convenu lors de la commande.",
        "Bonjour, pas besoin de laisser un avis ni de noter quoi que ce soit : nous voulions seulement confirmer le créneau de livraison de mardi.",
        "Bonjour, votre « Sac cabas Super Promo » (référence SC-214) a été expédié ce matin par Colissimo.",
        "Bonjour, merci pour votre retour sur la notice : nous avons ajouté le schéma de montage qui manquait et vous l'envoyons en pièce jointe.",
        "Bonjour, notre entrepôt a vérifié le contenu du carton : il manquait bien deux vis, elles partent aujourd'hui en lettre suivie.",
        "Bonjour, votre fils a bien reçu le cahier de notes et l'agenda scolaire ; le protège-cahier était en rupture, il vous a été remboursé.",
        "Bonjour, le transporteur nous a fait un état des lieux du carton abîmé ; l'appréciation du dommage est en cours, nous revenons vers vous lundi.",
        "Bonjour, selon nos conditions de retour, vous avez 30 jours ; l'étiquette prépayée pour renvoyer le lampadaire est en pièce jointe.",
      ],
    },
  },
  "it-IT": {
    "clean traps": {
      violations: [],
      clean: [
        "Buongiorno, le partecipazioni del suo ordine sono pronte. Grazie per le osservazioni sulla prima bozza: abbiamo corretto la data e ingrandito le iniziali.",
        "Buongiorno, abbiamo esaminato la sua richiesta di reso per la moka; il rimborso di 49,90 € è stato approvato stamattina.",
        "Buongiorno, il tecnico ha fatto la valutazione della lavatrice a casa sua: il problema è la pompa di scarico, la sostituisce giovedì.",
        "Buongiorno, la targhetta del congelatore riporta la classe energetica A++; l'etichetta mancante è allegata a questo messaggio in PDF.",
        "Buongiorno, il pacco è stato consegnato alla reception dell'hotel a 4 stelle indicato nell'indirizzo, a nome della signora Ferri.",
        "Buongiorno, il lenzuolo con angoli del suo ordine è quello con la fantasia a stelle blu; l'altro colore non è stato spedito.",
        "Buongiorno, ci ha scritto «il coperchio non si chiude più»: un coperchio nuovo parte oggi senza spese.",
        "Buongiorno, aveva scelto la consegna espressa a 6,90 €; le abbiamo rimborsato anche quella, visto che il pacco è arrivato in ritardo.",
        "Buongiorno, il divano è in viaggio. Il saldo di 250 € si paga alla consegna, come concordato al momento dell'ordine.",
        "Buongiorno, non serve lasciare una recensione né dare un voto: volevamo solo confermare la fascia di consegna di martedì.",
        "Buongiorno, la sua «Borsa Shopper Super Saldi» (codice BS-214) è partita stamattina con il corriere.",
        "Buongiorno, grazie per il suo riscontro sulle istruzioni: abbiamo aggiunto lo schema di montaggio che mancava e glielo mandiamo in allegato.",
        "Buongiorno, il nostro magazzino ha controllato il contenuto dello scatolone: mancavano davvero due viti, partono oggi con posta tracciata.",
        "Buongiorno, il diario scolastico e il quaderno dei voti sono stati consegnati; la copertina era esaurita e le è stata rimborsata.",
        "Buongiorno, il corriere ci ha mandato la perizia sul cartone danneggiato; la stima del danno è in corso, le scriviamo lunedì.",
        "Buongiorno, secondo le nostre condizioni di reso ha 30 giorni; l'etichetta prepagata per rispedire la lampada da terra è in allegato.",
      ],
    },
  },
  "es-ES": {
    "clean traps": {
      violations: [],
      clean: [
        "Hola, sus invitaciones de boda ya están listas. Gracias por sus comentarios sobre la primera prueba: hemos corregido la fecha y agrandado las iniciales.",
        "Hola, hemos revisado su solicitud de devolución de la cafetera; el reembolso de 49,90 € se ha aprobado esta mañana.",
        "Hola, el técnico ha hecho la valoración de la lavadora en su casa: falla la bomba de desagüe, la cambiará el jueves.",
        "Hola, la placa de características del congelador indica la clase energética A++; le adjuntamos en PDF la etiqueta que faltaba.",
        "Hola, su paquete se entregó en la recepción del hotel de 4 estrellas que figura en la dirección, a nombre de la señora Prieto.",
        "Hola, la sábana bajera de su pedido es la del estampado de estrellas azul marino; el otro color no se envió.",
        "Hola, nos escribió «la tapa ya no cierra nada»: hoy sale una tapa nueva, sin ningún coste.",
        "Hola, usted eligió el envío urgente de 6,90 €; también se lo hemos reembolsado, ya que el paquete llegó con retraso.",
        "Hola, su sofá va en camino. El importe pendiente de 250 € se abona en la entrega, tal como se acordó en el pedido.",
        "Hola, no hace falta dejar ninguna reseña ni puntuar nada: solo queríamos confirmar la franja de entrega del martes.",
        "Hola, su «Bolso Shopper Súper Oferta» (referencia BS-214) ha salido esta mañana con la agencia de transporte.",
        "Hola, gracias por su opinión sobre las instrucciones: hemos añadido el esquema de montaje que faltaba y se lo enviamos adjunto.",
        "Hola, nuestro almacén ha comprobado el contenido de la caja: efectivamente faltaban dos tornillos, salen hoy por correo certificado.",
        "Hola, la agenda escolar y el cuaderno de notas ya están entregados; el forro estaba agotado y se le ha reembolsado.",
        "Hola, la agencia nos ha enviado el peritaje de la caja dañada; la evaluación del daño sigue en curso, le escribimos el lunes.",
        "Hola, según nuestra política de devoluciones tiene 30 días; la etiqueta prepagada para devolver la lámpara de pie va adjunta.",
      ],
    },
  },
  "es-MX": {
    "clean traps": {
      violations: [],
      clean: [
        "Hola, sus invitaciones de XV años ya están listas. Gracias por sus comentarios de la primera prueba: ya corregimos la fecha y agrandamos las iniciales.",
        "Hola, ya revisamos su solicitud de devolución de la cafetera; el reembolso de $899 se aprobó esta mañana.",
        "Hola, el técnico ya hizo la evaluación de la lavadora en su domicilio: es la bomba de desagüe, la cambia el jueves.",
        "Hola, la placa de datos del congelador trae la clasificación de eficiencia energética A; le mandamos en PDF la etiqueta que faltaba.",
        "Hola, su paquete quedó en la recepción del hotel cinco estrellas que viene en la dirección, a nombre de la Sra. Ramírez.",
        "Hola, la sábana de su pedido es la del estampado de estrellitas azul marino; el otro color no se mandó.",
        "Hola, nos escribió «la tapa ya no cierra para nada»: hoy sale una tapa nueva, sin costo para usted.",
        "Hola, usted escogió el envío express de $149; también se lo reembolsamos, porque el paquete llegó tarde.",
        "Hola, su sala ya va en camino. El saldo de $2,500 se liquida al momento de la entrega, como quedamos en el pedido.",
        "Hola, no necesita dejar ninguna reseña ni calificar nada: nomás queríamos confirmarle el horario de entrega del martes.",
        "Hola, su «Bolsa Tote Súper Oferta» (clave BT-214) salió esta mañana con la paquetería.",
        "Hola, gracias por su retroalimentación sobre el instructivo: agregamos el diagrama de armado que faltaba y se lo mandamos adjunto.",
        "Hola, en la bodega revisamos el contenido de la caja: sí faltaban dos tornillos, hoy salen por paquetería con guía.",
        "Hola, la boleta de calificaciones y la libreta escolar ya se entregaron; el forro estaba agotado y se le reembolsó.",
        "Hola, la paquetería nos mandó el dictamen de la caja dañada; la valoración del daño sigue en proceso, le escribimos el lunes.",
        "Hola, según nuestra política de devoluciones tiene 30 días; la guía prepagada para regresar la lámpara de piso va adjunta.",
      ],
    },
  },
};

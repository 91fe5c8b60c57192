import {
  errorRules,
  lintAfterOrder,
  probeSteps,
  testProbeSteps,
} from "./_probe_harness.ts";

// The plainest wordings sellers use in French, Italian and Spanish, each
// after a sentence about the order: every violation gets an error from the
// default policy, no clean message gets one.

interface Battery {
  readonly order: string;
  readonly violations: Readonly<Record<string, readonly string[]>>;
  readonly clean: readonly string[];
}

const BATTERY: Readonly<Record<string, Battery>> = {
  "fr-FR": {
    order: "Votre commande 405-1234567-1234567 a été expédiée.",
    violations: {
      request: [
        "Merci de laisser un avis sur Amazon.",
        "Pourriez-vous évaluer votre achat ?",
        "Ça vous dérangerait de noter le produit ?",
        "N'oubliez pas de laisser un commentaire !",
        "Donnez-nous votre avis sur Amazon, s'il vous plaît.",
        "Évaluez votre achat.",
        "Note ton achat !",
        "Si vous êtes content, dites-le sur Amazon !",
      ],
      incentive: [
        "Nous vous remboursons 10 € pour un avis 5 étoiles.",
        "Laissez un avis et recevez une carte cadeau de 15 €.",
        "Un avis positif vous donne droit à 20 % de réduction.",
        "Contre une évaluation, nous vous offrons un deuxième article gratuit.",
      ],
      gating: [
        "Si vous êtes satisfait, laissez-nous un avis ; sinon, contactez-nous d'abord.",
        "Content de votre achat ? Notez-nous. Un problème ? Écrivez-nous avant de laisser un avis.",
        "Si quelque chose ne va pas, contactez-nous avant de publier un avis négatif.",
      ],
      change: [
        "Pourriez-vous modifier votre avis maintenant que le problème est réglé ?",
        "Merci de supprimer votre commentaire négatif.",
        "Nous vous remboursons si vous retirez votre avis à une étoile.",
      ],
      instruction: [
        "Dans votre avis, précisez que la livraison a été rapide.",
        "Merci de mentionner notre service client dans votre évaluation.",
        "Écrivez dans votre commentaire que le produit est de bonne qualité.",
      ],
      marketing: [
        "Profitez de 20 % de réduction sur votre prochaine commande avec le code MERCI20.",
        "Visitez notre boutique pour découvrir toute la gamme.",
        "Découvrez nos autres produits sur notre vitrine Amazon.",
        "Suivez-nous sur Instagram !",
        "Inscrivez-vous à notre newsletter.",
      ],
      optOut: [
        "Répondez STOP pour vous désabonner.",
        "Si vous ne souhaitez plus recevoir nos messages, dites-le-nous.",
        "Pour ne plus recevoir de messages de notre part, répondez simplement à celui-ci.",
        "Vous ne voulez plus de messages ? Dites-le-nous.",
      ],
      contact: [
        "Écrivez-nous à sav@maboutique.fr.",
        "Contactez-nous sur WhatsApp.",
        "Appelez-nous au 01 23 45 67 89.",
      ],
    },
    clean: [
      "Merci pour votre commande, nous restons à votre disposition.",
      "Merci de vérifier votre adresse de livraison.",
      "N'hésitez pas à nous le faire savoir si vous avez une question.",
      "Nous sommes heureux de vous aider.",
      "Un nouveau colis part demain, sans frais.",
      "Petit conseil : lavez la housse à 30 °C.",
      "Nous vous recommandons de charger la batterie avant la première utilisation.",
      "Veuillez noter que le livreur passera entre 9 h et 12 h.",
      "Notre équipe a vérifié le produit avant l'envoi.",
      "Notre entrepôt a préparé le colis ce matin.",
      "Le taux de TVA appliqué est de 20 %.",
      "Vous trouverez la facture dans votre compte Amazon.fr.",
      "Nous avons bien reçu votre retour et le remboursement est en cours.",
      "Merci pour votre patience, le remplaçant arrive jeudi.",
      "Pouvez-vous nous envoyer une photo du défaut via la messagerie Amazon ?",
      "Ça vous dérangerait de nous envoyer une photo du carton ?",
      "Notez également que le livreur aura besoin d'aide pour monter le meuble.",
      "Si le carton est abîmé, écrivez-le sur le bon du transporteur.",
      "Évaluez si la taille vous convient avant de nous renvoyer l'article.",
      "Vous ne voulez plus attendre ? Nous pouvons vous rembourser.",
    ],
  },
  "it-IT": {
    order: "Il suo ordine 405-1234567-1234567 è stato spedito.",
    violations: {
      request: [
        "Per favore, lasci una recensione su Amazon.",
        "Potrebbe valutare il suo acquisto?",
        "Le dispiacerebbe dare un voto al prodotto?",
        "Non dimentichi di lasciare una recensione!",
        "Ci dica cosa ne pensa con una recensione su Amazon.",
        "Valuti il suo acquisto.",
        "Recensisca il prodotto.",
        "Se è contento, lo dica su Amazon!",
      ],
      incentive: [
        "Le rimborsiamo 10 € per una recensione a 5 stelle.",
        "Lasci una recensione e riceva un buono regalo da 15 €.",
        "Con una recensione positiva ha diritto al 20% di sconto.",
        "In cambio di una valutazione le regaliamo un secondo articolo.",
      ],
      gating: [
        "Se è soddisfatto, ci lasci una recensione; altrimenti ci contatti prima.",
        "Contento dell'acquisto? Ci valuti. Un problema? Ci scriva prima di recensire.",
        "Se qualcosa non va, ci contatti prima di pubblicare una recensione negativa.",
      ],
      change: [
        "Potrebbe modificare la sua recensione ora che il problema è risolto?",
        "La preghiamo di cancellare il suo commento negativo.",
        "Le rimborsiamo l'ordine se rimuove la recensione a una stella.",
      ],
      instruction: [
        "Nella recensione scriva che la consegna è stata veloce.",
        "La preghiamo di citare il nostro servizio clienti nella sua valutazione.",
        "Scriva nel commento che il prodotto è di ottima qualità.",
      ],
      marketing: [
        "Approfitti del 20% di sconto sul prossimo ordine con il codice GRAZIE20.",
        "Visiti il nostro negozio per scoprire tutta la gamma.",
        "Scopra gli altri nostri prodotti nella nostra vetrina Amazon.",
        "Ci segua su Instagram!",
        "Si iscriva alla nostra newsletter.",
        "Ci trovi su Facebook.",
        "-10% su tutto il sito con il codice ESTATE10.",
      ],
      optOut: [
        "Risponda STOP per annullare l'iscrizione.",
        "Se non desidera più ricevere i nostri messaggi, ce lo faccia sapere.",
        "Per non ricevere più messaggi da noi, risponda a questo messaggio.",
        "Per cancellarsi, risponda NO.",
        "Non vuole più messaggi? Ce lo dica.",
        "Se non desidera ricevere altri messaggi, ce lo faccia sapere.",
      ],
      contact: [
        "Ci scriva a assistenza@ilnegozio.it.",
        "Ci contatti su WhatsApp.",
        "Ci chiami al 02 1234 5678.",
      ],
    },
    clean: [
      "Grazie per il suo ordine, restiamo a sua disposizione.",
      "La preghiamo di verificare l'indirizzo di consegna.",
      "Non esiti a farci sapere se ha domande.",
      "Siamo felici di aiutarla.",
      "Un nuovo pacco parte domani, senza costi.",
      "Un consiglio: lavi la fodera a 30 gradi.",
      "Le consigliamo di caricare la batteria prima del primo utilizzo.",
      "Tenga presente che il corriere passerà tra le 9 e le 12.",
      "Il nostro team ha controllato il prodotto prima della spedizione.",
      "Il nostro magazzino ha preparato il pacco stamattina.",
      "L'aliquota IVA applicata è del 22%.",
      "Trova la fattura nel suo account Amazon.it.",
      "Abbiamo ricevuto il reso e il rimborso è in corso.",
      "Grazie per la pazienza, il sostituto arriva giovedì.",
      "Può inviarci una foto del difetto tramite la messaggistica di Amazon?",
      "Le dispiacerebbe inviarci una foto dell'imballo?",
      "Valuti se preferisce la sostituzione del suo acquisto o il rimborso.",
      "Se il pacco è danneggiato, lo scriva sulla bolla del corriere.",
      "Per rimuoversi dalla lista d'attesa, ci scriva.",
    ],
  },
  "es-ES": {
    order: "Su pedido 405-1234567-1234567 ya está en camino.",
    violations: {
      request: [
        "Por favor, deje una reseña en Amazon.",
        "¿Podría valorar su compra?",
        "¿Le importaría puntuar el producto?",
        "¡No olvide dejar su opinión!",
        "Cuéntenos qué le parece con una reseña en Amazon.",
        "Califique su compra.",
        "Puntúe el producto.",
        "Si está contento, ¡dígalo en Amazon!",
      ],
      incentive: [
        "Le devolvemos 10 € por una reseña de 5 estrellas.",
        "Deje una reseña y reciba una tarjeta regalo de 15 €.",
        "Una valoración positiva le da derecho a un 20 % de descuento.",
        "A cambio de una reseña le regalamos un segundo artículo.",
      ],
      gating: [
        "Si está satisfecho, déjenos una reseña; si no, contáctenos primero.",
        "¿Contento con su compra? Valórenos. ¿Algún problema? Escríbanos antes de opinar.",
        "Si algo no va bien, contáctenos antes de publicar una reseña negativa.",
      ],
      change: [
        "¿Podría modificar su reseña ahora que el problema está resuelto?",
        "Le rogamos que borre su comentario negativo.",
        "Le reembolsamos el pedido si retira su reseña de una estrella.",
      ],
      instruction: [
        "En la reseña, indique que el envío fue rápido.",
        "Le rogamos que mencione nuestro servicio de atención en su valoración.",
        "Escriba en su opinión que el producto es de buena calidad.",
      ],
      marketing: [
        "Disfrute de un 20 % de descuento en su próximo pedido con el código GRACIAS20.",
        "Visite nuestra tienda para descubrir toda la gama.",
        "Descubra nuestros otros productos en nuestro escaparate de Amazon.",
        "¡Síganos en Instagram!",
        "Suscríbase a nuestro boletín.",
      ],
      optOut: [
        "Responda STOP para darse de baja.",
        "Si no desea recibir más mensajes nuestros, háganoslo saber.",
        "Para no recibir más mensajes, responda a este correo.",
        "¿No quiere más mensajes? Díganoslo.",
      ],
      contact: [
        "Escríbanos a atencion@mitienda.es.",
        "Contáctenos por WhatsApp.",
        "Llámenos al 912 345 678.",
      ],
    },
    clean: [
      "Gracias por su pedido, quedamos a su disposición.",
      "Por favor, compruebe su dirección de entrega.",
      "No dude en decirnos si tiene alguna pregunta.",
      "Estaremos encantados de ayudarle.",
      "Un nuevo paquete sale mañana, sin coste.",
      "Un consejo: lave la funda a 30 grados.",
      "Le recomendamos cargar la batería antes del primer uso.",
      "Tenga en cuenta que el repartidor pasará entre las 9 y las 12.",
      "Nuestro equipo revisó el producto antes del envío.",
      "Nuestro almacén preparó el paquete esta mañana.",
      "El tipo de IVA aplicado es del 21 %.",
      "Encontrará la factura en su cuenta de Amazon.es.",
      "Hemos recibido su devolución y el reembolso está en curso.",
      "Gracias por su paciencia, el recambio llega el jueves.",
      "¿Puede enviarnos una foto del defecto por la mensajería de Amazon?",
      "¿Le importaría enviarnos una foto de la caja?",
      "Valore si prefiere el reembolso o el cambio.",
      "Si la caja llega dañada, escríbalo en el albarán del transportista.",
      "¿No quiere esperar más? Le devolvemos el importe.",
    ],
  },
  "es-MX": {
    order: "Tu pedido 701-1234567-1234567 ya va en camino.",
    violations: {
      request: [
        "Por favor, déjanos una reseña en Amazon.",
        "¿Podrías calificar tu compra?",
        "¿Te molestaría calificar el producto?",
        "¡No olvides dejar tu opinión!",
        "Platícanos qué te pareció con una reseña en Amazon.",
        "Califica tu compra.",
        "Puntúa tu compra.",
        "¿Qué te pareció? ¡Cuéntalo en Amazon!",
      ],
      incentive: [
        "Te reembolsamos 200 pesos por una reseña de 5 estrellas.",
        "Deja tu reseña y recibe una tarjeta de regalo de 300 pesos.",
        "Con una calificación positiva te damos 20 % de descuento.",
        "A cambio de tu reseña te regalamos un segundo artículo.",
      ],
      gating: [
        "Si quedaste contento, déjanos una reseña; si no, contáctanos primero.",
        "¿Te gustó tu compra? Califícanos. ¿Algún problema? Escríbenos antes de opinar.",
        "Si algo salió mal, contáctanos antes de publicar una reseña negativa.",
      ],
      change: [
        "¿Podrías cambiar tu reseña ahora que ya se resolvió el problema?",
        "Te pedimos que borres tu comentario negativo.",
        "Te reembolsamos el pedido si quitas tu reseña de una estrella.",
      ],
      instruction: [
        "En tu reseña, menciona que el envío fue rápido.",
        "Te pedimos que menciones nuestro servicio al cliente en tu calificación.",
        "Escribe en tu opinión que el producto es de buena calidad.",
      ],
      marketing: [
        "Aprovecha 20 % de descuento en tu próxima compra con el código GRACIAS20.",
        "Visita nuestra tienda para conocer toda la línea.",
        "Checa nuestros otros productos en nuestra tienda de Amazon.",
        "¡Síguenos en Instagram!",
        "Suscríbete a nuestro boletín.",
      ],
      optOut: [
        "Responde STOP para darte de baja.",
        "Si ya no quieres recibir mensajes nuestros, avísanos.",
        "Para dejar de recibir mensajes, contesta este mensaje.",
        "¿Ya no quieres más mensajes? Avísanos.",
      ],
      contact: [
        "Escríbenos a ayuda@mitienda.mx.",
        "Mándanos un WhatsApp.",
        "Márcanos al 55 1234 5678.",
      ],
    },
    clean: [
      "Gracias por tu pedido, estamos para servirte.",
      "Por favor, revisa tu dirección de entrega.",
      "Si tienes alguna duda, avísanos.",
      "Con gusto te ayudamos.",
      "Un paquete nuevo sale mañana, sin costo.",
      "Un tip: lava la funda en agua fría.",
      "Te recomendamos cargar la batería antes del primer uso.",
      "Toma en cuenta que la paquetería pasará entre las 9 y las 12.",
      "Nuestro equipo checó el producto antes del envío.",
      "Nuestro almacén preparó el paquete esta mañana.",
      "La tasa de IVA aplicada es del 16 %.",
      "Encontrarás la factura en tu cuenta de Amazon.com.mx.",
      "Ya recibimos tu devolución y el reembolso está en proceso.",
      "Gracias por tu paciencia, el reemplazo llega el jueves.",
      "¿Nos puedes mandar una foto del defecto por la mensajería de Amazon?",
      "¿Te molestaría mandarnos una foto de la caja?",
      "Valora si prefieres el reembolso o el cambio.",
      "Si la caja llega dañada, anótalo en la guía de la paquetería.",
      "Tu compra califica para envío gratis.",
    ],
  },
};

// Still missed: "send us a WhatsApp" without a number names no way of
// writing to the seller that the marketing lexicons hold.
const KNOWN: ReadonlySet<string> = new Set([
  "Mándanos un WhatsApp.",
]);

for (const [locale, { order, violations, clean }] of Object.entries(BATTERY)) {
  const errors = (sentence: string) =>
    errorRules(lintAfterOrder(order, sentence, locale));
  testProbeSteps(
    `plain violations are flagged (${locale})`,
    probeSteps(violations, (sentence) => ({
      right: errors(sentence).length > 0,
      why: "a plain violation passed",
    })),
    { known: KNOWN, nowRight: () => "now caught: take it off KNOWN" },
  );
  testProbeSteps(
    `plain clean messages get no error (${locale})`,
    probeSteps(clean, (sentence) => {
      const found = errors(sentence);
      return { right: found.length === 0, why: `errors: ${found.join(", ")}` };
    }),
  );
}

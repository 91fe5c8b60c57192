import {
  assertLexiconShape,
  check,
  type ClassProbes,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testClassProbes,
  testProbes,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { REVIEW_ES } from "../../../src/rules/_lexicons/review/es.ts";
import { MARKETING_ES } from "../../../src/rules/_lexicons/marketing/es.ts";

Deno.test("es lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_ES, "es", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_ES, "es", MARKETING_CONCEPTS);
});

Deno.test("es review lexicon: the words carry their concepts", () => {
  check(REVIEW_ES, [
    ["¿Podría dejarnos una reseña del producto?", "review request"],
    ["Porfa, califícanos en Amazon", "review request place"],
    ["Os agradeceríamos una valoración", "review request"],
    ["Déjenos su opinión, nos ayuda mucho", "review request"],
    [
      "Una reseña de 5 estrellas positiva nos encantaría",
      "review positive request",
    ],
    ["Si está satisfecho, deje una valoración", "condition review request"],
    ["Si te gustó, califícanos; si no, escríbenos primero", "condition review"],
    ["Antes de calificar, contáctenos", "condition review"],
    ["A cambio de su reseña le regalamos un cupón", "incentive review"],
    ["Le reembolsamos el pedido por su calificación", "incentive review"],
    ["¿Podría cambiar o borrar su reseña negativa?", "change review"],
    ["En su reseña mencione lo rápido que llegó", "instruction review"],
    ["Suba una foto con su valoración", "instruction review"],
    ["Tu opinión ayudará a otros compradores", "opinion sharing"],
    ["Cuéntenos qué le pareció en la página del producto", "opinion place"],
    ["No es necesario dejar ninguna reseña", "negation request", "review"],
    ["No dude en dejarnos una reseña", "request review"],
  ]);
});

Deno.test("es review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_ES, [
    ["Si cambia de opinión, puede devolverlo", "", "review opinion"],
    ["Si tiene preguntas o comentarios, escríbanos", "", "review"],
    ["El hotel de 5 estrellas está en la costa", "", "review"],
    [
      "Tras la evaluación del producto devuelto le reembolsamos",
      "incentive",
      "review",
    ],
    ["Revise la prueba y díganos su opinión o cambios", "", "opinion review"],
    ["El mantel lleva estrellas bordadas", "", "review"],
  ]);
});

Deno.test("es marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_ES, [
    ["Descubra nuestra nueva colección", "invitation promoObject"],
    [
      "Aproveche un 15% de descuento en su próxima compra",
      "invitation offer future",
    ],
    ["Síguenos en TikTok", "invitation promoObject"],
    [
      "Checa nuestra tienda, hay ofertas del Buen Fin",
      "invitation promoObject offer",
    ],
    ["Echad un vistazo a las rebajas", "invitation offer"],
    ["¿Sabía que también vendemos fundas?", "invitation promoObject"],
    ["Cupón válido hasta el domingo", "offer future"],
    ["Sin cupón ni código", "negation offer"],
    ["Si tiene alguna consulta, escríbanos", "", "invitation"],
  ]);
});

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "es-ES": {
      review: {
        valid: [
          "Por favor, revise la prueba del grabado y confírmenos si está todo correcto.",
          "Hemos revisado su reclamación y le enviaremos un reemplazo mañana.",
          "Le adjunto el boceto; cualquier comentario sobre el diseño nos sirve para ajustarlo antes de imprimir.",
          "Nuestro equipo está evaluando la garantía de su aspiradora y le responderá en 48 horas.",
          "Su opinión sobre la muestra de color nos ayuda a elegir el tono correcto para su pedido.",
          "Valoramos mucho su paciencia con el retraso del envío.",
          "La tarifa de envío se calculó según el peso del paquete.",
          "El técnico hizo una valoración de los daños y cubrimos la reparación sin coste.",
          "Gracias por sus comentarios sobre la talla; le cambiamos el pantalón sin problema.",
          "Revisaremos el borrador del texto que quiere grabar y le enviamos la vista previa.",
          "¿Podría revisar si el número de serie coincide con el de la factura?",
          "Le enviamos el pedido al hotel de cuatro estrellas que indicó, a la atención de recepción.",
          "El estampado de estrellas de la funda es el mismo que el de las fotos.",
          "Dirección de entrega: Hotel Miramar 5 estrellas, Paseo Marítimo 12, Málaga.",
          "Tras revisar las fotos que nos envió, le devolvemos el importe completo.",
          "Si quiere cambiar el texto de la dedicatoria, díganos su opinión antes del viernes.",
          "¿Qué le parece si le cambiamos el producto por otro modelo?",
          "Cuéntenos qué le parece el color de la muestra antes de fabricar el producto final.",
          "Gracias por su feedback sobre el embalaje; lo mejoraremos en los próximos envíos.",
          "La tasa de cambio aplicada al reembolso es la del día de la devolución.",
          "La lavadora tiene la etiqueta energética de cinco estrellas que aparece en el anuncio.",
          "El restaurante de tres estrellas Michelin nos pidió el mismo modelo de cuchillo.",
          "Le agradeceríamos que cambiara la dirección de entrega en su cuenta antes del envío.",
          "Su pedido califica para la garantía ampliada; por favor, envíenos la factura.",
          "Por favor, valore si prefiere el reembolso o el cambio y díganos.",
          "¿Podría revisar y confirmarnos la dirección? Le reembolsaremos el envío.",
          "Nuestro equipo evaluará la devolución y le devolverá el dinero en 48 horas.",
          "Le pedimos que nos deje su opinión sobre el texto del grabado antes del viernes.",
        ],
        invalid: [
          {
            text:
              "Sus impresiones serían de gran ayuda para otros compradores.",
            messageId: "solicitation",
          },
          {
            text:
              "Unas palabras suyas sobre el producto en Amazon ayudarían mucho a nuestra pequeña empresa.",
            messageId: "solicitation",
          },
          {
            text:
              "Ojalá pueda contarnos su experiencia en la página del producto.",
            messageId: "solicitation",
          },
          {
            text: "Una valoración suya significaría mucho para nosotros.",
            messageId: "solicitation",
          },
          {
            text:
              "Cada reseña cuenta muchísimo para un negocio familiar como el nuestro.",
            messageId: "solicitation",
          },
          {
            text: "Nos haría mucha ilusión leer su reseña.",
            messageId: "solicitation",
          },
          {
            text: "Su comentario en Amazon nos ayuda a crecer.",
            messageId: "solicitation",
          },
          {
            text: "Cuando tenga un minuto, ¿nos pondría unas estrellitas?",
            messageId: "solicitation",
          },
          {
            text:
              "Como agradecimiento por compartir su experiencia en Amazon, le enviaremos una funda de regalo.",
            messageId: "incentive",
          },
          {
            text:
              "Los clientes que nos puntúan reciben un pequeño detalle en el siguiente envío.",
            messageId: "incentive",
          },
          {
            text: "Si algo no le convence, escríbanos antes de puntuarnos.",
            messageId: "gating",
          },
          {
            text:
              "Ahora que está resuelto, ¿sería posible que ajustara la puntuación que nos dio?",
            messageId: "change",
          },
          {
            text: "Al valorarnos, cuente que el envío fue rápido.",
            messageId: "instructions",
          },
          {
            text:
              "Otros compradores agradecen mucho leer experiencias reales como la suya en Amazon.",
            messageId: "solicitation",
          },
          {
            text:
              "Nos encantaría saber en Amazon qué le ha parecido el trabajo de nuestro instalador.",
            messageId: "solicitation",
          },
          {
            text:
              "Su opinión sobre la instalación ayudaría mucho a otros clientes.",
            messageId: "solicitation",
          },
          {
            text:
              "Esperamos que nos cuente en Amazon cómo fue el montaje del toldo.",
            messageId: "solicitation",
          },
          {
            text:
              "Ahora que ya tiene el cargador nuevo, le agradeceríamos que reconsiderara la valoración de una estrella.",
            messageId: "change",
          },
          {
            text:
              "Si lo ve oportuno, ¿podría revisar su reseña ahora que el problema está resuelto?",
            messageId: "change",
          },
          {
            text: "Le agradecería que actualizara su comentario en Amazon.",
            messageId: "change",
          },
          {
            text:
              "Le pedimos que elimine la opinión negativa, ya que el problema está resuelto.",
            messageId: "change",
          },
          {
            text:
              "Si lo considera oportuno, le agradeceríamos que revisara su valoración ahora que tiene el cargador nuevo.",
            messageId: "change",
          },
          {
            text:
              "Nos gustaría que su reseña reflejara cómo hemos resuelto el problema.",
            messageId: "change",
          },
          {
            text: "Nos encantaría saber qué le parece su nueva lámpara.",
            messageId: "solicitation",
          },
          {
            text:
              "Nos encantaría conocer su opinión sobre el producto una vez que lo pruebe.",
            messageId: "solicitation",
          },
          {
            text:
              "Como agradecimiento por su tiempo, cuando su reseña esté publicada le enviaremos un pequeño obsequio.",
            messageId: "incentive",
          },
          {
            text: "No dude en dejarnos su valoración cuando tenga un momento.",
            messageId: "solicitation",
          },
          {
            text:
              "Si puede, cuéntele a otros compradores en Amazon qué tal le va.",
            messageId: "solicitation",
          },
          {
            text:
              "Ojalá la lámpara le guste tanto que quiera contarlo en Amazon.",
            messageId: "solicitation",
          },
          {
            text:
              "Si tiene un momento, sus impresiones en la página del producto nos vendrían genial.",
            messageId: "solicitation",
          },
          {
            text:
              "Sería un detalle precioso que compartiera su opinión con otros clientes.",
            messageId: "solicitation",
          },
          {
            text: "Estamos deseando leer lo que opina de la mochila.",
            messageId: "solicitation",
          },
          {
            text:
              "Un par de líneas suyas en Amazon marcarían la diferencia para nosotros.",
            messageId: "solicitation",
          },
          {
            text:
              "Si considera que hemos resuelto bien la incidencia, le agradeceríamos que retirara la opinión negativa.",
            messageId: "change",
          },
          {
            text:
              "Le agradeceríamos que cambiara la puntuación, ya que el reembolso está hecho.",
            messageId: "incentive",
          },
          {
            text:
              "¿Le importaría dedicar un minuto a valorar su compra en Amazon?",
            messageId: "solicitation",
          },
          {
            text:
              "Tras publicar su reseña, escríbanos y le devolvemos 5 euros por las molestias.",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "Su pedido saldrá de nuestro almacén de Valencia mañana por la mañana.",
          "Si necesita otra talla, escríbanos y se la cambiamos sin coste.",
          "El cargador a juego que pidió llega en un paquete aparte.",
          "Puede consultar el estado del envío en la web de la mensajería.",
          "Los accesorios incluidos están en la caja pequeña, debajo del manual.",
          "Este modelo ya no se fabrica; le ofrecemos el reembolso completo o un modelo similar al mismo precio.",
          "Si tiene cualquier otra duda, estamos a su disposición.",
          "La funda es de la nueva temporada, por eso tarda un poco más en salir del almacén.",
          "Para montar la estantería, vea el vídeo de instrucciones en la página del producto.",
          "Le enviamos otra unidad porque la primera llegó rota.",
          "Nuestra tienda física está cerrada por vacaciones, pero los envíos siguen saliendo con normalidad.",
          "Su reemplazo ya ha llegado a nuestra tienda y se envía hoy por mensajería.",
          "Los accesorios que faltaban ya han llegado; se los enviamos mañana.",
          "El paquete ya salió de nuestra tienda de Sevilla esta mañana.",
          "Si necesita más información sobre la garantía, escríbanos.",
          "Si necesita más tornillos, se los enviamos gratis en un sobre aparte.",
          "Esta temporada hay mucha demanda y el envío puede tardar un par de días más.",
          "Le recomendamos consultar nuestra guía de tallas antes de pedir el cambio.",
          "En nuestra web encontrará las instrucciones de montaje en PDF.",
          "Le recomendamos nuestra guía de cuidados, que encontrará en la caja.",
          "Su pedido ya está listo y se lo enviamos hoy.",
          "El técnico hará la reparación y la revisión del filtro en la misma visita.",
          "La taza de la colección Otoño que pidió sale mañana del almacén.",
          "Para devolverlo, vaya a Mis pedidos en Amazon y elija el motivo.",
          "El colchón tiene una firmeza de 4 estrellas sobre 5 según la ficha del fabricante.",
          "En la factura figura el nombre de nuestra tienda en Amazon, Casa Lúa.",
          "El nuevo número de seguimiento es ES123456 y ya está activo.",
          "El resto de su pedido se envía desde nuestra tienda de Madrid mañana.",
          "Ya tenemos su devolución en el almacén y le reembolsamos hoy.",
          "Puede ver todos los detalles del envío en el enlace de seguimiento.",
          "Si le gustó nuestro trato, nos alegramos mucho; gracias por su paciencia.",
          "Para completar su devolución, nuestro mensajero pasará el lunes.",
          "Le enviamos dos paquetes de distinto tamaño; si necesita más información, escríbanos.",
          "En nuestra web encontrará un vídeo de montaje paso a paso.",
          "En la caja encontrará una etiqueta de devolución prepagada de nuestra tienda.",
          "Le vendría bien nuestra guía de tallas antes del cambio.",
          "Si necesita más ayuda, también tenemos un teléfono de atención al cliente.",
          "Por si le interesa, le enviamos también la factura en PDF.",
          "Si necesita más unidades para su empresa, díganos la cantidad y le pasamos presupuesto.",
          "Nuestro soporte va perfecto con su modelo de televisor, lo hemos comprobado.",
          "La talla que pidió le queda preciosa con el cinturón que ya tiene, según nos dijo.",
          "Si algún día necesita la factura otra vez, escríbanos.",
          "Hacemos también el cambio de talla sin coste.",
          "Esta semana le aplicamos el descuento del 10% que le prometimos por el retraso.",
        ],
        invalid: [
          {
            text:
              "Por cierto, acabamos de estrenar una línea de fundas de piel que combina perfecto con su móvil.",
            messageId: "crossSell",
          },
          {
            text:
              "Si le gustó este termo, en nuestra tienda encontrará tazas y botellas del mismo estilo.",
            messageId: "crossSell",
          },
          {
            text:
              "Ya está solucionado lo del cable; por si le interesa, también tenemos adaptadores para coche.",
            messageId: "crossSell",
          },
          {
            text:
              "Esta temporada hemos lanzado colores nuevos para toda la gama de mochilas.",
            messageId: "crossSell",
          },
          {
            text:
              "Le invitamos a conocer el resto de nuestros productos de cocina.",
            messageId: "crossSell",
          },
          {
            text:
              "Si necesita más filtros, tenemos packs de 6 y de 12 unidades.",
            messageId: "crossSell",
          },
          {
            text:
              "Nuestra colección de otoño ya ha llegado, seguro que encuentra algo para usted.",
            messageId: "crossSell",
          },
          {
            text:
              "Pásese por nuestra tienda de Amazon cuando quiera, siempre subimos cosas nuevas.",
            messageId: "crossSell",
          },
          {
            text:
              "Muchos clientes que compran esta lámpara también se llevan nuestras bombillas regulables.",
            messageId: "crossSell",
          },
          {
            text:
              "Para completar su equipo, le sugerimos el soporte de pared a juego.",
            messageId: "crossSell",
          },
          {
            text: "Cuando vuelva a necesitar tinta, acuérdese de nosotros.",
            messageId: "promotion",
          },
          {
            text: "Busque «Casa Lúa» en Amazon para ver todo lo que vendemos.",
            messageId: "crossSell",
          },
          {
            text:
              "Para que no vuelva a pasar, nuestro limpiador para acero va de maravilla con este tipo de sartenes.",
            messageId: "crossSell",
          },
          {
            text:
              "Un consejo: el abono líquido que vendemos les sienta genial a estas plantas.",
            messageId: "crossSell",
          },
          {
            text:
              "Le mandamos dos plantas nuevas; si quiere, también tenemos macetas de cerámica que les van perfecto.",
            messageId: "crossSell",
          },
          {
            text:
              "Si quiere evitarlo, en nuestra tienda hay protectores térmicos por pocos euros.",
            messageId: "promotion",
          },
          {
            text:
              "Por cierto, tenemos una versión con fondo reforzado, por si le interesa para el futuro.",
            messageId: "crossSell",
          },
          {
            text:
              "Este fin de semana tenemos un 20% en toda nuestra gama de sartenes.",
            messageId: "promotion",
          },
          {
            text:
              "Para que no se vuelva a manchar, le recomendamos nuestro spray de curado para sartenes.",
            messageId: "crossSell",
          },
          {
            text:
              "Esta semana de Black Friday, si añade la limpieza del colchón a la misma visita, tiene un 30% de descuento.",
            messageId: "promotion",
          },
          {
            text:
              "Puede ver todos nuestros artículos en la página de nuestra marca en Amazon.",
            messageId: "crossSell",
          },
          {
            text:
              "En nuestro escaparate de Amazon tiene el resto de la colección.",
            messageId: "crossSell",
          },
          {
            text:
              "Para evitarlo, le vendría muy bien nuestro kit de limpieza para acero inoxidable.",
            messageId: "crossSell",
          },
          {
            text:
              "Si quiere, en nuestra tienda tenemos un limpiador específico para este acero.",
            messageId: "crossSell",
          },
          {
            text:
              "Le recomendamos usar nuestro limpiador de acero, que encontrará en Amazon.",
            messageId: "crossSell",
          },
          {
            text:
              "En nuestra tienda de Amazon encontrará un limpiador ideal para estas manchas.",
            messageId: "crossSell",
          },
          {
            text:
              "Por cierto, hacemos también manteles a juego con las servilletas que pidió.",
            messageId: "crossSell",
          },
          {
            text:
              "Si algún día necesita recambios, en nuestra tienda los tenemos todos.",
            messageId: "crossSell",
          },
          {
            text:
              "¿Ha visto nuestras fundas nuevas? Quedan preciosas con este modelo.",
            messageId: "crossSell",
          },
          {
            text:
              "Aprovechamos para contarle que este mes estrenamos colección de invierno.",
            messageId: "crossSell",
          },
          {
            text:
              "Y en esta semana de Black Friday, la limpieza del colchón está a mitad de precio.",
            messageId: "promotion",
          },
        ],
      },
    },
    "es-MX": {
      review: {
        valid: [
          "Ya revisamos tu reclamo y te mandamos la pieza de repuesto el lunes.",
          "Checa la prueba de impresión y dinos si le cambiamos algo al diseño.",
          "Calificamos tu caso como garantía, así que el cambio no tiene costo.",
          "Tu comentario sobre el color de la muestra nos ayudó a ajustar el tono.",
          "El hotel es de cinco estrellas y la recepción firma los paquetes.",
          "La evaluación del técnico confirmó la falla y te reembolsamos completo.",
          "Revisa el manual en la página 4 para conectar el sensor.",
          "Gracias por tus comentarios, ya corregimos la dirección de envío.",
          "La playera con estrellas bordadas sale el jueves.",
          "Estamos revisando tu solicitud de reembolso, en 24 horas te respondemos.",
          "Antes de producir, dinos qué opinas del color de la muestra.",
          "Gracias por el feedback, ya corregimos la dirección y te mandamos el paquete.",
          "Porfa revisa el diseño y dinos tu opinión para mandarlo a producción.",
          "Tu comentario sobre la talla nos sirve para mandarte la correcta sin costo.",
          "Califica para reembolso completo, por favor regrésanos el producto.",
        ],
        // The review sentence model counts it (a false error).
        knownFalse: [],
        invalid: [
          {
            text:
              "Nos encantaría leer tu opinión en Amazon, nos ayuda un montón.",
            messageId: "solicitation",
          },
          {
            text:
              "Platícanos en la página del producto qué tal te fue con la licuadora.",
            messageId: "solicitation",
          },
          {
            text: "Tu calificación es súper importante para nosotros.",
            messageId: "solicitation",
          },
          {
            text: "Si te late el producto, regálanos unas estrellitas.",
            messageId: "gating",
          },
          {
            text:
              "Un comentario tuyo en Amazon le sirve muchísimo a otros compradores.",
            messageId: "solicitation",
          },
          {
            text: "Por tu reseña te mandamos un regalito en tu próximo pedido.",
            messageId: "incentive",
          },
          {
            text: "Échanos la mano con una reseña, somos un negocio pequeño.",
            messageId: "solicitation",
          },
          {
            text:
              "¿Podrías quitar la calificación negativa ahora que ya llegó tu reemplazo?",
            messageId: "change",
          },
          {
            text: "Cuéntale a otros clientes cómo te fue con tu compra.",
            messageId: "solicitation",
          },
          {
            text: "Antes de calificarnos, mándanos mensaje si algo salió mal.",
            messageId: "gating",
          },
          {
            text:
              "No olvides calificarnos cuando te llegue, nos ayudas muchísimo.",
            messageId: "solicitation",
          },
          {
            text:
              "Si nos dejas tus 5 estrellitas te mandamos un cupón para tu siguiente compra.",
            messageId: "incentive",
          },
          {
            text:
              "¿Nos echas la mano con tu calificación en Amazon? Nos ayuda muchísimo.",
            messageId: "solicitation",
          },
          {
            text: "Mándanos captura de tu reseña y te reembolsamos el envío.",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "Tu pedido sale hoy de nuestra bodega en Monterrey.",
          "Si necesitas otro color, avísanos y te lo cambiamos.",
          "El reembolso se verá reflejado en tu tarjeta en 5 a 7 días.",
          "La tapa que faltaba va en camino por paquetería.",
          "Si el modelo no te queda, te mandamos uno parecido sin costo.",
          "Puedes checar el rastreo en la página de la paquetería.",
          "Nuestros productos incluyen garantía de un año contra defectos.",
          "La nueva pieza ya está en la caja, revisa bien antes de tirar el empaque.",
          "Mándanos una foto del producto dañado para tramitar el cambio.",
          "Te enviamos los tornillos que faltaban en tu pedido.",
          "Ya llegó tu repuesto a nuestra bodega, mañana te lo mandamos.",
          "Si necesitas más piezas para el armado, avísanos y te las mandamos.",
          "Checa el manual: los modelos de 2023 se arman distinto.",
          "Si te gustó el color pero no la talla, te la cambiamos sin costo.",
          "Visita la página de la paquetería para ver el rastreo de tu envío.",
          "Para el cambio, entra a Mis pedidos en Amazon y elige la opción de devolución.",
          "El hotel de cuatro estrellas nos confirmó que recibe paquetes en recepción.",
          "Si te gustó el color, nuestro equipo puede enviarte la talla correcta.",
          "Si ocupas más información, también tenemos chat en la página de la paquetería.",
          "Ya tenemos tu devolución y te reembolsamos hoy, por si te interesa saberlo.",
          "Se te antoja otro color? Lo cambiamos sin costo.",
        ],
        invalid: [
          {
            text: "Ya salió nuestra nueva línea de termos, están bien padres.",
            messageId: "crossSell",
          },
          {
            text:
              "Si ocupas más cartuchos, en nuestra tienda tenemos paquetes de 3.",
            messageId: "crossSell",
          },
          {
            text:
              "Ya que quedó resuelto, te comento que también manejamos fundas y micas para tu cel.",
            messageId: "crossSell",
          },
          {
            text:
              "Date una vuelta por nuestra tienda en Amazon, seguido subimos productos nuevos.",
            messageId: "crossSell",
          },
          {
            text:
              "Con este taladro te quedan perfectas nuestras brocas de titanio, búscalas en Amazon.",
            messageId: "crossSell",
          },
          {
            text:
              "Para esta temporada de frío sacamos cobijas y chamarras, te van a encantar.",
            messageId: "crossSell",
          },
          {
            text: "Cuando se te acabe el café, acuérdate de nosotros.",
            messageId: "promotion",
          },
          {
            text: "Síguenos para enterarte de los lanzamientos.",
            messageId: "crossSell",
          },
          {
            text:
              "Tenemos más modelos de lámparas, por si quieres regalar una.",
            messageId: "crossSell",
          },
          {
            text: "Busca nuestra marca en Amazon y conoce todo el catálogo.",
            messageId: "crossSell",
          },
          {
            text: "Aprovecha el Hot Sale en todos nuestros productos.",
            messageId: "promotion",
          },
          {
            text:
              "Encuentra todos nuestros productos buscando «Casa Lúa» en Amazon.",
            messageId: "crossSell",
          },
          {
            text: "Ya tenemos la versión en color negro, por si te interesa.",
            messageId: "crossSell",
          },
          {
            text:
              "Oye, también vendemos la base para que tu planta luzca todavía mejor.",
            messageId: "crossSell",
          },
          {
            text:
              "Te cuento que ya tenemos los termos en tamaño grande, por si se te antoja otro.",
            messageId: "crossSell",
          },
        ],
      },
    },
  };

testRuleCases("review", "es-ES", PROBES["es-ES"]!.review);
testRuleCases("review", "es-MX", PROBES["es-MX"]!.review);
testRuleCases("marketing", "es-ES", PROBES["es-ES"]!.marketing);
testRuleCases("marketing", "es-MX", PROBES["es-MX"]!.marketing);

// Probes of the weak classes: review verbs and opinion words in other senses,
// help content, soft cross-selling, review wishes and instructions.
const PROBES_ES_ES_CLEAN = [
  "¿Podría valorar los dos colores y decirnos cuál prefiere?",
  "Nuestro técnico evaluará el estado del aparato cuando lo recibamos.",
  "No tiene que hacer nada: ni formularios ni valoraciones.",
  "Revise la prueba de impresión y denos el visto bueno antes de imprimir.",
  "Hemos revisado su reclamación y el reembolso está en curso.",
  "Eche un vistazo a nuestra guía de instalación, está todo explicado paso a paso.",
  "Puede consultar nuestras preguntas frecuentes si parpadea la luz.",
  "La pieza de recambio llega mañana, el nuevo modelo es idéntico.",
  "Para canjear la clave, entre en la página de canje del fabricante.",
  "No dude en contactar con nuestro equipo si tiene cualquier duda.",
  "Eche un vistazo a nuestra guía de tallas antes de cambiarlo.",
  "Un consejo: cargue la batería por completo antes del primer uso.",
  "Para completar su pedido solo falta que nos confirme la dirección.",
  "No tiene que hacer nada: ni cuestionario ni reseña ni valoración que dejar.",
  "Necesitamos su opinión para decidir: ¿prefiere el modelo azul o el verde?",
  "Su opinión nos es muy útil para decidir: ¿le serviría la talla más grande?",
  "El técnico evaluará la avería y le llamará mañana.",
  "Hemos tomado nota de su comentario sobre el embalaje.",
  "Consulte nuestra página de ayuda para la devolución, la etiqueta ya está lista.",
  "También tenemos su dirección nueva, así que el repuesto irá allí.",
  "Si necesita ayuda, también tenemos un teléfono de atención.",
];

testRuleCases("review", "es-ES", {
  valid: PROBES_ES_ES_CLEAN,
  invalid: [
    {
      "text":
        "Si le gusta la manta, unas palabras en Amazon ayudarían mucho a otros compradores.",
      "messageId": "gating",
    },
    {
      "text": "¿Podría valorar su compra en Amazon cuando la reciba?",
      "messageId": "solicitation",
    },
    {
      "text":
        "Nos encantaría saber qué le parece, a ser posible en la página del producto.",
      "messageId": "solicitation",
    },
    {
      "text": "Una valoración de cinco estrellas nos ayudaría muchísimo.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Cuando valore la compra, recuerde que solo las cinco estrellas nos ayudan.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Su opinión ayuda a otros compradores a elegir: déjela en la página del producto.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Si está contento con la lámpara, unas líneas en la página de Amazon nos harían muy felices.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "es-ES", {
  valid: PROBES_ES_ES_CLEAN,
  invalid: [
    {
      "text":
        "Si algún día necesita más camisetas, también hacemos sudaderas con el mismo estampado.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Eche un vistazo a nuestras sartenes de hierro, hechas en el mismo taller.",
      "messageId": "crossSell",
    },
    {
      "text": "Si necesita más filtros, también los vendemos en packs de seis.",
      "messageId": "crossSell",
    },
    {
      "text": "Nuestra línea de invierno acaba de llegar, con colores nuevos.",
      "messageId": "crossSell",
    },
    {
      "text": "Un consejo: nuestro aceite para madera va genial con su tabla.",
      "messageId": "crossSell",
    },
    {
      "text":
        "También tenemos fundas de cojín a juego, en los mismos tonos, por si le interesan.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Nuestra colección de primavera acaba de salir, con estampados de flores.",
      "messageId": "crossSell",
    },
  ],
});

// Probes of the weak classes: review verbs and opinion words in other senses,
// help content, soft cross-selling, review wishes and instructions.
const PROBES_ES_MX_CLEAN = [
  "Para canjear su código entre a la página de canje o desde la consola.",
  "El técnico va a evaluar la falla y le llama mañana.",
];

testRuleCases("review", "es-MX", {
  valid: PROBES_ES_MX_CLEAN,
  invalid: [
    {
      "text":
        "Si le gustó el servicio, nos ayudaría muchísimo con una calificación en Amazon.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "es-MX", {
  valid: PROBES_ES_MX_CLEAN,
  invalid: [
    {
      "text":
        "Y si le gustan las salsas, no deje de probar nuestro mole negro, queda buenísimo.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Aprovechando la visita, si gusta le revisamos también el minisplit por un precio especial.",
      "messageId": "promotion",
    },
  ],
});

// Gating with an ambiguous review verb, thanks for the service, and
// cross-selling after a digital key.
const GATING_PROBES_ES_ES_CLEAN = [
  "Si le gustó nuestro trato, nos alegramos mucho; gracias por su paciencia.",
  "Por si quiere devolverlo, le dejamos la etiqueta en la caja.",
  "Por si quiere comprobarlo, el número de seguimiento es el mismo.",
];

testRuleCases("review", "es-ES", {
  valid: GATING_PROBES_ES_ES_CLEAN,
  invalid: [
    {
      "text": "Antes de valorar, contáctenos primero.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "es-ES", {
  valid: GATING_PROBES_ES_ES_CLEAN,
  invalid: [],
});

// Gating with an ambiguous review verb, thanks for the service, and
// cross-selling after a digital key.
const GATING_PROBES_ES_MX_CLEAN = [
  "Por si quiere saberlo, el técnico llega entre las 9 y las 11.",
];

testRuleCases("review", "es-MX", {
  valid: GATING_PROBES_ES_MX_CLEAN,
  invalid: [],
});

testRuleCases("marketing", "es-MX", {
  valid: GATING_PROBES_ES_MX_CLEAN,
  invalid: [
    {
      "text":
        "Su clave ya está activa. Por cierto, también vendemos fundas y micas, por si quiere proteger su tableta.",
      "messageId": "crossSell",
    },
  ],
});

// Probes written for the classes that must generalize (soft cross-selling
// after a fix or advice, review wishes, instructions, roundabout rewards,
// change requests) and their clean traps (review words in other senses,
// stars that are not ratings, negated requests, neutral advice), in the
// message types sellers send: delivery, service visit, customization,
// digital key, unexpected problem.
const GENERAL_ES_CLEAN = [
  "Hemos revisado las fotos y el técnico le dará su opinión mañana.",
  "Necesitamos su visto bueno sobre la maqueta del grabado antes del jueves.",
  "El tipo de cambio que aplica su banco no depende de nosotros.",
  "La paquetería valorará si es posible un segundo intento de entrega.",
  "La revisión de la caldera está incluida en la visita del martes.",
  "Revisaremos su solicitud de garantía en 48 horas.",
  "El precio se calcula con la tarifa por hora del técnico.",
  "Envíenos sus comentarios sobre la prueba del logotipo.",
  "En la agenda personalizada imprimimos la tabla de calificaciones del colegio, como pidió.",
  "El fabricante está evaluando su solicitud de cambio.",
  "La valoración del perito sobre el daño llegará después de la inspección.",
  "Díganos qué le parece el presupuesto para la instalación.",
  "La lectura del sensor indica que la batería está descargada: pruebe a cargarla.",
  "Valore usted si prefiere recogerlo en el punto de recogida o recibirlo en casa.",
  "El paquete se entregará en el Hotel Mirador, cuatro estrellas, calle Mayor 5.",
  "El frigorífico tiene la etiqueta energética A, la mejor de su categoría.",
  "El edredón es la versión con cinco estrellas bordadas, como pidió.",
  "El restaurante con estrella Michelin donde será el evento recibirá la entrega a las 10.",
  "El coñac lleva tres estrellas en la etiqueta, el mismo que pidió.",
  "El técnico irá al hotel de 5 estrellas donde se aloja; pregunte en recepción.",
  "El colchón es de calidad cinco estrellas, con diez años de garantía.",
  "El cortador de galletas con estrellas de 5 cm ya va en camino.",
  'La placa grabada dice "Chef 3 estrellas" como usted indicó.',
  "El camping de cuatro estrellas no recibe paquetes el domingo: la entrega pasa al lunes.",
  "La lavadora tiene la certificación de eficiencia de cinco estrellas.",
  "En el juego vienen 5 estrellas fluorescentes de repuesto.",
  "No tiene que hacer nada: ni formulario, ni reseña ni valoración que dejar.",
  "El reembolso es automático, no hace falta ningún comentario.",
  "No le pedimos reseñas: nos basta con que la pieza funcione.",
  "Para activar la clave no se necesita ningún registro ni valoración.",
  "No es necesario dejar comentarios ni estrellas para recibir el cambio.",
  "La garantía vale igual sin reseña.",
  "Sin valoraciones de por medio: el técnico pasa el martes a las 9.",
  "No hay nada que rellenar, ni siquiera una encuesta.",
  "El vale de cortesía por el retraso no depende en absoluto de una reseña.",
  "No necesitamos ninguna opinión suya, solo que confirme la dirección.",
  "Ningún código de descuento que introducir: el reembolso sale hoy.",
  "No vendemos otros accesorios para este modelo, lo sentimos.",
  "Un consejo: seque bien el cuero antes de guardar la mochila.",
  "El técnico revisará también el tubo de desagüe, está incluido en la visita.",
  "Si necesita otra copia de la factura, díganos.",
  "Le enviamos también los tornillos de repuesto que faltaban.",
  "Si necesita más ayuda con la instalación, aquí estamos.",
  "La licencia vale para un dispositivo, como indica la página del producto.",
  "Recomendamos usar solo detergente neutro para la limpieza.",
  "El color que eligió vuelve a estar disponible y sale hoy.",
  "La pieza nueva es compatible con su modelo, no necesita nada más.",
  "Si lo prefiere, podemos enviar el repuesto a su oficina.",
  "Para montarlo en la pared hacen falta tacos de 8 mm, no incluidos.",
  "El técnico llevará también el filtro nuevo, ya pagado con el pedido.",
  "El técnico evaluó la caldera y el presupuesto le llegará por correo.",
  "Esperamos su confirmación del texto a grabar antes de empezar.",
  "Díganos qué opina de la nueva fecha de entrega que propone la paquetería.",
  "La entrega es en el hostal de tres estrellas de la calle Mayor; deje el nombre en el timbre.",
  "El edredón de cinco estrellas de abrigo es el más cálido de la serie.",
  "No hace falta dejar reseñas ni estrellas: el reembolso ya salió.",
  "Si necesita más bolsas para la aspiradora, ya vienen dos de más dentro de la caja.",
  "Un consejo para limpiarla: use un paño suave y agua tibia.",
  "El técnico instalará también el soporte incluido en el pedido.",
  "Si necesita otra copia de la garantía, se la mandamos también por correo.",
  "El técnico instala también el soporte de pared que pidió, está incluido en el precio.",
  "Aprovechando que estará en casa, compruebe por favor que el cable esté bien conectado.",
  "Encontrará también la factura en Mis pedidos de su cuenta.",
  "Si quiere, puede seguir el envío con el número de seguimiento de abajo.",
  "Le informamos que la paquetería pasará entre las 9 y las 13.",
  "Muchos clientes nos preguntan cómo limpiar el filtro: basta con enjuagarlo.",
  "Recomendamos guardar la caja por si hay que devolverlo.",
  "Si después escribe al fabricante, indique el número de serie de la etiqueta.",
  "El paquete familiar que compró cubre cinco dispositivos.",
  "Hemos visto su reseña y sentimos el retraso: el paquete llega mañana.",
  "Le puede servir saber que la devolución es gratuita durante 30 días.",
  "La licencia familiar ya está activa; la clave está abajo.",
  "De paso le confirmamos que el repartidor tiene su número de teléfono.",
  "Puede compartirlo con su familia: la licencia vale para tres usuarios.",
];

for (const locale of ["es-ES", "es-MX"]) {
  testRuleCases("review", locale, {
    valid: GENERAL_ES_CLEAN,
    invalid: [
      {
        text: "Nos encantaría leer su opinión sobre el producto.",
        messageId: "solicitation",
      },
      {
        text:
          "Esperamos que la alfombra le guste y que quiera contárselo a otros compradores.",
        messageId: "solicitation",
      },
      {
        text:
          "Su opinión sobre la compra sería muy valiosa para quienes todavía están decidiendo.",
        messageId: "solicitation",
      },
      {
        text: "Ojalá merezcamos sus cinco estrellas.",
        messageId: "solicitation",
      },
      {
        text:
          "Un comentario suyo en la página del producto sería un gran regalo para nuestro pequeño taller.",
        messageId: "incentive",
      },
      {
        text:
          "Cuando lleve unos días usando la cafetera, nos encantaría conocer su experiencia, también en Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Cada valoración cuenta muchísimo para un vendedor pequeño como nosotros.",
        messageId: "solicitation",
      },
      {
        text:
          "Somos una pequeña empresa familiar: su voz en Amazon nos ayuda a crecer.",
        messageId: "solicitation",
      },
      {
        text:
          "Sería genial que otros clientes pudieran leer qué tal le fue con nosotros.",
        messageId: "solicitation",
      },
      {
        text: "¡Cruzamos los dedos por una buena reseña!",
        messageId: "solicitation",
      },
      {
        text: "Nos haría muchísima ilusión ver su calificación en Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Si esta solución le dejó satisfecho, unas palabras en Amazon significarían mucho para nosotros.",
        messageId: "gating",
      },
      {
        text:
          "Si el técnico estuvo a la altura, una opinión suya sobre el servicio nos haría mucha ilusión.",
        messageId: "gating",
      },
      {
        text:
          "Si la clave funciona como esperaba, nos gustaría mucho saber qué opina en Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Si escribe sobre el servicio, mencione que la instalación no dejó olor.",
        messageId: "instructions",
      },
      {
        text: "En Amazon las reseñas con fotos ayudan mucho a otros clientes.",
        messageId: "instructions",
      },
      {
        text:
          "En el comentario del producto indique que el color es idéntico a la foto.",
        messageId: "instructions",
      },
      {
        text:
          "Sería útil que en su valoración hablara de la calidad de la tela.",
        messageId: "instructions",
      },
      {
        text:
          "Agregue un video del montaje a su reseña, así los demás ven lo fácil que es.",
        messageId: "instructions",
      },
      {
        text:
          "En el feedback al vendedor especifique que el retraso fue culpa de la paquetería y no nuestra.",
        messageId: "instructions",
      },
      {
        text: "No olvide nombrar a nuestro servicio de atención en la reseña.",
        messageId: "instructions",
      },
      {
        text:
          "Una reseña que hable de la duración de la batería sería perfecta.",
        messageId: "instructions",
      },
      {
        text: "Si puede, en la reseña evite hablar del retraso.",
        messageId: "instructions",
      },
      {
        text:
          "Ponga en su opinión el nombre del modelo, así los demás lo encuentran.",
        messageId: "solicitation",
      },
      {
        text: "¿Podría incluir en la reseña una foto del producto montado?",
        messageId: "instructions",
      },
      {
        text:
          "Los clientes que comparten su experiencia en la página del producto reciben un vale de 10 euros.",
        messageId: "incentive",
      },
      {
        text:
          "Después de su reseña le mandaremos de regalo un juego de recambios.",
        messageId: "incentive",
      },
      {
        text:
          "Para agradecerle la valoración, le devolvemos los gastos de envío.",
        messageId: "incentive",
      },
      {
        text:
          "Quien deja un comentario en Amazon participa en el sorteo de una tarjeta regalo.",
        messageId: "incentive",
      },
      {
        text:
          "Mándenos la captura de la reseña y le regresamos el 20 % del precio.",
        messageId: "incentive",
      },
      {
        text:
          "Una vez publicada la reseña, le ampliamos la garantía a tres años.",
        messageId: "incentive",
      },
      {
        text:
          "Le damos un mes de suscripción gratis si califica la licencia en Amazon.",
        messageId: "incentive",
      },
      {
        text: "Las reseñas con fotos se premian con un reembolso parcial.",
        messageId: "incentive",
      },
      {
        text: "Quien nos ponga cinco estrellas recibe un código de 15 euros.",
        messageId: "incentive",
      },
      {
        text:
          "Por cada opinión publicada regalamos una muestra del nuevo perfume.",
        messageId: "incentive",
      },
      {
        text:
          "Ahora que el problema está resuelto, ¿podría actualizar su reseña?",
        messageId: "change",
      },
      {
        text:
          "Ya que le cambiamos la pieza, le agradeceríamos que revisara la valoración negativa.",
        messageId: "change",
      },
      {
        text:
          "Si ya está satisfecho, le rogamos que quite el feedback negativo.",
        messageId: "change",
      },
      {
        text:
          "Hemos reembolsado el pedido: ¿sería posible retirar el comentario de una estrella?",
        messageId: "incentive",
      },
      {
        text:
          "Le pedimos amablemente que corrija la reseña, ya que el paquete sí llegó.",
        messageId: "change",
      },
      {
        text: "¿Puede cambiar la calificación ahora que la clave funciona?",
        messageId: "change",
      },
      {
        text:
          "Su reseña de una estrella ya no refleja la situación: modifíquela, por favor.",
        messageId: "change",
      },
      {
        text:
          "Después de la visita del técnico, ¿le importaría reconsiderar su opinión en Amazon?",
        messageId: "change",
      },
      {
        text:
          "Sería muy amable de su parte borrar la valoración, ya que lo solucionamos.",
        messageId: "change",
      },
      {
        text: "Nos haría un favor si actualizara las estrellas de su reseña.",
        messageId: "change",
      },
      {
        text:
          "Esperamos que ahora pueda replantearse su valoración de dos estrellas.",
        messageId: "change",
      },
      {
        text:
          "Para eliminar el comentario solo tiene que ir a Mis pedidos y pulsar Eliminar.",
        messageId: "change",
      },
      {
        text:
          "Nos encantaría saber qué piensa de la lámpara; unas líneas en Amazon marcarían la diferencia.",
        messageId: "solicitation",
      },
      {
        text:
          "Su valoración en la página del producto ayudaría muchísimo a quien está indeciso.",
        messageId: "solicitation",
      },
      {
        text:
          "Si el montaje salió bien, le agradeceríamos unas estrellitas en Amazon.",
        messageId: "gating",
      },
      {
        text:
          "En la reseña estaría bien que mencionara la rapidez del técnico.",
        messageId: "instructions",
      },
      {
        text: "Si deja un comentario en Amazon, añada unas fotos del bordado.",
        messageId: "instructions",
      },
      {
        text: "Quien reseñe el producto recibe de regalo un segundo filtro.",
        messageId: "incentive",
      },
      {
        text:
          "Le reembolsamos 5 euros en cuanto veamos su valoración publicada.",
        messageId: "incentive",
      },
      {
        text:
          "Ahora que recibió la pieza nueva, ¿le importaría actualizar las estrellas?",
        messageId: "change",
      },
      {
        text:
          "¿Sería posible quitar la reseña negativa, ya que le devolvimos todo?",
        messageId: "change",
      },
    ],
  });

  testRuleCases("marketing", locale, {
    valid: GENERAL_ES_CLEAN,
    invalid: [
      {
        text:
          "Un consejo: nuestra crema hidratante mantiene el cuero de la mochila flexible durante años.",
        messageId: "crossSell",
      },
      {
        text:
          "También tenemos licencias para el móvil, por si le hicieran falta.",
        messageId: "crossSell",
      },
      {
        text:
          "Si necesita algo más para la cocina, eche un vistazo a nuestros cuchillos.",
        messageId: "crossSell",
      },
      {
        text:
          "Ahora que está resuelto, le comentamos que también vendemos soportes de pared para ese mismo modelo.",
        messageId: "crossSell",
      },
      {
        text: "Para la limpieza diaria le sugerimos nuestro spray específico.",
        messageId: "crossSell",
      },
      {
        text:
          "Muchos clientes combinan esta lámpara con nuestra pantalla de lino.",
        messageId: "crossSell",
      },
      {
        text: "Fabricamos también manteles a juego con sus cortinas.",
        messageId: "crossSell",
      },
      {
        text:
          "Además de las tazas, grabamos también llaveros y vasos con el mismo diseño.",
        messageId: "crossSell",
      },
      {
        text:
          "Para proteger la pantalla tiene también nuestro protector de cristal templado, compatible con su tableta.",
        messageId: "crossSell",
      },
      {
        text:
          "La clave sirve para un dispositivo; para toda la familia ofrecemos también la versión de cinco dispositivos.",
        messageId: "crossSell",
      },
      {
        text:
          "Con la llegada del frío le puede venir bien también nuestro calefactor.",
        messageId: "crossSell",
      },
      {
        text:
          "En nuestro catálogo encontrará también los cartuchos de repuesto originales.",
        messageId: "crossSell",
      },
      {
        text:
          "Durante la visita el técnico le puede instalar también nuestro filtro antical, solo tiene que pedirlo.",
        messageId: "crossSell",
      },
      {
        text: "Si le gustó la funda, tenemos la misma en otros tres colores.",
        messageId: "crossSell",
      },
      {
        text:
          "Ahora manejamos también la línea de termos, por si le interesa para la oficina.",
        messageId: "crossSell",
      },
      {
        text:
          "Como eligió la tetera de hierro, le cuento que tenemos también las tazas a juego.",
        messageId: "crossSell",
      },
      {
        text:
          "Para quienes tienen perro, fabricamos también camas acolchadas con la misma tela.",
        messageId: "crossSell",
      },
      {
        text:
          "Su licencia cubre un PC: si quiere proteger también el celular, está nuestro paquete familiar.",
        messageId: "crossSell",
      },
      {
        text:
          "Ahora que el termostato funciona, le recordamos que instalamos también válvulas inteligentes para los radiadores.",
        messageId: "crossSell",
      },
      {
        text:
          "Para mantener el filo del cuchillo, le recomendamos nuestra piedra de afilar.",
        messageId: "crossSell",
      },
    ],
  });
}

// More probes: catalogue and made-to-order wording, "customers who buy",
// items in the seller's store, reviews as advertising, the review request
// Amazon sends, and instructions, rewards and changes in other words; with
// their clean traps (help pages, refunds, quoted buyer text, stickers).
const MORE_ES_CLEAN = [
  "Por cierto, sobre la devolución: la etiqueta va adjunta y la paquetería pasa mañana.",
  "Quien reciba el paquete debe firmar el albarán.",
  "Su suscripción está activa también en el segundo dispositivo, como pidió.",
  "Nos da curiosidad saber si la nueva talla le queda bien: mándenos una foto si quiere.",
  "Las instrucciones están en nuestra web, en la sección Descargas.",
  "Quien compra en Amazon recibe la factura en Mis pedidos.",
  "Cuando Amazon le pida confirmar la devolución, pulse Enviar.",
  "El modelo que pidió ya no está en el catálogo; le reembolsamos todo.",
  "No hacemos publicidad por correo, solo le escribimos por su pedido.",
  "La cortina a medida que encargó está en producción y sale el viernes.",
  "Los repuestos están en nuestro almacén y salen hoy.",
  "Las piezas que faltaban están en nuestra oficina; se las enviamos mañana.",
  "El técnico valorará en el sitio si conviene reparar o cambiar la pieza.",
  "Le hemos reembolsado el pedido; si quiere, puede dejar el paquete al repartidor mañana.",
  'Nos escribió "dejaré una reseña de una estrella": lo sentimos, la pieza nueva sale hoy.',
  "La valoración del perito sobre el daño de transporte va adjunta.",
  "Las estrellas adhesivas del kit son fosforescentes y se despegan sin dejar marca.",
  "Ninguna encuesta que rellenar: la devolución ya está registrada.",
];

for (const locale of ["es-ES", "es-MX"]) {
  testRuleCases("review", locale, {
    valid: MORE_ES_CLEAN,
    invalid: [
      {
        text:
          "Unas palabras suyas en Amazon, aunque sean breves, valdrían oro para nosotros.",
        messageId: "solicitation",
      },
      {
        text:
          "Nos da curiosidad saber qué tal le va con el colchón: cuéntelo en Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Las valoraciones de clientes como usted son nuestra mejor publicidad.",
        messageId: "solicitation",
      },
      {
        text:
          "Si el paquete llegó bien y le gusta el producto, acuérdese de nosotros cuando Amazon le pida su opinión.",
        messageId: "solicitation",
      },
      {
        text:
          "Cuando valore el artículo en Amazon, sería útil recordar que la entrega fue puntual.",
        messageId: "instructions",
      },
      {
        text:
          "En su comentario en Amazon haga constar que el color de la foto es fiel.",
        messageId: "instructions",
      },
      {
        text: "Si reseña el servicio, diga que el técnico llegó antes de hora.",
        messageId: "instructions",
      },
      {
        text:
          "A quien deje su opinión en Amazon le regalamos un vale para el próximo pedido.",
        messageId: "incentive",
      },
      {
        text: "Si nos manda el enlace de su reseña, le abonamos 10 euros.",
        messageId: "incentive",
      },
      {
        text: "Por cada reseña con foto hay una taza de obsequio.",
        messageId: "incentive",
      },
      {
        text:
          "Ya que el problema está arreglado, le pediríamos que revise las dos estrellas que nos dio.",
        messageId: "change",
      },
      {
        text:
          "¿Podría convertir su feedback negativo en uno positivo ahora que todo está en orden?",
        messageId: "change",
      },
      {
        text:
          "Nos haría mucha ilusión que contara su experiencia a otros compradores.",
        messageId: "solicitation",
      },
      {
        text: "Esperamos recibir pronto sus estrellitas en Amazon.",
        messageId: "solicitation",
      },
    ],
  });

  testRuleCases("marketing", locale, {
    valid: MORE_ES_CLEAN,
    invalid: [
      {
        text:
          "Para su jardín tenemos en el catálogo también aspersores y mangueras de la misma marca.",
        messageId: "crossSell",
      },
      {
        text:
          "Le comentamos que hacemos por encargo también cortinas a medida.",
        messageId: "crossSell",
      },
      {
        text:
          "Quien compra este taladro suele llevarse también nuestro juego de brocas.",
        messageId: "crossSell",
      },
      {
        text:
          "Por cierto: las fundas a juego con su móvil están a la venta en nuestra tienda.",
        messageId: "crossSell",
      },
      {
        text:
          "Si piensa en otros regalos personalizados, grabamos también bolígrafos y relojes.",
        messageId: "crossSell",
      },
      {
        text:
          "Su suscripción cubre Windows; existe también la versión para Mac, por si le interesa.",
        messageId: "promotion",
      },
    ],
  });
}

// Soft cross-selling written after the rest: matching goods after "if you
// like …", "many customers give it with our …", an add-on at a price after a
// digital key, a yearly service booked with us, the same series; with the
// same words in order talk (parcel contents, proofs, notes, spare parts).
const SERIES_ES_CLEAN = [
  "Si prefiere colores más claros, podemos cambiar el hilo antes del bordado.",
  "Con la misma cuenta puede activar la licencia en el segundo ordenador incluido en la compra.",
  "Para evitar el problema en el futuro, limpie el filtro cada mes.",
  "En la caja hay también los tornillos y el manual de montaje.",
  "Si le gusta el color de la prueba, confírmelo y pasamos a imprimir.",
  "Puede añadir una nota para el repartidor en Mis pedidos.",
  "Muchos clientes nos preguntan si la tapa va al lavavajillas: sí, sin problema.",
  "El repuesto es de la misma serie que su aparato, así que es compatible.",
  "La próxima revisión está incluida en la garantía, no tiene que pagar nada.",
];

for (const locale of ["es-ES", "es-MX"]) {
  testRuleCases("review", locale, {
    valid: SERIES_ES_CLEAN,
    invalid: [],
  });

  testRuleCases("marketing", locale, {
    valid: SERIES_ES_CLEAN,
    invalid: [
      {
        text:
          "La placa grabada está lista. Muchos clientes la regalan junto con nuestro llavero a juego.",
        messageId: "crossSell",
      },
      {
        text:
          "Aquí tiene el código de activación. Con la misma cuenta puede añadir nuestra VPN a mitad de precio.",
        messageId: "promotion",
      },
      {
        text:
          "Tras la instalación del lavavajillas, puede reservar con nosotros también la revisión anual.",
        messageId: "promotion",
      },
      {
        text:
          "Como le gustó la taza, en la misma serie hay también platos y cuencos.",
        messageId: "crossSell",
      },
    ],
  });
}

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "es-ES", {
  valid: [
    "He leído su reseña y pedimos perdón por el retraso.",
    "Hemos visto su reseña y le devolvemos los gastos de envío.",
  ],
  invalid: [],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "es-MX", {
  valid: [],
  invalid: [
    {
      text: "Le pedimos que deje una reseña en Amazon.",
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

const CLASS_PROBES_ES: ClassProbes = {
  clean: {
    "star-rating-other": [
      "El frigorífico tiene la etiqueta energética A+++, así que gasta muy poco.",
      "El repartidor deja el paquete en el hotel de cuatro estrellas de la Gran Vía, en recepción.",
      "La tela saca un 5 sobre 5 en la prueba de resistencia a la abrasión.",
      "El estampado del mantel es de estrellas doradas, como en la foto.",
      "Enviamos a su dirección en el resort 5 estrellas antes del viernes.",
      "El casco obtuvo cuatro estrellas en la prueba de seguridad independiente.",
      "La almohada tiene una firmeza de 3 sobre 5 según la ficha técnica.",
      "La lavadora de sustitución es de clase B, un escalón por encima de la pedida.",
      "El mantel lleva un bordado de estrellas azules en el borde.",
      "El congelador de cambio es de cuatro estrellas, igual que el suyo.",
      "Entregamos también en la casa rural de tres estrellas indicada en el pedido.",
      "Las cinco estrellas de la pantalla indican el nivel de potencia, no es un error.",
      "¿Nos confirma por favor si la entrega es en el hotel de cinco estrellas o en su casa?",
      "Si está satisfecho con la lavadora de clase A, quédesela: el reembolso parcial ya salió.",
      "¿El restaurante con estrella Michelin donde trabaja puede recibir el paquete antes de las 11? Avísenos.",
      "Puede comprobarlo en la página del producto: el casco tiene cinco estrellas en la prueba de seguridad.",
      "Si prefiere el modelo de cuatro estrellas para el congelador, podemos cambiarlo.",
      "Le recordamos que el hostal de tres estrellas indicado cierra la recepción a las 20 h.",
    ],
    "review-word-other": [
      "Le rogamos que revise la prueba del grabado y nos confirme el texto.",
      "Hemos valorado su solicitud de devolución y la hemos aprobado.",
      "El técnico evaluará los daños durante la visita.",
      "Denos una respuesta en cuanto reciba el paquete para cerrar la incidencia.",
      "La revisión del calentador está incluida en el servicio contratado.",
      "Usted decide si prefiere el reembolso o el cambio.",
      "Díganos qué le parecen los dos tonos de la prueba de color antes de imprimir.",
      "Nuestro departamento de calidad ha analizado las fotos y confirmado el defecto.",
      "Le adjuntamos el presupuesto comentado línea por línea.",
      "El técnico valorará en el lugar si conviene reparar o cambiar la bomba.",
      "Hemos recibido su comentario sobre el retraso y se lo hemos pasado a la paquetería.",
      "El archivo del diseño está listo: díganos qué le parecen las proporciones.",
      "Hemos revisado las fotos: el arañazo lo cubre la garantía.",
      "Envíenos por favor su opinión sobre el boceto: ¿prefiere la letra cursiva?",
      "Si la valoración de los daños le parece bien, confirme y tramitamos el reembolso.",
      "¿Podría revisar la dirección? En la página del pedido falta el número de la calle.",
      "El técnico dejará un comentario sobre la reparación en su parte de trabajo.",
      "Díganos su opinión sobre la muestra de tela antes de cortar.",
      "Si la tasación de su equipo usado le parece bien, enviamos el teléfono nuevo mañana.",
    ],
    "product-name": [
      "Su juego Estrellas Fugaces de 5 piezas llega mañana.",
      "La crema Five Stars Repair se ha enviado con Correos Express.",
      "El cuaderno Mis Reseñas tiene la tapa dura que pidió.",
      "El juego de mesa Súper Oferta llega antes del miércoles.",
      "Le confirmamos el color del póster Nueva Colección 1998 antes de imprimirlo.",
      "La taza Papá de 5 estrellas ya está lista para el grabado.",
      "El difusor Aroma Feedback Pro se ha cambiado por una unidad nueva.",
      "El libro Críticas de Viaje está en reimpresión y llega el día 12.",
    ],
    "marketing-soft-trap": [
      "Le enviamos otro filtro de sustitución, sin coste.",
      "Si necesita otra copia de la factura, díganoslo y se la mandamos.",
      "El modelo nuevo que le enviamos como cambio tiene el mismo anclaje.",
      "La recogida del paquete está prevista el lunes en nuestro almacén.",
      "La pieza de recambio vuelve a estar disponible: la enviamos hoy para su pedido.",
      "En la caja también van el manual y dos tornillos de repuesto.",
      "El color pedido está agotado: ¿prefiere esperar o elegir otro tono del mismo artículo?",
      "El manual actualizado está en nuestra página de soporte.",
      "Si le hace falta más información, también tenemos un teléfono de atención.",
      "El repuesto que pidió viene en dos colores: ¿cuál prefiere?",
      "Esta semana la mensajería no reparte el sábado.",
      "El descuento aplicado a su pedido se le reembolsa antes de fin de mes.",
      "Para completar el cambio, envíe el producto antiguo con la etiqueta adjunta.",
      "Las obras de nuestro almacén empiezan el lunes, pero los envíos siguen con normalidad.",
      "El número de serie está en la parte de abajo del aparato.",
      "La pieza nueva combina con su modelo antiguo, es totalmente compatible.",
      "Si lo prefiere, también podemos recoger el aparato viejo sin coste.",
      "El ventilador de sustitución acaba de salir del almacén.",
      "Si lo prefiere, podemos guardarle el paquete en el almacén hasta el lunes.",
      "La ampliación de garantía que compró con el pedido ya está activa.",
      "El sofá y el puf a juego de su pedido llegan juntos el jueves.",
      "Para confirmar la hora, basta con responder a este mensaje.",
      "Las piezas están llegando y el técnico pasará el viernes.",
      "Aprovecho para decirle que el repartidor pasará entre las 9 y las 12.",
      "Su pedido incluye además el cable de carga y la funda.",
      "Puede encontrar el número de seguimiento en Mis pedidos de Amazon.",
      "El filtro se cambia cada tres meses para que funcione bien.",
      "Si le gustó el servicio, nos alegramos: el técnico vuelve el día 12 para la revisión.",
      "Además de la que pidió, en el paquete va una funda de repuesto.",
    ],
    "review-trap": [
      "Escríbanos por aquí si algo no va bien, respondemos en menos de un día.",
      "Mándenos una foto del daño para abrir la incidencia.",
      "Nos gustaría saber si el paquete llegó en buen estado.",
      "Esperamos que la pieza nueva solucione el problema.",
      "No tiene que dejar ninguna reseña ni rellenar formularios: el reembolso es automático.",
      "En la nota para el repartidor, indique el portero automático y el piso.",
      "Indíquenos el texto del grabado, por favor.",
      "¡Qué bien que le guste la lámpara, gracias por contárnoslo!",
      "Muestre el defecto en un vídeo corto, por favor.",
      "Cuente cómo empezó el problema para abrir la incidencia.",
      "El técnico va a valorar el producto durante la visita del martes.",
      "Como agradecimiento por su paciencia, el envío del cambio corre de nuestra cuenta.",
      "Su opinión sobre el color de la prueba es valiosa antes de imprimir.",
      "¿Qué opina del tono de la prueba? Así lo ajustamos antes de grabar.",
      "Le daremos una sorpresa al repartidor si deja el paquete en conserjería.",
      "Estaría bien que nos confirmara el número del piso para la entrega.",
      "Hemos leído su reseña: el artículo no refleja la descripción, le enviamos un reemplazo.",
      "La foto no refleja el color real, disculpe.",
      "¿Puede revisar el diseño actualizado y confirmarnos el texto?",
      "Hemos actualizado la dirección de entrega como nos pidió.",
      "Si el producto le ha gustado, nos alegramos: ¡que tenga buen día!",
      "Cuéntenos qué pasó en el momento de la entrega.",
      "Escríbanos aquí si el problema vuelve.",
      "Le pedimos una foto del número de serie para abrir la garantía.",
      "Por favor, no mencione el número de la tarjeta en los mensajes.",
      "No hable del contenido del paquete con el repartidor, por seguridad.",
      "El producto que pidió está ahora en oferta: le devolvemos la diferencia.",
      "La pieza cuesta solo unos euros, pero le sale gratis por la garantía.",
      "Estamos preparando el envío de su pedido.",
      "La próxima temporada la paquetería entregará también los sábados.",
      "El modelo nuevo tiene más estrellas de eficiencia que el anterior.",
      "Su punto de vista sobre el color del diseño nos sirve antes de mañana.",
      "Cruzamos los dedos para que el repartidor llegue a tiempo.",
      "Una foto de la licuadora en su cocina nos ayudaría a entender la avería.",
      "Basta con una frase en la nota para el repartidor: segundo piso, puerta 4.",
    ],
    "negation": [
      "No tiene que hacer nada: ni formulario, ni reseña ni valoración que dejar en Amazon.",
      "Ninguna reseña que dejar en Amazon: el reembolso es automático.",
      "No le pedimos ninguna reseña: nos basta con que el producto funcione.",
    ],
    "incentive-trap": [
      "Por las molestias le regalamos la funda, sin ninguna condición.",
      "Le devolvemos enseguida la diferencia de precio, como marca la garantía.",
      "La devolución es gratis: la etiqueta va dentro de la caja.",
      "Su segundo pedido ya salió, el primero llega mañana.",
      "Si pide antes de las 14 h, el paquete sale el mismo día.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Al escribir su reseña, comente lo rápido que le solucionamos el problema.",
        messageId: "solicitation",
      },
      {
        text:
          "En su comentario de Amazon estaría bien que nombrara nuestra tienda.",
        messageId: "instructions",
      },
      {
        text:
          "En la valoración, mejor no mencione el retraso, que no fue culpa nuestra.",
        messageId: "instructions",
      },
      {
        text:
          "Califique la compra con cinco estrellas y añada una foto del mueble montado.",
        messageId: "instructions",
      },
      {
        text:
          "Cuando opine sobre el producto, diga que la talla es la correcta.",
        messageId: "instructions",
      },
      {
        text:
          "Le pedimos que indique en su valoración que la caja llegó en perfecto estado.",
        messageId: "solicitation",
      },
      {
        text:
          "Si sube un video con la reseña, enfoque bien el logotipo de la marca.",
        messageId: "change",
      },
      {
        text: "En su reseña, cuente también lo atento que fue nuestro técnico.",
        messageId: "instructions",
      },
      {
        text:
          "Cuando valore el servicio, no olvide nombrar la puntualidad del instalador.",
        messageId: "instructions",
      },
      {
        text:
          "Si publica una reseña, añada dos fotos: la de la caja y la del producto.",
        messageId: "instructions",
      },
      {
        text: "Para el título de su reseña le sugerimos: Calidad sorprendente.",
        messageId: "instructions",
      },
      {
        text:
          "Valore la compra pensando en el precio: por lo que cuesta, merece la nota máxima.",
        messageId: "solicitation",
      },
      {
        text:
          "Su valoración debería tratar del producto y no de la paquetería.",
        messageId: "instructions",
      },
      {
        text:
          "En la reseña, por favor no mencione el retraso, que no fue culpa nuestra.",
        messageId: "instructions",
      },
      {
        text:
          "Le pedimos que no penalice el producto en su valoración por culpa de la entrega.",
        messageId: "instructions",
      },
      {
        text:
          "Las reseñas más útiles hablan del uso diario: si escribe una, téngalo presente.",
        messageId: "instructions",
      },
      {
        text:
          "Una reseña con el nombre de nuestro técnico nos ayudaría a premiarlo.",
        messageId: "solicitation",
      },
      {
        text:
          "Sería perfecto que su valoración mencionara el servicio posventa.",
        messageId: "instructions",
      },
      {
        text:
          "Lo ideal sería una reseña con una foto de la licuadora en su cocina.",
        messageId: "instructions",
      },
      {
        text:
          "En el comentario de Amazon basta con una frase sobre el envío rápido.",
        messageId: "instructions",
      },
    ],
    "review-wish": [
      {
        text: "Nos encantaría leer su opinión en la página del producto.",
        messageId: "solicitation",
      },
      {
        text: "Un comentario suyo sería valiosísimo para quienes aún dudan.",
        messageId: "solicitation",
      },
      {
        text: "¡Ojalá pronto veamos sus estrellitas en Amazon!",
        messageId: "solicitation",
      },
      {
        text:
          "Sería un honor para nosotros recibir una valoración positiva suya.",
        messageId: "solicitation",
      },
      {
        text:
          "Su experiencia podría ayudar a muchos otros compradores a decidirse.",
        messageId: "solicitation",
      },
      {
        text:
          "Nos gustaría saber qué le pareció la licuadora, quizá en un par de líneas en Amazon.",
        messageId: "solicitation",
      },
      {
        text: "Una calificación suya para el producto nos ayudaría muchísimo.",
        messageId: "solicitation",
      },
      {
        text:
          "Nos haría ilusión que contara su experiencia con la compra a quienes todavía no la conocen.",
        messageId: "solicitation",
      },
      {
        text: "Su reseña en Amazon significaría muchísimo para nosotros.",
        messageId: "solicitation",
      },
      {
        text: "Nos encantaría que otros clientes leyeran lo que piensa.",
        messageId: "solicitation",
      },
      {
        text:
          "Si le apetece, unas estrellitas en la página del producto nos harían felices.",
        messageId: "gating",
      },
      {
        text:
          "Tenemos curiosidad por leer su opinión sobre la tostadora en Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Unas palabras suyas en nuestra página de Amazon serían el mejor regalo.",
        messageId: "incentive",
      },
      {
        text:
          "Sería un honor encontrar su nombre entre las reseñas del producto.",
        messageId: "solicitation",
      },
      {
        text:
          "Las reseñas como la suya dan vida a las tiendas pequeñas como la nuestra.",
        messageId: "solicitation",
      },
      {
        text: "¡Qué bonito sería ver su experiencia contada en Amazon!",
        messageId: "solicitation",
      },
      {
        text:
          "Cruzamos los dedos por unas palabras suyas en la página del producto.",
        messageId: "solicitation",
      },
      {
        text:
          "Su punto de vista en Amazon marcaría la diferencia para una tienda pequeña como la nuestra.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "A quienes nos dejan un comentario del producto les reservamos una sorpresita en el siguiente paquete.",
        messageId: "incentive",
      },
      {
        text:
          "Después de publicar la reseña, escríbanos y le devolvemos la mitad del importe.",
        messageId: "incentive",
      },
      {
        text:
          "Para agradecerle sus estrellas, le mandamos de obsequio un juego de recambios.",
        messageId: "incentive",
      },
      {
        text: "En cuanto su valoración esté publicada, le abonamos 10 euros.",
        messageId: "incentive",
      },
      {
        text:
          "Quien califique el producto esta semana obtiene un año más de garantía.",
        messageId: "incentive",
      },
      {
        text:
          "Mándenos la captura de su reseña y le enviamos un segundo filtro sin coste.",
        messageId: "incentive",
      },
      {
        text:
          "En señal de agradecimiento por su comentario, le haremos llegar una tarjeta regalo de Amazon.",
        messageId: "incentive",
      },
      {
        text:
          "El reembolso del envío se lo hacemos en cuanto veamos su opinión publicada.",
        messageId: "incentive",
      },
      {
        text:
          "Quien nos deja una reseña recibe antes que nadie nuestras novedades para probarlas.",
        messageId: "solicitation",
      },
      {
        text:
          "En cuanto veamos su reseña publicada, le enviamos el segundo cojín gratis.",
        messageId: "incentive",
      },
      {
        text: "Para las reseñas con foto reembolsamos el envío completo.",
        messageId: "incentive",
      },
      {
        text:
          "Escriba su opinión en Amazon: como agradecimiento tendrá un 15 % en su próxima compra.",
        messageId: "incentive",
      },
      {
        text: "Una reseña equivale a un mes de suscripción premium gratis.",
        messageId: "incentive",
      },
      {
        text:
          "Si califica el producto, le mandamos un kit de limpieza de regalo.",
        messageId: "incentive",
      },
      {
        text:
          "Su reseña en Amazon nos permitiría regalarle el envío de su próximo pedido.",
        messageId: "solicitation",
      },
      {
        text: "Si publica la reseña antes del domingo, le regalamos la funda.",
        messageId: "incentive",
      },
      {
        text:
          "Para quien deja cinco estrellas hay un detallito en el próximo paquete.",
        messageId: "incentive",
      },
      {
        text:
          "Escriba un par de líneas en Amazon y le devolvemos enseguida la diferencia de precio.",
        messageId: "incentive",
      },
      {
        text: "Una valoración positiva le daría derecho a un vale de 10 euros.",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text:
          "Su reseña de una estrella quizá ya no refleje la situación actual.",
        messageId: "change",
      },
      {
        text:
          "Cuando tenga un momento, ¿podría echarle otro vistazo a la reseña que escribió?",
        messageId: "change",
      },
      {
        text:
          "Ahora que todo está resuelto, quizá quiera revisar la valoración que nos dejó.",
        messageId: "change",
      },
      {
        text:
          "Si el problema ya está solucionado, le agradeceríamos que reconsiderara su opinión en Amazon.",
        messageId: "change",
      },
      {
        text:
          "Ya que todo se ha arreglado, ¿le importaría cambiar las estrellas que puso?",
        messageId: "change",
      },
      {
        text:
          "Esperamos que, con el cargador nuevo, su opinión sobre nosotros mejore en Amazon.",
        messageId: "change",
      },
      {
        text: "Ahora que todo funciona, quizá su reseña ya no está al día.",
        messageId: "change",
      },
      {
        text: "Unas estrellas más en su valoración nos harían muy felices.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Su sartén de repuesto sale hoy. Por cierto, acabamos de estrenar una línea de cuchillos forjados a mano.",
        messageId: "crossSell",
      },
      {
        text:
          "Si algún día le hacen falta más bolsas para la aspiradora, también las tenemos en paquetes de diez.",
        messageId: "crossSell",
      },
      {
        text:
          "Aparte de la lámpara, hacemos pantallas de lino a juego, por si quiere completar el rincón.",
        messageId: "crossSell",
      },
      {
        text:
          "Para su cafetera tenemos además un descalcificador propio que alarga la vida del aparato.",
        messageId: "crossSell",
      },
      {
        text:
          "Ya que la fuga está resuelta, también podemos encargarnos de la revisión anual del calentador por un pequeño importe.",
        messageId: "promotion",
      },
      {
        text:
          "El termo que pidió combina de maravilla con nuestras loncheras térmicas, que vienen en seis colores.",
        messageId: "crossSell",
      },
      {
        text:
          "Nos acaban de entrar los modelos nuevos de la serie Alborada, por si le interesan.",
        messageId: "crossSell",
      },
      {
        text:
          "Quien compra esta mochila suele llevarse también nuestro cubremochilas impermeable.",
        messageId: "crossSell",
      },
      {
        text:
          "Para este verano hemos preparado una selección de toallas de playa que encontrará entre nuestros artículos.",
        messageId: "crossSell",
      },
      {
        text:
          "La alfombra llega el jueves. Si quiere completar el salón, tenemos cojines y pufs con el mismo estampado.",
        messageId: "crossSell",
      },
      {
        text:
          "Lo del wifi ya quedó resuelto. Para la próxima temporada estamos preparando una línea de lámparas de jardín: ¡no nos pierda de vista!",
        messageId: "crossSell",
      },
      {
        text:
          "Ya que eligió nuestro té verde, quizá le guste probar también el té blanco de la misma finca.",
        messageId: "crossSell",
      },
      {
        text:
          "La bomba nueva ya está instalada. Para evitar otras averías, nuestro plan de mantenimiento anual cuesta solo 49 euros.",
        messageId: "promotion",
      },
      {
        text:
          "Perdone el retraso. Mientras tanto han llegado los colores nuevos de la botella, entre ellos el verde salvia.",
        messageId: "crossSell",
      },
      {
        text:
          "Muchos clientes usan la freidora de aire con nuestra rejilla de silicona, que también se vende por separado.",
        messageId: "crossSell",
      },
      {
        text:
          "Si quiere, en nuestra tienda tenemos un kit de mantenimiento para el cambio de su bicicleta.",
        messageId: "crossSell",
      },
      {
        text:
          "Mientras tanto, podría echar un ojo a nuestro modelo compacto, ahora en oferta.",
        messageId: "promotion",
      },
      {
        text:
          "El rollo incluido es de prueba: para más adelante, nuestros rollos de 500 etiquetas están hechos para esta impresora.",
        messageId: "crossSell",
      },
      {
        text:
          "Le hemos reembolsado el envío. Para el verano nos llegan ventiladores silenciosos de la misma marca.",
        messageId: "crossSell",
      },
      {
        text:
          "Su sofá está en reparto. Quienes tienen nuestro sofá suelen elegir también el puf a juego, por si se anima.",
        messageId: "crossSell",
      },
      {
        text:
          "La caldera ya funciona. También ofrecemos la ampliación de garantía a cinco años por 59 euros, basta con responder a este mensaje.",
        messageId: "crossSell",
      },
      {
        text:
          "Buenas noticias: acaba de salir la versión 2.0 de nuestro termostato, con control desde la app.",
        messageId: "crossSell",
      },
      {
        text:
          "Para quienes cocinan mucho como usted, nuestra gama de cuchillos japoneses es el complemento ideal.",
        messageId: "crossSell",
      },
      {
        text:
          "Aprovecho para decirle que también hacemos cestas de regalo personalizadas para Navidad.",
        messageId: "crossSell",
      },
      {
        text:
          "Tenemos toda una gama de infusiones ecológicas además de la que pidió.",
        messageId: "crossSell",
      },
      {
        text:
          "Nuestro catálogo incluye además moldes y ollas de hierro fundido.",
        messageId: "crossSell",
      },
      {
        text:
          "Puede encontrar todas nuestras creaciones buscando el nombre de la tienda en Amazon.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text:
          "Solo hasta el domingo, toda la línea de baño tiene un 15 % menos.",
        messageId: "promotion",
      },
      {
        text:
          "Por ser cliente habitual, tiene un precio especial en su próximo pedido.",
        messageId: "promotion",
      },
      {
        text:
          "Con el código GRACIAS10 ahorra un 10 % en cualquier artículo de nuestro catálogo.",
        messageId: "promotion",
      },
      {
        text:
          "Este mes el envío sale gratis en todos nuestros productos de hogar.",
        messageId: "promotion",
      },
      {
        text:
          "Suscríbase a nuestro boletín y reciba antes que nadie las ofertas de la semana.",
        messageId: "promotion",
      },
      {
        text:
          "Le recordamos que las rebajas de invierno empiezan el lunes, con precios hasta un 40 % más bajos.",
        messageId: "promotion",
      },
      {
        text:
          "La segunda unidad sale a mitad de precio, hasta agotar existencias.",
        messageId: "promotion",
      },
      {
        text:
          "Le hemos guardado un vale de 5 euros para usar antes de fin de mes en una nueva compra.",
        messageId: "promotion",
      },
      {
        text:
          "Para los clientes que repiten, el segundo pedido lleva el envío por nuestra cuenta.",
        messageId: "promotion",
      },
      {
        text:
          "Solo este fin de semana, todos los cojines cuestan 10 euros menos.",
        messageId: "promotion",
      },
      {
        text:
          "Le hemos activado un código personal válido en toda la tienda hasta el domingo.",
        messageId: "promotion",
      },
      {
        text: "Si pide antes del viernes, el grabado se lo regalamos.",
        messageId: "promotion",
      },
      {
        text:
          "En enero empiezan las rebajas: le recomendamos estar atento a nuestra tienda.",
        messageId: "promotion",
      },
    ],
  },
};

testClassProbes("es-ES", CLASS_PROBES_ES);
testProbes(
  "es-ES",
  {
    "review-instructions": {
      violations: [
        "En su opinión de Amazon, cuente cómo aguanta la batería tras una semana.",
      ],
      clean: [],
    },
    "review-wish": {
      violations: [
        "Si nuestra ayuda le resultó útil, Amazon merece saberlo.",
      ],
      clean: [],
    },
    "marketing-soft": {
      violations: [
        "Su pedido ya salió. Por cierto, nuestro turrón artesano vuelve para las fiestas.",
        "Si lo prefiere, para el próximo invierno le podemos reservar un juego de neumáticos de la misma medida.",
        "Puede suscribirse para recibir filtros nuevos cada tres meses, sin preocuparse.",
        "Si el dulce le gustó, en diciembre vuelve nuestro turrón de pistacho.",
      ],
      clean: [],
    },
  },
  [
    "En su opinión de Amazon, cuente cómo aguanta la batería tras una semana.",
    "Si nuestra ayuda le resultó útil, Amazon merece saberlo.",
    "Su pedido ya salió. Por cierto, nuestro turrón artesano vuelve para las fiestas.",
    "Si lo prefiere, para el próximo invierno le podemos reservar un juego de neumáticos de la misma medida.",
    "Puede suscribirse para recibir filtros nuevos cada tres meses, sin preocuparse.",
  ],
);

const CLASS_PROBES_MX: ClassProbes = {
  clean: {
    "marketing-soft-trap": [
      "Si algún día el problema vuelve, escríbanos sin más.",
      "Le devolvemos la diferencia: el precio baja a 399 pesos también en su pedido.",
      "Si le sirve, el manual existe también en PDF en la web del fabricante.",
      "La pieza existe también en la versión para el modelo antiguo: le mandamos la correcta.",
      "El técnico hace también la prueba final antes de irse.",
      "Quienes se llevaron su caso le escribirán mañana.",
      "Con cada pedido enviamos la factura por correo.",
      "Creamos un pedido nuevo para el cambio, sin costo.",
      "En la caja viene un juego de llaves Allen para el armado.",
      "El juego de sábanas del cambio ya está en existencia y sale mañana.",
      "Si le acomoda, el repartidor puede pasar el sábado.",
      "Solo tiene que mandarnos la nueva dirección y actualizamos la entrega.",
      "Su pedido llega hasta el lunes por el puente.",
      "Como ya es cliente Prime, el envío del cambio es gratis.",
      "El técnico baja a revisar la caldera en cuanto llegue.",
      "Creamos una etiqueta de devolución prepagada para usted.",
      "Quien compró el modelo anterior puede usar la misma pieza de repuesto.",
      "El reembolso corre por nuestra cuenta; disculpe las molestias.",
      "Si le sirve, le mandamos la factura también en PDF.",
      "El aroma del difusor de cambio es el mismo aroma del original.",
      "Durante todo el mes, los envíos salen con la misma paquetería.",
      "Un detalle importante: el repartidor necesita el número interior.",
      "En la misma visita, el técnico revisará también la manguera.",
      "También le ofrecemos un reembolso parcial si prefiere quedárselo.",
    ],
    "review-trap": [
      "Tenga en cuenta que la paquetería no entrega en domingo.",
      "Sería bueno recibir una foto del daño para completar la reclamación.",
      "Cada comentario sobre el diseño ayuda a quien hace el grabado.",
      "El envío de la pieza nueva corre por nuestra cuenta, disculpe de nuevo.",
      "Su opinión sobre la dedicatoria nos sirve antes de grabar.",
      "Si nos enseña la foto de la etiqueta, le mandamos la pieza correcta sin cobrarle nada.",
      "Las valoraciones de los técnicos coinciden: el defecto es de fábrica.",
      "Cuando vaya a evaluar si se queda el producto, tenga en cuenta que la devolución es gratis.",
      "La valoración de su aparato usado para el cambio es de 40 euros.",
      "Después de la revisión, la devolución corre por nuestra cuenta.",
    ],
    "star-rating-other": [
      "Nuestro repartidor deja el paquete en el hostal de 3 estrellas de la dirección.",
      "La pantalla de la lámpara está calada con estrellitas, como pidió.",
      "El minisplit de cambio tiene etiqueta A++ en enfriamiento.",
      "El colchón tiene una firmeza de 7 sobre 10 según el fabricante.",
      "La silla de auto sacó la nota máxima en la prueba de choque.",
      "El coñac que pidió es el tres estrellas, no el VSOP.",
      "Puede recoger el paquete en la recepción del hotel de cuatro estrellas antes de las 20 h.",
      "El juguete tiene marcado CE y cinco estrellas en la prueba de seguridad.",
    ],
    "review-word-other": [
      "Revisamos el presupuesto y le quitamos el costo del envío.",
      "Nuestro técnico dio una valoración favorable a la reparación.",
      "Le pedimos un comentario sobre la prueba del bordado antes de mañana.",
      "Valoremos juntos la mejor solución: ¿reembolso o nuevo envío?",
      "Déjenos un comentario en las notas del pedido con el horario que prefiera.",
      "La calificación del control de calidad fue buena, así que la pieza sale hoy.",
      "Le mandamos una actualización de la reparación cada dos días.",
      "¿Nos puede dar su opinión sobre la talla? Si le queda chica, la cambiamos.",
    ],
    "product-name": [
      "Su juego Cinco Estrellas Junior sale hoy por paquetería.",
      "El diario Mis Reseñas está listo con la dedicatoria que pidió.",
      "La olla Oferta del Chef llegó a nuestro almacén y sale mañana.",
      "El perfume Nueva Colección se agotó: le ofrecemos el reembolso.",
      "La playera Feedback Loop talla M ya se envió.",
      "El libro Cinco Estrellas en Madrid llega el jueves.",
      "La lámpara Star Rating 5 tiene cable de 2 metros.",
      "El set Promo Kids se cambió por una unidad nueva.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Si escribe un par de líneas en Amazon, mencione la amabilidad de nuestro repartidor.",
        messageId: "instructions",
      },
      {
        text:
          "En la valoración del producto bastaría con decir que llegó antes de tiempo.",
        messageId: "instructions",
      },
      {
        text: "En su reseña, resalte la calidad de las costuras, por favor.",
        messageId: "instructions",
      },
      {
        text: "Cuando nos califique, ponga como título Excelente compra.",
        messageId: "solicitation",
      },
      {
        text: "Nos gustaría que su reseña llevara una foto de la mesa puesta.",
        messageId: "instructions",
      },
      {
        text:
          "Al valorarnos, tenga en cuenta que el retraso fue de la paquetería y no nuestro.",
        messageId: "instructions",
      },
      {
        text:
          "Dele cinco estrellas a la relación calidad-precio cuando califique el artículo.",
        messageId: "solicitation",
      },
      {
        text:
          "En la calificación del vendedor escriba solo que el envío fue rápido.",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text:
          "Sería maravilloso leer unas palabras suyas sobre el producto entre las reseñas.",
        messageId: "solicitation",
      },
      {
        text: "¡Quién sabe, quizá un día encontremos su reseña en Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Cada estrella que recibimos en Amazon vale oro para nosotros.",
        messageId: "solicitation",
      },
      {
        text:
          "Si la licuadora la convenció, mucha gente agradecería saberlo por su reseña.",
        messageId: "solicitation",
      },
      {
        text: "Una valoración positiva suya nos haría sentir muy orgullosos.",
        messageId: "solicitation",
      },
      {
        text:
          "Las reseñas de clientes como usted ayudan a quienes compran después.",
        messageId: "solicitation",
      },
      {
        text: "Esperamos recibir pronto su calificación.",
        messageId: "solicitation",
      },
      {
        text:
          "Saber qué le pareció la lámpara, quizá en la página del producto, sería un regalo para nosotros.",
        messageId: "incentive",
      },
    ],
    "review-incentive": [
      {
        text:
          "Por cada reseña publicada, ponemos una muestra en su siguiente paquete.",
        messageId: "incentive",
      },
      {
        text:
          "Si nos enseña su valoración, le mandamos los repuestos sin cobrarle nada.",
        messageId: "incentive",
      },
      {
        text:
          "Las reseñas de nuestros clientes se agradecen con un detalle de nuestra parte.",
        messageId: "incentive",
      },
      {
        text:
          "Después de su reseña, el envío de la devolución corre por nuestra cuenta.",
        messageId: "incentive",
      },
      {
        text:
          "A quien deja una opinión en Amazon le damos un 20 % en la segunda compra.",
        messageId: "solicitation",
      },
      {
        text:
          "A cambio de un par de líneas sobre el producto, le ampliamos la garantía seis meses.",
        messageId: "incentive",
      },
      {
        text:
          "Deje una reseña y participe en el sorteo de un vale de 500 pesos.",
        messageId: "incentive",
      },
      {
        text:
          "Su calificación en Amazon le vale un descuento en el próximo pedido.",
        messageId: "incentive",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Ya le mandamos la funda nueva. PD: si le gustó el estilo, eche también un ojo a nuestras carteras de piel.",
        messageId: "crossSell",
      },
      {
        text:
          "El kit de repuesto llega el viernes. Desde este mes fabricamos además la tetera en acero inoxidable.",
        messageId: "crossSell",
      },
      {
        text:
          "Si algún día quiere un segundo juego de sábanas, le dejamos el mismo precio.",
        messageId: "promotion",
      },
      {
        text:
          "Para quienes se llevaron la panificadora como usted, pensamos en un juego de moldes a su medida.",
        messageId: "crossSell",
      },
      {
        text:
          "Además de las velas que pidió, nuestro taller hace difusores con el mismo aroma.",
        messageId: "crossSell",
      },
      {
        text:
          "Con la llegada del otoño renovamos toda la línea de cobijas: las novedades están en nuestro espacio de Amazon.",
        messageId: "crossSell",
      },
      {
        text:
          "Si le sirve, la misma crema existe también en presentación de 500 ml.",
        messageId: "crossSell",
      },
      {
        text:
          "¡Gracias por su pedido! Nuestro molino de café más pedido vuelve a estar en existencia.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text:
          "A partir del lunes arranca la semana de ofertas en todo nuestro catálogo.",
        messageId: "promotion",
      },
      {
        text:
          "A quienes ya nos compraron les guardamos un precio especial durante todo noviembre.",
        messageId: "promotion",
      },
      {
        text:
          "Le avisamos que el precio de la tetera baja a 399 pesos solo hasta el jueves.",
        messageId: "promotion",
      },
      {
        text:
          "Para usted que ya es cliente, envío gratis en cualquier pedido hasta fin de año.",
        messageId: "promotion",
      },
      {
        text:
          "El cupón adjunto sirve en toda la tienda hasta el 15 de diciembre.",
        messageId: "promotion",
      },
      {
        text:
          "Acabamos de lanzar nuestro programa de puntos: cada compra se convierte en descuento.",
        messageId: "promotion",
      },
      {
        text:
          "Aproveche el precio de lanzamiento de la nueva freidora, vigente solo unos días más.",
        messageId: "promotion",
      },
    ],
  },
};

testClassProbes("es-MX", CLASS_PROBES_MX);
testProbes(
  "es-MX",
  {
    "marketing-soft": {
      violations: [
        "Nuestro taller hace cortinas y cojines a medida: solo tiene que mandarnos las medidas.",
        "Ya resuelto lo del termostato, le recordamos que también nos encargamos de la limpieza de minisplits.",
      ],
      clean: [],
    },
    "marketing-promo": {
      violations: [
        "Llevando tres artículos, el más barato le sale gratis.",
      ],
      clean: [],
    },
  },
  [
    "Nuestro taller hace cortinas y cojines a medida: solo tiene que mandarnos las medidas.",
    "Ya resuelto lo del termostato, le recordamos que también nos encargamos de la limpieza de minisplits.",
  ],
);

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("es-ES", {
  "review-word-other": {
    violations: [
      "Le agradeceríamos mucho que dejara una reseña en Amazon.",
      "¿Podría compartir su opinión sobre el producto con otros clientes?",
      "Por favor, valore nuestro producto si está satisfecho.",
      "Su reseña en Amazon ayuda mucho a otros compradores.",
      "Nos encantaría saber qué le parece su compra, unas palabras en Amazon bastan.",
      "Una reseña sincera de su nuevo proyector sería genial.",
      "Si le gusta el lienzo, un breve comentario en Amazon nos haría mucha ilusión.",
      "Su opinión cuenta: comparta su experiencia con el aparato con otros compradores.",
    ],
    clean: [
      "¿Podría revisar y aprobar la prueba de impresión adjunta antes de imprimir?",
      "Hemos revisado su reclamación y le devolveremos el importe íntegro.",
      "Su solicitud de garantía está siendo evaluada por nuestro técnico.",
      "El perito ha valorado los daños, le adjuntamos su informe.",
      "La lámpara tiene clase energética A y grado de protección IP44.",
      "El cargador tiene una potencia nominal de 65 W y la batería aguanta 2000 ciclos.",
      "Nos interesa su opinión: ¿qué color prefiere como reemplazo, azul o gris?",
      "Necesitamos sus comentarios sobre la muestra de color antes del viernes.",
      "¿Podría darnos un breve feedback sobre el boceto del grabado?",
      "Según la valoración del técnico, el aparato ya no se puede reparar.",
      "Su devolución se está revisando, normalmente tarda dos días hábiles.",
      "¿Puede revisar el diseño y decirnos si el nombre está bien escrito?",
      "Valoramos su opinión sobre qué talla le enviamos.",
      "La repisa soporta una carga de 40 kg.",
      "Su solicitud de reembolso ha sido revisada y aprobada.",
      "Hola, la prueba de impresión de su lienzo ya está lista. ¿Puede echarle un vistazo y darnos su opinión sobre los colores? Después imprimimos.",
      "Hola, su devolución ha llegado. Nuestro equipo revisa el artículo y valora su estado, y luego le reembolsamos.",
      "Queremos su opinión: ¿grabamos el texto en dorado o en plateado? Responda antes del miércoles, por favor.",
      "El perito ha valorado positivamente el daño de transporte, así que recibirá el importe completo.",
      "¿Puede valorar con las fotos adjuntas qué tela prefiere para la funda?",
      "Su valoración del ajuste nos ayuda a enviar la talla correcta: ¿la chaqueta le queda justa u holgada?",
      "El cargador de pared está dimensionado para 22 kW; el electricista debe revisar antes la instalación.",
      "Quedamos a la espera de su respuesta sobre la cita: ¿le va bien el jueves de 8 a 12?",
      "¿Podría estimar si el ruido viene del motor o del ventilador? Así le mandamos la pieza correcta.",
      "Según el informe pericial la reparación no compensa, por eso recibirá un aparato nuevo.",
    ],
  },
  "star-rating-other": {
    violations: [
      "¡Cinco estrellas de su parte nos ayudarían muchísimo!",
      "Por favor, denos 5 estrellas si todo salió bien.",
      "Cinco estrellas por nuestro servicio nos harían muy felices.",
    ],
    clean: [
      "En el cojín bordamos cinco estrellas encima del nombre.",
      "En el paquete va una hoja de pegatinas con estrellas doradas.",
      "Imprimimos tres estrellas en el topper de la tarta, como pidió.",
      "El frigorífico es de clase D según la etiqueta energética.",
      "Entreguen en el hotel de cuatro estrellas junto a la estación, habitación 214.",
      "La guirnalda tiene cinco estrellas plateadas y tres doradas.",
      "El diseño muestra cinco estrellas en semicírculo con el nombre de su club debajo. ¿Nos da el visto bueno?",
      "En la lámina de azúcar imprimimos, como acordamos, 3 estrellas doradas y el número 40.",
      "La entrega es en el resort de cinco estrellas, la recepción recogerá el paquete.",
      "Pulse dos veces la tecla asterisco para abrir el menú de servicio del teléfono.",
      "El hotel tiene cuatro estrellas y recoge paquetes en recepción.",
    ],
  },
  "negation": {
    violations: [
      "¡No olvide dejarnos una reseña!",
    ],
    clean: [
      "No tiene que valorar nada, el reembolso es automático.",
      "No hace falta ninguna peritación, puede quedarse el artículo.",
      "No hace falta una valoración del daño por un perito, las fotos bastan.",
      "No tiene que darnos su opinión sobre el boceto; si todo está bien, imprimimos directamente.",
    ],
  },
  "product-name": {
    violations: [
      "Si le gusta el proyector Cielo Estrellado, déjenos una reseña.",
    ],
    clean: [
      'El portadocumentos "Review Pro" se envía mañana.',
      "Su proyector Cielo Estrellado ya está en camino.",
      'Su lámpara de noche "Estrella Fugaz 5" ha salido hoy con SEUR.',
      'El juego de mesa "Cinco Estrellas" llegó dañado, le enviamos otro.',
      "El pulsador de feedback para su clase llegará mañana.",
    ],
  },
});
testProbes("es-MX", {
  "review-word-other": {
    violations: [
      "Nos ayudaría muchísimo su reseña en Amazon.",
      "¿Nos regala cinco estrellitas si le gustó el producto?",
      "Si quedó contento, califique su compra en Amazon, por favor.",
    ],
    clean: [
      "¿Nos ayuda a revisar la prueba de impresión antes de mandarla a producción?",
      "Ya revisamos su reclamo y le vamos a reembolsar todo.",
      "El técnico está evaluando su caso de garantía.",
      "Sus comentarios sobre el diseño de la taza nos sirven para hacer el grabado.",
      "¿Qué opina, le mandamos el reemplazo en negro o en blanco?",
      "El ventilador tiene una clasificación de eficiencia energética A.",
    ],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "Le bordamos tres estrellitas en la gorra como pidió.",
      "La entrega es en el hotel cinco estrellas de Reforma, con el conserje.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("es-ES", {
  "review-word-other": {
    violations: [],
    clean: [
      "El transportista dejó un aviso de entrega, puede recoger el paquete en la oficina.",
      "¿Nos puede enviar la opinión del técnico para tramitar la garantía?",
      "La tasación de su aparato antiguo para el plan renove es de 80 euros.",
      "Le dejamos una nota en el paquete con las instrucciones de montaje.",
      "Díganos por favor qué calificación energética tiene su vivienda para elegir el radiador correcto.",
    ],
  },
});
testProbes("es-MX", {
  "review-word-other": {
    violations: [],
    clean: [
      "Le pedimos que nos mande la nota de remisión para tramitar el cambio.",
      "¿Nos comparte la evaluación del técnico para procesar la garantía, por favor?",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("es-ES", {
  "review-word-other": {
    violations: [
      "Ahora que el problema está resuelto, ¿le importaría revisar su reseña?",
      "Esperamos que ahora pueda cambiar su reseña de dos estrellas.",
      "Si no está satisfecho, contáctenos antes de escribir una reseña.",
      "Para agradecerle su reseña le incluimos una tarjeta regalo.",
      "Su opinión en la ficha del producto ayudaría a otros compradores a decidir.",
    ],
    clean: [
      "Escriba el nombre que quiera como comentario del pedido y lo grabamos.",
      "Hemos trasladado sus comentarios al fabricante, que revisará el lote.",
      "¿Puede valorar rápidamente cómo es el arañazo, pequeño o muy visible? Así decidimos entre cambio o reembolso parcial.",
      "Denos su opinión: ¿le enviamos la pieza o directamente un aparato nuevo?",
    ],
  },
});

import { testProbes } from "../_lexicon_cases.ts";

// Review manipulation written around the review word: rewards for a post,
// a photo or a rating (money back, a refill, a voucher, a prize draw, a
// longer warranty), what to write, star counts wished for, asking before
// anything is posted in public, and a rating asked to change; each hidden
// in an ordinary message. Next to them, clean traps with the same words:
// a refund for a defect, a screenshot of an error, a proof to check, "no
// review is needed", a hotel's stars.

testProbes("es-ES", {
  "review-indirect": {
    violations: [
      "Hola Lucía, tu molinillo (pedido 402-1234567-7654321) sale hoy con SEUR. Si subes una foto del molinillo a tu opinión, te devolvemos los gastos de envío. ¡Que lo disfrutes!",
      "Hola, gracias por tu pedido 403-2345678-8765432. Como agradecimiento por unas palabras en la página del producto, te regalamos un paquete de recambios. Un saludo.",
      "Estimada clienta, su pedido 404-3456789-9876543 llega el viernes. Entre quienes dejen una valoración este mes sorteamos un cheque regalo de 50 euros. ¡Buen fin de semana!",
      "Hola, tus tijeras de podar (pedido 405-4567890-0987654) ya están en camino. Mándanos una captura de tu reseña y te ampliamos la garantía un año más. Saludos.",
      "Hola, la lámpara del pedido 406-5678901-1098765 llegará con dos días de retraso. Cuando la valores, comenta lo rápido que resolvimos el retraso, por favor. Disculpa las molestias.",
      "Hola, gracias por el pedido 407-6789012-2109876. Si puntúas la compra, cinco estrellas significarían muchísimo para nuestro pequeño negocio familiar.",
      "Hola, tu collar con nombre (pedido 408-7890123-3210987) se está grabando. Tus palabras en la ficha del producto ayudarían a otras familias a elegir la talla. Mañana te mandamos el seguimiento.",
      "Hola, tu pedido 409-8901234-4321098 está en camino. Unas estrellitas de tu parte nos alegrarían el día. Para cualquier duda del montaje, responde aquí.",
      "Hola Marta, sentimos que el vaso de la batidora llegara roto (pedido 401-9012345-5432109). Hoy sale uno nuevo. Si no quedas del todo contenta, escríbenos antes de publicar nada.",
      "Estimado Sr. García, ahora que el cargador de repuesto funciona (pedido 402-0123456-6543210), ¿le importaría modificar la valoración de una estrella? Se lo agradeceríamos mucho.",
      "Hola, tu esterilla de yoga (pedido 403-1357913-2468024) ya salió del almacén. Cuéntales a otros compradores qué te parece el agarre, confían en impresiones sinceras como la tuya.",
      "Hola, tu café (pedido 404-2468024-1357913) sale el lunes. Deja tu opinión en Amazon y te enviamos un código del 15 % para tu próxima bolsa. ¡Disfrútalo!",
      "Hola, tu clave de licencia (pedido 402-5555555-6666666) es ABCD-1234. Cuando tu publicación sobre la app esté en Amazon, mándanos el enlace y te devolvemos la mitad del precio.",
      "Hola, pedido 403-5555555-6666666 listo. Comparte tu experiencia en la ficha del producto y recibirás un vale de 10 € para tu próximo pedido.",
      "Hola, por cada foto que subas a la página del producto te mandamos otro filtro gratis (pedido 404-5555555-6666666).",
      "Hola, tu código (pedido 405-5555555-6666666) va adjunto. Cuando puntúes la app, cuéntale a todo el mundo lo fácil que fue activarla.",
      "Hola, el pedido 406-5555555-6666666 va en camino. Tus estrellas en la ficha ayudarían a otras familias más de lo que crees.",
      "Hola Paula, tu set de velas (pedido 402-7777777-8888888) ya salió. Cada mes sorteamos una tarjeta regalo de 50 € entre quienes dejan un comentario en el anuncio. ¡Suerte!",
      "Hola, una línea tuya en la página del producto vale un envoltorio de regalo gratis en tu próximo pedido (pedido 403-7777777-8888888).",
      "Hola, tu limpiador (pedido 404-7777777-8888888) llega mañana. Cuando escribas tu reseña, estaría genial que destacaras el aroma a limón.",
      "Hola Marcos, si algo no estuviera perfecto, háblanos antes de poner estrellas, por favor (pedido 405-7777777-8888888).",
      "Hola, nada nos haría más ilusión que leer tus impresiones sobre la manta en Amazon (pedido 406-7777777-8888888).",
      "Hola, el reembolso del pedido 407-7777777-8888888 ya está hecho. ¿Te importaría revisar las estrellas que nos diste la semana pasada?",
    ],
    clean: [
      "Hola Lucía, tu molinillo (pedido 402-1234567-7654321) llegó con una grieta. Te devolvemos los gastos de envío y hoy enviamos una tolva nueva, no hace falta devolver la antigua.",
      "Hola, sobre el pedido 403-2345678-8765432: faltaban los recambios. Como agradecimiento por tu paciencia, te los regalamos con el envío de mañana. Un saludo.",
      "Hola, para tus tijeras (pedido 405-4567890-0987654): mándanos una captura del mensaje de error para que nuestro técnico lo revise. Tu garantía sigue vigente.",
      "Hola, la lámpara del pedido 406-5678901-1098765 lleva retraso. Cuando nos escribas, indica tu número de pedido para encontrarlo antes.",
      "Hola, para tu collar (pedido 408-7890123-3210987): revisa el boceto adjunto y danos tu opinión sobre la ortografía y la fuente antes de grabarlo.",
      "Hola, tu pedido 409-8901234-4321098 se entregará en el hotel de cuatro estrellas que indicaste. Avisa en recepción, por favor.",
      "Hola Marta, el vaso llegó roto (pedido 401-9012345-5432109). Si el repuesto tampoco te convence, escríbenos y te devolvemos el importe completo.",
      "Hola, tu esterilla (pedido 403-1357913-2468024) ya salió. No tienes que dejar ninguna valoración ni hacer nada más; solo queríamos avisarte.",
      "Hola, nuestro equipo ha revisado tu reclamación de garantía (pedido 404-2468024-1357913) y aprobamos un reemplazo gratuito. Sale el lunes.",
      "Hola, tu comentario sobre la guía de tallas nos ayudó a corregirla. Tus barras de cortina (pedido 405-1122334-4556677) llegan el jueves.",
      "Hola, según la placa de características del pedido 406-1122334-4556677, el calefactor es de 2000 W. No tienes que hacer nada.",
      "Hola, ¿podrías confirmarnos si la etiqueta energética de la nevera (pedido 407-2233445-5566778) indica clase A o B? Gracias.",
      "Hola, si la clave (pedido 402-5555555-6666666) no funciona, mándanos una captura y te devolvemos el precio completo.",
      "Hola, el vale por el retraso (pedido 403-5555555-6666666) ya está en tu cuenta; no tienes que hacer nada.",
      "Hola, sube una foto de la etiqueta en el mensaje de Amazon para identificar el modelo (pedido 404-5555555-6666666).",
      "Hola Paula, tu set de velas (pedido 402-7777777-8888888) ya salió. La tarjeta regalo que pediste va en el paquete. ¡Suerte!",
      "Hola, cuando nos escribas, indica el número de lote del frasco (pedido 404-7777777-8888888).",
      "Hola Marcos, si algo no estuviera perfecto, háblanos y lo solucionamos enseguida (pedido 405-7777777-8888888).",
      "Hola, el reembolso del pedido 407-7777777-8888888 ya está hecho. ¿Te importaría revisar el paquete por si faltan tornillos?",
      "Hola, como dice la ficha del producto, la lámpara usa dos pilas AA (pedido 402-9999999-1111111).",
      "Hola, si la tabla de tallas de la página del producto no está clara, escríbenos y medimos una por ti.",
      "Hola, escribe el número de pedido en la etiqueta de devolución; la dirección también está en la página del producto.",
    ],
  },
});

testProbes("es-MX", {
  "review-indirect": {
    violations: [
      "Hola Sofía, tu licuadora (pedido 701-1234567-7654321) ya va en camino. Si nos compartes una foto en tu reseña, te reembolsamos el envío. ¡Saludos!",
      "Buen día, su pedido 702-2345678-8765432 llega el jueves. Por calificar su compra en Amazon le mandamos de regalo un termo. Quedamos atentos.",
      "Hola, tu pedido 703-3456789-9876543 salió hoy. Nos ayudaría un montón que en tu comentario menciones lo rápido del envío. ¡Gracias!",
      "Hola Jorge, ya funciona el cargador nuevo (pedido 704-4567890-0987654). ¿Podrías cambiar tus dos estrellitas por algo que refleje la solución? Te lo agradeceríamos.",
      "Hola, tu pedido 705-5678901-1098765 está listo. Si todo salió bien, una calificación de cinco estrellas nos ayuda mucho; si no, mándanos mensaje primero.",
      "Hola, tu mochila (pedido 706-6789012-2109876) llega mañana. Unas palabras tuyas en la página del artículo les servirían mucho a otros papás. ¡Buen día!",
      "Hola, tu pedido 702-1212121-3434343 sale hoy. En la página del producto, nomás di que las correas son más resistentes de lo que parecen. ¡Gracias!",
      "Hola, tu pedido 703-1212121-3434343 está confirmado. Nos encantaría que otros dueños de perros supieran por ti cómo le queda el arnés.",
      "Hola Meg, tu pedido 704-1212121-3434343 va en camino. Califica tu compra cuando la pruebes y menciona que te contestamos en menos de una hora.",
    ],
    clean: [
      "Hola Sofía, tu licuadora (pedido 701-1234567-7654321) llegó golpeada. Mándanos una foto del daño y te reembolsamos el envío. ¡Saludos!",
      "Buen día, su pedido 702-2345678-8765432 llega el jueves. Le regalamos un termo por la demora en la entrega. Quedamos atentos.",
      "Hola, tu pedido 703-3456789-9876543 salió hoy. En tu mensaje menciona el número de pedido para ubicarlo rápido. ¡Gracias!",
      "Hola, tu pedido 705-5678901-1098765 está listo. Si algo no sale bien, mándanos mensaje y lo resolvemos.",
      "Hola, tu mochila (pedido 706-6789012-2109876) llega mañana. La guía de tallas está en la página del artículo por si la necesitas. ¡Buen día!",
      "Hola, no necesitas calificar ni escribir nada; solo confirma la dirección del pedido 707-1122334-4556677.",
      "Hola, tu pedido 702-1212121-3434343 sale hoy. En la página del producto encuentras la tabla de medidas de las correas. ¡Gracias!",
      "Hola, tu pedido 703-1212121-3434343 está confirmado. Si el arnés no le queda, escríbenos y lo cambiamos.",
    ],
  },
});

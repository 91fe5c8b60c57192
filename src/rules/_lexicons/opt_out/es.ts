// This module is browser compatible.

/**
 * Spanish opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

const MESSAGES =
  "(?:mensajes|correos|e-mails|emails|notificaciones|comunicaciones|sms|novedades|avisos|alertas|recordatorios|actualizaciones)";

/** Spanish opt-out phrases. */
export const OPT_OUT_ES: readonly string[] = [
  "(?:darse|darte|darle|d[ée]se|d[áa]te|d[ée]nse) de baja",
  // Not a product subscription managed with skips or pauses ("saltar una
  // entrega, cambiar la frecuencia o cancelar la suscripción").
  "(?=cancel|anul)(?<!(?:(?<!\\p{L})(?:saltar|saltarse|omitir|pausar|posponer|aplazar) (?:una |un |la |el |las |los |su |sus )?(?:próxima |próximo |siguiente )?(?:entrega|envío|envio|pedido|caja)\\p{L}*|cambiar la frecuencia de (?:las |los |sus )?(?:entregas|envíos|envios))[^.!?\\n]{0,40})(?:cancelar|anular|cancele|anule|cancela|anula) (?:la |su |tu )?suscripci[oó]n",
  String.raw`des-?suscri\p{L}{1,8}`,
  `dejar de recibir ‥ ${MESSAGES}`,
  `no (?:desea|quiere|deseas|quieres|desean|quieren) m[aá]s ${MESSAGES}`,
  `no (?:recibir|seguir recibiendo) m[aá]s ${MESSAGES}`,
  `no seguir recibiendo ${MESSAGES}`,
  `no (?:desea|quiere|deseas|quieres|desean|quieren) (?:seguir recibiendo|recibir m[aá]s|recibir) (?:m[aá]s )?(?:(?:estos|estas|nuestros|nuestras|los|las|sus|tus) )?${MESSAGES}`,
  // "…y lo damos de baja": the seller takes the buyer off its list.
  "(?:lo|la|le|los|las|te) (?:damos|daremos|doy) de baja",
  `(?:responda|responde|env[ií]e|env[ií]a|conteste|escriba|escribe) (?:con )?(?:la palabra )?["“«]?(?:stop|baja)`,
  // With the seller as a pronoun: "contéstenos con la palabra BAJA".
  String
    .raw`(?:resp[oó]nd|cont[eé]st|escr[ií]b|env[ií])\p{L}{1,6}nos (?:con )?(?:la palabra )?["“«]?(?:stop|baja)`,
  "(?:no|dejar de) (?:saber|tener noticias) (?:m[aá]s )?de nosotros",
];

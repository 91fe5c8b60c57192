// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `confirmDeliveryDetails` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { CONFIRM_DELIVERY_DETAILS_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [CONFIRM_DELIVERY_DETAILS_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "confirmDeliveryDetails"));
 * assert.ok(composer.locales("confirmDeliveryDetails").includes("en-US"));
 * ```
 */
export const CONFIRM_DELIVERY_DETAILS_TEMPLATES: TemplateSet = [
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"ar-AE","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"مرحبًا،\n\nنتواصل معكم لتأكيد موعد توصيل الطلب رقم ","line":1,"column":1},{"text":" (","line":3,"column":58},{"text":"). ستتولى شركة الشحن ","line":3,"column":76},{"text":" توصيل الطلب في الموعد التالي:\n\n","line":3,"column":108},{"text":"\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود من يستلم الشحنة خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى ذكر اليوم والوقت المناسبين في ردكم، وسنعمل على ترتيب موعد جديد مع شركة الشحن.\n\nمع أطيب التحيات،\n","line":5,"column":46},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنتواصل معكم لتأكيد موعد توصيل الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":49,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":40},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":59},"end":{"line":3,"column":75}}})) != null ? stack1 : "")
    + "). ستتولى شركة الشحن "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":21,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":96},"end":{"line":3,"column":107}}})) != null ? stack1 : "")
    + " توصيل الطلب في الموعد التالي:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":32,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود من يستلم الشحنة خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى ذكر اليوم والوقت المناسبين في ردكم، وسنعمل على ترتيب موعد جديد مع شركة الشحن.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":209,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"de-DE","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Guten Tag,\n\nwir möchten den Liefertermin für Ihre Bestellung ","line":1,"column":1},{"text":" (","line":3,"column":67},{"text":") mit Ihnen abstimmen.\nDa der Artikel per Spedition geliefert wird, muss bei der Zustellung jemand vor Ort sein, um die Sendung anzunehmen.\n\nSpedition: ","line":3,"column":85},{"text":"\nLiefertermin: ","line":6,"column":23},{"text":"\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass in diesem Zeitraum jemand unter der Lieferadresse anwesend ist.\nFalls der Termin für Sie ungünstig ist, nennen Sie uns in Ihrer Antwort bitte einen Tag und eine Uhrzeit, die Ihnen besser passen. Wir vereinbaren dann mit der Spedition einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n","line":7,"column":60},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nwir möchten den Liefertermin für Ihre Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":61,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":84}}})) != null ? stack1 : "")
    + ") mit Ihnen abstimmen.\nDa der Artikel per Spedition geliefert wird, muss bei der Zustellung jemand vor Ort sein, um die Sendung anzunehmen.\n\nSpedition: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":152,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":22}}})) != null ? stack1 : "")
    + "\nLiefertermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":14},"end":{"line":7,"column":59}}}),{"name":"__data","hash":{"gap":15,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":14},"end":{"line":7,"column":59}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass in diesem Zeitraum jemand unter der Lieferadresse anwesend ist.\nFalls der Termin für Sie ungünstig ist, nennen Sie uns in Ihrer Antwort bitte einen Tag und eine Uhrzeit, die Ihnen besser passen. Wir vereinbaren dann mit der Spedition einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":356,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"en-GB","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing to confirm the delivery appointment for your order ","line":1,"column":1},{"text":" (","line":3,"column":83},{"text":").\nAs this item is being delivered by a freight carrier, someone needs to be available to receive it.\n\nCarrier: ","line":3,"column":101},{"text":"\nDelivery window: ","line":6,"column":21},{"text":"\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time isn't convenient, reply with a day and time that suit you better, and we will arrange a new delivery slot with the carrier.\n\nKind regards,\n","line":7,"column":63},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing to confirm the delivery appointment for your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":73,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ").\nAs this item is being delivered by a freight carrier, someone needs to be available to receive it.\n\nCarrier: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":112,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\nDelivery window: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}}),{"name":"__data","hash":{"gap":18,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time isn't convenient, reply with a day and time that suit you better, and we will arrange a new delivery slot with the carrier.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":259,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"en-US","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing to confirm the delivery appointment for your order ","line":1,"column":1},{"text":" (","line":3,"column":83},{"text":").\nBecause this item is shipped by freight, someone needs to be available to receive it.\n\nCarrier: ","line":3,"column":101},{"text":"\nDelivery window: ","line":6,"column":21},{"text":"\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time doesn't work for you, reply with a date and time that work better, and we will arrange a new delivery appointment with the carrier.\n\nThank you,\n","line":7,"column":63},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing to confirm the delivery appointment for your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":73,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ").\nBecause this item is shipped by freight, someone needs to be available to receive it.\n\nCarrier: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":99,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\nDelivery window: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}}),{"name":"__data","hash":{"gap":18,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time doesn't work for you, reply with a date and time that work better, and we will arrange a new delivery appointment with the carrier.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":264,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"es-ES","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Hola:\n\nQueremos confirmar con usted la cita de entrega de su pedido ","line":1,"column":1},{"text":" (","line":3,"column":79},{"text":").\nComo este artículo lo entrega una empresa de transporte de mercancías, es necesario que haya alguien para recibirlo.\n\nTransportista: ","line":3,"column":97},{"text":"\nFranja de entrega: ","line":6,"column":27},{"text":"\n\nResponda a este mensaje para confirmar que habrá alguien en la dirección de entrega durante esta franja horaria.\nSi no le viene bien, indíquenos en su respuesta el día y la hora que mejor le convengan y acordaremos una nueva cita con el transportista.\n\nUn cordial saludo,\n","line":7,"column":65},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nQueremos confirmar con usted la cita de entrega de su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":68,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ").\nComo este artículo lo entrega una empresa de transporte de mercancías, es necesario que haya alguien para recibirlo.\n\nTransportista: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":136,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nFranja de entrega: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":19},"end":{"line":7,"column":64}}}),{"name":"__data","hash":{"gap":20,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":19},"end":{"line":7,"column":64}}})) != null ? stack1 : "")
    + "\n\nResponda a este mensaje para confirmar que habrá alguien en la dirección de entrega durante esta franja horaria.\nSi no le viene bien, indíquenos en su respuesta el día y la hora que mejor le convengan y acordaremos una nueva cita con el transportista.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":274,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"es-MX","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Hola:\n\nQueremos confirmar con usted la cita de entrega de su pedido ","line":1,"column":1},{"text":" (","line":3,"column":79},{"text":").\nComo este producto lo entrega una empresa de transporte de carga, es necesario que alguien esté presente para recibirlo.\n\nTransportista: ","line":3,"column":97},{"text":"\nHorario de entrega: ","line":6,"column":27},{"text":"\n\nPor favor, responda a este mensaje para confirmar que habrá alguien en el domicilio de entrega en ese horario.\nSi ese horario no le acomoda, indíquenos en su respuesta el día y la hora que más le convengan y programaremos una nueva entrega con el transportista.\n\nSaludos cordiales,\n","line":7,"column":66},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nQueremos confirmar con usted la cita de entrega de su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":68,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ").\nComo este producto lo entrega una empresa de transporte de carga, es necesario que alguien esté presente para recibirlo.\n\nTransportista: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":140,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nHorario de entrega: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}}),{"name":"__data","hash":{"gap":21,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje para confirmar que habrá alguien en el domicilio de entrega en ese horario.\nSi ese horario no le acomoda, indíquenos en su respuesta el día y la hora que más le convengan y programaremos una nueva entrega con el transportista.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":284,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"fr-FR","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Bonjour,\n\nNous souhaitons confirmer avec vous le rendez-vous de livraison de votre commande ","line":1,"column":1},{"text":" (","line":3,"column":100},{"text":").\nCet article étant livré par un transporteur, une personne doit être présente pour le réceptionner.\n\nTransporteur : ","line":3,"column":118},{"text":"\nCréneau de livraison : ","line":6,"column":27},{"text":"\n\nMerci de répondre à ce message pour confirmer qu'une personne sera présente à l'adresse de livraison pendant ce créneau.\nSi ce créneau ne vous arrange pas, indiquez-nous dans votre réponse le jour et l'heure qui vous conviennent le mieux, et nous fixerons un nouveau rendez-vous avec le transporteur.\n\nCordialement,\n","line":7,"column":69},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nNous souhaitons confirmer avec vous le rendez-vous de livraison de votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":92,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":99}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":101},"end":{"line":3,"column":117}}})) != null ? stack1 : "")
    + ").\nCet article étant livré par un transporteur, une personne doit être présente pour le réceptionner.\n\nTransporteur : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":118,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nCréneau de livraison : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":68}}}),{"name":"__data","hash":{"gap":24,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":68}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message pour confirmer qu'une personne sera présente à l'adresse de livraison pendant ce créneau.\nSi ce créneau ne vous arrange pas, indiquez-nous dans votre réponse le jour et l'heure qui vous conviennent le mieux, et nous fixerons un nouveau rendez-vous avec le transporteur.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":318,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"hi-IN","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"नमस्ते,\n\nहम आपके ऑर्डर ","line":1,"column":1},{"text":" (","line":3,"column":32},{"text":") की डिलीवरी के समय की पुष्टि करने के लिए आपसे संपर्क कर रहे हैं। ","line":3,"column":50},{"text":" द्वारा डिलीवरी इस समय पर की जाएगी:\n\n","line":3,"column":127},{"text":"\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान डिलीवरी लेने के लिए कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में अपनी सुविधा का दिन और समय बताएँ, ताकि हम ","line":5,"column":46},{"text":" के साथ नया समय तय करने की कोशिश कर सकें।\n\nसादर,\n","line":7,"column":205},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nहम आपके ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":23,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + ") की डिलीवरी के समय की पुष्टि करने के लिए आपसे संपर्क कर रहे हैं। "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":66,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":115},"end":{"line":3,"column":126}}})) != null ? stack1 : "")
    + " द्वारा डिलीवरी इस समय पर की जाएगी:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":37,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान डिलीवरी लेने के लिए कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में अपनी सुविधा का दिन और समय बताएँ, ताकि हम "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":195,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":193},"end":{"line":7,"column":204}}})) != null ? stack1 : "")
    + " के साथ नया समय तय करने की कोशिश कर सकें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":49,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"it-IT","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Buongiorno,\n\nVorremmo confermare con lei l'appuntamento di consegna del suo ordine ","line":1,"column":1},{"text":" (","line":3,"column":88},{"text":").\nPoiché l'articolo viene consegnato da un trasportatore su appuntamento, è necessario che qualcuno sia presente per riceverlo.\n\nTrasportatore: ","line":3,"column":106},{"text":"\nFascia di consegna: ","line":6,"column":27},{"text":"\n\nLa preghiamo di rispondere a questo messaggio per confermare che in questa fascia oraria ci sarà qualcuno all'indirizzo di consegna.\nSe l'orario non le va bene, ci indichi nella risposta il giorno e l'orario che preferisce e concorderemo una nuova consegna con il trasportatore.\n\nCordiali saluti,\n","line":7,"column":66},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nVorremmo confermare con lei l'appuntamento di consegna del suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":83,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":89},"end":{"line":3,"column":105}}})) != null ? stack1 : "")
    + ").\nPoiché l'articolo viene consegnato da un trasportatore su appuntamento, è necessario che qualcuno sia presente per riceverlo.\n\nTrasportatore: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":145,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nFascia di consegna: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}}),{"name":"__data","hash":{"gap":21,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio per confermare che in questa fascia oraria ci sarà qualcuno all'indirizzo di consegna.\nSe l'orario non le va bene, ci indichi nella risposta il giorno e l'orario che preferisce e concorderemo una nuova consegna con il trasportatore.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":299,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"ja-JP","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）の配達日時について、ご確認をお願いいたします。商品「","line":4,"column":27},{"text":"」は、","line":4,"column":70},{"text":"により以下の日時にお届けする予定です。\n\n","line":4,"column":84},{"text":"\n\nこの時間帯に商品をお受け取りいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信いただければ、","line":6,"column":46},{"text":"と配達日時を調整いたします。\n\n何卒よろしくお願いいたします。\n","line":8,"column":86},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の配達日時について、ご確認をお願いいたします。商品「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":27,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":53},"end":{"line":4,"column":69}}})) != null ? stack1 : "")
    + "」は、"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":83}}})) != null ? stack1 : "")
    + "により以下の日時にお届けする予定です。\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":45}}}),{"name":"__data","hash":{"gap":21,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":45}}})) != null ? stack1 : "")
    + "\n\nこの時間帯に商品をお受け取りいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信いただければ、"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":76,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":8,"column":74},"end":{"line":8,"column":85}}})) != null ? stack1 : "")
    + "と配達日時を調整いたします。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":32,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"nl-NL","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Beste klant,\n\nGraag bevestigen we met u de bezorgafspraak voor uw bestelling ","line":1,"column":1},{"text":" (","line":3,"column":81},{"text":").\nOmdat dit artikel door een vrachtvervoerder wordt bezorgd, moet er iemand aanwezig zijn om de zending in ontvangst te nemen.\n\nVervoerder: ","line":3,"column":99},{"text":"\nBezorgtijdvak: ","line":6,"column":24},{"text":"\n\nWilt u dit bericht beantwoorden om te bevestigen dat er binnen dit tijdvak iemand op het bezorgadres aanwezig is?\nKomt dit tijdstip niet goed uit, laat ons dan in uw antwoord weten welke dag en tijd u beter uitkomt. Wij maken dan een nieuwe afspraak met de vervoerder.\n\nMet vriendelijke groet,\n","line":7,"column":61},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nGraag bevestigen we met u de bezorgafspraak voor uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":77,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + ").\nOmdat dit artikel door een vrachtvervoerder wordt bezorgd, moet er iemand aanwezig zijn om de zending in ontvangst te nemen.\n\nVervoerder: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":141,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":23}}})) != null ? stack1 : "")
    + "\nBezorgtijdvak: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":15},"end":{"line":7,"column":60}}}),{"name":"__data","hash":{"gap":16,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":15},"end":{"line":7,"column":60}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht beantwoorden om te bevestigen dat er binnen dit tijdvak iemand op het bezorgadres aanwezig is?\nKomt dit tijdstip niet goed uit, laat ons dan in uw antwoord weten welke dag en tijd u beter uitkomt. Wij maken dan een nieuwe afspraak met de vervoerder.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":296,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"pl-PL","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Dzień dobry,\n\npiszemy, aby potwierdzić termin dostawy zamówienia ","line":1,"column":1},{"text":" (","line":3,"column":69},{"text":"). Dostawę zrealizuje przewoźnik ","line":3,"column":87},{"text":" w następującym przedziale czasowym:\n\n","line":3,"column":131},{"text":"\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie mógł odebrać przesyłkę. Jeśli ten termin Państwu nie odpowiada, prosimy podać w odpowiedzi dogodny dzień i godzinę, a postaramy się ustalić nowy termin z przewoźnikiem ","line":5,"column":46},{"text":".\n\nZ poważaniem\n","line":7,"column":262},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\npiszemy, aby potwierdzić termin dostawy zamówienia "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":65,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "). Dostawę zrealizuje przewoźnik "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":33,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":119},"end":{"line":3,"column":130}}})) != null ? stack1 : "")
    + " w następującym przedziale czasowym:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":38,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie mógł odebrać przesyłkę. Jeśli ten termin Państwu nie odpowiada, prosimy podać w odpowiedzi dogodny dzień i godzinę, a postaramy się ustalić nowy termin z przewoźnikiem "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":252,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":250},"end":{"line":7,"column":261}}})) != null ? stack1 : "")
    + ".\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":16,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"pt-BR","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Olá,\n\nEstamos entrando em contato para confirmar a entrega do pedido ","line":1,"column":1},{"text":" (","line":3,"column":81},{"text":"). A transportadora ","line":3,"column":99},{"text":" fará a entrega no seguinte período:\n\n","line":3,"column":130},{"text":"\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local para receber a entrega nesse horário. Se o horário não for conveniente, informe na sua resposta o dia e o horário de sua preferência, e tentaremos reagendar a entrega com a transportadora.\n\nAtenciosamente,\n","line":5,"column":46},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nEstamos entrando em contato para confirmar a entrega do pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":69,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + "). A transportadora "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":20,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":118},"end":{"line":3,"column":129}}})) != null ? stack1 : "")
    + " fará a entrega no seguinte período:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":38,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local para receber a entrega nesse horário. Se o horário não for conveniente, informe na sua resposta o dia e o horário de sua preferência, e tentaremos reagendar a entrega com a transportadora.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":283,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"sv-SE","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Hej!\n\nVi vill bekräfta leveranstiden för din beställning ","line":1,"column":1},{"text":" (","line":3,"column":69},{"text":"). Leveransen görs av ","line":3,"column":87},{"text":" och är planerad till:\n\n","line":3,"column":120},{"text":"\n\nKan någon ta emot leveransen under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte fungerar för dig kan du i stället svara med en dag och tid som passar bättre, så försöker vi ordna en ny leveranstid med ","line":5,"column":46},{"text":".\n\nVänliga hälsningar\n","line":7,"column":246},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nVi vill bekräfta leveranstiden för din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":57,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "). Leveransen görs av "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":22,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":108},"end":{"line":3,"column":119}}})) != null ? stack1 : "")
    + " och är planerad till:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":24,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nKan någon ta emot leveransen under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte fungerar för dig kan du i stället svara med en dag och tid som passar bättre, så försöker vi ordna en ny leveranstid med "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":236,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":234},"end":{"line":7,"column":245}}})) != null ? stack1 : "")
    + ".\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":22,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"tr-TR","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"Merhaba,\n\n","line":1,"column":1},{"text":" numaralı siparişinizin teslimat zamanını onaylamak için size yazıyoruz. Siparişinizdeki ürün (","line":3,"column":18},{"text":") ","line":3,"column":129},{"text":" tarafından şu zaman aralığında teslim edilecektir:\n\n","line":3,"column":142},{"text":"\n\nBu saatler arasında adreste ürünü teslim alabilecek birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Bu zaman size uygun değilse yanıtınızda tercih ettiğiniz gün ve saati belirtin; ","line":5,"column":46},{"text":" ile yeni bir teslimat zamanı ayarlamaya çalışacağız.\n\nSaygılarımızla,\n","line":7,"column":206},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizin teslimat zamanını onaylamak için size yazıyoruz. Siparişinizdeki ürün ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":95,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":112},"end":{"line":3,"column":128}}})) != null ? stack1 : "")
    + ") "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":141}}})) != null ? stack1 : "")
    + " tarafından şu zaman aralığında teslim edilecektir:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":53,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nBu saatler arasında adreste ürünü teslim alabilecek birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Bu zaman size uygun değilse yanıtınızda tercih ettiğiniz gün ve saati belirtin; "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":196,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":194},"end":{"line":7,"column":205}}})) != null ? stack1 : "")
    + " ile yeni bir teslimat zamanı ayarlamaya çalışacağız.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":71,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"zh-CN","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"您好，\n\n我们想与您确认订单 ","line":1,"column":1},{"text":" 的送货时间。您订购的商品（","line":3,"column":28},{"text":"）将由 ","line":3,"column":58},{"text":" 在以下时间段送达：\n\n","line":3,"column":73},{"text":"\n\n请回复此消息，确认届时有人可以签收。如果该时间段不方便，请在回复中告知您方便的日期和时间，我们会与承运商协调，尽量重新安排送货。\n\n感谢您的配合！\n","line":5,"column":46},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n我们想与您确认订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":15,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":27}}})) != null ? stack1 : "")
    + " 的送货时间。您订购的商品（"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":14,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + "）将由 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":72}}})) != null ? stack1 : "")
    + " 在以下时间段送达：\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"gap":12,"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\n请回复此消息，确认届时有人可以签收。如果该时间段不方便，请在回复中告知您方便的日期和时间，我们会与承运商协调，尽量重新安排送货。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":76,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

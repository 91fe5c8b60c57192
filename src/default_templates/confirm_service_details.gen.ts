// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `confirmServiceDetails` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { CONFIRM_SERVICE_DETAILS_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [CONFIRM_SERVICE_DETAILS_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "confirmServiceDetails"));
 * assert.ok(composer.locales("confirmServiceDetails").includes("en-US"));
 * ```
 */
export const CONFIRM_SERVICE_DETAILS_TEMPLATES: TemplateSet = [
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"ar-AE","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"مرحبًا،\n\nنتواصل معكم لتأكيد موعد الخدمة المحجوزة مع الطلب رقم ","line":1,"column":1},{"text":".\n\nالخدمة: ","line":3,"column":71},{"text":"\nالموعد: ","line":5,"column":24},{"text":"\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود أحد في الموقع خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى اقتراح يوم ووقت آخرين في ردكم.\n\nمع أطيب التحيات،\n","line":6,"column":60},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنتواصل معكم لتأكيد موعد الخدمة المحجوزة مع الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":62,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":53},"end":{"line":3,"column":70}}})) != null ? stack1 : "")
    + ".\n\nالخدمة: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":11,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nالموعد: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"gap":9,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود أحد في الموقع خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى اقتراح يوم ووقت آخرين في ردكم.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":160,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"de-DE","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Guten Tag,\n\nwir möchten den Termin für die Dienstleistung bestätigen, die Sie mit Ihrer Bestellung ","line":1,"column":1},{"text":" gebucht haben.\n\nDienstleistung: ","line":3,"column":105},{"text":"\nTermin: ","line":5,"column":32},{"text":"\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass der Termin für Sie passt und zu dieser Zeit jemand vor Ort ist.\nFalls Sie einen anderen Termin benötigen, nennen Sie uns in Ihrer Antwort bitte einige Tage und Uhrzeiten, die Ihnen passen. Wir vereinbaren dann einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n","line":6,"column":60},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nwir möchten den Termin für die Dienstleistung bestätigen, die Sie mit Ihrer Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":99,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":87},"end":{"line":3,"column":104}}})) != null ? stack1 : "")
    + " gebucht haben.\n\nDienstleistung: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":33,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":16},"end":{"line":5,"column":31}}})) != null ? stack1 : "")
    + "\nTermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"gap":9,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass der Termin für Sie passt und zu dieser Zeit jemand vor Ort ist.\nFalls Sie einen anderen Termin benötigen, nennen Sie uns in Ihrer Antwort bitte einige Tage und Uhrzeiten, die Ihnen passen. Wir vereinbaren dann einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":332,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"en-GB","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing to confirm the appointment for the service you booked with your order ","line":1,"column":1},{"text":".\n\nService: ","line":3,"column":102},{"text":"\nAppointment: ","line":5,"column":25},{"text":"\n\nPlease reply to this message to confirm that this appointment suits you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few days and times that suit you, and we will arrange a new appointment.\n\nKind regards,\n","line":6,"column":65},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing to confirm the appointment for the service you booked with your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":92,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":101}}})) != null ? stack1 : "")
    + ".\n\nService: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":12,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nAppointment: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}}),{"name":"__data","hash":{"gap":14,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that this appointment suits you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few days and times that suit you, and we will arrange a new appointment.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":271,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"en-US","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing to confirm the appointment for the service you booked with your order ","line":1,"column":1},{"text":".\n\nService: ","line":3,"column":102},{"text":"\nAppointment: ","line":5,"column":25},{"text":"\n\nPlease reply to this message to confirm that this appointment works for you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few dates and times that work for you, and we will schedule a new appointment.\n\nThank you,\n","line":6,"column":65},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing to confirm the appointment for the service you booked with your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":92,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":101}}})) != null ? stack1 : "")
    + ".\n\nService: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":12,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nAppointment: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}}),{"name":"__data","hash":{"gap":14,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that this appointment works for you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few dates and times that work for you, and we will schedule a new appointment.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":278,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"es-ES","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Hola:\n\nQueremos confirmar con usted la cita del servicio contratado con su pedido ","line":1,"column":1},{"text":".\n\nServicio: ","line":3,"column":93},{"text":"\nCita: ","line":5,"column":26},{"text":"\n\nResponda a este mensaje para confirmar que la cita le viene bien y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta varios días y horas que le vengan bien y le daremos una nueva cita.\n\nUn cordial saludo,\n","line":6,"column":58},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nQueremos confirmar con usted la cita del servicio contratado con su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":82,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + ".\n\nServicio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":13,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nCita: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}}),{"name":"__data","hash":{"gap":7,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}})) != null ? stack1 : "")
    + "\n\nResponda a este mensaje para confirmar que la cita le viene bien y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta varios días y horas que le vengan bien y le daremos una nueva cita.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":269,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"es-MX","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Hola:\n\nQueremos confirmar con usted la cita del servicio que contrató con su pedido ","line":1,"column":1},{"text":".\n\nServicio: ","line":3,"column":95},{"text":"\nCita: ","line":5,"column":26},{"text":"\n\nPor favor, responda a este mensaje para confirmar que la cita le acomoda y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta algunos días y horarios que le convengan y le programaremos una nueva cita.\n\nSaludos cordiales,\n","line":6,"column":58},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nQueremos confirmar con usted la cita del servicio que contrató con su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":84,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":94}}})) != null ? stack1 : "")
    + ".\n\nServicio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":13,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nCita: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}}),{"name":"__data","hash":{"gap":7,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje para confirmar que la cita le acomoda y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta algunos días y horarios que le convengan y le programaremos una nueva cita.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":285,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"fr-FR","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Bonjour,\n\nNous souhaitons confirmer avec vous le rendez-vous de la prestation réservée avec votre commande ","line":1,"column":1},{"text":".\n\nPrestation : ","line":3,"column":115},{"text":"\nRendez-vous : ","line":5,"column":29},{"text":"\n\nMerci de répondre à ce message pour confirmer que ce rendez-vous vous convient et qu'une personne sera présente à l'adresse pour accueillir le technicien.\nSi vous souhaitez un autre horaire, indiquez-nous dans votre réponse quelques jours et créneaux qui vous arrangent, et nous fixerons un nouveau rendez-vous.\n\nCordialement,\n","line":6,"column":66},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nNous souhaitons confirmer avec vous le rendez-vous de la prestation réservée avec votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":107,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":97},"end":{"line":3,"column":114}}})) != null ? stack1 : "")
    + ".\n\nPrestation : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":16,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":13},"end":{"line":5,"column":28}}})) != null ? stack1 : "")
    + "\nRendez-vous : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}}),{"name":"__data","hash":{"gap":15,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message pour confirmer que ce rendez-vous vous convient et qu'une personne sera présente à l'adresse pour accueillir le technicien.\nSi vous souhaitez un autre horaire, indiquez-nous dans votre réponse quelques jours et créneaux qui vous arrangent, et nous fixerons un nouveau rendez-vous.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":329,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"hi-IN","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"नमस्ते,\n\nहम आपके ऑर्डर ","line":1,"column":1},{"text":" के साथ बुक की गई सेवा के अपॉइंटमेंट की पुष्टि करना चाहते हैं।\n\nसेवा: ","line":3,"column":32},{"text":"\nसमय: ","line":5,"column":22},{"text":"\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में कोई दूसरा दिन और समय सुझाएँ।\n\nसादर,\n","line":6,"column":57},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nहम आपके ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":23,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " के साथ बुक की गई सेवा के अपॉइंटमेंट की पुष्टि करना चाहते हैं।\n\nसेवा: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":70,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":21}}})) != null ? stack1 : "")
    + "\nसमय: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}}),{"name":"__data","hash":{"gap":6,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + "\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में कोई दूसरा दिन और समय सुझाएँ।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":170,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"it-IT","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Buongiorno,\n\nVorremmo confermare con lei l'appuntamento per il servizio prenotato con il suo ordine ","line":1,"column":1},{"text":".\n\nServizio: ","line":3,"column":105},{"text":"\nAppuntamento: ","line":5,"column":26},{"text":"\n\nLa preghiamo di rispondere a questo messaggio per confermare che l'appuntamento le va bene e che all'indirizzo ci sarà qualcuno ad accogliere il tecnico.\nSe preferisce un altro orario, ci indichi nella risposta alcuni giorni e orari a lei comodi e fisseremo un nuovo appuntamento.\n\nCordiali saluti,\n","line":6,"column":66},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nVorremmo confermare con lei l'appuntamento per il servizio prenotato con il suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":100,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":87},"end":{"line":3,"column":104}}})) != null ? stack1 : "")
    + ".\n\nServizio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":13,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nAppuntamento: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}}),{"name":"__data","hash":{"gap":15,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio per confermare che l'appuntamento le va bene e che all'indirizzo ci sarà qualcuno ad accogliere il tecnico.\nSe preferisce un altro orario, ci indichi nella risposta alcuni giorni e orari a lei comodi e fisseremo un nuovo appuntamento.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":301,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"ja-JP","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）でお申し込みいただいたサービスのご予約日時について、ご確認をお願いいたします。\n\nサービス：","line":4,"column":27},{"text":"\n日時：","line":6,"column":21},{"text":"\n\n当日この時間帯にお立ち会いいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信ください。\n\n何卒よろしくお願いいたします。\n","line":7,"column":55},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）でお申し込みいただいたサービスのご予約日時について、ご確認をお願いいたします。\n\nサービス："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":47,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\n日時："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":54}}}),{"name":"__data","hash":{"gap":4,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":54}}})) != null ? stack1 : "")
    + "\n\n当日この時間帯にお立ち会いいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":91,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"nl-NL","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Beste klant,\n\nGraag bevestigen we met u de afspraak voor de dienst die u bij uw bestelling ","line":1,"column":1},{"text":" hebt geboekt.\n\nDienst: ","line":3,"column":95},{"text":"\nAfspraak: ","line":5,"column":24},{"text":"\n\nWilt u dit bericht beantwoorden om te bevestigen dat de afspraak u schikt en dat er iemand op het adres aanwezig is om de monteur binnen te laten?\nPast dit tijdstip niet, vermeld dan in uw antwoord een paar dagen en tijden die u wel uitkomen. Wij plannen dan een nieuwe afspraak.\n\nMet vriendelijke groet,\n","line":6,"column":62},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nGraag bevestigen we met u de afspraak voor de dienst die u bij uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":91,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":94}}})) != null ? stack1 : "")
    + " hebt geboekt.\n\nDienst: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":24,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nAfspraak: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":61}}}),{"name":"__data","hash":{"gap":11,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":61}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht beantwoorden om te bevestigen dat de afspraak u schikt en dat er iemand op het adres aanwezig is om de monteur binnen te laten?\nPast dit tijdstip niet, vermeld dan in uw antwoord een paar dagen en tijden die u wel uitkomen. Wij plannen dan een nieuwe afspraak.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":307,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"pl-PL","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Dzień dobry,\n\npiszemy, aby potwierdzić termin usługi zarezerwowanej wraz z zamówieniem ","line":1,"column":1},{"text":".\n\nUsługa: ","line":3,"column":91},{"text":"\nTermin: ","line":5,"column":24},{"text":"\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie na miejscu. Jeśli ten termin Państwu nie odpowiada, prosimy zaproponować w odpowiedzi inny dzień i godzinę.\n\nZ poważaniem\n","line":6,"column":60},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\npiszemy, aby potwierdzić termin usługi zarezerwowanej wraz z zamówieniem "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":87,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":73},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + ".\n\nUsługa: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":11,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nTermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"gap":9,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie na miejscu. Jeśli ten termin Państwu nie odpowiada, prosimy zaproponować w odpowiedzi inny dzień i godzinę.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":206,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"pt-BR","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Olá,\n\nEstamos entrando em contato para confirmar o agendamento do serviço contratado com o pedido ","line":1,"column":1},{"text":".\n\nServiço: ","line":3,"column":110},{"text":"\nData e horário: ","line":5,"column":25},{"text":"\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local nesse horário. Se o horário não for conveniente, sugira outro dia e horário na sua resposta.\n\nAtenciosamente,\n","line":6,"column":68},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nEstamos entrando em contato para confirmar o agendamento do serviço contratado com o pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":98,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":92},"end":{"line":3,"column":109}}})) != null ? stack1 : "")
    + ".\n\nServiço: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":12,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nData e horário: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":67}}}),{"name":"__data","hash":{"gap":17,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":67}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local nesse horário. Se o horário não for conveniente, sugira outro dia e horário na sua resposta.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":187,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"sv-SE","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Hej!\n\nVi vill bekräfta tiden för tjänsten som du bokade med din beställning ","line":1,"column":1},{"text":".\n\nTjänst: ","line":3,"column":88},{"text":"\nTid: ","line":5,"column":24},{"text":"\n\nKan någon vara på plats under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte passar kan du i stället föreslå en annan dag och tid i ditt svar.\n\nVänliga hälsningar\n","line":6,"column":57},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nVi vill bekräfta tiden för tjänsten som du bokade med din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":76,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + ".\n\nTjänst: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":11,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nTid: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}}),{"name":"__data","hash":{"gap":6,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + "\n\nKan någon vara på plats under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte passar kan du i stället föreslå en annan dag och tid i ditt svar.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":196,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"tr-TR","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"Merhaba,\n\n","line":1,"column":1},{"text":" numaralı siparişinizle birlikte satın aldığınız hizmetin randevusunu onaylamak için size yazıyoruz.\n\nHizmet: ","line":3,"column":18},{"text":"\nRandevu: ","line":5,"column":24},{"text":"\n\nBu saatler arasında adreste birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Randevu zamanı size uygun değilse yanıtınızda başka bir gün ve saat önerebilirsiniz.\n\nSaygılarımızla,\n","line":6,"column":61},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizle birlikte satın aldığınız hizmetin randevusunu onaylamak için size yazıyoruz.\n\nHizmet: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":110,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nRandevu: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":60}}}),{"name":"__data","hash":{"gap":10,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":60}}})) != null ? stack1 : "")
    + "\n\nBu saatler arasında adreste birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Randevu zamanı size uygun değilse yanıtınızda başka bir gün ve saat önerebilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":194,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"zh-CN","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"您好，\n\n我们想与您确认订单 ","line":1,"column":1},{"text":" 中所预订服务的预约时间。\n\n服务：","line":3,"column":28},{"text":"\n时间：","line":5,"column":19},{"text":"\n\n请回复此消息，确认届时有人在场。如该时间不方便，请在回复中告知其他方便的日期和时间。\n\n感谢您的配合！\n","line":6,"column":55},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n我们想与您确认订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":15,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":27}}})) != null ? stack1 : "")
    + " 中所预订服务的预约时间。\n\n服务："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":18,"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":18}}})) != null ? stack1 : "")
    + "\n时间："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":54}}}),{"name":"__data","hash":{"gap":4,"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":54}}})) != null ? stack1 : "")
    + "\n\n请回复此消息，确认届时有人在场。如该时间不方便，请在回复中告知其他方便的日期和时间。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":54,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `confirmOrderDetails` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { CONFIRM_ORDER_DETAILS_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [CONFIRM_ORDER_DETAILS_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "confirmOrderDetails"));
 * assert.ok(composer.locales("confirmOrderDetails").includes("en-US"));
 * ```
 */
export const CONFIRM_ORDER_DETAILS_TEMPLATES: TemplateSet = [
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"ar-AE","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"مرحبًا،\n\nقبل شحن الطلب رقم ","line":1,"column":1},{"text":"، نرجو منكم تأكيد الخيارات التي حددتموها للمنتج ","line":3,"column":36},{"text":":\n\n","line":3,"column":100},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nإذا كانت هذه البيانات صحيحة، فيُرجى الرد على هذه الرسالة للتأكيد، أو إبلاغنا في ردكم بما يلزم تعديله. وسنشحن الطلب فور تلقي ردكم.\n\nمع أطيب التحيات،\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nقبل شحن الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":27,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":18},"end":{"line":3,"column":35}}})) != null ? stack1 : "")
    + "، نرجو منكم تأكيد الخيارات التي حددتموها للمنتج "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":48,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":83},"end":{"line":3,"column":99}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nإذا كانت هذه البيانات صحيحة، فيُرجى الرد على هذه الرسالة للتأكيد، أو إبلاغنا في ردكم بما يلزم تعديله. وسنشحن الطلب فور تلقي ردكم.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"de-DE","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Guten Tag,\n\nbevor wir Ihre Bestellung ","line":1,"column":1},{"text":" (","line":3,"column":44},{"text":") versenden, möchten wir sichergehen, dass die von Ihnen gewählten Optionen stimmen.\nUns liegen folgende Angaben vor:\n\n","line":3,"column":62},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nBitte antworten Sie auf diese Nachricht und bestätigen Sie diese Angaben oder teilen Sie uns mit, was geändert werden soll.\nSobald wir Ihre Antwort erhalten haben, versenden wir Ihre Bestellung.\n\nVielen Dank und freundliche Grüße\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nbevor wir Ihre Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":38,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + ") versenden, möchten wir sichergehen, dass die von Ihnen gewählten Optionen stimmen.\nUns liegen folgende Angaben vor:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nBitte antworten Sie auf diese Nachricht und bestätigen Sie diese Angaben oder teilen Sie uns mit, was geändert werden soll.\nSobald wir Ihre Antwort erhalten haben, versenden wir Ihre Bestellung.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"en-GB","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Hello,\n\nBefore we dispatch your order ","line":1,"column":1},{"text":" (","line":3,"column":48},{"text":"), we'd like to make sure the options you chose are correct.\nThese are the details we have:\n\n","line":3,"column":66},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nPlease reply to this message to confirm these details or to let us know what needs to be changed.\nWe will dispatch your order as soon as we receive your reply.\n\nKind regards,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nBefore we dispatch your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":38,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":30},"end":{"line":3,"column":47}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + "), we'd like to make sure the options you chose are correct.\nThese are the details we have:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nPlease reply to this message to confirm these details or to let us know what needs to be changed.\nWe will dispatch your order as soon as we receive your reply.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"en-US","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Hello,\n\nBefore we ship your order ","line":1,"column":1},{"text":" (","line":3,"column":44},{"text":"), we'd like to make sure the options you chose are correct.\nThese are the details we have:\n\n","line":3,"column":62},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nPlease reply to this message to confirm these details or to tell us what needs to be changed.\nWe will ship your order as soon as we receive your reply.\n\nThank you,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nBefore we ship your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":34,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + "), we'd like to make sure the options you chose are correct.\nThese are the details we have:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nPlease reply to this message to confirm these details or to tell us what needs to be changed.\nWe will ship your order as soon as we receive your reply.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"es-ES","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Hola:\n\nAntes de enviar su pedido ","line":1,"column":1},{"text":" (","line":3,"column":44},{"text":"), queremos comprobar con usted las opciones que ha elegido.\nEstos son los datos que tenemos:\n\n","line":3,"column":62},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nResponda a este mensaje para confirmar estos datos o indíquenos qué debemos cambiar.\nEnviaremos su pedido en cuanto recibamos su respuesta.\n\nUn cordial saludo,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nAntes de enviar su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":33,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + "), queremos comprobar con usted las opciones que ha elegido.\nEstos son los datos que tenemos:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nResponda a este mensaje para confirmar estos datos o indíquenos qué debemos cambiar.\nEnviaremos su pedido en cuanto recibamos su respuesta.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"es-MX","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Hola:\n\nAntes de enviar su pedido ","line":1,"column":1},{"text":" (","line":3,"column":44},{"text":"), queremos verificar con usted las opciones que eligió.\nEstos son los datos que tenemos:\n\n","line":3,"column":62},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nPor favor, responda a este mensaje para confirmar estos datos o indíquenos qué debemos cambiar.\nEnviaremos su pedido en cuanto recibamos su respuesta.\n\nSaludos cordiales,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nAntes de enviar su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":33,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + "), queremos verificar con usted las opciones que eligió.\nEstos son los datos que tenemos:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nPor favor, responda a este mensaje para confirmar estos datos o indíquenos qué debemos cambiar.\nEnviaremos su pedido en cuanto recibamos su respuesta.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"fr-FR","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Bonjour,\n\nAvant d'expédier votre commande ","line":1,"column":1},{"text":" (","line":3,"column":50},{"text":"), nous souhaitons vérifier avec vous les options que vous avez choisies.\nVoici les informations dont nous disposons :\n\n","line":3,"column":68},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nMerci de répondre à ce message pour confirmer ces informations ou nous indiquer ce qui doit être modifié.\nNous expédierons votre commande dès réception de votre réponse.\n\nCordialement,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nAvant d'expédier votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":42,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":67}}})) != null ? stack1 : "")
    + "), nous souhaitons vérifier avec vous les options que vous avez choisies.\nVoici les informations dont nous disposons :\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nMerci de répondre à ce message pour confirmer ces informations ou nous indiquer ce qui doit être modifié.\nNous expédierons votre commande dès réception de votre réponse.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"hi-IN","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"नमस्ते,\n\nआपका ऑर्डर ","line":1,"column":1},{"text":" भेजने से पहले हम ","line":3,"column":29},{"text":" के लिए आपके द्वारा चुने गए विकल्पों की पुष्टि करना चाहते हैं:\n\n","line":3,"column":63},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nअगर सब कुछ सही है, तो कृपया इस संदेश का जवाब देकर पुष्टि करें। अगर कुछ बदलना है, तो अपने जवाब में बताएँ। आपका जवाब मिलते ही हम ऑर्डर भेज देंगे।\n\nसादर,\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nआपका ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":20,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " भेजने से पहले हम "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":18,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":46},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
    + " के लिए आपके द्वारा चुने गए विकल्पों की पुष्टि करना चाहते हैं:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nअगर सब कुछ सही है, तो कृपया इस संदेश का जवाब देकर पुष्टि करें। अगर कुछ बदलना है, तो अपने जवाब में बताएँ। आपका जवाब मिलते ही हम ऑर्डर भेज देंगे।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"it-IT","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Buongiorno,\n\nPrima di spedire il suo ordine ","line":1,"column":1},{"text":" (","line":3,"column":49},{"text":"), vorremmo verificare con lei le opzioni che ha scelto.\nQuesti sono i dati in nostro possesso:\n\n","line":3,"column":67},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nLa preghiamo di rispondere a questo messaggio per confermare questi dati o per indicarci cosa modificare.\nSpediremo il suo ordine non appena avremo ricevuto la sua risposta.\n\nCordiali saluti,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nPrima di spedire il suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":44,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + "), vorremmo verificare con lei le opzioni che ha scelto.\nQuesti sono i dati in nostro possesso:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nLa preghiamo di rispondere a questo messaggio per confermare questi dati o per indicarci cosa modificare.\nSpediremo il suo ordine non appena avremo ricevuto la sua risposta.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"ja-JP","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）の商品を発送する前に、ご選択いただいたオプションのご確認をお願いいたします。\n\n商品：","line":4,"column":27},{"text":"\n","line":6,"column":20},{"text":"・","line":7,"column":18},{"text":"\n","line":8,"column":10},{"text":"\n内容に間違いがなければ、このメッセージにご返信のうえお知らせください。変更が必要な場合は、正しい内容をご返信ください。ご返信を確認しだい、商品を発送いたします。\n\n何卒よろしくお願いいたします。\n","line":9,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "・"
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":8,"column":1},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品を発送する前に、ご選択いただいたオプションのご確認をお願いいたします。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":44,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":19}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n内容に間違いがなければ、このメッセージにご返信のうえお知らせください。変更が必要な場合は、正しい内容をご返信ください。ご返信を確認しだい、商品を発送いたします。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"nl-NL","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Beste klant,\n\nVoordat we uw bestelling ","line":1,"column":1},{"text":" (","line":3,"column":43},{"text":") verzenden, willen we graag de door u gekozen opties met u controleren.\nDit zijn de gegevens die wij hebben:\n\n","line":3,"column":61},{"text":"- ","line":6,"column":18},{"text":"\n","line":7,"column":11},{"text":"\nWilt u dit bericht beantwoorden om deze gegevens te bevestigen, of ons laten weten wat er moet worden aangepast?\nZodra we uw antwoord hebben ontvangen, verzenden we uw bestelling.\n\nMet vriendelijke groet,\n","line":8,"column":10},{"text":"\n","line":14,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nVoordat we uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":42}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":60}}})) != null ? stack1 : "")
    + ") verzenden, willen we graag de door u gekozen opties met u controleren.\nDit zijn de gegevens die wij hebben:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nWilt u dit bericht beantwoorden om deze gegevens te bevestigen, of ons laten weten wat er moet worden aangepast?\nZodra we uw antwoord hebben ontvangen, verzenden we uw bestelling.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"pl-PL","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Dzień dobry,\n\nzanim wyślemy zamówienie ","line":1,"column":1},{"text":", prosimy o potwierdzenie opcji wybranych dla produktu ","line":3,"column":43},{"text":":\n\n","line":3,"column":114},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nProsimy odpowiedzieć na tę wiadomość i potwierdzić, że wszystko się zgadza, lub wskazać, co należy zmienić. Wyślemy zamówienie zaraz po otrzymaniu odpowiedzi.\n\nZ poważaniem\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\nzanim wyślemy zamówienie "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":42}}})) != null ? stack1 : "")
    + ", prosimy o potwierdzenie opcji wybranych dla produktu "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":55,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":97},"end":{"line":3,"column":113}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nProsimy odpowiedzieć na tę wiadomość i potwierdzić, że wszystko się zgadza, lub wskazać, co należy zmienić. Wyślemy zamówienie zaraz po otrzymaniu odpowiedzi.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"pt-BR","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Olá,\n\nAntes de enviarmos o pedido ","line":1,"column":1},{"text":", pedimos que você confirme as opções escolhidas para o produto ","line":3,"column":46},{"text":":\n\n","line":3,"column":126},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nSe estiver tudo certo, responda a esta mensagem confirmando. Caso algo precise ser alterado, informe na sua resposta. Enviaremos o pedido assim que recebermos o seu retorno.\n\nAtenciosamente,\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nAntes de enviarmos o pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":34,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":28},"end":{"line":3,"column":45}}})) != null ? stack1 : "")
    + ", pedimos que você confirme as opções escolhidas para o produto "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":64,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":109},"end":{"line":3,"column":125}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nSe estiver tudo certo, responda a esta mensagem confirmando. Caso algo precise ser alterado, informe na sua resposta. Enviaremos o pedido assim que recebermos o seu retorno.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"sv-SE","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Hej!\n\nInnan vi skickar din beställning ","line":1,"column":1},{"text":" vill vi bekräfta de alternativ du har valt för ","line":3,"column":51},{"text":":\n\n","line":3,"column":115},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nStämmer allt? Svara på det här meddelandet och bekräfta, eller skriv vad som ska ändras. Vi skickar varan så snart vi har fått ditt svar.\n\nVänliga hälsningar\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nInnan vi skickar din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " vill vi bekräfta de alternativ du har valt för "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":48,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":98},"end":{"line":3,"column":114}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nStämmer allt? Svara på det här meddelandet och bekräfta, eller skriv vad som ska ändras. Vi skickar varan så snart vi har fått ditt svar.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"tr-TR","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"Merhaba,\n\n","line":1,"column":1},{"text":" numaralı siparişinizi kargoya vermeden önce ","line":3,"column":18},{"text":" için tercih ettiğiniz seçenekleri onaylamanızı rica ediyoruz:\n\n","line":3,"column":79},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\nBilgiler doğruysa lütfen bu mesajı yanıtlayarak onaylayın. Değiştirilmesi gereken bir şey varsa yanıtınızda belirtin. Yanıtınızı alır almaz siparişinizi kargoya vereceğiz.\n\nSaygılarımızla,\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizi kargoya vermeden önce "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":45,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":62},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " için tercih ettiğiniz seçenekleri onaylamanızı rica ediyoruz:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nBilgiler doğruysa lütfen bu mesajı yanıtlayarak onaylayın. Değiştirilmesi gereken bir şey varsa yanıtınızda belirtin. Yanıtınızı alır almaz siparişinizi kargoya vereceğiz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmOrderDetails","type":"confirmOrderDetails","locale":"zh-CN","variables":["amazonOrderId","productTitle","details","sellerName"],"literals":[{"text":"您好，\n\n在您的订单 ","line":1,"column":1},{"text":" 发货之前，我们想与您确认您为 ","line":3,"column":24},{"text":" 选择的以下选项：\n\n","line":3,"column":56},{"text":"- ","line":5,"column":18},{"text":"\n","line":6,"column":11},{"text":"\n如信息无误，请回复此消息确认；如需修改，请在回复中告知。收到您的回复后，我们会尽快发货。\n\n感谢您的配合！\n","line":7,"column":10},{"text":"\n","line":12,"column":15}], "spec": {"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"__data").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"__data","hash":{"expr":"this"},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":10}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n在您的订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":11,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":6},"end":{"line":3,"column":23}}})) != null ? stack1 : "")
    + " 发货之前，我们想与您确认您为 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":16,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":55}}})) != null ? stack1 : "")
    + " 选择的以下选项：\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\n如信息无误，请回复此消息确认；如需修改，请在回复中告知。收到您的回复后，我们会尽快发货。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

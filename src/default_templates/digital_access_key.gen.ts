// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `digitalAccessKey` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { DIGITAL_ACCESS_KEY_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [DIGITAL_ACCESS_KEY_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "digitalAccessKey"));
 * assert.ok(composer.locales("digitalAccessKey").includes("en-US"));
 * ```
 */
export const DIGITAL_ACCESS_KEY_TEMPLATES: TemplateSet = [
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"ar-AE","variables":["productTitle","amazonOrderId","accessKey","sellerName"],"literals":[{"text":"مرحبًا،\n\nإليكم مفتاح التفعيل الخاص بالمنتج ","line":1,"column":1},{"text":" من الطلب رقم ","line":3,"column":51},{"text":":\n\n","line":3,"column":82},{"text":"\n\nإذا كانت لديكم أي أسئلة حول التفعيل، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nإليكم مفتاح التفعيل الخاص بالمنتج "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":43,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":34},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " من الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":14,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":81}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nإذا كانت لديكم أي أسئلة حول التفعيل، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":86,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"de-DE","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Guten Tag,\n\nhier ist der Aktivierungsschlüssel zu Ihrer Bestellung ","line":1,"column":1},{"text":" (","line":3,"column":73},{"text":"):\n\n","line":3,"column":91},{"text":"\n\nBitte bewahren Sie den Schlüssel sicher auf. Falls bei der Aktivierung Probleme auftreten, antworten Sie einfach auf diese Nachricht.\n\nFreundliche Grüße\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nhier ist der Aktivierungsschlüssel zu Ihrer Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":67,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":55},"end":{"line":3,"column":72}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":74},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nBitte bewahren Sie den Schlüssel sicher auf. Falls bei der Aktivierung Probleme auftreten, antworten Sie einfach auf diese Nachricht.\n\nFreundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":155,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"en-GB","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Hello,\n\nHere is the activation key for your order ","line":1,"column":1},{"text":" (","line":3,"column":60},{"text":"):\n\n","line":3,"column":78},{"text":"\n\nPlease keep this key somewhere safe. If you have any trouble activating it, simply reply to this message.\n\nKind regards,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nHere is the activation key for your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":50,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nPlease keep this key somewhere safe. If you have any trouble activating it, simply reply to this message.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":123,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"en-US","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Hello,\n\nHere is the activation key for your order ","line":1,"column":1},{"text":" (","line":3,"column":60},{"text":"):\n\n","line":3,"column":78},{"text":"\n\nPlease keep this key in a safe place. If you have any trouble activating it, just reply to this message.\n\nThank you,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nHere is the activation key for your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":50,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nPlease keep this key in a safe place. If you have any trouble activating it, just reply to this message.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":119,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"es-ES","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Hola:\n\nEsta es la clave de activación de su pedido ","line":1,"column":1},{"text":" (","line":3,"column":62},{"text":"):\n\n","line":3,"column":80},{"text":"\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, responda a este mensaje.\n\nUn cordial saludo,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nEsta es la clave de activación de su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":51,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, responda a este mensaje.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":114,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"es-MX","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Hola:\n\nLe compartimos la clave de activación de su pedido ","line":1,"column":1},{"text":" (","line":3,"column":69},{"text":"):\n\n","line":3,"column":87},{"text":"\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, por favor responda a este mensaje.\n\nSaludos cordiales,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nLe compartimos la clave de activación de su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":58,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, por favor responda a este mensaje.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":124,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"fr-FR","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Bonjour,\n\nVoici la clé d'activation de votre commande ","line":1,"column":1},{"text":" (","line":3,"column":62},{"text":") :\n\n","line":3,"column":80},{"text":"\n\nConservez cette clé en lieu sûr. En cas de problème lors de l'activation, répondez simplement à ce message.\n\nCordialement,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nVoici la clé d'activation de votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":54,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") :\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":5,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nConservez cette clé en lieu sûr. En cas de problème lors de l'activation, répondez simplement à ce message.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":125,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"hi-IN","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"नमस्ते,\n\nआपके ऑर्डर ","line":1,"column":1},{"text":" में शामिल ","line":3,"column":29},{"text":" की एक्टिवेशन कुंजी नीचे दी गई है:\n\n","line":3,"column":56},{"text":"\n\nएक्टिवेशन से जुड़े किसी भी सवाल के लिए कृपया इस संदेश का जवाब दें।\n\nसादर,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nआपके ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":20,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " में शामिल "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":11,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":55}}})) != null ? stack1 : "")
    + " की एक्टिवेशन कुंजी नीचे दी गई है:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":36,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nएक्टिवेशन से जुड़े किसी भी सवाल के लिए कृपया इस संदेश का जवाब दें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":76,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"it-IT","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Buongiorno,\n\nEcco la chiave di attivazione del suo ordine ","line":1,"column":1},{"text":" (","line":3,"column":63},{"text":"):\n\n","line":3,"column":81},{"text":"\n\nConservi la chiave in un luogo sicuro. In caso di problemi con l'attivazione, risponda pure a questo messaggio.\n\nCordiali saluti,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nEcco la chiave di attivazione del suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":58,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nConservi la chiave in un luogo sicuro. In caso di problemi con l'attivazione, risponda pure a questo messaggio.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":132,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"ja-JP","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）の「","line":4,"column":27},{"text":"」のアクティベーションキーをお送りいたします。\n\n","line":4,"column":46},{"text":"\n\nご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n","line":6,"column":14},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":29},"end":{"line":4,"column":45}}})) != null ? stack1 : "")
    + "」のアクティベーションキーをお送りいたします。\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":25,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":13}}})) != null ? stack1 : "")
    + "\n\nご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":50,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"nl-NL","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Beste klant,\n\nHierbij ontvangt u de activeringscode voor uw bestelling ","line":1,"column":1},{"text":" (","line":3,"column":75},{"text":"):\n\n","line":3,"column":93},{"text":"\n\nBewaar deze code op een veilige plek. Lukt het activeren niet, beantwoord dan gewoon dit bericht.\n\nMet vriendelijke groet,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nHierbij ontvangt u de activeringscode voor uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":71,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":57},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":76},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":4,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nBewaar deze code op een veilige plek. Lukt het activeren niet, beantwoord dan gewoon dit bericht.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":125,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"pl-PL","variables":["productTitle","amazonOrderId","accessKey","sellerName"],"literals":[{"text":"Dzień dobry,\n\nprzesyłamy klucz aktywacyjny do produktu ","line":1,"column":1},{"text":" z zamówienia ","line":3,"column":58},{"text":":\n\n","line":3,"column":89},{"text":"\n\nW razie pytań dotyczących aktywacji prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\nprzesyłamy klucz aktywacyjny do produktu "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":55,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + " z zamówienia "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":14,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":71},"end":{"line":3,"column":88}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nW razie pytań dotyczących aktywacji prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":90,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"pt-BR","variables":["productTitle","amazonOrderId","accessKey","sellerName"],"literals":[{"text":"Olá,\n\nSegue a chave de ativação do produto ","line":1,"column":1},{"text":", referente ao pedido ","line":3,"column":54},{"text":":\n\n","line":3,"column":93},{"text":"\n\nSe tiver alguma dúvida sobre a ativação, basta responder a esta mensagem.\n\nAtenciosamente,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nSegue a chave de ativação do produto "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":43,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":37},"end":{"line":3,"column":53}}})) != null ? stack1 : "")
    + ", referente ao pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":22,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nSe tiver alguma dúvida sobre a ativação, basta responder a esta mensagem.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":93,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"sv-SE","variables":["productTitle","amazonOrderId","accessKey","sellerName"],"literals":[{"text":"Hej!\n\nHär är aktiveringsnyckeln för ","line":1,"column":1},{"text":" från din beställning ","line":3,"column":47},{"text":":\n\n","line":3,"column":86},{"text":"\n\nOm du har frågor om aktiveringen kan du svara på det här meddelandet.\n\nVänliga hälsningar\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nHär är aktiveringsnyckeln för "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":36,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":30},"end":{"line":3,"column":46}}})) != null ? stack1 : "")
    + " från din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":22,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":85}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nOm du har frågor om aktiveringen kan du svara på det här meddelandet.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":92,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"tr-TR","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"Merhaba,\n\n","line":1,"column":1},{"text":" numaralı siparişinizdeki ","line":3,"column":18},{"text":" için aktivasyon anahtarınız:\n\n","line":3,"column":60},{"text":"\n\nAktivasyonla ilgili sorularınız için bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizdeki "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":26,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":43},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " için aktivasyon anahtarınız:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":31,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nAktivasyonla ilgili sorularınız için bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":87,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"zh-CN","variables":["amazonOrderId","productTitle","accessKey","sellerName"],"literals":[{"text":"您好，\n\n感谢您的订购。以下是您订单 ","line":1,"column":1},{"text":" 中 ","line":3,"column":32},{"text":" 的激活码：\n\n","line":3,"column":51},{"text":"\n\n请妥善保管此激活码。如对激活有任何疑问，请直接回复此消息。\n\n祝好！\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n感谢您的订购。以下是您订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":19,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " 中 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":3,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":34},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " 的激活码：\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":8,"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\n请妥善保管此激活码。如对激活有任何疑问，请直接回复此消息。\n\n祝好！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":37,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `unexpectedProblem` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { UNEXPECTED_PROBLEM_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [UNEXPECTED_PROBLEM_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "unexpectedProblem"));
 * assert.ok(composer.locales("unexpectedProblem").includes("en-US"));
 * ```
 */
export const UNEXPECTED_PROBLEM_TEMPLATES: TemplateSet = [
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"ar-AE","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"مرحبًا،\n\nنأسف لإبلاغكم بأن شحن الطلب رقم ","line":1,"column":1},{"text":" (","line":3,"column":50},{"text":") سيتأخر بسبب مشكلة غير متوقعة. الموعد الجديد المتوقع للشحن هو ","line":3,"column":68},{"text":".\n\nنعتذر عن هذا التأخير وعن أي إزعاج قد يسببه لكم. إذا كانت لديكم أي أسئلة، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n","line":3,"column":157},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنأسف لإبلاغكم بأن شحن الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":67}}})) != null ? stack1 : "")
    + ") سيتأخر بسبب مشكلة غير متوقعة. الموعد الجديد المتوقع للشحن هو "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":156}}}),{"name":"__data","hash":{"gap":63,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":156}}})) != null ? stack1 : "")
    + ".\n\nنعتذر عن هذا التأخير وعن أي إزعاج قد يسببه لكم. إذا كانت لديكم أي أسئلة، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":123,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"de-DE","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Guten Tag,\n\nleider müssen wir Ihnen mitteilen, dass sich Ihre Bestellung ","line":1,"column":1},{"text":" (","line":3,"column":79},{"text":") aufgrund eines unerwarteten Problems verzögert.\nWir werden sie voraussichtlich am ","line":3,"column":97},{"text":" versenden.\n\nBitte entschuldigen Sie die Unannehmlichkeiten. Wir tun alles, damit Sie Ihre Bestellung so schnell wie möglich erhalten.\n\nWenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.\n\nVielen Dank für Ihr Verständnis und freundliche Grüße\n","line":4,"column":61},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nleider müssen wir Ihnen mitteilen, dass sich Ihre Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":73,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ") aufgrund eines unerwarteten Problems verzögert.\nWir werden sie voraussichtlich am "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":60}}}),{"name":"__data","hash":{"gap":84,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":60}}})) != null ? stack1 : "")
    + " versenden.\n\nBitte entschuldigen Sie die Unannehmlichkeiten. Wir tun alles, damit Sie Ihre Bestellung so schnell wie möglich erhalten.\n\nWenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.\n\nVielen Dank für Ihr Verständnis und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":257,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"en-GB","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Hello,\n\nWe're sorry to let you know that your order ","line":1,"column":1},{"text":" (","line":3,"column":62},{"text":") has been delayed by an unexpected problem.\nWe now expect to dispatch it on ","line":3,"column":80},{"text":".\n\nWe apologise for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n","line":4,"column":59},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're sorry to let you know that your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":52,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") has been delayed by an unexpected problem.\nWe now expect to dispatch it on "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":32},"end":{"line":4,"column":58}}}),{"name":"__data","hash":{"gap":77,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":32},"end":{"line":4,"column":58}}})) != null ? stack1 : "")
    + ".\n\nWe apologise for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":207,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"en-US","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Hello,\n\nWe're sorry to let you know that your order ","line":1,"column":1},{"text":" (","line":3,"column":62},{"text":") has been delayed by an unexpected problem.\nWe now expect to ship it on ","line":3,"column":80},{"text":".\n\nWe apologize for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n","line":4,"column":55},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're sorry to let you know that your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":52,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") has been delayed by an unexpected problem.\nWe now expect to ship it on "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":28},"end":{"line":4,"column":54}}}),{"name":"__data","hash":{"gap":73,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":28},"end":{"line":4,"column":54}}})) != null ? stack1 : "")
    + ".\n\nWe apologize for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":207,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"es-ES","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Hola:\n\nLamentamos informarle de que su pedido ","line":1,"column":1},{"text":" (","line":3,"column":57},{"text":") se ha retrasado debido a un problema imprevisto.\nAhora tenemos previsto enviarlo el ","line":3,"column":75},{"text":".\n\nLe pedimos disculpas por las molestias. Estamos haciendo todo lo posible para que reciba su pedido cuanto antes.\n\nSi tiene cualquier pregunta, responda a este mensaje.\n\nGracias por su paciencia.\nUn cordial saludo,\n","line":4,"column":62},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nLamentamos informarle de que su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":46,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + ") se ha retrasado debido a un problema imprevisto.\nAhora tenemos previsto enviarlo el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":61}}}),{"name":"__data","hash":{"gap":86,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":61}}})) != null ? stack1 : "")
    + ".\n\nLe pedimos disculpas por las molestias. Estamos haciendo todo lo posible para que reciba su pedido cuanto antes.\n\nSi tiene cualquier pregunta, responda a este mensaje.\n\nGracias por su paciencia.\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":217,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"es-MX","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Hola:\n\nLamentamos informarle que su pedido ","line":1,"column":1},{"text":" (","line":3,"column":54},{"text":") se retrasó debido a un problema imprevisto.\nAhora tenemos programado enviarlo el ","line":3,"column":72},{"text":".\n\nLe pedimos una disculpa por las molestias. Estamos haciendo todo lo posible para que reciba su pedido lo antes posible.\n\nSi tiene alguna duda, por favor responda a este mensaje.\n\nGracias por su paciencia.\nSaludos cordiales,\n","line":4,"column":64},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nLamentamos informarle que su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":43,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":36},"end":{"line":3,"column":53}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":55},"end":{"line":3,"column":71}}})) != null ? stack1 : "")
    + ") se retrasó debido a un problema imprevisto.\nAhora tenemos programado enviarlo el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":37},"end":{"line":4,"column":63}}}),{"name":"__data","hash":{"gap":83,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":37},"end":{"line":4,"column":63}}})) != null ? stack1 : "")
    + ".\n\nLe pedimos una disculpa por las molestias. Estamos haciendo todo lo posible para que reciba su pedido lo antes posible.\n\nSi tiene alguna duda, por favor responda a este mensaje.\n\nGracias por su paciencia.\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":227,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"fr-FR","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Bonjour,\n\nNous sommes au regret de vous informer que votre commande ","line":1,"column":1},{"text":" (","line":3,"column":76},{"text":") a pris du retard en raison d'un problème imprévu.\nNous prévoyons désormais de l'expédier le ","line":3,"column":94},{"text":".\n\nNous vous prions de nous excuser pour ce contretemps et faisons tout notre possible pour vous faire parvenir votre commande au plus vite.\n\nPour toute question, il vous suffit de répondre à ce message.\n\nMerci de votre compréhension.\nCordialement,\n","line":4,"column":69},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nNous sommes au regret de vous informer que votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":68,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":75}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":93}}})) != null ? stack1 : "")
    + ") a pris du retard en raison d'un problème imprévu.\nNous prévoyons désormais de l'expédier le "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":42},"end":{"line":4,"column":68}}}),{"name":"__data","hash":{"gap":94,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":42},"end":{"line":4,"column":68}}})) != null ? stack1 : "")
    + ".\n\nNous vous prions de nous excuser pour ce contretemps et faisons tout notre possible pour vous faire parvenir votre commande au plus vite.\n\nPour toute question, il vous suffit de répondre à ce message.\n\nMerci de votre compréhension.\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":249,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"hi-IN","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"नमस्ते,\n\nहमें खेद है कि एक अप्रत्याशित समस्या के कारण आपके ऑर्डर ","line":1,"column":1},{"text":" (","line":3,"column":74},{"text":") को भेजने में देरी होगी। नई अनुमानित शिपिंग तारीख ","line":3,"column":92},{"text":" है।\n\nइस देरी और इससे हुई असुविधा के लिए हम क्षमा चाहते हैं। अगर आपका कोई सवाल हो, तो कृपया इस संदेश का जवाब दें।\n\nसादर,\n","line":3,"column":169},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nहमें खेद है कि एक अप्रत्याशित समस्या के कारण आपके ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":65,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":56},"end":{"line":3,"column":73}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":91}}})) != null ? stack1 : "")
    + ") को भेजने में देरी होगी। नई अनुमानित शिपिंग तारीख "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}}),{"name":"__data","hash":{"gap":51,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}})) != null ? stack1 : "")
    + " है।\n\nइस देरी और इससे हुई असुविधा के लिए हम क्षमा चाहते हैं। अगर आपका कोई सवाल हो, तो कृपया इस संदेश का जवाब दें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":121,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"it-IT","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Buongiorno,\n\nSiamo spiacenti di informarla che il suo ordine ","line":1,"column":1},{"text":" (","line":3,"column":66},{"text":") ha subito un ritardo a causa di un problema imprevisto.\nOra prevediamo di spedirlo il ","line":3,"column":84},{"text":".\n\nCi scusiamo per il disagio e stiamo facendo il possibile per farle ricevere l'ordine al più presto.\n\nPer qualsiasi domanda, risponda pure a questo messaggio.\n\nGrazie per la pazienza.\nCordiali saluti,\n","line":4,"column":57},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nSiamo spiacenti di informarla che il suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":61,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + ") ha subito un ritardo a causa di un problema imprevisto.\nOra prevediamo di spedirlo il "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":30},"end":{"line":4,"column":56}}}),{"name":"__data","hash":{"gap":88,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":30},"end":{"line":4,"column":56}}})) != null ? stack1 : "")
    + ".\n\nCi scusiamo per il disagio e stiamo facendo il possibile per farle ricevere l'ordine al più presto.\n\nPer qualsiasi domanda, risponda pure a questo messaggio.\n\nGrazie per la pazienza.\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":203,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"ja-JP","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）の商品「","line":4,"column":27},{"text":"」につきまして、予期せぬ問題が発生したため、発送が遅れることとなりました。新しい発送予定日は","line":4,"column":48},{"text":"です。\n\nご迷惑をおかけし、誠に申し訳ございません。ご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n","line":4,"column":120},{"text":"\n","line":9,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":5,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":47}}})) != null ? stack1 : "")
    + "」につきまして、予期せぬ問題が発生したため、発送が遅れることとなりました。新しい発送予定日は"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":93},"end":{"line":4,"column":119}}}),{"name":"__data","hash":{"gap":46,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":93},"end":{"line":4,"column":119}}})) != null ? stack1 : "")
    + "です。\n\nご迷惑をおかけし、誠に申し訳ございません。ご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":74,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"nl-NL","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Beste klant,\n\nHelaas moeten we u laten weten dat uw bestelling ","line":1,"column":1},{"text":" (","line":3,"column":67},{"text":") door een onverwacht probleem vertraging heeft opgelopen.\nWe verwachten deze nu op ","line":3,"column":85},{"text":" te verzenden.\n\nOnze excuses voor het ongemak. We doen er alles aan om uw bestelling zo snel mogelijk bij u te bezorgen.\n\nHebt u vragen? Beantwoord dan gewoon dit bericht.\n\nBedankt voor uw geduld.\nMet vriendelijke groet,\n","line":4,"column":52},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nHelaas moeten we u laten weten dat uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":63,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":84}}})) != null ? stack1 : "")
    + ") door een onverwacht probleem vertraging heeft opgelopen.\nWe verwachten deze nu op "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":51}}}),{"name":"__data","hash":{"gap":84,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":51}}})) != null ? stack1 : "")
    + " te verzenden.\n\nOnze excuses voor het ongemak. We doen er alles aan om uw bestelling zo snel mogelijk bij u te bezorgen.\n\nHebt u vragen? Beantwoord dan gewoon dit bericht.\n\nBedankt voor uw geduld.\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":221,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"pl-PL","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Dzień dobry,\n\nniestety z powodu nieoczekiwanego problemu wysyłka zamówienia ","line":1,"column":1},{"text":" (","line":3,"column":80},{"text":") opóźni się. Nowa planowana data wysyłki to ","line":3,"column":98},{"text":" r.\n\nBardzo przepraszamy za opóźnienie i związane z nim niedogodności. W razie pytań prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n","line":3,"column":169},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\nniestety z powodu nieoczekiwanego problemu wysyłka zamówienia "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":76,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":62},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":81},"end":{"line":3,"column":97}}})) != null ? stack1 : "")
    + ") opóźni się. Nowa planowana data wysyłki to "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}}),{"name":"__data","hash":{"gap":45,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}})) != null ? stack1 : "")
    + " r.\n\nBardzo przepraszamy za opóźnienie i związane z nim niedogodności. W razie pytań prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":137,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"pt-BR","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Olá,\n\nInfelizmente, devido a um problema inesperado, o envio do pedido ","line":1,"column":1},{"text":" (","line":3,"column":83},{"text":") sofrerá um atraso. A nova data prevista de envio é ","line":3,"column":101},{"text":".\n\nPedimos desculpas pelo atraso e pelo transtorno. Se tiver alguma dúvida, é só responder a esta mensagem.\n\nAtenciosamente,\n","line":3,"column":180},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nInfelizmente, devido a um problema inesperado, o envio do pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":71,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ") sofrerá um atraso. A nova data prevista de envio é "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":153},"end":{"line":3,"column":179}}}),{"name":"__data","hash":{"gap":53,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":153},"end":{"line":3,"column":179}}})) != null ? stack1 : "")
    + ".\n\nPedimos desculpas pelo atraso e pelo transtorno. Se tiver alguma dúvida, é só responder a esta mensagem.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":125,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"sv-SE","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Hej!\n\nTyvärr blir din beställning ","line":1,"column":1},{"text":" (","line":3,"column":46},{"text":") försenad på grund av ett oväntat problem. Vi räknar nu med att skicka varan den ","line":3,"column":64},{"text":".\n\nVi ber om ursäkt för förseningen och besväret. Om du har frågor är du välkommen att svara på det här meddelandet.\n\nVänliga hälsningar\n","line":3,"column":172},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nTyvärr blir din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":34,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":28},"end":{"line":3,"column":45}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":47},"end":{"line":3,"column":63}}})) != null ? stack1 : "")
    + ") försenad på grund av ett oväntat problem. Vi räknar nu med att skicka varan den "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":145},"end":{"line":3,"column":171}}}),{"name":"__data","hash":{"gap":82,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":145},"end":{"line":3,"column":171}}})) != null ? stack1 : "")
    + ".\n\nVi ber om ursäkt för förseningen och besväret. Om du har frågor är du välkommen att svara på det här meddelandet.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":137,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"tr-TR","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"Merhaba,\n\nBeklenmedik bir sorun nedeniyle ","line":1,"column":1},{"text":" numaralı siparişinizin (","line":3,"column":50},{"text":") gönderimi gecikecektir. Siparişinizi tahminen ","line":3,"column":91},{"text":" tarihinde kargoya vereceğiz.\n\nBu gecikme için özür diler, anlayışınız için teşekkür ederiz. Sorularınız olursa bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n","line":3,"column":165},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\nBeklenmedik bir sorun nedeniyle "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":42,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " numaralı siparişinizin ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":25,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":74},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + ") gönderimi gecikecektir. Siparişinizi tahminen "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":138},"end":{"line":3,"column":164}}}),{"name":"__data","hash":{"gap":48,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":138},"end":{"line":3,"column":164}}})) != null ? stack1 : "")
    + " tarihinde kargoya vereceğiz.\n\nBu gecikme için özür diler, anlayışınız için teşekkür ederiz. Sorularınız olursa bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":160,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"zh-CN","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"您好，\n\n很抱歉地通知您，由于出现意外问题，您的订单 ","line":1,"column":1},{"text":"（","line":3,"column":40},{"text":"）将延迟发货。新的预计发货日期为","line":3,"column":57},{"text":"。\n\n对于此次延误给您带来的不便，我们深表歉意。如有任何疑问，请直接回复此消息。\n\n感谢您的理解！\n","line":3,"column":99},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n很抱歉地通知您，由于出现意外问题，您的订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":27,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":22},"end":{"line":3,"column":39}}})) != null ? stack1 : "")
    + "（"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":1,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":40},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + "）将延迟发货。新的预计发货日期为"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":72},"end":{"line":3,"column":98}}}),{"name":"__data","hash":{"gap":16,"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":72},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + "。\n\n对于此次延误给您带来的不便，我们深表歉意。如有任何疑问，请直接回复此消息。\n\n感谢您的理解！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":50,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { TemplateSet } from "../compose/precompiled_template.ts";

/**
 * The shipped `confirmCustomizationDetails` templates, precompiled, in 16 locales.
 * Give them to `createComposer({ templates })`; a bundle that imports
 * only this set holds no other type's templates.
 *
 * @example Composing with this set only
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES] });
 * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "confirmCustomizationDetails"));
 * assert.ok(composer.locales("confirmCustomizationDetails").includes("en-US"));
 * ```
 */
export const CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES: TemplateSet = [
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"ar-AE","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"مرحبًا،\n\nنرجو منكم تأكيد تفاصيل التخصيص الخاصة بالطلب رقم ","line":1,"column":1},{"text":" قبل أن نبدأ في تصنيع المنتج.\n\nالمنتج: ","line":3,"column":67},{"text":"\nالتخصيص: ","line":5,"column":25},{"text":"\n\nيُرجى الرد على هذه الرسالة في موعد أقصاه ","line":6,"column":27},{"text":" لتأكيد هذه التفاصيل أو لإبلاغنا بأي تعديل مطلوب. ونظرًا لأننا سنصنع المنتج مطابقًا تمامًا للتفاصيل التي تؤكدونها، نرجو مراجعة الكتابة بعناية.\n\nمع أطيب التحيات،\n","line":8,"column":66},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنرجو منكم تأكيد تفاصيل التخصيص الخاصة بالطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":58,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " قبل أن نبدأ في تصنيع المنتج.\n\nالمنتج: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nالتخصيص: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة في موعد أقصاه "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":41},"end":{"line":8,"column":65}}}),{"name":"__data","hash":{"gap":43,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":41},"end":{"line":8,"column":65}}})) != null ? stack1 : "")
    + " لتأكيد هذه التفاصيل أو لإبلاغنا بأي تعديل مطلوب. ونظرًا لأننا سنصنع المنتج مطابقًا تمامًا للتفاصيل التي تؤكدونها، نرجو مراجعة الكتابة بعناية.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":161,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"de-DE","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Guten Tag,\n\nwir melden uns zu Ihrer Bestellung ","line":1,"column":1},{"text":" (","line":3,"column":53},{"text":").\nDa dieser Artikel für Sie personalisiert wird, bitten wir Sie, die Angaben zur Personalisierung vor der Anfertigung zu bestätigen.\n\nFolgende Angaben liegen uns vor:\n","line":3,"column":71},{"text":"\n\nBitte antworten Sie bis zum ","line":7,"column":18},{"text":" auf diese Nachricht und bestätigen Sie die Angaben oder teilen Sie uns mit, was wir ändern sollen.\nPrüfen Sie bitte vor allem die Schreibweise, da wir den Artikel genau nach Ihren bestätigten Angaben anfertigen.\n\nVielen Dank und freundliche Grüße\n","line":9,"column":53},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Guten Tag,\n\nwir melden uns zu Ihrer Bestellung "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":47,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":52}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":54},"end":{"line":3,"column":70}}})) != null ? stack1 : "")
    + ").\nDa dieser Artikel für Sie personalisiert wird, bitten wir Sie, die Angaben zur Personalisierung vor der Anfertigung zu bestätigen.\n\nFolgende Angaben liegen uns vor:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":168,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie bis zum "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":28},"end":{"line":9,"column":52}}}),{"name":"__data","hash":{"gap":30,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":28},"end":{"line":9,"column":52}}})) != null ? stack1 : "")
    + " auf diese Nachricht und bestätigen Sie die Angaben oder teilen Sie uns mit, was wir ändern sollen.\nPrüfen Sie bitte vor allem die Schreibweise, da wir den Artikel genau nach Ihren bestätigten Angaben anfertigen.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":248,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"en-GB","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing about your order ","line":1,"column":1},{"text":" (","line":3,"column":49},{"text":").\nAs this item is personalised for you, we need you to confirm the personalisation before we make it.\n\nThese are the details we have:\n","line":3,"column":67},{"text":"\n\nPlease reply to this message by ","line":7,"column":18},{"text":", either to confirm these details or to let us know what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nKind regards,\n","line":9,"column":57},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing about your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + ").\nAs this item is personalised for you, we need you to confirm the personalisation before we make it.\n\nThese are the details we have:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":135,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message by "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}}),{"name":"__data","hash":{"gap":34,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}})) != null ? stack1 : "")
    + ", either to confirm these details or to let us know what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":180,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"en-US","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Hello,\n\nWe're writing about your order ","line":1,"column":1},{"text":" (","line":3,"column":49},{"text":").\nBecause this item is personalized for you, we need you to confirm the customization before we make it.\n\nThese are the details we have:\n","line":3,"column":67},{"text":"\n\nPlease reply to this message by ","line":7,"column":18},{"text":", either to confirm these details or to tell us what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nThank you,\n","line":9,"column":57},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hello,\n\nWe're writing about your order "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":39,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + ").\nBecause this item is personalized for you, we need you to confirm the customization before we make it.\n\nThese are the details we have:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":138,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message by "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}}),{"name":"__data","hash":{"gap":34,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}})) != null ? stack1 : "")
    + ", either to confirm these details or to tell us what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":173,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"es-ES","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Hola:\n\nNos ponemos en contacto con usted en relación con su pedido ","line":1,"column":1},{"text":" (","line":3,"column":78},{"text":").\nComo este artículo se personaliza para usted, necesitamos que confirme los datos de personalización antes de fabricarlo.\n\nEstos son los datos que tenemos:\n","line":3,"column":96},{"text":"\n\nLe rogamos que responda a este mensaje a más tardar el ","line":7,"column":18},{"text":" para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que fabricaremos el artículo exactamente como lo confirme.\n\nUn cordial saludo,\n","line":9,"column":80},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nNos ponemos en contacto con usted en relación con su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":67,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":60},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":79},"end":{"line":3,"column":95}}})) != null ? stack1 : "")
    + ").\nComo este artículo se personaliza para usted, necesitamos que confirme los datos de personalización antes de fabricarlo.\n\nEstos son los datos que tenemos:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":158,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nLe rogamos que responda a este mensaje a más tardar el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}}),{"name":"__data","hash":{"gap":57,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}})) != null ? stack1 : "")
    + " para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que fabricaremos el artículo exactamente como lo confirme.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":175,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"es-MX","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Hola:\n\nNos comunicamos con usted respecto a su pedido ","line":1,"column":1},{"text":" (","line":3,"column":65},{"text":").\nComo este producto se personaliza para usted, necesitamos que confirme los datos de personalización antes de elaborarlo.\n\nEstos son los datos que tenemos:\n","line":3,"column":83},{"text":"\n\nPor favor, responda a este mensaje a más tardar el ","line":7,"column":18},{"text":" para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que elaboraremos el producto exactamente como lo confirme.\n\nSaludos cordiales,\n","line":9,"column":76},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hola:\n\nNos comunicamos con usted respecto a su pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":54,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":47},"end":{"line":3,"column":64}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + ").\nComo este producto se personaliza para usted, necesitamos que confirme los datos de personalización antes de elaborarlo.\n\nEstos son los datos que tenemos:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":158,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje a más tardar el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":51},"end":{"line":9,"column":75}}}),{"name":"__data","hash":{"gap":53,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":51},"end":{"line":9,"column":75}}})) != null ? stack1 : "")
    + " para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que elaboraremos el producto exactamente como lo confirme.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":175,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"fr-FR","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Bonjour,\n\nNous vous contactons au sujet de votre commande ","line":1,"column":1},{"text":" (","line":3,"column":66},{"text":").\nCet article étant personnalisé, nous avons besoin de votre confirmation avant de le fabriquer.\n\nVoici les informations de personnalisation dont nous disposons :\n","line":3,"column":84},{"text":"\n\nMerci de répondre à ce message au plus tard le ","line":7,"column":18},{"text":" pour confirmer ces informations ou nous indiquer les modifications souhaitées.\nVérifiez bien l'orthographe : l'article sera réalisé exactement selon les informations confirmées.\n\nCordialement,\n","line":9,"column":72},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Bonjour,\n\nNous vous contactons au sujet de votre commande "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":58,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + ").\nCet article étant personnalisé, nous avons besoin de votre confirmation avant de le fabriquer.\n\nVoici les informations de personnalisation dont nous disposons :\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":164,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message au plus tard le "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":47},"end":{"line":9,"column":71}}}),{"name":"__data","hash":{"gap":49,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":47},"end":{"line":9,"column":71}}})) != null ? stack1 : "")
    + " pour confirmer ces informations ou nous indiquer les modifications souhaitées.\nVérifiez bien l'orthographe : l'article sera réalisé exactement selon les informations confirmées.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":194,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"hi-IN","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"नमस्ते,\n\nआपके ऑर्डर ","line":1,"column":1},{"text":" का उत्पाद आपके लिए कस्टमाइज़ किया जाएगा। इसे बनाना शुरू करने से पहले हमें कस्टमाइज़ेशन के इन विवरणों की आपसे पुष्टि चाहिए।\n\nउत्पाद: ","line":3,"column":29},{"text":"\nकस्टमाइज़ेशन: ","line":5,"column":25},{"text":"\n\nकृपया ","line":6,"column":32},{"text":" तक इस संदेश का जवाब देकर बताएँ कि ये विवरण सही हैं या इनमें क्या बदलना है। उत्पाद ठीक आपके पुष्टि किए गए विवरणों के अनुसार बनाया जाएगा, इसलिए कृपया वर्तनी ध्यान से जाँच लें।\n\nसादर,\n","line":8,"column":31},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "नमस्ते,\n\nआपके ऑर्डर "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":20,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " का उत्पाद आपके लिए कस्टमाइज़ किया जाएगा। इसे बनाना शुरू करने से पहले हमें कस्टमाइज़ेशन के इन विवरणों की आपसे पुष्टि चाहिए।\n\nउत्पाद: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":133,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nकस्टमाइज़ेशन: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":15,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":31}}})) != null ? stack1 : "")
    + "\n\nकृपया "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":30}}}),{"name":"__data","hash":{"gap":8,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":30}}})) != null ? stack1 : "")
    + " तक इस संदेश का जवाब देकर बताएँ कि ये विवरण सही हैं या इनमें क्या बदलना है। उत्पाद ठीक आपके पुष्टि किए गए विवरणों के अनुसार बनाया जाएगा, इसलिए कृपया वर्तनी ध्यान से जाँच लें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":182,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"it-IT","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Buongiorno,\n\nLa contattiamo in merito al suo ordine ","line":1,"column":1},{"text":" (","line":3,"column":57},{"text":").\nPoiché questo articolo viene personalizzato per lei, le chiediamo di confermare i dati di personalizzazione prima che lo realizziamo.\n\nQuesti sono i dati in nostro possesso:\n","line":3,"column":75},{"text":"\n\nLa preghiamo di rispondere a questo messaggio entro il ","line":7,"column":18},{"text":" per confermare che sono corretti o per indicarci cosa desidera modificare.\nControlli con attenzione l'ortografia, perché realizzeremo l'articolo esattamente come confermato.\n\nCordiali saluti,\n","line":9,"column":80},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Buongiorno,\n\nLa contattiamo in merito al suo ordine "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":52,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + ").\nPoiché questo articolo viene personalizzato per lei, le chiediamo di confermare i dati di personalizzazione prima che lo realizziamo.\n\nQuesti sono i dati in nostro possesso:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":177,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio entro il "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}}),{"name":"__data","hash":{"gap":57,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}})) != null ? stack1 : "")
    + " per confermare che sono corretti o per indicarci cosa desidera modificare.\nControlli con attenzione l'ortografia, perché realizzeremo l'articolo esattamente come confermato.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":193,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"ja-JP","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号：","line":1,"column":1},{"text":"）の商品につきまして、制作を開始する前にカスタマイズ内容のご確認をお願いいたします。\n\n商品：","line":4,"column":27},{"text":"\nカスタマイズ内容：","line":6,"column":20},{"text":"\n\n","line":7,"column":27},{"text":"までに、このメッセージにご返信のうえ、内容に間違いがないかお知らせください。変更が必要な場合は、正しい内容をご返信ください。商品はご確認いただいた内容どおりに制作いたしますので、文字のつづりなどを十分にご確認ください。\n\n何卒よろしくお願いいたします。\n","line":9,"column":25},{"text":"\n","line":12,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "お客様\n\nこのたびはご注文いただき、誠にありがとうございます。\nご注文（注文番号："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":41,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品につきまして、制作を開始する前にカスタマイズ内容のご確認をお願いいたします。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":47,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":19}}})) != null ? stack1 : "")
    + "\nカスタマイズ内容："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":9},"end":{"line":7,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":24}}}),{"name":"__data","hash":{"gap":2,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":24}}})) != null ? stack1 : "")
    + "までに、このメッセージにご返信のうえ、内容に間違いがないかお知らせください。変更が必要な場合は、正しい内容をご返信ください。商品はご確認いただいた内容どおりに制作いたしますので、文字のつづりなどを十分にご確認ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":127,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"nl-NL","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Beste klant,\n\nWe nemen contact met u op over uw bestelling ","line":1,"column":1},{"text":" (","line":3,"column":63},{"text":").\nOmdat dit artikel speciaal voor u wordt gepersonaliseerd, hebben we uw bevestiging van de personalisatie nodig voordat we het maken.\n\nDit zijn de gegevens die wij hebben:\n","line":3,"column":81},{"text":"\n\nWilt u dit bericht uiterlijk ","line":7,"column":18},{"text":" beantwoorden? Bevestig daarin dat deze gegevens kloppen of laat ons weten wat u wilt wijzigen.\nControleer vooral de spelling goed, want we maken het artikel precies zoals u het bevestigt.\n\nMet vriendelijke groet,\n","line":9,"column":54},{"text":"\n","line":13,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Beste klant,\n\nWe nemen contact met u op over uw bestelling "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":59,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":2,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + ").\nOmdat dit artikel speciaal voor u wordt gepersonaliseerd, hebben we uw bevestiging van de personalisatie nodig voordat we het maken.\n\nDit zijn de gegevens die wij hebben:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":174,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht uiterlijk "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":53}}}),{"name":"__data","hash":{"gap":31,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":53}}})) != null ? stack1 : "")
    + " beantwoorden? Bevestig daarin dat deze gegevens kloppen of laat ons weten wat u wilt wijzigen.\nControleer vooral de spelling goed, want we maken het artikel precies zoals u het bevestigt.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":214,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"pl-PL","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Dzień dobry,\n\nprosimy o potwierdzenie szczegółów personalizacji w zamówieniu ","line":1,"column":1},{"text":", zanim przystąpimy do wykonania produktu.\n\nProdukt: ","line":3,"column":81},{"text":"\nPersonalizacja: ","line":5,"column":26},{"text":"\n\nProsimy odpowiedzieć na tę wiadomość do ","line":6,"column":34},{"text":" r. i potwierdzić powyższe dane lub wskazać, co należy zmienić. Produkt wykonamy dokładnie według potwierdzonych danych, dlatego warto uważnie sprawdzić pisownię.\n\nZ poważaniem\n","line":8,"column":65},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Dzień dobry,\n\nprosimy o potwierdzenie szczegółów personalizacji w zamówieniu "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":77,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + ", zanim przystąpimy do wykonania produktu.\n\nProdukt: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":53,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalizacja: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":17,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\nProsimy odpowiedzieć na tę wiadomość do "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"gap":42,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " r. i potwierdzić powyższe dane lub wskazać, co należy zmienić. Produkt wykonamy dokładnie według potwierdzonych danych, dlatego warto uważnie sprawdzić pisownię.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":177,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"pt-BR","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Olá,\n\nPrecisamos que você confirme a personalização do pedido ","line":1,"column":1},{"text":" antes de iniciarmos a produção.\n\nProduto: ","line":3,"column":74},{"text":"\nPersonalização: ","line":5,"column":26},{"text":"\n\nPor favor, responda a esta mensagem até ","line":6,"column":34},{"text":" confirmando esses dados ou informando o que deve ser alterado. Confira a grafia com atenção, pois o produto será feito exatamente conforme os dados confirmados.\n\nAtenciosamente,\n","line":8,"column":65},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Olá,\n\nPrecisamos que você confirme a personalização do pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":62,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":56},"end":{"line":3,"column":73}}})) != null ? stack1 : "")
    + " antes de iniciarmos a produção.\n\nProduto: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":43,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalização: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":17,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem até "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"gap":42,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " confirmando esses dados ou informando o que deve ser alterado. Confira a grafia com atenção, pois o produto será feito exatamente conforme os dados confirmados.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":179,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"sv-SE","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Hej!\n\nVi behöver att du bekräftar personaliseringen för din beställning ","line":1,"column":1},{"text":" innan vi börjar tillverka varan.\n\nProdukt: ","line":3,"column":84},{"text":"\nPersonalisering: ","line":5,"column":26},{"text":"\n\nSvara på det här meddelandet senast den ","line":6,"column":35},{"text":" och bekräfta att uppgifterna stämmer, eller skriv vad som ska ändras. Kontrollera stavningen noga, eftersom varan tillverkas exakt enligt det du bekräftar.\n\nVänliga hälsningar\n","line":8,"column":65},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Hej!\n\nVi behöver att du bekräftar personaliseringen för din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":72,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + " innan vi börjar tillverka varan.\n\nProdukt: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":44,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalisering: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":18,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n\nSvara på det här meddelandet senast den "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"gap":42,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " och bekräfta att uppgifterna stämmer, eller skriv vad som ska ändras. Kontrollera stavningen noga, eftersom varan tillverkas exakt enligt det du bekräftar.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":177,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"tr-TR","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"Merhaba,\n\n","line":1,"column":1},{"text":" numaralı siparişinizdeki ürünü hazırlamaya başlamadan önce kişiselleştirme bilgilerini onaylamanızı rica ediyoruz.\n\nÜrün: ","line":3,"column":18},{"text":"\nKişiselleştirme: ","line":5,"column":23},{"text":"\n\nLütfen en geç ","line":6,"column":35},{"text":" tarihine kadar bu mesajı yanıtlayarak bilgileri onaylayın veya değiştirilmesi gereken noktaları bize bildirin. Ürün, onayladığınız bilgilere birebir uygun olarak hazırlanacağından lütfen yazımı dikkatle kontrol edin.\n\nSaygılarımızla,\n","line":8,"column":39},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merhaba,\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizdeki ürünü hazırlamaya başlamadan önce kişiselleştirme bilgilerini onaylamanızı rica ediyoruz.\n\nÜrün: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":123,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":22}}})) != null ? stack1 : "")
    + "\nKişiselleştirme: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":18,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n\nLütfen en geç "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":14},"end":{"line":8,"column":38}}}),{"name":"__data","hash":{"gap":16,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":14},"end":{"line":8,"column":38}}})) != null ? stack1 : "")
    + " tarihine kadar bu mesajı yanıtlayarak bilgileri onaylayın veya değiştirilmesi gereken noktaları bize bildirin. Ürün, onayladığınız bilgilere birebir uygun olarak hazırlanacağından lütfen yazımı dikkatle kontrol edin.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":235,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"zh-CN","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"您好，\n\n您的订单 ","line":1,"column":1},{"text":" 中的商品需要定制。在开始制作之前，请您确认以下定制信息。\n\n商品：","line":3,"column":23},{"text":"\n定制内容：","line":5,"column":20},{"text":"\n\n请于","line":6,"column":23},{"text":"前回复此消息，确认以上信息无误，或告知需要修改的内容。商品将严格按照您确认的内容制作，请仔细核对拼写。\n\n感谢您的配合！\n","line":8,"column":27},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "您好，\n\n您的订单 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":10,"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":5},"end":{"line":3,"column":22}}})) != null ? stack1 : "")
    + " 中的商品需要定制。在开始制作之前，请您确认以下定制信息。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":34,"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":19}}})) != null ? stack1 : "")
    + "\n定制内容："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":6,"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":22}}})) != null ? stack1 : "")
    + "\n\n请于"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":26}}}),{"name":"__data","hash":{"gap":4,"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":26}}})) != null ? stack1 : "")
    + "前回复此消息，确认以上信息无误，或告知需要修改的内容。商品将严格按照您确认的内容制作，请仔细核对拼写。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"gap":61,"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

// Generated from Handlebars templates by precompileTemplates(). Do not edit.
// deno-fmt-ignore-file
// deno-lint-ignore-file
// @ts-nocheck: precompiled Handlebars code
import type { PrecompiledTemplate } from "./precompiled_template.ts";

/** The precompiled templates. */
export const templates: readonly PrecompiledTemplate[] = [
  { "id":"confirmCustomizationDetails","type":"confirmCustomizationDetails","locale":"ar-AE","variables":["amazonOrderId","productTitle","customization","respondBy","sellerName"],"literals":[{"text":"مرحبًا،\n\nنرجو منكم تأكيد تفاصيل التخصيص الخاصة بالطلب رقم ","line":1,"column":1},{"text":" قبل أن نبدأ في تصنيع المنتج.\n\nالمنتج: ","line":3,"column":67},{"text":"\nالتخصيص: ","line":5,"column":25},{"text":"\n\nيُرجى الرد على هذه الرسالة في موعد أقصاه ","line":6,"column":27},{"text":" لتأكيد هذه التفاصيل أو لإبلاغنا بأي تعديل مطلوب. ونظرًا لأننا سنصنع المنتج مطابقًا تمامًا للتفاصيل التي تؤكدونها، نرجو مراجعة الكتابة بعناية.\n\nمع أطيب التحيات،\n","line":8,"column":66},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنرجو منكم تأكيد تفاصيل التخصيص الخاصة بالطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " قبل أن نبدأ في تصنيع المنتج.\n\nالمنتج: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nالتخصيص: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة في موعد أقصاه "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":41},"end":{"line":8,"column":65}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":41},"end":{"line":8,"column":65}}})) != null ? stack1 : "")
    + " لتأكيد هذه التفاصيل أو لإبلاغنا بأي تعديل مطلوب. ونظرًا لأننا سنصنع المنتج مطابقًا تمامًا للتفاصيل التي تؤكدونها، نرجو مراجعة الكتابة بعناية.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":52}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":54},"end":{"line":3,"column":70}}})) != null ? stack1 : "")
    + ").\nDa dieser Artikel für Sie personalisiert wird, bitten wir Sie, die Angaben zur Personalisierung vor der Anfertigung zu bestätigen.\n\nFolgende Angaben liegen uns vor:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie bis zum "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":28},"end":{"line":9,"column":52}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":28},"end":{"line":9,"column":52}}})) != null ? stack1 : "")
    + " auf diese Nachricht und bestätigen Sie die Angaben oder teilen Sie uns mit, was wir ändern sollen.\nPrüfen Sie bitte vor allem die Schreibweise, da wir den Artikel genau nach Ihren bestätigten Angaben anfertigen.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + ").\nAs this item is personalised for you, we need you to confirm the personalisation before we make it.\n\nThese are the details we have:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message by "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}})) != null ? stack1 : "")
    + ", either to confirm these details or to let us know what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + ").\nBecause this item is personalized for you, we need you to confirm the customization before we make it.\n\nThese are the details we have:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message by "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":56}}})) != null ? stack1 : "")
    + ", either to confirm these details or to tell us what you would like changed.\nPlease check the spelling carefully, as we will make the item exactly as confirmed.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":60},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":79},"end":{"line":3,"column":95}}})) != null ? stack1 : "")
    + ").\nComo este artículo se personaliza para usted, necesitamos que confirme los datos de personalización antes de fabricarlo.\n\nEstos son los datos que tenemos:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nLe rogamos que responda a este mensaje a más tardar el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}})) != null ? stack1 : "")
    + " para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que fabricaremos el artículo exactamente como lo confirme.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":47},"end":{"line":3,"column":64}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + ").\nComo este producto se personaliza para usted, necesitamos que confirme los datos de personalización antes de elaborarlo.\n\nEstos son los datos que tenemos:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje a más tardar el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":51},"end":{"line":9,"column":75}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":51},"end":{"line":9,"column":75}}})) != null ? stack1 : "")
    + " para confirmar que son correctos o indicarnos qué desea cambiar.\nRevise bien la ortografía, ya que elaboraremos el producto exactamente como lo confirme.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + ").\nCet article étant personnalisé, nous avons besoin de votre confirmation avant de le fabriquer.\n\nVoici les informations de personnalisation dont nous disposons :\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message au plus tard le "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":47},"end":{"line":9,"column":71}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":47},"end":{"line":9,"column":71}}})) != null ? stack1 : "")
    + " pour confirmer ces informations ou nous indiquer les modifications souhaitées.\nVérifiez bien l'orthographe : l'article sera réalisé exactement selon les informations confirmées.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " का उत्पाद आपके लिए कस्टमाइज़ किया जाएगा। इसे बनाना शुरू करने से पहले हमें कस्टमाइज़ेशन के इन विवरणों की आपसे पुष्टि चाहिए।\n\nउत्पाद: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nकस्टमाइज़ेशन: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":31}}})) != null ? stack1 : "")
    + "\n\nकृपया "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":30}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":6},"end":{"line":8,"column":30}}})) != null ? stack1 : "")
    + " तक इस संदेश का जवाब देकर बताएँ कि ये विवरण सही हैं या इनमें क्या बदलना है। उत्पाद ठीक आपके पुष्टि किए गए विवरणों के अनुसार बनाया जाएगा, इसलिए कृपया वर्तनी ध्यान से जाँच लें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + ").\nPoiché questo articolo viene personalizzato per lei, le chiediamo di confermare i dati di personalizzazione prima che lo realizziamo.\n\nQuesti sono i dati in nostro possesso:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio entro il "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":79}}})) != null ? stack1 : "")
    + " per confermare che sono corretti o per indicarci cosa desidera modificare.\nControlli con attenzione l'ortografia, perché realizzeremo l'articolo esattamente come confermato.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品につきまして、制作を開始する前にカスタマイズ内容のご確認をお願いいたします。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":19}}})) != null ? stack1 : "")
    + "\nカスタマイズ内容："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":9},"end":{"line":7,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":24}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":24}}})) != null ? stack1 : "")
    + "までに、このメッセージにご返信のうえ、内容に間違いがないかお知らせください。変更が必要な場合は、正しい内容をご返信ください。商品はご確認いただいた内容どおりに制作いたしますので、文字のつづりなどを十分にご確認ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + ").\nOmdat dit artikel speciaal voor u wordt gepersonaliseerd, hebben we uw bevestiging van de personalisatie nodig voordat we het maken.\n\nDit zijn de gegevens die wij hebben:\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht uiterlijk "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":53}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":53}}})) != null ? stack1 : "")
    + " beantwoorden? Bevestig daarin dat deze gegevens kloppen of laat ons weten wat u wilt wijzigen.\nControleer vooral de spelling goed, want we maken het artikel precies zoals u het bevestigt.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + ", zanim przystąpimy do wykonania produktu.\n\nProdukt: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalizacja: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\nProsimy odpowiedzieć na tę wiadomość do "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " r. i potwierdzić powyższe dane lub wskazać, co należy zmienić. Produkt wykonamy dokładnie według potwierdzonych danych, dlatego warto uważnie sprawdzić pisownię.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":56},"end":{"line":3,"column":73}}})) != null ? stack1 : "")
    + " antes de iniciarmos a produção.\n\nProduto: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalização: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem até "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " confirmando esses dados ou informando o que deve ser alterado. Confira a grafia com atenção, pois o produto será feito exatamente conforme os dados confirmados.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + " innan vi börjar tillverka varan.\n\nProdukt: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nPersonalisering: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n\nSvara på det här meddelandet senast den "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " och bekräfta att uppgifterna stämmer, eller skriv vad som ska ändras. Kontrollera stavningen noga, eftersom varan tillverkas exakt enligt det du bekräftar.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizdeki ürünü hazırlamaya başlamadan önce kişiselleştirme bilgilerini onaylamanızı rica ediyoruz.\n\nÜrün: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":22}}})) != null ? stack1 : "")
    + "\nKişiselleştirme: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n\nLütfen en geç "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":14},"end":{"line":8,"column":38}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":14},"end":{"line":8,"column":38}}})) != null ? stack1 : "")
    + " tarihine kadar bu mesajı yanıtlayarak bilgileri onaylayın veya değiştirilmesi gereken noktaları bize bildirin. Ürün, onayladığınız bilgilere birebir uygun olarak hazırlanacağından lütfen yazımı dikkatle kontrol edin.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":5},"end":{"line":3,"column":22}}})) != null ? stack1 : "")
    + " 中的商品需要定制。在开始制作之前，请您确认以下定制信息。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":19}}})) != null ? stack1 : "")
    + "\n定制内容："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"customization","expr":"customization"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":22}}})) != null ? stack1 : "")
    + "\n\n请于"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"respondBy"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":26}}}),{"name":"__data","hash":{"expr":"formatDate respondBy"},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":26}}})) != null ? stack1 : "")
    + "前回复此消息，确认以上信息无误，或告知需要修改的内容。商品将严格按照您确认的内容制作，请仔细核对拼写。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmDeliveryDetails","type":"confirmDeliveryDetails","locale":"ar-AE","variables":["amazonOrderId","productTitle","carrier","deliveryStart","deliveryEnd","sellerName"],"literals":[{"text":"مرحبًا،\n\nنتواصل معكم لتأكيد موعد توصيل الطلب رقم ","line":1,"column":1},{"text":" (","line":3,"column":58},{"text":"). ستتولى شركة الشحن ","line":3,"column":76},{"text":" توصيل الطلب في الموعد التالي:\n\n","line":3,"column":108},{"text":"\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود من يستلم الشحنة خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى ذكر اليوم والوقت المناسبين في ردكم، وسنعمل على ترتيب موعد جديد مع شركة الشحن.\n\nمع أطيب التحيات،\n","line":5,"column":46},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنتواصل معكم لتأكيد موعد توصيل الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":40},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":59},"end":{"line":3,"column":75}}})) != null ? stack1 : "")
    + "). ستتولى شركة الشحن "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":96},"end":{"line":3,"column":107}}})) != null ? stack1 : "")
    + " توصيل الطلب في الموعد التالي:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود من يستلم الشحنة خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى ذكر اليوم والوقت المناسبين في ردكم، وسنعمل على ترتيب موعد جديد مع شركة الشحن.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":84}}})) != null ? stack1 : "")
    + ") mit Ihnen abstimmen.\nDa der Artikel per Spedition geliefert wird, muss bei der Zustellung jemand vor Ort sein, um die Sendung anzunehmen.\n\nSpedition: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":22}}})) != null ? stack1 : "")
    + "\nLiefertermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":14},"end":{"line":7,"column":59}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":14},"end":{"line":7,"column":59}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass in diesem Zeitraum jemand unter der Lieferadresse anwesend ist.\nFalls der Termin für Sie ungünstig ist, nennen Sie uns in Ihrer Antwort bitte einen Tag und eine Uhrzeit, die Ihnen besser passen. Wir vereinbaren dann mit der Spedition einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ").\nAs this item is being delivered by a freight carrier, someone needs to be available to receive it.\n\nCarrier: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\nDelivery window: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time isn't convenient, reply with a day and time that suit you better, and we will arrange a new delivery slot with the carrier.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ").\nBecause this item is shipped by freight, someone needs to be available to receive it.\n\nCarrier: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\nDelivery window: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":17},"end":{"line":7,"column":62}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that someone will be at the delivery address during this window.\nIf this time doesn't work for you, reply with a date and time that work better, and we will arrange a new delivery appointment with the carrier.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ").\nComo este artículo lo entrega una empresa de transporte de mercancías, es necesario que haya alguien para recibirlo.\n\nTransportista: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nFranja de entrega: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":19},"end":{"line":7,"column":64}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":19},"end":{"line":7,"column":64}}})) != null ? stack1 : "")
    + "\n\nResponda a este mensaje para confirmar que habrá alguien en la dirección de entrega durante esta franja horaria.\nSi no le viene bien, indíquenos en su respuesta el día y la hora que mejor le convengan y acordaremos una nueva cita con el transportista.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ").\nComo este producto lo entrega una empresa de transporte de carga, es necesario que alguien esté presente para recibirlo.\n\nTransportista: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nHorario de entrega: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje para confirmar que habrá alguien en el domicilio de entrega en ese horario.\nSi ese horario no le acomoda, indíquenos en su respuesta el día y la hora que más le convengan y programaremos una nueva entrega con el transportista.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":99}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":101},"end":{"line":3,"column":117}}})) != null ? stack1 : "")
    + ").\nCet article étant livré par un transporteur, une personne doit être présente pour le réceptionner.\n\nTransporteur : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nCréneau de livraison : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":68}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":68}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message pour confirmer qu'une personne sera présente à l'adresse de livraison pendant ce créneau.\nSi ce créneau ne vous arrange pas, indiquez-nous dans votre réponse le jour et l'heure qui vous conviennent le mieux, et nous fixerons un nouveau rendez-vous avec le transporteur.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + ") की डिलीवरी के समय की पुष्टि करने के लिए आपसे संपर्क कर रहे हैं। "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":115},"end":{"line":3,"column":126}}})) != null ? stack1 : "")
    + " द्वारा डिलीवरी इस समय पर की जाएगी:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान डिलीवरी लेने के लिए कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में अपनी सुविधा का दिन और समय बताएँ, ताकि हम "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":193},"end":{"line":7,"column":204}}})) != null ? stack1 : "")
    + " के साथ नया समय तय करने की कोशिश कर सकें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":89},"end":{"line":3,"column":105}}})) != null ? stack1 : "")
    + ").\nPoiché l'articolo viene consegnato da un trasportatore su appuntamento, è necessario che qualcuno sia presente per riceverlo.\n\nTrasportatore: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + "\nFascia di consegna: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":65}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio per confermare che in questa fascia oraria ci sarà qualcuno all'indirizzo di consegna.\nSe l'orario non le va bene, ci indichi nella risposta il giorno e l'orario che preferisce e concorderemo una nuova consegna con il trasportatore.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の配達日時について、ご確認をお願いいたします。商品「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":53},"end":{"line":4,"column":69}}})) != null ? stack1 : "")
    + "」は、"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":83}}})) != null ? stack1 : "")
    + "により以下の日時にお届けする予定です。\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":45}}})) != null ? stack1 : "")
    + "\n\nこの時間帯に商品をお受け取りいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信いただければ、"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":8,"column":74},"end":{"line":8,"column":85}}})) != null ? stack1 : "")
    + "と配達日時を調整いたします。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + ").\nOmdat dit artikel door een vrachtvervoerder wordt bezorgd, moet er iemand aanwezig zijn om de zending in ontvangst te nemen.\n\nVervoerder: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":23}}})) != null ? stack1 : "")
    + "\nBezorgtijdvak: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":15},"end":{"line":7,"column":60}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":7,"column":15},"end":{"line":7,"column":60}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht beantwoorden om te bevestigen dat er binnen dit tijdvak iemand op het bezorgadres aanwezig is?\nKomt dit tijdstip niet goed uit, laat ons dan in uw antwoord weten welke dag en tijd u beter uitkomt. Wij maken dan een nieuwe afspraak met de vervoerder.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "). Dostawę zrealizuje przewoźnik "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":119},"end":{"line":3,"column":130}}})) != null ? stack1 : "")
    + " w następującym przedziale czasowym:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie mógł odebrać przesyłkę. Jeśli ten termin Państwu nie odpowiada, prosimy podać w odpowiedzi dogodny dzień i godzinę, a postaramy się ustalić nowy termin z przewoźnikiem "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":250},"end":{"line":7,"column":261}}})) != null ? stack1 : "")
    + ".\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + "). A transportadora "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":118},"end":{"line":3,"column":129}}})) != null ? stack1 : "")
    + " fará a entrega no seguinte período:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local para receber a entrega nesse horário. Se o horário não for conveniente, informe na sua resposta o dia e o horário de sua preferência, e tentaremos reagendar a entrega com a transportadora.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "). Leveransen görs av "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":108},"end":{"line":3,"column":119}}})) != null ? stack1 : "")
    + " och är planerad till:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nKan någon ta emot leveransen under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte fungerar för dig kan du i stället svara med en dag och tid som passar bättre, så försöker vi ordna en ny leveranstid med "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":234},"end":{"line":7,"column":245}}})) != null ? stack1 : "")
    + ".\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizin teslimat zamanını onaylamak için size yazıyoruz. Siparişinizdeki ürün ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":112},"end":{"line":3,"column":128}}})) != null ? stack1 : "")
    + ") "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":141}}})) != null ? stack1 : "")
    + " tarafından şu zaman aralığında teslim edilecektir:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\nBu saatler arasında adreste ürünü teslim alabilecek birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Bu zaman size uygun değilse yanıtınızda tercih ettiğiniz gün ve saati belirtin; "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":7,"column":194},"end":{"line":7,"column":205}}})) != null ? stack1 : "")
    + " ile yeni bir teslimat zamanı ayarlamaya çalışacağız.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":27}}})) != null ? stack1 : "")
    + " 的送货时间。您订购的商品（"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + "）将由 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"carrier","expr":"carrier"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":72}}})) != null ? stack1 : "")
    + " 在以下时间段送达：\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"deliveryStart"),lookupProperty(depth0,"deliveryEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}}),{"name":"__data","hash":{"expr":"formatDateRange deliveryStart deliveryEnd"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":45}}})) != null ? stack1 : "")
    + "\n\n请回复此消息，确认届时有人可以签收。如果该时间段不方便，请在回复中告知您方便的日期和时间，我们会与承运商协调，尽量重新安排送货。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":18},"end":{"line":3,"column":35}}})) != null ? stack1 : "")
    + "، نرجو منكم تأكيد الخيارات التي حددتموها للمنتج "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":83},"end":{"line":3,"column":99}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":30},"end":{"line":3,"column":47}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":43}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":67}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " भेजने से पहले हम "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":46},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品を発送する前に、ご選択いただいたオプションのご確認をお願いいたします。\n\n商品："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":19}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":42}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":60}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":42}}})) != null ? stack1 : "")
    + ", prosimy o potwierdzenie opcji wybranych dla produktu "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":97},"end":{"line":3,"column":113}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":28},"end":{"line":3,"column":45}}})) != null ? stack1 : "")
    + ", pedimos que você confirme as opções escolhidas para o produto "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":109},"end":{"line":3,"column":125}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " vill vi bekräfta de alternativ du har valt för "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":98},"end":{"line":3,"column":114}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizi kargoya vermeden önce "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":62},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":6},"end":{"line":3,"column":23}}})) != null ? stack1 : "")
    + " 发货之前，我们想与您确认您为 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":55}}})) != null ? stack1 : "")
    + " 选择的以下选项：\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\n如信息无误，请回复此消息确认；如需修改，请在回复中告知。收到您的回复后，我们会尽快发货。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"confirmServiceDetails","type":"confirmServiceDetails","locale":"ar-AE","variables":["amazonOrderId","serviceName","appointmentStart","appointmentEnd","sellerName"],"literals":[{"text":"مرحبًا،\n\nنتواصل معكم لتأكيد موعد الخدمة المحجوزة مع الطلب رقم ","line":1,"column":1},{"text":".\n\nالخدمة: ","line":3,"column":71},{"text":"\nالموعد: ","line":5,"column":24},{"text":"\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود أحد في الموقع خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى اقتراح يوم ووقت آخرين في ردكم.\n\nمع أطيب التحيات،\n","line":6,"column":60},{"text":"\n","line":11,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنتواصل معكم لتأكيد موعد الخدمة المحجوزة مع الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":53},"end":{"line":3,"column":70}}})) != null ? stack1 : "")
    + ".\n\nالخدمة: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nالموعد: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nيُرجى الرد على هذه الرسالة لتأكيد وجود أحد في الموقع خلال هذا الموعد. وإذا لم يكن الموعد مناسبًا لكم، فيُرجى اقتراح يوم ووقت آخرين في ردكم.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":87},"end":{"line":3,"column":104}}})) != null ? stack1 : "")
    + " gebucht haben.\n\nDienstleistung: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":16},"end":{"line":5,"column":31}}})) != null ? stack1 : "")
    + "\nTermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nBitte antworten Sie auf diese Nachricht und bestätigen Sie, dass der Termin für Sie passt und zu dieser Zeit jemand vor Ort ist.\nFalls Sie einen anderen Termin benötigen, nennen Sie uns in Ihrer Antwort bitte einige Tage und Uhrzeiten, die Ihnen passen. Wir vereinbaren dann einen neuen Termin.\n\nVielen Dank und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":101}}})) != null ? stack1 : "")
    + ".\n\nService: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nAppointment: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that this appointment suits you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few days and times that suit you, and we will arrange a new appointment.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":101}}})) != null ? stack1 : "")
    + ".\n\nService: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nAppointment: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":64}}})) != null ? stack1 : "")
    + "\n\nPlease reply to this message to confirm that this appointment works for you and that someone will be at the address to let the technician in.\nIf you need a different time, reply with a few dates and times that work for you, and we will schedule a new appointment.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + ".\n\nServicio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nCita: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}})) != null ? stack1 : "")
    + "\n\nResponda a este mensaje para confirmar que la cita le viene bien y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta varios días y horas que le vengan bien y le daremos una nueva cita.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":94}}})) != null ? stack1 : "")
    + ".\n\nServicio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nCita: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":57}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a este mensaje para confirmar que la cita le acomoda y que habrá alguien en el domicilio para recibir al técnico.\nSi necesita otro horario, indíquenos en su respuesta algunos días y horarios que le convengan y le programaremos una nueva cita.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":97},"end":{"line":3,"column":114}}})) != null ? stack1 : "")
    + ".\n\nPrestation : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":13},"end":{"line":5,"column":28}}})) != null ? stack1 : "")
    + "\nRendez-vous : "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}})) != null ? stack1 : "")
    + "\n\nMerci de répondre à ce message pour confirmer que ce rendez-vous vous convient et qu'une personne sera présente à l'adresse pour accueillir le technicien.\nSi vous souhaitez un autre horaire, indiquez-nous dans votre réponse quelques jours et créneaux qui vous arrangent, et nous fixerons un nouveau rendez-vous.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " के साथ बुक की गई सेवा के अपॉइंटमेंट की पुष्टि करना चाहते हैं।\n\nसेवा: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":21}}})) != null ? stack1 : "")
    + "\nसमय: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + "\n\nकृपया इस संदेश का जवाब देकर पुष्टि करें कि इस समय के दौरान कोई मौजूद रहेगा। अगर यह समय आपके लिए सुविधाजनक नहीं है, तो अपने जवाब में कोई दूसरा दिन और समय सुझाएँ।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":87},"end":{"line":3,"column":104}}})) != null ? stack1 : "")
    + ".\n\nServizio: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + "\nAppuntamento: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":65}}})) != null ? stack1 : "")
    + "\n\nLa preghiamo di rispondere a questo messaggio per confermare che l'appuntamento le va bene e che all'indirizzo ci sarà qualcuno ad accogliere il tecnico.\nSe preferisce un altro orario, ci indichi nella risposta alcuni giorni e orari a lei comodi e fisseremo un nuovo appuntamento.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）でお申し込みいただいたサービスのご予約日時について、ご確認をお願いいたします。\n\nサービス："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\n日時："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":54}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":54}}})) != null ? stack1 : "")
    + "\n\n当日この時間帯にお立ち会いいただけるかどうか、このメッセージにご返信のうえお知らせください。ご都合が悪い場合は、ご希望の日時をご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":94}}})) != null ? stack1 : "")
    + " hebt geboekt.\n\nDienst: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nAfspraak: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":61}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":61}}})) != null ? stack1 : "")
    + "\n\nWilt u dit bericht beantwoorden om te bevestigen dat de afspraak u schikt en dat er iemand op het adres aanwezig is om de monteur binnen te laten?\nPast dit tijdstip niet, vermeld dan in uw antwoord een paar dagen en tijden die u wel uitkomen. Wij plannen dan een nieuwe afspraak.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":73},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + ".\n\nUsługa: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nTermin: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":59}}})) != null ? stack1 : "")
    + "\n\nProsimy o potwierdzenie w odpowiedzi na tę wiadomość, że w tym czasie ktoś będzie na miejscu. Jeśli ten termin Państwu nie odpowiada, prosimy zaproponować w odpowiedzi inny dzień i godzinę.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":92},"end":{"line":3,"column":109}}})) != null ? stack1 : "")
    + ".\n\nServiço: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":24}}})) != null ? stack1 : "")
    + "\nData e horário: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":67}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":67}}})) != null ? stack1 : "")
    + "\n\nPor favor, responda a esta mensagem confirmando que haverá alguém no local nesse horário. Se o horário não for conveniente, sugira outro dia e horário na sua resposta.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + ".\n\nTjänst: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nTid: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":5},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + "\n\nKan någon vara på plats under den tiden? Svara i så fall på det här meddelandet och bekräfta. Om tiden inte passar kan du i stället föreslå en annan dag och tid i ditt svar.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizle birlikte satın aldığınız hizmetin randevusunu onaylamak için size yazıyoruz.\n\nHizmet: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}})) != null ? stack1 : "")
    + "\nRandevu: "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":60}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":60}}})) != null ? stack1 : "")
    + "\n\nBu saatler arasında adreste birinin bulunacağını lütfen bu mesajı yanıtlayarak onaylayın. Randevu zamanı size uygun değilse yanıtınızda başka bir gün ve saat önerebilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":27}}})) != null ? stack1 : "")
    + " 中所预订服务的预约时间。\n\n服务："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"serviceName","expr":"serviceName"},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":18}}})) != null ? stack1 : "")
    + "\n时间："
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDateRange").call(alias1,lookupProperty(depth0,"appointmentStart"),lookupProperty(depth0,"appointmentEnd"),{"name":"formatDateRange","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":54}}}),{"name":"__data","hash":{"expr":"formatDateRange appointmentStart appointmentEnd"},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":54}}})) != null ? stack1 : "")
    + "\n\n请回复此消息，确认届时有人在场。如该时间不方便，请在回复中告知其他方便的日期和时间。\n\n感谢您的配合！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"digitalAccessKey","type":"digitalAccessKey","locale":"ar-AE","variables":["productTitle","amazonOrderId","accessKey","sellerName"],"literals":[{"text":"مرحبًا،\n\nإليكم مفتاح التفعيل الخاص بالمنتج ","line":1,"column":1},{"text":" من الطلب رقم ","line":3,"column":51},{"text":":\n\n","line":3,"column":82},{"text":"\n\nإذا كانت لديكم أي أسئلة حول التفعيل، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n","line":5,"column":14},{"text":"\n","line":10,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nإليكم مفتاح التفعيل الخاص بالمنتج "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":34},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " من الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":81}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nإذا كانت لديكم أي أسئلة حول التفعيل، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":55},"end":{"line":3,"column":72}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":74},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nBitte bewahren Sie den Schlüssel sicher auf. Falls bei der Aktivierung Probleme auftreten, antworten Sie einfach auf diese Nachricht.\n\nFreundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nPlease keep this key somewhere safe. If you have any trouble activating it, simply reply to this message.\n\nKind regards,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nPlease keep this key in a safe place. If you have any trouble activating it, just reply to this message.\n\nThank you,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, responda a este mensaje.\n\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":86}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nGuárdela en un lugar seguro. Si tiene algún problema al activarla, por favor responda a este mensaje.\n\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") :\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nConservez cette clé en lieu sûr. En cas de problème lors de l'activation, répondez simplement à ce message.\n\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":28}}})) != null ? stack1 : "")
    + " में शामिल "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":55}}})) != null ? stack1 : "")
    + " की एक्टिवेशन कुंजी नीचे दी गई है:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nएक्टिवेशन से जुड़े किसी भी सवाल के लिए कृपया इस संदेश का जवाब दें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":45},"end":{"line":3,"column":62}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nConservi la chiave in un luogo sicuro. In caso di problemi con l'attivazione, risponda pure a questo messaggio.\n\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":29},"end":{"line":4,"column":45}}})) != null ? stack1 : "")
    + "」のアクティベーションキーをお送りいたします。\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":13}}})) != null ? stack1 : "")
    + "\n\nご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":57},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":76},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + "):\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nBewaar deze code op een veilige plek. Lukt het activeren niet, beantwoord dan gewoon dit bericht.\n\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":57}}})) != null ? stack1 : "")
    + " z zamówienia "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":71},"end":{"line":3,"column":88}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nW razie pytań dotyczących aktywacji prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":37},"end":{"line":3,"column":53}}})) != null ? stack1 : "")
    + ", referente ao pedido "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":92}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nSe tiver alguma dúvida sobre a ativação, basta responder a esta mensagem.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":30},"end":{"line":3,"column":46}}})) != null ? stack1 : "")
    + " från din beställning "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":85}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nOm du har frågor om aktiveringen kan du svara på det här meddelandet.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":17}}})) != null ? stack1 : "")
    + " numaralı siparişinizdeki "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":43},"end":{"line":3,"column":59}}})) != null ? stack1 : "")
    + " için aktivasyon anahtarınız:\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\nAktivasyonla ilgili sorularınız için bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":14},"end":{"line":3,"column":31}}})) != null ? stack1 : "")
    + " 中 "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":34},"end":{"line":3,"column":50}}})) != null ? stack1 : "")
    + " 的激活码：\n\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"accessKey","expr":"accessKey"},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":13}}})) != null ? stack1 : "")
    + "\n\n请妥善保管此激活码。如对激活有任何疑问，请直接回复此消息。\n\n祝好！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  { "id":"unexpectedProblem","type":"unexpectedProblem","locale":"ar-AE","variables":["amazonOrderId","productTitle","newShipDate","sellerName"],"literals":[{"text":"مرحبًا،\n\nنأسف لإبلاغكم بأن شحن الطلب رقم ","line":1,"column":1},{"text":" (","line":3,"column":50},{"text":") سيتأخر بسبب مشكلة غير متوقعة. الموعد الجديد المتوقع للشحن هو ","line":3,"column":68},{"text":".\n\nنعتذر عن هذا التأخير وعن أي إزعاج قد يسببه لكم. إذا كانت لديكم أي أسئلة، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n","line":3,"column":157},{"text":"\n","line":8,"column":15}], "spec": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "مرحبًا،\n\nنأسف لإبلاغكم بأن شحن الطلب رقم "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":51},"end":{"line":3,"column":67}}})) != null ? stack1 : "")
    + ") سيتأخر بسبب مشكلة غير متوقعة. الموعد الجديد المتوقع للشحن هو "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":156}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":130},"end":{"line":3,"column":156}}})) != null ? stack1 : "")
    + ".\n\nنعتذر عن هذا التأخير وعن أي إزعاج قد يسببه لكم. إذا كانت لديكم أي أسئلة، فيُرجى الرد على هذه الرسالة.\n\nمع أطيب التحيات،\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":80},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ") aufgrund eines unerwarteten Problems verzögert.\nWir werden sie voraussichtlich am "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":60}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":60}}})) != null ? stack1 : "")
    + " versenden.\n\nBitte entschuldigen Sie die Unannehmlichkeiten. Wir tun alles, damit Sie Ihre Bestellung so schnell wie möglich erhalten.\n\nWenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.\n\nVielen Dank für Ihr Verständnis und freundliche Grüße\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") has been delayed by an unexpected problem.\nWe now expect to dispatch it on "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":32},"end":{"line":4,"column":58}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":32},"end":{"line":4,"column":58}}})) != null ? stack1 : "")
    + ".\n\nWe apologise for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":63},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + ") has been delayed by an unexpected problem.\nWe now expect to ship it on "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":28},"end":{"line":4,"column":54}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":28},"end":{"line":4,"column":54}}})) != null ? stack1 : "")
    + ".\n\nWe apologize for the inconvenience and are doing everything we can to get your order to you as quickly as possible.\n\nIf you have any questions, please reply to this message.\n\nThank you for your patience,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":74}}})) != null ? stack1 : "")
    + ") se ha retrasado debido a un problema imprevisto.\nAhora tenemos previsto enviarlo el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":61}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":61}}})) != null ? stack1 : "")
    + ".\n\nLe pedimos disculpas por las molestias. Estamos haciendo todo lo posible para que reciba su pedido cuanto antes.\n\nSi tiene cualquier pregunta, responda a este mensaje.\n\nGracias por su paciencia.\nUn cordial saludo,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":36},"end":{"line":3,"column":53}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":55},"end":{"line":3,"column":71}}})) != null ? stack1 : "")
    + ") se retrasó debido a un problema imprevisto.\nAhora tenemos programado enviarlo el "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":37},"end":{"line":4,"column":63}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":37},"end":{"line":4,"column":63}}})) != null ? stack1 : "")
    + ".\n\nLe pedimos una disculpa por las molestias. Estamos haciendo todo lo posible para que reciba su pedido lo antes posible.\n\nSi tiene alguna duda, por favor responda a este mensaje.\n\nGracias por su paciencia.\nSaludos cordiales,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":75}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":93}}})) != null ? stack1 : "")
    + ") a pris du retard en raison d'un problème imprévu.\nNous prévoyons désormais de l'expédier le "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":42},"end":{"line":4,"column":68}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":42},"end":{"line":4,"column":68}}})) != null ? stack1 : "")
    + ".\n\nNous vous prions de nous excuser pour ce contretemps et faisons tout notre possible pour vous faire parvenir votre commande au plus vite.\n\nPour toute question, il vous suffit de répondre à ce message.\n\nMerci de votre compréhension.\nCordialement,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":56},"end":{"line":3,"column":73}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":91}}})) != null ? stack1 : "")
    + ") को भेजने में देरी होगी। नई अनुमानित शिपिंग तारीख "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}})) != null ? stack1 : "")
    + " है।\n\nइस देरी और इससे हुई असुविधा के लिए हम क्षमा चाहते हैं। अगर आपका कोई सवाल हो, तो कृपया इस संदेश का जवाब दें।\n\nसादर,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":83}}})) != null ? stack1 : "")
    + ") ha subito un ritardo a causa di un problema imprevisto.\nOra prevediamo di spedirlo il "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":30},"end":{"line":4,"column":56}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":30},"end":{"line":4,"column":56}}})) != null ? stack1 : "")
    + ".\n\nCi scusiamo per il disagio e stiamo facendo il possibile per farle ricevere l'ordine al più presto.\n\nPer qualsiasi domanda, risponda pure a questo messaggio.\n\nGrazie per la pazienza.\nCordiali saluti,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "）の商品「"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":47}}})) != null ? stack1 : "")
    + "」につきまして、予期せぬ問題が発生したため、発送が遅れることとなりました。新しい発送予定日は"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":93},"end":{"line":4,"column":119}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":93},"end":{"line":4,"column":119}}})) != null ? stack1 : "")
    + "です。\n\nご迷惑をおかけし、誠に申し訳ございません。ご不明な点がございましたら、このメッセージにご返信ください。\n\n何卒よろしくお願いいたします。\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":84}}})) != null ? stack1 : "")
    + ") door een onverwacht probleem vertraging heeft opgelopen.\nWe verwachten deze nu op "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":51}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":51}}})) != null ? stack1 : "")
    + " te verzenden.\n\nOnze excuses voor het ongemak. We doen er alles aan om uw bestelling zo snel mogelijk bij u te bezorgen.\n\nHebt u vragen? Beantwoord dan gewoon dit bericht.\n\nBedankt voor uw geduld.\nMet vriendelijke groet,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":62},"end":{"line":3,"column":79}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":81},"end":{"line":3,"column":97}}})) != null ? stack1 : "")
    + ") opóźni się. Nowa planowana data wysyłki to "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}})) != null ? stack1 : "")
    + " r.\n\nBardzo przepraszamy za opóźnienie i związane z nim niedogodności. W razie pytań prosimy odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":82}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":84},"end":{"line":3,"column":100}}})) != null ? stack1 : "")
    + ") sofrerá um atraso. A nova data prevista de envio é "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":153},"end":{"line":3,"column":179}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":153},"end":{"line":3,"column":179}}})) != null ? stack1 : "")
    + ".\n\nPedimos desculpas pelo atraso e pelo transtorno. Se tiver alguma dúvida, é só responder a esta mensagem.\n\nAtenciosamente,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":28},"end":{"line":3,"column":45}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":47},"end":{"line":3,"column":63}}})) != null ? stack1 : "")
    + ") försenad på grund av ett oväntat problem. Vi räknar nu med att skicka varan den "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":145},"end":{"line":3,"column":171}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":145},"end":{"line":3,"column":171}}})) != null ? stack1 : "")
    + ".\n\nVi ber om ursäkt för förseningen och besväret. Om du har frågor är du välkommen att svara på det här meddelandet.\n\nVänliga hälsningar\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":49}}})) != null ? stack1 : "")
    + " numaralı siparişinizin ("
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":74},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + ") gönderimi gecikecektir. Siparişinizi tahminen "
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":138},"end":{"line":3,"column":164}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":138},"end":{"line":3,"column":164}}})) != null ? stack1 : "")
    + " tarihinde kargoya vereceğiz.\n\nBu gecikme için özür diler, anlayışınız için teşekkür ederiz. Sorularınız olursa bu mesajı yanıtlayabilirsiniz.\n\nSaygılarımızla,\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
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
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"amazonOrderId","expr":"amazonOrderId"},"data":data,"loc":{"start":{"line":3,"column":22},"end":{"line":3,"column":39}}})) != null ? stack1 : "")
    + "（"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"productTitle","expr":"productTitle"},"data":data,"loc":{"start":{"line":3,"column":40},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + "）将延迟发货。新的预计发货日期为"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(depth0,"newShipDate"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":3,"column":72},"end":{"line":3,"column":98}}}),{"name":"__data","hash":{"expr":"formatDate newShipDate"},"data":data,"loc":{"start":{"line":3,"column":72},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + "。\n\n对于此次延误给您带来的不便，我们深表歉意。如有任何疑问，请直接回复此消息。\n\n感谢您的理解！\n"
    + ((stack1 = lookupProperty(helpers,"__data").call(alias1,{"name":"__data","hash":{"path":"sellerName","expr":"sellerName"},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];

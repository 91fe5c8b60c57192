/**
 * Disguised addresses and links, each kind in many forms and languages, and
 * the clean texts that look like them: the email rule catches every
 * spelled, spaced, bracketed, full-width, invisible, enclosed, reversed or
 * encoded address; the link rule every bare, defanged, spelled-out, spaced,
 * homoglyph, look-alike, IP, script and redirect link; neither flags
 * ordinary dots, times, abbreviations, numbers, file names, marketplace
 * names or the carrier, key-redemption and warranty pages a message needs.
 * Every report lands on the characters that were written.
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { MessageTypeId } from "../../src/message_types/mod.ts";

const RULES = ["no-email", "link-policy", "no-phone", "no-html"];

function errors(type: string, text: string) {
  return lintMessage({ type: type as MessageTypeId, text }).diagnostics
    .filter((d) => d.severity === "error" && RULES.includes(d.ruleId));
}

function assertCaught(rule: string, texts: readonly string[]): void {
  const missed: string[] = [];
  for (const text of texts) {
    const found = errors("unexpectedProblem", text).filter((d) =>
      d.ruleId === rule
    );
    if (found.length === 0) {
      missed.push(text);
      continue;
    }
    for (const d of found) {
      // The range lands on written characters, never on nothing.
      const start = d.range?.start.offset ?? -1;
      const end = d.range?.end.offset ?? -1;
      assert.ok(
        start >= 0 && end > start && end <= text.length,
        `${JSON.stringify(text)}: ${start}-${end}`,
      );
      assert.notEqual(text.slice(start, end).trim(), "");
    }
  }
  assert.deepEqual(missed, [], `${rule} missed these`);
}

function assertClean(rows: readonly (readonly [string, string])[]): void {
  const flagged = rows.filter(([type, text]) => errors(type, text).length > 0)
    .map(([type, text]) =>
      `${type}: ${text} -> ${
        errors(type, text).map((d) => `${d.ruleId}/${d.messageId}`).join(", ")
      }`
    );
  assert.deepEqual(flagged, [], "flagged clean texts");
}

/** Addresses written to slip past a filter. */
const EMAILS: readonly string[] = [
  "Write to info @ shop . de please",
  "Write to info@ shop.de please",
  "Write to info (at) shop (dot) de please",
  "Write to info [at] shop [dot] de please",
  "Write to info-at-shop-dot-de please",
  "Write to info {at} shop {dot} de please",
  "Write to info <at> shop <dot> com please",
  "Write to info AT shop DOT com please",
  "Write to info at shop dot com",
  "Escríbenos a soporte arroba tienda punto com",
  "Escríbenos a soporte arroba tienda punto mx.",
  "Scrivici a assistenza chiocciola negozio punto it.",
  "Skriv till kundtjanst snabel-a butik punkt se.",
  "Skriv till kundtjanst snabel a butik punkt se.",
  "Napisz na sklep małpa firma kropka pl.",
  "Napisz na sklep małpa firma kropka com.",
  "Schreiben Sie an service ät shop punkt de.",
  "Schreiben Sie an service at shop punkt de.",
  "Schreiben Sie an service (ät) shop (punkt) de.",
  "Schrijf naar klantenservice apenstaartje winkel punt nl.",
  "Écrivez à service arobase boutique point fr.",
  "Escreva para suporte arroba loja ponto com ponto br.",
  "Bize destek et işareti magaza nokta com adresinden yazın.",
  "Bize destek@magaza nokta com adresinden yazın.",
  "Bize destek (at) magaza (nokta) com.tr adresinden yazın.",
  "support アットマーク shop ドット jp までご連絡ください。",
  "supportあっとshopドットjpまでご連絡ください。",
  "请发邮件到 kefu艾特shop点com 联系我们。",
  "请发邮件到 kefu圈ashop点com 联系我们。",
  "请发邮件到 kefu 艾特 163 点 com 联系我们。",
  "راسلنا على support ات shop نقطة com",
  "राइट करें support एट shop डॉट com पर",
  "Write to ｉｎｆｏ＠ｓｈｏｐ．ｃｏｍ now",
  "Write to info\u200B@\u200Bshop.com now",
  "Write to in\u00ADfo@sh\u00ADop.com now",
  "Write to ⓘⓝⓕⓞ@ⓢⓗⓞⓟ.ⓒⓞⓜ now",
  "Write to 𝐢𝐧𝐟𝐨@𝐬𝐡𝐨𝐩.𝐜𝐨𝐦 now",
  "Write to ⒤⒩⒡⒪@⒮⒣⒪⒫.⒞⒪⒨ now",
  "Write to info@\nshop.com now",
  "Write to info   @   shop   .   com now",
  "Write to \u202Emoc.pohs@ofni\u202C now",
  "Write to \u202Emoc.pohs@ofni now",
  "Write to info&#64;shop.com now",
  "Write to info&commat;shop.com now",
  "Write to info&#x40;shop&period;com now",
  "Write to jane.doe at gmail now",
  "Write to jane.doe at gmail dot com",
  "Write to janedoe at outlook",
  "Write to janedoe at yahoo",
  "Write to janedoe (at) googlemail",
  "Write to info@shop dot com",
  "Write to i n f o @ s h o p . c o m",
  "Email: info＠shop。com",
  "Write to info @ shop . co . uk",
  "Write to info[@]shop[.]com",
  "Write to info(@)shop(.)com",
  "Write to info%40shop.com",
  "Write to info@shop(.)com",
  "Napište na info zavináč obchod tečka cz",
  "Írjon az info kukac bolt pont hu címre",
  "Kirjoita info ät kauppa piste fi",
  "Skicka till info snabel-a butik.se",
  "メールは info＠shop．co．jp まで",
  "邮箱：kefu＠163．com",
  "邮箱：kefu at 163 dot com",
  "البريد: info@shop.com",
  "ईमेल: info@shop.in",
  "E-Mail: info (at) shop (punkt) de",
  "E-Mail: info [ät] shop [punkt] de",
  "Email: info -at- shop -dot- com",
  "Email: info_at_shop_dot_com",
  "Correo: ventas(arroba)tienda(punto)com",
  "Mail: sklep(małpa)firma(kropka)pl",
  "E-posta: destek(at)magaza(nokta)com",
  "E-mail: servizio [chiocciola] negozio [punto] it",
  "E-post: info [snabel-a] butik [punkt] se",
  "Write to info@shop。com",
  "メール：support@shop点com",
  "邮箱 kefu@shop点com",
  "Write to 𝗶𝗻𝗳𝗼 at 𝘀𝗵𝗼𝗽 dot 𝗰𝗼𝗺",
  "Write to іnfо@shор.соm now",
  "मेल करें: rahul.store एट द रेट जीमेल डॉट कॉम",
  "راسلنا على ahmed.shop ات جيميل دوت كوم",
  "メールは taro アットマーク ジーメール ドットコム まで",
  "邮箱: kefu 艾特 雅虎 点 com",
  "Schreiben Sie an info ät gmx punkt de",
  "Mail: ｉｎｆｏ（ａｔ）ｓｈｏｐ（ｄｏｔ）ｃｏｍ",
  "Mail: info (at) shop (dot) co (dot) uk",
  "Mail: mailto:info@shop.de",
  "Mail: info@shop .de",
  "Mail: info [ at ] shop [ dot ] com",
  "Mail: info{at}shop{dot}com",
  "Mail: info AT shop.de",
  "Mail: info(at)shop.de",
  "Mail: info @ shop dot de.",
  "Mail: info at shop.de",
  "Mail: i.n.f.o@s.h.o.p.de",
  "Mail: info@sh\u200Cop\u200D.de",
  "Mail: info\u2060@\u2060shop\u2060.\u2060de",
  "Mail: info\uFEFF@shop.de",
  "Mail: info@shop\u3002de",
  "Mail: info@shop\uFF0Ede",
  "Mail: info\uFE6Bshop.de",
  "Mail: info@shop.de.",
  "Mail: info\n@\nshop.de",
  "Mail: info @\n shop . de",
  "Mail: «info@shop.de»",
  "Mail: info&#x40;shop&#46;de",
  "Mail: info&#0064;shop.de",
  "Mail: info&#64shop.de",
  "Correo: ventas arroba tienda.com.mx",
  "Correo: ventas @ tienda punto com punto mx",
  "E-mail: verkoop apenstaartje winkel.nl",
  "E-mail: verkoop at winkel punt nl",
  "E-mail: kontakt snabel-a butiken punkt se",
  "E-mail: kontakt(snabel-a)butiken.se",
  "Mail: contact arobase boutique point fr",
  "Mail: contact(arobase)boutique.fr",
  "E-mail: negozio chiocciola gmail punto com",
  "E-mail: sklep małpa wp kropka pl",
  "E-posta: destek et işareti gmail nokta com",
  "E-mail: loja arroba gmail ponto com",
  "メール：shop＠gmail.com",
  "メール：shop あっと gmail どっと com",
  "メール：shop at mark gmail dot com",
  "邮箱：shop#qq.com",
  "邮箱：12345678 at qq dot com",
  "邮箱：12345678艾特qq点com",
  "邮箱：12345678@qq。com",
  "البريد: shop@gmail.com",
  "البريد: shop آت gmail دوت com",
  "ईमेल: shop एट gmail डॉट com",
  "ईमेल: shop@gmail डॉट com",
  "Reach us: shop (at) hotmail",
  // An "at" before a dotted name that is no address must not hide the
  // address after it.
  "Write to us at help.desk@homestore.us and we will help.",
  "Write to us at help.desk [at] kitchenpro [dot] net today.",
  // Any word for "@" and "." between hyphens.
  "Schreiben Sie an info-ät-gartenhaus-punkt-com.",
  "Escríbanos a ventas-arroba-tienda-punto-es hoy.",
  "Bize siparis-et-işareti-magaza-nokta-tr adresinden yazın.",
  "हमें sales-एट-store-डॉट-com पर लिखें",
  // A dot word of a script without spaces in brackets.
  "请发邮件至 service (艾特) jiadian (点) cn 联系我们。",
  // Circled letters, "ⓐ" among them.
  "Email ⓒⓤⓢⓣⓞⓜⓔⓡ.ⓒⓐⓡⓔ@ⓑⓡⓘⓣⓘⓢⓗⓣⓔⓐ.ⓤⓚ today",
  "Escríbanos a \u202Eⓢⓔ.ⓐⓝⓐⓟⓢⓔⓐⓓⓝⓔⓘⓣ@ⓢⓐⓣⓝⓔⓥ\u202C hoy",
  // A line break after a dot; invisible characters in weak words.
  "Escríbanos a soporte@electromex.\ncom por favor.",
  "Mail ons via inf\u200Bo\u200B \u200Bat\u200B tuincentrum punt \u200Bnl en wij helpen u.",
  "Mail: info(apenstaart)fietsdirect(punt)nl",
  "Email: help at-sign ironhearth period com",
  // Look-alike letters in a word for "@".
  "如有问题请发邮件至 sales88 圈\u0430 zhongshop 点 cn 联系我们。",
];

/** Clean texts with dots, "at" and dot words that are no address. */
const EMAIL_TWINS: readonly string[] = [
  "The warranty period at Amazon is 30 days. Period.",
  "The courier comes at 5 pm. Thanks.",
  "Wir sind z. B. morgen da, d. h. ab 9 Uhr.",
  "It weighs 3.5 kg, e.g. light. Version 2.1.3 is on the box.",
  "Please see invoice.pdf attached to the order.",
  "Your order on Amazon.de was shipped.",
  "The book by J. R. R. Tolkien arrives at noon.",
  "Le colis arrive à 14 h. Point relais: rue de la Paix.",
  "Punto de recogida: tienda central. Llega a las 5.",
  "Punkt 12 Uhr kommt der Kurier. Danke.",
  "Kropka. Paczka dotrze jutro o 10.",
  "Kargo yarın saat 10'da gelir. Nokta teslimat.",
  "午後3時にお届けします。ドット柄の商品です。",
  "您的包裹将于下午3点送达。谢谢。",
  "سيصل طلبك غدًا. شكرًا لك.",
  "आपका ऑर्डर कल पहुंचेगा। धन्यवाद।",
  "Tracking number 1Z999AA10123456784 arrives at 9.",
  "We reply at once. The store at the corner is closed.",
  "Vi svarar snabbt. Punkt slut.",
  "The price is 12.99 and the size is 4.5 cm.",
  "Arrives at 10.30 am. See chapter 3.2.",
  "We met at Gmail's office? No. We use Amazon messaging.",
  "Il pacco arriva alle 9. Punto vendita chiuso.",
  "A entrega chega às 9h. Ponto final.",
  "配送は 3 点 です。",
  "Reach us at our gmail: shopname",
  "The delivery at 5 p.m. Details at point 3.",
  "Il corriere arriva alle 9. Punto di ritiro: via Roma.",
  "Uw pakket komt om 9 uur. Punt 2 van de voorwaarden.",
  "Przesyłka dotrze o 9. Punkt odbioru jest obok.",
  "Paketet kommer kl. 9. Punkt 2 gäller.",
  "Teslimat saat 9'da. Bu nokta de önemli.",
  "El punto es que llega mañana.",
  "Le point de retrait est fermé.",
  "Het punt is dat het morgen komt.",
  "The red dot in the corner is the power light.",
  "The red dot on the box marks the top.",
  "O ponto de entrega é na rua.",
  "Il punto è che arriva domani.",
  "Das Paket kommt um 10.30 Uhr, Punkt.",
  "Bestellnr. 123 ist unterwegs, ca. 2 Tage.",
  "Größe 38/40, Art.-Nr. 4711.",
  "We're open Mon.-Fri. 9 a.m.-5 p.m.",
  "Your parcel (No. 3) ships today.",
  "Serial: SN.2023.0815.001",
  "IPv6 ready: yes. Time 10:30:45.",
  "Model AB-12:34:56 is included.",
  "std::vector is used in the SDK.",
  "Sizes 36.38.40.42 are in stock.",
  "The dimensions: 120.5 x 60.3 x 45.0 cm.",
  "a b c d e f g are the options.",
  "Grade: A . B . C",
  "S M L XL . Sizes",
  "Press 1 . 2 . 3 then OK",
  "Version 10.0.19045.1 of Windows works.",
  "Firmware 10.2.0.1 is installed.",
  "AMAZON.DE!",
  "Steps: ⓐ open the box, ⓑ remove the foam.",
  "We ship @ noon.\nIt is fast.",
  "I work at home.\nin the morning we ship.",
];

/** Links written to slip past a filter. */
const LINKS: readonly string[] = [
  "Visit myshop.store for more",
  // Look-alike letters in the scheme or the domain of a Latin host.
  "Reservdelar på htt\u0440s://www.hemochtradgard.com/erbjudanden just nu.",
  "Kupisz taniej na agdserwis.\u0441\u043Em już dziś.",
  "Yedek parçaları magazam.\u0455t\u043Ere sitemizden alabilirsiniz.",
  // ... and in spelled-out dots and domains.
  "Kupisz taniej na agdserwis kr\u043Epka com kro\u0440ka pl już dziś.",
  "Reservdelar på www . hemochtr\u0430dgard . s\u0435 just nu.",
  // "www" spaced out, spaced letters before a full stop.
  "Puede comprar en www . tiendaespana . es ahora mismo.",
  "Direkt auf w w w . t e c h n i k l a d e n . d e.",
  // A line break beside a dot.
  "交換部品は www\n.zakkaya.co.jp で購入できます。",
  "Das Ersatzteil gibt es auf gartenhaus.\nde.",
  "Buy it at mueblesol\n.xyz today.",
  // Circled letters with "ⓐ" among them.
  "Vous trouverez tout sur ⓦⓦⓦ.ⓒⓤⓘⓢⓘⓝⓔⓕⓡⓐⓝⓒⓔ.ⓕⓡ dès maintenant.",
  "Visit myshop.shop for more",
  "Visit myshop.online today",
  "Visit myshop.xyz today",
  "Visit myshop.site today",
  "Visit myshop.de.com today",
  "Visit myshop.co today",
  "Visit myshop.io today",
  "Visit myshop.me today",
  "Visit myshop.app today",
  "Besuchen Sie meinshop.de heute",
  "Visitez maboutique.fr aujourd'hui",
  "Visita mitienda.es hoy",
  "Visita mitienda.com.mx hoy",
  "Visita negozio.it oggi",
  "Bezoek winkel.nl vandaag",
  "Odwiedź sklep.pl dzisiaj",
  "Besök butik.se idag",
  "Ziyaret edin magaza.com.tr bugün",
  "Visite loja.com.br hoje",
  "Visit shop.co.uk today",
  "Visit shop.in today",
  "ショップ shop.jp をご覧ください",
  "请访问 shop.cn 了解",
  "زوروا shop.ae اليوم",
  "Visit myshop.club or myshop.fashion",
  "Visit myshop.berlin today",
  "Visit xn--amazn-mye.com today",
  "Visit аmazon.com today",
  "Visit https://аmazon.de/x today",
  "Visit amazοn.de today",
  "Visit amaz0n.de today",
  "Visit arnazon.de today",
  "Visit amazon-support.xyz today",
  "Visit amazon.de.example.com today",
  "Visit https://amazon.de.example.com/x",
  "Visit amazon-de.com today",
  "Visit shop dot com today",
  "Visit shop[.]com today",
  "Visit shop(.)com today",
  "Visit shop . com today",
  "Besuchen Sie shop punkt de heute",
  "shopドットcomをご覧ください",
  "请访问 shop点com 了解",
  "Visit hxxp://shop.com today",
  "Visit hxxps://shop[.]com/x today",
  "Visit 192.168.1.20 today",
  "Visit http://192.168.1.20/x today",
  "Visit http://[2001:db8::1]/x today",
  "Visit 2001:db8::1 today",
  "Open data:text/html;base64,PHNjcmlwdD4= now",
  "Open javascript:alert(1) now",
  "Open bit.ly/abc now",
  "Open https://tinyurl.com/abc now",
  "Open https://amzn.to/3xyz now",
  "Open https://www.amazon.de/gp/redirect.html?location=https://shop.com now",
  "Open https://www.amazon.de/gp/redirect.html?location=https%3A%2F%2Fshop.com now",
  "Open https://www.amazon.com/redirect?url=shop.com now",
  "Open https://www.amazon.com/x?url=https%3A%2F%2Fevil.xyz now",
  "Visit ｓｈｏｐ．ｃｏｍ today",
  "Visit shop\u200B.com today",
  "Visit 𝐬𝐡𝐨𝐩.𝐜𝐨𝐦 today",
  "Visit www . shop . com today",
  "Visit www dot shop dot com",
  "Visit https://shop.com today",
  "Visit HTTPS://SHOP.COM today",
  "Visit tienda punto com hoy",
  "Odwiedź sklep kropka pl dzisiaj",
  "Ziyaret edin magaza nokta com",
  "Visit shop.com.",
  "Visit shop.com/sale.",
  "Visit \u202Emoc.pohs\u202C today",
  "Visit shop&#46;com today",
  "Visit http://shop。com today",
  "Visit shop。com today",
  "Visit shop·com today",
  "Visit shop (dot) com today",
  "Visit shop [dot] com today",
  "Visit shop[punkt]de today",
  "Visit h t t p s : / / s h o p . c o m",
  "Visit s h o p . c o m today",
  "Visit www.shop.com today",
  "Visit https://xn--80ak6aa92e.com today",
  "Visit https://www.xn--amzon-2ve.de/x today",
  "Visit amazon.co today",
  "Visit amazon.shop today",
  "Visit amazon-de.shop today",
  "Visit amaozn.com today",
  "Visit https://amazon.com@evil.com/x today",
  "Visit amazon.de/shop/xyz now",
  "Visit shop.de/xyz now",
  "Visit www.shop.de now",
  "Visit ｗｗｗ．ｓｈｏｐ．ｄｅ now",
  "Visit shop。de now",
  "Visit shop．jp now",
  "Visit shop\u2024com now",
  "Visit shop\uFE52com now",
  "Visit shop[dot]de now",
  "Visit shop{.}de now",
  "Visit shop (punkt) de now",
  "Visit shop DOT de now",
  "Visit hxxps[:]//shop[.]de now",
  "Visit https : // shop . de now",
  "Visit https://shop.de/?ref=amazon now",
  "Visit www.аmazon.de now",
  "Visit https://www.amazon.de.shop-deals.xyz/ now",
  "Visit amazon-de.support now",
  "Visit amazon.de-support.com now",
  "Visit amazom.de now",
  "Visit amazone.fr now",
  "Visit amazon.deals now",
  "Visit https://xn--mazon-3ve.com now",
  "Visit https://www.amazon.de/gp/redirect.html?location=shop.de now",
  "Visit https://www.amazon.de/-/redirect?target=https%3A%2F%2Fshop.de now",
  "Visit https://www.amazon.de/ap/signin?openid.return_to=https%3A%2F%2Fevil.de now",
  "Visit https://www.amazon.de/gp/redirect.html?location=aHR0cHM6Ly9zaG9wLmRl now",
  "Visit https://www.google.com/url?q=https://shop.de now",
  "Open HTTP://10.0.0.5:8080/x now",
  "Open http://0x7f000001/ now",
  "Open http://3232235777/ now",
  "Open 10.0.0.5 now",
  "Open [2001:db8::1] now",
  "Open fe80::1ff:fe23:4567:890a now",
  "Open DATA:text/html,<b>x</b> now",
  "Open JavaScript:alert(1) now",
  "Open vbscript:msgbox now",
  "Open https://t.ly/abc now",
  "Open https://rb.gy/abc now",
  "Open https://is.gd/abc now",
  "Open https://cutt.ly/abc now",
  "Open https://shorturl.at/abc now",
  "Open https://tiny.cc/abc now",
  "Open https://s.id/abc now",
  "Open https://buff.ly/abc now",
  "Open https://ow.ly/abc now",
  "Open https://lnkd.in/abc now",
  "Open https://t.me/shop now",
  "Open https://wa.me/4915112345678 now",
  "Open https://forms.gle/abc now",
  "Open https://goo.su/abc now",
  "Open https://bit.do/abc now",
  "Open https://surl.li/abc now",
  "Open https://dub.sh/abc now",
  "Besuchen Sie meinshop punkt com",
  "Visita mitienda punto com punto mx",
  "Zie winkel punt nl voor meer",
  "Voir boutique point fr pour plus",
  "Veja loja ponto com ponto br",
  "详情见 shop 点 cn",
  "詳しくは shop ドット jp へ",
  "تفاصيل على shop نقطة ae",
  "विवरण shop डॉट in पर",
  // A country code of the markets with its letters set apart.
  "De handleiding staat op w w w . fietsdirect . n l / handleiding.",
  "说明书在 jiajuhao 点 c n 上可以下载。",
  "Guide sur maisonlumiere . f r",
];

/** Clean texts with marketplace names, numbers, file names and abbreviations. */
const LINK_TWINS: readonly string[] = [
  "Visit shop,com today",
  "Your order on Amazon.de arrives tomorrow.",
  "Thanks for ordering from amazon.co.uk, it ships today.",
  "Gracias por comprar en Amazon.com.mx.",
  "Amazon.co.jpでご注文いただきありがとうございます。",
  "Amazon.co.jpのご注文について",
  "شكرًا لطلبك من Amazon.ae؟",
  "شكرًا لطلبك من Amazon.ae، سيصل غدًا",
  "感谢您在Amazon.cn购买。",
  "感谢您在亚马逊.cn购买。",
  "Amazon.in पर ऑर्डर के लिए धन्यवाद।",
  "Danke für Ihre Bestellung bei Amazon.de!",
  "Tack för din order på Amazon.se.",
  "Dziękujemy za zamówienie na Amazon.pl.",
  "Amazon.com.tr'den sipariş verdiğiniz için teşekkürler.",
  "Obrigado pela compra na Amazon.com.br!",
  "Bedankt voor uw bestelling op Amazon.nl.",
  "Merci pour votre commande sur Amazon.fr.",
  "Grazie per l'ordine su Amazon.it.",
  "Thanks for your order on AMAZON.COM.",
  "Amazon.deの注文",
  "Your order (Amazon.de) ships.",
  "Version 2.1.3 fixes it. See invoice.pdf, file manual.docx and photo.jpg.",
  "It is 3.5 cm wide. Order no. 5 arrives at 10.30.",
  "The package arrived.Thanks again.",
  "J.R.R. Tolkien wrote it. Mr. Smith signed it.",
  "Die Lieferung kommt z.B. am Montag, d.h. bald.",
  "Size: 10.5. Model: X.200.",
  "Tracking: JJD0099999999 via the carrier.",
  "الطلب وصل. شكرا.",
  "आपका पैकेज भेज दिया गया है। धन्यवाद।",
  "IP rating is IP68. Firmware 1.2.3.4 is installed.",
  "Please reply here.Thanks",
  "We use node.js and the file readme.md is included.",
  "The E.U. rules apply. U.S. orders too.",
  "Amazon.co.uk, Amazon.de and Amazon.fr ship it.",
  "Amazon.de: Ihre Bestellung",
  "Amazon.de-Bestellung 123",
  "Amazon.co.jp（アマゾン）でのご注文",
  "「Amazon.co.jp」からのご注文",
  "亚马逊.cn上的订单",
  "Amazon.sa؛ شكرا",
  "طلبك من أمازون.ae وصل",
  "Amazon.com.tr'de siparişiniz",
  "Amazon.in। धन्यवाद",
  "amazon.es.",
  "Amazon.com.mx, gracias.",
  "Amazon.de / Amazon.at liefern es.",
  "Ihr Amazon.de\u2011Konto und „Amazon.de“",
  "Amazon.co.uk’s returns page",
  "Obrigado pela sua compra.\ncom carinho, equipe da loja",
  "Thank you for your patience.\nshop team",
  "Die Lieferung kommt am Montag.\nde facto ab 8 Uhr.",
  "Спасибо за заказ, он уже в пути. Δέλτα 2.0",
  "Zie punt 4. d e bijlage hoort erbij.",
  "Point 2 . i t is the part number printed on the label.",
];

/** Links a message needs, by message type: carriers, key redemption, warranty registration. */
const NEEDED: readonly (readonly [string, string])[] = [
  [
    "confirmDeliveryDetails",
    "Please book a delivery slot at https://www.dhl.de/de/privatkunden.html",
  ],
  [
    "confirmDeliveryDetails",
    "Track at https://www.gls-pakete.de/sendungsverfolgung",
  ],
  [
    "confirmDeliveryDetails",
    "Book your appointment at https://www.dpd.com/pl/pl/",
  ],
  [
    "confirmDeliveryDetails",
    "Track at https://www.inpost.pl/sledzenie-przesylek",
  ],
  [
    "confirmDeliveryDetails",
    "Track at https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall",
  ],
  [
    "confirmDeliveryDetails",
    "Track at https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula",
  ],
  [
    "confirmDeliveryDetails",
    "お届け日時の変更は https://www.kuronekoyamato.co.jp/ytc/customer/ から",
  ],
  [
    "confirmDeliveryDetails",
    "お届け日時の変更は https://www.post.japanpost.jp/ から",
  ],
  ["confirmDeliveryDetails", "请在 https://www.sf-express.com/cn/sc/ 预约"],
  [
    "confirmDeliveryDetails",
    "Rastreie em https://rastreamento.correios.com.br/app/index.php",
  ],
  [
    "confirmDeliveryDetails",
    "Agenda en https://www.estafeta.com/Herramientas/Rastreo",
  ],
  ["confirmDeliveryDetails", "Track at https://www.bluedart.com/tracking"],
  [
    "confirmDeliveryDetails",
    "تتبع الشحنة على https://www.aramex.com/ae/en/track/shipments",
  ],
  [
    "confirmDeliveryDetails",
    "Plan de levering via https://www.postnl.nl/ontvangen/",
  ],
  ["confirmDeliveryDetails", "Prenota su https://www.brt.it/it/tracking"],
  ["confirmDeliveryDetails", "Réservez sur https://www.colissimo.fr/suivi"],
  [
    "confirmDeliveryDetails",
    "Track at https://www.royalmail.com/track-your-item",
  ],
  ["confirmDeliveryDetails", "Track at https://www.ups.com/track"],
  [
    "confirmDeliveryDetails",
    "Track at https://tools.usps.com/go/TrackConfirmAction",
  ],
  [
    "confirmDeliveryDetails",
    "Track at https://www.dhl.com/in-en/home/tracking.html",
  ],
  ["confirmDeliveryDetails", "Book at https://www.dbschenker.com/de-de"],
  ["confirmDeliveryDetails", "Book at https://www.hermesworld.com/de/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.myhermes.de/empfangen/sendungsverfolgung/",
  ],
  [
    "confirmDeliveryDetails",
    "Book at https://www.gls-group.eu/DE/de/paketverfolgung",
  ],
  ["confirmDeliveryDetails", "Book at https://www.dpd.co.uk/apps/tracking/"],
  ["confirmDeliveryDetails", "Book at https://www.evri.com/track-a-parcel"],
  ["confirmDeliveryDetails", "Book at https://www.seur.com/livetracking/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.correos.es/es/es/herramientas/localizador/envios",
  ],
  ["confirmDeliveryDetails", "Book at https://www.mrw.es/seguimiento_envios/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.gls-italy.com/it/servizi-per-destinatari/ricerca-spedizione",
  ],
  [
    "confirmDeliveryDetails",
    "Book at https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione",
  ],
  [
    "confirmDeliveryDetails",
    "Book at https://www.chronopost.fr/tracking-no-cms/suivi-page",
  ],
  [
    "confirmDeliveryDetails",
    "Book at https://www.mondialrelay.fr/suivi-de-colis/",
  ],
  ["confirmDeliveryDetails", "Book at https://www.bring.se/sporing"],
  ["confirmDeliveryDetails", "Book at https://www.budbee.com/"],
  ["confirmDeliveryDetails", "Book at https://www.instabox.io/"],
  ["confirmDeliveryDetails", "Book at https://www.poczta-polska.pl/"],
  ["confirmDeliveryDetails", "Book at https://www.araskargo.com.tr/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.mngkargo.com.tr/gonderitakip",
  ],
  ["confirmDeliveryDetails", "Book at https://www.delhivery.com/track/package"],
  ["confirmDeliveryDetails", "Book at https://www.dtdc.in/tracking.asp"],
  ["confirmDeliveryDetails", "Book at https://www.ecomexpress.in/tracking/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.smsaexpress.com/ae/trackingdetails",
  ],
  ["confirmDeliveryDetails", "Book at https://www.emiratespost.ae/"],
  ["confirmDeliveryDetails", "Book at https://track.aftership.com/"],
  ["confirmDeliveryDetails", "Book at https://www.sagawa-exp.co.jp/"],
  ["confirmDeliveryDetails", "请在 https://www.zto.com/ 查询"],
  ["confirmDeliveryDetails", "请在 https://www.yto.net.cn/ 查询"],
  ["confirmDeliveryDetails", "请在 https://www.jd.com/ 查询"],
  ["confirmDeliveryDetails", "Book at https://www.jtexpress.ae/"],
  ["confirmDeliveryDetails", "Book at https://www.loggi.com/rastreador/"],
  ["confirmDeliveryDetails", "Book at https://www.jadlog.com.br/"],
  ["confirmDeliveryDetails", "Book at https://www.fedex.com/fedextrack/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.tnt.com/express/en_gb/site/shipping-tools/tracking.html",
  ],
  ["confirmDeliveryDetails", "Book at https://www.paack.co/"],
  ["confirmDeliveryDetails", "Book at https://www.ctt.pt/"],
  ["confirmDeliveryDetails", "Book at https://www.packeta.com/"],
  [
    "confirmDeliveryDetails",
    "Book at https://www.dhl.de/de/privatkunden/pakete-empfangen/sendung-verfolgen.html",
  ],
  [
    "unexpectedProblem",
    "The courier's page for a new delivery date: https://www.dhl.de/de/privatkunden.html",
  ],
  [
    "digitalAccessKey",
    "Redeem your key at https://store.steampowered.com/account/registerkey",
  ],
  ["digitalAccessKey", "Redeem at https://redeem.microsoft.com"],
  ["digitalAccessKey", "Activate at https://www.office.com/setup"],
  ["digitalAccessKey", "Redeem at https://www.nintendo.com/redeem"],
  ["digitalAccessKey", "Redeem at https://store.playstation.com/redeem"],
  [
    "digitalAccessKey",
    "Activate at https://account.bitdefender.com/activation",
  ],
  ["digitalAccessKey", "Activate at https://my.norton.com/extspa/setup"],
  ["digitalAccessKey", "Activate at https://www.kaspersky.com/activation"],
  ["digitalAccessKey", "Redeem at https://www.ea.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.gog.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.epicgames.com/store/redeem"],
  ["digitalAccessKey", "Redeem at https://www.xbox.com/redeemcode"],
  ["digitalAccessKey", "Redeem at https://play.google.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.ubisoft.com/redeem"],
  ["digitalAccessKey", "Activate at https://setup.office.com"],
  ["digitalAccessKey", "Activate at https://www.mcafee.com/activate"],
  ["digitalAccessKey", "Activate at https://www.avast.com/activation"],
  ["digitalAccessKey", "Activate at https://www.eset.com/int/activate/"],
  ["digitalAccessKey", "Activate at https://login.trendmicro.com/"],
  [
    "digitalAccessKey",
    "Redeem at https://www.battle.net/shop/checkout/key-claim",
  ],
  ["digitalAccessKey", "Redeem at https://www.duolingo.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.babbel.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.spotify.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.audible.de/redeem"],
  ["digitalAccessKey", "Redeem at https://www.mcafee.com/activate"],
  ["digitalAccessKey", "Redeem at https://www.hp.com/activate"],
  ["digitalAccessKey", "Activate at https://www.avira.com/de/activate"],
  ["digitalAccessKey", "Activate at https://activation.cyberlink.com"],
  ["digitalAccessKey", "Activate at https://www.wondershare.com/activate"],
  ["digitalAccessKey", "Redeem at https://www.roblox.com/redeem"],
  ["digitalAccessKey", "Redeem at https://www.minecraft.net/redeem"],
  [
    "digitalAccessKey",
    "Download your book at https://www.tolino.de/de/einloesen",
  ],
  ["warranty", "Register the product at https://www.bosch-home.com/de/mybosch"],
  [
    "warranty",
    "Register your product at https://www.philips.co.uk/myphilips/register-product",
  ],
  ["warranty", "Register at https://www.dyson.co.uk/register"],
  ["warranty", "Register at https://register.garmin.com"],
  [
    "warranty",
    "Registrieren Sie das Gerät für die Garantieverlängerung unter https://www.kaercher.com/de/",
  ],
  ["warranty", "Zarejestruj produkt na https://www.samsung.com/pl/support/"],
  ["warranty", "保証登録は https://www.sony.jp/support/ から"],
  ["warranty", "请在 https://www.huawei.com/cn/support/ 注册保修"],
  [
    "warranty",
    "Ürününüzü garanti için https://www.arcelik.com.tr/ adresinden kaydedin",
  ],
  [
    "warranty",
    "Registre seu produto para a garantia em https://www.electrolux.com.br/",
  ],
  ["warranty", "सह वारंटी के लिए https://www.lg.com/in/support/ पर पंजीकरण करें"],
  ["warranty", "سجّل المنتج للضمان على https://www.samsung.com/ae/support/"],
  [
    "warranty",
    "Registreer uw product voor garantie op https://www.philips.nl/",
  ],
  [
    "warranty",
    "Registrera produkten för garanti på https://www.electrolux.se/",
  ],
  [
    "warranty",
    "Registra il prodotto per la garanzia su https://www.delonghi.com/it-it",
  ],
  [
    "warranty",
    "Enregistrez votre produit sur https://www.seb.fr/ pour la garantie",
  ],
  [
    "warranty",
    "Registra tu producto en https://www.cecotec.es/ para la garantía",
  ],
  [
    "warranty",
    "Registre su producto para la garantía en https://www.mabe.com.mx/",
  ],
  [
    "warranty",
    "Please register for the extended warranty at https://www.ecovacs.com/us/support",
  ],
  ["warranty", "For the warranty, register here: https://www.anker.com/"],
];

Deno.test("no-email catches disguised addresses in every form", () => {
  assertCaught("no-email", EMAILS);
});

Deno.test("no-email and link-policy leave their clean twins alone", () => {
  assertClean(EMAIL_TWINS.map((text) => ["unexpectedProblem", text] as const));
});

Deno.test("link-policy catches disguised links in every form", () => {
  assertCaught("link-policy", LINKS);
});

Deno.test("marketplace names, numbers and file names are no links", () => {
  assertClean(LINK_TWINS.map((text) => ["unexpectedProblem", text] as const));
});

Deno.test("carrier, key-redemption and warranty pages pass where needed", () => {
  assertClean(NEEDED);
});

Deno.test("a needed page is still judged by the message's purpose", () => {
  const flagged = (type: string, text: string) =>
    errors(type, text).some((d) => d.ruleId === "link-policy");
  // A carrier's page has no place in a warranty message, a key page none in
  // a delivery message, and a brand name under an unknown suffix is no
  // carrier.
  assert.ok(flagged("warranty", "Track it at https://www.dhl.com.tr/x"));
  assert.ok(
    flagged(
      "confirmDeliveryDetails",
      "Redeem at https://www.kaspersky.co.uk/x",
    ),
  );
  assert.ok(
    flagged("confirmDeliveryDetails", "Book at https://dhl.example.xyz/"),
  );
  assert.ok(
    flagged("confirmDeliveryDetails", "Book at https://dhl-booking.xyz/"),
  );
  assert.equal(
    flagged("confirmDeliveryDetails", "Book at https://www.dhl.com.tr/x"),
    false,
  );
  assert.equal(
    flagged("digitalAccessKey", "Redeem at https://www.kaspersky.co.uk/x"),
    false,
  );
  // A parcel service the lists do not know, by its name and its page.
  assert.equal(
    flagged(
      "confirmDeliveryDetails",
      "Termin buchen: https://www.nordexpress-logistics.eu/tracking/abc",
    ),
    false,
  );
  assert.ok(
    flagged("confirmDeliveryDetails", "Track: https://www.myshop.com/tracking"),
  );
  assert.ok(
    flagged(
      "warranty",
      "Track: https://www.nordexpress-logistics.eu/tracking/abc",
    ),
  );
  // An activation page on an internationalized host is no vendor's.
  assert.ok(
    flagged(
      "digitalAccessKey",
      "Activate: https://xn--vendr-jua.shop/activate",
    ),
  );
  assert.equal(
    flagged("digitalAccessKey", "Activate: https://www.vendor.com/activate"),
    false,
  );
  // A link that hands on to another site serves that site.
  assert.ok(
    flagged(
      "confirmDeliveryDetails",
      "Track: https://www.dhl.de/x?url=https://shop.example",
    ),
  );
});

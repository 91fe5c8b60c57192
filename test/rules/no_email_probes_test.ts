import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// Email addresses disguised in the ways of the 16 locales: words for "@"
// and "." (and prepositions: "bei GMX", "chez Orange", "en Hotmail"), a
// provider named next to a user name, a symbol to swap for "@", a line
// break or spaces inside, a domain spelled in another script; and clean
// sentences with the same words ("point", "punto", "at", versions, prices,
// a provider named as the buyer's mailbox). Every one must be caught by
// no-email itself; no clean one may get an error.

const DISGUISED: [string, string][] = [
  [
    "en-US",
    "If the box is damaged, just drop a line to ahmed.k at gmail and we will sort it.",
  ],
  [
    "en-US",
    "You can also reach our team: brightlamps_help at outlook, we answer fast.",
  ],
  ["en-US", "Write to us at orders(at)brightlamps(dot)co(dot)uk with photos."],
  ["en-US", "Send the photos to service -at- brightlamps -dot- com please."],
  ["en-US", "Email: help AT brightlamps DOT com"],
  ["en-US", "Our mailbox is help＠brightlamps．com if the chat fails."],
  ["en-US", "Contact: h e l p @ b r i g h t l a m p s . c o m"],
  ["en-US", "Please write to help@bright\nlamps.com with the serial."],
  ["en-US", "Mail us at help{at}brightlamps{dot}com"],
  ["en-US", "Contact h.e.l.p at brightlamps.com for faster help."],
  ["en-US", "Reach us via email: support at brightlamps.io"],
  ["en-US", "Our address is help★brightlamps.com (replace ★ with @)."],
  ["en-US", "Use our username brightlamps2024 on Gmail to send the pictures."],
  ["en-US", "Write to brightlamps2024 (it's a gmail address) with the photos."],
  ["en-GB", "Do ping us on jonty.parts at hotmail dot co dot uk."],
  ["en-GB", "Email jonty at jontyparts dot co dot uk and we will swap it."],
  ["en-GB", "You can email the workshop: jontyparts at btinternet dot com"],
  ["en-GB", "Drop us an email at jontyparts@btinternet"],
  ["de-DE", "Schreiben Sie uns an service (at) lampenwelt (punkt) de."],
  ["de-DE", "Unsere Adresse: service Klammeraffe lampenwelt Punkt de"],
  [
    "de-DE",
    "Bitte Fotos an kundendienst at-Zeichen lampenwelt punkt de senden.",
  ],
  ["de-DE", "Mailen Sie an lampenwelt.service bei gmx punkt de."],
  ["de-DE", "Schreiben Sie kurz an lampenwelt-service at web.de, wir helfen."],
  ["de-DE", "Schicken Sie die Bilder an service [ät] lampenwelt [.] de"],
  ["fr-FR", "Écrivez-nous à sav arobase maisonlumiere point fr."],
  ["fr-FR", "Envoyez les photos à sav (arobase) maisonlumiere (point) fr"],
  ["fr-FR", "Notre adresse : sav.maisonlumiere chez orange point fr"],
  ["fr-FR", "Contactez sav a commercial maisonlumiere point com"],
  ["fr-FR", "Écrivez à sav.maison sur gmail, nous répondons vite."],
  ["es-ES", "Escríbenos a ayuda arroba lamparas punto es y lo vemos."],
  ["es-ES", "Mándanos las fotos a ayuda(arroba)lamparas(punto)com"],
  ["es-ES", "Nuestro correo es ayuda.lamparas en gmail punto com"],
  ["es-MX", "Escríbenos a ventas_mx arroba hotmail punto com"],
  ["es-MX", "Mándanos un correo a ventasmx en hotmail."],
  ["it-IT", "Scriveteci a assistenza chiocciola lampade punto it."],
  ["it-IT", "Inviate le foto a assistenza(chiocciola)lampade(punto)it"],
  ["it-IT", "La nostra mail: assistenza.lampade su libero punto it"],
  ["it-IT", "Scriveteci pure a assistenzalampade at gmail punto com"],
  ["nl-NL", "Mail ons op service apenstaartje lampenhuis punt nl."],
  ["nl-NL", "Stuur de foto's naar service (at) lampenhuis (punt) nl"],
  ["nl-NL", "Ons adres: lampenhuis.service bij ziggo punt nl"],
  ["sv-SE", "Mejla oss på kundtjanst snabel-a lampbutiken punkt se."],
  [
    "sv-SE",
    "Skicka bilderna till kundtjanst (snabel-a) lampbutiken (punkt) se",
  ],
  ["sv-SE", "Skriv till lampbutiken.kundtjanst på gmail punkt com"],
  ["pl-PL", "Napisz do nas: serwis małpa lampy kropka pl."],
  ["pl-PL", "Zdjęcia prosimy wysłać na serwis (małpa) lampy (kropka) pl"],
  ["pl-PL", "Nasz adres: serwis.lampy na wp kropka pl"],
  ["pl-PL", "Prosimy pisać na lampy.serwis@o2 kropka pl"],
  ["tr-TR", "Bize destek et işareti lambacim nokta com adresinden yazın."],
  [
    "tr-TR",
    "Fotoğrafları destek (at) lambacim (nokta) com.tr adresine gönderin.",
  ],
  ["tr-TR", "Bize lambacim.destek gmail adresinden ulaşabilirsiniz."],
  ["pt-BR", "Escreva para suporte arroba luminarias ponto com ponto br."],
  ["pt-BR", "Mande as fotos para suporte(arroba)luminarias(ponto)com(ponto)br"],
  ["pt-BR", "Nosso e-mail é luminarias.suporte no gmail."],
  [
    "ja-JP",
    "お問い合わせは info アットマーク akari-shop ドット jp までお願いします。",
  ],
  [
    "ja-JP",
    "写真は info★akari-shop.jp（★を@に変えてください）へお送りください。",
  ],
  ["ja-JP", "メールは akari.shop@gmail ドット com までお願いいたします。"],
  ["ja-JP", "ご連絡はinfo＠akari－shop．jpまで。"],
  ["ja-JP", "akarishop2024（ジーメール）までご連絡ください。"],
  ["zh-CN", "请发邮件至 kefu 艾特 dengshi 点 com，我们会尽快回复。"],
  ["zh-CN", "照片请发到 kefu#dengshi.com（#换成@）。"],
  ["zh-CN", "您可以发邮件到 12345678 圈a qq 点 com。"],
  ["zh-CN", "请发到我们的QQ邮箱：12345678，谢谢。"],
  ["zh-CN", "邮箱是 dengshi2024 at 163 点 com"],
  ["ar-AE", "راسلنا على support آت alnoor دوت com"],
  ["ar-AE", "أرسل الصور إلى support at alnoor dot ae من فضلك."],
  ["ar-AE", "بريدنا هو alnoor.shop على جيميل"],
  ["ar-AE", "تواصل معنا عبر support (at) alnoor (dot) com"],
  ["hi-IN", "कृपया फोटो support एट रोशनी डॉट इन पर भेजें।"],
  ["hi-IN", "हमें roshni.help एट जीमेल डॉट कॉम पर लिखें।"],
  ["hi-IN", "हमें roshni.help at the rate gmail dot com पर मेल करें।"],
  ["hi-IN", "ईमेल करें: roshni_help [at] yahoo [dot] co [dot] in"],
];
const CLEAN: [string, string][] = [
  [
    "en-US",
    "The firmware version 2.4.1 fixes the timer; see manual.pdf in the box.",
  ],
  [
    "en-US",
    "The courier arrives at 10.30 tomorrow; the price is 12.99 at checkout.",
  ],
  ["en-US", "We fixed it at our workshop. Dot the i's on the form, please."],
  ["en-US", "The model BL-200.X ships at noon."],
  ["en-US", "We are at gmail.. no wait, please reply here in Amazon messages."],
  [
    "en-US",
    "Look at the label: it says model at the top and size at the bottom.",
  ],
  [
    "en-GB",
    "Your parcel is at the depot at 3 p.m. and will arrive at yours at 5.",
  ],
  [
    "de-DE",
    "Die Version 3.2.0 steht im Handbuch.pdf; Punkt 4 erklärt die Montage.",
  ],
  ["de-DE", "Der Preis liegt bei 19.99 Euro. Wir sind ab 8.30 Uhr erreichbar."],
  [
    "fr-FR",
    "Le point relais est ouvert à 9h. Point important : gardez le ticket.",
  ],
  [
    "es-ES",
    "El punto de recogida abre a las 9.30; el modelo X.200 está en stock.",
  ],
  [
    "it-IT",
    "Il punto di ritiro chiude alle 19.30. Versione 1.2.3 del firmware.",
  ],
  [
    "nl-NL",
    "Het afhaalpunt is open vanaf 9.00 uur. Punt 3 van de handleiding.",
  ],
  ["sv-SE", "Ombudet öppnar kl. 9.00. Se punkt 2 i manualen.pdf."],
  ["pl-PL", "Punkt odbioru jest czynny od 9.00. Kropka nad i: wersja 2.1."],
  [
    "tr-TR",
    "Teslimat noktası 9.30'da açılır. Önemli nokta: faturayı saklayın.",
  ],
  ["pt-BR", "O ponto de coleta abre às 9h30. Ponto importante: guarde a nota."],
  ["ja-JP", "午後3時ごろにお届けします。ポイントは説明書の2.3をご覧ください。"],
  ["zh-CN", "下午3点送达，注意第2.1点说明。"],
  ["ar-AE", "سيصل الطلب الساعة 3.30 عصرا. النقطة المهمة هي الفاتورة."],
  ["hi-IN", "आपका पार्सल शाम 5.30 बजे पहुंचेगा। बिंदु 2 देखें।"],
  [
    "en-US",
    "Your Gmail app may put Amazon messages in the Promotions tab; please check there.",
  ],
  [
    "de-DE",
    "Falls die Nachricht bei GMX im Spam-Ordner landet, schauen Sie bitte dort nach.",
  ],
  ["zh-CN", "如果您使用QQ邮箱，亚马逊的消息可能在垃圾箱里。"],
  ["en-US", "Product code LX-2000 at 2.5 kg, size 10.5 x 20.0 cm."],
  [
    "en-US",
    "Your email inbox in Gmail may hide our reply, so check the spam folder.",
  ],
  [
    "en-US",
    "Sign in with Gmail or Yahoo to see the tracking, e.g. in Gmail open Updates.",
  ],
  [
    "en-US",
    "Gmail: check the spam folder. The Gmail app v2.1 on Yahoo works too.",
  ],
  [
    "en-US",
    "Pack of 2 @ 5 EUR each; 3@5V adapter; Delivered@Amazon sticker on the box.",
  ],
  [
    "de-DE",
    "Ihre E-Mail an GMX landet manchmal im Spam, z.B. bei GMX oder Yahoo.",
  ],
  ["de-DE", "Dann schreiben Sie uns eine Nachricht bei Gmail oder hier."],
  ["es-ES", "Revisa tu correo en Hotmail, a veces los avisos llegan a spam."],
  ["pt-BR", "Verifique seu e-mail no Gmail, pasta promoções."],
  ["fr-FR", "Vérifiez votre courriel sur Gmail ou Yahoo, dossier spam."],
  ["zh-CN", "如果您使用QQ邮箱：请检查垃圾箱。163邮箱 2024年也有同样问题。"],
  ["ja-JP", "ジーメールをお使いの場合は迷惑メールフォルダをご確認ください。"],
  ["ar-AE", "إذا كنت تستخدم جيميل فتحقق من مجلد البريد العشوائي."],
  ["hi-IN", "अगर आप जीमेल इस्तेमाल करते हैं तो स्पैम फ़ोल्डर देखें।"],
  ["tr-TR", "Gmail adresinizi kontrol edin, bazen spam klasörüne düşer."],
  ["nl-NL", "Controleer uw mail bij Ziggo of Gmail, soms in de spam."],
  ["pl-PL", "Sprawdź pocztę na WP lub Gmail, czasem trafia do spamu."],
  ["sv-SE", "Kolla skräpposten på Gmail eller Hotmail."],
  [
    "it-IT",
    "Controlla la posta su Libero o Gmail, a volte finisce nello spam.",
  ],
  ["en-US", "Version 2.4.1\nof the app is out; see the notes."],
  ["en-US", "Write to us here.\nCom- plete the form."],
];
DISGUISED.push(
  ["en-US", "Our address is simply brightlamps2024 at the Gmail domain."],
  ["de-DE", "Unsere Gmail-Adresse: lampenwelt.service, schreiben Sie gern."],
  ["fr-FR", "Notre adresse Gmail : maisonlumiere.sav"],
  ["pl-PL", "Nasz Gmail to serwis.lampy2024, prosimy pisać."],
  ["tr-TR", "Gmail adresimiz: lambacim.destek"],
  ["ja-JP", "Gmailアドレスは akari.shop2024 です。"],
  ["hi-IN", "हमारी जीमेल आईडी: roshni.help है।"],
  ["es-ES", "Mi Gmail es lamparas.ayuda, escríbeme."],
  ["it-IT", "Il nostro indirizzo è assistenza_lampade su Gmail."],
  ["nl-NL", "Mail naar lampenhuis_service op Hotmail."],
  ["sv-SE", "Maila lampbutiken.kundtjanst hos Yahoo."],
  ["pt-BR", "Manda para luminarias_suporte no Hotmail."],
  ["ar-AE", "راسلنا على alnoor_shop في جيميل"],
  ["zh-CN", "请联系 dengshi_kefu（QQ邮箱）。"],
);
CLEAN.push(
  ["en-US", "Office365 and Gmail both work with the scanner's email function."],
  [
    "en-US",
    "If you use Windows11 with Outlook or Gmail, the invoice PDF opens fine.",
  ],
  ["de-DE", "Das Galaxy22 mit GMX-App zeigt die Nachricht korrekt an."],
  ["fr-FR", "Votre adresse Gmail : vérifiez le dossier spam."],
  ["es-ES", "Mi consejo es revisar Gmail, a veces el aviso va a spam."],
  ["pl-PL", "Twój Gmail to dobre miejsce, by sprawdzić spam."],
  ["ja-JP", "Gmailアドレスは迷惑メールに振り分けられることがあります。"],
  [
    "en-US",
    "The file was saved at the.\nlocation you chose; the printer at\nthe office is fine.",
  ],
);

Deno.test("no-email catches disguised addresses in the 16 locales", () => {
  const missed = DISGUISED.filter(([locale, text]) =>
    !lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .some((d) => d.ruleId === "no-email" && d.severity === "error")
  );
  assert.deepEqual(missed, []);
});

Deno.test("no-email leaves clean look-alikes alone", () => {
  const flagged = CLEAN.filter(([locale, text]) =>
    lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .some((d) => d.severity === "error")
  );
  assert.deepEqual(flagged, []);
});

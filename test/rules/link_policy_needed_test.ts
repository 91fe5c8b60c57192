import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// Links a message type needs (carriers' tracking and booking pages of the
// 16 markets, freight and two-person carriers, key and code redemption
// sites, manufacturers' registration pages) stay allowed; disguised outside
// links and sign-ups dressed as registration stay errors.

const DISGUISED: [string, string, string][] = [
  [
    "en-US",
    "unexpectedProblem",
    "Spare filters are cheaper on brightlamps.shop this week.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "See the fix video at brightlamps dot store slash help.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "Our manual is on hxxps://brightlamps[.]com/manual",
  ],
  ["en-US", "unexpectedProblem", "Download it from brightlamps(.)com/setup"],
  [
    "en-US",
    "unexpectedProblem",
    "Visit https://www.amazon.com/gp/redirect.html?location=https%3A%2F%2Fbrightlamps.com",
  ],
  ["en-GB", "unexpectedProblem", "Full guide at jontyparts.co.uk/guides"],
  ["en-GB", "unexpectedProblem", "Full guide at jontyparts dot co dot uk"],
  [
    "de-DE",
    "unexpectedProblem",
    "Die Anleitung finden Sie unter lampenwelt punkt de slash hilfe.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "Ersatzteile gibt es günstiger auf lampenwelt.berlin.",
  ],
  ["de-DE", "unexpectedProblem", "Mehr unter www．lampenwelt．de"],
  [
    "fr-FR",
    "unexpectedProblem",
    "Le tutoriel est sur maisonlumiere point fr barre oblique aide.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "Retrouvez nos pièces sur maisonlumiere.paris",
  ],
  [
    "es-ES",
    "unexpectedProblem",
    "Tienes el vídeo en lamparas punto es barra ayuda.",
  ],
  ["es-MX", "unexpectedProblem", "Consulta la guía en lamparas.com.mx/guia"],
  [
    "it-IT",
    "unexpectedProblem",
    "Trovi la guida su lampade punto it barra guida.",
  ],
  ["nl-NL", "unexpectedProblem", "De handleiding staat op lampenhuis punt nl."],
  ["sv-SE", "unexpectedProblem", "Manualen finns på lampbutiken punkt se."],
  [
    "pl-PL",
    "unexpectedProblem",
    "Instrukcja jest na lampy kropka pl ukośnik pomoc.",
  ],
  [
    "tr-TR",
    "unexpectedProblem",
    "Kılavuz lambacim nokta com nokta tr adresinde.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "O manual está em luminarias ponto com ponto br.",
  ],
  ["ja-JP", "unexpectedProblem", "説明書は akari-shop ドット jp にあります。"],
  ["ja-JP", "unexpectedProblem", "詳しくは akari-shop．jp をご覧ください。"],
  ["zh-CN", "unexpectedProblem", "说明书在 dengshi 点 com 上可以下载。"],
  ["zh-CN", "unexpectedProblem", "请访问 dengshi.cn 查看视频。"],
  ["ar-AE", "unexpectedProblem", "الدليل متاح على alnoor دوت ae"],
  ["ar-AE", "unexpectedProblem", "تجد الدليل على alnoor.store"],
  ["hi-IN", "unexpectedProblem", "मैनुअल roshni डॉट इन पर उपलब्ध है।"],
  ["hi-IN", "unexpectedProblem", "मैनुअल roshni.co.in पर उपलब्ध है।"],
  ["en-US", "unexpectedProblem", "Get the manual: http://203.0.113.7/manual"],
  [
    "en-US",
    "unexpectedProblem",
    "The file: data:text/html;base64,PGgxPkhpPC9oMT4=",
  ],
  ["en-US", "unexpectedProblem", "Check xn--brghtlamps-q9a.com for the guide."],
  ["en-US", "unexpectedProblem", "Guide at https://brightlamps.com.evil.io/x"],
];
const NEEDED: [string, string, string][] = [
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Può scegliere la fascia oraria su https://www.mybrt.it/it/mybrt/my-parcels/search?lang=it&parcelNumber=061245",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Wunschtermin hier wählen: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Termin für die Speditionslieferung: https://tracking.hellmann.net/?id=123",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Lieferavis: https://www.dachser.de/de/tracking",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Bitte buchen Sie den Termin: https://kundenportal.nox-nachtexpress.de/termin",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Sendungsverfolgung: https://www.gls-pakete.de/sendungsverfolgung?match=123",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Verfolgen: https://www.dpd.com/de/de/empfangen/sendungsverfolgung/",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Terminvereinbarung: https://www.ids-logistik.de/sendungsverfolgung",
  ],
  [
    "en-GB",
    "confirmDeliveryDetails",
    "Choose a day: https://www.dpd.co.uk/apps/tracking/?parcel=123",
  ],
  [
    "en-GB",
    "confirmDeliveryDetails",
    "Book your slot: https://www.xdp.co.uk/track.php?c=123",
  ],
  [
    "en-GB",
    "confirmDeliveryDetails",
    "Track: https://www.parcel2go.com/tracking/123",
  ],
  [
    "en-GB",
    "confirmDeliveryDetails",
    "Book a time: https://www.dxdelivery.com/consumer/my-tracking/",
  ],
  [
    "en-GB",
    "confirmDeliveryDetails",
    "Delivery slot: https://track.palletways.com/123",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Schedule delivery: https://www.estes-express.com/myestes/shipment-tracking/",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Book your delivery appointment: https://www.odfl.com/us/en/tools/trace-track-ltl-freight.html",
  ],
  ["en-US", "confirmDeliveryDetails", "Schedule: https://www.xpo.com/track/"],
  ["en-US", "confirmDeliveryDetails", "Track at https://www.saia.com/track"],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Track at https://www.rlcarriers.com/freight/shipping/shipment-tracing",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Pick a date: https://www.abf.com/tools/track-shipments",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Pick a date: https://www.yrc.com/tracking/",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Tracking: https://tools.usps.com/go/TrackConfirmAction?tLabels=9400",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Appointment: https://www.pilotdelivers.com/tracking/",
  ],
  [
    "fr-FR",
    "confirmDeliveryDetails",
    "Prenez rendez-vous : https://www.dbschenker.com/fr-fr/suivi",
  ],
  [
    "fr-FR",
    "confirmDeliveryDetails",
    "Choisissez votre créneau : https://www.kuehne-nagel.com/fr/suivi",
  ],
  [
    "fr-FR",
    "confirmDeliveryDetails",
    "Rendez-vous de livraison : https://www.gefco.net/fr/suivi",
  ],
  [
    "fr-FR",
    "confirmDeliveryDetails",
    "Suivi : https://www.heppner-group.com/suivi-colis",
  ],
  ["fr-FR", "confirmDeliveryDetails", "Suivi : https://www.dpd.fr/trace/123"],
  [
    "fr-FR",
    "confirmDeliveryDetails",
    "Rendez-vous : https://rdv.tdl-transport.fr/123",
  ],
  [
    "es-ES",
    "confirmDeliveryDetails",
    "Concierte la entrega: https://www.cttexpress.com/localizador-de-envios/",
  ],
  [
    "es-ES",
    "confirmDeliveryDetails",
    "Seguimiento: https://www.dhl.com/es-es/home/seguimiento.html",
  ],
  [
    "es-ES",
    "confirmDeliveryDetails",
    "Cita de entrega: https://www.tsb-transportes.com/seguimiento",
  ],
  [
    "es-ES",
    "confirmDeliveryDetails",
    "Seguimiento: https://www.sending.es/seguimiento",
  ],
  [
    "es-ES",
    "confirmDeliveryDetails",
    "Seguimiento: https://www.gls-spain.es/es/recibir-paquetes/seguimiento-envio/",
  ],
  [
    "es-MX",
    "confirmDeliveryDetails",
    "Agenda tu entrega: https://www.estafeta.com/rastrear-envio",
  ],
  [
    "es-MX",
    "confirmDeliveryDetails",
    "Rastrea: https://www.jtexpress.mx/trajectoryQuery",
  ],
  [
    "es-MX",
    "confirmDeliveryDetails",
    "Rastreo: https://www.tresguerras.com.mx/rastreo",
  ],
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Concordi la consegna: https://www.arcospedizioni.it/tracking",
  ],
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Tracciamento: https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione",
  ],
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Tracciamento: https://www.poste.it/cerca/index.html#/risultati-spedizioni/123",
  ],
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Appuntamento: https://www.fercam.com/it/tracking",
  ],
  [
    "nl-NL",
    "confirmDeliveryDetails",
    "Kies een moment: https://jouw.postnl.nl/track-and-trace/123",
  ],
  [
    "nl-NL",
    "confirmDeliveryDetails",
    "Bezorgmoment: https://www.dhlparcel.nl/nl/consument/volg-je-pakket",
  ],
  [
    "nl-NL",
    "confirmDeliveryDetails",
    "Afspraak: https://www.dynalogic.eu/track-trace/123",
  ],
  ["nl-NL", "confirmDeliveryDetails", "Volg: https://www.homerr.com/volg"],
  [
    "sv-SE",
    "confirmDeliveryDetails",
    "Boka tid: https://www.dbschenker.com/se-sv/spara",
  ],
  [
    "sv-SE",
    "confirmDeliveryDetails",
    "Spåra: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall",
  ],
  ["sv-SE", "confirmDeliveryDetails", "Spåra: https://www.budbee.com/se/spara"],
  [
    "pl-PL",
    "confirmDeliveryDetails",
    "Umów dostawę: https://inpost.pl/sledzenie-przesylek?number=123",
  ],
  [
    "pl-PL",
    "confirmDeliveryDetails",
    "Śledzenie: https://www.dpd.com.pl/tracking",
  ],
  [
    "pl-PL",
    "confirmDeliveryDetails",
    "Śledzenie: https://emonitoring.poczta-polska.pl/?numer=123",
  ],
  [
    "pl-PL",
    "confirmDeliveryDetails",
    "Śledzenie: https://www.raben-group.com/pl/sledzenie",
  ],
  [
    "pl-PL",
    "confirmDeliveryDetails",
    "Śledzenie: https://www.ambroexpress.pl/sledzenie",
  ],
  [
    "tr-TR",
    "confirmDeliveryDetails",
    "Takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=1",
  ],
  [
    "tr-TR",
    "confirmDeliveryDetails",
    "Takip: https://kargotakip.araskargo.com.tr/?code=1",
  ],
  [
    "tr-TR",
    "confirmDeliveryDetails",
    "Takip: https://www.horoz.com.tr/kargo-takip",
  ],
  [
    "tr-TR",
    "confirmDeliveryDetails",
    "Takip: https://www.trendyolexpress.com/takip",
  ],
  [
    "pt-BR",
    "confirmDeliveryDetails",
    "Agende: https://rastreamento.correios.com.br/app/index.php",
  ],
  [
    "pt-BR",
    "confirmDeliveryDetails",
    "Rastreie: https://www.jadlog.com.br/tracking",
  ],
  [
    "pt-BR",
    "confirmDeliveryDetails",
    "Rastreie: https://www.jamef.com.br/rastreamento",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "配達日時の指定: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "再配達: https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "追跡: https://trackings.post.japanpost.jp/services/srv/search/",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "配達予定: https://track.seino.co.jp/kamotsu/GempyoNoShokai.do",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "配達: https://www.nittsu.co.jp/tracking/",
  ],
  [
    "zh-CN",
    "confirmDeliveryDetails",
    "查询物流：https://www.sf-express.com/chn/sc/waybill/list",
  ],
  ["zh-CN", "confirmDeliveryDetails", "查询：https://www.deppon.com/mow/"],
  [
    "zh-CN",
    "confirmDeliveryDetails",
    "查询：https://www.jtexpress.cn/trajectoryQuery",
  ],
  ["zh-CN", "confirmDeliveryDetails", "查询：https://www.ems.com.cn/queryList"],
  [
    "ar-AE",
    "confirmDeliveryDetails",
    "حدد موعد التسليم: https://www.aramex.com/ae/en/track/shipments",
  ],
  [
    "ar-AE",
    "confirmDeliveryDetails",
    "تتبع: https://www.smsaexpress.com/ae/trackingdetails?tracknumbers=1",
  ],
  [
    "ar-AE",
    "confirmDeliveryDetails",
    "تتبع: https://www.emiratespost.ae/track",
  ],
  [
    "ar-AE",
    "confirmDeliveryDetails",
    "تتبع: https://www.shipadelivery.com/track",
  ],
  ["ar-AE", "confirmDeliveryDetails", "تتبع: https://www.quiqup.com/track"],
  ["ar-AE", "confirmDeliveryDetails", "تتبع: https://www.transcorp.ae/track"],
  [
    "hi-IN",
    "confirmDeliveryDetails",
    "ट्रैक करें: https://www.delhivery.com/track/package/123",
  ],
  [
    "hi-IN",
    "confirmDeliveryDetails",
    "ट्रैक करें: https://www.shreemaruti.com/track",
  ],
  [
    "hi-IN",
    "confirmDeliveryDetails",
    "ट्रैक करें: https://www.professionalcouriers.in/track",
  ],
  [
    "hi-IN",
    "confirmDeliveryDetails",
    "ट्रैक करें: https://www.blazeflash.com/tracking",
  ],
  [
    "hi-IN",
    "confirmDeliveryDetails",
    "ट्रैक करें: https://www.safexpress.com/Track",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Redeem your code at https://www.microsoft.com/redeem",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Activate it at https://store.steampowered.com/account/registerkey",
  ],
  ["en-US", "digitalAccessKey", "Redeem at https://www.nintendo.com/redeem"],
  ["en-US", "digitalAccessKey", "Activate on https://www.ea.com/redeem"],
  [
    "en-US",
    "digitalAccessKey",
    "Redeem on https://store.playstation.com/redeem",
  ],
  ["en-US", "digitalAccessKey", "Activate at https://www.gog.com/redeem"],
  [
    "en-US",
    "digitalAccessKey",
    "Sign in at https://account.bitdefender.com and enter the code",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Activate at https://my.norton.com/extspa/home",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Enter the code at https://www.eset.com/int/home/",
  ],
  ["en-US", "digitalAccessKey", "Redeem at https://www.roblox.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.xbox.com/redeem"],
  [
    "en-US",
    "digitalAccessKey",
    "Activate at https://account.microsoft.com/billing/redeem",
  ],
  ["en-US", "digitalAccessKey", "Enter the key at https://setup.office.com"],
  ["en-US", "digitalAccessKey", "Redeem at https://redeem.ubisoft.com"],
  ["en-US", "digitalAccessKey", "Redeem on https://store.epicgames.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.humblebundle.com/keys"],
  [
    "en-US",
    "digitalAccessKey",
    "Use the code at https://www.battle.net/account/management/claim-code.html",
  ],
  ["en-US", "digitalAccessKey", "Redeem at https://www.mcafee.com/activate"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.avast.com/activate"],
  [
    "en-US",
    "digitalAccessKey",
    "Enter your code at https://www.kaspersky.com/activation",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Activate at https://www.trendmicro.com/activate",
  ],
  [
    "en-US",
    "digitalAccessKey",
    "Redeem at https://www.paramountplus.com/redeem",
  ],
  ["en-US", "digitalAccessKey", "Redeem at https://www.disneyplus.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://tv.apple.com/redeem"],
  ["en-US", "digitalAccessKey", "Activate at https://www.hulu.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://play.google.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.ubisoft.com/redeem"],
  [
    "en-US",
    "digitalAccessKey",
    "Redeem at https://www.rockstargames.com/redeem",
  ],
  ["en-US", "digitalAccessKey", "Activate at https://www.adobe.com/go/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.ea.com/ea-app/redeem"],
  ["en-US", "digitalAccessKey", "Activate at https://www.corel.com/activate"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.crunchyroll.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.dazn.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.twitch.tv/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.jagex.com/redeem"],
  ["en-US", "digitalAccessKey", "Redeem at https://www.microsoft365.com/setup"],
  [
    "de-DE",
    "digitalAccessKey",
    "Code einlösen: https://www.paysafecard.com/de-de/",
  ],
  ["de-DE", "digitalAccessKey", "Aktivieren: https://www.gdata.de/aktivierung"],
  [
    "de-DE",
    "digitalAccessKey",
    "Einlösen: https://www.ashampoo.com/de/eur/activate",
  ],
  ["de-DE", "digitalAccessKey", "Einlösen: https://www.sky.de/gutschein"],
  ["de-DE", "digitalAccessKey", "Einlösen: https://www.buhl.de/aktivierung"],
  [
    "fr-FR",
    "digitalAccessKey",
    "Activez : https://www.canalplus.com/activation",
  ],
  [
    "ja-JP",
    "digitalAccessKey",
    "コードの登録: https://store-jp.nintendo.com/redeem",
  ],
  [
    "ja-JP",
    "digitalAccessKey",
    "コード入力: https://www.playstation.com/ja-jp/redeem/",
  ],
  ["zh-CN", "digitalAccessKey", "激活：https://www.wps.cn/activate"],
  ["tr-TR", "digitalAccessKey", "Kodu girin: https://www.blutv.com/kod"],
  ["pl-PL", "digitalAccessKey", "Aktywacja: https://www.mks.com.pl/aktywacja"],
  [
    "en-US",
    "warranty",
    "Register the product for the extended warranty at https://www.dyson.com/register",
  ],
  [
    "de-DE",
    "warranty",
    "Registrieren Sie das Gerät unter https://www.bosch-home.com/de/mybosch",
  ],
  [
    "de-DE",
    "warranty",
    "Garantieverlängerung: https://www.kaercher.com/de/service/garantie.html",
  ],
  [
    "fr-FR",
    "warranty",
    "Enregistrez votre produit sur https://www.seb.fr/enregistrement-produit",
  ],
  [
    "es-ES",
    "warranty",
    "Registre su producto en https://www.philips.es/c-w/support-home/registro-producto.html",
  ],
  [
    "it-IT",
    "warranty",
    "Registra il prodotto su https://www.delonghi.com/it-it/registrazione-prodotto",
  ],
  [
    "nl-NL",
    "warranty",
    "Registreer uw product op https://www.philips.nl/myphilips/register-product",
  ],
  [
    "sv-SE",
    "warranty",
    "Registrera produkten på https://www.electrolux.se/registrera-din-produkt/",
  ],
  [
    "pl-PL",
    "warranty",
    "Zarejestruj produkt na https://www.bosch-home.pl/rejestracja",
  ],
  [
    "tr-TR",
    "warranty",
    "Ürününüzü https://www.arcelik.com.tr/urun-kayit adresinden kaydedin.",
  ],
  [
    "pt-BR",
    "warranty",
    "Cadastre seu produto em https://www.mondial.com.br/garantia-estendida",
  ],
  ["ja-JP", "warranty", "製品登録: https://www.sony.jp/support/regist/"],
  ["zh-CN", "warranty", "产品注册：https://www.midea.com/cn/service/register"],
  [
    "ar-AE",
    "warranty",
    "سجل منتجك على https://www.samsung.com/ae/support/register/",
  ],
  [
    "hi-IN",
    "warranty",
    "वारंटी के लिए उत्पाद रजिस्टर करें: https://www.bajajelectricals.com/product-registration",
  ],
  [
    "en-GB",
    "warranty",
    "To activate the guarantee, register at https://www.dyson.co.uk/register",
  ],
  [
    "en-US",
    "warranty",
    "Please sign up your device at https://www.lg.com/us/support/product-registration",
  ],
  [
    "en-US",
    "warranty",
    "Activate the 5-year cover here: https://www.anker.com/pages/warranty",
  ],
  [
    "it-IT",
    "warranty",
    "Attiva la garanzia convenzionale su https://www.smeg.com/it/servizi/attivazione-garanzia",
  ],
];
const NOT_NEEDED: [string, string, string][] = [
  [
    "it-IT",
    "confirmOrderDetails",
    "Trova altri modelli su termoshop.it/novita-autunno prima che finiscano.",
  ],
  [
    "en-US",
    "confirmOrderDetails",
    "Join our club at brightlamps.com/register-newsletter for early deals.",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Book your delivery at https://www.ups.com/track . Also see our store https://www.amazon.com/stores/BrightLamps/page/1234",
  ],
  [
    "de-DE",
    "warranty",
    "Registrieren Sie sich hier: https://www.lampenwelt.de/newsletter-anmeldung",
  ],
  [
    "en-US",
    "warranty",
    "Register for our newsletter at https://brightlamps.com/newsletter/register",
  ],
  ["en-US", "digitalAccessKey", "Get more games at https://www.g2a.com/"],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Track it at https://brightlamps-shop.com/tracking and see our deals.",
  ],
];
NEEDED.push(
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Bitte wählen Sie Ihren Liefertermin: https://kundenportal.moebel-spedition-nord.de/avis?id=48211",
  ],
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Die Zustellung erfolgt durch unseren Partner, Termin hier: https://www.2mann-handling.de/lieferung/48211",
  ],
  [
    "it-IT",
    "confirmDeliveryDetails",
    "Prenoti la consegna al piano: https://www.trasporti-rossi.it/prenotazione",
  ],
  [
    "es-MX",
    "confirmDeliveryDetails",
    "Agende la entrega con la paquetería: https://www.paqueteria-del-norte.mx/agendar",
  ],
  [
    "sv-SE",
    "confirmDeliveryDetails",
    "Boka leveranstid hos speditören: https://www.nordfrakt.se/bokning",
  ],
  [
    "ja-JP",
    "confirmDeliveryDetails",
    "配送業者の予約ページ: https://www.nihon-butsuryu-express.co.jp/yoyaku",
  ],
  [
    "ar-AE",
    "confirmDeliveryDetails",
    "حدد موعد التوصيل: https://www.gulf-cargo.ae/appointment",
  ],
);
NOT_NEEDED.push(
  [
    "de-DE",
    "confirmDeliveryDetails",
    "Unsere neue Kollektion: https://www.moebelhaus-nord.de/liefer-angebote",
  ],
  [
    "en-US",
    "confirmDeliveryDetails",
    "Book a free consultation at https://www.brightlamps.com/booking",
  ],
  [
    "en-US",
    "warranty",
    "Register now and get 10% off: https://www.brightlamps.com/register",
  ],
);

function linkErrors(locale: string, type: string, text: string) {
  return lintMessage({ type, text, locale }).diagnostics.filter((d) =>
    d.ruleId === "link-policy" && d.severity === "error"
  );
}

Deno.test("link-policy allows the links a message type needs", () => {
  const flagged = NEEDED.filter(([locale, type, text]) =>
    linkErrors(locale, type, text).length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("link-policy still catches disguised and unneeded links", () => {
  const missed = [...DISGUISED, ...NOT_NEEDED].filter((
    [locale, type, text],
  ) => linkErrors(locale, type, text).length === 0);
  assert.deepEqual(missed, []);
});

// More ways to write an outside link, and clean text with the same
// characters (versions, file names, prices, line breaks, marketplaces).
const SPELLED: [string, string][] = [
  ["en-US", "Manual on brightlamps·com today."],
  ["ja-JP", "説明書は brightlamps。com にあります。"],
  ["ja-JP", "説明書は brightlamps．com にあります。"],
  ["de-DE", "Anleitung auf lampenwelt [punkt] de abrufbar."],
  ["zh-CN", "说明书在 dengshi（点）com 下载。"],
  ["en-US", "Guide: https://amazon.de.brightlamps.shop/x"],
  [
    "en-US",
    "Guide: https://www.amazon.de/-/de/redirect?url=https%3A%2F%2Fbrightlamps.com",
  ],
  ["en-US", "Guide at brightlamps dot com slash manual"],
  ["en-US", "Just visit www brightlamps com for the manual."],
  ["en-US", "Guide: hxxp://brightlamps[.]de/manual"],
  ["en-US", "Guide: h t t p s : / / brightlamps . de"],
  ["de-DE", "Handbuch: lampenwelt (Punkt) de"],
  ["fr-FR", "Le guide est sur maisonlumiere (point) fr"],
  ["es-ES", "La guía está en lamparas [punto] es"],
  ["tr-TR", "Kılavuz: lambacim[nokta]com"],
  ["pl-PL", "Instrukcja: lampy(kropka)pl"],
  ["ar-AE", "الدليل على alnoor نقطة com"],
  ["hi-IN", "मैनुअल roshni डॉट कॉम पर है।"],
  ["en-US", "Guide at https://xn--brightlamps-xyz.com/guide"],
  ["en-US", "Guide at https://bríghtlamps.com/guide"],
  ["en-US", "Guide: brightlamps.com.au"],
  ["en-US", "Guide: brightlamps.co"],
  ["en-US", "Guide: brightlamps.ai/manual"],
  ["en-US", "Guide: brightlamps.lighting"],
  ["nl-NL", "Handleiding op lampenhuis.amsterdam"],
  ["en-US", "Manual: http://192.168.1.20:8080/manual"],
  ["en-US", "Manual: 203.0.113.9/manual.pdf"],
  ["en-US", "Copy this: data:application/pdf;base64,JVBERi0xLjQK"],
  ["en-US", "Manual: javascript:alert(1)"],
  [
    "en-US",
    "Manual at https://www.amazon.com/gp/redirect.html?location=brightlamps.com/manual",
  ],
  [
    "en-US",
    "Manual at https://www.amazon.com/ap/signin?openid.return_to=https://brightlamps.com",
  ],
];
const CLEAN: [string, string, string][] = [
  [
    "en-US",
    "unexpectedProblem",
    "Firmware 2.4.1 fixes it; see manual.pdf, page 3. Price 12.99.",
  ],
  [
    "de-DE",
    "unexpectedProblem",
    "Version 10.0.0.1 behebt den Fehler. Modell LX-2.0 ist baugleich.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "Your order on Amazon.co.uk ships today; see Amazon.de for the German listing.",
  ],
  [
    "fr-FR",
    "unexpectedProblem",
    "Le point relais est fermé. Point com­mercial: rien.",
  ],
  [
    "ja-JP",
    "unexpectedProblem",
    "ご注文ありがとうございます。本日発送しました。",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "The file is named setup.exe. and the box says model No. 5.",
  ],
  [
    "en-US",
    "unexpectedProblem",
    "We tested it.\nCom­pletely fine now; the error was at step.\nOne more thing: keep the receipt.",
  ],
  [
    "pt-BR",
    "unexpectedProblem",
    "Obrigado pela compra.\ncom carinho, equipe Luminárias.",
  ],
];

Deno.test("link-policy catches outside links however they are written", () => {
  const missed = SPELLED.filter(([locale, text]) =>
    lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
      .every((d) => d.severity !== "error")
  );
  assert.deepEqual(missed, []);
});

Deno.test("versions, file names and line breaks are no links", () => {
  const flagged = CLEAN.filter(([locale, type, text]) =>
    lintMessage({ type, text, locale }).diagnostics.some((d) =>
      d.severity === "error"
    )
  );
  assert.deepEqual(flagged, []);
});

Deno.test("link-policy: a scheme-less address whose path names a warranty registration is a warning, not an error", () => {
  const text =
    "La garanzia si attiva solo registrando la caldaia su immergas.com/registrazione-garanzia con il numero di matricola.";
  const report = lintMessage({
    type: "confirmOrderDetails",
    text,
    locale: "it-IT",
  });
  const links = report.diagnostics.filter((d) => d.ruleId === "link-policy");
  assert.deepEqual(links.map((d) => [d.messageId, d.severity]), [[
    "bare",
    "warning",
  ]]);
});

Deno.test("link-policy: a needed carrier page typed with spaced dots is a warning to write it whole; a shop's is still disguised", () => {
  const lint = (type: string, text: string) =>
    lintMessage({ type, text, locale: "de-DE" }).diagnostics
      .filter((d) => d.ruleId === "link-policy")
      .map((d) => [d.messageId, d.severity]);
  assert.deepEqual(
    lint(
      "confirmDeliveryDetails",
      "Den Liefertermin können Sie unter www. dhl. de/ paket ändern.",
    ),
    [["bare", "warning"]],
  );
  assert.deepEqual(
    lint(
      "confirmDeliveryDetails",
      "Weitere Lampen finden Sie unter www. lampenwelt. de/ neu.",
    ),
    [["disguised", "error"]],
  );
});

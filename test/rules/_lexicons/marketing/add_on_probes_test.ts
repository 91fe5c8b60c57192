import { testProbes } from "../_lexicon_cases.ts";
import { ADD_ON_PROBES } from "./_add_on_probes.ts";

// Add-on jobs, other editions, sister brands, mailings, perks and partner
// referrals, written natively in 16 locales (see the probe file). Half the
// locales (de-DE, sv-SE, es-ES, pt-BR, fr-FR, ar-AE, ja-JP, en-GB) were read
// to tune the lexicons; the other half were not. KNOWN lists what the rules
// still get wrong, mostly in the locales that were not read: each step
// checks that it is still wrong, so one that starts to pass must leave the
// list.
const KNOWN: readonly string[] = [
  "Your dishwasher will be delivered and installed Thursday between 9 and 12. Our installer also mounts TVs and hooks up washers and dryers, so if you've got one waiting, just mention it to him when he arrives.",
  "Your hot sauce order is on its way and should arrive Friday. If a friend orders from us and puts your name in the gift note, we'll ship theirs free and tuck in a mini bottle for each of you.",
  "Your sofa is scheduled for delivery Monday afternoon. If you need the old couch hauled away, our friends at Metro Junk Removal do it same-day; just tell them Oak Street Furniture sent you.",
  "Your washing machine will be delivered and plumbed in on Thursday morning. Our fitter also does built-in oven and cooker hood installs, so if you've got one sitting in the garage, just have a word with him on the day.",
  "Your copy of the French beginners' course is on its way by Royal Mail. The same course is also available in Spanish and Italian, and as an audiobook, should anyone else at home fancy a go.",
  "Your new oak dining table will be delivered on Saturday. If you need the old one taken away, the lads at Greenway Clearances are brilliant; just mention that Hartley Furniture sent you.",
  "Ihr Italienischkurs ist freigeschaltet, die Zugangsdaten finden Sie in der Bestellbestätigung. Den gleichen Kurs gibt es in der App übrigens auch auf Spanisch und Französisch.",
  "Notre installateur passera jeudi entre 9 h et 12 h pour poser votre lave-vaisselle ; il raccorde aussi les fours et les hottes, il suffit de le lui demander sur place.",
  "Votre théière en fonte est partie ce matin avec Colissimo. Notre maison sœur, Atelier Kumo, propose les tasses et les thés assortis.",
  "Votre colis partira lundi. Si un proche commande chez nous en indiquant votre nom, la livraison lui sera offerte et vous recevrez un sachet d'épices en cadeau.",
  "El técnico llegará el jueves entre las 9 y las 13 para instalar la lavadora; si quieres, ese mismo día también puede montarte la campana o el horno, solo díselo al llegar.",
  "Tu libro sale mañana desde Zaragoza y llegará en 48 horas. Por cierto, la misma guía también está en audiolibro y en edición en inglés en nuestra tienda.",
  "Tu pedido de velas ya está en camino. En el mismo taller llevamos también Lumbre & Co., nuestra otra marca de difusores y jabones artesanos.",
  "Tu paquete llegará el viernes. Como agradecimiento, en tu próximo pedido con nosotros el envío corre de nuestra cuenta y te incluimos una muestra de regalo.",
  "El técnico pasa el jueves entre 9 y 1 a instalar su minisplit; si gusta, en esa misma visita también le da mantenimiento a sus otros aires o le instala un calentador, nomás coméntele.",
  "Su paquete llega el viernes. En agradecimiento, en su siguiente compra con nosotros el envío va por nuestra cuenta y le agregamos un frasquito de regalo.",
  "La mesa ya salió de nuestra bodega; las cuatro sillas de este mismo pedido se mandan por separado y llegan el lunes 14, sin costo extra para usted.",
  "Il tecnico passerà giovedì tra le 9 e le 13 per installare la lavastoviglie; se vuole, nella stessa visita può montarle anche il piano cottura o la cappa, basta dirglielo sul momento.",
  "Il suo ordine di saponi è partito stamattina dal laboratorio. Dallo stesso laboratorio nasce anche Casa Ortensia, il nostro secondo marchio di candele e profumatori per ambienti.",
  "O montador chega na quinta de manhã para montar seu guarda-roupa; ele também leva embora as caixas e confere as portas antes de sair, tudo já incluso no pedido.",
  "Se o tênis 40 ficar apertado, trocamos pelo 41 da mesma cor e pelo mesmo preço; é só responder esta mensagem que mandamos a etiqueta de envio.",
  "Onze monteur komt de vaatwasser donderdag tussen 8 en 12 uur plaatsen. Hij sluit ook ovens en afzuigkappen aan; zeg het hem gewoon op de dag zelf, dan neemt hij dat meteen mee.",
  "Je cursus Italiaans staat klaar, de inloggegevens vind je in de bevestigingsmail. Dezelfde cursus kun je in de app trouwens ook in het Spaans en het Frans volgen.",
  "Je linnen tafelkleed is vandaag op de post gegaan. Zoek je bijpassende servetten of kussenhoezen? Ons zusterlabel Linnenhuys heeft de hele woontextiellijn.",
  "Je wijn is goed ingepakt onderweg en komt vrijdag aan. Stuur ons even 'ja' terug, dan krijg je twee keer per jaar onze wijnbrief met de nieuwe jaargangen.",
  "Je koffiebonen zijn vandaag vers gebrand en verstuurd. Bij je volgende bestelling betalen wij de verzendkosten.",
  "Vår montör kommer med diskmaskinen på torsdag mellan 8 och 12. Han kopplar även in ugnar och köksfläktar, så säg bara till honom på plats så fixar han det samtidigt.",
  "Din italienskakurs är aktiverad, inloggningsuppgifterna finns i orderbekräftelsen. Samma kurs finns förresten också på spanska och franska i appen.",
  "Nasz monter przywiezie zmywarkę w czwartek między 8 a 12. Podłącza też piekarniki i okapy – wystarczy powiedzieć mu na miejscu, a zrobi to przy tej samej wizycie.",
  "Kurs włoskiego jest już aktywny, dane logowania znajdą Państwo w potwierdzeniu zamówienia. Ten sam kurs jest w aplikacji dostępny także po hiszpańsku i po francusku.",
  "Wino jest starannie zapakowane i powinno dotrzeć w piątek. Wystarczy odpisać „tak”, a dwa razy w roku prześlemy Państwu nasz list od winiarza z nowymi rocznikami.",
  "Paczka z przyprawami jest już w drodze. Jeśli ktoś z Państwa rodziny zamówi u nas i poda numer tego zamówienia, wyślemy mu paczkę bez kosztów dostawy.",
  "Ustamız bulaşık makinenizi kurmak için perşembe sabahı gelecek; ankastre fırın ve davlumbaz montajı da yapıyor, o gün kendisine söylemeniz yeterli.",
  "Döküm demliğiniz bu sabah Yurtiçi Kargo ile yola çıktı. Kardeş markamız Çay Evi Atölyesi'nde de takım ince belli bardaklar ve harman çaylar var.",
  "Kahve siparişiniz hazırlanıyor, yarın kargoda olacak. Bu mesaja 'evet' yazarsanız her mevsim yeni çekirdeklerimizi anlattığımız mektubumuzu size gönderelim.",
  "Paketiniz pazartesi çıkıyor. Bir yakınınız sizin adınızı belirterek bizden sipariş verirse kargosu bizden, size de hediye bir paket baharat gönderiyoruz.",
  "Mumunuz kargoya verildi, takip numarası Amazon hesabınızda görünüyor. Bir sonraki siparişinizde kargo ücreti bizden olacak.",
  "ご注文の革財布は本日ヤマト運輸にて発送いたしました。姉妹店の「工房つむぎ」では、同じ革を使ったキーケースや名刺入れを取り扱っており、お揃いでお使いいただけるよう色味も合わせております。",
  "ご注文のソファは月曜日の午後にお届け予定です。古いソファの処分をお考えでしたら、提携先の「エコ回収サービス」が即日対応しておりますので、「家具のまつもとからの紹介」とお伝えください。",
  "您购买的《零基础学日语》教材今天已经从仓库发出，物流单号稍后会同步到订单里。这套教材还有韩语版和西班牙语版，同样配有全套音频，家里其他人如果想学别的语言，也可以看看。",
  "您的新沙发已安排在周一下午送货上门，师傅出发前会先给您打电话确认。如果旧沙发需要处理，我们合作的“绿家回收”可以当天上门拉走，打电话时说是“木语家具”介绍的就行。",
  "हमारे technician गुरुवार सुबह आपका dishwasher install करने आएंगे; वो chimney और built-in oven भी fit करते हैं, बस उसी दिन उन्हें बता दीजिए।",
  "आपका English speaking course kit आज dispatch हो गया है। यही course Tamil और Bengali में भी हमारे store पर same format में मिलता है।",
  "आपका chai patti का order pack हो रहा है, कल ship होगा। इस message पर 'YES' reply कीजिए, हम हर season में नई चाय की जानकारी वाला अपना letter आपको भेजते रहेंगे।",
  "आपकी candle ship हो गई है, tracking number आपके Amazon account में है। अगली बार हमसे order करेंगे तो shipping charge हमारी तरफ़ से।",
  "سيصل فنّي التركيب صباح الخميس لتركيب غسالة الصحون، وهو يركّب أيضاً الأفران وشفاطات المطبخ، فقط أخبره بذلك في نفس اليوم.",
  "تم شحن مجموعة تعلّم اللغة الإيطالية اليوم. وتتوفر نفس الدورة أيضاً باللغتين الفرنسية والإسبانية في متجرنا وبنفس الشكل.",
  "تم شحن إبريق الشاي الحديدي هذا الصباح مع أرامكس. ولدى علامتنا الشقيقة «بيت الفنجان» فناجين ودلال قهوة تناسبه.",
];

for (const [locale, probes] of Object.entries(ADD_ON_PROBES)) {
  testProbes(locale, { "add-ons and perks": probes["marketing-soft"]! }, KNOWN);
}

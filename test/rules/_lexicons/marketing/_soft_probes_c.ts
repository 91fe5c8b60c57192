import type { Probes } from "../_lexicon_cases.ts";

/**
 * A third soft cross-selling set (pets, cosmetics refills, e-books, cover
 * plans, camping, sister brands): the seller's goods pitched by what they
 * do, with no promotional word; its clean traps keep "our" before what is
 * not for sale (packaging, records, a mistake, a machine of the workshop).
 */
export const SOFT_PROBES_C: Readonly<Record<string, Probes>> = {
  "en-GB": {
    "marketing-soft": {
      violations: [
        "The dog bed is on its way. Our chew toys are made from the same recycled canvas and last for months, if your pup likes a good gnaw.",
        "Sorry the face cream arrived late. When it runs low, the refill pods from us slot straight into the jar and cost less than a new pot.",
        "Your e-book code is ready. The audiobook edition of the same title is also on our page and narrated by the author.",
        "The printer is set up now. Our extended cover adds accidental damage for two more years, which many office customers take.",
        "Glad the tent arrived safely. For wet weekends, our groundsheet fits the same pegs and keeps the floor dry.",
        "Thanks for letting us know the size. Our sister brand makes the same boots for children, in case the little ones want matching pairs.",
      ],
      clean: [
        "The dog bed is on its way and is made from recycled canvas, so it can go in the washing machine.",
        "When the face cream runs low, there is no refill to buy: the pot is all you need.",
        "Your e-book code is ready; enter it on the redemption page within 30 days.",
        "The printer's cover from the manufacturer lasts two years; keep the receipt with it.",
        "Our packaging keeps the glass safe, so the jug should arrive in one piece this time.",
        "Please accept our apologies; the replacement lasts for months longer than the faulty batch.",
        "Our records show the parcel was left with a neighbour, which many customers prefer to a depot.",
        "It was our mistake: the label was printed twice, so the courier took the same box back.",
        "Our engraving machine makes the same letters on every board, so the second board will match.",
      ],
    },
  },
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Das Hundebett ist unterwegs. Unsere Kauspielzeuge sind aus demselben Recycling-Canvas und halten monatelang, falls Ihr Hund gerne kaut.",
        "Entschuldigen Sie die späte Lieferung der Gesichtscreme. Wenn sie zur Neige geht, passen die Nachfüllkapseln von uns direkt in den Tiegel und sind günstiger als ein neuer.",
        "Ihr E-Book-Code ist bereit. Die Hörbuchausgabe desselben Titels gibt es auch auf unserer Seite, gelesen vom Autor.",
        "Der Drucker ist eingerichtet. Unser erweiterter Schutz deckt zwei weitere Jahre auch Unfallschäden ab, den viele Bürokunden dazunehmen.",
        "Schön, dass das Zelt heil angekommen ist. Für nasse Wochenenden passt unsere Bodenplane an dieselben Heringe und hält den Boden trocken.",
        "Danke für die Größenangabe. Unsere Schwestermarke fertigt dieselben Stiefel für Kinder, falls die Kleinen passende Paare möchten.",
      ],
      clean: [
        "Das Hundebett ist unterwegs und aus Recycling-Canvas, es darf in die Waschmaschine.",
        "Wenn die Gesichtscreme zur Neige geht, müssen Sie nichts nachkaufen: der Tiegel reicht lange.",
        "Ihr E-Book-Code ist bereit; lösen Sie ihn innerhalb von 30 Tagen auf der Einlöseseite ein.",
        "Die Herstellergarantie des Druckers gilt zwei Jahre; bewahren Sie den Beleg auf.",
        "Unsere Verpackung schützt das Glas, daher sollte die Kanne diesmal heil ankommen.",
        "Bitte entschuldigen Sie unseren Fehler; das Ersatzteil ist günstiger als gedacht und für Sie kostenlos.",
        "Laut unseren Unterlagen wurde das Paket beim Nachbarn abgegeben, was viele Kunden bevorzugen.",
        "Unsere Gravurmaschine fertigt dieselben Buchstaben auf jedem Brett, das zweite Brett passt also dazu.",
      ],
    },
  },
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Le panier pour chien est en route. Nos jouets à mâcher sont faits de la même toile recyclée et tiennent des mois, si votre chien aime mordiller.",
        "Désolés pour le retard de la crème. Quand elle sera presque vide, nos recharges se clipsent directement dans le pot et reviennent moins cher.",
        "Votre code e-book est prêt. La version audio du même titre est aussi sur notre page, lue par l'autrice.",
        "L'imprimante est installée. Notre extension de garantie couvre aussi la casse accidentelle deux ans de plus, et beaucoup de clients pros la prennent.",
        "Ravis que la tente soit bien arrivée. Pour les week-ends pluvieux, notre tapis de sol se fixe aux mêmes sardines et garde le sol au sec.",
        "Merci pour la pointure. Notre marque sœur fabrique les mêmes bottes pour enfants, si les petits veulent les mêmes.",
      ],
      clean: [
        "Le panier pour chien est en route ; il est en toile recyclée et passe en machine.",
        "Quand la crème sera presque vide, inutile d'acheter quoi que ce soit : le pot dure longtemps.",
        "Votre code e-book est prêt ; saisissez-le sur la page d'activation sous 30 jours.",
        "La garantie constructeur de l'imprimante dure deux ans ; gardez le ticket.",
        "Notre emballage protège le verre, la carafe devrait donc arriver intacte cette fois.",
        "Veuillez accepter nos excuses ; la pièce de remplacement vous est envoyée gratuitement.",
        "D'après nos registres, le colis a été laissé chez un voisin, ce que beaucoup de clients préfèrent.",
        "Notre machine de gravure fait les mêmes lettres sur chaque planche, la seconde sera donc identique.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft": {
      violations: [
        "La cama del perro va de camino. Nuestros juguetes para morder son de la misma lona reciclada y duran meses, por si a su perro le gusta morder.",
        "Perdone el retraso de la crema. Cuando se esté acabando, nuestras cápsulas de recarga encajan en el mismo tarro y salen más baratas.",
        "Su código del libro electrónico está listo. La edición en audiolibro del mismo título también está en nuestra página, narrada por la autora.",
        "La impresora ya está configurada. Nuestra ampliación de garantía cubre también daños accidentales dos años más, y muchos clientes de oficina la contratan.",
        "Nos alegra que la tienda de campaña llegara bien. Para los fines de semana lluviosos, nuestra lona de suelo usa las mismas piquetas y mantiene el suelo seco.",
        "Gracias por indicarnos la talla. Nuestra marca hermana hace las mismas botas para niños, por si los peques quieren ir a juego.",
      ],
      clean: [
        "La cama del perro va de camino; es de lona reciclada y se puede lavar a máquina.",
        "Cuando se acabe la crema no hace falta comprar nada más: el tarro dura mucho.",
        "Su código del libro electrónico está listo; canjéelo en la página de activación en 30 días.",
        "La garantía del fabricante de la impresora dura dos años; guarde el tique.",
        "Nuestro embalaje protege el cristal, así que la jarra debería llegar entera esta vez.",
        "Le pedimos disculpas por nuestro error; la pieza de repuesto se la enviamos sin coste.",
        "Según nuestros registros, el paquete se dejó con un vecino, algo que muchos clientes prefieren.",
        "Nuestra máquina de grabado hace las mismas letras en cada tabla, así que la segunda quedará igual.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "La cuccia è in viaggio. I nostri giochi da masticare sono della stessa tela riciclata e durano mesi, se al suo cane piace rosicchiare.",
        "Ci scusi per il ritardo della crema. Quando sta per finire, le nostre capsule di ricarica si inseriscono nello stesso vasetto e costano meno.",
        "Il codice dell'e-book è pronto. L'edizione audiolibro dello stesso titolo è anche sulla nostra pagina, letta dall'autrice.",
        "La stampante è configurata. La nostra estensione di garanzia copre anche i danni accidentali per altri due anni, e molti clienti business la scelgono.",
        "Bene che la tenda sia arrivata intatta. Per i fine settimana piovosi, il nostro telo da pavimento usa gli stessi picchetti e tiene asciutto il fondo.",
        "Grazie per la taglia. Il nostro marchio gemello produce gli stessi stivali per bambini, se i piccoli li vogliono uguali.",
      ],
      clean: [
        "La cuccia è in viaggio; è di tela riciclata e si lava in lavatrice.",
        "Quando la crema finisce non serve comprare altro: il vasetto dura a lungo.",
        "Il codice dell'e-book è pronto; lo inserisca nella pagina di attivazione entro 30 giorni.",
        "La garanzia del produttore della stampante dura due anni; conservi lo scontrino.",
        "Il nostro imballaggio protegge il vetro, quindi la caraffa dovrebbe arrivare intatta questa volta.",
        "Ci scusiamo per il nostro errore; il pezzo di ricambio le viene spedito gratis.",
        "Dai nostri registri il pacco risulta lasciato a un vicino, cosa che molti clienti preferiscono.",
        "La nostra macchina per incisioni produce le stesse lettere su ogni tagliere, quindi il secondo sarà uguale.",
      ],
    },
  },
  "pt-BR": {
    "marketing-soft": {
      violations: [
        "A caminha do cachorro está a caminho. Nossos brinquedos de morder são da mesma lona reciclada e duram meses, se o seu cão gosta de roer.",
        "Desculpe o atraso do creme. Quando estiver acabando, nossos refis encaixam no mesmo pote e saem mais em conta.",
        "Seu código do e-book está pronto. A versão em audiolivro do mesmo título também está na nossa página, narrada pela autora.",
        "A impressora já está configurada. Nossa garantia estendida cobre também danos acidentais por mais dois anos, e muitos clientes de escritório contratam.",
        "Que bom que a barraca chegou inteira. Para fins de semana chuvosos, nossa lona de chão usa as mesmas estacas e mantém o piso seco.",
        "Obrigado pelo tamanho. Nossa marca irmã faz as mesmas botas para crianças, caso os pequenos queiram iguais.",
      ],
      clean: [
        "A caminha do cachorro está a caminho; é de lona reciclada e pode ir à máquina.",
        "Quando o creme acabar não precisa comprar mais nada: o pote dura bastante.",
        "Seu código do e-book está pronto; resgate na página de ativação em até 30 dias.",
        "A garantia do fabricante da impressora é de dois anos; guarde a nota.",
        "Nossa embalagem protege o vidro, então a jarra deve chegar inteira desta vez.",
        "Pedimos desculpas pelo nosso erro; a peça de reposição será enviada sem custo.",
        "Pelos nossos registros, o pacote foi deixado com um vizinho, o que muitos clientes preferem.",
        "Nossa máquina de gravação faz as mesmas letras em cada tábua, então a segunda vai ficar igual.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "De hondenmand is onderweg. Ons kauwspeelgoed is van hetzelfde gerecyclede canvas en gaat maanden mee, als uw hond graag knaagt.",
        "Sorry dat de crème laat was. Als hij bijna op is, passen onze navulcapsules zo in hetzelfde potje en zijn ze goedkoper.",
        "Uw e-bookcode staat klaar. De luisterboekversie van dezelfde titel staat ook op onze pagina, voorgelezen door de auteur.",
        "De printer is ingesteld. Onze verlengde dekking dekt ook ongelukjes voor nog twee jaar, en veel zakelijke klanten nemen die erbij.",
        "Fijn dat de tent heel aankwam. Voor natte weekenden past ons grondzeil op dezelfde haringen en houdt het de vloer droog.",
        "Bedankt voor de maat. Ons zustermerk maakt dezelfde laarzen voor kinderen, mochten de kleintjes dezelfde willen.",
      ],
      clean: [
        "De hondenmand is onderweg; hij is van gerecycled canvas en mag in de wasmachine.",
        "Als de crème op is, hoeft u niets bij te kopen: het potje gaat lang mee.",
        "Uw e-bookcode staat klaar; wissel hem binnen 30 dagen in op de activeringspagina.",
        "De fabrieksgarantie van de printer is twee jaar; bewaar de bon.",
        "Onze verpakking beschermt het glas, dus de kan zou deze keer heel moeten aankomen.",
        "Excuses voor onze fout; het vervangende onderdeel sturen we kosteloos op.",
        "Volgens onze gegevens is het pakket bij de buren afgegeven, wat veel klanten prettig vinden.",
        "Onze graveermachine maakt dezelfde letters op elke plank, dus de tweede plank past erbij.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Hundsängen är på väg. Våra tuggleksaker är gjorda av samma återvunna canvas och håller i månader, om din hund gillar att tugga.",
        "Förlåt att krämen kom sent. När den börjar ta slut passar våra refillkapslar direkt i samma burk och blir billigare.",
        "Din e-bokskod är klar. Ljudboksversionen av samma titel finns också på vår sida, uppläst av författaren.",
        "Skrivaren är installerad. Vårt utökade skydd täcker även olyckor i två år till, och många företagskunder väljer det.",
        "Kul att tältet kom fram helt. För blöta helger passar vårt tältgolv på samma pinnar och håller golvet torrt.",
        "Tack för storleken. Vårt systermärke gör samma kängor för barn, om de små vill ha likadana.",
      ],
      clean: [
        "Hundsängen är på väg; den är av återvunnen canvas och kan tvättas i maskin.",
        "När krämen tar slut behöver du inte köpa något mer: burken räcker länge.",
        "Din e-bokskod är klar; lös in den på aktiveringssidan inom 30 dagar.",
        "Tillverkarens garanti för skrivaren gäller i två år; spara kvittot.",
        "Vår förpackning skyddar glaset, så kannan bör komma fram hel den här gången.",
        "Vi ber om ursäkt för vårt misstag; reservdelen skickas utan kostnad.",
        "Enligt våra uppgifter lämnades paketet hos en granne, vilket många kunder föredrar.",
        "Vår graveringsmaskin gör samma bokstäver på varje bräda, så den andra brädan matchar.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Legowisko jest w drodze. Nasze gryzaki są z tego samego płótna z recyklingu i wytrzymują miesiące, jeśli pies lubi gryźć.",
        "Przepraszamy za opóźnienie kremu. Gdy zacznie się kończyć, nasze wkłady wymienne pasują do tego samego słoiczka i wychodzą taniej.",
        "Kod do e-booka jest gotowy. Wersja audiobooka tego samego tytułu jest też na naszej stronie, czytana przez autorkę.",
        "Drukarka jest skonfigurowana. Nasza rozszerzona ochrona obejmuje też przypadkowe uszkodzenia przez kolejne dwa lata i wielu klientów biurowych ją wybiera.",
        "Cieszymy się, że namiot dotarł cały. Na deszczowe weekendy nasza podłoga do namiotu pasuje do tych samych śledzi i trzyma podłoże suche.",
        "Dziękujemy za rozmiar. Nasza siostrzana marka robi te same buty dla dzieci, gdyby maluchy chciały takie same.",
      ],
      clean: [
        "Legowisko jest w drodze; jest z płótna z recyklingu i można je prać w pralce.",
        "Gdy krem się skończy, nie trzeba niczego dokupować: słoiczek starcza na długo.",
        "Kod do e-booka jest gotowy; proszę go aktywować na stronie aktywacji w ciągu 30 dni.",
        "Gwarancja producenta drukarki trwa dwa lata; proszę zachować paragon.",
        "Nasze opakowanie chroni szkło, więc dzbanek tym razem powinien dotrzeć cały.",
        "Przepraszamy za nasz błąd; część zamienną wyślemy bezpłatnie.",
        "Według naszych danych paczkę zostawiono u sąsiada, co wielu klientów woli.",
        "Nasza grawerka robi te same litery na każdej desce, więc druga deska będzie pasować.",
      ],
    },
  },
  "tr-TR": {
    "marketing-soft": {
      violations: [
        "Köpek yatağı yolda. Çiğneme oyuncaklarımız aynı geri dönüştürülmüş kanvastan yapılıyor ve aylarca dayanıyor, köpeğiniz kemirmeyi seviyorsa.",
        "Kremin geç gelmesi için özür dileriz. Bitmeye yakın olduğunda yedek kapsüllerimiz aynı kavanoza takılıyor ve daha ucuza geliyor.",
        "E-kitap kodunuz hazır. Aynı kitabın sesli kitap sürümü de sayfamızda, yazarın kendi sesinden.",
        "Yazıcı kuruldu. Uzatılmış koruma paketimiz iki yıl daha kaza hasarlarını da kapsıyor, ofis müşterilerimizin çoğu bunu tercih ediyor.",
        "Çadırın sağlam ulaşmasına sevindik. Yağmurlu hafta sonları için zemin brandamız aynı kazıklara takılıyor ve zemini kuru tutuyor.",
        "Beden bilgisi için teşekkürler. Kardeş markamız aynı botların çocuk modelini de üretiyor, küçükler de aynısını isterse.",
      ],
      clean: [
        "Köpek yatağı yolda; geri dönüştürülmüş kanvastan ve makinede yıkanabiliyor.",
        "Krem bittiğinde başka bir şey almanıza gerek yok: kavanoz uzun süre yeter.",
        "E-kitap kodunuz hazır; 30 gün içinde etkinleştirme sayfasında kullanın.",
        "Yazıcının üretici garantisi iki yıldır; fişi saklayın.",
        "Ambalajımız camı korur, bu yüzden sürahi bu sefer sağlam ulaşmalı.",
        "Hatamız için özür dileriz; yedek parçayı ücretsiz gönderiyoruz.",
        "Kayıtlarımıza göre paket komşunuza bırakılmış, birçok müşteri bunu tercih ediyor.",
        "Gravür makinemiz her tahtada aynı harfleri yapar, yani ikinci tahta da uyumlu olur.",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "سرير الكلب في الطريق. ألعاب المضغ لدينا مصنوعة من نفس القماش المعاد تدويره وتدوم لأشهر، إذا كان كلبك يحب القضم.",
        "نعتذر عن تأخر الكريم. عندما يوشك على النفاد، كبسولات إعادة التعبئة من متجرنا تركب في العلبة نفسها وتكلفتها أقل.",
        "رمز الكتاب الإلكتروني جاهز. النسخة الصوتية من العنوان نفسه موجودة أيضًا على صفحتنا بصوت المؤلفة.",
        "تم إعداد الطابعة. الحماية الممتدة لدينا تغطي الأضرار العرضية لعامين إضافيين، ويختارها كثير من عملاء المكاتب.",
        "سعدنا بوصول الخيمة سليمة. لعطلات المطر، أرضية الخيمة لدينا تثبت بالأوتاد نفسها وتحافظ على جفاف الأرض.",
        "شكرًا على المقاس. علامتنا الشقيقة تصنع الأحذية نفسها للأطفال، إذا أراد الصغار أزواجًا مطابقة.",
      ],
      clean: [
        "سرير الكلب في الطريق؛ وهو من قماش معاد تدويره ويمكن غسله في الغسالة.",
        "عندما ينفد الكريم لا حاجة لشراء أي شيء آخر: العلبة تدوم طويلًا.",
        "رمز الكتاب الإلكتروني جاهز؛ استخدمه في صفحة التفعيل خلال 30 يومًا.",
        "ضمان الشركة المصنعة للطابعة سنتان؛ احتفظ بالإيصال.",
        "تغليفنا يحمي الزجاج، لذلك يجب أن يصل الإبريق سليمًا هذه المرة.",
        "نعتذر عن خطئنا؛ سنرسل قطعة الغيار مجانًا.",
        "وفق سجلاتنا تُرك الطرد لدى أحد الجيران، وهو ما يفضله كثير من العملاء.",
        "آلة النقش لدينا تصنع الحروف نفسها على كل لوح، لذا سيكون اللوح الثاني مطابقًا.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "डॉग बेड रास्ते में है। हमारे चबाने वाले खिलौने उसी रिसाइकल्ड कैनवस से बने हैं और महीनों चलते हैं, अगर आपके डॉगी को चबाना पसंद है।",
        "क्रीम की देरी के लिए माफ़ी। जब क्रीम खत्म होने लगे, तो हमारे रिफ़िल पॉड उसी डिब्बी में फ़िट हो जाते हैं और सस्ते पड़ते हैं।",
        "आपका ई-बुक कोड तैयार है। इसी किताब का ऑडियोबुक वर्ज़न भी हमारे पेज पर है, लेखिका की आवाज़ में।",
        "प्रिंटर सेट हो गया है। हमारा एक्सटेंडेड कवर दो साल और दुर्घटना से नुकसान भी कवर करता है, और कई ऑफ़िस ग्राहक इसे लेते हैं।",
        "खुशी है कि टेंट सही-सलामत पहुँचा। बारिश वाले वीकेंड के लिए हमारी ग्राउंडशीट उन्हीं खूँटियों में लगती है और फ़र्श सूखा रखती है।",
        "साइज़ बताने के लिए धन्यवाद। हमारा सिस्टर ब्रांड बच्चों के लिए यही जूते बनाता है, अगर छोटे भी मैचिंग जोड़ी चाहें।",
      ],
      clean: [
        "डॉग बेड रास्ते में है; यह रिसाइकल्ड कैनवस का है और मशीन में धुल सकता है।",
        "क्रीम खत्म होने पर कुछ और खरीदने की ज़रूरत नहीं: डिब्बी लंबे समय तक चलती है।",
        "आपका ई-बुक कोड तैयार है; इसे 30 दिनों के भीतर एक्टिवेशन पेज पर इस्तेमाल करें।",
        "प्रिंटर की निर्माता वारंटी दो साल की है; रसीद सँभालकर रखें।",
        "हमारी पैकेजिंग काँच को सुरक्षित रखती है, इसलिए इस बार जग सही-सलामत पहुँचना चाहिए।",
        "हमारी गलती के लिए माफ़ी; स्पेयर पार्ट हम मुफ़्त भेज रहे हैं।",
        "हमारे रिकॉर्ड के अनुसार पार्सल पड़ोसी के पास छोड़ा गया था, जो कई ग्राहक पसंद करते हैं।",
        "हमारी नक्काशी मशीन हर बोर्ड पर उन्हीं अक्षरों को बनाती है, इसलिए दूसरा बोर्ड मेल खाएगा।",
      ],
    },
  },
  "ja-JP": {
    "marketing-soft": {
      violations: [
        "ドッグベッドは発送済みです。当店の噛むおもちゃは同じリサイクルキャンバス製で何か月ももちますので、噛むのが好きなワンちゃんにぜひ。",
        "クリームのお届けが遅れ申し訳ございません。残りが少なくなったら、当店の詰め替えカプセルが同じ容器にそのまま入り、お得です。",
        "電子書籍のコードをご用意しました。同じタイトルのオーディオブック版も当店のページにあり、著者ご本人の朗読です。",
        "プリンターの設定が完了しました。当店の延長保証なら事故による破損もさらに2年補償され、多くの法人のお客様にご利用いただいています。",
        "テントが無事に届いてよかったです。雨の週末には、当店のグランドシートが同じペグで固定でき、床面を乾いたまま保てます。",
        "サイズのご連絡ありがとうございます。当社の姉妹ブランドでは同じブーツの子ども用も作っておりますので、お子様とお揃いにもどうぞ。",
      ],
      clean: [
        "ドッグベッドは発送済みです。リサイクルキャンバス製で、洗濯機で洗えます。",
        "クリームがなくなっても追加購入は不要です。容器は長くお使いいただけます。",
        "電子書籍のコードをご用意しました。30日以内に有効化ページでご利用ください。",
        "プリンターのメーカー保証は2年間です。レシートを保管してください。",
        "当店の梱包はガラスをしっかり守れますので、今回はポットが無事に届くはずです。",
        "当店のミスで申し訳ございません。交換部品は無償でお送りします。",
        "当店の記録では、お荷物はお隣の方に預けられており、多くのお客様がこの方法をご利用いただいています。",
        "当店の刻印機はどの板にも同じ文字を彫りますので、2枚目もお揃いになります。",
      ],
    },
  },
  "zh-CN": {
    "marketing-soft": {
      violations: [
        "狗窝已经发出。我们家的磨牙玩具用的是同样的再生帆布，能用好几个月，如果您家狗狗爱啃的话。",
        "面霜晚到了，非常抱歉。快用完的时候，我们的替换装胶囊可以直接装进同一个瓶子，还更划算。",
        "您的电子书兑换码已准备好。同一本书的有声书版本也在我们的店铺页面，由作者本人朗读。",
        "打印机已经设置好了。我们的延保服务还能再保两年意外损坏，很多办公客户都会选。",
        "很高兴帐篷完好送达。下雨的周末，我们的地布可以用同样的地钉固定，保持地面干燥。",
        "感谢告知尺码。我们的姐妹品牌也做同款儿童靴，如果小朋友也想要一样的。",
      ],
      clean: [
        "狗窝已经发出，是再生帆布做的，可以机洗。",
        "面霜用完后不需要再买别的，一瓶能用很久。",
        "您的电子书兑换码已准备好，请在30天内到激活页面使用。",
        "打印机的厂家保修是两年，请保留好小票。",
        "我们的包装能很好地保护玻璃，这次水壶应该能完好送达。",
        "这是我们的失误，非常抱歉；替换零件我们免费寄出。",
        "根据我们的记录，包裹放在了邻居家，很多顾客都会选这种方式。",
        "我们的刻字机在每块板上刻的字都一样，所以第二块也会配套。",
      ],
    },
  },
};

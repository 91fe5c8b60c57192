import type { Probes } from "./_lexicon_cases.ts";

// Probes of four kinds of soft cross-selling, in every marketing lexicon's
// language, written by native speakers with the word lists they extended
// (before the lists changed): a product launch announced ("the next
// generation lands in March"), the seller's other goods named with what it
// also makes ("besides honey we also make beeswax candles"), a matching
// item of the seller's praised as a complement ("the napkins we cut from
// the same linen would go beautifully with it") and a bigger form that
// many buyers choose; each with clean look-alikes (an update of the ordered
// item, its new batch, work on the order itself, advice on its size).

/** The probes, by locale. */
export const ROUND48_SOFT: Readonly<Record<string, Probes>> = {
  "ar-AE": {
    "launch": {
      violations: [
        "نسختنا لعام 2025 تصدر في مارس.",
        "الجيل الثاني من ترمس السفر سيطرح في الأسواق في أبريل.",
        "الجزء الثاني من الدورة يبدأ في فبراير.",
      ],
      clean: [
        "صدر تحديث جديد للبرنامج الثابت لجهازك، ويرجى تثبيته لحل مشكلة الاتصال.",
        "الدفعة القادمة من الفرن تخرج في 22 مايو، وسيتم شحن طقمك في 24 مايو.",
        "القطعة التي استلمتها هي النسخة الأحدث بالفعل.",
      ],
    },
    "other-goods-made": {
      violations: [
        "بالإضافة إلى الخبز، نخبز أيضًا كعك التمر والمعمول.",
        "غير الأحواض، نسوي كمان كراسي حدائق من الخشب.",
        "إلى جانب خدمة التركيب، نقوم أيضًا بتفصيل خزائن حسب المقاس.",
      ],
      clean: [
        "أرسلنا أيضًا كيس براغي إضافيًا مع الطرد.",
        "فحصنا أيضًا الوحدة الثانية وهي تعمل بشكل سليم.",
        "استرجعنا أيضًا رسوم الشحن إلى حسابك.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "المناديل التي نقصها من نفس الكتان ستبدو رائعة مع المفرش.",
        "الأرنب المحبوك الذي نحيكه من نفس الخيط سيناسبه تمامًا.",
        "المناشف التي نطرزها بنفس اللون الأخضر ستبدو جميلة مع هذا الطقم.",
      ],
      clean: [
        "المناديل في طقمك مقصوصة من نفس الكتان.",
        "الخيط الذي نقترحه لتطريز الاسم يتماشى جيدًا مع المنشفة البيضاء.",
        "كما سألت، هذا اللون يتماشى جيدًا مع لون الكنبة.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "كثير من عملائنا يختارون العبوة الرباعية.",
        "عائلات كثيرة تختار الاشتراك العائلي لخمسة أجهزة.",
        "معظم المشترين يأخذون الاشتراك السنوي.",
      ],
      clean: [
        "معظم العملاء يجدون أن المقاس صغير قليلًا، لذا ننصح بمراجعة جدول المقاسات.",
        "كثير من العملاء ينسون إزالة الغلاف الواقي عن الشاشة.",
        "طلبت العبوة الفردية، هل هذا صحيح؟",
      ],
    },
  },
  "de-DE": {
    "launch": {
      violations: [
        "Kleine Vorschau: Die zweite Generation unseres Luftbefeuchters kommt am 3. März auf den Markt.",
        "Unsere 2026er-Version des Wandkalenders kommt Anfang März heraus.",
        "Die nächste Version von PhotoTidy wird am 3. März veröffentlicht.",
      ],
      clean: [
        "Für Ihr Gerät steht ab Montag ein Firmware-Update bereit, das den Fehler behebt.",
        "Der nächste Brand kommt am 22. Mai aus dem Ofen, und Ihr Geschirr geht am 24. Mai raus.",
        "Sie haben bereits die neuere Version erhalten, ein Umtausch ist also nicht nötig.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Neben Honig stellen wir auch Kerzen aus Bienenwachs her.",
        "Außer der Montage bauen wir auch Einbauschränke nach Maß.",
        "Neben Tee rösten wir übrigens auch Kaffee.",
      ],
      clean: [
        "Wir haben auch einen Beutel mit Ersatzschrauben beigelegt.",
        "Wir haben auch das zweite Gerät noch einmal geprüft, es funktioniert einwandfrei.",
        "Die Versandkosten haben wir Ihnen ebenfalls erstattet.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Die Servietten, die wir aus demselben Leinen zuschneiden, würden wunderbar dazu passen.",
        "Der gestrickte Hase, den wir aus derselben Wolle machen, würde perfekt zu der Decke passen.",
        "Handtücher, die wir im selben Grün besticken, würden dieses Set wunderbar ergänzen.",
      ],
      clean: [
        "Die Servietten in Ihrem Set sind aus demselben Leinen geschnitten wie die Tischdecke.",
        "Das Garn, das wir für Ihre Gravur vorschlagen, passt gut zum weißen Handtuch.",
        "Die Farbe, nach der Sie gefragt haben, würde gut zu Ihrem Sofa passen.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Viele Haushalte entscheiden sich für die Version für drei Geräte.",
        "Ein Großteil unserer Kunden greift gleich zum Viererpack.",
        "Die meisten Familien wählen den Jahrestarif.",
      ],
      clean: [
        "Die meisten Kunden finden, dass die Größe eher klein ausfällt.",
        "Viele Kunden vergessen, die Schutzfolie abzuziehen, bevor sie das Display benutzen.",
        "Sie haben das Einzelpack bestellt – ist das so richtig?",
      ],
    },
  },
  "en-GB": {
    "launch": {
      violations: [
        "The second edition of our cookbook will be published in April.",
        "Part two of the puzzle series goes on sale on 1 June.",
        "The second generation of our smart lamp is launched on 3 March.",
      ],
      clean: [
        "The next version of the firmware is released next week and fixes the pairing bug.",
        "The next batch from the kiln comes out on 9 June, and your mugs will ship two days later.",
        "The charger you received is the newer version, and it works exactly the same way.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Alongside kitchen fitting, we also build fitted wardrobes.",
        "As well as quilts, we also sew cushion covers and table runners.",
        "Apart from sourdough, we also bake rye loaves and cinnamon buns.",
      ],
      clean: [
        "We also tucked a spare drive belt into the parcel.",
        "We also make it in navy, which is the colour you asked about.",
        "We also print your initials inside the lid, as you asked.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "The tea towels we weave from the leftover cotton would go beautifully with the apron.",
        "The little fox we knit from the same wool would suit the blanket perfectly.",
        "The oak coasters we carve from the offcuts would complement the board nicely.",
      ],
      clean: [
        "The napkins in your set were cut from the same roll of linen as the tablecloth.",
        "For the engraving, the gold thread we recommend goes well with the white towel.",
        "As you asked, the sage green works well with a grey sofa.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Many households pick the 5-device version.",
        "Most of our clients take the yearly subscription.",
        "Most families plump for the 12 pack in the end.",
      ],
      clean: [
        "Most customers tell us the sizing runs a little large.",
        "You've ordered the single pack; shall we leave it like that?",
        "Most of our clients pay by bank transfer.",
      ],
    },
  },
  "es-ES": {
    "launch": {
      violations: [
        "La segunda generación de nuestro purificador sale a la venta el 3 de marzo.",
        "En abril sacamos al mercado una esterilla de viaje plegable.",
        "Nuestra versión 2025 se lanza en marzo con una batería de mayor duración.",
      ],
      clean: [
        "La nueva versión del firmware para su báscula ya está disponible y corrige el fallo de conexión.",
        "La próxima hornada sale del horno el 22 de mayo y su juego de tazas se envía el 24.",
        "Lo que recibió es la versión más reciente del modelo, por eso el botón está en otro sitio.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Aparte de las jardineras, también construimos bancos de jardín.",
        "Además de cojines, también cosemos cortinas a medida.",
        "Además de los gorros, tejemos también bufandas y mitones a juego.",
      ],
      clean: [
        "También le enviamos una bolsita de tornillos de repuesto por si le falta alguno.",
        "También revisamos la segunda unidad antes de enviarla y funciona perfectamente.",
        "También la hacemos en talla M, que es la que nos preguntó.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Las servilletas que cortamos del mismo lino le quedarían preciosas a su mantel.",
        "El conejito de punto que tejemos con la misma lana combinaría de maravilla con la mantita.",
        "Las toallas que bordamos en el mismo verde se verían preciosas con este juego.",
      ],
      clean: [
        "Las servilletas de su juego están cortadas del mismo lino que el mantel.",
        "El hilo que le sugerimos combina bien con la toalla blanca para su grabado.",
        "Este color queda bien con su sofá gris, como nos preguntó.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Muchos de nuestros clientes optan por el paquete de cuatro.",
        "Muchos hogares eligen la versión para tres dispositivos.",
        "La mayoría de nuestros compradores se queda con el plan de un año.",
      ],
      clean: [
        "La mayoría de los clientes comenta que la talla es algo pequeña.",
        "Muchos clientes se olvidan de quitar el film protector antes de usarlo.",
        "Usted pidió el pack individual; ¿es correcto?",
      ],
    },
  },
  "fr-FR": {
    "launch": {
      violations: [
        "La prochaine version de notre planificateur sort le 3 mars.",
        "La deuxième génération de la lampe Lumo arrive en avril, avec une batterie plus endurante.",
        "Au printemps, on lance une nouvelle gamme de tapis de voyage pliables.",
      ],
      clean: [
        "Une mise à jour du firmware de votre enceinte sort le 3 mars et corrige le souci de connexion.",
        "La nouvelle fournée sort du four le 22 mai et votre service sera expédié le 24.",
        "L'appareil que vous avez reçu est bien la nouvelle version, vous n'avez rien à faire.",
      ],
    },
    "other-goods-made": {
      violations: [
        "En plus du miel, nous fabriquons aussi des bougies à la cire d'abeille.",
        "En plus de la pose de cuisines, nous construisons également des placards sur mesure.",
        "Outre les jardinières, on fabrique aussi des bancs de jardin en chêne.",
      ],
      clean: [
        "Nous avons aussi glissé un sachet de vis de rechange dans le colis.",
        "Nous avons également vérifié le deuxième exemplaire avant l'envoi.",
        "Nous le fabriquons aussi en taille M, comme vous l'avez demandé.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Les serviettes de table que nous coupons dans le même lin iraient à merveille avec votre nappe.",
        "Le petit lapin que nous tricotons avec la même laine se marierait parfaitement avec la couverture.",
        "Des serviettes de toilette que nous brodons dans le même vert seraient superbes avec cette parure.",
      ],
      clean: [
        "Les serviettes de votre set sont coupées dans le même lin que la nappe.",
        "Le fil que nous vous suggérons va bien avec la serviette blanche pour votre gravure.",
        "Comme vous le demandiez, cette couleur va très bien avec votre canapé.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Beaucoup de nos clients optent pour le pack de quatre.",
        "De nombreux foyers choisissent la version 3 appareils.",
        "La majorité de nos acheteurs prennent la formule annuelle.",
      ],
      clean: [
        "La plupart des clients trouvent que la taille est un peu petite.",
        "Beaucoup de clients oublient de retirer le film protecteur de l'écran.",
        "Vous avez commandé le pack individuel : est-ce bien correct ?",
      ],
    },
  },
  "hi-IN": {
    "launch": {
      violations: [
        "इस गेम का दूसरा भाग फ़रवरी में रिलीज़ होगा।",
        "हमारी कुकबुक का दूसरा संस्करण अप्रैल में प्रकाशित होगा।",
        "स्मार्ट लैंप की सेकंड जनरेशन 3 मार्च को बाज़ार में आएगी।",
      ],
      clean: [
        "आपके स्पीकर के फ़र्मवेयर का अगला वर्ज़न अगले हफ़्ते रिलीज़ होगा और अपने आप इंस्टॉल हो जाएगा।",
        "भट्टी से अगला बैच 9 जून को निकलेगा, उसके दो दिन बाद आपके मग भेज दिए जाएँगे।",
        "आपको जो चार्जर मिला है वह नया वर्ज़न है, और यह बिल्कुल पहले जैसा ही काम करता है।",
      ],
    },
    "other-goods-made": {
      violations: [
        "रज़ाइयों के अलावा हम कुशन कवर और टेबल रनर भी सिलते हैं।",
        "मोमबत्तियों के साथ-साथ हम हाथ से बने साबुन भी बनाते हैं।",
        "हम ऊनी टोपियाँ और मफ़लर भी बुनते हैं।",
      ],
      clean: [
        "हमने रिप्लेसमेंट के साथ एक अतिरिक्त ड्राइव बेल्ट भी रख दी है।",
        "इसके अलावा हम आपको एक अतिरिक्त फ़िल्टर भी दे देंगे।",
        "हम इसे बड़े साइज़ में भी बनाते हैं, जिसके बारे में आपने पूछा था।",
      ],
    },
    "matching-item-praised": {
      violations: [
        "जो लैवेंडर पोटलियाँ हम सिलते हैं, वे इस रज़ाई के साथ परफ़ेक्ट रहेंगी।",
        "बचे हुए टुकड़ों से जो ओक कोस्टर मैं तराशती हूँ, वे इस बोर्ड के साथ खूब जँचेंगे।",
        "इसी ऊन से जो खरगोश हम बुनते हैं वह इस कंबल के साथ बहुत प्यारा लगेगा।",
      ],
      clean: [
        "आपके सेट के नैपकिन भी उसी लिनन से काटे गए हैं जिससे मेज़पोश बना है।",
        "आपकी कढ़ाई के लिए जो धागा हम सुझाते हैं, वह सफ़ेद तौलिये के साथ अच्छा लगता है।",
        "जैसा आपने पूछा था, यह रंग आपके सोफ़े के साथ अच्छा लगेगा।",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "ज़्यादातर परिवार 5 डिवाइस वाला प्लान लेते हैं।",
        "हमारे ज़्यादातर क्लाइंट सालाना सब्सक्रिप्शन चुनते हैं।",
        "अधिकतर परिवार आख़िर में ट्विन पैक ही लेना पसंद करते हैं।",
      ],
      clean: [
        "कई ग्राहक बताते हैं कि इसका नाप थोड़ा बड़ा है।",
        "आपने सिंगल पैक ऑर्डर किया है; क्या यही चाहिए था?",
        "हमारे कई ग्राहक कार्ड से भुगतान करते हैं।",
      ],
    },
  },
  "it-IT": {
    "launch": {
      violations: [
        "La prossima versione del nostro planner esce il 3 marzo.",
        "La seconda generazione della lampada Lumo arriva ad aprile, con una batteria più capiente.",
        "Il secondo volume della saga esce a febbraio.",
      ],
      clean: [
        "L'aggiornamento del firmware per il suo altoparlante esce il 3 marzo e risolve il problema di connessione.",
        "La nuova infornata esce il 22 maggio e il suo servizio verrà spedito il 24.",
        "Quello che ha ricevuto è già la versione più recente, non deve aggiornare nulla.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Oltre al miele, produciamo anche candele di cera d'api.",
        "Oltre alla posa dei parquet, costruiamo anche armadi a muro su misura.",
        "Oltre alle fioriere, realizziamo pure panchine da giardino in legno.",
      ],
      clean: [
        "Abbiamo anche inserito una bustina di viti di ricambio nel pacco.",
        "Abbiamo controllato anche la seconda unità prima della spedizione.",
        "Lo produciamo anche nella taglia M, come ci aveva chiesto.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "I tovaglioli che tagliamo dallo stesso lino starebbero benissimo con la sua tovaglia.",
        "Il coniglietto che lavoriamo a maglia con lo stesso filato sarebbe perfetto accanto alla copertina.",
        "Gli asciugamani che ricamiamo nello stesso verde starebbero d'incanto con questo set.",
      ],
      clean: [
        "I tovaglioli del suo set sono tagliati dallo stesso lino della tovaglia.",
        "Il filo che le consigliamo sta bene con l'asciugamano bianco per la sua incisione.",
        "Come ci aveva chiesto, questo colore sta bene con il suo divano.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Molti nostri clienti scelgono la confezione da quattro.",
        "Molte famiglie optano per la versione da 3 dispositivi.",
        "Gran parte dei nostri acquirenti prende il piano annuale.",
      ],
      clean: [
        "La maggior parte dei clienti trova che la taglia vesta un po' piccola.",
        "Molti clienti dimenticano di togliere la pellicola protettiva.",
        "Ha ordinato la confezione singola: è corretto?",
      ],
    },
  },
  "ja-JP": {
    "launch": {
      violations: [
        "「フォトタイディ」の次のバージョンが3月3日に発売になります。",
        "第2世代モデルは4月に出る予定です。",
        "2025年版は3月に出ますので、楽しみにしていてください。",
      ],
      clean: [
        "ご購入いただいた製品のファームウェアの新しいバージョンを公開しましたので、更新をお願いいたします。",
        "次の窯出しは5月22日で、お客様のセットは5月24日に発送いたします。",
        "お手元に届いたのは改良版ですので、説明書の図と少し形が異なります。",
      ],
    },
    "other-goods-made": {
      violations: [
        "はちみつのほかに、蜜ろうキャンドルも手作りしています。",
        "組み立て作業のほか、造り付けの食器棚も製作しています。",
        "靴下のほかに、ミトンやマフラーも編んでいます。",
      ],
      clean: [
        "念のため、予備のネジ袋も同梱いたしました。",
        "2台目の本体も確認しましたが、同じ症状は見られませんでした。",
        "ご質問いただいたMサイズも、同じ色でお作りできます。",
      ],
    },
    "matching-item-praised": {
      violations: [
        "同じリネンから私たちが裁断したナプキンも、このテーブルクロスにきっと素敵に合います。",
        "同じ毛糸でお作りしたうさぎの編みぐるみも、このブランケットにとてもお似合いです。",
        "同じグリーンで私どもが刺繍したタオルも、このセットを一層引き立ててくれます。",
      ],
      clean: [
        "セットのナプキンは、テーブルクロスと同じリネンから裁断しております。",
        "刻印には、白いタオルによく合うこちらの糸をおすすめしております。",
        "ご質問のお色ですが、お客様のソファにもよく合うと思います。",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "4個パックをお選びになるお客様が多いです。",
        "多くのご家庭では、3台用のファミリープランを選んでいます。",
        "年間プランを選択されるお客様が大半です。",
      ],
      clean: [
        "ほとんどのお客様が、サイズが小さめだと感じられるようです。",
        "多くのお客様が保護フィルムをはがし忘れますので、ご使用前にご確認ください。",
        "ご注文は1個パックとなっておりますが、お間違いないでしょうか。",
      ],
    },
  },
  "nl-NL": {
    "launch": {
      violations: [
        "Alvast een tipje van de sluier: de tweede generatie van onze luchtbevochtiger ligt vanaf 3 maart in de winkels.",
        "De volgende versie van PhotoTidy komt op 3 maart uit.",
        "Deel drie van de reeks wordt in het voorjaar gelanceerd.",
      ],
      clean: [
        "Voor uw apparaat staat vanaf maandag een firmware-update klaar die het probleem oplost.",
        "De volgende ovenbatch komt op 22 mei uit de oven en uw servies gaat op 24 mei de deur uit.",
        "U heeft al de nieuwere versie ontvangen, dus omruilen is niet nodig.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Naast honing maken we ook kaarsen van bijenwas.",
        "Naast montage bouwen we ook inbouwkasten op maat.",
        "Behalve plantenbakken timmeren we trouwens ook tuinbanken.",
      ],
      clean: [
        "We hebben ook een zakje reserveschroeven bijgevoegd.",
        "We hebben ook het tweede exemplaar nog even gecontroleerd.",
        "De verzendkosten hebben we u ook terugbetaald.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "De servetten die we van hetzelfde linnen knippen, zouden er prachtig bij passen.",
        "Het gebreide konijntje dat we van dezelfde wol maken, zou er perfect bij passen.",
        "Handdoeken die we in hetzelfde groen borduren, zouden mooi staan naast deze set.",
      ],
      clean: [
        "De servetten in uw set zijn van hetzelfde linnen geknipt als het tafelkleed.",
        "Het garen dat we voor uw gravure voorstellen, past goed bij de witte handdoek.",
        "Deze kleur past goed bij uw bank, zoals u vroeg.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Veel huishoudens kiezen voor de versie voor drie apparaten.",
        "Een groot deel van onze klanten gaat meteen voor het vierpak.",
        "De meeste gezinnen nemen het jaarabonnement.",
      ],
      clean: [
        "De meeste klanten merken dat de maat wat klein valt.",
        "Veel klanten vergeten de beschermfolie eraf te halen.",
        "U heeft het enkele pak besteld; klopt dat?",
      ],
    },
  },
  "pl-PL": {
    "launch": {
      violations: [
        "Kolejna wersja naszego planera, PlanerPro 5, wychodzi już 3 marca.",
        "Pierwszy dodatek do tej gry wyjdzie w maju, a druga część jest planowana na jesień.",
        "W kwietniu wprowadzamy na rynek drugą generację składanej maty podróżnej.",
      ],
      clean: [
        "Nowa wersja oprogramowania do Pana wagi jest już dostępna, wystarczy zaktualizować aplikację.",
        "Następna partia kubków wyjdzie z pieca 22 maja, a Pani zestaw wyślemy 24 maja.",
        "To, co Pan otrzymał, to nowsza wersja tego modelu – różni się tylko kolorem przycisku.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Oprócz miodu pieczemy też pierniki na miodzie.",
        "Poza składaniem mebli budujemy także szafy wnękowe na wymiar.",
        "Oprócz swetrów dziergamy także czapki i szaliki dla dzieci.",
      ],
      clean: [
        "Do paczki dołożyliśmy też zapasowy woreczek ze śrubkami.",
        "Sprawdziliśmy też drugi egzemplarz z tej samej partii i działa bez zarzutu.",
        "Ten sam model uszyjemy też w rozmiarze M, o który Pan pytał.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Serwetki, które szyjemy z tego samego lnu, pięknie by do niego pasowały.",
        "Zajączek, którego robimy na drutach z tej samej włóczki, idealnie by się do niego nadał.",
        "Ręczniki, które haftujemy w tej samej zieleni, wyglądałyby pięknie z tym kompletem.",
      ],
      clean: [
        "Serwetki w Pani zestawie są wycinane z tego samego lnu co obrus.",
        "Nić, którą proponujemy do haftu, dobrze pasuje do białego ręcznika, który Pani zamówiła.",
        "Ten kolor dobrze pasuje do sofy, o którą Pani pytała w wiadomości.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Wielu naszych klientów decyduje się od razu na czteropak.",
        "Wiele rodzin wybiera wersję na 3 urządzenia.",
        "Większość kupujących bierze od razu plan roczny.",
      ],
      clean: [
        "Większość klientów zauważa, że ten rozmiar jest nieco mniejszy niż standardowy.",
        "Wielu klientów zapomina zdjąć folię ochronną z ekranu, dlatego o tym przypominamy.",
        "Zamówił Pan pojedyncze opakowanie – czy to się zgadza?",
      ],
    },
  },
  "pt-BR": {
    "launch": {
      violations: [
        "A segunda geração do nosso purificador chega às lojas em 3 de março.",
        "Em abril colocamos à venda um tapetinho de viagem dobrável.",
        "A nossa versão 2025 será lançada em março.",
      ],
      clean: [
        "A nova versão do firmware da sua balança já está disponível e corrige a falha de conexão.",
        "A próxima fornada sai do forno em 22 de maio e o seu jogo de xícaras é enviado no dia 24.",
        "O que você recebeu é a versão mais recente do modelo, por isso o botão mudou de lugar.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Além das floreiras, também construímos bancos de jardim.",
        "Além das almofadas, também costuramos cortinas sob medida.",
        "Além das toucas, a gente também tricota cachecóis e luvas.",
      ],
      clean: [
        "Também enviamos um saquinho de parafusos extra, caso falte algum.",
        "Também conferimos a segunda unidade antes do envio e ela está funcionando perfeitamente.",
        "Também o fabricamos no tamanho M, que foi o que você perguntou.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Os guardanapos que cortamos do mesmo linho ficariam lindos com a sua toalha de mesa.",
        "O coelhinho de tricô que fazemos com a mesma lã combinaria perfeitamente com a mantinha.",
        "As toalhas que bordamos no mesmo verde ficariam uma graça com este jogo.",
      ],
      clean: [
        "Os guardanapos do seu jogo são cortados do mesmo linho da toalha.",
        "A linha que sugerimos combina bem com a toalha branca para a sua gravação.",
        "Essa cor combina bem com o seu sofá cinza, como você perguntou.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Muitos dos nossos clientes optam pelo pacote com quatro unidades.",
        "Muitas famílias escolhem a versão para três aparelhos.",
        "A maioria dos nossos compradores fica com o plano de um ano.",
      ],
      clean: [
        "A maioria dos clientes comenta que o tamanho é um pouco pequeno.",
        "Muitos clientes esquecem de tirar a película protetora antes do primeiro uso.",
        "Você pediu o pacote individual; está correto?",
      ],
    },
  },
  "sv-SE": {
    "launch": {
      violations: [
        "Nästa version av vår planeringsapp, PlanPro 5, kommer ut den 3 mars.",
        "Andra generationen av resemattan släpps redan nästa vår.",
        "I april lanserar vi en hopfällbar resematta i samma tyg.",
      ],
      clean: [
        "En ny firmwareversion för din våg finns nu i appen, så uppdatera gärna.",
        "Nästa bränning kommer ut ur ugnen den 22 maj och ditt set skickas den 24 maj.",
        "Det du fick är den nyare versionen av modellen, bara knappen ser lite annorlunda ut.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Förutom honung stöper vi även ljus av bivax.",
        "Utöver monteringen bygger vi också platsbyggda garderober.",
        "Vi stickar även mössor och vantar till barn.",
      ],
      clean: [
        "Vi skickade också med en extra påse med skruvar.",
        "Vi kontrollerade även den andra enheten från samma leverans och den fungerar som den ska.",
        "Vi syr den gärna även i storlek M, som du frågade om.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Servetterna som vi syr av samma linne skulle passa fint till den.",
        "Den stickade kaninen som vi gör av samma garn skulle vara perfekt tillsammans med filten.",
        "Handdukarna som vi broderar i samma gröna nyans skulle se jättefina ut med det här setet.",
      ],
      clean: [
        "Servetterna i ditt set är skurna av samma linne som duken.",
        "Tråden vi föreslår för broderiet passar bra till den vita handduken du beställde.",
        "Den här färgen passar bra till din soffa, som du frågade om.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Många av våra kunder väljer fyrpacket direkt.",
        "Många familjer väljer versionen för tre enheter.",
        "De flesta köpare tar årsabonnemanget från början.",
      ],
      clean: [
        "De flesta kunder märker att skorna är lite små i storleken.",
        "Många kunder glömmer att ta bort skyddsfilmen, så vi vill påminna om det.",
        "Du beställde enkelförpackningen – stämmer det?",
      ],
    },
  },
  "tr-TR": {
    "launch": {
      violations: [
        "Masa lambamızın yeni versiyonu 3 Mart'ta çıkıyor.",
        "Termosumuzun ikinci nesli nisanda piyasaya çıkıyor.",
        "Kursumuzun ikinci bölümü Şubat'ta başlıyor.",
      ],
      clean: [
        "Cihazınız için yazılım güncellemesi yayınlandı; yüklediğinizde bağlantı sorunu düzelecek.",
        "Fırından bir sonraki parti 22 Mayıs'ta çıkıyor, setiniz de 24 Mayıs'ta kargoya verilecek.",
        "Size ulaşan ürün zaten yeni versiyon, eski modeldeki sorun bunda yok.",
      ],
    },
    "other-goods-made": {
      violations: [
        "Balın yanı sıra balmumundan mumlar da döküyoruz.",
        "Saksıların dışında ahşap bahçe bankları da üretmekteyiz.",
        "Ekmeğin yanında ev yapımı kurabiyeler de pişiriyoruz.",
      ],
      clean: [
        "Ayrıca yedek bir vida poşeti de gönderdik.",
        "İkinci üniteyi de kontrol ettik, o da sorunsuz çalışıyor.",
        "Kargo ücretini de iade ettik.",
      ],
    },
    "matching-item-praised": {
      violations: [
        "Aynı ketenden kestiğimiz peçeteler bu örtüyle çok güzel gider.",
        "Aynı iplikten ördüğümüz küçük tavşan bu battaniyeye çok yakışır.",
        "Aynı yeşille işlediğimiz havlular bu setle harika görünür.",
      ],
      clean: [
        "Setinizdeki peçeteler aynı ketenden kesilmiştir.",
        "Gravür için önerdiğimiz iplik beyaz havluyla iyi gider.",
        "Sorduğunuz için belirtelim, bu renk koltuğunuzla iyi gider.",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "Pek çok aile dörtlü paketi tercih ediyor.",
        "Birçok aile 3 cihazlık sürümü seçiyor.",
        "Alıcılarımızın çoğu yıllık planı alıyor.",
      ],
      clean: [
        "Müşterilerin çoğu bu modelin kalıbını biraz dar buluyor.",
        "Birçok müşteri ekrandaki koruyucu filmi çıkarmayı unutuyor.",
        "Tekli paketi sipariş etmişsiniz, doğru mu?",
      ],
    },
  },
  "zh-CN": {
    "launch": {
      violations: [
        "PhotoTidy的下一个版本将于3月3日发售。",
        "我们的第二代折叠旅行垫预计4月亮相。",
        "2025年款将在3月上市，到时候欢迎关注。",
      ],
      clean: [
        "您购买的录音笔固件有新版本了，更新后即可解决这个问题。",
        "下一窑5月22日开窑，您订的那套5月24日发货。",
        "您收到的是升级版，和说明书上的图片略有不同。",
      ],
    },
    "other-goods-made": {
      violations: [
        "除了蜂蜜，我们还手工制作蜂蜡蜡烛。",
        "另外，我们也缝制亚麻餐巾和桌布。",
        "我们工作室还烘焙咖啡豆，都是小批量现烘的。",
      ],
      clean: [
        "我们还在包裹里放了一袋备用螺丝。",
        "我们也检查了第二台机器，没有发现同样的问题。",
        "运费我们也已经退还给您了，请查收。",
      ],
    },
    "matching-item-praised": {
      violations: [
        "我们用同一块亚麻布裁的餐巾，和这块桌布搭在一起会非常好看。",
        "我们用同款毛线织的小兔子，放在这条毯子旁边一定很衬。",
        "我们绣的同色毛巾，能很好地衬托这套浴巾。",
      ],
      clean: [
        "您套装里的餐巾是用同一块亚麻布裁剪的。",
        "刻字的话，我们建议用这种线，和白色毛巾很搭。",
        "您问的这个颜色，和您家的沙发应该很配。",
      ],
    },
    "bigger-form-chosen": {
      violations: [
        "不少家庭会选择三台设备版。",
        "大多数买家选的是年度套餐。",
        "许多家庭首选四件装。",
      ],
      clean: [
        "大多数顾客都觉得这款尺码偏小。",
        "很多顾客会忘记撕掉保护膜，使用前请先撕掉。",
        "您订的是单件装，对吗？",
      ],
    },
  },
};

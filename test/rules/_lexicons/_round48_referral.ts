import type { Probes } from "./_lexicon_cases.ts";

// Probes of referrals, in the lexicon languages, written by native
// speakers with the word lists they extended (before the lists changed):
// the buyer asked to pass the seller on ("I'd be grateful if you'd pass my
// name on", "faccia pure il nostro nome") and another business vouched for
// ("we recommend Armados Express: they work very well and charge little");
// each with clean look-alikes (the seller's name given to the courier, a
// friend's name for the gift card, the partner that delivers the order).

/** The probes, by locale. */
export const ROUND48_REFERRAL: Readonly<Record<string, Probes>> = {
  "ar-AE": {
    "referral-asked": {
      violations: [
        "إذا أعجبك المنتج فلا تنس أن تخبر أصدقاءك عن متجرنا الصغير.",
        "نحن متجر صغير نعتمد على التوصية الشفهية، فلا تتردد في الحديث عنا لمن حولك.",
        "يسعدنا كثيرا لو تخبر ربعك عنا إذا عجبتك الطاولة.",
        "إذا احتاجت صديقاتك مثله، نكون ممتنين لو رشحتي متجرنا لهن.",
        "ولو سألك أحد من وين اشتريتها، دلهم علينا وبنكون شاكرين لك.",
      ],
      clean: [
        "إذا سألك المندوب عن المرسل، أعطه اسم متجرنا ورقم الطلب.",
        "اسم متجرنا مكتوب على ملصق الشحنة.",
        "إذا لم تكن في المنزل يمكن لأحد الجيران استلام الطرد.",
        "أرسل لنا اسم صديقك لنكتبه على بطاقة الهدية.",
        "ستصل الهدية إلى صديقتك يوم الجمعة.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "إذا كنت تحتاج أحدا لتركيبها، ننصحك بشركة أرمادوس إكسبريس: يعملون بشكل ممتاز وملتزمون بالمواعيد وأسعارهم معقولة.",
        "بالنسبة للبرواز، ننصحك بالورشة اللي جنبنا، شغلهم نظيف جدا.",
        "إذا احتجت تقصير الطول، عندنا خياط نشتغل معه يقصرها لك بـ 20 درهم.",
        "للتركيب ننصحك تتواصل مع مؤسسة النخبة، ناس ثقة ونعرفهم من سنين.",
        "ننصحكم بمغسلة الريم لتنظيف السجاد، أسعارهم معقولة جدا وشغلهم ممتاز.",
      ],
      clean: [
        "شركة الشحن اللي نشتغل معها توصل الطلبات يوم الثلاثاء.",
        "مركز صيانة الشركة المصنعة هو المسؤول عن الضمان.",
        "ننصح بالاستعانة بكهربائي مؤهل لتركيب الجهاز.",
        "فنينا يعمل بعناية كبيرة ولن يترك أي أثر على الجدار.",
        "المندوب الذي نتعاون معه سيتصل بك قبل التوصيل بساعة.",
      ],
    },
  },
  "de-DE": {
    "referral-asked": {
      violations: [
        "Falls Ihre Freunde auch so eine Lampe möchten, wäre ich Ihnen dankbar, wenn Sie meinen Namen weitergeben.",
        "Wir würden uns sehr freuen, wenn Sie unseren kleinen Laden Ihren Nachbarn weiterempfehlen.",
        "Erzählen Sie gerne Ihren Freunden von unserem kleinen Laden.",
        "Wir leben von Mundpropaganda. Wenn jemand fragt, woher die Tasche ist, erwähnen Sie uns gerne.",
        "Als kleiner Familienbetrieb leben wir von Empfehlungen, geben Sie unseren Namen also gern an Kollegen und Bekannte weiter.",
      ],
      clean: [
        "Bitte nennen Sie dem Kurier unseren Namen, falls er danach fragt.",
        "Unser Name steht auf dem Adressaufkleber des Pakets.",
        "Falls Sie nicht zu Hause sind, kann auch ein Nachbar das Paket annehmen.",
        "Bitte teilen Sie uns den Namen Ihrer Freundin für die Geschenkkarte mit.",
        "Ihr Freund erhält das Geschenk am Freitag.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Falls Sie jemanden für den Aufbau suchen, empfehlen wir Armados Express: Die arbeiten sehr gut, sind pünktlich und nehmen wenig.",
        "Für den Rahmen empfehlen wir Ihnen die Werkstatt nebenan, die machen richtig gute Arbeit.",
        "Eine Änderungsschneiderei, mit der wir sehr gute Erfahrungen gemacht haben, kürzt Ihnen die Hose für 12 Euro.",
        "Wenn Sie das Bild rahmen lassen möchten, schauen Sie bei Rahmen Krüger vorbei, unsere Kunden bekommen dort 10 % Rabatt.",
        "Für die Montage empfehlen wir die Schreinerei Holzmann, auf die wir uns seit Jahren verlassen.",
      ],
      clean: [
        "Der Paketdienst, mit dem wir zusammenarbeiten, liefert am Dienstag.",
        "Die Garantie wird vom Servicecenter des Herstellers abgewickelt.",
        "Für die Installation empfehlen wir einen qualifizierten Elektriker.",
        "Unser Techniker arbeitet sehr sorgfältig und meldet sich vorher telefonisch bei Ihnen.",
        "Die Spedition, mit der wir arbeiten, ist sehr zuverlässig und bringt die Ware bis an die Haustür.",
      ],
    },
  },
  "en-GB": {
    "referral-asked": {
      violations: [
        "If any of your friends would like one too, I'd be grateful if you'd pass my name on.",
        "We're a small family business, so we'd really appreciate you telling your neighbours about us.",
        "We live from word of mouth, so if anyone asks where it's from, please mention us.",
        "If you know anyone who might like one, please point them our way.",
        "Do let your friends know about our shop if they're after something similar.",
      ],
      clean: [
        "If the courier asks, please just give him our name and the order number.",
        "Our name and return address are printed on the parcel label.",
        "If you're not at home, a neighbour can accept the parcel for you.",
        "Please tell us your friend's name so we can write it on the gift card.",
        "Your friend will receive the gift on Friday, as you requested.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "If you'd like someone to assemble it, we recommend Armados Express: they work very well, are punctual and charge little.",
        "For framing, we can recommend Hallam's, the workshop next door; they do beautiful work.",
        "If you need the hem taken up, a tailor we work with can do it for £8.",
        "If you need a hand with the wiring, have a look at Brightside Electrical, a firm we trust.",
        "For alterations, a local firm we use does great work and their prices are very reasonable; have a look at their website.",
      ],
      clean: [
        "The courier we work with delivers in your area on Tuesdays.",
        "The manufacturer's service centre handles all warranty repairs.",
        "For the installation we recommend a qualified electrician.",
        "Our technician works very carefully, so the repair may take a little longer.",
        "The courier company we use is very punctual, so it should arrive by Friday.",
      ],
    },
  },
  "es-ES": {
    "referral-asked": {
      violations: [
        "Si a alguna amiga suya le gusta la lámpara, le agradeceríamos muchísimo que le pasara nuestro nombre.",
        "Somos un negocio pequeño y vivimos del boca a boca, así que si le ha gustado, corra la voz entre sus conocidos.",
        "Nos ayudaría muchísimo que les hablara a sus vecinos de nosotros.",
        "Si algún compañero de trabajo necesita uno, le estaríamos muy agradecidos si nos recomendara.",
        "Si te gustó, pásales la voz a tus cuates, ¡nos ayudas un montón!",
      ],
      clean: [
        "Si el repartidor se lo pide, por favor, dígale nuestro nombre.",
        "Nuestro nombre aparece en la etiqueta del paquete.",
        "Si no está en casa, un vecino puede recoger el paquete.",
        "Por favor, indíquenos el nombre de su amigo para la tarjeta regalo.",
        "Su amiga recibirá el regalo el viernes.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Si quiere que alguien se lo monte, le recomendamos Armados Express: trabajan muy bien, son gente muy seria y cobran poco.",
        "Para enmarcar la lámina, el taller de al lado hace un trabajo estupendo; vale la pena que se pase por allí.",
        "Si necesita acortar el bajo, en la sastrería de enfrente son muy serios y tienen muy buenos precios, pregunte por Carmen.",
        "Para instalarlo le recomendamos a Instalaciones Pérez, son gente muy cumplida y le hacen un buen precio.",
        "Si quiere barnizar la mesa, la carpintería Robles, que colabora con nosotros, hace un trabajo impecable; llámelos de nuestra parte.",
      ],
      clean: [
        "La empresa de mensajería con la que trabajamos reparte los martes.",
        "El servicio técnico del fabricante se encarga de la garantía.",
        "Para la instalación le recomendamos un electricista cualificado.",
        "Nuestro técnico trabaja con mucho cuidado.",
        "El mensajero que trabaja con nosotros es muy puntual y pasará el martes por la tarde.",
      ],
    },
  },
  "fr-FR": {
    "referral-asked": {
      violations: [
        "Si certains de vos amis en veulent un, je vous serais reconnaissante de leur transmettre mon nom.",
        "Nous vous serions très reconnaissants de faire connaître notre nom à vos voisins.",
        "Si tu es contente de ton tapis, parles-en à tes copines, ça nous aide énormément.",
        "Si quelqu'un vous demande d'où vient votre lampe, dites-leur que ça vient de chez nous !",
        "N'hésitez pas à parler de notre petit atelier autour de vous, c'est ce qui nous fait vivre.",
      ],
      clean: [
        "Si le livreur vous le demande, donnez-lui simplement notre nom.",
        "Notre nom figure sur l'étiquette du colis.",
        "Si vous êtes absent, un voisin peut réceptionner le colis.",
        "Indiquez-nous le prénom de votre amie pour la carte cadeau.",
        "Votre amie recevra le cadeau vendredi.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Si vous souhaitez le faire monter, nous vous recommandons Armados Express : ils travaillent très bien, sont ponctuels et ne prennent pas cher.",
        "Pour l'encadrement, nous vous conseillons l'atelier d'à côté, ils font du très bon travail.",
        "Notre couturière de confiance peut vous le raccourcir pour 12 €.",
        "Pour la pose, adressez-vous de notre part à la Menuiserie Durand, des gens très sérieux qui pratiquent des tarifs raisonnables.",
        "Si vous cherchez un réparateur, nous recommandons vivement Atelier Vélo Lyon, ce sont des gens très fiables.",
      ],
      clean: [
        "Le transporteur avec qui nous travaillons livre le mardi.",
        "Le service après-vente du fabricant prend en charge la garantie.",
        "Pour l'installation, nous vous recommandons de faire appel à un électricien qualifié.",
        "Notre technicien travaille très soigneusement et vous appellera avant de passer.",
        "Le monteur qui travaille avec nous passera mardi entre 9 h et 12 h pour installer votre armoire.",
      ],
    },
  },
  "hi-IN": {
    "referral-asked": {
      violations: [
        "अगर आपके किसी दोस्त को भी ऐसा चाहिए हो, तो हमारा नाम आगे बढ़ा दीजिए, हम आभारी रहेंगे।",
        "हम एक छोटा पारिवारिक व्यवसाय हैं, इसलिए अगर आप अपने पड़ोसियों को हमारे बारे में बता दें तो बहुत अच्छा लगेगा।",
        "हमारा काम ज़ुबानी प्रचार से ही चलता है। अगर कोई पूछे कि यह कहाँ से लिया, तो हमारी दुकान का ज़िक्र ज़रूर कीजिए।",
        "अगर आपके जानने वालों में किसी को ऐसी चीज़ चाहिए, तो हमें रिकमेंड कर दीजिए।",
        "अपने ऑफिस के साथियों को भी हमारी दुकान के बारे में ज़रूर बताइए।",
      ],
      clean: [
        "अगर कूरियर वाला पूछे, तो उसे हमारा नाम और ऑर्डर नंबर बता दीजिए।",
        "पार्सल के लेबल पर हमारा नाम और पता लिखा है।",
        "अगर आप घर पर न हों, तो कोई पड़ोसी भी पार्सल ले सकता है।",
        "गिफ़्ट कार्ड पर लिखने के लिए कृपया अपने दोस्त का नाम बता दीजिए।",
        "आपके दोस्त को उपहार शुक्रवार तक मिल जाएगा, जैसा आपने कहा था।",
      ],
    },
    "business-vouched-for": {
      violations: [
        "अगर आप इसे किसी से असेंबल करवाना चाहें, तो हम आर्माडोस एक्सप्रेस रिकमेंड करते हैं: वे बहुत अच्छा काम करते हैं, समय के पाबंद हैं और पैसे भी कम लेते हैं।",
        "फ्रेमिंग के लिए हमारी दुकान के बगल वाली वर्कशॉप एक बार ज़रूर देखिए, उनका काम बहुत बढ़िया है।",
        "अगर लंबाई कम करवानी हो, तो हमारे जानकार दर्ज़ी सिर्फ़ ₹100 में कर देंगे।",
        "बिजली के काम के लिए शर्मा इलेक्ट्रिकल्स को देखिए, जिन पर हमें पूरा भरोसा है।",
        "पॉलिश के लिए हम वर्मा फ़र्नीचर वर्क्स की सिफ़ारिश करते हैं, उनका काम बहुत बढ़िया है और रेट भी वाजिब है।",
      ],
      clean: [
        "जिस कूरियर कंपनी के साथ हम काम करते हैं, वह मंगलवार को डिलीवरी करती है।",
        "वारंटी की मरम्मत निर्माता का सर्विस सेंटर ही करता है।",
        "इंस्टॉलेशन के लिए हम किसी योग्य इलेक्ट्रीशियन से करवाने की सलाह देते हैं।",
        "हमारे टेक्नीशियन बहुत ध्यान से काम करते हैं, इसलिए मरम्मत में थोड़ा समय लग सकता है।",
        "हमारा कूरियर पार्टनर समय का पाबंद है, इसलिए पार्सल शुक्रवार तक पहुँच जाएगा।",
      ],
    },
  },
  "it-IT": {
    "referral-asked": {
      violations: [
        "Se qualche sua amica ne volesse uno, le sarei grata se passasse il mio nome.",
        "Le saremmo molto grati se facesse girare il nostro nome tra i suoi vicini.",
        "Se qualcuno le chiede dove l'ha preso, dica pure che l'ha comprato da noi.",
        "Se ti trovi bene, parlane ai tuoi amici: per un piccolo laboratorio come il nostro è tutto.",
        "Siamo una piccola bottega e ci farebbe molto piacere se ci consigliasse ai suoi colleghi.",
      ],
      clean: [
        "Se il corriere glielo chiede, dia pure il nostro nome come mittente.",
        "Il nostro nome è riportato sull'etichetta del pacco.",
        "Se è assente, un vicino può ritirare il pacco al posto suo.",
        "Ci indichi il nome della sua amica per il buono regalo.",
        "La sua amica riceverà il regalo venerdì.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Se desidera farlo montare, le consigliamo Armados Express: lavorano molto bene, sono puntuali e chiedono poco.",
        "Per la cornice le consigliamo il laboratorio qui accanto: fanno un ottimo lavoro.",
        "La nostra sarta di fiducia può accorciarlo per 15 €.",
        "Per la posa le consigliamo la Falegnameria Rossi, gente molto seria e con prezzi onesti.",
        "Se cerca un imbianchino, le consigliamo Colori Bianchi: sono persone molto affidabili e le faranno un buon prezzo.",
      ],
      clean: [
        "Il corriere con cui lavoriamo consegna il martedì.",
        "Il centro assistenza del produttore gestisce la garanzia.",
        "Per l'installazione le consigliamo di rivolgersi a un elettricista qualificato.",
        "Il nostro tecnico lavora con molta cura e la chiamerà prima di passare.",
        "Il montatore con cui collaboriamo passerà martedì mattina per montare il suo armadio.",
      ],
    },
  },
  "ja-JP": {
    "referral-asked": {
      violations: [
        "もしご友人の中で欲しいという方がいらっしゃいましたら、当店のことをお伝えいただけると大変ありがたいです。",
        "当店は口コミだけで成り立っている小さなお店ですので、ご近所の方にも当店を勧めていただけましたら嬉しいです。",
        "どこで買ったのか聞かれたら、ぜひ当店の名前を教えてあげてください。",
        "職場の同僚の方にも当店を宣伝していただけると励みになります。",
        "同じクラスのほかの保護者の方々にも、私のことをご紹介いただけると幸いです。",
      ],
      clean: [
        "営業所でお受け取りの際は、送り主として当店の名前をお伝えください。",
        "当店の名前は荷物の伝票に記載されております。",
        "ご不在の場合は、ご近所の方に受け取っていただくことも可能です。",
        "ギフトカードに記載するため、ご友人のお名前を教えていただけますか。",
        "ご友人には金曜日にプレゼントが届く予定です。",
      ],
    },
    "business-vouched-for": {
      violations: [
        "組み立てをご希望でしたら、アルマドス・エクスプレスさんをおすすめします。仕事が丁寧で時間も正確、料金もお手頃です。",
        "額装でしたら、お隣の工房さんがとても良い仕事をしてくれますので、ぜひ一度訪ねてみてください。",
        "裾上げが必要でしたら、当店がいつもお願いしている仕立て屋さんをご紹介できます。",
        "設置工事は、当店と長年お付き合いのある信頼のおける業者さんにお任せいただけます。料金も良心的でおすすめです。",
        "取り付けでしたら、腕が良くて料金も安い近所の電気屋さんをおすすめします。",
      ],
      clean: [
        "当店が提携している配送業者が火曜日にお届けいたします。",
        "保証修理はメーカーのサービスセンターが対応いたします。",
        "設置には資格をお持ちの電気工事士に依頼されることをおすすめします。",
        "当店の技術者はとても丁寧に作業いたします。",
        "当店がいつもお願いしている運送会社は時間に正確ですので、ご安心ください。",
      ],
    },
  },
  "nl-NL": {
    "referral-asked": {
      violations: [
        "Als vrienden van u ook zo'n lamp willen, zou ik het fijn vinden als u mijn naam doorgeeft.",
        "We zouden het erg waarderen als u onze naam aan uw buren doorgeeft.",
        "Vertel uw vrienden gerust over ons winkeltje.",
        "Wij draaien echt op mond-tot-mondreclame, dus als iemand vraagt waar het vandaan komt, noem ons gerust.",
        "Als klein familiebedrijf zijn we blij met elke aanbeveling, dus beveel ons gerust aan bij familie en collega's.",
      ],
      clean: [
        "Geef de koerier gerust onze naam als hij ernaar vraagt.",
        "Onze naam staat op het verzendlabel van het pakket.",
        "Als u niet thuis bent, mag een buurman of buurvrouw het pakket aannemen.",
        "Wilt u ons de naam van uw vriendin laten weten voor de cadeaukaart?",
        "Uw vriend ontvangt het cadeau op vrijdag.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Als u iemand zoekt om de kast in elkaar te zetten, raden we Armados Express aan: ze werken heel goed, zijn punctueel en vragen er weinig voor.",
        "Voor de lijst raden we de werkplaats hiernaast aan, die leveren echt vakwerk.",
        "Een kleermaker waar we goede ervaringen mee hebben, kort de broek voor 12 euro in.",
        "Wilt u het schilderij laten inlijsten, ga dan langs bij Lijstenmakerij De Vries, onze klanten krijgen daar korting.",
        "Voor de montage bevelen we Klusbedrijf Jansen aan, waar we altijd op kunnen rekenen.",
      ],
      clean: [
        "De koerier met wie we samenwerken, bezorgt op dinsdag.",
        "De garantie wordt afgehandeld door het servicecentrum van de fabrikant.",
        "Voor de installatie raden we een erkende elektricien aan.",
        "Onze monteur werkt heel zorgvuldig en belt u vooraf even op.",
        "Het transportbedrijf waarmee we werken is heel betrouwbaar en brengt de levering tot aan de voordeur.",
      ],
    },
  },
  "pl-PL": {
    "referral-asked": {
      violations: [
        "Jeśli ktoś z Pani znajomych chciałby podobną lampę, będziemy wdzięczni, jeśli przekaże Pani dalej nasze namiary.",
        "Będzie nam bardzo miło, jeśli opowie Pan sąsiadom o naszym małym sklepie.",
        "Jesteśmy małą pracownią i żyjemy głównie z poczty pantoflowej. Jeśli ktoś z Pani otoczenia szuka ręcznie robionej ceramiki, prosimy śmiało o nas wspomnieć.",
        "Gdyby ktoś pytał, skąd ma Pani ten wazon, proszę śmiało wspomnieć o naszym sklepie.",
        "Bylibyśmy bardzo wdzięczni, gdyby poleciła nas Pani innym mamom z przedszkola.",
      ],
      clean: [
        "Jeśli kurier zapyta, od kogo jest przesyłka, proszę podać mu naszą nazwę.",
        "Nasza nazwa jest widoczna na etykiecie paczki, więc łatwo ją rozpoznać.",
        "Jeśli nie będzie Pani w domu, paczkę może odebrać sąsiad.",
        "Proszę podać nam imię przyjaciółki, które mamy wpisać na kartce dołączonej do karty podarunkowej.",
        "Pani przyjaciółka otrzyma prezent w piątek, przesyłka jest już w drodze.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Jeśli chciałaby Pani, żeby ktoś zmontował szafę, polecamy Armados Express: pracują bardzo dobrze, są punktualni i biorą niewiele.",
        "Do oprawy plakatu polecamy zakład obok nas, robią świetną robotę.",
        "Krawcowa, której od lat ufamy, może skrócić zasłony za jedyne 20 zł.",
        "Jeśli potrzebuje Pan kogoś do montażu, gorąco polecamy pana Nowaka, to bardzo solidny fachowiec i bierze naprawdę niewiele.",
        "Montaż paneli może wykonać nasz warsztat partnerski w Krakowie, a dla naszych klientów mają 10% rabatu.",
      ],
      clean: [
        "Kurier, z którym współpracujemy, dostarcza przesyłki w tym rejonie we wtorki.",
        "Reklamacje gwarancyjne obsługuje autoryzowany serwis producenta.",
        "Do montażu polecamy wykwalifikowanego elektryka.",
        "Nasz technik pracuje bardzo starannie, więc montaż może potrwać około dwóch godzin.",
        "Firma kurierska, z którą pracujemy, odbierze zwrot w poniedziałek.",
      ],
    },
  },
  "pt-BR": {
    "referral-asked": {
      violations: [
        "Se alguma amiga sua gostar do vestido, ficaríamos muito gratos se você passasse o nosso nome adiante.",
        "Somos um ateliê pequeno e vivemos de indicação, então se alguém perguntar onde você comprou, conta pra gente que fica feliz e fala da gente!",
        "Se puder, fale para suas amigas sobre a gente, isso ajuda muito o nosso negócio.",
        "Se você conhecer alguém que também precise de um berço, agradecemos muito se nos indicar para essa pessoa.",
        "A senhora nos ajudaria muito se divulgasse o nosso trabalho entre as outras mães da creche.",
      ],
      clean: [
        "Se o entregador perguntar, por favor informe o nosso nome a ele.",
        "O nosso nome está na etiqueta do pacote.",
        "Se você não estiver em casa, um vizinho pode receber o pacote.",
        "Por favor, nos informe o nome da sua amiga para o cartão-presente.",
        "Sua amiga vai receber o presente na sexta-feira.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Se quiser alguém para montar o guarda-roupa, recomendamos a Monta Fácil: eles trabalham muito bem, são gente séria e cobram pouco.",
        "Para emoldurar o pôster, a moldureira aqui do lado faz um ótimo trabalho, vale a pena passar lá.",
        "Se precisar fazer a barra, indicamos a Costura da Vera, uma costureira parceira que faz um preço camarada.",
        "Para pendurar o lustre, indicamos a Elétrica Silva: é um pessoal muito sério e cobram um preço justo.",
        "Se quiser envernizar a mesa, recomendamos a Marcenaria Pinho, que trabalha com a gente há anos e faz um trabalho impecável.",
      ],
      clean: [
        "A transportadora com a qual trabalhamos faz entregas às terças-feiras.",
        "A assistência técnica do fabricante cuida da garantia.",
        "Para a instalação, recomendamos um eletricista qualificado.",
        "Nosso técnico trabalha com muito cuidado.",
        "A transportadora que trabalha com a gente é muito pontual e passa na sua casa na terça à tarde.",
      ],
    },
  },
  "sv-SE": {
    "referral-asked": {
      violations: [
        "Om någon av dina vänner vill ha en likadan skulle vi bli jätteglada om du för vårt namn vidare.",
        "Vi blir så glada om du tipsar dina grannar om vår lilla butik.",
        "Vi är ett litet familjeföretag som lever på mun till mun. Känner du någon som behöver en ny lampa får du gärna nämna oss.",
        "Om någon frågar var du har köpt den får du gärna nämna vår butik.",
        "Berätta gärna om oss för kollegorna på jobbet!",
      ],
      clean: [
        "Om budet frågar vem paketet är från kan du uppge vårt namn.",
        "Vårt namn står på paketets etikett, så det är lätt att känna igen.",
        "En granne kan ta emot paketet om du inte är hemma.",
        "Skriv gärna din väns namn så att vi kan skriva det på presentkortet.",
        "Din vän får presenten på fredag, paketet är redan på väg.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Om du vill att någon monterar skåpet åt dig rekommenderar vi Armados Express: de jobbar väldigt bra, är punktliga och tar lite betalt.",
        "För inramningen av affischen rekommenderar vi verkstaden här bredvid, de gör ett fantastiskt jobb.",
        "En skräddare som vi brukar anlita kan korta gardinerna för 150 kr.",
        "Behöver du någon som drar fram el till lampan kan du vända dig till Elfirman Nord, pålitliga människor som vi har goda erfarenheter av.",
        "Vår partnerverkstad i Göteborg ger våra kunder 10 % rabatt på service.",
      ],
      clean: [
        "Budfirman som vi samarbetar med levererar i ditt område på tisdagar.",
        "Tillverkarens serviceverkstad hanterar garantiärenden.",
        "Vi rekommenderar att en behörig elektriker gör installationen.",
        "Vår tekniker arbetar mycket noggrant, så installationen tar ungefär två timmar.",
        "Transportfirman vi anlitar hämtar returen på måndag.",
      ],
    },
  },
  "tr-TR": {
    "referral-asked": {
      violations: [
        "Arkadaşlarınızdan biri de isterse bizi önermenizden büyük mutluluk duyarız.",
        "Memnun kaldıysanız bizden arkadaşlarınıza da bahsetmeyi unutmayın.",
        "Kulaktan kulağa büyüyen küçük bir atölyeyiz; beğendiyseniz ismimizi çevrenize duyurursanız çok seviniriz.",
        "Komşularınız arasında soran olursa bizi tavsiye etmenizi rica ederiz.",
        "Ürünü nereden aldığınızı soranlar olursa küçük dükkânımızdan bahsetmeniz bizi çok mutlu eder.",
      ],
      clean: [
        "Kurye teslimat sırasında sorarsa gönderici olarak mağazamızın adını söylemeniz yeterli.",
        "Mağazamızın adı kargo etiketinin üzerinde yazıyor.",
        "Evde olmazsanız komşunuz da paketi teslim alabilir.",
        "Hediye kartına yazabilmemiz için arkadaşınızın adını bize iletir misiniz?",
        "Arkadaşınıza gönderdiğiniz hediye cuma günü teslim edilecek.",
      ],
    },
    "business-vouched-for": {
      violations: [
        "Montaj için birine ihtiyacınız olursa Armados Ekspres'i öneririz: çok iyi çalışıyorlar, çok dakikler ve ücretleri de uygun.",
        "Çerçeve için hemen yanımızdaki atölyeyi tavsiye ederiz, çok temiz iş çıkarıyorlar.",
        "Paçaların kısaltılması gerekirse çalıştığımız bir terzi bunu 50 TL'ye yapabilir.",
        "Halı yıkama için anlaştığımız firmayı öneririz, müşterilerimize indirim yapıyorlar.",
        "Kumaş boyatmak isterseniz tanıdığımız bir atölyeye gidebilirsiniz, işlerini çok iyi yapıyorlar ve fiyatları da uygun.",
      ],
      clean: [
        "Çalıştığımız kargo firması siparişinizi salı günü teslim edecek.",
        "Garanti işlemleri üreticinin yetkili servisi tarafından yürütülmektedir.",
        "Kurulum için yetkili bir elektrikçiyle çalışmanızı öneririz.",
        "Teknisyenimiz çok dikkatli çalışır, montaj sırasında duvarda hiçbir iz bırakmaz.",
        "Anlaştığımız kargo firması paketi yarın sabah adresinizden teslim alacak.",
      ],
    },
  },
  "zh-CN": {
    "referral-asked": {
      violations: [
        "如果身边有朋友也想要，麻烦帮我们介绍一下，非常感谢！",
        "我们是一家靠口碑生存的小店，欢迎推荐给您的邻居和同事。",
        "如果有人问您在哪里买的，请报一下我们的店名。",
        "要是您觉得好用，欢迎把小店推荐给其他家长。",
        "方便的话，请您跟身边的人提一下我们店，我们会非常感激。",
      ],
      clean: [
        "如果快递员询问，请告诉他我们的店名。",
        "我们的店名印在包裹的面单上。",
        "如果您不在家，可以请邻居代为签收。",
        "请告诉我们您朋友的名字，我们会写在礼品卡上。",
        "您的朋友将在周五收到礼物。",
      ],
    },
    "business-vouched-for": {
      violations: [
        "如果您需要有人帮忙组装，推荐您找阿玛多斯快装，他们做事很靠谱，非常守时，收费也不高。",
        "装裱的话，隔壁那家装裱店手艺很好，您可以去看看。",
        "需要改裤长的话，我们常合作的裁缝师傅可以帮您改，只收20元。",
        "安装可以找我们熟悉的王师傅，人很靠谱，报我们店名还能打折。",
        "墙面打孔的话，推荐您找楼下的五金店，他们家师傅干活很仔细，收费也合理。",
      ],
      clean: [
        "和我们合作的快递公司会在周二为您送货。",
        "保修由厂家的售后服务中心负责。",
        "安装时我们建议您请有资质的电工操作。",
        "我们的技术人员做事非常仔细。",
        "我们长期合作的物流公司一向很守时，请您放心。",
      ],
    },
  },
};

import type { Probes } from "../_lexicon_cases.ts";

/**
 * A second soft cross-selling set, written after the first was fixed, to
 * measure what carries over: upsells in customization, service visits,
 * digital keys and care tips, each beside clean traps.
 */
export const SOFT_PROBES_B: Readonly<Record<string, Probes>> = {
  "en-US": {
    "marketing-soft": {
      violations: [
        "The initials will be stitched in gold thread as you asked. We can also monogram the matching hand towels for $6 each if you want the set.",
        "Your plumber arrives Tuesday at 10. Since he is already there, he could flush your water heater too, which we do for a flat $45.",
        "Your key is below. Our VPN app protects your phone as well, and it is a handy companion to the desktop licence.",
        "To stop the cast iron from rusting, dry it on the stove after washing. A thin coat of our seasoning wax afterwards gives the best protection.",
        "Thank you for the quick reply about the color. Next spring we are releasing the same chair in sage and ochre, so keep us in mind.",
        "The cushion covers ship Friday. Lots of buyers team them up with our linen throw in the same shade.",
        "The tune-up is done and the mower runs well. For next season, our annual servicing package keeps it in shape for a fixed yearly price.",
        "Your order is confirmed: two mugs in cobalt. The saucers from the same series are in our shop if you ever want to complete them.",
      ],
      clean: [
        "The initials will be stitched in gold thread, and we will send you a photo before the towels ship.",
        "Your plumber arrives Tuesday at 10; the flush of the water heater you booked is included.",
        "To stop the cast iron from rusting, dry it on the stove after washing and rub in a little cooking oil.",
        "Our technician found a loose wire and fixed it at no charge during the visit.",
        "The saucers were missing from the box, so we are sending them today at no cost to you.",
        "Next spring the warranty on your chair still covers the frame, so keep the invoice.",
      ],
    },
  },
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Die Initialen sticken wir wie gewünscht in Gold. Die passenden Handtücher besticken wir Ihnen gern auch, für 6 Euro pro Stück.",
        "Der Installateur kommt am Dienstag um 10 Uhr. Wo er schon vor Ort ist, kann er gegen eine kleine Pauschale auch Ihren Boiler entkalken.",
        "Ihr Schlüssel steht unten. Unsere VPN-App schützt auch Ihr Handy und ergänzt die Desktop-Lizenz ideal.",
        "Damit das Gusseisen nicht rostet, trocknen Sie es nach dem Spülen auf dem Herd. Eine dünne Schicht unseres Einbrennwachses schützt es danach am besten.",
        "Danke für die schnelle Antwort zur Farbe. Im Frühjahr bringen wir denselben Stuhl in Salbei und Ocker heraus, denken Sie dann an uns.",
        "Die Kissenhüllen gehen am Freitag raus. Viele Käufer kombinieren sie mit unserer Leinendecke im gleichen Farbton.",
        "Die Inspektion ist erledigt, der Mäher läuft wieder. Für die nächste Saison hält ihn unser Jahreswartungspaket zum Festpreis in Form.",
        "Ihre Bestellung ist bestätigt: zwei Becher in Kobaltblau. Die Untertassen aus derselben Serie gibt es in unserem Shop, falls Sie sie ergänzen möchten.",
      ],
      clean: [
        "Die Initialen sticken wir in Gold, und Sie bekommen vor dem Versand ein Foto der Handtücher.",
        "Der Installateur kommt am Dienstag um 10 Uhr; das Entkalken des Boilers, das Sie gebucht haben, ist inbegriffen.",
        "Damit das Gusseisen nicht rostet, trocknen Sie es auf dem Herd und reiben es mit etwas Speiseöl ein.",
        "Unser Techniker hat ein loses Kabel gefunden und es beim Besuch kostenlos befestigt.",
        "Die Untertassen fehlten im Karton, wir schicken sie Ihnen heute kostenlos nach.",
        "Im Frühjahr deckt die Garantie Ihres Stuhls das Gestell weiterhin ab, bewahren Sie die Rechnung auf.",
      ],
    },
  },
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Les initiales seront brodées en fil doré comme demandé. Nous pouvons aussi broder les serviettes assorties, à 6 euros pièce, si vous voulez l'ensemble.",
        "Le plombier passe mardi à 10 h. Tant qu'il est sur place, il peut aussi détartrer votre chauffe-eau pour un forfait de 45 euros.",
        "Votre clé est ci-dessous. Notre application VPN protège aussi votre téléphone et complète très bien la licence ordinateur.",
        "Pour éviter la rouille, séchez la fonte sur le feu après lavage. Une fine couche de notre cire de culottage la protège ensuite au mieux.",
        "Merci pour votre réponse rapide sur la couleur. Au printemps, nous sortons la même chaise en sauge et en ocre, pensez à nous.",
        "Les housses de coussin partent vendredi. Beaucoup d'acheteurs les associent à notre plaid en lin de la même teinte.",
        "La révision est faite et la tondeuse tourne bien. Pour la saison prochaine, notre forfait d'entretien annuel la garde en forme à prix fixe.",
        "Votre commande est confirmée : deux tasses bleu cobalt. Les soucoupes de la même série sont dans notre boutique si vous souhaitez les compléter.",
      ],
      clean: [
        "Les initiales seront brodées en fil doré, et nous vous enverrons une photo avant l'expédition des serviettes.",
        "Le plombier passe mardi à 10 h ; le détartrage du chauffe-eau que vous avez réservé est compris.",
        "Pour éviter la rouille, séchez la fonte sur le feu et frottez-la avec un peu d'huile de cuisine.",
        "Notre technicien a trouvé un fil desserré et l'a réparé gratuitement pendant la visite.",
        "Les soucoupes manquaient dans le carton, nous vous les envoyons aujourd'hui sans frais.",
        "Au printemps, la garantie de votre chaise couvre toujours la structure, gardez la facture.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft": {
      violations: [
        "Las iniciales se bordan en hilo dorado como pidió. También podemos bordarle las toallas de mano a juego por 90 pesos cada una, si quiere el juego completo.",
        "El plomero llega el martes a las 10. Ya que va a estar ahí, también le puede purgar el boiler por una tarifa fija de 500 pesos.",
        "Su clave está abajo. Nuestra app de VPN también protege su celular y es el complemento perfecto de la licencia de escritorio.",
        "Para que el hierro fundido no se oxide, séquelo en la estufa después de lavarlo. Una capa delgada de nuestra cera para curar lo protege mejor que nada.",
        "Gracias por responder tan rápido sobre el color. En primavera sacamos la misma silla en verde salvia y ocre, ténganos en cuenta.",
        "Las fundas de cojín salen el viernes. Muchos compradores las combinan con nuestra manta de lino del mismo tono.",
        "El servicio quedó listo y la podadora funciona bien. Para la próxima temporada, nuestro paquete de mantenimiento anual la mantiene en forma a precio fijo.",
        "Su pedido está confirmado: dos tazas azul cobalto. Los platitos de la misma serie están en nuestra tienda por si quiere completarlas.",
      ],
      clean: [
        "Las iniciales se bordan en hilo dorado y le mandamos una foto antes de enviar las toallas.",
        "El plomero llega el martes a las 10; la purga del boiler que reservó ya está incluida.",
        "Para que el hierro fundido no se oxide, séquelo en la estufa y úntele un poco de aceite de cocina.",
        "Nuestro técnico encontró un cable suelto y lo arregló sin costo durante la visita.",
        "Los platitos faltaban en la caja, se los enviamos hoy sin costo.",
        "En primavera la garantía de su silla sigue cubriendo la estructura, guarde la factura.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "Le iniziali saranno ricamate in filo dorato come richiesto. Possiamo ricamare anche gli asciugamani coordinati, a 6 euro l'uno, se vuole il set.",
        "L'idraulico arriva martedì alle 10. Già che è lì, può anche decalcificare il suo scaldabagno con un forfait di 45 euro.",
        "La sua chiave è qui sotto. La nostra app VPN protegge anche il telefono ed è il complemento ideale della licenza per computer.",
        "Per evitare la ruggine, asciughi la ghisa sul fuoco dopo il lavaggio. Uno strato sottile della nostra cera per stagionatura poi la protegge al meglio.",
        "Grazie per la risposta veloce sul colore. In primavera presentiamo la stessa sedia in salvia e ocra, si ricordi di noi.",
        "Le fodere dei cuscini partono venerdì. Tanti acquirenti le abbinano al nostro plaid di lino nella stessa tonalità.",
        "Il tagliando è fatto e il tosaerba gira bene. Per la prossima stagione, il nostro pacchetto di manutenzione annuale lo tiene in forma a prezzo fisso.",
        "Il suo ordine è confermato: due tazze blu cobalto. I piattini della stessa serie sono nel nostro negozio, se desidera completarle.",
      ],
      clean: [
        "Le iniziali saranno ricamate in filo dorato e le manderemo una foto prima di spedire gli asciugamani.",
        "L'idraulico arriva martedì alle 10; la decalcificazione dello scaldabagno che ha prenotato è inclusa.",
        "Per evitare la ruggine, asciughi la ghisa sul fuoco e la strofini con un po' di olio da cucina.",
        "Il nostro tecnico ha trovato un filo allentato e l'ha sistemato gratis durante la visita.",
        "I piattini mancavano nella scatola, glieli spediamo oggi senza costi.",
        "In primavera la garanzia della sedia copre ancora il telaio, conservi la fattura.",
      ],
    },
  },
  "pt-BR": {
    "marketing-soft": {
      violations: [
        "As iniciais serão bordadas em linha dourada, como pediu. Também podemos bordar as toalhas de mão combinando por R$ 25 cada, se quiser o conjunto.",
        "O encanador chega terça às 10h. Já que vai estar aí, ele também pode limpar o seu aquecedor por uma taxa fixa de R$ 150.",
        "Sua chave está abaixo. Nosso app de VPN protege o celular também e é o complemento perfeito da licença para computador.",
        "Para o ferro fundido não enferrujar, seque na boca do fogão depois de lavar. Uma camada fina da nossa cera de cura protege ainda melhor.",
        "Obrigado pela resposta rápida sobre a cor. Na primavera lançamos a mesma cadeira em verde-sálvia e ocre, lembre da gente.",
        "As capas de almofada saem na sexta. Muitos compradores combinam com a nossa manta de linho no mesmo tom.",
        "A revisão foi feita e o cortador está funcionando bem. Para a próxima temporada, nosso pacote de manutenção anual mantém tudo em ordem por um preço fixo.",
        "Seu pedido está confirmado: duas canecas azul-cobalto. Os pires da mesma linha estão na nossa loja, caso queira completar.",
      ],
      clean: [
        "As iniciais serão bordadas em linha dourada e mandaremos uma foto antes de enviar as toalhas.",
        "O encanador chega terça às 10h; a limpeza do aquecedor que você agendou já está incluída.",
        "Para o ferro fundido não enferrujar, seque no fogão e passe um pouco de óleo de cozinha.",
        "Nosso técnico encontrou um fio solto e arrumou sem custo durante a visita.",
        "Os pires faltaram na caixa, então vamos enviá-los hoje sem custo.",
        "Na primavera a garantia da cadeira continua cobrindo a estrutura, guarde a nota fiscal.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "De initialen borduren we in goudgaren zoals gevraagd. We kunnen ook de bijpassende handdoeken borduren, voor 6 euro per stuk, als u de set wilt.",
        "De loodgieter komt dinsdag om 10 uur. Nu hij er toch is, kan hij voor een vast bedrag van 45 euro ook uw boiler ontkalken.",
        "Uw sleutel staat hieronder. Onze VPN-app beschermt ook uw telefoon en is een handige aanvulling op de desktoplicentie.",
        "Droog gietijzer na het afwassen op het vuur, dan roest het niet. Een dun laagje van onze inbrandwas beschermt het daarna het best.",
        "Dank voor uw snelle antwoord over de kleur. In het voorjaar brengen we dezelfde stoel uit in salie en oker, denk dan aan ons.",
        "De kussenhoezen gaan vrijdag mee. Veel kopers combineren ze met onze linnen plaid in dezelfde tint.",
        "De onderhoudsbeurt is klaar en de maaier loopt goed. Voor volgend seizoen houdt ons jaarlijkse onderhoudspakket hem voor een vaste prijs in topvorm.",
        "Uw bestelling is bevestigd: twee mokken in kobaltblauw. De schoteltjes uit dezelfde serie vindt u in onze winkel, mocht u ze willen aanvullen.",
      ],
      clean: [
        "De initialen borduren we in goudgaren en we sturen u een foto voordat de handdoeken verzonden worden.",
        "De loodgieter komt dinsdag om 10 uur; het ontkalken van de boiler dat u boekte is inbegrepen.",
        "Droog gietijzer na het afwassen op het vuur en wrijf het in met wat bakolie.",
        "Onze monteur vond een losse draad en heeft die tijdens het bezoek kosteloos vastgezet.",
        "De schoteltjes ontbraken in de doos, we sturen ze vandaag kosteloos na.",
        "In het voorjaar dekt de garantie van uw stoel het frame nog steeds, bewaar de factuur.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Initialerna broderas i guldtråd som du bad om. Vi kan också brodera de matchande handdukarna för 60 kronor styck om du vill ha hela setet.",
        "Rörmokaren kommer på tisdag klockan 10. När han ändå är där kan han avkalka din varmvattenberedare för ett fast pris på 450 kronor.",
        "Din nyckel står nedan. Vår VPN-app skyddar även din mobil och är ett smidigt komplement till datorlicensen.",
        "Torka gjutjärnet på spisen efter disken så rostar det inte. Ett tunt lager av vårt inbränningsvax skyddar det sedan allra bäst.",
        "Tack för det snabba svaret om färgen. I vår släpper vi samma stol i salvia och ockra, så tänk på oss då.",
        "Kuddfodralen skickas på fredag. Många köpare kombinerar dem med vår linnepläd i samma nyans.",
        "Servicen är klar och gräsklipparen går fint. Inför nästa säsong håller vårt årliga servicepaket den i form till fast pris.",
        "Din beställning är bekräftad: två muggar i koboltblått. Faten i samma serie finns i vår butik om du vill komplettera.",
      ],
      clean: [
        "Initialerna broderas i guldtråd och vi skickar en bild innan handdukarna skickas.",
        "Rörmokaren kommer på tisdag klockan 10; avkalkningen av varmvattenberedaren som du bokade ingår.",
        "Torka gjutjärnet på spisen efter disken och gnid in lite matolja.",
        "Vår tekniker hittade en lös kabel och fäste den kostnadsfritt under besöket.",
        "Faten saknades i kartongen, så vi skickar dem i dag utan kostnad.",
        "I vår täcker garantin för stolen fortfarande stommen, spara kvittot.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Inicjały wyhaftujemy złotą nicią, tak jak Pani prosiła. Możemy też wyhaftować pasujące ręczniki do rąk, po 25 zł za sztukę, jeśli chce Pani komplet.",
        "Hydraulik przyjedzie we wtorek o 10. Skoro już będzie na miejscu, może też odkamienić Pana bojler za stałą opłatą 150 zł.",
        "Klucz jest poniżej. Nasza aplikacja VPN chroni też telefon i świetnie uzupełnia licencję na komputer.",
        "Żeby żeliwo nie rdzewiało, proszę suszyć je na kuchence po myciu. Cienka warstwa naszego wosku do wypalania najlepiej je potem zabezpieczy.",
        "Dziękujemy za szybką odpowiedź w sprawie koloru. Wiosną wypuszczamy to samo krzesło w kolorze szałwii i ochry, prosimy o nas pamiętać.",
        "Poszewki na poduszki wyślemy w piątek. Wielu kupujących łączy je z naszym lnianym kocem w tym samym odcieniu.",
        "Przegląd jest zrobiony i kosiarka działa dobrze. Na kolejny sezon nasz roczny pakiet serwisowy utrzyma ją w formie w stałej cenie.",
        "Zamówienie potwierdzone: dwa kubki w kolorze kobaltowym. Spodki z tej samej serii są w naszym sklepie, gdyby chciał Pan je uzupełnić.",
      ],
      clean: [
        "Inicjały wyhaftujemy złotą nicią, a przed wysyłką ręczników prześlemy zdjęcie.",
        "Hydraulik przyjedzie we wtorek o 10; odkamienianie bojlera, które Pan zamówił, jest wliczone.",
        "Żeby żeliwo nie rdzewiało, proszę suszyć je na kuchence i natrzeć odrobiną oleju.",
        "Nasz technik znalazł luźny przewód i naprawił go bezpłatnie podczas wizyty.",
        "W kartonie zabrakło spodków, więc wysyłamy je dziś bez dodatkowych kosztów.",
        "Wiosną gwarancja na krzesło nadal obejmuje stelaż, proszę zachować fakturę.",
      ],
    },
  },
  "tr-TR": {
    "marketing-soft": {
      violations: [
        "Baş harfler istediğiniz gibi altın iple işlenecek. Takım olsun isterseniz uyumlu el havlularını da tanesi 90 TL'ye işleyebiliriz.",
        "Tesisatçı salı saat 10'da geliyor. Madem oraya gelecek, sabit 500 TL ücretle şofbeninizin kireçini de temizleyebilir.",
        "Anahtarınız aşağıda. VPN uygulamamız telefonunuzu da korur ve masaüstü lisansını çok iyi tamamlar.",
        "Dökme demirin paslanmaması için yıkadıktan sonra ocakta kurutun. Ardından ince bir kat koruma mumumuz onu en iyi şekilde korur.",
        "Renkle ilgili hızlı cevabınız için teşekkürler. İlkbaharda aynı sandalyeyi adaçayı ve hardal renginde çıkarıyoruz, bizi unutmayın.",
        "Yastık kılıfları cuma günü kargoda. Birçok alıcı bunları aynı tondaki keten battaniyemizle birlikte kullanıyor.",
        "Bakım tamamlandı ve çim biçme makinesi iyi çalışıyor. Gelecek sezon için yıllık bakım paketimiz onu sabit fiyatla formda tutar.",
        "Siparişiniz onaylandı: kobalt mavisi iki kupa. Aynı serinin tabakları mağazamızda, tamamlamak isterseniz.",
      ],
      clean: [
        "Baş harfler altın iple işlenecek ve havlular gönderilmeden önce size fotoğraf yollayacağız.",
        "Tesisatçı salı saat 10'da geliyor; ayırttığınız şofben kireç temizliği fiyata dahil.",
        "Dökme demirin paslanmaması için ocakta kurutun ve biraz yemeklik yağ sürün.",
        "Teknisyenimiz gevşek bir kablo buldu ve ziyaret sırasında ücretsiz olarak sabitledi.",
        "Tabaklar kolide eksikti, bugün ücretsiz olarak gönderiyoruz.",
        "İlkbaharda da sandalyenizin garantisi iskeleti kapsıyor, faturayı saklayın.",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "سنطرز الأحرف الأولى بخيط ذهبي كما طلبت. ويمكننا أيضًا تطريز المناشف المطابقة مقابل 20 درهمًا للقطعة إذا أردت الطقم كاملًا.",
        "يصل السباك يوم الثلاثاء الساعة 10. وبما أنه سيكون عندك، يمكنه أيضًا تنظيف سخان الماء برسوم ثابتة قدرها 150 درهمًا.",
        "مفتاحك بالأسفل. تطبيق VPN الخاص بنا يحمي هاتفك أيضًا، وهو مكمل رائع لرخصة الكمبيوتر.",
        "حتى لا يصدأ الحديد الزهر، جففه على النار بعد الغسل. ثم طبقة رقيقة من شمع التتبيل من متجرنا تحميه أفضل حماية.",
        "شكرًا على ردك السريع بخصوص اللون. في الربيع سنطلق الكرسي نفسه باللونين الأخضر والمغرة، فتذكرنا حينها.",
        "أغطية الوسائد تُشحن يوم الجمعة. كثير من المشترين ينسقونها مع بطانية الكتان لدينا بنفس الدرجة.",
        "انتهت الصيانة والجزازة تعمل جيدًا. للموسم القادم، باقة الصيانة السنوية لدينا تبقيها بحالة ممتازة بسعر ثابت.",
        "تم تأكيد طلبك: كوبان بالأزرق الكوبالتي. الصحون من السلسلة نفسها موجودة في متجرنا إذا رغبت في إكمالها.",
      ],
      clean: [
        "سنطرز الأحرف الأولى بخيط ذهبي وسنرسل لك صورة قبل شحن المناشف.",
        "يصل السباك يوم الثلاثاء الساعة 10؛ وتنظيف سخان الماء الذي حجزته مشمول.",
        "حتى لا يصدأ الحديد الزهر، جففه على النار وادهنه بقليل من زيت الطهي.",
        "وجد فنينا سلكًا مرتخيًا وثبته مجانًا أثناء الزيارة.",
        "كانت الصحون ناقصة في الصندوق، لذلك نرسلها اليوم دون أي تكلفة.",
        "في الربيع يظل ضمان الكرسي يغطي الهيكل، فاحتفظ بالفاتورة.",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "आपके कहे अनुसार शुरुआती अक्षर सुनहरे धागे से कढ़ाई होंगे। अगर आप पूरा सेट चाहें तो हम मैचिंग हैंड टॉवल पर भी 150 रुपये प्रति पीस में कढ़ाई कर सकते हैं।",
        "प्लंबर मंगलवार 10 बजे आएगा। जब वह वहाँ होगा ही, तो 500 रुपये की तय फ़ीस पर आपका गीज़र भी साफ़ कर सकता है।",
        "आपकी की नीचे है। हमारा VPN ऐप आपके फ़ोन को भी सुरक्षित रखता है और डेस्कटॉप लाइसेंस के साथ बढ़िया जोड़ी बनाता है।",
        "कास्ट आयरन में जंग न लगे, इसके लिए धोने के बाद उसे चूल्हे पर सुखाएँ। उसके बाद हमारे सीज़निंग वैक्स की पतली परत सबसे अच्छी सुरक्षा देती है।",
        "रंग के बारे में जल्दी जवाब देने के लिए धन्यवाद। वसंत में हम यही कुर्सी सेज और गेरुए रंग में लॉन्च कर रहे हैं, तब हमें याद रखिएगा।",
        "कुशन कवर शुक्रवार को भेजे जाएँगे। कई खरीदार इन्हें उसी रंग के हमारे लिनन थ्रो के साथ इस्तेमाल करते हैं।",
        "सर्विस हो गई है और लॉन मोवर ठीक चल रहा है। अगले सीज़न के लिए हमारा सालाना मेंटेनेंस पैकेज तय कीमत पर इसे दुरुस्त रखता है।",
        "आपका ऑर्डर पक्का है: कोबाल्ट नीले रंग के दो मग। इसी सीरीज़ की प्लेटें हमारी दुकान में हैं, अगर आप सेट पूरा करना चाहें।",
      ],
      clean: [
        "शुरुआती अक्षर सुनहरे धागे से कढ़ाई होंगे, और तौलिये भेजने से पहले हम आपको फ़ोटो भेजेंगे।",
        "प्लंबर मंगलवार 10 बजे आएगा; आपने जो गीज़र की सफ़ाई बुक की थी, वह शामिल है।",
        "कास्ट आयरन में जंग न लगे, इसके लिए उसे चूल्हे पर सुखाएँ और थोड़ा खाने का तेल लगा दें।",
        "हमारे तकनीशियन को एक ढीला तार मिला और उन्होंने विज़िट के दौरान उसे मुफ़्त में ठीक कर दिया।",
        "डिब्बे में प्लेटें नहीं थीं, इसलिए हम आज उन्हें बिना किसी शुल्क के भेज रहे हैं।",
        "वसंत में भी कुर्सी की वारंटी फ़्रेम को कवर करती है, बिल सँभालकर रखें।",
      ],
    },
  },
  "ja-JP": {
    "marketing-soft": {
      violations: [
        "イニシャルはご希望どおり金糸で刺繍いたします。セットでご希望でしたら、お揃いのハンドタオルにも1枚600円で刺繍できます。",
        "水道業者は火曜日10時に伺います。せっかくの訪問ですので、定額4,500円で給湯器の洗浄もあわせて承ります。",
        "ライセンスキーは下記のとおりです。当社のVPNアプリはスマートフォンも保護でき、パソコン版ライセンスとの相性も抜群です。",
        "鋳鉄は洗った後に火にかけて乾かすと錆びにくくなります。その後、当店のシーズニングワックスを薄く塗ると一番しっかり守れます。",
        "色についてのお早いご返信ありがとうございます。春には同じ椅子のセージ色と黄土色を発売いたしますので、その際はぜひ。",
        "クッションカバーは金曜日に発送いたします。多くのお客様が同じ色合いの当店のリネンブランケットと組み合わせていらっしゃいます。",
        "点検が完了し、芝刈り機は問題なく動いています。来シーズンに向けて、当店の年間メンテナンスパックなら定額で良い状態を保てます。",
        "ご注文を確認いたしました。コバルトブルーのマグカップ2点です。同じシリーズのソーサーも当店で扱っておりますので、揃えたい場合はどうぞ。",
      ],
      clean: [
        "イニシャルは金糸で刺繍し、タオルの発送前に写真をお送りいたします。",
        "水道業者は火曜日10時に伺います。ご予約の給湯器洗浄は料金に含まれております。",
        "鋳鉄は洗った後に火にかけて乾かし、少量の食用油を塗ってください。",
        "当社の技術者が訪問時に緩んだ配線を見つけ、無償で固定いたしました。",
        "箱にソーサーが入っていなかったため、本日無償でお送りいたします。",
        "春以降も椅子の保証はフレームを対象としていますので、領収書を保管してください。",
      ],
    },
  },
  "zh-CN": {
    "marketing-soft": {
      violations: [
        "首字母会按您的要求用金线刺绣。如果您想要整套，我们也可以给配套的手巾绣字，每条20元。",
        "水管工周二上午10点上门。既然他已经过去了，也可以顺便帮您清洗热水器，固定收费150元。",
        "您的密钥在下方。我们的VPN应用还能保护您的手机，和电脑版授权搭配使用特别好。",
        "铸铁锅洗完后放在火上烘干就不容易生锈。之后薄薄涂一层我们店的养锅蜡，保护效果最好。",
        "感谢您这么快回复颜色的问题。春天我们会推出同款椅子的鼠尾草绿和赭石色，到时候记得来看看。",
        "抱枕套周五发货。很多买家会搭配我们同色系的亚麻盖毯一起用。",
        "保养已经完成，割草机运转正常。下个季度，我们的年度保养套餐能以固定价格让它保持好状态。",
        "您的订单已确认：两只钴蓝色马克杯。同系列的杯碟在我们店里也有，想凑成一套的话可以看看。",
      ],
      clean: [
        "首字母会用金线刺绣，毛巾发货前我们会先给您发照片确认。",
        "水管工周二上午10点上门；您预约的热水器清洗已包含在内。",
        "铸铁锅洗完后放在火上烘干，再抹一点食用油即可。",
        "我们的技术人员在上门时发现一根松动的线，已经免费帮您固定好了。",
        "箱子里漏放了杯碟，我们今天免费给您补寄。",
        "到了春天，椅子的保修仍然覆盖框架，请保留好发票。",
      ],
    },
  },
};

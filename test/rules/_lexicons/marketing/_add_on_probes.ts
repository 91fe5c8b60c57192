import type { Probes } from "../_lexicon_cases.ts";

/**
 * Soft marketing and perks written natively in 16 locales, eight kinds
 * each: an add-on job for the same visit, another edition of the ordered
 * item, a sister brand, a mailing in other words, a perk for a friend or
 * on a later order, what most customers also add, and a partner the buyer
 * is sent to. Its clean traps: a job that is part of the order, an
 * exchange, the seller's carrier or team, the rest of the order, care for
 * the next use, and a friend who receives the gift.
 */
export const ADD_ON_PROBES: Readonly<Record<string, Probes>> = {
  "en-US": {
    "marketing-soft": {
      violations: [
        "Your dishwasher will be delivered and installed Thursday between 9 and 12. Our installer also mounts TVs and hooks up washers and dryers, so if you've got one waiting, just mention it to him when he arrives.",
        "Your copy of the Italian beginner workbook ships today, and tracking will follow. The same workbook also comes in Portuguese and German, spiral-bound, if anyone else in the house is picking up a language.",
        "Your leather wallet shipped this morning via USPS. Our sister shop, Ridge & Hollow, makes matching belts and watch straps from the same hides, in case you'd like the full set.",
        "Your coffee beans were roasted yesterday and ship out today. Reply \"count me in\" and we'll add you to our monthly roaster's letter with the new single-origin lots as they come in.",
        "Your hot sauce order is on its way and should arrive Friday. If a friend orders from us and puts your name in the gift note, we'll ship theirs free and tuck in a mini bottle for each of you.",
        "Your replacement filter cartridges shipped today and should arrive by Wednesday. Whenever you reorder from us, shipping's on the house, so just add a note that you've ordered before.",
        "Your 20-gallon aquarium kit ships tomorrow by FedEx Ground. Most folks setting up this tank also grab our LED plant light, which clips right onto the included lid.",
        "Your sofa is scheduled for delivery Monday afternoon. If you need the old couch hauled away, our friends at Metro Junk Removal do it same-day; just tell them Oak Street Furniture sent you.",
      ],
      clean: [
        "Your washer is scheduled for delivery Tuesday between 1 and 5 p.m. Our installer will also hook it up, take away all the packaging, and run a short test cycle before he leaves.",
        "Sorry the hiking boots run small. We can swap them for a size 10.5 in the same color at no extra charge; just send back the pair you have using the prepaid label.",
        "Your bookshelf left our warehouse in Columbus this morning. Our carrier, Estes, will call you a day ahead to set up a delivery window.",
        "Your lamp and two shades shipped today. The third shade in your order is on backorder and will ship separately by June 14 at no extra cost to you.",
        "Glad the espresso machine arrived safely. Next time you use it, run one shot of plain water through first to flush the group head, and descale it about once a month.",
        "Your gift order for your friend Karen is on its way to her address in Denver, with your handwritten note and no prices in the box. It should arrive Thursday.",
      ],
    },
  },
  "en-GB": {
    "marketing-soft": {
      violations: [
        "Your washing machine will be delivered and plumbed in on Thursday morning. Our fitter also does built-in oven and cooker hood installs, so if you've got one sitting in the garage, just have a word with him on the day.",
        "Your copy of the French beginners' course is on its way by Royal Mail. The same course is also available in Spanish and Italian, and as an audiobook, should anyone else at home fancy a go.",
        "Your tea towels went out this morning with Royal Mail Tracked 48. Our sister shop, Willow & Wren, does the matching oven gloves and aprons in the same prints.",
        "Your case of wine has left us and should arrive on Friday. Reply 'yes please' and we'll pop you on the list for our seasonal letter with the new vintages as they land.",
        "Your order's been dispatched and should be with you by Wednesday. If a friend orders from us and pops your name in the note at checkout, their postage is on us and we'll send you a fiver back.",
        "Your refill pouches are on their way and should arrive tomorrow. Next time you order from us, there'll be a free hand cream tucked in the parcel as a little thank you.",
        "Your raised garden bed goes out on Monday with DPD. Most customers putting this one together also add our fitted fleece cover to keep the frost off over winter.",
        "Your new oak dining table will be delivered on Saturday. If you need the old one taken away, the lads at Greenway Clearances are brilliant; just mention that Hartley Furniture sent you.",
      ],
      clean: [
        "Your dishwasher is booked in for Tuesday between 8 and 12. Our fitter will connect it, take all the packaging away and run a quick test cycle before he leaves.",
        "Sorry to hear the jumper is a bit snug. We can swap it for a size L in the same navy at no extra cost; just send it back using the returns label in the parcel.",
        "Your rug has left our warehouse in Leicester. Our courier, Parcelforce, will text you on the morning of delivery with a one-hour slot.",
        "Your cushion covers were dispatched today. The matching throw from the same order is coming from a separate supplier and will follow next week, with no extra postage to pay.",
        "Glad the kettle arrived in one piece. Next time you use it, boil a full kettle and pour it away first to clear any factory taste, and descale it every few weeks if you're in a hard water area.",
        "We've refunded the £6.50 for the chipped mug in your order, and it should show on your card within 3–5 working days. Sorry again for the trouble.",
      ],
    },
  },
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Unser Monteur bringt die Spülmaschine am Donnerstag zwischen 8 und 12 Uhr. Er schließt übrigens auch Backöfen und Dunstabzugshauben an – sagen Sie ihm einfach vor Ort Bescheid, dann erledigt er das gleich mit.",
        "Ihr Italienischkurs ist freigeschaltet, die Zugangsdaten finden Sie in der Bestellbestätigung. Den gleichen Kurs gibt es in der App übrigens auch auf Spanisch und Französisch.",
        "Ihre Leinentischdecke ist heute zur Post gegangen. Falls Sie passende Servietten oder Kissenbezüge suchen: Unsere Schwestermarke Leinhof führt die komplette Heimtextil-Linie.",
        "Ihr Wein ist gut verpackt unterwegs und sollte am Freitag ankommen. Antworten Sie einfach mit „Ja“, dann schicken wir Ihnen zweimal im Jahr unseren Winzerbrief mit den neuen Jahrgängen.",
        "Das Paket mit Ihren Teesorten ist unterwegs. Wenn eine Freundin von Ihnen bei uns bestellt und Ihren Namen angibt, legen wir ihr eine Probierdose gratis bei.",
        "Ihre Kaffeebohnen wurden heute frisch geröstet und verschickt. Bei Ihrer nächsten Bestellung übernehmen wir den Versand.",
        "Ihr Aquarium-Set wird morgen geliefert; bitte stellen Sie das Becken vor dem Befüllen auf eine ebene Unterlage. Die meisten, die dieses Becken einrichten, nehmen noch unsere Pflanzenleuchte dazu.",
        "Ihr Fahrradsattel ist verschickt, die Montageanleitung liegt bei. Für die Inspektion Ihres Rads empfehlen wir die Werkstatt Zweirad Köhler in Ihrer Nähe – sagen Sie einfach, dass wir Sie schicken.",
      ],
      clean: [
        "Unser Monteur liefert die Waschmaschine am Montag an. Er nimmt auch die Verpackung mit, schließt das Gerät an und macht einen Probelauf.",
        "Sie schrieben, dass die Jacke in M etwas eng sitzt. Wir tauschen sie gern kostenlos gegen Größe L zum selben Preis um – schicken Sie sie einfach mit dem beiliegenden Retourenschein zurück.",
        "Ihr Sofa hat heute unser Lager verlassen. Unsere Spedition meldet sich telefonisch bei Ihnen, um einen Liefertermin am Dienstag oder Mittwoch abzustimmen.",
        "Die Teller aus Ihrer Bestellung sind heute verschickt worden. Die vier Tassen derselben Bestellung kommen noch aus unserer Werkstatt und folgen voraussichtlich am 14. März.",
        "Schön, dass der Wasserkocher gut angekommen ist. Bevor Sie ihn das nächste Mal benutzen, entkalken Sie ihn bitte einmal mit Essigwasser, dann hält das Heizelement länger.",
        "Ihr Geschenk geht direkt an Ihre Freundin nach Hamburg, eine Rechnung liegt nicht bei. Möchten Sie noch eine Karte mit einem persönlichen Gruß dazu? Schreiben Sie uns einfach den Text.",
      ],
    },
  },
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Notre installateur passera jeudi entre 9 h et 12 h pour poser votre lave-vaisselle ; il raccorde aussi les fours et les hottes, il suffit de le lui demander sur place.",
        "Votre coffret de méthode d'italien a été expédié ce matin. La même méthode existe aussi en espagnol et en allemand dans notre boutique, au même format.",
        "Votre théière en fonte est partie ce matin avec Colissimo. Notre maison sœur, Atelier Kumo, propose les tasses et les thés assortis.",
        "Votre commande de café est en préparation et partira demain. Répondez « oui » à ce message et nous vous enverrons notre lettre de saison avec les nouveaux crus.",
        "Votre colis partira lundi. Si un proche commande chez nous en indiquant votre nom, la livraison lui sera offerte et vous recevrez un sachet d'épices en cadeau.",
        "Votre bougie a bien été expédiée, le numéro de suivi est dans votre espace Amazon. La prochaine fois que vous commandez chez nous, les frais de port sont pour nous.",
        "Votre aquarium de 60 litres est en route et devrait arriver mercredi. La plupart des clients qui installent ce bac ajoutent aussi notre rampe LED pour plantes.",
        "Votre vélo arrivera monté aux trois quarts, la notice est dans le carton. Pour l'entretien, l'atelier Roue Libre à Lyon est excellent ; dites-leur que vous venez de notre part.",
      ],
      clean: [
        "Notre livreur passera mardi matin avec votre lave-linge ; il retire aussi les emballages, le branche et lance un cycle à vide pour vérifier que tout fonctionne.",
        "Si la pointure 40 vous semble trop juste, nous pouvons vous l'échanger contre une 41 au même prix ; renvoyez simplement la paire avec l'étiquette fournie.",
        "Notre transporteur, DPD, livrera votre canapé mardi entre 8 h et 13 h. Notre entrepôt de Tours vous appellera la veille pour confirmer le créneau.",
        "Les deux premières chaises de votre commande sont parties aujourd'hui ; les deux autres suivront la semaine prochaine, sans frais supplémentaires.",
        "Ravis que votre bouilloire soit bien arrivée. Avant la prochaine utilisation, pensez à la détartrer avec de l'eau et du vinaigre blanc, puis rincez-la deux fois.",
        "Nous avons bien noté que ce coffret est un cadeau pour votre amie Claire : il lui sera livré vendredi, sans facture dans le colis, avec votre petit mot.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft": {
      violations: [
        "El técnico llegará el jueves entre las 9 y las 13 para instalar la lavadora; si quieres, ese mismo día también puede montarte la campana o el horno, solo díselo al llegar.",
        "Tu libro sale mañana desde Zaragoza y llegará en 48 horas. Por cierto, la misma guía también está en audiolibro y en edición en inglés en nuestra tienda.",
        "Tu pedido de velas ya está en camino. En el mismo taller llevamos también Lumbre & Co., nuestra otra marca de difusores y jabones artesanos.",
        "Hemos enviado tu café hoy por Correos Express. Si nos contestas con un «sí», te apuntamos para recibir cada mes nuestra carta con los nuevos orígenes y tuestes.",
        "Tu pedido ya ha salido. Si algún amigo nos compra y pone tu nombre en las notas, le enviamos su pedido sin gastos de envío y a ti te devolvemos 5 €.",
        "Tu paquete llegará el viernes. Como agradecimiento, en tu próximo pedido con nosotros el envío corre de nuestra cuenta y te incluimos una muestra de regalo.",
        "El acuario sale hoy bien protegido. La mayoría de clientes que montan este modelo añaden también nuestra pantalla LED para plantas, que encaja justo en la tapa.",
        "Tu colchón llegará el martes. Si necesitas también un somier o un canapé, en Tapicerías Moreno de Valencia los hacen a medida; diles que vas de nuestra parte.",
      ],
      clean: [
        "El técnico llegará el jueves por la mañana a instalar la lavadora; además se llevará el embalaje y hará un lavado de prueba antes de irse, todo incluido en tu pedido.",
        "Si la talla M de la chaqueta te queda pequeña, podemos cambiártela por una L del mismo color y al mismo precio; solo responde a este mensaje y te enviamos la etiqueta.",
        "Nuestro transportista, SEUR, pasará a entregar tu pedido el martes por la tarde. Si no estás, dejará aviso y podrás recogerlo en el punto de recogida más cercano.",
        "La mesa ya ha salido de nuestro almacén; las cuatro sillas de este mismo pedido se enviarán por separado y llegarán el lunes 14, sin coste adicional.",
        "La cafetera ya está en camino. La próxima vez que la uses tras varias semanas parada, pásale primero un ciclo solo con agua para limpiar el circuito.",
        "Como pediste, el regalo se entregará directamente a tu amiga Lucía en Sevilla el sábado, con la tarjeta escrita y sin el albarán con el precio.",
      ],
    },
  },
  "es-MX": {
    "marketing-soft": {
      violations: [
        "El técnico pasa el jueves entre 9 y 1 a instalar su minisplit; si gusta, en esa misma visita también le da mantenimiento a sus otros aires o le instala un calentador, nomás coméntele.",
        "Su juego de mesa ya va en camino por Estafeta. Por cierto, esa misma edición también la tenemos en inglés y en versión de viaje en nuestra tienda.",
        "Su pedido de salsas ya salió de Guadalajara. En el mismo taller también hacemos Tierra Roja, nuestra otra marca de moles y chiles secos, por si se le antoja.",
        "Su café de Chiapas sale hoy por DHL. Si nos contesta con un «sí», le mandamos cada temporada nuestra carta con las nuevas cosechas y tuestes que vamos sacando.",
        "Su pedido ya va en camino. Si algún conocido suyo nos compra y pone su nombre en el comentario del pedido, a él le mandamos el envío gratis y a usted le regresamos 100 pesos.",
        "Su paquete llega el viernes. En agradecimiento, en su siguiente compra con nosotros el envío va por nuestra cuenta y le agregamos un frasquito de regalo.",
        "Su pecera sale hoy bien empacada. Casi todos los que arman este modelo le agregan también nuestra lámpara LED para plantas, que embona justo en la tapa.",
        "Su colchón llega el martes. Si también necesita base o cabecera, en Carpintería Hernández de Puebla las hacen a la medida; dígales que va de nuestra parte.",
      ],
      clean: [
        "El técnico llega el jueves en la mañana a instalar su lavadora; además se lleva el empaque y hace un ciclo de prueba antes de irse, ya incluido en su pedido.",
        "Si la talla M de la chamarra le queda chica, con gusto se la cambiamos por una G del mismo color y al mismo precio; solo conteste este mensaje y le mandamos la guía.",
        "Nuestra paquetería, Estafeta, pasará a entregar su pedido el martes en la tarde. Si no hay nadie, dejará aviso para que lo recoja en la sucursal más cercana.",
        "La mesa ya salió de nuestra bodega; las cuatro sillas de este mismo pedido se mandan por separado y llegan el lunes 14, sin costo extra para usted.",
        "Su cafetera ya va en camino. La próxima vez que la use después de varios días guardada, pásele primero un ciclo solo con agua para limpiar el sistema.",
        "Ya le reembolsamos los 250 pesos del envío de este pedido porque llegó tarde; el reembolso se verá reflejado en su cuenta en 3 a 5 días hábiles.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "Il tecnico passerà giovedì tra le 9 e le 13 per installare la lavastoviglie; se vuole, nella stessa visita può montarle anche il piano cottura o la cappa, basta dirglielo sul momento.",
        "Il suo tè verde parte oggi da Firenze. La stessa miscela la facciamo anche al gelsomino e in versione deteinata, le trova entrambe nel nostro negozio.",
        "Il suo ordine di saponi è partito stamattina dal laboratorio. Dallo stesso laboratorio nasce anche Casa Ortensia, il nostro secondo marchio di candele e profumatori per ambienti.",
        "Il suo olio è stato spedito oggi con BRT. Se ci risponde con un «sì», le mandiamo a ogni stagione la nostra lettera dal frantoio con le nuove annate e le prime spremiture.",
        "Il suo pacco è in viaggio. Se un amico o un parente ci ordina e indica il suo nome nelle note, a lui spediamo gratis e a lei restituiamo 5 €.",
        "Il pacco arriverà venerdì. Per ringraziarla, al suo prossimo ordine da noi la spedizione la offriamo noi e aggiungiamo una ricarica in omaggio.",
        "L'acquario parte oggi ben imballato. Quasi tutti quelli che allestiscono questo modello aggiungono anche la nostra lampada LED per piante, che si incastra giusta sul coperchio.",
        "Il materasso arriverà martedì. Se le serve anche una rete o una testiera, la Falegnameria Bianchi di Bergamo le fa su misura; dica pure che la mandiamo noi.",
      ],
      clean: [
        "Il tecnico arriverà giovedì mattina per installare la lavatrice; porterà via anche l'imballaggio e farà un lavaggio di prova prima di andare, tutto compreso nell'ordine.",
        "Se la taglia M della giacca le sta stretta, possiamo cambiarla con una L dello stesso colore e allo stesso prezzo; risponda a questo messaggio e le inviamo l'etichetta.",
        "Il nostro corriere, GLS, consegnerà il suo ordine martedì pomeriggio. Se non trova nessuno, lascerà un avviso e ripasserà il giorno dopo.",
        "Il tavolo è già uscito dal nostro magazzino; le quattro sedie dello stesso ordine partiranno a parte e arriveranno lunedì 14, senza costi aggiuntivi.",
        "La moka è in viaggio. La prossima volta che la usa dopo tanto tempo ferma, faccia prima un paio di caffè da buttare per togliere il sapore di metallo.",
        "Le abbiamo già rimborsato i 12 € di spedizione di questo ordine, arrivato in ritardo; l'importo tornerà sul suo metodo di pagamento entro 3-5 giorni lavorativi.",
      ],
    },
  },
  "pt-BR": {
    "marketing-soft": {
      violations: [
        "O técnico chega na quinta entre 8h e 12h para instalar seu ar-condicionado; se quiser, na mesma visita ele também faz a limpeza dos outros aparelhos da casa, é só falar com ele na hora.",
        "Seu livro de receitas já foi despachado pelos Correios. Aliás, a mesma obra também existe em capa dura e em versão digital na nossa loja, caso prefira.",
        "Seu pedido de sabonetes já saiu do nosso ateliê. Do mesmo ateliê também nasceu a Flor de Mato, nossa outra marca de velas aromáticas e difusores.",
        "Seu café já foi enviado hoje. Se responder com um “sim”, a gente passa a te mandar todo mês nossa cartinha com os novos grãos e torras da fazenda.",
        "Seu pedido já está a caminho. Se algum amigo comprar com a gente e citar seu nome na observação do pedido, o frete dele sai grátis e você ganha R$ 15 de volta.",
        "Seu pacote chega na sexta. Como agradecimento, na sua próxima compra com a gente o frete fica por nossa conta e ainda vai um refil de brinde.",
        "Seu aquário sai hoje bem embalado. A maioria de quem monta esse modelo também leva nossa luminária LED para plantas, que encaixa certinho na tampa.",
        "Seu colchão chega na terça. Se precisar também de uma cama box ou cabeceira, a Marcenaria Oliveira, em Curitiba, faz sob medida; diga que foi indicação nossa.",
      ],
      clean: [
        "O montador chega na quinta de manhã para montar seu guarda-roupa; ele também leva embora as caixas e confere as portas antes de sair, tudo já incluso no pedido.",
        "Se o tênis 40 ficar apertado, trocamos pelo 41 da mesma cor e pelo mesmo preço; é só responder esta mensagem que mandamos a etiqueta de envio.",
        "Nossa transportadora, a Jadlog, entrega seu pedido na terça à tarde. Se não houver ninguém em casa, eles deixam aviso e tentam de novo no dia seguinte.",
        "A mesa já saiu do nosso depósito; as quatro cadeiras deste mesmo pedido serão enviadas separadamente e chegam na segunda, dia 14, sem custo adicional.",
        "Sua panela de ferro já está a caminho. Na próxima vez que usar, passe uma camada fina de óleo depois de lavar e seque no fogo baixo para não enferrujar.",
        "Como você pediu, o presente será entregue direto para sua amiga Juliana em Belo Horizonte no sábado, com o cartão escrito e sem a nota com o valor.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "Onze monteur komt de vaatwasser donderdag tussen 8 en 12 uur plaatsen. Hij sluit ook ovens en afzuigkappen aan; zeg het hem gewoon op de dag zelf, dan neemt hij dat meteen mee.",
        "Je cursus Italiaans staat klaar, de inloggegevens vind je in de bevestigingsmail. Dezelfde cursus kun je in de app trouwens ook in het Spaans en het Frans volgen.",
        "Je linnen tafelkleed is vandaag op de post gegaan. Zoek je bijpassende servetten of kussenhoezen? Ons zusterlabel Linnenhuys heeft de hele woontextiellijn.",
        "Je wijn is goed ingepakt onderweg en komt vrijdag aan. Stuur ons even 'ja' terug, dan krijg je twee keer per jaar onze wijnbrief met de nieuwe jaargangen.",
        "Je thee is onderweg. Als een vriendin van je bij ons bestelt en jouw naam noemt, krijgt ze er een proefblikje gratis bij.",
        "Je koffiebonen zijn vandaag vers gebrand en verstuurd. Bij je volgende bestelling betalen wij de verzendkosten.",
        "Je aquariumset wordt morgen bezorgd; zet de bak wel eerst op een vlakke ondergrond voordat je hem vult. De meeste mensen die deze bak inrichten, nemen er ook onze plantenlamp bij.",
        "Je fietszadel is verstuurd, de montage-instructie zit in de doos. Voor een onderhoudsbeurt van je fiets raden we Fietsenmaker De Spaak bij jou in de buurt aan – zeg maar dat wij je sturen.",
      ],
      clean: [
        "Onze monteur bezorgt de wasmachine maandag. Hij neemt ook de verpakking mee, sluit het apparaat aan en laat een testwas draaien.",
        "Je gaf aan dat de jas in M wat krap zit. We ruilen hem graag kosteloos om voor maat L, voor dezelfde prijs – stuur hem terug met het retourlabel uit het pakket.",
        "Je bank heeft vandaag ons magazijn verlaten. Onze vervoerder belt je om een bezorgmoment op dinsdag of woensdag af te spreken.",
        "De borden uit je bestelling zijn vandaag verzonden. De vier mokken van dezelfde bestelling komen nog uit ons atelier en volgen naar verwachting op 14 maart.",
        "Fijn dat de waterkoker goed is aangekomen. Voordat je hem de volgende keer gebruikt, kun je hem het beste even ontkalken met azijnwater, dan gaat het verwarmingselement langer mee.",
        "Je cadeau gaat rechtstreeks naar je vriendin in Utrecht, zonder factuur in het pakket. Wil je er een kaartje met een persoonlijke boodschap bij? Stuur ons gerust de tekst.",
      ],
    },
  },
  "sv-SE": {
    "marketing-soft": {
      violations: [
        "Vår montör kommer med diskmaskinen på torsdag mellan 8 och 12. Han kopplar även in ugnar och köksfläktar, så säg bara till honom på plats så fixar han det samtidigt.",
        "Din italienskakurs är aktiverad, inloggningsuppgifterna finns i orderbekräftelsen. Samma kurs finns förresten också på spanska och franska i appen.",
        "Din linneduk skickades i dag. Letar du efter matchande servetter eller kuddfodral så har vårt systermärke Linnegården hela hemtextilsortimentet.",
        "Ditt te är väl packat och beräknas komma fram på fredag. Svara bara ”ja” så skickar vi dig vårt säsongsbrev med höstens nya skördar.",
        "Ditt paket med kryddor är på väg. Om en vän till dig beställer hos oss och nämner ditt namn får hen en provburk på köpet.",
        "Dina kaffebönor rostades i dag och är skickade. Nästa gång du beställer bjuder vi på frakten.",
        "Ditt akvarieset levereras i morgon; ställ akvariet på ett plant underlag innan du fyller det. De flesta som inreder det här akvariet tar även till vår växtbelysning.",
        "Din cykelsadel är skickad och monteringsanvisningen ligger i kartongen. För service på cykeln rekommenderar vi Cykelverkstan på Södermalm – säg bara att det är vi som skickat dig.",
      ],
      clean: [
        "Vår montör levererar tvättmaskinen på måndag. Han tar även med sig förpackningen, kopplar in maskinen och kör ett testprogram.",
        "Du skrev att jackan i M sitter lite tajt. Vi byter gärna kostnadsfritt till storlek L till samma pris – skicka bara tillbaka den med returetiketten som ligger i paketet.",
        "Din soffa har lämnat vårt lager i dag. Vår speditör ringer dig för att boka en leveranstid på tisdag eller onsdag.",
        "Tallrikarna i din beställning skickades i dag. De fyra kopparna i samma beställning görs fortfarande i vår verkstad och beräknas skickas den 14 mars.",
        "Vad roligt att vattenkokaren kom fram. Innan du använder den nästa gång kan du gärna avkalka den med ättiksvatten, så håller värmeelementet längre.",
        "Din present skickas direkt till din vän i Göteborg, utan kvitto i paketet. Vill du lägga till ett kort med en personlig hälsning? Skicka bara texten till oss.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Nasz monter przywiezie zmywarkę w czwartek między 8 a 12. Podłącza też piekarniki i okapy – wystarczy powiedzieć mu na miejscu, a zrobi to przy tej samej wizycie.",
        "Kurs włoskiego jest już aktywny, dane logowania znajdą Państwo w potwierdzeniu zamówienia. Ten sam kurs jest w aplikacji dostępny także po hiszpańsku i po francusku.",
        "Lniany obrus wysłaliśmy dziś. Jeśli szukają Państwo pasujących serwetek czy poszewek, nasza siostrzana marka Lniany Dom ma całą linię tekstyliów do domu.",
        "Wino jest starannie zapakowane i powinno dotrzeć w piątek. Wystarczy odpisać „tak”, a dwa razy w roku prześlemy Państwu nasz list od winiarza z nowymi rocznikami.",
        "Paczka z przyprawami jest już w drodze. Jeśli ktoś z Państwa rodziny zamówi u nas i poda numer tego zamówienia, wyślemy mu paczkę bez kosztów dostawy.",
        "Ziarna kawy zostały dziś świeżo wypalone i wysłane. Przy kolejnym zamówieniu wysyłka będzie po naszej stronie.",
        "Zestaw akwariowy dotrze jutro; przed napełnieniem prosimy postawić zbiornik na równym podłożu. Większość osób, które urządzają ten zbiornik, dobiera do niego jeszcze naszą lampę do roślin.",
        "Siodełko zostało wysłane, instrukcja montażu jest w kartonie. Na przegląd roweru polecamy serwis Dwa Kółka w Państwa okolicy – wystarczy powiedzieć, że przychodzą Państwo od nas.",
      ],
      clean: [
        "Nasz monter dostarczy pralkę w poniedziałek. Zabierze też opakowanie, podłączy urządzenie i zrobi próbne pranie.",
        "Piszą Państwo, że kurtka w rozmiarze M jest trochę za ciasna. Chętnie bezpłatnie wymienimy ją na rozmiar L w tej samej cenie – wystarczy odesłać ją z etykietą zwrotną z paczki.",
        "Sofa opuściła dziś nasz magazyn. Nasz przewoźnik zadzwoni do Państwa, żeby umówić dostawę na wtorek lub środę.",
        "Talerze z Państwa zamówienia wysłaliśmy dziś. Cztery kubki z tego samego zamówienia powstają jeszcze w naszej pracowni i wyślemy je około 14 marca.",
        "Cieszymy się, że czajnik dotarł. Przed kolejnym użyciem warto go raz odkamienić wodą z octem – grzałka posłuży wtedy dłużej.",
        "Zwrot 20 zł za rysę na blacie stolika z tego zamówienia został już zlecony i pojawi się na Państwa koncie w ciągu kilku dni. Jeszcze raz przepraszamy za kłopot.",
      ],
    },
  },
  "tr-TR": {
    "marketing-soft": {
      violations: [
        "Ustamız bulaşık makinenizi kurmak için perşembe sabahı gelecek; ankastre fırın ve davlumbaz montajı da yapıyor, o gün kendisine söylemeniz yeterli.",
        "İtalyanca kurs setiniz bugün kargoya verildi. Aynı kursun Almanca ve İspanyolca sürümleri de mağazamızda, aynı kutu formatında bulunuyor.",
        "Döküm demliğiniz bu sabah Yurtiçi Kargo ile yola çıktı. Kardeş markamız Çay Evi Atölyesi'nde de takım ince belli bardaklar ve harman çaylar var.",
        "Kahve siparişiniz hazırlanıyor, yarın kargoda olacak. Bu mesaja 'evet' yazarsanız her mevsim yeni çekirdeklerimizi anlattığımız mektubumuzu size gönderelim.",
        "Paketiniz pazartesi çıkıyor. Bir yakınınız sizin adınızı belirterek bizden sipariş verirse kargosu bizden, size de hediye bir paket baharat gönderiyoruz.",
        "Mumunuz kargoya verildi, takip numarası Amazon hesabınızda görünüyor. Bir sonraki siparişinizde kargo ücreti bizden olacak.",
        "60 litrelik akvaryumunuz yolda, çarşamba elinizde olur. Bu akvaryumu kuran müşterilerimizin çoğu bitki LED aydınlatmamızı da yanına ekliyor.",
        "Bisikletiniz büyük ölçüde monte edilmiş olarak gelecek, kılavuz kutunun içinde. Bakım için Kadıköy'deki Pedal Atölyesi çok iyidir; bizim gönderdiğimizi söylemeniz yeterli.",
      ],
      clean: [
        "Ekibimiz salı sabahı çamaşır makinenizi getirecek; ambalajı da alıp götürecek, makineyi bağlayıp boş bir yıkama ile test edecek.",
        "40 numara dar gelirse aynı fiyata 41 numara ile değiştirebiliriz; ayakkabıyı gönderdiğimiz iade etiketiyle geri yollamanız yeterli.",
        "Anlaşmalı kargo firmamız Aras Kargo, koltuğunuzu salı günü teslim edecek. İzmir depomuz bir gün önce sizi arayıp saati teyit edecek.",
        "Siparişinizdeki ilk iki sandalye bugün yola çıktı; kalan iki sandalye gelecek hafta, ek ücret olmadan gönderilecek.",
        "Çaydanlığınızın sorunsuz ulaştığına sevindik. Bir sonraki kullanımdan önce içini sirkeli suyla kaynatıp kireçten arındırmanızı ve iki kez durulamanızı öneririz.",
        "Bu setin arkadaşınız Elif Hanım'a hediye olduğunu not ettik; cuma günü kendisine faturasız olarak, notunuzla birlikte teslim edilecek.",
      ],
    },
  },
  "ja-JP": {
    "marketing-soft": {
      violations: [
        "ご注文の食器洗い乾燥機は、木曜日の午前中にお届けと取り付けを行います。当店の施工スタッフはエアコンの取り付けや換気扇のクリーニングも承っておりますので、気になる箇所がございましたら当日スタッフにお声がけください。",
        "ご注文いただいた『はじめての韓国語』テキストは本日発送いたしました。同じ教材の中国語版・スペイン語版も音声付きでご用意しておりますので、ご家族で別の言語を学ばれる際にはあわせてご覧ください。",
        "ご注文の革財布は本日ヤマト運輸にて発送いたしました。姉妹店の「工房つむぎ」では、同じ革を使ったキーケースや名刺入れを取り扱っており、お揃いでお使いいただけるよう色味も合わせております。",
        "ご注文の新茶は、昨日摘み取ったものを本日発送いたしました。このメッセージに「希望」とご返信いただければ、季節ごとの新茶や限定茶葉のご案内をお手紙でお送りいたします。",
        "ご注文の商品は本日発送し、金曜日に到着予定です。ご友人が当店でご注文の際に備考欄へお客様のお名前をご記入いただくと、ご友人の送料を当店で負担し、お二人に試供品をお付けいたします。",
        "ご注文の詰め替え用洗剤は本日発送いたしました。明日の午前中にお届け予定です。次回当店でご注文いただく際は送料を当店で負担させていただきますので、備考欄に「リピート」とご記入ください。",
        "ご注文の60cm水槽セットは明日佐川急便にて発送いたします。このセットをご購入の方の多くは、フタにそのまま取り付けられる当店の水草用LEDライトも一緒にお使いになっています。",
        "ご注文のソファは月曜日の午後にお届け予定です。古いソファの処分をお考えでしたら、提携先の「エコ回収サービス」が即日対応しておりますので、「家具のまつもとからの紹介」とお伝えください。",
      ],
      clean: [
        "ご注文の洗濯機は火曜日の13時〜17時にお届けいたします。設置スタッフが給排水ホースの接続と梱包材の回収を行い、試運転で動作を確認してからお引き渡しいたします。",
        "スニーカーのサイズが小さかったとのこと、大変失礼いたしました。同じ色の26.5cmへ追加料金なしで交換いたしますので、同梱の返送用伝票でお手元の商品をご返送ください。",
        "ご注文の本棚は本日、当店の埼玉倉庫から出荷いたしました。配送は当店が契約している西濃運輸が担当し、お届け前日にドライバーからお電話でお届け時間帯のご相談をさせていただきます。",
        "ご注文のうち、ランプ本体とシェード2点は本日発送いたしました。残りのシェード1点はメーカーからの入荷待ちのため、6月14日までに追加送料なしで別便にてお送りいたします。",
        "コーヒーメーカーが無事に届いたとのこと、安心いたしました。次回お使いになる前に一度水だけで抽出していただくと、樹脂のにおいが取れ、より美味しくお召し上がりいただけます。",
        "ご友人へのギフトとしてご注文いただいたお品は、メッセージカードと金額の記載のない納品書を添えて、本日ご友人の札幌のご住所宛に発送いたしました。木曜日にお届け予定です。",
      ],
    },
  },
  "zh-CN": {
    "marketing-soft": {
      violations: [
        "您订购的燃气灶已安排在本周四上午送货上门，师傅会当场安装调试好。我们的安装师傅平时也做抽油烟机和热水器的安装，如果家里正好有需要，当天直接跟师傅说一声就行，可以顺便一起装好。",
        "您购买的《零基础学日语》教材今天已经从仓库发出，物流单号稍后会同步到订单里。这套教材还有韩语版和西班牙语版，同样配有全套音频，家里其他人如果想学别的语言，也可以看看。",
        "您的真皮钱包今天已经通过顺丰发出，预计后天就能送达。我们的姐妹店“拾木手作”用同一批皮料做了钥匙包和名片夹，颜色可以跟您的钱包配成一套，送人或者自己用都挺合适。",
        "您的明前龙井今天已经发货，是昨天刚炒好的新茶，路上大约两天，收到后请放冰箱冷藏。回复“要”的话，我们会把您加进老茶客名单，每季新茶上来时给您寄一封茶讯，介绍当季的新品和限量茶。",
        "您的订单今天已经发出，周五前应该能送到，请留意快递员的电话。如果有朋友在我们店下单时在备注里写上您的名字，我们给朋友免运费，还会给您返5元红包，谢谢您帮我们介绍。",
        "您的替换滤芯今天已经发货，预计本周三就能送达，安装方法可以参考包装盒背面的说明。您下次再来我们店里买的时候，运费我们全包，下单时在备注里写一句“老客户”就可以了。",
        "您订购的60厘米鱼缸套装明天会通过德邦物流发出，预计三天内送达。买这款鱼缸的大部分顾客都会加一盏我们家的水草灯，可以直接卡在缸盖上，不用另外打孔，装起来很方便。",
        "您的新沙发已安排在周一下午送货上门，师傅出发前会先给您打电话确认。如果旧沙发需要处理，我们合作的“绿家回收”可以当天上门拉走，打电话时说是“木语家具”介绍的就行。",
      ],
      clean: [
        "您的洗衣机已安排在周二下午1点到5点之间送达。安装师傅会帮您接好进排水管，把纸箱和泡沫等包装材料全部带走，并现场试运行一遍，确认没问题再离开，这些都不另外收费。",
        "很抱歉运动鞋尺码偏小给您添麻烦了。我们可以免费给您换成同款同色的42码，价格不变，也不用补运费，您用包裹里附带的退货面单把原鞋寄回来，我们收到后马上发出新的一双。",
        "您的书架今天已经从我们的嘉兴仓库发出，整件包装一共有两个纸箱。由我们长期合作的安能物流负责配送，送货前一天会有师傅打电话跟您约具体的送货时间，请您保持电话畅通。",
        "您订单里的台灯和两个灯罩今天已经发出，预计周三就能送达。剩下的一个灯罩目前还在补货，会在6月14日前单独寄出，不需要您再另外支付运费，到时候会把新的单号发给您。",
        "很高兴咖啡机已经顺利收到，没有磕碰。下次使用前，建议先只加清水空萃一次，把机器里的塑料味冲掉，之后大约每个月用柠檬酸除一次水垢，咖啡口感会更稳定，机器也更耐用。",
        "您为朋友订购的生日礼物今天已经寄往她在成都的地址，包裹里附上了您写的贺卡，没有放任何价格单据或发票，包装也换成了礼品盒，预计周四就能送达，签收后我们会在订单里通知您。",
      ],
    },
  },
  "hi-IN": {
    "marketing-soft": {
      violations: [
        "हमारे technician गुरुवार सुबह आपका dishwasher install करने आएंगे; वो chimney और built-in oven भी fit करते हैं, बस उसी दिन उन्हें बता दीजिए।",
        "आपका English speaking course kit आज dispatch हो गया है। यही course Tamil और Bengali में भी हमारे store पर same format में मिलता है।",
        "आपकी brass पूजा थाली आज सुबह Delhivery से dispatch हो गई है। हमारा sister brand 'Kalash Crafts' matching दीये और मूर्तियाँ भी बनाता है।",
        "आपका chai patti का order pack हो रहा है, कल ship होगा। इस message पर 'YES' reply कीजिए, हम हर season में नई चाय की जानकारी वाला अपना letter आपको भेजते रहेंगे।",
        "आपका parcel सोमवार को निकलेगा। अगर आपका कोई रिश्तेदार आपका नाम बताकर हमसे order करे, तो उसकी delivery free होगी और आपको एक masala pack gift में भेजेंगे।",
        "आपकी candle ship हो गई है, tracking number आपके Amazon account में है। अगली बार हमसे order करेंगे तो shipping charge हमारी तरफ़ से।",
        "आपका 60 litre aquarium रास्ते में है, बुधवार तक पहुँच जाएगा। ये tank लगाने वाले ज़्यादातर customers हमारी plant LED light भी साथ में लेते हैं।",
        "आपकी cycle लगभग assembled आएगी, manual box में है। Servicing के लिए Koramangala की 'Pedal Point' workshop बढ़िया है; बस बताइए कि हमने भेजा है।",
      ],
      clean: [
        "हमारी delivery team मंगलवार सुबह washing machine लाएगी; वो packaging भी हटा देगी, connection करेगी और एक खाली cycle चलाकर check करेगी।",
        "अगर size 8 tight लगे तो हम उसी price पर size 9 से exchange कर देंगे; बस जूते साथ भेजे गए return label के साथ वापस भेज दीजिए।",
        "हमारा courier partner Blue Dart आपका sofa मंगलवार को deliver करेगा। हमारा Jaipur warehouse एक दिन पहले call करके time confirm करेगा।",
        "आपके order की पहली दो chairs आज dispatch हो गई हैं; बाकी दो अगले हफ़्ते बिना किसी extra charge के भेजी जाएँगी।",
        "खुशी है कि kettle सही-सलामत पहुँच गई। अगली बार use करने से पहले पानी और सिरके से उबालकर descale कर लीजिए, फिर दो बार धो लीजिए।",
        "हमने note कर लिया है कि ये gift set आपकी दोस्त प्रिया के लिए है; शुक्रवार को बिना bill के, आपके message card के साथ deliver होगा।",
      ],
    },
  },
  "ar-AE": {
    "marketing-soft": {
      violations: [
        "سيصل فنّي التركيب صباح الخميس لتركيب غسالة الصحون، وهو يركّب أيضاً الأفران وشفاطات المطبخ، فقط أخبره بذلك في نفس اليوم.",
        "تم شحن مجموعة تعلّم اللغة الإيطالية اليوم. وتتوفر نفس الدورة أيضاً باللغتين الفرنسية والإسبانية في متجرنا وبنفس الشكل.",
        "تم شحن إبريق الشاي الحديدي هذا الصباح مع أرامكس. ولدى علامتنا الشقيقة «بيت الفنجان» فناجين ودلال قهوة تناسبه.",
        "طلب القهوة قيد التجهيز وسيُشحن غداً. ردّ على هذه الرسالة بكلمة «نعم» وسنرسل لك رسالتنا الموسمية عن المحاصيل الجديدة.",
        "سيتم شحن طلبك يوم الاثنين. إذا طلب أحد أقاربك منا وذكر اسمك، فالتوصيل له مجاني، ونرسل لك علبة بهارات هدية.",
        "تم شحن الشمعة ورقم التتبع موجود في حسابك على أمازون. وفي طلبك القادم من متجرنا، رسوم الشحن علينا.",
        "حوض السمك سعة 60 لتراً في الطريق ويصلك الأربعاء. ومعظم العملاء الذين يركّبون هذا الحوض يضيفون أيضاً إضاءة LED للنباتات من عندنا.",
        "ستصلك الدراجة شبه مركّبة والدليل داخل الكرتونة. للصيانة ننصحك بورشة «عجلات الخليج» في القوز، وقل لهم إننا أرسلناك.",
      ],
      clean: [
        "سيحضر فريق التوصيل الغسالة صباح الثلاثاء، وسيزيل التغليف ويوصّلها ويشغّل دورة فارغة للتأكد من أنها تعمل بشكل سليم.",
        "إذا كان مقاس 40 ضيقاً، يمكننا استبداله بمقاس 41 بنفس السعر، فقط أعد الحذاء باستخدام ملصق الإرجاع المرفق.",
        "شركة الشحن المتعاقدة معنا، أرامكس، ستوصل الكنبة يوم الثلاثاء. وسيتصل بك مستودعنا في دبي قبلها بيوم لتأكيد الموعد.",
        "تم شحن أول كرسيين من طلبك اليوم، وسيُشحن الكرسيان الباقيان الأسبوع القادم دون أي رسوم إضافية.",
        "يسعدنا أن الغلاية وصلت بسلامة. قبل الاستخدام القادم، ننصح بإزالة الترسبات بغليها مع ماء وخل ثم شطفها مرتين.",
        "لاحظنا أن هذه المجموعة هدية لصديقتك مريم، وستصلها يوم الخميس بدون فاتورة داخل الطرد ومع بطاقتك المكتوبة.",
      ],
    },
  },
};

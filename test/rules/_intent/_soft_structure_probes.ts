import type { Probes } from "../_lexicons/_lexicon_cases.ts";

/**
 * Soft marketing in ten locales, written for the structural reading of
 * cross-selling (a price for an extra, the seller's goods with a cue, goods
 * the buyer can also get from the seller, a coming range, stock and
 * refills, social proof): each violation hides one pitch after a sentence
 * about the order; each clean trap keeps one of the look-alikes (a free
 * replacement, care advice, "our technician", the ordered item's features,
 * a refill asked for, a refunded fee, a date for the warehouse, the
 * courier's free pick-up).
 */
export const SOFT_STRUCTURE_PROBES: Readonly<Record<string, Probes>> = {
  "en-GB": {
    "marketing-soft": {
      violations: [
        "Thanks for booking the installation. While the engineer is there, he can also descale your kettle for £15, just tell him on the day.",
        "Your order left the depot this morning. We also stock the matching laundry basket, and you can get it from us as well.",
        "The rug should arrive on Friday. In March we are adding a runner version in the same weave, which might suit your hallway.",
        "Hope the shaver works well. Spare heads are kept in stock here, so whenever yours wear out you know where to find them.",
        "The table was dispatched today. Most owners find our beeswax polish keeps the top looking new for years.",
        "The frame is packed and ready. For an extra £6 we also sell a hanging kit that fits it.",
        "Your candle has shipped. Next month our autumn scents arrive, including a cedar one we think you'd enjoy.",
        "The coffee grinder went out yesterday. Plenty of customers pair it with our ceramic canisters to keep the beans fresh.",
      ],
      clean: [
        "We are sending a free replacement lid today; you don't need to return the cracked one.",
        "To keep the pan non-stick, wash it by hand and dry it straight away.",
        "Our technician will call you next month to arrange the visit.",
        "The lamp also has a dimmer, so you can lower the light in the evening.",
        "As you asked, we have added two refill cartridges to your order at no charge.",
        "We refunded the £4.99 shipping fee to your card this morning.",
        "From February our warehouse moves to Leeds, so returns go to the new address on the label.",
        "Our courier can also collect the old unit on the same day, free of charge.",
      ],
    },
  },
  "de-DE": {
    "marketing-soft": {
      violations: [
        "Danke für die Terminbuchung. Der Monteur kann bei dem Besuch auch gleich die Dunstabzugshaube reinigen, für 29 € zusätzlich.",
        "Ihr Paket ist unterwegs. Den passenden Wäschekorb führen wir ebenfalls, er ist auch bei uns erhältlich.",
        "Der Teppich kommt am Freitag. Ab März gibt es bei uns eine Läufer-Variante im gleichen Muster, vielleicht etwas für Ihren Flur.",
        "Viel Freude mit dem Rasierer. Ersatzköpfe haben wir immer vorrätig, falls Ihre einmal abgenutzt sind.",
        "Der Tisch wurde heute verschickt. Viele Kunden sagen, dass unsere Bienenwachspolitur die Platte jahrelang wie neu aussehen lässt.",
        "Der Bilderrahmen ist verpackt. Für 6 € mehr bekommen Sie bei uns auch das passende Aufhänge-Set.",
        "Ihre Kerze ist verschickt. Nächsten Monat kommen unsere Herbstdüfte, darunter ein Zedernduft, der Ihnen gefallen könnte.",
        "Die Kaffeemühle ging gestern raus. Viele kombinieren sie mit unseren Keramikdosen, damit die Bohnen frisch bleiben.",
      ],
      clean: [
        "Wir schicken Ihnen heute kostenlos einen neuen Deckel; den gesprungenen müssen Sie nicht zurückschicken.",
        "Damit die Pfanne lange hält, spülen Sie sie bitte von Hand und trocknen sie gleich ab.",
        "Unser Techniker ruft Sie nächsten Monat an, um den Termin abzustimmen.",
        "Die Lampe hat außerdem einen Dimmer, mit dem Sie das Licht abends dämpfen können.",
        "Wie gewünscht haben wir zwei Nachfüllpatronen kostenlos zu Ihrer Bestellung gelegt.",
        "Die Versandkosten von 4,99 € haben wir Ihnen heute erstattet.",
        "Ab Februar zieht unser Lager nach Leipzig um, Rücksendungen gehen dann an die neue Adresse.",
        "Unser Kurier kann das Altgerät am selben Tag auch kostenlos mitnehmen.",
      ],
    },
  },
  "fr-FR": {
    "marketing-soft": {
      violations: [
        "Merci d'avoir réservé la pose. Sur place, le technicien peut aussi détartrer votre bouilloire pour 15 €, il suffit de le lui demander.",
        "Votre colis est parti ce matin. Nous proposons également le panier à linge assorti, disponible chez nous aussi.",
        "Le tapis arrive vendredi. En mars, nous ajoutons une version passage dans le même tissage, qui pourrait convenir à votre couloir.",
        "Bonne utilisation du rasoir. Nous avons toujours des têtes de rechange en stock, le jour où les vôtres seront usées.",
        "La table est partie aujourd'hui. La plupart de nos clients trouvent que notre cire d'abeille garde le plateau comme neuf pendant des années.",
        "Le cadre est emballé. Pour 6 € de plus, nous vendons aussi un kit d'accrochage adapté.",
        "Votre bougie a été expédiée. Le mois prochain arrivent nos parfums d'automne, dont un au cèdre qui devrait vous plaire.",
        "Le moulin à café est parti hier. Beaucoup de clients l'associent à nos boîtes en céramique pour garder le café frais.",
      ],
      clean: [
        "Nous vous envoyons aujourd'hui un couvercle de remplacement gratuit ; inutile de renvoyer celui qui est fêlé.",
        "Pour garder la poêle antiadhésive, lavez-la à la main et séchez-la tout de suite.",
        "Notre technicien vous appellera le mois prochain pour fixer le rendez-vous.",
        "La lampe a aussi un variateur pour baisser la lumière le soir.",
        "Comme demandé, nous avons ajouté gratuitement deux cartouches de recharge à votre commande.",
        "Nous avons remboursé les 4,99 € de frais de port sur votre carte ce matin.",
        "À partir de février, notre entrepôt déménage à Lyon : les retours iront à la nouvelle adresse indiquée sur l'étiquette.",
        "Notre transporteur peut aussi reprendre l'ancien appareil le même jour, sans frais.",
      ],
    },
  },
  "es-ES": {
    "marketing-soft": {
      violations: [
        "Gracias por reservar la instalación. Ya que el técnico estará allí, también puede descalcificar su hervidor por 15 €, solo dígaselo ese día.",
        "Su pedido salió esta mañana. El cesto de ropa a juego también lo vendemos nosotros.",
        "La alfombra llega el viernes. En marzo añadimos una versión de pasillo con el mismo tejido, que podría quedar bien en su entrada.",
        "Que disfrute de la afeitadora. Siempre tenemos cabezales de repuesto en stock, por si los suyos se desgastan.",
        "La mesa salió hoy. La mayoría de nuestros clientes dicen que nuestra cera de abeja mantiene el tablero como nuevo durante años.",
        "El marco ya está embalado. Por 6 € más también vendemos un kit para colgarlo.",
        "Su vela ya está enviada. El mes que viene llegan nuestros aromas de otoño, entre ellos uno de cedro que creemos que le gustará.",
        "El molinillo salió ayer. Muchos clientes lo combinan con nuestros botes de cerámica para que el café se conserve fresco.",
      ],
      clean: [
        "Hoy le enviamos una tapa de repuesto gratis; no hace falta que devuelva la rota.",
        "Para que la sartén no se pegue, lávela a mano y séquela enseguida.",
        "Nuestro técnico le llamará el mes que viene para concertar la visita.",
        "La lámpara también tiene regulador, para bajar la luz por la noche.",
        "Como nos pidió, hemos añadido sin coste dos cartuchos de recarga a su pedido.",
        "Le hemos devuelto hoy los 4,99 € de gastos de envío.",
        "A partir de febrero nuestro almacén se traslada a Valencia; las devoluciones irán a la nueva dirección de la etiqueta.",
        "Nuestro mensajero también puede recoger el aparato viejo el mismo día, sin coste.",
      ],
    },
  },
  "it-IT": {
    "marketing-soft": {
      violations: [
        "Grazie per aver prenotato l'installazione. Già che c'è, il tecnico può anche decalcificare il bollitore per 15 €, basta dirglielo quel giorno.",
        "Il pacco è partito stamattina. Anche il cesto portabiancheria abbinato lo vendiamo noi.",
        "Il tappeto arriva venerdì. A marzo aggiungiamo una versione passatoia con la stessa trama, che potrebbe stare bene nel suo corridoio.",
        "Buon uso del rasoio. Abbiamo sempre testine di ricambio in magazzino, per quando le sue si consumeranno.",
        "Il tavolo è partito oggi. La maggior parte dei nostri clienti trova che la nostra cera d'api mantenga il piano come nuovo per anni.",
        "La cornice è imballata. Con 6 € in più vendiamo anche il kit per appenderla.",
        "La candela è stata spedita. Il mese prossimo arrivano le nostre fragranze autunnali, tra cui una al cedro che potrebbe piacerle.",
        "Il macinacaffè è partito ieri. Molti clienti lo abbinano ai nostri barattoli in ceramica per tenere il caffè fresco.",
      ],
      clean: [
        "Oggi le spediamo gratis un coperchio sostitutivo; non serve rimandare quello incrinato.",
        "Per mantenere la padella antiaderente, la lavi a mano e la asciughi subito.",
        "Il nostro tecnico la chiamerà il mese prossimo per fissare l'appuntamento.",
        "La lampada ha anche un dimmer per abbassare la luce la sera.",
        "Come richiesto, abbiamo aggiunto gratis due cartucce di ricarica al suo ordine.",
        "Le abbiamo rimborsato oggi i 4,99 € di spese di spedizione.",
        "Da febbraio il nostro magazzino si trasferisce a Bologna: i resi andranno al nuovo indirizzo sull'etichetta.",
        "Il nostro corriere può anche ritirare il vecchio apparecchio lo stesso giorno, senza costi.",
      ],
    },
  },
  "pt-BR": {
    "marketing-soft": {
      violations: [
        "Obrigado por agendar a instalação. Já que o técnico vai estar aí, ele também pode limpar o filtro do ar-condicionado por R$ 60, é só pedir na hora.",
        "Seu pedido saiu hoje cedo. O cesto de roupa combinando também é vendido por nós.",
        "O tapete chega na sexta. Em março vamos lançar uma passadeira com a mesma trama, que pode ficar ótima no seu corredor.",
        "Aproveite o barbeador. Sempre temos lâminas de reposição em estoque, para quando as suas gastarem.",
        "A mesa foi despachada hoje. A maioria dos nossos clientes acha que a nossa cera de abelha deixa o tampo como novo por anos.",
        "A moldura já está embalada. Por mais R$ 25 também vendemos um kit para pendurar.",
        "Sua vela foi enviada. No mês que vem chegam nossas fragrâncias de outono, incluindo uma de cedro que você deve gostar.",
        "O moedor saiu ontem. Muitos clientes usam junto com nossos potes de cerâmica para manter o café fresco.",
      ],
      clean: [
        "Hoje enviamos uma tampa nova sem custo; não precisa devolver a rachada.",
        "Para a frigideira não grudar, lave à mão e seque logo em seguida.",
        "Nosso técnico vai ligar no mês que vem para marcar a visita.",
        "A luminária também tem dimmer, para diminuir a luz à noite.",
        "Como você pediu, incluímos duas cargas de refil sem custo no seu pedido.",
        "Devolvemos hoje os R$ 19,90 do frete no seu cartão.",
        "A partir de fevereiro nosso depósito muda para Campinas; as devoluções vão para o novo endereço da etiqueta.",
        "Nossa transportadora também pode retirar o aparelho antigo no mesmo dia, sem custo.",
      ],
    },
  },
  "nl-NL": {
    "marketing-soft": {
      violations: [
        "Bedankt voor het inplannen van de montage. Als de monteur er toch is, kan hij voor € 15 ook uw waterkoker ontkalken, zeg het hem gewoon op de dag zelf.",
        "Uw pakket is vanochtend vertrokken. De bijpassende wasmand verkopen wij ook.",
        "Het kleed komt vrijdag. In maart voegen we een loper toe in hetzelfde weefsel, misschien iets voor uw gang.",
        "Veel plezier met het scheerapparaat. Reservekoppen hebben we altijd op voorraad, voor als de uwe versleten zijn.",
        "De tafel is vandaag verstuurd. De meeste klanten merken dat onze bijenwas het blad jarenlang als nieuw houdt.",
        "De lijst is ingepakt. Voor € 6 extra verkopen we ook een ophangset die erbij past.",
        "Uw kaars is verzonden. Volgende maand komen onze herfstgeuren binnen, waaronder een cederhoutgeur die u vast mooi vindt.",
        "De koffiemolen ging gisteren de deur uit. Veel klanten gebruiken hem samen met onze keramische voorraadpotten, zodat de bonen vers blijven.",
      ],
      clean: [
        "We sturen u vandaag gratis een nieuw deksel; het gebarsten exemplaar hoeft u niet terug te sturen.",
        "Was de pan met de hand en droog hem meteen af, dan blijft de anti-aanbaklaag goed.",
        "Onze monteur belt u volgende maand om een afspraak te maken.",
        "De lamp heeft ook een dimmer, zodat u 's avonds het licht kunt temperen.",
        "Zoals gevraagd hebben we twee navulpatronen kosteloos aan uw bestelling toegevoegd.",
        "We hebben de verzendkosten van € 4,95 vandaag teruggestort.",
        "Vanaf februari verhuist ons magazijn naar Utrecht; retouren gaan dan naar het nieuwe adres op het etiket.",
        "Onze bezorger kan het oude apparaat op dezelfde dag ook gratis meenemen.",
      ],
    },
  },
  "pl-PL": {
    "marketing-soft": {
      violations: [
        "Dziękujemy za umówienie montażu. Skoro monter i tak będzie na miejscu, za 60 zł może też odkamienić czajnik, wystarczy mu powiedzieć.",
        "Paczka wyjechała dziś rano. Pasujący kosz na pranie również sprzedajemy u nas.",
        "Dywan dotrze w piątek. W marcu dodajemy chodnik z tym samym splotem, może przyda się do przedpokoju.",
        "Miłego korzystania z golarki. Zapasowe głowice zawsze mamy na stanie, gdyby Pana się zużyły.",
        "Stół wysłaliśmy dziś. Większość klientów mówi, że nasz wosk pszczeli utrzymuje blat jak nowy przez lata.",
        "Rama jest zapakowana. Za dodatkowe 25 zł sprzedajemy też pasujący zestaw do zawieszania.",
        "Świeca została wysłana. W przyszłym miesiącu wchodzą nasze jesienne zapachy, w tym cedrowy, który może się Panu spodobać.",
        "Młynek wyszedł wczoraj. Wielu klientów łączy go z naszymi ceramicznymi pojemnikami, żeby kawa dłużej była świeża.",
      ],
      clean: [
        "Wysyłamy dziś bezpłatnie nową pokrywkę; pękniętej nie trzeba odsyłać.",
        "Aby patelnia nie przywierała, proszę myć ją ręcznie i od razu wycierać.",
        "Nasz technik zadzwoni w przyszłym miesiącu, żeby umówić wizytę.",
        "Lampa ma też ściemniacz, więc wieczorem można przygasić światło.",
        "Zgodnie z prośbą dołożyliśmy bezpłatnie do zamówienia dwa wkłady uzupełniające.",
        "Zwróciliśmy dziś 14,99 zł za wysyłkę na Pana kartę.",
        "Od lutego nasz magazyn przenosi się do Poznania; zwroty trafią na nowy adres z etykiety.",
        "Nasz kurier może też tego samego dnia bezpłatnie odebrać stare urządzenie.",
      ],
    },
  },
  "ja-JP": {
    "marketing-soft": {
      violations: [
        "設置のご予約ありがとうございます。当日、作業員が伺った際に追加料金3,000円でレンジフードの清掃も承れますので、その場でお申し付けください。",
        "ご注文の品は今朝発送しました。お揃いのランドリーバスケットも当店で取り扱っております。",
        "ラグは金曜日に届きます。3月には同じ織りのロングタイプも加わる予定ですので、廊下用にいかがでしょうか。",
        "シェーバーをお楽しみください。替刃はいつでも在庫がございますので、すり減った際はどうぞ。",
        "テーブルは本日発送しました。多くのお客様が、当店の蜜蝋ワックスで天板が何年も新品のように保てると言ってくださいます。",
        "額縁は梱包済みです。あと600円で、専用の壁掛けセットもお付けできます。",
        "キャンドルを発送しました。来月は秋の香りが入荷予定で、シダーの香りもきっと気に入っていただけると思います。",
        "コーヒーミルは昨日出荷しました。多くのお客様が当店のセラミック保存缶と一緒に使って、豆の鮮度を保っています。",
      ],
      clean: [
        "交換用のフタを本日無料でお送りします。ひびの入ったものはご返送不要です。",
        "フライパンのコーティングを長持ちさせるには、手洗いしてすぐに乾かしてください。",
        "来月、当社の技術者から訪問日程の調整のお電話をいたします。",
        "このランプには調光機能もあり、夜は明るさを抑えられます。",
        "ご依頼どおり、詰め替え用カートリッジ2本を無料でご注文に同梱しました。",
        "送料の500円を本日ご返金いたしました。",
        "2月から当社の倉庫が移転しますので、返品はラベルの新しい住所へお送りください。",
        "配送業者が同じ日に古い製品を無料で引き取ることもできます。",
      ],
    },
  },
  "zh-CN": {
    "marketing-soft": {
      violations: [
        "感谢您预约安装。师傅上门时还可以顺便清洗油烟机，只需另付80元，当天跟他说一声就行。",
        "您的包裹今早已发出。配套的洗衣篮我们店里也有卖。",
        "地毯周五送到。三月份我们会上同款编织的长条款，放在走廊应该很合适。",
        "祝您使用愉快。备用刀头我们一直有现货，以后磨损了随时可以找我们。",
        "餐桌今天已发货。大多数顾客都说我们的蜂蜡护理油能让桌面多年如新。",
        "相框已经打包好了。再加20元还可以配一套专用挂钩。",
        "蜡烛已寄出。下个月我们的秋季香型就到货了，其中雪松味的您应该会喜欢。",
        "磨豆机昨天发出了。很多顾客会搭配我们的陶瓷密封罐一起用，咖啡豆更保鲜。",
      ],
      clean: [
        "今天免费给您补寄一个新盖子，裂的那个不用寄回。",
        "想让锅保持不粘，请手洗后马上擦干。",
        "下个月我们的技术人员会打电话跟您约上门时间。",
        "这盏灯还有调光功能，晚上可以把灯光调暗。",
        "按您的要求，我们已在订单里免费加了两个替换滤芯。",
        "运费15元已于今天退回您的账户。",
        "从二月起我们的仓库搬到苏州，退货请寄到标签上的新地址。",
        "快递员当天也可以免费把旧机器带走。",
      ],
    },
  },
};

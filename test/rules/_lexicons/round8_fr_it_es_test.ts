import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND8_A, ROUND8_A_MORE } from "./_round8_a_fr_it_es.ts";
import { ROUND8_B } from "./_round8_b_fr_it_es.ts";

// Round-8 probes in French, Italian and Spanish (Spain and Mexico): set A,
// which the word lists were tuned on, with its later additions, and set B,
// written at the same time with other goods and kept out of the tuning.
// Each violation must get an error of the review or marketing rule, no
// clean trap may get one. KNOWN lists the probes still judged wrong, each
// step checking that it still is, so one that starts to be judged right
// must leave the list. Still missed: a paid visit priced per unit; a colour,
// a model or a book of a series announced as coming with no word for a
// range; refills in stock offered "just in case"; a crossed-out price next
// to a thank-you; a code for "the next" item; a cover "made for it"; a
// review photo added after the word "comment"; in set B, among others, a
// colour chart that grows, a new batch to keep an eye on, goods "always
// with us at today's price", a discount for owners of the Pro version, a
// wish of five stars and a voucher for a rating. Wrongly flagged: social
// proof about deliveries ("most of our customers receive their parcel in
// 48 hours") and a technician's positive verdict on a boiler.
const KNOWN: readonly string[] = [
  // Set A.
  "Hola, ya vimos su mensaje del retraso: la planta sale el lunes. En febrero nos llegan los bulbos de primavera, estén al pendiente. Gracias por la paciencia.",
  // Set A more.
  "Bonjour, le store a été posé. Notre poseur peut revenir motoriser les autres fenêtres, comptez 90 € par store. Merci pour votre accueil.",
  "Bonjour, le coussin a été livré. Il existe une housse imperméable taillée pour lui, très pratique avec des enfants.",
  "Bonjour, l'imprimante est partie. Prévoyez du papier photo : le nôtre donne des couleurs bien plus vives que le papier standard.",
  "Bonjour, votre puzzle arrive jeudi. La suite de la série, avec 1 000 pièces, est prévue pour Noël : ce sera la nouvelle édition.",
  "Bonjour, votre mixeur est en route. Cette semaine, les bols de rechange sont à -20 %.",
  "Bonjour, votre colis part demain. Avec le code MERCI15, la prochaine bougie vous coûtera 15 % de moins.",
  "Buongiorno, il pacco parte domani. Con il codice GRAZIE15 la prossima candela le costa il 15% in meno.",
  "Hola, su paquete sale mañana. Con el código GRACIAS15, su siguiente vela le sale 15 % más barata.",
  "Bonjour, la plupart de nos clients reçoivent leur colis en 48 h ; le vôtre arrive jeudi.",
  "Buongiorno, la tenda è stata montata. Il nostro montatore può tornare a motorizzare le altre finestre, sono 90 € a tenda. Grazie per l'accoglienza.",
  "Buongiorno, il cuscino è stato consegnato. Esiste una fodera impermeabile fatta apposta, molto pratica con i bambini.",
  "Buongiorno, il puzzle arriva giovedì. Il seguito della serie, da 1.000 pezzi, è previsto per Natale.",
  "Buongiorno, la bici è pronta. L'officina può approfittarne per montare un portapacchi, sono 35 € montaggio compreso.",
  "Buongiorno, i calzini sono partiti. Il colore senape torna a ottobre, ci pensi.",
  "Buongiorno, il frullatore è in viaggio. Questa settimana le caraffe di ricambio sono scontate del 20%.",
  "Buongiorno, l'ordine è in viaggio. Per ringraziarla, le riserviamo le nostre federe a 12 € invece di 19 €.",
  "Buongiorno, molti dei nostri clienti ricevono il pacco in 48 ore; il suo arriva giovedì.",
  "Buongiorno, grazie per l'ordine. Se valuta il prodotto, parli soprattutto della rifinitura delle cuciture.",
  "Buongiorno, il pacco è stato consegnato. Aggiunga al suo commento una foto del divano montato, è quello che convince di più.",
  "Hola, el estor ya está instalado. Nuestro instalador puede volver a motorizar las demás ventanas, son 90 € por estor. Gracias por su amabilidad.",
  "Hola, el cojín ya está entregado. Existe una funda impermeable hecha a su medida, muy práctica con niños.",
  "Hola, su puzle llega el jueves. La continuación de la serie, de 1000 piezas, está prevista para Navidad.",
  "Hola, su vela va en camino. Tenemos en stock las recargas de cera, por si acaso.",
  "Hola, su bici está lista. El taller puede aprovechar para ponerle un portaequipajes, son 35 € con el montaje incluido.",
  "Hola, sus calcetines ya han salido. El color mostaza vuelve en octubre, téngalo en cuenta.",
  "Hola, su pedido va en camino. Como agradecimiento, le dejamos nuestras fundas a 12 € en lugar de 19 €.",
  "Hola, su paquete ya está entregado. Añada a su comentario una foto del sofá montado, es lo que más convence.",
  "Hola, aquí está su clave de activación. Si ya tiene licencia, le toca 20 % en la extensión de fotos.",
  "Hola, la persiana ya quedó instalada. Nuestro instalador puede regresar a motorizar las demás ventanas, son $900 por persiana.",
  "Hola, su cojín ya se entregó. Hay una funda impermeable hecha a la medida, bien práctica si tiene niños.",
  "Hola, su rompecabezas llega el jueves. La continuación de la serie, de 1000 piezas, sale para Navidad.",
  "Hola, su vela ya va en camino. Tenemos en existencia los repuestos de cera, por si acaso.",
  "Hola, su bici ya está lista. En el taller le podemos poner de una vez una parrilla, son $600 con instalación.",
  "Hola, sus calcetas ya salieron. El color mostaza regresa en octubre, ahí se lo encargamos.",
  "Hola, su pedido va en camino. Como agradecimiento, le dejamos nuestras fundas en $199 en vez de $299.",
  "Hola, su paquete ya se entregó. Agréguele a su comentario una foto del sillón armado, es lo que más convence.",
  // Set B.
  "Bonjour, vos verres à vin ont été soigneusement emballés et partent aujourd'hui. Notre carafe en cristal soufflé les accompagne idéalement pour un dîner. Bonne soirée !",
  "Bonjour, la lampe de bureau a bien été livrée. Les ampoules de rechange se trouvent toujours chez nous, au même tarif qu'aujourd'hui. Bonne soirée.",
  "Bonjour, l'aquarium est arrivé à bon port. Quelques lignes de votre part aideraient vraiment d'autres aquariophiles à se décider. Merci d'avance !",
  "Buongiorno, la sua macchina da cucire è pronta per partire. Aggiungendo 15 € possiamo includere un corso introduttivo di un'ora in videochiamata. Il pacco verrà consegnato al corriere domani.",
  "Buongiorno, i calici da vino sono stati imballati con cura e partono oggi. La nostra caraffa in cristallo soffiato li accompagna alla perfezione a tavola. Buona serata!",
  "Buongiorno, le corde per chitarra sono state spedite oggi. Tra un paio di settimane ci arriva un nuovo carico di corde in nylon, continui a seguirci! Grazie ancora per l'ordine.",
  "Buongiorno, spero che la pellicola protettiva la soddisfi. Cinque stelle da parte sua ci illuminerebbero la settimana!",
  "Buongiorno, il tecnico ha dato un giudizio positivo sullo stato della caldaia: può usarla tranquillamente.",
  "Hola, las cuerdas de guitarra se enviaron hoy. Dentro de dos semanas nos entra una nueva remesa de cuerdas de nailon, no nos pierda de vista. Gracias de nuevo por su pedido.",
  "Hola, la lámpara de escritorio ya está entregada. Las bombillas de repuesto las tiene siempre con nosotros, al mismo precio que hoy. Buenas tardes.",
  "Hola, sus cuerdas de guitarra salieron hoy. En dos semanas nos llega un nuevo surtido de cuerdas de nylon, al pendiente. Gracias otra vez por su compra.",
  "Hola, el técnico ha dado una valoración positiva del estado de la caldera: puede usarla con tranquilidad.",
];

testProbeSets(
  "round 8",
  { "A": ROUND8_A, "A more": ROUND8_A_MORE, "B": ROUND8_B },
  KNOWN,
);

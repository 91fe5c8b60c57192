import {
  assertLexiconShape,
  check,
  type ClassProbes,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testClassProbes,
  testProbes,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { REVIEW_FR } from "../../../src/rules/_lexicons/review/fr.ts";
import { MARKETING_FR } from "../../../src/rules/_lexicons/marketing/fr.ts";

Deno.test("fr lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_FR, "fr", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_FR, "fr", MARKETING_CONCEPTS);
});

Deno.test("fr review lexicon: the words carry their concepts", () => {
  check(REVIEW_FR, [
    ["Pourriez-vous laisser un avis sur le produit ?", "review request"],
    ["Une évaluation de votre part serait la bienvenue.", "review request"],
    ["Merci de noter l'article une fois reçu.", "review request"],
    ["Un petit commentaire nous ferait plaisir", "review request"],
    ["Un avis positif nous aiderait beaucoup", "review positive request"],
    ["Une belle note sur Amazon, ce serait top", "review positive place"],
    ["Si vous êtes satisfaite, laissez une note", "condition review request"],
    ["Avant de laisser un commentaire, contactez-nous", "condition review"],
    ["En échange de votre avis, une carte cadeau offerte", "incentive review"],
    ["Nous vous rembourserons après votre évaluation", "incentive review"],
    ["Pourriez-vous modifier ou supprimer votre évaluation ?", "change review"],
    [
      "Dans votre avis, mentionnez la rapidité de la livraison",
      "instruction review",
    ],
    ["Ajoutez une photo dans votre avis", "instruction review"],
    ["Votre expérience aidera d'autres clients", "opinion sharing"],
    ["Un commentaire aidera les autres acheteurs", "opinion sharing", "review"],
    ["Laissez-nous 5 étoiles", "review request"],
    ["Merci de confirmer le nombre d'étoiles", "opinion request", "review"],
    ["Publiez votre ressenti sur la page produit", "opinion place"],
    ["Vous n'êtes pas obligé de laisser un avis", "negation review"],
    ["N'hésitez pas à nous laisser un avis", "request review"],
    ["Une critique élogieuse sur Amazon", "positive place"],
  ]);
});

Deno.test("fr review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_FR, [
    ["Le transporteur a laissé un avis de passage", "", "review"],
    ["Si vous changez d'avis, le retour est gratuit", "", "review"],
    ["Veuillez noter que la livraison aura lieu lundi", "", "review"],
    ["Avez-vous des questions ou commentaires ?", "", "review"],
    [
      "Votre avis sur la maquette nous permet de lancer la gravure",
      "",
      "review",
    ],
    ["La chambre est réservée dans un hôtel 5 étoiles", "", "review"],
    [
      "Après évaluation du colis, nous vous rembourserons",
      "incentive",
      "review",
    ],
    ["Prenez note de votre numéro de suivi", "", "review"],
    ["Nous ne vous demandons aucun avis", "", "review"],
    ["Ne laissez pas d'avis négatif, contactez-nous", "review condition"],
  ]);
});

Deno.test("fr marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_FR, [
    ["Découvrez notre nouvelle collection", "invitation promoObject"],
    [
      "Profitez de -20% sur votre prochaine commande",
      "invitation offer future",
    ],
    ["Suivez-nous sur Instagram", "invitation promoObject"],
    ["Code promo valable sur votre prochaine commande", "offer future"],
    [
      "Saviez-vous que nous proposons aussi des housses ?",
      "invitation promoObject",
    ],
    ["Jetez un œil à notre boutique", "invitation promoObject"],
    ["Ventes flash sur nos best-sellers", "offer promoObject"],
    ["Aucun code promo n'est nécessaire", "negation offer"],
    ["Suivez votre colis sur le site du transporteur", "", "invitation"],
    ["Nous avons créé une nouvelle commande de remplacement", "", "future"],
  ]);
});

// Sentences written for the classes that must generalize: review words in
// other senses (proofs, claims, damage, troubleshooting, trade-in values),
// stars that are not ratings, soft marketing without promo words (new range,
// matching goods, "we also make", suggestions, other packs), storefront
// wording, manuals on the seller's site, stock arriving for the order,
// review wishes, roundabout rewards and change requests.

// Clean for both families: neither rule may report them.
const CLEAN_SENTENCES: string[] = [
  "Pourriez-vous vérifier le BAT ci-joint et nous faire un retour sur la maquette ?",
  "Nous avons examiné votre réclamation et vous serez remboursé intégralement.",
  "Dites-nous avant vendredi quelle police vous souhaitez, et nous lancerons la gravure.",
  "Que pensez-vous de la couleur sur l'épreuve ? Nous l'ajusterons.",
  "Notre technicien doit d'abord évaluer les dégâts avant l'envoi d'un remplacement.",
  "Merci pour votre retour, nous envoyons un nouvel exemplaire dès aujourd'hui.",
  "Pourriez-vous confirmer que l'adresse de livraison est correcte ?",
  "Votre demande de retour a été examinée et acceptée.",
  "Pourriez-vous évaluer vous-même si la pièce est encore utilisable et nous envoyer une photo des dégâts ?",
  "Votre avis sur le design nous aide à réaliser la bonne taille.",
  "Les frais de port sont calculés selon le poids.",
  "Prévenez-nous si le colis n'arrive pas.",
  "L'adresse de livraison est l'hôtel 4 étoiles place Bellecour, la réception accepte les colis.",
  "Merci de livrer au palace cinq étoiles du port, le hall est ouvert 24h/24.",
  "Sur le coussin, nous brodons cinq étoiles dorées comme demandé.",
  "Le filtre de remplacement part aujourd'hui, vous n'avez rien à faire.",
  "Le deuxième article de votre commande arrivera dans un colis séparé.",
  "Malheureusement l'article n'est plus en stock ; nous vous remboursons intégralement.",
  "Notre entrepôt envoie la vis manquante demain.",
  "Si vous avez d'autres questions sur votre commande, n'hésitez pas à nous écrire.",
  "Le nouvel envoi arrivera demain, le numéro de suivi figure ci-dessous.",
  "Votre colis est arrivé au point relais, vous pouvez le retirer dès aujourd'hui.",
  "La pièce de rechange est arrivée chez nous et part demain.",
  "Notre service client est là aussi le samedi.",
  "Pourriez-vous vérifier que tous les accessoires sont dans le carton ?",
  "Vous trouverez aussi la notice sur notre site, rubrique Téléchargements.",
  "Le filtre est livré en lot de 2, comme vous l'avez commandé.",
  "Notre notice va parfaitement avec votre modèle, elle est en pièce jointe.",
  "Le coloris anthracite est de nouveau disponible, votre commande part demain.",
  "Malheureusement ce modèle est épuisé ; nous vous remboursons intégralement.",
  "La dernière version du logiciel est sur le site du fabricant.",
  "La visite du technicien est gratuite, vous n'avez rien à payer.",
  "Si vous avez besoin de plus de temps pour le retour, dites-le-nous.",
  "Nous avons aussi bien reçu votre retour et vous remboursons les frais de port.",
  "Astuce : laissez la batterie charger complètement avant la première utilisation.",
  "Pourriez-vous relire l'épreuve d'impression et nous faire part de vos remarques avant mercredi ?",
  "Merci d'évaluer la couleur sur la photo d'essai et de nous dire si elle convient.",
  "Nous avons examiné et évalué attentivement votre réclamation.",
  "L'expert évaluera les dégâts sur place, merci d'être présent entre 9 h et 12 h.",
  "Votre retour sur l'aperçu est important avant que nous lancions la gravure.",
  "Le tarif d'expédition express dépend de la zone.",
  "Donnez-nous votre avis sur la police, et nous fabriquerons le tampon.",
  "L'évaluation de votre demande de garantie par le fabricant prend environ une semaine.",
  "Nous attendons vos commentaires sur la mise en page, les retouches sont gratuites.",
  "Veuillez noter que le livreur passera entre 14 h et 18 h.",
  "Merci de nous envoyer une photo pour que notre technicien puisse évaluer le défaut.",
  "Si vous changez d'avis, vous pouvez annuler la commande avant l'expédition.",
  "Pourriez-vous décrire plus précisément votre expérience avec le produit, afin que nous trouvions la panne ?",
  "Qu'avez-vous essayé jusqu'à présent avec le produit ?",
  "Dites-nous comment fonctionne votre nouvel appareil après l'échange.",
  "Le colis doit être livré à l'hôtel quatre étoiles du Vieux-Port, chambre 412.",
  "Le tissu à petites étoiles est de nouveau disponible ; votre remplacement part demain.",
  "Nous avons imprimé cinq étoiles sur la tasse, comme indiqué dans votre commande.",
  "L'extension de garantie est déjà incluse dans votre achat.",
  "La notice est désormais disponible sur notre site.",
  "Sur notre site, la notice existe aussi en vidéo.",
  "Le nouveau logiciel est arrivé et se trouve sur notre site.",
  "Merci pour votre achat dans notre boutique.",
  "Merci pour votre commande chez nous, votre colis est en route.",
  "Nous vous envoyons un autre article ; dites-nous si la couleur convient.",
  "Le colis va à l'hôtel trois étoiles de la place, merci de le laisser à la réception.",
  "Nous avons lu votre avis et avons réglé le problème immédiatement.",
  "Pourriez-vous nous envoyer les autres photos, s'il vous plaît ?",
  "La version à 5 étoiles par rangée est plus chargée que celle à 3 étoiles ; laquelle préférez-vous ?",
  "Nous brodons 5 étoiles dorées sur la nappe, merci de confirmer la couleur du fil.",
  "Pourriez-vous nous faire un retour rapide pour nous dire si la pièce convient ?",
  "Merci de nous faire un retour sur la livraison de mardi : le créneau vous convient-il ?",
  "Votre avis sur la livraison a été transmis au transporteur.",
  "L'évaluation de votre ancien appareil s'élève à 40 euros, que nous vous remboursons.",
  "Merci d'évaluer l'état de l'emballage sur le formulaire de retour.",
  "Une brosse de nettoyage est fournie avec votre moulin.",
  "La tasse n'est malheureusement plus disponible, nous vous remboursons.",
  "En complément de la notice, nous vous envoyons une courte vidéo.",
  "Notre nouvelle adresse de retour figure ci-dessous.",
  "L'article est livré en coffret avec deux câbles, comme commandé.",
  "Nous vous conseillons de changer le filtre tous les trois mois.",
  "Revenez vers nous si le problème persiste.",
  "Votre avis sur l'emballage est super, nous le transmettons à l'entrepôt.",
  "Nous vous proposons un nouvel article ou un remboursement, selon votre préférence.",
  "En compensation du retard, nous vous accordons 10 % de réduction sur cette commande, déduits automatiquement.",
  "Dites-nous ce que vous pensez de la proposition de gravure avant que nous commencions.",
  "Nous avons pris connaissance de votre commentaire et réglé le problème de livraison.",
  "N'hésitez pas à nous écrire si le montage n'est pas clair.",
  "La prochaine livraison avec le reste de la commande arrivera jeudi.",
  "Vous n'avez pas besoin de laisser d'avis pour obtenir le remboursement.",
  "Partagez-nous vos instructions de livraison si le portail a un code.",
  "La livraison du colis de remplacement est offerte, vous n'avez rien à payer.",
  "Nous vous recommandons notre notice de montage, jointe à ce message.",
  "La housse de la nouvelle collection d'automne est arrivée chez nous et partira demain.",
  "Le calendrier best-seller que vous avez commandé est de nouveau disponible.",
  "Rendez-vous dans votre compte Amazon, rubrique Vos commandes, pour lancer le retour.",
  "En tant que client Prime, la livraison du remplacement est gratuite.",
  "Vous n'avez pas à laisser d'avis ; le remboursement se fait automatiquement.",
  "Un avis n'est pas nécessaire, le remboursement est automatique.",
];

testRuleCases("review", "fr-FR", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Votre avis aiderait vraiment les autres acheteurs.",
      messageId: "solicitation",
    },
    {
      text:
        "Nous serions ravis de savoir comment vous trouvez le produit, idéalement sur Amazon.",
      messageId: "gating",
    },
    {
      text:
        "Cela nous ferait très plaisir que vous partagiez votre expérience.",
      messageId: "solicitation",
    },
    {
      text: "Une petite évaluation nous aiderait énormément.",
      messageId: "solicitation",
    },
    {
      text: "N'hésitez pas à laisser un commentaire sur le produit.",
      messageId: "solicitation",
    },
    {
      text: "Quelques étoiles de votre part nous feraient très plaisir.",
      messageId: "solicitation",
    },
    {
      text: "Dites aux autres clients à quel point vous êtes satisfait.",
      messageId: "gating",
    },
    {
      text: "Nous espérons que vous trouverez un moment pour un avis.",
      messageId: "solicitation",
    },
    {
      text: "Faites savoir aux autres acheteurs ce que vous pensez du produit.",
      messageId: "solicitation",
    },
    {
      text: "Pour vous remercier de votre avis, nous vous remboursons 5 euros.",
      messageId: "incentive",
    },
    {
      text: "Si vous êtes satisfait, cinq étoiles nous feraient plaisir.",
      messageId: "gating",
    },
    {
      text:
        "Maintenant que le problème est réglé, pourriez-vous modifier votre évaluation ?",
      messageId: "change",
    },
    {
      text:
        "Votre opinion sur le produit compte beaucoup pour nous, partagez-la volontiers.",
      messageId: "solicitation",
    },
    {
      text: "Parlez de votre achat aux autres clients.",
      messageId: "instructions",
    },
    {
      text: "Pourriez-vous reconsidérer votre note d'une étoile ?",
      messageId: "change",
    },
    {
      text: "Peut-être souhaiterez-vous mettre à jour votre avis maintenant.",
      messageId: "change",
    },
    {
      text:
        "Toute personne qui laisse un avis recevra un petit cadeau lors de sa prochaine commande.",
      messageId: "incentive",
    },
    {
      text:
        "Après votre évaluation, nous vous enverrons volontiers un colis de remerciement.",
      messageId: "incentive",
    },
    {
      text:
        "En tant que petite entreprise familiale, un avis de votre part compterait énormément.",
      messageId: "solicitation",
    },
    {
      text:
        "Si le logiciel vous plaît, quelques mots de votre part nous feraient très plaisir.",
      messageId: "gating",
    },
    {
      text: "Pourriez-vous reconsidérer vos deux étoiles ?",
      messageId: "change",
    },
    {
      text:
        "Nous sommes une petite entreprise familiale, et chaque avis compte énormément pour nous.",
      messageId: "solicitation",
    },
    {
      text:
        "Pourriez-vous prendre un petit moment pour partager votre expérience sur Amazon ?",
      messageId: "solicitation",
    },
    {
      text: "Quelques étoiles sur Amazon nous aideraient vraiment.",
      messageId: "solicitation",
    },
    {
      text:
        "Nous sommes curieux de connaître votre avis sur le produit, laissez-le sur la fiche produit.",
      messageId: "solicitation",
    },
    { text: "N'oubliez pas de noter votre achat !", messageId: "solicitation" },
    {
      text: "Si vous êtes satisfait, un avis positif nous ferait très plaisir.",
      messageId: "gating",
    },
    {
      text:
        "Envoyez-nous une capture d'écran de votre avis et nous vous remboursons 10 euros.",
      messageId: "incentive",
    },
    {
      text:
        "Écrivez quelques lignes sur votre achat, cela aide beaucoup les autres clients.",
      messageId: "solicitation",
    },
    {
      text:
        "Qu'avez-vous pensé de votre commande ? Nous serions ravis de le lire dans un avis.",
      messageId: "gating",
    },
    {
      text:
        "Nous avons besoin d'avis pour grandir, merci de prendre un instant sur Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "fr-FR", {
  valid: CLEAN_SENTENCES,
  invalid: [
    {
      text: "Au fait : notre nouvelle collection d'automne est arrivée !",
      messageId: "crossSell",
    },
    {
      text:
        "N'hésitez pas à faire un tour dans notre boutique, il y a plein d'autres jolies choses.",
      messageId: "crossSell",
    },
    {
      text: "Nous fabriquons aussi des taies d'oreiller assorties.",
      messageId: "crossSell",
    },
    {
      text: "Vous aimerez peut-être aussi notre bouteille isotherme en inox.",
      messageId: "crossSell",
    },
    {
      text: "Astuce : notre brosse de nettoyage va parfaitement avec.",
      messageId: "crossSell",
    },
    {
      text:
        "Vous prévoyez des randonnées cet hiver ? Nos gourdes isothermes et guêtres sont idéales pour ça.",
      messageId: "crossSell",
    },
    {
      text:
        "Maintenant que le problème est réglé : saviez-vous que nous vendons aussi des lames de rechange ?",
      messageId: "crossSell",
    },
    {
      text:
        "Dans notre gamme, vous trouverez aussi des bougies et des huiles parfumées.",
      messageId: "crossSell",
    },
    {
      text: "Nos nouveaux modèles de printemps viennent d'arriver.",
      messageId: "crossSell",
    },
    {
      text: "Vous cherchez un cadeau ? Nous avons bien d'autres idées.",
      messageId: "crossSell",
    },
    {
      text:
        "Recherchez notre marque sur Amazon pour retrouver tous nos produits.",
      messageId: "crossSell",
    },
    {
      text: "Visitez notre boutique Amazon pour plus de produits.",
      messageId: "crossSell",
    },
    {
      text: "Cliquez sur notre nom de vendeur pour voir toute notre offre.",
      messageId: "promotion",
    },
    {
      text: "Au fait, nous cousons aussi des rideaux assortis sur mesure.",
      messageId: "crossSell",
    },
    {
      text: "Notre kit d'entretien pour meubles en bois va parfaitement avec.",
      messageId: "crossSell",
    },
    {
      text: "Nos nouveaux modèles d'hiver sont désormais disponibles.",
      messageId: "crossSell",
    },
    {
      text: "Nouveau chez nous : des bougies en douze parfums.",
      messageId: "crossSell",
    },
    {
      text: "Petite astuce : notre spray nettoyant va parfaitement avec.",
      messageId: "crossSell",
    },
    {
      text: "La veste existe aussi en d'autres coloris.",
      messageId: "crossSell",
    },
    {
      text: "Bientôt : notre nouvelle collection de printemps.",
      messageId: "crossSell",
    },
    {
      text:
        "Retrouvez nos autres produits en recherchant notre marque sur Amazon.",
      messageId: "crossSell",
    },
    {
      text: "Passez voir notre boutique de marque sur Amazon.",
      messageId: "crossSell",
    },
    {
      text:
        "En cliquant sur notre nom de vendeur, vous verrez tous nos autres articles.",
      messageId: "crossSell",
    },
    {
      text: "Au fait, nous venons de recevoir de nouveaux coloris.",
      messageId: "crossSell",
    },
    {
      text: "Seulement cette semaine : une bougie offerte pour deux achetées.",
      messageId: "promotion",
    },
    {
      text:
        "Saviez-vous que nous vendons aussi le café en grains assorti à votre moulin ?",
      messageId: "crossSell",
    },
    { text: "Repassez nous voir, ça vaut le détour.", messageId: "promotion" },
    {
      text:
        "Si la tasse vous plaît, elle existe aussi en coffret avec soucoupes.",
      messageId: "crossSell",
    },
    {
      text: "En complément, nous vous recommandons notre chiffon microfibre.",
      messageId: "crossSell",
    },
    {
      text: "Inscrivez-vous à notre newsletter et ne ratez aucune promotion.",
      messageId: "promotion",
    },
    {
      text:
        "Avec le code HIVER15, profitez de 15 % de réduction sur notre boutique.",
      messageId: "promotion",
    },
    {
      text:
        "Suivez-nous sur Instagram pour de l'inspiration et nos nouveautés.",
      messageId: "crossSell",
    },
    {
      text: "Pour votre prochaine commande, la livraison est offerte.",
      messageId: "promotion",
    },
  ],
});

// Probes of the weak classes: review verbs and opinion words in other senses,
// help content, soft cross-selling, review wishes and instructions.
const PROBES_FR_FR_CLEAN = [
  "Pourriez-vous évaluer les deux coloris et nous dire lequel vous préférez ?",
  "Notre technicien va évaluer l'état de l'appareil à réception.",
  "Merci de relire l'épreuve et de nous donner votre accord avant l'impression.",
  "Vous n'avez rien à faire : ni formulaire ni avis à remplir.",
  "Nous avons examiné votre réclamation et le remboursement est en cours.",
  "Jetez un œil à notre guide d'installation, tout y est expliqué pas à pas.",
  "N'hésitez pas à consulter notre FAQ si le voyant clignote.",
  "Le colis est parti ce matin, vous pouvez suivre son trajet avec le numéro de suivi.",
  "Votre remplacement arrive demain, le nouveau modèle est identique.",
  "Le taux de TVA appliqué figure sur la facture.",
  "Pour activer votre clé, rendez-vous sur la page d'activation de l'éditeur.",
  "Nous avons besoin de votre avis sur la maquette avant de lancer la gravure.",
  "N'hésitez pas à contacter notre équipe si le montage pose problème.",
  "N'hésitez pas à nous écrire via notre messagerie Amazon.",
  "Jetez un œil à notre guide des tailles avant d'échanger.",
  "Pensez aussi à recharger la batterie avant la première utilisation.",
  "Rien à faire de votre côté : aucun formulaire, pas d'avis ni de note à donner.",
  "Vous n'avez rien à faire : pas de questionnaire, ni avis ni note à laisser.",
  "Votre avis nous aide à choisir : préférez-vous le modèle bleu ou le vert ?",
  "Votre avis nous serait précieux pour décider : la taille au-dessus vous conviendrait-elle ?",
  "Dites-nous votre avis : préférez-vous attendre ou prendre le modèle gris ?",
  "Un technicien va évaluer la panne et vous rappellera demain.",
  "Nous avons bien noté votre remarque sur l'emballage.",
  "Pourriez-vous nous envoyer une photo de la note de livraison ?",
  "Rendez-vous sur notre page d'aide pour le retour, l'étiquette est prête.",
];

testRuleCases("review", "fr-FR", {
  valid: PROBES_FR_FR_CLEAN,
  invalid: [
    {
      "text":
        "Si le plaid vous plaît, un petit mot sur Amazon aiderait beaucoup d'autres acheteurs.",
      "messageId": "solicitation",
    },
    {
      "text": "Pourriez-vous évaluer votre achat sur Amazon une fois reçu ?",
      "messageId": "solicitation",
    },
    {
      "text":
        "Nous serions ravis de savoir ce que vous en pensez sur la page du produit.",
      "messageId": "gating",
    },
    {
      "text": "Une note de cinq étoiles nous aiderait énormément.",
      "messageId": "solicitation",
    },
    {
      "text": "Dans votre commentaire, précisez que la livraison a été rapide.",
      "messageId": "instructions",
    },
    {
      "text":
        "Votre avis nous est précieux, n'hésitez pas à le partager sur Amazon.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Pour choisir nos prochains modèles, votre avis sur Amazon compte beaucoup.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Si vous êtes content de la lampe, quelques mots sur la page Amazon feraient notre bonheur.",
      "messageId": "gating",
    },
    {
      "text":
        "Nous aimerions beaucoup savoir comment vous trouvez votre achat, sur Amazon si possible.",
      "messageId": "solicitation",
    },
  ],
});

testRuleCases("marketing", "fr-FR", {
  valid: PROBES_FR_FR_CLEAN,
  invalid: [
    {
      "text":
        "Au passage, nous avons aussi des housses assorties qui iraient parfaitement avec.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Jetez un œil à nos poêles en fonte, elles sont faites dans le même atelier.",
      "messageId": "crossSell",
    },
    {
      "text": "Notre gamme d'hiver vient d'arriver, avec de nouveaux coloris.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Pensez aussi à notre huile d'entretien, parfaite pour votre planche.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Nous avons aussi des taies assorties, dans les mêmes tons, si cela vous tente.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Notre collection de printemps vient de sortir, avec des motifs fleuris.",
      "messageId": "crossSell",
    },
  ],
});

// Gating with an ambiguous review verb, thanks for the service, and
// cross-selling after a digital key.
const GATING_PROBES_FR_FR_CLEAN = [
  "Si notre service vous a plu, tant mieux ; merci pour votre patience.",
];

testRuleCases("review", "fr-FR", {
  valid: GATING_PROBES_FR_FR_CLEAN,
  invalid: [
    {
      "text": "Avant d'évaluer, contactez-nous d'abord.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "fr-FR", {
  valid: GATING_PROBES_FR_FR_CLEAN,
  invalid: [],
});

// Probes written for the classes that must generalize (soft cross-selling
// after a fix or advice, review wishes, instructions, roundabout rewards,
// change requests) and their clean traps (review words in other senses,
// stars that are not ratings, negated requests, neutral advice), in the
// message types sellers send: delivery, service visit, customization,
// digital key, unexpected problem.
const GENERAL_FR_FR_CLEAN = [
  "Nous avons examiné les photos et le technicien vous donnera son avis demain.",
  "Nous avons besoin de votre validation de la maquette de gravure avant jeudi.",
  "Le taux de change appliqué par votre banque ne dépend pas de nous.",
  "Le transporteur évaluera si une deuxième présentation est possible.",
  "La révision de la chaudière est comprise dans l'intervention de mardi.",
  "Nous étudierons votre dossier de garantie sous 48 heures.",
  "Le prix est calculé selon le tarif horaire du technicien.",
  "Envoyez-nous vos remarques sur l'épreuve du logo.",
  "Sur l'agenda personnalisé, nous avons imprimé le tableau des notes de l'école comme demandé.",
  "Le fabricant examine votre demande d'échange.",
  "L'évaluation de l'expert sur les dégâts arrivera après son passage.",
  "Dites-nous ce que vous pensez du devis pour la pose.",
  "Le voyant du capteur indique que la batterie est vide : essayez de la recharger.",
  "À vous de juger si vous préférez le retrait en point relais ou la livraison à domicile.",
  "Le colis sera livré à l'Hôtel Belvédère, quatre étoiles, 5 rue de la Paix.",
  "Le réfrigérateur est classé A, la meilleure classe énergétique de la gamme.",
  "La couette est la version avec cinq étoiles brodées, comme commandé.",
  "Le restaurant étoilé où aura lieu l'événement recevra la livraison à 10 h.",
  "Le cognac porte trois étoiles sur l'étiquette, le même que celui commandé.",
  "Le technicien se rendra à l'hôtel 5 étoiles où vous séjournez ; présentez-vous à la réception.",
  "Le matelas est de qualité cinq étoiles, garanti dix ans.",
  "L'emporte-pièce en forme d'étoiles de 5 cm est en route.",
  "La plaque gravée porte « Chef 3 étoiles » comme vous l'avez demandé.",
  "Le camping quatre étoiles ne reçoit pas de colis le dimanche : la livraison passe à lundi.",
  "Le lave-linge a obtenu la certification d'efficacité cinq étoiles.",
  "Le kit contient 5 étoiles phosphorescentes de rechange.",
  "Vous n'avez rien à faire : ni formulaire, ni avis, ni note à laisser.",
  "Le remboursement est automatique, aucun commentaire n'est nécessaire.",
  "Nous ne vous demandons pas d'avis : il nous suffit que la pièce fonctionne.",
  "Pour activer la clé, aucune inscription ni évaluation n'est requise.",
  "Inutile de laisser un commentaire ou des étoiles pour obtenir l'échange.",
  "La garantie s'applique même sans avis.",
  "Aucune évaluation demandée : le technicien passe mardi à 9 h.",
  "Il n'y a rien à remplir, pas même un questionnaire.",
  "Le bon de courtoisie pour le retard ne dépend en aucun cas d'un avis.",
  "Nous n'avons besoin d'aucun avis de votre part, seulement de la confirmation de l'adresse.",
  "Aucun code promo à saisir : le remboursement part aujourd'hui.",
  "Nous ne vendons pas d'autres accessoires pour ce modèle, désolés.",
  "Petit conseil : séchez bien le cuir avant de ranger le sac.",
  "Le technicien vérifiera aussi le tuyau d'évacuation, c'est compris dans l'intervention.",
  "S'il vous faut une autre copie de la facture, dites-le-nous.",
  "Nous vous avons aussi envoyé les vis de rechange qui manquaient.",
  "Si vous avez besoin d'aide pour l'installation, nous sommes là.",
  "La licence vaut pour un appareil, comme indiqué sur la fiche produit.",
  "Nous conseillons de n'utiliser qu'un détergent neutre pour le nettoyage.",
  "La couleur que vous avez choisie est de nouveau disponible et part aujourd'hui.",
  "La nouvelle pièce est compatible avec votre modèle, rien d'autre n'est nécessaire.",
  "Si vous préférez, nous pouvons envoyer la pièce à votre bureau.",
  "Pour une fixation murale, il faut des chevilles de 8 mm, non fournies.",
  "Le technicien apportera aussi le filtre neuf, déjà payé avec la commande.",
  "Le technicien a évalué la chaudière et le devis vous arrivera par e-mail.",
  "Nous attendons votre retour sur le texte à graver avant de commencer.",
  "Dites-nous ce que vous pensez de la nouvelle date de livraison proposée par le transporteur.",
  "La livraison se fait à la chambre d'hôtes trois étoiles rue Garibaldi ; laissez le nom sur la sonnette.",
  "La couette cinq étoiles de chaleur est la plus chaude de la série.",
  "Pas besoin de laisser d'avis ni d'étoiles : le remboursement est parti.",
  "S'il vous faut d'autres sacs pour l'aspirateur, il y en a deux de plus dans le carton.",
  "Un conseil pour le nettoyage : utilisez un chiffon doux et de l'eau tiède.",
  "Le technicien installera aussi le support inclus dans la commande.",
  "S'il vous faut une autre copie de la garantie, nous vous l'envoyons aussi par e-mail.",
  "Le technicien pose aussi le support mural que vous avez commandé, c'est compris dans le prix.",
  "Par la même occasion, vérifiez s'il vous plaît que le câble est bien branché.",
  "Vous trouverez aussi la facture dans Vos commandes.",
  "Si besoin, vous pouvez suivre le colis avec le numéro de suivi ci-dessous.",
  "Sachez que le transporteur passera entre 9 h et 13 h.",
  "Beaucoup de clients nous demandent comment nettoyer le filtre : il suffit de le rincer.",
  "Nous conseillons de garder le carton en cas de retour.",
  "Si vous écrivez ensuite au fabricant, indiquez le numéro de série de l'étiquette.",
  "Le pack famille que vous avez acheté couvre cinq appareils.",
  "Nous avons lu votre avis et sommes désolés du retard : le colis arrive demain.",
  "Il pourrait vous être utile de savoir que le retour est gratuit pendant 30 jours.",
  "La licence famille est active ; la clé se trouve ci-dessous.",
  "Petit conseil : rincez le filtre à l'eau claire une fois par mois.",
  "Vous pouvez le partager avec votre famille : la licence vaut pour trois utilisateurs.",
];

testRuleCases("review", "fr-FR", {
  valid: GENERAL_FR_FR_CLEAN,
  invalid: [
    {
      text: "Nous serions ravis de lire votre avis sur le produit.",
      messageId: "gating",
    },
    {
      text:
        "Nous espérons que le tapis vous plaira et que vous aurez envie d'en parler à d'autres acheteurs.",
      messageId: "solicitation",
    },
    {
      text:
        "Votre retour sur cet achat serait précieux pour ceux qui hésitent encore.",
      messageId: "solicitation",
    },
    {
      text: "Nous espérons mériter vos cinq étoiles.",
      messageId: "solicitation",
    },
    {
      text:
        "Un commentaire de votre part sur la fiche produit ferait un immense plaisir à notre petit atelier.",
      messageId: "solicitation",
    },
    {
      text:
        "Quand vous aurez utilisé la cafetière quelques jours, nous aimerions beaucoup connaître votre expérience, aussi sur Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Chaque évaluation compte énormément pour un petit vendeur comme nous.",
      messageId: "solicitation",
    },
    {
      text:
        "Nous sommes une petite entreprise familiale : votre voix sur Amazon nous aide à grandir.",
      messageId: "solicitation",
    },
    {
      text:
        "Ce serait formidable que d'autres clients puissent lire comment ça s'est passé avec nous.",
      messageId: "solicitation",
    },
    {
      text: "On croise les doigts pour un joli commentaire !",
      messageId: "solicitation",
    },
    {
      text: "Un petit mot de votre part sur Amazon nous ferait chaud au cœur.",
      messageId: "solicitation",
    },
    {
      text:
        "Si cette solution vous a satisfait, quelques mots sur Amazon compteraient beaucoup pour nous.",
      messageId: "gating",
    },
    {
      text:
        "Si le technicien a été à la hauteur, votre avis sur l'intervention nous ferait très plaisir.",
      messageId: "gating",
    },
    {
      text:
        "Si la clé fonctionne comme prévu, nous aimerions beaucoup savoir ce que vous en pensez sur Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Si vous parlez de l'intervention, mentionnez qu'elle n'a laissé aucune odeur.",
      messageId: "instructions",
    },
    {
      text:
        "Sur Amazon, les avis avec photos aident beaucoup les autres clients.",
      messageId: "instructions",
    },
    {
      text:
        "Quand vous laisserez votre avis, racontez que la gravure est arrivée en deux jours.",
      messageId: "instructions",
    },
    {
      text:
        "Dans votre commentaire produit, indiquez que la couleur est identique à la photo.",
      messageId: "instructions",
    },
    {
      text:
        "Ce serait utile que votre évaluation parle de la qualité du tissu.",
      messageId: "instructions",
    },
    {
      text:
        "Dans l'évaluation vendeur, précisez que le retard venait du transporteur et pas de nous.",
      messageId: "instructions",
    },
    {
      text: "N'oubliez pas de citer notre service client dans votre avis.",
      messageId: "solicitation",
    },
    {
      text: "Un avis qui parle de l'autonomie de la batterie serait parfait.",
      messageId: "instructions",
    },
    {
      text: "Si possible, dans votre avis, évitez de parler du retard.",
      messageId: "instructions",
    },
    {
      text:
        "Dans votre avis, notez le nom du modèle, pour que les autres le trouvent.",
      messageId: "instructions",
    },
    {
      text: "Pourriez-vous joindre à votre avis une photo du produit monté ?",
      messageId: "instructions",
    },
    {
      text:
        "Les clients qui partagent leur expérience sur la fiche produit reçoivent un bon de 10 euros.",
      messageId: "incentive",
    },
    {
      text:
        "Après votre avis, nous vous enverrons en cadeau un lot de pièces de rechange.",
      messageId: "incentive",
    },
    {
      text:
        "Pour vous remercier de votre évaluation, nous vous remboursons les frais de port.",
      messageId: "incentive",
    },
    {
      text:
        "Toute personne qui laisse un commentaire sur Amazon participe au tirage d'une carte cadeau.",
      messageId: "incentive",
    },
    {
      text:
        "Envoyez-nous la capture de votre avis et nous vous reverserons 20 % du prix.",
      messageId: "incentive",
    },
    {
      text:
        "Une fois votre avis publié, nous prolongeons la garantie à trois ans.",
      messageId: "incentive",
    },
    {
      text:
        "Nous vous offrons un mois d'abonnement si vous notez la licence sur Amazon.",
      messageId: "incentive",
    },
    {
      text:
        "Les avis avec photos sont récompensés par un remboursement partiel.",
      messageId: "incentive",
    },
    {
      text: "Ceux qui nous mettent cinq étoiles reçoivent un code de 15 euros.",
      messageId: "incentive",
    },
    {
      text:
        "Pour chaque avis publié, nous offrons un échantillon du nouveau parfum.",
      messageId: "incentive",
    },
    {
      text:
        "Maintenant que le problème est résolu, pourriez-vous mettre à jour votre avis ?",
      messageId: "change",
    },
    {
      text:
        "Comme nous avons remplacé la pièce, nous vous serions reconnaissants de revoir l'évaluation négative.",
      messageId: "change",
    },
    {
      text:
        "Si vous êtes désormais satisfait, merci de retirer le commentaire négatif.",
      messageId: "change",
    },
    {
      text:
        "Nous avons remboursé la commande : serait-il possible de supprimer l'avis à une étoile ?",
      messageId: "incentive",
    },
    {
      text:
        "Nous vous prions de corriger votre avis, puisque le colis est finalement arrivé.",
      messageId: "change",
    },
    {
      text: "Pouvez-vous changer votre note maintenant que la clé fonctionne ?",
      messageId: "change",
    },
    {
      text:
        "Votre avis à une étoile ne reflète plus la situation : modifiez-le, s'il vous plaît.",
      messageId: "change",
    },
    {
      text:
        "Après le passage du technicien, accepteriez-vous de revoir votre évaluation ?",
      messageId: "change",
    },
    {
      text:
        "Ce serait très aimable de votre part d'effacer l'évaluation, puisque tout est réglé.",
      messageId: "change",
    },
    {
      text:
        "Vous nous rendriez service en remontant les étoiles de votre avis.",
      messageId: "change",
    },
    {
      text:
        "Nous espérons que vous pourrez reconsidérer votre note de deux étoiles.",
      messageId: "change",
    },
    {
      text:
        "Pour supprimer le commentaire, il suffit d'aller dans Vos commandes et de cliquer sur Supprimer.",
      messageId: "change",
    },
    {
      text:
        "Nous aimerions tant savoir ce que vous pensez de la lampe ; quelques lignes sur Amazon feraient la différence.",
      messageId: "solicitation",
    },
    {
      text:
        "Votre évaluation sur la fiche produit aiderait énormément ceux qui hésitent.",
      messageId: "solicitation",
    },
    {
      text:
        "Si le montage s'est bien passé, quelques étoiles sur Amazon nous feraient plaisir.",
      messageId: "gating",
    },
    {
      text:
        "Dans votre avis, ce serait bien de citer la rapidité du technicien.",
      messageId: "instructions",
    },
    {
      text:
        "Si vous laissez un commentaire sur Amazon, ajoutez quelques photos de la broderie.",
      messageId: "instructions",
    },
    {
      text:
        "Ceux qui donnent leur avis sur le produit reçoivent un deuxième filtre en cadeau.",
      messageId: "incentive",
    },
    {
      text:
        "Nous vous remboursons 5 euros dès que nous voyons votre évaluation en ligne.",
      messageId: "incentive",
    },
    {
      text:
        "Maintenant que vous avez reçu la nouvelle pièce, accepteriez-vous de mettre à jour vos étoiles ?",
      messageId: "change",
    },
    {
      text:
        "Serait-il possible d'enlever l'avis négatif, puisque nous avons tout remboursé ?",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "fr-FR", {
  valid: GENERAL_FR_FR_CLEAN,
  invalid: [
    {
      text:
        "Petit conseil : notre baume nourrissant garde le cuir de votre sac souple pendant des années.",
      messageId: "crossSell",
    },
    {
      text: "Nous avons aussi des licences pour votre téléphone, si besoin.",
      messageId: "crossSell",
    },
    {
      text:
        "S'il vous manque quelque chose pour la cuisine, jetez un œil à nos couteaux.",
      messageId: "crossSell",
    },
    {
      text:
        "Puisque le technicien passe chez vous, nous pouvons aussi faire l'entretien de la chaudière.",
      messageId: "crossSell",
    },
    {
      text:
        "Maintenant que c'est réglé, sachez que nous vendons aussi des supports muraux pour ce même modèle.",
      messageId: "crossSell",
    },
    {
      text:
        "Pour l'entretien au quotidien, nous vous suggérons notre spray spécial.",
      messageId: "crossSell",
    },
    {
      text:
        "Beaucoup de clients associent cette lampe à notre abat-jour en lin.",
      messageId: "crossSell",
    },
    {
      text: "Nous fabriquons également des nappes assorties à vos rideaux.",
      messageId: "crossSell",
    },
    {
      text:
        "En plus des mugs, nous gravons aussi des porte-clés et des verres avec le même motif.",
      messageId: "crossSell",
    },
    {
      text:
        "Pour protéger l'écran, il existe aussi notre verre trempé, compatible avec votre tablette.",
      messageId: "crossSell",
    },
    {
      text:
        "La clé vaut pour un appareil ; pour toute la famille, nous proposons aussi la version cinq appareils.",
      messageId: "crossSell",
    },
    {
      text:
        "Avec l'arrivée du froid, notre radiateur soufflant pourrait aussi vous être utile.",
      messageId: "crossSell",
    },
    {
      text:
        "Dans notre catalogue, vous trouverez aussi les cartouches de rechange d'origine.",
      messageId: "crossSell",
    },
    {
      text:
        "Pendant l'intervention, le technicien peut aussi installer notre filtre anticalcaire, il suffit de le demander.",
      messageId: "crossSell",
    },
    {
      text:
        "Si la housse vous plaît, nous l'avons aussi en trois autres coloris.",
      messageId: "crossSell",
    },
    {
      text:
        "Nous venons d'ajouter des gourdes isothermes à notre boutique, au cas où cela vous intéresse.",
      messageId: "crossSell",
    },
    {
      text:
        "Puisque vous avez choisi la théière en fonte, sachez que nous avons aussi les tasses assorties.",
      messageId: "crossSell",
    },
    {
      text:
        "Pour les propriétaires de chiens, nous fabriquons aussi des paniers rembourrés dans le même tissu.",
      messageId: "crossSell",
    },
    {
      text:
        "Votre licence couvre un PC : pour protéger aussi le smartphone, il y a notre pack famille.",
      messageId: "crossSell",
    },
    {
      text:
        "Maintenant que le thermostat fonctionne, nous installons aussi des têtes thermostatiques connectées pour vos radiateurs.",
      messageId: "crossSell",
    },
    {
      text:
        "Pour garder la lame affûtée, nous vous recommandons notre pierre à aiguiser.",
      messageId: "crossSell",
    },
  ],
});

// More probes: catalogue and made-to-order wording, "customers who buy",
// items in the seller's store, reviews as advertising, the review request
// Amazon sends, and instructions, rewards and changes in other words; with
// their clean traps (help pages, refunds, quoted buyer text, stickers).
const MORE_FR_FR_CLEAN = [
  "À propos du retour : l'étiquette est jointe, le transporteur passe demain.",
  "La personne qui reçoit le colis doit signer le bon de livraison.",
  "Votre abonnement est aussi actif sur le deuxième appareil, comme demandé.",
  "Nous sommes curieux de savoir si la nouvelle taille vous va : envoyez-nous une photo si vous voulez.",
  "Les instructions se trouvent sur notre site, rubrique Téléchargements.",
  "Ceux qui achètent sur Amazon reçoivent la facture dans Vos commandes.",
  "Quand Amazon vous demandera de confirmer le retour, cliquez sur Envoyer.",
  "Le modèle commandé n'est plus au catalogue ; nous vous remboursons intégralement.",
  "Nous ne faisons pas de publicité par e-mail, nous vous écrivons seulement pour votre commande.",
  "Le rideau sur mesure que vous avez commandé est en fabrication et part vendredi.",
  "Les pièces manquantes se trouvent dans notre entrepôt et partent aujourd'hui.",
  "Le technicien prend aussi les mesures sur place, c'est compris.",
  "Le technicien évaluera sur place s'il vaut mieux réparer ou remplacer la pièce.",
  "Nous avons remboursé la commande ; si vous voulez, laissez le colis au livreur demain.",
  "Vous avez écrit « je laisserai un avis à une étoile » : nous sommes désolés, la pièce neuve part aujourd'hui.",
  "L'évaluation de l'expert sur les dégâts de transport est jointe.",
  "Les étoiles autocollantes du kit sont phosphorescentes et se décollent sans trace.",
  "Aucun questionnaire à remplir : le retour est déjà enregistré.",
];

testRuleCases("review", "fr-FR", {
  valid: MORE_FR_FR_CLEAN,
  invalid: [
    {
      text:
        "Un petit mot de votre part sur Amazon, même court, vaudrait de l'or pour nous.",
      messageId: "solicitation",
    },
    {
      text:
        "Nous sommes curieux de savoir comment vous trouvez le matelas : racontez-le sur Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "Les évaluations de clients comme vous sont notre meilleure publicité.",
      messageId: "solicitation",
    },
    {
      text:
        "Si le colis est arrivé intact et que le produit vous plaît, pensez à nous quand Amazon vous demandera votre avis.",
      messageId: "solicitation",
    },
    {
      text:
        "Quand vous noterez l'article sur Amazon, il serait utile de rappeler que la livraison était ponctuelle.",
      messageId: "instructions",
    },
    {
      text:
        "Dans votre commentaire sur Amazon, signalez que la couleur de la photo est fidèle.",
      messageId: "instructions",
    },
    {
      text:
        "Si vous évaluez le service, dites que le technicien est arrivé en avance.",
      messageId: "instructions",
    },
    {
      text:
        "À ceux qui laissent leur avis sur Amazon, nous offrons un bon pour la prochaine commande.",
      messageId: "incentive",
    },
    {
      text:
        "Si vous nous envoyez le lien de votre avis, nous vous créditons 10 euros.",
      messageId: "incentive",
    },
    {
      text: "Pour chaque avis avec photo, une tasse est offerte.",
      messageId: "incentive",
    },
    {
      text:
        "Puisque le problème est réglé, nous vous demanderions de revoir les deux étoiles que vous nous avez données.",
      messageId: "change",
    },
    {
      text:
        "Pourriez-vous transformer votre retour négatif en positif maintenant que tout est rentré dans l'ordre ?",
      messageId: "change",
    },
    {
      text:
        "Cela nous ferait vraiment plaisir que vous racontiez votre expérience à d'autres acheteurs.",
      messageId: "solicitation",
    },
    {
      text: "Nous espérons recevoir bientôt vos petites étoiles sur Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "fr-FR", {
  valid: MORE_FR_FR_CLEAN,
  invalid: [
    {
      text:
        "Pour votre jardin, notre catalogue compte aussi des arroseurs et des tuyaux de la même marque.",
      messageId: "crossSell",
    },
    {
      text: "Nous réalisons aussi sur commande des rideaux sur mesure.",
      messageId: "crossSell",
    },
    {
      text:
        "Ceux qui achètent cette perceuse prennent souvent aussi notre coffret de forets.",
      messageId: "crossSell",
    },
    {
      text:
        "À propos : les coques assorties à votre téléphone sont en vente dans notre boutique.",
      messageId: "crossSell",
    },
    {
      text:
        "Si vous pensez à d'autres cadeaux personnalisés, nous gravons aussi stylos et montres.",
      messageId: "crossSell",
    },
    {
      text:
        "Votre abonnement couvre Windows ; il existe aussi la version Mac, si cela vous tente.",
      messageId: "crossSell",
    },
    {
      text:
        "Les recharges du parfum que vous avez acheté se trouvent sur notre page Amazon.",
      messageId: "crossSell",
    },
  ],
});

// Soft cross-selling written after the rest: matching goods after "if you
// like …", "many customers give it with our …", an add-on at a price after a
// digital key, a yearly service booked with us, the same series; with the
// same words in order talk (parcel contents, proofs, notes, spare parts).
const SERIES_FR_FR_CLEAN = [
  "Si vous préférez des couleurs plus claires, nous pouvons changer le fil avant la broderie.",
  "Avec le même compte, vous pouvez activer la licence sur le deuxième ordinateur inclus dans l'achat.",
  "Pour éviter le problème à l'avenir, nettoyez le filtre chaque mois.",
  "Le colis comprend aussi les vis et la notice de montage.",
  "Si vous aimez la couleur de l'épreuve, confirmez et nous lançons l'impression.",
  "Vous pouvez ajouter une note pour le livreur dans Vos commandes.",
  "Beaucoup de clients nous demandent si le couvercle va au lave-vaisselle : oui, sans souci.",
  "La pièce de rechange est de la même série que votre appareil, elle est donc compatible.",
  "Le prochain entretien est compris dans la garantie, vous n'avez rien à payer.",
];

testRuleCases("review", "fr-FR", {
  valid: SERIES_FR_FR_CLEAN,
  invalid: [],
});

testRuleCases("marketing", "fr-FR", {
  valid: SERIES_FR_FR_CLEAN,
  invalid: [
    {
      text:
        "La plaque gravée est prête. Beaucoup de clients l'offrent avec notre porte-clés assorti.",
      messageId: "crossSell",
    },
    {
      text:
        "Voici le code d'activation. Avec le même compte, vous pouvez ajouter notre VPN à moitié prix.",
      messageId: "promotion",
    },
    {
      text:
        "Après l'installation du lave-vaisselle, vous pouvez aussi réserver chez nous l'entretien annuel.",
      messageId: "promotion",
    },
    {
      text:
        "Puisque la tasse vous a plu, la même série comprend aussi des assiettes et des bols.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "fr-FR", {
  valid: [
    "J'ai lu votre avis et nous vous remboursons la livraison.",
    "Nous avons pris connaissance de votre avis et vous renvoyons un article neuf gratuitement.",
  ],
  invalid: [
    { text: "Merci de laisser un avis sur Amazon.", messageId: "solicitation" },
  ],
});

// Class probes of the weak classes: soft cross-selling and promotions
// without promotional keywords (a new line or season, the seller's other
// goods, "if you need more", a service after a repair, matching goods), review
// instructions, wishes and roundabout rewards; clean traps with the same
// words in order talk (stars of a hotel or a test, review words in other
// senses, product names). Probes the rules still miss stay listed as known.

const CLASS_PROBES_FR: ClassProbes = {
  clean: {
    "star-rating-other": [
      "Le réfrigérateur est classé A+++, il consomme donc très peu.",
      "Le livreur dépose le colis à l'hôtel quatre étoiles de la rue de Rivoli, à la réception.",
      "Le tissu obtient 5 sur 5 au test de résistance à l'abrasion Martindale.",
      "Le motif de la nappe est à étoiles dorées, comme sur la photo.",
      "Nous expédions à votre adresse au camping 4 étoiles avant vendredi.",
      "Le casque a obtenu quatre étoiles au test de sécurité indépendant.",
      "L'oreiller a une fermeté notée 3 sur 5 dans la fiche technique.",
      "Le lave-linge de remplacement est en classe B, un cran au-dessus de celui commandé.",
      "Notre livreur dépose le colis au gîte 3 étoiles indiqué dans l'adresse.",
      "L'abat-jour est ajouré de petites étoiles, comme demandé.",
      "Le climatiseur de remplacement est classé A++ en froid.",
      "Le matelas a une fermeté notée 7 sur 10 par le fabricant.",
      "Le siège auto a obtenu la note maximale au crash-test.",
      "Le cognac commandé est le trois étoiles, pas le VSOP.",
      "Vous pouvez retirer le colis à la réception de l'hôtel quatre étoiles avant 20 h.",
      "Le jouet porte le marquage CE et cinq étoiles au test européen de sécurité.",
      "La nappe a une broderie d'étoiles bleues sur le bord.",
      "Le congélateur de remplacement est un quatre étoiles, comme le vôtre.",
      "Nous livrons aussi à la chambre d'hôtes trois étoiles indiquée dans la commande.",
      "Les cinq étoiles sur l'écran indiquent le niveau de puissance, ce n'est pas une erreur.",
      "Pouvez-vous nous confirmer si la livraison se fait à l'hôtel cinq étoiles ou chez vous ?",
      "Si vous êtes satisfait du lave-linge classe A, gardez-le : le remboursement partiel est parti.",
      "Le restaurant étoilé où vous travaillez peut-il réceptionner le colis avant 11 h ? Dites-nous.",
      "Vous pouvez vérifier sur la page du produit : le casque a cinq étoiles au test de sécurité.",
      "Si vous préférez le modèle quatre étoiles pour le congélateur, nous pouvons l'échanger.",
      "Pour rappel, la chambre d'hôtes trois étoiles indiquée ferme l'accueil à 20 h.",
    ],
    "review-word-other": [
      "Merci de relire l'épreuve de la gravure et de nous confirmer le texte.",
      "Nous avons examiné votre demande de retour et l'avons acceptée.",
      "Le technicien évaluera les dégâts lors de son passage.",
      "Faites-nous un retour dès réception du colis pour que nous puissions clôturer le dossier.",
      "La révision de la chaudière est comprise dans la prestation achetée.",
      "À vous de juger si vous préférez le remboursement ou l'échange.",
      "Dites-nous ce que vous pensez des deux teintes de l'épreuve couleur avant l'impression.",
      "Notre service qualité a analysé les photos et confirmé le défaut.",
      "Vous trouverez en pièce jointe le devis annoté ligne par ligne.",
      "Nous avons revu le devis et retiré les frais de port.",
      "Notre technicien a donné un avis favorable à la réparation.",
      "Nous vous demandons un commentaire sur l'essai de broderie avant demain.",
      "Évaluons ensemble la meilleure solution : remboursement ou nouvel envoi ?",
      "Laissez-nous un commentaire dans les notes de commande avec l'horaire souhaité.",
      "La note du contrôle interne est bonne, la pièce part donc aujourd'hui.",
      "Nous vous envoyons un point sur la réparation tous les deux jours.",
      "Pouvez-vous nous faire un retour sur la taille ? Si c'est petit, nous l'échangeons.",
      "Le technicien évaluera sur place s'il vaut mieux réparer ou remplacer la pompe.",
      "Nous avons reçu votre commentaire sur le retard et l'avons transmis au transporteur.",
      "Le fichier de la maquette est prêt : dites-nous ce que vous pensez des proportions.",
      "Nous avons examiné les photos : la rayure est couverte par la garantie.",
      "L'estimation de reprise de votre ancien appareil est de 40 euros.",
      "Quand vous évaluerez s'il faut garder le produit, sachez que le retour est gratuit.",
      "Envoyez-nous votre avis sur la maquette : préférez-vous la police cursive ?",
      "Si l'évaluation des dégâts vous convient, confirmez et nous lançons le remboursement.",
      "Pourriez-vous revoir l'adresse ? Sur la page de la commande, il manque le numéro de rue.",
      "Le technicien laissera un commentaire sur la réparation dans son rapport d'intervention.",
      "Donnez-nous votre avis sur l'échantillon de tissu avant la découpe.",
      "Si l'estimation de la reprise vous convient, nous expédions le nouveau téléphone demain.",
    ],
    "product-name": [
      "Votre coffret Étoiles Filantes 5 pièces sera livré demain.",
      "La crème Five Stars Repair a été expédiée par Colissimo.",
      "Le carnet Mes Avis de Lecture a bien la couverture rigide demandée.",
      "Le jeu de société Super Promo arrivera d'ici mercredi.",
      "Nous vous confirmons la couleur de l'affiche Nouvelle Collection 1998 avant impression.",
      "Le mug Papa 5 étoiles est prêt pour la gravure.",
      "Le diffuseur Aroma Feedback Pro a été remplacé par un appareil neuf.",
      "Le livre Critiques de voyage est en réimpression et arrive le 12.",
      "Votre jeu Cinq Étoiles Junior part aujourd'hui avec GLS.",
      "Le carnet Mes Avis du Cœur est prêt avec la dédicace demandée.",
      "La cocotte Offre du Chef est arrivée dans notre entrepôt et part demain.",
      "Le parfum Nouvelle Collection est épuisé : nous vous proposons le remboursement.",
      "Le t-shirt Feedback Loop en taille M a été expédié.",
      "Le livre Cinq étoiles à Paris arrive jeudi.",
      "La lampe Star Rating 5 a un câble de 2 mètres.",
      "Le coffret Promo Kids a été remplacé par un exemplaire neuf.",
    ],
    "marketing-soft-trap": [
      "Nous vous envoyons un autre filtre en remplacement, sans frais.",
      "Si vous avez besoin d'une autre copie de la facture, dites-le-nous et nous vous l'envoyons.",
      "Le nouveau modèle envoyé en remplacement a la même fixation.",
      "L'enlèvement du colis est prévu lundi dans notre entrepôt.",
      "La pièce de rechange est de nouveau disponible : nous l'expédions aujourd'hui pour votre commande.",
      "Dans le colis, vous trouverez aussi la notice et deux vis de rechange.",
      "La couleur commandée est épuisée : préférez-vous attendre ou choisir une autre teinte du même article ?",
      "Le mode d'emploi mis à jour est disponible sur notre page d'assistance.",
      "Votre remplacement est disponible en point relais dès demain.",
      "Nous pouvons aussi vous rembourser si vous préférez ne pas attendre.",
      "Cette semaine, nos livreurs passent aussi le samedi.",
      "La réduction appliquée à votre commande sera remboursée cette semaine.",
      "Pour compléter votre dossier de garantie, envoyez-nous une photo de la facture.",
      "Les travaux dans notre entrepôt commencent lundi, sans impact sur les livraisons.",
      "Merci de glisser le bon de retour dans le colis.",
      "La housse de remplacement est proposée dans le même tissu que l'original.",
      "Le modèle que vous avez commandé existe en 220 V uniquement, il est donc compatible.",
      "Si un jour le problème revient, écrivez-nous simplement.",
      "Nous vous remboursons la différence : le prix passe à 19 euros aussi sur votre commande.",
      "Si besoin, la notice existe aussi en PDF sur le site du fabricant.",
      "La pièce existe aussi en format pour l'ancien modèle : nous vous envoyons la bonne.",
      "Le technicien fait aussi le contrôle final avant de partir.",
      "La personne qui a pris en charge votre dossier vous écrira demain.",
      "Pour chaque commande, nous envoyons la facture par e-mail.",
      "Nous avons créé une nouvelle commande pour le remplacement, sans frais.",
      "Dans le carton, il y a un jeu de clés Allen pour le montage.",
      "Le jeu de draps de remplacement est de nouveau en stock et part demain.",
      "Si cela vous arrange, le livreur peut aussi passer samedi.",
      "Il suffit de nous envoyer la nouvelle adresse et nous mettons à jour la livraison.",
      "Si besoin, nous pouvons vous envoyer la facture en format PDF.",
      "Retrouvez la liste des points relais sur le site du transporteur.",
      "Si un jour le produit tombe en panne, la garantie couvre la réparation.",
      "Pour chaque commande Prime, la livraison est gratuite.",
      "Le prix passe à 19 euros car la remise a été appliquée à votre commande.",
      "Si besoin, le technicien fait aussi la mise en service.",
      "Un jeu de joints neufs est inclus dans le colis de remplacement.",
      "Nous avons créé une étiquette de retour prépayée pour vous.",
      "Quand elle sera finie, la charge s'affiche en vert.",
      "Nous avons aussi des nouvelles du transporteur : le colis arrive demain.",
      "Lors du même passage, le technicien vérifiera aussi le tuyau.",
      "Le ventilateur de remplacement vient de sortir de l'entrepôt.",
      "Si vous le souhaitez, nous pouvons garder le colis à l'entrepôt jusqu'à lundi.",
      "L'extension de garantie achetée avec votre commande est déjà active.",
      "Le canapé et le pouf assorti de votre commande arrivent ensemble jeudi.",
      "Pour confirmer l'horaire, il suffit de répondre à ce message.",
      "Les pièces arrivent bientôt et le technicien passera vendredi.",
      "Si cela vous dit, nous pouvons graver la date au dos sans supplément.",
      "J'en profite pour vous dire que le livreur passera entre 9 h et 12 h.",
      "Votre commande comprend aussi le câble de charge et l'étui.",
      "Vous pouvez retrouver le numéro de suivi dans Vos commandes sur Amazon.",
      "Le filtre se remplace tous les trois mois pour un bon fonctionnement.",
      "Si le service vous a plu, tant mieux : le technicien revient le 12 pour le contrôle.",
      "En plus de celle que vous avez commandée, le colis contient une housse de rechange.",
    ],
    "review-trap": [
      "Écrivez-nous ici si quelque chose ne va pas, nous répondons sous 24 heures.",
      "Envoyez-nous une photo des dégâts pour que nous ouvrions le dossier.",
      "Nous aimerions savoir si le colis est arrivé intact.",
      "Nous espérons que la pièce de rechange réglera le problème.",
      "Vous n'avez aucun avis à laisser ni formulaire à remplir : le remboursement est automatique.",
      "Dans la note pour le livreur, indiquez le code d'entrée et l'étage.",
      "Indiquez-nous le texte à graver, s'il vous plaît.",
      "Nous sommes heureux que la lampe vous plaise, merci de nous l'avoir écrit !",
      "Montrez-nous l'étiquette du produit en photo, s'il vous plaît.",
      "Racontez-nous comment le problème est apparu.",
      "Le technicien évaluera le produit sur place mardi.",
      "En échange de l'ancien appareil, nous vous envoyons le neuf sans frais.",
      "Notez le numéro de suivi, il vous servira pour le point relais.",
      "Pouvez-vous évaluer la distance entre les deux trous de fixation ?",
      "Votre ressenti sur la couleur de l'épreuve nous aidera avant l'impression.",
      "Un commentaire dans le champ prévu à la commande suffit pour le code d'entrée.",
      "Gardez en tête que le transporteur ne livre pas le dimanche.",
      "Ce serait bien de recevoir une photo des dégâts pour compléter le dossier.",
      "Chaque commentaire sur la maquette aide la personne qui réalise la gravure.",
      "L'envoi de la nouvelle pièce est à notre charge, toutes nos excuses.",
      "Votre avis sur la dédicace nous est utile avant la gravure.",
      "Si vous nous montrez la photo de l'étiquette, nous vous envoyons la bonne pièce sans rien vous faire payer.",
      "Les avis des techniciens concordent : le défaut vient de l'usine.",
      "Après contrôle, le retour sera à nos frais.",
      "Nous avons lu votre avis : l'article ne reflète pas la description, nous vous envoyons un remplacement.",
      "La photo ne reflète pas la couleur réelle, désolés.",
      "Pouvez-vous revoir la maquette mise à jour et nous confirmer le texte ?",
      "Nous avons mis à jour l'adresse de livraison comme demandé.",
      "Si le produit vous a plu, nous en sommes ravis : bonne journée !",
      "Racontez-nous ce qui s'est passé au moment de la livraison.",
      "Écrivez-nous ici si le problème revient.",
      "Nous vous demandons une photo du numéro de série pour ouvrir la garantie.",
      "Merci de ne pas mentionner votre numéro de carte dans les messages.",
      "Ne parlez pas du contenu du colis au livreur, par sécurité.",
      "Si vous le souhaitez, nous pouvons fabriquer une pièce de remplacement.",
      "Nous en avons parlé au transporteur : le colis arrive demain.",
      "Nos techniciens sont formés pour ce modèle de chaudière.",
      "L'article que vous avez commandé est actuellement en promotion : nous vous remboursons la différence.",
      "Le remplacement ne coûte que le prix de la pièce, la main-d'œuvre est offerte.",
      "Nous préparons l'expédition de votre commande.",
      "La saison prochaine, le transporteur livrera aussi le samedi.",
      "La pièce ne coûte que quelques euros, mais elle vous est offerte au titre de la garantie.",
      "Vous pouvez tester le produit à votre rythme : le retour reste possible 30 jours.",
      "Nous préparons une ligne de commande séparée pour la pièce manquante.",
      "Le modèle de remplacement a plus d'étoiles au congélateur que l'ancien.",
      "Votre point de vue sur la couleur de la maquette nous est utile avant demain.",
      "Nous croisons les doigts pour que le livreur arrive à l'heure.",
      "Une photo du blender dans votre cuisine nous aiderait à comprendre la panne.",
      "Une phrase dans la note pour le livreur suffit : deuxième étage, porte 4.",
    ],
    "negation": [
      "Vous n'avez rien à faire : pas de formulaire, pas d'avis ni de note à laisser sur Amazon.",
      "Aucun avis à laisser sur Amazon, le remboursement est automatique.",
      "Nous ne vous demandons aucun avis : il nous suffit que le produit fonctionne.",
    ],
    "incentive-trap": [
      "Pour la gêne occasionnée, nous vous offrons l'étui, sans aucune condition.",
      "Nous vous remboursons aussitôt la différence de prix, comme le prévoit la garantie.",
      "Le retour est gratuit : l'étiquette se trouve dans le carton.",
      "Votre deuxième commande est déjà partie, la première arrive demain.",
      "Si vous commandez avant 14 h, le colis part le jour même.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "En rédigeant votre avis, n'hésitez pas à parler de la rapidité avec laquelle nous avons réglé le problème.",
        messageId: "instructions",
      },
      {
        text:
          "Dans votre commentaire sur Amazon, ce serait bien de citer le nom de notre boutique.",
        messageId: "instructions",
      },
      {
        text:
          "Dans votre évaluation, évitez de parler du retard, il ne dépendait pas de nous.",
        messageId: "instructions",
      },
      {
        text:
          "Notez votre achat cinq étoiles et ajoutez une photo du meuble monté.",
        messageId: "instructions",
      },
      {
        text:
          "Quand vous donnerez votre avis sur le produit, précisez que la taille est conforme.",
        messageId: "instructions",
      },
      {
        text:
          "Nous vous demandons d'indiquer dans votre évaluation sur Amazon que le colis est arrivé intact.",
        messageId: "solicitation",
      },
      {
        text:
          "Dans votre avis, racontez comment se comporte la batterie après une semaine.",
        messageId: "instructions",
      },
      {
        text:
          "Si vous publiez une vidéo avec votre évaluation, filmez bien le logo de la marque.",
        messageId: "instructions",
      },
      {
        text:
          "Si vous écrivez deux lignes sur Amazon, évoquez donc la gentillesse de notre livreur.",
        messageId: "instructions",
      },
      {
        text:
          "Dans l'évaluation du produit, il suffirait de dire qu'il est arrivé en avance.",
        messageId: "instructions",
      },
      {
        text:
          "Dans votre avis, mettez en valeur la qualité des coutures, s'il vous plaît.",
        messageId: "solicitation",
      },
      {
        text: "Quand vous nous évaluerez, choisissez le titre Excellent achat.",
        messageId: "solicitation",
      },
      {
        text:
          "Nous aimerions que votre avis comporte une photo de la table dressée.",
        messageId: "instructions",
      },
      {
        text:
          "Pour votre évaluation, gardez en tête que le retard vient du transporteur et pas de nous.",
        messageId: "instructions",
      },
      {
        text:
          "Donnez cinq étoiles au rapport qualité-prix quand vous noterez l'article.",
        messageId: "solicitation",
      },
      {
        text:
          "Dans l'évaluation du vendeur, écrivez seulement que l'expédition a été rapide.",
        messageId: "solicitation",
      },
      {
        text:
          "Dans votre avis, racontez aussi à quel point notre technicien a été aimable.",
        messageId: "instructions",
      },
      {
        text:
          "Quand vous évaluerez le service, n'oubliez pas de citer la ponctualité de l'installateur.",
        messageId: "solicitation",
      },
      {
        text:
          "Si vous publiez un avis, ajoutez-y deux photos : le colis et le produit.",
        messageId: "instructions",
      },
      {
        text:
          "Pour le titre de votre avis, nous vous suggérons : Qualité surprenante.",
        messageId: "instructions",
      },
      {
        text:
          "Notez l'achat en pensant au prix : pour ce qu'il coûte, il mérite le maximum.",
        messageId: "solicitation",
      },
      {
        text:
          "Votre évaluation devrait porter sur le produit et non sur le transporteur.",
        messageId: "instructions",
      },
      {
        text:
          "Dans votre avis, merci de ne pas mentionner le retard, qui ne dépend pas de nous.",
        messageId: "instructions",
      },
      {
        text:
          "Ne pénalisez pas le produit dans votre évaluation à cause du transporteur.",
        messageId: "instructions",
      },
      {
        text:
          "Les avis les plus utiles parlent de l'usage au quotidien : si vous en écrivez un, gardez cela en tête.",
        messageId: "instructions",
      },
      {
        text:
          "Un avis avec le prénom de notre technicien nous aiderait à le récompenser.",
        messageId: "incentive",
      },
      {
        text:
          "Ce serait parfait si votre évaluation citait le service après-vente.",
        messageId: "solicitation",
      },
      {
        text:
          "L'idéal serait un avis avec une photo du blender dans votre cuisine.",
        messageId: "instructions",
      },
      {
        text:
          "Dans le commentaire sur Amazon, une phrase sur la livraison rapide suffit.",
        messageId: "solicitation",
      },
    ],
    "review-wish": [
      {
        text: "Nous serions ravis de lire votre avis sur la page du produit.",
        messageId: "gating",
      },
      {
        text:
          "Un petit commentaire de votre part serait précieux pour les personnes qui hésitent encore.",
        messageId: "solicitation",
      },
      {
        text: "Nous espérons voir bientôt vos étoiles sur Amazon !",
        messageId: "solicitation",
      },
      {
        text:
          "Ce serait un honneur pour nous de recevoir une évaluation positive de votre part.",
        messageId: "solicitation",
      },
      {
        text:
          "Votre ressenti pourrait aider beaucoup d'autres acheteurs à faire leur choix.",
        messageId: "solicitation",
      },
      {
        text:
          "Nous aimerions savoir ce que vous pensez du blender, pourquoi pas en deux lignes sur Amazon.",
        messageId: "solicitation",
      },
      {
        text: "Une note de votre part sur le produit nous aiderait énormément.",
        messageId: "solicitation",
      },
      {
        text:
          "Nous serions heureux que vous racontiez votre expérience avec cet achat à ceux qui ne le connaissent pas encore.",
        messageId: "gating",
      },
      {
        text:
          "Ce serait formidable de lire quelques mots de vous sur le produit parmi les avis.",
        messageId: "solicitation",
      },
      {
        text:
          "Qui sait, peut-être trouverons-nous un jour votre avis sur Amazon !",
        messageId: "solicitation",
      },
      {
        text: "Chaque étoile reçue sur Amazon vaut de l'or pour nous.",
        messageId: "solicitation",
      },
      {
        text:
          "Si le blender vous a conquise, beaucoup de gens seraient contents de le lire dans votre avis.",
        messageId: "gating",
      },
      {
        text: "Un retour positif de votre part nous rendrait vraiment fiers.",
        messageId: "solicitation",
      },
      {
        text: "Les avis de clients comme vous aident ceux qui achètent après.",
        messageId: "solicitation",
      },
      {
        text: "Nous espérons recevoir bientôt votre évaluation.",
        messageId: "solicitation",
      },
      {
        text:
          "Savoir ce que vous pensez de la lampe, pourquoi pas sur la page du produit, serait un cadeau pour nous.",
        messageId: "incentive",
      },
      {
        text: "Votre avis sur Amazon compterait énormément pour nous.",
        messageId: "solicitation",
      },
      {
        text:
          "Nous aimerions tant que d'autres clients lisent ce que vous en pensez.",
        messageId: "solicitation",
      },
      {
        text:
          "Si le cœur vous en dit, quelques étoiles sur la page du produit nous feraient plaisir.",
        messageId: "solicitation",
      },
      {
        text:
          "Nous sommes curieux de lire votre avis sur le grille-pain sur Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Un petit mot de vous sur notre page Amazon serait le plus beau des cadeaux.",
        messageId: "incentive",
      },
      {
        text:
          "Nous serions honorés de trouver votre nom parmi les avis du produit.",
        messageId: "solicitation",
      },
      {
        text:
          "Comme ce serait bien de voir votre expérience racontée sur Amazon !",
        messageId: "solicitation",
      },
      {
        text:
          "Nous croisons les doigts pour un petit mot de votre part sur la page du produit.",
        messageId: "solicitation",
      },
      {
        text:
          "Votre point de vue sur Amazon ferait la différence pour une petite boutique comme la nôtre.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "À ceux qui nous laissent un commentaire sur le produit, nous réservons une petite surprise dans le prochain colis.",
        messageId: "incentive",
      },
      {
        text:
          "Après avoir publié votre avis, écrivez-nous : nous vous remboursons la moitié du prix.",
        messageId: "incentive",
      },
      {
        text:
          "Pour vous remercier de vos étoiles, nous vous envoyons un lot de recharges en cadeau.",
        messageId: "incentive",
      },
      {
        text:
          "Dès que votre évaluation est en ligne, nous vous créditons 10 euros.",
        messageId: "incentive",
      },
      {
        text:
          "Si vous évaluez le produit dans la semaine, vous profitez d'un an de garantie supplémentaire.",
        messageId: "incentive",
      },
      {
        text:
          "Envoyez-nous la capture d'écran de votre avis et nous vous expédions un deuxième filtre sans frais.",
        messageId: "incentive",
      },
      {
        text:
          "En signe de gratitude pour votre commentaire, nous vous ferons parvenir une carte cadeau Amazon.",
        messageId: "incentive",
      },
      {
        text:
          "Le remboursement des frais de port vous sera fait dès que nous verrons votre avis en ligne.",
        messageId: "incentive",
      },
      {
        text:
          "Pour chaque avis publié, nous ajoutons un échantillon dans votre prochain colis.",
        messageId: "incentive",
      },
      {
        text:
          "Si vous nous montrez votre évaluation, nous vous envoyons les recharges sans rien vous faire payer.",
        messageId: "instructions",
      },
      {
        text:
          "Les avis de nos clients sont récompensés par une petite attention de notre part.",
        messageId: "incentive",
      },
      {
        text: "Après votre avis, les frais de retour seront à notre charge.",
        messageId: "incentive",
      },
      {
        text:
          "À ceux qui laissent un avis sur Amazon, nous offrons 20 % sur le deuxième achat.",
        messageId: "incentive",
      },
      {
        text:
          "En échange de deux lignes sur le produit, nous prolongeons votre garantie de six mois.",
        messageId: "incentive",
      },
      {
        text: "Laissez un avis et participez au tirage d'un bon de 50 euros.",
        messageId: "incentive",
      },
      {
        text:
          "Votre évaluation sur Amazon vous vaut une remise sur votre prochaine commande.",
        messageId: "incentive",
      },
      {
        text:
          "Ceux qui nous laissent un avis reçoivent en avant-première nos nouveaux produits à tester.",
        messageId: "incentive",
      },
      {
        text:
          "Dès que nous voyons votre avis en ligne, nous vous envoyons le second coussin gratuitement.",
        messageId: "incentive",
      },
      {
        text:
          "Pour les avis avec photo, nous remboursons l'intégralité des frais de port.",
        messageId: "incentive",
      },
      {
        text:
          "Écrivez votre avis sur Amazon : en remerciement, vous aurez 15 % sur votre prochain achat.",
        messageId: "incentive",
      },
      {
        text: "Un avis vaut un mois d'abonnement premium gratuit.",
        messageId: "incentive",
      },
      {
        text:
          "Si vous évaluez le produit, nous vous offrons un kit de nettoyage.",
        messageId: "incentive",
      },
      {
        text:
          "Votre avis sur Amazon nous permettrait de vous offrir la livraison sur votre prochaine commande.",
        messageId: "incentive",
      },
      {
        text:
          "Si vous publiez votre avis avant dimanche, nous vous offrons l'étui.",
        messageId: "incentive",
      },
      {
        text:
          "Pour ceux qui laissent cinq étoiles, une petite surprise dans le prochain colis.",
        messageId: "incentive",
      },
      {
        text:
          "Écrivez deux lignes sur Amazon et nous vous remboursons aussitôt la différence de prix.",
        messageId: "incentive",
      },
      {
        text: "Un retour positif vous donnerait droit à un bon de 10 euros.",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text: "Votre avis à une étoile ne reflète peut-être plus la situation.",
        messageId: "change",
      },
      {
        text:
          "Peut-être que l'avis laissé la semaine dernière pourrait être ajusté.",
        messageId: "change",
      },
      {
        text:
          "Maintenant que tout est réglé, peut-être voudrez-vous revoir la note que vous nous avez laissée.",
        messageId: "change",
      },
      {
        text:
          "Si le problème est résolu, nous vous serions reconnaissants de mettre à jour votre commentaire sur Amazon.",
        messageId: "change",
      },
      {
        text:
          "Puisque tout fonctionne, accepteriez-vous de changer les étoiles que vous avez mises ?",
        messageId: "change",
      },
      {
        text: "Votre avis date d'avant l'échange : pourriez-vous le modifier ?",
        messageId: "change",
      },
      {
        text:
          "Maintenant que tout fonctionne, votre avis n'est plus d'actualité, non ?",
        messageId: "change",
      },
      {
        text: "Quelques étoiles de plus sur votre avis nous feraient plaisir.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Votre pièce de rechange part aujourd'hui. Au passage, notre gamme printemps-été de nappes vient de sortir.",
        messageId: "crossSell",
      },
      {
        text:
          "Si vous avez besoin d'autres sacs pour l'aspirateur, nous les vendons aussi par lots de dix.",
        messageId: "crossSell",
      },
      {
        text:
          "En plus de la lampe, nous fabriquons des abat-jour en lin assortis, au cas où vous voudriez compléter votre intérieur.",
        messageId: "crossSell",
      },
      {
        text:
          "Pendant qu'on y est : pour votre cafetière, il existe aussi notre kit de détartrage maison.",
        messageId: "crossSell",
      },
      {
        text:
          "Maintenant que la panne est réglée, nous pouvons aussi nous charger de l'entretien annuel de la chaudière pour un petit supplément.",
        messageId: "promotion",
      },
      {
        text:
          "La gourde que vous avez commandée va très bien avec nos sacs isothermes, proposés en six coloris.",
        messageId: "crossSell",
      },
      {
        text:
          "Les nouveaux modèles de la série Aurore viennent d'arriver en stock, si cela vous intéresse.",
        messageId: "crossSell",
      },
      {
        text:
          "Les clients qui achètent ce sac à dos prennent souvent aussi notre housse de pluie.",
        messageId: "crossSell",
      },
      {
        text:
          "Pour l'hiver, nous avons préparé une sélection de plaids en laine mérinos que vous trouverez parmi nos articles.",
        messageId: "crossSell",
      },
      {
        text:
          "Le tapis arrive jeudi. Pour compléter votre salon, nous avons aussi des coussins et des poufs dans le même motif.",
        messageId: "crossSell",
      },
      {
        text:
          "Nous vous avons renvoyé la coque. PS : si le style vous plaît, jetez aussi un œil à nos étuis en cuir.",
        messageId: "crossSell",
      },
      {
        text:
          "Le kit de rechange arrive vendredi. Depuis ce mois-ci, nous fabriquons aussi la bouilloire en version inox.",
        messageId: "crossSell",
      },
      {
        text:
          "Notre atelier réalise aussi des rideaux et des coussins sur mesure : il suffit de nous envoyer les dimensions.",
        messageId: "crossSell",
      },
      {
        text:
          "Le thermostat étant réparé, nous nous occupons aussi du nettoyage des climatiseurs si besoin.",
        messageId: "crossSell",
      },
      {
        text:
          "Pour ceux qui ont pris la machine à pain comme vous, nous avons imaginé un jeu de moules adaptés.",
        messageId: "crossSell",
      },
      {
        text:
          "En plus des bougies commandées, notre atelier fait aussi des diffuseurs à la même senteur.",
        messageId: "crossSell",
      },
      {
        text:
          "Avec l'automne, nous avons renouvelé toute la ligne de plaids : les nouveautés sont dans notre espace Amazon.",
        messageId: "crossSell",
      },
      {
        text:
          "Si cela peut vous être utile, la même crème existe aussi en format 500 ml.",
        messageId: "crossSell",
      },
      {
        text:
          "Merci pour votre commande ! Notre moulin à café le plus demandé est de nouveau en stock.",
        messageId: "crossSell",
      },
      {
        text:
          "Le souci de Wi-Fi est réglé. Pour la saison prochaine, nous préparons une ligne de lampes d'extérieur : restons en contact !",
        messageId: "crossSell",
      },
      {
        text:
          "Puisque vous avez choisi notre thé vert, le thé blanc de la même plantation pourrait aussi vous plaire.",
        messageId: "crossSell",
      },
      {
        text:
          "La pompe neuve est posée. Pour éviter d'autres pannes, notre contrat d'entretien annuel ne coûte que 49 euros.",
        messageId: "promotion",
      },
      {
        text:
          "Désolés pour le retard. Entre-temps, les nouveaux coloris de la gourde sont arrivés, dont le vert sauge.",
        messageId: "crossSell",
      },
      {
        text:
          "Beaucoup de clients associent la friteuse à air à notre grille en silicone, vendue aussi séparément.",
        messageId: "crossSell",
      },
      {
        text:
          "La fabrication prend dix jours. Si vous le souhaitez, nous pouvons réaliser des serviettes assorties dans le même coloris.",
        messageId: "crossSell",
      },
      {
        text:
          "Beaucoup de clientes complètent la nappe avec nos chemins de table, disponibles dans les mêmes coloris.",
        messageId: "crossSell",
      },
      {
        text:
          "En attendant, vous pourriez regarder notre modèle compact, actuellement en promotion.",
        messageId: "promotion",
      },
      {
        text:
          "Le rouleau fourni est un rouleau d'essai : pensez à prévoir des rouleaux compatibles, nous en avons en stock.",
        messageId: "crossSell",
      },
      {
        text:
          "Le rouleau livré suffit pour démarrer ; pour la suite, nos rouleaux de 500 étiquettes sont faits pour cette imprimante.",
        messageId: "crossSell",
      },
      {
        text:
          "Nous vous avons remboursé la livraison. Pour l'été, des ventilateurs silencieux de la même marque arrivent chez nous.",
        messageId: "crossSell",
      },
      {
        text:
          "Votre canapé est en livraison. Ceux qui ont notre canapé choisissent souvent aussi le pouf assorti, si cela vous dit.",
        messageId: "crossSell",
      },
      {
        text:
          "La chaudière fonctionne de nouveau. Nous proposons aussi l'extension de garantie à cinq ans pour 59 euros, il suffit de répondre à ce message.",
        messageId: "crossSell",
      },
      {
        text:
          "Pour ceux qui, comme vous, cuisinent beaucoup, notre gamme de couteaux japonais est le complément idéal.",
        messageId: "crossSell",
      },
      {
        text:
          "J'en profite pour vous dire que nous réalisons aussi des paniers garnis personnalisés pour Noël.",
        messageId: "crossSell",
      },
      {
        text:
          "Nous avons toute une gamme de tisanes bio en plus de celle que vous avez commandée.",
        messageId: "crossSell",
      },
      {
        text:
          "Notre catalogue comprend aussi des moules et des cocottes en fonte.",
        messageId: "crossSell",
      },
      {
        text:
          "Vous pouvez retrouver toutes nos créations en cherchant le nom de la boutique sur Amazon.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text:
          "Jusqu'à dimanche seulement, toute la ligne salle de bain est à -15 %.",
        messageId: "promotion",
      },
      {
        text:
          "En tant que client fidèle, vous bénéficiez d'un tarif préférentiel sur votre prochaine commande.",
        messageId: "promotion",
      },
      {
        text:
          "Avec le code MERCI10, économisez 10 % sur n'importe quel article de notre catalogue.",
        messageId: "promotion",
      },
      {
        text:
          "Ce mois-ci, la livraison est offerte sur tous nos produits pour la maison.",
        messageId: "promotion",
      },
      {
        text:
          "Inscrivez-vous à notre lettre d'information pour recevoir nos offres de la semaine en avant-première.",
        messageId: "promotion",
      },
      {
        text:
          "Petit rappel : les soldes d'hiver commencent lundi, avec des prix réduits jusqu'à 40 %.",
        messageId: "promotion",
      },
      {
        text:
          "Le deuxième article est à moitié prix, dans la limite des stocks disponibles.",
        messageId: "promotion",
      },
      {
        text:
          "Nous vous avons mis de côté un bon de 5 euros à utiliser avant la fin du mois sur un nouvel achat.",
        messageId: "promotion",
      },
      {
        text:
          "Dès lundi, c'est la semaine des bonnes affaires sur tout notre catalogue.",
        messageId: "promotion",
      },
      {
        text:
          "Aux clients qui ont déjà commandé chez nous, nous réservons un prix spécial tout le mois de novembre.",
        messageId: "promotion",
      },
      {
        text:
          "Pour vous qui êtes déjà client, la livraison est gratuite sur toute commande jusqu'à la fin de l'année.",
        messageId: "promotion",
      },
      {
        text:
          "Le coupon joint est valable sur toute la boutique jusqu'au 15 décembre.",
        messageId: "promotion",
      },
      {
        text:
          "Nous venons de lancer notre carte de fidélité : chaque achat vous rapporte des points.",
        messageId: "promotion",
      },
      {
        text:
          "Profitez des prix de lancement de la nouvelle friteuse, encore valables quelques jours.",
        messageId: "promotion",
      },
      {
        text:
          "Ce week-end seulement, tous les coussins coûtent 10 euros de moins.",
        messageId: "promotion",
      },
      {
        text:
          "Nous avons activé pour vous un code personnel valable sur toute la boutique jusqu'à dimanche.",
        messageId: "promotion",
      },
      {
        text: "Si vous commandez avant vendredi, la gravure vous est offerte.",
        messageId: "promotion",
      },
      {
        text:
          "Les soldes démarrent en janvier : gardez un œil sur notre boutique.",
        messageId: "promotion",
      },
    ],
  },
};

testClassProbes("fr-FR", CLASS_PROBES_FR);
testProbes(
  "fr-FR",
  {
    "review-wish": {
      violations: [
        "Les avis comme le vôtre font vivre les petites boutiques comme la nôtre.",
        "Si notre aide vous a été utile, Amazon mérite de le savoir.",
      ],
      clean: [],
    },
    "marketing-soft": {
      violations: [
        "Si un jour vous voulez un second jeu de draps, nous vous ferons le même prix.",
        "Votre commande est partie. Au fait, notre chocolat de Noël est de retour pour les fêtes.",
        "Bonne nouvelle : la version 2.0 de notre thermostat vient de sortir, avec le pilotage par appli.",
        "Si vous le souhaitez, pour l'hiver prochain nous pouvons vous réserver un jeu de pneus à la même taille.",
        "Vous pouvez vous abonner pour recevoir des filtres neufs tous les trois mois, sans y penser.",
        "Si le gâteau vous a plu, notre bûche à la pistache revient en décembre.",
      ],
      clean: [],
    },
    "marketing-promo": {
      violations: [
        "Nous vous écrivons pour vous prévenir que le prix de la bouilloire passe à 19 euros jusqu'à jeudi.",
        "Pour trois articles achetés, le moins cher est offert.",
        "Pour les clients qui reviennent chez nous, la livraison de la deuxième commande est à nos frais.",
      ],
      clean: [],
    },
  },
  [
    "Si notre aide vous a été utile, Amazon mérite de le savoir.",
    "Si un jour vous voulez un second jeu de draps, nous vous ferons le même prix.",
    "Votre commande est partie. Au fait, notre chocolat de Noël est de retour pour les fêtes.",
    "Si vous le souhaitez, pour l'hiver prochain nous pouvons vous réserver un jeu de pneus à la même taille.",
    "Vous pouvez vous abonner pour recevoir des filtres neufs tous les trois mois, sans y penser.",
    "Nous vous écrivons pour vous prévenir que le prix de la bouilloire passe à 19 euros jusqu'à jeudi.",
  ],
);

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("fr-FR", {
  "review-word-other": {
    violations: [
      "Nous vous serions reconnaissants de laisser un avis sur Amazon.",
      "Pourriez-vous partager votre avis sur le produit avec les autres clients ?",
      "Merci d'évaluer notre produit si vous en êtes satisfait.",
      "Votre commentaire sur Amazon aide beaucoup les autres acheteurs.",
      "Nous aimerions savoir ce que vous pensez de votre achat, quelques mots sur Amazon suffisent.",
      "Un avis sincère sur votre nouveau projecteur serait génial.",
      "Si la toile vous plaît, un petit commentaire sur Amazon nous ferait très plaisir.",
      "Votre avis compte : partagez votre expérience avec l'appareil avec les autres acheteurs.",
    ],
    clean: [
      "Pourriez-vous relire et valider le bon à tirer en pièce jointe avant l'impression ?",
      "Nous avons examiné votre réclamation et vous serez remboursé intégralement.",
      "Votre demande de garantie est en cours d'évaluation par notre technicien.",
      "L'expert a évalué les dégâts, nous vous joignons son rapport.",
      "La lampe est de classe énergétique A et d'indice de protection IP44.",
      "Le chargeur a une puissance nominale de 65 W et la batterie tient 2000 cycles.",
      "Votre avis nous intéresse : quelle couleur souhaitez-vous en remplacement, bleu ou gris ?",
      "Nous avons besoin de votre retour sur l'échantillon de couleur d'ici vendredi.",
      "Pourriez-vous nous faire un petit retour sur la maquette de la gravure ?",
      "D'après l'évaluation du réparateur, l'appareil n'est plus réparable.",
      "Votre retour est en cours de vérification, cela prend en général deux jours ouvrés.",
      "Pourriez-vous relire le projet et nous dire si le prénom est bien orthographié ?",
      "Nous aimerions avoir votre avis sur la taille à vous renvoyer.",
      "L'étagère est conçue pour une charge de 40 kg.",
      "Votre demande de remboursement a été examinée et acceptée.",
      "Bonjour, l'épreuve de votre toile est prête. Pourriez-vous y jeter un œil et nous faire un retour sur les couleurs ? Nous imprimerons ensuite.",
      "Bonjour, votre retour est bien arrivé. Notre équipe vérifie l'article et évalue son état, puis nous vous remboursons.",
      "Nous aimerions votre avis : le texte doit-il être gravé en doré ou en argenté ? Merci de répondre d'ici mercredi.",
      "L'expert a rendu un avis favorable sur le dommage de transport, vous serez donc remboursé en totalité.",
      "Pourriez-vous évaluer, à partir des photos jointes, quel tissu vous préférez pour la housse ?",
      "Votre avis sur la taille nous aidera à envoyer la bonne : la veste est-elle plutôt serrée ou ample ?",
      "La borne de recharge est prévue pour 22 kW ; l'électricien doit d'abord contrôler le raccordement.",
      "Nous attendons votre retour sur le rendez-vous : jeudi entre 8 h et 12 h vous convient-il ?",
      "Pourriez-vous estimer si le bruit vient du moteur ou du ventilateur ? Nous enverrons alors la bonne pièce.",
      "Selon le rapport d'expertise, la réparation n'est pas rentable, vous recevrez donc un appareil neuf.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Cinq étoiles de votre part nous aideraient énormément !",
      "Merci de nous donner 5 étoiles si tout s'est bien passé.",
      "Cinq étoiles pour notre service nous feraient vraiment plaisir.",
    ],
    clean: [
      "Nous brodons cinq étoiles au-dessus du prénom sur le coussin.",
      "Le colis contient une planche d'autocollants avec des étoiles dorées.",
      "Nous imprimons trois étoiles sur le cake topper, comme demandé.",
      "Le réfrigérateur est en classe D selon l'étiquette énergie.",
      "Merci de livrer à l'hôtel quatre étoiles près de la gare, chambre 214.",
      "La guirlande compte cinq étoiles argentées et trois dorées.",
      "Le visuel montre cinq étoiles en demi-cercle avec le nom de votre club en dessous. Pouvez-vous valider le visuel ?",
      "Sur la feuille azyme, nous imprimons comme convenu 3 étoiles dorées et le chiffre 40.",
      "La livraison se fait au resort cinq étoiles, la réception prendra le colis.",
      "Appuyez deux fois sur la touche étoile pour ouvrir le menu de service du téléphone.",
      "L'hôtel a quatre étoiles et accepte les colis à la réception.",
    ],
  },
  "negation": {
    violations: [
      "N'oubliez pas de nous laisser un avis !",
    ],
    clean: [
      "Vous n'avez rien à évaluer, le remboursement est automatique.",
      "Aucune expertise n'est nécessaire, vous pouvez garder l'article.",
      "Une évaluation du dommage par un expert n'est pas nécessaire, les photos suffisent.",
      "Vous n'avez pas besoin de nous faire un retour sur la maquette ; si tout est correct, nous imprimons.",
    ],
  },
  "product-name": {
    violations: [
      "Si le projecteur Ciel Étoilé vous plaît, laissez-nous un avis.",
    ],
    clean: [
      "Le porte-documents « Review Pro » sera expédié demain.",
      "Votre projecteur Ciel Étoilé est en route.",
      "Votre veilleuse « Étoile Filante 5 » est partie aujourd'hui avec Colissimo.",
      "Le jeu de société « Cinq Étoiles » est malheureusement arrivé abîmé, nous vous en envoyons un autre.",
      "Le buzzer de feedback pour votre classe sera livré demain.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("fr-FR", {
  "review-word-other": {
    violations: [],
    clean: [
      "Le transporteur a laissé un avis de passage, merci de retirer le colis au point relais.",
      "Vous avez reçu un avis d'expédition par e-mail, le colis arrive jeudi.",
      "Pourriez-vous nous envoyer la note de l'expert pour que nous traitions la garantie ?",
      "Nous avons glissé une petite note dans le colis avec les instructions de montage.",
      "Merci de nous dire quelle note le diagnostic de performance énergétique donne au logement, pour choisir le bon radiateur.",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("fr-FR", {
  "review-word-other": {
    violations: [
      "Maintenant que le problème est réglé, accepteriez-vous de revoir votre avis ?",
      "Nous espérons que vous pourrez modifier votre commentaire à deux étoiles.",
      "Si vous n'êtes pas satisfait, contactez-nous d'abord plutôt que d'écrire un avis.",
      "Pour vous remercier de votre avis, nous joignons un bon d'achat.",
      "Votre avis sur la fiche produit aiderait les autres acheteurs à choisir.",
    ],
    clean: [
      "Indiquez simplement le prénom souhaité en commentaire de la commande, nous le graverons.",
      "Nous avons transmis votre retour au fabricant, qui contrôle le lot.",
      "Pourriez-vous évaluer rapidement la rayure : petite ou bien visible ? Nous choisirons alors entre un remplacement et un remboursement partiel.",
      "Donnez-nous votre avis : on vous envoie la pièce ou directement un appareil neuf ?",
    ],
  },
});

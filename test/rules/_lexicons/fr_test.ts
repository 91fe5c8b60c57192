import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
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

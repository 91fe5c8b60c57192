import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
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

// This module is browser compatible.

/**
 * French words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** French labels of identifiers and words of phoning. */
export const IDENTIFIERS_FR: IdentifierWords = {
  labels: [
    "suivi",
    "colis",
    "envoi",
    "code postal",
    "commande",
    "facture",
    "référence",
    "dossier",
    "numéro client",
    "série",
    "modèle",
    "tva",
  ],
  phone: [
    "téléphone",
    "tél",
    "appel",
    "appelez",
    "appeler",
    "portable",
    "joindre",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "appelez-nous",
    "appelez nous",
    "appelle-nous",
    "nous appeler",
    "nous joindre",
    "nous contacter",
    "contactez-nous",
    "contactez nous",
    "écrivez-nous",
    "envoyez-nous",
    "nous envoyer",
    "notre numéro",
    "notre ligne",
    "notre standard",
    "notre boutique",
    "notre magasin",
    "notre atelier",
    "notre service client",
    "mon numéro",
    "me joindre",
    "m'appeler",
  ],
};

// This module is browser compatible.

/**
 * Portuguese words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Portuguese labels of identifiers and words of phoning. */
export const IDENTIFIERS_PT: IdentifierWords = {
  labels: [
    "rastreio",
    "rastreamento",
    "objeto",
    "encomenda",
    "cep",
    "nota fiscal",
    "nf-e",
    "chave de acesso",
    "referência",
    "protocolo",
    "artigo",
    "cpf",
    "cnpj",
  ],
  phone: [
    "telefone",
    "ligue",
    "ligar",
    "zap",
  ],
  contact: [
    "whatsapp",
    "zap",
    "telegram",
    "ligue para nós",
    "ligue pra gente",
    "nos ligue",
    "nos chame",
    "chame a gente",
    "nos mande",
    "mande pra gente",
    "nos envie",
    "nosso número",
    "nosso telefone",
    "nosso whatsapp",
    "nosso celular",
    "nossa loja",
    "nossa oficina",
    "fale conosco",
    "conosco pelo",
    "conosco no",
    "meu número",
    "meu celular",
  ],
};

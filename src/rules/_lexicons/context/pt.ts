// This module is browser compatible.

/**
 * Portuguese context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Portuguese context words. */
export const CONTEXT_PT: ContextWords = {
  segmentation: "words",
  can: ["pode", "poderia"],
  also: ["também"],
  // An extra at a price without "pode": "ele instala também o sensor, R$
  // 120", "por mais R$ 15 incluímos", "custa só R$ 20 a mais".
  canAlso: [
    "(?<!\\p{L})também(?!\\p{L})",
    "(?<!\\p{L})(?:por|só|apenas) mais(?!\\p{L})",
    "(?<!\\p{L})a mais(?!\\p{L})",
  ],
  orderCost: [
    "cobrad",
    "devolv",
    "pagar",
    "pagad",
    "pagou",
    "pague",
    "envio",
    "entrega",
    "frete",
    "devoluç",
  ],
  owners: [
    "técnic",
    "perito",
    "fabricante",
    "transportadora",
    "seguradora",
    "eletricista",
    "encanador",
    "instalador",
    "engenheir",
    "inspetor",
    "oficina",
    "dano",
    "defeito",
    "reclamação",
    "segundo",
    "de acordo com",
    "estado",
    "condição",
    "qualidade",
    "resultado",
  ],
  assessing: ["fará", "fazer"],
  shows: ["indica(?:r|rá|ba)?", "mostra(?:r)?", "revela(?:r)?"],
  pronouns: ["ele", "ela"],
  records: [
    "número",
    "código",
    "endereço",
    "data",
    "hora",
    "horário",
    "referência",
    "nome",
    "chave",
    "senha",
    "valor(?![aá])",
  ],
  claims: ["solicitação", "reclamação"],
  availability: ["disponibilit"],
  measures: [
    "dados",
    "medida",
    "dimensões",
    "peso",
    "comprimento",
    "largura",
    "altura",
    "tensão",
    "temperatura",
    "leitura",
  ],
  that: ["que"],
  purpose: ["para", "pra", "a fim de"],
  alternative: ["apenas", "só", "simplesmente", "somente"],
  noAnswer: ["não", "de jeito nenhum", "claro que não"],
  need: [
    "preciso",
    "precisa",
    "necessário",
    "necessária",
    "tenho que",
    "tem que",
    "depende",
  ],
  but: ["mas"],
  yes: ["sim", "claro"],
  denial: ["não", "nenhum\\p{L}*", "nunca", "nada"],
  noNeed: ["necessári", "precis"],
  asking: ["pedi"],
  quantityOf: ["de"],
};

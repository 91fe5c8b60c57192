// This module is browser compatible.

/**
 * Polish context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Polish context words. */
export const CONTEXT_PL: ContextWords = {
  segmentation: "words",
  controls: [
    "przycisk",
    "link",
    "zakładk",
    "ikon",
  ],
  can: ["może", "możemy", "mogą", "mógłby"],
  also: ["też", "również", "także"],
  // An extra offered on request ("w razie potrzeby … za 100 zł", "jeśli
  // Pani chce, … za 50 zł").
  canAlso: [
    "w razie potrzeby",
    "na życzenie",
    "jeśli (?:pan|pani|państwo) (?:zechce|zechcą|chce|chcą|sobie życzy)",
  ],
  orderCost: [
    "zapłac",
    "płatn",
    "wysyłk",
    "przesyłk",
    "dostaw",
    "zwrot",
    "pokryw",
    "napraw",
    "wycen",
    "dojazd",
    "zwróc",
  ],
  extra: ["dodatkowo", "więcej", "za dodatkowe"],
  owners: [
    "technik",
    "serwisant",
    "rzeczoznawc",
    "ekspert",
    "inżynier",
    "inspektor",
    "warsztat",
    "producent",
    "przewoźnik",
    "kurier",
    "ubezpieczyciel",
    "elektryk",
    "hydraulik",
    "instalator",
    "szkod",
    "uszkodze",
    "reklamacj",
    "według",
    "zgodnie z",
    "jakości",
    "kontrol",
    "wynik",
  ],
  assessing: ["dokona", "przeprowadzi"],
  shows: ["wykaże", "wykazała", "pokazała"],
  records: ["numer", "dat", "godzin", "nazw", "klucz", "hasł", "kwot"],
  claims: ["wniosek", "wniosk", "zgłoszeni", "reklamacj", "prośb"],
  availability: ["dostępnoś"],
  measures: [
    "dane(?![\\p{L}])",
    "wymiar",
    "wag[aęi]",
    "długoś",
    "szerokoś",
    "wysokoś",
    "napięci",
    "pomiar",
  ],
  that: ["że"],
  purpose: ["aby", "żeby", "ażeby", "by", "w celu"],
  alternative: ["tylko", "jedynie", "po prostu"],
  noAnswer: ["nie", "absolutnie", "wcale nie", "oczywiście, że nie"],
  need: [
    "muszę",
    "musi",
    "trzeba",
    "potrzebn\\p{L}*",
    "wymagan\\p{L}*",
    "konieczn\\p{L}*",
    "zależy",
  ],
  but: ["ale"],
  yes: ["tak", "oczywiście"],
  denial: ["nie", "żadn\\p{L}*", "nigdy"],
  noNeed: ["trzeba", "potrzeb"],
  asking: ["prosi"],
  quantityOf: ["na"],
  whether: ["czy"],
  whetherAbout: ["na temat tego", "o tym"],
  people: ["zesp[oó]ł", "magazyn"],
  listJoin: ["lub", "albo", "ani", "i", "oraz"],
  ownerLink: ["przez", "od", "ze", "strony", "nasz\\p{L}*"],
  complementizer: ["że"],
};

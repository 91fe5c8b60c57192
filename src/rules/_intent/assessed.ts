// This module is browser compatible.

/**
 * Review words that belong to someone else or to a thing under
 * examination: an assessor's assessment ("the technician's assessment",
 * "la valutazione del perito", "検査センターの評価では", "技术员的评价"), a
 * source ("according to the evaluation", "laut Gutachten", "評価によると"),
 * or an evaluation of damage, a claim or a sample ("the carrier will
 * evaluate the damage", "配送業者が損傷を評価し"). Such a word reports a
 * finding; nobody is asked for a review. It is cancelled unless its clause
 * asks, rewards, tells others, instructs, asks for a change, praises or
 * names a review place ("please rate our technician on Amazon").
 *
 * @module
 */

import { keeperInClause } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/**
 * Who assesses, other than the buyer, and what is assessed, in the
 * languages of the lexicons (stems: endings follow): technicians,
 * engineers, experts, surveyors, inspectors, laboratories and workshops,
 * carriers and insurers, the maker; damage, a defect, a condition, a
 * claim, a sample; and the words for "according to".
 */
const OWNER = [
  // en
  "technician",
  "engineer",
  "expert",
  "inspector",
  "surveyor",
  "assessor",
  "adjuster",
  "appraiser",
  "laborator",
  "lab",
  "workshop",
  "carrier",
  "courier",
  "insurer",
  "manufacturer",
  "mechanic",
  "electrician",
  "plumber",
  "installer",
  "damage",
  "defect",
  "claim",
  "according to",
  "condition",
  "quality",
  "result",
  // de
  "techniker",
  "monteur",
  "gutachte",
  "sachverständig",
  "prüfer",
  "prüfstelle",
  "werkstatt",
  "labor",
  "hersteller",
  "spedition",
  "versicherung",
  "kundendienst",
  "elektriker",
  "installateur",
  "ingenieur",
  "schaden",
  "schäden",
  "mangel",
  "reklamation",
  "laut",
  "gemäß",
  "zustand",
  "qualität",
  "ergebnis",
  // fr
  "technicien",
  "ingénieur",
  "inspecteur",
  "atelier",
  "laboratoire",
  "fabricant",
  "transporteur",
  "assureur",
  "réparateur",
  "électricien",
  "plombier",
  "dégât",
  "dommage",
  "défaut",
  "réclamation",
  "selon",
  "d'après",
  "état",
  "qualité",
  "résultat",
  // es, pt
  "técnic",
  "perito",
  "experto",
  "ingenier",
  "inspector",
  "taller",
  "laboratori",
  "fabricante",
  "transportista",
  "paquetería",
  "mensajería",
  "transportadora",
  "aseguradora",
  "seguradora",
  "electricista",
  "eletricista",
  "fontanero",
  "plomero",
  "encanador",
  "instalador",
  "engenheir",
  "inspetor",
  "oficina",
  "daño",
  "dano",
  "defecto",
  "defeito",
  "reclamación",
  "reclamo",
  "reclamação",
  "según",
  "segundo",
  "de acuerdo con",
  "de acordo com",
  "estado",
  "condição",
  "calidad",
  "qualidade",
  "resultado",
  // it
  "tecnico",
  "tecnici",
  "esperto",
  "ingegner",
  "ispettore",
  "officina",
  "produttore",
  "corriere",
  "assicurazion",
  "elettricista",
  "idraulico",
  "installatore",
  "danni",
  "danno",
  "difetto",
  "secondo",
  "stato",
  "qualità",
  "controllo",
  "risultat",
  // nl
  "technicus",
  "deskundige",
  "inspecteur",
  "werkplaats",
  "fabrikant",
  "vervoerder",
  "verzekeraar",
  "elektricien",
  "loodgieter",
  "schade",
  "klacht",
  "volgens",
  "staat",
  "kwaliteit",
  "resultaat",
  // sv
  "tekniker",
  "besiktning",
  "ingenjör",
  "inspektör",
  "verkstad",
  "tillverkare",
  "transportbolag",
  "försäkringsbolag",
  "montör",
  "rörmokare",
  "installatör",
  "skada",
  "skadan",
  "enligt",
  "skick",
  "kvalitet",
  "resultat",
  // pl
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
  // tr
  "teknisyen",
  "teknik servis",
  "eksper",
  "uzman",
  "mühendis",
  "müfettiş",
  "atölye",
  "laboratuvar",
  "üretici",
  "sigorta",
  "tamirci",
  "elektrikçi",
  "tesisatçi",
  "hasar",
  "ariza",
  "talep",
  "talebi",
  "başvuru",
  "göre",
  "kalite",
  "sonuç",
  // ar
  "الفني",
  "فني",
  "الخبير",
  "خبير",
  "المهندس",
  "مهندس",
  "المفتش",
  "الورشة",
  "المختبر",
  "المصنع",
  "شركة الشحن",
  "شركة التأمين",
  "الضرر",
  "الأضرار",
  "التلف",
  "بحسب",
  "حسب",
  "وفقا",
  "وفقًا",
  "الجودة",
  "نتيجة",
  // hi
  "तकनीशियन",
  "टेक्नीशियन",
  "इंजीनियर",
  "विशेषज्ञ",
  "एक्सपर्ट",
  "निरीक्षक",
  "सर्वेयर",
  "मिस्त्री",
  "मैकेनिक",
  "प्रयोगशाला",
  "नुकसान",
  "क्षति",
  "अनुसार",
  "मुताबिक",
  "क्वालिटी",
  "गुणवत्ता",
  "नतीजे",
  "परिणाम",
  // Someone doing an assessment, in the third person or the future ("he
  // will carry out an assessment", "hará una evaluación", "doet een
  // beoordeling", "dokona oceny").
  "carry out",
  "carries out",
  "will do",
  "perform",
  "nimmt",
  "führt",
  "fera",
  "effectuera",
  "hará",
  "realizará",
  "fará",
  "fazer",
  "farà",
  "effettuerà",
  "doet",
  "voert",
  "gör",
  "utför",
  "dokona",
  "przeprowadzi",
].map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** The same, in Japanese and Chinese (no spaces between words). */
const OWNER_CJK =
  "技術者|技術担当|担当者|技師|専門家|鑑定|検査|検品|点検|修理|工房|工場|メーカー|配送業者|運送会社|保険会社|サービスセンター|整備士|作業員|品質|結果|損傷|損害|破損|不具合|状態|によると|によれば|によりますと|技术员|技术人员|工程师|专家|检测|检验|质检|鉴定|定损|维修|师傅|工厂|厂家|快递公司|物流公司|保险公司|售后|品质|质量|损坏|损伤|损失|故障|根据|据";

/**
 * Short words between an owner and the review word after it: "of", "the",
 * "our", articles and prepositions ("la valutazione del perito",
 * "l'évaluation de l'expert", "Bewertung unseres Technikers").
 */
const LINK =
  "of|by|from|the|our|a|an|des|der|dem|den|die|das|vom|von|unse\\p{L}*|eine[sr]?|du|de|d|la|le|les|l|del|della|dello|dell|dei|degli|delle|dal|dalla|do|da|dos|das|el|los|las|il|lo|o|um|uma|un|une|uno|una|het|een|van|av|från|hos|vår|vårt|våra|przez|od|nasz\\p{L}*|nostr\\p{L}*|nuestr\\p{L}*|noss\\p{L}*|onze|ons|di|al|ze|strony|के|की|का";

/**
 * An owner right before the hit: the owner's word (with its endings), then
 * at most three short words ("the technician's", "the carrier will",
 * "the engineer will do an",
 * "teknisyenimizin", "तकनीशियन के"), or up to five characters in Japanese
 * and Chinese ("技術担当の", "配送業者が損傷を").
 */
const BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{M}])(?:${OWNER})[\\p{L}\\p{M}'’]{0,7}(?:[\\s'’]+[\\p{L}\\p{M}'’]{1,8}){0,3}[\\s'’]*|(?:${OWNER_CJK})[^\\s、。，,.!?！？]{0,5})$`,
  "u",
);

/**
 * Verbs of showing right after a review word make it a finding that
 * reports ("if the assessment shows that the pipe is too long", "la
 * valutazione ha evidenziato", "se a avaliação indicar").
 */
const SHOWS = [
  "shows?",
  "showed",
  "indicates?",
  "indicated",
  "found",
  "reveals?",
  "revealed",
  "confirms?",
  "confirmed",
  "ergibt",
  "ergab",
  "montre",
  "indique",
  "révèle",
  "a montré",
  "a révélé",
  "indica(?:r|rá|ba)?",
  "muestra",
  "mostra(?:r)?",
  "revela(?:r)?",
  "rivela",
  "evidenzia",
  "ha evidenziato",
  "ha mostrato",
  "toont",
  "wijst uit",
  "visar",
  "visade",
  "wykaże",
  "wykazała",
  "pokazała",
  "gösterirse",
  "gösterdi",
  "أظهر",
  "أظهرت",
  "يظهر",
  "تظهر",
  "يشير",
  "تشير",
  "दिखाता",
  "बताता",
].join("|");

/**
 * An owner right after the hit: the rest of its word, then one to three
 * short linking words and the owner ("of the expert", "unseres
 * Technikers", "de l'expert"); in Arabic the owner right after it
 * ("تقييم الخبير"); a word for "according to" after it
 * ("değerlendirmesine göre", "आकलन के अनुसार"); in Japanese and Chinese
 * the owner or a source or a result right after it ("評価によると",
 * "评估损坏情况", "評価の結果"), not behind a topic marker ("レビューは配送
 * 業者の問題"), which says what the review was about.
 */
const AFTER = new RegExp(
  `^[\\p{L}\\p{M}]*[\\s'’]*(?:(?:${LINK})[\\s'’]+){1,3}(?:${OWNER})|^[\\p{L}\\p{M}]*\\s*(?:ال(?:فني|خبير|مهندس|مفتش|ورشة|مختبر|مصنع|جودة)|قسم|شركة (?:الشحن|التأمين))|^[\\p{L}\\p{M}]*\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:göre|yapacak|yapılacak|yapacağız|अनुसार|मुताबिक|करेंगे|करेगा|करेगी)|^[\\p{L}\\p{M}]*\\s+(?:${SHOWS})(?![\\p{L}\\p{M}])|^[\\p{L}\\p{M}]*\\s+(?:stan|szkod|uszkodze|hasar|durum|حالة|स्थिति|हालत)|^(?:${OWNER_CJK}|の結果|结果|显示|表明)`,
  "u",
);

/**
 * Someone else as the subject, by language: "he", "she", "il", "er"
 * ("Il fera d'abord une évaluation du mur"), then at most three short
 * words before the hit.
 */
const PRONOUNS: Readonly<Record<string, string>> = {
  en: "he|she",
  de: "er",
  fr: "il|elle",
  es: "él|ella",
  pt: "ele|ela",
  it: "lui",
  nl: "hij",
  sv: "han|hon",
};
const PRONOUN_BEFORE = new Map(
  Object.entries(PRONOUNS).map(([language, words]) => [
    language,
    new RegExp(
      `(?<![\\p{L}\\p{M}'’-])(?:${words})(?:[\\s'’]+[\\p{L}\\p{M}'’]{1,8}){1,3}[\\s'’]*$`,
      "u",
    ),
  ]),
);

/** How far before or after a hit its owner is looked for. */
const WINDOW = 32;

/**
 * Cancels the hits of `targets` that an owner next to them makes someone
 * else's finding, unless their clause holds a hit of `keepers` that is not
 * cancelled, outside the owner's words. Linear: each target tests two
 * bounded windows and looks up the keepers of its clause by binary
 * search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param targets The review words.
 * @param keepers The concepts that keep them (a request, a place, ...).
 *
 * @example
 * ```ts
 * import { cancelAssessed } from "./assessed.ts";
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "the technician's assessment is that the pump failed.";
 * const hits = [{ concept: "review", language: "en", start: 17, end: 27 }];
 * const cancelled = new Uint8Array(1);
 * cancelAssessed(hits, text, segmentText(text), cancelled, ["review"], ["request"]);
 * assert.equal(cancelled[0], 1);
 * ```
 */
export function cancelAssessed(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  targets: readonly string[],
  keepers: readonly string[],
): void {
  const targetSet = new Set(targets);
  const { clauses } = segmentation;
  let kept: ConceptHit[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !targetSet.has(hit.concept)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    const before = text.slice(
      Math.max(clause.start, hit.start - WINDOW),
      hit.start,
    );
    const after = text.slice(hit.end, Math.min(clause.end, hit.end + WINDOW));
    const owner = BEFORE.exec(before) ??
      PRONOUN_BEFORE.get(hit.language)?.exec(before);
    const ownerAfter = AFTER.exec(after);
    if (owner == null && ownerAfter === null) continue;
    // The owner's words are not keepers ("indicar que" reports, it does
    // not tell the buyer what to write).
    const from = owner == null ? hit.start : hit.start - owner[0].length;
    const to = hit.end + (ownerAfter?.[0].length ?? 0);
    if (kept === undefined) {
      const keeperSet = new Set(keepers);
      kept = hits.filter((other, j) =>
        !cancelled[j] && keeperSet.has(other.concept)
      );
    }
    if (!keeperInClause(kept, clause, from, to)) cancelled[i] = 1;
  }
}

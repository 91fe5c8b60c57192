// This module is browser compatible.

/**
 * The object of a review word decides its sense. A verb of rating or
 * noting whose object is something to write down (a number, a code, an
 * address, a date, a reference, a name, a key, an amount, or "that …")
 * means "write down" ("merci de noter le numéro de suivi", "notez la date
 * du rendez-vous", "veuillez noter qu'une …", "anote el código"); a
 * review noun that a record qualifies is a document or a field ("notes de
 * bas de page", "nota di credito", "notas fiscais", "the comment field",
 * "pole komentarza", "yorum alanı"), and notes that someone writes are
 * notes ("escrever notas", "prendre des notes"). Such a word
 * is cancelled, unless its clause, outside those words, names a review
 * place, praises, rewards or tells other shoppers ("notez le produit sur
 * Amazon"). An object that is the product, the seller or the service
 * ("noter notre service") is no record: the word stays.
 *
 * @module
 */

import {
  type ContextField,
  contextWords,
  escapeRegExp,
  languageWords,
  longestFirst,
  withApostrophes,
} from "./context_lists.ts";
import { keeperInClause, keepersOf } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/** The words of some context fields, as one alternation. */
function words(...fields: ContextField[]): string {
  return withApostrophes(contextWords(fields)).join("|");
}

/**
 * Short words between a verb and its object: articles, possessives and
 * demonstratives ("le", "votre", "this", "den", "uw", "ten"), the
 * `determiners` context words.
 */
const DETERMINER = words("determiners");

/**
 * The pronouns, adverbs ("notez bien", "bitte") and determiners between a
 * verb and its object (`objectPronouns`, `objectAdverbs`).
 */
const LEAD = `^[\\p{L}\\p{M}]*(?:\\s+(?:${
  words("objectPronouns")
})(?![\\p{L}\\p{M}]))?(?:\\s+(?:${
  words("objectAdverbs")
})(?![\\p{L}\\p{M}]))?[\\s'’]+(?:(?:${DETERMINER})(?:\\s+|['’]))?(?:(?:${DETERMINER})(?:\\s+|['’]))?`;

/**
 * A determiner or a contracted preposition right before the hit, which
 * makes it a noun (`nounDeterminers`): those of the hit's language, or of
 * every language for an English word (a loanword in any sentence: "en su
 * review") or a language that lists none. One language's determiner is
 * another's conjunction (Spanish "en", Dutch "en": "bekijk en beoordeel de
 * kaart").
 */
const NOUN_BEFORE = new Map<string, RegExp>();
function nounBefore(language: string): RegExp {
  let pattern = NOUN_BEFORE.get(language);
  if (pattern === undefined) {
    const own = language === "en"
      ? undefined
      : languageWords(language, ["nounDeterminers"])?.words;
    const determiners = own === undefined || own.length === 0
      ? words("nounDeterminers")
      : withApostrophes(own).join("|");
    pattern = new RegExp(`(?:^|[\\s'’])(?:${determiners})[\\s'’]*$`, "u");
    NOUN_BEFORE.set(language, pattern);
  }
  return pattern;
}

/**
 * A paper or a label to write on, right after the verb ("noter sur le bon
 * de livraison que …", "anote en el albarán", "annoti sulla bolla"): the
 * verb writes, it grades nothing (`onto`, then `papers`, longest first).
 */
const WRITE_ON = new RegExp(
  `^[\\p{L}\\p{M}]*\\s+(?:${
    words("onto")
  })\\s+(?:(?:${DETERMINER})(?:\\s+|['’]))?(?:${
    longestFirst(contextWords(["papers"])).join("|")
  })`,
  "u",
);

/**
 * A clitic pronoun as the object ("notez-la", "notez-le bien", "anotá-lo";
 * `clitics`).
 */
const CLITIC = new RegExp(
  `^-(?:${words("clitics")})(?![\\p{L}\\p{M}])`,
  "u",
);

/**
 * The patterns of records, built on first use from the context words of
 * every language (`_lexicons/context/`): things to write down, claims,
 * availability, measurements and an app's settings (`records`, `claims`,
 * `availability`, `measures`, `settings`), and the words for "that"
 * (`that`).
 */
interface RecordPatterns {
  /**
   * The object right after the verb: the rest of its word, at most two
   * determiners (with their elision), after a determiner one modifier,
   * then a record ("noter le numéro", "notez la nouvelle adresse", "anote
   * o código"). A clitic pronoun ("notez-la") whose record stands earlier
   * in the sentence is read by `CLITIC`.
   */
  readonly after: RegExp;
  /**
   * "That" right after a verb ("note that", "veuillez noter qu'…"); after
   * a noun it opens a relative clause ("la opinión que publicó"), which
   * `nounBefore` tells.
   */
  readonly afterThat: RegExp;
  /** A record in the sentence before a clitic ("votre clé …; notez-la"). */
  readonly recordBefore: RegExp;
  /**
   * In verb-final languages, the record right before the verb: "takip
   * numarasını not edin", "नंबर नोट कर लें". (Not in German or Dutch, whose
   * word before an infinitive may be no object: "uns nach dem Termin zu
   * bewerten".)
   */
  readonly before: RegExp;
}

let recordPatterns: RecordPatterns | undefined;

function records(): RecordPatterns {
  if (recordPatterns !== undefined) return recordPatterns;
  const record = contextWords([
    "records",
    "claims",
    "availability",
    "measures",
    "settings",
  ]).join("|");
  const that = contextWords(["that"]);
  const whole = that.filter((word) => !word.endsWith("'")).map(escapeRegExp);
  const elided = that.filter((word) => word.endsWith("'")).map((word) =>
    `${escapeRegExp(word.slice(0, -1))}['’]`
  );
  recordPatterns = {
    after: new RegExp(
      `${LEAD}(?:(?<=(?:^|[\\s'’])(?:${DETERMINER})(?:\\s+|['’]))[\\p{L}\\p{M}]{2,12}\\s+(?=${record}))?(?:${record})`,
      "u",
    ),
    afterThat: new RegExp(
      `${LEAD}(?:${
        [`(?:${whole.join("|")})(?![\\p{L}\\p{M}])`, ...elided].join("|")
      })`,
      "u",
    ),
    recordBefore: new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${record})[\\p{L}\\p{M}]{0,6}(?![\\p{L}\\p{M}])`,
      "u",
    ),
    before: new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${record})[\\p{L}\\p{M}]{0,6}\\s+$`,
      "u",
    ),
  };
  return recordPatterns;
}

const VERB_FINAL = new Set(["tr", "hi", "ja", "ko"]);

/**
 * The words between a noun and what qualifies it ("de la", "of the"): a
 * preposition (`of`), then an article (`ofArticles`).
 */
const OF = `^[\\p{L}\\p{M}]*\\s+(?:${words("of")})\\s*(?:(?:${
  contextWords(["ofArticles"]).filter((word) => !word.endsWith("'")).join("|")
})\\s+|${
  withApostrophes(
    contextWords(["ofArticles"]).filter((word) => word.endsWith("'")),
  ).join("|")
})?`;

/**
 * What makes a review noun a document, a field or a section: a credit, a
 * tax invoice, the foot of a page, right after it with a preposition
 * ("nota di credito", "notes de bas de page"; `ofQualifiers`); a field or
 * a tax adjective right after it ("the comment field", "yorum alanı",
 * "notas fiscais"; `qualifiers`), or a form or a field it is in, after at
 * most one word ("التعليق القديم من نموذج الطلب"; `formIn`, `forms`).
 */
const QUALIFIER = new RegExp(
  `${OF}(?:${words("ofQualifiers")})|^[\\p{L}\\p{M}]*\\s+(?:${
    words("qualifiers")
  })|^[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+)?\\s+(?:${words("formIn")})\\s+(?:${
    words("forms")
  })`,
  "u",
);

/**
 * What makes a review noun the handling of a claim, a request or a case:
 * the claim after a preposition or a genitive, with at most one more word
 * between (a possessive) and as the head of a compound ("la valoración de
 * su solicitud de devolución", "la valutazione della sua richiesta", "die
 * Bewertung Ihres Rücksendeantrags", "de beoordeling van uw
 * retouraanvraag"; `claims`, `genitives`). The claim is processed; nobody
 * is asked for a review.
 */
const CLAIM_OF = new RegExp(
  `(?:${OF}|^[\\p{L}\\p{M}]*\\s+(?:${
    words("genitives")
  })\\s+)(?:[\\p{L}\\p{M}]+\\s+)?[\\p{L}\\p{M}]{0,14}(?:${words("claims")})`,
  "u",
);

/**
 * What makes a note word ("note", "nota", "notes") a document and not a
 * grade: a delivery, an invoice, costs, an order ("nota de entrega",
 * "note de frais", "les notes de la commande"; `noteOf`). A rating of the
 * delivery ("valoración de la entrega") is no note word's.
 */
const NOTE_QUALIFIER = new RegExp(`${OF}(?:${words("noteOf")})`, "u");

/**
 * A note word addressed to someone on the delivery round or at the door (a
 * driver, a courier, a neighbour, a concierge): a written note ("laisser
 * une note au livreur", "deixe uma nota para o entregador"; `noteTo`,
 * then `noteRecipients`), not a grade.
 */
const NOTE_RECIPIENT = new RegExp(
  `^\\p{L}*\\s+(?:${words("noteTo")})\\s*(?:${words("noteRecipients")})`,
  "u",
);

/**
 * A field word right before a review noun ("pole komentarza", "champ
 * commentaire", "campo de comentarios", "خانة التعليقات"): `fields`, then
 * `fieldOf`, `fieldArticles` or a `boundArticle`.
 */
const FIELD_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${words("fields")})(?:\\s+(?:${
    words("fieldOf")
  }))?(?:\\s+(?:${words("fieldArticles")}))?(?:\\s+(?:${
    words("boundArticle")
  })|\\s*)$`,
  "u",
);

/**
 * A field or a form inside the hit's own word (a compound: "Kommentarfeld",
 * "kommentarsfältet", "opmerkingenveld"; `fieldInside`).
 */
const FIELD_INSIDE = new RegExp(`(?:${words("fieldInside")})`, "u");

/**
 * Writing notes: a verb of writing or taking right before a note word
 * ("escrever notas", "prendre des notes", "tome nota"; `writing`, then
 * `writingSome` or a short word), which a rating is not. Adding one is
 * left out: "ajoutez une note au produit" rates.
 */
const WRITE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${words("writing")})(?:\\s+(?:${
    words("writingSome")
  }|\\p{L}{1,3}))?\\s*$`,
  "u",
);

/**
 * A note word, which both grades and records: "note", "nota", "notes",
 * "notas", "notitie", "notatka" (`noteWords`).
 */
const NOTE_WORD = new RegExp(`^(?:${words("noteWords")})$`, "u");

/** How far before or after a hit its object is looked for. */
const WINDOW = 48;

/**
 * How far before a hit a determiner is looked for; twice that for a field,
 * a writing verb or a record before it (the patterns that end at the hit
 * need not scan the whole window).
 */
const SHORT = 15;

/**
 * Cancels the review words whose object or qualifier is a record (a
 * number, a date, "that …", a credit, a field) unless their clause holds a
 * keeper (a review place, praise, a reward, other shoppers) outside the
 * words read. Linear: each target tests bounded windows and looks up the
 * keepers of its clause by binary search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param targets The review words.
 * @param keepers The concepts that keep them.
 *
 * @example
 * ```ts
 * import { cancelRecordObjects } from "./objects.ts";
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "merci de noter le numéro de suivi.";
 * const hits = [{ concept: "review", language: "fr", start: 9, end: 14 }];
 * const cancelled = new Uint8Array(1);
 * cancelRecordObjects(hits, text, segmentText(text), cancelled, ["review"], ["place"]);
 * assert.equal(cancelled[0], 1);
 * ```
 */
export function cancelRecordObjects(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  targets: readonly string[],
  keepers: readonly string[],
): void {
  const targetSet = new Set(targets);
  const { clauses, sentences } = segmentation;
  const kept = keepersOf(hits, cancelled, keepers);
  const readings = new Map<string, RecordReading>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !targetSet.has(hit.concept)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    const word = text.slice(hit.start, hit.end);
    const after = text.slice(hit.end, Math.min(clause.end, hit.end + WINDOW));
    const before = text.slice(
      Math.max(clause.start, hit.start - WINDOW),
      hit.start,
    );
    // A text that repeats one word gives the same windows again: their
    // reading is looked up once.
    const key = `${hit.language}\u0000${word}\u0000${before}\u0000${after}`;
    let reading = readings.get(key);
    if (reading === undefined) {
      reading = readRecord(hit.language, word, before, after);
      readings.set(key, reading);
    }
    if (reading === "none") continue;
    if (reading === "clitic") {
      const sentence = sentences[segmentIndex(sentences, hit.start)]!;
      const earlier = text.slice(
        Math.max(sentence.start, hit.start - 2 * WINDOW),
        hit.start,
      );
      if (!records().recordBefore.test(earlier)) continue;
    }
    const from = hit.start - (reading === "clitic" ? 0 : reading[0]);
    const to = hit.end + (reading === "clitic" ? 0 : reading[1]);
    // A keeper's term that holds the word is the word's own phrase ("خانة
    // التعليقات", a comment box).
    if (!keeperInClause(kept(), clause, from, to, hit)) cancelled[i] = 1;
  }
}

/**
 * How a review word reads next to what surrounds it: a record with the
 * words before and after it that make it one (code units to add on each
 * side), a record once a clitic's antecedent is checked, or none.
 */
type RecordReading = readonly [number, number] | "clitic" | "none";

function readRecord(
  language: string,
  word: string,
  before: string,
  after: string,
): RecordReading {
  // After a determiner the word is a noun: what follows is no object
  // ("Ponga en su opinión el nombre", "votre avis date d'avant", "la
  // opinión que publicó"). English "that" after a bare noun opens a
  // relative clause ("reviews that mention …"), as after a plural.
  // A term of several words ("publier quoi", "rate your order") holds its
  // object already.
  const verb = !/\s/.test(word) &&
    !nounBefore(language).test(before.slice(-SHORT));
  const patterns = records();
  let match =
    (verb ? patterns.after.exec(after) ?? WRITE_ON.exec(after) : null) ??
      (verb && language !== "en" && !word.endsWith("s")
        ? patterns.afterThat.exec(after)
        : null) ??
      QUALIFIER.exec(after) ??
      CLAIM_OF.exec(after) ??
      (NOTE_WORD.test(word)
        ? NOTE_QUALIFIER.exec(after) ?? NOTE_RECIPIENT.exec(after)
        : null);
  if (match !== null) return [0, match[0].length];
  // The word itself names a field ("Kommentarfeld").
  if (FIELD_INSIDE.test(word)) return [0, 0];
  if ((match = FIELD_BEFORE.exec(before.slice(-2 * SHORT))) !== null) {
    return [match[0].length, 0];
  }
  if (
    VERB_FINAL.has(language) &&
    (match = patterns.before.exec(before.slice(-2 * SHORT))) !== null
  ) return [match[0].length, 0];
  if (
    NOTE_WORD.test(word) &&
    (match = WRITE_BEFORE.exec(before.slice(-2 * SHORT))) !== null
  ) return [match[0].length, 0];
  if (verb && CLITIC.test(after)) return "clitic";
  return "none";
}

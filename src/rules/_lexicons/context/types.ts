// This module is browser compatible.

/**
 * The shape of the context words of the concept engine: per language, the
 * small word lists that its passes read around a hit (who assesses, what is
 * written down, "can also", what the order costs) and the closed-class
 * words that tell what kind of sentence or clause it is in (a purpose, a
 * question of need, an answer, a list). One file per language,
 * `_lexicons/context/<language>.ts`, exports one {@linkcode ContextWords};
 * `mod.ts` lists them. Adding a language is adding its file and its line
 * there.
 *
 * Entries are matched on normalized text (lower case, NFKC). Unless a field
 * says otherwise, an entry is a fragment of a regular expression (most are
 * plain words) and matches at any start of a word, so a stem takes any
 * ending ("technik" matches "technika"). A language without words for a
 * field leaves it out.
 *
 * @module
 */

import type { Segmentation } from "../types.ts";

/** The context words of one language. */
export interface ContextWords {
  /**
   * Whether the language writes spaces between words (`"words"`) or not
   * (`"chars"`, Japanese and Chinese): its `owners` are then matched
   * anywhere, without word boundaries.
   */
  readonly segmentation: Segmentation;
  /**
   * Controls of a page or an app that a quoted label names (stems): "button",
   * "link", "tab"; de "Schaltfläche", es "botón", ja "ボタン", zh "按钮". A
   * short quotation right next to one is a label the seller points to (the
   * "Write a review" button), in the seller's own words, not someone
   * else's.
   */
  readonly controls?: readonly string[];
  /**
   * Verbs of using or finding a control (stems): "click", "tap", "press",
   * "use", "find"; de "klicken", fr "cliquez", es "pulse", ja "押し", zh
   * "点击". A quoted label is the seller's pointer only in a sentence that
   * tells the buyer to use the control.
   */
  readonly controlUse?: readonly string[];
  /**
   * Whole words that place a label in a menu or a page: "under", de
   * "unter", fr "sous". A short quotation right after one is a control's
   * label in a sentence that tells the buyer to use a control ("Unter
   * „Verkäufer bewerten“ sind es nur zwei Klicks"), and stays a quotation
   * elsewhere ("in der App unter „Gutschein einlösen“").
   */
  readonly controlPlace?: readonly string[];
  /** Whole words for "can", "could" (an offer to do more): "kann", "peut". */
  readonly can?: readonly string[];
  /** Whole words for "also", "too", "as well": "auch", "aussi". */
  readonly also?: readonly string[];
  /**
   * "Can also" as one pattern, for languages whose words for it are not
   * separate whole words: Arabic "يمكنه أيضًا", Hindi "भी … सकते", Chinese
   * "还可以".
   */
  readonly canAlso?: readonly string[];
  /**
   * A surcharge, as patterns near a price, for languages whose words for it
   * do not stand right next to the price: "a mais", "ek ücret", "另付",
   * "プラス". Unlike "can also", it offers nothing beyond the order by
   * itself.
   */
  readonly surcharge?: readonly string[];
  /**
   * What the order costs, its payment, shipping, return or refund, money
   * given back, the same price or a charge the buyer agreed to (stems,
   * matched anywhere): a price close to them is not for an extra ("you get
   * €4 back", "at the same price", "the extra $25 you agreed to").
   */
  readonly orderCost?: readonly string[];
  /**
   * Words right after or right before a price that make it the price of
   * something more, offered on top (whole words): "more", "extra", "de
   * plus", "in più", "por solo", "au lieu de" ("for £25 more", "25 € de
   * plus", "por solo 25 €", "12 € au lieu de 19 €").
   */
  readonly extra?: readonly string[];
  /**
   * Who assesses other than the buyer, and what is assessed (plain text,
   * stems): technicians, experts, workshops, carriers, insurers, the maker;
   * damage, a defect, a condition, a claim, a result; "according to".
   */
  readonly owners?: readonly string[];
  /**
   * Someone doing an assessment, in the third person or the future, or
   * the seller's own done (plain text): "carry out", "will do", "führt",
   * "effectuera", "hará", "we did", "hicimos" ("we did a quick evaluation
   * of your photo").
   */
  readonly assessing?: readonly string[];
  /**
   * Verbs of showing right after a review word, which make it a finding
   * that reports (whole words): "shows", "ergab", "a révélé", "wykazała".
   */
  readonly shows?: readonly string[];
  /**
   * Pronouns of someone else as the subject ("he", "she", "il"), whole
   * words.
   */
  readonly pronouns?: readonly string[];
  /**
   * In a language whose perfect puts the participle at the end of the
   * clause: the auxiliaries of the perfect (whole words: "hat", "haben",
   * "heeft"). A review word that closes such a clause, with the seller or
   * an owner as the subject, reports what was assessed ("unser Techniker
   * hat die Fotos und das Video bewertet").
   */
  readonly perfectAux?: readonly string[];
  /**
   * The seller as a subject (whole words): "wir", "unsere", "we", "onze".
   */
  readonly ownSubjects?: readonly string[];
  /**
   * The buyer as a subject (whole words): "Sie", "du", "u", "je".
   */
  readonly buyerSubjects?: readonly string[];
  /**
   * Periods of a repeating delivery (plain text): "every month", "alle
   * zwei Wochen", "毎月". With a verb of sending next to it, the seller
   * offers a subscription ("we can send you a fresh bag every month").
   */
  readonly periods?: readonly string[];
  /**
   * Verbs of sending (plain text, stems): "send", "schick", "envoy".
   */
  readonly sendVerbs?: readonly string[];
  /**
   * The buyer's own plan (plain text): "your subscription", "Ihr Abo",
   * "定期おトク便". A repeating delivery of it is the order's.
   */
  readonly ownPlan?: readonly string[];
  /**
   * "Yet" of "not yet" (whole words): "yet", "noch", "encore", "todavía",
   * "まだ", "还没". A review word a negation denies, with one of these in
   * its clause, is a review still to come, not one denied.
   */
  readonly notYet?: readonly string[];
  /**
   * Verbs of recommending (word starts): "recommend", "empfehl", "consigli",
   * "önerebil". A named business recommended is a referral.
   */
  readonly recommendVerbs?: readonly string[];
  /**
   * Trades and kinds of business (word starts): "electric", "optic",
   * "tintoria", "schreiner". A capitalized name holding one, or right
   * after one, names a business.
   */
  readonly trades?: readonly string[];
  /**
   * Indefinite articles and the seller's possessives (whole words): "a",
   * "ein", "una", "our". A trade after one is no business named.
   */
  readonly unnamed?: readonly string[];
  /**
   * "And" between two verbs of one subject (whole words): "und", "en"
   * ("wir haben Ihre Fotos bewertet und schicken…").
   */
  readonly and?: readonly string[];
  /**
   * Things to write down (stems): numbers, codes, addresses, dates and
   * times, appointments, references, names, keys and passwords, amounts.
   */
  readonly records?: readonly string[];
  /** Requests, claims and cases, which are processed, not reviewed (stems). */
  readonly claims?: readonly string[];
  /** Availability, to note for an appointment (stems). */
  readonly availability?: readonly string[];
  /** Details, contact details and measurements (stems). */
  readonly measures?: readonly string[];
  /**
   * What an app or a device lets the buyer check: its settings,
   * permissions, schedule or map (stems), which instructions ask to review
   * ("review the settings", "beoordeel de kaart in de app").
   */
  readonly settings?: readonly string[];
  /**
   * "That" opening what is noted ("note that", "noter que"), plain text: a
   * whole word, or an elided form ending in an apostrophe ("qu'") that
   * the next word follows directly.
   */
  readonly that?: readonly string[];
  /**
   * Connectors that open a purpose clause, which a negation of the clause
   * before it still governs (whole words, also in Japanese and Chinese):
   * "so that", "um", "pour", "aby", "ताकि", "为了" ("Nie musi Pan
   * wystawiać opinii, aby otrzymać zwrot").
   */
  readonly purpose?: readonly string[];
  /**
   * Words that offer a request as the alternative to what a negation denied
   * before it (whole words; in Japanese and Chinese anywhere): "just",
   * "only", "simply", "nur", "seulement", "只需" ("No review is needed,
   * please just wait for the courier").
   */
  readonly alternative?: readonly string[];
  /**
   * A bare "no" that answers the question before it, as the whole answer
   * before a mark or the end (whole words; in Japanese and Chinese before a
   * mark): "no", "not at all", "nein", "pas du tout", "wcale nie", "不需要",
   * "いいえ" ("…to get the refund? No, it went out today.").
   */
  readonly noAnswer?: readonly string[];
  /**
   * Words of need or condition that make a question ask whether something
   * is required (whole words; in Japanese and Chinese anywhere): "need",
   * "required", "must", "muss", "faut", "hace falta", "trzeba", "需要"
   * ("Do I need to leave a review for the refund?").
   */
  readonly need?: readonly string[];
  /**
   * "But" right after an answer, which takes a "no" back ("No, but we'd
   * love one"), whole words; in Japanese and Chinese anywhere: "but",
   * "aber", "mais", "لكن", "但", "でも".
   */
  readonly but?: readonly string[];
  /**
   * A yes that answers a question right before it (whole words, also in
   * Japanese and Chinese): "yes", "of course", "natürlich", "bien sûr",
   * "claro", "oczywiście", "はい", "当然" ("you asked whether you may leave
   * a review: yes, please do").
   */
  readonly yes?: readonly string[];
  /**
   * Words of denial in an answer (whole words; in Japanese and Chinese
   * anywhere): "no", "not", "never", "nicht", "kein…", "pas", "nada",
   * "żadn…", "不", "ない" ("…: no code is needed", "Non è necessario").
   */
  readonly denial?: readonly string[];
  /**
   * Denial words of other languages that are everyday words of this one,
   * and deny nothing in an answer in it: Portuguese "no" ("in the": "no
   * site", "no seu tempo").
   */
  readonly notDenial?: readonly string[];
  /**
   * Words for a need, which a negation next to them makes say that nothing
   * is needed (stems, matched anywhere): "need", "besoin", "nötig",
   * "falta", "potrzeb", "gerek", "حاجة", "不必", "必要" ("no need", "pas
   * besoin", "gerek yok", "必要はありません", "لا حاجة").
   */
  readonly noNeed?: readonly string[];
  /**
   * Verbs of asking (stems, matched anywhere): a negation right next to one
   * negates the asking, "ask", "bitten", "demand", "pedi", "chied", "prosi",
   * "طلب", "求" ("we are not asking", "wir bitten Sie nicht", "non le
   * chiediamo", "不要求", "لا نطلب").
   */
  readonly asking?: readonly string[];
  /**
   * Words that join a word to its quantity right after it (whole words; in
   * Japanese and Chinese the particle alone): "of", "at", "is", "von",
   * "de", "na", "için", "为", "は" ("a rating of 3 A", "为3A").
   */
  readonly quantityOf?: readonly string[];
  /**
   * Words that mean only "whether" (whole words): "whether", "ob", "czy",
   * "huruvida" ("feedback whether the part fits", "Rückmeldung, ob").
   */
  readonly whether?: readonly string[];
  /**
   * Words between a word and its "whether" (whole words): "on", "about",
   * "as to", "darüber", "o tym" ("feedback on whether it fits").
   */
  readonly whetherAbout?: readonly string[];
  /**
   * Words for the seller's people and places of work after "our" (stems,
   * matched at the start of the next word): "technician", "monteur",
   * "équipe", "almacén", "zespół", "ekib", "فني", "टीम", "客服", "スタッフ"
   * ("unser Techniker", "notre technicien", "我们的技术人员").
   */
  readonly people?: readonly string[];
  /**
   * Words for the seller's people and places that end a compound (after at
   * least three letters): "techniker", "berater", "team", "medewerker",
   * "lager" ("Kundenberater", "Serviceteam", "Zentrallager").
   */
  readonly peopleHeads?: readonly string[];
  /**
   * Words that join the last item of a list (whole words; in Chinese the
   * characters, anywhere): "or", "nor", "and", "ni", "oder", "noch",
   * "eller", "ani", "أو", "या", "或" ("You do not need to fill in a form,
   * answer a survey or write a review").
   */
  readonly listJoin?: readonly string[];
  /**
   * The end of a clause that lists rather than closing a condition, a
   * reason or a verb, right before its comma (matched anywhere): "ve",
   * "ile", "तथा", "आदि", "や", "など" ("クーポンコードのご入力や、…").
   */
  readonly listing?: readonly string[];
  /**
   * Short words between the review word and its owner after it (whole
   * words): "of", "by", "the", "your", "der", "unse…", "de", "l",
   * "della", "przez", "के" ("la valutazione del perito", "l'évaluation de
   * l'expert", "Bewertung unseres Technikers", "l'avis de votre
   * ophtalmologiste").
   */
  readonly ownerLink?: readonly string[];
  /**
   * A complementizer that ends an instruction, which then introduces what
   * is said, not to whom (whole words, elided ones without their
   * apostrophe): "that", "att", "que", "qu", "dass", "że", "ki", "कि"
   * ("note that", "säg att", "sagen Sie, dass").
   */
  readonly complementizer?: readonly string[];
  /**
   * Articles, possessives and demonstratives between a verb and its object
   * (whole words): "the", "votre", "den", "uw", "ten" ("noter le numéro",
   * "notieren Sie die Nummer").
   */
  readonly determiners?: readonly string[];
  /**
   * Pronouns between a verb of noting and its object (whole words): "it",
   * "se", "vous", "sich", "się" ("notieren Sie sich die Nummer").
   */
  readonly objectPronouns?: readonly string[];
  /**
   * Adverbs between a verb of noting and its object (whole words): "down",
   * "bien", "bitte", "gärna" ("notez bien la date", "note down the code").
   */
  readonly objectAdverbs?: readonly string[];
  /**
   * Determiners and contracted prepositions right before a word, which
   * make it a noun (whole words): "the", "my", "votre", "du", "della",
   * "zum", "nasz…" ("votre avis date d'avant").
   */
  readonly nounDeterminers?: readonly string[];
  /**
   * Prepositions for writing on a paper or a label, right after the verb
   * (whole words): "on", "sur", "en", "sulla", "auf", "på" ("noter sur le
   * bon de livraison").
   */
  readonly onto?: readonly string[];
  /**
   * Papers, labels and forms to write on (stems, read longest first):
   * "delivery note", "bordereau", "albarán", "bolla", "Lieferschein",
   * "vrachtbrief", "list przewozowy" ("anote en el albarán").
   */
  readonly papers?: readonly string[];
  /**
   * Prepositions between a noun and what qualifies it (read as written,
   * an elided one ending in an apostrophe): "of", "de", "della", "d'",
   * "van", "för" ("nota di credito", "notes de bas de page").
   */
  readonly of?: readonly string[];
  /**
   * Articles and possessives after those prepositions (whole words, an
   * elided one ending in an apostrophe): "the", "la", "votre", "il", "l'"
   * ("les notes de la commande").
   */
  readonly ofArticles?: readonly string[];
  /**
   * Genitive articles and possessives that join a noun to what it is of
   * without a preposition: "des", "Ihres" ("die Bewertung Ihres Antrags").
   */
  readonly genitives?: readonly string[];
  /**
   * What makes a review noun a document or a field after a preposition:
   * a credit, the foot of a page, a field ("nota di credito", "notes de
   * bas de page", "pie de página", "kredyt").
   */
  readonly ofQualifiers?: readonly string[];
  /**
   * A field or a tax adjective right after a review noun, which makes it a
   * field or a document: "field", "box", "fiscais", "veld", "alan" ("the
   * comment field", "notas fiscais", "yorum alanı").
   */
  readonly qualifiers?: readonly string[];
  /**
   * "From" and "in" before a form that a review noun is in (whole words):
   * Arabic "من", "في" ("التعليق القديم من نموذج الطلب").
   */
  readonly formIn?: readonly string[];
  /**
   * Forms and fields after those words: Arabic "نموذج", "خانة", "حقل".
   */
  readonly forms?: readonly string[];
  /**
   * What makes a note word a document after a preposition (stems): a
   * delivery, an invoice, costs, an order ("nota de entrega", "note de
   * frais", "les notes de la commande").
   */
  readonly noteOf?: readonly string[];
  /**
   * "To" and "for" before someone a note is left for (read as written, an
   * elided article ending in an apostrophe): "for the", "au", "à l'",
   * "para o", "für den", "dla" ("laisser une note au livreur").
   */
  readonly noteTo?: readonly string[];
  /**
   * People on the delivery round or at the door, whom a note is left for
   * (stems): "driver", "livreur", "entregador", "Zusteller", "bezorger",
   * "kurier" ("deixe uma nota para o entregador").
   */
  readonly noteRecipients?: readonly string[];
  /**
   * Words for a field right before a review noun (whole words): "field",
   * "champ", "campo", "pole", "خانة" ("pole komentarza", "champ
   * commentaire", "خانة التعليقات").
   */
  readonly fields?: readonly string[];
  /**
   * Prepositions between a field word and the review noun (whole words):
   * "for", "de", "di", "für", "dla" ("campo de comentarios").
   */
  readonly fieldOf?: readonly string[];
  /**
   * Articles between a field word and the review noun (whole words, an
   * elided one ending in an apostrophe): "the", "les", "l'", "los", "gli".
   */
  readonly fieldArticles?: readonly string[];
  /**
   * An article written onto the word after it (plain text): Arabic "ال"
   * ("خانة التعليقات").
   */
  readonly boundArticle?: readonly string[];
  /**
   * A field or a form at the end of a compound review word (matched
   * anywhere in it): "feld", "formular", "veld", "fält", "alan"
   * ("Kommentarfeld", "kommentarsfältet", "opmerkingenveld").
   */
  readonly fieldInside?: readonly string[];
  /**
   * Verbs of writing or taking right before a note word, which then is a
   * written note, not a grade (whole words or stems): "write", "take",
   * "prendre", "escrev…", "schrijf", "napisa…" ("prendre des notes",
   * "escrever notas").
   */
  readonly writing?: readonly string[];
  /**
   * Articles and words for "some" between those verbs and the note word
   * (whole words, an elided one ending in an apostrophe), besides any word
   * of up to three letters: "some", "des", "d'", "umas", "alcune",
   * "enkele", "några", "sobie".
   */
  readonly writingSome?: readonly string[];
  /**
   * Note words, which both grade and record (whole words): "note",
   * "notes", "nota", "notitie", "notatk…", "notka".
   */
  readonly noteWords?: readonly string[];
  /**
   * Words of thanks (matched anywhere): "thank", "merci", "danke",
   * "obrigad", "teşekkür", "شكرا", "धन्यवाद", "ありがとう", "谢谢" ("Se
   * gostou da nossa embalagem, obrigado.").
   */
  readonly thanks?: readonly string[];
  /**
   * Words of a restock or of availability (stems, matched anywhere):
   * "stock", "vorrät", "disponib", "voorraad", "magazyn", "在庫", "库存",
   * "متوفر" ("Unsere Decken sind wieder vorrätig").
   */
  readonly restock?: readonly string[];
  /**
   * Words of a price or an extra charge (whole words): "fee", "charge",
   * "Aufpreis", "meerprijs", "frais", "recargo", "opłat", "ücret" ("for a
   * small extra charge our technician can also clean the AC").
   */
  readonly price?: readonly string[];
  /**
   * Words of a price or an extra charge matched anywhere, in scripts where
   * they take prefixes or stand unspaced: "رسوم", "سعر", "शुल्क", "料金",
   * "费用".
   */
  readonly priceParts?: readonly string[];
  /**
   * Words that turn from a list to something else, so that a clause with
   * one ends the list (whole words): "but", "just", "please", "aber",
   * "mais", "por favor", "tylko", "lütfen", "لكن", "कृपया" ("…, but please
   * leave a review", "…, just rate us").
   */
  readonly listBreak?: readonly string[];
  /**
   * Owners right after a review word, with no link word between (plain
   * text): Arabic "الخبير", "الفني", "شركة الشحن" ("تقييم الخبير").
   */
  readonly ownerNext?: readonly string[];
  /**
   * Words after a review word, past at most one other word, that make it
   * someone else's: "according to", "will do" (matched at the start of a
   * word): "göre", "yapacak", "अनुसार", "करेंगे" ("değerlendirmesine göre",
   * "आकलन के अनुसार").
   */
  readonly accordingTo?: readonly string[];
  /**
   * What is assessed, as the word right after a review word (stems): a
   * condition, damage, "stan", "szkod", "hasar", "durum", "حالة", "स्थिति"
   * ("ocena stanu", "ocena szkody").
   */
  readonly assessedNext?: readonly string[];
  /**
   * In Japanese and Chinese, a result or a showing right after a review
   * word, which makes it a finding that reports: "の結果", "结果", "显示",
   * "表明" ("評価の結果", "评估显示").
   */
  readonly resultNext?: readonly string[];
  /**
   * Object pronouns joined to a verb by a hyphen (whole words): "la",
   * "le", "les", "lo", "los" ("notez-la", "anotá-lo").
   */
  readonly clitics?: readonly string[];
  /**
   * What carries words that are not the seller's, next to a quotation:
   * cards, flyers, labels, messages and printed text, verbs of saying or
   * writing by someone else, and impostors ("a card saying", "the label
   * reads", "someone pretending to be us"); ja "書かれ", "とのこと", zh
   * "写着", "冒充". A quoted review request with none of them near it, and
   * no denial, is the seller's own words.
   */
  readonly sources?: readonly string[];
  /**
   * The seller's own possessives and people, whole words: "our", "my",
   * "the team", "unsere", "notre", "nuestro", ja "当店", zh "我们". A source
   * of the seller's ("as our thank-you card says: “…”", "“…”, says the
   * whole team") is no one else's.
   */
  readonly sellersOwn?: readonly string[];
  /**
   * Sources that are never the seller's, even next to the seller's own
   * words: the buyer ("you asked", "your reply", "Sie fragten", "您说") and
   * impostors ("a scammer using our name", "Betrüger … in unserem Namen",
   * "冒充"). `sellersOwn` does not cancel them.
   */
  readonly strongSources?: readonly string[];
  /**
   * Words that ask the buyer to check a text ("please confirm the
   * spelling", "Schreibweise", "orthographe", "表記"): a quotation in the
   * sentence before is the buyer's text.
   */
  readonly proofing?: readonly string[];
  /**
   * Courtesies that hold a denial but deny nothing ("don't worry", "no
   * problem", "keine Sorge", "no te preocupes", "别担心"): an answer to a
   * reported question with only one of them does not deny it.
   */
  readonly courtesy?: readonly string[];
  /**
   * A product page or listing, as part of a review `place` ("page",
   * "listing", "Seite", "fiche", "ページ", "页"): read by other shoppers,
   * unlike the buyer's account. Matched anywhere inside the place.
   */
  readonly pages?: readonly string[];
  /**
   * Verbs of writing or saying something, as they start a request or an
   * instruction, or follow its first word (stems: "writ", "say",
   * "schreib", "dites", "scriv", "napis", "yaz", "लिख", "書", "写").
   */
  readonly writeVerbs?: readonly string[];
  /**
   * Words right after a verb of writing that address the seller or make it
   * a state ("to us", "an uns", "till oss", "bize", ja "ある" in "書いてある",
   * zh "着" in "写着"); regular-expression fragments, `\b` where a word
   * must end.
   */
  readonly toUs?: readonly string[];
  /**
   * The seller addressed right before a verb of writing ("bize yazın"), or
   * what is already written ("有写明", "已写明").
   */
  readonly toUsBefore?: readonly string[];
  /**
   * The opening words of a buyer's question the seller reports, up to its
   * "whether" ("you asked whether", "Sie fragten, ob", "您在留言中问到"):
   * regular-expression fragments; those of languages with spaces start
   * with `(?<![\p{L}\p{M}])`, and `(?<order>)` stands for an order the
   * question was about ("je vroeg bij bestelling 402-… of").
   */
  readonly reportedAhead?: readonly string[];
  /**
   * The closing words of a reported question in a verb-final language,
   * whose words come before them ("…diye sordunuz", "…か、とのお問い合わせ"):
   * regular-expression fragments.
   */
  readonly reportedBehind?: readonly string[];
  /**
   * How a question about something ends its opening ("you asked about",
   * "عن"): it ends at its first comma.
   */
  readonly reportedAbout?: readonly string[];
  /**
   * How a question of how to do something ends its opening ("you asked
   * how", "nos preguntó cómo"): it is the buyer's where the answer leaves
   * the choice to the buyer, as a yes does.
   */
  readonly reportedHow?: readonly string[];
  /**
   * The seller's own wish or plea ("we would love", "please", "wir freuen
   * uns", "nos encantaría", "いただけると嬉しい"): regular-expression
   * fragments. A reported question that holds one is the seller's words,
   * not the buyer's ("you asked whether your parcel comes soon and we
   * would love a 5-star review").
   */
  readonly sellerWish?: readonly string[];
  /**
   * The seller welcoming what the buyer asked about, in words that are no
   * everyday closing ("we'd still love to read it", "wir würden uns freuen",
   * "随时欢迎"): an answer to a reported question that holds one denies
   * only another part of it ("too late to review? Not at all, we'd still
   * love to read it"). Plain phrases, matched from a word's start.
   */
  readonly welcome?: readonly string[];
  /**
   * An answer that leaves the choice to the buyer ("it's entirely up to
   * you", "steht Ihnen frei", "à vous de voir"): regular-expression
   * fragments. Like a denial, it makes a reported question the buyer's
   * ("you asked whether you may leave a review before the refund. That is
   * entirely up to you.").
   */
  readonly freeChoice?: readonly string[];
}

// This module is browser compatible.

/**
 * The shape of the per-language word lists behind the concept-based policy
 * rules (`no-review-manipulation`, `no-marketing`). One file per rule family
 * and language: `_lexicons/<family>/<language>.ts` exports one
 * {@linkcode Lexicon}. Adding a language is adding those files.
 *
 * A rule does not match sentences: it finds the concepts a sentence (or
 * clause) holds and decides from their co-occurrence, with negation and
 * quotation taken into account. So a lexicon lists the words that carry each
 * concept, as sellers write them, not whole sentences.
 *
 * @module
 */

/**
 * How a term meets the text (both matched on normalized text: lower case,
 * NFKC, invisible characters removed, look-alike letters folded).
 *
 * - `"words"`: scripts with spaces. A term matches whole words; a term of
 *   several words matches them in that order with only spaces or
 *   punctuation between. A trailing `*` matches any ending of the last word
 *   (`"bewert*"` matches "bewerten", "Bewertung"); a leading `*` any start of
 *   the first (`"*bewertung"` matches "Produktbewertung", for compounds).
 * - `"chars"`: scripts without spaces (Japanese, Chinese). A term matches
 *   anywhere.
 */
export type Segmentation = "words" | "chars";

/** The concepts of the review family (`no-review-manipulation`). */
export type ReviewConcept =
  /** A product review, star rating or seller feedback, as a noun or verb: "review", "rating", "stars", "feedback", "rate". */
  | "review"
  /**
   * OPTIONAL. An ambiguous review verb, which is about a review only with
   * evidence in its sentence (a `place`, a `positive` qualifier or stars,
   * `sharing`, or the `purchase` as its object), never with a bare request:
   * "evaluate", de "bewerten", fr "évaluer", it "valutare", pt "avaliar",
   * ja "評価する" ("please evaluate the product on Amazon" counts, "please
   * evaluate the two colours" does not). Keep the review nouns in `review`.
   */
  | "reviewVerb"
  /** A sense of a review word that is not about reviews, which cancels it: "review the proof", "feedback on the draft", "we reviewed your request". */
  | "reviewOther"
  /** Asking, wishing or urging: "please", "could you", "we would appreciate", "it would help us", "don't forget", "take a moment". */
  | "request"
  /**
   * OPTIONAL. A sense of a request word that asks for no action, which
   * cancels it and an instruction it covers: apologies and asking for
   * patience ("please accept our apologies", pt "pedimos desculpas", it
   * "chiediamo scusa", de "bitten um Verständnis", pl "prosimy o
   * wyrozumiałość", tr "özür dileriz"), a lead-in ("please note that").
   */
  | "requestOther"
  /**
   * OPTIONAL. A sense of a change word that changes no review, which
   * cancels it: an update of the firmware, the software or the app
   * ("install the firmware update", de "die Firmware aktualisieren", fr
   * "mise à jour du micrologiciel", ja "ファームウェアを更新"). Each term holds
   * the change word it covers.
   */
  | "changeOther"
  /**
   * OPTIONAL. The seller having read or seen the buyer's review ("we read",
   * "we saw", it "abbiamo letto", de "gelesen"): right next to a review
   * word, in a sentence that neither asks, praises, gates, instructs nor
   * asks for a change, the review exists and a refund in that sentence is
   * a remedy, not a reward ("we read your review and refund the shipping").
   */
  | "reviewSeen"
  /**
   * OPTIONAL. Thanks for the buyer's review or feedback ("thanks for", fr
   * "merci pour", de "danke für", sv "tack för", tr "için teşekkür"): right
   * next to a review word, in a sentence that neither asks, praises, gates,
   * instructs, asks for a change nor names a reward, the review exists
   * ("thanks for your feedback, we corrected the product page"). A reward
   * next to it may be given as that thanks ("som tack för din recension
   * skickar vi ett presentkort").
   */
  | "reviewThanked"
  /**
   * OPTIONAL. A review written by someone other than the buyer, named with
   * its author ("another customer's review", "reviews from other buyers",
   * "in the reviews", de "Bewertungen anderer Kunden", ja "他のお客様のレビュー",
   * zh "有买家在评论里"). Each term holds the review word it is matched over.
   * In a sentence that neither asks, praises, gates, rewards, names a star
   * rating nor asks for a change, the review exists and is someone else's:
   * what it says is reported, not dictated ("you mentioned that another
   * customer's review says the lid leaks"). It is not "other shoppers" to
   * tell.
   */
  | "othersReview"
  /**
   * OPTIONAL. What an existing review says, right after it: "that said",
   * "saying that", de "in der stand", fr "qui disait", es "que decía", ja
   * "というレビュー", zh "评论说" ("you quoted a review on the listing that
   * said the seal leaks"). A review described by what it says exists: in a
   * sentence that neither asks, praises, shares, appeals, rates nor names
   * the buyer's own review, it is reported with the place where it stands,
   * not asked for.
   */
  | "reviewSays"
  /**
   * OPTIONAL. The buyer's review named by a pronoun alone, next to other
   * customers' reviews: "yours", fr "le vôtre", es "la suya", nl "die van
   * u", tr "sizinki", zh "您的也" ("other customers' reviews helped us grow,
   * and yours could too"). With it another customer's review counts.
   */
  | "yours"
  /**
   * OPTIONAL. The buyer as the source of what the seller reports, or a
   * review's content reported: "you mentioned", "you read", "thank you for
   * pointing out", "according to", "refers to"; de "Sie schreiben", fr "vous
   * citez", ja "とのことですが", zh "您提到". Another customer's review
   * (`othersReview`) is reported, and asks for nothing, only in a sentence
   * with such words.
   */
  | "buyerReport"
  /**
   * OPTIONAL. A wish that the buyer's experience is good, over a weaker
   * review word ("we hope your experience with it is great", es "esperamos
   * que su experiencia", ar "أن تكون تجربتك"): with it, the weaker word and
   * the purchase next to a request ask for no opinion. A review place or
   * other shoppers still do ("…and that you'll share it on Amazon").
   */
  | "wellWish"
  /**
   * OPTIONAL. An emotional appeal: "would mean a lot", "would make all the
   * difference", "for a small business like ours" (es "significaría mucho",
   * pt "faria toda a diferença", sv "skulle betyda mycket", tr "çok şey ifade
   * eder"). Next to a weaker review word it invites an opinion ("a few words
   * from you would mean a lot to us"); alone it asks for nothing.
   */
  | "appeal"
  /** Positive qualifiers of a review: "positive", "5-star", "good", "glowing", "top". */
  | "positive"
  /**
   * OPTIONAL. Head nouns that stars grade other than a review: a place
   * ("hotel", "resort", "restaurant"), a label or a test ("energy",
   * "crash test", "safety"), a product grade or a shape ("model", "grade",
   * "package", "pattern"). A star count right before or after one ("the
   * 5-star model", "vier Sterne im Crashtest", "hôtel 5 étoiles") is the
   * grade of that thing, not a rating: it is cancelled. A star count that
   * stands alone is a rating ("Five stars from you would make our week").
   */
  | "starCategory"
  /**
   * OPTIONAL. Making or design words of a personalised product: "embroider*",
   * "engrav*", "print*", "sticker*", "topper*", "logo", "motif*", "appliqué"
   * (a proof or mock-up is a `reviewOther` context word and counts too).
   * Stars in the clause of one, within a few words before or after it, are
   * a motif of the product, not a rating ("five stars embroidered above the
   * name", "print 3 stars on the cake topper"), unless a review `place`
   * stands in that clause.
   */
  | "design"
  /** Sentiment conditions used to gate: "if you are happy", "if satisfied", "if not", "before leaving", "contact us first". */
  | "condition"
  /**
   * OPTIONAL. A problem as a condition: "if there is a problem", "if
   * anything is wrong", "if it does not arrive", "should anything be
   * missing". It gates like a `condition` ("if anything is wrong, contact us
   * before leaving a review"), except in a sentence that denies the review
   * ("No need to leave a review; just tell us if the parcel does not
   * arrive").
   */
  | "problemIf"
  /** Rewards: "refund", "gift card", "voucher", "free", "discount", "cashback", "reward", "in return", "in exchange". */
  | "incentive"
  /**
   * OPTIONAL. A remedy that comes whatever the buyer does: "regardless",
   * "either way", "in any case", de "so oder so", fr "de toute façon", it
   * "in ogni caso", ja "いずれにしても", zh "无论如何". A reward in a sentence
   * with one is no reward for the review it names ("That review is yours,
   * and the replacement ships either way"), unless the sentence asks,
   * praises, gates, instructs or appeals.
   */
  | "unconditional"
  /** Changing a review that exists: "update", "change", "remove", "delete", "revise", "edit", "take down". */
  | "change"
  /**
   * OPTIONAL. A change verb with a pronoun for its object ("remove it",
   * "update it", de "es zu entfernen", es "eliminarla", fr "la modifier"),
   * or a request for a change with its object left out (ja
   * "削除していただけ", zh "能否删除", tr "kaldırabilir misiniz"). Asked in
   * the sentence after one that names a review, it asks to change that
   * review ("I saw the feedback you left. Would you be happy to delete
   * it?"). Leave out verbs of an exchange ("change it", "cambiarlo"): a
   * product is exchanged after a review of it too.
   */
  | "changeIt"
  /**
   * OPTIONAL. The seller as who makes a change, after or thanks to the
   * buyer's feedback: "helped us", "led us to", "we updated", "we have
   * revised", "we changed" (de "hat uns geholfen", fr "nous a aidés", nl
   * "heeft ons geholpen"). In a sentence that neither asks nor gates, a
   * `change` next to it is the seller's ("your feedback on the size chart
   * helped us revise it"), not a change asked of a review.
   */
  | "ourChange"
  /** Telling buyers what to write or show: "mention", "say that", "write that", "describe", "with a photo", "screenshot". */
  | "instruction"
  /** Telling other shoppers: "other customers", "other shoppers", "let others know", "share your experience". */
  | "sharing"
  /**
   * OPTIONAL. A bare verb of sharing, with no object that makes it public:
   * nl "deel uw", pl "podziel się", sv "dela gärna", tr "paylaş*", zh
   * "分享", ja "共有して". With a review or weaker review word it counts as
   * `sharing` ("partagez vos impressions"); alone it asks for nothing
   * public ("share a screenshot of the error with us").
   */
  | "shareVerb"
  /** A weaker review word that counts only with `sharing` or a `place`: "your thoughts", "your opinion", "your experience", "a few words", "what you think". */
  | "opinion"
  /** Where reviews live: "on amazon", "on the product page", "on the listing", "in your account under your orders". */
  | "place"
  /**
   * OPTIONAL. The bought item (or the buying) as what the buyer judges: with
   * it, a weaker review word (`opinion`) next to a request or a wish counts
   * ("we'd love to hear what you think of it", "how you like your new
   * lamp", "your experience with the product"): "of it", "with it", "you
   * like it", "your purchase", "your new", "the product", "so far",
   * "once you've tried it" (de "Ihren Kauf", "damit", ja "使い心地",
   * "ご購入いただいた商品"). Next to a proof or a design it does not count.
   */
  | "purchase";

/** The concepts of the marketing family (`no-marketing`). */
export type MarketingConcept =
  /** What is promoted: "new collection", "new range", "season", "other products", "our store", "our shop", "catalogue", "bestsellers", "brand store". */
  | "promoObject"
  /**
   * OPTIONAL. The seller's own website as a place: "our website", "our
   * site", de "unsere Website", fr "notre site", ja "公式サイト", zh "官网".
   * Each term is a `promoObject` too (the registry adds them there); the
   * analysis renames that `promoObject` hit `promoSite`, so a sentence
   * tells the site apart from goods or channels promoted with it. The
   * ordered item's help content at the site alone is help ("the manual for
   * your kettle is also on our website"); with goods or a channel it is not
   * ("the manual and our bestsellers are on our website").
   */
  | "ownSite"
  /**
   * OPTIONAL. The seller's store or brand on Amazon as a place: "our brand
   * name", "our shop name", "our brand page", "our storefront", de "unsere
   * Markenseite", ja "ブランドページ", zh "店铺首页". Each term is a
   * `promoObject` too (the registry adds them there).
   * With the seller's other goods as a whole (`assortment`: "what else we
   * make", "all our items") and an invitation or a suggestion in the
   * sentence, it points to them ("have a look at our brand page for
   * everything we make").
   */
  | "storefront"
  /**
   * OPTIONAL. A document of the ordered kind of goods, in a lexicon that
   * lists no help content (`helpContent`): "kılavuz", ja "取扱説明書", zh
   * "说明书", ar "دليل المستخدم", hi "यूज़र मैनुअल". Available at the
   * seller's site alone, with nothing invited, suggested, new or of the
   * seller's range next to it, it is help ("aynı kılavuz web sitemizde PDF
   * olarak da mevcut"). A lexicon that lists help content reads its
   * documents there.
   */
  | "manual"
  /**
   * OPTIONAL. Something that can be pre-ordered now: "open for pre-order",
   * "can already be pre-ordered", de "ist vorbestellbar", fr "disponible en
   * précommande", ja "予約受付中", zh "开放预订". With an invitation, an offer, a later purchase, newness
   * or another product line, and not the ordered item, it announces goods
   * to come ("volume 2 is open for pre-order with us, have a look").
   */
  | "preorder"
  /**
   * OPTIONAL. Other buyers or owners of the product: "customers who
   * bought", "most buyers", "those who order", de "die meisten, die … kaufen",
   * es "quien se lleva", ja "ご購入されたお客様". With `alsoBuy` in the
   * sentence, it cross-sells what they add ("customers who bought this
   * grinder often also pick up the burr kit").
   */
  | "buyers"
  /**
   * OPTIONAL. Buying, adding or taking more: "also buy", "also add", "often
   * add", "bought together", "most popular add-on", es "suele añadir", de
   * "nehmen auch … dazu". Counts with `buyers` (see there).
   */
  | "alsoBuy"
  /**
   * OPTIONAL. Another business the seller works with or vouches for, or the
   * benefit a referral brings: "who we work with", "a firm we trust", "a
   * good price for our customers", es "con quien colaboramos", it "con cui
   * collaboriamo". Recommended, invited to, priced or offered to a need in
   * a sentence that names neither the ordered item nor help content, it is
   * a referral ("for new sockets we recommend Ruiz Electrics, who we work
   * with"); not a partner that does part of the order ("the courier we
   * work with delivers your order").
   */
  | "thirdParty"
  /**
   * OPTIONAL. What the job or the order requires: "will need to", "has to
   * be replaced", de "muss", es "habrá que", sv "behöver". A price in a
   * sentence that says so, and that offers nothing more, is a cost the
   * seller discloses ("if the valve is stuck, the fitter will need to
   * replace it, which costs £30 extra"), not an extra sold.
   */
  | "required"
  /** Promotional offers: "sale", "deal", "discount code", "coupon", "promotion", "% off", "special offer", "newsletter". */
  | "offer"
  /**
   * Inviting to look or buy: "have a look", "check out", "browse",
   * "discover", "visit", "don't miss", "follow us", "shop now"; also an
   * offer to a need or a wish of the buyer, which another form or pack
   * (`availability`) or the seller's goods back in stock (`ours` with
   * `novelty`) make cross-selling: "if you need more", "should you need
   * one", "if you want one", "if you're interested".
   */
  | "invitation"
  /** Future purchases: "next purchase", "next order", "future orders", "come back". */
  | "future"
  /**
   * OPTIONAL. This order's number or this message given as a reference:
   * "mention this order number", "quote this order number", "show this
   * message", pt "informar este número de pedido", zh "报本单订单号". With
   * a later purchase (`future`) and an amount in the sentence ("mention
   * this order number next time and we take 15% off"), this order is the voucher of
   * a price cut; alone it is ordinary ("quote this order number when you
   * call the courier").
   */
  | "orderCode"
  /**
   * OPTIONAL. "Next" or "following" said of a later occasion: "next", fr
   * "prochain*", pl "kolejn*", tr "sonraki", ja "次回", hi "अगली", ar
   * "القادم*". Right before a `purchaseNoun` in one clause (right after it
   * in Arabic) it names a later purchase (`nextPurchase`: "your next
   * periodic maintenance", "za kolejną usługę"), which counts only with a
   * price cut, an amount or a friend referred.
   */
  | "nextWord"
  /**
   * OPTIONAL. A sense of an `ours` word that names no goods of the
   * seller's, which cancels it: the seller paying ("at our expense", fr "à
   * nos frais", pl "na nasz koszt") or at fault ("our mistake", es
   * "nuestro error").
   */
  | "oursOther"
  /**
   * OPTIONAL. Extra work or an extra cost left to the buyer's decision
   * before anything is done or charged: "he will ask you first", "only
   * with your approval", de "nur mit Ihrer Zustimmung", zh "换不换由您决定",
   * sv "han frågar dig först". With a price and a need of the job ("if the
   * valves leak he can replace them, £35 each; he asks you first"), the
   * price is a cost disclosed, not a sale.
   */
  | "consent"
  /**
   * OPTIONAL. What the buyer asked for, requested or wrote in the order
   * note themselves: "you asked about", "as you requested", "in your
   * order note", de "Sie hatten gefragt", ja "ご質問いただいた", zh
   * "您在备注里". A price of an option right after it answers the buyer
   * ("you asked about gold foil: that is £6 more per card"), not a sale.
   */
  | "buyerAsked"
  /**
   * OPTIONAL. A condition on the state of the job or the goods, an "if"
   * that is no wish of the buyer's (a wish is a `wish`): "if",
   * "in case", de "falls", "sofern", ja "場合", zh "如果". A surcharge
   * under such a condition ("if the doors scrape, we shorten them for
   * 20 € more each") is a cost of the job disclosed, not an extra sold.
   */
  | "jobCondition"
  /**
   * OPTIONAL. A condition that is the buyer's wish or liking, not a state
   * of the job: "if you want", "should you wish", de "wenn Sie möchten",
   * es "si quiere", ja "たい場合", zh "也想". A surcharge under it ("if you
   * also want your phone protected, it is $15 more") is an extra sold.
   */
  | "wish"
  /**
   * OPTIONAL. Something the buyer buys, books or orders again: "order",
   * "purchase", "visit", "service", "maintenance", "refill", "booking",
   * pl "usług*", tr "bakim*", ja "ご注文", hi "ख़रीद" (see `nextWord`).
   */
  | "purchaseNoun"
  /**
   * OPTIONAL. The people a buyer could refer: "a friend", "neighbours",
   * "a colleague", "someone you know", pl "znajomi", hi "दोस्त", ja
   * "ご友人". With a price cut, or with an amount and a later purchase or a
   * reward, in the sentence ("if a friend books and mentions your name,
   * both of you get $20 off"), a perk for a referral.
   */
  | "friend"
  /**
   * OPTIONAL. A referral told in its own words: someone who names the
   * buyer, comes through the buyer or is sent by them ("mentions your
   * name", de "Ihren Namen nennt", fr "en donnant votre nom", pt "por sua
   * indicação", zh "报您的名字"), or the buyer asked to recommend the shop
   * ("recommend our shop to", it "ci consigli"). With an amount, an offer
   * or a reward in the sentence, a perk for a referral.
   */
  | "referral"
  /**
   * OPTIONAL. A mailing of the seller's that the buyer is put on: a
   * seasonal or monthly letter, a mailing list ("our seasonal letter", de
   * "Winzerbrief", sv "säsongsbrev", fr "lettre de saison", es "te
   * apuntamos"). With the seller's own, a request, newness, a later time or
   * an invitation in the sentence, cross-selling.
   */
  | "mailing"
  /**
   * OPTIONAL. A delivery that repeats, as the seller offers it: "send you a
   * new one every month", "automatically every month", "regular monthly
   * delivery", de "Lieferabo", fr "livraisons régulières", it "spedizione
   * fissa", tr "düzenli teslimat", ja "定期便もご用意", zh "每个月固定时间给您寄".
   * A subscription sold on top of the order, unless the buyer asked for
   * it: each term must be the seller's offer by itself, so leave out the
   * words of a plan the buyer has ("your monthly subscription", "定期便"),
   * of a care routine ("a new filter every month") and of a supplier's
   * schedule ("delivers regularly").
   */
  | "recurring"
  /**
   * OPTIONAL. A weaker promoted object: a bare noun for the seller's
   * assortment, which counts only next to a cue (`novelty`,
   * `recommendation`, `availability`) or an `invitation`, in the sentence or
   * (for a cue) the one before or after: "range", "collection", "lineup",
   * "accessories", "other colours", "matching …" ("our new autumn range is
   * out", "have a look at the collection"); also a service sold on top of
   * the order, as a noun or a verb: "maintenance plan", "cover plan",
   * "inspection", "tune-up", "service your" ("we also offer a yearly
   * inspection", "he can also service the dryer while he is there"). Leave out nouns whose other
   * sense is common in order messages unless `marketingOther` covers it
   * ("collection point").
   */
  | "assortment"
  /**
   * OPTIONAL. Newness or launch, a cue that counts only with a
   * `promoObject` or an `assortment`: "is out", "are out", "just landed",
   * "just dropped", "has arrived", "launched", "now available", "back in
   * stock", "latest", "this season's" ("our new autumn range is out",
   * "Unsere Herbstkollektion ist da", "新作が入荷しました"). Not the bare
   * adjective "new" (a new tracking number, a new unit).
   */
  | "novelty"
  /**
   * OPTIONAL. Suggesting another product, a cue that counts with a
   * `promoObject`, an `assortment` or `ours`: "you might also like", "you
   * may also like", "works great with", "pairs well with", "goes well
   * with", "a perfect match for", "tip:", "customers also bought"
   * ("Tip: our descaler works great with it", "passt perfekt zu"); also a
   * benefit claimed for goods the buyer did not order, which with `ours`
   * pitches them: "keeps them looking new", "lasts twice as long", "well
   * worth having", "a good idea", "many of our customers" ("a coat of our
   * wood oil keeps them looking new"). Not neutral advice ("we recommend
   * charging it fully").
   */
  | "recommendation"
  /**
   * OPTIONAL. Offering more of something or in another form, a cue that
   * counts with a `promoObject`, an `assortment` or an `invitation`: "we
   * have them in packs of", "in packs of", "sold in sets of", "also
   * available in", "also comes in", "we also have", "multipack*", "bundle*"
   * ("if you need more filters we have them in packs of 6", "auch im
   * 6er-Pack erhältlich"). Not where things are bought ("in our shop",
   * "in unserem Shop"): with a `promoObject` in it, "thank you for your
   * purchase in our shop" would read as cross-selling. With an `offer` (a
   * price for the extra: "for a small fee", "gegen Aufpreis") it
   * cross-sells too ("we can also service your boiler for a small fee").
   * Something extra done on the visit counts too: "can also", "could
   * also", "can be added", "while he is there" ("while he is there he can
   * also service the dryer").
   */
  | "availability"
  /**
   * OPTIONAL. A time limit, which makes an `offer` a promotion without an
   * invitation: "this week", "until Sunday", "limited time", "for a few
   * days only", "while stocks last" ("this week 20% off all lamps",
   * "Nur bis Sonntag 20 % auf alle Lampen"). Not next to the ordered item:
   * "the discount on your order is refunded this week" is not.
   */
  | "urgency"
  /**
   * OPTIONAL. The seller's own (not the ordered) goods, which count only
   * with a `recommendation`: "our", "from us", "we make", "we sell", "our
   * own", "from our shop" ("you might also like our bamboo towels"; in
   * German "unser*", in Japanese "当店の", "弊社の").
   */
  | "ours"
  /**
   * OPTIONAL. The ordered item itself or its replacement: in a sentence
   * that names it, a cue (`novelty`, `recommendation`, `availability`) and
   * an `assortment` or `ours` do not make cross-selling ("your replacement
   * filter ships today", "the new unit has arrived", "the one you
   * ordered", "your order", "Ersatz*", "交換品").
   */
  | "orderItem"
  /**
   * OPTIONAL. Help content of the seller, which an invitation may point
   * to without marketing: "returns page", "faq", "setup guide", "manual",
   * "instructions", "help page", "video tutorial" ("have a look at our
   * setup guide"). A language that lists it also has an invitation to the
   * seller's own goods (`ours`) read as cross-selling ("have a look at our
   * frying pans") where no help content stands in the sentence.
   */
  | "helpContent"
  /**
   * OPTIONAL. Other senses of marketing words, which cancel the hits they
   * cover (as `reviewOther` does): "out of stock", "out for delivery",
   * "collection point", "collection date", "courier collection", "range of
   * motion" ("the new model is out of stock" has no `novelty`); and the
   * seller's people and places, which are not its goods (`ours`): "our
   * team", "our technician", "our warehouse", "our courier".
   */
  | "marketingOther"
  /**
   * OPTIONAL. An exchange or a swap of what was ordered: "exchange",
   * "swap", "change your order", "cancel the order" (de
   * "umtauschen", es "cambiamos su pedido", pl "wymiana", ja "交換"). In the
   * sentence or the one before or after, another size, colour or form
   * offered (`availability`, `assortment`, `ours`) is for the order, not
   * cross-selling ("size M in the same colour is in stock, so the exchange
   * can happen at once"); promoted objects, suggestions and newness still
   * are.
   */
  | "exchange"
  /**
   * OPTIONAL. A word for a size or a colour of goods: "size", "colour"
   * (de "größe", "farbe", pl "rozmiar*", "kolor*", ja "サイズ", "色"). Another
   * size or colour offered where the sentence or the one before or after
   * swaps the order (`exchange`) is that size or colour of the ordered item,
   * even in the same colour or back in stock ("Größe L ist in derselben
   * Farbe wieder auf Lager. So klappt der Umtausch: …"), not other goods.
   */
  | "variant";

/** Words shared by both families. */
export type SharedConcept =
  /** Negation words and phrases: "no", "not", "don't need", "without", "never". */
  | "negation"
  /**
   * OPTIONAL. Verbs of forgetting, in languages whose "don't forget" may
   * close the clause with its negation: de "vergess*", "vergiss", nl
   * "vergeet", "vergeten", sv "glöm". A negation right before one, shortly
   * after it or closing its clause belongs to it ("Vergessen Sie die
   * Bewertung nicht!", "Vergeet de beoordeling niet!", "nicht vergessen"):
   * it denies nothing, and the verb asks (a `request`, an `invitation` in
   * the marketing family). Without such a negation the verb adds nothing.
   * List them in the review lexicon (both families read them).
   */
  | "forget"
  /**
   * OPTIONAL. Words that hold a negation term but negate nothing, which
   * cancel the negation hits they cover (as long or longer): tr
   * "paslanmaz" (stainless, against `*maz`), zh "不锈钢" (against "不"),
   * hi "ऐसा न हो" (lest, against "न"); and reassurances, which would
   * otherwise open a negated list ("don't worry", "no problem", "keine
   * Sorge", "pas de souci", "no se preocupe").
   */
  | "notNegation";

/** Any concept id. */
export type Concept = ReviewConcept | MarketingConcept | SharedConcept;

/** The word lists of one rule family in one language. */
export interface Lexicon<C extends string = Concept> {
  /** ISO 639-1 code: `en`, `de`, `ja`, ... */
  readonly language: string;
  /** How terms meet the text. */
  readonly segmentation: Segmentation;
  /** The terms of each concept, lower case. */
  readonly concepts: Readonly<
    Partial<Record<C | SharedConcept, readonly string[]>>
  >;
}

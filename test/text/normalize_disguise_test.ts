/**
 * Review words disguised in every way a filter is dodged (invisible
 * characters, homoglyphs, leetspeak, spacing with any separator, full-width,
 * enclosed and mathematical letters, references, a right-to-left override,
 * Han and kana set apart by spaces) normalize to the plain word, and the
 * word maps back onto the characters that were written; the clean twins
 * (initials, abbreviations, numbers, CJK text with ordinary spaces) keep
 * their words.
 */
import assert from "node:assert/strict";
import { normalizeText } from "../../src/text/normalize.ts";

/** [written, the word its normalization must hold]. */
const DISGUISED: readonly (readonly [string, string])[] = [
  ["Please leave a r e v i e w", "review"],
  ["Please leave a r-e-v-i-e-w", "review"],
  ["Please leave a r.e.v.i.e.w", "review"],
  ["Please leave a r_e_v_i_e_w", "review"],
  ["Please leave a r*e*v*i*e*w today", "review"],
  ["Please leave a r~e~v~i~e~w", "review"],
  ["Please leave a r/e/v/i/e/w", "review"],
  ["Please leave a r  e  v  i  e  w", "review"],
  ["Please leave a r\te\tv\ti\te\tw", "review"],
  ["Please leave a r\u3000e\u3000v\u3000i\u3000e\u3000w", "review"],
  ["Please leave a r\u00A0e\u00A0v\u00A0i\u00A0e\u00A0w", "review"],
  ["Please leave a R E V I E W", "review"],
  ["Please leave a re\u200Bview", "review"],
  ["Please leave a re\u00ADview", "review"],
  ["Please leave a re\u2060vi\uFEFFew", "review"],
  ["Please leave a rеviеw", "review"],
  ["Please leave a r3vi3w", "review"],
  ["Please leave a revi3w", "review"],
  ["Please leave a ｒｅｖｉｅｗ", "review"],
  ["Please leave a 𝐫𝐞𝐯𝐢𝐞𝐰", "review"],
  ["Please leave a 𝓻𝓮𝓿𝓲𝓮𝔀", "review"],
  ["Please leave a ⓡⓔⓥⓘⓔⓦ", "review"],
  ["Please leave a ⒭⒠⒱⒤⒠⒲", "review"],
  ["Please leave a 🅡🅔🅥🅘🅔🅦", "review"],
  ["Please leave a ʀᴇᴠɪᴇᴡ", "review"],
  ["Please leave a &#114;eview", "review"],
  // A line break inside a word that invisible characters or decorative
  // letters already disguise.
  ["Please leave a r\u00ADev\n\u00ADi\u00ADew", "review"],
  ["Please leave a rev\u200Bi\ne\u200Bw", "review"],
  ["Please leave a rece\u2060ns\u2060i\r\n\u2060o\u2060n", "recension"],
  ["Merci de laisser un ⓐ\nⓥⓘⓢ", "avis"],
  ["Lütfen bir 𝐲\n𝐨𝐫𝐮𝐦 bırakın", "yorum"],
  ["Bitte eine positive Bew\u03B5r\u03C4u\nng", "bewertung"],
  ["Please leave a r\u03B5view", "review"],
  // A right-to-left override after a space, before a mark.
  ["कृपया एक अच्छा \u202Eूय्विर\u202C लिखें", "रिव्यू"],
  ["Please leave a rev&shy;iew", "review"],
  ["Please leave a \u202Eweiver\u202C now", "review"],
  ["Please leave a \u202Eweiver", "review"],
  ["Please leave a r|e|v|i|e|w", "review"],
  ["Please leave a r\u0332e\u0332v\u0332i\u0332e\u0332w\u0332", "review"],
  ["Please leave a r\u0336e\u0336v\u0336i\u0336e\u0336w\u0336", "review"],
  ["Please leave a r\u20DDe\u20DDv\u20DDi\u20DDe\u20DDw\u20DD", "review"],
  ["Please leave f e e d b a c k", "feedback"],
  ["Please leave f.e.e.d.b.a.c.k", "feedback"],
  ["Ｆｅｅｄｂａｃｋ please", "feedback"],
  ["Bitte eine B e w e r t u n g abgeben", "bewertung"],
  ["Bitte eine Bewertսng abgeben", "bewertung"],
  ["Bitte eine B-e-w-e-r-t-u-n-g", "bewertung"],
  ["Laissez un a v i s svp", "avis"],
  ["Laissez un é.v.a.l.u.a.t.i.o.n", "évaluation"],
  ["Dejen una r.e.s.e.ñ.a", "reseña"],
  ["Dejen una rese\u006E\u0303a", "reseña"],
  ["Lasciate una r e c e n s i o n e", "recensione"],
  ["Laat een r e c e n s i e achter", "recensie"],
  ["Deixe uma a v a l i a ç ã o", "avaliação"],
  ["Lämna ett o m d ö m e", "omdöme"],
  ["Proszę o o p i n i ę", "opinię"],
  ["Proszę o opіnię", "opinię"],
  ["Lütfen d e ğ e r l e n d i r m e yapın", "değerlendirme"],
  ["Lütfen Y O R U M yapın", "yorum"],
  ["يرجى ترك ت ق ي ي م", "تقييم"],
  ["请给个 评 价", "评价"],
  ["请给个好 评", "好评"],
  ["请给个 好 评 吧", "好评"],
  ["请给个评\u200B价", "评价"],
  ["请给个五星 好 评", "好评"],
  ["レ ビ ュ ー をお願いします", "レビュー"],
  ["レ\u200Bビ\u200Bュ\u200Bー をお願いします", "レビュー"],
  ["ﾚﾋﾞｭｰ をお願いします", "レビュー"],
  ["評 価をお願いします", "評価"],
  ["レ\u3000ビ\u3000ュ\u3000ーを", "レビュー"],
  ["请给个 好·评 吧", "好评"],
  ["请给个 评•价", "评价"],
  ["カ・ス・タ・マ・ー・レ・ビ・ュ・ー", "カスタマーレビュー"],
  ["ﾚ･ﾋﾞ･ｭ･ｰをお願いします", "レビュー"],
];

/** [written, what its normalization must be]: nothing joined or folded. */
const TWINS: readonly (readonly [string, string])[] = [
  ["The book by J. R. R. Tolkien", "the book by j. r. r. tolkien"],
  [
    "Lieferung z. B. am Montag, d. h. bald",
    "lieferung z. b. am montag, d. h. bald",
  ],
  ["It weighs 3.5 kg, version 2.1.3", "it weighs 3.5 kg, version 2.1.3"],
  ["Please see invoice.pdf", "please see invoice.pdf"],
  ["U.S. orders ship at 5 pm", "u.s. orders ship at 5 pm"],
  ["Plan A or B", "plan a or b"],
  ["Choose a|b", "choose alb"],
  ["Size S M L", "size s m l"],
  ["商品 很好 谢谢", "商品 很好 谢谢"],
  ["ご注文 ありがとうございます", "ご注文 ありがとうございます"],
  ["订单 123 已发货", "订单 123 已发货"],
  ["주문 하신 상품", "주문 하신 상품"],
  ["आपका ऑर्डर कल पहुंचेगा।", "आपका ऑर्डर कल पहुंचेगा।"],
  ["\u202Eمرحبا بك\u202C", "مرحبا بك"],
  // Line breaks between ordinary words, and in text whose only invisible
  // character is a joiner that the script needs, stay.
  ["Hello\nworld", "hello\nworld"],
  ["Amazon\nСпасибо", "amazon\nспасибо"],
  ["ＤＶＤ\nＣＤ", "dvd\ncd"],
  ["क्\u200Dष\nआज", "क्ष\nआज"],
];

Deno.test("normalizeText() reads disguised review words as plain words", () => {
  const missed: string[] = [];
  for (const [written, word] of DISGUISED) {
    const normalized = normalizeText(written);
    const at = normalized.text.indexOf(word);
    if (at < 0) {
      missed.push(`${JSON.stringify(written)} -> ${normalized.text}`);
      continue;
    }
    // The word maps back onto written characters that hold it all.
    const range = normalized.toOriginal(at, at + word.length);
    assert.ok(range.end > range.start, written);
    assert.ok(range.start >= 0 && range.end <= written.length, written);
    const back = normalizeText(written.slice(range.start, range.end)).text;
    assert.ok(back.includes(word), `${written}: ${back}`);
  }
  assert.deepEqual(missed, []);
});

Deno.test("normalizeText() keeps initials, numbers and spaced CJK words", () => {
  for (const [written, expected] of TWINS) {
    assert.equal(normalizeText(written).text, expected, written);
  }
});

Deno.test("normalizeText() joins a spaced run that follows a short one", () => {
  // "a" and "r" must not swallow the run that follows them.
  assert.equal(normalizeText("a r-e-v-i-e-w").text, "a review");
  assert.equal(normalizeText("x y r.e.v.i.e.w").text, "x y review");
  assert.equal(normalizeText("a b c").text, "a b c");
});

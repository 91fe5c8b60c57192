import assert from "node:assert/strict";
import { cancelRecordObjects } from "../../../src/rules/_intent/objects.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";

// A hit of `concept` on the first occurrence of `word` in `text`.
function hitOn(
  text: string,
  word: string,
  concept: string,
  language: string,
): ConceptHit {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `${word} not in ${text}`);
  return { concept, language, start, end: start + word.length };
}

// Whether cancelRecordObjects() cancels the review hit on `word`, with a
// review place on `place` when given.
function cancels(
  language: string,
  text: string,
  word: string,
  place?: string,
): boolean {
  const hits = [hitOn(text, word, "review", language)];
  if (place !== undefined) hits.push(hitOn(text, place, "place", language));
  hits.sort((a, b) => a.end - b.end);
  const cancelled = new Uint8Array(hits.length);
  cancelRecordObjects(hits, text, segmentText(text), cancelled, ["review"], [
    "place",
  ]);
  return cancelled[hits.findIndex((hit) => hit.concept === "review")] === 1;
}

Deno.test("cancelRecordObjects() reads a record as the object: write down", () => {
  assert.ok(cancels("fr", "merci de noter le numéro de suivi.", "noter"));
  assert.ok(cancels("fr", "notez bien l'adresse du point relais.", "notez"));
  assert.ok(cancels("fr", "notez la date du rendez-vous.", "notez"));
  assert.ok(cancels("es", "anote el código de recogida.", "anote"));
  assert.ok(cancels("it", "annoti il numero di tracciamento.", "annoti"));
  assert.ok(cancels("pt", "anote o endereço de entrega.", "anote"));
  assert.ok(cancels("en", "please review the details below.", "review"));
  assert.ok(cancels("pl", "prosimy zanotować datę wizyty.", "zanotować"));
  assert.ok(cancels("fr", "merci de noter les dimensions du meuble.", "noter"));
  assert.ok(cancels("fr", "merci de noter la nouvelle adresse.", "noter"));
  // A record after a noun is no object ("en su opinión el nombre"), nor
  // after a modifier with no determiner ("रिव्यू लिखते समय").
  assert.ok(!cancels("es", "ponga en su opinión el nombre.", "opinión"));
  assert.ok(!cancels("tr", "yorumunuzun linkini gönderin.", "yorumunuzun"));
});

Deno.test("cancelRecordObjects() reads 'that' after a verb, not after a noun", () => {
  assert.ok(
    cancels("fr", "veuillez noter qu'aucune signature n'est requise.", "noter"),
  );
  assert.ok(
    cancels("es", "por favor, anote que el repartidor llamará.", "anote"),
  );
  assert.ok(cancels("it", "annoti che il corriere chiamerà.", "annoti"));
  // A relative clause after a noun: the review that was posted.
  assert.ok(!cancels("es", "edite la opinión que publicó ayer.", "opinión"));
  assert.ok(!cancels("en", "the review that you posted.", "review"));
  // Nor after a bare plural ("reviews that mention the packaging").
  assert.ok(!cancels("en", "reviews that mention the packaging.", "reviews"));
  assert.ok(!cancels("fr", "les avis que vous laissez.", "avis"));
});

Deno.test("cancelRecordObjects() reads a clitic with a record before it", () => {
  assert.ok(
    cancels(
      "fr",
      "votre clé est abcd-1234 ; notez-la avant de l'utiliser.",
      "notez",
    ),
  );
  assert.ok(!cancels("fr", "le mixeur vous plaît ? notez-le !", "notez"));
});

Deno.test("cancelRecordObjects() reads documents, fields and written notes", () => {
  assert.ok(cancels("it", "è stata emessa una nota di credito.", "nota"));
  assert.ok(cancels("fr", "éditer les notes de bas de page.", "notes"));
  assert.ok(cancels("pt", "as notas fiscais estão anexadas.", "notas"));
  assert.ok(cancels("fr", "éditez les notes de la commande.", "notes"));
  assert.ok(cancels("en", "add it in the comment field.", "comment"));
  assert.ok(cancels("tr", "yorum alanına yazın.", "yorum"));
  assert.ok(cancels("pl", "wpisać kod w polu komentarza.", "komentarza"));
  assert.ok(cancels("de", "im kommentarfeld eintragen.", "kommentarfeld"));
  assert.ok(cancels("pt", "pode escrever notas para o entregador.", "notas"));
  assert.ok(cancels("fr", "laissez une note au livreur.", "note"));
  assert.ok(cancels("tr", "takip numarasını not edin.", "not"));
});

Deno.test("cancelRecordObjects() reads a paper to write on after the verb", () => {
  assert.ok(
    cancels(
      "fr",
      "pouvez-vous noter sur le bon de livraison que le carton était abîmé ?",
      "noter",
    ),
  );
  assert.ok(
    !cancels("fr", "pouvez-vous noter sur la page du produit ?", "noter"),
  );
});

Deno.test("cancelRecordObjects() keeps a German verb after a noun that is no object", () => {
  assert.ok(!cancels("de", "uns nach dem termin zu bewerten.", "bewerten"));
  assert.ok(cancels("tr", "teslimat tarihini not edin.", "not"));
});

Deno.test("cancelRecordObjects() keeps the product, the seller, ratings of the delivery", () => {
  assert.ok(!cancels("fr", "merci de noter notre service.", "noter"));
  assert.ok(!cancels("fr", "notez le produit, s'il vous plaît.", "notez"));
  assert.ok(
    !cancels("es", "déjenos una valoración de la entrega.", "valoración"),
  );
  assert.ok(!cancels("fr", "pourriez-vous noter la livraison ?", "noter"));
  assert.ok(!cancels("en", "a review of your order would help.", "review"));
  assert.ok(!cancels("fr", "laissez une note au vendeur.", "note"));
});

Deno.test("cancelRecordObjects() keeps a word whose clause names a review place", () => {
  assert.ok(
    !cancels(
      "fr",
      "notez la date et le produit sur amazon.",
      "notez",
      "sur amazon",
    ),
  );
  assert.ok(
    cancels(
      "fr",
      "notez la date. laissez le colis sur amazon.",
      "notez",
      "sur amazon",
    ),
  );
});

Deno.test("cancelRecordObjects() reads an app's settings as the object, after a conjunction of the hit's language", () => {
  assert.ok(cancels("nl", "bekijk en beoordeel daarna de kaart.", "beoordeel"));
  assert.ok(cancels("pl", "sprawdź i oceń ustawienia aplikacji.", "oceń"));
  assert.ok(
    cancels("en", "please review the permissions it asks for.", "review"),
  );
  // A determiner of the hit's own language still makes it a noun ("i
  // recensionen att": in the review, that …); the product is no setting.
  assert.ok(
    !cancels(
      "sv",
      "nämn i recensionen att leveransen gick snabbt.",
      "recensionen",
    ),
  );
  assert.ok(!cancels("nl", "bekijk en beoordeel ons product.", "beoordeel"));
});

import assert from "node:assert/strict";
import {
  hostSkeleton,
  isAmazonLookalike,
} from "../../../src/rules/_links/amazon_lookalike.ts";

Deno.test("hostSkeleton() folds homoglyphs, digits and letter pairs to Latin", () => {
  assert.equal(hostSkeleton("аmаzоn.com"), "amazon.com");
  assert.equal(hostSkeleton("amaz0n.de"), "amazon.de");
  assert.equal(hostSkeleton("arnazon.fr"), "amazon.fr");
  assert.equal(hostSkeleton("ämazon.es"), "amazon.es");
});

Deno.test("isAmazonLookalike() flags imitations and spares Amazon's own hosts", () => {
  for (
    const host of [
      "amazon.de.evil.example",
      "amaz0n.co.uk",
      "arnazon.it",
      "аmazon.com",
      "amazon-support.example",
      "secure-amazon.example",
      "amzn-returns.example",
      "amazom.com",
      "amaozn.com",
    ]
  ) {
    assert.equal(isAmazonLookalike(host), true, host);
  }
  for (
    const host of [
      "www.amazon.de",
      "smile.amazon.com",
      "m.media-amazon.com",
      "bucket.s3.amazonaws.com",
      "www.dhl.de",
      "panama.example",
      "amazing.example",
    ]
  ) {
    assert.equal(isAmazonLookalike(host), false, host);
  }
});

import assert from "node:assert/strict";
import {
  AMAZON_MARKETPLACES,
  CARRIER_DOMAINS,
  KEY_REDEMPTION_DOMAINS,
  SHORTENERS,
  within,
  withinAny,
} from "../../../src/rules/_links/hosts.ts";

Deno.test("within() matches a domain and its subdomains only", () => {
  assert.equal(within("dhl.de", "dhl.de"), true);
  assert.equal(within("nolp.dhl.de", "dhl.de"), true);
  assert.equal(within("mydhl.de", "dhl.de"), false);
  assert.equal(within("dhl.de.example.com", "dhl.de"), false);
});

Deno.test("withinAny() answers the same for lists and sets", () => {
  const list = ["ups.com", "dhl.de"];
  for (const host of ["www.ups.com", "ups.com.example", "dhl.de", "x.de"]) {
    assert.equal(withinAny(host, list), withinAny(host, new Set(list)), host);
  }
});

Deno.test("host lists are lower-case domain names without duplicates", () => {
  for (
    const list of [
      AMAZON_MARKETPLACES,
      CARRIER_DOMAINS,
      KEY_REDEMPTION_DOMAINS,
      [...SHORTENERS],
    ]
  ) {
    for (const domain of list) {
      assert.match(domain, /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    }
  }
  assert.equal(new Set(CARRIER_DOMAINS).size, CARRIER_DOMAINS.length);
});

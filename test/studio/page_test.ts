import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { studioPage } from "../../src/studio/page.ts";

Deno.test("studioPage() is one self-contained document: no external script, style, font or image", () => {
  const html = studioPage();
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.doesNotMatch(html, /<link[^>]+href=/);
  assert.doesNotMatch(html, /https?:\/\//);
  assert.match(html, /<script type="module">/);
  assert.match(html, /<style>/);
});

Deno.test("studioPage() labels the editor Template and the list Findings, and the preview selectors, for screen readers", () => {
  const html = studioPage();
  assert.match(
    html,
    /<label id="template-label" for="template">Template<\/label>/,
  );
  assert.match(html, /<textarea id="template"/);
  assert.match(html, /<h2 id="findings-label">Findings<\/h2>/);
  assert.match(html, /<ul id="findings" aria-labelledby="findings-label">/);
  assert.match(html, /<label for="sample"|for="sample">Sample data/);
  assert.match(html, /Buyer locale <select id="buyerLocale">/);
  assert.match(html, /Time zone <select id="timeZone">/);
  assert.match(html, /role="status"/);
});

Deno.test("studioPage() has a Save button in local mode only", () => {
  assert.match(
    studioPage(),
    /<button type="button" id="save"[^>]*>Save<\/button>/,
  );
  assert.doesNotMatch(studioPage({ readOnly: true }), /id="save"/);
});

Deno.test("studioPage() stays within 60 kB gzip", () => {
  const bytes = gzipSync(new TextEncoder().encode(studioPage()), { level: 9 })
    .byteLength;
  assert.ok(bytes < 60_000, `${bytes} bytes gzip`);
});

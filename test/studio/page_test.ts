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
  assert.match(
    html,
    /<ul id="findings" class="findings" aria-labelledby="findings-label">/,
  );
  assert.match(html, /<label for="sample"|for="sample">Sample data/);
  assert.match(html, /Buyer locale <select id="buyerLocale">/);
  assert.match(html, /Time zone <select id="timeZone">/);
  assert.match(html, /role="status"/);
});

Deno.test("studioPage() gives the sample data a highlight layer and its own labelled list of findings", () => {
  const html = studioPage();
  assert.match(
    html,
    /<div id="sampleBackdrop" class="backdrop" aria-hidden="true"><\/div>\s*<textarea id="sample"[^>]*aria-describedby="sampleFindings"/,
  );
  assert.match(
    html,
    /<h3 id="sample-findings-label" class="sr-only">Findings in the sample data<\/h3>\s*<ul id="sampleFindings" class="findings" aria-labelledby="sample-findings-label">/,
  );
});

Deno.test("studioPage() asks for an API key only when told, with a labelled password input kept in sessionStorage", () => {
  assert.doesNotMatch(studioPage(), /id="apiKey"/);
  const html = studioPage({ askKey: true });
  assert.match(html, /<label for="apiKey">API key<\/label>/);
  assert.match(html, /<input id="apiKey" type="password" autocomplete="off"/);
  assert.match(html, /sessionStorage\.setItem\(KEY/);
  assert.match(html, /headers\.authorization = "Bearer " \+ key/);
  assert.doesNotMatch(html, /localStorage/);
});

Deno.test("studioPage() has a Save button in local mode only", () => {
  assert.match(
    studioPage(),
    /<button type="button" id="save"[^>]*>Save<\/button>/,
  );
  assert.doesNotMatch(studioPage({ readOnly: true }), /id="save"/);
});

Deno.test("studioPage() stays within 60 kB gzip", () => {
  for (const options of [{}, { askKey: true, readOnly: true }]) {
    const bytes = gzipSync(new TextEncoder().encode(studioPage(options)), {
      level: 9,
    }).byteLength;
    assert.ok(bytes < 60_000, `${bytes} bytes gzip`);
  }
});

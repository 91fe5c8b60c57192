/**
 * The studio page: one self-contained HTML document (inline CSS and
 * script, no CDN) that talks to the studio's JSON API on the same origin.
 *
 * @module
 */

import type { StudioPageOptions } from "./types.ts";

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{padding:8px 16px;background:#232f3e;color:#fff;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header h1{font-size:16px;margin:0}
header label{font-size:13px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:12px;padding:12px 16px}
section{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px}
h2{font-size:14px;margin:0 0 6px}
.editor{position:relative;height:360px}
.editor textarea,.editor .backdrop{position:absolute;inset:0;margin:0;padding:8px;border:1px solid #999;
 font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:break-word;overflow:auto;width:100%;height:100%}
.editor .backdrop{color:transparent;border-color:transparent;pointer-events:none}
.editor textarea{background:transparent;resize:none;color:#111}
mark{background:#ffd54f;color:transparent;border-bottom:2px solid #d32f2f}
.editor.small{height:180px}
.editor.small textarea,.editor.small .backdrop{font-size:12px;line-height:1.4}
mark.warning{background:#fff3a0;border-bottom-color:#f57c00}
pre#rendered,pre#preview{white-space:pre-wrap;overflow-wrap:break-word;margin:0;font:13px/1.5 system-ui,sans-serif;max-height:260px;overflow:auto}
.findings{list-style:none;margin:0;padding:0}
.findings li{border-left:4px solid #d32f2f;padding:4px 8px;margin:4px 0;background:#fdf2f2}
.findings li.warning{border-color:#f57c00;background:#fff8ec}
.findings .rule{font-family:ui-monospace,monospace;font-weight:600}
header form{display:flex;gap:6px;align-items:center;margin-left:auto}
button{font:inherit;padding:2px 10px;cursor:pointer}
button:focus-visible,textarea:focus-visible,a:focus-visible,select:focus-visible{outline:3px solid #1565c0;outline-offset:1px}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #ddd;padding:2px 6px;text-align:left}
td.clean{background:#e8f5e9}td.warnings{background:#fff8e1}td.errors{background:#ffebee}td.missing{background:#eee;color:#666}
#status{font-size:12px;color:#e0e0e0}
.matrix{overflow:auto}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

// The page's script: plain JavaScript, kept small and dependency-free.
const SCRIPT = `
const $ = (id) => document.getElementById(id);
const state = { path: null, findings: [], linted: null, busy: false, dirty: false, seq: 0, sent: null, typedAt: 0, previewTimer: 0 };
const editor = $("template"), sample = $("sample"), keyForm = $("keyForm");
const base = location.pathname.replace(/\\/$/, "") + "/api";
const KEY = "buyer-messages-studio-key";
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const say = (text) => { $("status").textContent = text; };
async function api(method, path, body) {
  const headers = body ? { "content-type": "application/json" } : {};
  const key = keyForm ? sessionStorage.getItem(KEY) : null;
  if (key) headers.authorization = "Bearer " + key;
  const res = await fetch(base + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json().catch(() => ({}));
  if (res.status === 401 && keyForm) { $("apiKey").focus(); throw new Error("Enter a valid API key"); }
  if (!res.ok) throw new Error((json.error && json.error.message) || json.error || res.statusText);
  return json;
}
function marks(box, backdrop, key) {
  const src = box.value;
  const ranges = state.findings.filter((f) => f[key] && f[key].end > f[key].start && f[key].end <= src.length)
    .sort((a, b) => a[key].start - b[key].start);
  let html = "", at = 0;
  for (const f of ranges) {
    const r = f[key];
    if (r.start < at) continue;
    html += esc(src.slice(at, r.start)) + '<mark class="' + f.severity + '" data-rule="' + esc(f.ruleId) + '" data-severity="' + f.severity + '" data-message="' + esc(f.message) + '">' + esc(src.slice(r.start, r.end)) + "</mark>";
    at = r.end;
  }
  backdrop.innerHTML = html + esc(src.slice(at)) + "\\n";
  backdrop.scrollTop = box.scrollTop;
}
function paint() { marks(editor, $("backdrop"), "range"); marks(sample, $("sampleBackdrop"), "dataRange"); }
function item(f, i) {
  const li = document.createElement("li");
  li.className = f.severity;
  const where = f.range ? " (template " + f.range.start + "–" + f.range.end + ")" : f.dataRange ? " (sample data " + f.dataRange.start + "–" + f.dataRange.end + ")" : f.origin === "data" ? " (sample data)" : "";
  li.innerHTML = '<span class="severity">' + f.severity + '</span> <span class="rule">' + esc(f.ruleId) + '</span>: <span class="message">' + esc(f.message) + "</span>" + esc(where) + " ";
  if (f.range || f.dataRange) {
    const show = document.createElement("button");
    show.type = "button"; show.textContent = "Show";
    show.setAttribute("aria-label", "Show " + f.ruleId + " in the " + (f.range ? "template" : "sample data"));
    show.onclick = () => { const box = f.range ? editor : sample; const r = f.range || f.dataRange; box.focus(); box.setSelectionRange(r.start, r.end); };
    li.append(show, " ");
  }
  if (f.fix) {
    const fix = document.createElement("button");
    fix.type = "button"; fix.textContent = "Apply fix"; fix.dataset.index = String(i);
    fix.setAttribute("aria-label", "Apply fix for " + f.ruleId);
    // A fix's offsets hold for the text it was found in only.
    fix.onclick = () => { const v = editor.value; if (v !== state.linted) { say("The template changed: apply the fix once its findings are updated"); return; } editor.value = v.slice(0, f.fix.start) + f.fix.text + v.slice(f.fix.end); changed(); editor.focus(); };
    li.append(fix);
  }
  return li;
}
function renderFindings() {
  $("findings").replaceChildren(...state.findings.map(item));
  const inData = state.findings.filter((f) => f.origin === "data");
  $("sampleFindings").replaceChildren(...inData.map(item));
  const n = state.findings.length;
  $("summary").textContent = n === 0 ? "No findings" : n + " finding(s)" + (inData.length ? ", " + inData.length + " in the sample data" : "");
}
async function lintNow() {
  if (!state.path) return;
  state.busy = true; state.dirty = false;
  const seq = ++state.seq, typedAt = state.typedAt, started = performance.now();
  const sent = { path: state.path, source: editor.value, sample: sample.value };
  try {
    const result = await api("POST", "/lint", sent);
    if (!state.dirty && sent.path === state.path && sent.source === editor.value && sent.sample === sample.value) {
      state.findings = result.findings; state.linted = sent.source;
      $("rendered").textContent = result.text ?? "(does not render)";
      $("length").textContent = result.text === null ? "" : result.text.length + " characters";
      paint(); renderFindings();
      const now = performance.now();
      document.body.dataset.lintMs = (now - started).toFixed(1);
      if (typedAt) document.body.dataset.latencyMs = (now - typedAt).toFixed(1);
      document.body.dataset.lintSeq = String(seq);
      say("Linted in " + (now - started).toFixed(0) + " ms");
      clearTimeout(state.previewTimer); state.previewTimer = setTimeout(preview, 150);
    }
  } catch (e) { say(e.message); }
  state.busy = false;
  if (state.dirty) lintNow();
}
// A keystroke lints at once when no lint is running, else once the running one answers: at most one in flight, the latest text wins.
function changed() { state.typedAt = performance.now(); state.dirty = true; paint(); if (!state.busy) lintNow(); }
async function preview() {
  if (!state.path) return;
  try {
    const r = await api("POST", "/preview", { path: state.path, source: editor.value, sample: sample.value, buyerLocale: $("buyerLocale").value || undefined, timeZone: $("timeZone").value });
    $("preview").textContent = r.error ? r.error : "Template " + r.locale + ":\\n\\n" + r.text;
  } catch (e) { $("preview").textContent = e.message; }
}
async function open(path) {
  try {
    const t = await api("GET", "/template?path=" + encodeURIComponent(path));
    state.path = t.path; editor.value = t.source; sample.value = t.sample ?? "";
    $("current").textContent = t.path;
    state.typedAt = 0;
    await lintNow();
  } catch (e) { say(e.message); }
}
async function save() {
  try { await api("PUT", "/template", { path: state.path, source: editor.value }); say("Saved " + state.path); loadMatrix(); }
  catch (e) { say("Not saved: " + e.message); }
}
async function loadMatrix() {
  const m = await api("GET", "/matrix");
  let html = "<thead><tr><th scope=col>Type</th>" + m.locales.map((l) => "<th scope=col>" + esc(l) + "</th>").join("") + "</tr></thead><tbody>";
  for (const type of m.types) {
    html += "<tr><th scope=row>" + esc(type) + "</th>";
    for (const c of m.cells.filter((c) => c.type === type)) {
      const len = c.length === null ? "" : " " + c.length + (c.limit ? "/" + c.limit : "");
      const miss = c.missingVariables.length ? " lacks " + c.missingVariables.join(", ") : "";
      const label = c.status + len + miss;
      html += '<td class="' + c.status + '">' + (c.path ? '<a href="#' + esc(c.path) + '" data-path="' + esc(c.path) + '">' + esc(label) + "</a>" : esc(label)) + "</td>";
    }
    html += "</tr>";
  }
  $("matrix").innerHTML = html + "</tbody>";
}
async function start() {
  try {
    await loadMatrix();
    const first = location.hash ? decodeURIComponent(location.hash.slice(1)) : document.querySelector("#matrix a")?.dataset.path;
    if (first) await open(first);
  } catch (e) { say(e.message); }
}
editor.addEventListener("input", changed);
sample.addEventListener("input", changed);
editor.addEventListener("scroll", () => { $("backdrop").scrollTop = editor.scrollTop; });
sample.addEventListener("scroll", () => { $("sampleBackdrop").scrollTop = sample.scrollTop; });
$("buyerLocale").addEventListener("change", preview);
$("timeZone").addEventListener("change", preview);
$("matrix").addEventListener("click", (e) => { const a = e.target.closest("a[data-path]"); if (a) { e.preventDefault(); location.hash = a.dataset.path; } });
window.addEventListener("hashchange", () => open(decodeURIComponent(location.hash.slice(1))));
const saveButton = $("save"); if (saveButton) saveButton.onclick = save;
document.addEventListener("keydown", (e) => { if ((e.ctrlKey || e.metaKey) && e.key === "s" && saveButton) { e.preventDefault(); save(); } });
if (keyForm) keyForm.addEventListener("submit", (e) => {
  e.preventDefault();
  const input = $("apiKey");
  if (input.value) sessionStorage.setItem(KEY, input.value); else sessionStorage.removeItem(KEY);
  input.value = ""; input.placeholder = sessionStorage.getItem(KEY) ? "(set for this tab)" : "";
  say("Key set for this tab"); start();
});
if (keyForm && sessionStorage.getItem(KEY)) $("apiKey").placeholder = "(set for this tab)";
start();
`;

const LOCALES = [
  "ar-AE",
  "de-DE",
  "en-GB",
  "en-US",
  "es-ES",
  "es-MX",
  "fr-FR",
  "hi-IN",
  "it-IT",
  "ja-JP",
  "nl-NL",
  "pl-PL",
  "pt-BR",
  "sv-SE",
  "tr-TR",
  "zh-CN",
];

const TIME_ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
];

/**
 * The studio page as one HTML document: the template editor ("Template")
 * with its sample data, the rendered text, the findings list ("Findings")
 * with fix buttons, a preview with buyer locale and time zone, and the
 * matrix of the folder.
 *
 * @example
 * ```ts
 * import { studioPage } from "./page.ts";
 * import assert from "node:assert/strict";
 *
 * const html = studioPage();
 * assert.match(html, /<textarea id="template"/);
 * assert.doesNotMatch(studioPage({ readOnly: true }), /id="save"/);
 * assert.match(studioPage({ askKey: true }), /<label for="apiKey">API key<\/label>/);
 * ```
 */
export function studioPage(options: StudioPageOptions = {}): string {
  const option = (v: string) => `<option value="${v}">${v}</option>`;
  const save = options.readOnly === true
    ? ""
    : `<button type="button" id="save" aria-keyshortcuts="Control+S">Save</button>`;
  const key = options.askKey === true
    ? `<form id="keyForm"><label for="apiKey">API key</label> <input id="apiKey" type="password" autocomplete="off" spellcheck="false" size="24"> <button type="submit">Use key</button></form>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Template studio</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Template studio</h1>
<span id="current" aria-live="polite"></span>
${save}
<span id="status" role="status" aria-live="polite"></span>
${key}
</header>
<main>
<div>
<section aria-labelledby="template-label">
<h2><label id="template-label" for="template">Template</label></h2>
<div class="editor">
<div id="backdrop" class="backdrop" aria-hidden="true"></div>
<textarea id="template" spellcheck="false" aria-describedby="summary"></textarea>
</div>
</section>
<section aria-labelledby="findings-label">
<h2 id="findings-label">Findings</h2>
<p id="summary" class="sr-only" aria-live="polite"></p>
<ul id="findings" class="findings" aria-labelledby="findings-label"></ul>
</section>
<section class="matrix" aria-labelledby="matrix-label">
<h2 id="matrix-label">Matrix</h2>
<table id="matrix" aria-labelledby="matrix-label"></table>
</section>
</div>
<div>
<section aria-labelledby="sample-label">
<h2><label id="sample-label" for="sample">Sample data</label></h2>
<div class="editor small">
<div id="sampleBackdrop" class="backdrop" aria-hidden="true"></div>
<textarea id="sample" spellcheck="false" aria-describedby="sampleFindings"></textarea>
</div>
<h3 id="sample-findings-label" class="sr-only">Findings in the sample data</h3>
<ul id="sampleFindings" class="findings" aria-labelledby="sample-findings-label"></ul>
</section>
<section aria-labelledby="rendered-label">
<h2 id="rendered-label">Rendered text <span id="length"></span></h2>
<pre id="rendered" aria-labelledby="rendered-label"></pre>
</section>
<section aria-labelledby="preview-label">
<h2 id="preview-label">Preview</h2>
<label>Buyer locale <select id="buyerLocale"><option value="">(template's)</option>${
    LOCALES.map(option).join("")
  }</select></label>
<label>Time zone <select id="timeZone">${
    TIME_ZONES.map(option).join("")
  }</select></label>
<pre id="preview" aria-live="polite"></pre>
</section>
</div>
</main>
<script type="module">${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The studio page: one self-contained HTML document (inline CSS and
 * script, no CDN) that talks to the studio's JSON API on the same origin.
 *
 * @module
 */

/** Options of {@linkcode studioPage}. */
export interface StudioPageOptions {
  /** Hide the Save button. Default `false`. */
  readonly readOnly?: boolean;
}

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
mark.warning{background:#fff3a0;border-bottom-color:#f57c00}
textarea#sample{width:100%;height:160px;font:12px/1.4 ui-monospace,monospace}
pre#rendered,pre#preview{white-space:pre-wrap;overflow-wrap:break-word;margin:0;font:13px/1.5 system-ui,sans-serif;max-height:260px;overflow:auto}
#findings{list-style:none;margin:0;padding:0}
#findings li{border-left:4px solid #d32f2f;padding:4px 8px;margin:4px 0;background:#fdf2f2}
#findings li.warning{border-color:#f57c00;background:#fff8ec}
#findings .rule{font-family:ui-monospace,monospace;font-weight:600}
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
const state = { path: null, findings: [], timer: 0, seq: 0, lastMs: null };
const editor = $("template"), sample = $("sample"), backdrop = $("backdrop");
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
async function api(method, url, body) {
  const res = await fetch(url, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json();
  if (!res.ok) throw new Error(json.error || res.statusText);
  return json;
}
function paint() {
  const src = editor.value;
  const ranges = state.findings.filter((f) => f.range && f.range.end > f.range.start)
    .sort((a, b) => a.range.start - b.range.start);
  let html = "", at = 0;
  for (const f of ranges) {
    if (f.range.start < at) continue;
    html += esc(src.slice(at, f.range.start)) + '<mark class="' + f.severity + '" data-rule="' + esc(f.ruleId) + '">' + esc(src.slice(f.range.start, f.range.end)) + "</mark>";
    at = f.range.end;
  }
  backdrop.innerHTML = html + esc(src.slice(at)) + "\\n";
  backdrop.scrollTop = editor.scrollTop;
}
function renderFindings() {
  const list = $("findings");
  list.textContent = "";
  for (const [i, f] of state.findings.entries()) {
    const li = document.createElement("li");
    li.className = f.severity;
    const where = f.range ? " (template " + f.range.start + "–" + f.range.end + ")" : f.dataRange ? " (sample data " + f.dataRange.start + "–" + f.dataRange.end + ")" : "";
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
      fix.onclick = () => { const v = editor.value; editor.value = v.slice(0, f.fix.start) + f.fix.text + v.slice(f.fix.end); changed(0); editor.focus(); };
      li.append(fix);
    }
    list.append(li);
  }
  $("summary").textContent = state.findings.length === 0 ? "No findings" : state.findings.length + " finding(s)";
}
async function lintNow() {
  if (!state.path) return;
  const seq = ++state.seq;
  const started = performance.now();
  try {
    const result = await api("POST", "/api/lint", { path: state.path, source: editor.value, sample: sample.value });
    if (seq !== state.seq) return;
    state.lastMs = performance.now() - started;
    state.findings = result.findings;
    $("rendered").textContent = result.text ?? "(does not render)";
    $("length").textContent = result.text === null ? "" : result.text.length + " characters";
    document.body.dataset.lintMs = state.lastMs.toFixed(1);
    document.body.dataset.lintSeq = String(seq);
    $("status").textContent = "Linted in " + state.lastMs.toFixed(0) + " ms";
  } catch (e) { $("status").textContent = e.message; }
  paint(); renderFindings(); preview();
}
function changed(delay = 40) { paint(); clearTimeout(state.timer); state.timer = setTimeout(lintNow, delay); }
async function preview() {
  if (!state.path) return;
  try {
    const r = await api("POST", "/api/preview", { path: state.path, source: editor.value, sample: sample.value, buyerLocale: $("buyerLocale").value || undefined, timeZone: $("timeZone").value });
    $("preview").textContent = r.error ? r.error : "Template " + r.locale + ":\\n\\n" + r.text;
  } catch (e) { $("preview").textContent = e.message; }
}
async function open(path) {
  const t = await api("GET", "/api/template?path=" + encodeURIComponent(path));
  state.path = t.path; editor.value = t.source; sample.value = t.sample ?? "";
  $("current").textContent = t.path;
  if (!$("buyerLocale").value) $("buyerLocale").value = t.path.split("/").pop().replace(/\\.hbs$/, "");
  await lintNow();
}
async function save() {
  try { await api("PUT", "/api/template", { path: state.path, source: editor.value }); $("status").textContent = "Saved " + state.path; loadMatrix(); }
  catch (e) { $("status").textContent = "Not saved: " + e.message; }
}
async function loadMatrix() {
  const m = await api("GET", "/api/matrix");
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
editor.addEventListener("input", () => changed());
sample.addEventListener("input", () => changed());
editor.addEventListener("scroll", () => { backdrop.scrollTop = editor.scrollTop; });
$("buyerLocale").addEventListener("change", preview);
$("timeZone").addEventListener("change", preview);
$("matrix").addEventListener("click", (e) => { const a = e.target.closest("a[data-path]"); if (a) { e.preventDefault(); location.hash = a.dataset.path; } });
window.addEventListener("hashchange", () => open(decodeURIComponent(location.hash.slice(1))));
const saveButton = $("save"); if (saveButton) saveButton.onclick = save;
document.addEventListener("keydown", (e) => { if ((e.ctrlKey || e.metaKey) && e.key === "s" && saveButton) { e.preventDefault(); save(); } });
loadMatrix().then(() => { const first = location.hash ? decodeURIComponent(location.hash.slice(1)) : document.querySelector("#matrix a")?.dataset.path; if (first) open(first); });
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
 * ```
 */
export function studioPage(options: StudioPageOptions = {}): string {
  const option = (v: string) => `<option value="${v}">${v}</option>`;
  const save = options.readOnly === true
    ? ""
    : `<button type="button" id="save" aria-keyshortcuts="Control+S">Save</button>`;
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
<ul id="findings" aria-labelledby="findings-label"></ul>
</section>
<section class="matrix" aria-labelledby="matrix-label">
<h2 id="matrix-label">Matrix</h2>
<table id="matrix" aria-labelledby="matrix-label"></table>
</section>
</div>
<div>
<section aria-labelledby="sample-label">
<h2><label id="sample-label" for="sample">Sample data</label></h2>
<textarea id="sample" spellcheck="false"></textarea>
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

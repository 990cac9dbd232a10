/**
 * The preview page: the workbook as a small spreadsheet — tabs, a grid (values formatted,
 * formulas shown by their computed values, backgrounds, font colours and conditional-format
 * rules applied as Sheets would), a formula bar to edit the selected cell — beside the real
 * built sidebar in an iframe. Plain DOM code, every value set as text (never as HTML).
 */
export const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LiftGate — local preview</title>
<style>
  body { margin: 0; font: 13px Arial, Helvetica, sans-serif; display: flex; height: 100vh; color: #202124; }
  #book { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  header { padding: 8px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 15px; margin: 0; display: inline; }
  header span { color: #5f6368; margin-left: 8px; }
  header button { float: right; font: inherit; }
  #edit { margin-top: 6px; display: flex; gap: 4px; }
  #edit button { float: none; }
  #email { padding: 4px 12px; border-bottom: 1px solid #dadce0; }
  #email iframe { width: 100%; height: 320px; border: 1px solid #dadce0; background: #fff; }
  #grid { flex: 1; overflow: auto; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; }
  td.num { text-align: right; }
  td.error { color: #a50e0e; }
  td[aria-selected="true"] { outline: 2px solid #1a73e8; outline-offset: -2px; }
  #grid:focus-visible { outline: none; }
  #bar { display: flex; gap: 6px; align-items: center; padding: 4px 12px; border-bottom: 1px solid #dadce0; }
  #bar output { min-width: 44px; color: #5f6368; font-weight: bold; }
  #fx { flex: 1; font: inherit; padding: 3px 6px; border: 1px solid #dadce0; border-radius: 3px; }
  #fx:focus-visible { outline: 2px solid #1a73e8; }
  tr.frozen td { font-weight: bold; position: sticky; top: 21px; background-clip: padding-box; }
  #tabs { display: flex; gap: 2px; border-top: 1px solid #dadce0; background: #f1f3f4; padding: 0 8px; }
  #tabs button { font: inherit; border: 0; background: transparent; padding: 6px 14px; cursor: pointer; }
  #tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: bold; }
  iframe { width: 300px; border: 0; border-left: 1px solid #dadce0; height: 100vh; }
</style>
</head>
<body>
<div id="book">
  <header><h1>LiftGate</h1><span id="subtitle">local preview — the built add-on over an in-memory spreadsheet</span>
    <button id="save" type="button">Save workbook</button> <span id="saved" role="status"></span>
    <button id="fire" type="button">Fire the schedule</button> <span id="fired" role="status"></span>
    <nav id="edit" aria-label="Edit the workbook"><button id="new-plan" type="button">New plan</button><button id="undo" type="button" aria-keyshortcuts="Control+Z">Undo</button><button id="redo" type="button" aria-keyshortcuts="Control+Y">Redo</button><button id="row-insert" type="button">Insert row</button><button id="row-delete" type="button">Delete row</button></nav></header>
  <details id="email" hidden><summary><span id="last-email">Last e-mail of the schedule:</span> <span class="subject"></span></summary>
    <iframe title="Last e-mail of the schedule" sandbox=""></iframe></details>
  <div id="bar"><output id="addr" for="fx" aria-label="Selected cell"></output>
    <input id="fx" aria-label="Contents of the selected cell (Enter saves, Escape cancels)" autocomplete="off" spellcheck="false"></div>
  <div id="grid" role="region" aria-label="Sheet (arrow keys move, Enter edits)" tabindex="0"></div>
  <nav id="tabs" role="tablist" aria-label="Sheets"></nav>
</div>
<iframe id="sidebar" title="LiftGate sidebar" src="/sidebar"></iframe>
<script src="/dashboard-charts.js"></script>
<script src="/preview-edit.js"></script>
<script>
let book = null;
let current = null;
let sel = { r: 0, c: 0 };
const colName = (c) => { let s = ''; for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
function revive(v) { return v && typeof v === 'object' && '$date' in v ? new Date(v.$date) : v; }
/** The document's locale as a BCP 47 tag: the grid shows numbers as the spreadsheet would (20 000,5 in nb_NO). */
const tag = () => String((book && book.locale) || 'en_US').replace('_', '-');
function show(v) {
  if (v instanceof Date) { const iso = v.toISOString(); return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' '); }
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString(tag()) : v.toLocaleString(tag(), { maximumFractionDigits: 2 });
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v ?? '');
}
/** What the formula bar shows: the formula, or the value as a user would type it. */
function raw(sheet, r, c) {
  const f = sheet.formulas && sheet.formulas[r] && sheet.formulas[r][c];
  if (f) return f;
  const v = revive(sheet.values[r] && sheet.values[r][c]);
  if (v instanceof Date) return show(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === undefined || v === null ? '' : String(v);
}
/** The page's words in the document's language (./labels.ts), once the workbook says which. */
const L = (key, fallback, file) => String((book && book.labels && book.labels[key]) || fallback).replace('{file}', file || '');
const LABELLED = { subtitle: 'subtitle', save: 'save', fire: 'fire', 'new-plan': 'newPlan', undo: 'undo', redo: 'redo', 'row-insert': 'rowInsert', 'row-delete': 'rowDelete', 'last-email': 'lastEmail' };
function label() {
  if (!book || !book.labels) return;
  document.documentElement.lang = book.labels.lang;
  for (const [id, key] of Object.entries(LABELLED)) { const el = document.getElementById(id); if (el) el.textContent = book.labels[key]; }
  for (const [id, key] of Object.entries({ edit: 'ariaEdit', addr: 'ariaCell', fx: 'ariaFx', grid: 'ariaGrid', tabs: 'ariaTabs' })) { const el = document.getElementById(id); if (el) el.setAttribute('aria-label', book.labels[key]); }
}
function currentSheet() { return book.sheets.find((s) => s.name === current) || book.sheets[0]; }
/** Typed into the formula bar and not yet sent: a refresh must not overwrite it (#26: no lost keystroke). */
let typing = false;
function select(r, c, focusGrid, keepTyping) {
  const sheet = currentSheet();
  if (!sheet) return;
  sel = { r: Math.max(0, r), c: Math.max(0, c) };
  for (const td of document.querySelectorAll('#grid td[aria-selected="true"]')) td.setAttribute('aria-selected', 'false');
  const td = document.querySelector('#grid td[data-cell="' + colName(sel.c) + (sel.r + 1) + '"]');
  if (td) { td.setAttribute('aria-selected', 'true'); td.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
  document.getElementById('addr').textContent = colName(sel.c) + (sel.r + 1);
  if (!(keepTyping && typing)) { document.getElementById('fx').value = raw(sheet, sel.r, sel.c); typing = false; }
  if (focusGrid) document.getElementById('grid').focus();
}
/**
 * Requests go out one after another, in the order typed, and the grid is redrawn once the last
 * one is answered: a user typing quickly never waits, and no edit overtakes another.
 */
let queue = Promise.resolve();
let pending = 0;
function post(url, payload) {
  pending++;
  const answer = queue.then(() => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload || {}) }).then((r) => r.json()))
    .then((r) => { document.getElementById('saved').textContent = r.error ? r.error : ''; return r; }, (e) => { document.getElementById('saved').textContent = String(e); return { error: String(e) }; });
  queue = answer.then(() => (--pending === 0 ? refresh() : undefined));
  return answer;
}
/** Sends the formula bar's text for the selected cell (if it changed); the selection may move on at once. */
function commit() {
  const sheet = currentSheet();
  const text = document.getElementById('fx').value;
  typing = false;
  if (!sheet || text === raw(sheet, sel.r, sel.c)) return queue;
  return post('/api/cell', { sheet: sheet.name, row: sel.r, col: sel.c, text });
}
function ruleFor(sheet, r, c, text) {
  for (const rule of sheet.conditionalRules || []) {
    if (rule.kind !== 'textEqualTo' || rule.value !== text) continue;
    for (const g of rule.ranges) if (g.sheet === sheet.name && r + 1 >= g.row && r + 1 < g.row + g.numRows && c + 1 >= g.col && c + 1 < g.col + g.numCols) return rule;
  }
  return null;
}
function render() {
  const tabs = document.getElementById('tabs');
  tabs.textContent = '';
  for (const s of book.sheets) {
    const b = document.createElement('button');
    b.textContent = s.name;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(s.name === current));
    b.onclick = () => { current = s.name; sel = { r: 0, c: 0 }; render(); };
    tabs.appendChild(b);
  }
  const sheet = currentSheet();
  const grid = document.getElementById('grid');
  grid.textContent = '';
  if (!sheet) { grid.textContent = L('noSheets', 'The workbook has no sheets.'); return; }
  const table = document.createElement('table');
  table.dataset.sheet = sheet.name;
  const head = table.insertRow();
  head.appendChild(document.createElement('th'));
  // One spare column and two spare rows, so a user can type past the data.
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0) + 1;
  for (let c = 0; c < width; c++) { const th = document.createElement('th'); th.textContent = colName(c); head.appendChild(th); }
  const errors = (book.errors && book.errors[sheet.name]) || {};
  [...sheet.values, [], []].forEach((row, r) => {
    const tr = table.insertRow();
    if (r < (sheet.frozenRows || 0)) tr.className = 'frozen';
    const th = document.createElement('th'); th.textContent = String(r + 1); tr.appendChild(th);
    for (let c = 0; c < width; c++) {
      const td = tr.insertCell();
      const formula = sheet.formulas && sheet.formulas[r] && sheet.formulas[r][c];
      const v = revive(row[c]);
      td.textContent = show(v);
      const error = errors[r + ',' + c];
      if (error) { td.className = 'error'; td.title = error; }
      else if (typeof v === 'number') td.className = 'num';
      if (formula && !error) td.title = formula;
      const note = sheet.notes && sheet.notes[r] && sheet.notes[r][c];
      if (note) td.title = (td.title ? td.title + ' — ' : '') + note;
      td.setAttribute('aria-selected', String(r === sel.r && c === sel.c));
      td.onclick = () => select(r, c, true);
      td.ondblclick = () => { select(r, c, false); document.getElementById('fx').focus(); };
      const rule = ruleFor(sheet, r, c, show(v));
      const bg = (rule && rule.background) || (sheet.backgrounds && sheet.backgrounds[r] && sheet.backgrounds[r][c]);
      const fg = (rule && rule.fontColor) || (sheet.fontColors && sheet.fontColors[r] && sheet.fontColors[r][c]);
      if (bg && bg.toLowerCase() !== '#ffffff') td.style.background = bg;
      if (fg && fg.toLowerCase() !== '#000000') td.style.color = fg;
      td.dataset.cell = colName(c) + (r + 1);
    }
  });
  grid.appendChild(table);
  if (window.liftgateDrawCharts) window.liftgateDrawCharts(sheet, grid, table); // embedded charts, drawn from their specs
  select(sel.r, sel.c, false, true);
}
async function refresh() {
  book = await (await fetch('/api/workbook')).json();
  if (!current || !book.sheets.some((s) => s.name === current)) current = (book.sheets[0] || {}).name;
  label();
  render();
  document.body.dataset.loaded = String(Date.now());
}
document.getElementById('save').onclick = async () => {
  const res = await fetch('/api/save', { method: 'POST' });
  const status = document.getElementById('saved');
  if ((res.headers.get('content-type') || '').includes('json')) {
    const r = await res.json();
    status.textContent = r.error ? r.error : L('savedTo', 'Saved to {file}', r.saved);
    return;
  }
  // No --save path: the workbook comes back as an .xlsx to download.
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = 'LiftGate workbook.xlsx';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  status.textContent = L('downloaded', 'Downloaded {file}', 'LiftGate workbook.xlsx');
};
const fx = document.getElementById('fx');
fx.addEventListener('input', () => { typing = true; });
fx.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') { e.preventDefault(); commit(); select(sel.r + 1, sel.c, true); }
  else if (e.key === 'Tab' && !e.shiftKey && fx.value !== raw(currentSheet(), sel.r, sel.c)) { e.preventDefault(); commit(); select(sel.r, sel.c + 1, true); }
  else if (e.key === 'Escape') { e.preventDefault(); typing = false; select(sel.r, sel.c, true); }
});
document.getElementById('grid').addEventListener('keydown', (e) => {
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[e.key]) { e.preventDefault(); select(sel.r + moves[e.key][0], sel.c + moves[e.key][1], true); }
  else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); fx.focus(); }
  else if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); fx.value = ''; commit(); }
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); fx.value = e.key; typing = true; fx.focus(); }
});
async function showEmail() {
  const e = await (await fetch('/api/email')).json();
  if (!e) return;
  const box = document.getElementById('email');
  box.hidden = false;
  box.querySelector('.subject').textContent = e.subject + ' — to ' + e.to.join(', ') + (e.sent ? '' : ' (not sent)');
  box.querySelector('iframe').srcdoc = e.htmlBody; // sandboxed: no script, no same origin
}
document.getElementById('fire').onclick = async () => {
  const r = await (await fetch('/api/schedule/fire', { method: 'POST' })).json();
  const run = r.result && r.result.lastRun;
  document.getElementById('fired').textContent = r.error ? r.error : !r.result.ran ? L('notRun', 'The trigger did not run') : run.emailed ? L('ranEmail', 'Ran; e-mail sent') : L('ranNoEmail', 'Ran; no e-mail');
  await refresh();
  await showEmail();
};
window.addEventListener('message', (e) => { if (e.data && e.data.type === 'liftgate:changed') refresh(); });
refresh();
</script>
</body>
</html>
`;

/** Injected into the sidebar page: google.script.run as the real one behaves, over HTTP. */
export const SHIM = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/run/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (d) {
              if (d && 'error' in d) { if (fail) fail(new Error(d.error)); }
              else if (ok) ok(d.result);
              window.parent.postMessage({ type: 'liftgate:changed' }, '*');
            }, function (e) { if (fail) fail(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
</script>`;

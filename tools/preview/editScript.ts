/**
 * The page's editing tools (#26), served as /preview-edit.js after the page's own script, whose
 * `book`, `sel`, `currentSheet`, `select`, `post` and `refresh` it uses: New plan, undo/redo
 * (buttons, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z), row insert/delete, and a block pasted into the grid
 * (from a sheet: tab-separated; or CSV). Plain DOM code, as the page.
 */
export const EDIT_SCRIPT = `(function () {
  const sheetName = () => (currentSheet() || {}).name;
  const on = (id, f) => { document.getElementById(id).onclick = f; };
  on('new-plan', () => post('/api/new-plan').then((r) => { if (r.sheets) { current = r.sheets[0]; sel = { r: 1, c: 0 }; } }));
  on('undo', () => post('/api/undo'));
  on('redo', () => post('/api/redo'));
  on('row-insert', () => post('/api/rows', { sheet: sheetName(), row: sel.r, count: 1 }));
  on('row-delete', () => post('/api/rows', { sheet: sheetName(), row: sel.r, count: -1 }));
  const grid = document.getElementById('grid');
  grid.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) { e.preventDefault(); post('/api/undo'); }
    else if (k === 'y' || (k === 'z' && e.shiftKey)) { e.preventDefault(); post('/api/redo'); }
  });
  // A pasted block fills cells from the selected one; a single word typed into the bar stays a paste into the bar.
  function pasteInto(e, always) {
    const text = (e.clipboardData || window.clipboardData).getData('text/plain');
    if (!text || (!always && !/[\\t\\n]/.test(text.replace(/\\r?\\n$/, '')))) return;
    e.preventDefault();
    typing = false;
    post('/api/paste', { sheet: sheetName(), row: sel.r, col: sel.c, text });
  }
  grid.addEventListener('paste', (e) => pasteInto(e, true));
  document.getElementById('fx').addEventListener('paste', (e) => pasteInto(e, false));
})();
`;

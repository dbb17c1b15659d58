/*
 * The playground page's script: draws the workbook snapshot (/api/workbook) as a spreadsheet — tabs, a
 * grid with row numbers and column letters, displayed values (number formats applied, as Sheets shows them),
 * alignments, wrapped text, backgrounds, notes, frozen rows and columns that stay put while the grid scrolls —
 * and lets the user select and edit cells, switch and delete sheets (asking first), run add-on menu items,
 * import and export CSV and reset the sample workbook (asking first). The status line shows only the latest
 * action; a formula's error message shows on hover and in the status line, and a formula the playground does
 * not compute says so. Sharing is simulated: the file a share made opens here, read-only. Everything shown is set with textContent (never HTML), because cell
 * text is user data. Embedded charts are drawn over the grid (charts.js); a cell with a dropdown (list data
 * validation) offers its values, and a value the rule rejects is refused with its help text, as in Sheets.
 * Redraws when the sidebar says it changed something, and polls for other changes.
 */
import { clearCharts, drawCharts } from './charts.js';

const ROW_HEIGHT = 22;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
const ROW_HEAD_WIDTH = 46;
const DEFAULT_COLUMN_WIDTH = 100;
const $ = (id) => document.getElementById(id);

const state = {
  snapshot: null,
  sheet: null,
  selected: { row: 1, column: 1 },
  selectionKey: '',
  editing: false,
  sidebarsShown: 0,
  messagesShown: 0,
  /** A shared file being looked at (read-only), or null for the workbook. */
  viewing: null,
  viewingSheet: null,
};

function columnLetters(column) {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const a1 = (row, column) => `${columnLetters(column)}${row}`;

function setStatus(text, bad = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('bad', bad);
}

async function api(path, body) {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  const answer = await response.json();
  if (!response.ok) throw new Error(answer?.error?.message ?? `The playground answered ${response.status}.`);
  return answer;
}

function currentSheet() {
  if (state.viewing) return state.viewing.sheets.find((s) => s.name === state.viewingSheet) ?? null;
  return state.snapshot?.sheets.find((s) => s.name === state.sheet) ?? null;
}

function cellAt(sheet, row, column) {
  return sheet?.cells[row - 1]?.[column - 1] ?? { text: '' };
}

/** The column's width as the sheet has it (the add-on sets some; Sheets' default is 100 px). */
function columnWidth(sheet, column) {
  const width = sheet.columnWidths?.[column - 1];
  return Number.isFinite(width) && width > 0 ? width : DEFAULT_COLUMN_WIDTH;
}

/** Gives cells whose text is cut off (shown with an ellipsis) their full text as a tooltip. */
function titleCutOffCells(table) {
  for (const td of table.querySelectorAll('td[data-a1]')) {
    const text = td.textContent ?? '';
    if (text === '' || td.scrollWidth <= td.clientWidth) continue;
    td.title = td.dataset.note ? `${text}\n\n${td.dataset.note}` : text;
  }
}

/** What hovering a cell shows: a formula's error or why it was not computed, then its note. */
function cellTitle(cell) {
  const parts = [cell.error, cell.uncomputed, cell.note].filter(Boolean);
  return parts.join('\n\n');
}

/**
 * Keeps frozen rows and columns in view while the grid scrolls, as Sheets does: each frozen row sticks below
 * the ones above it (rows grow with wrapped text, so their heights are measured), each frozen column beside
 * the ones before it.
 */
function pinFrozen(table, sheet) {
  const headRow = table.tHead.rows[0];
  let top = headRow.offsetHeight;
  const rows = table.tBodies[0].rows;
  for (let r = 0; r < sheet.frozenRows && r < rows.length; r += 1) {
    for (const cell of rows[r].children) cell.style.top = `${top}px`;
    top += rows[r].offsetHeight;
  }
  const frozen = sheet.frozenColumns ?? 0;
  if (frozen < 1) return;
  const lefts = [];
  let left = ROW_HEAD_WIDTH;
  for (let c = 1; c <= frozen; c += 1) {
    lefts.push(left);
    left += columnWidth(sheet, c);
  }
  for (const tr of table.rows) {
    for (let c = 1; c <= frozen; c += 1) {
      const cell = tr.children[c];
      if (!cell) continue;
      cell.classList.add('frozen-col');
      if (c === frozen) cell.classList.add('last-frozen-col');
      cell.style.left = `${lefts[c - 1]}px`;
    }
  }
}

function cellClasses(cell) {
  const classes = [];
  if (cell.kind === 'number' || cell.kind === 'date') classes.push('num');
  if (cell.kind === 'boolean') classes.push('bool');
  if (cell.kind === 'error') classes.push('error');
  if (cell.align) classes.push(`align-${cell.align}`);
  if (cell.wrap) classes.push('wrap');
  if (cell.top) classes.push('top');
  if (cell.uncomputed) classes.push('uncomputed');
  if (cell.note) classes.push('has-note');
  if (cell.dropdown) classes.push('has-dropdown');
  if (cell.invalid) classes.push('invalid');
  return classes;
}

function drawGrid() {
  const sheet = currentSheet();
  const grid = $('grid');
  clearCharts();
  grid.replaceChildren();
  if (!sheet) return;
  const chartRows = (sheet.charts ?? []).map((c) => c.position.row + Math.ceil(c.height / ROW_HEIGHT));
  const chartColumns = (sheet.charts ?? []).map(
    (c) => c.position.column + Math.ceil(c.width / DEFAULT_COLUMN_WIDTH),
  );
  const rows = Math.max(sheet.cells.length + 20, MIN_ROWS, ...chartRows);
  const columns = Math.max((sheet.cells[0]?.length ?? 0) + 3, MIN_COLUMNS, ...chartColumns);
  const table = document.createElement('table');
  table.className = 'grid';
  table.dataset.sheet = sheet.name;
  const colgroup = document.createElement('colgroup');
  const rowHeadCol = document.createElement('col');
  rowHeadCol.style.width = `${ROW_HEAD_WIDTH}px`;
  colgroup.append(rowHeadCol);
  let tableWidth = ROW_HEAD_WIDTH;
  for (let c = 1; c <= columns; c += 1) {
    const col = document.createElement('col');
    const width = columnWidth(sheet, c);
    col.style.width = `${width}px`;
    tableWidth += width;
    colgroup.append(col);
  }
  // A fixed table width makes `table-layout: fixed` keep these widths instead of growing to the content.
  table.style.width = `${tableWidth}px`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'row-head';
  headRow.append(corner);
  for (let c = 1; c <= columns; c += 1) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (let r = 1; r <= rows; r += 1) {
    const tr = document.createElement('tr');
    if (r <= sheet.frozenRows) {
      tr.classList.add('frozen');
      if (r === sheet.frozenRows) tr.classList.add('last-frozen');
    }
    const rowHead = document.createElement('th');
    rowHead.className = 'row-head';
    rowHead.textContent = String(r);
    tr.append(rowHead);
    for (let c = 1; c <= columns; c += 1) {
      const cell = cellAt(sheet, r, c);
      const td = document.createElement('td');
      td.dataset.a1 = a1(r, c);
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      td.textContent = cell.text;
      td.classList.add(...cellClasses(cell));
      if (cell.background) td.style.backgroundColor = cell.background;
      if (cell.note) td.dataset.note = cell.note;
      const title = cellTitle(cell);
      if (title) td.title = title;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(colgroup, head, body);
  grid.append(table);
  pinFrozen(table, sheet);
  titleCutOffCells(table);
  drawCharts(grid, table, sheet);
  showSelection();
}

function drawTabs() {
  const tabs = $('tabs');
  tabs.replaceChildren();
  if (state.viewing) {
    for (const sheet of state.viewing.sheets) {
      const tab = document.createElement('span');
      tab.className = 'tab';
      tab.dataset.sheet = sheet.name;
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = sheet.name;
      open.addEventListener('click', () => {
        state.viewingSheet = sheet.name;
        state.selected = { row: 1, column: 1 };
        render();
      });
      tab.append(open);
      if (sheet.name === state.viewingSheet) tab.classList.add('active');
      tabs.append(tab);
    }
    return;
  }
  for (const sheet of state.snapshot.sheets) {
    const tab = document.createElement('span');
    tab.className = 'tab';
    tab.dataset.sheet = sheet.name;
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = sheet.hidden ? `${sheet.name} (hidden)` : sheet.name;
    open.addEventListener('click', () => switchSheet(sheet.name, true));
    tab.append(open);
    if (sheet.name === state.sheet) {
      tab.classList.add('active');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'delete-sheet';
      remove.textContent = '×';
      remove.title = `Delete sheet ${sheet.name}`;
      remove.setAttribute('aria-label', `Delete sheet ${sheet.name}`);
      remove.addEventListener('click', () => deleteSheet(sheet.name));
      tab.append(remove);
    }
    if (sheet.hidden) tab.classList.add('hidden-sheet');
    tabs.append(tab);
  }
  $('export-csv').href = `/api/csv/${encodeURIComponent(state.sheet ?? '')}`;
}

function drawMenus() {
  const nav = $('menus');
  nav.replaceChildren();
  for (const menu of state.snapshot.menus) {
    const wrapper = document.createElement('span');
    wrapper.className = 'menu';
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.textContent = `${menu.name} ▾`;
    toggle.setAttribute('aria-haspopup', 'true');
    const list = document.createElement('ul');
    list.className = 'menu-items';
    list.hidden = true;
    toggle.addEventListener('click', () => {
      list.hidden = !list.hidden;
    });
    for (const item of menu.items) {
      const li = document.createElement('li');
      const run = document.createElement('button');
      run.type = 'button';
      run.textContent = item.caption;
      run.addEventListener('click', () => {
        list.hidden = true;
        runMenuItem(item);
      });
      li.append(run);
      list.append(li);
    }
    wrapper.append(toggle, list);
    nav.append(wrapper);
  }
}

function showSelection() {
  for (const old of document.querySelectorAll('.grid td.selected')) old.classList.remove('selected');
  const { row, column } = state.selected;
  const td = document.querySelector(`.grid td[data-a1="${a1(row, column)}"]`);
  td?.classList.add('selected');
  const cell = cellAt(currentSheet(), row, column);
  $('cell-name').textContent = a1(row, column);
  if (document.activeElement !== $('formula-input')) $('formula-input').value = cell.formula ?? cell.text;
  return td;
}

function select(row, column) {
  state.selected = { row: Math.max(1, row), column: Math.max(1, column) };
  showSelection()?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  explainSelected();
}

/** A selected formula cell with an error or no computed value says why in the status line. */
function explainSelected() {
  const { row, column } = state.selected;
  const cell = cellAt(currentSheet(), row, column);
  if (cell.error) setStatus(`${a1(row, column)} shows ${cell.text}: ${cell.error}`, true);
  else if (cell.uncomputed) setStatus(`${a1(row, column)}: ${cell.uncomputed}`);
}

function render() {
  if (!state.snapshot) return;
  const names = state.snapshot.sheets.map((s) => s.name);
  if (!names.includes(state.sheet)) state.sheet = state.snapshot.activeSheet ?? names[0] ?? null;
  drawMenus();
  drawTabs();
  drawViewingBanner();
  if (!state.editing) drawGrid();
  reflectAddonUi();
}

/** Says which shared file is shown (read-only), and how to go back to the workbook. */
function drawViewingBanner() {
  const banner = $('viewing');
  banner.hidden = !state.viewing;
  if (!state.viewing) return;
  const to = state.viewing.sharedWith
    .map(
      (p) =>
        `${p.email} (${p.role === 'reader' ? 'can view' : `can ${p.role === 'commenter' ? 'comment' : 'edit'}`})`,
    )
    .join(', ');
  $('viewing-text').textContent =
    `You are looking at "${state.viewing.name}", the file that would have been shared${to ? ` with ${to}` : ''}. ` +
    'Sharing is simulated in the playground: no one was emailed and no Google file was made. This view is read-only.';
}

async function openSharedFile(id) {
  try {
    state.viewing = await api(`/api/shared/${encodeURIComponent(id)}`);
    state.viewingSheet = state.viewing.sheets[0]?.name ?? null;
    state.selected = { row: 1, column: 1 };
    $('grid').scrollTo(0, 0);
    render();
    setStatus(`Showing "${state.viewing.name}". Press "Back to the workbook" when you are done.`);
  } catch (error) {
    setStatus(error.message, true);
  }
}

function closeSharedFile() {
  state.viewing = null;
  state.viewingSheet = null;
  state.selected = { row: 1, column: 1 };
  render();
  setStatus('');
}

/**
 * Reopens the sidebar when the add-on showed it again; shows a new alert or toast (the latest action's) in
 * the status line. Returns what it did, so a menu item's status can say it.
 */
function reflectAddonUi() {
  const { sidebarsShown, messages } = state.snapshot;
  const opened = sidebarsShown > state.sidebarsShown;
  if (opened) reloadSidebar();
  state.sidebarsShown = sidebarsShown;
  const said = messages.length > state.messagesShown ? messages[messages.length - 1] : null;
  if (said) setStatus(said);
  state.messagesShown = messages.length;
  return { opened, said };
}

/**
 * True when the last change created the Profile sheet along with others (as "Set up sheets" does): the
 * add-on leaves the last sheet it created (Settings) active, but Profile is where a user starts.
 */
function setUpJustCreatedProfile(previous, snapshot) {
  if (!previous) return false;
  const before = new Set(previous.sheets.map((s) => s.name));
  const created = snapshot.sheets.map((s) => s.name).filter((name) => !before.has(name));
  return created.includes('Profile') && snapshot.activeSheet !== 'Profile';
}

async function refresh() {
  const first = state.snapshot === null;
  const previous = state.snapshot;
  const previousActive = previous?.activeSheet;
  const snapshot = await api('/api/workbook');
  state.snapshot = snapshot;
  const showProfile = setUpJustCreatedProfile(previous, snapshot);
  if (showProfile) {
    state.sheet = 'Profile';
    state.selected = { row: 1, column: 1 };
    api('/api/activate', { sheet: 'Profile' }).catch((error) => setStatus(error.message, true));
  } else if (snapshot.activeSheet && (first || snapshot.activeSheet !== previousActive))
    state.sheet = snapshot.activeSheet;
  const selection = snapshot.selection;
  const selectionKey = selection ? `${selection.sheet}!R${selection.row}C${selection.column}` : '';
  const moved = !first && !showProfile && selectionKey !== state.selectionKey;
  state.selectionKey = selectionKey;
  if (moved && selection && snapshot.sheets.some((s) => s.name === selection.sheet)) {
    state.sheet = selection.sheet;
    state.selected = { row: selection.row, column: selection.column };
  }
  render();
  if (moved) showSelection()?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Runs one action: the status line is cleared first, so it only ever shows the latest action's outcome
 * (`done`, or what `work` returned, or what the add-on said).
 */
async function act(work, done) {
  setStatus('');
  let said = null;
  let failed = false;
  try {
    said = (await work()) ?? null;
  } catch (error) {
    failed = true;
    setStatus(error.message, true);
  }
  await refresh().catch((error) => {
    failed = true;
    setStatus(error.message, true);
  });
  if (!failed && (said || done)) setStatus(typeof said === 'string' ? said : done);
}

function switchSheet(name, tellServer) {
  state.sheet = name;
  state.selected = { row: 1, column: 1 };
  $('grid').scrollTo(0, 0);
  render();
  if (tellServer) act(() => api('/api/activate', { sheet: name }));
}

function reloadSidebar() {
  $('sidebar-panel').hidden = false;
  $('open-sidebar').hidden = true;
  $('sidebar').src = '/sidebar';
}

function deleteSheet(name) {
  const question = `Delete the sheet "${name}" and everything in it? The playground cannot undo this (Reset sample workbook starts over).`;
  if (!window.confirm(question)) {
    setStatus(`Nothing deleted; "${name}" is as it was.`);
    return;
  }
  act(async () => {
    await api('/api/delete-sheet', { sheet: name });
    reloadSidebar();
  }, `Deleted sheet ${name}.`);
}

/** What a menu item did, in words: the add-on's own message, or the sidebar it opened; never a run it did not make. */
function menuOutcome(item, before) {
  const snapshot = state.snapshot;
  if (snapshot.messages.length > before.messages) return snapshot.messages[snapshot.messages.length - 1];
  if (snapshot.sidebarsShown > before.sidebars) {
    return snapshot.sidebarTab === 'cohort'
      ? 'Opened the RadList sidebar on its Cohort tab. Nothing has run yet: press Generate cohort lists there.'
      : 'Opened the RadList sidebar.';
  }
  return `${item.caption}: done.`;
}

function runMenuItem(item) {
  const before = { messages: state.snapshot.messages.length, sidebars: state.snapshot.sidebarsShown };
  setStatus('');
  (async () => {
    try {
      const answer = await api('/api/menu', { functionName: item.functionName });
      await refresh();
      if (!answer.ok) setStatus(answer.message, true);
      else setStatus(menuOutcome(item, before));
    } catch (error) {
      setStatus(error.message, true);
    }
  })();
}

function commitEdit(row, column, value) {
  if (state.viewing) return;
  const sheet = state.sheet;
  const where = a1(row, column);
  act(async () => {
    const answer = await api('/api/cell', { sheet, a1: where, value });
    if (!answer.ok) throw new Error(`${where} was not changed: ${answer.rejected}`);
  });
}

/** Edits a dropdown cell the way Sheets' chip does: pick one of the rule's values (or clear the cell). */
function startChoice() {
  const td = showSelection();
  if (!td || state.editing) return;
  const { row, column } = state.selected;
  const cell = cellAt(currentSheet(), row, column);
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Choose a value for ${a1(row, column)}`);
  for (const value of ['', ...cell.dropdown.values]) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value === '' ? '(clear)' : value;
    select.append(option);
  }
  select.value = cell.dropdown.values.includes(cell.text) ? cell.text : '';
  state.editing = true;
  td.classList.add('editing');
  td.replaceChildren(select);
  select.focus();
  let finished = false;
  const finish = (save) => {
    if (finished) return;
    finished = true;
    state.editing = false;
    if (save && select.value !== cell.text) commitEdit(row, column, select.value);
    drawGrid();
    select.blur();
    $('grid').focus();
  };
  select.addEventListener('change', () => finish(true));
  select.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') finish(false);
    if (event.key === 'Enter') finish(true);
    event.stopPropagation();
  });
  select.addEventListener('blur', () => finish(false));
}

function startEdit(initial) {
  const td = showSelection();
  if (!td || state.editing) return;
  if (state.viewing) {
    setStatus('The shared file is shown read-only. Press "Back to the workbook" to edit your sheets.');
    return;
  }
  const { row, column } = state.selected;
  const cell = cellAt(currentSheet(), row, column);
  if (cell.dropdown && initial === undefined) {
    startChoice();
    return;
  }
  const input = document.createElement('input');
  input.setAttribute('aria-label', `Edit ${a1(row, column)}`);
  input.value = initial ?? cell.formula ?? cell.text;
  state.editing = true;
  td.classList.add('editing');
  td.replaceChildren(input);
  input.focus();
  let finished = false;
  const finish = (save, move) => {
    if (finished) return;
    finished = true;
    state.editing = false;
    if (save) commitEdit(row, column, input.value);
    drawGrid();
    select(row + (move ? 1 : 0), column);
    $('grid').focus();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') finish(true, true);
    else if (event.key === 'Escape') finish(false, false);
    else if (event.key === 'Tab') {
      event.preventDefault();
      finish(true, false);
      select(row, column + 1);
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => finish(true, false));
}

function wireGrid() {
  const grid = $('grid');
  grid.addEventListener('click', (event) => {
    const td = event.target.closest('td[data-a1]');
    if (td && !state.editing) {
      select(Number(td.dataset.row), Number(td.dataset.column));
      grid.focus();
      // The ▾ at the right of a dropdown cell opens the list, as in Sheets.
      if (td.classList.contains('has-dropdown') && event.offsetX > td.clientWidth - 20) startChoice();
    }
  });
  grid.addEventListener('dblclick', (event) => {
    if (event.target.closest('td[data-a1]')) startEdit();
  });
  grid.addEventListener('keydown', (event) => {
    if (state.editing) return;
    const { row, column } = state.selected;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[event.key] && !event.altKey) {
      event.preventDefault();
      select(row + moves[event.key][0], column + moves[event.key][1]);
    } else if (event.key === 'Enter' || event.key === 'F2' || (event.key === 'ArrowDown' && event.altKey)) {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      commitEdit(row, column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  });
  $('formula-input').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const { row, column } = state.selected;
    commitEdit(row, column, event.target.value);
    event.target.blur();
    select(row + 1, column);
  });
}

/** How many rows of `sheetName` hold something (0 when it is empty or absent). */
function filledRows(sheetName) {
  const sheet = state.snapshot?.sheets.find((s) => s.name === sheetName);
  return sheet ? sheet.cells.filter((row) => row.some((cell) => cell.text !== '')).length : 0;
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

function replaceQuestion(sheet, filled, fileName) {
  const dataRows = Math.max(0, filled - 1);
  return `Replace everything in the ${sheet} sheet (a header row and ${plural(dataRows, 'data row')}) with ${fileName}? This cannot be undone.`;
}

function wireToolbar() {
  $('reset-workbook').addEventListener('click', () => {
    const question =
      'Start over with the sample workbook? Everything changed here (edits, lists, imported files, shared files) is lost.';
    if (!window.confirm(question)) {
      setStatus('Nothing was reset.');
      return;
    }
    act(async () => {
      const answer = await api('/api/reset', { workbook: 'sample' });
      if (answer.problems.length > 0) throw new Error(answer.problems.join(' '));
      state.sidebarsShown = 0;
      state.messagesShown = 0;
      state.viewing = null;
      reloadSidebar();
    }, 'The sample workbook is back as it was.');
  });
  // As Extensions → RadList → Open RadList: the add-on opens its sidebar (on My list).
  $('open-sidebar').addEventListener('click', () => {
    const item = state.snapshot?.menus.flatMap((m) => m.items).find((i) => i.functionName === 'showSidebar');
    if (item) runMenuItem(item);
    else reloadSidebar();
  });
  $('viewing-back').addEventListener('click', closeSharedFile);
  $('close-sidebar').addEventListener('click', () => {
    $('sidebar-panel').hidden = true;
    $('open-sidebar').hidden = false;
  });
  $('csv-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const sheet = $('csv-sheet').value;
    // The bytes as they are: the server finds the encoding (UTF-8, a byte-order mark, Windows-1252).
    const bytes = await file.arrayBuffer();
    event.target.value = '';
    const filled = filledRows(sheet);
    if (filled > 0 && !window.confirm(replaceQuestion(sheet, filled, file.name))) {
      setStatus(`Nothing imported; ${sheet} is as it was.`);
      return;
    }
    act(async () => {
      const response = await fetch(`/api/csv/${encodeURIComponent(sheet)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: bytes,
      });
      const answer = await response.json().catch(() => ({
        ok: false,
        error: { message: `The import failed (the playground answered ${response.status}).` },
      }));
      if (!answer.ok) throw new Error(answer.error.message);
      state.sheet = sheet;
      reloadSidebar();
      setStatus(answer.summary);
    });
  });
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const type = event.data?.type;
    if (type === 'radlist:changed') {
      // The sidebar's action is the latest one (it reports itself in the sidebar); reading the state is not.
      if (!READS.includes(event.data.name)) setStatus('');
      refresh();
    } else if (type === 'radlist:shared') sayShared(event.data);
    else if (type === 'radlist:open-shared') openSharedFile(String(event.data.id ?? ''));
  });
}

/** Server functions that only read (or select a cell): calling them is not a new action. */
const READS = ['getState', 'selectCell'];

/** After a share: sharing is simulated here; offer the file it made. */
function sayShared(message) {
  const id = message.result?.fileId;
  const email = message.request?.email ?? 'the mentor';
  const status = $('status');
  status.classList.remove('bad');
  status.replaceChildren(
    `Sharing is simulated in the playground: nothing was sent to ${email} and no Google file was made. `,
  );
  if (id) {
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = 'Open the file that would have been shared';
    open.addEventListener('click', () => openSharedFile(id));
    status.append(open);
  }
}

async function poll() {
  try {
    const { version } = await api('/api/version');
    if (state.snapshot && version !== state.snapshot.version && !state.editing) await refresh();
  } catch {
    // the server may be restarting; try again on the next tick
  }
  setTimeout(poll, 1000);
}

$('grid').tabIndex = 0;
wireGrid();
wireToolbar();
refresh().then(
  () => {
    if (state.snapshot.problems.length > 0) setStatus(state.snapshot.problems.join(' '), true);
    poll();
  },
  (error) => setStatus(error.message, true),
);

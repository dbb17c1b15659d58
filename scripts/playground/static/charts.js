/*
 * Draws a sheet's embedded charts over the grid with Chart.js (loaded from this server, window.Chart), each
 * at its anchor cell plus its pixel offsets, as Sheets floats charts over cells. The snapshot already holds
 * each chart's Chart.js configuration (scripts/playground/charts.ts); chart text is drawn on a canvas, never
 * as HTML. A chart type the page cannot draw shows a plain box saying so.
 */

const drawn = new Set();

/** Destroys the charts drawn last time (Chart.js keeps listeners until then). */
export function clearCharts() {
  for (const chart of drawn) chart.destroy();
  drawn.clear();
}

function anchorBox(grid, table, view) {
  const gridRect = grid.getBoundingClientRect();
  const td = table.querySelector(
    `td[data-row="${view.position.row}"][data-column="${view.position.column}"]`,
  );
  if (!td) return null;
  const rect = td.getBoundingClientRect();
  return {
    left: rect.left - gridRect.left + grid.scrollLeft + view.position.offsetX,
    top: rect.top - gridRect.top + grid.scrollTop + view.position.offsetY,
  };
}

/**
 * Draws every chart of `sheet` over `table`, inside the scrolling `grid`.
 *
 * @param grid - the scroll container (positioned)
 * @param table - the grid table just drawn
 * @param sheet - the sheet snapshot (its `charts`)
 */
export function drawCharts(grid, table, sheet) {
  clearCharts();
  for (const view of sheet.charts ?? []) {
    const box = document.createElement('figure');
    box.className = 'chart-box';
    box.dataset.chartId = String(view.id);
    box.dataset.chartType = view.sheetsType;
    const where = anchorBox(grid, table, view);
    if (!where) continue;
    box.style.left = `${Math.round(where.left)}px`;
    box.style.top = `${Math.round(where.top)}px`;
    box.style.width = `${view.width}px`;
    box.style.height = `${view.height}px`;
    grid.append(box);
    if (view.unsupported || typeof window.Chart !== 'function') {
      box.classList.add('unsupported');
      box.textContent = view.unsupported ?? 'Charts cannot be drawn: Chart.js did not load.';
      continue;
    }
    const canvas = document.createElement('canvas');
    canvas.width = view.width;
    canvas.height = view.height;
    canvas.setAttribute('role', 'img');
    const title = view.config.options?.plugins?.title?.text;
    canvas.setAttribute('aria-label', `${view.sheetsType.toLowerCase()} chart${title ? `: ${title}` : ''}`);
    box.append(canvas);
    drawn.add(new window.Chart(canvas, view.config));
  }
}

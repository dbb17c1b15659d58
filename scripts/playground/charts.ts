/**
 * Turns an embedded chart as the emulator stores it (type, source ranges, Sheets chart options, anchor)
 * into what the playground page draws with Chart.js: labels from the first column, one series per other
 * column (Sheets' default, "merge columns"), the first row as series names when it holds text (or when
 * `setNumHeaders(1)` says so), and the Sheets options the page can honour — title, legend position,
 * stacking, axis titles, colours, the value axis' range, a combo chart's line series. Pure: the caller reads
 * the range values. Chart types the page does not draw come back with `unsupported` set.
 */

/** A chart as `spreadsheet.inspect(name).charts` gives it (the parts used here). */
export interface ChartInspection {
  id: number | null;
  type: string | null;
  refs: { sheetId: number; row: number; column: number; numRows: number; numColumns: number }[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

/** What the page needs to draw one chart. */
export interface ChartView {
  id: number | null;
  /** The Sheets chart type, e.g. `COLUMN`. */
  sheetsType: string;
  position: ChartInspection['position'];
  width: number;
  height: number;
  /** Chart.js configuration (plain JSON). */
  config: {
    type: string;
    data: { labels: string[]; datasets: Record<string, unknown>[] };
    options: Record<string, unknown>;
  };
  /** Why the page cannot draw it (then `config` is empty). */
  unsupported?: string;
}

/** Sheets' default embedded chart size. */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

const CHART_JS_TYPES: Record<string, string> = {
  COLUMN: 'bar',
  BAR: 'bar',
  LINE: 'line',
  AREA: 'line',
  PIE: 'pie',
  COMBO: 'bar',
};

/** Sheets' default series colours, in order. */
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

function option(options: Record<string, unknown>, key: string): unknown {
  if (key in options) return options[key];
  const parts = key.split('.');
  for (let cut = parts.length - 1; cut >= 1; cut -= 1) {
    let value = options[parts.slice(0, cut).join('.')];
    if (value === undefined) continue;
    for (const part of parts.slice(cut)) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    return value;
  }
  return undefined;
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The source ranges side by side (each range's columns in turn), rows padded with ''. */
function combine(blocks: unknown[][][], transpose: boolean): unknown[][] {
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const table = Array.from({ length: height }, (_, r) =>
    blocks.flatMap((b) => b[r] ?? new Array(b[0]?.length ?? 0).fill('')),
  );
  if (!transpose) return table;
  const width = Math.max(0, ...table.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => table.map((row) => row[c] ?? ''));
}

function colorsOf(options: Record<string, unknown>): string[] {
  const colors = option(options, 'colors');
  return Array.isArray(colors) && colors.length > 0 ? colors.map(String) : PALETTE;
}

function axisTitle(options: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const title = option(options, key);
  return typeof title === 'string' && title !== '' ? { display: true, text: title } : undefined;
}

/**
 * The Chart.js view of one embedded chart.
 *
 * @param chart - the chart as the emulator stores it
 * @param valuesOf - the shown values of one of its ranges (null when its sheet is gone)
 * @returns what the page draws
 * @example chartView(chart, (ref) => values).config.type // 'bar'
 */
export function chartView(
  chart: ChartInspection,
  valuesOf: (ref: ChartInspection['refs'][number]) => unknown[][] | null,
): ChartView {
  const sheetsType = chart.type ?? 'COLUMN';
  const width = numberOrNull(option(chart.options, 'width')) ?? DEFAULT_CHART_SIZE.width;
  const height = numberOrNull(option(chart.options, 'height')) ?? DEFAULT_CHART_SIZE.height;
  const base = { id: chart.id, sheetsType, position: chart.position, width, height };
  const type = CHART_JS_TYPES[sheetsType];
  if (!type) {
    return {
      ...base,
      config: { type: '', data: { labels: [], datasets: [] }, options: {} },
      unsupported: `${sheetsType} charts are not drawn in the playground`,
    };
  }
  const table = combine(
    chart.refs.map((ref) => valuesOf(ref) ?? []),
    chart.transpose,
  );
  const seriesCount = Math.max(0, ...table.map((row) => row.length)) - 1;
  const first = table[0] ?? [];
  const hasHeader =
    chart.numHeaders > 0 ||
    (chart.numHeaders === -1 && first.slice(1).some((v) => typeof v === 'string' && v !== ''));
  const body = hasHeader ? table.slice(1) : table;
  const labels = body.map((row) => text(row[0]));
  const colors = colorsOf(chart.options);
  const pie = sheetsType === 'PIE';
  const datasets = Array.from({ length: pie ? Math.min(1, seriesCount) : seriesCount }, (_, s) => {
    const color = colors[s % colors.length]!;
    const dataset: Record<string, unknown> = {
      label: hasHeader ? text(first[s + 1]) || `Series ${s + 1}` : `Series ${s + 1}`,
      data: body.map((row) => numberOrNull(row[s + 1])),
      backgroundColor: pie ? labels.map((_, i) => colors[i % colors.length]) : color,
      borderColor: pie ? '#ffffff' : color,
    };
    if (sheetsType === 'AREA') dataset.fill = true;
    if (sheetsType === 'COMBO' && option(chart.options, `series.${s}.type`) === 'line') {
      dataset.type = 'line';
      dataset.fill = false;
    }
    return dataset;
  });
  const legend = option(chart.options, 'legend.position');
  const title = option(chart.options, 'title');
  const options: Record<string, unknown> = {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      title: typeof title === 'string' && title !== '' ? { display: true, text: title } : { display: false },
      legend:
        legend === 'none'
          ? { display: false }
          : { display: true, position: typeof legend === 'string' ? legend : pie ? 'right' : 'top' },
    },
  };
  if (!pie) {
    const horizontal = sheetsType === 'BAR';
    const stacked = option(chart.options, 'isStacked') === true;
    const valueAxis = horizontal ? 'hAxis' : 'vAxis';
    const scaleOf = (axis: 'x' | 'y') => {
      const isValueAxis = horizontal ? axis === 'x' : axis === 'y';
      const scale: Record<string, unknown> = { stacked };
      const title = axisTitle(chart.options, axis === 'x' ? 'hAxis.title' : 'vAxis.title');
      if (title) scale.title = title;
      if (isValueAxis) {
        const min = numberOrNull(option(chart.options, `${valueAxis}.viewWindow.min`));
        const max = numberOrNull(option(chart.options, `${valueAxis}.viewWindow.max`));
        if (min !== null) scale.min = min;
        if (max !== null) scale.max = max;
      }
      return scale;
    };
    options.scales = { x: scaleOf('x'), y: scaleOf('y') };
    if (horizontal) options.indexAxis = 'y';
  }
  return { ...base, config: { type, data: { labels, datasets }, options } };
}

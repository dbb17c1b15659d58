/**
 * Emulated embedded charts: `Sheet.newChart()` builders (and the typed builders `asColumnChart()`,
 * `asBarChart()`, `asLineChart()`, `asAreaChart()`, `asComboChart()`, `asPieChart()`), the built
 * `EmbeddedChart` with its `ChartOptions` and `ContainerInfo`, and the `Charts` global's enums. A chart is
 * plain data: its type, its source ranges (by sheet id, so a renamed sheet keeps them), its options
 * (keys as given to `setOption`), its anchor cell and offsets. Every call is counted as a Spreadsheet call;
 * builder calls are never refused in read-only mode (they change nothing until `insertChart`).
 *
 * Strictness (where Sheets' behaviour is not documented, the emulator refuses rather than guesses):
 * `build()` without a chart type throws; `insertChart` of a chart with no range throws; a built chart has
 * no id (`getChartId()` is null) until it is read back with `Sheet.getCharts()`, and `updateChart` /
 * `removeChart` need a chart read back that way.
 */
import { type Access, enterCall, sheetsException } from './access.ts';
import type { FakeRange } from './fake-range.ts';

/** `Charts.ChartType` names. */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

const POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const;
const MERGE_STRATEGIES = ['MERGE_COLUMNS', 'MERGE_ROWS'] as const;
const HIDDEN_STRATEGIES = ['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'] as const;

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>);
}

/**
 * The `Charts` global as far as embedded charts need it: its enums, each value its own name.
 *
 * @returns a fresh object per execution
 * @example createChartsService().ChartType.COLUMN // 'COLUMN'
 */
export function createChartsService() {
  return {
    ChartType: enumOf(CHART_TYPES),
    Position: enumOf(POSITIONS),
    ChartMergeStrategy: enumOf(MERGE_STRATEGIES),
    ChartHiddenDimensionStrategy: enumOf(HIDDEN_STRATEGIES),
  };
}

/** A block of cells on a sheet, by sheet id (1-based positions). */
export interface RangeRef {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

/** One chart as stored on a sheet (and as a builder's draft). */
export interface ChartData {
  id: number | null;
  type: ChartTypeName | null;
  ranges: RangeRef[];
  /** Options in the order first set; a later `setOption` with the same key replaces the value. */
  options: Map<string, unknown>;
  position: ChartPosition;
  /** -1 until `setNumHeaders` (Sheets then decides from the data). */
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: (typeof MERGE_STRATEGIES)[number];
  hiddenStrategy: (typeof HIDDEN_STRATEGIES)[number];
}

/** What charts need from the spreadsheet: counting, and turning ranges into references and back. */
export interface ChartHost {
  access: Access;
  /** A range view for a stored reference, or null when its sheet is gone. */
  rangeOf(ref: RangeRef): FakeRange | null;
  /** The reference of a range the add-on passed, or null when it is not a range. */
  refOf(range: unknown): RangeRef | null;
}

/** A deep copy (options and ranges are copied; option values are shared, they are never mutated here). */
export function cloneChart(data: ChartData): ChartData {
  return {
    ...data,
    ranges: data.ranges.map((ref) => ({ ...ref })),
    options: new Map(data.options),
    position: { ...data.position },
  };
}

/** A new chart's draft: no type, no ranges, anchored at A1. */
export function blankChart(): ChartData {
  return {
    id: null,
    type: null,
    ranges: [],
    options: new Map(),
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenStrategy: 'IGNORE_ROWS',
  };
}

function signatureError(method: string, args: unknown[]): Error {
  const types = args.map((a) => (Array.isArray(a) ? 'Object[]' : a === null ? 'null' : typeof a)).join(',');
  return sheetsException(
    `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

function oneOf<T extends string>(names: readonly T[], value: unknown, method: string): T {
  if (typeof value === 'string' && (names as readonly string[]).includes(value)) return value as T;
  throw signatureError(method, [value]);
}

/**
 * An option's value by key: the key as set, or else a dotted path into an object set under a shorter key
 * (`series.1.type` inside `series`), as Sheets' chart options nest.
 *
 * @param options - a chart's options
 * @param key - e.g. `title` or `vAxis.title`
 * @returns the value, or null when not set
 */
export function optionValue(options: ReadonlyMap<string, unknown>, key: string): unknown {
  if (options.has(key)) return options.get(key) ?? null;
  const parts = key.split('.');
  for (let cut = parts.length - 1; cut >= 1; cut -= 1) {
    let value = options.get(parts.slice(0, cut).join('.'));
    if (value === undefined) continue;
    for (const part of parts.slice(cut)) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    return value ?? null;
  }
  return null;
}

/** The emulated `ChartOptions`: read-only access to a chart's options. */
export class ChartOptions {
  constructor(
    private readonly host: ChartHost,
    private readonly options: ReadonlyMap<string, unknown>,
  ) {}
  get(option: string): unknown {
    enterCall(this.host.access, 'ChartOptions.get');
    return optionValue(this.options, String(option));
  }
  getOrDefault(option: string): unknown {
    enterCall(this.host.access, 'ChartOptions.getOrDefault');
    return optionValue(this.options, String(option));
  }
}

/** The emulated `ContainerInfo`: where a chart sits. */
export class ContainerInfo {
  constructor(
    private readonly host: ChartHost,
    private readonly position: ChartPosition,
  ) {}
  private enter(method: string): ChartPosition {
    enterCall(this.host.access, `ContainerInfo.${method}`);
    return this.position;
  }
  getAnchorRow(): number {
    return this.enter('getAnchorRow').row;
  }
  getAnchorColumn(): number {
    return this.enter('getAnchorColumn').column;
  }
  getOffsetX(): number {
    return this.enter('getOffsetX').offsetX;
  }
  getOffsetY(): number {
    return this.enter('getOffsetY').offsetY;
  }
}

/** The emulated `EmbeddedChart`: a snapshot of a chart; change it through `modify()` and `updateChart`. */
export class EmbeddedChart {
  constructor(
    private readonly host: ChartHost,
    /** The chart's data (internal; add-on code never sees it). */
    readonly data: ChartData,
  ) {}
  private enter(method: string): ChartData {
    enterCall(this.host.access, `EmbeddedChart.${method}`);
    return this.data;
  }
  getChartId(): number | null {
    return this.enter('getChartId').id;
  }
  getRanges(): FakeRange[] {
    return rangesOf(this.host, this.enter('getRanges'));
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.host, this.enter('getOptions').options);
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.host, { ...this.enter('getContainerInfo').position });
  }
  getNumHeaders(): number {
    return this.enter('getNumHeaders').numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.enter('getTransposeRowsAndColumns').transpose;
  }
  getMergeStrategy(): string {
    return this.enter('getMergeStrategy').mergeStrategy;
  }
  getHiddenDimensionStrategy(): string {
    return this.enter('getHiddenDimensionStrategy').hiddenStrategy;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.host, cloneChart(this.enter('modify')));
  }
}

function rangesOf(host: ChartHost, data: ChartData): FakeRange[] {
  return data.ranges.map((ref) => host.rangeOf(ref)).filter((range): range is FakeRange => range !== null);
}

function sameRef(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row === b.row &&
    a.column === b.column &&
    a.numRows === b.numRows &&
    a.numColumns === b.numColumns
  );
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** The emulated `EmbeddedChartBuilder`. The typed builders below add their own setters. */
export class EmbeddedChartBuilder {
  /** Builders never write the document, so they work in read-only mode too. */
  protected readonly host: ChartHost;

  constructor(
    host: ChartHost,
    /** The draft (shared with the typed builders made from this one). */
    protected readonly draft: ChartData = blankChart(),
  ) {
    this.host = { ...host, access: { ...host.access, readOnly: false } };
  }

  protected enter(method: string): ChartData {
    enterCall(this.host.access, `EmbeddedChartBuilder.${method}`);
    return this.draft;
  }

  addRange(range: unknown): this {
    const draft = this.enter('addRange');
    const ref = this.host.refOf(range);
    if (!ref) throw signatureError('EmbeddedChartBuilder.addRange', [range]);
    draft.ranges.push(ref);
    return this;
  }
  removeRange(range: unknown): this {
    const draft = this.enter('removeRange');
    const ref = this.host.refOf(range);
    if (!ref) throw signatureError('EmbeddedChartBuilder.removeRange', [range]);
    draft.ranges = draft.ranges.filter((r) => !sameRef(r, ref));
    return this;
  }
  clearRanges(): this {
    this.enter('clearRanges').ranges = [];
    return this;
  }
  getRanges(): FakeRange[] {
    return rangesOf(this.host, this.enter('getRanges'));
  }
  setChartType(type: unknown): this {
    this.enter('setChartType').type = oneOf(CHART_TYPES, type, 'EmbeddedChartBuilder.setChartType');
    return this;
  }
  getChartType(): ChartTypeName | null {
    return this.enter('getChartType').type;
  }
  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): this {
    const draft = this.enter('setPosition');
    const offsetsOk = [offsetX, offsetY].every((o) => typeof o === 'number' && Number.isInteger(o) && o >= 0);
    if (!isPositiveInteger(anchorRowPos) || !isPositiveInteger(anchorColPos) || !offsetsOk) {
      throw signatureError('EmbeddedChartBuilder.setPosition', [
        anchorRowPos,
        anchorColPos,
        offsetX,
        offsetY,
      ]);
    }
    draft.position = {
      row: anchorRowPos,
      column: anchorColPos,
      offsetX: offsetX as number,
      offsetY: offsetY as number,
    };
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.host, { ...this.enter('getContainer').position });
  }
  setOption(option: unknown, value: unknown): this {
    const draft = this.enter('setOption');
    if (typeof option !== 'string' || option === '') {
      throw signatureError('EmbeddedChartBuilder.setOption', [option, value]);
    }
    draft.options.set(option, value);
    return this;
  }
  setNumHeaders(headers: unknown): this {
    const draft = this.enter('setNumHeaders');
    if (typeof headers !== 'number' || !Number.isInteger(headers) || headers < -1) {
      throw signatureError('EmbeddedChartBuilder.setNumHeaders', [headers]);
    }
    draft.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: unknown): this {
    const draft = this.enter('setTransposeRowsAndColumns');
    if (typeof transpose !== 'boolean') {
      throw signatureError('EmbeddedChartBuilder.setTransposeRowsAndColumns', [transpose]);
    }
    draft.transpose = transpose;
    return this;
  }
  setMergeStrategy(strategy: unknown): this {
    this.enter('setMergeStrategy').mergeStrategy = oneOf(
      MERGE_STRATEGIES,
      strategy,
      'EmbeddedChartBuilder.setMergeStrategy',
    );
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    this.enter('setHiddenDimensionStrategy').hiddenStrategy = oneOf(
      HIDDEN_STRATEGIES,
      strategy,
      'EmbeddedChartBuilder.setHiddenDimensionStrategy',
    );
    return this;
  }
  asColumnChart(): EmbeddedAxisChartBuilder {
    return this.retype('asColumnChart', 'COLUMN', EmbeddedAxisChartBuilder);
  }
  asBarChart(): EmbeddedAxisChartBuilder {
    return this.retype('asBarChart', 'BAR', EmbeddedAxisChartBuilder);
  }
  asLineChart(): EmbeddedAxisChartBuilder {
    return this.retype('asLineChart', 'LINE', EmbeddedAxisChartBuilder);
  }
  asAreaChart(): EmbeddedAxisChartBuilder {
    return this.retype('asAreaChart', 'AREA', EmbeddedAxisChartBuilder);
  }
  asComboChart(): EmbeddedAxisChartBuilder {
    return this.retype('asComboChart', 'COMBO', EmbeddedAxisChartBuilder);
  }
  asPieChart(): EmbeddedPieChartBuilder {
    return this.retype('asPieChart', 'PIE', EmbeddedPieChartBuilder);
  }
  build(): EmbeddedChart {
    const draft = this.enter('build');
    if (draft.type === null) {
      throw sheetsException(
        'The chart has no type: call setChartType or an as…Chart() method before build().',
      );
    }
    return new EmbeddedChart(this.host, cloneChart(draft));
  }

  private retype<B extends EmbeddedChartBuilder>(
    method: string,
    type: ChartTypeName,
    Builder: new (host: ChartHost, draft: ChartData) => B,
  ): B {
    const draft = this.enter(method);
    draft.type = type;
    return new Builder(this.host, draft);
  }
}

/** Setters every typed builder shares; each sets the chart option Sheets uses for it. */
class EmbeddedTypedChartBuilder extends EmbeddedChartBuilder {
  protected setTyped(method: string, key: string, value: unknown): this {
    this.enter(method).options.set(key, value);
    return this;
  }
  setTitle(chartTitle: string): this {
    return this.setTyped('setTitle', 'title', String(chartTitle));
  }
  setColors(cssValues: string[]): this {
    if (!Array.isArray(cssValues)) throw signatureError('EmbeddedChartBuilder.setColors', [cssValues]);
    return this.setTyped('setColors', 'colors', cssValues.map(String));
  }
  setBackgroundColor(cssValue: string): this {
    return this.setTyped('setBackgroundColor', 'backgroundColor', String(cssValue));
  }
  setLegendPosition(position: unknown): this {
    return this.setTyped(
      'setLegendPosition',
      'legend.position',
      oneOf(POSITIONS, position, 'EmbeddedChartBuilder.setLegendPosition').toLowerCase(),
    );
  }
}

/** The column, bar, line, area and combo builders: axis titles, stacking, the value axis range. */
export class EmbeddedAxisChartBuilder extends EmbeddedTypedChartBuilder {
  setXAxisTitle(title: string): this {
    return this.setTyped('setXAxisTitle', 'hAxis.title', String(title));
  }
  setYAxisTitle(title: string): this {
    return this.setTyped('setYAxisTitle', 'vAxis.title', String(title));
  }
  setStacked(): this {
    return this.setTyped('setStacked', 'isStacked', true);
  }
  setRange(start: number, end: number): this {
    const axis = this.draft.type === 'BAR' ? 'hAxis' : 'vAxis';
    this.setTyped('setRange', `${axis}.viewWindow.min`, Number(start));
    this.draft.options.set(`${axis}.viewWindow.max`, Number(end));
    return this;
  }
}

/** The pie chart builder. */
export class EmbeddedPieChartBuilder extends EmbeddedTypedChartBuilder {
  set3D(): this {
    return this.setTyped('set3D', 'is3D', true);
  }
}

/** How a row or column insertion or deletion moves references. */
export interface GridChange {
  sheetId: number;
  axis: 'row' | 'column';
  kind: 'insert' | 'delete';
  /** The first inserted or deleted position. */
  at: number;
  count: number;
}

/**
 * Moves a reference for a grid change, as Sheets moves a chart's ranges: cells after the change shift, an
 * insertion inside the range widens it, a deletion narrows it; null when the whole range was deleted.
 *
 * @param ref - the reference
 * @param change - what happened to its sheet
 * @returns the moved reference, or null
 * @example shiftRef({ sheetId: 1, row: 2, column: 1, numRows: 3, numColumns: 1 }, { sheetId: 1, axis: 'row', kind: 'insert', at: 1, count: 2 })?.row // 4
 */
export function shiftRef(ref: RangeRef, change: GridChange): RangeRef | null {
  if (ref.sheetId !== change.sheetId) return ref;
  const [startKey, sizeKey] =
    change.axis === 'row' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  const start = ref[startKey];
  const end = start + ref[sizeKey] - 1;
  const { at, count } = change;
  if (change.kind === 'insert') {
    if (start >= at) return { ...ref, [startKey]: start + count };
    if (end >= at) return { ...ref, [sizeKey]: ref[sizeKey] + count };
    return ref;
  }
  const last = at + count - 1;
  if (end < at) return ref;
  if (start > last) return { ...ref, [startKey]: start - count };
  const kept = ref[sizeKey] - (Math.min(end, last) - Math.max(start, at) + 1);
  if (kept <= 0) return null;
  return { ...ref, [startKey]: Math.min(start, at), [sizeKey]: kept };
}

/**
 * Applies a grid change to every chart of the workbook: source ranges move (dropped when deleted whole),
 * and charts on the changed sheet keep their anchor on the same cell content.
 *
 * @param sheets - every sheet's sheet id and charts
 * @param change - the change
 */
export function applyGridChange(sheets: { id: number; charts: ChartData[] }[], change: GridChange): void {
  for (const sheet of sheets) {
    for (const chart of sheet.charts) {
      chart.ranges = chart.ranges
        .map((ref) => shiftRef(ref, change))
        .filter((r): r is RangeRef => r !== null);
      if (sheet.id !== change.sheetId) continue;
      const key = change.axis;
      const anchor = chart.position[key];
      if (change.kind === 'insert' && anchor >= change.at) chart.position[key] = anchor + change.count;
      if (change.kind === 'delete' && anchor >= change.at) {
        chart.position[key] = Math.max(change.at, anchor - change.count);
      }
    }
  }
}

/**
 * Forgets references to a deleted sheet in the charts of the other sheets (their data is gone).
 *
 * @param sheets - the remaining sheets
 * @param deletedSheetId - the deleted sheet's id
 */
export function dropSheetRefs(sheets: { charts: ChartData[] }[], deletedSheetId: number): void {
  for (const sheet of sheets) {
    for (const chart of sheet.charts)
      chart.ranges = chart.ranges.filter((ref) => ref.sheetId !== deletedSheetId);
  }
}

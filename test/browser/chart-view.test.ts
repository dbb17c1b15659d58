import { describe, expect, it } from 'vitest';
import { type ChartInspection, chartView, DEFAULT_CHART_SIZE } from '../../scripts/playground/charts.ts';

const TABLE = [
  ['Applicant', 'Expected interviews', 'Target'],
  ['S01', 9.5, 12],
  ['S02', 14, 12],
];

function chart(overrides: Partial<ChartInspection> = {}): ChartInspection {
  return {
    id: 7,
    type: 'COLUMN',
    refs: [{ sheetId: 1, row: 1, column: 1, numRows: 3, numColumns: 3 }],
    options: {},
    position: { row: 2, column: 5, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    ...overrides,
  };
}

const values = () => TABLE;

describe('chartView', () => {
  it('labels from the first column, one series per other column, names from a text first row', () => {
    const view = chartView(chart(), values);
    expect(view.config.type).toBe('bar');
    expect(view.config.data.labels).toEqual(['S01', 'S02']);
    expect(view.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Expected interviews', [9.5, 14]],
      ['Target', [12, 12]],
    ]);
    expect([view.width, view.height]).toEqual([DEFAULT_CHART_SIZE.width, DEFAULT_CHART_SIZE.height]);
  });

  it('draws a combo chart’s line series as a line (the target line over the bars)', () => {
    const view = chartView(chart({ type: 'COMBO', options: { series: { 1: { type: 'line' } } } }), values);
    expect(view.config.data.datasets.map((d) => d.type ?? 'bar')).toEqual(['bar', 'line']);
  });

  it('honours title, legend, stacking, axis titles, colours and the value axis range', () => {
    const view = chartView(
      chart({
        type: 'BAR',
        options: {
          title: 'Expected interviews',
          'legend.position': 'none',
          isStacked: true,
          'hAxis.title': 'Interviews',
          'hAxis.viewWindow.min': 0,
          'hAxis.viewWindow.max': 20,
          colors: ['#111111', '#222222'],
        },
      }),
      values,
    );
    const options = view.config.options as {
      indexAxis: string;
      plugins: { title: unknown; legend: unknown };
      scales: { x: unknown };
    };
    expect(options.indexAxis).toBe('y');
    expect(options.plugins.title).toEqual({ display: true, text: 'Expected interviews' });
    expect(options.plugins.legend).toEqual({ display: false });
    expect(options.scales.x).toEqual({
      stacked: true,
      title: { display: true, text: 'Interviews' },
      min: 0,
      max: 20,
    });
    expect(view.config.data.datasets.map((d) => d.backgroundColor)).toEqual(['#111111', '#222222']);
  });

  it('reads a numeric first row as data unless told it is a header', () => {
    const numeric = () => [
      ['A', 1],
      ['B', 2],
    ];
    const ref = [{ sheetId: 1, row: 1, column: 1, numRows: 2, numColumns: 2 }];
    expect(chartView(chart({ refs: ref }), numeric).config.data.labels).toEqual(['A', 'B']);
    expect(chartView(chart({ refs: ref, numHeaders: 1 }), numeric).config.data.labels).toEqual(['B']);
  });

  it('puts ranges side by side, and transposes when asked', () => {
    const columns: Record<number, unknown[][]> = { 1: [['Tier'], ['Average']], 2: [['Count'], [3]] };
    const refs = [1, 2].map((column) => ({ sheetId: 1, row: 1, column, numRows: 2, numColumns: 1 }));
    const view = chartView(chart({ refs }), (ref) => columns[ref.column]!);
    expect(view.config.data.datasets.map((d) => [d.label, d.data])).toEqual([['Count', [3]]]);
    const transposed = chartView(
      chart({ transpose: true, refs: [{ sheetId: 1, row: 1, column: 1, numRows: 2, numColumns: 2 }] }),
      () => [
        ['Tier', 'Average'],
        ['Count', 3],
      ],
    );
    expect(transposed.config.data.labels).toEqual(['Average']);
  });

  it('gives a pie chart one series with a colour per slice', () => {
    const view = chartView(chart({ type: 'PIE' }), values);
    expect(view.config.data.datasets).toHaveLength(1);
    expect(view.config.data.datasets[0]?.backgroundColor).toHaveLength(2);
  });

  it('says which chart types it does not draw, and survives a range whose sheet is gone', () => {
    expect(chartView(chart({ type: 'GEO' }), values).unsupported).toMatch(/GEO charts are not drawn/);
    expect(chartView(chart(), () => null).config.data.datasets).toEqual([]);
  });
});

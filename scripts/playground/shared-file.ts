/**
 * The files "Share with mentor" made, as the playground shows them. Sharing is simulated there: the add-on
 * runs its real code against the emulator's Drive, which keeps the uploaded .xlsx and the permission instead
 * of sending anything. This reads such a file back — its sheets, cells, colours, number formats, alignments,
 * wraps, widths and frozen panes — into the same snapshot the grid draws, so the user can open exactly the
 * file a mentor would have received.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { DriveFile } from '../../emulator/index.ts';
import { columnNumber } from '../../emulator/spreadsheet/a1-notation.ts';
import { automaticNumber, formatNumber } from '../../emulator/spreadsheet/number-format.ts';
import { type CellSnapshot, columnWidthsOf, type SheetSnapshot } from './snapshot.ts';

/** A shared file as the playground lists it. */
export interface SharedFileSummary {
  id: string;
  name: string;
  /** Who it would have been shared with, and how. */
  sharedWith: { email: string; role: string }[];
}

/** A shared file opened: its sheets, ready for the grid. */
export interface SharedFileView extends SharedFileSummary {
  sheets: SheetSnapshot[];
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

interface Style {
  format: string;
  fill: string | null;
  align?: 'left' | 'center' | 'right';
  wrap: boolean;
  top: boolean;
}

function readStyles(xml: string): Style[] {
  const formats = new Map<string, string>();
  for (const match of xml.matchAll(/<numFmt\b[^>]*\/>/g)) {
    const id = attribute(match[0], 'numFmtId');
    const code = attribute(match[0], 'formatCode');
    if (id && code !== undefined) formats.set(id, unescapeXml(code));
  }
  const fills = [
    ...(/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(xml)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g),
  ].map((match) => {
    const rgb = /<fgColor rgb="FF([0-9A-Fa-f]{6})"/.exec(match[1] ?? '')?.[1];
    return rgb ? `#${rgb.toLowerCase()}` : null;
  });
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((match) => {
    const head = match[1] ?? '';
    const alignment = /<alignment\b[^>]*\/>/.exec(match[2] ?? '')?.[0] ?? '';
    const horizontal = attribute(alignment, 'horizontal');
    return {
      format: formats.get(attribute(head, 'numFmtId') ?? '0') ?? '',
      fill: fills[Number(attribute(head, 'fillId') ?? 0)] ?? null,
      ...(horizontal === 'left' || horizontal === 'center' || horizontal === 'right'
        ? { align: horizontal }
        : {}),
      wrap: attribute(alignment, 'wrapText') === '1',
      top: attribute(alignment, 'vertical') === 'top',
    };
  });
}

function readSheet(name: string, xml: string, styles: Style[]): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  for (const match of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, letters = 'A', rowText = '1', attrs = '', inner = ''] = match;
    const row = Number(rowText) - 1;
    const column = columnNumber(letters) - 1;
    const style = styles[Number(attribute(attrs, 's') ?? 0)];
    const type = attribute(attrs, 't') ?? 'n';
    const raw = unescapeXml(
      /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '',
    );
    const cell: CellSnapshot = { text: raw };
    if (type === 'n' && raw !== '') {
      const value = Number(raw);
      cell.text = style?.format ? formatNumber(value, style.format) : automaticNumber(value);
      cell.kind = 'number';
    } else if (type === 'b') {
      cell.text = raw === '1' ? 'TRUE' : 'FALSE';
      cell.kind = 'boolean';
    }
    if (style?.fill && style.fill !== '#ffffff') cell.background = style.fill;
    if (style?.align) cell.align = style.align;
    if (style?.wrap) cell.wrap = true;
    if (style?.top) cell.top = true;
    rows[row] ??= [];
    rows[row]![column] = cell;
  }
  const width = Math.max(0, ...rows.map((row) => row?.length ?? 0));
  const cells = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? { text: '' }),
  );
  const pane = /<pane\b[^>]*\/>/.exec(xml)?.[0] ?? '';
  const sized: Record<number, number> = {};
  for (const match of xml.matchAll(/<col\b[^>]*\/>/g)) {
    const min = Number(attribute(match[0], 'min'));
    const chars = Number(attribute(match[0], 'width'));
    if (Number.isFinite(min) && Number.isFinite(chars)) sized[min] = Math.round(chars * 7);
  }
  return {
    name,
    hidden: false,
    frozenRows: Number(attribute(pane, 'ySplit') ?? 0),
    frozenColumns: Number(attribute(pane, 'xSplit') ?? 0),
    columnWidths: columnWidthsOf(sized, width),
    cells,
    charts: [],
  };
}

/**
 * The files sharing made, newest first.
 *
 * @param files - the emulator's Drive files
 * @returns each file's id, name and who it would have gone to
 */
export function listSharedFiles(files: readonly DriveFile[]): SharedFileSummary[] {
  return files
    .filter((file) => !file.removed && file.bytes !== null)
    .map((file) => ({
      id: file.id,
      name: file.name,
      sharedWith: file.permissions.map((p) => ({ email: p.emailAddress ?? '', role: p.role })),
    }))
    .reverse();
}

/**
 * Opens one shared file: its sheets as the grid draws them.
 *
 * @param file - a Drive file holding an uploaded .xlsx
 * @returns the file's name, who it would have gone to, and its sheets
 * @example
 * readSharedFile(emulator.drive.files[0]).sheets.map((s) => s.name) // ['List', 'Plan']
 */
export function readSharedFile(file: DriveFile): SharedFileView {
  if (!file.bytes) throw new Error(`"${file.name}" has no contents to show.`);
  const parts = unzipSync(file.bytes);
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]!) : '');
  const styles = readStyles(text('xl/styles.xml'));
  const sheets = [...text('xl/workbook.xml').matchAll(/<sheet\b[^>]*\/>/g)].map((match, i) =>
    readSheet(
      unescapeXml(attribute(match[0], 'name') ?? `Sheet${i + 1}`),
      text(`xl/worksheets/sheet${i + 1}.xml`),
      styles,
    ),
  );
  return { ...listSharedFiles([file])[0]!, sheets };
}

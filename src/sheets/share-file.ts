/**
 * The file a mentor receives, as a minimal Office Open XML workbook (.xlsx) that Drive converts into a
 * Google Sheets file. It is built from the output builders' 2-D arrays: one worksheet per output, strings
 * as inline strings (no shared-strings table), numbers as numbers, booleans as booleans, frozen rows and
 * columns, column widths, the row colours and the output's layout below the header (number formats such as
 * `0%` and `$#,##0`, alignments, wraps, top alignment). Header notes are not carried (an .xlsx note needs a drawing
 * part that Drive's conversion does not promise to keep). Every text cell stays text: an inline string is never read as a
 * formula or a number, and the apostrophe the builders put before risky text for Sheets is taken off again.
 * Pure: the add-on zips the parts with `Utilities.zip` (see src/addon/share-list.ts).
 */
import { cellName } from './a1.ts';
import { AUTOMATIC_FORMAT, type FormatBlock, type SheetOutput } from './sheet-output.ts';

/** The MIME type of an .xlsx file (what Drive converts from). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One worksheet of the file. */
export interface ShareSheet {
  /** The tab's name (at most 31 characters, no `[]:*?/\`). */
  name: string;
  output: SheetOutput;
}

/** One file of the zip package. */
export interface PackagePart {
  path: string;
  text: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Characters XML 1.0 does not allow (controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITE = '#ffffff';

/**
 * Escapes text for XML content or an attribute value, dropping characters XML cannot hold.
 *
 * @param text - any text
 * @returns the escaped text
 * @example
 * escapeXml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return String(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The text a Sheets cell value stands for: the builders' escaping apostrophe is not part of it. */
function plainText(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

function cellXml(ref: string, value: unknown, style: number): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = plainText(value === null || value === undefined ? '' : String(value));
  if (text === '') return s === '' ? '' : `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** How one cell looks: its fill, number format, alignment and wrap (one `<xf>` in the styles). */
interface CellStyle {
  fill: string;
  numberFormat: string;
  horizontal: string;
  wrap: boolean;
  top: boolean;
}

/** The entry of a format block for a 1-based cell, or undefined outside it. */
function blockAt<T>(block: FormatBlock<T> | undefined, row: number, column: number): T | undefined {
  if (!block) return undefined;
  return block.cells[row - block.row]?.[column - block.column];
}

/**
 * The style of one cell of an output: its colour, and below the header the layout's column properties (number
 * format, alignment, wrap, vertical alignment), a cell-by-cell number format overriding its column's.
 */
function styleOfCell(output: SheetOutput, row: number, column: number): CellStyle {
  const fill = output.backgrounds[row - 1]?.[column - 1] ?? WHITE;
  if (row === 1) return { fill, numberFormat: '', horizontal: '', wrap: false, top: false };
  const c = column - 1;
  const format = blockAt(output.cellNumberFormats, row, column) ?? output.columnFormats?.[c];
  return {
    fill,
    numberFormat: format === undefined || format === AUTOMATIC_FORMAT ? '' : format,
    horizontal: output.columnAlignments?.[c] ?? '',
    wrap: output.columnWraps?.[c] === true,
    top: output.columnVerticalAlignments?.[c] === 'top',
  };
}

function worksheetXml(output: SheetOutput, styleOf: (style: CellStyle) => number): string {
  const rows = output.values.map((row, r) => {
    const cells = row
      .map((value, c) => cellXml(cellName(r + 1, c + 1), value, styleOf(styleOfCell(output, r + 1, c + 1))))
      .join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const frozenRows = output.frozenRows;
  const frozenColumns = output.frozenColumns ?? 0;
  const pane =
    frozenRows > 0 || frozenColumns > 0
      ? `<pane${frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ''}${frozenRows > 0 ? ` ySplit="${frozenRows}"` : ''} topLeftCell="${cellName(frozenRows + 1, frozenColumns + 1)}" activePane="${frozenColumns > 0 && frozenRows > 0 ? 'bottomRight' : frozenRows > 0 ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const frozen = pane ? `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` : '';
  const widths = (output.columnWidths ?? [])
    .map((px, i) =>
      px > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${Math.round(px / 7)}" customWidth="1"/>` : '',
    )
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${NS}">${frozen}${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** The first id of a custom number format (0–163 are built in). */
const FIRST_CUSTOM_FORMAT = 164;

function stylesXml(styles: CellStyle[]): string {
  const fillColours = [...new Set(styles.map((s) => s.fill).filter((c) => c !== WHITE))];
  const formats = [...new Set(styles.map((s) => s.numberFormat).filter((f) => f !== ''))];
  const fills = fillColours
    .map(
      (c) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${c.slice(1).toUpperCase()}"/></patternFill></fill>`,
    )
    .join('');
  const numFmts =
    formats.length > 0
      ? `<numFmts count="${formats.length}">${formats
          .map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(f)}"/>`)
          .join('')}</numFmts>`
      : '';
  const xfs = styles
    .map((style) => {
      const fillId = style.fill === WHITE ? 0 : fillColours.indexOf(style.fill) + 2;
      const numFmtId =
        style.numberFormat === '' ? 0 : FIRST_CUSTOM_FORMAT + formats.indexOf(style.numberFormat);
      const aligned = style.horizontal !== '' || style.wrap || style.top;
      const alignment = aligned
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''}${style.top ? ' vertical="top"' : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
      const applies = `${fillId > 0 ? ' applyFill="1"' : ''}${numFmtId > 0 ? ' applyNumberFormat="1"' : ''}${aligned ? ' applyAlignment="1"' : ''}`;
      return alignment
        ? `<xf numFmtId="${numFmtId}" fontId="0" fillId="${fillId}" borderId="0" xfId="0"${applies}>${alignment}</xf>`
        : `<xf numFmtId="${numFmtId}" fontId="0" fillId="${fillId}" borderId="0" xfId="0"${applies}/>`;
    })
    .join('');
  return (
    `${XML_HEAD}<styleSheet xmlns="${NS}">${numFmts}<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>` +
    `<fills count="${fillColours.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${styles.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs></styleSheet>`
  );
}

/**
 * Builds the parts of an .xlsx package holding the given sheets, in order.
 *
 * @param sheets - the tabs: a name and a finished output each
 * @returns the package's files (paths inside the zip, and their XML text)
 * @example
 * buildXlsxParts([{ name: 'List', output: list }]).map((p) => p.path) // ['[Content_Types].xml', …]
 */
export function buildXlsxParts(sheets: ShareSheet[]): PackagePart[] {
  const styles: CellStyle[] = [];
  const keys: string[] = [];
  const styleOf = (style: CellStyle): number => {
    const fill = /^#[0-9a-f]{6}$/i.test(style.fill) ? style.fill.toLowerCase() : WHITE;
    const plain = { ...style, fill };
    if (fill === WHITE && plain.numberFormat === '' && plain.horizontal === '' && !plain.wrap && !plain.top) {
      return 0;
    }
    const key = JSON.stringify(plain);
    if (!keys.includes(key)) {
      keys.push(key);
      styles.push(plain);
    }
    return keys.indexOf(key) + 1;
  };
  const worksheets = sheets.map((sheet, i) => ({
    path: `xl/worksheets/sheet${i + 1}.xml`,
    text: worksheetXml(sheet.output, styleOf),
  }));
  const overrides = worksheets
    .map(
      (w) =>
        `<Override PartName="/${w.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return [
    {
      path: '[Content_Types].xml',
      text:
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${overrides}</Types>`,
    },
    {
      path: '_rels/.rels',
      text: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      path: 'xl/workbook.xml',
      text: `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheetList}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      text: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    ...worksheets,
    { path: 'xl/styles.xml', text: stylesXml(styles) },
  ];
}

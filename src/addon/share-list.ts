/**
 * `shareList({ applicant, email, role, includeScores })` (SPEC section 5): gives a mentor one applicant's
 * list and plan as a new Google Sheets file, and nothing else. The argument is checked first (a bad email
 * makes nothing); the list and plan are built without Step scores unless asked, without notes, and
 * with only that applicant's own data issues; the file is uploaded as an .xlsx that Drive converts (the
 * add-on has only the `drive.file` scope, so it cannot open or create spreadsheets otherwise), then shared.
 * If sharing fails, the new file is removed so nothing is left behind.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import { SHARED_SHEETS, sharedFileName } from '../sheets/share-contents.ts';
import { buildXlsxParts, XLSX_MIME } from '../sheets/share-file.ts';
import { buildListSheet } from '../sheets/write-list.ts';
import { buildPlanSheet } from '../sheets/write-plan.ts';
import type { ShareListArgs, ShareResult } from './api.ts';
import { failures } from './errors.ts';
import { runAction } from './execution.ts';
import { readWorkbook } from './read-workbook.ts';
import { refuseIfMissing, requireApplicant } from './require-inputs.ts';
import { parseArgs } from './validate.ts';

export { sharedFileName };

const GOOGLE_SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
/** Words of an issue that could tell a reader the applicant's scores. */
const SCORE_WORDS = /step|score|usmle|attempt/i;

/**
 * Creates a Google Sheets file holding one applicant's list and plan and shares it with a mentor.
 *
 * @param args - `{ applicant?, email, role: 'commenter' | 'viewer', includeScores? }` (no applicant: the
 *   Profile applicant; scores left out unless `includeScores`)
 * @returns `{ url, fileId, fileName }` of the new file
 * @example
 * shareList({ applicant: 'Ana Li', email: 'mentor@example.org', role: 'commenter' }).url
 */
export function shareList(args?: ShareListArgs): ShareResult {
  return runAction('share the list', () => {
    const { applicant: name, email, role, includeScores = false } = parseArgs('share', 'shareList', args);
    const drive = typeof Drive === 'undefined' ? undefined : Drive;
    if (!drive) throw failures.noDrive();
    const needs = name === undefined ? (['programs', 'profile'] as const) : (['programs', 'cohort'] as const);
    const { inputs } = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), needs);
    refuseIfMissing(inputs.programs.missing);
    const { applicant, issues } = requireApplicant(inputs, name);
    const { ranked, plan } = makeApplicantList(applicant, inputs.programs.programs, inputs.settings.settings);
    const shownIssues = includeScores ? issues : issues.filter((issue) => !SCORE_WORDS.test(issue.message));
    const parts = buildXlsxParts([
      { name: SHARED_SHEETS.list, output: buildListSheet(ranked, null, { includeScores }) },
      { name: SHARED_SHEETS.plan, output: buildPlanSheet(plan, shownIssues, { includeScores }) },
    ]);
    const fileName = sharedFileName(applicant.name);
    const blobs = parts.map((part) => Utilities.newBlob(part.text, 'application/xml', part.path));
    const xlsx = Utilities.zip(blobs, `${fileName}.xlsx`).setContentType(XLSX_MIME);
    const file = drive.Files.create({ name: fileName, mimeType: GOOGLE_SHEETS_MIME }, xlsx);
    const fileId = String(file.id ?? '');
    try {
      drive.Permissions.create(
        { role: role === 'viewer' ? 'reader' : 'commenter', type: 'user', emailAddress: email },
        fileId,
        { sendNotificationEmail: true },
      );
    } catch (error) {
      let removed = true;
      try {
        drive.Files.remove(fileId);
      } catch {
        removed = false;
      }
      throw failures.shareFailed(email, error, removed, fileName);
    }
    return {
      url: file.webViewLink || `https://docs.google.com/spreadsheets/d/${fileId}/edit`,
      fileId,
      fileName,
    };
  });
}

/**
 * What the sidebar says after sharing a list with a mentor: a short "Open the shared file" link (only
 * for a plain https address; it opens in a new tab) with the file's name beside it as text, so a long
 * address never has to wrap inside the narrow sidebar.
 */
import type { ShareResult } from '../addon/api.ts';
import { safeHttpsUrl } from './dom.ts';

export interface ShareView {
  /** `Shared "RadList – Ana.xlsx".` */
  sentence: string;
  /** Who got it, how, and whether scores are in it, e.g. `mentor@x.org can comment. Step scores left out.` */
  details: string | null;
  /** The link's address, or null when the server's address is not plain https (then no link). */
  url: string | null;
  /** Always the same short words; the address itself is never shown. */
  linkText: string;
  /** Said when there is no link. */
  noLink: string | null;
}

/**
 * Builds the share confirmation.
 *
 * @param result - what `shareList` returned
 * @returns the sentence, the safe link address (or null) and its text
 * @example
 * buildShareView({ url: 'https://docs.google.com/…', fileId: 'x', fileName: 'Ana.xlsx' }).linkText;
 * // → 'Open the shared file'
 */
export function buildShareView(
  result: ShareResult,
  request?: { email: string; role: 'commenter' | 'viewer'; includeScores: boolean },
): ShareView {
  const url = safeHttpsUrl(result.url);
  const name =
    typeof result.fileName === 'string' && result.fileName.trim() !== '' ? result.fileName.trim() : '';
  return {
    sentence: name ? `Shared "${name}".` : 'Shared.',
    details: request
      ? `${request.email} can ${request.role === 'viewer' ? 'view' : 'comment'}. ${
          request.includeScores ? 'Step scores are included.' : 'Step scores are left out.'
        } Each share makes a new file.`
      : null,
    url,
    linkText: 'Open the shared file',
    noLink: url
      ? null
      : 'The link it returned is not a safe address, so it is not shown; find the file in Google Drive.',
  };
}

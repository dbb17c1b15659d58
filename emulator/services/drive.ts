/**
 * Emulated Drive advanced service (v3 shape, the global `Drive` when appsscript.json enables it): Files
 * create/get/list/remove and Permissions create/list, with the API's errors (`API call to
 * drive.permissions.create failed with error: Bad Request`, `… File not found: ID`). A spreadsheet created
 * from a blob keeps the blob's bytes as its converted content. Tests read `emulator.drive.files`.
 */
import type { CallCounter } from '../counter.ts';
import type { FakeBlob } from './utilities.ts';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const ROLES = ['reader', 'commenter', 'writer'];
const TYPES = ['user', 'group', 'domain', 'anyone'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface DrivePermission {
  id: string;
  role: string;
  type: string;
  emailAddress?: string;
  /** The optional arguments given (e.g. sendNotificationEmail, emailMessage). */
  options: Record<string, unknown>;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  /** The uploaded bytes (for a converted spreadsheet, the source file's bytes). */
  bytes: Uint8Array | null;
  sourceMimeType: string | null;
  permissions: DrivePermission[];
  trashed: boolean;
  removed: boolean;
}

export interface DriveState {
  files: DriveFile[];
}

export function createDriveState(): DriveState {
  return { files: [] };
}

const fail = (call: string, reason: string): Error =>
  new Error(`API call to ${call} failed with error: ${reason}`);

function webViewLink(file: DriveFile): string {
  return file.mimeType === SPREADSHEET_MIME
    ? `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`
    : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
}

function metadata(file: DriveFile) {
  return {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    webViewLink: webViewLink(file),
  };
}

/**
 * Builds the `Drive` advanced service over a state shared by all executions.
 *
 * @param counter - the shared call counter
 * @param state - the emulated Drive (`emulator.drive`)
 * @returns the `Drive` global the add-on sees
 * @example createDrive(counter, state).Files.create({ name: 'List', mimeType: SPREADSHEET_MIME })
 */
export function createDrive(counter: CallCounter, state: DriveState) {
  const find = (call: string, fileId: string): DriveFile => {
    const file = state.files.find((f) => f.id === fileId && !f.removed);
    if (!file) throw fail(call, `File not found: ${fileId}.`);
    return file;
  };
  const Files = {
    create(
      resource: { name?: string; mimeType?: string } = {},
      mediaData?: FakeBlob,
      _optionalArgs?: object,
    ) {
      counter.record('Drive', 'Drive.Files.create');
      const blob = mediaData?.raw();
      const file: DriveFile = {
        id: `emulated-file-${state.files.length + 1}`,
        name: resource.name ?? blob?.name ?? 'Untitled',
        mimeType: resource.mimeType ?? blob?.contentType ?? 'application/octet-stream',
        bytes: blob?.bytes ?? null,
        sourceMimeType: blob?.contentType ?? null,
        permissions: [],
        trashed: false,
        removed: false,
      };
      state.files.push(file);
      return metadata(file);
    },
    get(fileId: string, _optionalArgs?: object) {
      counter.record('Drive', 'Drive.Files.get');
      return metadata(find('drive.files.get', fileId));
    },
    list(_optionalArgs?: object) {
      counter.record('Drive', 'Drive.Files.list');
      return {
        kind: 'drive#fileList',
        files: state.files.filter((f) => !f.removed && !f.trashed).map(metadata),
      };
    },
    remove(fileId: string) {
      counter.record('Drive', 'Drive.Files.remove');
      find('drive.files.delete', fileId).removed = true;
    },
    update(resource: { name?: string; trashed?: boolean }, fileId: string) {
      counter.record('Drive', 'Drive.Files.update');
      const file = find('drive.files.update', fileId);
      if (resource.name !== undefined) file.name = String(resource.name);
      if (resource.trashed !== undefined) file.trashed = Boolean(resource.trashed);
      return metadata(file);
    },
  };
  const Permissions = {
    create(
      resource: { role?: string; type?: string; emailAddress?: string },
      fileId: string,
      optionalArgs: Record<string, unknown> = {},
    ) {
      counter.record('Drive', 'Drive.Permissions.create');
      const call = 'drive.permissions.create';
      const file = find(call, fileId);
      const { role = '', type = '', emailAddress } = resource ?? {};
      if (!ROLES.includes(role) || !TYPES.includes(type)) throw fail(call, 'Bad Request');
      if ((type === 'user' || type === 'group') && !EMAIL.test(String(emailAddress ?? ''))) {
        throw fail(call, 'Bad Request');
      }
      const permission: DrivePermission = {
        id: `emulated-permission-${file.permissions.length + 1}`,
        role,
        type,
        ...(emailAddress === undefined ? {} : { emailAddress: String(emailAddress) }),
        options: { ...optionalArgs },
      };
      file.permissions.push(permission);
      const { options: _options, ...shown } = permission;
      return { kind: 'drive#permission', ...shown };
    },
    list(fileId: string, _optionalArgs?: object) {
      counter.record('Drive', 'Drive.Permissions.list');
      const file = find('drive.permissions.list', fileId);
      return {
        kind: 'drive#permissionList',
        permissions: file.permissions.map(({ options: _options, ...shown }) => ({
          kind: 'drive#permission',
          ...shown,
        })),
      };
    },
  };
  return { Files, Permissions };
}

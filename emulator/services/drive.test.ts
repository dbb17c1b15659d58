import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { createDrive, createDriveState, SPREADSHEET_MIME } from './drive.ts';
import { createUtilities } from './utilities.ts';

const setup = () => {
  const counter = new CallCounter();
  const state = createDriveState();
  return { counter, state, drive: createDrive(counter, state), utilities: createUtilities(counter) };
};

describe('Drive.Files.create', () => {
  it('keeps the uploaded bytes as the converted spreadsheet', () => {
    const { state, drive, utilities } = setup();
    const blob = utilities.newBlob('Program,Tier\nA,Reach', 'text/csv', 'list.csv');
    const file = drive.Files.create({ name: 'List – Ada', mimeType: SPREADSHEET_MIME }, blob);
    expect(file).toMatchObject({ name: 'List – Ada', mimeType: SPREADSHEET_MIME });
    expect(file.webViewLink).toBe(`https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`);
    expect(Buffer.from(state.files[0]!.bytes!).toString('utf8')).toBe('Program,Tier\nA,Reach');
    expect(state.files[0]!.sourceMimeType).toBe('text/csv');
  });

  it('gets, lists and removes files', () => {
    const { state, drive } = setup();
    const a = drive.Files.create({ name: 'A' });
    const b = drive.Files.create({ name: 'B' });
    expect(drive.Files.get(a.id).name).toBe('A');
    drive.Files.remove(a.id);
    expect(state.files.find((f) => f.id === a.id)?.removed).toBe(true);
    expect(drive.Files.list().files.map((f) => f.id)).toEqual([b.id]);
    expect(() => drive.Files.get(a.id)).toThrow(
      `API call to drive.files.get failed with error: File not found: ${a.id}.`,
    );
  });
});

describe('Drive.Permissions.create', () => {
  it.each([
    [{ role: 'commenter', type: 'user', emailAddress: 'mentor@example.org' }, null],
    [{ role: 'reader', type: 'user', emailAddress: 'mentor@example.org' }, null],
    [{ role: 'writer', type: 'group', emailAddress: 'group@example.org' }, null],
    [{ role: 'viewer', type: 'user', emailAddress: 'mentor@example.org' }, 'Bad Request'],
    [{ role: 'owner', type: 'user', emailAddress: 'mentor@example.org' }, 'Bad Request'],
    [{ role: 'reader', type: 'person', emailAddress: 'mentor@example.org' }, 'Bad Request'],
    [{ role: 'reader', type: 'user', emailAddress: 'not an email' }, 'Bad Request'],
    [{ role: 'reader', type: 'user', emailAddress: 'mentor@example' }, 'Bad Request'],
    [{ role: 'reader', type: 'user' }, 'Bad Request'],
  ])('shares with %j → %s', (resource, error) => {
    const { state, drive } = setup();
    const file = drive.Files.create({ name: 'List' });
    const share = () => drive.Permissions.create(resource, file.id, { sendNotificationEmail: false });
    if (error) {
      expect(share).toThrow(`API call to drive.permissions.create failed with error: ${error}`);
      expect(state.files[0]!.permissions).toEqual([]);
    } else {
      expect(share()).toMatchObject(resource);
      expect(state.files[0]!.permissions[0]).toMatchObject({
        ...resource,
        options: { sendNotificationEmail: false },
      });
      expect(drive.Permissions.list(file.id).permissions).toHaveLength(1);
    }
  });

  it('refuses an unknown file', () => {
    const { drive } = setup();
    expect(() => drive.Permissions.create({ role: 'reader', type: 'anyone' }, 'nope')).toThrow(
      'API call to drive.permissions.create failed with error: File not found: nope.',
    );
  });

  it('fails on the planned call when a fault is injected', () => {
    const { counter, drive } = setup();
    const file = drive.Files.create({ name: 'List' });
    counter.failOnMethod('Drive.Permissions.create', 'Service unavailable');
    expect(() => drive.Permissions.create({ role: 'reader', type: 'anyone' }, file.id)).toThrow(
      'Service unavailable',
    );
  });
});

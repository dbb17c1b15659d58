/**
 * Emulated Utilities and Blob: formatDate (see format-date.ts), blobs (bytes are signed like Java's, as
 * Apps Script returns them), zip/unzip (fflate), UUIDs, base64, digests, and sleep — which advances the
 * emulated clock instead of waiting.
 */
import { createHash, randomUUID } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { CallCounter } from '../counter.ts';
import { formatDate } from './format-date.ts';

type ByteInput = string | ArrayLike<number>;

function toBytes(data: ByteInput): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  return Uint8Array.from(Array.from(data, (b) => b & 0xff));
}

const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

/** A Blob as Apps Script's Utilities.newBlob makes it. */
export class FakeBlob {
  constructor(
    private readonly counter: CallCounter,
    private bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}
  private call(method: string): void {
    this.counter.record('Utilities', `Blob.${method}`);
  }
  getBytes(): number[] {
    this.call('getBytes');
    return signed(this.bytes);
  }
  setBytes(data: number[]): FakeBlob {
    this.call('setBytes');
    this.bytes = toBytes(data);
    return this;
  }
  getDataAsString(): string {
    this.call('getDataAsString');
    return Buffer.from(this.bytes).toString('utf8');
  }
  setDataFromString(text: string): FakeBlob {
    this.call('setDataFromString');
    this.bytes = toBytes(String(text));
    return this;
  }
  getContentType(): string | null {
    this.call('getContentType');
    return this.contentType;
  }
  setContentType(contentType: string): FakeBlob {
    this.call('setContentType');
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    this.call('getName');
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.call('setName');
    this.name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    this.call('copyBlob');
    return new FakeBlob(this.counter, this.bytes.slice(), this.contentType, this.name);
  }
  /** Test-side view (not counted). */
  raw(): { bytes: Uint8Array; contentType: string | null; name: string | null } {
    return { bytes: this.bytes.slice(), contentType: this.contentType, name: this.name };
  }
}

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/**
 * Builds the Utilities global.
 *
 * @param counter - the shared call counter (sleep adds to its emulated clock)
 * @returns the Utilities the add-on sees
 * @example createUtilities(counter).formatDate(new Date(), 'UTC', 'yyyy')
 */
export function createUtilities(counter: CallCounter) {
  const call = (method: string) => counter.record('Utilities', `Utilities.${method}`);
  const blob = (bytes: Uint8Array, contentType?: string | null, name?: string | null) =>
    new FakeBlob(counter, bytes, contentType ?? null, name ?? null);
  return {
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
    DigestAlgorithm: {
      MD2: 'MD2',
      MD5: 'MD5',
      SHA_1: 'SHA_1',
      SHA_256: 'SHA_256',
      SHA_384: 'SHA_384',
      SHA_512: 'SHA_512',
    },
    formatDate(date: Date, timeZone: string, pattern: string): string {
      call('formatDate');
      return formatDate(date, timeZone, pattern);
    },
    newBlob(data: ByteInput, contentType?: string, name?: string): FakeBlob {
      call('newBlob');
      return blob(toBytes(data ?? ''), contentType, name);
    },
    zip(blobs: FakeBlob[], name?: string): FakeBlob {
      call('zip');
      const files: Record<string, Uint8Array> = {};
      for (const [index, item] of Array.from(blobs).entries()) {
        const { bytes, name: fileName } = item.raw();
        files[fileName ?? `Untitled${index + 1}`] = bytes;
      }
      return blob(zipSync(files), 'application/zip', name ?? 'Archive.zip');
    },
    unzip(archive: FakeBlob): FakeBlob[] {
      call('unzip');
      const files = unzipSync(archive.raw().bytes);
      return Object.entries(files).map(([fileName, bytes]) => blob(bytes, null, fileName));
    },
    getUuid(): string {
      call('getUuid');
      return randomUUID();
    },
    base64Encode(data: ByteInput): string {
      call('base64Encode');
      return Buffer.from(toBytes(data)).toString('base64');
    },
    base64EncodeWebSafe(data: ByteInput): string {
      call('base64EncodeWebSafe');
      return Buffer.from(toBytes(data)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      call('base64Decode');
      return signed(new Uint8Array(Buffer.from(String(encoded), 'base64')));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      call('base64DecodeWebSafe');
      return signed(new Uint8Array(Buffer.from(String(encoded), 'base64url')));
    },
    computeDigest(algorithm: string, value: ByteInput): number[] {
      call('computeDigest');
      const hash = DIGESTS[algorithm];
      if (!hash) throw new Error(`Invalid argument: algorithm`);
      return signed(new Uint8Array(createHash(hash).update(toBytes(value)).digest()));
    },
    sleep(milliseconds: number): void {
      call('sleep');
      counter.elapsedMs += Math.max(0, Number(milliseconds) || 0);
    },
  };
}

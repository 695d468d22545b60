/**
 * A small zip reader over bytes: the central directory (with Zip64) and
 * bounded inflation of one entry. No Node-specific APIs: inflation uses the
 * web-standard DecompressionStream('deflate-raw') (Node ≥ 20, current browsers).
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** The bytes are not a readable zip archive. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** An entry inflates to more bytes than its header declares. */
export class ZipSizeError extends Error {
  constructor(
    readonly entry: string,
    readonly declared: number,
  ) {
    super(`entry ${entry} inflates beyond its declared ${declared} bytes`);
    this.name = 'ZipSizeError';
  }
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipFormatError('truncated record');
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new ZipFormatError('truncated record');
  return ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) + (b[at + 3] as number) * 0x1000000;
}

/** 64-bit little-endian as a Number (exact below 2^53; larger values only need to be "huge"). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8');

/** Reads the central directory. Throws ZipFormatError when the archive is damaged. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] {
  const eocd = findEocd(b);
  if (eocd < 0) throw new ZipFormatError('end of central directory not found');
  if (u32(b, eocd) !== SIG_EOCD) throw new ZipFormatError('bad end of central directory');
  if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0) throw new ZipFormatError('multi-disk archives are not supported');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_ZIP64_LOCATOR) throw new ZipFormatError('Zip64 locator missing');
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== SIG_ZIP64_EOCD) throw new ZipFormatError('bad Zip64 end record');
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length) throw new ZipFormatError('central directory outside the file');
  // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > cdSize) throw new ZipFormatError('entry count does not fit the central directory');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (u32(b, p) !== SIG_CENTRAL) throw new ZipFormatError('bad central directory record');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > cdOffset + cdSize) throw new ZipFormatError('central record overruns the directory');
    const name = utf8.decode(b.subarray(p + 46, nameEnd));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let e = nameEnd;
      const extraEnd = nameEnd + extraLen;
      while (e + 4 <= extraEnd) {
        const id = u16(b, e);
        const size = u16(b, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(b, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(b, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** The entry's compressed bytes, after checking its local header. */
export function entryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (u32(b, at) !== SIG_LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new ZipFormatError(`entry ${entry.name} runs past the end of the file`);
  return b.subarray(start, end);
}

/**
 * Inflates one entry chunk by chunk, never producing more than its declared
 * size (ZipSizeError) and failing on damaged data (ZipFormatError).
 * Returns the inflated byte count.
 */
export async function inflateEntry(b: Uint8Array, entry: ZipEntry, onChunk?: (chunk: Uint8Array) => void): Promise<number> {
  if (entry.flags & 1) throw new ZipFormatError(`entry ${entry.name} is encrypted`);
  const data = entryData(b, entry);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new ZipFormatError(`stored entry ${entry.name} has inconsistent sizes`);
    onChunk?.(data);
    return data.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`entry ${entry.name} uses unsupported compression method ${entry.method}`);
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Copy: the stream may transfer or hold the buffer, and the input must stay intact.
  const writing = writer
    .write(data.slice())
    .then(() => writer.close())
    .catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (err) {
        throw new ZipFormatError(`entry ${entry.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (chunk.done) break;
      total += chunk.value.byteLength;
      if (total > entry.uncompressedSize) throw new ZipSizeError(entry.name, entry.uncompressedSize);
      onChunk?.(chunk.value);
    }
  } catch (err) {
    // Stop inflating (this also settles the pending write) before giving up.
    await reader.cancel().catch(() => undefined);
    throw err;
  } finally {
    await writing;
  }
  if (total !== entry.uncompressedSize) throw new ZipFormatError(`entry ${entry.name} inflates to ${total} bytes, not the declared ${entry.uncompressedSize}`);
  return total;
}

/** The whole inflated entry (bounded by its declared size). */
export async function readEntryBytes(b: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  await inflateEntry(b, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/** The inflated entry named `name` (a leading "/" in stored names is ignored), as UTF-8 text. */
export async function readEntryText(b: Uint8Array, name: string): Promise<string | undefined> {
  const entry = readZipDirectory(b).find((e) => e.name.replace(/^\//, '') === name);
  return entry ? utf8.decode(await readEntryBytes(b, entry)) : undefined;
}

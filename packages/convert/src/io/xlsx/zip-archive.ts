import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { type XlsxCaps, XlsxLimitError, XlsxReadError } from "./xlsx-caps.js";

/** Parts above this size are held to the compression-ratio limit; small parts may compress oddly well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** A workbook file as the reader takes it: a path to open (read piece by piece) or its bytes. */
export type XlsxSource = string | Uint8Array;

/**
 * A zip archive whose central directory was checked against the caps before anything was inflated. Parts are
 * found by name (case-insensitively, as Office does) and opened as streams that stop at their declared size.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  /** Opens and checks an archive; throws `XlsxReadError` or `XlsxLimitError`. */
  static async open(source: XlsxSource, caps: XlsxCaps): Promise<ZipArchive> {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true };
    let zip: yauzl.ZipFile;
    try {
      zip =
        typeof source === "string"
          ? await yauzl.openPromise(source, options)
          : await yauzl.fromBufferPromise(
              Buffer.from(source.buffer, source.byteOffset, source.byteLength),
              options,
            );
    } catch (error) {
      // A missing or unreadable file is the caller's to report (ENOENT, EACCES); anything else is not a zip.
      if (typeof (error as NodeJS.ErrnoException).code === "string") throw error;
      throw new XlsxReadError("not_a_zip");
    }
    try {
      if (zip.entryCount > caps.maxEntries) throw new XlsxLimitError("maxEntries", caps.maxEntries);
      const entries = await readDirectory(zip, caps);
      return new ZipArchive(zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** Whether the archive holds a part of that name. */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The inflated size of a part, as declared; `undefined` when there is no such part. */
  sizeOf(name: string): number | undefined {
    return this.entries.get(name.toLowerCase())?.uncompressedSize;
  }

  /** A part as a stream of inflated bytes; `undefined` when there is no such part. */
  async open(name: string): Promise<Readable | undefined> {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      // The caller reads the stream with `for await`, which rethrows its errors (they become damaged_zip there);
      // one that comes after the caller stopped reading (the size check of a part left half-read) is moot.
      stream.on("error", () => undefined);
      return stream;
    } catch {
      throw new XlsxReadError("damaged_zip");
    }
  }

  /** Closes the file (a no-op for bytes). */
  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}

async function readDirectory(zip: yauzl.ZipFile, caps: XlsxCaps): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  await new Promise<void>((done, fail) => {
    zip.on("error", () => fail(new XlsxReadError("damaged_zip")));
    zip.on("end", () => done());
    zip.on("entry", (entry: yauzl.Entry) => {
      try {
        checkEntry(entry, caps);
        total += entry.uncompressedSize;
        if (total > caps.maxTotalBytes) throw new XlsxLimitError("maxTotalBytes", caps.maxTotalBytes);
        // A folder entry holds nothing; a part named twice keeps its first entry, as Office does.
        const name = entry.fileName.toLowerCase();
        if (!name.endsWith("/") && !entries.has(name)) entries.set(name, entry);
        zip.readEntry();
      } catch (error) {
        fail(error);
      }
    });
    zip.readEntry();
  });
  return entries;
}

function checkEntry(entry: yauzl.Entry, caps: XlsxCaps): void {
  const size = entry.uncompressedSize;
  if (size > caps.maxEntryBytes) throw new XlsxLimitError("maxEntryBytes", caps.maxEntryBytes);
  if (size > RATIO_FLOOR_BYTES && size > entry.compressedSize * caps.maxCompressionRatio) {
    throw new XlsxLimitError("maxCompressionRatio", caps.maxCompressionRatio);
  }
  if (entry.isEncrypted() || !entry.canDecodeFileData()) throw new XlsxReadError("encrypted");
}

import { Buffer } from "node:buffer";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { fileSize } from "./source.js";

const dir = mkdtempSync(join(tmpdir(), "tip-source-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fileSize", () => {
  it("gives the size of a file in bytes", async () => {
    const file = join(dir, "records.ndjson");
    writeFileSync(file, Buffer.alloc(12_345, 0x20));
    expect(await fileSize(file)).toBe(12_345);
  });

  it("gives nothing for a stream, a missing file or a directory's entry that is not there", async () => {
    expect(await fileSize(Readable.from(["{}\n"]))).toBeUndefined();
    expect(await fileSize(join(dir, "missing.ndjson"))).toBeUndefined();
    expect(await fileSize(join(dir, "missing", "deeper.ndjson"))).toBeUndefined();
  });
});

import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { checkDistinctFiles, readFiles, writtenFile } from "./same-file.js";

const tmp = tempDir("tip-same-file-");
afterAll(() => tmp.remove());

describe("readFiles and writtenFile", () => {
  const { io } = memoryIo({ cwd: tmp.dir });

  it("resolve paths against the run's folder; `-` and an absent option are no file", () => {
    expect(readFiles({ option: "--trust" }, ["a.json", "-", "/abs/b.json"], io).map((f) => f.path)).toEqual([
      join(tmp.dir, "a.json"),
      undefined,
      "/abs/b.json",
    ]);
    expect(writtenFile("-o", "-", io).path).toBeUndefined();
    expect(writtenFile("-o", undefined, io).path).toBeUndefined();
    expect(writtenFile("-o", "out.ndjson", io)).toEqual({
      role: { option: "-o" },
      path: join(tmp.dir, "out.ndjson"),
      writes: true,
    });
  });

  it("let checkDistinctFiles refuse an output that is an input through a link, naming both roles", async () => {
    writeFileSync(join(tmp.dir, "in.ndjson"), "{}\n");
    symlinkSync(join(tmp.dir, "in.ndjson"), join(tmp.dir, "link.ndjson"));
    const clash = await checkDistinctFiles([
      ...readFiles({ input: true }, ["in.ndjson"], io),
      writtenFile("--receipt", "link.ndjson", io),
    ]);
    expect(clash?.problem).toEqual({
      kind: "sameFile",
      first: { input: true },
      second: { option: "--receipt" },
    });
    expect(
      await checkDistinctFiles([...readFiles({ input: true }, ["-"], io), writtenFile("-o", "-", io)]),
    ).toBeUndefined();
  });
});

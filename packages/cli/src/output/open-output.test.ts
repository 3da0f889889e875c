import { execFileSync } from "node:child_process";
import {
  chmodSync,
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { openOutput, writeWholeOutput } from "./open-output.js";
import { OutputError } from "./output-error.js";
import { checkDistinctFiles } from "./same-file.js";
import { liveTempFiles } from "./temp-files.js";

const tmp = tempDir("tip-output-");
afterAll(() => tmp.remove());
const { io } = memoryIo({ cwd: tmp.dir });

describe("openOutput", () => {
  it("shows nothing under the name until commit, then the whole content, with no temporary file left", async () => {
    const output = await openOutput({ option: "-o", path: "whole.txt" }, io);
    await output.write("a".repeat(100_000));
    await output.write(new Uint8Array([98, 10]));
    expect(existsSync(join(tmp.dir, "whole.txt"))).toBe(false);
    expect(liveTempFiles()).toBe(1);
    await output.commit();
    expect(readFileSync(join(tmp.dir, "whole.txt"), "utf8")).toBe(`${"a".repeat(100_000)}b\n`);
    expect(readdirSync(tmp.dir).filter((name) => name.includes("whole"))).toEqual(["whole.txt"]);
    expect(liveTempFiles()).toBe(0);
  });

  it("leaves the old file untouched and nothing else when aborted", async () => {
    const path = tmp.write("kept.txt", "old\n");
    const output = await openOutput({ option: "-o", path }, io);
    await output.write("new\n");
    await output.abort();
    expect(readFileSync(path, "utf8")).toBe("old\n");
    expect(readdirSync(tmp.dir).filter((name) => name.includes("kept"))).toEqual(["kept.txt"]);
  });

  it("keeps the mode of a file it replaces, and makes new files readable by their owner only", async () => {
    const path = tmp.write("mode.txt", "old\n");
    chmodSync(path, 0o640);
    await writeWholeOutput({ option: "-o", path }, "new\n", io);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    await writeWholeOutput({ option: "-o", path: "fresh.txt" }, "new\n", io);
    expect(statSync(join(tmp.dir, "fresh.txt")).mode & 0o777).toBe(0o600);
  });

  it("writes a device directly and leaves it a device", async () => {
    await writeWholeOutput({ option: "-o", path: "/dev/null" }, "gone\n", io);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writes a named pipe directly: a reader gets the content, the pipe stays a pipe", async () => {
    const fifo = join(tmp.dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const chunks: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => {
      createReadStream(fifo)
        .on("data", (chunk) => chunks.push(chunk as Buffer))
        .on("end", resolve)
        .on("error", reject);
    });
    await writeWholeOutput({ option: "-o", path: fifo }, "through the pipe\n", io);
    await reading;
    expect(Buffer.concat(chunks).toString("utf8")).toBe("through the pipe\n");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("fails with an error naming the option, not the path, when the folder is missing or the disk full", async () => {
    const missing = await openOutput({ option: "--report", path: "no/such/folder/r.json" }, io).catch(
      (e) => e,
    );
    expect(missing).toBeInstanceOf(OutputError);
    expect(missing.problem).toEqual({ kind: "unwritable", option: "--report", code: "ENOENT" });
    expect(existsSync(join(tmp.dir, "no"))).toBe(false);
    const full = await writeWholeOutput({ option: "-o", path: "/dev/full" }, "x".repeat(10), io).catch(
      (e) => e,
    );
    expect(full.problem).toEqual({ kind: "unwritable", option: "-o", code: "ENOSPC" });
    const folder = await openOutput({ option: "-o", path: tmp.dir }, io).catch((e) => e);
    expect(folder.problem).toEqual({ kind: "unwritable", option: "-o", code: "EISDIR" });
  });

  it("writes text to standard output for no path or -, and refuses bytes there", async () => {
    const { io: memory, stdout } = memoryIo();
    const output = await openOutput({ option: "-o", path: "-" }, memory);
    await output.write("line\n");
    await output.commit();
    expect(stdout.text()).toBe("line\n");
    await expect(output.write(new Uint8Array([1]))).rejects.toBeInstanceOf(OutputError);
  });
});

describe("checkDistinctFiles", () => {
  const input = tmp.write("input.ndjson", "{}\n");

  it("finds an output that is the input by name, through a symbolic link and through a hard link", async () => {
    execFileSync("ln", ["-s", input, join(tmp.dir, "soft.ndjson")]);
    execFileSync("ln", [input, join(tmp.dir, "hard.ndjson")]);
    for (const name of ["input.ndjson", "./input.ndjson", "soft.ndjson", "hard.ndjson"]) {
      const clash = await checkDistinctFiles([
        { role: { input: true }, path: input, writes: false },
        { role: { option: "-o" }, path: join(tmp.dir, name), writes: true },
      ]);
      expect(clash?.problem).toEqual({ kind: "sameFile", first: { input: true }, second: { option: "-o" } });
    }
  });

  it("finds two outputs that are one file not written yet, and lets distinct files and devices pass", async () => {
    const clash = await checkDistinctFiles([
      { role: { option: "-o" }, path: join(tmp.dir, "new.json"), writes: true },
      { role: { option: "--report" }, path: join(tmp.dir, "sub/../new.json"), writes: true },
    ]);
    expect(clash?.problem).toMatchObject({ kind: "sameFile", second: { option: "--report" } });
    writeFileSync(join(tmp.dir, "other.json"), "");
    const fine = await checkDistinctFiles([
      { role: { input: true }, path: input, writes: false },
      { role: { option: "-o" }, path: join(tmp.dir, "other.json"), writes: true },
      { role: { option: "--report" }, path: "/dev/null", writes: true },
      { role: { option: "--report" }, path: "/dev/null", writes: true },
    ]);
    expect(fine).toBeUndefined();
  });
});

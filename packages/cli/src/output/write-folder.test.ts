import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { OutputError } from "./output-error.js";
import { liveTempFiles, removeTempFilesSync } from "./temp-files.js";
import { type FolderRules, writeFolderOutput } from "./write-folder.js";

const temp = tempDir("tip-folder-");
afterAll(() => temp.remove());

const MARK = '<meta name="generator" content="test">';
const OWNED = ["index.html", "assets", "en"];
const RULES: FolderRules = { owned: OWNED, mark: { file: "index.html", text: MARK }, inputs: [] };
const SITE = new Map([
  ["index.html", `<html>${MARK}</html>`],
  ["assets/site.css", "body{}"],
  ["en/index.html", "<p>home</p>"],
]);

let serial = 0;
/** A fresh folder for one test, with the files given (a name ending in `/` is a folder). */
function folder(files: Record<string, string> = {}): string {
  const dir = join(temp.dir, `case-${++serial}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith("/")) mkdirSync(join(dir, name), { recursive: true });
    else {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  }
  return dir;
}

/** Every file under a folder, with its text, as relative paths (temporary folders included). */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, name);
    out[name] = statSync(path).isDirectory() ? "/" : readFileSync(path, "utf8");
  }
  return out;
}

async function problemOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const write = (dir: string, path: string, files = SITE, rules = RULES) =>
  writeFolderOutput({ option: "--out", path }, files, rules, memoryIo({ cwd: dir }).io);

describe("writeFolderOutput", () => {
  it("writes every file into a new folder, with the usual permissions, leaving nothing else", async () => {
    const dir = folder();
    await write(dir, "site");
    expect(contents(join(dir, "site"))).toEqual({
      assets: "/",
      "assets/site.css": "body{}",
      en: "/",
      "en/index.html": "<p>home</p>",
      "index.html": `<html>${MARK}</html>`,
    });
    // A site is shared, unlike files of records: readable as the umask allows, not owner-only.
    const mode = statSync(join(dir, "site", "en", "index.html")).mode & 0o777;
    expect(mode).toBe(0o666 & ~process.umask());
    expect(liveTempFiles()).toBe(0);
  });

  it("replaces its own entries as a whole on a rebuild and keeps everything else", async () => {
    const dir = folder({
      "site/index.html": `<html>${MARK} old</html>`,
      "site/en/stale.html": "old",
      "site/api/index.html": "api",
      "site/notes.txt": "mine",
    });
    await write(dir, "site");
    const after = contents(join(dir, "site"));
    expect(after["en/stale.html"]).toBeUndefined();
    expect(after["index.html"]).toBe(`<html>${MARK}</html>`);
    expect(after["api/index.html"]).toBe("api");
    expect(after["notes.txt"]).toBe("mine");
    expect(Object.keys(after).filter((name) => name.startsWith(".tip-output"))).toEqual([]);
  });

  it("refuses, before writing anything, a file, a missing parent, a folder of someone else's files", async () => {
    const dir = folder({ "file.txt": "text", "theirs/assets/logo.svg": "<svg/>", "theirs/index.html": "x" });
    const before = contents(dir);
    const cases: [string, OutputError["problem"]][] = [
      ["file.txt", { kind: "notAFolder", option: "--out" }],
      ["missing/site", { kind: "unwritable", option: "--out", code: "ENOENT" }],
      ["theirs", { kind: "notOwnFolder", option: "--out" }],
    ];
    for (const [path, problem] of cases) {
      const error = await problemOf(() => write(dir, path));
      expect(error, path).toBeInstanceOf(OutputError);
      expect((error as OutputError).problem, path).toEqual(problem);
    }
    expect(contents(dir)).toEqual(before);
  });

  it("refuses a folder that is, or holds, an input", async () => {
    const dir = folder({ "data/schemas/victim.schema.json": "{}" });
    const before = contents(dir);
    const rules = { ...RULES, inputs: [join(dir, "data", "schemas")] };
    for (const path of ["data", "data/schemas", "."]) {
      const error = await problemOf(() => write(dir, path, SITE, rules));
      expect((error as OutputError).problem, path).toEqual({ kind: "holdsInput", option: "--out" });
    }
    // A folder beside the input is fine.
    await write(dir, "data/site", SITE, rules);
    expect(contents(dir)).toMatchObject(before);
  });

  it("leaves the folder as it was when a write fails midway", async () => {
    const dir = folder({ "site/index.html": `<html>${MARK} old</html>` });
    const before = contents(dir);
    // `en` is written as a file, then needed as a folder: the second write fails.
    const broken = new Map([
      ["en", "a file"],
      ["en/index.html", "<p/>"],
    ]);
    const error = await problemOf(() => write(dir, "site", broken));
    expect(error).toBeInstanceOf(OutputError);
    expect(contents(dir)).toEqual(before);
    expect(await problemOf(() => write(dir, "new-site", broken))).toBeInstanceOf(OutputError);
    expect(existsSync(join(dir, "new-site"))).toBe(false);
    expect(liveTempFiles()).toBe(0);
  });

  it("is removed by the clean-up a signal runs while files are written, the folder too when it made it", async () => {
    for (const existing of [false, true]) {
      const dir = folder(existing ? { "site/index.html": `<html>${MARK} old</html>` } : {});
      const before = contents(dir);
      let seen: Record<string, string> | undefined;
      // Between the second and the third file, as a signal would: the clean-up the binary runs on SIGINT.
      const files = new Map(SITE);
      const interrupted = Object.assign(files, {
        *[Symbol.iterator]() {
          let n = 0;
          for (const entry of Map.prototype.entries.call(files) as Iterable<[string, string]>) {
            if (n++ === 2) {
              removeTempFilesSync();
              seen = contents(dir);
            }
            yield entry;
          }
        },
      });
      await problemOf(() => write(dir, "site", interrupted));
      expect(seen, existing ? "existing folder" : "new folder").toEqual(before);
    }
  });
});

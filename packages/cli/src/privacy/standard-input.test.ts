import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { EXAMPLES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { canaryRecords, ndjson } from "./testing/privacy-fixtures.js";
import { runPrivacy } from "./testing/run-privacy.js";

const tmp = tempDir("tip-privacy-stdin-");
afterAll(() => tmp.remove());

const RECORDS = ndjson(canaryRecords(200));
const BUNDLE = JSON.stringify(EXAMPLES.bundle);
const key = tmp.write("a.key", new Uint8Array(32).fill(1));
const recordsFile = tmp.write("records.ndjson", RECORDS);
const bundleFile = tmp.write("bundle.json", BUNDLE);

/** Standard input as a pipe holding `text`, in small chunks so a record spans chunks. */
function pipe(text: string): NodeJS.ReadableStream {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 1000) chunks.push(bytes.subarray(at, at + 1000));
  return Readable.from(chunks);
}

/** Standard input left on the terminal. */
function terminal(): NodeJS.ReadableStream {
  return Object.assign(Readable.from([]), { isTTY: true });
}

async function tip(argv: string[], stdin?: NodeJS.ReadableStream) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, ...(stdin !== undefined && { stdin }) });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const EXPORT = ["export", "--to", EXAMPLES.referral.to.agencyId, "--purpose", "referral_transnational"];
const EXPORT_ON = ["--on", "2024-01-01"];

/** Each command, what it is given, and how its output is read back for comparison. */
const COMMANDS = [
  {
    name: "stats",
    text: RECORDS,
    file: recordsFile,
    before: ["stats"],
    after: ["--by", "sex,age_group", "--format", "csv"],
    output: false,
  },
  {
    name: "anonymize",
    text: RECORDS,
    file: recordsFile,
    before: ["anonymize"],
    after: ["--key-file", key, "--k", "5"],
    output: true,
  },
  { name: "export", text: BUNDLE, file: bundleFile, before: EXPORT, after: EXPORT_ON, output: true },
] as const;

describe("standard input for tip stats, anonymize and export", () => {
  for (const command of COMMANDS) {
    /** Runs the command on `input` (or none) and gives its exit code, stderr and what it wrote. */
    const runOn = async (label: string, input: string[], stdin?: NodeJS.ReadableStream) => {
      const out = `${tmp.dir}/${command.name}-${label}.out`;
      const argv = [...command.before, ...input, ...command.after, ...(command.output ? ["-o", out] : [])];
      const result = await tip(argv, stdin);
      return { ...result, written: command.output ? readFileSync(out, "utf8") : result.stdout };
    };

    it(`tip ${command.name} - reads standard input as it reads the same bytes from a file`, async () => {
      const fromFile = await runOn("file", [command.file]);
      const fromDash = await runOn("dash", ["-"], pipe(command.text));
      expect(fromFile.code, fromFile.stderr).toBe(0);
      expect(fromDash.code, fromDash.stderr).toBe(0);
      expect(fromDash.written.length).toBeGreaterThan(0);
      expect(fromDash.written).toBe(fromFile.written);
    });

    it(`tip ${command.name} without an input reads a pipe`, async () => {
      const fromFile = await runOn("file2", [command.file]);
      const fromPipe = await runOn("pipe", [], pipe(command.text));
      expect(fromPipe.code, fromPipe.stderr).toBe(0);
      expect(fromPipe.written).toBe(fromFile.written);
    });

    it(`tip ${command.name} without an input on a terminal is a usage error`, async () => {
      const argv = [...command.before, ...command.after];
      const result = await tip(argv, terminal());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("missing required argument “input”");
      expect(result.stderr).toContain(`tip ${command.name} --help`);
      expect(result.stdout).toBe("");
    });

    it(`tip ${command.name} - on empty standard input writes nothing and exits as on an empty file`, async () => {
      const empty = tmp.write(`${command.name}-empty.txt`, "");
      const fromFile = await tip([...command.before, empty, ...command.after], undefined);
      const fromDash = await tip([...command.before, "-", ...command.after], pipe(""));
      expect(fromDash.code).toBe(fromFile.code);
    });
  }
});

import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { canaryRecords } from "./testing/privacy-fixtures.js";
import { runPrivacy } from "./testing/run-privacy.js";

const tmp = tempDir("tip-privacy-progress-");
afterAll(() => tmp.remove());

/** A JSON array of 200 records made over 6 MB by white space between them: large, yet quick to read. */
const LARGE = `[\n${canaryRecords(200)
  .map((record) => JSON.stringify(record))
  .join(`,${" ".repeat(31_000)}\n`)}\n]\n`;
const large = tmp.write("large.json", LARGE);
const key = tmp.write("a.key", new Uint8Array(32).fill(1));
/** A file name with a terminal escape and a line break in it. */
const oddName = tmp.write("odd\u001b[31mname\n.json", LARGE);
const ESC = "\u001b";

async function tip(argv: string[], options: { tty: boolean; stdin?: NodeJS.ReadableStream }) {
  const { io, stdout, stderr } = memoryIo({
    cwd: tmp.dir,
    stderrTTY: options.tty,
    ...(options.stdin !== undefined && { stdin: options.stdin }),
  });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const STATS = ["--by", "sex", "--format", "csv"];

describe("progress of tip stats, anonymize and export on a large input", () => {
  it("tip stats shows a bar on a terminal, and nothing else changes", async () => {
    expect(LARGE.length).toBeGreaterThan(6 * 1024 * 1024);
    const tty = await tip(["stats", large, ...STATS], { tty: true });
    const piped = await tip(["stats", large, ...STATS], { tty: false });
    expect(tty.code).toBe(0);
    expect(piped.code).toBe(0);
    expect(tty.stderr).toContain(`Reading ${large}`);
    expect(tty.stderr).toContain("%");
    expect(tty.stdout).toBe(piped.stdout);
    expect(piped.stderr).not.toContain("Reading");
    expect(piped.stderr).not.toContain(ESC);
  });

  it("tip stats counts the megabytes of standard input on a terminal and clears the count", async () => {
    const result = await tip(["stats", "-", ...STATS], {
      tty: true,
      stdin: Readable.from([Buffer.from(LARGE)]),
    });
    expect(result.code).toBe(0);
    const megabytes = Math.floor(Buffer.byteLength(LARGE) / (1024 * 1024));
    expect(result.stderr).toContain(`Reading standard input | ${megabytes} MB`);
    expect(result.stderr).toContain("\r\u001b[K");
  });

  it("tip anonymize shows its first and its second reading, in the language asked for", async () => {
    const out = `${tmp.dir}/anon.json`;
    const argv = ["anonymize", large, "--key-file", key, "--k", "2", "-o", out, "--lang", "es"];
    const result = await tip(argv, { tty: true });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Leyendo ${large}`);
    expect(result.stderr).toContain(`Leyendo ${large} de nuevo`);
    const quiet = `${tmp.dir}/anon-quiet.json`;
    const again = await tip(
      ["anonymize", large, "--key-file", key, "--k", "2", "-o", quiet, "--lang", "es"],
      { tty: false },
    );
    expect(again.stderr).not.toContain("Leyendo");
    expect(readFileSync(out, "utf8")).toBe(readFileSync(quiet, "utf8"));
  });

  it("tip export shows its readings too", async () => {
    const argv = [
      "export",
      "--to",
      "agency-x",
      "--purpose",
      "referral_transnational",
      large,
      "-o",
      `${tmp.dir}/e.json`,
    ];
    const result = await tip(argv, { tty: true });
    expect(result.stderr).toContain(`Reading ${large}`);
  });

  it("never prints the control characters of a file name in the bar", async () => {
    const result = await tip(["stats", oddName, ...STATS], { tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Reading ${tmp.dir}/oddname .json`);
    expect(result.stderr).not.toContain("odd\u001b[31m");
    expect(result.stderr).not.toContain("name\n");
  });
});

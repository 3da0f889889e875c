import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFlatCsv } from "@tip/convert";
import { EXAMPLES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { registerConvert } from "../commands/convert.js";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { toNdjson } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-convert-out-");
afterAll(() => tmp.remove());

/** The example bundle's records: 1 victim, 1 case, 1 perpetrator, 2 agencies, 1 referral. */
const MIXED = toNdjson(EXAMPLES.bundle.records as unknown as Record<string, unknown>[]);

async function convert(args: readonly string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, env });
  const code = await runAlone(registerConvert, ["convert", ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Names in the temporary folder, apart from the given inputs. */
function leftBehind(...inputs: string[]): string[] {
  return readdirSync(tmp.dir).filter((name) => !inputs.includes(name));
}

describe("tip convert: where every record goes", () => {
  it("writes each record type of a mixed input to its own flat CSV beside -o, and reconciles", async () => {
    const input = tmp.write("mixed.ndjson", MIXED);
    const result = await convert([input, "--to", "csv", "-o", "split/../out.csv", "--report", "out.json"]);
    expect(result.code).toBe(0);
    const files = ["out.csv", "out.case.csv", "out.perpetrator.csv", "out.agency.csv", "out.referral.csv"];
    expect(leftBehind("mixed.ndjson").sort()).toEqual([...files, "out.json"].sort());
    const read = (name: string, entity: "victim" | "case" | "agency") =>
      readFlatCsv(readFileSync(join(tmp.dir, name), "utf8"), { entity }).records;
    expect(read("out.csv", "victim")).toEqual([EXAMPLES.victim]);
    expect(read("out.case.csv", "case")).toEqual([EXAMPLES.case]);
    expect(read("out.agency.csv", "agency")).toHaveLength(2);
    expect(result.stderr).toContain("records: 6 read, 6 written, 0 skipped");
    const report = JSON.parse(readFileSync(join(tmp.dir, "out.json"), "utf8"));
    expect(report.records).toEqual({ read: 6, written: 6, skipped: 0, skippedBy: [] });
    expect(Object.keys(report.otherRecordTypes).sort()).toEqual([
      "agency",
      "case",
      "perpetrator",
      "referral",
    ]);
  });

  it("exits 1 and counts the records a target cannot hold as skipped, with the reason", async () => {
    const input = tmp.write("mixed2.ndjson", MIXED);
    const toStdout = await convert([input, "--to", "csv"]);
    expect(toStdout.code).toBe(1);
    expect(toStdout.stdout.trim().split("\n")).toHaveLength(2);
    expect(toStdout.stderr).toContain(
      "records: 6 read, 1 written, 5 skipped\n  5 skipped: other_record_type\n",
    );
    expect(toStdout.stderr).toContain("give -o <file> to write each record type to its own file");
    const ctdc = await convert([input, "--to", "ctdc", "--report", "ctdc.json"]);
    expect(ctdc.code).toBe(1);
    expect(ctdc.stderr).toContain("records: 6 read, 1 written, 5 skipped\n  5 skipped: not_a_victim\n");
    const report = JSON.parse(readFileSync(join(tmp.dir, "ctdc.json"), "utf8"));
    expect(report.records.read).toBe(report.records.written + report.records.skipped);
    const linked = await convert([input, "--to", "htcds"]);
    expect(linked.code).toBe(0);
    expect(linked.stderr).toContain("records: 6 read, 6 written, 0 skipped\n");
    const stray = { ...EXAMPLES.agency, id: "7d1c2b3a-0000-4000-8000-000000000099" };
    const unlinked = tmp.write("unlinked.ndjson", MIXED + toNdjson([stray]));
    const htcds = await convert([unlinked, "--to", "htcds"]);
    expect(htcds.code).toBe(1);
    expect(htcds.stderr).toContain(
      "records: 7 read, 6 written, 1 skipped\n  1 skipped: not_linked_to_a_victim\n",
    );
  });

  it("counts the report's field notes and points at --report", async () => {
    // By hand: CTDC's `Unknown` in the age band and a re-saved `0` in both country columns give three notes.
    const input = tmp.write(
      "quirks.csv",
      "gender,ageBroad,citizenship,CountryOfExploitation\nFemale,Unknown,0,US\nMale,18--20,UA,0.0\n",
    );
    const hint = await convert([input, "--from", "ctdc", "--to", "tip", "-o", "quirks.ndjson"]);
    expect(hint.code).toBe(0);
    expect(hint.stderr).toContain(
      "3 field notes on how values were read or written: give --report <file> to read them\n",
    );
    const written = await convert([
      input,
      "--from",
      "ctdc",
      "--to",
      "tip",
      "-o",
      "quirks2.ndjson",
      "--report",
      "q.json",
    ]);
    expect(written.stderr).toContain(
      "3 field notes on how values were read or written: in the file of --report",
    );
    const report = JSON.parse(readFileSync(join(tmp.dir, "q.json"), "utf8"));
    const noted = report.read.fields.filter((field: { note?: string }) => field.note !== undefined);
    expect(noted.map((field: { field: string }) => field.field).sort()).toEqual([
      "CountryOfExploitation",
      "ageBroad",
      "citizenship",
    ]);
    const spanish = await convert([input, "--from", "ctdc", "--to", "tip", "-o", "quirks3.ndjson"], {
      LANG: "es_ES.UTF-8",
    });
    expect(spanish.stderr).toContain("3 notas sobre cómo se leyeron o escribieron los valores de los campos");
  });

  it("says it in the user's language", async () => {
    const input = tmp.write("mixed3.ndjson", MIXED);
    const result = await convert([input, "--to", "ctdc"], { LANG: "es_ES.UTF-8" });
    expect(result.stderr).toContain("registros: 6 leídos, 1 escritos, 5 omitidos");
  });
});

describe("tip convert: outputs that would destroy the input", () => {
  const cases: [string, (input: string) => string[], string][] = [
    ["-o equal to the input", (input) => ["-o", input], "the input and -o are the same file"],
    [
      "--report equal to the input",
      (input) => ["-o", "x.ndjson", "--report", input],
      "the input and --report",
    ],
    ["--report equal to -o", () => ["-o", "same.json", "--report", "./same.json"], "-o and --report"],
    [
      "a file of another record type equal to the input",
      () => ["--to", "csv", "-o", "victims.csv"],
      "the input and -o",
    ],
  ];
  for (const [name, extra, message] of cases) {
    it(`refuses ${name} with exit 2, naming the options, leaving the input whole`, async () => {
      const input = tmp.write("victims.case.csv", MIXED);
      const args = extra(input);
      const to = args.includes("--to") ? [] : ["--to", "tip"];
      const result = await convert([input, "--from", "tip", ...to, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain(tmp.dir);
      expect(readFileSync(input, "utf8")).toBe(MIXED);
      expect(readdirSync(tmp.dir).filter((file) => /same|^x\.|victims\.csv|\.tmp$/.test(file))).toEqual([]);
    });
  }

  it("exits 2 with a clear message and leaves nothing when the folder of -o does not exist", async () => {
    const input = tmp.write("lonely.ndjson", MIXED);
    const before = readdirSync(tmp.dir).sort();
    const result = await convert([input, "--to", "tip", "-o", "missing/out.ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "error: cannot write the file of -o: its folder does not exist; nothing was written\n",
    );
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
  });
});

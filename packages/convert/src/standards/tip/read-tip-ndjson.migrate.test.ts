import { EXAMPLES, SCHEMA_VERSION } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { readTipNdjsonStream } from "./read-tip-ndjson.js";

/** The example victim as the 0.9.0 draft wrote it (two fields had other names). */
function draftVictim(): Record<string, unknown> {
  const { citizenships, exploitation, ...rest } = structuredClone(EXAMPLES.victim) as Record<
    string,
    unknown
  > & {
    citizenships: string[];
    exploitation: Record<string, unknown>;
  };
  const { forms, ...other } = exploitation;
  return { ...rest, nationalities: citizenships, exploitation: { ...other, types: forms } };
}

function bundleLine(schemaVersion: unknown, records: unknown[]): string {
  return JSON.stringify({ ...structuredClone(EXAMPLES.bundle), schemaVersion, records });
}

async function readAll(text: string) {
  const stream = readTipNdjsonStream(text);
  const records: unknown[] = [];
  for await (const record of stream) records.push(record);
  return { records, report: stream.report() };
}

describe("canonical NDJSON reader, older model versions", () => {
  it("upgrades a 1.0.0 bundle and reports it, with no value changed", async () => {
    const records = EXAMPLES.bundle.records;
    const { records: read, report } = await readAll(bundleLine("1.0.0", structuredClone(records)));
    expect(read).toEqual(records);
    expect(report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
    expect(report.migrations).toEqual([
      {
        from: "1.0.0",
        to: SCHEMA_VERSION,
        records: records.length,
        changes: [{ kind: "bundle.schemaVersion", count: 1 }],
      },
    ]);
  });

  it("upgrades a 0.9.0 bundle, counting each kind of change and never quoting a value", async () => {
    const text = [bundleLine("0.9.0", [draftVictim(), draftVictim()]), bundleLine("0.9.0", [draftVictim()])];
    const { records, report } = await readAll(text.join("\n"));
    expect(records).toEqual([EXAMPLES.victim, EXAMPLES.victim, EXAMPLES.victim]);
    expect(report.rows.converted).toBe(2);
    expect(report.migrations).toEqual([
      {
        from: "0.9.0",
        to: SCHEMA_VERSION,
        records: 3,
        changes: [
          { kind: "bundle.schemaVersion", count: 2 },
          { kind: "victim.nationalities → victim.citizenships", count: 3 },
          { kind: "exploitation.types → exploitation.forms", count: 3 },
        ],
      },
    ]);
    const reportText = JSON.stringify(report);
    for (const value of EXAMPLES.victim.citizenships) expect(reportText).not.toContain(`"${value}"`);
  });

  it("leaves current files and loose records alone", async () => {
    const text = [bundleLine(SCHEMA_VERSION, [EXAMPLES.victim]), JSON.stringify(EXAMPLES.victim)].join("\n");
    const { records, report } = await readAll(text);
    expect(records).toHaveLength(2);
    expect(report.migrations).toBeUndefined();
  });

  it.each(["9.0.0", "0.8.0", "1.1.1"])(
    "stops at a bundle in model version %s, naming the line",
    async (v) => {
      const text = [JSON.stringify(EXAMPLES.victim), bundleLine(v, [EXAMPLES.victim])].join("\n");
      const error = await readAll(text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConvertInputError);
      expect(error).toMatchObject({ code: "unknown_model_version", row: 2, versions: { found: v } });
    },
  );

  it("reads a malformed schemaVersion as it is, for validation to report", async () => {
    const { report } = await readAll(bundleLine("1.0", [EXAMPLES.victim]));
    expect(report.migrations).toBeUndefined();
    expect(report.rows.invalid).toBe(1);
    expect(report.issues.map((issue) => issue.path)).toContain("/schemaVersion");
  });
});

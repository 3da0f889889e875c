import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLES } from "@tip/schema";
import { generate } from "@tip/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { registerConvert } from "../commands/convert.js";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-convert-upgrade-");
afterAll(() => tmp.remove());

async function convert(args: readonly string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, env });
  const code = await runAlone(registerConvert, ["convert", ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

type Plain = Record<string, unknown>;

/**
 * Generated records written back the way model 1.0.0 had them: the reverse of the 1.0.0 -> 1.1.0 step drops
 * what 1.1.0 added (a victim's age at recruitment, the victim an event concerns).
 */
function asVersion100(records: readonly Plain[]): Plain[] {
  return records.map((original) => {
    const record = structuredClone(original);
    if (record.recordType === "victim") delete record.ageAtRecruitment;
    if (record.recordType === "case" && Array.isArray(record.events)) {
      for (const event of record.events as Plain[]) delete event.victimId;
    }
    return record;
  });
}

function bundleOf(schemaVersion: string, records: readonly Plain[]): string {
  return `${JSON.stringify({ ...structuredClone(EXAMPLES.bundle), schemaVersion, records })}\n`;
}

describe("tip convert --from tip: upgrading an older file", () => {
  const generated = generate({ seed: 7, count: 4 }).records as unknown as Plain[];
  const old = asVersion100(generated);

  it("upgrades a 1.0.0 bundle, keeps every record and says what changed in the summary and the report", async () => {
    const input = tmp.write("old.ndjson", bundleOf("1.0.0", old));
    const result = await convert([
      input,
      "--from",
      "tip",
      "--to",
      "tip",
      "-o",
      "new.ndjson",
      "--report",
      "r.json",
    ]);
    expect(result.code).toBe(0);
    expect(old.length).toBeGreaterThan(1);
    expect(result.stderr).toContain(`${old.length} records upgraded from model 1.0.0 to 1.2.0`);
    expect(result.stderr).toContain("  1 changed: bundle.schemaVersion");
    const written = readFileSync(join(tmp.dir, "new.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(written).toEqual(old);
    const report = JSON.parse(readFileSync(join(tmp.dir, "r.json"), "utf8"));
    expect(report.read.migrations).toEqual([
      {
        from: "1.0.0",
        to: "1.2.0",
        records: old.length,
        changes: [{ kind: "bundle.schemaVersion", count: 1 }],
      },
    ]);
    expect(report.records.read).toBe(old.length);
    expect(report.records.written).toBe(old.length);
  });

  it("counts renamed fields of a 0.9.0 file by kind, in the run's language", async () => {
    const draft = old.map((record) => {
      if (record.recordType !== "victim" || !("citizenships" in record)) return record;
      const { citizenships, ...rest } = record;
      return { ...rest, nationalities: citizenships };
    });
    const renamed = draft.filter((record) => "nationalities" in record).length;
    expect(renamed).toBeGreaterThan(0);
    const input = tmp.write("draft.ndjson", bundleOf("0.9.0", draft));
    const result = await convert([input, "--from", "tip", "--to", "tip", "-o", "draft-new.ndjson"], {
      LANG: "es_MX.UTF-8",
    });
    expect(result.stderr).toContain(`${old.length} registros actualizados del modelo 0.9.0 al 1.2.0`);
    const changes = renamed === 1 ? "1 cambio" : `${renamed} cambios`;
    expect(result.stderr).toContain(`  ${changes}: victim.nationalities → victim.citizenships`);
    const written = readFileSync(join(tmp.dir, "draft-new.ndjson"), "utf8").trim().split("\n");
    expect(written.map((line) => JSON.parse(line))).toEqual(old);
  });

  it("exits 2 on a file of an unknown or newer model version, writing nothing", async () => {
    const input = tmp.write("future.ndjson", bundleOf("2.0.0", old));
    const result = await convert([input, "--from", "tip", "--to", "tip", "-o", "future-out.ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("line 1 is in model version 2.0.0, which cannot be upgraded to 1.2.0");
    expect(result.stderr).not.toContain("    at ");
    expect(() => readFileSync(join(tmp.dir, "future-out.ndjson"))).toThrow();
  });
});

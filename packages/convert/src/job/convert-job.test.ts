import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { readFlatCsv } from "../standards/flat-csv/read-flat-csv.js";
import { type ChunkSink, type ConvertOptions, convert } from "./convert-job.js";

/** The example bundle's records, one per line: 1 victim, 1 case, 1 perpetrator, 2 agencies, 1 referral. */
const MIXED = EXAMPLES.bundle.records.map((record) => `${JSON.stringify(record)}\n`).join("");
const MIXED_COUNT = 6;

function memorySink(): ChunkSink & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (chunk) => void chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk)),
    text: () => chunks.join(""),
  };
}

async function run(options: Omit<ConvertOptions, "from">) {
  const main = memorySink();
  const outcome = await convert({ open: () => MIXED, rereadable: true, idSeed: "mixed" }, main, {
    from: "tip",
    ...options,
  });
  return { outcome, main };
}

describe("convert", () => {
  it("writes every record type of a mixed input to flat CSV, one output per type", async () => {
    for (const rereadable of [true, false]) {
      const others = new Map<string, ReturnType<typeof memorySink>>();
      const main = memorySink();
      const outcome = await convert({ open: () => MIXED, rereadable }, main, {
        from: "tip",
        to: "csv",
        openOtherType: (type) => {
          const sink = memorySink();
          others.set(type, sink);
          return sink;
        },
      });
      expect([...others.keys()].sort()).toEqual(["agency", "case", "perpetrator", "referral"]);
      expect(outcome.records).toEqual({ read: MIXED_COUNT, written: MIXED_COUNT, skipped: 0, skippedBy: [] });
      expect(readFlatCsv(main.text(), { entity: "victim" }).records).toEqual([EXAMPLES.victim]);
      expect(readFlatCsv(others.get("case")?.text() ?? "", { entity: "case" }).records).toEqual([
        EXAMPLES.case,
      ]);
      expect(readFlatCsv(others.get("agency")?.text() ?? "", { entity: "agency" }).records).toHaveLength(2);
    }
  });

  it("counts the records flat CSV of one type cannot hold as skipped, with the reason", async () => {
    const { outcome } = await run({ to: "csv" });
    expect(outcome.records).toEqual({
      read: MIXED_COUNT,
      written: 1,
      skipped: 5,
      skippedBy: [{ reason: "other_record_type", count: 5 }],
    });
  });

  it("counts what CTDC and HTCDS cannot hold as skipped; canonical NDJSON writes everything", async () => {
    const ctdc = await run({ to: "ctdc" });
    expect(ctdc.outcome.records).toMatchObject({ read: MIXED_COUNT, written: 1, skipped: 5 });
    expect(ctdc.outcome.records.skippedBy).toEqual([{ reason: "not_a_victim", count: 5 }]);
    const htcds = await run({ to: "htcds" });
    const { read, written, skipped } = htcds.outcome.records;
    expect(read).toBe(MIXED_COUNT);
    expect(written + skipped).toBe(MIXED_COUNT);
    expect(written).toBeGreaterThan(1);
    const tip = await run({ to: "tip" });
    expect(tip.outcome.records).toEqual({
      read: MIXED_COUNT,
      written: MIXED_COUNT,
      skipped: 0,
      skippedBy: [],
    });
    expect(tip.main.text()).toBe(MIXED);
  });

  it("passes a failure of the output on, so the caller can remove what was written", async () => {
    const failing: ChunkSink = {
      write: () => {
        throw Object.assign(new Error("full"), { code: "ENOSPC" });
      },
    };
    await expect(
      convert({ open: () => MIXED, rereadable: true }, failing, { from: "tip", to: "tip" }),
    ).rejects.toThrow("full");
  });
});

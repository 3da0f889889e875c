import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { readFlatCsv } from "../standards/flat-csv/read-flat-csv.js";
import { convert } from "./convert-job.js";
import type { ChunkSink, ConvertOptions } from "./convert-options.js";

/** The example bundle's records, one per line: 1 victim, 1 case, 1 perpetrator, 2 agencies, 1 referral. */
const MIXED = EXAMPLES.bundle.records.map((record) => `${JSON.stringify(record)}\n`).join("");
const MIXED_COUNT = 6;

const ctdc2024 = readFileSync(
  new URL("../standards/ctdc/fixtures/synthetic-2024/input.csv", import.meta.url),
  "utf8",
);

/** A stream that hands out its text a few bytes at a time, as a slow pipe would. */
function trickle(content: string): Readable {
  const pieces = content.match(/[\s\S]{1,7}/g) ?? [];
  return Readable.from(pieces.map((piece) => Buffer.from(piece)));
}

function memorySink(): ChunkSink & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (chunk) => void chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk)),
    text: () => chunks.join(""),
  };
}

async function run(options: Omit<ConvertOptions, "from">) {
  const main = memorySink();
  const outcome = await convert({ bytes: MIXED, idSeed: "mixed" }, main, {
    from: "tip",
    ...options,
  });
  return { outcome, main };
}

describe("convert", () => {
  it("writes every record type of a mixed input to flat CSV, one output per type", async () => {
    // Bytes can be read twice (columns planned on a first pass); a stream once (records held to plan them).
    for (const input of [{ bytes: MIXED }, { stream: Readable.from([MIXED]) }]) {
      const others = new Map<string, ReturnType<typeof memorySink>>();
      const main = memorySink();
      const outcome = await convert(input, main, {
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
    await expect(convert({ bytes: MIXED }, failing, { from: "tip", to: "tip" })).rejects.toThrow("full");
  });

  it("CTDC 2024 -> canonical -> CTDC 2024 gives the same file, detected and read in small chunks", async () => {
    const canonical = memorySink();
    const first = await convert({ stream: trickle(ctdc2024) }, canonical, { to: "tip" });
    expect(first.from).toBe("ctdc");
    expect(first.summary.rows).toEqual({ total: 4, converted: 4, invalid: 0, skipped: 0 });
    const back = memorySink();
    const second = await convert({ stream: trickle(canonical.text()) }, back, { to: "ctdc" });
    expect(second.from).toBe("tip");
    expect(back.text()).toBe(ctdc2024);
    expect(second.summary.outputs).toEqual([{ rows: { total: 4, converted: 4, invalid: 0, skipped: 0 } }]);
    expect(second.summary).toMatchObject({ ok: true, records: { read: 4, written: 4, skipped: 0 } });
  });

  it("skips lines of canonical NDJSON that are not records, says why, and ends in error", async () => {
    const main = memorySink();
    const input = `${JSON.stringify(EXAMPLES.victim)}\nnot json\n[1]\n\n`;
    const outcome = await convert({ bytes: input, name: "in.ndjson" }, main, { to: "tip" });
    expect(main.text().trim().split("\n")).toHaveLength(1);
    expect(outcome.read.skipped).toEqual([
      { row: 2, reason: "invalid_json" },
      { row: 3, reason: "not_a_record" },
    ]);
    expect(outcome.summary).toMatchObject({ ok: false, worstSeverity: "error" });
    expect(outcome.summary.rows.skipped).toBe(2);
  });

  it("refuses an input whose format cannot be told, and a workbook read as text", async () => {
    await expect(convert({ bytes: "just words\n" }, memorySink(), { to: "tip" })).rejects.toMatchObject({
      code: "unknown_format",
    });
    const workbook = readFileSync(
      new URL("../standards/htcds/fixtures/template-filled/input.xlsx", import.meta.url),
    );
    await expect(
      convert({ stream: Readable.from([workbook]) }, memorySink(), { from: "csv", to: "tip" }),
    ).rejects.toMatchObject({ code: "workbook_as_text" });
    // Told by its content, a workbook from a stream is read whole as the HTCDS template.
    const outcome = await convert({ stream: Readable.from([workbook]) }, memorySink(), { to: "tip" });
    expect(outcome.from).toBe("htcds");
    expect(outcome.summary.records.read).toBeGreaterThan(0);
  });
});

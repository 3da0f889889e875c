import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { convertStream, planFlatCsvStream } from "./convert-stream.js";

const ctdc2024 = readFileSync(
  new URL("../standards/ctdc/fixtures/synthetic-2024/input.csv", import.meta.url),
  "utf8",
);

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = "";
  for await (const chunk of chunks) all += chunk;
  return all;
}

/** A source that hands out its text a few bytes at a time, as a slow stream would. */
function trickle(content: string): Readable {
  const pieces = content.match(/[\s\S]{1,7}/g) ?? [];
  return Readable.from(pieces.map((piece) => Buffer.from(piece)));
}

describe("convertStream", () => {
  it("CTDC 2024 -> canonical -> CTDC 2024 gives the same file, read in small chunks", async () => {
    const ndjson = convertStream(trickle(ctdc2024), { from: "ctdc", to: "tip" });
    const canonical = await text(ndjson);
    expect(ndjson.reports().read.rows.converted).toBe(4);
    const back = convertStream(canonical, { from: "tip", to: "ctdc" });
    expect(await text(back)).toBe(ctdc2024);
    expect(back.reports().write?.rows.total).toBe(4);
  });

  it("writes flat CSV with a plan from a first pass, or holding the records without one", async () => {
    const ndjson = `${[EXAMPLES.victim, EXAMPLES.case, EXAMPLES.victim].map((r) => JSON.stringify(r)).join("\n")}\n`;
    const plan = await planFlatCsvStream(ndjson, { from: "tip", entity: "victim" });
    const planned = await text(convertStream(ndjson, { from: "tip", to: "csv", entity: "victim", plan }));
    const held = convertStream(ndjson, { from: "tip", to: "csv", entity: "victim" });
    expect(await text(held)).toBe(planned);
    expect(held.reports().write?.rows).toEqual({ total: 3, converted: 2, invalid: 0, skipped: 1 });
    const back = await text(convertStream(planned, { from: "csv", to: "tip", entity: "victim" }));
    expect(
      back
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([EXAMPLES.victim, EXAMPLES.victim]);
  });

  it("skips lines of canonical NDJSON that are not records, and says why", async () => {
    const stream = convertStream(`${JSON.stringify(EXAMPLES.victim)}\nnot json\n[1]\n\n`, {
      from: "tip",
      to: "tip",
    });
    expect((await text(stream)).trim().split("\n")).toHaveLength(1);
    expect(stream.reports().read.skipped).toEqual([
      { row: 2, reason: "invalid_json" },
      { row: 3, reason: "not_a_record" },
    ]);
  });
});

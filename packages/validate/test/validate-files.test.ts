import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputError, validateFiles } from "../src/public-api.js";
import { example, ndjson, tempFile, uuid, victim } from "./helpers.js";

const good = [victim(uuid(1)), victim(uuid(2))];
/** An unknown key: invalid on its own. */
const unknownKey = victim(uuid(3), { nickname: "x" });
/** Valid on its own; its case is nowhere, which only the end of the input shows. */
const dangling = victim(uuid(4), { caseIds: [uuid(999)] });
/** A case of the first victim: with a case in the input, references to cases are checked. */
const caseRecord = { ...example("case"), id: uuid(50), victimIds: [uuid(1)], perpetratorIds: [] };
/** The id of the first record again: the second one is invalid. */
const duplicate = victim(uuid(1));

describe("validateFiles", () => {
  it("merges the summaries of several inputs and gives the worst severity", async () => {
    const a = tempFile("a.ndjson", ndjson([...good, unknownKey]));
    const b = tempFile("b.json", JSON.stringify([victim(uuid(10))]));
    const result = await validateFiles([a, b]);
    expect(result.summary).toMatchObject({ total: 4, valid: 3, invalid: 1, skipped: 0 });
    expect(result.worst).toBe("error");
    expect(result.files).toEqual([
      { file: a, format: "ndjson", total: 3, valid: 2, invalid: 1, skipped: 0 },
      { file: b, format: "json", total: 1, valid: 1, invalid: 0, skipped: 0 },
    ]);
    expect(new Set(result.summary.issues.map((issue) => issue.file))).toEqual(new Set([a]));
  });

  it("has no severity when every record is valid", async () => {
    const result = await validateFiles([tempFile("ok.ndjson", ndjson(good))]);
    expect(result).toMatchObject({ worst: undefined, summary: { total: 2, valid: 2 } });
  });

  it("shares one issue budget across inputs, and counts past it", async () => {
    const bad = ndjson([unknownKey, victim(uuid(5), { nickname: "y" })]);
    const result = await validateFiles([tempFile("a.ndjson", bad), tempFile("b.ndjson", bad)], {
      maxIssues: 3,
      references: false,
    });
    expect(result.summary.issues).toHaveLength(3);
    expect(result.summary.truncated).toBe(true);
    expect(result.summary.invalid).toBe(4);
  });

  it("sniffs the format of a file with no known extension and of a stream", async () => {
    const text = ndjson([...good, unknownKey]);
    const file = await validateFiles([tempFile("export.txt", text)]);
    expect(file.files[0]?.format).toBe("ndjson");
    const chunks = [text.slice(0, 7), text.slice(7)];
    const stream = await validateFiles([{ source: Readable.from(chunks), name: "-" }]);
    expect(stream.files[0]).toEqual({
      file: "-",
      format: "ndjson",
      total: 3,
      valid: 2,
      invalid: 1,
      skipped: 0,
    });
    const csv = await validateFiles([{ source: Readable.from(["recordType,id\nvictim,not-a-uuid\n"]) }]);
    expect(csv.files[0]?.format).toBe("csv");
  });

  it("hands on every byte of a stream it sniffed, cut into one-byte chunks", async () => {
    const text = ndjson([...good, unknownKey]);
    const bytes = [...Buffer.from(text)].map((byte) => Uint8Array.of(byte));
    const result = await validateFiles([{ source: Readable.from(bytes) }]);
    expect(result.files[0]).toMatchObject({ format: "ndjson", total: 3, valid: 2, invalid: 1, skipped: 0 });
  });

  it("rejects an input whose format cannot be told, or that cannot be read, by its name only", async () => {
    const plain = tempFile("notes.txt", "hello\n");
    await expect(validateFiles([plain])).rejects.toMatchObject({ reason: "unknown_format", file: plain });
    const missing = `${plain}.missing.ndjson`;
    const error = await validateFiles([missing]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ reason: "unreadable", file: missing, cause: { code: "ENOENT" } });
  });

  it("hands on exactly the valid records, after the checks across records", async () => {
    const records = [good[0], unknownKey, dangling, good[1], caseRecord, duplicate];
    for (const [name, text] of [
      ["mixed.ndjson", `${ndjson(records)}\n\n{not json\n`],
      ["mixed.json", JSON.stringify({ ...example("bundle"), records })],
    ] as const) {
      const kept: unknown[] = [];
      const result = await validateFiles([tempFile(name, text)], {
        onValidRecord: (json) => {
          kept.push(JSON.parse(json));
        },
      });
      expect(kept).toEqual([good[0], good[1], caseRecord]);
      expect(result.summary.valid).toBe(3);
    }
  });

  it("keeps valid records in step with the records read: after a line too long, in a lone-object document", async () => {
    const long = victim(uuid(20), { nationalId: "x".repeat(4000) });
    const kept: unknown[] = [];
    const onValidRecord = (json: string) => {
      kept.push(JSON.parse(json));
    };
    const lines = tempFile("long.ndjson", ndjson([good[0], long, good[1]]));
    const result = await validateFiles([lines], { onValidRecord, maxLineBytes: 2000 });
    expect(result.summary).toMatchObject({ total: 3, valid: 2, skipped: 1 });
    const lone = tempFile("lone.json", JSON.stringify(good[0]));
    await validateFiles([lone], { onValidRecord });
    expect(kept).toEqual([good[0], good[1], good[0]]);
  });

  it("refuses to keep valid records of a CSV file or a stream, which it cannot read twice", async () => {
    const onValidRecord = () => undefined;
    const csv = tempFile("rows.csv", "recordType,id\n");
    await expect(validateFiles([csv], { onValidRecord })).rejects.toMatchObject({ reason: "not_rereadable" });
    const stream = { source: Readable.from([ndjson(good)]), format: "ndjson" as const };
    await expect(validateFiles([stream], { onValidRecord })).rejects.toMatchObject({
      reason: "not_rereadable",
    });
  });
});

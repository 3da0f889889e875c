import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { FORMATS } from "../../detect/detect-format.js";
import { convert } from "../../job/convert-job.js";
import type { ChunkSink } from "../../job/convert-options.js";
import { FORBIDDEN_KEYS } from "../../model/safe-keys.js";
import { expectPrototypeUntouched } from "../../testing/hostile.js";
import {
  attemptRead,
  drain,
  expectSoundReport,
  hostileJson,
  hostileText,
  recordLikeJson,
} from "../../testing/reader-properties.js";
import { readTipNdjsonStream } from "./read-tip-ndjson.js";

afterEach(() => {
  expectPrototypeUntouched();
});

/** A line of an NDJSON file: something like a record, any JSON, or text that is not JSON. */
const line = fc.oneof(
  { weight: 4, arbitrary: recordLikeJson },
  { weight: 2, arbitrary: hostileJson },
  { weight: 1, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc
      .array(recordLikeJson, { maxLength: 3 })
      .map((records) => `{"recordType":"bundle","records":[${records.join(",")}]}`),
  },
);
const ending = fc.constantFrom("\n", "\r\n");

/** What the reader makes of one line, worked out here without the reader: a row or not, and its records. */
function expectedOf(text: string): { row: boolean; records: number } {
  if (text.trim() === "") return { row: false, records: 0 };
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return inner;
    });
  } catch {
    return { row: true, records: 0 };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || forbidden)
    return { row: true, records: 0 };
  const record = value as { recordType?: unknown; records?: unknown };
  if (record.recordType === "bundle" && Array.isArray(record.records))
    return { row: true, records: record.records.length };
  return { row: true, records: 1 };
}

const sink = (): ChunkSink => ({ write: () => undefined });

describe("canonical NDJSON reader on arbitrary input", () => {
  it("reads arbitrary bytes without failing but for the input error, its counts reconciled", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const read = await attemptRead(() => drain(readTipNdjsonStream(bytes)));
        if (read !== undefined) expectSoundReport(read.report);
      }),
      { numRuns: 300 },
    );
  });

  it("counts every line once, yields each record of it, and never echoes a key or value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), ending, async (lines, end) => {
        // A hostile text may hold line breaks of its own: the file's lines are what it splits into.
        const text = lines.map((each) => `${each}${end}`).join("");
        const read = await attemptRead(() => drain(readTipNdjsonStream(text)));
        if (read === undefined) return;
        expectSoundReport(read.report);
        const expected = text.split(/\r\n|\n|\r/).map(expectedOf);
        expect(read.report.rows.total).toBe(expected.filter((each) => each.row).length);
        expect(read.records).toHaveLength(expected.reduce((sum, each) => sum + each.records, 0));
      }),
      { numRuns: 300 },
    );
  });

  it("migrates arbitrary lines from an older model version without failing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 5 }), async (lines) => {
        const text = lines.map((each) => `${each}\n`).join("");
        const stream = readTipNdjsonStream(text, { fromVersion: "0.9.0" });
        const read = await attemptRead(() => drain(stream));
        if (read !== undefined) expectSoundReport(read.report);
      }),
      { numRuns: 200 },
    );
  });

  for (const to of FORMATS) {
    it(`converts arbitrary lines to ${to}: every record read is written or skipped, no report echoes one`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 5 }), async (lines) => {
          const text = lines.map((each) => `${each}\n`).join("");
          const outcome = await attemptRead(() =>
            convert({ bytes: text }, sink(), { from: "tip", to, openOtherType: sink }),
          );
          if (outcome === undefined) return;
          expectSoundReport(outcome.read);
          for (const write of outcome.writes) expectSoundReport(write.report);
          const { read, written, skipped } = outcome.records;
          expect(written + skipped).toBe(read);
          const expected = text.split(/\r\n|\n|\r/).map(expectedOf);
          expect(read).toBe(expected.reduce((sum, each) => sum + each.records, 0));
        }),
        { numRuns: 100 },
      );
    });
  }
});

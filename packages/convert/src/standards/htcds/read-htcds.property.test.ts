import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { restoreFormula } from "../../io/formula-injection.js";
import { expectPrototypeUntouched } from "../../testing/hostile.js";
import {
  attemptRead,
  expectSoundReport,
  hostileJson,
  hostileKey,
  hostileText,
  objectText,
} from "../../testing/reader-properties.js";
import { textWorkbook } from "../../testing/xlsx-builders.js";
import { HTCDS_SLOTS } from "./htcds-slots.js";
import { type HtcdsFormat, readHtcds } from "./read-htcds.js";

afterEach(() => {
  expectPrototypeUntouched();
});

const NAMES = [...new Set(HTCDS_SLOTS.flatMap((slot) => slot.names))];

/** A header naming HTCDS fields (two at least, so it is taken for the header) among hostile names. */
const header = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 }),
    fc.array(hostileText, { maxLength: 3 }),
  )
  .chain(([names, extra]) => {
    const all = [...names, ...extra];
    return fc.shuffledSubarray(all, { minLength: all.length });
  });

/** A cell: hostile text, a picklist value or date HTCDS knows, or nothing. */
const cell = fc.oneof(
  hostileText,
  fc.constantFrom("Feminine", "Masculine", "CO", "1990-01-02", "ForcedLabour;SexualExploitation", "12"),
  fc.constant(""),
);
const rows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 });

/** Runs `readHtcds`, checks what every read keeps, and gives the result (or `undefined` on an input error). */
async function check(input: unknown, format: HtcdsFormat) {
  const result = await attemptRead(() => readHtcds(input, { format }));
  if (result === undefined) return undefined;
  expectSoundReport(result.report);
  const { converted, invalid } = result.report.rows;
  // A row that is converted or invalid gives its records (a victim at least); a skipped row none.
  expect(result.records.length).toBeGreaterThanOrEqual(converted + invalid);
  if (converted + invalid === 0) expect(result.records).toHaveLength(0);
  return result;
}

/** HTCDS CSV: data rows are those with a value but the template's row counter (a number in column A). */
function csvDataRows(head: readonly string[], data: readonly (readonly string[])[]): number {
  return data.filter((cells) =>
    cells.some(
      (value, column) =>
        restoreFormula(value.trim()) !== "" &&
        !(column === 0 && head[0]?.trim() === "" && /^\d+$/.test(value.trim())),
    ),
  ).length;
}

describe("readHtcds on arbitrary input", () => {
  for (const format of ["csv", "xlsform-csv", "xlsform-json", "xlsx"] as const) {
    it(`${format}: arbitrary bytes give records or the input error, never another failure`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          await check(bytes, format);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("csv: every data row counted once, nothing echoed, whatever the header and cells", async () => {
    await fc.assert(
      fc.asyncProperty(header, rows, async (head, data) => {
        const text = stringify([head, ...data], { quoted: true });
        const result = await check(text, "csv");
        if (result === undefined) return;
        expect(result.report.rows.total).toBe(csvDataRows(head, data));
      }),
      { numRuns: 200 },
    );
  });

  it("xlsx: every data row counted once, nothing echoed, whatever the header and cells", async () => {
    await fc.assert(
      fc.asyncProperty(header, rows, async (head, data) => {
        const result = await check(await textWorkbook([head, ...data]), "xlsx");
        if (result === undefined) return;
        expect(result.report.rows.total).toBe(csvDataRows(head, data));
      }),
      { numRuns: 150 },
    );
  });

  it("xlsform-csv: every submission with a value counted once, nothing echoed", async () => {
    await fc.assert(
      fc.asyncProperty(
        header.map((names) => names.map((name, index) => (index % 2 === 0 ? `grp/${name}` : name))),
        rows,
        async (head, data) => {
          const text = stringify([head, ...data], { quoted: true });
          const result = await check(text, "xlsform-csv");
          if (result === undefined) return;
          const filled = data.filter((cells) => cells.some((value) => value.trim() !== ""));
          expect(result.report.rows.total).toBe(filled.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("xlsform-json: any JSON is submissions or the input error; every submission counted once", async () => {
    const submission = fc
      .array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...NAMES),
            fc.constantFrom(...NAMES).map((name) => `grp_person/${name}`),
            hostileKey,
          ),
          fc.oneof(
            cell.map((text) => JSON.stringify(text)),
            hostileJson,
          ),
        ),
        { maxLength: 6 },
      )
      .map(objectText);
    const document = fc.oneof(
      fc
        .array(fc.oneof({ weight: 4, arbitrary: submission }, hostileJson), { maxLength: 5 })
        .map((items) => ({
          text: `[${items.join(",")}]`,
          submissions: items.length,
        })),
      fc.array(submission, { maxLength: 4 }).map((items) => ({
        text: `{"value":[${items.join(",")}]}`,
        submissions: items.length,
      })),
      hostileJson.map((text) => ({ text, submissions: undefined })),
    );
    await fc.assert(
      fc.asyncProperty(document, async ({ text, submissions }) => {
        const result = await check(text, "xlsform-json");
        if (result !== undefined && submissions !== undefined)
          expect(result.report.rows.total).toBe(submissions);
      }),
      { numRuns: 300 },
    );
  });
});

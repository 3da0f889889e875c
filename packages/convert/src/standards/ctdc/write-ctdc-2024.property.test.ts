import {
  alpha3Of,
  CODE_LISTS,
  type CountryCode,
  CTDC_2024_MEANS_GROUPS,
  parseAgeBand,
  type Victim,
} from "@tip/schema";
import { generateRecords } from "@tip/testkit";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CTDC_2024_COLUMNS } from "./ctdc-2024-columns.js";
import { readCtdc } from "./read-ctdc.js";
import { writeCtdc2024 } from "./write-ctdc-2024.js";

type Counts = Record<string, number>;

function add(counts: Counts, key: string | undefined): void {
  if (key !== undefined && key !== "") counts[key] = (counts[key] ?? 0) + 1;
}

/** Codes of the flag column, from the schema: the means table, else the code lists' `ctdc` mappings. */
function codesOf(column: string): Set<string> {
  const merged = CTDC_2024_MEANS_GROUPS[column];
  if (merged) return new Set(merged);
  const codes = new Set<string>();
  for (const list of Object.values(CODE_LISTS)) {
    for (const code of list.codes)
      if ((list.mappings as Record<string, { ctdc?: readonly string[] }>)[code]?.ctdc?.includes(column))
        codes.add(code);
  }
  return codes;
}

const FLAG_FIELDS = {
  means: (v: Victim) => v.exploitation?.meansOfControl,
  is: (v: Victim) => v.exploitation?.forms,
  typeOfLabour: (v: Victim) => v.exploitation?.labourSectors,
  typeOfSex: (v: Victim) => v.exploitation?.sexualExploitationTypes,
  recruiterRelation: (v: Victim) => v.exploitation?.recruiterRelations,
};

function flagCodes(victim: Victim, column: string): readonly string[] | undefined {
  const prefix = Object.keys(FLAG_FIELDS).find((key) => column.startsWith(key)) as keyof typeof FLAG_FIELDS;
  return FLAG_FIELDS[prefix](victim);
}

/** Per column, how many victims have each 2024 value, computed from the canonical records directly. */
function expectedCounts(victims: readonly Victim[]): Record<string, Counts> {
  const counts: Record<string, Counts> = Object.fromEntries(CTDC_2024_COLUMNS.map((column) => [column, {}]));
  const last = (list: keyof typeof CODE_LISTS, code: string | undefined) =>
    code === undefined
      ? undefined
      : (CODE_LISTS[list].mappings as Record<string, { ctdc?: readonly string[] }>)[code]?.ctdc?.at(-1);
  const flagColumns = CTDC_2024_COLUMNS.slice(6).map((column) => [column, codesOf(column)] as const);
  for (const v of victims) {
    add(counts.yearOfRegistration as Counts, v.yearOfRegistration?.toString());
    // CTDC has one column for both: gender where recorded, else sex (both fields map to `gender`).
    const gender = last("gender", v.gender) ?? last("sex", v.sex);
    add(counts.gender as Counts, gender === "-99" ? undefined : gender);
    add(counts.ageBroad as Counts, v.ageBand);
    add(counts.citizenship as Counts, v.citizenships?.[0] && alpha3Of(v.citizenships[0] as CountryCode));
    const exploited = v.exploitation?.countriesOfExploitation?.[0];
    add(counts.CountryOfExploitation as Counts, exploited && alpha3Of(exploited as CountryCode));
    add(counts.traffickMonths as Counts, v.exploitation?.duration);
    for (const [column, codes] of flagColumns) {
      if (flagCodes(v, column)?.some((code) => codes.has(code))) add(counts[column] as Counts, "1");
    }
  }
  return counts;
}

/** Per column, how many rows of the written CSV have each value (bands and durations read back as codes). */
function writtenCounts(csv: string): Record<string, Counts> {
  const counts: Record<string, Counts> = Object.fromEntries(CTDC_2024_COLUMNS.map((column) => [column, {}]));
  for (const row of parse(csv, { columns: true }) as Record<string, string>[]) {
    for (const column of CTDC_2024_COLUMNS) {
      let value = row[column];
      if (column === "ageBroad" && value) value = parseAgeBand(value);
      if (column === "traffickMonths" && value) value = value.replace("–", "-");
      add(counts[column] as Counts, value);
    }
  }
  return counts;
}

describe("canonical -> CTDC 2024", () => {
  it("gives, for 10,000 generated victims, the counts computed directly from the canonical records", () => {
    const victims = [...generateRecords({ seed: 2024, count: 10_000 })].filter(
      (record): record is Victim => record.recordType === "victim",
    );
    expect(victims).toHaveLength(10_000);
    const { text, report } = writeCtdc2024(victims);
    expect(report.rows).toMatchObject({ total: 10_000, skipped: 0 });
    const expected = expectedCounts(victims);
    expect(writtenCounts(text)).toEqual(expected);
    // Sanity: the generated data exercises (nearly) every column.
    const used = CTDC_2024_COLUMNS.filter((column) => Object.keys(expected[column] ?? {}).length > 0);
    expect(used.length).toBeGreaterThanOrEqual(CTDC_2024_COLUMNS.length - 2);
  });

  it("merges detailed means of control into the 2024 columns exactly (any subset of codes)", () => {
    const codes = CODE_LISTS.means_of_control.codes;
    fc.assert(
      fc.property(fc.subarray([...codes]), (means) => {
        const victim = {
          recordType: "victim",
          id: "00000000-0000-4000-8000-000000000000",
          exploitation: { meansOfControl: means },
        };
        const row =
          (parse(writeCtdc2024([victim]).text, { columns: true }) as Record<string, string>[])[0] ?? {};
        for (const [column, group] of Object.entries(CTDC_2024_MEANS_GROUPS)) {
          expect(row[column]).toBe(group.some((code) => means.includes(code)) ? "1" : "");
        }
        // Reading back keeps exactly the codes a one-code column stands for.
        const back = readCtdc(writeCtdc2024([victim]).text).records[0]?.exploitation?.meansOfControl ?? [];
        const exact = Object.values(CTDC_2024_MEANS_GROUPS)
          .filter((group) => group.length === 1)
          .flat();
        expect([...back].sort()).toEqual(means.filter((code) => exact.includes(code)).sort());
      }),
      { numRuns: 300 },
    );
  });
});

import {
  type Agency,
  type Case,
  CODE_LISTS,
  type CodeListId,
  type Referral,
  type TipRecord,
  type Victim,
} from "@tip/schema";
import { generate } from "@tip/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HTCDS_SLOTS, type HtcdsSlot } from "./htcds-slots.js";
import { readHtcds } from "./read-htcds.js";
import { writeHtcdsCsv } from "./write-htcds-csv.js";
import { writeHtcdsXlsx } from "./write-htcds-xlsx.js";

type Plain = Readonly<Record<string, unknown>>;

/** The codes of a list HTCDS has a value for, straight from the schema's mappings. */
function htcdsCodes(list: CodeListId): ReadonlySet<string> {
  const mappings = CODE_LISTS[list].mappings as Readonly<Record<string, { htcds?: readonly string[] }>>;
  const codes = CODE_LISTS[list].codes as readonly string[];
  // Lists whose codes are HTCDS's own values (countries) have no mappings at all.
  const mapped = codes.filter((code) => (mappings[code]?.htcds?.length ?? 0) > 0);
  return new Set(mapped.length > 0 ? mapped : codes);
}

/** What HTCDS can carry of a list of codes: mapped codes as they are, others as the list's `Other`, if any. */
function carried(list: CodeListId, codes: readonly string[]): string[] {
  const known = htcdsCodes(list);
  const other = [...known].find((code) => (CODE_LISTS[list].mappings as Plain)[code] && code === "other");
  const out = codes.flatMap((code) => (known.has(code) ? [code] : other ? [other] : []));
  return [...new Set(out)];
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current as Record<string | number, unknown> | undefined)?.[key],
    value,
  );
}

/** The one item of a list HTCDS can hold: the first whose required picklist HTCDS has a value for. */
function itemPath(record: Plain, slot: HtcdsSlot): (string | number)[] | undefined {
  const index = slot.path.indexOf(0);
  if (index < 0) return [...slot.path];
  const items = at(record, slot.path.slice(0, index)) as Plain[] | undefined;
  const keys = HTCDS_SLOTS.filter(
    (key) =>
      key.required &&
      key.codeList &&
      key.path.slice(0, index + 1).join() === slot.path.slice(0, index + 1).join(),
  );
  const found = (items ?? []).findIndex((item) =>
    keys.every((key) => {
      const code = at(item, key.path.slice(index + 1)) as string;
      return carried(key.codeList as CodeListId, [code]).length > 0;
    }),
  );
  return found < 0 ? undefined : [...slot.path.slice(0, index), found, ...slot.path.slice(index + 1)];
}

/** The value HTCDS carries for a slot of a record, or undefined. */
function expected(record: Plain | undefined, slot: HtcdsSlot): unknown {
  if (record === undefined) return undefined;
  const path = itemPath(record, slot);
  const value = path === undefined ? undefined : at(record, path);
  if (value === undefined || slot.codeList === undefined) return value;
  const codes = carried(slot.codeList, Array.isArray(value) ? value : [value as string]);
  if (codes.length === 0) return undefined;
  return slot.many ? codes : codes[0];
}

function actual(record: Plain | undefined, slot: HtcdsSlot): unknown {
  const value = record === undefined ? undefined : at(record, slot.path);
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

interface Row {
  readonly victim: Victim;
  readonly case?: Case;
  readonly agency?: Agency;
  readonly outgoing?: Referral;
}

/** Records by a key they list (victims of a case, the victim of a referral). */
function byKey<T>(records: readonly T[], keys: (record: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records)
    for (const key of keys(record)) map.set(key, [...(map.get(key) ?? []), record]);
  return map;
}

/** The canonical context of each victim, found independently of the writer. */
function rowsOf(records: readonly TipRecord[]): Row[] {
  const agencies = new Map(records.filter((r) => r.recordType === "agency").map((r) => [r.id, r]));
  const cases = byKey(
    records.filter((r): r is Case => r.recordType === "case"),
    (c) => c.victimIds ?? [],
  );
  const referrals = byKey(
    records.filter((r): r is Referral => r.recordType === "referral"),
    (r) => [r.victimId],
  );
  return records
    .filter((r): r is Victim => r.recordType === "victim")
    .map((victim) => {
      const kase = cases.get(victim.id)?.[0];
      const keeper = kase?.reportingAgencyIds?.[0];
      const own = referrals.get(victim.id) ?? [];
      // Compared only when it is unambiguous: the victim's one referral, sent by the case's reporting agency.
      const outgoing = own.length === 1 && own[0]?.from.agencyId === keeper ? own[0] : undefined;
      return { victim, case: kase, agency: agencies.get(keeper ?? ""), outgoing };
    });
}

/** The records read back, one row per victim, in order. */
function readRows(records: readonly TipRecord[]): Row[] {
  const agencies = new Map(records.filter((r) => r.recordType === "agency").map((r) => [r.id, r as Agency]));
  const cases = byKey(
    records.filter((r): r is Case => r.recordType === "case"),
    (c) => c.victimIds ?? [],
  );
  const sent = byKey(
    records.filter((r): r is Referral => r.recordType === "referral" && r.status === "sent"),
    (r) => [r.victimId],
  );
  return records
    .filter((r): r is Victim => r.recordType === "victim")
    .map((victim) => {
      const kase = cases.get(victim.id)?.[0];
      const outgoing = sent.get(victim.id)?.[0];
      return { victim, case: kase, agency: agencies.get(kase?.reportingAgencyIds?.[0] ?? ""), outgoing };
    });
}

const NAMES = new Set(["victim", "case", "agency"]);

/** Compares every HTCDS-carried field of each row; returns the mismatches (field ids and row numbers). */
function compare(
  original: readonly TipRecord[],
  back: readonly TipRecord[],
): { compared: number; mismatches: string[] } {
  const before = rowsOf(original);
  const after = readRows(back);
  const names = new Map(
    [...original, ...back].flatMap((r) => (r.recordType === "agency" ? [[r.id, r.name]] : [])),
  );
  const agencyName = (_: readonly TipRecord[], id: string | undefined) => names.get(id ?? "");
  let compared = 0;
  const mismatches: string[] = [];
  expect(after).toHaveLength(before.length);
  before.forEach((row, index) => {
    const readBack = after[index] as Row;
    for (const slot of HTCDS_SLOTS) {
      if (!NAMES.has(slot.recordType)) continue;
      const want = expected(row[slot.recordType as "victim"] as Plain | undefined, slot);
      const got = actual(readBack[slot.recordType as "victim"] as Plain | undefined, slot);
      if (want === undefined && got === undefined) continue;
      compared++;
      if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push(`${slot.fieldId} row ${index + 1}`);
    }
    if (row.outgoing) {
      const sent = row.outgoing;
      const got = readBack.outgoing;
      const pairs: [string, unknown, unknown][] = [
        ["referral.to", agencyName(original, sent.to.agencyId), agencyName(back, got?.to?.agencyId)],
        ["referralParty.caseWorker", sent.to.caseWorker, got?.to?.caseWorker],
        ["referral.reasons", carried("referral_reason", sent.reasons ?? []), got?.reasons ?? []],
        ["referral.details", sent.details, got?.details],
        ["referral.sentOn", sent.sentOn, got?.sentOn],
      ];
      for (const [field, want, value] of pairs) {
        compared++;
        if (JSON.stringify(want) !== JSON.stringify(value)) mismatches.push(`${field} row ${index + 1}`);
      }
    }
  });
  return { compared, mismatches };
}

describe("canonical -> HTCDS -> canonical keeps every field HTCDS can carry", () => {
  it("for 10,000 generated victims through HTCDS CSV", { timeout: 600_000 }, async () => {
    const { records } = generate({ seed: 2024, count: 10_000, country: "TT" });
    let started = performance.now();
    const { text, report: written } = writeHtcdsCsv(records);
    const writing = performance.now() - started;
    started = performance.now();
    const { records: back, report } = await readHtcds(text, { format: "csv", country: "TT" });
    console.info(
      `HTCDS CSV, 10,000 rows: written in ${Math.round(writing)} ms, read in ${Math.round(performance.now() - started)} ms`,
    );
    expect(written.rows.total).toBe(records.length);
    expect(report.rows.total).toBe(10_000);
    expect(report.invalidValues).toEqual([]);
    const { compared, mismatches } = compare(records, back);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(150_000);
  });

  it("for 500 generated victims through the Excel template", { timeout: 300_000 }, async () => {
    const { records } = generate({ seed: 7, count: 500, country: "TT" });
    const { bytes } = await writeHtcdsXlsx(records);
    const { records: back, report } = await readHtcds(bytes, { format: "xlsx", country: "TT" });
    expect(report.invalidValues).toEqual([]);
    const { mismatches } = compare(records, back);
    expect(mismatches).toEqual([]);
  });
});

describe("free text survives HTCDS CSV", () => {
  // The reader trims cells, so text is compared trimmed; empty text is no value.
  const text = fc
    .string({ minLength: 1, maxLength: 60, unit: "grapheme" })
    .map((value) => value.trim())
    .filter((value) => value !== "");
  const dangerous = fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "'=", "''+", ";", '"'), text)
    .map(([a, b]) => `${a}${b}`);

  it("whatever it starts with, holds, or how long it is", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(text, dangerous),
        fc.oneof(text, dangerous),
        async (givenName, closureReason) => {
          const victim = {
            recordType: "victim",
            id: "b2000000-0000-4000-8000-000000000001",
            givenName,
          } as TipRecord;
          const kase = {
            recordType: "case",
            id: "c2000000-0000-4000-8000-000000000001",
            victimIds: [victim.id],
            closureReason,
          } as TipRecord;
          const { records } = await readHtcds(writeHtcdsCsv([kase, victim]).text, { format: "csv" });
          expect(records.find((r) => r.recordType === "victim")).toMatchObject({ givenName });
          expect(records.find((r) => r.recordType === "case")).toMatchObject({ closureReason });
        },
      ),
      { numRuns: 300 },
    );
  });
});

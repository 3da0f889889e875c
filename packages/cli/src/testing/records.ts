import { EXAMPLES, tipRegistry, Victim } from "@tip/schema";

/** A deep copy of a model example, safe to change. */
function clone<T>(value: T): T {
  return structuredClone(value) as T;
}

/** A synthetic, valid victim record with its own id (`index` picks the last 12 hex digits). */
export function validVictim(index: number): Record<string, unknown> {
  const victim = clone(EXAMPLES.victim) as Record<string, unknown>;
  victim.id = `2b8e4f10-5c3a-4d7e-8f19-${index.toString(16).padStart(12, "0")}`;
  return victim;
}

/** A synthetic victim with an error no value can hide: `sex` takes a code outside its list. */
export function invalidVictim(index: number): Record<string, unknown> {
  return { ...validVictim(index), sex: "not-a-sex-code" };
}

/** The victim fields whose pii class is not `none`, read from the schema's metadata (never restated here). */
export const PERSONAL_VICTIM_FIELDS: readonly string[] = Object.entries(Victim.shape)
  .filter(([, schema]) => {
    const pii = tipRegistry.get(schema)?.pii;
    return pii !== undefined && pii !== "none";
  })
  .map(([key]) => key);

/**
 * An invalid victim whose every personal field holds `canary` (plus the field name), so each becomes wrong
 * in its own way: a bad code, a bad type, a malformed date, a string where an object belongs.
 */
export function canaryVictim(index: number, canary: string): Record<string, unknown> {
  const victim = validVictim(index);
  for (const key of PERSONAL_VICTIM_FIELDS) victim[key] = `${canary}-${key}`;
  return victim;
}

/** A victim invalid through a non-personal field, with well-formed names and contact fields holding the canary. */
export function canaryNamedVictim(index: number, canary: string): Record<string, unknown> {
  return {
    ...validVictim(index),
    dataSource: "not-a-data-source",
    givenName: `${canary}-given`,
    familyName: `${canary}-family`,
    email: `${canary}@example.org`,
  };
}

/** Records as NDJSON text, one per line. */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** Records inside a valid bundle envelope (the model's example bundle with its records replaced). */
export function toBundleJson(records: readonly unknown[]): string {
  return JSON.stringify({ ...clone(EXAMPLES.bundle), records });
}

/** The model's example bundle, a valid JSON bundle file. */
export function exampleBundleJson(): string {
  return JSON.stringify(EXAMPLES.bundle);
}

/** Cells of one CSV row, quoted where needed. */
function csvRow(cells: readonly string[]): string {
  return `${cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")}\n`;
}

/** A victim CSV (no `recordType` column) with a column per personal field, each cell holding the canary. */
export function canaryVictimCsv(canary: string): string {
  return (
    csvRow(["id", ...PERSONAL_VICTIM_FIELDS]) +
    csvRow([String(validVictim(12).id), ...PERSONAL_VICTIM_FIELDS.map((key) => `${canary}-${key}`)])
  );
}

/** A victim CSV of `count` valid rows and one row whose `sex` is not a code (line `count + 2`). */
export function victimCsv(count: number, withInvalid: boolean): string {
  let text = csvRow(["id", "givenName", "sex", "birthYear"]);
  for (let index = 0; index < count; index++) {
    text += csvRow([String(validVictim(100 + index).id), "Ana", "female", "1990"]);
  }
  if (withInvalid) text += csvRow([String(validVictim(99).id), "Ana", "not-a-sex-code", "1990"]);
  return text;
}

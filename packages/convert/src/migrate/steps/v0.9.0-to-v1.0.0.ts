import type { ChangeNote, MigrationStep, PlainRecord } from "../migration-step.js";

/** Moves `object[from]` to `object[to]`; when both are lists, keeps every item of both once. */
function rename(object: PlainRecord, from: string, to: string, changed: ChangeNote, kind: string): void {
  if (!Object.hasOwn(object, from)) return;
  changed(kind);
  const old = object[from];
  delete object[from];
  const current = object[to];
  if (current === undefined) object[to] = old;
  else if (Array.isArray(current) && Array.isArray(old)) object[to] = [...new Set([...current, ...old])];
}

/**
 * 0.9.0 is the pre-release draft of the model that the first pilot exports were written in (never published
 * on npm). Two victim fields were renamed for 1.0.0 to follow IC-TIP and HTCDS wording:
 * - `victim.nationalities` -> `victim.citizenships` (citizenship is the legal bond; nationality was ambiguous);
 * - `victim.exploitation.types` -> `victim.exploitation.forms` (forms of exploitation, Palermo Art. 3(a)).
 * Values are unchanged. If a record already has the new field too, list items of both are kept once.
 */
export const v090ToV100: MigrationStep = {
  from: "0.9.0",
  to: "1.0.0",
  description: "victim.nationalities -> citizenships; victim.exploitation.types -> exploitation.forms",
  up(record, changed) {
    if (record.recordType !== "victim") return record;
    rename(record, "nationalities", "citizenships", changed, "victim.nationalities → victim.citizenships");
    const exploitation = record.exploitation;
    if (exploitation !== null && typeof exploitation === "object" && !Array.isArray(exploitation)) {
      rename(
        exploitation as PlainRecord,
        "types",
        "forms",
        changed,
        "exploitation.types → exploitation.forms",
      );
    }
    return record;
  },
};

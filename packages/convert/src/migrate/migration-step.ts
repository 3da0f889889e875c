/** A plain record as stored: JSON objects keyed by field name. */
export type PlainRecord = Record<string, unknown>;

/**
 * Told of each change a step makes to a record, by kind: the fields it touched, never a value
 * (`victim.nationalities → victim.citizenships` for a rename). Reports count changes per kind.
 */
export type ChangeNote = (kind: string) => void;

/**
 * One step between two versions of the canonical model. `up` gets a copy of one record of any type (never a
 * bundle: `migrate` opens bundles) and returns it in the newer version's form; it may change the copy, and
 * calls `changed` once per change it makes.
 */
export interface MigrationStep {
  readonly from: string;
  readonly to: string;
  /** What changed, for the changelog and `tip convert` users. */
  readonly description: string;
  up(record: PlainRecord, changed: ChangeNote): PlainRecord;
}

import { Agency } from "../entities/agency/agency.schema.js";
import { Aggregate } from "../entities/aggregate/aggregate.schema.js";
import { ExchangeBundle } from "../entities/bundle/bundle.schema.js";
import { Case } from "../entities/case/case.schema.js";
import { Perpetrator } from "../entities/perpetrator/perpetrator.schema.js";
import { Referral } from "../entities/referral/referral.schema.js";
import { Victim } from "../entities/victim/victim.schema.js";

/** The schema of each record type, keyed by the value of `recordType`. */
export const ENTITIES = {
  case: Case,
  victim: Victim,
  perpetrator: Perpetrator,
  agency: Agency,
  referral: Referral,
  aggregate: Aggregate,
  bundle: ExchangeBundle,
} as const;

/** A value of `recordType`. */
export type RecordType = keyof typeof ENTITIES;

/** Every record type, in documentation order. */
export const RECORD_TYPES = Object.keys(ENTITIES) as RecordType[];

/** Whether a value names a record type of the model. */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && Object.hasOwn(ENTITIES, value);
}

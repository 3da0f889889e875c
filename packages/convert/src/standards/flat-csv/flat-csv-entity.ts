import { ENTITIES, type RecordType } from "@tip/schema";
import { type ObjectNode, shapeOf } from "../../model/shape.js";

/** The record types a flat CSV can hold (one row per record); a bundle is an envelope, not a row. */
export type FlatCsvEntity = Exclude<RecordType, "bundle">;

/** The flat CSV record types, in documentation order. */
export const FLAT_CSV_ENTITIES = Object.keys(ENTITIES).filter((type) => type !== "bundle") as FlatCsvEntity[];

/** Whether a value names a record type a flat CSV can hold. */
export function isFlatCsvEntity(value: unknown): value is FlatCsvEntity {
  return typeof value === "string" && (FLAT_CSV_ENTITIES as readonly string[]).includes(value);
}

/** The shape of a record type, read from its schema. */
export function entityShape(entity: FlatCsvEntity): ObjectNode {
  return shapeOf(ENTITIES[entity]);
}

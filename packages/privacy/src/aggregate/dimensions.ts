/**
 * What a table counts: victims, perpetrators (persons suspected, prosecuted, convicted), helpline contacts, or
 * compensated victims (distinct victims with a compensation or restitution marked paid).
 */
export type Unit = "victims" | "perpetrators" | "contacts" | "compensated";

/** Dimensions a table of victims can be broken down by. */
export const VICTIM_DIMENSIONS = [
  "sex",
  "age_group",
  "glotip_group",
  "exploitation",
  "glotip_form",
  "citizenship",
  "country",
  "year",
] as const;

/** Dimensions a table of perpetrators can be broken down by. */
export const PERPETRATOR_DIMENSIONS = [
  "sex",
  "age_group",
  "glotip_group",
  "stage",
  "citizenship",
  "year",
] as const;

/** Dimensions a table of helpline contacts can be broken down by (the year is that of the contact). */
export const CONTACT_DIMENSIONS = ["channel", "outcome", "year"] as const;

/** Dimensions a table of compensated victims can be broken down by (the year is that of a payment). */
export const COMPENSATED_DIMENSIONS = ["compensation_source", "year"] as const;

/** A dimension of a table. */
export type Dimension =
  | (typeof VICTIM_DIMENSIONS)[number]
  | (typeof PERPETRATOR_DIMENSIONS)[number]
  | (typeof CONTACT_DIMENSIONS)[number]
  | (typeof COMPENSATED_DIMENSIONS)[number];

/** Every dimension, in documentation order. */
export const DIMENSIONS: readonly Dimension[] = [
  ...new Set<Dimension>([
    ...VICTIM_DIMENSIONS,
    ...PERPETRATOR_DIMENSIONS,
    ...CONTACT_DIMENSIONS,
    ...COMPENSATED_DIMENSIONS,
  ]),
];

const DIMENSIONS_OF_UNIT: Readonly<Record<Unit, readonly Dimension[]>> = {
  victims: VICTIM_DIMENSIONS,
  perpetrators: PERPETRATOR_DIMENSIONS,
  contacts: CONTACT_DIMENSIONS,
  compensated: COMPENSATED_DIMENSIONS,
};

/** Every unit, in documentation order. */
export const UNITS: readonly Unit[] = ["victims", "perpetrators", "contacts", "compensated"];

/** The dimensions a unit can be broken down by. */
export function dimensionsOf(unit: Unit): readonly Dimension[] {
  return DIMENSIONS_OF_UNIT[unit];
}

/** Whether a value names a dimension. */
export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}

/** The value a dimension takes in a margin (row, column or grand total). */
export const TOTAL = "total";

/** The value of a dimension that a record does not tell. */
export const UNKNOWN = "unknown";

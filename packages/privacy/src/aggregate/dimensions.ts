/** What a table counts: victims, or perpetrators (persons suspected, prosecuted, convicted). */
export type Unit = "victims" | "perpetrators";

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

/** A dimension of a table. */
export type Dimension = (typeof VICTIM_DIMENSIONS)[number] | (typeof PERPETRATOR_DIMENSIONS)[number];

/** Every dimension, in documentation order. */
export const DIMENSIONS: readonly Dimension[] = [
  ...new Set<Dimension>([...VICTIM_DIMENSIONS, ...PERPETRATOR_DIMENSIONS]),
];

/** The dimensions a unit can be broken down by. */
export function dimensionsOf(unit: Unit): readonly Dimension[] {
  return unit === "victims" ? VICTIM_DIMENSIONS : PERPETRATOR_DIMENSIONS;
}

/** Whether a value names a dimension. */
export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}

/** The value a dimension takes in a margin (row, column or grand total). */
export const TOTAL = "total";

/** The value of a dimension that a record does not tell. */
export const UNKNOWN = "unknown";

/** Where a record type holds a country code. */
export interface CountrySite {
  /** Property names from the record down, `*` for every item of an array. */
  readonly path: readonly string[];
  /** The field takes several codes (an array of codes). */
  readonly many: boolean;
  /** The field's name in the model. */
  readonly field: string;
}

/** Options of `generalize`; each defaults to the coarser-but-useful level shown. */
export interface GeneralizeOptions {
  /**
   * Birth and age: `"year"` (default) turns a birth date into a birth year; `"ageBand"` keeps only the CTDC age
   * band (victims) and removes birth dates, birth years and exact ages; `"keep"` leaves them.
   */
  readonly birth?: "year" | "ageBand" | "keep";
  /** Quasi-identifying dates: to the `"month"` (default) or `"year"`, or `"keep"`. */
  readonly dates?: "month" | "year" | "keep";
  /** Personal places: only the `"country"` (default) stays, or `"keep"`. */
  readonly places?: "country" | "keep";
}

/** Options with defaults applied. */
export type ResolvedGeneralizeOptions = Required<GeneralizeOptions>;

/** Applies the defaults. */
export function resolveGeneralizeOptions(options: GeneralizeOptions = {}): ResolvedGeneralizeOptions {
  return {
    birth: options.birth ?? "year",
    dates: options.dates ?? "month",
    places: options.places ?? "country",
  };
}

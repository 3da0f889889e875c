/**
 * Where a field or code comes from in the outside standards. Names are the standards' own spellings;
 * a list means several source names feed the same canonical field or code.
 */
export interface Mappings {
  /** HTCDS 2.0 field names (`prs_Gender`) or picklist value names (`Feminine`). */
  readonly htcds?: readonly string[];
  /** CTDC column names (`gender`, `meansOfControlDebtBondage`) or values. */
  readonly ctdc?: readonly string[];
  /** IC-TIP variable or category, where known. */
  readonly ictip?: readonly string[];
  /** ICCS v1.0 codes. */
  readonly iccs?: readonly string[];
  /** GLOTIP reporting category. */
  readonly glotip?: readonly string[];
}

/** The standards a mapping can point at. */
export type MappingSystem = keyof Mappings;

/** Every mapping system, in documentation order. */
export const MAPPING_SYSTEMS: readonly MappingSystem[] = ["htcds", "ctdc", "ictip", "iccs", "glotip"];

/**
 * Values that real CTDC files carry besides the codebook's own: written by CTDC itself (hotline rows, the
 * terms-of-use column of the 2020 global file) or by a spreadsheet or pandas that re-saved a CTDC file.
 */

/** The first header cell of CTDC's raw global file (2020): a terms-of-use notice, not a data column. */
const TERMS_OF_USE = /^by using this data you agree to the terms of use\b/i;

/** Whether a header cell is CTDC's terms-of-use notice (its column is empty in every data row). */
export function isCtdcTermsOfUse(header: string): boolean {
  return TERMS_OF_USE.test(header.trim());
}

/**
 * Whether a cell is CTDC's `Unknown`: "not collected", the hotline rows' missing marker (IOM's CTDC data
 * dictionary, 2021). Read as missing in flag, number and age-band columns, where it is no answer.
 */
export function isCtdcNotCollected(cell: string): boolean {
  return cell.length <= 12 && cell.trim().toLowerCase() === "unknown";
}

const ZERO_COUNTRY = /^\s*0(?:\.0+)?\s*$/;

/**
 * Whether a country cell is CTDC's unknown country `00` as a spreadsheet or pandas re-saved it: read as the
 * number 0 and written back as `0` or `0.0`. No country has this code (ISO 3166-1 numeric codes start at 4).
 */
export function isZeroCountry(cell: string): boolean {
  return ZERO_COUNTRY.test(cell);
}

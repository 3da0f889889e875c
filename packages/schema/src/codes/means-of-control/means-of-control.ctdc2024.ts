import { type MeansOfControlCode, meansOfControl } from "./means-of-control.codes.js";

/** The 2024 merged columns are named `means…`; the older detailed ones `meansOfControl…`. */
function isCtdc2024MeansColumn(column: string): boolean {
  return column.startsWith("means") && !column.startsWith("meansOfControl");
}

function groupByCtdc2024Column(): Record<string, readonly MeansOfControlCode[]> {
  const groups: Record<string, MeansOfControlCode[]> = {};
  for (const code of meansOfControl.codes) {
    for (const column of meansOfControl.mappings[code].ctdc ?? []) {
      if (!isCtdc2024MeansColumn(column)) continue;
      groups[column] ??= [];
      groups[column].push(code);
    }
  }
  for (const codes of Object.values(groups)) Object.freeze(codes);
  return Object.freeze(groups);
}

/**
 * The merged `means*` columns of the CTDC synthetic dataset (codebook v2, February 2024), each with the
 * means-of-control codes it merges, derived from the list's `ctdc` mappings. Detailed codes → 2024 columns
 * is exact (a column is 1 when any of its codes applies); 2024 columns → codes is lossy, since a set column
 * only says that at least one of its codes applied. Codes without a 2024 column (e.g. `other`) are absent.
 */
export const CTDC_2024_MEANS_GROUPS: Record<string, readonly MeansOfControlCode[]> = groupByCtdc2024Column();

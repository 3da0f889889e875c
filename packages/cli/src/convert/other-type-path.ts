import { extname } from "node:path";

/**
 * Where flat CSV records of another type than the main one go: beside the `-o` file, the record type before
 * its extension (`out.csv` -> `out.case.csv`; `out` -> `out.case.csv`).
 */
export function otherTypePath(output: string, recordType: string): string {
  const extension = extname(output);
  const stem = extension === "" ? output : output.slice(0, -extension.length);
  return `${stem}.${recordType}${extension || ".csv"}`;
}

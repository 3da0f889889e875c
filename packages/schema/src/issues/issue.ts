/** How serious an issue is: `error` makes a record invalid; `warning` is suspicious but legal; `info` is advice. */
export type Severity = "error" | "warning" | "info";

/** Values an issue may carry: field ids, code-list ids, codes, limits and counts, never a field's value. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** A problem found in a record. `path` is a JSON Pointer into the record that was checked. */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly severity: Severity;
  readonly message: string;
  readonly params: IssueParams;
}

/** Builds a JSON Pointer (RFC 6901) from path segments. */
export function toPointer(segments: readonly PropertyKey[]): string {
  let pointer = "";
  for (const segment of segments) {
    pointer += `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  }
  return pointer;
}

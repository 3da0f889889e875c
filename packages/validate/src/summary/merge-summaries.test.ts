import { describe, expect, it } from "vitest";
import { mergeSummaries } from "./merge-summaries.js";
import type { Summary } from "./summary.js";

const issue = (file: string, code: string) =>
  ({ code, path: "/sex", severity: "error", message: "m", params: {}, file, line: 1 }) as const;

const a: Summary = {
  total: 3,
  valid: 1,
  invalid: 1,
  skipped: 1,
  errors: 2,
  byCode: { invalid_code: 1, invalid_json: 1 },
  byRecordType: { victim: { total: 2, valid: 1, invalid: 1 } },
  issues: [issue("a.ndjson", "invalid_code"), issue("a.ndjson", "invalid_json")],
  truncated: false,
};
const b: Summary = {
  total: 2,
  valid: 1,
  invalid: 1,
  skipped: 0,
  errors: 4,
  byCode: { invalid_code: 4 },
  byRecordType: { victim: { total: 1, valid: 1, invalid: 0 }, case: { total: 1, valid: 0, invalid: 1 } },
  issues: [issue("b.ndjson", "invalid_code")],
  truncated: true,
};

describe("mergeSummaries", () => {
  it("adds up counts, keeps issues in input order and stays truncated if any input was", () => {
    const merged = mergeSummaries([a, b]);
    expect(merged).toMatchObject({ total: 5, valid: 2, invalid: 2, skipped: 1, errors: 6, truncated: true });
    expect(merged.valid + merged.invalid + merged.skipped).toBe(merged.total);
    expect(merged.byCode).toEqual({ invalid_code: 5, invalid_json: 1 });
    expect(merged.byRecordType).toEqual({
      victim: { total: 3, valid: 2, invalid: 1 },
      case: { total: 1, valid: 0, invalid: 1 },
    });
    expect(merged.issues.map((found) => found.file)).toEqual(["a.ndjson", "a.ndjson", "b.ndjson"]);
  });

  it("returns an empty summary for no input", () => {
    expect(mergeSummaries([])).toMatchObject({ total: 0, valid: 0, invalid: 0, skipped: 0, issues: [] });
  });
});

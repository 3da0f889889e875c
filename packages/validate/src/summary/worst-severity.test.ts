import { describe, expect, it } from "vitest";
import type { Located, Summary } from "./summary.js";
import { worstSeverity } from "./worst-severity.js";

const empty: Summary = {
  total: 2,
  valid: 2,
  invalid: 0,
  skipped: 0,
  errors: 0,
  byCode: {},
  byRecordType: {},
  issues: [],
  truncated: false,
};
const issue = (code: string, severity: Located["severity"]): Located => ({
  code,
  path: "",
  severity,
  message: "m",
  params: {},
});

describe("worstSeverity", () => {
  it("is undefined for a clean summary", () => {
    expect(worstSeverity(empty)).toBeUndefined();
  });

  it("is error for any invalid or skipped record or counted error", () => {
    expect(worstSeverity({ ...empty, valid: 1, invalid: 1 })).toBe("error");
    expect(worstSeverity({ ...empty, valid: 1, skipped: 1 })).toBe("error");
    expect(worstSeverity({ ...empty, errors: 1 })).toBe("error");
  });

  it("is error for an error code counted past the kept issues", () => {
    // `empty_input` is an error about the input; no issue is kept, only its count.
    expect(worstSeverity({ ...empty, byCode: { empty_input: 1 }, truncated: true })).toBe("error");
  });

  it("is the worst of the kept issues when the data is valid", () => {
    expect(worstSeverity({ ...empty, issues: [issue("x_info", "info")] })).toBe("info");
    expect(worstSeverity({ ...empty, issues: [issue("x_info", "info"), issue("x_warn", "warning")] })).toBe(
      "warning",
    );
  });
});

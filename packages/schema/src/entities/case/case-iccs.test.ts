import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { EXAMPLES } from "../../model/examples.js";

function iccsWarnings(changes: Record<string, unknown>) {
  const result = checkRecord({ ...structuredClone(EXAMPLES.case), ...changes }, { locale: en });
  return result.issues.filter((issue) => issue.code === "iccs_code_missing_for_purpose").map((i) => i.path);
}

describe("iccs_code_missing_for_purpose", () => {
  it("asks only for 0204 subcodes: forced marriage's own code (020292) is no trafficking subcode", () => {
    expect(iccsWarnings({ purposes: ["forced_marriage"], iccsCodes: ["0204"] })).toEqual([]);
    expect(iccsWarnings({ purposes: ["illegal_adoption"], iccsCodes: ["0204", "02044"] })).toEqual([]);
  });

  it("still asks for the subcode of a purpose that has one", () => {
    expect(iccsWarnings({ purposes: ["forced_marriage", "forced_labour"], iccsCodes: ["0204"] })).toEqual([
      "/purposes/1",
    ]);
  });

  it("accepts the new ICCS codes in related offences", () => {
    const result = checkRecord(
      { ...structuredClone(EXAMPLES.case), relatedOffences: ["020292", "020291", "09051"] },
      { locale: en },
    );
    expect(result.ok).toBe(true);
  });
});

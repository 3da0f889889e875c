import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { screeningExample } from "./screening.example.js";

const codesOf = (record: unknown) => checkRecord(record, { locale: en }).issues.map((issue) => issue.code);

describe("screening record", () => {
  it("accepts the example", () => {
    expect(checkRecord(screeningExample, { locale: en }).ok).toBe(true);
  });

  it("warns on a presumed victim without any indicator", () => {
    expect(codesOf({ ...screeningExample, indicators: [] })).toEqual(["presumed_victim_without_indicators"]);
    expect(codesOf({ ...screeningExample, indicators: [], outcome: "not_a_victim" })).toEqual([]);
  });

  it("rejects an indicator found twice, at the second one", () => {
    const indicators = [
      { indicator: "isolation", strength: "weak" },
      { indicator: "deception" },
      { indicator: "isolation", strength: "strong" },
    ];
    const result = checkRecord({ ...screeningExample, indicators }, { locale: en });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["screening_indicator_repeated", "/indicators/2/indicator"],
    ]);
  });

  it("warns on an other tool without a name, and rejects an unknown strength", () => {
    expect(codesOf({ ...screeningExample, tool: "other" })).toEqual(["screening_tool_name_missing"]);
    expect(codesOf({ ...screeningExample, tool: "other", toolName: "Tool v2" })).toEqual([]);
    const indicators = [{ indicator: "isolation", strength: "very strong" }];
    expect(codesOf({ ...screeningExample, indicators })).toContain("invalid_code");
  });
});

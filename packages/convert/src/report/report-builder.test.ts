import type { Issue } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { ReportBuilder, reconciles } from "./report-builder.js";

const issue: Issue = { code: "invalid_code", path: "/gender", severity: "error", message: "m", params: {} };

describe("ReportBuilder", () => {
  it("accounts for every row exactly once", () => {
    const builder = new ReportBuilder("ctdc", "tip");
    builder.convertedRow();
    builder.invalidRow([issue]);
    builder.skippedRow("csv_row_length");
    const report = builder.build();
    expect(report.rows).toEqual({ total: 3, converted: 1, invalid: 1, skipped: 1 });
    expect(reconciles(report.rows)).toBe(true);
    expect(report.issues).toEqual([{ ...issue, row: 2 }]);
    expect(report.skipped).toEqual([{ row: 3, reason: "csv_row_length" }]);
  });

  it("only ever makes a field's outcome worse, and gathers its notes", () => {
    const builder = new ReportBuilder("tip", "ctdc");
    builder.field("gender", "lossy", ["victim.gender"], "a");
    builder.field("gender", "mapped", ["victim.gender"]);
    builder.field("gender", "lossy", ["victim.gender"], "b");
    builder.seen("gender", 2);
    builder.seen("undeclared");
    expect(builder.build().fields).toEqual([
      { field: "gender", outcome: "lossy", canonical: ["victim.gender"], rows: 2, note: "a; b" },
    ]);
  });

  it("caps its lists and counts what it left out, keeping the row counts whole", () => {
    const builder = new ReportBuilder("ctdc", "tip", { maxListed: 2 });
    for (let row = 1; row <= 5; row++) {
      builder.invalidValue({ row, column: "gender", code: "unknown_code" });
      builder.skippedRow("csv_row_length", row);
    }
    const report = builder.build();
    expect(report.invalidValues).toHaveLength(2);
    expect(report.skipped).toHaveLength(2);
    expect(report.rows.skipped).toBe(5);
    expect(report.omitted).toEqual({ invalidValues: 3, skipped: 3, issues: 0 });
    expect(reconciles(report.rows)).toBe(true);
  });
});

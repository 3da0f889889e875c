import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { columnAt, planColumns } from "./column-plan.js";
import { rowToRecord } from "./row-to-record.js";

describe("planColumns", () => {
  it("maps dotted paths to fields with the type of each", () => {
    const plan = planColumns(
      ["recordType", "id", "ageAtExploitation", "exploitation.forms", "identification.status", "deceased"],
      "victim",
      false,
      en,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.columns.map((column) => column.kind)).toEqual([
      { type: "string" },
      { type: "string" },
      { type: "number" },
      { type: "array", element: "string" },
      { type: "string" },
      { type: "boolean" },
    ]);
    expect(columnAt(plan, "/exploitation/forms/1")).toBe(4);
    expect(columnAt(plan, "/identification/status")).toBe(5);
    expect(columnAt(plan, "/sex")).toBe(undefined);
  });

  it("reports unknown, repeated and missing required columns, naming columns but no values", () => {
    const plan = planColumns(
      ["recordType", "id", "id", "sexx", "__proto__.polluted", "from.agencyId"],
      "referral",
      false,
      en,
    );
    const found = plan.issues.map(({ issue, column }) => [issue.code, issue.params.column, column]);
    expect(found).toEqual([
      ["csv_duplicate_column", 3, 3],
      ["csv_extra_column", 4, 4],
      ["csv_extra_column", 5, 5],
      ["csv_missing_column", "victimId", undefined],
      ["csv_missing_column", "from.country", undefined],
      ["csv_missing_column", "to.agencyId", undefined],
      ["csv_missing_column", "to.country", undefined],
      ["csv_missing_column", "crossBorder", undefined],
      ["csv_missing_column", "status", undefined],
    ]);
    const missing = plan.issues.find(({ issue }) => issue.params.column === "status")?.issue;
    expect(missing?.message).toContain(en.fields["referral.status"].label);
  });

  it("needs no recordType column when the caller names the type", () => {
    expect(planColumns(["id"], "victim", true, en).issues).toEqual([]);
    expect(planColumns(["id"], "victim", false, en).issues.map(({ issue }) => issue.params.column)).toEqual([
      "recordType",
    ]);
  });

  it("accepts free extension columns and array indexes", () => {
    const plan = planColumns(["id", "extensions.lc.region", "assistance.0.service"], "victim", true, en);
    expect(plan.issues).toEqual([]);
    const record = rowToRecord(["x", "north", "shelter"], plan, "victim");
    expect(record).toEqual({
      recordType: "victim",
      id: "x",
      extensions: { lc: { region: "north" } },
      assistance: [{ service: "shelter" }],
    });
  });
});

describe("rowToRecord", () => {
  it("leaves blank cells out and never touches a prototype", () => {
    const plan = planColumns(["id", "sex", "exploitation.forms"], "victim", true, en);
    const record = rowToRecord(["x", "  ", ""], plan, "victim");
    expect(record).toEqual({ recordType: "victim", id: "x" });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  });
});

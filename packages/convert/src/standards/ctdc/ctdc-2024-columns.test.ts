import { CTDC_2024_MEANS_GROUPS } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { CTDC_2024_COLUMNS } from "./ctdc-2024-columns.js";
import { CTDC_COLUMNS } from "./ctdc-columns.js";
import { ctdcMappingTable } from "./ctdc-mapping-table.js";

describe("CTDC 2024 columns", () => {
  it("are 27, each a CTDC column of the model", () => {
    expect(CTDC_2024_COLUMNS).toHaveLength(27);
    for (const column of CTDC_2024_COLUMNS) expect(CTDC_COLUMNS.has(column), column).toBe(true);
  });

  it("include every merged means column of the schema, with the same codes as the derived table", () => {
    const table = ctdcMappingTable();
    for (const [column, codes] of Object.entries(CTDC_2024_MEANS_GROUPS)) {
      expect(CTDC_2024_COLUMNS).toContain(column);
      expect(table.find((row) => row.column === column)?.codes).toEqual(codes);
    }
  });

  it("mark reading the merged means columns as lossy, and only those flags", () => {
    const lossy = ctdcMappingTable()
      .filter((row) => row.reading === "lossy")
      .map((row) => row.column);
    expect(lossy.sort()).toEqual(
      Object.entries(CTDC_2024_MEANS_GROUPS)
        .filter(([, codes]) => codes.length > 1)
        .map(([column]) => column)
        .sort(),
    );
  });
});

import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { toGlotipFigures } from "./format-glotip.js";
import type { StatsTable } from "./table.js";

let next = 0;
const newId = () => `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;

/** A hand-made table of victims by GLOTIP group, form and year (margins included, one cell suppressed). */
const table: StatsTable = {
  unit: "victims",
  by: ["glotip_group", "glotip_form", "year"],
  levels: {},
  minCell: 5,
  total: 40,
  suppressedCells: 1,
  rates: false,
  severalForms: "each",
  classification: {},
  cells: [
    {
      values: { glotip_group: "girls", glotip_form: "sexual_exploitation", year: "2022" },
      count: 12,
      suppressed: false,
    },
    { values: { glotip_group: "men", glotip_form: "total", year: "2022" }, count: null, suppressed: true },
    {
      values: { glotip_group: "total", glotip_form: "mixed_other", year: "2022" },
      count: 9,
      suppressed: false,
    },
    { values: { glotip_group: "unknown", glotip_form: "total", year: "2022" }, count: 6, suppressed: false },
    { values: { glotip_group: "total", glotip_form: "total", year: "total" }, count: 40, suppressed: false },
  ],
};

describe("toGlotipFigures", () => {
  it("turns each cell into a GLOTIP-shaped figure", () => {
    const { records, cellsLeftOut } = toGlotipFigures(table, newId);
    expect(cellsLeftOut).toBe(0);
    expect(records).toHaveLength(5);
    expect(records[0]).toMatchObject({
      indicator: "detected_victims",
      year: 2022,
      breakdown: "exploitation_form",
      exploitationForm: "sexual_exploitation",
      sex: "female",
      ageGroup: "child",
      unit: "count",
      value: 12,
    });
    // Secondary suppression hides cells that are not small: withheld, with no bound.
    expect(records[1]).toMatchObject({ sex: "male", ageGroup: "adult", breakdown: "total", suppressed: {} });
    expect(records[1]).not.toHaveProperty("value");
    expect(records[2]).toMatchObject({ exploitationForm: "other", value: 9 });
    expect(records[3]?.sourceLabels).toEqual({ sex: "Unknown", age: "Unknown" });
    expect(records[4]).not.toHaveProperty("year");
    for (const record of records.slice(0, 4)) expect(checkRecord(record, { locale: en }).ok).toBe(true);
  });

  it("leaves out cells broken down by two categories, and perpetrators over every stage", () => {
    const crossed: StatsTable = {
      ...table,
      by: ["glotip_form", "citizenship"],
      cells: [
        { values: { glotip_form: "forced_labour", citizenship: "VE" }, count: 7, suppressed: false },
        { values: { glotip_form: "total", citizenship: "VE" }, count: 7, suppressed: false },
      ],
    };
    const figures = toGlotipFigures(crossed, newId);
    expect(figures.cellsLeftOut).toBe(1);
    expect(figures.records[0]).toMatchObject({ breakdown: "citizenship", categoryCountry: "VE", value: 7 });

    const persons: StatsTable = {
      ...table,
      unit: "perpetrators",
      by: ["stage", "sex"],
      cells: [
        { values: { stage: "convicted", sex: "female" }, count: 8, suppressed: false },
        { values: { stage: "total", sex: "total" }, count: 20, suppressed: false },
      ],
    };
    const stages = toGlotipFigures(persons, newId);
    expect(stages.cellsLeftOut).toBe(1);
    expect(stages.records[0]).toMatchObject({ indicator: "persons_convicted", sex: "female", value: 8 });
  });
});

import { describe, expect, it } from "vitest";
import { aggregate, unitOf } from "./aggregate.js";
import { toStatsCsv } from "./format-csv.js";
import { toStatsJson } from "./format-json.js";
import { GLOTIP_FORMS } from "./glotip-categories.js";
import { STATS_PRESETS } from "./presets.js";

let serial = 0;
function victim(sex: string, majority: string, forms: string[], extra: Record<string, unknown> = {}) {
  serial++;
  return {
    recordType: "victim",
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    sex,
    majorityStatus: majority,
    exploitation: { forms },
    ...extra,
  };
}

const many = (count: number, make: () => object) => Array.from({ length: count }, make);

const cellOf = (table: ReturnType<typeof aggregate>, values: Record<string, string>) =>
  table.cells.find((cell) =>
    Object.entries(values).every(([key, value]) => cell.values[key as never] === value),
  );

describe("aggregate", () => {
  const records = [
    ...many(10, () => victim("female", "adult", ["sexual_exploitation"])),
    ...many(6, () => victim("female", "adult", ["sexual_exploitation", "forced_labour"])),
    ...many(12, () => victim("male", "adult", ["forced_labour"])),
    ...many(7, () => victim("male", "child", ["forced_begging"])),
  ];

  it("counts a victim with several forms once per form and once in the totals", () => {
    const table = aggregate(records, { by: ["sex", "exploitation"] });
    expect(cellOf(table, { sex: "female", exploitation: "sexual_exploitation" })?.count).toBe(16);
    expect(cellOf(table, { sex: "female", exploitation: "forced_labour" })?.count).toBe(6);
    expect(cellOf(table, { sex: "female", exploitation: "total" })?.count).toBe(16);
    expect(cellOf(table, { sex: "total", exploitation: "forced_labour" })?.count).toBe(18);
    expect(table.total).toBe(35);
  });

  it("builds the GLOTIP table of women, girls, men and boys by GLOTIP form", () => {
    const table = aggregate(records, STATS_PRESETS.glotip);
    expect(table.levels.glotip_form).toEqual(GLOTIP_FORMS);
    expect(cellOf(table, { glotip_group: "boys", glotip_form: "begging" })?.count).toBe(7);
    expect(cellOf(table, { glotip_group: "women", glotip_form: "forced_labour" })?.count).toBe(6);
    expect(cellOf(table, { glotip_group: "women", glotip_form: "forced_labour" })?.suppressed).toBe(false);
  });

  it("never publishes a count from 1 to minCell - 1 and publishes zeros", () => {
    const table = aggregate([...records, victim("female", "child", ["forced_marriage"])], {
      by: ["glotip_group"],
    });
    for (const cell of table.cells) {
      if (cell.count !== null) expect(cell.count === 0 || cell.count >= 5).toBe(true);
      else expect(cell.suppressed).toBe(true);
    }
    expect(cellOf(table, { glotip_group: "girls" })?.count).toBeNull();
  });

  it("counts persons in formal contact, prosecuted and convicted by sex, a convicted person in each row", () => {
    const perpetrator = (sex: string, proceedings: object) => ({
      recordType: "perpetrator",
      id: `00000000-0000-4000-9000-${String(++serial).padStart(12, "0")}`,
      sex,
      proceedings,
    });
    const people = [
      ...many(6, () => perpetrator("male", { stage: "convicted", verdict: "convicted" })),
      ...many(5, () => perpetrator("male", { stage: "trial" })),
      ...many(7, () => perpetrator("female", { stage: "prosecution" })),
      ...many(9, () => perpetrator("female", { stage: "investigation" })),
    ];
    const table = aggregate(people, STATS_PRESETS["glotip-persons"]);
    expect(table.unit).toBe("perpetrators");
    expect(cellOf(table, { stage: "prosecuted", sex: "male" })?.count).toBe(11);
    expect(cellOf(table, { stage: "convicted", sex: "male" })?.count).toBe(6);
    expect(cellOf(table, { stage: "formal_contact", sex: "female" })?.count).toBe(16);
    expect(cellOf(table, { stage: "formal_contact", sex: "male" })?.count).toBe(11);
    expect(cellOf(table, { stage: "total", sex: "total" })?.count).toBe(27);
  });

  it("gives SDG 16.2.2 rates per 100,000 from a population table, none for hidden cells", () => {
    const population = [
      { sex: "female", age_group: "adult", population: 400_000 },
      { sex: "female", age_group: "child", population: 100_000 },
      { sex: "male", age_group: "adult", population: 380_000 },
      { sex: "male", age_group: "child", population: 120_000 },
    ];
    const table = aggregate(records, { by: ["sex", "age_group"], population });
    expect(cellOf(table, { sex: "female", age_group: "adult" })?.rate).toBe(4);
    expect(cellOf(table, { sex: "total", age_group: "total" })?.rate).toBe(3.5);
    expect(cellOf(table, { sex: "unknown", age_group: "adult" })?.rate).toBeNull();
    for (const cell of table.cells) if (cell.suppressed) expect(cell.rate).toBeNull();
    expect(() =>
      aggregate(records, {
        by: ["sex"],
        population: [...population, { sex: "female", year: 2020, population: 1 }],
      }),
    ).toThrow(RangeError);
  });

  it("infers the unit and rejects dimensions of the other unit", () => {
    expect(unitOf({ by: ["stage", "sex"] })).toBe("perpetrators");
    expect(unitOf({ by: ["sex"] })).toBe("victims");
    expect(() => aggregate(records, { by: ["exploitation"], unit: "perpetrators" })).toThrow(RangeError);
    expect(() => aggregate(records, { by: [] })).toThrow(RangeError);
    expect(() => aggregate(records, { by: ["sex"], minCell: 0 })).toThrow(RangeError);
  });

  it("reads only codes from records: unknown values count as unknown", () => {
    const table = aggregate([victim("CANARY-sex", "adult", ["CANARY-form"])], {
      by: ["sex", "exploitation"],
      minCell: 1,
    });
    expect(cellOf(table, { sex: "unknown", exploitation: "unknown" })?.count).toBe(1);
    expect(JSON.stringify(table)).not.toContain("CANARY");
  });
});

describe("stats output", () => {
  const records = [
    ...many(20, () => victim("female", "adult", ["sexual_exploitation"])),
    ...many(3, () => victim("male", "adult", ["forced_labour"])),
    ...many(9, () => victim("other", "adult", ["forced_labour"])),
  ];

  it("writes JSON as { by, total, cells: [{ <dimension>: value, count }] } with suppressed cells as null", () => {
    const json = toStatsJson(aggregate(records, { by: ["sex"] }));
    expect(json.by).toEqual(["sex"]);
    expect(json.total).toBe(32);
    expect(json.cells).toEqual([
      { sex: "female", count: 20 },
      { sex: "male", count: null, suppressed: true },
      { sex: "other", count: null, suppressed: true },
      { sex: "unknown", count: 0 },
      { sex: "total", count: 32 },
    ]);
  });

  it("writes CSV with a column per dimension, count, suppressed, and the row's type", () => {
    const csv = toStatsCsv(aggregate(records, { by: ["sex"] }));
    expect(csv.split("\n").slice(0, 4)).toEqual([
      "sex,count,suppressed,row_type,dimension,reason",
      "female,20,false,cell,,",
      "male,,true,cell,,",
      "other,,true,cell,,",
    ]);
  });

  describe("CSV rows of what each dimension could not classify and derived", () => {
    const person = (fields: Record<string, unknown>) => () => ({
      recordType: "victim",
      id: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
      ...fields,
    });
    const people = [
      ...many(12, person({ sex: "female", majorityStatus: "adult" })),
      ...many(6, person({ gender: "feminine", majorityStatus: "adult" })),
      ...many(7, person({ majorityStatus: "child" })),
      ...many(5, person({ sex: "unknown", ageBand: "9-17" })),
    ];
    const trailing = (csv: string) =>
      csv
        .trim()
        .split("\n")
        .filter((line) => !line.includes(",cell,"));

    it("follows the cells, in the columns of the table", () => {
      const csv = toStatsCsv(aggregate(people, { by: ["sex", "age_group"] }));
      expect(csv.split("\n")[0]).toBe("sex,age_group,count,suppressed,row_type,dimension,reason");
      // By hand: 7 with no sex at all, 5 recorded unknown; 6 sexes from the gender; ages from the majority
      // status (12 + 6 + 7) or the age band (5).
      expect(trailing(csv).slice(1)).toEqual([
        "unknown,total,7,false,unclassified,sex,not_recorded",
        "unknown,total,5,false,unclassified,sex,recorded_unknown",
        "total,total,6,false,derived,sex,from_gender",
        "total,total,5,false,derived,age_group,from_age_band",
        "total,total,25,false,derived,age_group,from_majority_status",
      ]);
    });

    it("hides a reason's count below the minimum cell, and one more so it cannot be worked out", () => {
      const withCodes = [...people, ...many(2, person({ sex: "woman", majorityStatus: "adult" }))];
      const rows = trailing(toStatsCsv(aggregate(withCodes, { by: ["sex"] })));
      expect(rows.filter((row) => row.includes(",unclassified,"))).toEqual([
        "unknown,7,false,unclassified,sex,not_recorded",
        "unknown,,true,unclassified,sex,recorded_unknown",
        "unknown,,true,unclassified,sex,not_a_code",
      ]);
    });

    it("keeps the rate column, empty, when the table has rates", () => {
      const population = [
        { sex: "female", population: 1000 },
        { sex: "unknown", population: 1000 },
      ];
      const csv = toStatsCsv(aggregate(people, { by: ["sex"], population }));
      const lines = csv.trim().split("\n");
      expect(lines[0]).toBe("sex,count,suppressed,rate,row_type,dimension,reason");
      expect(lines).toContain("unknown,7,false,,unclassified,sex,not_recorded");
    });
  });
});

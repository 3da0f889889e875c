import { describe, expect, it } from "vitest";
import { aggregate, aggregateWorkings } from "./aggregate.js";
import { STATS_PRESETS } from "./presets.js";
import { classifyVictim } from "./victim-values.js";

let serial = 0;
const id = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;
const victim = (fields: Record<string, unknown>) => ({ recordType: "victim", id: id(), ...fields });
const many = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);
const cellOf = (table: ReturnType<typeof aggregate>, values: Record<string, string>) =>
  table.cells.find((cell) =>
    Object.entries(values).every(([key, value]) => cell.values[key as never] === value),
  )?.count;

describe("the age group of a victim", () => {
  const age = (fields: Record<string, unknown>) => classifyVictim(victim(fields), "age_group");

  it("takes, in order, the age at identification, the birth date, the birth year, the age band, the status", () => {
    const all = {
      ageAtIdentification: 30,
      birthDate: "2010-05-01",
      identification: { date: "2020-01-01" },
      ageBand: "9-17",
      majorityStatus: "child",
    };
    expect(age(all)).toEqual({ values: ["adult"], derived: "from_age_at_identification" });
    const { ageAtIdentification: _a, ...noAge } = all;
    expect(age(noAge)).toEqual({ values: ["child"], derived: "from_birth_date" });
    expect(age({ ...noAge, birthDate: "2000-05-01", ageBand: "0-8" })).toEqual({
      values: ["adult"],
      derived: "from_birth_date",
    });
    expect(age({ birthYear: 1990, yearOfRegistration: 2019, ageBand: "0-8" })).toEqual({
      values: ["adult"],
      derived: "from_birth_year",
    });
    expect(age({ ageBand: "9-17", majorityStatus: "adult" })).toEqual({
      values: ["child"],
      derived: "from_age_band",
    });
    expect(age({ ageBand: "18-20" })).toEqual({ values: ["adult"], derived: "from_age_band" });
    expect(age({ majorityStatus: "child" })).toEqual({ values: ["child"], derived: "from_majority_status" });
  });

  it("takes the birth date on the identification date exactly (a birthday the day after is not passed)", () => {
    const fields = { birthDate: "2002-06-02", identification: { date: "2020-06-01" } };
    expect(age(fields).values).toEqual(["child"]);
    expect(age({ ...fields, identification: { date: "2020-06-02" } }).values).toEqual(["adult"]);
  });

  it("leaves a birth year 18 years before the reference year unknown (either side of 18), with its reason", () => {
    expect(age({ birthYear: 2002, yearOfRegistration: 2020 })).toEqual({
      values: ["unknown"],
      reason: "birth_date_without_reference_date",
    });
    expect(age({ birthDate: "2002-06-02" }).reason).toBe("birth_date_without_reference_date");
  });

  it("says why an age group is unknown", () => {
    expect(age({}).reason).toBe("not_recorded");
    expect(age({ majorityStatus: "unknown" }).reason).toBe("recorded_unknown");
    expect(age({ ageBand: "10-20" }).reason).toBe("not_a_code");
  });
});

describe("the sex of a victim", () => {
  const sex = (fields: Record<string, unknown>) => classifyVictim(victim(fields), "sex");

  it("is the recorded sex, else derived from the gender, else unknown with a reason", () => {
    expect(sex({ sex: "female", gender: "masculine" })).toEqual({ values: ["female"] });
    expect(sex({ gender: "feminine" })).toEqual({ values: ["female"], derived: "from_gender" });
    expect(sex({ gender: "masculine" })).toEqual({ values: ["male"], derived: "from_gender" });
    expect(sex({ gender: "non_conforming" })).toEqual({ values: ["other"], derived: "from_gender" });
    expect(sex({ sex: "unknown", gender: "feminine" })).toEqual({
      values: ["female"],
      derived: "from_gender",
    });
    expect(sex({ gender: "not_specified" })).toEqual({ values: ["unknown"], reason: "recorded_unknown" });
    expect(sex({})).toEqual({ values: ["unknown"], reason: "not_recorded" });
    expect(sex({ sex: "woman" })).toEqual({ values: ["unknown"], reason: "not_a_code" });
    expect(sex({ gender: "__proto__" })).toEqual({ values: ["unknown"], reason: "not_a_code" });
  });
});

describe("tables of records with gender and age band only (converted from HTCDS or CTDC)", () => {
  const records = [
    ...many(9, () =>
      victim({ gender: "feminine", ageBand: "9-17", exploitation: { forms: ["forced_labour"] } }),
    ),
    ...many(8, () =>
      victim({ gender: "masculine", ageBand: "30-38", exploitation: { forms: ["forced_labour"] } }),
    ),
    ...many(6, () => victim({ gender: "feminine", exploitation: { forms: ["sexual_exploitation"] } })),
  ];

  it("fill the GLOTIP and SDG 16.2.2 tables, and say what was derived and what stayed unknown", () => {
    const glotip = aggregate(records, STATS_PRESETS.glotip);
    expect(cellOf(glotip, { glotip_group: "girls", glotip_form: "forced_labour" })).toBe(9);
    expect(cellOf(glotip, { glotip_group: "men", glotip_form: "forced_labour" })).toBe(8);
    expect(cellOf(glotip, { glotip_group: "unknown", glotip_form: "total" })).toBe(6);
    expect(glotip.classification.glotip_group?.unclassified).toEqual({ age_unknown: 6 });
    const sdg = aggregate(records, STATS_PRESETS["sdg-16-2-2"]);
    expect(cellOf(sdg, { sex: "female", age_group: "child", glotip_form: "total" })).toBe(9);
    expect(sdg.classification.sex?.derived).toEqual({ from_gender: 23 });
    expect(sdg.classification.age_group?.derived).toEqual({ from_age_band: 17 });
    expect(sdg.classification.age_group?.unclassified).toEqual({ not_recorded: 6 });
  });
});

describe("reasons published with a table", () => {
  it("hide a small reason and the next smallest, so neither can be worked out from the Unknown margin", () => {
    const records = [
      ...many(20, () => victim({ sex: "female" })),
      ...many(7, () => victim({})),
      ...many(6, () => victim({ sex: "unknown" })),
      ...many(2, () => victim({ sex: "woman" })),
    ];
    const table = aggregate(records, { by: ["sex"] });
    expect(cellOf(table, { sex: "unknown" })).toBe(15);
    expect(table.classification.sex?.unclassified).toEqual({
      not_a_code: null,
      recorded_unknown: null,
      not_recorded: 7,
    });
  });

  it("hide every reason when the Unknown margin is hidden", () => {
    const records = [...many(20, () => victim({ sex: "female" })), ...many(3, () => victim({}))];
    const { table, cube } = aggregateWorkings(records, { by: ["sex"] });
    expect(cube.counts.some((count) => count === 3)).toBe(true);
    expect(table.classification.sex?.unclassified).toEqual({ not_recorded: null });
  });
});

describe("victims with several forms of exploitation", () => {
  const records = [
    ...many(6, () =>
      victim({ sex: "female", exploitation: { forms: ["sexual_exploitation", "forced_labour"] } }),
    ),
    ...many(7, () => victim({ sex: "female", exploitation: { forms: ["forced_labour"] } })),
    ...many(5, () => victim({ sex: "female", exploitation: { forms: [] } })),
  ];

  it("are counted under each form by default, once under several forms with the multiple rule", () => {
    const each = aggregate(records, { by: ["sex", "exploitation"] });
    expect(each.severalForms).toBe("each");
    expect(cellOf(each, { sex: "female", exploitation: "forced_labour" })).toBe(13);
    const multiple = aggregate(records, { by: ["sex", "exploitation"], severalForms: "multiple" });
    expect(cellOf(multiple, { sex: "female", exploitation: "forced_labour" })).toBe(7);
    expect(cellOf(multiple, { sex: "female", exploitation: "multiple" })).toBe(6);
    expect(cellOf(multiple, { sex: "female", exploitation: "sexual_exploitation" })).toBe(0);
    expect(multiple.classification.exploitation?.unclassified).toEqual({ no_form_recorded: 5 });
  });

  it("fall under GLOTIP's mixed or other forms with the multiple rule", () => {
    const table = aggregate(records, { by: ["glotip_form"], severalForms: "multiple" });
    expect(cellOf(table, { glotip_form: "mixed_other" })).toBe(6);
    expect(cellOf(table, { glotip_form: "forced_labour" })).toBe(7);
  });
});

describe("persons in formal contact, prosecuted and convicted", () => {
  it("take the proceedings of their case when they have none, and count who reached no stage", () => {
    const caseId = "00000000-0000-4000-a000-000000000001";
    const perpetrator = (fields: Record<string, unknown>) => ({
      recordType: "perpetrator",
      id: id(),
      sex: "male",
      ...fields,
    });
    const listed = many(6, () => perpetrator({}));
    const records = [
      {
        recordType: "case",
        id: caseId,
        perpetratorIds: listed.map((p) => p.id),
        proceedings: { stage: "convicted", verdict: "convicted" },
      },
      ...listed,
      ...many(5, () => perpetrator({ caseIds: [caseId], proceedings: { stage: "investigation" } })),
      ...many(5, () => perpetrator({})),
    ];
    const table = aggregate(records, STATS_PRESETS["glotip-persons"]);
    expect(cellOf(table, { stage: "convicted", sex: "male" })).toBe(6);
    expect(cellOf(table, { stage: "formal_contact", sex: "male" })).toBe(11);
    expect(table.classification.stage?.derived).toEqual({ from_case_proceedings: 6 });
    expect(table.classification.stage?.outsideLevels).toBe(5);
  });
});

describe("a table as text", () => {
  it("lists what each dimension could not classify and what it derived", async () => {
    const { toStatsText } = await import("./format-text.js");
    const records = [
      ...many(9, () => victim({ gender: "feminine", ageBand: "9-17" })),
      ...many(6, () => victim({ sex: "male" })),
    ];
    const text = toStatsText(aggregate(records, { by: ["sex", "age_group"] }));
    expect(text).toContain("Not classified (counted under Unknown):\n  Age group: 6 not recorded");
    expect(text).toContain("Derived values:\n  Sex: 9 sex from gender\n  Age group: 9 from the age band");
  });
});

import { type Case, EXAMPLES, TipRecord, type Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { generalize } from "./generalize.js";

describe("generalize", () => {
  it("turns a birth date into a birth year, quasi dates into months, places into countries", () => {
    const victim = {
      ...EXAMPLES.victim,
      birthYear: undefined,
      address: { country: "TT", city: "Port of Spain", street: "1 Main St" },
      exploitation: { ...EXAMPLES.victim.exploitation, recruitmentLocation: "Near the market" },
    };
    const [out] = generalize([victim]) as Victim[];
    expect(out?.birthDate).toBeUndefined();
    expect(out?.birthYear).toBe(2001);
    expect(out?.identification?.date).toBe("2023-08-01");
    expect(out?.exploitation?.startDate).toBe("2022-11");
    expect(out?.exploitation?.recruitmentDate).toBe("2022-09");
    expect(out?.exploitation?.recruitmentLocation).toBeUndefined();
    expect(out?.address).toEqual({ country: "TT" });
    expect(out?.extensions).toEqual({ privacy: { datePrecision: "month" } });
    expect(TipRecord.safeParse(out).success).toBe(true);
  });

  it("keeps only the age band with birth: ageBand, and cuts dates to the year", () => {
    const [out] = generalize([EXAMPLES.victim], { birth: "ageBand", dates: "year" }) as Victim[];
    for (const key of ["birthDate", "birthYear", "ageAtIdentification", "ageAtExploitation"]) {
      expect(out).not.toHaveProperty(key);
    }
    expect(out?.ageBand).toBe("21-23");
    expect(out?.majorityStatus).toBe("adult");
    expect(out?.identification?.date).toBe("2023-01-01");
    expect(out?.exploitation?.recruitmentDate).toBe("2022");
  });

  it("derives a missing age band from the birth date", () => {
    const victim = { ...EXAMPLES.victim, ageBand: undefined, ageAtIdentification: undefined };
    const [out] = generalize([victim], { birth: "ageBand" }) as Victim[];
    expect(out?.ageBand).toBe("21-23");
  });

  it("cuts places of events to countries in cases, and leaves non-personal dates alone", () => {
    const [out] = generalize([EXAMPLES.case]) as Case[];
    expect(out?.events?.[2]?.place).toEqual({ country: "TT" });
    expect(out?.financialInvestigation?.assetActions?.[0]?.date).toBe("2023-10-12");
    expect(out?.openedOn).toBe("2023-08-01");
  });
});

import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { EXAMPLES } from "../../model/examples.js";
import { ageAtRecruitmentOf } from "./victim-age.js";

describe("ageAtRecruitmentOf", () => {
  it("takes the given age first", () => {
    expect(ageAtRecruitmentOf({ ageAtRecruitment: 16, birthDate: "2000-01-01" })).toBe(16);
  });

  it("derives it from the birth date and a full recruitment date", () => {
    const birthDate = "2004-06-10";
    expect(ageAtRecruitmentOf({ birthDate, exploitation: { recruitmentDate: "2022-06-09" } })).toBe(17);
    expect(ageAtRecruitmentOf({ birthDate, exploitation: { recruitmentDate: "2022-06-10" } })).toBe(18);
  });

  it("gives nothing for a partial date, a date before birth or a missing date", () => {
    const birthDate = "2004-06-10";
    expect(ageAtRecruitmentOf({ birthDate, exploitation: { recruitmentDate: "2022-06" } })).toBeUndefined();
    expect(
      ageAtRecruitmentOf({ birthDate, exploitation: { recruitmentDate: "2003-01-01" } }),
    ).toBeUndefined();
    expect(ageAtRecruitmentOf({ birthDate })).toBeUndefined();
    expect(ageAtRecruitmentOf({ exploitation: { recruitmentDate: "2022-06-09" } })).toBeUndefined();
  });
});

/** A victim born 2004-06-10, recruited on 2022-03-01 (aged 17), exploited from 2022-07-01 (aged 18), no means. */
function recruitedAt17(): Record<string, unknown> {
  const victim = structuredClone(EXAMPLES.victim) as Record<string, unknown> & {
    exploitation: Record<string, unknown>;
    identification: Record<string, unknown>;
  };
  Object.assign(victim, {
    birthDate: "2004-06-10",
    birthYear: 2004,
    ageAtExploitation: 18,
    ageAtIdentification: 19,
    ageBand: "18-20",
    majorityStatus: "adult",
    majorityStatusAtExploitation: "adult",
  });
  Object.assign(victim.exploitation, { recruitmentDate: "2022-03-01", startDate: "2022-07-01" });
  delete victim.ageAtRecruitment;
  delete victim.exploitation.endDate;
  delete victim.exploitation.palermoMeans;
  delete victim.exploitation.meansOfControl;
  victim.identification.date = "2023-09-12";
  return victim;
}

describe("child status at the first act", () => {
  it("makes a victim recruited at 17 and exploited at 18 a child victim (no means needed)", () => {
    const result = checkRecord(recruitedAt17(), { locale: en });
    expect(result.issues.map((issue) => issue.code)).toEqual([]);
  });

  it("still warns when the same victim was recruited at 18", () => {
    const victim = recruitedAt17() as { exploitation: Record<string, unknown> };
    victim.exploitation.recruitmentDate = "2022-06-10";
    const result = checkRecord(victim, { locale: en });
    expect(result.issues.map((issue) => issue.code)).toEqual(["adult_victim_without_means"]);
  });

  it("reports an age at recruitment that disagrees with the dates or exceeds the age at exploitation", () => {
    // The given age is taken over the dates, so the means warning follows it too.
    const wrong = { ...recruitedAt17(), ageAtRecruitment: 18 };
    expect(checkRecord(wrong, { locale: en }).issues.map((i) => [i.code, i.path])).toEqual([
      ["adult_victim_without_means", "/identification/status"],
      ["age_inconsistent_with_birth_date", "/ageAtRecruitment"],
    ]);
    const older = { ...recruitedAt17(), ageAtRecruitment: 19 };
    expect(checkRecord(older, { locale: en }).issues.map((i) => [i.code, i.path])).toEqual([
      ["adult_victim_without_means", "/identification/status"],
      ["age_inconsistent_with_birth_date", "/ageAtRecruitment"],
      ["age_inconsistent_with_birth_date", "/ageAtRecruitment"],
    ]);
  });
});

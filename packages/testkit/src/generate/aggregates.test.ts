import type { Aggregate, Case, Perpetrator, TipRecord, Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

const ofType = <T extends TipRecord>(records: readonly TipRecord[], type: T["recordType"]) =>
  records.filter((record): record is T => record.recordType === type);

/** A figure as published: its value, or `<5` when withheld. */
const published = (figure: Aggregate | undefined) =>
  figure === undefined ? undefined : figure.suppressed !== undefined ? "<5" : figure.value;

/** What a count is published as: `<5` from 1 to 4, no figure for 0. */
const expected = (count: number) => (count === 0 ? undefined : count < 5 ? "<5" : count);

describe("generated figures (aggregate records)", () => {
  const { records } = generate({ seed: "figures", count: 800, aggregates: true });
  const figures = ofType<Aggregate>(records, "aggregate");
  const victims = ofType<Victim>(records, "victim");
  const find = (fields: Partial<Aggregate>) =>
    figures.filter((figure) =>
      (
        ["indicator", "year", "breakdown", "exploitationForm", "categoryCountry", "sex", "ageGroup"] as const
      ).every((key) => figure[key] === fields[key]),
    );

  it("come after every other record, one per figure, in the reporting country", () => {
    const first = records.findIndex((record) => record.recordType === "aggregate");
    expect(first).toBeGreaterThan(0);
    expect(records.slice(first).every((record) => record.recordType === "aggregate")).toBe(true);
    for (const figure of figures) {
      expect(figure.country).toBe("TT");
      expect(find(figure)).toHaveLength(1);
    }
  });

  it("count the victims detected each year, by sex and age group, by form and by citizenship", () => {
    const detected = victims.filter((victim) => victim.identification?.status !== "not_a_victim");
    const years = new Set(detected.map((victim) => victim.identification?.date?.slice(0, 4)));
    expect(years.size).toBeGreaterThan(1);
    for (const text of years) {
      const year = Number(text);
      const inYear = detected.filter((victim) => victim.identification?.date?.startsWith(String(text)));
      const base = { indicator: "detected_victims", year } as const;
      expect(published(find({ ...base, breakdown: "total" })[0])).toBe(expected(inYear.length));
      const girls = inYear.filter((victim) => victim.sex === "female" && victim.majorityStatus === "child");
      expect(published(find({ ...base, breakdown: "total", sex: "female", ageGroup: "child" })[0])).toBe(
        expected(girls.length),
      );
      const sexual = inYear.filter((victim) => victim.exploitation?.forms?.includes("sexual_exploitation"));
      const byForm = find({
        ...base,
        breakdown: "exploitation_form",
        exploitationForm: "sexual_exploitation",
      });
      expect(published(byForm[0])).toBe(expected(sexual.length));
      const home = inYear.filter((victim) => victim.citizenships?.[0] === "TT");
      const byCountry = find({ ...base, breakdown: "citizenship", categoryCountry: "TT" });
      expect(published(byCountry[0])).toBe(expected(home.length));
    }
  });

  it("count the persons prosecuted and convicted, in the year charges were brought and of the verdict", () => {
    const perpetrators = ofType<Perpetrator>(records, "perpetrator");
    const cases = new Map(ofType<Case>(records, "case").map((record) => [record.id, record]));
    const counted = {
      persons_prosecuted: new Map<number, number>(),
      persons_convicted: new Map<number, number>(),
    };
    const count = (map: Map<number, number>, date: string | undefined) => {
      if (date === undefined) return;
      const year = Number(date.slice(0, 4));
      map.set(year, (map.get(year) ?? 0) + 1);
    };
    for (const perpetrator of perpetrators) {
      const proceedings = cases.get(perpetrator.caseIds?.[0] ?? "")?.proceedings;
      count(counted.persons_prosecuted, proceedings?.prosecutionStartedOn);
      const verdict = proceedings?.verdict;
      if (verdict === "convicted" || verdict === "plea_agreement")
        count(counted.persons_convicted, proceedings?.verdictDate);
    }
    for (const [indicator, byYear] of Object.entries(counted)) {
      expect(byYear.size, indicator).toBeGreaterThan(0);
      for (const [year, persons] of byYear) {
        const figure = find({ indicator: indicator as Aggregate["indicator"], year, breakdown: "total" })[0];
        expect(published(figure), `${indicator} ${year}`).toBe(expected(persons));
      }
    }
  });

  it("withhold counts from 1 to 4 as <5 and give the others", () => {
    expect(figures.some((figure) => figure.suppressed !== undefined)).toBe(true);
    for (const figure of figures) {
      if (figure.suppressed !== undefined) {
        expect(figure.suppressed).toEqual({ below: 5 });
        expect(figure.value).toBeUndefined();
      } else expect(figure.value).toBeGreaterThanOrEqual(5);
    }
  });

  it("are the same for the same seed, and leave the records before them as they were", () => {
    const again = generate({ seed: "figures", count: 800, aggregates: true });
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(records));
    const without = generate({ seed: "figures", count: 800 });
    expect(records.slice(0, without.records.length)).toEqual(without.records);
    expect(records.length).toBe(without.records.length + figures.length);
    const other = generate({ seed: "other figures", count: 800, aggregates: true });
    expect(JSON.stringify(ofType(other.records, "aggregate"))).not.toBe(JSON.stringify(figures));
  });
});

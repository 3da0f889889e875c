import type { Aggregate, Case, CountryCode, Perpetrator, Victim } from "@tip/schema";
import type { Random } from "../random/random.js";

/** GLOTIP publishes a figure from 1 to 4 as `<5`: such figures are withheld, with that bound. */
export const SUPPRESSED_BELOW = 5;

/** Where the figures say they come from. */
const SOURCE = "Synthetic data (@tip/testkit)";

/** Everything of a figure's record but its id, unit and value: what is counted, where, when, for whom. */
type Figure = Pick<
  Aggregate,
  "indicator" | "year" | "breakdown" | "exploitationForm" | "categoryCountry" | "sex" | "ageGroup"
>;

const INDICATOR_ORDER = ["detected_victims", "persons_prosecuted", "persons_convicted"] as const;
const BREAKDOWN_ORDER = ["total", "exploitation_form", "citizenship"] as const;

/** Verdicts that make a prosecuted person convicted. */
const CONVICTION = new Set(["convicted", "plea_agreement"]);

const yearOfDate = (date: string | undefined) => (date === undefined ? undefined : Number(date.slice(0, 4)));

/**
 * Counts the generated records into the figures a reporting country publishes when it holds only totals,
 * shaped after UNODC's GLOTIP export: per year, victims detected (in all; by sex and age group; by form of
 * exploitation, each form counted; by first citizenship) and persons prosecuted and convicted (in all; by
 * sex). Memory does not grow with the number of records: one count per figure.
 */
export class AggregateTally {
  readonly #counts = new Map<string, { figure: Figure; count: number }>();

  constructor(private readonly country: CountryCode) {}

  /** Counts a victim, unless it was found not to be one. */
  victim(victim: Victim): void {
    if (victim.identification?.status === "not_a_victim") return;
    const year = victim.yearOfRegistration ?? yearOfDate(victim.identification?.date);
    if (year === undefined) return;
    const base = { indicator: "detected_victims", year } as const;
    this.#add({ ...base, breakdown: "total" });
    const { sex, majorityStatus } = victim;
    if ((sex === "female" || sex === "male") && (majorityStatus === "child" || majorityStatus === "adult"))
      this.#add({ ...base, breakdown: "total", sex, ageGroup: majorityStatus });
    for (const form of new Set(victim.exploitation?.forms ?? []))
      this.#add({ ...base, breakdown: "exploitation_form", exploitationForm: form });
    const citizenship = victim.citizenships?.[0];
    if (citizenship !== undefined && citizenship !== "XX")
      this.#add({ ...base, breakdown: "citizenship", categoryCountry: citizenship });
  }

  /** Counts the perpetrators of a case prosecuted (in the year charges were brought) and convicted. */
  perpetrators(record: Case, perpetrators: readonly Perpetrator[]): void {
    const { proceedings } = record;
    const prosecuted = yearOfDate(proceedings?.prosecutionStartedOn);
    const convicted = CONVICTION.has(proceedings?.verdict ?? "")
      ? yearOfDate(proceedings?.verdictDate)
      : undefined;
    for (const perpetrator of perpetrators) {
      const sex = perpetrator.sex === "female" || perpetrator.sex === "male" ? perpetrator.sex : undefined;
      for (const [indicator, year] of [
        ["persons_prosecuted", prosecuted],
        ["persons_convicted", convicted],
      ] as const) {
        if (year === undefined) continue;
        this.#add({ indicator, year, breakdown: "total" });
        if (sex !== undefined) this.#add({ indicator, year, breakdown: "total", sex });
      }
    }
  }

  /**
   * The figures counted, in a fixed order (year, indicator, breakdown, category, sex, age group), each with a
   * fresh id from `random`: a count from 1 to 4 is withheld (`suppressed: { below: 5 }`), as GLOTIP does.
   */
  *records(random: Random): Generator<Aggregate, void, undefined> {
    const entries = [...this.#counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, { figure, count }] of entries) {
      const withheld = count < SUPPRESSED_BELOW;
      yield {
        recordType: "aggregate",
        id: random.uuid(),
        ...figure,
        country: this.country,
        unit: "count",
        ...(withheld ? { suppressed: { below: SUPPRESSED_BELOW } } : { value: count }),
        source: SOURCE,
      } as Aggregate;
    }
  }

  #add(figure: Figure): void {
    const key = [
      figure.year,
      INDICATOR_ORDER.indexOf(figure.indicator as (typeof INDICATOR_ORDER)[number]),
      BREAKDOWN_ORDER.indexOf(figure.breakdown as (typeof BREAKDOWN_ORDER)[number]),
      figure.exploitationForm ?? figure.categoryCountry ?? "",
      figure.sex ?? "",
      figure.ageGroup ?? "",
    ].join("|");
    const entry = this.#counts.get(key);
    if (entry === undefined) this.#counts.set(key, { figure, count: 1 });
    else entry.count++;
  }
}

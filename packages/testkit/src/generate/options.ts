import { CODE_LISTS, type CountryCode, isFormerCountry } from "@tip/schema";
import type { Seed } from "../random/random.js";

/** Options of the synthetic data generator. */
export interface GenerateOptions {
  /** Seed of the pseudo-random generator: the same options always give the same records. Default `1`. */
  readonly seed?: Seed;
  /** Number of victim records; cases, perpetrators and referrals are generated around them. Default `100`. */
  readonly count?: number;
  /** ISO 3166-1 alpha-2 code of the reporting country (where victims are identified). Default `"TT"`. */
  readonly country?: string;
  /**
   * Share of victim records (0 to 1) made invalid on purpose, each with one realistic mistake; the same share
   * of the figures (with `aggregates`) and of the records of `protection` and `prosecution` too, each mistake
   * breaking one rule of severity `error` of its record type. The records are the same whatever the share:
   * only which of them are broken changes. Default `0`.
   */
  readonly errorRate?: number;
  /**
   * Also generate the figures the reporting country would publish from these records, as a state that holds
   * only totals does (`aggregate` records, shaped after UNODC's GLOTIP export): per year, victims detected (in
   * all, by sex and age group, by form of exploitation, by citizenship) and persons prosecuted and convicted (in
   * all, by sex); counts from 1 to 4 withheld as `<5`. They come after every other record. Default `false`.
   */
  readonly aggregates?: boolean;
  /**
   * Also generate, after each case's referrals, the records around its victims: helpline contacts (some that
   * led to no victim), the screenings they led to, protection measures (compensation and restitution, residence
   * permits and reflection periods, returns, non-punishment) and incidents of sexual or gender-based violence
   * suffered on the route by migrant women and girls. Default `false`.
   */
  readonly protection?: boolean;
  /**
   * Also generate the prosecution and prevention records around the cases: for some cases with perpetrators,
   * the organised criminal group behind them, the operation against it, a financial inquiry with actions on
   * assets and a mutual legal assistance request to the country of origin; and each year, awareness campaigns
   * and trainings of officials. They follow the records of their case; prevention activities come after every
   * case. Default `false`.
   */
  readonly prosecution?: boolean;
}

/** Options with defaults applied and checked. */
export interface ResolvedOptions {
  readonly seed: Seed;
  readonly count: number;
  readonly country: CountryCode;
  readonly errorRate: number;
  readonly aggregates: boolean;
  readonly protection: boolean;
  readonly prosecution: boolean;
}

/** Applies the defaults and rejects options that cannot be honoured (a programming error, so it throws). */
export function resolveOptions(options: GenerateOptions = {}): ResolvedOptions {
  const {
    seed = 1,
    count = 100,
    country = "TT",
    errorRate = 0,
    aggregates = false,
    protection = false,
    prosecution = false,
  } = options;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  if (!(errorRate >= 0 && errorRate <= 1))
    throw new RangeError(`errorRate must be between 0 and 1, got ${errorRate}`);
  if (!CODE_LISTS.country.has(country) || country === "XX" || isFormerCountry(country)) {
    throw new RangeError(`country must be an ISO 3166-1 alpha-2 code, got "${country}"`);
  }
  return { seed, count, country, errorRate, aggregates, protection, prosecution };
}

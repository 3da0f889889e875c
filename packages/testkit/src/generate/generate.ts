import type { TipRecord } from "@tip/schema";
import { Random } from "../random/random.js";
import { applicableAggregateErrors, injectAggregateError } from "./aggregate-errors.js";
import { AggregateTally } from "./aggregates.js";
import { buildCase } from "./case.js";
import { applicableErrors, type InjectedError, injectError } from "./errors.js";
import { type GenerateOptions, resolveOptions } from "./options.js";
import { buildPerpetrator } from "./perpetrator.js";
import { preventionActivitiesOf } from "./prevention.js";
import { prosecutionRecordsOf } from "./prosecution.js";
import { buildProtection, buildUnlinkedContacts } from "./protection.js";
import { maybeBroken } from "./record-errors.js";
import { buildReferral } from "./referral.js";
import { drawScenario } from "./scenario.js";
import { buildVictim } from "./victim.js";
import { buildWorld } from "./world.js";

/**
 * One generated record. When `error` is set the record was made invalid on purpose: it does not conform to
 * its type, and `checkRecord` reports `error.code` at `error.path` for it.
 */
export interface GeneratedEntry {
  readonly record: TipRecord;
  readonly error?: InjectedError;
}

/** A whole generated data set. */
export interface GeneratedSet {
  /** Agencies first, then each case followed by its victims, perpetrators and referrals; then any figures. */
  readonly records: readonly TipRecord[];
  /** The ids of the records made invalid on purpose, with the mistake and the issue expected for each. */
  readonly invalid: ReadonlyMap<string, InjectedError>;
}

/**
 * Generates synthetic records one by one, so a data set of any size can be written without holding it in
 * memory. Deterministic: the same options give the same records, in the same order. The agency directory
 * comes first, then each case with its victims, perpetrators and referrals (and, with `protection`, the
 * helpline contacts, screenings, protection measures and SGBV incidents around its victims; with
 * `prosecution`, its group, operation, financial inquiry and legal assistance request), then (with
 * `prosecution`) the prevention activities and (with `aggregates`) the figures counted from them. With
 * `errorRate`, that share of the victims, of the records of `protection` and `prosecution` and of the figures
 * is made invalid on purpose, each with one mistake (see `ERROR_KINDS`).
 */
export function* generateEntries(options?: GenerateOptions): Generator<GeneratedEntry, void, undefined> {
  const { seed, count, country, errorRate, aggregates, protection, prosecution } = resolveOptions(options);
  const random = new Random(seed);
  // Mistakes draw from their own stream: the same seed gives the same data whatever the error rate.
  const mistakes = new Random(`${seed}:errors`);
  const tally = aggregates ? new AggregateTally(country) : undefined;
  // Protection records draw from a stream of their own, so the other records are the same with or without.
  const care = protection ? new Random(`${seed}:protection`) : undefined;
  // Their mistakes, and those of the prosecution and prevention records, draw from streams of their own too:
  // the records are the same whatever the error rate, and each option's mistakes whatever the other option.
  const careMistakes = new Random(`${seed}:protection-errors`);
  const justiceMistakes = new Random(`${seed}:prosecution-errors`);
  // Prosecution records draw from a stream of their own, so the other records stay the same with or without them.
  const justice = prosecution ? new Random(`${seed}:prosecution`) : undefined;
  const world = buildWorld(random, country);
  for (const agency of world.directory.all) yield { record: agency };
  let remaining = count;
  for (let sequence = 1; remaining > 0; sequence++) {
    const scenario = drawScenario(random, country, world.neighbourhood, sequence, remaining);
    remaining -= scenario.victimIds.length;
    const victims = scenario.victimIds.map((id) => buildVictim(random, world, scenario, id));
    const generated = buildCase(random, world, scenario, victims);
    yield { record: generated.record };
    for (const { record } of victims) {
      tally?.victim(record);
      const faulty = mistakes.chance(errorRate);
      const recipes = applicableErrors(record);
      if (!faulty || recipes.length === 0) yield { record };
      else {
        const { record: broken, error } = injectError(record, mistakes.pick(recipes));
        yield { record: broken as TipRecord, error };
      }
    }
    const perpetrators = scenario.perpetratorIds.map((id) =>
      buildPerpetrator(random, world, scenario, generated, id),
    );
    for (const record of perpetrators) yield { record };
    tally?.perpetrators(generated.record, perpetrators);
    for (const victim of victims) {
      if (victim.referral)
        yield { record: buildReferral(random, victim.referral, victim.record.id, scenario.caseId) };
    }
    if (care !== undefined) {
      for (const record of buildUnlinkedContacts(care, world, scenario))
        yield maybeBroken(careMistakes, errorRate, record);
      for (const victim of victims) {
        for (const record of buildProtection(care, { world, scenario, victim }))
          yield maybeBroken(careMistakes, errorRate, record);
      }
    }
    if (justice !== undefined) {
      for (const record of prosecutionRecordsOf(justice, world, scenario, generated))
        yield maybeBroken(justiceMistakes, errorRate, record);
    }
  }
  if (justice !== undefined) {
    for (const record of preventionActivitiesOf(justice, world))
      yield maybeBroken(justiceMistakes, errorRate, record);
  }
  if (tally === undefined) return;
  // Figures draw ids and mistakes from streams of their own, so the records before them stay the same.
  const figureMistakes = new Random(`${seed}:aggregate-errors`);
  for (const figure of tally.records(new Random(`${seed}:aggregates`))) {
    const recipes = applicableAggregateErrors(figure);
    if (!figureMistakes.chance(errorRate) || recipes.length === 0) yield { record: figure };
    else {
      const { record: broken, error } = injectAggregateError(figure, figureMistakes.pick(recipes));
      yield { record: broken as TipRecord, error };
    }
  }
}

/** Generates synthetic records one by one (see `generateEntries` for which ones are invalid). */
export function* generateRecords(options?: GenerateOptions): Generator<TipRecord, void, undefined> {
  for (const entry of generateEntries(options)) yield entry.record;
}

/**
 * Generates a whole data set in memory: `count` victims with their cases, perpetrators, referrals and the
 * agency directory of the reporting country and its partners. For large sets use `generateEntries`.
 */
export function generate(options?: GenerateOptions): GeneratedSet {
  const records: TipRecord[] = [];
  const invalid = new Map<string, InjectedError>();
  for (const { record, error } of generateEntries(options)) {
    records.push(record);
    if (error) invalid.set(record.id, error);
  }
  return { records, invalid };
}

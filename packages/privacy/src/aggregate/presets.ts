import type { AggregateOptions } from "./aggregate.js";
import { GLOTIP_STAGES } from "./glotip-categories.js";

/** A named table layout: dimensions, unit and value restrictions. */
export type StatsPreset = Pick<AggregateOptions, "by" | "unit" | "levels">;

/**
 * Ready-made tables of the international reports (UNODC's GLOTIP questionnaire, SDG 16.2.2).
 * - `glotip`: victims detected as women / girls / men / boys by GLOTIP form of exploitation.
 * - `glotip-citizenship`: victims detected as women / girls / men / boys by citizenship.
 * - `glotip-persons`: persons brought into formal contact, prosecuted and convicted, by sex (a convicted person
 *   was also prosecuted and in formal contact: counted under each, once in the totals). Read from each
 *   perpetrator's proceedings, else from those of its case.
 * - `glotip-persons-citizenship`: the same persons by citizenship.
 * - `sdg-16-2-2`: victims by sex, age group (child / adult) and form of exploitation; give a population table
 *   for the rates per 100,000 the indicator is defined as.
 */
export const STATS_PRESETS = {
  glotip: { by: ["glotip_group", "glotip_form"], unit: "victims" },
  "glotip-citizenship": { by: ["glotip_group", "citizenship"], unit: "victims" },
  "glotip-persons": { by: ["stage", "sex"], unit: "perpetrators", levels: { stage: GLOTIP_STAGES } },
  "glotip-persons-citizenship": {
    by: ["stage", "citizenship"],
    unit: "perpetrators",
    levels: { stage: GLOTIP_STAGES },
  },
  "sdg-16-2-2": { by: ["sex", "age_group", "glotip_form"], unit: "victims" },
} as const satisfies Record<string, StatsPreset>;

/** The name of a preset. */
export type StatsPresetName = keyof typeof STATS_PRESETS;

/** Whether a value names a preset. */
export function isStatsPreset(value: unknown): value is StatsPresetName {
  return typeof value === "string" && Object.hasOwn(STATS_PRESETS, value);
}

import type { AggregateOptions } from "./aggregate.js";

/** A named table layout: dimensions, unit and value restrictions. */
export type StatsPreset = Pick<AggregateOptions, "by" | "unit" | "levels">;

/**
 * Ready-made tables of the international reports.
 * - `glotip`: victims detected as women / girls / men / boys by GLOTIP form of exploitation.
 * - `glotip-persons`: persons prosecuted and convicted, by sex (a convicted person is also counted as
 *   prosecuted, and once in the totals).
 * - `sdg-16-2-2`: victims by sex, age group (child / adult) and form of exploitation; give a population table
 *   for the rates per 100,000 the indicator is defined as.
 */
export const STATS_PRESETS = {
  glotip: { by: ["glotip_group", "glotip_form"], unit: "victims" },
  "glotip-persons": {
    by: ["stage", "sex"],
    unit: "perpetrators",
    levels: { stage: ["prosecuted", "convicted"] },
  },
  "sdg-16-2-2": { by: ["sex", "age_group", "glotip_form"], unit: "victims" },
} as const satisfies Record<string, StatsPreset>;

/** The name of a preset. */
export type StatsPresetName = keyof typeof STATS_PRESETS;

/** Whether a value names a preset. */
export function isStatsPreset(value: unknown): value is StatsPresetName {
  return typeof value === "string" && Object.hasOwn(STATS_PRESETS, value);
}

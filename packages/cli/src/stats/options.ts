import {
  DEFAULT_MIN_CELL,
  type Dimension,
  dimensionsOf,
  isDimension,
  isStatsPreset,
  SEVERAL_FORMS_RULES,
  type SeveralFormsRule,
  STATS_PRESETS,
  type StatsPreset,
  UNITS,
  type Unit,
} from "@tip/privacy";
import type { Locale } from "@tip/schema";
import type { CliContext } from "../context.js";
import { listOption, UsageErrors } from "../privacy/options.js";

/** Output formats of `tip stats`. */
export const STATS_FORMATS = ["text", "csv", "json", "glotip"] as const;

/** What can be counted. */
export { UNITS };

/** The options of `tip stats` as commander hands them over. */
export interface RawStatsOptions {
  readonly by?: string;
  readonly minCell?: string;
  readonly preset?: string;
  readonly population?: string;
  readonly format?: string;
  readonly unit?: string;
  readonly severalForms?: string;
  readonly lang?: string;
}

/** The checked options of `tip stats`. */
export interface StatsCliOptions {
  readonly table: StatsPreset;
  readonly minCell: number;
  readonly population?: string;
  readonly format: (typeof STATS_FORMATS)[number];
  /** How a victim with several forms of exploitation is counted (default `each`). */
  readonly severalForms: SeveralFormsRule;
  readonly lang: Locale;
}

/** Checks the options; every wrong one gets a message in the run's language. */
export function parseStatsOptions(
  raw: RawStatsOptions,
  ctx: CliContext,
): { ok: true; options: StatsCliOptions } | { ok: false; errors: readonly string[] } {
  const errors = new UsageErrors(ctx);
  const format = raw.format ?? "text";
  if (!(STATS_FORMATS as readonly string[]).includes(format))
    errors.badChoice("--format", format, STATS_FORMATS);
  if (raw.unit !== undefined && !(UNITS as readonly string[]).includes(raw.unit))
    // `operations` and `assets` are counted by the tables of prosecution records (prosecution-stats-command).
    errors.badChoice("--unit", raw.unit, [...UNITS, "operations", "assets"]);
  const severalForms = raw.severalForms ?? "each";
  if (!(SEVERAL_FORMS_RULES as readonly string[]).includes(severalForms))
    errors.badChoice("--several-forms", severalForms, SEVERAL_FORMS_RULES);
  const minCell = errors.count("--min-cell", raw.minCell, DEFAULT_MIN_CELL, 1);
  const table = tableOf(raw, errors);
  const lang = errors.lang(raw.lang);
  if (errors.list.length > 0 || table === undefined) return { ok: false, errors: errors.list };
  return {
    ok: true,
    options: {
      table,
      minCell,
      population: raw.population,
      format: format as StatsCliOptions["format"],
      severalForms: severalForms as SeveralFormsRule,
      lang,
    },
  };
}

function tableOf(raw: RawStatsOptions, errors: UsageErrors): StatsPreset | undefined {
  const by = listOption(raw.by);
  if ((by === undefined) === (raw.preset === undefined)) {
    errors.add(errors.texts.errors.byOrPreset);
    return undefined;
  }
  if (raw.preset !== undefined) {
    if (isStatsPreset(raw.preset)) return STATS_PRESETS[raw.preset];
    errors.badChoice("--preset", raw.preset, Object.keys(STATS_PRESETS));
    return undefined;
  }
  // A --unit that is not a unit was reported above; there is no table to check --by against.
  if (raw.unit !== undefined && !(UNITS as readonly string[]).includes(raw.unit)) return undefined;
  const dimensions = by ?? [];
  // Without --unit, the first unit that has every dimension asked for (victims, perpetrators, contacts...).
  const fits = (unit: Unit) => dimensions.every((value) => (dimensionsOf(unit) as string[]).includes(value));
  const unit: Unit =
    (raw.unit as Unit | undefined) ??
    (dimensions.length > 0 ? UNITS.find(fits) : undefined) ??
    (dimensions.includes("stage") ? "perpetrators" : "victims");
  const allowed = dimensionsOf(unit);
  for (const value of dimensions) {
    if (!isDimension(value) || !allowed.includes(value)) {
      errors.add(errors.texts.errors.badDimension, {
        option: "--by",
        value,
        unit,
        choices: allowed.join(", "),
      });
    }
  }
  return { by: dimensions as Dimension[], unit };
}

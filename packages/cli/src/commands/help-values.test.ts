import { FLAT_CSV_ENTITIES, FORMATS } from "@tip/convert";
import { DEFAULT_K, DEFAULT_MIN_CELL, DEFAULT_QUASI, DIMENSIONS, STATS_PRESETS } from "@tip/privacy";
import { CODE_LISTS } from "@tip/schema";
import { DEFAULT_MAX_ISSUES } from "@tip/validate";
import { describe, expect, it } from "vitest";
import { CSV_RECORD_TYPES } from "../validate/csv-record-types.js";
import { HELP_VALUES } from "./help-values.js";

describe("HELP_VALUES", () => {
  it("says what the libraries do", () => {
    expect(HELP_VALUES.consentPurposes).toEqual(CODE_LISTS.consent_purpose.codes);
    expect(HELP_VALUES.csvRecordTypes).toEqual(CSV_RECORD_TYPES);
    expect(HELP_VALUES.maxIssues).toBe(DEFAULT_MAX_ISSUES);
    expect(HELP_VALUES.convertFormats).toEqual(FORMATS);
    expect(HELP_VALUES.flatCsvEntities).toEqual(FLAT_CSV_ENTITIES);
    expect(HELP_VALUES.k).toBe(DEFAULT_K);
    expect(HELP_VALUES.quasi).toEqual(DEFAULT_QUASI);
    expect(HELP_VALUES.dimensions).toEqual(DIMENSIONS);
    expect(HELP_VALUES.minCell).toBe(DEFAULT_MIN_CELL);
    expect(HELP_VALUES.statsPresets).toEqual(Object.keys(STATS_PRESETS));
  });
});

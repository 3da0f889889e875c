import * as z from "zod";
import { aggregateBreakdown } from "../../codes/aggregate-breakdown/aggregate-breakdown.codes.js";
import { aggregateIndicator } from "../../codes/aggregate-indicator/aggregate-indicator.codes.js";
import { aggregateUnit } from "../../codes/aggregate-unit/aggregate-unit.codes.js";
import { country } from "../../codes/country/country.codes.js";
import { exploitationForm } from "../../codes/exploitation-form/exploitation-form.codes.js";
import { majorityStatus } from "../../codes/majority-status/majority-status.codes.js";
import { sex } from "../../codes/sex/sex.codes.js";
import { oneCode } from "../../common/code-field.js";
import { ShortText, Year } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * A figure withheld by its publisher (GLOTIP writes `<5`). `below` is the bound the true value is under
 * (`<5` → `below: 5`); absent when the publisher did not say it.
 */
export const SuppressedValue = defineObject("suppressedValue", {
  below: field(z.number().positive().optional(), { pii: "none" }),
});
export type SuppressedValue = z.output<typeof SuppressedValue>;

/** A source's text as written: may be empty, where the source left a cell empty that the codes would fill. */
const SourceText = z.string().max(500);

/**
 * The texts of the source, kept where the coded fields would not write them back the same (a country named
 * otherwise, a category no code says, `1,757` for 1757), so a converted file can be written back unchanged.
 */
export const SourceLabels = defineObject("sourceLabels", {
  countryCode: field(SourceText.optional(), { pii: "none" }),
  area: field(SourceText.optional(), { pii: "none" }),
  region: field(SourceText.optional(), { pii: "none" }),
  subregion: field(SourceText.optional(), { pii: "none" }),
  indicator: field(SourceText.optional(), { pii: "none" }),
  breakdown: field(SourceText.optional(), { pii: "none" }),
  category: field(SourceText.optional(), { pii: "none" }),
  sex: field(SourceText.optional(), { pii: "none" }),
  age: field(SourceText.optional(), { pii: "none" }),
  year: field(SourceText.optional(), { pii: "none" }),
  unit: field(SourceText.optional(), { pii: "none" }),
  value: field(SourceText.optional(), { pii: "none" }),
});
export type SourceLabels = z.output<typeof SourceLabels>;

/**
 * One published figure of a state that holds totals rather than case records (shaped after UNODC's GLOTIP
 * export): an indicator for a country and year, optionally broken down by one category and by sex and age
 * group, as a value or a suppressed marker. No personal data: every field is `pii: none`.
 */
export const Aggregate = defineObject("aggregate", {
  ...recordBase("aggregate"),
  indicator: oneCode(aggregateIndicator, { pii: "none", mappings: { glotip: ["Indicator"] } }),
  country: oneCode(country, { pii: "none", mappings: { glotip: ["Iso3_code"] } }).optional(),
  year: field(Year, { pii: "none", mappings: { glotip: ["Year"] } }),
  breakdown: oneCode(aggregateBreakdown, { pii: "none", mappings: { glotip: ["Dimension"] } }),
  exploitationForm: oneCode(exploitationForm, {
    pii: "none",
    mappings: { glotip: ["Category"] },
  }).optional(),
  categoryCountry: oneCode(country, { pii: "none", mappings: { glotip: ["Category"] } }).optional(),
  sex: oneCode(sex, { pii: "none", mappings: { glotip: ["Sex"] } }).optional(),
  ageGroup: oneCode(majorityStatus, { pii: "none", mappings: { glotip: ["Age"] } }).optional(),
  unit: oneCode(aggregateUnit, { pii: "none", mappings: { glotip: ["Unit of measurement"] } }),
  value: field(z.number().nonnegative().optional(), { pii: "none", mappings: { glotip: ["txtVALUE"] } }),
  suppressed: field(SuppressedValue.optional(), { pii: "none", mappings: { glotip: ["txtVALUE"] } }),
  source: field(ShortText.optional(), { pii: "none", mappings: { glotip: ["Source"] } }),
  sourceLabels: field(SourceLabels.optional(), { pii: "none" }),
});
export type Aggregate = z.output<typeof Aggregate>;

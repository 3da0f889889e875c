import { type Aggregate, alpha3Of, type CountryCode, type SourceLabels } from "@tip/schema";
import { cellText } from "./glotip-cell-text.js";
import type { GlotipColumn } from "./glotip-columns.js";
import {
  AGE_TEXTS,
  BREAKDOWN_TEXTS,
  COUNTRY_TEXTS,
  FORM_TEXTS,
  GLOTIP_TOTAL,
  INDICATOR_TEXTS,
  SEX_TEXTS,
  UNIT_TEXTS,
} from "./glotip-texts.js";

/** The key of `sourceLabels` that keeps each column's text (Source is kept whole in `source`). */
export const LABEL_KEYS: Readonly<Record<Exclude<GlotipColumn, "Source">, keyof SourceLabels>> = {
  Iso3_code: "countryCode",
  Country: "area",
  Region: "region",
  Subregion: "subregion",
  Indicator: "indicator",
  Dimension: "breakdown",
  Category: "category",
  Sex: "sex",
  Age: "age",
  Year: "year",
  "Unit of measurement": "unit",
  txtVALUE: "value",
};

/** What an aggregate record may be while it is read: any field can be missing in a bad row. */
export type PartialAggregate = Partial<Aggregate>;

/**
 * The text of each GLOTIP column that the record's coded fields write, before `sourceLabels` are applied.
 * The reader keeps a source text in `sourceLabels` exactly when it differs from this, so reading and writing
 * a row gives back every cell unchanged.
 */
export function codedCells(record: PartialAggregate): Record<GlotipColumn, string> {
  const { country, indicator, breakdown, sex, ageGroup, year, unit } = record;
  return {
    Iso3_code: country === undefined ? "" : (alpha3Of(country as CountryCode) ?? ""),
    Country: country === undefined ? "" : COUNTRY_TEXTS.text(country),
    Region: "",
    Subregion: "",
    Indicator: indicator === undefined ? "" : INDICATOR_TEXTS.text(indicator),
    Dimension: breakdown === undefined ? "" : BREAKDOWN_TEXTS.text(breakdown),
    Category: categoryText(record),
    Sex: sex === undefined ? GLOTIP_TOTAL : SEX_TEXTS.text(sex),
    Age: ageGroup === undefined ? GLOTIP_TOTAL : AGE_TEXTS.text(ageGroup),
    Year: cellText(year),
    "Unit of measurement": unit === undefined ? "" : UNIT_TEXTS.text(unit),
    txtVALUE: valueText(record),
    Source: cellText(record.source),
  };
}

/** The cells of a record as GLOTIP writes them: the source's own texts where kept, else the coded ones. */
export function glotipCells(record: PartialAggregate): Record<GlotipColumn, string> {
  const cells = codedCells(record);
  const labels = record.sourceLabels;
  if (labels === undefined || labels === null || typeof labels !== "object") return cells;
  for (const [column, key] of Object.entries(LABEL_KEYS) as [keyof typeof LABEL_KEYS, keyof SourceLabels][]) {
    const label = labels[key];
    if (label !== undefined) cells[column] = cellText(label);
  }
  return cells;
}

function categoryText(record: PartialAggregate): string {
  switch (record.breakdown) {
    case "total":
      return GLOTIP_TOTAL;
    case "exploitation_form":
      return record.exploitationForm === undefined ? "" : FORM_TEXTS.text(record.exploitationForm);
    case "citizenship":
    case "country_of_repatriation":
      return record.categoryCountry === undefined ? "" : COUNTRY_TEXTS.text(record.categoryCountry);
    default:
      return "";
  }
}

/** The marker GLOTIP-shaped output writes for a figure withheld without a stated bound. */
export const SUPPRESSED_TEXT = "suppressed";

/** `12`, `0.5`, `<5` or `suppressed`; empty when the record has neither a value nor a marker. */
export function valueText(record: PartialAggregate): string {
  if (record.suppressed !== undefined && record.suppressed !== null)
    return record.suppressed.below === undefined ? SUPPRESSED_TEXT : `<${cellText(record.suppressed.below)}`;
  return cellText(record.value);
}

import { type Aggregate, CODE_LISTS, type SourceLabels } from "@tip/schema";
import type { Dimension } from "./dimensions.js";
import { TOTAL, UNKNOWN } from "./dimensions.js";
import type { StatsCell, StatsTable } from "./table.js";

/** The dimensions that are a GLOTIP breakdown (its Dimension and Category columns). */
const CATEGORY_DIMENSIONS: readonly Dimension[] = ["glotip_form", "exploitation", "citizenship"];

/** GLOTIP's criminal-justice categories, as the `stage` dimension names them, and the indicator of each. */
const STAGE_INDICATORS: Readonly<Record<string, Aggregate["indicator"]>> = {
  formal_contact: "persons_formal_contact",
  prosecuted: "persons_prosecuted",
  convicted: "persons_convicted",
};

const GROUPS: Readonly<Record<string, { sex: "female" | "male"; ageGroup: "child" | "adult" }>> = {
  women: { sex: "female", ageGroup: "adult" },
  girls: { sex: "female", ageGroup: "child" },
  men: { sex: "male", ageGroup: "adult" },
  boys: { sex: "male", ageGroup: "child" },
};

const forms = CODE_LISTS.exploitation_form;
/** The exploitation_form code each GLOTIP form category stands for (the first code mapped to it). */
const FORM_OF_CATEGORY = new Map<string, string>();
for (const code of forms.codes)
  for (const category of forms.mappings[code].glotip ?? [])
    if (!FORM_OF_CATEGORY.has(category)) FORM_OF_CATEGORY.set(category, code);

/** The figures of a table as GLOTIP-shaped aggregate records, and the cells GLOTIP has no row for. */
export interface GlotipFigures {
  readonly records: readonly Aggregate[];
  /**
   * Cells broken down by two categories at once (GLOTIP breaks a figure down by one), and cells of
   * perpetrators counted over every stage (GLOTIP counts each stage): their figures are in the margins.
   */
  readonly cellsLeftOut: number;
}

/**
 * Turns a computed table into aggregate records in GLOTIP's shape (write them with @tip/convert's
 * `writeGlotipCsv` / `writeGlotipXlsx`): one record per cell, with the indicator from the unit (victims
 * detected) or the stage (persons in formal contact, prosecuted, convicted); sex and age group from `sex`,
 * `age_group` or `glotip_group`; the breakdown from the form of exploitation or citizenship; country and year
 * from those dimensions when the table has them. A suppressed cell is written as a withheld figure without a
 * bound (`suppressed`), because secondary suppression hides cells that are not small. With rates, each cell
 * also gives a rate per 100,000 population.
 */
export function toGlotipFigures(table: StatsTable, newId: () => string): GlotipFigures {
  const records: Aggregate[] = [];
  let cellsLeftOut = 0;
  for (const cell of table.cells) {
    const base = figureOf(table, cell);
    if (base === undefined) {
      cellsLeftOut++;
      continue;
    }
    const suppressed = cell.suppressed || cell.count === null;
    records.push({
      ...base,
      id: newId(),
      unit: "count",
      ...(suppressed ? { suppressed: {} } : { value: cell.count as number }),
    } as Aggregate);
    if (table.rates && cell.rate !== undefined && (cell.rate !== null || suppressed)) {
      records.push({
        ...base,
        id: newId(),
        unit: "rate_per_100000",
        ...(suppressed || cell.rate === null ? { suppressed: {} } : { value: cell.rate }),
      } as Aggregate);
    }
  }
  return { records, cellsLeftOut };
}

/** Every field of a cell's record but its id, unit and figure; `undefined` when GLOTIP has no row for it. */
function figureOf(table: StatsTable, cell: StatsCell): Record<string, unknown> | undefined {
  const value = (dimension: Dimension) =>
    table.by.includes(dimension) ? (cell.values[dimension] ?? TOTAL) : TOTAL;
  // GLOTIP has no indicator for helpline contacts or compensated victims: their cells have no row.
  if (table.unit === "contacts" || table.unit === "compensated") return undefined;
  const categories = CATEGORY_DIMENSIONS.filter((dimension) => value(dimension) !== TOTAL);
  if (categories.length > 1) return undefined;
  let indicator: Aggregate["indicator"] = "detected_victims";
  if (table.unit === "perpetrators") {
    const stage = STAGE_INDICATORS[value("stage")];
    if (stage === undefined) return undefined;
    indicator = stage;
  }
  const labels: Record<string, string> = {};
  const record: Record<string, unknown> = { recordType: "aggregate", indicator };
  const country = value("country");
  if (CODE_LISTS.country.has(country)) record.country = country;
  else if (country === UNKNOWN) labels.area = "Unknown";
  const year = value("year");
  if (/^\d{4}$/.test(year)) record.year = Number(year);
  else if (year === UNKNOWN) labels.year = "Unknown";
  Object.assign(record, breakdownOf(categories[0], categories[0] && value(categories[0]), labels));
  Object.assign(record, personsOf(value, labels));
  if (Object.keys(labels).length > 0) record.sourceLabels = labels as SourceLabels;
  return record;
}

function breakdownOf(
  dimension: Dimension | undefined,
  category: string | undefined,
  labels: Record<string, string>,
) {
  if (dimension === undefined || category === undefined) return { breakdown: "total" };
  if (dimension === "citizenship") {
    if (CODE_LISTS.country.has(category)) return { breakdown: "citizenship", categoryCountry: category };
    labels.category = category === "stateless" ? "Stateless" : "Unknown";
    return { breakdown: "citizenship" };
  }
  const form = dimension === "glotip_form" ? FORM_OF_CATEGORY.get(category) : category;
  if (form !== undefined && forms.has(form))
    return { breakdown: "exploitation_form", exploitationForm: form };
  labels.category = "Unknown";
  return { breakdown: "exploitation_form" };
}

function personsOf(value: (dimension: Dimension) => string, labels: Record<string, string>) {
  const out: Record<string, string> = {};
  const group = value("glotip_group");
  if (group !== TOTAL) {
    const known = GROUPS[group];
    if (known !== undefined) return { ...known };
    // Sex or age not known: GLOTIP's Unknown in both columns.
    labels.sex = "Unknown";
    labels.age = "Unknown";
    return out;
  }
  const sex = value("sex");
  if (sex !== TOTAL && CODE_LISTS.sex.has(sex)) out.sex = sex;
  const age = value("age_group");
  if (age !== TOTAL && CODE_LISTS.majority_status.has(age)) out.ageGroup = age;
  return out;
}

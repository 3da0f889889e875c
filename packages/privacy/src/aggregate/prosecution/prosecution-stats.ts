import { isPlainObject, objectOfRecord } from "../../model/record-object.js";
import { resolveMinCell } from "../primary.js";
import { type Figure, figuresOf, suppressMeasure, totalOf } from "./suppress-measure.js";

type Raw = Record<string, unknown>;

/** Operations of one country and year: how many, and the persons arrested and victims rescued in them. */
export interface OperationRow {
  readonly country: string;
  readonly year: string;
  readonly operations: Figure;
  readonly arrests: Figure;
  readonly victimsRescued: Figure;
}

/** Operations by country and year, with the totals (each operation counted once). */
export interface OperationTable {
  readonly minCell: number;
  readonly rows: readonly OperationRow[];
  readonly total: Omit<OperationRow, "country" | "year">;
}

/** Actions on assets of one kind, in one currency, recorded on one record type. */
export interface AssetRow {
  /** The record type holding the actions: `case` (financial investigation), `financialInquiry`, `criminalGroup`. */
  readonly source: string;
  readonly action: string;
  /** ISO 4217 code, or `unknown` for actions recorded without a value. */
  readonly currency: string;
  readonly actions: Figure;
  /**
   * Sum of the values; withheld with the count, never added across currencies. Left empty (`null`, not
   * suppressed) when the sum passes `Number.MAX_SAFE_INTEGER`, where it could no longer be added exactly: see
   * `AssetTable.valuesTooLarge`.
   */
  readonly totalValue: Figure;
}

/** Actions on assets by source, action and currency, with the count of every action. */
export interface AssetTable {
  readonly minCell: number;
  readonly rows: readonly AssetRow[];
  readonly totalActions: Figure;
  /** Rows whose total value was too large to add exactly and is left empty: a caller must say so. */
  readonly valuesTooLarge: number;
}

const UNKNOWN = "unknown";
const SEP = "\u0000";

const count = (value: unknown): number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : 0;
/** Whether a sum of amounts is still exact: past 2^53 - 1, adding to it rounds (and can reach Infinity). */
const exact = (sum: number): boolean => sum <= Number.MAX_SAFE_INTEGER;
const yearOf = (date: unknown): string =>
  typeof date === "string" && /^\d{4}/.test(date) ? date.slice(0, 4) : UNKNOWN;

interface Sums {
  operations: number;
  arrests: number;
  victimsRescued: number;
}

/**
 * Counts operations by country and year, and actions on assets by source, action and currency, one record at
 * a time (bundles are looked into). Holds one entry per distinct key, never the records. An operation of
 * several countries counts under each of them and once in the totals; its year is the year it started.
 * Actions on assets are counted where they are recorded (a case's financial investigation, a financial
 * inquiry, a criminal group): the same assets recorded on two records count twice, so the table keeps the
 * source apart.
 */
export class ProsecutionTally {
  readonly #operations = new Map<string, Sums>();
  readonly #operationTotal: Sums = { operations: 0, arrests: 0, victimsRescued: 0 };
  readonly #assets = new Map<string, { actions: number; value: number }>();
  #assetActions = 0;

  /** Notes one record; passes over records of other types and values that are not records. */
  add(record: unknown): void {
    const type = objectOfRecord(record);
    const value = record as Raw;
    if (type === "bundle" && Array.isArray(value.records)) for (const inner of value.records) this.add(inner);
    else if (type === "operation") this.#operation(value);
    else if (type === "financialInquiry" || type === "criminalGroup")
      this.#assetsOf(type, value.assetActions);
    else if (type === "case" && isPlainObject(value.financialInvestigation))
      this.#assetsOf("case", value.financialInvestigation.assetActions);
  }

  #operation(operation: Raw): void {
    const year = yearOf(operation.startedOn);
    const listed = Array.isArray(operation.countries) ? operation.countries : [];
    const countries = [...new Set(listed.filter((c): c is string => typeof c === "string"))];
    const sums = { arrests: count(operation.arrests), victimsRescued: count(operation.victimsRescued) };
    for (const country of countries.length > 0 ? countries : [UNKNOWN]) {
      const key = `${country}${SEP}${year}`;
      const entry = this.#operations.get(key) ?? { operations: 0, arrests: 0, victimsRescued: 0 };
      entry.operations++;
      entry.arrests += sums.arrests;
      entry.victimsRescued += sums.victimsRescued;
      this.#operations.set(key, entry);
    }
    this.#operationTotal.operations++;
    this.#operationTotal.arrests += sums.arrests;
    this.#operationTotal.victimsRescued += sums.victimsRescued;
  }

  #assetsOf(source: string, actions: unknown): void {
    if (!Array.isArray(actions)) return;
    for (const action of actions) {
      if (!isPlainObject(action) || typeof action.action !== "string") continue;
      const amount =
        typeof action.value === "number" && Number.isFinite(action.value) ? action.value : undefined;
      const currency =
        amount !== undefined && typeof action.currency === "string" ? action.currency : UNKNOWN;
      const key = `${source}${SEP}${action.action}${SEP}${currency}`;
      const entry = this.#assets.get(key) ?? { actions: 0, value: 0 };
      entry.actions++;
      entry.value += amount ?? 0;
      this.#assets.set(key, entry);
      this.#assetActions++;
    }
  }

  /** The operations table, suppressed: figures of 1 to minCell - 1, and every figure of a row of too few operations. */
  operations(options: { readonly minCell?: number } = {}): OperationTable {
    const minCell = resolveMinCell(options.minCell);
    const keys = [...this.#operations.keys()].sort();
    const sums = keys.map((key) => this.#operations.get(key) as Sums);
    const operations = suppressMeasure(
      sums.map((s) => s.operations),
      minCell,
    );
    // A row about too few operations tells of those operations: its arrests and rescues are withheld too.
    const arrests = suppressMeasure(
      sums.map((s) => s.arrests),
      minCell,
      operations.hidden,
    );
    const rescued = suppressMeasure(
      sums.map((s) => s.victimsRescued),
      minCell,
      operations.hidden,
    );
    const [o, a, r] = [
      figuresOf(
        sums.map((s) => s.operations),
        operations.hidden,
      ),
      figuresOf(
        sums.map((s) => s.arrests),
        arrests.hidden,
      ),
      figuresOf(
        sums.map((s) => s.victimsRescued),
        rescued.hidden,
      ),
    ];
    const rows = keys.map((key, index) => {
      const [country, year] = key.split(SEP) as [string, string];
      return {
        country,
        year,
        operations: o[index] as Figure,
        arrests: a[index] as Figure,
        victimsRescued: r[index] as Figure,
      };
    });
    const total = this.#operationTotal;
    const fewOperations = total.operations > 0 && total.operations < minCell;
    return {
      minCell,
      rows,
      total: {
        operations: totalOf(total.operations, minCell, operations.hideTotal),
        arrests: totalOf(total.arrests, minCell, arrests.hideTotal || fewOperations),
        victimsRescued: totalOf(total.victimsRescued, minCell, rescued.hideTotal || fewOperations),
      },
    };
  }

  /** The assets table, suppressed: a row of 1 to minCell - 1 actions is withheld with its total value. */
  assets(options: { readonly minCell?: number } = {}): AssetTable {
    const minCell = resolveMinCell(options.minCell);
    const keys = [...this.#assets.keys()].sort();
    const entries = keys.map((key) => this.#assets.get(key) as { actions: number; value: number });
    const actions = suppressMeasure(
      entries.map((e) => e.actions),
      minCell,
    );
    const counts = figuresOf(
      entries.map((e) => e.actions),
      actions.hidden,
    );
    const rows = keys.map((key, index) => {
      const [source, action, currency] = key.split(SEP) as [string, string, string];
      const hidden = actions.hidden.has(index);
      const value = (entries[index] as { value: number }).value;
      return {
        source,
        action,
        currency,
        actions: counts[index] as Figure,
        totalValue:
          hidden || currency === UNKNOWN || !exact(value)
            ? { value: null, suppressed: hidden }
            : { value, suppressed: false },
      };
    });
    const valuesTooLarge = rows.filter(
      (row) => !row.totalValue.suppressed && row.currency !== UNKNOWN && row.totalValue.value === null,
    ).length;
    return {
      minCell,
      rows,
      totalActions: totalOf(this.#assetActions, minCell, actions.hideTotal),
      valuesTooLarge,
    };
  }
}

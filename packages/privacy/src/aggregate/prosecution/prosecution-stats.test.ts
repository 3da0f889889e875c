import { en as schemaEn } from "@tip/schema/locales/en";
import { es as schemaEs } from "@tip/schema/locales/es";
import { describe, expect, it } from "vitest";
import { en } from "../../locales/en.js";
import { es } from "../../locales/es.js";
import { fr } from "../../locales/fr.js";
import { pt } from "../../locales/pt.js";
import { assetsText, operationsText } from "./format-prosecution.js";
import { ProsecutionTally } from "./prosecution-stats.js";

let serial = 0;
const operation = (countries: string[], startedOn: string, arrests: number, victimsRescued: number) => ({
  recordType: "operation",
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
  kind: "operation",
  countries,
  startedOn,
  arrests,
  victimsRescued,
});
const many = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const shown = (f: { value: number | null; suppressed: boolean }) => (f.suppressed ? "x" : f.value);

describe("ProsecutionTally: operations", () => {
  it("counts operations, arrests and rescues by country and year, an operation of two countries under each", () => {
    const tally = new ProsecutionTally();
    for (const record of [
      ...many(6, () => operation(["TT"], "2021-03-01", 2, 3)),
      ...many(5, () => operation(["TT", "VE"], "2022-01-10", 1, 1)),
    ])
      tally.add(record);
    const table = tally.operations({ minCell: 5 });
    expect(
      table.rows.map((r) => [
        r.country,
        r.year,
        shown(r.operations),
        shown(r.arrests),
        shown(r.victimsRescued),
      ]),
    ).toEqual([
      ["TT", "2021", 6, 12, 18],
      ["TT", "2022", 5, 5, 5],
      ["VE", "2022", 5, 5, 5],
    ]);
    expect([
      table.total.operations.value,
      table.total.arrests.value,
      table.total.victimsRescued.value,
    ]).toEqual([11, 17, 23]);
  });

  it("withholds a row of too few operations with its arrests and rescues, and one more row so it cannot be recomputed", () => {
    const tally = new ProsecutionTally();
    for (const record of [
      ...many(2, () => operation(["TT"], "2020-05-01", 10, 10)),
      ...many(7, () => operation(["TT"], "2021-05-01", 1, 0)),
      ...many(9, () => operation(["TT"], "2022-05-01", 1, 0)),
    ])
      tally.add(record);
    const table = tally.operations({ minCell: 5 });
    expect(
      table.rows.map((r) => [r.year, shown(r.operations), shown(r.arrests), shown(r.victimsRescued)]),
    ).toEqual([
      ["2020", "x", "x", "x"],
      ["2021", "x", "x", "x"],
      ["2022", 9, 9, 0],
    ]);
    // 20 rescued in all, all in 2020: the only non-zero row is hidden, so the total is withheld instead.
    expect(shown(table.total.victimsRescued)).toBe("x");
    expect(shown(table.total.operations)).toBe(18);
  });

  it("looks into bundles and passes over other records and values that are not records", () => {
    const tally = new ProsecutionTally();
    tally.add({ recordType: "bundle", records: many(5, () => operation([], "x", 1, 1)) });
    for (const value of [null, 3, "operation", { recordType: "victim" }, { recordType: "__proto__" }])
      tally.add(value);
    const table = tally.operations({ minCell: 5 });
    expect(table.rows.map((r) => [r.country, r.year, shown(r.operations)])).toEqual([
      ["unknown", "unknown", 5],
    ]);
  });
});

const inquiry = (actions: unknown[]) => ({
  recordType: "financialInquiry",
  id: "i",
  kind: "money_laundering_investigation",
  assetActions: actions,
});

describe("ProsecutionTally: assets", () => {
  it("counts actions and sums values by source, action and currency, never across currencies", () => {
    const tally = new ProsecutionTally();
    for (let i = 0; i < 5; i++) {
      tally.add(
        inquiry([
          { action: "frozen", value: 100, currency: "USD" },
          { action: "frozen", value: 7, currency: "TTD" },
        ]),
      );
      tally.add({
        recordType: "case",
        id: "c",
        financialInvestigation: {
          opened: true,
          assetActions: [{ action: "seized", value: 50, currency: "USD" }],
        },
      });
      tally.add({ recordType: "criminalGroup", id: "g", assetActions: [{ action: "identified" }] });
    }
    const table = tally.assets({ minCell: 5 });
    expect(
      table.rows.map((r) => [r.source, r.action, r.currency, shown(r.actions), r.totalValue.value]),
    ).toEqual([
      ["case", "seized", "USD", 5, 250],
      ["criminalGroup", "identified", "unknown", 5, null],
      ["financialInquiry", "frozen", "TTD", 5, 35],
      ["financialInquiry", "frozen", "USD", 5, 500],
    ]);
    expect(table.totalActions.value).toBe(20);
  });

  it("withholds the value with the count of a small row", () => {
    const tally = new ProsecutionTally();
    tally.add(inquiry([{ action: "confiscated", value: 999999, currency: "USD" }]));
    for (let i = 0; i < 6; i++) tally.add(inquiry([{ action: "frozen", value: 1, currency: "USD" }]));
    const table = tally.assets({ minCell: 5 });
    const confiscated = table.rows.find((r) => r.action === "confiscated");
    expect(confiscated?.actions.suppressed).toBe(true);
    expect(confiscated?.totalValue).toEqual({ value: null, suppressed: true });
    expect(JSON.stringify(table)).not.toContain("999999");
  });
});

describe("ProsecutionTally: total values too large to add exactly", () => {
  it("leaves a total past 2^53 - 1 empty and counts it, whatever the order, never Infinity", () => {
    const huge = Number.MAX_VALUE; // valid for the model (a number of 0 or more), and two of them overflow
    const tally = new ProsecutionTally();
    for (let i = 0; i < 5; i++) {
      tally.add(inquiry([{ action: "frozen", value: huge, currency: "USD" }]));
      tally.add(inquiry([{ action: "seized", value: 2 ** 52, currency: "EUR" }]));
      tally.add(inquiry([{ action: "seized", value: 10, currency: "USD" }]));
    }
    const table = tally.assets({ minCell: 5 });
    expect(table.rows.map((r) => [r.action, r.currency, r.totalValue])).toEqual([
      ["frozen", "USD", { value: null, suppressed: false }],
      ["seized", "EUR", { value: null, suppressed: false }],
      ["seized", "USD", { value: 50, suppressed: false }],
    ]);
    expect(table.valuesTooLarge).toBe(2);
    expect(JSON.stringify(table)).not.toMatch(/Infinity|e\+/);
  });

  it("keeps a total of exactly 2^53 - 1", () => {
    const tally = new ProsecutionTally();
    for (let i = 0; i < 5; i++)
      tally.add(inquiry([{ action: "frozen", value: i === 0 ? 2 ** 53 - 5 : 1, currency: "USD" }]));
    const table = tally.assets({ minCell: 5 });
    expect(table.rows[0]?.totalValue).toEqual({ value: 2 ** 53 - 1, suppressed: false });
    expect(table.valuesTooLarge).toBe(0);
  });
});

describe("prosecution tables as text", () => {
  it("are labelled in the four languages and show withheld figures with the mark", () => {
    const tally = new ProsecutionTally();
    for (let i = 0; i < 5; i++) tally.add(operation(["TT"], "2023-01-01", 1, 1));
    tally.add(operation(["VE"], "2023-01-01", 1, 1));
    tally.add({
      recordType: "financialInquiry",
      id: "i",
      kind: "money_laundering_investigation",
      assetActions: [{ action: "frozen", value: 5, currency: "USD" }],
    });
    const titles = [en, es, fr, pt].map(
      (texts) => operationsText(tally.operations(), texts, schemaEn).split("\n")[0],
    );
    expect(new Set(titles).size).toBe(4);
    const spanish = operationsText(tally.operations(), es, schemaEs);
    expect(spanish).toContain("Detenciones");
    expect(spanish).toContain("Trinidad y Tobago");
    expect(spanish).toMatch(/Venezuela.*x/);
    expect(assetsText(tally.assets(), es, schemaEs)).toContain("Congelados");
  });
});

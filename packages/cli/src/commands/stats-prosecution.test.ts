import type { Operation } from "@tip/schema";
import { generate } from "@tip/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-stats-prosecution-");
afterAll(() => tmp.remove());

const records = generate({ seed: 3, count: 600, prosecution: true }).records;
const input = tmp.write("export.ndjson", ndjson(records));

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("tip stats --unit operations and assets", () => {
  it("counts every operation once in the total, with its arrests and victims rescued", async () => {
    const result = await tip("stats", input, "--unit", "operations", "--format", "json", "--min-cell", "1");
    expect(result.code).toBe(0);
    const table = JSON.parse(result.stdout);
    const operations = records.filter((record): record is Operation => record.recordType === "operation");
    expect(operations.length).toBeGreaterThan(10);
    const sum = (key: "arrests" | "victimsRescued") =>
      operations.reduce((n, record) => n + (record[key] ?? 0), 0);
    expect(table.total.operations.value).toBe(operations.length);
    expect(table.total.arrests.value).toBe(sum("arrests"));
    expect(table.total.victimsRescued.value).toBe(sum("victimsRescued"));
  });

  it("withholds small figures in the CSV, leaving the cell empty and marked", async () => {
    const result = await tip("stats", input, "--unit", "operations", "--format", "csv", "--min-cell", "10");
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trim().split("\n");
    expect(header).toBe(
      "country,year,operations,operations_suppressed,arrests,arrests_suppressed,victims_rescued,victims_rescued_suppressed",
    );
    const cells = rows.map((row) => row.split(","));
    expect(cells.some((cell) => cell[3] === "true")).toBe(true);
    for (const cell of cells) {
      if (cell[3] === "true") expect(cell[2]).toBe("");
      else expect(Number(cell[2]) === 0 || Number(cell[2]) >= 10).toBe(true);
    }
  });

  it("prints the assets table in Spanish, with labels of the actions", async () => {
    const result = await tip("stats", input, "--unit", "assets", "--lang", "es", "--min-cell", "1");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Medidas sobre bienes");
    expect(result.stdout).toContain("Congelados");
  });

  it("leaves a total value too large to add exactly empty, says so and exits 1, in every format", async () => {
    const inquiry = (n: number) => ({
      recordType: "financialInquiry",
      id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
      kind: "money_laundering_investigation",
      assetActions: [{ action: "frozen", value: Number.MAX_VALUE, currency: "USD" }],
    });
    const huge = tmp.write("huge-values.ndjson", ndjson([1, 2, 3].map(inquiry)));
    for (const format of ["text", "csv", "json"]) {
      const result = await tip("stats", huge, "--unit", "assets", "--min-cell", "1", "--format", format);
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).not.toMatch(/Infinity|∞|e\+308/);
      expect(result.stderr, format).toContain(
        "1 total value was too large to add exactly and is left empty.",
      );
    }
    const french = await tip("stats", huge, "--unit", "assets", "--min-cell", "1", "--lang", "fr");
    expect(french.stderr).toContain("1 valeur totale était trop grande");
  });

  it("refuses options of the tables of persons, in the run's language", async () => {
    const result = await tip("stats", input, "--unit", "assets", "--by", "sex", "--lang", "fr");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--by");
    expect(result.stdout).toBe("");
  });

  it("names the prosecution tables among the choices of a wrong --unit", async () => {
    const result = await tip("stats", input, "--unit", "arrests", "--by", "year");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("victims, perpetrators, contacts, compensated, operations, assets");
    expect(result.stderr).not.toContain("TypeError");
  });
});

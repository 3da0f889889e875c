import { generate } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import { ndjson, validateText } from "./helpers.js";

/** Flattens a record into dotted columns: objects spread out, scalar lists joined by `;`, object lists as JSON. */
function flatten(value: Record<string, unknown>, prefix = "", out: Record<string, string> = {}) {
  for (const [key, item] of Object.entries(value)) {
    const column = prefix + key;
    if (Array.isArray(item)) {
      out[column] = item.some((x) => typeof x === "object") ? JSON.stringify(item) : item.join(";");
    } else if (item !== null && typeof item === "object")
      flatten(item as Record<string, unknown>, `${column}.`, out);
    else out[column] = String(item);
  }
  return out;
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

describe("CSV export of generated victims", () => {
  it("gives the same verdict as the same records in NDJSON", async () => {
    const { records, invalid } = generate({ seed: 21, count: 200, errorRate: 0.2 });
    // A CSV cell has no type (an age written as text is read as a number there, as it should be), and an
    // unknown column is reported once for the file, not once per record: those two mistakes differ by design.
    const differ = new Set(["age_as_text", "citizenship_typo"]);
    const victims = records.filter(
      (record) => record.recordType === "victim" && !differ.has(invalid.get(record.id)?.kind ?? ""),
    );
    const rows = victims.map((record) => flatten(record as unknown as Record<string, unknown>));
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const csv = [
      header.join(","),
      ...rows.map((row) => header.map((column) => quote(row[column] ?? "")).join(",")),
    ].join("\r\n");
    const fromCsv = await validateText(csv, { format: "csv", maxIssues: 10_000 }, 999);
    const fromLines = await validateText(ndjson(victims), { format: "ndjson", maxIssues: 10_000 });
    expect(fromCsv.issues.filter((issue) => issue.code.startsWith("csv_"))).toEqual([]);
    expect([fromCsv.total, fromCsv.valid, fromCsv.invalid]).toEqual([
      fromLines.total,
      fromLines.valid,
      fromLines.invalid,
    ]);
    expect(fromCsv.byCode).toEqual(fromLines.byCode);
    expect(fromCsv.invalid).toBeGreaterThan(0);
    for (const issue of fromCsv.issues) {
      expect(issue.line, issue.code).toBe((issue.recordIndex as number) + 2);
      if (issue.code !== "required") expect(issue.column, `${issue.code} ${issue.path}`).toBeGreaterThan(0);
    }
  });
});

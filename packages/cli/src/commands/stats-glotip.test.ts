import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { canaryRecords, ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-stats-glotip-");
afterAll(() => tmp.remove());

const input = tmp.write("export.ndjson", ndjson(canaryRecords(300)));

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** GLOTIP's Sex and Age columns of each GLOTIP group, as UNODC's export writes them. */
const GROUP_CELLS: Record<string, [string, string]> = {
  women: ["Female", "18 years or over"],
  girls: ["Female", "0 to 17 years"],
  men: ["Male", "18 years or over"],
  boys: ["Male", "0 to 17 years"],
  total: ["Total", "Total"],
  unknown: ["Unknown", "Unknown"],
};
const FORM_CELLS: Record<string, string> = {
  sexual_exploitation: "Sexual exploitation",
  forced_labour: "Forced labour",
  mixed_other: "Other forms of exploitation",
};

describe("tip stats --format glotip", () => {
  it("writes every cell of the GLOTIP table in the columns of UNODC's export", async () => {
    const json = JSON.parse((await tip("stats", input, "--preset", "glotip", "--format", "json")).stdout) as {
      cells: { glotip_group: string; glotip_form: string; count: number | null; suppressed?: boolean }[];
    };
    const result = await tip("stats", input, "--preset", "glotip", "--format", "glotip");
    expect(result.code).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual([
      "Iso3_code",
      "Country",
      "Region",
      "Subregion",
      "Indicator",
      "Dimension",
      "Category",
      "Sex",
      "Age",
      "Year",
      "Unit of measurement",
      "txtVALUE",
      "Source",
    ]);
    expect(rows).toHaveLength(json.cells.length);
    for (const cell of json.cells) {
      const [sex, age] = GROUP_CELLS[cell.glotip_group] as [string, string];
      const form = cell.glotip_form === "total" ? undefined : FORM_CELLS[cell.glotip_form];
      if (cell.glotip_form !== "total" && form === undefined) continue; // forms the canary data may hold
      const row = rows.find(
        (candidate) =>
          candidate[7] === sex &&
          candidate[8] === age &&
          candidate[5] === (form === undefined ? "Total" : "by form of exploitation") &&
          candidate[6] === (form ?? "Total"),
      );
      expect(row, `${cell.glotip_group} / ${cell.glotip_form}`).toBeDefined();
      expect(row?.[4]).toBe("Detected trafficking victims");
      expect(row?.[10]).toBe("Counts");
      expect(row?.[11]).toBe(cell.count === null ? "suppressed" : String(cell.count));
    }
  });

  it("fills the Year column from --by year, and notes cells GLOTIP has no row for", async () => {
    const result = await tip("stats", input, "--by", "glotip_form,citizenship,year", "--format", "glotip");
    expect(result.code).toBe(0);
    const rows = (parse(result.stdout) as string[][]).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[9]).toMatch(/^(\d{4}|Unknown|)$/);
    // English groups thousands with commas (1,470).
    expect(result.stderr).toMatch(/Cells without a GLOTIP row .*: \d{1,3}(,\d{3})*\./);
  });
});

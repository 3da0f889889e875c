import { afterAll, describe, expect, it } from "vitest";
import { canaryRecords, ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-stats-");
afterAll(() => tmp.remove());

const input = tmp.write("export.ndjson", ndjson(canaryRecords(300)));
const population = tmp.write(
  "population.csv",
  "sex,age_group,population\nfemale,adult,520000\nfemale,child,160000\nmale,adult,500000\nmale,child,170000\n",
);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

interface StatsJson {
  by: string[];
  total: number | null;
  cells: Record<string, string | number | boolean | null>[];
}

describe("tip stats", () => {
  it("prints the GLOTIP table as { by, total, cells } with suppressed cells as count null", async () => {
    const result = await tip("stats", input, "--preset", "glotip", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as StatsJson;
    expect(json.by).toEqual(["glotip_group", "glotip_form"]);
    expect(json.total).toBe(300);
    const hidden = json.cells.filter((cell) => cell.suppressed === true);
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of hidden) expect(cell.count).toBeNull();
    for (const cell of json.cells) {
      expect(Object.keys(cell).sort()).toEqual(
        ["count", "glotip_form", "glotip_group", ...(cell.suppressed ? ["suppressed"] : [])].sort(),
      );
      if (typeof cell.count === "number") expect(cell.count === 0 || cell.count >= 5).toBe(true);
    }
  });

  it("counts by any dimensions, as CSV, with --min-cell", async () => {
    const result = await tip(
      "stats",
      input,
      "--by",
      "sex,age_group,exploitation",
      "--min-cell",
      "10",
      "--format",
      "csv",
    );
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trim().split("\n");
    expect(header).toBe("sex,age_group,exploitation,count,suppressed,row_type,dimension,reason");
    for (const row of rows) {
      const count = row.split(",")[3];
      if (count !== "") expect(Number(count) === 0 || Number(count) >= 10).toBe(true);
    }
  });

  describe("what each dimension could not classify", () => {
    let serial = 0;
    const person = (fields: Record<string, unknown>) => () => ({
      recordType: "victim",
      id: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
      exploitation: { forms: ["sexual_exploitation"] },
      ...fields,
    });
    const many = (count: number, make: () => object) => Array.from({ length: count }, make);
    // By hand: 7 without a sex (GLOTIP group unknown: sex unknown), 5 men without an age (age unknown).
    const file = tmp.write(
      "unclassified.ndjson",
      ndjson([
        ...many(6, person({ sex: "female", majorityStatus: "adult" })),
        ...many(7, person({ majorityStatus: "adult" })),
        ...many(5, person({ sex: "male" })),
      ]),
    );

    it("is in CSV as rows after the cells, in the same columns", async () => {
      const result = await tip("stats", file, "--by", "sex", "--format", "csv");
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(lines[0]).toBe("sex,count,suppressed,row_type,dimension,reason");
      expect(lines.filter((line) => !line.includes(",cell,"))).toEqual([
        lines[0],
        "unknown,7,false,unclassified,sex,not_recorded",
      ]);
    });

    it("is said on stderr, in the run's language, beside GLOTIP's columns", async () => {
      const result = await tip("stats", file, "--preset", "glotip", "--format", "glotip", "--lang", "es");
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain("sexo desconocido");
      expect(result.stderr).toContain("Sin clasificar (contados como Desconocido):");
      expect(result.stderr).toContain("5 grupo de edad desconocido");
      expect(result.stderr).toContain("7 sexo desconocido");
    });
  });

  it("prints a labelled table in the chosen language", async () => {
    const result = await tip("stats", input, "--preset", "glotip", "--lang", "fr");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Femmes");
    expect(result.stdout).toContain("Exploitation sexuelle");
    expect(result.stdout).toContain("x : non publié");
  });

  it("adds SDG 16.2.2 rates per 100,000 from a population table", async () => {
    const result = await tip(
      "stats",
      input,
      "--preset",
      "sdg-16-2-2",
      "--population",
      population,
      "--format",
      "json",
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as StatsJson;
    const all = json.cells.find(
      (cell) => cell.sex === "total" && cell.age_group === "total" && cell.glotip_form === "total",
    );
    expect(all?.rate).toBeCloseTo((300 / 1_350_000) * 100_000, 2);
  });

  it("counts persons prosecuted and convicted by sex", async () => {
    const result = await tip("stats", input, "--preset", "glotip-persons", "--format", "json");
    const json = JSON.parse(result.stdout) as StatsJson;
    expect(json.by).toEqual(["stage", "sex"]);
    expect(json.cells.some((cell) => cell.stage === "convicted")).toBe(true);
  });

  it("gives perpetrators their case's proceedings when the case comes after them in the file", async () => {
    const caseId = "00000000-0000-4000-a000-000000000001";
    const perpetrators = Array.from({ length: 7 }, (_, n) => ({
      recordType: "perpetrator",
      id: `00000000-0000-4000-9000-${String(n + 1).padStart(12, "0")}`,
      sex: "male",
      caseIds: [caseId],
    }));
    const convicted = { recordType: "case", id: caseId, proceedings: { verdict: "convicted" } };
    const file = tmp.write("case-last.ndjson", ndjson([...perpetrators, convicted]));
    const result = await tip("stats", file, "--preset", "glotip-persons", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as StatsJson & {
      classification: { stage: { derived: Record<string, number | null> } };
    };
    const male = (stage: string) => json.cells.find((cell) => cell.stage === stage && cell.sex === "male");
    expect(male("convicted")?.count).toBe(7);
    expect(male("formal_contact")?.count).toBe(7);
    expect(json.classification.stage.derived).toEqual({ from_case_proceedings: 7 });
    expect(result.stderr).toContain("Records read: 8; used: 8; left out: 0.");
  });

  it("counts a victim with several forms once with --several-forms multiple, and says so", async () => {
    const records = [
      ...Array.from({ length: 6 }, (_, n) => ({
        recordType: "victim",
        id: `00000000-0000-4000-8000-${String(n + 1).padStart(12, "0")}`,
        gender: "feminine",
        ageBand: "9-17",
        exploitation: { forms: ["forced_labour", "sexual_exploitation"] },
      })),
    ];
    const file = tmp.write("several.ndjson", ndjson(records));
    const each = JSON.parse((await tip("stats", file, "--preset", "glotip", "--format", "json")).stdout);
    expect(each.severalForms).toBe("each");
    const multiple = await tip("stats", file, "--preset", "glotip", "--several-forms", "multiple");
    expect(multiple.code).toBe(0);
    expect(multiple.stdout).toMatch(/Mixed or other forms\s+0\s+6\s/);
    expect(multiple.stdout).toContain("counted once");
    expect(multiple.stdout).toContain("Derived values:");
    const bad = await tip("stats", file, "--preset", "glotip", "--several-forms", "some", "--lang", "fr");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--several-forms");
  });

  it("rejects a wrong command line with exit 2, in the chosen language", async () => {
    const both = await tip("stats", input, "--by", "sex", "--preset", "glotip", "--lang", "pt");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("indique --by ou --preset");
    const bad = await tip("stats", input, "--by", "sex,shoe_size");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("“shoe_size” cannot be counted for victims");
    const badPopulation = tmp.write(
      "bad-population.csv",
      "sex,year,population\nfemale,2020,10\nfemale,2021,11\n",
    );
    const varies = await tip("stats", input, "--by", "sex", "--population", badPopulation, "--lang", "es");
    expect(varies.code).toBe(2);
    expect(varies.stderr).toContain("la población varía según year");
  });

  it("names a population column or key it does not know by its number, never by its text", async () => {
    const canary = "Qz7Canary";
    const csv = tmp.write(
      "canary-population.csv",
      `sex,population,"\u001b[31m${canary} María"\nfemale,10,x\n`,
    );
    const fromCsv = await tip("stats", input, "--by", "sex", "--population", csv);
    expect(fromCsv.code).toBe(2);
    expect(fromCsv.stderr).toContain("column 3 of the header is none of population");
    const json = tmp.write(
      "canary-population.json",
      JSON.stringify([
        { sex: "female", population: 10 },
        { population: 11, [`${canary}\n`]: "x" },
      ]),
    );
    const fromJson = await tip("stats", input, "--by", "sex", "--population", json, "--lang", "pt");
    expect(fromJson.code).toBe(2);
    expect(fromJson.stderr).toContain("linha 2: a chave n.º 2 não é nenhuma de population");
    for (const printed of [fromCsv, fromJson].flatMap((result) => [result.stdout, result.stderr])) {
      expect(printed).not.toContain(canary);
      expect(printed).not.toContain("\u001b");
    }
  });
});

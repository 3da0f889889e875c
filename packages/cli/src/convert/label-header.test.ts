import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { CANARY, csvOf, xlsxOf } from "../testing/hostile-inputs.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

// An HTCDS label fits a field with one word more than the field has ("First Name María" is prs_FirstName), and
// that word may be a person's name: whatever the language, no output names the column by its header.

const tmp = tempDir("tip-label-header-");
afterAll(() => tmp.remove());

/** The canary as one word (`Qz7Canary` is two: qz7, canary), so the labels still fit with it. */
const WORD = CANARY.toLowerCase();
/** Labels with the canary as their extra word, over one person whose values hold no canary. */
const HEADER = [`First Name ${WORD}`, "Second Name", "Gender", `Type of Exploitation ${WORD}`, "Citizenship"];
/** One value is not in the code list, so the run reports a value it could not read (exit 1). */
const ROW = ["Ana", "Mock", "Feminine", "Slavery of the seas", "MX"];

const INPUTS = {
  "labels.csv": () => csvOf([HEADER, ROW]),
  // The template's layout: field names (two left empty) over the labels.
  "labels.xlsx": () => xlsxOf([["", "prs_SecondName", "prs_Gender", "", "prs_Citizenship"], HEADER, ROW]),
} as const;

const LANGS = ["en", "es", "fr", "pt"] as const;

describe("tip convert never prints a header matched by its label", () => {
  for (const [name, build] of Object.entries(INPUTS)) {
    for (const lang of LANGS) {
      it(`${name}, ${lang}`, async () => {
        const dir = join(tmp.dir, `${lang}-${name}`);
        const input = tmp.write(`${lang}-${name}`, build());
        const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, env: { LANG: `${lang}_XX.UTF-8` } });
        const out = `${dir}.ndjson`;
        const report = `${dir}.report.json`;
        const code = await run(
          ["convert", input, "--from", "htcds", "--to", "tip", "-o", out, "--report", report],
          io,
        );
        expect(code, stderr.text()).toBe(1);
        const canary = new RegExp(CANARY, "i");
        expect(stdout.text()).not.toMatch(canary);
        expect(stderr.text()).not.toMatch(canary);
        const written = readFileSync(report, "utf8");
        expect(written).not.toMatch(canary);
        expect(readFileSync(out, "utf8")).not.toMatch(canary);
        // The columns are named by their HTCDS fields instead.
        const fields = JSON.parse(written).read.fields.map((field: { field: string }) => field.field);
        expect(fields).toEqual([
          "prs_FirstName",
          "prs_SecondName",
          "prs_Gender",
          "vic_TypeOfExploitation",
          "prs_Citizenship",
        ]);
      });
    }
  }

  it("leaves no other file behind", () => {
    expect(readdirSync(tmp.dir).filter((file) => !/\.(csv|xlsx|ndjson|report\.json)$/.test(file))).toEqual(
      [],
    );
  });
});

import { LOCALES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import {
  canaryNamedVictim,
  canaryVictim,
  canaryVictimCsv,
  PERSONAL_VICTIM_FIELDS,
  toBundleJson,
  toNdjson,
  validVictim,
} from "../testing/records.js";
import { spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

// Planted in every personal field of invalid records and in lines that are not even JSON; it must never be
// printed, whatever the language, report format or input format.
const CANARY = "CANARY-c4n4ry-Maria-Gonzalez";

const tmp = tempDir();
afterAll(() => tmp.remove());

const records = [validVictim(1), canaryVictim(2, CANARY), canaryNamedVictim(3, CANARY)];
const ndjson = tmp.write(
  "canary.ndjson",
  `${toNdjson(records)}{"recordType":"victim","givenName":"${CANARY}-broken\n"${CANARY}-string"\n`,
);
const bundle = tmp.write("canary.json", toBundleJson(records));
const brokenBundle = tmp.write("broken.json", `{"records":[{"givenName":"${CANARY}-truncated`);
const csv = tmp.write("canary.csv", canaryVictimCsv(CANARY));

describe("tip validate never prints a personal value", () => {
  it("plants the canary in every personal victim field the schema knows", () => {
    expect(PERSONAL_VICTIM_FIELDS).toEqual(expect.arrayContaining(["givenName", "familyName", "birthDate"]));
    expect(PERSONAL_VICTIM_FIELDS).not.toContain("id");
  });

  for (const lang of LOCALES) {
    for (const format of ["text", "json"]) {
      it(`keeps the canary out of ${format} output in ${lang}`, async () => {
        for (const file of [ndjson, bundle, brokenBundle, csv]) {
          const result = await spawnCli([
            "validate",
            "--lang",
            lang,
            "--format",
            format,
            "--record-type",
            "victim",
            file,
          ]);
          expect(result.code).toBe(1);
          expect(result.stdout.length).toBeGreaterThan(0);
          expect(result.stdout).not.toContain("c4n4ry");
          expect(result.stderr).not.toContain("c4n4ry");
        }
      });
    }
  }
});

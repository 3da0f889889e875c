import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkRecord,
  EXAMPLES,
  loadProfile,
  PROFILE_X_KEYWORDS,
  type Profile,
  RECORD_TYPES,
  SHIPPED_PROFILES,
  STRUCTURAL_CODES,
  X_KEYWORDS,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { buildVectors, generateRecords } from "@tip/testkit";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerSchema } from "./schema.js";

const temp = tempDir("tip-schema-profile-");
afterAll(() => temp.remove());

/** Runs `tip schema --profile <id> --out <dir>` and compiles what it wrote with ajv in strict mode. */
async function writtenSchemas(profile: string): Promise<Record<string, ValidateFunction>> {
  const out = join(temp.dir, profile.replace(/\W/g, "_"));
  const { io, stdout } = memoryIo({ cwd: temp.dir });
  expect(await runAlone(registerSchema, ["schema", "--profile", profile, "--out", out], io)).toBe(0);
  expect(stdout.text()).toContain(`${RECORD_TYPES.length} JSON Schema files of the profile`);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...X_KEYWORDS, ...PROFILE_X_KEYWORDS, "x-schema-version"]);
  expect(readdirSync(out).sort()).toEqual(RECORD_TYPES.map((type) => `${type}.schema.json`).sort());
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [
      type,
      ajv.compile(JSON.parse(readFileSync(join(out, `${type}.schema.json`), "utf8"))),
    ]),
  );
}

function loaded(id: string): Profile {
  const result = loadProfile(SHIPPED_PROFILES[id]);
  if (!result.ok) throw new Error(id);
  return result.profile;
}

/** The verdict of `checkRecord` under the profile on what JSON Schema can say: structure, not rules. */
const structurallyValid = (record: unknown, profile: Profile) =>
  !checkRecord(record, { locale: en, profile }).issues.some((issue) =>
    Object.hasOwn(STRUCTURAL_CODES, issue.code),
  );

type Victim = Record<string, unknown> & { exploitation: Record<string, unknown> };
const mexicanForm = (): Victim => {
  const victim = structuredClone(EXAMPLES.victim) as Victim;
  victim.exploitation.forms = ["mx_illicit_biomedical_experimentation"];
  delete victim.exploitation.labourIndustry;
  delete victim.exploitation.labourSectors;
  return victim;
};

describe("tip schema --profile", () => {
  it.each(["palermo", "mx", "ar"])(
    "%s: the schemas written accept and reject what the profile accepts and rejects (structure)",
    async (id) => {
      const validators = await writtenSchemas(id);
      const profile = loaded(id);
      const records: unknown[] = [
        ...generateRecords({ seed: `schema-${id}`, count: 15, errorRate: 0.4 }),
        ...buildVectors()
          .filter((vector) => vector.recordType !== "any")
          .map((vector) => vector.input),
        mexicanForm(),
        { ...structuredClone(EXAMPLES.victim), extensions: { mx: { identificationEntity: "MX-OAX" } } },
        { ...structuredClone(EXAMPLES.victim), extensions: { mx: { identificationEntity: "MX-XXX" } } },
      ];
      let accepted = 0;
      for (const record of records) {
        const type = (record as { recordType: string }).recordType;
        const validate = validators[type];
        const expected = structurallyValid(record, profile);
        if (expected) accepted++;
        expect(validate?.(record), `${type}: ${JSON.stringify(validate?.errors?.slice(0, 2))}`).toBe(
          expected,
        );
      }
      // Both verdicts are met.
      expect(accepted).toBeGreaterThan(10);
      expect(accepted).toBeLessThan(records.length);
    },
  );

  it("mx: a national form of exploitation and a federal entity pass, an unknown entity does not", async () => {
    const mx = await writtenSchemas("mx");
    expect(mx.victim?.(mexicanForm())).toBe(true);
    const withEntity = (code: string) => ({
      ...structuredClone(EXAMPLES.victim),
      extensions: { mx: { identificationEntity: code } },
    });
    expect(mx.victim?.(withEntity("MX-CMX"))).toBe(true);
    expect(mx.victim?.(withEntity("MX-XXX"))).toBe(false);
    // The same national code is no code of core, whose schema is written without --profile.
    const core = join(temp.dir, "core");
    const { io } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerSchema, ["schema", "--out", core], io)).toBe(0);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const coreVictim = ajv.compile(JSON.parse(readFileSync(join(core, "victim.schema.json"), "utf8")));
    expect(coreVictim(mexicanForm())).toBe(false);
  });

  it("palermo: lists the rule it makes an error, with its clause (rules are not JSON Schema)", async () => {
    await writtenSchemas("palermo");
    const victim = JSON.parse(readFileSync(join(temp.dir, "palermo", "victim.schema.json"), "utf8"));
    expect(victim["x-profile"].rules.adult_victim_without_means).toMatchObject({ severity: "error" });
    expect(victim["x-profile"].rules.adult_victim_without_means.clause).toMatch(/Art\. 3\(a\)/);
  });

  it("reports a malformed profile with its place and exit 2, and writes nothing", async () => {
    const file = temp.write("bad-profile.json", '{"id": "lc", "rules": 3}');
    const out = join(temp.dir, "never");
    const { io, stderr, stdout } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerSchema, ["schema", "--profile", file, "--out", out], io)).toBe(2);
    expect(stderr.text()).toContain("/rules");
    expect(stderr.text()).not.toMatch(/\n\s+at /);
    expect(stdout.text()).toBe("");
    expect(() => readdirSync(out)).toThrow();
  });
});

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_LISTS } from "../codes/code-lists.js";
import { checkRecord } from "../issues/check-record.js";
import { STRUCTURAL_CODES } from "../issues/structural-codes.js";
import { en } from "../locales/en.js";
import { RECORD_TYPES, type RecordType } from "../model/entities.js";
import { EXAMPLES } from "../model/examples.js";
import { codeSitesOf } from "../profiles/model-paths.js";
import type { Profile } from "../profiles/profile.js";
import { strictAjv } from "../testing/strict-ajv.js";
import { LC_PROFILE, testProfile } from "../testing/test-profiles.js";
import { toProfileJsonSchemas } from "./profile-record-schema.js";
import { schemaFileName } from "./to-json-schema.js";

const dir = new URL("../../json-schema/", import.meta.url);
const coreSchemas = Object.fromEntries(
  RECORD_TYPES.map((type) => [
    schemaFileName(type),
    JSON.parse(readFileSync(new URL(schemaFileName(type), dir), "utf8")) as object,
  ]),
);

const PROFILES: Record<string, Profile> = {
  palermo: testProfile("palermo"),
  mx: testProfile("mx"),
  ar: testProfile("ar"),
  lc: testProfile(LC_PROFILE),
};

function validators(profile: Profile) {
  const ajv = strictAjv();
  const schemas = toProfileJsonSchemas(coreSchemas, profile);
  return Object.fromEntries(RECORD_TYPES.map((type) => [type, ajv.compile(schemas[schemaFileName(type)] as object)]));
}
const VALIDATORS = Object.fromEntries(Object.entries(PROFILES).map(([id, profile]) => [id, validators(profile)]));

/** Whether `checkRecord` under the profile finds nothing a JSON Schema can say (rules aside). */
function structurallyValid(record: unknown, profile: Profile): boolean {
  return !checkRecord(record, { locale: en, profile }).issues.some((issue) =>
    Object.hasOwn(STRUCTURAL_CODES, issue.code),
  );
}

const clone = <T>(value: T): T => structuredClone(value);

describe("toProfileJsonSchemas", () => {
  it("leaves the core schemas as they were", () => {
    const before = JSON.stringify(coreSchemas);
    toProfileJsonSchemas(coreSchemas, PROFILES.lc as Profile);
    expect(JSON.stringify(coreSchemas)).toBe(before);
  });

  it.each(Object.keys(PROFILES))("%s: every schema compiles in strict mode and takes the examples", (id) => {
    for (const type of RECORD_TYPES) {
      const validate = VALIDATORS[id]?.[type];
      expect(validate?.(EXAMPLES[type]), `${type}: ${JSON.stringify(validate?.errors?.slice(0, 2))}`).toBe(
        structurallyValid(EXAMPLES[type], PROFILES[id] as Profile),
      );
    }
  });

  it("lc: requires, restricts, adds national codes and types the extension fields, citing each clause", () => {
    const schemas = toProfileJsonSchemas(coreSchemas, PROFILES.lc as Profile) as Record<string, any>;
    const victim = schemas["victim.schema.json"];
    expect(victim.required).toContain("sex");
    expect(victim.properties.sex["x-profile-changes"]).toEqual([
      { kind: "required", profile: "lc", clause: "s. 3" },
      { kind: "restricted", profile: "lc", clause: "s. 5" },
    ]);
    expect(victim.properties.sex.enum).toEqual(["female", "male", "unknown"]);
    expect(victim.properties.assistance.items.required).toContain("startDate");
    const sectors = victim.properties.exploitation.properties.labourSectors;
    expect(sectors.items.enum).toEqual([...CODE_LISTS.labour_sector.codes, "lc_street_vending"]);
    expect(sectors["x-national-codes"].lc_street_vending.foldsTo).toBe("begging");
    const lc = victim.properties.extensions.properties.lc;
    expect(Object.keys(lc.properties).sort()).toEqual(
      ["count", "district", "flag", "note", "registered", "sex", "share"].sort(),
    );
    expect(lc.properties.district.enum).toEqual(["LC-01", "LC-02"]);
    expect(lc.properties.sex.enum).toEqual(["female", "male", "unknown"]);
    expect(lc.additionalProperties).toBe(false);
    expect(victim["x-profile"].rules.adult_victim_without_means).toEqual({
      severity: "error",
      clause: "s. 2",
      profile: "lc",
    });
    expect(victim.$id).toMatch(/\/profiles\/lc\/1\.0\.0\/victim\.schema\.json$/);
    const bundleVictim = schemas["bundle.schema.json"].properties.records.items.oneOf.find(
      (branch: any) => branch.properties.recordType.const === "victim",
    );
    expect(bundleVictim.properties.sex.enum).toEqual(["female", "male", "unknown"]);
  });

  it("mx: the federal entities are the codes of the extension fields", () => {
    const schemas = toProfileJsonSchemas(coreSchemas, PROFILES.mx as Profile) as Record<string, any>;
    const entity = schemas["victim.schema.json"].properties.extensions.properties.mx.properties.identificationEntity;
    expect(entity.enum).toHaveLength(32);
    expect(entity.enum).toContain("MX-CMX");
  });

  it.each(Object.keys(PROFILES))(
    "%s: accepts and rejects what checkRecord under the profile accepts and rejects (structure)",
    (id) => {
      const profile = PROFILES[id] as Profile;
      const types = RECORD_TYPES.filter((type) => type !== "bundle");
      fc.assert(
        fc.property(fc.constantFrom(...types), mutationOf(profile), (type, mutation) => {
          const record = clone(EXAMPLES[type]) as Record<string, unknown>;
          mutation(record, type);
          const input = JSON.parse(JSON.stringify(record));
          const validate = VALIDATORS[id]?.[type];
          expect(validate?.(input), JSON.stringify(validate?.errors?.slice(0, 2))).toBe(
            structurallyValid(input, profile),
          );
        }),
        { numRuns: 1000 },
      );
    },
  );
});

type Mutation = (record: Record<string, unknown>, type: RecordType) => void;

const VALUES: unknown[] = [
  "text",
  "",
  3,
  -2,
  2.5,
  2 ** 60,
  true,
  null,
  "2024-01-31",
  "2024-13-01",
  "LC-01",
  "LC-99",
  "MX-CMX",
  "MX-XXX",
  ["LC-01"],
  ["MX-OAX", "MX-JAL"],
  [1],
  {},
  "x".repeat(1001),
  "\u{1F600}".repeat(600),
  "female",
  "other",
];

/** A change to a record that touches what a profile changes: required fields, code lists, extensions. */
function mutationOf(profile: Profile): fc.Arbitrary<Mutation> {
  const required: fc.Arbitrary<Mutation> = fc.nat().map((n) => (record, type) => {
    const entries = profile.required.filter((entry) => entry.field.startsWith(`/${type}/`));
    const entry = entries[n % Math.max(entries.length, 1)];
    if (entry) removeAt(record, entry.field.split("/").slice(2));
  });
  // National, core or no code, a third of the time each: national codes are few among the core ones.
  const code: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat(), fc.nat(2), fc.boolean()).map(
    ([n, m, kind, many]) =>
      (record, type) => {
        const sites = codeSitesOf(type).filter((site) => Object.hasOwn(profile.codeLists, site.codeList));
        const site = sites[n % Math.max(sites.length, 1)];
        if (!site) return;
        const national = Object.keys(profile.codeLists[site.codeList]?.national ?? {});
        const core = CODE_LISTS[site.codeList as keyof typeof CODE_LISTS].codes as readonly string[];
        const codes = [core, national, ["zz_not_a_code"]][kind] as readonly string[];
        const value = codes.length === 0 ? "zz_not_a_code" : codes[m % codes.length];
        setAt(record, site.path, site.many && many ? [value] : value);
      },
  );
  const namespaces = Object.keys(profile.extensions);
  const extension: fc.Arbitrary<Mutation> = fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom(...VALUES))
    .map(([n, m, value]) => (record) => {
      const namespace = namespaces[n % Math.max(namespaces.length, 1)] ?? "lc";
      const names = [...Object.keys(profile.extensions[namespace]?.fields ?? {}), "undeclared"];
      const name = names[m % names.length] as string;
      const extensions = (record.extensions ??= {}) as Record<string, Record<string, unknown>>;
      extensions[namespace] = { ...(extensions[namespace] ?? {}), [name]: value };
    });
  return fc.array(fc.oneof(required, code, extension), { minLength: 1, maxLength: 3 }).map(
    (mutations) => (record, type) => {
      for (const mutation of mutations) mutation(record, type);
    },
  );
}

/** Sets the value at a model path when its parents exist (`*`: the first item). */
function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const parent = parentAt(record, path);
  if (parent !== undefined) parent[path.at(-1) as string] = value;
}

function removeAt(record: Record<string, unknown>, path: readonly string[]): void {
  const parent = parentAt(record, path);
  if (parent !== undefined) delete parent[path.at(-1) as string];
}

function parentAt(record: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = record;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = segment === "*" ? (Array.isArray(node) ? node[0] : undefined) : (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === "object" && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined;
}

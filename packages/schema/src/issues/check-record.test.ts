import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { ENTITIES, RECORD_TYPES } from "../model/entities.js";
import { EXAMPLES } from "../model/examples.js";
import { checkRecord, compiledParser } from "./check-record.js";

const clone = <T>(value: T): T => structuredClone(value) as T;

describe("checkRecord", () => {
  it.each(RECORD_TYPES)("accepts the %s example without any issue", (type) => {
    const result = checkRecord(clone(EXAMPLES[type]), { locale: en });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.recordType).toBe(type);
  });

  it("reports a value that is not an object at the root", () => {
    for (const input of [null, 42, "victim", [], true]) {
      const result = checkRecord(input, { locale: en });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([["not_an_object", ""]]);
    }
  });

  it("reports an unknown record type at /recordType", () => {
    const result = checkRecord({ recordType: "witness", id: "x" }, { locale: en });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_record_type", "/recordType"],
    ]);
  });

  it("turns a typo into unknown_field instead of dropping it", () => {
    const { citizenships, ...rest } = clone(EXAMPLES.victim);
    const result = checkRecord({ citizenship: citizenships, ...rest }, { locale: en });
    expect(result.ok).toBe(false);
    // The unknown key is not shown: the issue points at the record, numbers the key among its keys and names
    // the field the record leaves out that is one letter from it.
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ["unknown_field", "", { position: 1, suggestion: "citizenships" }],
    ]);
  });

  it("names a missing required field by its label, with a pointer to where it belongs", () => {
    const { status, ...rest } = clone(EXAMPLES.referral);
    const [issue] = checkRecord(rest, { locale: en }).issues;
    expect(issue?.code).toBe("required");
    expect(issue?.path).toBe("/status");
    expect(issue?.message).toContain(en.fields["referral.status"].label);
  });

  it("prefixes pointers of records inside a bundle", () => {
    const bundle = clone(EXAMPLES.bundle) as { records: Record<string, unknown>[] };
    (bundle.records[1] as Record<string, unknown>).sex = "robot";
    const result = checkRecord(bundle, { locale: en });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_code", "/records/1/sex"],
    ]);
  });

  it("writes messages in the requested language", () => {
    const { status, ...rest } = clone(EXAMPLES.referral);
    const [issue] = checkRecord(rest, { locale: es }).issues;
    expect(issue?.message).toContain(es.fields["referral.status"].label);
  });

  it("never echoes the value of a personal field", () => {
    const canary = "CANARY-7f3a";
    const victim = {
      ...clone(EXAMPLES.victim),
      givenName: `${canary}-given`,
      familyName: 12345,
      email: `${canary}@@not-an-email`,
      mobilePhone: `${canary}-phone`,
      birthDate: `${canary}-1999`,
      identityNumber: { value: canary },
    };
    for (const locale of [en, es]) {
      const result = checkRecord(victim, { locale });
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result.issues)).not.toContain(canary);
      expect(JSON.stringify(result.issues)).not.toContain("12345");
    }
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkRecord(input, { locale: en });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated records of every type", () => {
    const type = fc.constantFrom(...RECORD_TYPES);
    fc.assert(
      fc.property(type, fc.string(), fc.jsonValue(), (recordType, key, value) => {
        const record = clone(EXAMPLES[recordType]) as Record<string, unknown>;
        const keys = Object.keys(record);
        const target = keys[Math.abs(key.length * 7919) % keys.length] ?? key;
        record[target] = value;
        record[key] = value;
        const result = checkRecord(record, { locale: en });
        for (const issue of result.issues) expect(issue.path.startsWith("/") || issue.path === "").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkRecord on values that are not data", () => {
  it("needs no options (English messages) and reports a throwing getter as one located issue", () => {
    const record: Record<string, unknown> = { recordType: "victim" };
    Object.defineProperty(record, "sex", {
      get() {
        throw new Error("read");
      },
      enumerable: true,
    });
    const result = checkRecord(record);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([["unreadable_value", "/sex"]]);
    expect(result.issues[0]?.message).toMatch(/^This value cannot be read as data/);
  });
});

describe("compiledParser", () => {
  it("parses with the schema itself for the first records of a type, then with the compiled one", async () => {
    // A fresh module: other tests of this file have parsed records already.
    vi.resetModules();
    const fresh = await import("./check-record.js");
    const { ENTITIES: entities } = await import("../model/entities.js");
    const given = Array.from({ length: 300 }, () => fresh.compiledParser("perpetrator"));
    // The registered schema itself exactly as long as nothing was compiled, then one compiled parser.
    expect(given.findIndex((parser) => parser !== entities.perpetrator)).toBe(256);
    expect(fresh.PARSES_BEFORE_COMPILING).toBe(256);
    expect(new Set(given.slice(256)).size).toBe(1);
    // Counted per type: another type starts from zero.
    expect(fresh.compiledParser("victim")).toBe(entities.victim);
  });

  it("gives the same verdict and issues compiled, not compiled and without generated code, for records changed anywhere", () => {
    for (const recordType of RECORD_TYPES)
      while (compiledParser(recordType) === ENTITIES[recordType] && recordType !== "bundle");
    const type = fc.constantFrom(...RECORD_TYPES.filter((t) => t !== "bundle"));
    fc.assert(
      fc.property(type, fc.string(), fc.jsonValue(), (recordType, key, value) => {
        const record = clone(EXAMPLES[recordType]) as Record<string, unknown>;
        const keys = Object.keys(record);
        record[keys[Math.abs(key.length * 7919) % keys.length] ?? key] = value;
        const compiled = compiledParser(recordType).safeParse(record);
        const plain = ENTITIES[recordType].safeParse(record);
        const jitless = ENTITIES[recordType].safeParse(record, { jitless: true });
        expect(compiled.success).toBe(plain.success);
        expect(compiled.error?.issues).toEqual(plain.error?.issues);
        expect(jitless.success).toBe(plain.success);
        expect(jitless.error?.issues).toEqual(plain.error?.issues);
        expect(jitless.data).toEqual(plain.data);
      }),
      { numRuns: 300 },
    );
  });
});

import { checkRecord, EXAMPLES, SCHEMA_VERSION } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { MigrationError, migrate, migrateWithReport, migrationPath } from "./migrate.js";
import type { MigrationStep } from "./migration-step.js";

/** The 1.0.0 example victim as the 0.9.0 draft wrote it. */
function draftVictim() {
  const { citizenships, exploitation, ...rest } = structuredClone(EXAMPLES.victim) as Record<
    string,
    unknown
  > & {
    citizenships: string[];
    exploitation: Record<string, unknown>;
  };
  const { forms, ...otherExploitation } = exploitation;
  return { ...rest, nationalities: citizenships, exploitation: { ...otherExploitation, types: forms } };
}

describe("migrate 0.9.0 -> 1.0.0 (the pre-release draft)", () => {
  it("renames nationalities and exploitation.types, giving a valid 1.0.0 record", () => {
    const draft = draftVictim();
    expect(checkRecord(draft, { locale: en }).ok).toBe(false);
    const migrated = migrate(draft, "0.9.0", SCHEMA_VERSION);
    expect(migrated).toEqual(EXAMPLES.victim);
    expect(checkRecord(migrated, { locale: en }).ok).toBe(true);
  });

  it("never changes its input", () => {
    const draft = draftVictim();
    const copy = structuredClone(draft);
    migrate(draft, "0.9.0", "1.0.0");
    expect(draft).toEqual(copy);
  });

  it("keeps the items of both when a record has the old and the new field", () => {
    const migrated = migrate<{ citizenships: string[] }>(
      { recordType: "victim", id: "x", nationalities: ["VE", "CO"], citizenships: ["CO"] },
      "0.9.0",
      "1.0.0",
    );
    expect(migrated.citizenships).toEqual(["CO", "VE"]);
  });

  it("migrates every record of a bundle and updates its schemaVersion", () => {
    const bundle = { ...structuredClone(EXAMPLES.bundle), schemaVersion: "0.9.0", records: [draftVictim()] };
    const migrated = migrate<{ schemaVersion: string; records: unknown[] }>(bundle, "0.9.0", "1.0.0");
    expect(migrated.schemaVersion).toBe("1.0.0");
    expect(migrated.records).toEqual([EXAMPLES.victim]);
  });

  it("leaves other record types alone", () => {
    expect(migrate(EXAMPLES.case, "0.9.0", "1.0.0")).toEqual(EXAMPLES.case);
  });
});

describe("migrate 1.0.0 -> 1.1.0 (law-neutral core)", () => {
  it("keeps every value and updates a bundle's schemaVersion", () => {
    const bundle = { ...structuredClone(EXAMPLES.bundle), schemaVersion: "1.0.0" };
    const migrated = migrate<{ schemaVersion: string; records: unknown[] }>(bundle, "1.0.0", "1.1.0");
    expect(migrated.schemaVersion).toBe("1.1.0");
    expect(migrated.records).toEqual(EXAMPLES.bundle.records);
    expect(checkRecord(migrated, { locale: en }).ok).toBe(true);
  });
});

describe("migrate 1.1.0 -> 1.2.0 (helpline, screening, protection and SGBV records)", () => {
  it("keeps every value and updates a bundle's schemaVersion", () => {
    const bundle = { ...structuredClone(EXAMPLES.bundle), schemaVersion: "1.1.0" };
    const migrated = migrate<{ schemaVersion: string; records: unknown[] }>(bundle, "1.1.0", "1.2.0");
    expect(migrated.schemaVersion).toBe("1.2.0");
    expect(migrated.records).toEqual(EXAMPLES.bundle.records);
    expect(checkRecord(migrated, { locale: en }).ok).toBe(true);
  });

  it("reports only the version as changed", () => {
    const bundle = { ...structuredClone(EXAMPLES.bundle), schemaVersion: "1.1.0" };
    expect([...migrateWithReport(bundle, "1.1.0", "1.2.0").changes]).toEqual([["bundle.schemaVersion", 1]]);
  });

  it("chains from the 0.9.0 draft to the current version", () => {
    expect(migrationPath("0.9.0", SCHEMA_VERSION)?.map((step) => step.to)).toEqual([
      "1.0.0",
      "1.1.0",
      "1.2.0",
    ]);
  });
});

describe("migrateWithReport", () => {
  it("counts each kind of change, naming fields and never values", () => {
    const bundle = {
      ...structuredClone(EXAMPLES.bundle),
      schemaVersion: "0.9.0",
      records: [draftVictim(), draftVictim(), structuredClone(EXAMPLES.case)],
    };
    const { value, changes } = migrateWithReport<{ schemaVersion: string }>(bundle, "0.9.0", "1.1.0");
    expect(value.schemaVersion).toBe("1.1.0");
    expect([...changes]).toEqual([
      ["bundle.schemaVersion", 1],
      ["victim.nationalities → victim.citizenships", 2],
      ["exploitation.types → exploitation.forms", 2],
    ]);
  });

  it("reports no change for the same version, and only the version for 1.0.0 -> 1.1.0", () => {
    const bundle = { ...structuredClone(EXAMPLES.bundle), schemaVersion: "1.0.0" };
    expect([...migrateWithReport(bundle, "1.0.0", "1.1.0").changes]).toEqual([["bundle.schemaVersion", 1]]);
    expect(migrateWithReport(EXAMPLES.victim, "1.1.0", "1.1.0").changes.size).toBe(0);
  });

  it("does not take an inherited key for a field to rename", () => {
    const record = Object.assign(Object.create({ nationalities: ["VE"] }), { recordType: "victim", id: "x" });
    const { value, changes } = migrateWithReport<Record<string, unknown>>(record, "0.9.0", "1.0.0");
    expect(changes.size).toBe(0);
    expect(value.citizenships).toBeUndefined();
  });
});

describe("migration registry", () => {
  const step = (from: string, to: string): MigrationStep => ({ from, to, description: "", up: (r) => r });

  it("chains steps and finds none backwards", () => {
    const steps = [step("1.0.0", "1.1.0"), step("0.9.0", "1.0.0"), step("1.1.0", "2.0.0")];
    expect(migrationPath("0.9.0", "2.0.0", steps)?.map((s) => s.to)).toEqual(["1.0.0", "1.1.0", "2.0.0"]);
    expect(migrationPath("2.0.0", "1.0.0", steps)).toBeUndefined();
    expect(migrationPath("1.0.0", "1.0.0", steps)).toEqual([]);
  });

  it("refuses unknown versions without quoting the record", () => {
    expect(() => migrate({ recordType: "victim" }, "0.8.0", "1.0.0")).toThrow(MigrationError);
    expect(() => migrate({ recordType: "victim" }, "latest", "1.0.0")).toThrow(MigrationError);
    expect(() => migrate("not a record", "1.0.0", "1.0.0")).toThrow(MigrationError);
  });
});

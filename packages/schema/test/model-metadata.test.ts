import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { FIELD_IDS, MODEL_OBJECTS, PII_CLASSES, tipRegistry } from "../src/public-api.js";
import { CTDC_COLUMNS } from "./ctdc-columns.js";

const allMeta = () =>
  Object.entries(MODEL_OBJECTS).flatMap(([name, object]) =>
    Object.entries(object.shape).map(([key, schema]) => ({
      id: `${name}.${key}`,
      meta: tipRegistry.get(schema as z.ZodType),
    })),
  );

const mapped = (system: "htcds" | "ctdc") =>
  new Set(allMeta().flatMap(({ meta }) => meta?.mappings?.[system] ?? []));

describe("field metadata", () => {
  it("gives every field of every object a pii class and its own field id", () => {
    for (const { id, meta } of allMeta()) {
      expect(meta, id).toBeDefined();
      expect(PII_CLASSES, id).toContain(meta?.pii);
      expect(meta?.field).toBe(id);
    }
  });

  it("lists each field id once", () => {
    expect(new Set(FIELD_IDS).size).toBe(FIELD_IDS.length);
    expect(FIELD_IDS.length).toBeGreaterThan(250);
  });

  it("marks names, phones and e-mail of a victim as direct identifiers", () => {
    const victim = MODEL_OBJECTS.victim.shape;
    for (const key of ["givenName", "familyName", "mobilePhone", "email", "identityNumber"] as const) {
      expect(tipRegistry.get(victim[key])?.pii, key).toBe("direct");
    }
  });

  it("maps every HTCDS 2.0 field that is not deprecated", () => {
    const rows = parse(readFileSync(new URL("./fixtures/htcds-2.0-fields.csv", import.meta.url)), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
    const names = rows
      .filter(
        (row) => row.Status !== "DEPRECATED" && (row["Field Name including Prefix"] ?? "").trim() !== "",
      )
      .map((row) => (row["Field Name including Prefix"] ?? "").trim());
    expect(names.length).toBe(80); // HTCDS 2.0: 83 named fields, 3 deprecated
    const htcds = mapped("htcds");
    expect(names.filter((name) => !htcds.has(name))).toEqual([]);
  });

  it("accepts the XLSForm and Excel-template spellings of HTCDS names", () => {
    const htcds = mapped("htcds");
    for (const variant of [
      "prs_First_Name",
      "prs_Second_Name",
      "vic_Methods_of_Control",
      "vic_TraffickinStatusDecisionMakingOrg",
    ]) {
      expect(htcds.has(variant), variant).toBe(true);
    }
  });

  it("maps every CTDC column of both dataset generations", () => {
    const ctdc = mapped("ctdc");
    expect(CTDC_COLUMNS.filter((column) => !ctdc.has(column))).toEqual([]);
  });

  it("records the code list of every coded field", () => {
    for (const { id, meta } of allMeta()) {
      if (meta?.codeList) expect(typeof meta.codeList, id).toBe("string");
    }
    expect(tipRegistry.get(MODEL_OBJECTS.exploitation.shape.forms)?.codeList).toBe("exploitation_form");
  });
});

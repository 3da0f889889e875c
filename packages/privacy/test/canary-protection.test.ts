import { es as schemaEs } from "@tip/schema/locales/es";
import { describe, expect, it } from "vitest";
import { aggregate } from "../src/aggregate/aggregate.js";
import { COMPENSATED_DIMENSIONS, CONTACT_DIMENSIONS } from "../src/aggregate/dimensions.js";
import { toStatsCsv } from "../src/aggregate/format-csv.js";
import { toStatsJson } from "../src/aggregate/format-json.js";
import { toStatsText } from "../src/aggregate/format-text.js";
import { anonymize } from "../src/anonymize/anonymize.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { pt } from "../src/locales/pt.js";
import { leakedCanaries, maximalRecords } from "./support/maximal.js";

const KEY = new Uint8Array(32).fill(2);
const { records: maximal, canaries } = maximalRecords();
const NEW_TYPES = ["helplineContact", "screening", "protectionMeasure", "sgbvIncident"];

describe("canaries in helpline, screening, protection and SGBV records never reach an anonymised output", () => {
  it("plants a canary in each of their personal text fields", () => {
    const fields = new Set(canaries.planted.values());
    for (const field of [
      "helplineContact.callerName",
      "helplineContact.callerPhone",
      "helplineContact.summary",
      "screening.notes",
      "protectionMeasure.notes",
      "nonPunishmentDetail.offenceDescription",
      "sgbvIncident.place",
      "sgbvIncident.notes",
    ])
      expect(fields.has(field), field).toBe(true);
  });

  it("anonymize leaks none of them, and keeps the records", async () => {
    const input = maximal.filter((record) => NEW_TYPES.includes(record.recordType as string));
    expect(input).toHaveLength(NEW_TYPES.length);
    const { records, report } = await anonymize(input, { key: KEY, k: 1 });
    expect(leakedCanaries(JSON.stringify(records), canaries)).toEqual([]);
    expect(leakedCanaries(JSON.stringify(report), canaries)).toEqual([]);
    expect(records.map((record) => (record as { recordType: string }).recordType).sort()).toEqual(
      [...NEW_TYPES].sort(),
    );
  });

  it("replaces the ids they hold with pseudonyms", async () => {
    const input = maximal.filter((record) => NEW_TYPES.includes(record.recordType as string));
    const ids = input.flatMap((record) =>
      ["id", "victimId", "caseId", "agencyId", "helplineContactId"].flatMap((key) =>
        typeof record[key] === "string" ? [record[key] as string] : [],
      ),
    );
    expect(ids.length).toBeGreaterThan(10);
    const { records } = await anonymize(input, { key: KEY, k: 1 });
    const text = JSON.stringify(records);
    for (const id of ids) expect(text).not.toContain(id);
  });

  it("stats of contacts and compensated victims, in JSON, CSV and text, in four languages", () => {
    const tables = [
      ...CONTACT_DIMENSIONS.map((dimension) =>
        aggregate(maximal, { by: [dimension], unit: "contacts", minCell: 1 }),
      ),
      ...COMPENSATED_DIMENSIONS.map((dimension) =>
        aggregate(maximal, { by: [dimension], unit: "compensated", minCell: 1 }),
      ),
    ];
    for (const table of tables) {
      const outputs = [JSON.stringify(toStatsJson(table)), toStatsCsv(table)];
      for (const texts of [en, es, fr, pt]) outputs.push(toStatsText(table, { texts, bundle: schemaEs }));
      for (const output of outputs) expect(leakedCanaries(output, canaries)).toEqual([]);
    }
  });
});

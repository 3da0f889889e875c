import { CODE_LISTS, type Victim } from "@tip/schema";
import { es as schemaEs } from "@tip/schema/locales/es";
import { describe, expect, it } from "vitest";
import { aggregate } from "../src/aggregate/aggregate.js";
import { PERPETRATOR_DIMENSIONS, VICTIM_DIMENSIONS } from "../src/aggregate/dimensions.js";
import { toStatsCsv } from "../src/aggregate/format-csv.js";
import { toStatsJson } from "../src/aggregate/format-json.js";
import { toStatsText } from "../src/aggregate/format-text.js";
import { anonymize } from "../src/anonymize/anonymize.js";
import { exportGate } from "../src/gate/export-gate.js";
import { formatRefusal } from "../src/gate/format-refusal.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { pt } from "../src/locales/pt.js";
import { leakedCanaries, maximalRecords } from "./support/maximal.js";
import { syntheticRecords } from "./support/synthetic.js";

const KEY = new Uint8Array(32).fill(1);
const { records: maximal, canaries } = maximalRecords();

describe("canaries planted in every personal field never reach an output", () => {
  it("plants canaries in every personal text field of the model", () => {
    expect(canaries.planted.size).toBeGreaterThan(100);
  });

  it("anonymize, with the default and with a wide set of kept quasi identifiers", async () => {
    const input = [...maximal, ...syntheticRecords(31, 50)];
    for (const quasi of [
      undefined,
      [
        "victim.sex",
        "victim.ageBand",
        "victim.citizenships",
        "victim.birthDate",
        "identification.date",
        "identification.country",
      ],
    ]) {
      const { records, report } = await anonymize(input, { key: KEY, k: 2, quasi });
      expect(leakedCanaries(JSON.stringify(records), canaries)).toEqual([]);
      expect(leakedCanaries(JSON.stringify(report), canaries)).toEqual([]);
      expect(records.length).toBeGreaterThan(0);
    }
  });

  it("stats, on every dimension, in JSON, CSV and text, in four languages", () => {
    const tables = [
      ...VICTIM_DIMENSIONS.map((dimension) => aggregate(maximal, { by: [dimension], minCell: 1 })),
      ...PERPETRATOR_DIMENSIONS.map((dimension) =>
        aggregate(maximal, { by: [dimension], unit: "perpetrators", minCell: 1 }),
      ),
    ];
    for (const table of tables) {
      const outputs = [JSON.stringify(toStatsJson(table)), toStatsCsv(table)];
      for (const texts of [en, es, fr, pt]) outputs.push(toStatsText(table, { texts, bundle: schemaEs }));
      for (const output of outputs) expect(leakedCanaries(output, canaries)).toEqual([]);
    }
  });

  it("export: messages name records by id only, and refused records are not sent", () => {
    const bundle = maximal.find((record) => record.recordType === "bundle") as {
      records: Record<string, unknown>[];
    };
    const victim = bundle.records.find((record) => record.recordType === "victim") as Victim | undefined;
    const consent = victim?.consents?.[0];
    const purpose = CODE_LISTS.consent_purpose.codes.find((code) => !consent?.purposes.includes(code));
    const recipient = consent?.recipientAgencyIds?.[0] ?? "";
    const result = exportGate(bundle, { recipient, purpose: purpose as string });
    expect(result.refused.length).toBeGreaterThan(0);
    for (const texts of [en, es, fr, pt]) {
      for (const refusal of result.refused)
        expect(leakedCanaries(formatRefusal(refusal, texts, schemaEs), canaries)).toEqual([]);
    }
    const sent = JSON.stringify(result.bundle.records);
    for (const refusal of result.refused) {
      const refused = bundle.records.find((record) => record.id === refusal.id);
      const own = [...canaries.planted.keys()].filter((canary) => JSON.stringify(refused).includes(canary));
      for (const canary of own) expect(sent).not.toContain(canary);
    }
  });
});

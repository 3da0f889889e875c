import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { fr } from "../locales/fr.js";
import { pt } from "../locales/pt.js";
import { exportGate } from "./export-gate.js";
import { formatRefusal } from "./format-refusal.js";

type Raw = Record<string, unknown>;
const ORIGIN = EXAMPLES.referral.to.agencyId;
const ON = "2024-01-01";
const NEW_TYPES = ["helplineContact", "screening", "protectionMeasure", "sgbvIncident"];

/** The example bundle with one record of each protection type, all about the example victim. */
function bundle() {
  const copy = structuredClone(EXAMPLES.bundle) as unknown as { records: Raw[] };
  for (const type of NEW_TYPES) copy.records.push(structuredClone(EXAMPLES[type as "screening"]) as Raw);
  return copy;
}

describe("exportGate: helpline, screening, protection and SGBV records follow their victim's consent", () => {
  it("sends them with the victim when her consent covers the recipient and the purpose", () => {
    const result = exportGate(bundle(), { recipient: ORIGIN, purpose: "referral_transnational", on: ON });
    expect(result.ok).toBe(true);
    const sent = (result.bundle.records as Raw[]).map((record) => record.recordType);
    for (const type of NEW_TYPES) expect(sent).toContain(type);
  });

  it("withholds every one of them when her consent does not cover the purpose", () => {
    const result = exportGate(bundle(), { recipient: ORIGIN, purpose: "criminal_proceedings", on: ON });
    const refused = result.refused.filter((refusal) => NEW_TYPES.includes(refusal.recordType));
    expect(refused.map((refusal) => [refusal.recordType, refusal.code])).toEqual(
      NEW_TYPES.map((type) => [type, "linked_victim_refused"]),
    );
    const sent = JSON.stringify(result.bundle.records);
    for (const type of NEW_TYPES) expect(sent).not.toContain(`"recordType":"${type}"`);
    for (const texts of [en, es, fr, pt]) {
      for (const refusal of refused) {
        const noun = texts.recordTypes[refusal.recordType as keyof typeof texts.recordTypes];
        expect(formatRefusal(refusal, texts)).toContain(`(${noun})`);
      }
    }
  });

  it("withholds an SGBV incident whose victim is not in the export", () => {
    const copy = bundle();
    copy.records = copy.records.filter((record) => record.recordType !== "victim");
    const result = exportGate(copy, { recipient: ORIGIN, purpose: "referral_transnational", on: ON });
    expect(result.refused.map((refusal) => [refusal.recordType, refusal.code])).toContainEqual([
      "sgbvIncident",
      "victim_not_in_export",
    ]);
  });

  it("sends a helpline contact that led to no victim", () => {
    const copy = bundle();
    const contact = copy.records.find((record) => record.recordType === "helplineContact") as Raw;
    contact.victimId = undefined;
    contact.caseId = undefined;
    contact.outcome = "information_given";
    const result = exportGate(copy, { recipient: ORIGIN, purpose: "criminal_proceedings", on: ON });
    expect(result.refused.map((refusal) => refusal.recordType)).not.toContain("helplineContact");
  });
});

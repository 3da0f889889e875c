import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { validateBundle } from "./validate-bundle.js";

type Plain = Record<string, unknown>;
type Mutable = Plain & { records: Plain[] };

const MISSING = "00000000-0000-4000-8000-0000000000aa";

/** The example bundle with a helpline contact, a screening, a protection measure and an SGBV incident. */
function bundle(): Mutable {
  const b = structuredClone(EXAMPLES.bundle) as unknown as Mutable;
  b.records.push(
    structuredClone(EXAMPLES.helplineContact) as Plain,
    structuredClone(EXAMPLES.screening) as Plain,
    structuredClone(EXAMPLES.protectionMeasure) as Plain,
    structuredClone(EXAMPLES.sgbvIncident) as Plain,
  );
  return b;
}

const recordOf = (b: Mutable, type: string) =>
  b.records.find((record) => record.recordType === type) as Plain;

describe("validateBundle: helpline, screening, protection and SGBV records", () => {
  it("accepts them when every record they name is in the bundle", () => {
    const result = validateBundle(bundle());
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({ total: 10, valid: 10, invalid: 0 });
    expect(result.summary.byRecordType.protectionMeasure).toEqual({ total: 1, valid: 1, invalid: 0 });
  });

  it("reports each reference to a record that is not there, naming the field and never the id", () => {
    const b = bundle();
    const index = (type: string) => b.records.indexOf(recordOf(b, type));
    const edits: [string, string, string][] = [
      ["helplineContact", "agencyId", "helplineContact.agencyId"],
      ["helplineContact", "victimId", "helplineContact.victimId"],
      ["helplineContact", "caseId", "helplineContact.caseId"],
      ["screening", "agencyId", "screening.agencyId"],
      ["screening", "helplineContactId", "screening.helplineContactId"],
      ["screening", "victimId", "screening.victimId"],
      ["protectionMeasure", "victimId", "protectionMeasure.victimId"],
      ["protectionMeasure", "caseId", "protectionMeasure.caseId"],
      ["protectionMeasure", "agencyId", "protectionMeasure.agencyId"],
      ["sgbvIncident", "victimId", "sgbvIncident.victimId"],
      ["sgbvIncident", "caseId", "sgbvIncident.caseId"],
    ];
    for (const [type, key] of edits) recordOf(b, type)[key] = MISSING;
    const result = validateBundle(b);
    const found = result.issues.map((issue) => [issue.code, issue.path, issue.params.field]);
    const expected = edits.map(([type, key, field]) => [
      "dangling_reference",
      `/records/${index(type)}/${key}`,
      field,
    ]);
    expect(found).toEqual(expected);
    expect(JSON.stringify(result.issues)).not.toContain(MISSING);
    expect(result.summary).toMatchObject({ valid: 6, invalid: 4 });
  });

  it("rejects an id of the wrong record type: a screening's contact must be a helpline contact", () => {
    const b = bundle();
    recordOf(b, "screening").helplineContactId = recordOf(b, "victim").id;
    const result = validateBundle(b);
    expect(result.issues.map((issue) => issue.params.field)).toEqual(["screening.helplineContactId"]);
  });
});

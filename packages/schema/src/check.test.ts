import { describe, expect, it } from "vitest";
import {
  agencyChecks,
  aggregateChecks,
  bundleChecks,
  caseChecks,
  checkRecord,
  checkRecordWithProfile,
  criminalGroupChecks,
  financialInquiryChecks,
  helplineContactChecks,
  legalAssistanceRequestChecks,
  operationChecks,
  perpetratorChecks,
  preventionActivityChecks,
  protectionMeasureChecks,
  referralChecks,
  screeningChecks,
  sgbvIncidentChecks,
  victimChecks,
} from "./check.js";
import { checkRecord as checkRecordOfRoot } from "./issues/check-record.js";
import { en } from "./locales/en.js";
import { enMessages } from "./locales/en-messages.js";
import { es } from "./locales/es.js";
import { esMessages } from "./locales/es-messages.js";
import { fr } from "./locales/fr.js";
import { frMessages } from "./locales/fr-messages.js";
import { pt } from "./locales/pt.js";
import { ptMessages } from "./locales/pt-messages.js";
import { RECORD_TYPES } from "./model/entities.js";
import { EXAMPLES } from "./model/examples.js";
import { LC_PROFILE, testProfile } from "./testing/test-profiles.js";

const clone = <T>(value: T): T => structuredClone(value) as T;

/** The checks of every record type, as a page that accepts them all names them. */
const EVERY_TYPE = [
  caseChecks,
  victimChecks,
  perpetratorChecks,
  agencyChecks,
  referralChecks,
  aggregateChecks,
  helplineContactChecks,
  screeningChecks,
  protectionMeasureChecks,
  sgbvIncidentChecks,
  operationChecks,
  financialInquiryChecks,
  legalAssistanceRequestChecks,
  criminalGroupChecks,
  preventionActivityChecks,
  bundleChecks,
];
const options = { locale: esMessages, recordTypes: EVERY_TYPE };

/** Records with something wrong of each kind: structure, code, unknown key, cross-field rule, input. */
function faultyRecords(): unknown[] {
  const victim = clone(EXAMPLES.victim) as Record<string, unknown>;
  const { status, ...referral } = clone(EXAMPLES.referral) as Record<string, unknown>;
  const bundle = clone(EXAMPLES.bundle) as { records: Record<string, unknown>[] };
  (bundle.records[1] as Record<string, unknown>).sex = "robot";
  return [
    { ...victim, sex: "robot" },
    { ...victim, citizenship: ["MX"] },
    { ...victim, birthYear: "1990" },
    referral,
    bundle,
    { recordType: "witness" },
    null,
    [],
  ];
}

describe("checkRecord of @tip/schema/check", () => {
  it.each(RECORD_TYPES)("accepts the %s example without any issue", (type) => {
    const result = checkRecord(clone(EXAMPLES[type]), options);
    expect(result).toMatchObject({ ok: true, recordType: type, issues: [] });
  });

  it("gives the same verdicts, issues and values as checkRecord of @tip/schema", () => {
    for (const input of RECORD_TYPES.map((type) => clone(EXAMPLES[type]))) {
      expect(checkRecord(input, options)).toEqual(checkRecordOfRoot(input, { locale: es }));
    }
    for (const input of faultyRecords()) {
      const result = checkRecord(input, options);
      expect(result.ok).toBe(false);
      expect(result).toEqual(checkRecordOfRoot(input, { locale: es }));
    }
  });

  it("checks the record types given only, each as checkRecord of @tip/schema does", () => {
    const victimPage = { locale: esMessages, recordTypes: [victimChecks] };
    const victim = { ...clone(EXAMPLES.victim), sex: "robot" };
    expect(checkRecord(victim, victimPage)).toEqual(checkRecordOfRoot(victim, { locale: es }));
    expect(checkRecord(victim, victimPage).issues.map((issue) => issue.code)).toEqual(["invalid_code"]);
    const other = checkRecord(clone(EXAMPLES.case), victimPage);
    expect(other).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_record_type",
          path: "/recordType",
          severity: "error",
          message: "Tipo de registro desconocido o ausente.",
          params: {},
        },
      ],
    });
    expect(checkRecord({ recordType: "__proto__" }, victimPage).issues[0]?.code).toBe("invalid_record_type");
    const bundles = { locale: esMessages, recordTypes: [bundleChecks] };
    const bundle = clone(EXAMPLES.bundle);
    expect(checkRecord(bundle, bundles)).toEqual(checkRecordOfRoot(bundle, { locale: es }));
    expect(checkRecord(clone(EXAMPLES.victim), bundles).issues[0]?.code).toBe("invalid_record_type");
  });

  it("refuses a profile rather than check without it", () => {
    const profile = testProfile(LC_PROFILE);
    const withProfile = { locale: esMessages, recordTypes: [victimChecks], profile } as Parameters<
      typeof checkRecord
    >[1];
    expect(() => checkRecord(clone(EXAMPLES.victim), withProfile)).toThrow(TypeError);
  });

  it("applies a national profile with checkRecordWithProfile as checkRecord of @tip/schema does", () => {
    const profile = testProfile(LC_PROFILE);
    const { sex, ...victim } = clone(EXAMPLES.victim) as Record<string, unknown>;
    const result = checkRecordWithProfile(victim, { locale: esMessages, profile });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toContainEqual(["required", "/sex"]);
    expect(result).toEqual(checkRecordOfRoot(victim, { locale: es, profile }));
  });

  it("writes its messages in the language given, naming fields by their label there", () => {
    const { status, ...referral } = clone(EXAMPLES.referral);
    const [issue] = checkRecord(referral, { locale: esMessages, recordTypes: [referralChecks] }).issues;
    expect(issue?.code).toBe("required");
    expect(issue?.message).toContain("Estado de la derivación");
  });
});

describe("the message locales", () => {
  it.each([
    [enMessages, en],
    [esMessages, es],
    [frMessages, fr],
    [ptMessages, pt],
  ])("$locale holds the messages and field labels of its full locale", (messages, full) => {
    expect(messages.locale).toBe(full.locale);
    expect(messages.messages).toBe(full.messages);
    const labels = Object.fromEntries(Object.entries(full.fields).map(([id, text]) => [id, text.label]));
    expect(Object.fromEntries(Object.entries(messages.fields).map(([id, text]) => [id, text.label]))).toEqual(
      labels,
    );
  });
});

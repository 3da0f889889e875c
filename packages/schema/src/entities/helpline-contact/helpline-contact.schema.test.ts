import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { helplineContactExample } from "./helpline-contact.example.js";

const codesOf = (record: unknown) => checkRecord(record, { locale: en }).issues.map((issue) => issue.code);

describe("helpline contact record", () => {
  it("accepts the example", () => {
    expect(checkRecord(helplineContactExample, { locale: en }).ok).toBe(true);
  });

  it("rejects a name and a phone on an anonymous contact, at each field", () => {
    const record = {
      ...helplineContactExample,
      contactor: "anonymous",
      callerName: "Canary Caller",
      callerPhone: "+18685550100",
    };
    const result = checkRecord(record, { locale: en });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["anonymous_contact_with_identity", "/callerName"],
      ["anonymous_contact_with_identity", "/callerPhone"],
    ]);
    expect(JSON.stringify(result.issues)).not.toContain("Canary");
    expect(JSON.stringify(result.issues)).not.toContain("5550100");
  });

  it("warns when a referred contact links no victim or case", () => {
    const { victimId: _v, caseId: _c, ...record } = helplineContactExample;
    expect(codesOf(record)).toEqual(["helpline_referral_without_link"]);
    expect(codesOf({ ...record, outcome: "information_given" })).toEqual([]);
  });

  it("rejects an unknown channel and a phone not in E.164 form", () => {
    expect(codesOf({ ...helplineContactExample, channel: "fax" })).toContain("invalid_code");
    expect(checkRecord({ ...helplineContactExample, callerPhone: "555-0100" }, { locale: en }).ok).toBe(
      false,
    );
  });
});

import { EXAMPLES } from "@tip/schema";
import { describe, expectTypeOf, it } from "vitest";
import type * as generated from "../index.js";

// Each record type accepts @tip/schema's example record, and turns it down once one code is not in its list.
// Each wrong code has a valid twin in the same place, so a rejection can only come from the code itself.
describe("the example record of each type", () => {
  it("Case", () => {
    expectTypeOf(EXAMPLES.case).toExtend<generated.Case>();
    expectTypeOf({ ...EXAMPLES.case, status: "closed" as const }).toExtend<generated.Case>();
    expectTypeOf({ ...EXAMPLES.case, status: "open" as const }).not.toExtend<generated.Case>();
  });
  it("Victim", () => {
    expectTypeOf(EXAMPLES.victim).toExtend<generated.Victim>();
    expectTypeOf({ ...EXAMPLES.victim, sex: "male" as const }).toExtend<generated.Victim>();
    expectTypeOf({ ...EXAMPLES.victim, sex: "man" as const }).not.toExtend<generated.Victim>();
    expectTypeOf({ ...EXAMPLES.victim, citizenships: ["GB" as const] }).toExtend<generated.Victim>();
    expectTypeOf({ ...EXAMPLES.victim, citizenships: ["UK" as const] }).not.toExtend<generated.Victim>();
  });
  it("Perpetrator", () => {
    expectTypeOf(EXAMPLES.perpetrator).toExtend<generated.Perpetrator>();
    expectTypeOf({ ...EXAMPLES.perpetrator, roles: ["smuggler" as const] }).toExtend<generated.Perpetrator>();
    expectTypeOf({ ...EXAMPLES.perpetrator, roles: ["pimp" as const] }).not.toExtend<generated.Perpetrator>();
  });
  it("Agency", () => {
    const address = EXAMPLES.agency.address;
    expectTypeOf(EXAMPLES.agency).toExtend<generated.Agency>();
    expectTypeOf({
      ...EXAMPLES.agency,
      address: { ...address, country: "GB" as const },
    }).toExtend<generated.Agency>();
    expectTypeOf({
      ...EXAMPLES.agency,
      address: { ...address, country: "UK" as const },
    }).not.toExtend<generated.Agency>();
  });
  it("Referral", () => {
    const to = EXAMPLES.referral.to;
    expectTypeOf(EXAMPLES.referral).toExtend<generated.Referral>();
    expectTypeOf({
      ...EXAMPLES.referral,
      to: { ...to, country: "GB" as const },
    }).toExtend<generated.Referral>();
    expectTypeOf({
      ...EXAMPLES.referral,
      to: { ...to, country: "UK" as const },
    }).not.toExtend<generated.Referral>();
  });
  it("Aggregate", () => {
    expectTypeOf(EXAMPLES.aggregate).toExtend<generated.Aggregate>();
    expectTypeOf({ ...EXAMPLES.aggregate, indicator: "offences" as const }).toExtend<generated.Aggregate>();
    expectTypeOf({
      ...EXAMPLES.aggregate,
      indicator: "victims" as const,
    }).not.toExtend<generated.Aggregate>();
  });
  it("ExchangeBundle", () => {
    const sender = EXAMPLES.bundle.sender;
    expectTypeOf(EXAMPLES.bundle).toExtend<generated.ExchangeBundle>();
    expectTypeOf({ ...EXAMPLES.bundle, tlp: "AMBER" as const }).toExtend<generated.ExchangeBundle>();
    expectTypeOf({ ...EXAMPLES.bundle, tlp: "YELLOW" as const }).not.toExtend<generated.ExchangeBundle>();
    expectTypeOf({
      ...EXAMPLES.bundle,
      sender: { ...sender, country: "GB" as const },
    }).toExtend<generated.ExchangeBundle>();
    expectTypeOf({
      ...EXAMPLES.bundle,
      sender: { ...sender, country: "UK" as const },
    }).not.toExtend<generated.ExchangeBundle>();
    // A record inside the bundle is held to its own code lists.
    expectTypeOf({
      ...EXAMPLES.bundle,
      records: [{ ...EXAMPLES.victim, sex: "male" as const }],
    }).toExtend<generated.ExchangeBundle>();
    expectTypeOf({
      ...EXAMPLES.bundle,
      records: [{ ...EXAMPLES.victim, sex: "man" as const }],
    }).not.toExtend<generated.ExchangeBundle>();
  });
  it("HelplineContact", () => {
    expectTypeOf(EXAMPLES.helplineContact).toExtend<generated.HelplineContact>();
    expectTypeOf({
      ...EXAMPLES.helplineContact,
      language: "fr" as const,
    }).toExtend<generated.HelplineContact>();
    expectTypeOf({
      ...EXAMPLES.helplineContact,
      language: "fra" as const,
    }).not.toExtend<generated.HelplineContact>();
  });
  it("Screening", () => {
    expectTypeOf(EXAMPLES.screening).toExtend<generated.Screening>();
    expectTypeOf({ ...EXAMPLES.screening, outcome: "not_a_victim" as const }).toExtend<generated.Screening>();
    expectTypeOf({ ...EXAMPLES.screening, outcome: "victim" as const }).not.toExtend<generated.Screening>();
  });
  it("ProtectionMeasure", () => {
    expectTypeOf(EXAMPLES.protectionMeasure).toExtend<generated.ProtectionMeasure>();
    expectTypeOf({
      ...EXAMPLES.protectionMeasure,
      kind: "restitution" as const,
    }).toExtend<generated.ProtectionMeasure>();
    expectTypeOf({
      ...EXAMPLES.protectionMeasure,
      kind: "shelter" as const,
    }).not.toExtend<generated.ProtectionMeasure>();
  });
  it("SgbvIncident", () => {
    expectTypeOf(EXAMPLES.sgbvIncident).toExtend<generated.SgbvIncident>();
    expectTypeOf({
      ...EXAMPLES.sgbvIncident,
      routeStage: "exploitation" as const,
    }).toExtend<generated.SgbvIncident>();
    expectTypeOf({
      ...EXAMPLES.sgbvIncident,
      routeStage: "destination" as const,
    }).not.toExtend<generated.SgbvIncident>();
  });
  it("Operation", () => {
    expectTypeOf(EXAMPLES.operation).toExtend<generated.Operation>();
    expectTypeOf({ ...EXAMPLES.operation, countries: ["GB" as const] }).toExtend<generated.Operation>();
    expectTypeOf({ ...EXAMPLES.operation, countries: ["UK" as const] }).not.toExtend<generated.Operation>();
  });
  it("FinancialInquiry", () => {
    expectTypeOf(EXAMPLES.financialInquiry).toExtend<generated.FinancialInquiry>();
    const kind = "suspicious_transaction_report" as const;
    expectTypeOf({ ...EXAMPLES.financialInquiry, kind }).toExtend<generated.FinancialInquiry>();
    expectTypeOf({
      ...EXAMPLES.financialInquiry,
      kind: "audit" as const,
    }).not.toExtend<generated.FinancialInquiry>();
  });
  it("LegalAssistanceRequest", () => {
    const request = EXAMPLES.legalAssistanceRequest;
    expectTypeOf(request).toExtend<generated.LegalAssistanceRequest>();
    expectTypeOf({ ...request, direction: "received" as const }).toExtend<generated.LegalAssistanceRequest>();
    expectTypeOf({
      ...request,
      direction: "outgoing" as const,
    }).not.toExtend<generated.LegalAssistanceRequest>();
  });
  it("CriminalGroup", () => {
    expectTypeOf(EXAMPLES.criminalGroup).toExtend<generated.CriminalGroup>();
    expectTypeOf({
      ...EXAMPLES.criminalGroup,
      structure: "criminal_network" as const,
    }).toExtend<generated.CriminalGroup>();
    expectTypeOf({
      ...EXAMPLES.criminalGroup,
      structure: "cartel" as const,
    }).not.toExtend<generated.CriminalGroup>();
  });
  it("PreventionActivity", () => {
    expectTypeOf(EXAMPLES.preventionActivity).toExtend<generated.PreventionActivity>();
    expectTypeOf({
      ...EXAMPLES.preventionActivity,
      kind: "training" as const,
    }).toExtend<generated.PreventionActivity>();
    expectTypeOf({
      ...EXAMPLES.preventionActivity,
      kind: "outreach" as const,
    }).not.toExtend<generated.PreventionActivity>();
  });
});

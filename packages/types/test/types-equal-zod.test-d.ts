import type * as schema from "@tip/schema";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as generated from "../index.js";

// The generated types must be exactly what zod produces for each entity: assignable in both directions.
describe("@tip/types equals z.output of @tip/schema", () => {
  it("Case", () => {
    expectTypeOf<generated.Case>().toEqualTypeOf<z.output<typeof schema.Case>>();
  });
  it("Victim", () => {
    expectTypeOf<generated.Victim>().toEqualTypeOf<z.output<typeof schema.Victim>>();
  });
  it("Perpetrator", () => {
    expectTypeOf<generated.Perpetrator>().toEqualTypeOf<z.output<typeof schema.Perpetrator>>();
  });
  it("Agency", () => {
    expectTypeOf<generated.Agency>().toEqualTypeOf<z.output<typeof schema.Agency>>();
  });
  it("Referral", () => {
    expectTypeOf<generated.Referral>().toEqualTypeOf<z.output<typeof schema.Referral>>();
  });
  it("Aggregate", () => {
    expectTypeOf<generated.Aggregate>().toEqualTypeOf<z.output<typeof schema.Aggregate>>();
  });
  it("ExchangeBundle", () => {
    expectTypeOf<generated.ExchangeBundle>().toEqualTypeOf<z.output<typeof schema.ExchangeBundle>>();
  });
  it("Operation", () => {
    expectTypeOf<generated.Operation>().toEqualTypeOf<z.output<typeof schema.Operation>>();
  });
  it("FinancialInquiry", () => {
    expectTypeOf<generated.FinancialInquiry>().toEqualTypeOf<z.output<typeof schema.FinancialInquiry>>();
  });
  it("LegalAssistanceRequest", () => {
    expectTypeOf<generated.LegalAssistanceRequest>().toEqualTypeOf<
      z.output<typeof schema.LegalAssistanceRequest>
    >();
  });
  it("CriminalGroup", () => {
    expectTypeOf<generated.CriminalGroup>().toEqualTypeOf<z.output<typeof schema.CriminalGroup>>();
  });
  it("PreventionActivity", () => {
    expectTypeOf<generated.PreventionActivity>().toEqualTypeOf<z.output<typeof schema.PreventionActivity>>();
  });
  it("HelplineContact", () => {
    expectTypeOf<generated.HelplineContact>().toEqualTypeOf<z.output<typeof schema.HelplineContact>>();
  });
  it("Screening", () => {
    expectTypeOf<generated.Screening>().toEqualTypeOf<z.output<typeof schema.Screening>>();
  });
  it("ProtectionMeasure", () => {
    expectTypeOf<generated.ProtectionMeasure>().toEqualTypeOf<z.output<typeof schema.ProtectionMeasure>>();
  });
  it("SgbvIncident", () => {
    expectTypeOf<generated.SgbvIncident>().toEqualTypeOf<z.output<typeof schema.SgbvIncident>>();
  });
});

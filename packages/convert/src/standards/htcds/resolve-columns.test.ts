import { describe, expect, it } from "vitest";
import { labelFit } from "./htcds-names.js";
import { fieldOfLabel, resolveColumns } from "./resolve-columns.js";

describe("column labels", () => {
  it("fit the field they name in the official template", () => {
    expect(fieldOfLabel("Mailing Zip/Postal Code")?.name).toBe("prs_MailingPostalCode");
    expect(fieldOfLabel("Trafficking Status Decision Making Organization")?.name).toBe(
      "vic_TraffickingStatusDecisionMakingOrg",
    );
    expect(fieldOfLabel("Trafficking Status")?.name).toBe("vic_TraffickingStatus");
    expect(fieldOfLabel("Status")?.name).toBe("cas_Status");
    expect(fieldOfLabel("Reason for Outgoing Referral")?.name).toBe("cas_ReasonForOutgoingReferral");
  });

  it("do not fit headers that merely share a word", () => {
    expect(labelFit("Submitter Name", "org_Name")).toBe(0);
    expect(fieldOfLabel("SubmissionDate")).toBeUndefined();
    expect(fieldOfLabel("Type")).toBeUndefined();
  });

  it("report a label that names another field than the hidden row (the template's columns N to R)", () => {
    const [binding] = resolveColumns([{ letter: "N", name: "prs_MailingCity", label: "Mailing Street" }]);
    expect(binding?.field?.name).toBe("prs_MailingCity");
    expect(binding?.note).toContain("prs_MailingStreet");
    const [byLabel] = resolveColumns(
      [{ letter: "N", name: "prs_MailingCity", label: "Mailing Street" }],
      "labels",
    );
    expect(byLabel?.field?.name).toBe("prs_MailingStreet");
  });

  it("read a column by its label when the hidden row leaves it empty (the template's column AJ)", () => {
    const [binding] = resolveColumns([{ letter: "AJ", label: "Reason for Outgoing Referral" }]);
    expect(binding?.field?.name).toBe("cas_ReasonForOutgoingReferral");
  });

  it("never read XLSForm headers as labels", () => {
    const [binding] = resolveColumns([{ name: "SubmitterName" }], "names", false);
    expect(binding?.field).toBeUndefined();
  });
});

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readHtcds } from "./read-htcds.js";
import { writeHtcdsCsv } from "./write-htcds-csv.js";

/** Every filled cell of an HTCDS CSV, as `row:column -> value`; rows by position, columns by name. */
function filledCells(text: string): Map<string, string> {
  const [header = [], ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const cells = new Map<string, string>();
  rows.forEach((row, index) => {
    row.forEach((value, column) => {
      if (value !== "") cells.set(`${index + 1}:${header[column]}`, value);
    });
  });
  return cells;
}

async function roundTrip(text: string): Promise<string> {
  const { records } = await readHtcds(text, { format: "csv" });
  return writeHtcdsCsv(records).text;
}

const INCOMING = "cas_ReasonForIncomingReferral,cas_IncomingReferralDate,cas_IncomingReferralDetails";
const OUTGOING = "cas_ReasonForOutgoingReferral,cas_OutgoingReferralDate,cas_OutgoingReferralDetails";

describe("HTCDS round trip of referrals without the referring organisation", () => {
  it("keeps every filled cell when the organisation keeping the file is named", async () => {
    const input = `org_Name,prs_FirstName,cas_Status,${INCOMING}\nShelter Alpha,Ana,Active,AdditionalServicesRequired,2022-06-20,Needs housing\n`;
    expect(filledCells(await roundTrip(input))).toEqual(filledCells(input));
  });

  it("keeps every filled cell when no organisation at all is named", async () => {
    const input =
      `prs_FirstName,cas_Status,${INCOMING}\n` +
      "Ana,Active,AdditionalServicesRequired,2022-06-20,Needs housing\n" +
      "Bea,Active,Other,2022-06-21,\n" +
      "Cid,Active,,2022-06-22,\n";
    expect(filledCells(await roundTrip(input))).toEqual(filledCells(input));
  });

  it("keeps the referring caseworker, dates and reasons of both directions without any organisation", async () => {
    const input =
      `prs_FirstName,cas_ReferringPrimaryCaseWorker,${INCOMING},cas_ReferredPrimaryCaseWorker,${OUTGOING}\n` +
      "Ana,Caseworker Tau,AdditionalServicesRequired,2022-06-20,In,Caseworker Pi,MigrationOrChangeOfLocation,2022-07-19,Out\n" +
      "Bea,,Other,2022-06-21,,,,2022-07-01,\n";
    expect(filledCells(await roundTrip(input))).toEqual(filledCells(input));
  });

  it("keeps an outgoing referral without the referred organisation on the outgoing side", async () => {
    const input = `prs_FirstName,${OUTGOING}\nAna,MigrationOrChangeOfLocation,2022-07-19,Planned\n`;
    expect(filledCells(await roundTrip(input))).toEqual(filledCells(input));
  });
});

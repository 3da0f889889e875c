import { readData, type TipRecord } from "@tip/schema";
import { readItems } from "../../io/read-items.js";
import { ReportBuilder } from "../../report/report-builder.js";
import { HTCDS_SLOTS } from "./htcds-slots.js";
import { RecordIndex } from "./record-index.js";
import { directionOf, type ReferralDirection } from "./referral-direction.js";
import { type RowCells, rowCells } from "./row-cells.js";
import { WriteStats } from "./write-stats.js";

const NAME_ONLY: ReadonlySet<string> = new Set(["agency.name"]);

/** The referral fields HTCDS carries in one direction (an outgoing referral has no received date, and so on). */
function referralFields(direction: ReferralDirection): ReadonlySet<string> {
  const slots = HTCDS_SLOTS.filter(
    (slot) => slot.recordType === "referral" && slot.names.some((name) => directionOf(name) === direction),
  );
  const fields = slots.map((slot) => (slot.kind === "party" ? "referralParty.caseWorker" : slot.fieldId));
  return new Set(["referralParty.agencyId", ...fields]);
}

const REFERRAL_FIELDS = { incoming: referralFields("incoming"), outgoing: referralFields("outgoing") };

/** The rows of an HTCDS file, one per victim, and the report of what writing them kept and lost. */
export interface HtcdsRows {
  readonly rows: readonly RowCells["cells"][];
  readonly report: ReportBuilder;
}

/**
 * Turns canonical records into HTCDS rows: one row per victim, in input order, with its case, the case's first
 * reporting agency (`org_`), its perpetrator and its referral. Every input record is accounted for in the
 * report: converted when some row used it, skipped (`not_linked_to_a_victim`) otherwise, or skipped with an
 * issue code as the reason when it cannot be read as data (see `readData` in `@tip/schema`). Throws
 * `DataReadError` when the list itself cannot be read.
 */
export function htcdsRows(input: readonly TipRecord[], to: string): HtcdsRows {
  const reads = readItems(input).map((item) => readData(item));
  const records = reads.map((read) => (read.ok ? read.value : undefined)) as TipRecord[];
  const index = new RecordIndex(records);
  const stats = new WriteStats();
  const rows: RowCells["cells"][] = [];
  for (const record of records) {
    if (record?.recordType !== "victim") continue;
    const context = index.contextOf(record);
    const { cells, losses, parties } = rowCells(context, index);
    rows.push(cells);
    stats.row(cells, losses);
    if (context.counts.cases > 1) stats.note("case", "a victim in several cases: only the first is written");
    if (context.counts.perpetrators > 1)
      stats.note("perpetrator", "a case with several perpetrators: one per row is written");
    const written = (context.incoming ? 1 : 0) + (context.outgoing ? 1 : 0);
    if (context.counts.referrals > written) {
      stats.note(
        "referral",
        "a row holds one referral to and one from the organisation keeping the file: others are not written",
      );
    }
    if (context.outgoing && context.agency && context.outgoing.from?.agencyId !== context.agency.id) {
      stats.note(
        "referral.from",
        "a referral not sent by the organisation of the org_ fields is written as sent by it",
      );
    }
    for (const part of [context.victim, context.case, context.agency, context.perpetrator])
      if (part) stats.record(part);
    if (context.incoming) stats.record(context.incoming, REFERRAL_FIELDS.incoming);
    if (context.outgoing) stats.record(context.outgoing, REFERRAL_FIELDS.outgoing);
    for (const agency of parties) if (agency !== context.agency) stats.record(agency, NAME_ONLY);
  }
  const report = new ReportBuilder("tip", to);
  records.forEach((record, position) => {
    const read = reads[position];
    if (read !== undefined && !read.ok) report.skippedRow(read.code, position + 1);
    else if (index.isUsed(record)) report.convertedRow([], position + 1);
    else if (record === null || typeof record !== "object") report.skippedRow("not_a_record", position + 1);
    else report.skippedRow("not_linked_to_a_victim", position + 1);
  });
  stats.declare(report);
  return { rows, report };
}

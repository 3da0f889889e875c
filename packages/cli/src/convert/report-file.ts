import type { ConvertOutcome } from "@tip/convert";
import type { Profile } from "@tip/schema";

/**
 * The conversion report written by `--report`: the profile used, the reader's report, the main writer's, one
 * per other record type, the records' account and the summary. Reports locate by row and column, never quote.
 */
export function reportJson(outcome: ConvertOutcome, profile: Profile | undefined): string {
  const [first, ...others] = outcome.writes;
  const report = {
    ...(profile === undefined ? {} : { profile: { id: profile.id, version: profile.version } }),
    read: outcome.read,
    ...(outcome.folded === undefined ? {} : { folded: outcome.folded }),
    ...(first ? { write: first.report } : {}),
    ...(others.length > 0
      ? { otherRecordTypes: Object.fromEntries(others.map((write) => [write.recordType, write.report])) }
      : {}),
    records: outcome.records,
    summary: outcome.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

import type { AnonymizeReport } from "@tip/privacy";
import type { CliCatalogue } from "../messages/messages.js";

/** The lines `tip anonymize` prints after its count of records: counts only, never a value of a record. */
export function anonymizeReportLines(report: AnonymizeReport, messages: CliCatalogue): string[] {
  const texts = messages.privacy.anonymize;
  const { redaction, suppression } = report;
  const percent = new Intl.NumberFormat(messages.locale, { style: "percent", maximumFractionDigits: 1 });
  const suppressed = Object.entries(suppression.suppressedValues).filter(([, count]) => count > 0);
  return [
    messages.format(texts.removed, {
      direct: redaction.removed.direct,
      quasi: redaction.removed.quasi,
      other: redaction.removed.sensitive + redaction.nonConforming,
      unknown: redaction.unknownKeys,
    }),
    messages.format(texts.kept, { fields: suppression.quasi.join(", "), k: suppression.k }),
    messages.format(texts.before, {
      classes: suppression.classesBelowBefore,
      records: suppression.recordsBelowBefore,
    }),
    suppressed.length === 0
      ? texts.nothingSuppressed
      : messages.format(texts.suppressedValues, {
          list: suppressed.map(([field, count]) => `${field} ${count}`).join(", "),
          share: percent.format(suppression.suppressedShare),
        }),
    messages.format(texts.suppressedRecords, { count: suppression.suppressedRecords }),
    texts.pseudonyms,
  ];
}

import type { AnonymizeReport } from "@tip/privacy";
import type { Locale } from "@tip/schema";
import { formatCli } from "../messages/messages.js";
import type { PrivacyCliMessages } from "../messages/privacy-messages.js";

/** The lines `tip anonymize` prints after its count of records: counts only, never a value of a record. */
export function anonymizeReportLines(
  report: AnonymizeReport,
  texts: PrivacyCliMessages["anonymize"],
  locale: Locale,
): string[] {
  const { redaction, suppression } = report;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const suppressed = Object.entries(suppression.suppressedValues).filter(([, count]) => count > 0);
  return [
    formatCli(
      texts.removed,
      {
        direct: redaction.removed.direct,
        quasi: redaction.removed.quasi,
        other: redaction.removed.sensitive + redaction.nonConforming,
        unknown: redaction.unknownKeys,
      },
      locale,
    ),
    formatCli(texts.kept, { fields: suppression.quasi.join(", "), k: suppression.k }),
    formatCli(
      texts.before,
      {
        classes: suppression.classesBelowBefore,
        records: suppression.recordsBelowBefore,
      },
      locale,
    ),
    suppressed.length === 0
      ? texts.nothingSuppressed
      : formatCli(texts.suppressedValues, {
          list: suppressed.map(([field, count]) => `${field} ${count}`).join(", "),
          share: percent.format(suppression.suppressedShare),
        }),
    formatCli(texts.suppressedRecords, { count: suppression.suppressedRecords }, locale),
    texts.pseudonyms,
  ];
}

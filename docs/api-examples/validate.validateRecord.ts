import { frMessages } from "@tip/schema/locales/fr/messages";
import { validateRecord } from "@tip/validate";

declare const record: unknown;

const result = validateRecord(record, { locale: frMessages });
console.log(result.ok, result.recordType);
for (const issue of result.issues) console.log(issue.code, issue.path, issue.message);

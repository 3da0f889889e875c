import { checkRecord } from "@tip/schema";
import { es } from "@tip/schema/locales/es";

declare const record: unknown;

// Any record type, picked by its `recordType`; messages in Spanish, never with a personal value.
const result = checkRecord(record, { locale: es });
if (!result.ok) for (const issue of result.issues) console.log(issue.severity, issue.path, issue.message);

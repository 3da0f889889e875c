import { redact } from "@tip/privacy";

declare const records: readonly unknown[];

// Direct identifiers are always removed; only the quasi identifiers named are kept.
const redacted = redact(records, { keep: ["victim.sex", "identification.country"] });
console.log(redacted.length);

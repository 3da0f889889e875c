import { validateStream } from "@tip/validate";

// Any size, bounded memory: each record is read, checked and dropped.
const summary = await validateStream("records.ndjson", { format: "ndjson", lang: "pt" });
console.log(
  `${summary.valid} valid, ${summary.invalid} invalid, ${summary.skipped} skipped of ${summary.total}`,
);

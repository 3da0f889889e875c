import { readFileSync } from "node:fs";
import { readHtcds } from "@tip/convert";

const { records, report } = await readHtcds(readFileSync("htcds-template.xlsx"), {
  format: "xlsx",
  country: "CO",
});
console.log(records.length, report.rows);
